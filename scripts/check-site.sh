#!/usr/bin/env bash
# Checks the published website as its readers get it: publishes the SG12 example and the ITU
# Council 2018 plan with the CLI and opens every page in headless Chromium, with axe-core
# for accessibility and ical.js for the calendars (tests/site/site.test.js says what is
# checked). About three minutes, most of it Chromium on a debug build's site.
#
# Needs Chromium (`scripts/install-deps.sh` installs it with the test packages) and the npm
# packages of tests/site (`scripts/npm-deps.sh tests/site`). When Chromium is missing it
# fails under CI=true or PLENARY_REQUIRE_DATA=1, and elsewhere skips visibly ("SKIPPED:
# check-site: <reason>" on stderr and in $PLENARY_SKIP_LOG), as tests/core/require.rs does.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium=${PLENARY_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  reason="Chromium is not installed at $chromium; install: apt-get install chromium"
  if [ "${CI:-}" = true ] || [ "${PLENARY_REQUIRE_DATA:-}" = 1 ]; then
    echo "check-site: FAIL: cannot run: $reason (CI=true or PLENARY_REQUIRE_DATA=1 makes a missing tool a failure)" >&2
    exit 1
  fi
  echo "SKIPPED: check-site: $reason" >&2
  if [ -n "${PLENARY_SKIP_LOG:-}" ]; then echo "SKIPPED: check-site: $reason" >>"$PLENARY_SKIP_LOG"; fi
  exit 0
fi

scripts/npm-deps.sh tests/site
cargo build --quiet --bin plenary
PLENARY_BIN="$PWD/target/debug/plenary" PLENARY_CHROMIUM="$chromium" npm --prefix tests/site test
