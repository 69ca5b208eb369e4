// Every language of the meeting in the real app (issue 13): French and Arabic added to the
// SG12 example (English and Chinese) through the set-up form; a French and a Chinese title
// for the opening plenary typed in the Translations view and written in the exported annex
// (a real HTML file for French, through the native save dialog; the preview for Chinese and
// Arabic); a missing text started by "Copy from"; the export dialog naming a session with a
// missing text by its title (never its id) and opening the Translations view on the missing
// ones; the properties panel showing the titles side by side; the side panels folded so the
// grid gets the width. Screenshots of each are kept in artifacts/.

import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { launchApp } from '../lib/app.js';
import { answerFileDialog } from '../lib/nativeDialog.js';
import { ExportDialog } from '../pages/exportDialog.js';
import { Timetable } from '../pages/timetable.js';
import { Translations } from '../pages/translations.js';

const FR = 'Séance plénière d’ouverture de la CE12';
const ZH = '第12研究组开幕全体会议';
const AR = 'الجلسة العامة الافتتاحية للجنة الدراسات 12';
/** An internal session id of the example, as a warning must never show it. */
const SESSION_ID = /\b(q\d+-\d+(am|pm)|mt-\d|wp\d-open|bsg-(am|pm)|closing-(am|pm))\b|session opening/;

let app;
let view;
const dir = mkdtempSync(join(tmpdir(), 'plenary-e2e-translations-'));

before(async () => {
  app = await launchApp({ example: true });
  await new Timetable(app.session).waitUntilShown();
  view = new Translations(app.session);
}, { timeout: 90_000 });

after(async () => {
  if (app) {
    await app.screenshot('translations-last').catch((e) => console.error(`screenshot: ${e}`));
    await app.close();
  }
});

async function click(css) {
  const [el] = await app.session.waitForAll(css);
  await el.click();
}

function exists(css) {
  return app.session.execute('return document.querySelector(arguments[0]) !== null;', [css]);
}

test('French and Arabic join the meeting through the set-up form', async () => {
  await click('[data-testid="tab-meeting"]');
  await click('[data-testid="meeting-set-up"]');
  await app.session.waitForAll('[data-testid="setup-form"]');
  for (const lang of ['fr', 'ar']) {
    const css = `[data-testid="setup-lang-${lang}"] input`;
    await view.until(
      async () => {
        if (!(await app.session.execute('return document.querySelector(arguments[0]).checked;', [css]))) await click(css);
        return app.session.execute('return document.querySelector(arguments[0]).checked;', [css]);
      },
      Boolean,
      `${lang} to be ticked`,
    );
  }
  for (const [lang, title] of [
    ['fr', 'Réunion de la Commission d’études 12 de l’UIT-T'],
    ['ar', 'اجتماع لجنة الدراسات 12 لقطاع تقييس الاتصالات'],
  ]) {
    const [input] = await app.session.waitForAll(`[data-testid="setup-title-${lang}"]`);
    await app.session.cmd('POST', `/element/${input.id}/value`, { text: title });
  }
  // The example has a session the day before its first day: the meeting starts that day.
  const [first] = await app.session.waitForAll('[data-testid="setup-first-day"]');
  await app.session.cmd('POST', `/element/${first.id}/clear`, {});
  await app.session.cmd('POST', `/element/${first.id}/value`, { text: '09/18/2017' });
  await app.session.execute('arguments[0].blur();', [{ 'element-6066-11e4-a52e-4f735466cecf': first.id }]);
  await click('[data-testid="setup-create"]');
  await view.until(() => exists('[data-testid="setup-form"]'), (open) => !open, 'the set-up form to close', 15_000);
});

