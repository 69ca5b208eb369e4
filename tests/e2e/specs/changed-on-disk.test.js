// Saving over a file another program changed (issue 7): Save asks first, Cancel leaves the
// other program's version on disk, Overwrite then writes ours.

import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

import { launchApp, repoRoot } from '../lib/app.js';
import { Timetable } from '../pages/timetable.js';
import { until } from '../lib/until.js';

const CTRL = '\uE009';
let app;

after(async () => {
  if (app) {
    await app.screenshot('changed-on-disk').catch(() => {});
    await app.close();
  }
});

test('Save over a file changed on disk asks; Cancel keeps their version, Overwrite writes ours', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-e2e-'));
  const file = join(dir, 'sg12.plenary.json');
  copyFileSync(join(repoRoot, 'examples/itu-t-sg12-2017.plenary.json'), file);

  app = await launchApp({ file });
  const timetable = await new Timetable(app.session).waitUntilShown();
  await timetable.dragSession('q1q2-22pm', '2017-09-21', '14:00');
  await timetable.waitForSession('q1q2-22pm', (s) => s?.date === '2017-09-21', 'the move to 21 September');

  // Another program saves the file meanwhile.
  const theirs = JSON.parse(readFileSync(file, 'utf8'));
  theirs.meeting.venue = 'Changed by a colleague';
  const theirText = JSON.stringify(theirs, null, 2);
  writeFileSync(file, theirText);

  await app.session.keys([CTRL, 's']);
  const [prompt] = await app.session.waitForAll('[data-testid="changed-on-disk"]');
  const text = await prompt.textContent();
  assert.match(text, /sg12\.plenary\.json changed on disk since you opened it/, text);
  assert.equal(readFileSync(file, 'utf8'), theirText, 'nothing is written while the user decides');
  await app.screenshot('changed-on-disk-prompt');

  const [cancel] = await app.session.findAll('[data-testid="disk-cancel"]');
  await cancel.click();
  await until('the prompt to close', async () => (await app.session.findAll('[data-testid="changed-on-disk"]')).length === 0);
  assert.equal(readFileSync(file, 'utf8'), theirText, 'Cancel leaves the file as the other program wrote it');
  assert.ok(app.windowNames().includes('• sg12.plenary.json — Plenary'), 'still unsaved');

  await app.session.keys([CTRL, 's']);
  const [overwrite] = await app.session.waitForAll('[data-testid="disk-overwrite"]');
  await overwrite.click();
  await until('the save', () => app.windowNames().includes('sg12.plenary.json — Plenary'));
  const ours = JSON.parse(readFileSync(file, 'utf8'));
  assert.match(ours.sessions.find((s) => s.id === 'q1q2-22pm').placement.start, /^2017-09-21T14:00/, 'Overwrite writes our edit');
  assert.notEqual(ours.meeting.venue, 'Changed by a colleague', 'over their version, as the user chose');
  assert.equal(readFileSync(`${file}.bak`, 'utf8'), theirText, 'their version is kept as the backup');
});
