import { launchApp } from '../lib/app.js';
const app = await launchApp({ file: process.argv[2], drawing: 'as-decided' });
try {
  await app.session.waitForAll('[data-testid="session"]', { timeoutMs: 60_000 });
  await new Promise((r) => setTimeout(r, 2000));
  console.log(JSON.stringify(await app.session.execute(`
    const c = {}; for (const el of document.querySelectorAll('.day-column *, .day-column')) { const k = el.classList[0] ?? el.tagName; c[k] = (c[k] ?? 0) + 1; }
    const d = document.querySelector('.day-column'); const r = d.getBoundingClientRect();
    return { counts: c, all: document.querySelectorAll('*').length, day: [r.width, r.height], style: d.getAttribute('style'), grid: document.querySelector('.grid').getAttribute('style') };`)));
} finally { await app.close(); }
