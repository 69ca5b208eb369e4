#!/usr/bin/env bash
# Stages the command-line tool for the Linux packages (`make dist` runs it): the `plenary`
# binary, its man pages and its shell completions, the last two generated from the binary's
# own parser (`plenary man --dir`, `plenary completions SHELL`), under target/packaging/usr/.
# tauri.conf.json's deb and rpm `files` install that tree under /usr:
#   /usr/bin/plenary
#   /usr/share/man/man1/plenary.1.gz, plenary-<subcommand>.1.gz
#   /usr/share/bash-completion/completions/plenary
#   /usr/share/zsh/vendor-completions/_plenary (Debian's), /usr/share/zsh/site-functions/_plenary (Fedora's)
#   /usr/share/fish/vendor_completions.d/plenary.fish
# Usage: scripts/cli-files.sh [PROFILE]   (release by default: target/release/plenary)
set -euo pipefail
cd "$(dirname "$0")/.."

profile="${1:-release}"
bin="target/$profile/plenary"
[ -x "$bin" ] || { echo "cli-files: no $bin (cargo build --profile $profile --bin plenary)" >&2; exit 2; }
stage=target/packaging/usr
rm -rf target/packaging
mkdir -p "$stage/bin" "$stage/share/bash-completion/completions" \
  "$stage/share/zsh/vendor-completions" "$stage/share/zsh/site-functions" \
  "$stage/share/fish/vendor_completions.d"

install -m 755 "$bin" "$stage/bin/plenary"
"$bin" man --dir "$stage/share/man/man1"
# Debian policy: man pages compressed with gzip -9n (no name, no time: reproducible).
gzip -9n "$stage"/share/man/man1/*.1
"$bin" completions bash >"$stage/share/bash-completion/completions/plenary"
"$bin" completions zsh >"$stage/share/zsh/vendor-completions/_plenary"
cp "$stage/share/zsh/vendor-completions/_plenary" "$stage/share/zsh/site-functions/_plenary"
"$bin" completions fish >"$stage/share/fish/vendor_completions.d/plenary.fish"
chmod 644 "$stage"/share/*/*/* "$stage"/share/*/*/*/* 2>/dev/null || true
echo "cli-files: staged $(find "$stage" -type f | wc -l) files under $stage"
