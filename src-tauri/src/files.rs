//! Reading and writing document files, and the rule that the app touches only files the
//! user picked: in a file dialog (the dialog plugin adds the choice to the fs scope) or on
//! the command line.

use std::path::{Path, PathBuf};

use plenary::Timetable;
use plenary::interop::{self, Format, ImportOptions, Imported};
use plenary::messages::Message;
use plenary::wire::{ErrorCode, ErrorPayload};
use serde::{Deserialize, Serialize};
use tauri::{Manager, Runtime};
use tauri_plugin_fs::FsExt;

/// Where a path came from.
pub enum PathOrigin {
    /// Given on the command line by the user: allowed, and added to the scope.
    CommandLine,
    /// Sent by the UI: allowed only when the user picked it in a dialog.
    Ui,
}

/// `path` made absolute, if the user picked it; an `Io` error naming it otherwise.
pub fn picked<R: Runtime>(
    app: &impl Manager<R>,
    path: PathBuf,
    origin: PathOrigin,
) -> Result<PathBuf, ErrorPayload> {
    let path = std::path::absolute(&path).map_err(|e| io_error(&path, &e))?;
    let scope = app.fs_scope();
    match origin {
        PathOrigin::CommandLine => {
            scope.allow_file(&path).map_err(|e| io_error(&path, &e))?;
            Ok(path)
        }
        PathOrigin::Ui if scope.is_allowed(&path) => Ok(path),
        PathOrigin::Ui => Err(ErrorPayload::worded(
            ErrorCode::Io,
            Message::new("app-not-picked").with("path", path.display().to_string()),
            format!(
                "{}: Plenary only opens and saves files chosen in its file dialogs",
                path.display()
            ),
        )),
    }
}

/// `path` (which the user picked) with the extension a file of `format` (a document when
/// `None`) needs, added when the user typed the name without it
/// ([`plenary::file_name::completed`]). The completed path is the user's choice too, so it
/// joins the scope: a name typed in the app's own dialog is never refused for its extension.
pub fn completed<R: Runtime>(
    app: &impl Manager<R>,
    path: PathBuf,
    format: Option<plenary::export::ExportFormat>,
) -> Result<PathBuf, ErrorPayload> {
    let Some(name) = path.to_str() else {
        return Ok(path);
    };
    match plenary::file_name::completed(name, format) {
        None => Ok(path),
        Some(name) => {
            let completed = PathBuf::from(name);
            app.fs_scope()
                .allow_file(&completed)
                .map_err(|e| io_error(&completed, &e))?;
            Ok(completed)
        }
    }
}

/// A path the UI sends to save or export to: the one the user picked in a dialog, or that
/// name with the extension of `format` (a document when `None`) added by the UI (which shows
/// the name it writes); either way completed as [`completed`] says.
pub fn picked_to_write<R: Runtime>(
    app: &impl Manager<R>,
    path: PathBuf,
    format: Option<plenary::export::ExportFormat>,
) -> Result<PathBuf, ErrorPayload> {
    let refusal = match picked(app, path.clone(), PathOrigin::Ui) {
        Ok(path) => return completed(app, path, format),
        Err(refusal) => refusal,
    };
    let absolute = std::path::absolute(&path).map_err(|e| io_error(&path, &e))?;
    let Some(name) = absolute.to_str() else {
        return Err(refusal);
    };
    let suffixes: Vec<String> = match format {
        None => plenary::file_name::DOCUMENT_ENDINGS
            .iter()
            .map(|end| (*end).to_owned())
            .collect(),
        Some(f) => vec![format!(".{}", f.extension())],
    };
    let scope = app.fs_scope();
    for suffix in suffixes {
        let Some(cut) = name.len().checked_sub(suffix.len()) else {
            continue;
        };
        let typed = name
            .get(cut..)
            .is_some_and(|end| end.eq_ignore_ascii_case(&suffix));
        if typed && name.get(..cut).is_some_and(|stem| scope.is_allowed(stem)) {
            scope
                .allow_file(&absolute)
                .map_err(|e| io_error(&absolute, &e))?;
            return Ok(absolute);
        }
    }
    Err(refusal)
}

