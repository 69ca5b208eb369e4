// A frab schedule imported through the real app (Ctrl+O and its file dialog, as a person
// opens another tool's file), then exported from the Export dialog to iCalendar and CSV
// files on disk through the save dialog: every session arrives, and every session leaves,
// with its title and time. The LSWT 2019 schedule of ../shared/data: 31 events on
// 2019-05-22 in four rooms (see its SOURCES.md), six of which are the three breaks listed
// in two rooms each, so 25 sessions (as tests/core/interop.rs finds).

import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { launchApp } from '../lib/app.js';
import { answerFileDialog } from '../lib/nativeDialog.js';
import { data } from '../lib/require.js';
import { ExportDialog } from '../pages/exportDialog.js';
import { Timetable } from '../pages/timetable.js';
import { until } from '../lib/until.js';

const CTRL = '\uE009';
const SCHEDULE = 'lswt2019-schedule-v2019-06-26-final.xml';
const SESSIONS = 25;

let app;
let timetable;
const dir = mkdtempSync(join(tmpdir(), 'plenary-e2e-interop-'));

before(async () => {
  app = await launchApp({ example: true });
  timetable = await new Timetable(app.session).waitUntilShown();
}, { timeout: 90_000 });

after(async () => {
  if (app) {
    await app.screenshot('import-export').catch((e) => console.error(`screenshot: ${e}`));
    await app.close();
  }
});

/** Exports the open document as `format` to `path` through the Export dialog and the save dialog. */
async function exportTo(format, path) {
  const dialog = await new ExportDialog(app.session).open();
  await dialog.chooseFormat(format);
  await dialog.save();
  await answerFileDialog(app.display, 'Export', path);
  const saved = await dialog.until(() => dialog.saved(), (s) => s !== null, `the dialog to say ${path} was written`, 20_000);
  assert.match(saved, new RegExp(path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), `the dialog names the file written: ${saved}`);
  await dialog.close();
  await until(`${path} on disk`, () => existsSync(path), Boolean);
  return readFileSync(path, 'utf8');
}

test('importing a frab schedule through the open dialog shows all its sessions', async (t) => {
  const source = data(t, SCHEDULE);
  if (!source) return;
  // A copy: the app may remember the file, and the shared data is read-only on CI.
  const copy = join(dir, SCHEDULE);
  copyFileSync(source, copy);
  const known = await app.session.windowHandles();
  await app.session.keys([CTRL, 'o']);
  await answerFileDialog(app.display, 'Open timetable', copy);
  // The example stays open in its window; the file opens in a new one.
  await app.session.switchToNewWindow(known);
  const [report] = await app.session.waitForAll('[data-testid="import-report"]', { timeoutMs: 20_000 });
  assert.match(await report.textContent(), /frab|schedule/i, 'the import report says what was read');
  const count = await until(
    `the ${SESSIONS} imported sessions in the grid`,
    () => app.session.execute(`return document.querySelectorAll('[data-testid="session"]').length;`),
    (n) => n === SESSIONS,
  );
  assert.equal(count, SESSIONS, 'every event of the schedule but the breaks is a session in the grid');
  const welcome = await until(
    'the opening talk',
    () => app.session.execute(
      `return [...document.querySelectorAll('[data-testid="session"]')].map((e) => e.getAttribute('aria-label')).find((l) => /^Welcome\\b/.test(l ?? '')) ?? null;`,
    ),
    (l) => l !== null,
  );
  assert.match(welcome, /Welcome/, `event 101 is there under its final title: ${welcome}`);
  assert.match(await timetable.dayHeader('2019-05-22'), /22/, 'on its day, 22 May 2019');
});

test('exporting to iCalendar writes one event per session with its title and time', async (t) => {
  if (!data(t, SCHEDULE)) return;
  const ics = await exportTo('ics', join(dir, 'lswt.ics'));
  const events = ics.split('BEGIN:VEVENT').slice(1);
  assert.equal(events.length, SESSIONS, `one VEVENT per session: ${events.length}`);
  const welcome = events.find((e) => /\r\nSUMMARY:Welcome\r\n/.test(e));
  assert.ok(welcome, 'the opening talk is exported under its title');
  // The file's times are UTC (Z) and the import gives no other zone.
  assert.match(welcome, /\r\nDTSTART;TZID=Etc\/UTC:20190522T090000\r\n/, `09:00 on 22 May 2019, as in the file: ${welcome}`);
  assert.match(welcome, /\r\nDTEND;TZID=Etc\/UTC:20190522T091000\r\n/, `ten minutes long: ${welcome}`);
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/, 'a calendar file');
});

test('exporting to CSV writes one row per session with its title and time', async (t) => {
  if (!data(t, SCHEDULE)) return;
  const csv = await exportTo('csv', join(dir, 'lswt.csv'));
  const rows = csv.trim().split(/\r?\n/);
  // Titles hold no line breaks in this schedule, so one line is one row.
  assert.equal(rows.length, SESSIONS + 1, `a header and one row per session: ${rows.length} lines`);
  const welcome = rows.find((r) => /(^|,)"?Welcome"?(,|$)/.test(r));
  assert.ok(welcome, `the opening talk has its row: ${rows.slice(0, 3).join(' | ')}`);
  assert.match(welcome, /,2019-05-22 09:00,2019-05-22 09:10,/, `with its start and end: ${welcome}`);
});
