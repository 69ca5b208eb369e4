// Measures how smooth a drag is in the real app on a big document, and how long an applied
// edit takes to be drawn. Usage (after `make app`):
//   cargo run --bin plenary -- generate --sessions 1000 --rooms 40 --days 10 -o /tmp/g1000.plenary.json
//   node tests/e2e/perf/drag-frames.js /tmp/g1000.plenary.json
// It opens the file under Xvfb through WebKitWebDriver, then, inside the page, presses on a
// session and moves the pointer once per animation frame for 180 frames across days and
// times (synthetic pointer events, the same listeners a mouse reaches), recording every
// frame's duration; then it drops, and times the drop until the block is drawn in its new
// day (IPC, the core's apply and conflict update, the fold and the redraw). Prints the
// median and 95th percentile frame times and the drop-to-drawn times of several drops.

import { launchApp } from '../lib/app.js';

const file = process.argv[2] ?? '/tmp/g1000.plenary.json';
const app = await launchApp({ file });
try {
  await app.session.waitForAll('[data-testid="session"]', { timeoutMs: 60_000 });
  await new Promise((r) => setTimeout(r, 1500));
  const result = await app.session.executeAsync(
    `const done = arguments[arguments.length - 1];
     const frame = () => new Promise((r) => requestAnimationFrame(r));
     const columns = [...document.querySelectorAll('[data-testid="day-column"]')];
     const blocks = [...document.querySelectorAll('[data-testid="session"]')];
     const sessions = blocks.length;
     const pick = (i) => blocks[Math.floor((blocks.length * i) / 7)];
     const fire = (target, type, x, y) =>
       target.dispatchEvent(new PointerEvent(type, { bubbles: true, clientX: x, clientY: y, pointerId: 7, button: 0, buttons: type === 'pointerup' ? 0 : 1, isPrimary: true }));
     const stats = (xs) => { const s = [...xs].sort((a, b) => a - b); const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))]; return { n: s.length, median: q(0.5), p95: q(0.95), max: s[s.length - 1] }; };
     (async () => {
       const frames = [];
       const drops = [];
       const handlers = [];
       const idle = [];
       let t = performance.now();
       for (let i = 0; i < 60; i++) { await frame(); const now = performance.now(); idle.push(now - t); t = now; }
       for (let round = 0; round < 3; round++) {
         const block = pick(round + 1);
         const id = block.dataset.sessionId;
         const r = block.getBoundingClientRect();
         const x0 = r.left + Math.min(10, r.width / 2), y0 = r.top + Math.min(12, r.height / 2);
         fire(block, 'pointerdown', x0, y0);
         await frame();
         let last = performance.now();
         const steps = 60;
         for (let i = 1; i <= steps; i++) {
           const c = columns[Math.floor(((columns.length - 1) * i) / steps) % columns.length].getBoundingClientRect();
           const x = Math.max(60, Math.min(c.left + c.width / 2, innerWidth - 300));
           const y = y0 + Math.sin(i / 6) * 120;
           const h0 = performance.now();
           fire(window, 'pointermove', x, y);
           handlers.push(performance.now() - h0);
           await frame();
           const now = performance.now();
           frames.push(now - last);
           last = now;
         }
         // Drop on another day, then wait until the block is drawn there.
         const target = columns[(columns.indexOf(block.closest('[data-testid="day-column"]')) + 1) % columns.length];
         const tr = target.getBoundingClientRect();
         const tx = Math.max(60, Math.min(tr.left + tr.width / 2, innerWidth - 300));
         fire(window, 'pointermove', tx, y0);
         await frame();
         await new Promise((res) => setTimeout(res, 300));
         const t0 = performance.now();
         fire(window, 'pointerup', tx, y0);
         for (;;) {
           const el = document.querySelector('[data-testid="session"][data-session-id="' + CSS.escape(id) + '"]');
           const day = el?.closest('[data-testid="day-column"]')?.dataset.date;
           if (day && day !== block.closest('[data-testid="day-column"]')?.dataset.date || performance.now() - t0 > 5000) break;
           if (el && !el.isConnected) break;
           await new Promise((res) => setTimeout(res, 0));
           if (document.querySelector('[data-testid="session"][data-session-id="' + CSS.escape(id) + '"]')?.closest('[data-testid="day-column"]') === target) break;
         }
         await frame();
         drops.push(performance.now() - t0);
         await new Promise((res) => setTimeout(res, 300));
       }
       done({ sessions, columns: columns.length, frames: stats(frames), dropToDrawn: stats(drops), drops, handler: stats(handlers), idleFrames: stats(idle) });
     })().catch((e) => done({ error: String(e) }));`,
  );
  console.log(JSON.stringify(result, null, 2));
} finally {
  await app.close();
}
