#!/usr/bin/env bash
# Installs what building and testing Plenary needs, idempotently: only packages that
# `dpkg -s` reports missing are installed, so a warm machine spends ~0 s here.
# Usage: scripts/install-deps.sh [build|test|perf|all]   (default: all; the test packages
# include Chromium, which the published-site check and `make perf` open pages in)
set -euo pipefail

want="${1:-all}"

build_pkgs=(build-essential pkg-config ca-certificates curl wget file git libwebkit2gtk-4.1-dev libxdo-dev
  libssl-dev libayatana-appindicator3-dev librsvg2-dev)
test_pkgs=(xvfb xauth webkit2gtk-driver xdotool imagemagick libxml2-utils poppler-utils
  fonts-noto-core fonts-noto-cjk libreoffice-writer chromium)
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

if [ "${#missing[@]}" -gt 0 ]; then
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
if [ "$want" != build ] && command -v python3 >/dev/null 2>&1 &&
  ! python3 -c 'import jsonschema' >/dev/null 2>&1; then
  echo "install-deps: installing the Python package jsonschema"
  python3 -m pip install --quiet jsonschema >/dev/null 2>&1 ||
    root_cmd apt-get install -y -qq --no-install-recommends python3-jsonschema >/dev/null ||
    echo "install-deps: could not install jsonschema; the JSON Schema check will be skipped" >&2
fi

# Rust: the toolchain rust-toolchain.toml pins, through rustup (into ~/.cargo/bin).
export PATH="$HOME/.cargo/bin:$PATH"
if ! command -v cargo >/dev/null 2>&1; then
  toolchain=$(sed -n 's/^channel *= *"\(.*\)"/\1/p' "$(dirname "$0")/../rust-toolchain.toml")
  echo "install-deps: installing Rust $toolchain with rustup"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs |
    sh -s -- -y --no-modify-path --profile minimal --default-toolchain "$toolchain" -c rustfmt -c clippy
fi

# Node.js 20.19 or newer (Vite 8 needs it; Debian 12's own nodejs is 18): NodeSource's 20.x.
node_ok() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 &&
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'
}
if ! node_ok; then
  echo "install-deps: installing Node.js 20 from NodeSource"
  curl -fsSL https://deb.nodesource.com/setup_20.x -o /tmp/nodesource_setup.sh
  root_cmd bash /tmp/nodesource_setup.sh >/dev/null
  root_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs >/dev/null
fi

for tool in cargo node npm; do
  command -v "$tool" >/dev/null 2>&1 || { echo "install-deps: '$tool' is still missing; install Rust (rustup) and Node.js 20.19+ (README.md)." >&2; exit 1; }
done
node_ok || { echo "install-deps: Node.js $(node --version) is too old; Plenary needs 20.19 or newer." >&2; exit 1; }
