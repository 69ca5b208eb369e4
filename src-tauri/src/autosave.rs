//! Autosave: keeps the [`journal`](crate::journal) in step with the documents of the app's
//! windows, one entry for each window's document.
//!
//! Every edit (apply, undo, redo) sends a note naming its window to a background thread,
//! which waits until edits pause for [`Autosave::DELAY`] (at most [`Autosave::MAX_DELAY`]
//! after the first) and then records the documents edited: a dirty one is written to its
//! journal entry, a clean one has its entry removed. Saving, opening another document and
//! closing record at once instead, so that the journal never outlives the user's choice to
//! save or discard.
//!
//! Lock order: a window's document (`DocumentWindow::document`) before the autosave's own
//! lock.

use std::collections::{HashMap, HashSet};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use parking_lot::Mutex;
use tauri::{AppHandle, Manager, Runtime};

use crate::journal::{Held, Journal, Meta};
use crate::{AppState, OpenDocument};

/// The autosave of this running app (managed state; absent in the IPC tests unless added).
pub struct Autosave {
    journal: Journal,
    /// The entry each window owns, with its lock, by window label.
    held: Mutex<HashMap<String, Owned>>,
    notes: Mutex<Option<Sender<String>>>,
}

/// What the autosave holds for a window: its entry (if it wrote one) and whether it has
/// stopped.
#[derive(Default)]
struct Owned {
    entry: Option<Held>,
    stopped: bool,
}

impl Autosave {
    /// How long edits must pause before the document is journalled.
    pub const DELAY: Duration = Duration::from_secs(2);
    /// The longest a stream of edits waits to be journalled.
    pub const MAX_DELAY: Duration = Duration::from_secs(5);

    /// An autosave into `journal`, without a background thread (see [`Autosave::start`]).
    pub fn new(journal: Journal) -> Autosave {
        Autosave {
            journal,
            held: Mutex::new(HashMap::new()),
            notes: Mutex::new(None),
        }
    }

    /// The journal it writes.
    pub fn journal(&self) -> &Journal {
        &self.journal
    }

    /// Starts the background thread that journals the documents of `app`'s windows after
    /// their edits pause for `delay` (at most `max_delay` after the first edit).
    pub fn start<R: Runtime>(&self, app: AppHandle<R>, delay: Duration, max_delay: Duration) {
        let (tx, rx) = mpsc::channel::<String>();
        *self.notes.lock() = Some(tx);
        let spawned = std::thread::Builder::new()
            .name("plenary-autosave".into())
            .spawn(move || {
                while let Ok(label) = rx.recv() {
                    let mut edited = HashSet::from([label]);
                    let first = Instant::now();
                    loop {
                        let left = max_delay.saturating_sub(first.elapsed());
                        match rx.recv_timeout(delay.min(left)) {
                            Ok(label) => {
                                edited.insert(label);
                                if left.is_zero() {
                                    break;
                                }
                            }
                            Err(RecvTimeoutError::Timeout) => break,
                            Err(RecvTimeoutError::Disconnected) => return,
                        }
                    }
                    let (Some(state), Some(autosave)) =
                        (app.try_state::<AppState>(), app.try_state::<Autosave>())
                    else {
                        continue;
                    };
                    for label in edited {
                        let Some(window) = state.get(&label) else {
                            continue; // closed since
                        };
                        let document = window.document.lock();
                        // A bug here must not end autosave for the rest of the run (the
                        // panic hook has reported it).
                        let recorded =
                            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                                autosave.record(&label, &document);
                            }));
                        if recorded.is_err() {
                            eprintln!("plenary: autosave skipped one save after an internal error");
                        }
                    }
                }
            });
        if let Err(e) = spawned {
            eprintln!("plenary: autosave is off: {e}");
        }
    }

    /// Notes that the document of window `label` changed: it is journalled once edits pause.
    pub fn touch(&self, label: &str) {
        if let Some(tx) = self.notes.lock().as_ref() {
            let _ = tx.send(label.to_owned());
        }
    }

    /// Brings the journal in step with `document`, window `label`'s, now: writes its entry
    /// when it has unsaved changes, removes it when not; removes the entry of a document it
    /// replaced in that window. Failures are reported on stderr: autosave must never stop
    /// the user's work.
    pub fn record(&self, label: &str, document: &OpenDocument) {
        let mut windows = self.held.lock();
        let held = windows.entry(label.to_owned()).or_default();
        if held.stopped {
            return;
        }
        if held
            .entry
            .as_ref()
            .is_some_and(|h| h.id != document.journal_id)
        {
            // The document was replaced (after the user saved or chose to discard it).
            let old = held.entry.take().map(|h| h.id);
            if let Some(old) = old {
                self.remove(&old);
            }
        }
        if !document.editor.history().dirty {
            if let Some(h) = held.entry.take() {
                let id = h.id.clone();
                drop(h);
                self.remove(&id);
            }
            return;
        }
        if held.entry.is_none() {
            match self.journal.hold(&document.journal_id) {
                Ok(h) => held.entry = Some(h),
                Err(e) => {
                    eprintln!("plenary: autosave: {e}");
                    return;
                }
            }
        }
        let timetable = document.editor.timetable();
        let meta = Meta::describe(
            timetable,
            document.path.as_deref(),
            document.disk.as_ref(),
            document.edits,
        );
        if let Err(e) = self.journal.write(
            &document.journal_id,
            &plenary::document::save(timetable),
            &meta,
        ) {
            eprintln!(
                "plenary: autosave to {} failed: {e}",
                self.journal.dir().display()
            );
        }
    }

    /// The user chose to close window `label` without saving (or it had nothing unsaved):
    /// removes its entry and journals it no more.
    pub fn discard(&self, label: &str) {
        let mut windows = self.held.lock();
        let held = windows.entry(label.to_owned()).or_default();
        held.stopped = true;
        if let Some(h) = held.entry.take() {
            let id = h.id.clone();
            drop(h);
            self.remove(&id);
        }
    }

    /// Window `label` is gone: lets go of its entry. One still held (the window went without
    /// the user's say, as when the app is ended) stays in the journal to be recovered.
    pub fn forget(&self, label: &str) {
        self.held.lock().remove(label);
    }

    fn remove(&self, id: &str) {
        if let Err(e) = self.journal.remove(id) {
            eprintln!("plenary: cannot remove journal entry {id}: {e}");
        }
    }
}

/// Notes an edit of the document of `app`'s window `label` (journalled once edits pause).
pub fn touch<R: Runtime>(app: &AppHandle<R>, label: &str) {
    if let Some(autosave) = app.try_state::<Autosave>() {
        autosave.touch(label);
    }
}

/// Journals `document`, window `label`'s, now (after a save, an open, a recovery).
pub fn record<R: Runtime>(app: &AppHandle<R>, label: &str, document: &OpenDocument) {
    if let Some(autosave) = app.try_state::<Autosave>() {
        autosave.record(label, document);
    }
}
