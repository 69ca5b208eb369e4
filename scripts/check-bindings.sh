#!/usr/bin/env bash
# Fails when the committed TypeScript in ui/src/bindings differs from what ts-rs generates
# from the core's wire types (TS_RS_EXPORT_DIR is set in .cargo/config.toml).
set -euo pipefail
cd "$(dirname "$0")/.."

# --workspace, not -p plenary: the same feature set as `cargo test --workspace`, so nothing
# is rebuilt (with -p plenary alone, cargo resolves features anew and recompiles).
cargo test --workspace --lib --quiet export_bindings >/dev/null
changes=$(git status --porcelain -- ui/src/bindings)
if [ -n "$changes" ]; then
  echo "ui/src/bindings is out of date with the Rust wire types:" >&2
  echo "$changes" >&2
  git --no-pager diff --stat -- ui/src/bindings >&2
  echo "Run \`make bindings\` and commit ui/src/bindings." >&2
  exit 1
fi
echo "ui/src/bindings matches the Rust wire types"
