#!/usr/bin/env bash
# `make perf`: the UI's figures on release builds, in the real app (WebKitGTK under Xvfb,
# through WebKitWebDriver) and in Chromium (the built UI with the mock backend), on three
# documents: the SG12 example, FOSDEM 2020 (imported from ../shared/data) and a generated
# day of 5,000 sessions in 200 rooms. Prints one table and writes it into
# docs/performance.md (between the `perf:begin`/`perf:end` markers) with the machine's load.
#
# Environment: CARGO_TARGET_DIR (default target) for the release build; PERF_SKIP_BUILD=1
# to measure the binary already there; PERF_OUT (default /tmp/plenary-perf) for the
# documents and each run's JSON; PERF_ONLY="sg12 fosdem day5000" to measure fewer documents,
# PERF_WHERE="chromium app" fewer places; PERF_APPEND=1 keeps the results of a former run
# (the table is of both).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
target=${CARGO_TARGET_DIR:-target}
case $target in /*) ;; *) target=$root/$target ;; esac
out=${PERF_OUT:-/tmp/plenary-perf}
mkdir -p "$out"

scripts/npm-deps.sh ui tests/e2e
if [[ ${PERF_SKIP_BUILD:-} != 1 ]]; then
  npm --prefix ui run build --silent
  TAURI_APP_PATH=src-tauri CI=true tests/e2e/node_modules/.bin/tauri build --no-bundle
  cargo build --release --features cli --bin plenary
fi
app=$target/release/plenary-desktop
cli=$target/release/plenary
[[ -x $cli ]] || cli=$root/target/debug/plenary
needed=("$cli")
[[ " ${PERF_WHERE:-chromium app} " == *" app "* ]] && needed+=("$app")
for f in "${needed[@]}"; do [[ -x $f ]] || { echo "perf: $f is missing (build it, or unset PERF_SKIP_BUILD)" >&2; exit 1; }; done
[[ -f ui/dist/index.html ]] || npm --prefix ui run build --silent
fosdem_xml=$root/../shared/data/fosdem-2020-schedule.xml
[[ -f $fosdem_xml ]] || { echo "perf: $fosdem_xml is missing (FOSDEM 2020's schedule XML)" >&2; exit 1; }

# The documents, and the core's conflicts of each (the Chromium mock lists them as the app does).
cp examples/itu-t-sg12-2017.plenary.json "$out/sg12.plenary.json"
"$cli" import "$fosdem_xml" -o - > "$out/fosdem.plenary.json" 2> "$out/fosdem.import.log"
"$cli" generate --sessions 5000 --rooms 200 --days 1 -o "$out/day5000.plenary.json" > /dev/null
for d in sg12 fosdem day5000; do
  "$cli" check --format json "$out/$d.plenary.json" > "$out/$d.conflicts.json" || true
done

results=$out/results.jsonl
[[ ${PERF_APPEND:-} == 1 ]] || : > "$results"
# One measurement: its JSON line (the last line a script prints), tagged with where and what.
run() {
  local doc=$1 where=$2 what=$3; shift 3
  local line
  if line=$("$@" 2> "$out/$doc.$where.$what.err" | tail -n 1) && [[ $line == \{* ]]; then
    echo "{\"doc\":\"$doc\",\"where\":\"$where\",\"what\":\"$what\",\"result\":$line}" >> "$results"
  else
    echo "perf: $doc $where $what failed (see $out/$doc.$where.$what.err)" >&2
    echo "{\"doc\":\"$doc\",\"where\":\"$where\",\"what\":\"$what\",\"error\":true}" >> "$results"
  fi
}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for d in ${PERF_ONLY:-sg12 fosdem day5000}; do
  doc=$out/$d.plenary.json
  conflicts=--conflicts=$out/$d.conflicts.json
  if [[ " ${PERF_WHERE:-chromium app} " == *" chromium "* ]]; then
    run "$d" chromium drag node ui/scripts/perf-drag.mjs "$doc" "$conflicts"
    run "$d" chromium edits node ui/scripts/perf-drag.mjs "$doc" "$conflicts" --edits
  fi
  if [[ " ${PERF_WHERE:-chromium app} " == *" app "* ]]; then
    run "$d" app launch env E2E_APP="$app" node tests/e2e/perf/launch.js "$doc"
    run "$d" app drag env E2E_APP="$app" node tests/e2e/perf/drag-frames.js "$doc" --rounds=20
    run "$d" app edits env E2E_APP="$app" node tests/e2e/perf/drag-frames.js "$doc" --edits
  fi
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
node scripts/perf-table.mjs "$results" docs/performance.md \
  "$(nproc) cores, load average $load_before before and $load_after after; $(date -u +%Y-%m-%d)"
