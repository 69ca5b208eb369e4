// The SG2 2013 meeting built from nothing in the real app, as a new user does it (issue 13,
// "Done when"): the start screen's Set up the meeting, the form (titles in English, French
// and Chinese, Geneva, 17-26 September 2013, the ITU-T hours), the bodies typed as series in
// the Bodies view (SG2, WP1/2-WP2/2 under it, Q1/2-Q4/2 under WP1/2, Q5/2-Q7/2 under WP2/2),
// the opening and closing plenaries and the Working Parties' and Questions' meetings placed in
// half-days, a clash shown as it arises and gone once the meeting is moved, the annex read
// in French in the Annex view, and exported in French. Every gesture is a user's (a click, a
// key chord, typing into the focused field, a drag) and is counted; a screenshot of each step
// is kept in artifacts/ (sg2-*.png).

import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { launchApp } from '../lib/app.js';
import { answerFileDialog } from '../lib/nativeDialog.js';
import { typeText } from '../lib/typing.js';
import { until } from '../lib/until.js';
import { AnnexView } from '../pages/annex.js';
import { Bodies } from '../pages/bodies.js';
import { ExportDialog } from '../pages/exportDialog.js';

const TITLES = {
  en: 'ITU-T Study Group 2',
  fr: "Commission d'études 2 de l'UIT-T",
  zh: 'ITU-T第2研究组',
};
const ENTER = '\uE007';
const SERIES = ['SG2', 'WP1/2-WP2/2', 'Q1/2-Q4/2 under WP1/2', 'Q5/2-Q7/2 under WP2/2'];
const ROWS = ['sg2', 'wp1-2', 'q1-2', 'q2-2', 'q3-2', 'q4-2', 'wp2-2', 'q5-2', 'q6-2', 'q7-2'];
/** Where each body meets: the plenaries open and close the meeting, the Working Parties
 * meet in parallel after the opening and before the closing, the Questions in between. */
const MEETINGS = [
  ['sg2', '2013-09-17', 'morning'],
  ['wp1-2', '2013-09-17', 'afternoon'],
  ['wp2-2', '2013-09-17', 'afternoon'],
  ['q1-2', '2013-09-18', 'morning'],
  ['q5-2', '2013-09-18', 'morning'],
  ['q2-2', '2013-09-18', 'afternoon'],
  ['q6-2', '2013-09-18', 'afternoon'],
  ['q3-2', '2013-09-19', 'morning'],
  ['q7-2', '2013-09-19', 'morning'],
  ['q4-2', '2013-09-19', 'afternoon'],
  ['wp1-2', '2013-09-26', 'morning'],
  ['wp2-2', '2013-09-26', 'morning'],
  ['sg2', '2013-09-26', 'afternoon'],
];

let app;
let bodies;
let actions = 0;
const dir = mkdtempSync(join(tmpdir(), 'plenary-e2e-sg2-'));

before(async () => {
  app = await launchApp();
  bodies = new Bodies(app.session);
}, { timeout: 90_000 });

