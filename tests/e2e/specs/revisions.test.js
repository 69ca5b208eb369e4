// Revisions in the real app (issue 8): publish Rev.1, move a session, publish Rev.2, see the
// move listed with its old and new times, mark the changes since Rev.1 in the grid, and undo
// the publication. One app, on the SG12 example (untitled).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchApp } from '../lib/app.js';
import { ExportDialog } from '../pages/exportDialog.js';
import { Revisions } from '../pages/revisions.js';
import { Timetable } from '../pages/timetable.js';

let app;
let timetable;
let revisions;

before(async () => {
  app = await launchApp({ example: true });
  timetable = await new Timetable(app.session).waitUntilShown();
  revisions = await new Revisions(app.session).open();
}, { timeout: 90_000 });

after(async () => {
  if (app) {
    await app.screenshot('revisions').catch((e) => console.error(`screenshot: ${e}`));
    await app.close();
  }
});

test('publishing a revision lists it under the suggested label and offers the next one', async () => {
  assert.deepEqual(await revisions.labels(), [], 'the example has no revision yet');
  assert.equal(await revisions.suggestedLabel(), 'Rev.1');
  await revisions.publish({ comment: 'first draft for the collective letter' });
  assert.deepEqual(await revisions.labels(), ['Rev.1']);
  assert.equal(await revisions.suggestedLabel(), 'Rev.2', 'the next label is suggested');
});

test('a session moved after Rev.1 is listed with its old and new day and time between Rev.1 and Rev.2', async () => {
  await timetable.dragSession('q1q2-22pm', '2017-09-21', '14:00');
  await timetable.waitForSession('q1q2-22pm', (s) => s?.date === '2017-09-21', 'it to move to 21 September');
  await revisions.publish();
  assert.deepEqual(await revisions.labels(), ['Rev.2', 'Rev.1'], 'newest first');
  const items = await revisions.compare('Rev.1', 'Rev.2');
  assert.equal(items.length, 1, `one change: ${JSON.stringify(items)}`);
  assert.equal(items[0].id, 'q1q2-22pm');
  assert.equal(items[0].kind, 'changed');
  assert.match(
    items[0].text,
    /moved from Friday 22 September 14:00–17:30 to Thursday 21 September 14:00–17:30/,
    'the old and new day and time',
  );
  const summary = await revisions.summary();
  assert.match(summary, /Rev\.1/, `the e-mail summary names the revisions: ${summary}`);
  assert.match(summary, /Meeting of Questions 1\/12 and 2\/12/, `and the moved session: ${summary}`);
  assert.deepEqual(await revisions.compare('Rev.2', null), [], 'nothing changed since Rev.2');
});

test('"changes since Rev.1" marks the moved session in the grid and leaves a ghost where it was', async () => {
  await revisions.showChangesSince('Rev.1');
  const deadline = Date.now() + 10_000;
  let overlay;
  for (;;) {
    overlay = await revisions.overlayOf('q1q2-22pm');
    if (overlay.change && overlay.ghosts.length > 0) break;
    if (Date.now() > deadline) assert.fail(`no change mark and ghost within 10 s: ${JSON.stringify(overlay)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(overlay.change, 'the moved session is marked');
  assert.deepEqual(
    overlay.ghosts.map((g) => g.date),
    ['2017-09-22'],
    `a ghost on Friday, where it was in Rev.1: ${JSON.stringify(overlay)}`,
  );
  assert.equal((await revisions.overlayOf('q4-21pm')).change, null, 'an unchanged session is not marked');
  await new Promise((r) => setTimeout(r, 1000)); // let the ghost paint before the screenshot
  await app.screenshot('revisions-overlay');
});

test('the Export dialog previews Rev.2 with its revision line and the changes since Rev.1 marked', async () => {
  const dialog = await new ExportDialog(app.session).open();
  await dialog.chooseVersion('Rev.2', 'Rev.1');
  const html = await dialog.until(
    () => dialog.preview(),
    (h) => h.includes('class="legend"'),
    'the change legend in the preview',
  );
  assert.match(html, /Rev\.2, \d+ \w+ \d{4}/, 'the revision line names Rev.2 and its date');
  assert.match(html, /class="[^"]*changed/, 'a changed cell is highlighted');
  await new Promise((r) => setTimeout(r, 1000)); // let the frame paint before the screenshot
  await app.screenshot('revisions-export');
  await dialog.close();
});

test('undo takes back the publication of Rev.2', async () => {
  const [undo] = await app.session.waitForAll('[data-testid="undo"]');
  assert.equal(await undo.attribute('title'), 'Undo Publish revision (Ctrl+Z)');
  await undo.click();
  const deadline = Date.now() + 10_000;
  while ((await revisions.labels()).length !== 1) {
    if (Date.now() > deadline) assert.fail(`Rev.2 still listed: ${JSON.stringify(await revisions.labels())}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.deepEqual(await revisions.labels(), ['Rev.1']);
  assert.equal(await revisions.suggestedLabel(), 'Rev.2');
  const moved = await timetable.sessionState('q1q2-22pm');
  assert.equal(moved.date, '2017-09-21', 'undoing the publication keeps the move');
});
