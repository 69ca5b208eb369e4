// Editing by hand in the real app: schedule from the palette, hold a session over an
// occupied room (the drop preview names the clash before the drop), move it there (the clash
// shows in the grid and the panel, with its partner), undo and redo, resize,
// acknowledge, save, reopen. One app for the whole story, on a copy of the SG12 example
// with the webinar unscheduled (the example has nothing in the palette).

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { launchApp, repoRoot } from '../lib/app.js';
import { Conflicts } from '../pages/conflicts.js';
import { Timetable } from '../pages/timetable.js';

const CTRL = '\uE009';
let app;
let timetable;
let conflicts;
let file;

function fixture() {
  const doc = JSON.parse(readFileSync(join(repoRoot, 'examples/itu-t-sg12-2017.plenary.json'), 'utf8'));
  const webinar = doc.sessions.find((s) => s.id === 'webinar');
  delete webinar.placement;
  const dir = mkdtempSync(join(tmpdir(), 'plenary-e2e-'));
  const path = join(dir, 'sg12.plenary.json');
  writeFileSync(path, JSON.stringify(doc, null, 2));
  return path;
}

async function open(path) {
  app = await launchApp({ file: path });
  timetable = await new Timetable(app.session).waitUntilShown();
  conflicts = new Conflicts(app.session);
}

before(async () => {
  file = fixture();
  await open(file);
}, { timeout: 90_000 });

after(async () => {
  if (app) {
    await app.screenshot('editing').catch((e) => console.error(`screenshot: ${e}`));
    await app.close();
  }
});

test('dragging a palette session onto a day schedules it there', async () => {
  assert.deepEqual(await timetable.sessionState('webinar'), { inPalette: true }, 'the fixture leaves the webinar unscheduled');
  await timetable.dragFromPalette('webinar', '2017-09-28', '15:45');
  const state = await timetable.waitForSession('webinar', (s) => s?.date === '2017-09-28', 'it to be on 28 September');
  assert.equal(state.inPalette, false, 'a scheduled session leaves the palette');
  assert.match(
    state.label,
    /^Meeting results webinar, 15:45–17:15/,
    "dropped at 15:45 with the length the core keeps for it: the document's default, 90 minutes",
  );
});

/**
 * The panel is shown and lists conflicts (the example's acknowledged ones and warnings), so
 * that finding none of a kind means there are none, not that the panel is missing or empty.
 */
async function assertPanelLists() {
  const all = await conflicts.list();
  assert.ok(all.length > 0, 'the conflicts panel lists the example\'s conflicts, so an empty match below is meaningful');
  return all;
}

test('while a session is held over an occupied room, the preview names the clash before the drop', async () => {
  await assertPanelLists();
  assert.deepEqual(await conflicts.about('roomClash', 'q1q2-22pm'), [], 'no room clash before the drag');
  await timetable.holdSessionOver('q1q2-22pm', '2017-09-21', '14:00');
  // The core's map of places colours the ghost at once; the dry run words it once the pointer rests.
  const ghost = await timetable.waitForGhost(
    (g) => g?.preview === 'error' && g.note.includes('new conflict'),
    'the drop marked as an error and its clash worded',
  );
  assert.match(ghost.title, /Question 4\/12/, `the preview names the session already in the room: ${ghost.title}`);
  assert.match(ghost.title, /Room B/, `and the room: ${ghost.title}`);
  assert.match(ghost.note, /1 new conflict/, `the ghost counts what the drop would bring: ${ghost.note}`);
  await timetable.cancelDrag();
  await timetable.waitForSession('q1q2-22pm', (s) => s?.date === '2017-09-22' && !s.conflict, 'Escape to leave it on Friday');
  assert.equal(await timetable.ghost(), null, 'no ghost once the drag is cancelled');
  assert.deepEqual(await conflicts.about('roomClash', 'q1q2-22pm'), [], 'a preview changes nothing');
});

test('moving a session into an occupied room on another day shows the room clash in the grid and the panel', async () => {
  await assertPanelLists();
  assert.deepEqual(await conflicts.about('roomClash', 'q1q2-22pm'), [], 'no room clash before the move');
  await timetable.dragSession('q1q2-22pm', '2017-09-21', '14:00');
  const moved = await timetable.waitForSession('q1q2-22pm', (s) => s?.date === '2017-09-21', 'it to move to 21 September');
  assert.match(moved.label, /14:00–17:30/, 'the move keeps the length and the start it was dropped at');
  const clash = await timetable.waitForSession('q1q2-22pm', (s) => s?.conflict === 'error', 'the room clash mark');
  assert.equal(clash.conflict, 'error', 'Room B already holds Question 4/12 on Thursday afternoon');
  assert.equal((await timetable.sessionState('q4-21pm')).conflict, 'error', 'both sessions of the clash are marked');
  const listed = await conflicts.about('roomClash', 'q1q2-22pm');
  assert.equal(listed.length, 1, `the panel lists the clash: ${JSON.stringify(await conflicts.list())}`);
  const [clashRow] = listed;
  assert.equal(clashRow.key, 'roomClash:q1q2-22pm+q4-21pm@room-b', 'the clash is between the moved session and the one already in Room B');
  assert.match(clashRow.text, /Question 4\/12/, `the panel names the partner, Question 4/12: ${clashRow.text}`);
  assert.match(clashRow.text, /Meeting of Questions 1\/12 and 2\/12/, `and the moved session: ${clashRow.text}`);
  assert.match(clashRow.text, /Room B/, `and the room: ${clashRow.text}`);
  assert.ok(
    app.windowNames().includes('• sg12.plenary.json — Plenary'),
    `the window title names the file and marks unsaved changes: ${JSON.stringify(app.windowNames())}`,
  );
});

