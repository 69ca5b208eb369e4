// A session made a point in time in the real app (issue 14): the SG12 example's welcome tour
// (10:30-11:00) becomes "10:30" in the properties panel's Timing choice, the grid draws it as
// a marker, and the annex's note gives its time alone, with no invented end.
// One app, on the SG12 example (untitled).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchApp } from '../lib/app.js';
import { until } from '../lib/until.js';
import { AnnexView } from '../pages/annex.js';
import { Timetable } from '../pages/timetable.js';

let app;
let timetable;

before(async () => {
  app = await launchApp({ example: true });
  timetable = await new Timetable(app.session).waitUntilShown();
}, { timeout: 90_000 });

after(async () => {
  if (app) {
    await app.screenshot('points').catch((e) => console.error(`screenshot: ${e}`));
    await app.close();
  }
});

const WELCOME = '[data-testid="session"][data-session-id="welcome"]';

test('a session made a point in time is drawn as a marker and annexed with its start alone', async () => {
  assert.ok(await timetable.reveal('welcome'), 'the welcome tour is on the grid');
  await timetable.select('welcome');
  await until('the Timing choice', () =>
    app.session.execute(
      `const pick = document.querySelector('[data-testid="prop-timing"]');
       if (!pick) return false;
       pick.value = 'point';
       pick.dispatchEvent(new Event('change', { bubbles: true }));
       return true;`,
    ),
  );
  const timing = await until(
    'the block to be a point',
    () => app.session.execute(`return document.querySelector(arguments[0])?.dataset.timing ?? '';`, [WELCOME]),
    (t) => t === 'point',
  );
  assert.equal(timing, 'point');
  await app.screenshot('points-grid');

  const annex = await new AnnexView(app.session).show();
  const html = await until(
    'the welcome note to give 10:30 alone',
    () => annex.page(),
    (h) => h.includes('19 September 10:30;'),
    20_000,
  );
  assert.doesNotMatch(html, /19 September 10:30-11:00/, 'no end is given for a point');
  await app.screenshot('points-annex');
});
