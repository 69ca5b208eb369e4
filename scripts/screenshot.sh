#!/usr/bin/env bash
# Takes a screenshot of the desktop app on the bundled example (or FILE) under its own Xvfb
# (1280x800, the window's size): scripts/screenshot.sh OUT.png [FILE]. Started without a
# file the app shows its start screen, so the example is named here.
# Needs target/debug/plenary-desktop (`make app`), xvfb, xdotool and imagemagick.
set -euo pipefail
cd "$(dirname "$0")/.."

out="$1"
file="${2:-examples/itu-t-sg12-2017.plenary.json}"
if [ -z "${INSIDE_XVFB:-}" ]; then
  INSIDE_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

target/debug/plenary-desktop ${file:+"$file"} &
app=$!
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true' EXIT
timeout 30 xdotool search --sync --onlyvisible --name Plenary >/dev/null
sleep "${SETTLE_SECONDS:-4}" # the snapshot arrives over IPC and the grid lays out
mkdir -p "$(dirname "$out")"
import -window root "$out"
echo "screenshot: $out"
