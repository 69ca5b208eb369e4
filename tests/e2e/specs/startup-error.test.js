// A file that cannot be opened at startup does not stop the app: it starts on its start
// screen (set up a meeting, open a file, the example) and says what was wrong with the file.
// (Until the start screen existed it showed the bundled example instead.)

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { launchApp } from '../lib/app.js';
import { ErrorBanner } from '../pages/banner.js';
import { UiLanguage } from '../pages/uiLanguage.js';

let app;
const broken = join(mkdtempSync(join(tmpdir(), 'plenary-e2e-')), 'broken.plenary.json');

before(async () => {
  writeFileSync(broken, '{ "format": "plenary", "version": 1, ');
  app = await launchApp({ file: broken });
}, { timeout: 90_000 });

after(async () => {
  await app?.close();
});

test('a broken file at startup shows the start screen and the reason', async () => {
  const [start] = await app.session.waitForAll('[data-testid="empty-state"]', { timeoutMs: 20_000 });
  assert.match(await start.textContent(), /Set up the meeting/, 'the start screen says what to do first');
  const banner = await new ErrorBanner(app.session).shown();
  assert.equal(banner.code, 'invalidDocument', `the shell reports the load error: ${banner.text}`);
  assert.ok(banner.text.includes('broken.plenary.json'), `the message names the file: ${banner.text}`);
});

test('the reason is written in the UI\'s language, and follows it when it changes', async () => {
  const banner = new ErrorBanner(app.session);
  const english = await banner.shown();
  assert.match(english.text, /not valid JSON/, `the core's words in English first: ${english.text}`);
  const language = new UiLanguage(app.session);
  await language.pick('fr');
  try {
    const french = await banner.shown();
    assert.match(french.text, /JSON non valide/, `the core's words in French: ${french.text}`);
    assert.match(french.text, /n'a pas pu être lu/, `the heading in French: ${french.text}`);
    assert.ok(french.text.includes('broken.plenary.json'), `still naming the file: ${french.text}`);
  } finally {
    await language.pick('en');
  }
});
