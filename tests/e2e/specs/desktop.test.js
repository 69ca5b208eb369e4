// Plenary as a desktop citizen, in the real app: a .plenary document opens; the page sees
// each key before the menus' accelerators (Ctrl+Z in a text field undoes the typing, not the
// timetable; Ctrl+S in a text field is the UI's and saves; typed capitals, which pass Shift
// on its own, arrive), and the accelerators act on the keys the page leaves alone (Ctrl+Q
// quits); light and dark appearance (screenshots of both); one instance per user: opening a
// second document while Plenary runs opens it in a new window of the running app, each
// window with its own document; the window comes back at the size it was left at.
//
// Keys are real X11 key presses (xdotool), which go through GTK's window as a person's do;
// WebDriver's keys would reach the page alone. One D-Bus session bus is started for the
// spec, as a desktop session has one (the single-instance plugin finds the running app on it).

import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { defaultBinary, freshHomes, launchApp, repoRoot } from '../lib/app.js';
import { until } from '../lib/until.js';
import { Timetable } from '../pages/timetable.js';

const dir = mkdtempSync(join(tmpdir(), 'plenary-e2e-desktop-'));
const first = join(dir, 'sg12.plenary');
const second = join(dir, 'second.plenary');
const homes = freshHomes();
let app;
let bus;

function xdotool(args) {
  return execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: app.display }, encoding: 'utf8' }).trim();
}

/** The X window named exactly `name`, or undefined. */
function windowNamed(name) {
  try {
    return xdotool(['search', '--name', `^${name.replace(/[.]/g, '\\.')}$`]).split('\n')[0] || undefined;
  } catch {
    return undefined; // xdotool exits 1 when nothing matches
  }
}

/** Presses `keys` (xdotool's names, e.g. "ctrl+q") in the main window, through the X server. */
async function press(keys, windowName = 'sg12.plenary — Plenary') {
  const id = await until(`the window ${windowName}`, () => windowNamed(windowName));
  xdotool(['windowfocus', '--sync', id]);
  xdotool(['key', '--clearmodifiers', keys]);
}

/** Types `text` in the window named `windowName` as a person would (real X11 key presses). */
async function type(text, windowName = 'sg12.plenary — Plenary') {
  const id = await until(`the window ${windowName}`, () => windowNamed(windowName));
  xdotool(['windowfocus', '--sync', id]);
  xdotool(['type', '--delay', '60', text]);
}

/** The meeting's title as the window's page shows it. */
function shownTitle() {
  return app.session.execute(`return document.querySelector('header h1')?.textContent ?? '';`);
}

before(async () => {
  copyFileSync(join(repoRoot, 'examples/itu-t-sg12-2017.plenary.json'), first);
  copyFileSync(join(repoRoot, 'examples/itu-t-sg2-2013.plenary.json'), second);
  // A session bus of the spec's own (the single-instance plugin's rendezvous).
  const out = execFileSync('dbus-daemon', ['--session', '--fork', '--print-address=1', '--print-pid=1'], {
    encoding: 'utf8',
  }).split('\n');
  bus = { address: out[0].trim(), pid: Number(out[1]) };
  process.env.DBUS_SESSION_BUS_ADDRESS = bus.address;
  app = await launchApp({ file: first, homes });
}, { timeout: 90_000 });

after(async () => {
  await app?.close();
  if (bus) process.kill(bus.pid);
});

test('a .plenary document opens, named after its file', async () => {
  await until('the window named after the document', () => windowNamed('sg12.plenary — Plenary'), Boolean, 30_000);
  await app.session.waitForAll('[data-testid="day-column"]', { timeoutMs: 20_000 });
});

test('dark and light appearance (screenshots of both)', async () => {
  for (const theme of ['dark', 'light']) {
    await app.session.execute(`localStorage.setItem('plenary.theme', arguments[0]); location.reload();`, [theme]);
    await until(`the ${theme} theme`, () =>
      app.session.execute(`return document.documentElement.dataset.theme ?? null;`).catch(() => null),
      (t) => t === theme,
      20_000,
    );
    const background = await app.session.execute(
      `return getComputedStyle(document.documentElement).getPropertyValue('--bg').trim();`,
    );
    assert.equal(background, theme === 'dark' ? '#14171c' : '#f6f7f9', `the ${theme} palette`);
    await app.session.waitForAll('[data-testid="day-column"]', { timeoutMs: 20_000 });
    await new Promise((r) => setTimeout(r, 1000));
    app.screenshotScreen(`desktop-${theme}`);
  }
});

