//! One document per window. The app holds a document for each of its document windows,
//! keyed by the window's label (`main` for the first, `doc-1`, `doc-2`, ... after it); each
//! has its own history, journal entry, lock, publish folder and arrangement. Every IPC
//! command acts on the document of the window that sent it: commands take a [`Doc`], which
//! the command system resolves from the calling window.
//!
//! A document is opened in a new window unless the window asked holds a blank, untouched
//! document ([`OpenDocument::is_untouched`]): File > New, File > Open, Open Recent, the
//! example, an import, a recovered document, a file dropped on the window or handed over by
//! a second start. The new window's page asks what it was opened for ([`window_start`]) and
//! runs the same steps the first window would (the lock question, the import report).
//!
//! The menu bar is the app's, shared by its windows: its items act on the window that was
//! focused last, and Undo and Redo show that window's history.

use std::collections::HashMap;
use std::ops::Deref;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use parking_lot::Mutex;
use plenary::wire::ErrorPayload;
use serde::{Deserialize, Serialize};
use tauri::ipc::{CommandArg, CommandItem, InvokeError};
use tauri::{
    AppHandle, DragDropEvent, Emitter, EventTarget, Manager, Runtime, WebviewUrl, WebviewWindow,
    WebviewWindowBuilder, WindowEvent,
};
use ts_rs::TS;

use crate::{OpenDocument, TitleWords, arranging, autosave, document_title_in, menu};

/// The label of the window the app starts with.
pub const MAIN: &str = "main";

/// The labels of the windows opened after it start so (`doc-1`, `doc-2`, ...); the
/// capabilities grant the document commands to `main` and `doc-*`.
pub const PREFIX: &str = "doc-";

/// How far a new window is set from the one it was opened from, in logical pixels.
const CASCADE: f64 = 32.0;

/// The app's managed state: the documents of its windows, and what the start left to say.
pub struct AppState {
    windows: Mutex<HashMap<String, Arc<DocumentWindow>>>,
    /// The document window focused last: the menus act on it.
    focused: Mutex<String>,
    /// The number of the next window's label.
    next: AtomicU32,
    /// Why the file given at startup could not be opened, if so (told to the first window).
    pub startup_error: Option<ErrorPayload>,
    /// The file given at startup when someone else had it open (`startup_error` is then
    /// `locked`): the first window asks the user, then opens it with their choice.
    pub locked_at_startup: Option<std::path::PathBuf>,
    /// The words of the window titles in the UI's language (English until it sends them).
    title_words: Mutex<TitleWords>,
}

/// What a document window holds.
pub struct DocumentWindow {
    /// Its document.
    pub document: Mutex<OpenDocument>,
    /// Its arrangement in progress or waiting for Apply.
    pub runs: arranging::Runs,
    /// What it was opened for, until its page asks ([`window_start`]).
    start: Mutex<Option<WindowStart>>,
}

impl DocumentWindow {
    fn new(document: OpenDocument, start: Option<WindowStart>) -> Arc<DocumentWindow> {
        Arc::new(DocumentWindow {
            document: Mutex::new(document),
            runs: arranging::Runs::default(),
            start: Mutex::new(start),
        })
    }
}

impl AppState {
    /// The state of an app whose first window ([`MAIN`]) shows `document`.
    pub fn new(
        document: OpenDocument,
        startup_error: Option<ErrorPayload>,
        locked_at_startup: Option<std::path::PathBuf>,
    ) -> AppState {
        AppState {
            windows: Mutex::new(HashMap::from([(
                MAIN.to_owned(),
                DocumentWindow::new(document, None),
            )])),
            focused: Mutex::new(MAIN.to_owned()),
            next: AtomicU32::new(1),
            startup_error,
            locked_at_startup,
            title_words: Mutex::new(TitleWords::default()),
        }
    }

    /// The words of the window titles in the UI's language.
    pub fn title_words(&self) -> TitleWords {
        self.title_words.lock().clone()
    }

    /// Takes the window titles' `words` (the UI's language changed); answers whether they
    /// differ from those before (the titles are then to be set again).
    pub fn set_title_words(&self, words: TitleWords) -> bool {
        let mut held = self.title_words.lock();
        let changed = *held != words;
        *held = words;
        changed
    }

    /// The document window `label`; a window that has none yet gets a blank document.
    pub fn window(&self, label: &str) -> Arc<DocumentWindow> {
        self.windows
            .lock()
            .entry(label.to_owned())
            .or_insert_with(|| DocumentWindow::new(OpenDocument::blank(), None))
            .clone()
    }

    /// The document window `label`, if it is one.
    pub fn get(&self, label: &str) -> Option<Arc<DocumentWindow>> {
        self.windows.lock().get(label).cloned()
    }

    /// The labels of the document windows, in no particular order.
    pub fn labels(&self) -> Vec<String> {
        self.windows.lock().keys().cloned().collect()
    }

