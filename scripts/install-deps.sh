#!/usr/bin/env bash
# Installs what building and testing Plenary needs (system packages, Rust through rustup,
# Node.js 24), idempotently: only packages that
# `dpkg -s` reports missing are installed, so a warm machine spends ~0 s here.
# Usage: scripts/install-deps.sh [build|test|perf|all]   (default: all; the test packages
# include Chromium, which the published-site check and `make perf` open pages in)
set -euo pipefail

want="${1:-all}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
# PLENARY_INSTALL_DRY_RUN=1: say what would be installed, change nothing.
dry_run="${PLENARY_INSTALL_DRY_RUN:-}"

build_pkgs=(build-essential pkg-config ca-certificates curl wget file git libwebkit2gtk-4.1-dev libxdo-dev
  libssl-dev libayatana-appindicator3-dev librsvg2-dev)
test_pkgs=(xvfb xauth webkit2gtk-driver xdotool imagemagick libxml2-utils poppler-utils
  fonts-noto-core fonts-noto-cjk libreoffice-writer desktop-file-utils dbus-daemon chromium)
perf_pkgs=()

case "$want" in
  build) pkgs=("${build_pkgs[@]}") ;;
  test | all) pkgs=("${build_pkgs[@]}" "${test_pkgs[@]}") ;;
  perf) pkgs=("${build_pkgs[@]}" "${test_pkgs[@]}" ${perf_pkgs[@]+"${perf_pkgs[@]}"}) ;;
  *) echo "install-deps: unknown set '$want' (expected build, test, perf or all)" >&2; exit 2 ;;
esac

if ! command -v dpkg >/dev/null 2>&1; then
  echo "install-deps: not a Debian/Ubuntu system; see README.md for macOS and Windows." >&2
  exit 0
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ] && [ -n "$dry_run" ]; then
  echo "install-deps: would install ${missing[*]}"
elif [ "${#missing[@]}" -gt 0 ]; then
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo_cmd=(sudo)
  fi
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

root_cmd() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# The frab JSON export is validated against its JSON Schema with Python's jsonschema
# (tests/core/interop.rs skips that check, saying so, when it is missing).
if [ -z "$dry_run" ] && [ "$want" != build ] && command -v python3 >/dev/null 2>&1 &&
  ! python3 -c 'import jsonschema' >/dev/null 2>&1; then
  echo "install-deps: installing the Python package jsonschema"
  python3 -m pip install --quiet jsonschema >/dev/null 2>&1 ||
    root_cmd apt-get install -y -qq --no-install-recommends python3-jsonschema >/dev/null ||
    echo "install-deps: could not install jsonschema; the JSON Schema check will be skipped" >&2
fi

# Rust: the toolchain rust-toolchain.toml pins, through rustup (into ~/.cargo/bin). What is
# checked is rustup, not cargo: a distribution's cargo (Debian 12's is 1.63) ignores
# rust-toolchain.toml and cannot build Plenary, so it must not count. ~/.cargo/bin comes first
# on the PATH here and in the Makefile, so rustup's cargo is the one that runs.
export PATH="$HOME/.cargo/bin:$PATH"
toolchain=$(sed -n 's/^channel *= *"\(.*\)"/\1/p' "$repo/rust-toolchain.toml")
if ! command -v rustup >/dev/null 2>&1; then
  if [ -n "$dry_run" ]; then
    echo "install-deps: would install rustup and Rust $toolchain (found cargo: $(command -v cargo || echo none))"
  else
    echo "install-deps: installing rustup and Rust $toolchain"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs |
      sh -s -- -y --no-modify-path --profile minimal --default-toolchain "$toolchain" -c rustfmt -c clippy
  fi
elif ! rustup run "$toolchain" rustc --version >/dev/null 2>&1; then
  if [ -n "$dry_run" ]; then
    echo "install-deps: would install Rust $toolchain with rustup"
  else
    echo "install-deps: installing Rust $toolchain with rustup"
    rustup toolchain install "$toolchain" --profile minimal -c rustfmt -c clippy
  fi
fi

# Node.js of a maintained LTS line (scripts/install-node.sh).
"$repo/scripts/install-node.sh"

[ -n "$dry_run" ] && exit 0
for tool in cargo node npm; do
  command -v "$tool" >/dev/null 2>&1 || { echo "install-deps: '$tool' is still missing; install Rust (rustup) and Node.js 24 (README.md)." >&2; exit 1; }
done
cargo_version=$(cd "$repo" && cargo --version)
case "$cargo_version" in
  "cargo $toolchain "*) ;;
  *)
    echo "install-deps: the cargo on the PATH ($(command -v cargo)) is '$cargo_version', not Rust $toolchain" >&2
    echo "from rust-toolchain.toml; put ~/.cargo/bin (rustup's) first on the PATH." >&2
    exit 1
    ;;
esac
