#!/usr/bin/env bash
# Builds the desktop app with the UI embedded (target/debug/plenary-desktop): the UI into
# ui/dist, then `tauri build --debug --no-bundle`. A plain `cargo build` binary would load
# the Vite dev server instead and show a blank window without it.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/npm-deps.sh ui tests/e2e
npm --prefix ui run build --silent
# The CLI finds tauri.conf.json through the committed symlink src-tauri/tauri.conf.json.
# It reads CI as a boolean flag; "1" would be refused, so pass "true".
TAURI_APP_PATH=src-tauri CI=true tests/e2e/node_modules/.bin/tauri build --debug --no-bundle
