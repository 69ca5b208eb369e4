// A file that cannot be opened at startup does not stop the app: it shows the bundled
// example and says what was wrong with the file.

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { launchApp } from '../lib/app.js';
import { ErrorBanner } from '../pages/banner.js';
import { Timetable } from '../pages/timetable.js';

let app;
const broken = join(mkdtempSync(join(tmpdir(), 'plenary-e2e-')), 'broken.plenary.json');

before(async () => {
  writeFileSync(broken, '{ "format": "plenary", "version": 1, ');
  app = await launchApp({ file: broken });
}, { timeout: 90_000 });

after(async () => {
  await app?.close();
});

test('a broken file at startup shows the example and the reason', async () => {
  const timetable = await new Timetable(app.session).waitUntilShown();
  assert.ok(
    await timetable.sessionInDay('SG12 opening plenary', '2017-09-19'),
    'the bundled example is shown instead of the broken file',
  );
  const banner = await new ErrorBanner(app.session).shown();
  assert.equal(banner.code, 'invalidDocument', `the shell reports the load error: ${banner.text}`);
  assert.ok(banner.text.includes('broken.plenary.json'), `the message names the file: ${banner.text}`);
});
