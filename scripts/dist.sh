#!/usr/bin/env bash
# Builds Plenary's installable packages for this machine (`make dist`): on Linux the .deb and
# the .rpm, through Tauri's bundler, from a release build with the UI embedded. They land in
# target/release/bundle/{deb,rpm}/ and are listed with their sizes at the end. The Linux
# packages also carry the command-line tool `plenary` with its man pages and shell
# completions (scripts/cli-files.sh stages them; tauri.conf.json's deb/rpm "files").
#
# The AppImage is not built here: Tauri's AppImage bundler downloads linuxdeploy and its
# plugins from GitHub at build time, and no package registry serves them; the release
# workflow (.github/workflows/release.yml) builds it. PLENARY_BUNDLES overrides the list
# (e.g. PLENARY_BUNDLES=deb,rpm,appimage where GitHub is reachable). See docs/releasing.md.
set -euo pipefail
cd "$(dirname "$0")/.."

bundles="${PLENARY_BUNDLES:-}"
if [ -z "$bundles" ]; then
  case "$(uname -s)" in
    Linux) bundles=deb,rpm ;;
    Darwin) bundles=app,dmg ;;
    MINGW* | MSYS* | CYGWIN*) bundles=nsis,msi ;;
    *) echo "dist: no packages known for $(uname -s)" >&2; exit 2 ;;
  esac
fi

scripts/npm-deps.sh ui tests/e2e
case ",$bundles," in
  *,deb,* | *,rpm,*)
    cargo build --release --locked --bin plenary
    scripts/cli-files.sh release
    ;;
esac
npm --prefix ui run build --silent
# The CLI finds tauri.conf.json through the committed symlink src-tauri/tauri.conf.json; it
# reads CI as a boolean ("true", not "1"). Extra arguments go to `tauri build` (the release
# workflow passes --target universal-apple-darwin on macOS).
TAURI_APP_PATH=src-tauri CI=true tests/e2e/node_modules/.bin/tauri build --bundles "$bundles" "$@"

echo "dist: packages (bytes, file):"
find target -path '*/release/bundle/*' -type f \
  \( -name '*.deb' -o -name '*.rpm' -o -name '*.AppImage' -o -name '*.dmg' -o -name '*.msi' -o -name '*-setup.exe' \) \
  -newer ui/dist/index.html -printf '%s\t%p\n' | sort -k2