test('undo and redo restore both the grid and the panel', async () => {
  await app.session.keys([CTRL, 'z']);
  await timetable.waitForSession('q1q2-22pm', (s) => s?.date === '2017-09-22' && !s.conflict, 'undo to put it back on Friday, clear');
  await assertPanelLists();
  assert.deepEqual(await conflicts.about('roomClash', 'q1q2-22pm'), [], 'undo removes the clash from the panel');
  await app.session.keys([CTRL, 'y']);
  await timetable.waitForSession('q1q2-22pm', (s) => s?.date === '2017-09-21' && s.conflict === 'error', 'redo to move it again');
  assert.equal((await conflicts.about('roomClash', 'q1q2-22pm')).length, 1, 'redo brings the clash back');
});

test('dragging the bottom edge resizes a session', async () => {
  await timetable.resizeSession('wp1-close', 'end', '17:00');
  const state = await timetable.waitForSession('wp1-close', (s) => s?.label?.includes('16:00–17:00'), 'it to end at 17:00');
  assert.equal(state.date, '2017-09-27', 'a resize keeps the day');
});

test('a conflict can be acknowledged with a reason', async () => {
  const [clash] = await conflicts.about('roomClash', 'q1q2-22pm');
  await conflicts.acknowledge(clash.key, 'Room B is shared on purpose');
  const deadline = Date.now() + 10_000;
  let now;
  while (Date.now() < deadline) {
    [now] = await conflicts.about('roomClash', 'q1q2-22pm');
    if (now?.acknowledged) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(now?.acknowledged, `the clash is acknowledged: ${JSON.stringify(now)}`);
  assert.match(now.text, /Room B is shared on purpose/, 'the panel shows the reason');
  await timetable.waitForSession('q1q2-22pm', (s) => s?.conflict === 'acknowledged', 'the grid to mark it acknowledged');
});

test('saving writes the file, and reopening it finds every change', async () => {
  await app.session.keys([CTRL, 's']);
  const deadline = Date.now() + 10_000;
  let saved;
  while (Date.now() < deadline) {
    saved = JSON.parse(readFileSync(file, 'utf8'));
    if (saved.sessions.find((s) => s.id === 'q1q2-22pm')?.placement?.start === '2017-09-21T14:00') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(saved.sessions.find((s) => s.id === 'q1q2-22pm').placement.start, '2017-09-21T14:00', 'Ctrl+S saved the move to the file');
  const backup = JSON.parse(readFileSync(`${file}.bak`, 'utf8'));
  assert.equal(backup.sessions.find((s) => s.id === 'q1q2-22pm').placement.start, '2017-09-22T14:00', 'the previous version is kept as .bak');
  await new Promise((r) => setTimeout(r, 200));
  assert.ok(app.windowNames().includes('sg12.plenary.json — Plenary'), `saved: no unsaved mark in ${JSON.stringify(app.windowNames())}`);
  await app.close();
  app = null;
  await open(file);
  assert.equal((await timetable.sessionState('q1q2-22pm')).date, '2017-09-21', 'the move survived the reopening');
  assert.match((await timetable.sessionState('wp1-close')).label, /16:00–17:00/, 'so did the resize');
  assert.equal((await timetable.sessionState('webinar')).date, '2017-09-28', 'and the scheduled webinar');
  const [clash] = await conflicts.about('roomClash', 'q1q2-22pm');
  assert.ok(clash?.acknowledged, 'and the acknowledgement');
});

test('the keyboard moves the selected session by a day and by a snap step, and undoes', async () => {
  await timetable.reveal('wp3-close'); // a wide day's blocks are drawn once it is near the view
  const [block] = await app.session.findAll('[data-testid="session"][data-session-id="wp3-close"]');
  await block.click();
  await app.session.keys(['\uE014']); // ArrowRight: one day later
  await timetable.waitForSession('wp3-close', (s) => s?.date === '2017-09-28', 'ArrowRight to move it to the next day');
  await app.session.keys(['\uE015']); // ArrowDown: one snap step (15 minutes) later
  const later = await timetable.waitForSession('wp3-close', (s) => s?.label?.includes('09:15–12:45'), 'ArrowDown to move it 15 minutes later');
  assert.equal(later.date, '2017-09-28', 'a step down keeps the day');
  await app.session.keys([CTRL, 'z']);
  await app.session.keys([CTRL, 'z']);
  await timetable.waitForSession('wp3-close', (s) => s?.date === '2017-09-27' && s.label.includes('09:00–12:30'), 'two undos to restore it');
});
