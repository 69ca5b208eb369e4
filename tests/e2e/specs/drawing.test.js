// How the app draws where it runs: on a machine without a graphics device (no DRM render
// node, as under Xvfb here) its web view paints on the CPU rather than compositing with
// OpenGL in software (src-tauri/src/rendering.rs); with one it composites. The other specs
// run WebKit composited (lib/app.js, `drawing`); this one runs the app as its users get it,
// edits with the mouse and the keyboard, scrolls with the wheel, and checks what the screen
// shows.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { launchApp, repoRoot } from '../lib/app.js';
import { threadCpuMs } from '../lib/threads.js';
import { Timetable } from '../pages/timetable.js';

let app;
let timetable;

/** Whether this machine has a DRM render node, as the app decides by. */
function hasRenderNode() {
  try {
    return readdirSync('/dev/dri').some((n) => n.startsWith('renderD'));
  } catch {
    return false;
  }
}

/** What WebKit's compositor and Mesa's software OpenGL have spent so far, in ms. */
function compositingMs() {
  return Object.entries(threadCpuMs(app.pids()))
    .filter(([name]) => name.endsWith('Compositor') || name.startsWith('llvmpipe'))
    .reduce((sum, [, ms]) => sum + ms, 0);
}

before(async () => {
  app = await launchApp({ file: `${repoRoot}/examples/itu-t-sg12-2017.plenary.json`, drawing: 'as-decided' });
  timetable = await new Timetable(app.session).waitUntilShown();
}, { timeout: 90_000 });

after(async () => {
  if (app) {
    app.screenshotScreen('drawing');
    await app.close();
  }
});

test('the web view composites only where the machine has a graphics device', async () => {
  // WebKit's compositor runs in a thread of its own (ThreadedCompositor, whose name the
  // kernel cuts to 15 characters), and Mesa's software OpenGL in its llvmpipe threads; they
  // may be started either way, and work only when WebKit composites. Composited in
  // software, opening this document kept them busy for seconds (docs/performance.md).
  await new Promise((r) => setTimeout(r, 3000));
  const spent = compositingMs();
  if (hasRenderNode()) assert.ok(spent > 0, `composited with a graphics device (${spent} ms)`);
  else assert.ok(spent < 100, `painted on the CPU without one: the compositor spent ${spent} ms`);
});

test('a drag and a keyboard move land and are drawn, painting as decided', async () => {
  await timetable.dragSession('q1q2-22pm', '2017-09-21', '14:00');
  await timetable.waitForSession('q1q2-22pm', (s) => s?.date === '2017-09-21', 'the dropped session on the 21st');
  await timetable.reveal('wp3-close'); // a wide day's blocks are drawn once it is near the view
  const [block] = await app.session.findAll('[data-testid="session"][data-session-id="wp3-close"]');
  await block.click();
  await app.session.keys(['\uE014']); // ArrowRight: a day later
  await timetable.waitForSession('wp3-close', (s) => s?.date === '2017-09-28', 'the moved session on the 28th');
  // The screen shows the page, not a blank window: the X server's pixels hold the many
  // colours of the grid's blocks and anti-aliased text (ImageMagick counts them).
  const shot = app.screenshotScreen('drawing-after-edits');
  const colours = Number(execFileSync('identify', ['-format', '%k', shot], { encoding: 'utf8' }));
  assert.ok(colours > 100, `the screen shows a drawn page (${colours} colours)`);
});

test('the mouse wheel scrolls a panel, as X sends it', async () => {
  // Painting on the CPU set on a web view already made left it without wheel events
  // (WebKitGTK 2.50): the app starts itself again with WebKit's variable instead.
  const [block] = await app.session.findAll('[data-testid="session"][data-session-id="wp3-close"]');
  await block.click();
  const panel = '[data-testid="prop-persons"]';
  await app.session.waitForAll(panel);
  const scrolled = () =>
    app.session.execute(`return document.querySelector(arguments[0]).closest('.scroll')?.scrollTop ?? -1`, [panel]);
  assert.equal(await scrolled(), 0, 'the properties panel starts at its top');
  const box = await app.session.execute(
    `const r = document.querySelector('[data-testid="prop-title"]').getBoundingClientRect();
     return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };`,
  );
  // The page's coordinates are the window's: the window sits at the screen's top left
  // (no window manager), below its menu bar.
  const menuBar = await app.session.execute('return window.outerHeight - window.innerHeight');
  const x = (args) => execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: app.display } });
  x(['mousemove', String(box.x), String(box.y + menuBar)]);
  for (let i = 0; i < 6; i++) x(['click', '5']);
  const deadline = Date.now() + 5000;
  while ((await scrolled()) <= 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  assert.ok((await scrolled()) > 0, 'six notches of the wheel scrolled the panel down');
});