test('a French and a Chinese title typed in the Translations view are one edit each, and no longer missing', async () => {
  await view.show();
  const before = await view.row('sessionTitle', 'opening');
  assert.deepEqual(before.missing.sort(), ['ar', 'fr'], `French and Arabic are missing: ${JSON.stringify(before)}`);
  await app.screenshot('translations-missing');

  await view.type('sessionTitle', 'opening', 'fr', FR);
  await view.type('sessionTitle', 'opening', 'zh', ZH);
  await view.type('sessionTitle', 'opening', 'ar', AR);
  const after = await view.until(
    () => view.row('sessionTitle', 'opening'),
    (r) => r.missing.length === 0 && r.texts.zh === ZH,
    'the three titles to be in the document',
  );
  assert.equal(after.texts.fr, FR);
  assert.equal(after.texts.ar, AR);
  const undo = await app.session.execute(
    `return document.querySelector('[data-testid="undo"]')?.getAttribute('title') ?? '';`,
  );
  assert.match(undo, /translation/i, `the undo button names the edit: ${undo}`);

  // The Arabic column is written right to left, the Chinese one marked as Chinese.
  const marks = await app.session.execute(
    `const row = document.querySelector('[data-kind="sessionTitle"][data-item="opening"]');
     const input = (l) => row.querySelector('td[data-lang="' + l + '"] input');
     return { ar: input('ar').getAttribute('dir'), zh: input('zh').getAttribute('lang') };`,
  );
  assert.deepEqual(marks, { ar: 'rtl', zh: 'zh-Hans' });
  await app.screenshot('translations-fr-zh-ar');
});

test('a missing body name is started from the English one with "Copy from"', async () => {
  const before = await view.row('bodyName', 'q4');
  assert.ok(before.missing.includes('fr'), JSON.stringify(before));
  await view.copy('bodyName', 'q4', 'fr', 'en');
  const after = await view.until(
    () => view.row('bodyName', 'q4'),
    (r) => !r.missing.includes('fr'),
    'the copied name to be sent',
  );
  assert.equal(after.texts.fr, before.texts.en);
});

test('the filter shows only the rows lacking French, and says so when none is left', async () => {
  await view.filterMissing(true, 'fr');
  const shown = await view.until(() => view.count(), (n) => n > 0, 'rows missing French');
  assert.equal(await view.row('sessionTitle', 'opening'), null, 'the opening has its French title');
  const rows = await app.session.execute(
    `return [...document.querySelectorAll('[data-testid="translation-row"]')].map((r) => r.dataset.missing);`,
  );
  assert.ok(rows.every((m) => m.split(' ').includes('fr')), `every row shown lacks French: ${rows}`);
  assert.ok(shown >= 1);
  await app.screenshot('translations-filter-fr');
  await view.filterMissing(false);
});

test('the annex exported in French has the French title; the preview in Chinese and Arabic theirs', async () => {
  const dialog = await new ExportDialog(app.session).open();
  await app.session.execute(
    `const s = document.querySelector('[data-testid="export-lang"]');
     s.value = 'fr'; s.dispatchEvent(new Event('change', { bubbles: true }));`,
  );
  await dialog.until(() => dialog.preview(), (h) => h.includes(FR), 'the French title in the preview', 20_000);

  // Texts still missing in French are named by their titles, never by an id, with a way to fill them.
  const missing = await dialog.until(
    () => app.session.execute(`return document.querySelector('[data-testid="export-missing"]')?.textContent ?? '';`),
    (t) => t.length > 0,
    'the export dialog to name the texts missing in French',
  );
  assert.match(missing, /no French version/);
  assert.doesNotMatch(missing, SESSION_ID, `no internal id in: ${missing}`);
  await new Promise((r) => setTimeout(r, 800));
  await app.screenshot('export-missing-fr');

  await dialog.chooseFormat('annex-html');
  const path = join(dir, 'annex-fr');
  await dialog.save();
  await answerFileDialog(app.display, 'Export', path);
  await dialog.until(() => dialog.saved(), (s) => s !== null, 'the annex to be written', 20_000);
  const written = `${path}.html`;
  assert.ok(existsSync(written), `the extension is added: ${written}`);
  const html = readFileSync(written, 'utf8');
  assert.ok(html.includes(FR), 'the exported French annex has the French title');
  const warnings = await dialog.saved();
  assert.doesNotMatch(warnings, SESSION_ID, `the export's warnings name no internal id: ${warnings}`);

  for (const [lang, title] of [
    ['zh', ZH],
    ['ar', AR],
  ]) {
    await app.session.execute(
      `const s = document.querySelector('[data-testid="export-lang"]');
       s.value = arguments[0]; s.dispatchEvent(new Event('change', { bubbles: true }));`,
      [lang],
    );
    await dialog.until(() => dialog.preview(), (h) => h.includes(title), `the ${lang} title in the preview`, 20_000);
    await new Promise((r) => setTimeout(r, 800)); // the frame draws its new page
    await app.screenshot(`export-preview-${lang}`);
  }

  // Back to French: "Fill them in" opens the Translations view on what French lacks.
  await app.session.execute(
    `const s = document.querySelector('[data-testid="export-lang"]');
     s.value = 'fr'; s.dispatchEvent(new Event('change', { bubbles: true }));`,
  );
  await click('[data-testid="export-fill-missing"]');
  await app.session.waitForAll('[data-testid="translations-view"]');
  assert.deepEqual(await view.filter(), { missingOnly: true, lang: 'in French' });
});

