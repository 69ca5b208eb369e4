// Days as rows in the real app: the toolbar turns the grid, the test hooks stay the same, a
// session dragged onto another day's row moves there, the keyboard's arrows follow the
// axes (down: the next day; right: one snap step later), resizing drags the end to the
// right, and turning back keeps every change.

import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { launchApp, repoRoot } from '../lib/app.js';
import { Timetable } from '../pages/timetable.js';

const CTRL = '\uE009';
let app;
let timetable;

before(async () => {
  // A copy: the app locks the file it opens, and the repository's example is not ours to lock.
  const file = join(mkdtempSync(join(tmpdir(), 'plenary-e2e-')), 'sg12.plenary.json');
  copyFileSync(join(repoRoot, 'examples/itu-t-sg12-2017.plenary.json'), file);
  app = await launchApp({ file });
  timetable = await new Timetable(app.session).waitUntilShown();
}, { timeout: 90_000 });

after(async () => {
  if (app) {
    await app.screenshot('grid-orientation').catch((e) => console.error(`screenshot: ${e}`));
    await app.close();
  }
});

test('the toolbar turns the grid to days as rows, keeping the day and session hooks', async () => {
  assert.equal(await timetable.orientation(), 'columns', 'days are columns at first');
  await timetable.setOrientation('rows');
  await app.screenshot('grid-orientation-rows');
  assert.match(await timetable.dayHeader('2017-09-19'), /Tuesday/, 'a day header still carries its date');
  const state = await timetable.sessionState('mt-1');
  assert.equal(state?.date, '2017-09-18', 'a session is still inside its day');
  assert.match(state.label, /^SG12 management team meeting, 14:00–17:00/, 'and named by its title and time');
  const rects = await app.session.execute(
    `const r = (d) => document.querySelector('[data-testid="day-column"][data-date="' + d + '"]').getBoundingClientRect();
     const a = r('2017-09-18'), b = r('2017-09-19');
     return { sameLeft: Math.abs(a.left - b.left) < 1, below: b.top >= a.bottom - 1 };`,
  );
  assert.deepEqual(rects, { sameLeft: true, below: true }, 'the next day is the next row down');
});

test('dragging a session onto another day\'s row moves it there, at the time under the pointer', async () => {
  await timetable.setOrientation('rows');
  await timetable.dragSession('mt-1', '2017-09-19', '09:00');
  const state = await timetable.waitForSession('mt-1', (s) => s?.date === '2017-09-19', 'it to be on 19 September');
  assert.match(state.label, /^SG12 management team meeting, 09:00–12:00/, 'it keeps its length and starts at 09:00');
});

test('with days as rows, ArrowDown moves the selection to the next day and ArrowRight one step later', async () => {
  await timetable.reveal('wp3-close'); // a wide day's blocks are drawn once it is near the view
  const [block] = await app.session.findAll('[data-testid="session"][data-session-id="wp3-close"]');
  await block.click();
  await app.session.keys(['\uE015']); // ArrowDown: the next day
  await timetable.waitForSession('wp3-close', (s) => s?.date === '2017-09-28', 'ArrowDown to move it to the next day');
  await app.session.keys(['\uE014']); // ArrowRight: one snap step later
  await timetable.waitForSession('wp3-close', (s) => s?.label?.includes('09:15–12:45'), 'ArrowRight to move it 15 minutes later');
  await app.session.keys([CTRL, 'z']);
  await app.session.keys([CTRL, 'z']);
  await timetable.waitForSession('wp3-close', (s) => s?.date === '2017-09-27' && s.label.includes('09:00–12:30'), 'two undos to restore it');
});

test('with days as rows, dragging the right edge resizes the session', async () => {
  await timetable.resizeSession('wp2-close', 'end', '16:00');
  await timetable.waitForSession('wp2-close', (s) => s?.label?.includes('14:00–16:00'), 'the end to follow the pointer to 16:00');
});

test('turning back to days as columns keeps the changes', async () => {
  await timetable.setOrientation('columns');
  assert.equal((await timetable.sessionState('mt-1')).date, '2017-09-19');
  assert.match((await timetable.sessionState('wp2-close')).label, /14:00–16:00/);
});
