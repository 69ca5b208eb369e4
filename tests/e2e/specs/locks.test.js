// Two people, one file (issue 15): two real app processes on the same document. The second
// is told who has it open and since when, and chooses Read-Only or a Copy; once the first
// app is gone, its lock no longer stands in anyone's way.

import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

import { launchApp, repoRoot } from '../lib/app.js';
import { Timetable } from '../pages/timetable.js';
import { until } from '../lib/until.js';

const apps = [];

after(async () => {
  for (const app of apps) await app.close();
});

async function launch(file) {
  const app = await launchApp({ file });
  apps.push(app);
  return app;
}

/** The second app's question: who has the file, and the button the user picks. */
async function answer(app, button, screenshot) {
  const [holder] = await app.session.waitForAll('[data-testid="locked-holder"]', { timeoutMs: 30_000 });
  const text = await holder.textContent();
  if (screenshot) await app.screenshot(screenshot);
  const [choice] = await app.session.findAll(`[data-testid="${button}"]`);
  await choice.click();
  await until('the question to close', async () => (await app.session.findAll('[data-testid="locked"]')).length === 0);
  return text;
}

test('a second app on the same file asks; read-only and a copy leave the first one its file', { timeout: 240_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-e2e-'));
  const file = join(dir, 'sg12.plenary.json');
  copyFileSync(join(repoRoot, 'examples/itu-t-sg12-2017.plenary.json'), file);
  const original = readFileSync(file, 'utf8');
  const lock = join(dir, '.~lock.sg12.plenary.json#');

  const first = await launch(file);
  await new Timetable(first.session).waitUntilShown();
  assert.ok(existsSync(lock), 'the first app locks the file');
  const holder = JSON.parse(readFileSync(lock, 'utf8'));

  const second = await launch(file);
  const said = await answer(second, 'locked-read-only');
  assert.match(said, /^sg12\.plenary\.json is open by \S+ on \S+ since \d{4}-\d\d-\d\d \d\d:\d\d\.$/, said);
  assert.ok(said.includes(` by ${holder.user} on ${holder.host} `), `names the first app's user and host: ${said}`);
  await new Timetable(second.session).waitUntilShown();
  await until('the read-only title', () => second.windowNames().includes('sg12.plenary.json (read-only) — Plenary'));
  await second.screenshot('locked-read-only');
  assert.ok(JSON.parse(readFileSync(lock, 'utf8')).pid === holder.pid, 'the first app keeps its lock');

  const third = await launch(file);
  await answer(third, 'locked-copy', 'locked-question');
  await new Timetable(third.session).waitUntilShown();
  await until('an untitled, unsaved copy', () => third.windowNames().includes('• Untitled — Plenary'));
  assert.equal(readFileSync(file, 'utf8'), original, 'nobody wrote the file');

  // The first app goes (quit or crash): its lock is stale, and the next app opens at once.
  await first.close();
  apps.splice(apps.indexOf(first), 1);
  const fourth = await launch(file);
  await new Timetable(fourth.session).waitUntilShown();
  await until('the file opened for editing', () => fourth.windowNames().includes('sg12.plenary.json — Plenary'));
  assert.equal((await fourth.session.findAll('[data-testid="locked"]')).length, 0, 'no question');
});