test('the properties panel shows the titles side by side in every meeting language', async () => {
  await click('[data-testid="view-grid"]');
  const timetable = new Timetable(app.session);
  await timetable.waitUntilShown();
  await app.session.execute(
    `document.querySelector('[data-testid="session"][data-session-id="opening"]').scrollIntoView({ block: 'center' });`,
  );
  await click('[data-testid="session"][data-session-id="opening"]');
  await click('[data-testid="tab-session"]');
  const fields = await view.until(
    () =>
      app.session.execute(
        `const f = (l) => document.querySelector('[data-testid="prop-title-' + l + '"]');
         return f('fr') && { en: f('en').value, fr: f('fr').value, zh: f('zh').value, ar: f('ar').value, arDir: f('ar').dir };`,
      ),
    (f) => f && f.fr === FR,
    'the French title in the properties panel',
  );
  assert.equal(fields.zh, ZH);
  assert.equal(fields.ar, AR);
  assert.equal(fields.arDir, 'rtl');
  await new Promise((r) => setTimeout(r, 300));
  await app.screenshot('properties-every-language');
});

test('the side panels fold so the grid gets the width, and the folding is remembered', async () => {
  await click('[data-testid="tab-meeting"]');
  await app.session.execute(
    `for (const d of document.querySelectorAll('[data-testid="properties"] details')) d.open = true;`,
  );
  await app.screenshot('panels-meeting-tab');
  for (const [css, name] of [
    ['[data-testid="meeting-days"] ~ details', 'panels-slots-breaks'],
    ['[data-testid="meeting-days"] ~ details ~ details ~ details', 'panels-rooms'],
    ['[data-testid="body-tree"]', 'panels-bodies'],
    ['[data-testid="body-tree"] ~ details', 'panels-rooms-persons'],
  ]) {
    await app.session.execute(`document.querySelector(arguments[0]).scrollIntoView();`, [css]);
    await app.screenshot(name);
  }
  // Every remove button of the Meeting tab lies inside the panel, left of its scroll bar.
  const outside = await app.session.execute(
    `const panel = document.querySelector('[data-testid="properties"] .scroll');
     const right = panel.getBoundingClientRect().left + panel.clientWidth;
     return [...panel.querySelectorAll('button.x')]
       .filter((b) => b.getBoundingClientRect().right > right + 0.5)
       .map((b) => b.getAttribute('aria-label'));`,
  );
  assert.deepEqual(outside, [], 'no remove button under the scroll bar or past the edge');
  await click('[data-testid="body-expand-q4"]');
  const names = await app.session.execute(
    `const f = (l) => document.querySelector('[data-testid="body-name-q4-' + l + '"]');
     return { fr: f('fr')?.value, ar: f('ar')?.dir, zh: f('zh')?.lang };`,
  );
  assert.equal(names.ar, 'rtl');
  assert.equal(names.zh, 'zh-Hans');
  assert.ok(names.fr, `the French name copied earlier is shown: ${JSON.stringify(names)}`);
  await app.screenshot('panels-body-names');
  const width = () =>
    app.session.execute(`return document.querySelector('main.grid-area').getBoundingClientRect().width;`);
  const before = await width();
  await click('[data-testid="panel-side-toggle"]');
  await click('[data-testid="panel-properties-toggle"]');
  const after = await view.until(width, (w) => w > before + 400, 'the grid to take the panels’ width');
  assert.ok(after > before + 400, `${before} -> ${after}`);
  await app.screenshot('panels-folded');
  const remembered = await app.session.execute(
    `return [localStorage.getItem('plenary.panel.side.collapsed'), localStorage.getItem('plenary.panel.properties.collapsed')];`,
  );
  assert.deepEqual(remembered, ['1', '1']);
  await click('[data-testid="panel-properties-toggle"]');
  await app.session.waitForAll('[data-testid="properties"]');
});
