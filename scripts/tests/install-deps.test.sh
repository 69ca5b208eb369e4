#!/usr/bin/env bash
# Tests of scripts/install-deps.sh and scripts/install-node.sh that change nothing on the
# machine: the dry run (PLENARY_INSTALL_DRY_RUN=1) says what a fresh machine would get.
#  - an old distribution cargo on the PATH does not count as Rust: rustup is installed;
#  - Node.js 20 (end of life) does not count: Node.js 24 is installed;
#  - on this machine, once set up, nothing is left to install and the cargo that runs is
#    the toolchain rust-toolchain.toml names, even with an old cargo first on the PATH.
# Prints "N passed, N failed" and exits non-zero on a failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
passed=0
failed=0
ok() { echo "ok: $1"; passed=$((passed + 1)); }
fail() { echo "FAILED: $1"; echo "$2" | sed 's/^/    /'; failed=$((failed + 1)); }

stubs=$(mktemp -d)
trap 'rm -rf "$stubs"' EXIT
mkdir -p "$stubs/bin" "$stubs/cargo" "$stubs/home"
# Debian 12's cargo, and a Node.js 20 with its npm.
printf '#!/bin/sh\necho "cargo 1.63.0"\n' >"$stubs/bin/cargo"
printf '#!/bin/sh\ncase "$1" in --version) echo v20.19.2 ;; *) exit 1 ;; esac\n' >"$stubs/bin/node"
printf '#!/bin/sh\necho 10.8.2\n' >"$stubs/bin/npm"
cp "$stubs/bin/cargo" "$stubs/cargo/cargo"
chmod +x "$stubs/bin/"* "$stubs/cargo/cargo"

toolchain=$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)

# A fresh machine: no rustup in HOME, the old cargo and Node.js 20 first on the PATH.
out=$(HOME="$stubs/home" PATH="$stubs/bin:/usr/bin:/bin" PLENARY_INSTALL_DRY_RUN=1 \
  scripts/install-deps.sh build 2>&1)
status=$?
if [ $status -eq 0 ] && grep -q "would install rustup and Rust $toolchain (found cargo: $stubs/bin/cargo)" <<<"$out"; then
  ok "an old distribution cargo does not stop rustup and Rust $toolchain from being installed"
else
  fail "rustup is planned despite an old cargo (exit $status)" "$out"
fi
if grep -q "would install Node.js 24\.[0-9.]* and npm 11\.[0-9.]* into /usr/local/lib/nodejs/.* (found: v20.19.2" <<<"$out"; then
  ok "Node.js 20 is replaced by Node.js 24"
else
  fail "Node.js 24 is planned where Node.js 20 is found" "$out"
fi

# This machine, set up: nothing to install, whatever old cargo the PATH finds first.
out=$(PATH="$stubs/cargo:$PATH" PLENARY_INSTALL_DRY_RUN=1 scripts/install-deps.sh all 2>&1)
if [ $? -eq 0 ] && [ -z "$out" ]; then
  ok "a set-up machine has nothing left to install"
else
  fail "a set-up machine has nothing left to install" "$out"
fi
out=$(PATH="$stubs/cargo:$PATH" scripts/install-deps.sh build 2>&1)
if [ $? -eq 0 ]; then
  ok "the cargo that runs after install-deps is rustup's $toolchain, not the old one first on the PATH"
else
  fail "install-deps accepts this machine with an old cargo first on the PATH" "$out"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
