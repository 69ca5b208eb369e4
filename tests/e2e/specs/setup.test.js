// A new meeting from nothing in the real app (issue 13): started without a file, the app says
// what to do first; File > New opens the set-up form, and the ITU-T SG2 meeting (17-26
// September 2013, English, French and Chinese, Geneva, the ITU-T template) is set up in at
// most 15 user actions, which the test counts (a click, a key chord or typing into the
// focused field is one action each). Then the files: Save and Export with names typed
// without an extension, and closing with unsaved changes choosing Save. The next start
// offers the saved file among the recent ones.

import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { freshHomes, launchApp } from '../lib/app.js';
import { answerFileDialog } from '../lib/nativeDialog.js';
import { typeText } from '../lib/typing.js';
import { ExportDialog } from '../pages/exportDialog.js';
import { until } from '../lib/until.js';

const CTRL = '\uE009';
const MAX_ACTIONS = 15;
const TITLES = {
  en: 'ITU-T Study Group 2',
  fr: "Commission d'études 2 de l'UIT-T",
  zh: 'ITU-T第2研究组',
};

let app;
const homes = freshHomes();
const dir = mkdtempSync(join(tmpdir(), 'plenary-e2e-setup-'));
let actions = 0;

before(async () => {
  app = await launchApp({ homes });
}, { timeout: 90_000 });

after(async () => {
  if (app) await app.close();
});

/** One user action: counted, then done. */
async function act(what, gesture) {
  actions += 1;
  try {
    await gesture();
  } catch (e) {
    throw new Error(`action ${actions} (${what}) failed: ${e.message}`);
  }
}

async function click(testid) {
  const [el] = await app.session.waitForAll(`[data-testid="${testid}"]`);
  await el.click();
}

const type = (text) => typeText(app, text);

function focusedTestId() {
  return app.session.execute('return document.activeElement?.getAttribute("data-testid") ?? null;');
}

/** A date as the first-day field's placeholder says to type it ("dd/mm/yyyy" ...). */
async function inLocale(iso) {
  const [field] = await app.session.waitForAll('[data-testid="setup-first-day"]');
  const pattern = await field.attribute('placeholder');
  const [y, m, d] = iso.split('-');
  return pattern.replace('yyyy', y).replace('mm', m).replace('dd', d);
}

test('started without a file, the app says what to do first and offers the example', async () => {
  const [start] = await app.session.waitForAll('[data-testid="empty-state"]', { timeoutMs: 30_000 });
  const text = await start.textContent();
  assert.match(text, /Set up the meeting/, `the empty state names the first step: ${text}`);
  assert.equal((await app.session.findAll('[data-testid="day-column"]')).length, 0, 'no invented days');
  assert.ok((await app.session.findAll('[data-testid="start-example"]')).length === 1, 'the example is offered');
  assert.ok(!app.windowNames().some((n) => /Example/.test(n)), `nothing poses as the example: ${app.windowNames()}`);
  await new Promise((r) => setTimeout(r, 1500)); // painted, not only in the DOM
  app.screenshotScreen('setup-empty-state');
});

test(`the SG2 2013 meeting is set up in at most ${MAX_ACTIONS} actions`, async () => {
  await act('File > New (Ctrl+N)', () => app.session.keys([CTRL, 'n']));
  await app.session.waitForAll('[data-testid="setup-form"]');
  await until('the English title to have the focus', focusedTestId, (id) => id === 'setup-title-en');
  await act('type the English title', () => type(TITLES.en));
  await act('tick French', () => click('setup-lang-fr'));
  await until('the French title to have the focus', focusedTestId, (id) => id === 'setup-title-fr');
  await act('type the French title', () => type(TITLES.fr));
  await act('tick Chinese', () => click('setup-lang-zh'));
  await until('the Chinese title to have the focus', focusedTestId, (id) => id === 'setup-title-zh');
  await act('type the Chinese title', () => type(TITLES.zh));
  await act('click the city', () => click('setup-city'));
  await act('type Geneva', () => type('Geneva'));
  const first = await inLocale('2013-09-17');
  const last = await inLocale('2013-09-26');
  await act('click the first day', () => click('setup-first-day'));
  await act(`type ${first}`, () => type(first));
  await act('click the last day', () => click('setup-last-day'));
  await act(`type ${last}`, () => type(last));
  // Leaving the field shows what was read; the template (ITU-T) and days off (Sat, Sun) are
  // the form's defaults, the venue is the city.
  const [zone] = await app.session.waitForAll('[data-testid="setup-zone"]');
  assert.match(await zone.textContent(), /Europe\/Zurich/, 'Geneva keeps the clocks of Europe/Zurich');
  await new Promise((r) => setTimeout(r, 500));
  app.screenshotScreen('setup-form');
  await act('Create meeting', () => click('setup-create'));
  await until('the form to close', async () => (await app.session.findAll('[data-testid="setup-form"]')).length === 0);

  assert.ok(actions <= MAX_ACTIONS, `the set-up took ${actions} actions (at most ${MAX_ACTIONS})`);
  const days = await until(
    'the ten days of the meeting in the grid',
    () => app.session.execute(`return [...document.querySelectorAll('[data-testid="day-header"]')].map((e) => e.getAttribute('data-date'));`),
    (d) => d.length >= 8,
  );
  assert.equal(days[0], '2013-09-17', `the first day: ${days}`);
  assert.equal(days[days.length - 1], '2013-09-26', `the last day: ${days}`);
  const [place] = await app.session.waitForAll('[data-testid="grid-place"]');
  assert.equal(await place.textContent(), 'Geneva', 'the grid shows the city picked, not Zurich');
  const [year] = await app.session.waitForAll('[data-testid="grid-year"]');
  assert.equal(await year.textContent(), '2013', 'the year shows above the day headers');
  await new Promise((r) => setTimeout(r, 1000));
  app.screenshotScreen('setup-created');
});

