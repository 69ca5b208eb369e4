#!/usr/bin/env bash
# Checks that VERSION (e.g. from a release tag v0.2.0) is the version of Plenary in
# Cargo.toml's [workspace.package], which the packages, the CLI and About all show.
# Usage: scripts/check-version.sh VERSION
set -euo pipefail
cd "$(dirname "$0")/.."
want="${1:?usage: scripts/check-version.sh VERSION}"
have=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version *= *"\(.*\)"/\1/p' Cargo.toml)
if [ "$want" != "$have" ]; then
  echo "check-version: the tag says $want but Cargo.toml's [workspace.package] version is $have" >&2
  exit 1
fi
echo "check-version: $have"
