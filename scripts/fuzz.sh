#!/usr/bin/env bash
# Runs every fuzz target (fuzz/fuzz_targets) for SECONDS each (default 60) with cargo fuzz,
# from the committed seed corpora. The machine's Rust is stable; RUSTC_BOOTSTRAP=1 lets cargo
# fuzz pass the -Z flags libFuzzer needs. A crash leaves its input in fuzz/artifacts/<target>/:
# turn it into a regression test before fixing it.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds="${1:-60}"
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
export RUSTC_BOOTSTRAP=1
for target in $(sed -n 's/^name = "\(.*\)"$/\1/p' Cargo.toml | grep -v plenary-fuzz); do
  echo "== fuzz $target for ${seconds} s"
  work="$(mktemp -d)"
  cargo fuzz run "$target" "$work" "corpus/$target" -- -max_total_time="$seconds" 2>&1 |
    grep -E "^(#[0-9]+.*DONE|Done|==|INFO: seed corpus)|panicked|ERROR" || true
  rm -rf "$work"
  test ! -d "artifacts/$target" || [ -z "$(ls -A "artifacts/$target")" ] ||
    { echo "fuzz $target: crash inputs in fuzz/artifacts/$target" >&2; exit 1; }
done
