// The user's own notes in the real app's Annex view (issue 14): a free note added, a session
// marked with it, letters for markers, markers hidden, the heading set, the note removed;
// the core's annex follows each gesture. One app, on the SG12 example (untitled).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchApp } from '../lib/app.js';
import { AnnexView } from '../pages/annex.js';
import { Timetable } from '../pages/timetable.js';

let app;
let view;

before(async () => {
  app = await launchApp({ example: true });
  await new Timetable(app.session).waitUntilShown();
  view = await new AnnexView(app.session).show();
  await app.session.waitForAll('[data-testid="note-controls"]');
}, { timeout: 90_000 });

after(async () => {
  if (app) {
    await app.screenshot('annex-note-controls').catch((e) => console.error(`screenshot: ${e}`));
    await app.close();
  }
});

const DINNER = 'A dinner is offered on 21 September at 19:00.';

test('a free note is added last, and a session marked with it carries its marker', async () => {
  await view.addFreeNote(DINNER);
  const notes = await view.until(() => view.freeNotes(), (n) => n.length === 1, 'the free note to be listed');
  assert.equal(notes[0].text, DINNER);
  const html = await view.until(() => view.page(), (h) => h.includes(DINNER), 'the note in the annex');
  // The example has seven notes; the free one is the eighth, after the webinar's.
  assert.ok(html.indexOf('Meeting results webinar (agreed') < html.indexOf(DINNER), 'it comes last');
  await view.markSession('q12-20am', notes[0].key);
  await view.until(() => view.page(), (h) => h.includes('href="#note-8">8</a>'), 'the marker 8 in a cell');
});

test('letters, then no markers in the cells, and the heading of the notes', async () => {
  await view.chooseMarkers('letters');
  await view.until(() => view.page(), (h) => h.includes('href="#note-8">h</a>'), 'the marker h');
  await view.hideMarkers(true);
  await view.until(() => view.page(), (h) => !h.includes('<sup>'), 'no markers in the cells');
  await view.setNotesHeading('Notes by TSB:');
  const html = await view.until(() => view.page(), (h) => h.includes('Notes by TSB:'), 'the heading');
  assert.ok(html.includes('b)'), 'the notes keep their labels');
  await app.screenshot('annex-note-controls-letters');
});

test('removing the free note takes it out of the annex', async () => {
  const [note] = await view.freeNotes();
  await view.removeFreeNote(note.key);
  await view.until(() => view.page(), (h) => !h.includes(DINNER), 'the note to leave the annex');
  assert.deepEqual(await view.freeNotes(), []);
});
