// The interface in Arabic and in Chinese, picked in the header's language menu with no
// restart: the SG12 example laid out right to left in Arabic (the time column on the right,
// the days in reading order from right to left, the panels mirrored), then in Chinese, left
// to right again; the native menus follow (ui-arabic-window.png shows the whole screen).
// Screenshots of each in artifacts/ (ui-arabic*.png, ui-chinese*.png).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchApp } from '../lib/app.js';
import { ExportDialog } from '../pages/exportDialog.js';
import { Timetable } from '../pages/timetable.js';
import { UiLanguage } from '../pages/uiLanguage.js';

let app;
let timetable;
let ui;

before(async () => {
  app = await launchApp({ example: true });
  timetable = await new Timetable(app.session).waitUntilShown();
  ui = new UiLanguage(app.session);
}, { timeout: 90_000 });

after(async () => {
  if (app) await app.close();
});

test('the interface starts in English and offers the six languages, each in itself', async () => {
  await app.screenshot('ui-english');
  assert.deepEqual(await ui.page(), { lang: 'en', dir: 'ltr', kept: null });
  assert.deepEqual(
    (await ui.offered()).map((l) => l.label),
    ['العربية', '中文', 'English', 'Français', 'Русский', 'Español'],
  );
  assert.equal(await ui.text('save'), 'Save');
});

test('in Arabic the whole window is right to left, the days in reading order', async () => {
  await ui.pick('ar');
  await app.screenshot('ui-arabic');
  // The whole X screen: the native menu bar is the shell's, built again in Arabic.
  await new Promise((r) => setTimeout(r, 500));
  app.screenshotScreen('ui-arabic-window');
  assert.deepEqual(await ui.page(), { lang: 'ar', dir: 'rtl', kept: 'ar' });
  assert.equal(await ui.text('save'), 'حفظ');
  assert.match(await timetable.dayHeader('2017-09-19'), /الثلاثاء/, 'the weekday is Arabic, from Intl');
  const first = await ui.box('day-column', '2017-09-19');
  const second = await ui.box('day-column', '2017-09-20');
  assert.ok(first && second && second.x < first.x, `Tuesday is right of Wednesday: ${JSON.stringify({ first, second })}`);
  const properties = await ui.box('panel-properties');
  const side = await ui.box('panel-side');
  assert.ok(properties && side && properties.x < side.x, `the panels mirror: ${JSON.stringify({ properties, side })}`);
  const opening = await timetable.sessionInDay('SG12 opening plenary', '2017-09-19');
  assert.ok(opening, 'the opening plenary is still drawn in its day');
  const block = await opening.rect();
  assert.ok(block.x >= first.x - 1 && block.x + block.width <= first.x + first.width + 1, 'inside its column');
  await timetable.select('opening');
  await app.screenshot('ui-arabic-properties');
  await ui.click('tab-meeting');
  await app.screenshot('ui-arabic-meeting');
  await ui.click('tab-session');
  await timetable.setOrientation('rows');
  assert.ok(
    await timetable.sessionInDay('SG12 opening plenary', '2017-09-19'),
    'days as rows: the opening plenary is drawn in its day',
  );
  await app.screenshot('ui-arabic-rows');
  await timetable.setOrientation('columns');
  await ui.click('view-translations');
  await app.screenshot('ui-arabic-translations');
  await ui.click('view-grid');
  await new ExportDialog(app.session).open();
  assert.match(await ui.text('export-save'), /^حفظ /, 'the dialog speaks Arabic');
  await app.screenshot('ui-arabic-export');
  await ui.click('export-close');
});

test('in Chinese the window is left to right again, in Chinese words and dates', async () => {
  await ui.pick('zh');
  await app.screenshot('ui-chinese');
  assert.deepEqual(await ui.page(), { lang: 'zh-Hans', dir: 'ltr', kept: 'zh' });
  assert.equal(await ui.text('save'), '保存');
  assert.match(await timetable.dayHeader('2017-09-19'), /星期二/);
  const first = await ui.box('day-column', '2017-09-19');
  const second = await ui.box('day-column', '2017-09-20');
  assert.ok(first && second && second.x > first.x, 'Tuesday is left of Wednesday');
  assert.ok(
    await timetable.sessionInDay('第12研究组全体开幕会议', '2017-09-19'),
    'the sessions are drawn, titled in Chinese: the meeting is held in it',
  );
  await ui.click('view-bodies');
  await app.screenshot('ui-chinese-bodies');
  await ui.click('view-grid');
  await ui.pick('en');
  assert.equal(await ui.text('save'), 'Save');
  assert.ok(await timetable.sessionInDay('SG12 opening plenary', '2017-09-19'), 'and in English again');
});
