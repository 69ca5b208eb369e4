#!/usr/bin/env bash
# Tests the package `make dist` built, as a user would meet it (`make dist-test`):
#   installs the .deb with dpkg, checks what it put on the system (the binary, the desktop
#   entry with its MIME type, icons at every size, the type of .plenary files, the
#   command-line tool with its man pages and shell completions), starts the
#   installed binary under Xvfb on the example saved as a .plenary document, waits for its
#   window, takes a screenshot (target/dist-test/installed.png) and checks it is not blank,
#   then removes the package and checks nothing of it is left.
# With --appimage it starts the AppImage instead (built by the release workflow).
# Needs root (dpkg); prints "N passed, N failed" and exits non-zero on a failure.
set -uo pipefail
cd "$(dirname "$0")/.."
mode="${1:-deb}"
out=target/dist-test
mkdir -p "$out"
passed=0
failed=0
ok() { echo "ok: $1"; passed=$((passed + 1)); }
fail() { echo "FAILED: $1"; failed=$((failed + 1)); }
check() { # description, command...
  local what="$1"
  shift
  if "$@" >/dev/null 2>&1; then ok "$what"; else fail "$what"; fi
}
finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit
}

newest() { find target -path "*/bundle/$1/*" -name "$2" -type f -printf '%T@ %p\n' 2>/dev/null | sort -n | tail -1 | cut -d' ' -f2-; }

# A home of its own, so the run neither reads nor changes the settings, recent files and
# journal of whoever runs it.
home=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
  rm -rf "$home"
}
trap cleanup EXIT
cp examples/itu-t-sg12-2017.plenary.json "$home/sg12.plenary"

# Starts BINARY on the example under Xvfb, waits for the window named after the document and
# screenshots the screen into $out/NAME.png.
start_and_look() { # binary, name
  local binary="$1" name="$2" log="$out/$2.log"
  rm -f "$out/$name.png"
  HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_CACHE_HOME="$home/.cache" APPIMAGE_EXTRACT_AND_RUN=1 \
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
      "$1" "$2" &
      app=$!
      for _ in $(seq 1 60); do
        xdotool search --name "sg12.plenary — Plenary" >/dev/null 2>&1 && break
        sleep 0.5
      done
      # Until the page has drawn the timetable (its coloured sessions: thousands of colours).
      for _ in $(seq 1 30); do
        sleep 2
        import -window root "$3" || true
        [ "$(convert "$3" -format %k info: 2>/dev/null || echo 0)" -gt 2000 ] && break
      done
      kill "$app" 2>/dev/null
      wait "$app" 2>/dev/null
      true' _ "$binary" "$home/sg12.plenary" "$out/$name.png" >"$log" 2>&1
  if [ -s "$out/$name.png" ]; then
    ok "$name: the window of the document appeared (screenshot $out/$name.png)"
  else
    fail "$name: no window named 'sg12.plenary — Plenary' within 30 s (log: $log)"
    return
  fi
  # A blank screen has a handful of colours, a loading message some hundreds (antialiased
  # text); the drawn timetable has thousands.
  local colours
  colours=$(convert "$out/$name.png" -format %k info: 2>/dev/null || echo 0)
  if [ "${colours:-0}" -gt 2000 ]; then ok "$name: the window shows the timetable ($colours colours)"; else fail "$name: the screenshot looks blank ($colours colours)"; fi
}

if [ "$mode" = --appimage ]; then
  image=$(newest appimage '*.AppImage')
  [ -n "$image" ] || { fail "an AppImage in target/*/release/bundle/appimage (make dist with PLENARY_BUNDLES=deb,rpm,appimage)"; finish; }
  chmod +x "$image"
  start_and_look "$(realpath "$image")" appimage
  finish
fi

