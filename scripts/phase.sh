#!/usr/bin/env bash
# Runs one phase of a build or test and prints how long it took, pass or fail:
#   scripts/phase.sh NAME COMMAND [ARGS...]   ->   "== NAME: 12.3 s" (or "== NAME: FAILED after 12.3 s")
# Each line is also appended to $PHASE_LOG when set, so `make test` can print a summary.
set -uo pipefail

name="$1"
shift
echo "== $name ..."
start=$(date +%s.%N)
"$@"
status=$?
seconds=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
if [ "$status" -eq 0 ]; then
  line="== $name: $seconds s"
else
  line="== $name: FAILED (exit $status) after $seconds s"
fi
echo "$line"
[ -n "${PHASE_LOG:-}" ] && echo "$line" >>"$PHASE_LOG"
exit "$status"
