// A slot's other times on one day (issue 14), set in the real app's Meeting panel: the SG12
// example's Friday morning runs 09:00-12:00, and the annex's hours note says so in one line.
// One app, on the SG12 example (untitled).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchApp } from '../lib/app.js';
import { until } from '../lib/until.js';
import { AnnexView } from '../pages/annex.js';
import { Timetable } from '../pages/timetable.js';

let app;

before(async () => {
  app = await launchApp({ example: true });
  await new Timetable(app.session).waitUntilShown();
}, { timeout: 90_000 });

after(async () => {
  if (app) {
    await app.screenshot('slot-times').catch((e) => console.error(`screenshot: ${e}`));
    await app.close();
  }
});

/** Runs `script` in the page with `args`, as a person's gesture would end (an event). */
function inPage(script, args = []) {
  return app.session.execute(script, args);
}

test("Friday morning's own times, set in the slot editor, reach the annex's hours note", async () => {
  const [tab] = await app.session.waitForAll('[data-testid="tab-meeting"]');
  await tab.click();
  // Open the Slots section and pick Friday 22 September for the morning.
  await until('the slot editor', () =>
    inPage(
      `const pick = document.querySelector('select[aria-label="Other times on a day"]');
       if (!pick) return false;
       pick.closest('details').open = true;
       if (![...pick.options].some((o) => o.value === '2017-09-22')) return false;
       pick.value = '2017-09-22';
       pick.dispatchEvent(new Event('change', { bubbles: true }));
       return true;`,
    ),
  );
  // The Friday row shows the standard times; the end changed to 12:00 is one command.
  await until('the Friday row', () =>
    inPage(
      `const end = document.querySelector('[data-testid="slot-day-morning-2017-09-22"] input[aria-label="Slot end on 2017-09-22"]');
       if (!end) return false;
       end.value = '12:00';
       end.dispatchEvent(new Event('input', { bubbles: true }));
       end.dispatchEvent(new Event('change', { bubbles: true }));
       return true;`,
    ),
  );
  await until(
    'the core to keep the Friday times',
    () =>
      inPage(
        `return document.querySelector('[data-testid="slot-day-morning-2017-09-22"] input[aria-label="Slot end on 2017-09-22"]')?.value ?? '';`,
      ),
    (v) => v === '12:00',
  );
  await app.screenshot('slot-times-editor');
  const annex = await new AnnexView(app.session).show();
  const html = await until(
    'the hours note to name Friday',
    () => annex.page(),
    (h) => h.includes('except Friday 22 September'),
    20_000,
  );
  assert.match(html, /except Friday 22 September: 09:00-12:00/);
  await app.screenshot('slot-times-annex');
});
