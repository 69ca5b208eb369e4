// Arrange a big meeting in the real app (issue 17): the SG12 example with fourteen copies of
// its meetings (their own bodies, people and rooms, every copy unscheduled: 994 sessions to
// place) is arranged with a time limit; the dialog shows the core's progress changing while
// it runs, then the preview draws the placed sessions on the grid (the change overlay), Apply
// makes it one step and one undo takes it all back.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { launchApp } from '../lib/app.js';
import { until } from '../lib/until.js';
import { Timetable } from '../pages/timetable.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const CTRL = '\uE009';
const COPIES = 14;
/** The SG12 example's sessions, each copied `COPIES` times, unscheduled. */
const TO_PLACE = 71 * COPIES;

let app;
let timetable;

/** The SG12 example with `COPIES` unscheduled copies of its sessions, bodies, people and rooms. */
function bigMeeting() {
  const doc = JSON.parse(readFileSync(join(repoRoot, 'examples/itu-t-sg12-2017.plenary.json'), 'utf8'));
  const [sessions, bodies, persons, rooms] = [doc.sessions, doc.bodies, doc.persons, doc.rooms].map((a) => [...a]);
  for (let k = 2; k <= COPIES + 1; k++) {
    const id = (x) => `${x}-${k}`;
    doc.rooms.push(...rooms.map((r) => ({ ...r, id: id(r.id), name: `${r.name} #${k}`, interpretation: false })));
    doc.bodies.push(
      ...bodies.map((b) => ({ ...b, id: id(b.id), short: `${b.short} #${k}`, ...(b.parent ? { parent: id(b.parent) } : {}) })),
    );
    doc.persons.push(...persons.map((p) => ({ ...p, id: id(p.id) })));
    for (const s of sessions) {
      const copy = {
        ...s,
        id: id(s.id),
        title: { en: `${s.title.en} #${k}` },
        bodies: (s.bodies ?? []).map(id),
        persons: (s.persons ?? []).map(id),
        exclusive: false,
      };
      for (const field of ['placement', 'room', 'interpretation', 'annexLabel', 'annexNote']) delete copy[field];
      doc.sessions.push(copy);
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'plenary-e2e-'));
  const path = join(dir, 'big.plenary.json');
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

before(async () => {
  app = await launchApp({ file: bigMeeting() });
  timetable = await new Timetable(app.session).waitUntilShown();
}, { timeout: 90_000 });

after(async () => {
  if (app) {
    await app.screenshot('arrange-progress').catch((e) => console.error(`screenshot: ${e}`));
    await app.close();
  }
});

const click = (testid) => app.session.clickButton(testid);

/** The core's numbers the dialog shows while it runs (best score, conflicts, unplaced, moves tried); null before the first. */
const progress = () =>
  app.session.execute(
    `const n = (id) => document.querySelector('[data-testid="' + id + '"]')?.textContent.trim();
     const best = n('arrange-best');
     return best === undefined ? null : [best, n('arrange-hard'), n('arrange-unplaced'), n('arrange-tried')].join(' | ');`,
  );

test('a big arrangement shows its progress changing, previews on the grid, applies as one step and undoes', async () => {
  const copy = 'q4-20am-3';
  await timetable.waitForSession(copy, (s) => s?.inPalette, 'the copies to wait in the palette');

  await click('arrange-open');
  await click('arrange-unscheduled');
  await app.session.execute(
    `const i = document.querySelector('[data-testid="arrange-limit"]');
     i.value = '8';
     i.dispatchEvent(new Event('input', { bubbles: true }));`,
  );
  await click('arrange-run');

  // The core's numbers, as they come through the progress channel, and then different ones.
  const first = await until('the first progress', progress, (p) => p !== null, 30_000);
  const later = await until('the progress to change', progress, (p) => p !== null && p !== first, 30_000);
  assert.notEqual(later, first);
  await app.screenshot('arrange-progress-running');

  const report = await until(
    'the preview',
    () => app.session.execute(`return document.querySelector('[data-testid="arrange-report"]')?.textContent ?? '';`),
    (t) => t.length > 0,
    60_000,
  );
  assert.match(report, new RegExp(`Placed \\d+ of ${TO_PLACE}`), report);

  // The preview is drawn on the grid: placed sessions marked, the document unchanged.
  const overlay = await until('the overlay on the grid', () =>
    app.session.execute(
      `return {
         grid: document.querySelector('[data-testid="grid"]')?.dataset.changes ?? null,
         placed: document.querySelectorAll('[data-testid="session"][data-change="placed"]').length,
         docked: !!document.querySelector('.backdrop.docked [data-testid="arrange-dialog"]'),
       };`,
    ),
    (o) => o.grid === 'arrangement' && o.placed > 0,
  );
  assert.ok(overlay.docked, 'the dialog is docked so the grid shows');
  await app.screenshot('arrange-progress-overlay');
  assert.ok((await timetable.sessionState(copy))?.inPalette, 'the preview changes nothing');

  await click('arrange-apply');
  await until('the dialog to close', () =>
    app.session.execute(`return !document.querySelector('[data-testid="arrange-dialog"]');`),
  );
  await until('the overlay to go', () =>
    app.session.execute(`return document.querySelector('[data-testid="grid"]')?.dataset.changes === undefined;`),
  );
  const palette = () =>
    app.session.execute(`return document.querySelectorAll('[data-testid="palette-session"]').length;`);
  const left = await until('the arranged sessions to leave the palette', palette, (n) => n < TO_PLACE, 20_000);

  await app.session.keys([CTRL, 'z']);
  await until('one undo to take the whole arrangement back', palette, (n) => n > left && n >= TO_PLACE, 20_000);
});