/// Reads and loads the document at `path`, with the stamp of what was read (to tell later
/// whether another program changed the file).
pub fn read_document_stamped(path: &Path) -> Result<(Timetable, DiskStamp), ErrorPayload> {
    let bytes = std::fs::read(path).map_err(|e| io_error(path, &e))?;
    let stamp = DiskStamp::of(path, &bytes);
    let timetable = plenary::document::load_bytes(&bytes).map_err(|e| {
        ErrorPayload::worded(
            ErrorCode::InvalidDocument,
            Message::new("app-in-file")
                .with("path", path.display().to_string())
                .with("reason", e.message()),
            format!("{}: {e}", path.display()),
        )
    })?;
    Ok((timetable, stamp))
}

/// What a document file was when Plenary last read or wrote it: its modification time and
/// size (a quick check) and a hash of its content (the real one: a file touched but not
/// changed is not "changed").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DiskStamp {
    /// Modification time, in nanoseconds since 1970 (0 when the platform has none).
    pub modified_ns: u128,
    /// Size in bytes.
    pub len: u64,
    /// FNV-1a 64 of the content, in hex (stable across Rust versions, unlike std's hasher).
    pub hash: String,
}

impl DiskStamp {
    /// The stamp of `path` whose content is `bytes` (just read or written).
    pub fn of(path: &Path, bytes: &[u8]) -> DiskStamp {
        let modified_ns = std::fs::metadata(path)
            .ok()
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        DiskStamp {
            modified_ns,
            len: bytes.len() as u64,
            hash: fnv1a(bytes),
        }
    }

    /// Whether the file at `path` now differs from this stamp. A file that is gone has not
    /// "changed" (saving writes it anew); one that cannot be read is taken as changed, so that
    /// the user is asked rather than the file overwritten.
    pub fn changed(&self, path: &Path) -> bool {
        let Ok(meta) = std::fs::metadata(path) else {
            return false;
        };
        let modified_ns = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        if meta.len() == self.len && modified_ns == self.modified_ns {
            return false;
        }
        std::fs::read(path).map_or(true, |bytes| fnv1a(&bytes) != self.hash)
    }
}

/// The 64-bit FNV-1a hash of `bytes` ([`plenary::fnv`]), as 16 hex digits.
fn fnv1a(bytes: &[u8]) -> String {
    format!("{:016x}", plenary::fnv::fnv1a(bytes))
}

/// Reads the file at `path` and imports it, its format judged from its content and name as
/// the CLI does ([`interop::foreign_format`]), its times in `time_zone` when given (else the
/// file's own zone, or a guess the report names).
pub fn import_file(
    path: &Path,
    time_zone: Option<&str>,
) -> Result<(Format, Imported), ErrorPayload> {
    let bytes = std::fs::read(path).map_err(|e| io_error(path, &e))?;
    let name = path.file_name().and_then(|n| n.to_str());
    let format = interop::foreign_format(name, &bytes).ok_or_else(|| {
        ErrorPayload::worded(
            ErrorCode::InvalidDocument,
            Message::new("app-not-importable").with("path", path.display().to_string()),
            format!(
                "{}: not a file Plenary imports (frab schedule XML or JSON, iCalendar, xCal, \
             CSV, Excel workbook); open Plenary documents with File > Open",
                path.display()
            ),
        )
    })?;
    let options = ImportOptions {
        time_zone: time_zone.map(str::to_owned),
        file_name: name.map(str::to_owned),
    };
    let imported = interop::import(format, &bytes, &options).map_err(|e| {
        ErrorPayload::worded(
            ErrorCode::InvalidDocument,
            Message::new("app-import-failed")
                .with("path", path.display().to_string())
                .with("format", format.to_string())
                .with("reason", e.message()),
            format!("{} (as {format}): {e}", path.display()),
        )
    })?;
    Ok((format, imported))
}

