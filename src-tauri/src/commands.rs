//! The IPC commands: each locks the one open document, calls the core and maps the error.
//! Their names and argument names are the UI's contract (`ui/src/backend`); each needs an
//! `allow-<name>` grant in `capabilities/main.json` and an entry in `build.rs`.

use std::path::PathBuf;

use plenary::editor::{Applied, DryRun, Snapshot};
use plenary::wire::ErrorPayload;
use plenary::{Command, Editor};
use tauri::{AppHandle, Runtime, State};

use crate::AppState;
use crate::files::{self, PathOrigin};

/// Everything needed to draw the open document from scratch.
#[tauri::command]
pub fn snapshot(state: State<'_, AppState>) -> Snapshot {
    state.document.lock().editor.snapshot()
}

/// Applies one user intent, or with `dryRun: "yes"` only answers what it would do.
#[tauri::command]
pub fn apply(
    state: State<'_, AppState>,
    command: Command,
    dry_run: DryRun,
) -> Result<Applied, ErrorPayload> {
    let mut document = state.document.lock();
    Ok(document.editor.apply(&command, dry_run)?)
}

/// Undoes the last applied command (a no-op answer when there is none).
#[tauri::command]
pub fn undo(state: State<'_, AppState>) -> Applied {
    state.document.lock().editor.undo()
}

/// Redoes the last undone command (a no-op answer when there is none).
#[tauri::command]
pub fn redo(state: State<'_, AppState>) -> Applied {
    state.document.lock().editor.redo()
}

/// Opens the document at `path`, which the user must have picked; on error the open
/// document stays as it was.
#[tauri::command]
pub fn open_document<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    path: String,
) -> Result<Snapshot, ErrorPayload> {
    let path = files::picked(&app, PathBuf::from(path), PathOrigin::Ui)?;
    let editor = Editor::new(files::read_document(&path)?);
    let mut document = state.document.lock();
    *document = crate::OpenDocument {
        editor,
        path: Some(path),
    };
    Ok(document.editor.snapshot())
}

/// Saves the open document to `path` (which the user must have picked), or to where it was
/// opened from or last saved when `path` is null.
#[tauri::command]
pub fn save_document<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    path: Option<String>,
) -> Result<(), ErrorPayload> {
    let mut document = state.document.lock();
    let path = match path {
        Some(p) => files::picked(&app, PathBuf::from(p), PathOrigin::Ui)?,
        None => document.path.clone().ok_or_else(files::untitled)?,
    };
    files::write_document(&path, document.editor.timetable())?;
    document.editor.mark_saved();
    document.path = Some(path);
    Ok(())
}

/// Where the open document lives; null while it is untitled (the bundled example).
#[tauri::command]
pub fn document_path(state: State<'_, AppState>) -> Option<String> {
    let document = state.document.lock();
    document.path.as_ref().map(|p| p.display().to_string())
}

/// Why the file given on the command line could not be opened, if it could not (the app
/// then shows the bundled example).
#[tauri::command]
pub fn startup_error(state: State<'_, AppState>) -> Option<ErrorPayload> {
    state.startup_error.clone()
}
