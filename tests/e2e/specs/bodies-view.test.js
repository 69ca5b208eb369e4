// The Bodies view in the real app, on the SG12 example: one row per body in tree order, a
// click in an empty half-day places the body's meeting there (the slot's standard times,
// the room the body usually meets in), a drag moves it to another half-day, Delete removes
// it.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchApp } from '../lib/app.js';
import { Bodies } from '../pages/bodies.js';
import { Timetable } from '../pages/timetable.js';

const DELETE = '\uE017';
let app;
let bodies;

before(async () => {
  app = await launchApp({ example: true });
  await new Timetable(app.session).waitUntilShown();
  bodies = await new Bodies(app.session).show();
}, { timeout: 90_000 });

after(async () => {
  if (app) {
    await app.screenshot('bodies-view-end').catch((e) => console.error(`screenshot: ${e}`));
    await app.close();
  }
});

test('the rows follow the body tree: the Study Group, its Working Parties, their Questions', async () => {
  const rows = await bodies.rows();
  assert.equal(rows[0], 'sg12');
  const wp1 = rows.indexOf('wp1');
  assert.deepEqual(rows.slice(wp1, wp1 + 3), ['wp1', 'q4', 'q5'], 'WP1/12 with its Questions under it');
  assert.deepEqual(await bodies.meetings('q1', '2017-09-22', 'afternoon').then((m) => m.map((x) => x.id)), ['q1q2-22pm']);
  assert.deepEqual(
    await bodies.meetings('q2', '2017-09-22', 'afternoon').then((m) => m.map((x) => x.id)),
    ['q1q2-22pm'],
    'a joint session shows in the row of each of its bodies',
  );
  await app.screenshot('bodies-view');
});

test('a click in an empty half-day places the body\'s meeting there, at the slot\'s times', async () => {
  assert.deepEqual(await bodies.meetings('q4', '2017-09-22', 'afternoon'), []);
  await bodies.clickCell('q4', '2017-09-22', 'afternoon');
  const [placed] = await bodies.waitForMeetings('q4', '2017-09-22', 'afternoon', (m) => m.length === 1, 'the new meeting');
  assert.equal(placed.text, '14:00–17:30');
  assert.match(placed.label, /^Question 4\/12, .*14:00–17:30$/, 'titled after the body, in its usual room');
});

test('a drag moves the meeting to another half-day of its row', async () => {
  const [placed] = await bodies.meetings('q4', '2017-09-22', 'afternoon');
  await bodies.dragMeeting(
    placed.id,
    { body: 'q4', date: '2017-09-22', slot: 'afternoon' },
    { body: 'q4', date: '2017-09-21', slot: 'morning' },
  );
  // A nearby half-day, so both ends of the drag are on screen beside the side panels.
  const there = await bodies.waitForMeetings('q4', '2017-09-21', 'morning', (m) => m.some((x) => x.id === placed.id), 'the meeting to move');
  const moved = there.find((x) => x.id === placed.id);
  assert.equal(moved.text, '09:00–12:30', 'it fills the morning at its standard times');
  assert.deepEqual(await bodies.meetings('q4', '2017-09-22', 'afternoon'), [], 'and left the afternoon');
  await app.screenshot('bodies-view-moved');
});

test('a click selects a meeting and Delete removes it', async () => {
  await bodies.clickCell('q5', '2017-09-27', 'morning');
  const [first] = await bodies.waitForMeetings('q5', '2017-09-27', 'morning', (m) => m.length === 1, 'a first meeting');
  await bodies.clickMeeting('q5', '2017-09-27', 'morning', first.id);
  await app.session.keys([DELETE]);
  await bodies.waitForMeetings('q5', '2017-09-27', 'morning', (m) => m.length === 0, 'Delete to remove it');
});

test('the Meeting panel lists the bodies as a tree and adds a series typed at once', async () => {
  await bodies.showTree();
  await bodies.addSeries('Q20/12-Q21/12 under WP1/12');
  await bodies.waitForTreeBody('q21-12');
  assert.deepEqual(
    await bodies.treeLevels(['wp1', 'q4', 'q20-12', 'q21-12']),
    ['2', '3', '3', '3'],
    'the new Questions under WP1/12, beside its own',
  );
  await bodies.scrollTreeTo('q20-12');
  await app.screenshot('body-tree');
  assert.ok((await bodies.rows()).includes('q20-12'), 'and the Bodies view has their rows');
});
