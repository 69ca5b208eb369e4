// Arrange in the real app (issue 17): a Question meeting of the SG12 example is sent back to
// the palette, the Arrange dialog places the unscheduled sessions with the core's arranger,
// says what it did, and one undo takes it back.
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
    await app.screenshot('arrange').catch((e) => console.error(`screenshot: ${e}`));
    await app.close();
  }
});

const click = (testid) =>
  until(`the ${testid} button`, () =>
    app.session.execute(
      `const b = document.querySelector('[data-testid="' + arguments[0] + '"]');
       if (!b || b.disabled) return false;
       b.click();
       return true;`,
      [testid],
    ),
  );

test('the Arrange dialog places the unscheduled sessions in one undoable step and says what it did', async () => {
  await timetable.select(Q);
  await until('the Unschedule button', () =>
    app.session.execute(
      `const b = [...document.querySelectorAll('button')].find((x) => x.textContent.trim() === 'Unschedule');
       if (!b) return false;
       b.click();
       return true;`,
    ),
  );
  await timetable.waitForSession(Q, (s) => s?.inPalette, 'it to wait in the palette');

  await click('arrange-open');
  await click('arrange-unscheduled');
  await click('arrange-run');
  const report = await until(
    'the report',
    () => app.session.execute(`return document.querySelector('[data-testid="arrange-report"]')?.textContent ?? '';`),
    (t) => t.length > 0,
    60_000,
  );
  assert.match(report, /Placed 1 of 1/, report);
  await app.screenshot('arrange-report');
  await click('arrange-close');
  const placed = await timetable.waitForSession(Q, (s) => s && !s.inPalette, 'it to be on the grid');
  assert.ok(placed.date, `placed on a day: ${JSON.stringify(placed)}`);

  await app.session.keys([CTRL, 'z']);
  await timetable.waitForSession(Q, (s) => s?.inPalette, 'one undo to take the arrangement back');
});