/// Whether the file at `path` is one to import rather than a Plenary document (judged as
/// [`import_file`] does); false when it cannot be read.
pub fn is_importable(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str());
    std::fs::read(path).is_ok_and(|bytes| interop::foreign_format(name, &bytes).is_some())
}

/// Writes `timetable` to `path` as a document, atomically, keeping the previous version as
/// `<name>.bak` (see [`plenary::atomic`]); answers the stamp of what it wrote. With
/// `expected` (the file as the document read it), the file is compared again right before
/// the new version replaces it: when someone changed it meanwhile nothing is written and
/// the answer is `None` (the caller asks Overwrite / Save As).
pub fn write_document(
    path: &Path,
    timetable: &Timetable,
    expected: Option<&DiskStamp>,
) -> Result<Option<DiskStamp>, ErrorPayload> {
    use plenary::atomic::{self, Backup};
    let text = plenary::document::save(timetable);
    let check = || match expected {
        Some(stamp) if stamp.changed(path) => Err(std::io::Error::other(ChangedMeanwhile)),
        _ => Ok(()),
    };
    match atomic::write_checked(path, text.as_bytes(), Backup::Keep, check) {
        Ok(_) => Ok(Some(DiskStamp::of(path, text.as_bytes()))),
        Err(e)
            if e.get_ref()
                .is_some_and(|inner| inner.is::<ChangedMeanwhile>()) =>
        {
            Ok(None)
        }
        Err(e) => Err(save_error(path, &e)),
    }
}

/// The file changed on disk between the save's first check and its rename.
#[derive(Debug)]
struct ChangedMeanwhile;

impl std::fmt::Display for ChangedMeanwhile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the file changed on disk while it was being saved")
    }
}

impl std::error::Error for ChangedMeanwhile {}

/// The error of opening (or saving as) a document someone else has open: who and since
/// when, and what the user can do.
pub fn locked(path: &Path, holder: &crate::doclock::Holder) -> ErrorPayload {
    ErrorPayload::worded(
        ErrorCode::Locked,
        Message::new("app-locked")
            .with("file", file_name(path))
            .with("user", holder.user.as_str())
            .with("host", holder.host.as_str())
            .with("since", holder.since.to_string()),
        format!("{} is open by {}.", file_name(path), holder.describe()),
    )
}

