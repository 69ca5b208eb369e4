#!/usr/bin/env bash
# Installs the Node.js that builds Plenary's UI and runs its tests, idempotently: a Node.js of
# a maintained LTS line (22.13 or newer) already on the PATH is kept; otherwise Node.js
# $NODE_VERSION (LTS line 24) and npm $NPM_VERSION are unpacked into
# $PLENARY_NODE_PREFIX/lib/nodejs (default /usr/local) and linked into its bin/, which comes
# before /usr/bin on a Debian/Ubuntu PATH.
#
# Both come from the npm registry: the `node-linux-<arch>` package carries the official
# Node.js binary, `npm` the package manager. They are fetched by exact version with `npm pack`
# and checked against the sha512 digests pinned below. The npm that fetches them is whichever
# is on the PATH; on a machine with none, the distribution's (Debian 12 and Ubuntu 24.04 ship
# Node.js 18, which is past its end of life but can still fetch two packages).
#
# PLENARY_INSTALL_DRY_RUN=1 prints what would be installed and changes nothing.
set -euo pipefail

NODE_VERSION=24.22.3
NPM_VERSION=11.21.3
declare -A NODE_SHA512=(
  [x64]="KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA=="
  [arm64]="IZx0J52/1NDwAsY2iyWR9nlPIYuYviTWetjj8+ElvYQh2+XRhLfCfkbFEF/2O5vGI2hcUbyPNHV+nz342FbJXw=="
)
NPM_SHA512="5Cf+jE+XctbhH/zjOOqXC+ity7eec/Tkk4Ql38tf6w+1htp2wYPHmE4c1R1Es3DY227Ac14+SLrlYJwkBicbTg=="

prefix="${PLENARY_NODE_PREFIX:-/usr/local}"
dry_run="${PLENARY_INSTALL_DRY_RUN:-}"

# 22.13+ (the floor of Vite 8 and its plugins on line 22) or any later line; 20 reached its end of life in April 2026.
node_ok() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 &&
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 13) ? 0 : 1)' 2>/dev/null
}

root_cmd() {
  if [ "$(id -u)" -eq 0 ] || [ -w "$prefix" ]; then "$@"; else sudo "$@"; fi
}

if node_ok; then
  exit 0
fi

case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "install-node: no pinned Node.js for $(uname -m); install Node.js 24 LTS yourself (README.md)." >&2; exit 1 ;;
esac
dest="$prefix/lib/nodejs/node-v$NODE_VERSION-linux-$arch"
found="none"
command -v node >/dev/null 2>&1 && found="$(node --version 2>/dev/null || echo unknown) at $(command -v node)"

if [ -n "$dry_run" ]; then
  echo "install-node: would install Node.js $NODE_VERSION and npm $NPM_VERSION into $dest (found: $found)"
  exit 0
fi

if [ ! -x "$dest/bin/node" ] || [ ! -f "$dest/lib/node_modules/npm/package.json" ] ||
  ! grep -q "\"version\": \"$NPM_VERSION\"" "$dest/lib/node_modules/npm/package.json"; then
  echo "install-node: installing Node.js $NODE_VERSION and npm $NPM_VERSION into $dest (found: $found)"
  if ! command -v npm >/dev/null 2>&1; then
    echo "install-node: no npm to fetch them with; installing the distribution's nodejs and npm first"
    root_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  fi
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent --pack-destination "$work" \
    "node-linux-$arch@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)
  check() { # file, expected base64 sha512
    local got want
    got=$(sha512sum "$1" | cut -d' ' -f1)
    want=$(printf '%s' "$2" | base64 -d | od -An -v -tx1 | tr -d ' \n')
    [ "$got" = "$want" ] || { echo "install-node: $1 has sha512 $got, expected $want; not installing it." >&2; exit 1; }
  }
  check "$work/node-linux-$arch-$NODE_VERSION.tgz" "${NODE_SHA512[$arch]}"
  check "$work/npm-$NPM_VERSION.tgz" "$NPM_SHA512"
  # Unpack beside the destination and move it in whole, so an interrupted run leaves no
  # half-installed Node.js behind.
  root_cmd rm -rf "$dest.partial"
  root_cmd mkdir -p "$dest.partial/lib/node_modules/npm"
  root_cmd tar xzf "$work/node-linux-$arch-$NODE_VERSION.tgz" --strip-components=1 --no-same-owner -C "$dest.partial"
  root_cmd tar xzf "$work/npm-$NPM_VERSION.tgz" --strip-components=1 --no-same-owner -C "$dest.partial/lib/node_modules/npm"
  # The layout of Node.js's own release archives: bin/npm and bin/npx point into lib/.
  root_cmd ln -sfn ../lib/node_modules/npm/bin/npm-cli.js "$dest.partial/bin/npm"
  root_cmd ln -sfn ../lib/node_modules/npm/bin/npx-cli.js "$dest.partial/bin/npx"
  root_cmd rm -rf "$dest"
  root_cmd mv "$dest.partial" "$dest"
fi

root_cmd mkdir -p "$prefix/bin"
for tool in node npm npx; do
  root_cmd ln -sfn "$dest/bin/$tool" "$prefix/bin/$tool"
done
hash -r
if ! node_ok; then
  echo "install-node: Node.js $NODE_VERSION is in $prefix/bin, but the PATH finds $(command -v node) ($(node --version)) first;" >&2
  echo "put $prefix/bin before it on the PATH." >&2
  exit 1
fi
echo "install-node: $(node --version) with npm $(npm --version) at $(command -v node)"
