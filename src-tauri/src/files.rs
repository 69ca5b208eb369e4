//! Reading and writing document files, and the rule that the app touches only files the
//! user picked: in a file dialog (the dialog plugin adds the choice to the fs scope) or on
//! the command line.

use std::path::{Path, PathBuf};

use plenary::Timetable;
use plenary::interop::{self, Format, ImportOptions, Imported};
use plenary::wire::{ErrorCode, ErrorPayload};
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
        PathOrigin::Ui => Err(ErrorPayload {
            code: ErrorCode::Io,
            message: format!(
                "{}: Plenary only opens and saves files chosen in its file dialogs",
                path.display()
            ),
        }),
    }
}

/// Reads and loads the document at `path`.
pub fn read_document(path: &Path) -> Result<Timetable, ErrorPayload> {
    let text = std::fs::read_to_string(path).map_err(|e| io_error(path, &e))?;
    plenary::document::load(&text).map_err(|e| ErrorPayload {
        code: ErrorCode::InvalidDocument,
        message: format!("{}: {e}", path.display()),
    })
}

/// Reads the file at `path` and imports it, its format judged from its content and name as
/// the CLI does ([`interop::foreign_format`]).
pub fn import_file(path: &Path) -> Result<(Format, Imported), ErrorPayload> {
    let bytes = std::fs::read(path).map_err(|e| io_error(path, &e))?;
    let name = path.file_name().and_then(|n| n.to_str());
    let invalid = |message: String| ErrorPayload {
        code: ErrorCode::InvalidDocument,
        message,
    };
    let format = interop::foreign_format(name, &bytes).ok_or_else(|| {
        invalid(format!(
            "{}: not a file Plenary imports (frab schedule XML or JSON, iCalendar, CSV); \
             open Plenary documents with File > Open",
            path.display()
        ))
    })?;
    let imported = interop::import(format, &bytes, &ImportOptions::default())
        .map_err(|e| invalid(format!("{} (as {format}): {e}", path.display())))?;
    Ok((format, imported))
}

/// Whether the file at `path` is one to import rather than a Plenary document (judged as
/// [`import_file`] does); false when it cannot be read.
pub fn is_importable(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str());
    std::fs::read(path).is_ok_and(|bytes| interop::foreign_format(name, &bytes).is_some())
}

/// Writes `timetable` to `path` as a document, atomically, keeping the previous version as
/// `<name>.bak` (see [`crate::atomic`]).
pub fn write_document(path: &Path, timetable: &Timetable) -> Result<(), ErrorPayload> {
    crate::atomic::write(path, plenary::document::save(timetable).as_bytes())
        .map_err(|e| io_error(path, &e))
}

/// The error of saving an untitled document without naming a file.
pub fn untitled() -> ErrorPayload {
    ErrorPayload {
        code: ErrorCode::Io,
        message: "this document has no file yet: choose where to save it".into(),
    }
}

/// An `Io` error naming `path`.
pub fn io_error(path: &Path, e: &dyn std::fmt::Display) -> ErrorPayload {
    ErrorPayload {
        code: ErrorCode::Io,
        message: format!("{}: {e}", path.display()),
    }
}
