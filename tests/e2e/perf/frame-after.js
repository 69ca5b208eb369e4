// What one change costs to draw: the frame that follows it, from its animation-frame
// callbacks to the end of its rendering (style, layout and, without compositing, paint).
// Usage (after a build; E2E_APP names the binary, e.g. the release one):
//   E2E_APP=target/release/plenary-desktop node tests/e2e/perf/frame-after.js FILE \
//     [--js=CODE] [--css=RULES ...] [--times=6]
// CODE (the change, as a function's body; `i` counts the runs; default: the grid scrolled by 3 px, down then up, which repaints every block in
// view when the page is painted without compositing) runs `times` times, 200 ms apart; each
// time the work of the frame after it is recorded. With several --css options each style
// sheet is tried in turn on the same page (the first run is without one), to compare
// ways of drawing without a rebuild. Prints one JSON line: per style sheet, the median and
// every frame, in ms.
import { launchApp } from '../lib/app.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) throw new Error('usage: frame-after.js FILE [--js=CODE] [--css=RULES ...] [--times=N]');
const js =
  args.find((a) => a.startsWith('--js='))?.slice('--js='.length) ??
  `const s = document.querySelector('.scroller'); s.scrollTop += i % 2 ? -3 : 3;`;
const sheets = ['', ...args.filter((a) => a.startsWith('--css=')).map((a) => a.slice('--css='.length))];
const times = Number(args.find((a) => a.startsWith('--times='))?.slice('--times='.length) ?? 6);

const app = await launchApp({ file, drawing: 'as-decided' });
try {
  await app.session.waitForAll('[data-testid="session"]', { timeoutMs: 60_000 });
  // Past the start's own frames.
  await new Promise((r) => setTimeout(r, 3000));
  const out = {};
  for (const css of sheets) {
    const frames = await app.session.executeAsync(
      // The change is written into the script (the page's policy allows no eval).
      `const [css, times] = arguments; const done = arguments[arguments.length - 1];
       const sheet = document.createElement('style'); sheet.textContent = css; document.head.append(sheet);
       const change = (i) => { ${js} };
       const rendered = () => new Promise((resolve) => requestAnimationFrame(() => {
         const start = performance.now(); const ch = new MessageChannel();
         ch.port1.onmessage = () => resolve(performance.now() - start); ch.port2.postMessage(0); }));
       (async () => {
         await rendered(); await new Promise((r) => setTimeout(r, 300));
         const work = [];
         for (let i = 0; i < times; i++) {
           change(i);
           work.push(Math.round(await rendered()));
           await new Promise((r) => setTimeout(r, 200));
         }
         sheet.remove(); done(work);
       })();`,
      [css, times],
    );
    const sorted = [...frames].sort((a, b) => a - b);
    out[css || '(as built)'] = { median: sorted[Math.floor(sorted.length / 2)], frames };
  }
  console.log(JSON.stringify(out));
} finally {
  await app.close();
}