after(async () => {
  if (app) {
    await shot('sg2-end').catch((e) => console.error(`screenshot: ${e}`));
    await app.close();
  }
  console.log(`the SG2 story took ${actions} user actions`);
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

/** A screenshot of the whole screen once the app has painted. */
async function shot(name) {
  await new Promise((r) => setTimeout(r, 800));
  return app.screenshotScreen(name);
}

/** The conflicts listed in the panel, as their text. */
function conflicts() {
  return app.session.execute(
    `return [...document.querySelectorAll('[data-testid="conflicts"] [data-testid="conflict"]')].map((el) => el.textContent.replace(/\\s+/g, ' ').trim());`,
  );
}

test('a new user sets the SG2 meeting up from the start screen', async () => {
  await app.session.waitForAll('[data-testid="empty-state"]', { timeoutMs: 30_000 });
  await shot('sg2-01-start');
  await act('Set up the meeting…', () => click('start-set-up'));
  await app.session.waitForAll('[data-testid="setup-form"]');
  await until(
    'the English title to have the focus',
    () => app.session.execute('return document.activeElement?.getAttribute("data-testid");'),
    (id) => id === 'setup-title-en',
  );
  await act('type the English title', () => type(TITLES.en));
  await act('tick French', () => click('setup-lang-fr'));
  await act('type the French title', () => type(TITLES.fr));
  await act('tick Chinese', () => click('setup-lang-zh'));
  await act('type the Chinese title', () => type(TITLES.zh));
  await act('click the city', () => click('setup-city'));
  await act('type Geneva', () => type('Geneva'));
  const [first] = await app.session.waitForAll('[data-testid="setup-first-day"]');
  const pattern = await first.attribute('placeholder');
  const inLocale = (iso) => {
    const [y, m, d] = iso.split('-');
    return pattern.replace('yyyy', y).replace('mm', m).replace('dd', d);
  };
  await act('click the first day', () => click('setup-first-day'));
  await act('type the first day', () => type(inLocale('2013-09-17')));
  await act('click the last day', () => click('setup-last-day'));
  await act('type the last day', () => type(inLocale('2013-09-26')));
  await shot('sg2-02-set-up-form');
  await act('Create meeting', () => click('setup-create'));
  await until('the form to close', async () => (await app.session.findAll('[data-testid="setup-form"]')).length === 0);
  const days = await until(
    'the ten days in the grid',
    () => app.session.execute(`return [...document.querySelectorAll('[data-testid="day-header"]')].map((e) => e.getAttribute('data-date'));`),
    (d) => d.length === 10,
  );
  assert.equal(days[0], '2013-09-17');
  assert.equal(days[9], '2013-09-26');
  assert.ok(actions <= 15, `the set-up took ${actions} actions`);
  await shot('sg2-03-created');
});

test('the bodies are typed as series in the Bodies view, the Working Parties under SG2', async () => {
  await act('Bodies view', () => click('view-bodies'));
  const [empty] = await app.session.waitForAll('[data-testid="bodies-empty"]');
  assert.match(await empty.textContent(), /No bodies yet/, 'the empty view says what to do');
  await shot('sg2-04-bodies-empty');
  const [firstSeries, ...moreSeries] = SERIES;
  await act(`click the series field, type ${firstSeries} and Enter`, () => bodies.addSeries(firstSeries, { where: 'view' }));
  await until('the first row', () => bodies.rows(), (rows) => rows.length === 1);
  // The empty view became the table; the series field under it has the focus, so the next
  // series is typed at once.
  await until(
    'the series field under the rows to have the focus',
    () => app.session.execute('return document.activeElement?.getAttribute("data-testid");'),
    (id) => id === 'bodies-series',
  );
  for (const [i, text] of moreSeries.entries()) {
    await act(`type ${text}`, () => type(text));
    await act('Enter', () => app.session.keys([ENTER]));
    await until(`the rows of ${text}`, () => bodies.rows(), (rows) => rows.length === [3, 7, 10][i]);
  }
  await bodies.waitForRows(ROWS);
  await shot('sg2-05-bodies-rows');
  await bodies.showTree();
  assert.deepEqual(
    await bodies.treeLevels(['sg2', 'wp1-2', 'q1-2', 'q4-2', 'wp2-2', 'q7-2']),
    ['1', '2', '3', '3', '2', '3'],
    'SG2 at the top, the Working Parties under it (typed without "under"), the Questions under them',
  );
  const names = await app.session.execute(
    `return ['sg2', 'wp1-2', 'q7-2'].map((id) => document.querySelector('[data-testid="body-' + id + '"] input.name')?.value);`,
  );
  assert.deepEqual(names, ['Study Group 2', 'Working Party 1/2', 'Question 7/2'], 'named as ITU names them');
});

test('the plenaries, Working Parties and Questions are placed in half-days', async () => {
  for (const [body, date, slot] of MEETINGS) {
    const before = (await bodies.meetings(body, date, slot)).length;
    await act(`place ${body} on ${date} ${slot}`, () => bodies.clickCell(body, date, slot));
    const [placed] = await bodies.waitForMeetings(body, date, slot, (m) => m.length === before + 1, `${body}'s meeting`);
    assert.equal(placed.text, slot === 'morning' ? '09:30–12:30' : '14:30–17:30', 'the slot of the ITU-T template');
  }
  assert.deepEqual(await conflicts(), [], 'parallel meetings of unrelated bodies do not clash');
  const [sg2] = await bodies.meetings('sg2', '2013-09-17', 'morning');
  assert.match(sg2.label, /^Study Group 2, 09:30–12:30$/, 'the opening plenary is titled after the Study Group');
  await shot('sg2-06-placed');
});

test('a Question placed during the opening plenary is marked at once, and moving it clears the clash', async () => {
  await act('place Q3/2 during the opening plenary', () => bodies.clickCell('q3-2', '2013-09-17', 'morning'));
  const [stray] = await bodies.waitForMeetings('q3-2', '2013-09-17', 'morning', (m) => m.length === 1, 'the stray meeting');
  const marked = await until('the clash in the cells', () => bodies.conflict('q3-2', '2013-09-17', 'morning'), Boolean);
  assert.equal(marked, 'error');
  assert.equal(await bodies.conflict('sg2', '2013-09-17', 'morning'), 'error', 'in the plenary\'s cell too');
  const listed = await until('the clash in the conflicts panel', conflicts, (c) => c.length === 1);
  assert.match(listed[0], /SG2 contains Q3\/2/, `the panel says why: ${listed[0]}`);
  assert.doesNotMatch(listed[0], /bodyClash|q3-2-17/, 'and shows no internal key or id');
  await shot('sg2-07-clash');

  await act('drag Q3/2 to Friday morning', () =>
    bodies.dragMeeting(
      stray.id,
      { body: 'q3-2', date: '2013-09-17', slot: 'morning' },
      { body: 'q3-2', date: '2013-09-20', slot: 'morning' },
    ),
  );
  await bodies.waitForMeetings('q3-2', '2013-09-20', 'morning', (m) => m.some((x) => x.id === stray.id), 'the move');
  await until('the clash to go', conflicts, (c) => c.length === 0);
  assert.equal(await bodies.conflict('q3-2', '2013-09-17', 'morning'), null);
  await shot('sg2-08-moved');
});

test('the Annex view reads the annex in French: the Working Parties and Questions by half-day', async () => {
  const annex = new AnnexView(app.session);
  await act('Annex view', () => annex.show());
  assert.deepEqual(
    (await annex.languages()).map((l) => l.label),
    ['English', 'French', 'Chinese'],
    'the meeting\'s languages are offered',
  );
  await act('French', () => annex.chooseLanguage('fr'));
  await act('by bodies', () => annex.chooseLayout('bodies'));
  const page = await until('the annex in French by bodies', () => annex.page(), (p) => p.includes('<html lang="fr"') && p.includes('WP2/2'));
  for (const text of ['Mardi<br>17 septembre', 'Jeudi<br>26 septembre', 'SG2', 'WP1/2', 'Q1/2', 'Q7/2', 'Mat.', 'A.-m.']) {
    assert.ok(page.includes(text), `${text} in the French annex by bodies`);
  }
  await shot('sg2-09-annex-fr-bodies');
  await act('by days', () => annex.chooseLayout('days'));
  const days = await until('the annex in French by days', () => annex.page(), (p) => p.includes('<html lang="fr"') && p.includes('Groupe de travail'));
  for (const text of ['Commission d&#39;études 2', 'Groupe de travail 1/2', 'Groupe de travail 2/2', 'Question 4/2', 'Question 5/2', 'Matin', 'Après-midi']) {
    assert.ok(days.includes(text), `${text} in the French annex by days`);
  }
  assert.doesNotMatch(days, /Working Party|Study Group|\[en\]/, 'nothing falls back to English');
  await shot('sg2-10-annex-fr-days');
});

test('the annex is exported in French, with a name typed without an extension', async () => {
  const dialog = await new ExportDialog(app.session);
  await act('File > Export (Ctrl+E)', () => dialog.open());
  await act('Annex as HTML', () => dialog.chooseFormat('annex-html'));
  await act('by bodies', () => dialog.chooseLayout('bodies'));
  await act('French', () => dialog.chooseLanguage('fr'));
  await dialog.until(() => dialog.preview(), (p) => p.includes('<html lang="fr"'), 'the preview in French');
  await shot('sg2-11-export-dialog');
  await act('Save', () => dialog.save());
  await act('type the name in the save dialog', () => answerFileDialog(app.display, 'Export', join(dir, 'sg2-annexe')));
  const file = join(dir, 'sg2-annexe.html');
  await dialog.until(() => dialog.saved(), (s) => s !== null, `the dialog to say ${file} was written`, 20_000);
  await until(`${file} on disk`, () => existsSync(file));
  const written = readFileSync(file, 'utf8');
  assert.match(written, /<html lang="fr"/);
  for (const text of ['Mardi<br>17 septembre', 'SG2', 'WP1/2', 'WP2/2', 'Q1/2', 'Q4/2', 'Q5/2', 'Q7/2']) {
    assert.ok(written.includes(text), `${text} in the exported annex`);
  }
  await shot('sg2-12-exported');
  await act('close the dialog', () => dialog.close());
});
