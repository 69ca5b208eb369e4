// Creating where others already are, on the SG12 example with its many Questions in
// parallel: the busiest day's lanes are readable (a screenshot is kept); a double-click in
// the create gutter of an occupied slot and a drag there each make a new session (a new
// lane) instead of grabbing the block underneath; the new session is selected with its
// title ready to type; Undo names the rename; the context menu and the N key create too;
// the conflict panel shows no internal key.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchApp } from '../lib/app.js';
import { Conflicts } from '../pages/conflicts.js';
import { Timetable } from '../pages/timetable.js';

const TAB = '\uE004';
let app;
let timetable;

before(async () => {
  app = await launchApp({ example: true });
  timetable = await new Timetable(app.session).waitUntilShown();
}, { timeout: 90_000 });

after(async () => {
  if (app) {
    await app.screenshot('creating').catch((e) => console.error(`screenshot: ${e}`));
    await app.close();
  }
});

/** The session block `id`'s accessible name and whether it is selected. */
function blockState(id) {
  return app.session.execute(
    `const el = document.querySelector('[data-testid="session"][data-session-id="' + arguments[0] + '"]');
     return el ? { label: el.getAttribute('aria-label'), selected: el.dataset.selected === 'true',
                   date: el.closest('[data-testid="day-column"]').dataset.date } : null;`,
    [id],
  );
}

/** The undo button's accessible name ("Undo Rename … (Ctrl+Z)"). */
function undoLabel() {
  return app.session.execute(`return document.querySelector('[data-testid="undo"]').getAttribute('aria-label');`);
}

async function waitFor(what, fn, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}; last ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('the busiest day gives each parallel session a readable lane, and the grid scrolls sideways', async () => {
  const busiest = await timetable.busiestDay();
  assert.ok(busiest.lanes >= 4, `SG12 has Questions in parallel: ${JSON.stringify(busiest)}`);
  assert.ok(busiest.narrowest >= 60, `no lane is a stripe: the narrowest block is ${busiest.narrowest}px wide`);
  const words = await app.session.execute(
    `const day = document.querySelector('[data-testid="day-column"][data-date="' + arguments[0] + '"]');
     return [...day.querySelectorAll('[data-testid="session"] .title')].map((t) => getComputedStyle(t).writingMode);`,
    [busiest.date],
  );
  assert.ok(words.every((w) => w === 'horizontal-tb'), `titles run horizontally: ${words}`);
  await app.session.execute(
    `document.querySelector('[data-testid="day-column"][data-date="' + arguments[0] + '"]').scrollIntoView({ inline: 'start', block: 'nearest' });`,
    [busiest.date],
  );
  await app.screenshot('sg12-busiest-day');
  const scroll = await app.session.execute(
    `const s = document.querySelector('[data-testid="grid"]').parentElement;
     const header = document.querySelector('[data-testid="day-header"][data-date="' + arguments[0] + '"] .label').getBoundingClientRect();
     return { scrolls: s.scrollWidth > s.clientWidth, scrolled: s.scrollLeft > 0,
              headerLeft: header.left, gridLeft: s.getBoundingClientRect().left };`,
    [busiest.date],
  );
  assert.ok(scroll.scrolls, 'the grid is wider than the window: it scrolls sideways');
  assert.ok(scroll.headerLeft >= scroll.gridLeft + 50, `the day's name stays beside the time column: ${JSON.stringify(scroll)}`);
});

test('with days as rows, each parallel session still gets a readable lane', async () => {
  await timetable.setOrientation('rows');
  const busiest = await timetable.busiestDay();
  assert.ok(busiest.narrowest >= 20, `a lane is a line of text high, not a stripe: ${JSON.stringify(busiest)}`);
  await app.session.execute(
    `document.querySelector('[data-testid="day-column"][data-date="' + arguments[0] + '"]').scrollIntoView({ block: 'start' });`,
    [busiest.date],
  );
  await app.screenshot('sg12-busiest-day-rows');
  // The create gutter is at the bottom of each day's row: a double-click there adds a lane.
  const before = await timetable.sessionIds();
  await timetable.clickAt(await timetable.gutterPointAt(busiest.date, '15:00'), 2);
  const id = await timetable.waitForNewSession(before);
  assert.match((await blockState(id)).label, /15:00–/, 'a new session where the row was double-clicked');
  // Its title takes the focus once the properties panel shows it (Ctrl+Z there would undo
  // typing): leave the field, then undo.
  await waitFor('the new session\'s title focused', () =>
    app.session.execute(`return (document.activeElement?.dataset?.testid ?? '').startsWith('prop-title-');`),
  );
  await app.session.execute(`document.activeElement?.blur();`);
  await app.session.keys(['\uE009', 'z']); // Ctrl+Z: take it back, the rest of the story starts clean
  await waitFor('the undo of the new session', async () => !(await timetable.sessionIds()).includes(id));
  await timetable.setOrientation('columns');
});

