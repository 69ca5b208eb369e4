#!/usr/bin/env bash
# Times `plenary publish` as a user runs it (release build, whole process, PDFs included
# with the system's fonts) on the SG12 example and on a generated conference of 5,000
# sessions in 50 rooms over 5 days: RUNS runs each (default 5), after one warm-up, and
# prints each run and the median. Targets (issue 19): SG12 under 1 s, 5,000 sessions under
# 10 s. Figures in docs/performance.md, with the machine's load.
# Usage: scripts/bench-publish.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-5}
cargo build --quiet --release --bin plenary
bin=target/release/plenary
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" generate --sessions 5000 --rooms 50 --days 5 -o "$work/conference.plenary.json" >/dev/null

# time_runs NAME FILE: one warm-up, then $runs timed publishes into a fresh folder each.
time_runs() {
  local name=$1 file=$2 times=() i start end
  "$bin" publish "$file" "$work/warm" >/dev/null 2>"$work/stderr" || {
    cat "$work/stderr" >&2
    exit 1
  }
  for ((i = 1; i <= runs; i++)); do
    start=$(date +%s%N)
    if ! "$bin" publish "$file" "$work/site-$name-$i" >/dev/null 2>"$work/stderr"; then
      cat "$work/stderr" >&2
      exit 1
    fi
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
  done
  local sorted
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  echo "$name: runs ${times[*]} ms; median $(echo "$sorted" | sed -n "$(((runs + 1) / 2))p") ms"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
time_runs sg12 examples/itu-t-sg12-2017.plenary.json
time_runs conference-5000 "$work/conference.plenary.json"
