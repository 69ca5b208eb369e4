// File > Publish in the real app (issue 19): publishing a revision offers to publish the
// website too; the dialog says what will be written before anything is, and Publish writes
// the site and its feeds on disk; publishing again goes to the same folder. The document is
// a saved copy of the SG12 example whose folder an earlier run remembered (the settings
// hold it by the document's file): GTK's folder chooser cannot be answered by typing under
// Xvfb, so picking the folder is left to the shell's and the UI's tests.

import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { APP_ID, freshHomes, launchApp, repoRoot } from '../lib/app.js';
import { until } from '../lib/until.js';
import { Revisions } from '../pages/revisions.js';
import { Timetable } from '../pages/timetable.js';

const DIALOG = '[data-testid="publish-dialog"]';

let app;
let revisions;
const dir = mkdtempSync(join(tmpdir(), 'plenary-e2e-publish-'));
const site = join(dir, 'site');
const file = join(dir, 'sg12.plenary');

before(async () => {
  copyFileSync(join(repoRoot, 'examples/itu-t-sg12-2017.plenary.json'), file);
  const homes = freshHomes();
  mkdirSync(join(homes.config, APP_ID));
  writeFileSync(
    join(homes.config, APP_ID, 'settings.json'),
    JSON.stringify({ recent: [file], publishFolders: [{ document: file, folder: site }] }),
  );
  app = await launchApp({ file, homes });
  await new Timetable(app.session).waitUntilShown();
  revisions = await new Revisions(app.session).open();
}, { timeout: 90_000 });

after(async () => {
  if (app) {
    await app.screenshot('publish').catch((e) => console.error(`screenshot: ${e}`));
    await app.close();
  }
});

/** The text of the dialog's element `testid`, once it shows (null when it never does). */
function text(testid, timeoutMs = 60_000) {
  return until(
    `the publish dialog's ${testid}`,
    () => app.session.execute(`return document.querySelector('${DIALOG} [data-testid="${testid}"]')?.textContent ?? null;`),
    (t) => t !== null,
    timeoutMs,
  );
}

async function click(testid) {
  const [button] = await app.session.waitForAll(`${DIALOG} [data-testid="${testid}"]`);
  await button.click();
}

test('publishing a revision offers the website; the dialog says what it will write, then writes it', async () => {
  await revisions.publish({ comment: 'for the website' });
  const [offer] = await app.session.waitForAll('[data-testid="revision-publish-site"]');
  await offer.click();
  assert.equal(await text('publish-folder'), site, 'the folder remembered for the document');
  assert.match(await text('publish-what'), /revision Rev\.1/, 'the revision just published');
  assert.match(await text('publish-summary'), /A new folder: every file is new/);
  assert.ok(!existsSync(join(site, 'index.html')), 'nothing is written before Publish');
  await click('publish-run');
  const done = await text('publish-done');
  assert.match(done, /Published \d+ files into/);
  for (const path of ['index.html', 'schedule.xml', 'schedule.json', 'calendar.ics', 'changes.json']) {
    assert.ok(existsSync(join(site, path)), `${path} written`);
  }
  assert.match(readFileSync(join(site, 'schedule.xml'), 'utf8'), /<version>Rev\.1<\/version>/);
  await click('publish-close');
});

test('publishing the next revision goes to the same folder and says what it changes', async () => {
  const [offerAgain] = await app.session.findAll('[data-testid="revision-publish-site"]');
  assert.equal(offerAgain, undefined, 'the offer is gone once taken');
  await revisions.publish();
  const [offer] = await app.session.waitForAll('[data-testid="revision-publish-site"]');
  await offer.click();
  assert.equal(await text('publish-folder'), site, 'the same folder');
  assert.match(await text('publish-what'), /revision Rev\.2/);
  assert.match(await text('publish-summary'), /changed/, 'Rev.2 changes the feeds and the changelog');
  await app.screenshot('publish-plan');
  await click('publish-run');
  await text('publish-done');
  assert.match(readFileSync(join(site, 'schedule.xml'), 'utf8'), /<version>Rev\.2<\/version>/);
  await click('publish-close');
});
