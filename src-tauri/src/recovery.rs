//! The IPC commands of crash recovery: what the journal holds from runs that did not end
//! cleanly, and recovering or discarding each entry. (The journal itself is
//! [`crate::journal`]; keeping it in step is [`crate::autosave`].)

use plenary::Editor;
use plenary::messages::Message;
use plenary::wire::Snapshot;
use plenary::wire::{ErrorCode, ErrorPayload};
use tauri::{AppHandle, Manager, Runtime};

use crate::autosave::{self, Autosave};
use crate::journal::RecoveryEntry;
use crate::windows::MAIN;
use crate::{Doc, OpenDocument, commands, guard, refresh};

fn no_journal() -> ErrorPayload {
    ErrorPayload::worded(
        ErrorCode::Io,
        Message::new("app-no-journal"),
        "there is no autosave journal (the app has no data folder)",
    )
}

/// The unsaved documents left by runs that crashed or were killed, newest first; one that
/// cannot be read carries its `problem`. Empty when autosave is off, and for the windows
/// opened after the first (the first window offers them, each recovered in a window of its
/// own).
#[tauri::command]
pub fn recovery_entries<R: Runtime>(app: AppHandle<R>, doc: Doc) -> Vec<RecoveryEntry> {
    if doc.label != MAIN {
        return Vec::new();
    }
    app.try_state::<Autosave>()
        .map(|a| a.journal().recoverable())
        .unwrap_or_default()
}

/// Opens journal entry `id` as the open document: unsaved, with its original file kept (so
/// Save writes there, still asking first if that file changed on disk since). The entry
/// stays in the journal until the document is saved or discarded.
///
/// The file's lock is taken as File > Open takes it. When someone else has opened the file
/// since the crash, the recovered work is still opened (it is the user's, and only here),
/// but read-only: its Save goes to Save As, so it never replaces the other person's file.
#[tauri::command]
pub fn recover_entry<R: Runtime>(
    app: AppHandle<R>,
    doc: Doc,
    id: String,
) -> Result<Snapshot, ErrorPayload> {
    let autosave = app.try_state::<Autosave>().ok_or_else(no_journal)?;
    guard::guarded("recovering an unsaved timetable", || {
        let recovered = autosave.journal().read(&id).map_err(|message| {
            ErrorPayload::worded(
                ErrorCode::InvalidDocument,
                Message::new("app-journal-unreadable").with("error", message.as_str()),
                message,
            )
        })?;
        let (lock, read_only) = match &recovered.meta.path {
            Some(path) => match commands::lock_document(path, &commands::me(&app), None) {
                Ok(taken) => taken,
                Err(held) if held.code == ErrorCode::Locked => {
                    eprintln!("plenary: {}; recovered read-only", held.message);
                    (None, true)
                }
                Err(other) => return Err(other),
            },
            None => (None, false),
        };
        let mut document = doc.document.lock();
        *document = OpenDocument {
            editor: Editor::unsaved(recovered.timetable),
            path: recovered.meta.path,
            disk: recovered.meta.disk,
            journal_id: id,
            edits: recovered.meta.unsaved_edits,
            example: false,
            lock,
            read_only,
            publish_to: None,
            site: None,
            blank: false,
        };
        refresh(&app, &doc.label, &document);
        autosave::record(&app, &doc.label, &document);
        Ok(document.editor.snapshot())
    })
}

/// Deletes journal entry `id` (the user chose to discard it).
#[tauri::command]
pub fn discard_entry<R: Runtime>(app: AppHandle<R>, id: String) -> Result<(), ErrorPayload> {
    let autosave = app.try_state::<Autosave>().ok_or_else(no_journal)?;
    if id.is_empty() || id.contains(['/', '\\']) || id.starts_with('.') {
        return Err(ErrorPayload::worded(
            ErrorCode::CommandRefused,
            Message::new("app-not-a-journal-entry").with("id", id.as_str()),
            format!("'{id}' is not a journal entry"),
        ));
    }
    autosave.journal().remove(&id).map_err(|e| {
        let dir = autosave.journal().dir().display().to_string();
        ErrorPayload::worded(
            ErrorCode::Io,
            Message::new("app-discard-failed")
                .with("folder", dir.as_str())
                .with("error", e.to_string()),
            format!("cannot discard the journal entry in {dir}: {e}"),
        )
    })
}
