#!/usr/bin/env bash
# Installs what building and testing Plenary needs, idempotently: only packages that
# `dpkg -s` reports missing are installed, so a warm machine spends ~0 s here.
# Usage: scripts/install-deps.sh [build|test|all]   (default: all)
set -euo pipefail

want="${1:-all}"

build_pkgs=(build-essential pkg-config curl wget file libwebkit2gtk-4.1-dev libxdo-dev
  libssl-dev libayatana-appindicator3-dev librsvg2-dev)
test_pkgs=(xvfb xauth webkit2gtk-driver xdotool imagemagick libxml2-utils poppler-utils
  fonts-noto-core fonts-noto-cjk)

case "$want" in
  build) pkgs=("${build_pkgs[@]}") ;;
  test | all) pkgs=("${build_pkgs[@]}" "${test_pkgs[@]}") ;;
  *) echo "install-deps: unknown set '$want' (expected build, test or all)" >&2; exit 2 ;;
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

for tool in cargo node npm; do
  command -v "$tool" >/dev/null 2>&1 || { echo "install-deps: '$tool' is missing; install Rust (rustup) and Node.js 20+ first (README.md)." >&2; exit 1; }
done