test('Save with a name typed without an extension writes name.plenary', async () => {
  await app.session.keys([CTRL, 's']);
  await answerFileDialog(app.display, 'Save timetable', join(dir, 'sg2'));
  const file = join(dir, 'sg2.plenary');
  await until(`${file} on disk`, () => existsSync(file));
  await until('the window to be named after the file', () => app.windowNames().includes('sg2.plenary — Plenary'));
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(saved.meeting.city, 'Geneva', 'the city picked is kept');
  assert.equal(saved.meeting.timeZone, 'Europe/Zurich');
  assert.deepEqual(saved.meeting.languages, ['en', 'fr', 'zh']);
  assert.equal(saved.meeting.title.zh, TITLES.zh);
  assert.equal(saved.days.length, 10, 'ten days, 17 to 26 September');
  assert.deepEqual(
    saved.days.filter((d) => d.kind === 'weekend').map((d) => d.date),
    ['2013-09-21', '2013-09-22'],
    'Saturday and Sunday off',
  );
});

test('Export with a name typed without an extension adds the format’s', async () => {
  const dialog = await new ExportDialog(app.session).open();
  await dialog.chooseFormat('annex-html');
  await dialog.save();
  await answerFileDialog(app.display, 'Export', join(dir, 'annex'));
  const file = join(dir, 'annex.html');
  await dialog.until(() => dialog.saved(), (s) => s !== null, `the dialog to say ${file} was written`, 20_000);
  await dialog.close();
  await until(`${file} on disk`, () => existsSync(file));
  assert.match(readFileSync(file, 'utf8'), /<html/i, 'an HTML annex');
});

test('closing with unsaved changes offers Save, which saves, then closes', async () => {
  await click('tab-meeting');
  await click('meeting-set-up');
  await app.session.waitForAll('[data-testid="setup-form"]');
  const [venue] = await app.session.waitForAll('[data-testid="setup-venue"]');
  await venue.click();
  await app.session.keys([CTRL, 'a']);
  await type('ITU headquarters');
  await click('setup-create');
  await until('the unsaved mark', () => app.windowNames().includes('• sg2.plenary — Plenary'));

  await app.session.keys([CTRL, 'w']);
  const [question] = await app.session.waitForAll('[data-testid="unsaved-changes"]');
  assert.match(await question.textContent(), /Save/, 'the question offers Save');
  for (const choice of ['unsaved-save', 'unsaved-discard', 'unsaved-cancel']) {
    assert.equal((await app.session.findAll(`[data-testid="${choice}"]`)).length, 1, `${choice} is offered`);
  }
  app.screenshotScreen('setup-unsaved-question');
  const pid = app.pid();
  await click('unsaved-save');
  const file = join(dir, 'sg2.plenary');
  await until('the venue saved', () => JSON.parse(readFileSync(file, 'utf8')).meeting.venue === 'ITU headquarters');
  await until('the app to close', () => {
    try {
      process.kill(pid, 0);
      return false;
    } catch {
      return true;
    }
  });
  await app.close();
  app = undefined;
});

test('the next start offers the saved file among the recent ones', async () => {
  app = await launchApp({ homes });
  const [recent] = await app.session.waitForAll('[data-testid="start-recent"]', { timeoutMs: 30_000 });
  assert.match(await recent.textContent(), /sg2\.plenary/, 'the file saved last time');
  const [button] = await recent.findAll('button');
  await button.click();
  await until('the saved meeting', () => app.windowNames().includes('sg2.plenary — Plenary'));
  const [year] = await app.session.waitForAll('[data-testid="grid-year"]');
  assert.equal(await year.textContent(), '2013');
});