[ "$(id -u)" -eq 0 ] || { echo "dist-test: run as root (dpkg installs the package)" >&2; exit 2; }
deb=$(newest deb '*.deb')
[ -n "$deb" ] || { fail "a .deb in target/release/bundle/deb (run make dist first)"; finish; }
package=$(dpkg-deb -f "$deb" Package)
version=$(dpkg-deb -f "$deb" Version)
cargo_version=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version *= *"\(.*\)"/\1/p' Cargo.toml)
echo "dist-test: $deb ($package $version, $(stat -c %s "$deb") bytes)"
check "the package's version is Cargo.toml's ($cargo_version)" test "$version" = "$cargo_version"
rpm=$(newest rpm '*.rpm')
check "an .rpm was built beside it" test -n "$rpm"

if ! dpkg -i "$deb" >"$out/dpkg.log" 2>&1; then
  # Dependencies the machine lacks: let apt bring them, as a user's package manager would.
  DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq >>"$out/dpkg.log" 2>&1
fi
check "dpkg installs $package" dpkg -s "$package"

files=$(dpkg -L "$package" 2>/dev/null)
check "it installs the binary /usr/bin/plenary-desktop" test -x /usr/bin/plenary-desktop
desktop=$(grep -m1 '^/usr/share/applications/.*\.desktop$' <<<"$files")
check "it installs a desktop entry" test -n "$desktop"
check "the desktop entry names the type of Plenary documents" grep -q '^MimeType=.*application/x-plenary' "${desktop:-/nonexistent}"
check "the desktop entry passes the file it is asked to open" grep -Eq '^Exec=.*%[fFuU]' "${desktop:-/nonexistent}"
if command -v desktop-file-validate >/dev/null 2>&1; then
  check "the desktop entry is valid (desktop-file-validate)" desktop-file-validate "${desktop:-/nonexistent}"
fi
for size in 16 24 32 48 64 128 256 512; do
  check "an icon of ${size}x${size}" grep -q "/usr/share/icons/hicolor/${size}x${size}/apps/" <<<"$files"
done
check "it declares the type of .plenary files" test -f /usr/share/mime/packages/plenary.xml
if command -v update-mime-database >/dev/null 2>&1; then
  # shared-mime-info's trigger has rebuilt its database: .plenary and .plenary.json files are
  # Plenary documents, other JSON is not.
  check "the MIME database knows application/x-plenary" test -f /usr/share/mime/application/x-plenary.xml
fi

# The command-line tool, its man pages and its completions (scripts/cli-files.sh).
check "it installs the command-line tool /usr/bin/plenary" test -x /usr/bin/plenary
check "plenary --version says $cargo_version" bash -c "/usr/bin/plenary --version | grep -qx 'plenary $cargo_version'"
check "the installed plenary checks the example" /usr/bin/plenary check "$home/sg12.plenary"
check "the man pages of plenary and its subcommands" test -f /usr/share/man/man1/plenary.1.gz -a -f /usr/share/man/man1/plenary-export.1.gz
if command -v man >/dev/null 2>&1; then
  check "man plenary-export lists the layouts" bash -c "man -P cat plenary-export 2>/dev/null | grep -q agenda"
fi
check "the bash completion" test -s /usr/share/bash-completion/completions/plenary
check "bash completes plenary with it" bash -c "source /usr/share/bash-completion/completions/plenary && complete -p plenary"
check "the zsh completion (Debian's and Fedora's folders)" test -s /usr/share/zsh/vendor-completions/_plenary -a -s /usr/share/zsh/site-functions/_plenary
check "the fish completion" test -s /usr/share/fish/vendor_completions.d/plenary.fish

start_and_look /usr/bin/plenary-desktop installed

dpkg -r "$package" >>"$out/dpkg.log" 2>&1
check "dpkg removes $package" bash -c "! dpkg -s '$package' 2>/dev/null | grep -q '^Status: install ok installed'"
check "the binary is gone" test ! -e /usr/bin/plenary-desktop
check "the command-line tool, its man pages and completions are gone" bash -c "test ! -e /usr/bin/plenary && test ! -e /usr/share/man/man1/plenary.1.gz && test ! -e /usr/share/bash-completion/completions/plenary"
check "the desktop entry is gone" test ! -e "${desktop:-/nonexistent}"
check "the type declaration is gone" test ! -e /usr/share/mime/packages/plenary.xml
finish
