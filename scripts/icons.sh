#!/usr/bin/env bash
# Generates every icon of the app and its packages from the one source, packaging/icon.svg:
# the PNG sizes the Linux desktop uses (16 to 512 pixels, installed into the hicolor theme),
# icon.ico (Windows) and icon.icns (macOS), with `tauri icon`. The results are committed in
# src-tauri/icons/ (the build embeds them); run `make icons` after changing the source.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/npm-deps.sh tests/e2e
tauri=tests/e2e/node_modules/.bin/tauri
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The default set (.ico, .icns, 32, 128, 128@2x, icon.png) and the other hicolor sizes.
"$tauri" icon packaging/icon.svg -o "$work" >/dev/null 2>&1
"$tauri" icon packaging/icon.svg -o "$work" -p 16 -p 24 -p 48 -p 64 -p 256 -p 512 >/dev/null 2>&1
out=src-tauri/icons
rm -f "$out"/*.png "$out"/*.ico "$out"/*.icns
for size in 16 24 32 48 64 128 256 512; do
  cp "$work/${size}x${size}.png" "$out/"
done
cp "$work/icon.png" "$work/icon.ico" "$work/icon.icns" "$out/"
echo "icons: $(ls "$out" | tr '\n' ' ')"