    /// Adds the document window `label`, showing `document`, opened for `start`.
    pub fn add(&self, label: &str, document: OpenDocument, start: Option<WindowStart>) {
        self.windows
            .lock()
            .insert(label.to_owned(), DocumentWindow::new(document, start));
    }

    /// Forgets the document window `label` (closed): its document is dropped once no
    /// command holds it any more, which releases its file's lock.
    pub fn remove(&self, label: &str) -> Option<Arc<DocumentWindow>> {
        let removed = self.windows.lock().remove(label);
        let mut focused = self.focused.lock();
        if *focused == label
            && let Some(other) = self.windows.lock().keys().next()
        {
            focused.clone_from(other);
        }
        removed
    }

    /// The document window focused last.
    pub fn focused(&self) -> String {
        self.focused.lock().clone()
    }

    /// Notes that the document window `label` has the focus.
    pub fn set_focused(&self, label: &str) {
        label.clone_into(&mut self.focused.lock());
    }

    /// A label no window of this run had.
    fn next_label(&self) -> String {
        format!("{PREFIX}{}", self.next.fetch_add(1, Ordering::Relaxed))
    }
}

/// The document of the window that sent a command: a command argument resolved by Tauri
/// from the calling window (its label), not sent by the page.
pub struct Doc {
    /// The window's label.
    pub label: String,
    window: Arc<DocumentWindow>,
}

impl Doc {
    /// The document of window `label` of `app`.
    pub fn of<R: Runtime>(app: &impl Manager<R>, label: &str) -> Option<Doc> {
        let state = app.try_state::<AppState>()?;
        Some(Doc {
            label: label.to_owned(),
            window: state.window(label),
        })
    }
}

impl Deref for Doc {
    type Target = DocumentWindow;
    fn deref(&self) -> &DocumentWindow {
        &self.window
    }
}

impl<'de, R: Runtime> CommandArg<'de, R> for Doc {
    fn from_command(command: CommandItem<'de, R>) -> Result<Doc, InvokeError> {
        let webview = command.message.webview();
        Doc::of(&webview, webview.label())
            .ok_or_else(|| InvokeError::from("the app holds no documents"))
    }
}

/// What a new window was opened for: its page does it as soon as it has loaded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum WindowStart {
    /// Set up a new meeting (File > New): the set-up form.
    New,
    /// Open the document at `path` (picked in File > Open, dropped, handed over by a second
    /// start, from Open Recent).
    Open {
        /// The file, already in the file scope.
        path: String,
    },
    /// Open the recent file `path` (from the start screen).
    Recent {
        /// The file, from the recent list.
        path: String,
    },
    /// Import the file at `path` (picked in File > Import).
    Import {
        /// The file, already in the file scope.
        path: String,
    },
    /// Open the bundled example.
    Example,
    /// Recover journal entry `id` (from the recovery prompt).
    Recover {
        /// The entry.
        id: String,
    },
}

/// Opens a new window for `start`, unless the calling window's document is blank and
/// untouched: answers whether it did (false: the caller does it in its own window).
#[tauri::command]
pub async fn open_window<R: Runtime>(
    app: AppHandle<R>,
    doc: Doc,
    start: WindowStart,
) -> Result<bool, ErrorPayload> {
    if doc.document.lock().is_untouched() {
        return Ok(false);
    }
    new_window(&app, Some(&doc.label), Some(start)).map_err(|e| {
        ErrorPayload::worded(
            plenary::wire::ErrorCode::Internal,
            plenary::messages::Message::new("app-new-window-failed").with("error", e.to_string()),
            format!("a new window could not be opened: {e}"),
        )
    })?;
    Ok(true)
}

/// What the calling window was opened for, once (null for the first window, and after the
/// first ask).
#[tauri::command]
pub fn window_start(doc: Doc) -> Option<WindowStart> {
    doc.start.lock().take()
}

/// Opens a new document window with a blank document, set a little below and right of
/// window `beside`, to do `start`; it gets the focus.
pub fn new_window<R: Runtime>(
    app: &AppHandle<R>,
    beside: Option<&str>,
    start: Option<WindowStart>,
) -> tauri::Result<WebviewWindow<R>> {
    let state = app.state::<AppState>();
    let label = state.next_label();
    let document = OpenDocument::blank();
    let title = document_title_in(&document, &state.title_words());
    state.add(&label, document, start);
    let mut builder = WebviewWindowBuilder::new(app, &label, WebviewUrl::default())
        .title(title)
        .inner_size(1280.0, 800.0)
        .min_inner_size(800.0, 500.0);
    if let Some(from) = beside.and_then(|l| app.get_webview_window(l))
        && let (Ok(at), Ok(scale)) = (from.outer_position(), from.scale_factor())
    {
        let at = at.to_logical::<f64>(scale);
        builder = builder.position(at.x + CASCADE, at.y + CASCADE);
    }
    let window = builder.build().inspect_err(|_| {
        state.remove(&label);
    })?;
    state.set_focused(&label);
    Ok(window)
}

