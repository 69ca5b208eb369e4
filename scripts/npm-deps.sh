#!/usr/bin/env bash
# Runs `npm ci` in each given folder whose node_modules is missing or older than its
# package-lock.json (npm ci writes node_modules/.package-lock.json), so a warm tree spends ~0 s.
# Usage: scripts/npm-deps.sh DIR...
set -euo pipefail

for dir in "$@"; do
  installed="$dir/node_modules/.package-lock.json"
  if [ ! -f "$installed" ] || [ "$dir/package-lock.json" -nt "$installed" ] || [ "$dir/package.json" -nt "$installed" ]; then
    echo "npm-deps: npm ci in $dir"
    npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
    touch "$installed"
  fi
done
