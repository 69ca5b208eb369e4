// What an end-to-end test needs from outside the repository (the real schedules in
// ../shared/data), with the rule of tests/core/require.rs: under CI=true or
// PLENARY_REQUIRE_DATA=1 a missing input fails the test with the reason; elsewhere the test
// is skipped visibly ("SKIPPED: <test>: <reason>" on stderr and in the file
// $PLENARY_SKIP_LOG names, which `make test` counts in its summary).

import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

import { repoRoot } from './app.js';

/** Whether a missing input fails the test. */
export function strict() {
  return process.env.CI === 'true' || process.env.PLENARY_REQUIRE_DATA === '1';
}

/** The directory of real schedules: PLENARY_SHARED_DATA, else ../shared/data. */
export function sharedData() {
  return process.env.PLENARY_SHARED_DATA || join(repoRoot, '../shared/data');
}

/**
 * The path of `name` in the shared data, or null after reporting it missing: throws under
 * `strict()`, else skips the test `t` (node:test's context) saying why.
 */
export function data(t, name) {
  const path = join(sharedData(), name);
  if (existsSync(path)) return path;
  const reason = `${path} is absent (the real schedules of ../shared/data; PLENARY_SHARED_DATA names another copy)`;
  if (strict()) throw new Error(`${t.name} cannot run: ${reason} (CI=true or PLENARY_REQUIRE_DATA=1 makes a missing input a failure)`);
  const line = `SKIPPED: e2e ${t.name}: ${reason}`;
  console.error(line);
  if (process.env.PLENARY_SKIP_LOG) appendFileSync(process.env.PLENARY_SKIP_LOG, `${line}\n`);
  t.skip(reason);
  return null;
}
