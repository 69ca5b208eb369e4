// Where the app's CPU goes, by thread, while it settles and after one change: which of the
// app's and WebKit's threads (the page's main thread `WebKitWebProces`, the compositor
// `…eadedCompositor`, Mesa's software rasterizer `llvmpipe-N`, Skia's painters) spend it.
// Usage (after a build; E2E_APP names the binary, e.g. the release one):
//   E2E_APP=target/release/plenary-desktop node tests/e2e/perf/thread-cpu.js FILE \
//     [--css=RULES] [--js=CODE] [--seconds=N]
// It opens FILE under its own Xvfb through WebKitWebDriver, adds the style sheet RULES once
// the grid is drawn (to try a change without a rebuild), then sums each thread's user and
// system time (/proc/PID/task/TID/stat, in clock ticks) of the app and every process under
// it: over the N seconds (default 7) after the grid is drawn, then over the N seconds after
// CODE runs in the page (e.g. a one-word change, a scroll). Prints one JSON line of ms of
// CPU by thread name (threads of one name summed; those under 10 ms left out).
// It runs the app as its users get it (`drawing: "as-decided"`); an environment variable
// reaches the app and WebKit, e.g. WEBKIT_FORCE_COMPOSITING_MODE=1 to compare.
import { launchApp } from '../lib/app.js';
import { threadCpuMs } from '../lib/threads.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) throw new Error('usage: thread-cpu.js FILE [--css=RULES] [--js=CODE] [--seconds=N]');
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const seconds = Number(option('seconds') ?? 7);

const app = await launchApp({ file, drawing: 'as-decided' });
const threads = () => threadCpuMs(app.pids());
/** The CPU each thread spent over the next `seconds`. */
async function over() {
  const before = threads();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const after = threads();
  return Object.fromEntries(
    Object.entries(after)
      .map(([name, ms]) => [name, ms - (before[name] ?? 0)])
      .filter(([, ms]) => ms >= 10)
      .sort((a, b) => b[1] - a[1]),
  );
}
try {
  await app.session.waitForAll('[data-testid="session"]', { timeoutMs: 60_000 });
  const css = option('css');
  if (css) {
    await app.session.execute(`const s = document.createElement('style'); s.textContent = arguments[0]; document.head.append(s);`, [css]);
  }
  const result = { settling: await over() };
  const js = option('js');
  if (js) {
    await app.session.execute(js);
    result.afterChange = await over();
  }
  console.log(JSON.stringify(result));
} finally {
  await app.close();
}
