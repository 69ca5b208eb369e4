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
import { measureDrag, measureEdits } from './measure-drag.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? '/tmp/g1000.plenary.json';
const rows = args.includes('--rows');
const screenshot = args.find((a) => a.startsWith('--screenshot='))?.slice('--screenshot='.length);
// --hide=SELECTOR takes parts of the page out of layout and paint (display: none), to see
// what they cost an edit's redraw, e.g. --hide='[data-testid="conflicts"]'.
const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length) ?? 5);
// --show-all presses every "Show all" of the conflicts panel first: the panel drawing every
// conflict, as it did before it listed the first 50 of each kind.
const showAll = args.includes('--show-all');
const edits = args.includes('--edits');
const hide = args.find((a) => a.startsWith('--hide='))?.slice('--hide='.length);
// --css=RULES adds a style sheet first (to try e.g. containment without a rebuild).
const css = [hide && `${hide}{display:none !important}`, args.find((a) => a.startsWith('--css='))?.slice('--css='.length)].filter(Boolean).join('\n');

const app = await launchApp({ file, drawing: 'as-decided' });
try {
  await app.session.waitForAll('[data-testid="session"]', { timeoutMs: 60_000 });
  // The drags take longer than WebDriver's default 30 s script timeout on a slow machine.
  await app.session.cmd('POST', '/timeouts', { script: 180_000 });
  if (css) {
    await app.session.execute(`const s = document.createElement('style'); s.textContent = arguments[0]; document.head.append(s);`, [css]);
  }
  // --js=CODE runs in the page first (to try a change of behaviour without a rebuild).
  const js = args.find((a) => a.startsWith('--js='))?.slice('--js='.length);
  if (js) await app.session.execute(js);
  if (showAll) {
    await app.session.execute(`document.querySelectorAll('[data-testid="conflicts-show-all"]').forEach((b) => b.click());`);
  }
  if (rows) await (await app.session.waitForAll('[data-testid="orientation"]'))[0].click();
  await new Promise((r) => setTimeout(r, 1500));
  const idle = await app.session.executeAsync(
    `const done = arguments[arguments.length - 1];
     const xs = []; let t = performance.now(); let n = 0;
     const tick = (now) => { xs.push(now - t); t = now; if (++n < 60) requestAnimationFrame(tick); else { xs.sort((a, b) => a - b); done({ median: xs[30], p95: xs[57] }); } };
     requestAnimationFrame(tick);`,
  );
  // The floor of any redraw in this web view: a one-word change in the header (the conflicts
  // count's text), from the change until its frame is painted.
  const trivial = await app.session.executeAsync(
    `const done = arguments[arguments.length - 1];
     const el = document.querySelector('#conflicts-heading .panel-count');
     const text = el.textContent; const xs = [];
     const once = (i) => requestAnimationFrame(() => setTimeout(() => {
       const t = performance.now();
       el.textContent = i % 2 ? text : text + '0';
       requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => { xs.push(performance.now() - t); if (i < 19) once(i + 1); else { el.textContent = text; xs.sort((a, b) => a - b); done({ median: Math.round(xs[10]), p95: Math.round(xs[18]) }); } }; ch.port2.postMessage(0); });
     }, 30));
     once(0);`,
  );
  // --edits: 20 keyboard moves of one session instead of drags (measure-drag.js).
  if (edits) {
    const measured = await app.session.executeAsync(
      `const done = arguments[arguments.length - 1];
       (${measureEdits.toString()})().then(done, (e) => done({ error: String(e) }));`,
    );
    if (measured.error) throw new Error(measured.error);
    console.log(JSON.stringify({ orientation: rows ? 'rows' : 'columns', mode: 'keyboard edits', ...measured, idleFrameMs: idle, trivialRedrawMs: trivial }));
  }
  // Batches of 5 drops (one WebDriver call each stays under its 30 s limit); drops and
  // their phases are pooled, the per-frame figures are those of the first batch.
  let result = null;
  for (let done = 0; done < (edits ? 0 : rounds); done += 5) {
    // The client's own limit too (30 s by default): five drags under load can take longer.
    const batch = await app.session.cmd(
      'POST',
      '/execute/async',
      {
        script: `const done = arguments[arguments.length - 1];
       (${measureDrag.toString()})({ rounds: ${Math.min(5, rounds - done)} }).then(done, (e) => done({ error: String(e) }));`,
        args: [],
      },
      180_000,
    );
    if (batch.error) throw new Error(batch.error);
    if (result) {
      result.drops.push(...batch.drops);
      result.dropPhases.push(...batch.dropPhases);
    } else result = batch;
  }
  // What a --js probe gathered (window.__perfReport), printed with the result.
  const report = js ? await app.session.execute('return window.__perfReport ?? null;') : null;
  if (result) {
    if (report) result.report = report;
    const sorted = [...result.drops].sort((a, b) => a - b);
    const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    result.editToRedrawMs = { n: sorted.length, median: q(0.5), p95: q(0.95), max: q(1) };
    console.log(JSON.stringify({ orientation: rows ? 'rows' : 'columns', ...result, idleFrameMs: idle, trivialRedrawMs: trivial }));
  }
  if (screenshot) await app.screenshot(screenshot);
} finally {
  await app.close();
}
