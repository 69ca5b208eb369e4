#!/usr/bin/env bash
# Installs the cargo tools `make test` lints with, idempotently: a tool already installed
# at its pinned version is left alone, so a warm machine spends ~0 s here. Each is built
# from crates.io with `cargo install --locked` (the versions below are pinned so that CI
# and every developer lint with the same rules).
#   cargo-machete  unused dependencies of every crate of the workspace
#   cargo-deny     licences, banned crates and duplicate versions (deny.toml)
set -euo pipefail
export PATH="$HOME/.cargo/bin:$PATH"

tools=(
  "cargo-machete 0.9.2"
  "cargo-deny 0.20.2"
)

for entry in "${tools[@]}"; do
  read -r name version <<<"$entry"
  # `cargo install --list` prints "name vX.Y.Z:" for every installed crate.
  if cargo install --list 2>/dev/null | grep -qx "$name v$version:"; then
    continue
  fi
  echo "install-tools: installing $name $version"
  cargo install --locked --quiet "$name" --version "$version"
done
