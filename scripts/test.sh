#!/usr/bin/env bash
# Runs every test of Plenary, one timed phase after another (`make test`, and CI through
# .ci/run). It keeps going after a failing phase, so one run shows every failure, then
# prints a summary and exits non-zero if any phase failed.
set -uo pipefail
cd "$(dirname "$0")/.."
# A machine whose /dev/null has become a regular file (something deleted it, and a later
# redirection created a file) breaks builds in baffling ways: cargo's `rustc -` probe reads
# whatever compiler output landed there as its source. Say so instead.
if [ ! -c /dev/null ]; then
  echo "make test: /dev/null is not a character device here (a regular file replaced it)." >&2
  echo "Repair it as root: rm -f /dev/null && mknod -m 666 /dev/null c 1 3" >&2
  exit 2
fi
# No test reads the terminal.
exec </dev/null

PHASE_LOG=$(mktemp)
export PHASE_LOG
# Every test that cannot run for want of data or a tool appends "SKIPPED: <test>: <reason>"
# here (tests/core/require.rs, scripts/check-annex.sh); the summary counts and lists them.
# Under CI=true such a test fails instead.
PLENARY_SKIP_LOG=$(mktemp)
export PLENARY_SKIP_LOG
trap 'rm -f "$PHASE_LOG" "$PLENARY_SKIP_LOG"' EXIT
# The property tests draw their cases from a fixed seed here, so that a run fails only
# because of a change and any failure can be replayed with the same seed. Fresh random cases
# are drawn by `make soak` (thousands of cases per property, run before a release) and by
# anyone who runs the tests with another PROPTEST_RNG_SEED.
export PROPTEST_RNG_SEED="${PROPTEST_RNG_SEED:-20261205}"
failed=()
started=$(date +%s)

phase() {
  scripts/phase.sh "$@" && return 0
  failed+=("$1")
  return 1
}

summary() {
  echo
  echo "== Summary ($(($(date +%s) - started)) s in all)"
  cat "$PHASE_LOG"
  local skips
  skips=$(sort -u "$PLENARY_SKIP_LOG" | grep -c . || true)
  if [ "$skips" -gt 0 ]; then
    echo "SKIPPED: $skips check(s) could not run here, for want of data or a tool (each fails under CI=true):"
    sort -u "$PLENARY_SKIP_LOG" | sed 's/^SKIPPED: /  /'
  else
    echo "No test skipped."
  fi
  if [ "${#failed[@]}" -gt 0 ]; then
    local list=""
    for name in "${failed[@]}"; do list+="${list:+, }$name"; done
    echo "FAILED: $list"
    exit 1
  fi
  echo "All phases passed."
}

# Without the system packages and npm dependencies nothing else can run.
phase "system packages" scripts/install-deps.sh all
phase "install script (dry runs)" scripts/tests/install-deps.test.sh
phase "npm dependencies" scripts/npm-deps.sh ui tests/e2e tests/site
if [ "${#failed[@]}" -gt 0 ]; then summary; fi

phase "cargo fmt --check" cargo fmt --all --check
phase "cargo clippy" cargo clippy --workspace --all-targets --locked -- -D warnings
# The lints that need tools of their own (scripts/install-tools.sh pins them).
if phase "lint tools (cargo-machete, cargo-deny)" scripts/install-tools.sh; then
  phase "unused dependencies (cargo machete)" cargo machete
  # Licences, banned crates and duplicate versions, per deny.toml. Not `advisories`: the
  # advisory database is fetched from outside the registries these machines reach.
  phase "licences and bans (cargo deny)" cargo deny --locked check licenses bans
else
  failed+=("unused dependencies (cargo machete)" "licences and bans (cargo deny)")
fi
phase "cargo doc (warnings denied)" env RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --locked
phase "cargo test" cargo test --workspace --locked --no-fail-fast
phase "annex documents (LibreOffice, pdftotext)" scripts/check-annex.sh
phase "published site (Chromium, axe-core, ical.js)" scripts/check-site.sh
phase "bindings drift" scripts/check-bindings.sh
phase "svelte-check" npm --prefix ui run check
phase "UI lint (ESLint, Prettier)" bash -c "npm --prefix ui run lint && npm --prefix ui run format:check"
phase "UI unit tests" npm --prefix ui run test
if phase "app build (UI embedded)" scripts/build-app.sh; then
  phase "end-to-end tests" npm --prefix tests/e2e test
else
  echo "== end-to-end tests: SKIPPED (no app binary)" | tee -a "$PHASE_LOG"
  failed+=("end-to-end tests")
fi
summary
