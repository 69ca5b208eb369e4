#!/usr/bin/env bash
# What a second document window costs in memory: the PSS (proportional set size) of the
# app and its WebKit processes with one document window, then with a second one (a second
# start hands its file to the running app, which opens it in a new window).
#
#   scripts/window-memory.sh [APP]     # APP: the binary (default target/debug/plenary-desktop)
#
# Runs under its own Xvfb and D-Bus session bus (the single-instance plugin's rendezvous),
# with fresh data and config folders. Needs Xvfb and dbus-daemon.
set -euo pipefail
cd "$(dirname "$0")/.."
app=$(realpath "${1:-target/debug/plenary-desktop}")
work=$(mktemp -d)
display=":$((90 + RANDOM % 100))"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

cp examples/itu-t-sg12-2017.plenary.json "$work/sg12.plenary"
cp examples/itu-t-sg2-2013.plenary.json "$work/sg2.plenary"
Xvfb "$display" -screen 0 1400x900x24 >/dev/null 2>&1 &
pids+=($!)
started=$(dbus-daemon --session --fork --print-address=1 --print-pid=1)
bus=$(sed -n 1p <<<"$started")
pids+=("$(sed -n 2p <<<"$started")")
export DISPLAY="$display" DBUS_SESSION_BUS_ADDRESS="$bus"
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
sleep 1

"$app" "$work/sg12.plenary" >/dev/null 2>&1 &
main=$!
pids+=("$main")

# The PSS of the app and every process under it, in MB.
pss() {
  local all=("$main") queue=("$main") p children
  while ((${#queue[@]})); do
    p=${queue[0]}
    queue=("${queue[@]:1}")
    children=$(pgrep -P "$p" || true)
    for c in $children; do all+=("$c"); queue+=("$c"); done
  done
  for p in "${all[@]}"; do cat "/proc/$p/smaps_rollup" 2>/dev/null; done |
    awk '/^Pss:/ { kb += $2 } END { printf "%d", kb / 1024 }'
}

sleep 20
one=$(pss)
"$app" "$work/sg2.plenary" >/dev/null 2>&1 # hands the file over and ends
sleep 20
two=$(pss)
echo "one document window:  ${one} MB PSS (app + web processes)"
echo "two document windows: ${two} MB PSS; the second costs $((two - one)) MB"