/// The error of saving over a document opened read-only.
pub fn read_only(path: &Path) -> ErrorPayload {
    ErrorPayload::worded(
        ErrorCode::ReadOnly,
        Message::new("app-read-only").with("file", file_name(path)),
        format!(
            "{} is open read-only, because someone else had it open: save your changes to \
             another file with Save As.",
            file_name(path)
        ),
    )
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The message of a save that failed: what went wrong in words, and that nothing is lost.
pub fn save_error(path: &Path, e: &std::io::Error) -> ErrorPayload {
    use std::io::ErrorKind;
    let folder = path
        .parent()
        .map_or_else(String::new, |p| p.display().to_string());
    let (why, reason) = match e.kind() {
        ErrorKind::NotFound => (
            format!("the folder {folder} no longer exists"),
            Message::new("app-save-no-folder").with("folder", folder.as_str()),
        ),
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => (
            format!("Plenary may not write there ({e})"),
            Message::new("app-save-not-allowed").with("error", e.to_string()),
        ),
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => (
            format!("the disk is full ({e})"),
            Message::new("app-save-disk-full").with("error", e.to_string()),
        ),
        _ => (e.to_string(), Message::as_said(e.to_string())),
    };
    ErrorPayload::worded(
        ErrorCode::Io,
        Message::new("app-save-failed")
            .with("path", path.display().to_string())
            .with("reason", reason),
        format!(
            "Could not save {}: {why}. The timetable is still open with its unsaved changes; \
             fix that and save again, or choose another place with Save As.",
            path.display()
        ),
    )
}

/// The answer to a save that would overwrite a file another program changed since Plenary
/// read it: the question to put first, in English and in the UI's words.
pub fn changed_on_disk(path: &Path) -> plenary::wire::SaveAnswer {
    let name = file_name(path);
    plenary::wire::SaveAnswer::ChangedOnDisk {
        question: format!("{name} changed on disk since you opened it."),
        words: Message::new("app-changed-on-disk").with("file", name),
    }
}

/// The error of saving an untitled document without naming a file.
pub fn untitled() -> ErrorPayload {
    ErrorPayload::worded(
        ErrorCode::Io,
        Message::new("app-untitled"),
        "this document has no file yet: choose where to save it",
    )
}

/// An `Io` error naming `path`.
pub fn io_error(path: &Path, e: &dyn std::fmt::Display) -> ErrorPayload {
    ErrorPayload::worded(
        ErrorCode::Io,
        Message::new("app-file-error")
            .with("path", path.display().to_string())
            .with("error", e.to_string()),
        format!("{}: {e}", path.display()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stamp_sees_changed_content_but_not_a_touch() {
        let dir = std::env::temp_dir().join(format!("plenary-stamp-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("doc.json");
        std::fs::write(&file, b"one").unwrap();
        let stamp = DiskStamp::of(&file, b"one");
        assert!(!stamp.changed(&file), "just read");
        std::fs::write(&file, b"one").unwrap();
        assert!(!stamp.changed(&file), "rewritten with the same content");
        std::fs::write(&file, b"two").unwrap();
        assert!(stamp.changed(&file), "another program wrote other content");
        std::fs::remove_file(&file).unwrap();
        assert!(!stamp.changed(&file), "a file that is gone is written anew");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_file_that_cannot_be_imported_or_opened_is_refused_with_the_cores_words() {
        let dir = std::env::temp_dir().join(format!("plenary-words-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let xcal = dir.join("calendar.xcs");
        std::fs::write(
            &xcal,
            "<icalendar xmlns=\"urn:ietf:params:xml:ns:icalendar-2.0\"/>\n",
        )
        .unwrap();
        let error = import_file(&xcal, None).expect_err("not xCal");
        let words = error.words.expect("words");
        assert_eq!(words.id, "app-import-failed");
        let Some(plenary::messages::Arg::Message(reason)) = words.args.get("reason") else {
            panic!("the reason is the core's message: {words:?}");
        };
        assert_eq!(reason.id, "import-error-not-xcal");
        assert!(
            reason
                .text(plenary::model::Lang::Zh)
                .contains("<icalendar> 中没有任何 <vcalendar>"),
            "{}",
            reason.text(plenary::model::Lang::Zh)
        );

        let document = dir.join("broken.plenary.json");
        std::fs::write(&document, "{\"format\": \"plenary\", \"version\": 7,").unwrap();
        let error = read_document_stamped(&document).expect_err("truncated");
        let words = error.words.expect("words");
        let Some(plenary::messages::Arg::Message(reason)) = words.args.get("reason") else {
            panic!("the reason is the core's message: {words:?}");
        };
        assert!(
            reason
                .text(plenary::model::Lang::Es)
                .contains("el texto termina donde se esperaba un valor"),
            "{}",
            reason.text(plenary::model::Lang::Es)
        );
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn save_errors_say_what_went_wrong_and_that_nothing_is_lost() {
        let path = Path::new("/meetings/sg12.plenary.json");
        for (error, expected) in [
            (
                std::io::Error::from(std::io::ErrorKind::NotFound),
                "the folder /meetings no longer exists",
            ),
            (std::io::Error::from_raw_os_error(28), "the disk is full"),
            (
                std::io::Error::new(
                    std::io::ErrorKind::PermissionDenied,
                    "the file is read-only",
                ),
                "read-only",
            ),
        ] {
            let payload = save_error(path, &error);
            assert_eq!(payload.code, ErrorCode::Io);
            assert!(payload.message.contains(expected), "{}", payload.message);
            assert!(
                payload.message.contains("/meetings/sg12.plenary.json"),
                "{}",
                payload.message
            );
            assert!(
                payload
                    .message
                    .contains("still open with its unsaved changes"),
                "{}",
                payload.message
            );
        }
    }
}
