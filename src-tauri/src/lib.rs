//! Plenary's desktop shell: a thin Tauri 2 client of the `plenary` core.
//!
//! One managed [`AppState`] holds the open document; the IPC commands in [`commands`] lock
//! it, call the core and map errors to [`ErrorPayload`]. No business rule lives here.
//!
//! At startup the app opens the file named on the command line, or the bundled example
//! (untitled) when there is none. A file that cannot be opened does not stop the app: it
//! shows the example and reports why on stderr and through the `startup_error` command
//! (the UI shows it in its error banner).

use std::ffi::OsString;
use std::path::PathBuf;

use parking_lot::Mutex;
use plenary::Editor;
use plenary::wire::ErrorPayload;
use tauri::{App, Manager, Runtime};

pub mod commands;
mod files;

/// The bundled example, opened when no file is given.
pub const EXAMPLE: &str = include_str!("../../examples/itu-t-sg12-2017.plenary.json");

/// The app's one managed state.
pub struct AppState {
    /// The open document.
    pub document: Mutex<OpenDocument>,
    /// Why the file given at startup could not be opened, if so.
    pub startup_error: Option<ErrorPayload>,
}

/// A document open in the editor.
pub struct OpenDocument {
    /// The timetable with its history and conflicts.
    pub editor: Editor,
    /// Its file; `None` while untitled.
    pub path: Option<PathBuf>,
}

impl OpenDocument {
    /// The bundled example, untitled.
    pub fn example() -> OpenDocument {
        let timetable = plenary::document::load(EXAMPLE)
            .expect("the bundled example is a valid document (tested by bundled_example_loads)");
        OpenDocument {
            editor: Editor::new(timetable),
            path: None,
        }
    }
}

impl AppState {
    /// Opens the document at `file` (the bundled example when `None`, or when it cannot be
    /// opened, keeping the reason in `startup_error`).
    pub fn open_at_startup<R: Runtime>(app: &App<R>, file: Option<PathBuf>) -> AppState {
        let opened = file.map(|file| {
            let path = files::picked(app, file, files::PathOrigin::CommandLine)?;
            let editor = Editor::new(files::read_document(&path)?);
            Ok(OpenDocument {
                editor,
                path: Some(path),
            })
        });
        let (document, startup_error) = match opened {
            None => (OpenDocument::example(), None),
            Some(Ok(document)) => (document, None),
            Some(Err(error)) => (OpenDocument::example(), Some(error)),
        };
        AppState {
            document: Mutex::new(document),
            startup_error,
        }
    }
}

/// The first argument that is not an option: the file to open. Options are skipped
/// because WebKitWebDriver and desktop launchers may pass their own.
fn file_argument(args: impl IntoIterator<Item = OsString>) -> Option<PathBuf> {
    args.into_iter()
        .find(|a| !a.to_string_lossy().starts_with('-'))
        .map(PathBuf::from)
}

/// Registers the plugins and the IPC commands (the state is managed by the caller).
pub fn builder<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .plugin(tauri_plugin_fs::init())
        .plugin(tauri_plugin_dialog::init())
        .invoke_handler(tauri::generate_handler![
            commands::snapshot,
            commands::apply,
            commands::undo,
            commands::redo,
            commands::open_document,
            commands::save_document,
            commands::document_path,
            commands::startup_error,
        ])
}

/// Runs the app until its last window closes.
pub fn run() {
    let file = file_argument(std::env::args_os().skip(1));
    let result = builder(tauri::Builder::default())
        .setup(move |app| {
            let state = AppState::open_at_startup(app, file);
            if let Some(error) = &state.startup_error {
                eprintln!(
                    "plenary: {}; showing the bundled example instead",
                    error.message
                );
            }
            app.manage(state);
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("plenary: the app could not start: {error}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests;
