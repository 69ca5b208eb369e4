# Plenary. The two commands of the README:
#   make run    install what is missing, build, and open the desktop app on its start
#               screen (FILE=path/to/doc.plenary opens that document)
#   make test   install what is missing and run every test, each phase timed
# and, for working on it:
#   make lint       cargo fmt --check and clippy
#   make bindings   regenerate the TypeScript of the wire types into ui/src/bindings
#   make app        build target/debug/plenary-desktop with the UI embedded
#   make e2e        build the app and run the end-to-end tests under Xvfb
#   make screenshot take docs/screenshot.png of the app under Xvfb
#   make bench      criterion benchmarks of the core and the timed publish runs (figures
#                   in docs/performance.md)
#   make perf       build the release app and measure the UI in it and in Chromium (table
#                   printed and written to docs/performance.md; scripts/perf.sh)
#   make fuzz       every fuzz target for FUZZ_SECONDS (default 60) each
#   make soak       the property tests with SOAK_CASES (default 20,000) cases each, in release
#   make dist       the installable packages for this machine (Linux: .deb and .rpm) in
#                   target/release/bundle/ (scripts/dist.sh; docs/releasing.md)
#   make dist-test  install the .deb with dpkg, start it under Xvfb on the example, remove it
#   make icons      regenerate src-tauri/icons/ from packaging/icon.svg

SHELL := /usr/bin/env bash
.SHELLFLAGS := -euo pipefail -c
# rustup installs into ~/.cargo/bin, which a fresh shell may not have on its PATH yet.
export PATH := $(HOME)/.cargo/bin:$(PATH)

PHASE := scripts/phase.sh
APP := target/debug/plenary-desktop
FILE ?=

.PHONY: run test lint fmt bindings app e2e screenshot bench perf fuzz soak dist dist-test icons display-check help
.DEFAULT_GOAL := help

help:
	@sed -n '2,21s/^# \{0,1\}//p' Makefile

run: display-check
	@$(PHASE) "system packages" scripts/install-deps.sh build
	@$(PHASE) "app build (UI embedded)" scripts/build-app.sh
	@echo "Opening Plenary $(if $(FILE),on $(FILE),on its start screen (set up a meeting, open a file or the example))"
	@$(APP) $(FILE)

# Fails early, before building anything, when there is no display to open the window on.
display-check:
	@if [ -z "$${DISPLAY:-}" ] && [ -z "$${WAYLAND_DISPLAY:-}" ]; then \
	  echo "No display found (DISPLAY and WAYLAND_DISPLAY are empty), so the window cannot open."; \
	  echo "Run it under a virtual X server instead:"; \
	  echo "    xvfb-run -a -s '-screen 0 1280x800x24' make run"; \
	  echo "(xvfb-run comes with the xvfb package: sudo apt-get install xvfb xauth)"; \
	  exit 1; \
	fi

test:
	@scripts/test.sh

lint:
	@$(PHASE) "cargo fmt --check" cargo fmt --all --check
	@$(PHASE) "cargo clippy" cargo clippy --workspace --all-targets -- -D warnings

fmt:
	cargo fmt --all

bindings:
	cargo test --workspace --lib export_bindings

app:
	@$(PHASE) "app build (UI embedded)" scripts/build-app.sh

e2e: app
	@$(PHASE) "system packages" scripts/install-deps.sh test
	@$(PHASE) "end-to-end tests" npm --prefix tests/e2e test

screenshot: app
	@scripts/screenshot.sh docs/screenshot.png

bench:
	cargo bench -p plenary
	scripts/bench-publish.sh

perf:
	scripts/install-deps.sh perf
	scripts/perf.sh

dist:
	@$(PHASE) "system packages" scripts/install-deps.sh build
	@$(PHASE) "packages" scripts/dist.sh

# Installs the package on this machine for the length of the test (dpkg, as root).
dist-test:
	@$(PHASE) "system packages" scripts/install-deps.sh test
	@$(PHASE) "installed package" scripts/dist-test.sh

icons:
	scripts/icons.sh

FUZZ_SECONDS ?= 60
fuzz:
	scripts/fuzz.sh $(FUZZ_SECONDS)

# The long runs, each with many more cases than `make test` gives it; figures in
# docs/robustness.md: the property tests of tests/core (random timetables and command
# sequences against full checks, the oracle and the UI's fold; 256 cases in make test),
# 1,000 saves killed at random instants (100 in make test), and the app's IPC under
# 100,000 random commands (2,000 in make test).
SOAK_CASES ?= 20000
SOAK_KILLS ?= 1000
SOAK_STEPS ?= 100000
soak:
	PROPTEST_CASES=$(SOAK_CASES) cargo test --release --locked --test core -- \
	  properties:: conflicts::full_check_equals conflicts::incremental_updates client_fold
	PLENARY_KILLS=$(SOAK_KILLS) cargo test --release --locked --test core kill -- --nocapture
	PLENARY_SOAK_STEPS=$(SOAK_STEPS) cargo test --release --locked -p plenary-desktop --lib \
	  soak -- --nocapture