/// Where the shell opens a file it was handed (dropped on window `into`, else from Open
/// Recent or a second start, for the window focused last): in that window when its
/// document is blank and untouched (its page is asked, through the `open-file` event), else
/// in a new window.
pub fn open_file<R: Runtime>(app: &AppHandle<R>, into: Option<&str>, path: String) {
    let Some(state) = app.try_state::<AppState>() else {
        return;
    };
    let target = into.map_or_else(|| state.focused(), str::to_owned);
    let untouched = state
        .get(&target)
        .is_some_and(|w| w.document.lock().is_untouched());
    if untouched {
        let _ = emit_to(app, &target, menu::OPEN_FILE_EVENT, path);
        if let Some(window) = app.get_webview_window(&target) {
            let _ = window.set_focus();
        }
    } else if let Err(e) = new_window(app, Some(&target), Some(WindowStart::Open { path })) {
        eprintln!("plenary: a new window could not be opened: {e}");
    }
}

/// Sends `event` to the page of window `label` only (each window's page listens to its
/// own events).
pub fn emit_to<R: Runtime, S: Serialize + Clone>(
    app: &AppHandle<R>,
    label: &str,
    event: &str,
    payload: S,
) -> tauri::Result<()> {
    app.emit_to(EventTarget::webview_window(label), event, payload)
}

/// The document windows that are open, focused last first.
pub fn document_windows<R: Runtime>(app: &AppHandle<R>) -> Vec<WebviewWindow<R>> {
    let Some(state) = app.try_state::<AppState>() else {
        return Vec::new();
    };
    let focused = state.focused();
    let mut labels = state.labels();
    labels.sort_by_key(|l| (*l != focused, l.clone()));
    labels
        .iter()
        .filter_map(|l| app.get_webview_window(l))
        .collect()
}

/// The event a window's page receives when the window is asked to close with unsaved
/// changes.
pub const CLOSE_REQUESTED_EVENT: &str = "close-requested";

/// A document window's events: closing asks about unsaved changes first; a closed window's
/// document is let go (its file's lock released, its journal entry kept only if the app
/// did not close cleanly); the focused window's history is the Edit menu's; a file dropped
/// on a window opens there or in a new window. The window's place is the window-state
/// plugin's (see [`crate::desktop`]).
pub fn on_window_event<R: Runtime>(window: &tauri::Window<R>, event: &WindowEvent) {
    let app = window.app_handle();
    let Some(state) = app.try_state::<AppState>() else {
        return;
    };
    let label = window.label();
    let Some(slot) = state.get(label) else {
        return; // the user guide closes as any window does
    };
    match event {
        WindowEvent::CloseRequested { api, .. } => {
            if slot.document.lock().editor.history().dirty {
                // The page asks Save / Don't Save / Cancel (saving may need its Save As
                // dialog) and answers with `close_window`.
                api.prevent_close();
                let _ = emit_to(app, label, CLOSE_REQUESTED_EVENT, ());
            } else if let Some(autosave) = app.try_state::<autosave::Autosave>() {
                // A clean close leaves no journal entry behind.
                autosave.discard(label);
            }
        }
        WindowEvent::Destroyed => {
            drop(slot);
            closed(app, label);
        }
        WindowEvent::Focused(true) => {
            state.set_focused(label);
            sync_menu(app);
        }
        WindowEvent::DragDrop(DragDropEvent::Drop { paths, .. }) => {
            if let Some(path) = paths.first() {
                crate::offer_file(app, Some(label), path.clone());
            }
        }
        _ => {}
    }
}

/// Lets the document of the closed window `label` go: others may open its file now (its
/// lock goes with it), its journal entry is let go (kept for recovery unless the user had
/// their say), and the guide closes with the last document window, which ends the app.
/// Called when the window is destroyed, and by `close_window` (the same twice is nothing).
pub fn closed<R: Runtime>(app: &AppHandle<R>, label: &str) {
    let Some(state) = app.try_state::<AppState>() else {
        return;
    };
    let Some(slot) = state.remove(label) else {
        return;
    };
    drop(slot.document.lock().lock.take());
    if let Some(autosave) = app.try_state::<autosave::Autosave>() {
        autosave.forget(label);
    }
    if state.labels().is_empty() {
        if let Some(guide) = app.get_webview_window(crate::desktop::GUIDE_WINDOW) {
            let _ = guide.close();
        }
    } else {
        sync_menu(app);
    }
}

/// Shows the history of the focused document window in the Edit menu.
pub fn sync_menu<R: Runtime>(app: &AppHandle<R>) {
    let (Some(state), Some(menus)) = (
        app.try_state::<AppState>(),
        app.try_state::<menu::Menus<R>>(),
    ) else {
        return;
    };
    if let Some(slot) = state.get(&state.focused()) {
        let history = slot.document.lock().editor.history();
        let _ = menus.sync(&history);
    }
}

/// Asks every document window to close (Quit): each with unsaved changes asks its own
/// question; the app ends when the last one has closed.
pub fn quit<R: Runtime>(app: &AppHandle<R>) {
    for window in document_windows(app) {
        let _ = window.close();
    }
}
