// Where a session can go, in the real app (issue 17): while a Question meeting of the SG12
// example is dragged, the days show where it can start, coloured by what the core says a
// drop there brings, with a legend; the properties panel offers its best places, and one
// click moves it there in one undoable step.
// One app, on the SG12 example (untitled).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchApp } from '../lib/app.js';
import { until } from '../lib/until.js';
import { Timetable } from '../pages/timetable.js';

const CTRL = '\uE009';
const Q = 'q4-20am';

let app;
let timetable;

before(async () => {
  app = await launchApp({ example: true });
  timetable = await new Timetable(app.session).waitUntilShown();
}, { timeout: 90_000 });

after(async () => {
  if (app) {
    await app.screenshot('places').catch((e) => console.error(`screenshot: ${e}`));
    await app.close();
  }
});

/** The fits of the bands drawn in the day `date`. */
function bandsOf(date) {
  return app.session.execute(
    `return [...document.querySelectorAll('[data-testid="day-column"][data-date="' + arguments[0] + '"] [data-testid="fit-band"]')]
       .map((b) => b.dataset.fit);`,
    [date],
  );
}

test('a dragged session shows where it can start, and the bands go with the drag', async () => {
  assert.ok(await timetable.reveal(Q), 'the Question meeting is on the grid');
  await timetable.holdSessionOver(Q, '2017-09-20', '14:30');
  const fits = await until('the fit bands of its day', () => bandsOf('2017-09-20'), (f) => f.length > 0, 15_000);
  assert.ok(fits.includes('clean'), `somewhere on its day it can start with no conflict: ${fits}`);
  assert.ok(fits.includes('error'), `somewhere on its day a drop brings an error (its Working Party's sessions): ${fits}`);
  const legend = await app.session.execute(`return document.querySelector('[data-testid="fit-legend"]')?.textContent ?? '';`);
  assert.match(legend, /no conflict/);
  await app.screenshot('places-drag');
  await timetable.cancelDrag();
  await until('the bands to go', () => bandsOf('2017-09-20'), (f) => f.length === 0);
});

test('the best places are offered for the selected session and one click moves it there, undoably', async () => {
  const before = await timetable.sessionState(Q);
  await timetable.select(Q);
  const offered = await until(
    'the best places',
    () =>
      app.session.execute(
        `return [...document.querySelectorAll('[data-testid="best-place"]')].map((b) => ({ text: b.textContent, fit: b.dataset.fit }));`,
      ),
    (list) => list.length > 0,
    15_000,
  );
  assert.equal(offered[0].fit, 'clean', `the first place is clean: ${JSON.stringify(offered)}`);
  await app.screenshot('places-panel');
  await app.session.execute(`document.querySelector('[data-testid="best-place"]').click();`);
  const where = (s) => `${s?.date} ${s?.label}`;
  const moved = await timetable.waitForSession(Q, (s) => s && where(s) !== where(before), 'it to move to the place');
  assert.match(offered[0].text, new RegExp(moved.label.match(/\d\d:\d\d–\d\d:\d\d/)[0]), 'to the times offered');
  await app.session.keys([CTRL, 'z']);
  await timetable.waitForSession(Q, (s) => where(s) === where(before), 'undo to put it back');
});

test('in the room view each room strip shows where the session can start in that room', async () => {
  await app.session.execute(`document.querySelector('[data-testid="view-rooms"]').click();`);
  await app.session.waitForAll('[data-testid="grid"][data-view="rooms"]');
  assert.ok(await timetable.reveal(Q), 'the Question meeting is on the grid');
  await timetable.holdSessionOver(Q, '2017-09-20', '14:30');
  const rooms = await until(
    'the bands of each room',
    () =>
      app.session.execute(
        `return [...new Set([...document.querySelectorAll('[data-testid="day-column"][data-date="2017-09-20"] [data-testid="fit-band"]')]
           .map((b) => b.dataset.room))];`,
      ),
    (list) => list.length > 1,
    15_000,
  );
  assert.ok(rooms.includes('room-b') && rooms.includes('popov'), `a strip per room: ${rooms}`);
  await app.screenshot('places-rooms');
  await timetable.cancelDrag();
  await app.session.execute(`document.querySelector('[data-testid="view-grid"]').click();`);
});