test('the page sees keys first: Ctrl+Z in a text field undoes the typing, Ctrl+S there saves', async () => {
  const timetable = new Timetable(app.session);
  await timetable.reveal('wp3-close');
  const [block] = await app.session.findAll('[data-testid="session"][data-session-id="wp3-close"]');
  await block.click();
  await press('Right');
  await timetable.waitForSession('wp3-close', (s) => s?.date === '2017-09-28', 'a real ArrowRight to move it a day');
  await until('the title to mark the edit', () => windowNamed('• sg12.plenary — Plenary'), Boolean, 10_000);

  const [toggle] = await app.session.waitForAll('[data-testid="revisions-toggle"]');
  await toggle.click();
  const [comment] = await app.session.waitForAll('[data-testid="revision-comment"]');
  await comment.click();
  const value = () => app.session.execute(`return document.querySelector('[data-testid="revision-comment"]').value;`);
  await type('Draft Two', '• sg12.plenary — Plenary');
  await until('the typed text, capitals and all', value, (v) => v === 'Draft Two', 10_000);

  await press('ctrl+z', '• sg12.plenary — Plenary');
  await until('Ctrl+Z to undo the typing', value, (v) => v !== 'Draft Two', 10_000);
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(
    (await timetable.sessionState('wp3-close')).date,
    '2017-09-28',
    'the timetable keeps its edit: the menu\'s Undo did not see the key',
  );

  await press('ctrl+s', '• sg12.plenary — Plenary');
  await until('Ctrl+S in the field to save', () => windowNamed('sg12.plenary — Plenary'), Boolean, 10_000);
  const saved = JSON.parse(readFileSync(first, 'utf8'));
  assert.match(saved.sessions.find((x) => x.id === 'wp3-close').placement.start, /^2017-09-28/, 'the edit is in the file');
  await toggle.click();
});

test('opening another document while Plenary runs opens it in a new window of the running app', async () => {
  const [firstHandle] = await app.session.windowHandles();
  const started = Date.now();
  const child = spawn(process.env.E2E_APP ?? defaultBinary, [second], {
    env: { ...process.env, DISPLAY: app.display },
    stdio: 'ignore',
  });
  const code = await new Promise((resolve) => child.on('exit', resolve));
  assert.equal(code, 0, 'the second start passes the file on and ends');
  assert.ok(Date.now() - started < 20_000, 'at once');
  await until('a new window to show the second document', () => windowNamed('second.plenary — Plenary'), Boolean, 20_000);
  assert.ok(windowNamed('sg12.plenary — Plenary'), 'the first window keeps its document');

  const handles = await until('WebDriver to see both windows', () => app.session.windowHandles(), (h) => h.length === 2, 20_000);
  const secondHandle = handles.find((h) => h !== firstHandle);
  await app.session.switchToWindow(secondHandle);
  await app.session.waitForAll('[data-testid="day-column"]', { timeoutMs: 20_000 });
  assert.match(await shownTitle(), /Study Group 2 /, 'the new window shows the second document');

  // The second window's Ctrl+Z is its own: the first window's saved edit stays, and clean.
  await press('ctrl+z', 'second.plenary — Plenary');
  await new Promise((r) => setTimeout(r, 1000));
  assert.ok(windowNamed('sg12.plenary — Plenary'), 'the first document is untouched');
  await app.session.switchToWindow(firstHandle);
  assert.match(await shownTitle(), /Study Group 12 /, 'the first window still shows the first document');
  const timetable = new Timetable(app.session);
  assert.equal((await timetable.sessionState('wp3-close')).date, '2017-09-28', 'with its edit');
});

test('Ctrl+Q quits every window, and the next start puts the window back at the size it was left at', async () => {
  const id = await until('the main window', () => windowNamed('sg12.plenary — Plenary'));
  xdotool(['windowsize', '--sync', id, '1000', '640']);
  await new Promise((r) => setTimeout(r, 500));
  const pid = app.pid();
  await press('ctrl+q', 'second.plenary — Plenary');
  await until('the app to end', () => {
    try {
      process.kill(pid, 0);
      return false;
    } catch {
      return true;
    }
  }, Boolean, 20_000);
  const state = join(homes.config, 'org.plenary.desktop', '.window-state.json');
  assert.ok(existsSync(state), `${state} written`);
  const main = JSON.parse(readFileSync(state, 'utf8')).main;
  assert.ok(main && main.width > 0, `the main window's place is kept: ${JSON.stringify(main)}`);
  await app.close();

  app = await launchApp({ file: first, homes });
  const again = await until('the window', () => windowNamed('sg12.plenary — Plenary'), Boolean, 30_000);
  const geometry = xdotool(['getwindowgeometry', again]);
  assert.match(geometry, /Geometry: 1000x6[0-9]{2}/, `the size it was left at: ${geometry}`);
});
