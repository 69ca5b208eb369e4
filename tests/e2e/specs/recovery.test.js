// Crash recovery in the real app (issue 7): an edit is journalled within seconds, the app is
// killed with SIGKILL mid-edit, and the next start (same data folder) offers the unsaved
// document; Recover brings the edit back, unsaved, and Save writes it to the original file.

import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

import { freshHomes, journalEntries, launchApp, repoRoot } from '../lib/app.js';
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
