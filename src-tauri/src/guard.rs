//! The last line of defence against a bug: a panic hook that reports every panic (where and
//! what) on stderr and in `<app data>/plenary.log`, and [`guarded`], which runs a command's
//! body so that a panic inside it becomes an `internal` [`ErrorPayload`] answered to the UI
//! while the app keeps running. Should the app die anyway, the autosave journal keeps the
//! unsaved work.

use std::io::Write;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use plenary::messages::Message;
use plenary::wire::{ErrorCode, ErrorPayload};

/// The log file panics are appended to, once the app knows its data folder.
static LOG: OnceLock<PathBuf> = OnceLock::new();

/// Sets the log file (`<app data>/plenary.log`); the first call wins.
pub fn log_to(path: PathBuf) {
    let _ = LOG.set(path);
}

/// Installs the panic hook (for the desktop app; tests keep the default one).
pub fn install_hook() {
    panic::set_hook(Box::new(|info| {
        let location = info
            .location()
            .map_or_else(|| "an unknown place".to_owned(), |l| l.to_string());
        let line = format!(
            "plenary: internal error at {location}: {}",
            message(info.payload())
        );
        eprintln!("{line}");
        if let Some(log) = LOG.get() {
            append(log, &line);
        }
    }));
}

/// Appends `line`, with the time, to the log at `path` (best effort).
pub fn append(path: &Path, line: &str) {
    let stamp = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ");
    let written = path
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| {
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
        })
        .and_then(|mut f| writeln!(f, "{stamp} {line}"));
    if let Err(e) = written {
        eprintln!("plenary: cannot write the log {}: {e}", path.display());
    }
}

/// The text of a panic's payload.
fn message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".to_owned())
}

/// Runs `body` (a command's work, named `what`); a panic inside it is answered as an
/// `internal` error instead of taking the app down.
pub fn guarded<T>(
    what: &str,
    body: impl FnOnce() -> Result<T, ErrorPayload>,
) -> Result<T, ErrorPayload> {
    panic::catch_unwind(AssertUnwindSafe(body)).unwrap_or_else(|payload| {
        let panic = message(payload.as_ref());
        Err(ErrorPayload::worded(
            ErrorCode::Internal,
            Message::new("app-internal-error").with("error", panic.as_str()),
            format!(
                "Plenary hit an internal error while {what} ({panic}). The timetable is still \
                 open; unsaved changes are kept in the autosave journal. Please report this."
            ),
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_in_a_command_becomes_an_internal_error() {
        let answer: Result<(), ErrorPayload> = guarded("applying a change", || {
            panic!("index out of bounds: the len is 0 but the index is 3")
        });
        let error = answer.expect_err("the panic is caught");
        assert_eq!(error.code, ErrorCode::Internal);
        assert!(
            error.message.contains("applying a change"),
            "{}",
            error.message
        );
        assert!(error.message.contains("the len is 0"), "{}", error.message);
        assert_eq!(
            guarded("x", || Ok(7)),
            Ok(7),
            "a body that returns is untouched"
        );
    }

    #[test]
    fn the_log_gets_one_line_per_report() {
        let dir = std::env::temp_dir().join(format!("plenary-log-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let log = dir.join("data").join("plenary.log");
        append(&log, "plenary: internal error at src/x.rs:1:1: boom");
        append(&log, "second");
        let text = std::fs::read_to_string(&log).expect("the log is written");
        assert_eq!(text.lines().count(), 2, "{text}");
        assert!(
            text.lines().next().unwrap().ends_with("src/x.rs:1:1: boom"),
            "{text}"
        );
        std::fs::remove_dir_all(dir).unwrap();
    }
}