test('a double-click beside the busiest slot creates a new session there, selected with its title ready', async () => {
  const { date } = await timetable.busiestDay();
  const before = await timetable.sessionIds();
  const at = await timetable.gutterPointAt(date, '10:00');
  await timetable.clickAt(at, 2);
  const id = await timetable.waitForNewSession(before);
  const state = await waitFor('the new session to be selected', async () => {
    const s = await blockState(id);
    return s?.selected ? s : null;
  });
  assert.equal(state.date, date, 'it is on the day double-clicked');
  assert.match(state.label, /10:00–/, `it starts at the step under the pointer: ${state.label}`);
  await waitFor('the title field to take the focus', () =>
    app.session.execute(`return (document.activeElement?.dataset?.testid ?? '').startsWith('prop-title-');`),
  );
  const focus = await app.session.execute(
    `const a = document.activeElement;
     return { testid: a?.dataset?.testid ?? null, selected: a ? a.value.slice(a.selectionStart, a.selectionEnd) : '' , value: a?.value ?? '' };`,
  );
  assert.match(focus.testid ?? '', /^prop-title-/, 'a title field (the main language\'s) has the focus');
  assert.equal(focus.selected, focus.value, 'its whole text is selected: typing replaces it');
  await app.session.keys([...'Ad hoc group']);
  await app.session.keys([TAB]);
  await waitFor('the rename to show on the grid', async () => (await blockState(id))?.label?.startsWith('Ad hoc group'));
  const label = await undoLabel();
  assert.match(label, /^Undo Rename New session to Ad hoc group/, `Undo says what was done: ${label}`);
  assert.doesNotMatch(label, /Edit session/);
});

test('a drag over an occupied slot, in its create gutter, draws a new session instead of resizing the block', async () => {
  const { date } = await timetable.busiestDay();
  const before = await timetable.sessionIds();
  const from = await timetable.gutterPointAt(date, '14:30');
  const to = await timetable.gutterPointAt(date, '16:00');
  await timetable.drag(from, to);
  const id = await timetable.waitForNewSession(before);
  const state = await waitFor('the drawn session, selected', async () => {
    const s = await blockState(id);
    return s?.selected ? s : null;
  });
  assert.match(state.label, /14:30–16:00/, `from where it was pressed to where it was let go, snapped: ${state.label}`);
  const label = await undoLabel();
  assert.match(label, /^Undo Add New session on \w{3},? \d+ \w{3,4}\.? 14:30/, `Undo names the new session: ${label}`);
});

test('the context menu creates a session at the point pressed, and N makes one ready to name', async () => {
  const { date } = await timetable.busiestDay();
  let before = await timetable.sessionIds();
  await timetable.rightClickAt(await timetable.gutterPointAt(date, '11:00'));
  await app.session.clickWhenSettled('[data-testid="grid-menu-new"]');
  const id = await timetable.waitForNewSession(before);
  assert.match((await blockState(id)).label, /11:00–/, 'New session here starts where the menu was opened');

  // Copy it (it is selected), then Paste here at 15:00 of the same day: a copy there. Its
  // title field takes the focus first (Ctrl+C there copies text): leave it, then copy.
  await waitFor('the new session selected, its title focused', () =>
    app.session.execute(
      `return (document.activeElement?.dataset?.testid ?? '').startsWith('prop-title-') &&
              document.querySelector('[data-session-id="' + arguments[0] + '"]')?.dataset.selected === 'true';`,
      [id],
    ),
  );
  await app.session.execute(`document.activeElement?.blur();`);
  await app.session.keys(['\uE009', 'c']);
  before = await timetable.sessionIds();
  await timetable.rightClickAt(await timetable.gutterPointAt(date, '15:00'));
  await app.session.clickWhenSettled('[data-testid="grid-menu-paste"]:not([disabled])');
  const copy = await timetable.waitForNewSession(before);
  assert.match((await blockState(copy)).label, /15:00–/, 'Paste here puts the copy where the menu was opened');

  before = await timetable.sessionIds();
  await app.session.keys(['\uE00C']); // Escape: leave the title field, clear the selection
  await app.session.execute(`document.activeElement?.blur();`);
  await app.session.keys(['n']);
  const waiting = await timetable.waitForNewSession(before);
  const focus = await waitFor('the new session\'s title to have the focus', () =>
    app.session.execute(`return (document.activeElement?.dataset?.testid ?? '').startsWith('prop-title-');`),
  );
  assert.ok(focus);
  assert.ok(
    await app.session.execute(
      `return !!document.querySelector('[data-testid="palette-session"][data-session-id="' + arguments[0] + '"]');`,
      [waiting],
    ),
    'N makes an unscheduled session, waiting in the palette',
  );
});

test('the conflict panel shows what is wrong in words, never an internal key', async () => {
  const conflicts = new Conflicts(app.session);
  const listed = await conflicts.list();
  assert.ok(listed.length > 0, 'the example has conflicts');
  const text = await app.session.execute(`return document.querySelector('[data-testid="conflicts"]').textContent;`);
  for (const c of listed) assert.ok(!text.includes(c.key), `the panel shows the key ${c.key}`);
  assert.doesNotMatch(text, /\b[a-z]+[A-Z][a-zA-Z]*:[\w-]+/, 'no kind:session key is shown');
  const summary = await app.session.execute(`return document.querySelector('[data-testid="conflict-summary"]').textContent;`);
  assert.doesNotMatch(summary, /\b0 \w+/, `the summary counts only what there is: ${summary}`);
});
