// The notes under the annex table, edited in the real app's Export dialog (issue 5): reorder
// a note and override its text, and see the core's preview follow; reset it to the derived
// text. One app, on the SG12 example (untitled).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchApp } from '../lib/app.js';
import { ExportDialog } from '../pages/exportDialog.js';
import { Timetable } from '../pages/timetable.js';

let app;
let dialog;

before(async () => {
  app = await launchApp({ example: true });
  await new Timetable(app.session).waitUntilShown();
  dialog = await new ExportDialog(app.session).open();
  await app.session.waitForAll('[data-testid="annex-note"]');
}, { timeout: 90_000 });

after(async () => {
  if (app) {
    await app.screenshot('annex-notes').catch((e) => console.error(`screenshot: ${e}`));
    await app.close();
  }
});

/** Where each note's text first appears in the preview page (-1: not there). */
function positions(html, notes) {
  return notes.map((n) => html.indexOf(n.text.slice(0, 40).replace(/&/g, '&amp;')));
}

test('the notes are listed in the order the preview prints them', async () => {
  const notes = await dialog.notes();
  assert.ok(notes.length >= 2, `the SG12 example has several notes: ${JSON.stringify(notes)}`);
  assert.ok(notes.some((n) => n.key === 'hours'), 'one of them gives the standard hours');
  const at = positions(await dialog.preview(), notes);
  assert.ok(at.every((p) => p >= 0), `every note is in the preview: ${JSON.stringify(at)}`);
  assert.deepEqual([...at].sort((a, b) => a - b), at, 'in the same order');
});

test('moving the last note up swaps it with the one before, in the list and in the preview', async () => {
  const before = await dialog.notes();
  const last = before[before.length - 1];
  const previous = before[before.length - 2];
  await dialog.moveUp(last.key);
  const after = await dialog.until(
    () => dialog.notes(),
    (n) => n[n.length - 2]?.key === last.key,
    `${last.key} to move up`,
  );
  assert.equal(after[after.length - 1].key, previous.key);
  const html = await dialog.until(
    () => dialog.preview(),
    (h) => h.indexOf(last.text.slice(0, 40)) < h.indexOf(previous.text.slice(0, 40)),
    'the preview to print the moved note first',
  );
  assert.ok(html.includes(last.text.slice(0, 40)));
});

test("overriding a note's text shows it in the preview, and reset gives the derived text back", async () => {
  const text = 'Sessions run 09:00-12:30 and 14:00-17:30 unless stated otherwise below.';
  const hours = (await dialog.notes()).find((n) => n.key === 'hours');
  await dialog.setText('hours', text);
  await dialog.until(() => dialog.preview(), (h) => h.includes(text), 'the override in the preview');
  const overridden = await dialog.until(
    () => dialog.notes(),
    (n) => n.find((x) => x.key === 'hours')?.overridden,
    'the note to be marked overridden',
  );
  assert.equal(overridden.find((x) => x.key === 'hours').text, text);
  await app.screenshot('annex-notes-overridden');
  await dialog.reset('hours');
  await dialog.until(() => dialog.preview(), (h) => !h.includes(text), 'the override to leave the preview');
  const reset = await dialog.until(
    () => dialog.notes(),
    (n) => n.find((x) => x.key === 'hours')?.overridden === false,
    'the note to be derived again',
  );
  assert.equal(reset.find((x) => x.key === 'hours').text, hours.text, 'the derived text is back');
});
