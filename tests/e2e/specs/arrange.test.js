// Arrange in the real app (issue 17): a Question meeting of the SG12 example is sent back to
// the palette, the Arrange dialog runs the core's arranger (off the UI's thread), previews
// what would move, from where to where, changes nothing until Apply, and one undo takes the
// applied arrangement back.
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

const click = (testid) => app.session.clickButton(testid);

test('the Arrange dialog previews the moves, applies them as one undoable step, and Cancel changes nothing', async () => {
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

  const preview = async () => {
    await click('arrange-open');
    await click('arrange-unscheduled');
    await click('arrange-run');
    return until(
      'the preview',
      () => app.session.execute(`return document.querySelector('[data-testid="arrange-report"]')?.textContent ?? '';`),
      (t) => t.length > 0,
      60_000,
    );
  };
  const moves = () =>
    app.session.execute(
      `return [...document.querySelectorAll('[data-testid="arrange-move"]')].map((r) => r.dataset.session);`,
    );
  const closed = () =>
    until('the dialog to close', () =>
      app.session.execute(`return !document.querySelector('[data-testid="arrange-dialog"]');`),
    );

  // Cancel: the preview is forgotten and the session still waits.
  let report = await preview();
  assert.match(report, /Placed 1 of 1/, report);
  assert.deepEqual(await moves(), [Q]);
  await timetable.waitForSession(Q, (s) => s?.inPalette, 'a preview to change nothing');
  await click('arrange-cancel');
  await closed();
  await timetable.waitForSession(Q, (s) => s?.inPalette, 'Cancel to change nothing');

  // Apply: one step, on the grid where the preview said. Before it, the grid draws the
  // preview: the session at its proposed place, marked, in either orientation and the room
  // view (the toolbar still switches them; nothing edits).
  report = await preview();
  assert.deepEqual(await moves(), [Q]);
  const marked = () =>
    app.session.execute(
      `const b = document.querySelector('[data-testid="session"][data-session-id="' + arguments[0] + '"]');
       return b ? b.dataset.change ?? null : null;`,
      [Q],
    );
  await click('arrange-show');
  await until('the placed session marked on the grid', marked, (m) => m === 'placed');
  await app.screenshot('arrange-preview');
  await click('orientation');
  await until('the mark with days as rows', marked, (m) => m === 'placed');
  await app.screenshot('arrange-preview-rows');
  await click('orientation');
  await click('view-rooms');
  await until('the mark in the room view', marked, (m) => m === 'placed');
  await app.session.execute(`document.documentElement.dataset.theme = 'dark';`);
  await app.screenshot('arrange-preview-rooms-dark');
  await app.session.execute(`document.documentElement.dataset.theme = 'light';`);
  await click('view-grid');
  await timetable.waitForSession(Q, (s) => s?.inPalette, 'the preview to change nothing');
  await click('arrange-apply');
  await closed();
  const placed = await timetable.waitForSession(Q, (s) => s && !s.inPalette, 'it to be on the grid');
  assert.ok(placed.date, `placed on a day: ${JSON.stringify(placed)}`);

  await app.session.keys([CTRL, 'z']);
  await timetable.waitForSession(Q, (s) => s?.inPalette, 'one undo to take the arrangement back');
});

test("a session's allowed windows are added and removed in the properties panel, one undo step each", async () => {
  const S = 'q5-20am';
  await timetable.select(S);
  const windows = () =>
    app.session.execute(
      `return [...document.querySelectorAll('[data-testid="prop-window"]')].map((li) => li.textContent.trim());`,
    );
  assert.deepEqual(await windows(), [], 'no window yet: anywhere');
  // The first working day, at the meeting's hours the fields start with.
  await until('a day for the new window', () =>
    app.session.execute(
      `const d = document.querySelector('[data-testid="prop-window-day"]');
       if (!d || d.options.length < 2) return false;
       d.value = d.options[1].value;
       d.dispatchEvent(new Event('change', { bubbles: true }));
       return true;`,
    ),
  );
  await click('prop-window-add');
  const added = await until('the window the core accepted', windows, (w) => w.length === 1);
  assert.match(added[0], /\d\d:\d\d–\d\d:\d\d/, added[0]);
  await click('prop-window-remove');
  await until('the window removed', windows, (w) => w.length === 0);
  await app.session.keys([CTRL, 'z']);
  await until('undo to bring the window back', windows, (w) => w.length === 1);
});
