// Measures how smooth a drag is in the real app on a big document, and how long an applied
// edit takes to be drawn. Usage (after `scripts/build-app.sh`):
//   cargo run --bin plenary -- generate --sessions 1000 --rooms 40 --days 10 -o /tmp/g1000.plenary.json
//   node tests/e2e/perf/drag-frames.js /tmp/g1000.plenary.json          (days as columns)
//   node tests/e2e/perf/drag-frames.js /tmp/g1000.plenary.json --rows   (days as rows)
// E2E_APP names another binary (a private copy). It opens the file under Xvfb through
// WebKitWebDriver, waits for the grid, then runs the drags of measure-drag.js inside the page
// (synthetic pointer events, the same listeners a mouse reaches): per frame, the interval
// and the main thread's work; per drop, the time until the block is drawn in its new day
// (IPC, the core's apply and conflict update, the fold and the redraw). Prints the median and
// 95th percentile of each, plus idle frames for reference (what this display gives at rest).
import { launchApp } from '../lib/app.js';
import { measureDrag } from './measure-drag.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? '/tmp/g1000.plenary.json';
const rows = args.includes('--rows');
const screenshot = args.find((a) => a.startsWith('--screenshot='))?.slice('--screenshot='.length);

const app = await launchApp({ file });
try {
  await app.session.waitForAll('[data-testid="session"]', { timeoutMs: 60_000 });
  // The drags take longer than WebDriver's default 30 s script timeout on a slow machine.
  await app.session.cmd('POST', '/timeouts', { script: 180_000 });
  if (rows) await (await app.session.waitForAll('[data-testid="orientation"]'))[0].click();
  await new Promise((r) => setTimeout(r, 1500));
  const idle = await app.session.executeAsync(
    `const done = arguments[arguments.length - 1];
     const xs = []; let t = performance.now(); let n = 0;
     const tick = (now) => { xs.push(now - t); t = now; if (++n < 60) requestAnimationFrame(tick); else { xs.sort((a, b) => a - b); done({ median: xs[30], p95: xs[57] }); } };
     requestAnimationFrame(tick);`,
  );
  const result = await app.session.executeAsync(
    `const done = arguments[arguments.length - 1];
     (${measureDrag.toString()})({ rounds: 5 }).then(done, (e) => done({ error: String(e) }));`,
  );
  console.log(JSON.stringify({ orientation: rows ? 'rows' : 'columns', ...result, idleFrameMs: idle }));
  if (screenshot) await app.screenshot(screenshot);
} finally {
  await app.close();
}
