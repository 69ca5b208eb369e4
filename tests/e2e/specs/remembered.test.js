// What the app remembers across runs, in the real app (two launches on the same XDG homes):
// the window's layout (days as rows, the Revisions panel open, the Properties panel folded)
// comes back as it was left; and the document opened is in the desktop's recent list
// (GTK's `recently-used.xbel` under XDG_DATA_HOME) with Plenary's MIME type.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';

import { freshHomes, launchApp, repoRoot } from '../lib/app.js';
import { until } from '../lib/until.js';

const dir = mkdtempSync(join(tmpdir(), 'plenary-e2e-remembered-'));
const file = join(dir, 'sg12 copy.plenary');
const homes = freshHomes();
let app;

function xdotool(args) {
  return execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: app.display }, encoding: 'utf8' }).trim();
}

function windowNamed(name) {
  try {
    return xdotool(['search', '--onlyvisible', '--name', `^${name}$`]).split('\n')[0] || undefined;
  } catch {
    return undefined;
  }
}

const testid = (id) => `[data-testid="${id}"]`;

async function click(id) {
  const [el] = await app.session.waitForAll(testid(id), { timeoutMs: 15_000 });
  await el.click();
}

async function attribute(id, name) {
  return app.session.execute(`return document.querySelector(arguments[0])?.getAttribute(arguments[1]) ?? null;`, [
    testid(id),
    name,
  ]);
}

before(async () => {
  copyFileSync(join(repoRoot, 'examples/itu-t-sg12-2017.plenary.json'), file);
  app = await launchApp({ file, homes });
}, { timeout: 90_000 });

after(async () => {
  await app?.close();
  rmSync(homes.root, { recursive: true, force: true });
});

test('the document opened joins the desktop\'s recent list, as a Plenary document', async () => {
  await app.session.waitForAll(testid('day-column'), { timeoutMs: 30_000 });
  const xbel = join(homes.data, 'recently-used.xbel');
  const uri = pathToFileURL(file).href;
  const list = await until('GTK\'s recent list to name the document', () =>
    existsSync(xbel) && readFileSync(xbel, 'utf8').includes(uri) ? readFileSync(xbel, 'utf8') : undefined,
  Boolean, 20_000);
  const item = list.slice(list.indexOf(uri));
  assert.match(item, /mime:mime-type type="application\/x-plenary"/);
  assert.match(item, /bookmark:application name="Plenary"/);
});

test('the layout the window was left in comes back at the next start', async () => {
  await click('orientation');
  await click('revisions-toggle');
  await click('panel-properties-toggle');
  await until('days as rows', () => attribute('grid', 'data-orientation'), (o) => o === 'rows');
  assert.equal(await attribute('panel-properties', 'data-collapsed'), 'true');
  // Quit as a person does (Ctrl+Q), so the web view writes its storage out.
  const pid = app.pid();
  const id = await until('the main window', () => windowNamed('sg12 copy.plenary — Plenary'));
  xdotool(['windowfocus', '--sync', id]);
  xdotool(['key', '--clearmodifiers', 'ctrl+q']);
  await until('the app to end', () => {
    try {
      process.kill(pid, 0);
      return false;
    } catch {
      return true;
    }
  }, Boolean, 20_000);
  await app.close();

  app = await launchApp({ file, homes });
  await app.session.waitForAll(testid('day-column'), { timeoutMs: 30_000 });
  assert.equal(await attribute('grid', 'data-orientation'), 'rows');
  await app.session.waitForAll(testid('revisions'), { timeoutMs: 10_000 });
  assert.equal(await attribute('panel-properties', 'data-collapsed'), 'true');
  assert.equal(await attribute('panel-side', 'data-collapsed'), 'false');
});
