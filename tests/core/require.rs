//! What a test needs from outside the repository (the real schedules in `../shared/data`, a
//! system tool), and the one rule for when it is missing.
//!
//! A test that cannot run must never report "ok" in silence:
//! - under `CI=true` or `PLENARY_REQUIRE_DATA=1` the missing input FAILS the test, naming
//!   what is missing and how to install it;
//! - otherwise the test is skipped visibly: `SKIPPED: <test>: <reason>` on stderr, and the
//!   same line appended to the file named by `PLENARY_SKIP_LOG` when it is set, so that
//!   `make test` (scripts/test.sh) counts and lists every skip in its summary.
//!
//! `PLENARY_SHARED_DATA` points the tests at another data directory (an empty one proves
//! the rule above).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Whether a missing input fails the test (CI, or a local run that asks for it).
pub fn strict() -> bool {
    let set = |name: &str, value: &str| std::env::var(name).is_ok_and(|v| v.trim() == value);
    set("CI", "true") || set("PLENARY_REQUIRE_DATA", "1")
}

/// The test being run: libtest names each test's thread after it.
fn current_test() -> String {
    match std::thread::current().name() {
        Some(name) if name != "main" => name.to_owned(),
        _ => "a test of tests/core".to_owned(),
    }
}

/// The input the current test needs is missing: fails the test under [`strict`], else
/// reports the skip (stderr and `PLENARY_SKIP_LOG`). The caller returns right after.
pub fn missing(reason: &str) {
    let test = current_test();
    if strict() {
        panic!(
            "{test} cannot run: {reason} (CI=true or PLENARY_REQUIRE_DATA=1 makes a missing \
             input a failure rather than a skip)"
        );
    }
    let line = format!("SKIPPED: {test}: {reason}");
    // Straight to the process's stderr: libtest captures `eprintln!` of passing tests, and
    // a skip must show in the run's output.
    let _ = writeln!(std::io::stderr(), "{line}");
    if let Some(log) = std::env::var_os("PLENARY_SKIP_LOG").filter(|l| !l.is_empty()) {
        // One write of one line: appends from parallel tests do not interleave.
        let appended = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .and_then(|mut f| f.write_all(format!("{line}\n").as_bytes()));
        if let Err(e) = appended {
            eprintln!(
                "could not record the skip in {}: {e}",
                Path::new(&log).display()
            );
        }
    }
}

/// The directory of real schedules: `PLENARY_SHARED_DATA`, else `../shared/data` beside
/// the repository.
pub fn shared_data() -> PathBuf {
    match std::env::var_os("PLENARY_SHARED_DATA").filter(|d| !d.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data"),
    }
}

/// `name` inside [`shared_data`], or `None` after reporting it [`missing`].
pub fn data(name: &str) -> Option<PathBuf> {
    let path = shared_data().join(name);
    if path.exists() {
        return Some(path);
    }
    missing(&format!(
        "{} is absent (the real schedules of ../shared/data, see its SOURCES.md; \
         PLENARY_SHARED_DATA names another copy)",
        path.display()
    ));
    None
}

/// Whether `program` with `args` runs and succeeds (a probe such as `--version`); when it
/// does not, reports it [`missing`] with `install`, the way to get it, and answers false.
pub fn tool(program: &str, args: &[&str], install: &str) -> bool {
    let ran = Command::new(program).args(args).output();
    match ran {
        Ok(out) if out.status.success() => true,
        Ok(out) => {
            missing(&format!(
                "`{program} {}` failed ({}): {}; install: {install}",
                args.join(" "),
                out.status,
                String::from_utf8_lossy(&out.stderr).trim()
            ));
            false
        }
        Err(e) => {
            missing(&format!(
                "`{program}` is not installed ({e}); install: {install}"
            ));
            false
        }
    }
}
