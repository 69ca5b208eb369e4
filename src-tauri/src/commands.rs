//! The IPC commands: each locks the one open document, calls the core and maps the error.
//! Their names and argument names are the UI's contract (`ui/src/backend`); each needs an
//! `allow-<name>` grant in `capabilities/main.json` and an entry in `build.rs`.

use std::path::PathBuf;

use plenary::annex::{self, docx, html, text};
use plenary::editor::{Applied, DryRun, Snapshot};
use plenary::wire::{ErrorCode, ErrorPayload};
use plenary::{Command, Editor};
use tauri::{AppHandle, Runtime, State};

use crate::files::{self, PathOrigin};
use crate::{AppState, OpenDocument, refresh, remember};

/// Everything needed to draw the open document from scratch.
#[tauri::command]
pub fn snapshot(state: State<'_, AppState>) -> Snapshot {
    state.document.lock().editor.snapshot()
}

/// Applies one user intent, or with `dryRun: "yes"` only answers what it would do.
#[tauri::command]
pub fn apply<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    command: Command,
    dry_run: DryRun,
) -> Result<Applied, ErrorPayload> {
    let mut document = state.document.lock();
    let applied = document.editor.apply(&command, dry_run)?;
    if applied.changed {
        refresh(&app, &document);
    }
    Ok(applied)
}

/// Undoes the last applied command (a no-op answer when there is none).
#[tauri::command]
pub fn undo<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Applied {
    let mut document = state.document.lock();
    let applied = document.editor.undo();
    refresh(&app, &document);
    applied
}

/// Redoes the last undone command (a no-op answer when there is none).
#[tauri::command]
pub fn redo<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Applied {
    let mut document = state.document.lock();
    let applied = document.editor.redo();
    refresh(&app, &document);
    applied
}

/// Replaces the open document with a new, blank one (untitled).
#[tauri::command]
pub fn new_document<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Snapshot {
    let mut document = state.document.lock();
    *document = OpenDocument::blank(crate::today());
    refresh(&app, &document);
    document.editor.snapshot()
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
    *document = OpenDocument {
        editor,
        path: Some(path.clone()),
    };
    refresh(&app, &document);
    remember(&app, &path);
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
    document.path = Some(path.clone());
    refresh(&app, &document);
    remember(&app, &path);
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

/// Writes the annex of the open document to `path` (which the user must have picked) in
/// `format` (`html`, `docx`, `md` or `txt`), in `layout` (`days`, `bodies`, `plan`) and in
/// the document's main language.
#[tauri::command]
pub fn export_annex<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    path: String,
    format: String,
    layout: String,
) -> Result<(), ErrorPayload> {
    let path = files::picked(&app, PathBuf::from(path), PathOrigin::Ui)?;
    let annex = build_annex(&state, &layout)?;
    let bytes = match format.as_str() {
        "html" => html::to_html(&annex).into_bytes(),
        "md" => text::to_markdown(&annex).into_bytes(),
        "txt" => text::to_text(&annex).into_bytes(),
        "docx" => docx::to_docx(&annex, docx::Orientation::Portrait)
            .map_err(|e| files::io_error(&path, &e))?,
        other => return Err(refused(format!("there is no annex format '{other}'"))),
    };
    crate::atomic::write(&path, &bytes).map_err(|e| files::io_error(&path, &e))
}

/// The annex of the open document as an HTML page, in `layout`, for the Annex view.
#[tauri::command]
pub fn annex_preview(state: State<'_, AppState>, layout: String) -> Result<String, ErrorPayload> {
    Ok(html::to_html(&build_annex(&state, &layout)?))
}

fn build_annex(state: &State<'_, AppState>, layout: &str) -> Result<annex::Annex, ErrorPayload> {
    let layout: annex::Layout = layout
        .parse()
        .map_err(|e: annex::UnknownLayout| refused(e.to_string()))?;
    let document = state.document.lock();
    let timetable = document.editor.timetable();
    let lang = timetable
        .meeting
        .languages
        .first()
        .copied()
        .unwrap_or(plenary::model::Lang::En);
    Ok(annex::build(timetable, &annex::Options::new(layout, lang)))
}

fn refused(message: String) -> ErrorPayload {
    ErrorPayload {
        code: ErrorCode::CommandRefused,
        message,
    }
}
