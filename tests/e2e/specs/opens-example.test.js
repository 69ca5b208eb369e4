// Started without a file, the app offers the bundled SG12 example on its start screen (it no
// longer opens it posing as "Untitled"); opened from there, it is drawn as a timetable and
// named "Example" in the title bar.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchApp } from '../lib/app.js';
import { Timetable } from '../pages/timetable.js';

let app;
let timetable;

before(async () => {
  app = await launchApp({ example: true });
  timetable = await new Timetable(app.session).waitUntilShown();
}, { timeout: 90_000 });

after(async () => {
  if (app) {
    await app.screenshot('opens-example').catch((e) => console.error(`screenshot: ${e}`));
    await app.close();
  }
});

test('the window is titled Plenary, and the example is named so', () => {
  assert.ok(
    app.windowNames().some((name) => name.includes('Plenary')),
    `tauri.conf.json names the window Plenary; the X server has: ${JSON.stringify(app.windowNames())}`,
  );
  assert.ok(
    app.windowNames().includes('Example — Plenary'),
    `the example does not pose as "Untitled": ${JSON.stringify(app.windowNames())}`,
  );
});

test('Tuesday 19 September shows the SG12 opening plenary', async () => {
  const header = await timetable.dayHeader('2017-09-19');
  // The date as the platform writes it in British English (Intl): "Tuesday 19 September", or
  // with a comma after the weekday in newer CLDR data.
  assert.match(header, /Tuesday,? 19 September/, `the day header of 2017-09-19 reads "${header}"`);
  const opening = await timetable.sessionInDay('SG12 opening plenary', '2017-09-19');
  assert.ok(
    opening,
    `the example places the opening plenary on 19 September at 11:00; that column shows: ${JSON.stringify(
      await timetable.sessionTitlesInDay('2017-09-19'),
    )}`,
  );
  const block = await opening.rect();
  const column = await (await timetable.dayColumn('2017-09-19')).rect();
  assert.ok(
    block.width > 20 && block.height > 20 && block.x >= column.x && block.x + block.width <= column.x + column.width + 1,
    `the opening plenary is drawn as a block inside its day's column: block ${JSON.stringify(block)}, column ${JSON.stringify(column)}`,
  );
});
