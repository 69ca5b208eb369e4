// Crash recovery in the real app (issue 7): an edit is journalled within seconds, the app is
// killed with SIGKILL mid-edit, and the next start (same data folder) offers the unsaved
// document; Recover brings the edit back, unsaved, and Save writes it to the original file.
// With two documents open in two windows, each has its journal entry, and after the crash
// each comes back, in a window of its own.

import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

import { defaultBinary, freshHomes, journalEntries, launchApp, repoRoot } from '../lib/app.js';
import { Timetable } from '../pages/timetable.js';
import { until } from '../lib/until.js';

const CTRL = '\uE009';
let app;

after(async () => {
  await app?.close();
});

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test('an app killed mid-edit offers the edit back at the next start; Recover and Save keep it', { timeout: 180_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-e2e-'));
  const file = join(dir, 'sg12.plenary.json');
  copyFileSync(join(repoRoot, 'examples/itu-t-sg12-2017.plenary.json'), file);
  const original = readFileSync(file, 'utf8');
  const homes = freshHomes();

  app = await launchApp({ file, homes });
  let timetable = await new Timetable(app.session).waitUntilShown();
  await timetable.dragSession('q1q2-22pm', '2017-09-21', '14:00');
  await timetable.waitForSession('q1q2-22pm', (s) => s?.date === '2017-09-21', 'the move to 21 September');
  const edited = Date.now();
  const entries = await until('the edit to be journalled', () => {
    const ids = journalEntries(homes);
    return ids.length === 1 && ids;
  });
  t.diagnostic(`journalled ${Date.now() - edited} ms after the edit was drawn`);

  const pid = app.pid();
  assert.ok(pid, 'the app process is found under the driver');
  process.kill(pid, 'SIGKILL');
  await until('the killed app to be gone', () => !alive(pid));
  await app.close();
  app = undefined;
  assert.deepEqual(journalEntries(homes), entries, 'the journal outlives the crash');
  assert.equal(readFileSync(file, 'utf8'), original, 'the file itself was never touched');

  // The next start, without the file: the journal alone brings the edit back. (The app
  // starts on its start screen, not on the example, so no session is shown before.)
  app = await launchApp({ homes });
  timetable = new Timetable(app.session);
  const [dialog] = await app.session.waitForAll('[data-testid="recovery"]');
  const text = await dialog.textContent();
  assert.match(text, /sg12\.plenary\.json/, `the dialog names the file: ${text}`);
  assert.match(text, /\d+ sessions/, `and says how many sessions: ${text}`);
  assert.match(text, /1 unsaved edit/, `and how many edits were unsaved: ${text}`);
  await app.screenshot('recovery-dialog');
  const [recover] = await app.session.findAll('[data-testid="recovery-recover"]');
  await recover.click();
  await until('the dialog to close', async () => (await app.session.findAll('[data-testid="recovery"]')).length === 0);
  await timetable.waitForSession('q1q2-22pm', (s) => s?.date === '2017-09-21', 'the recovered move');
  assert.ok(
    app.windowNames().includes('• sg12.plenary.json — Plenary'),
    `the recovered document is the file's, unsaved: ${JSON.stringify(app.windowNames())}`,
  );

  await app.session.keys([CTRL, 's']);
  await until('the window title to lose its unsaved mark', () => app.windowNames().includes('sg12.plenary.json — Plenary'));
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  const moved = saved.sessions.find((s) => s.id === 'q1q2-22pm');
  assert.match(moved.placement.start, /^2017-09-21T14:00/, `Save wrote the recovered edit to the file: ${JSON.stringify(moved.placement)}`);
  await until('the journal to be cleared by the save', () => journalEntries(homes).length === 0);
});

test('two documents in two windows killed mid-edit both come back, each in its own window', { timeout: 180_000 }, async (t) => {
  // A session bus of the test's own (the single-instance plugin's rendezvous).
  const [address, pid] = execFileSync('dbus-daemon', ['--session', '--fork', '--print-address=1', '--print-pid=1'], {
    encoding: 'utf8',
  }).split('\n');
  process.env.DBUS_SESSION_BUS_ADDRESS = address.trim();
  t.after(() => {
    process.kill(Number(pid));
    delete process.env.DBUS_SESSION_BUS_ADDRESS;
  });
  const dir = mkdtempSync(join(tmpdir(), 'plenary-e2e-'));
  const sg12 = join(dir, 'sg12.plenary');
  const sg2 = join(dir, 'sg2.plenary');
  copyFileSync(join(repoRoot, 'examples/itu-t-sg12-2017.plenary.json'), sg12);
  copyFileSync(join(repoRoot, 'examples/itu-t-sg2-2013.plenary.json'), sg2);
  const homes = freshHomes();
  await app?.close(); // the first test's app
  app = await launchApp({ file: sg12, homes });
  let timetable = await new Timetable(app.session).waitUntilShown();
  await timetable.dragSession('q1q2-22pm', '2017-09-21', '14:00');
  await timetable.waitForSession('q1q2-22pm', (s) => s?.date === '2017-09-21', 'the move in the first window');
  // A second start hands its document to the running app (on the spec's session bus),
  // which opens it in a new window.
  const known = await app.session.windowHandles();
  const child = spawn(process.env.E2E_APP ?? defaultBinary, [sg2], {
    env: { ...process.env, DISPLAY: app.display, XDG_DATA_HOME: homes.data, XDG_CONFIG_HOME: homes.config },
    stdio: 'ignore',
  });
  assert.equal(await new Promise((resolve) => child.on('exit', resolve)), 0, 'the second start hands over');
  await app.session.switchToNewWindow(known);
  timetable = await new Timetable(app.session).waitUntilShown();
  await timetable.reveal('q1-18am');
  const [block] = await app.session.findAll('[data-testid="session"][data-session-id="q1-18am"]');
  await block.click();
  await app.session.keys(['\uE014']); // ArrowRight: a day later
  await timetable.waitForSession('q1-18am', (s) => s?.date === '2013-09-19', 'the move in the second window');
  await until('both edits to be journalled', () => journalEntries(homes).length === 2, Boolean, 20_000);

  const killed = app.pid();
  process.kill(killed, 'SIGKILL');
  await until('the killed app to be gone', () => !alive(killed));
  await app.close();
  app = undefined;

  app = await launchApp({ homes });
  await app.session.waitForAll('[data-testid="recovery"]');
  const entries = await app.session.findAll('[data-testid="recovery-entry"]');
  assert.equal(entries.length, 2, 'both documents are offered');
  const first = await app.session.windowHandles();
  await (await app.session.findAll('[data-testid="recovery-recover"]'))[0].click();
  await until('one entry left to recover', async () => (await app.session.findAll('[data-testid="recovery-entry"]')).length === 1);
  // Clicked from the page: WebDriver's click of a button that opens a window is not answered
  // until long after (it waits on the new window).
  await app.session.execute(`document.querySelector('[data-testid="recovery-recover"]').click();`);
  await until('the dialog to close', async () => (await app.session.findAll('[data-testid="recovery"]')).length === 0);
  await app.session.switchToNewWindow(first);
  await until(
    'both documents back, unsaved, each in its window',
    () => app.windowNames(),
    (names) => names.includes('• sg12.plenary — Plenary') && names.includes('• sg2.plenary — Plenary'),
    20_000,
  );
});
