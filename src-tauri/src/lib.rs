//! Plenary's desktop shell: a thin Tauri 2 client of the `plenary` core.
//!
//! One managed [`AppState`] holds the document of each window ([`windows`]); the IPC
//! commands in [`commands`] lock the calling window's, call the core and map errors to
//! [`plenary::wire::ErrorPayload`]. No business rule lives here.
//!
//! At startup the app opens the file named on the command line, or an empty document when
//! there is none: the UI then shows what to do first (set up a meeting, open a recent file
//! or the bundled example, which opens as "Example", never posing as the user's "Untitled").
//! A file that cannot be opened does not stop the app: it starts empty and reports why on
//! stderr and through the `startup_error` command (the UI shows it in its error banner).

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use parking_lot::Mutex;
use plenary::Editor;
use tauri::{App, AppHandle, Manager, Runtime};

pub mod arranging;
pub mod autosave;
pub mod commands;
pub mod desktop;
pub mod doclock;
mod document;
mod files;
mod fonts;
pub mod guard;
pub mod journal;
mod menu;
pub mod places;
pub mod publishing;
pub mod recent_os;
pub mod recovery;
pub mod rendering;
pub mod settings;
pub mod windows;

pub use document::{
    OpenDocument, TitleWords, document_title, document_title_in, window_title, window_title_in,
};
pub use windows::{AppState, Doc};

/// The bundled example, opened when no file is given.
pub const EXAMPLE: &str = include_str!("../../examples/itu-t-sg12-2017.plenary.json");

/// Today in the user's calendar (the machine's local date): the one place the shell reads
/// the date, for a new document and for what the UI offers as today (a new revision's
/// date, a first day). The core has no clock and takes it as a parameter.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// Brings the title of window `label` in step with its `document`, and the Edit menu when
/// that window is the focused one (the menus show the focused window's history).
pub fn refresh<R: Runtime>(app: &AppHandle<R>, label: &str, document: &OpenDocument) {
    if let Some(window) = app.get_webview_window(label) {
        let words = app
            .try_state::<AppState>()
            .map(|s| s.title_words())
            .unwrap_or_default();
        let _ = window.set_title(&document_title_in(document, &words));
    }
    let focused = app
        .try_state::<AppState>()
        .is_none_or(|s| s.focused() == label);
    if focused && let Some(menus) = app.try_state::<menu::Menus<R>>() {
        let _ = menus.sync(&document.editor.history());
    }
}

/// What the app remembers between runs (absent under the test runtime).
pub struct Remembered(pub Mutex<settings::Settings>);

/// Records `path` as recently used, saves the settings and updates Open Recent and the
/// platform's recent list ([`recent_os`]).
pub fn remember<R: Runtime>(app: &AppHandle<R>, path: &Path) {
    let Some(state) = app.try_state::<Remembered>() else {
        return;
    };
    let recent = {
        let mut s = state.0.lock();
        s.remember(path);
        settings::save(app, &s);
        s.recent.clone()
    };
    recent_os::add(app, path);
    if let Some(menus) = app.try_state::<menu::Menus<R>>() {
        let _ = menus.set_recent(app, &recent);
    }
}

/// The recent files, most recent first (none under the test runtime).
pub fn recent_files<R: Runtime>(app: &AppHandle<R>) -> Vec<PathBuf> {
    app.try_state::<Remembered>()
        .map(|s| s.0.lock().recent.clone())
        .unwrap_or_default()
}

/// The `index`-th recent file, if there is one.
fn recent_file<R: Runtime>(app: &AppHandle<R>, index: usize) -> Option<PathBuf> {
    app.try_state::<Remembered>()?
        .0
        .lock()
        .recent
        .get(index)
        .cloned()
}

/// Empties the recent files (File > Open Recent > Clear Recent) and saves that; Plenary's
/// entries leave the platform's recent list too.
pub fn clear_recent<R: Runtime>(app: &AppHandle<R>) {
    let Some(state) = app.try_state::<Remembered>() else {
        return;
    };
    {
        let mut s = state.0.lock();
        s.recent.clear();
        settings::save(app, &s);
    }
    recent_os::clear(app);
    if let Some(menus) = app.try_state::<menu::Menus<R>>() {
        let _ = menus.set_recent(app, &[]);
    }
}

/// Opens `path` in window `into` (dropped on it; else the window focused last) when that
/// window's document is blank and untouched, else in a new window ([`windows::open_file`]).
/// The user chose it (dropped it on the window, picked it in Open Recent, or opened it
/// while Plenary ran), so it joins the file scope.
fn offer_file<R: Runtime>(app: &AppHandle<R>, into: Option<&str>, path: PathBuf) {
    match files::picked(app, path, files::PathOrigin::CommandLine) {
        Ok(path) => windows::open_file(app, into, path.display().to_string()),
        Err(e) => eprintln!("plenary: {}", e.message),
    }
}

impl AppState {
    /// Opens the document at `file` (an empty document when `None`, or when it cannot be
    /// opened, keeping the reason in `startup_error`). A file another tool wrote (frab,
    /// iCalendar, CSV) is imported, untitled, its import report on stderr. The document's
    /// lock is taken as File > Open takes it; when someone else has the file open, the app
    /// starts empty with a `locked` error and the path kept in `locked_at_startup`, so the
    /// UI can ask the user what to do.
    pub fn open_at_startup<R: Runtime>(app: &App<R>, file: Option<PathBuf>) -> AppState {
        let mut locked_at_startup = None;
        let opened = file.map(|file| {
            let path = files::picked(app, file, files::PathOrigin::CommandLine)?;
            if files::is_importable(&path) {
                let (_, imported) = files::import_file(&path, None)?;
                for item in &imported.report.items {
                    eprintln!("{}: {item}", path.display());
                }
                return Ok(OpenDocument::imported(imported.timetable));
            }
            let (timetable, disk) = files::read_document_stamped(&path)?;
            let me = commands::me(app);
            let (lock, read_only) =
                commands::lock_document(&path, &me, None).inspect_err(|error| {
                    if error.code == plenary::wire::ErrorCode::Locked {
                        locked_at_startup = Some(path.clone());
                    }
                })?;
            let mut document = OpenDocument::new(Editor::new(timetable), Some(path), Some(disk));
            document.lock = lock;
            document.read_only = read_only;
            Ok(document)
        });
        let (document, startup_error) = match opened {
            None => (OpenDocument::blank(), None),
            Some(Ok(document)) => (document, None),
            Some(Err(error)) => (OpenDocument::blank(), Some(error)),
        };
        AppState::new(document, startup_error, locked_at_startup)
    }
}

/// The first argument that is not an option: the file to open. Options are skipped
/// because WebKitWebDriver and desktop launchers may pass their own.
fn file_argument(args: impl IntoIterator<Item = OsString>) -> Option<PathBuf> {
    args.into_iter()
        .find(|a| !a.to_string_lossy().starts_with('-'))
        .map(PathBuf::from)
}

/// Registers the plugins, the IPC commands and the windows' event handler (the documents'
/// state is managed by the caller).
pub fn builder<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .on_window_event(windows::on_window_event)
        .plugin(tauri_plugin_fs::init())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .invoke_handler(tauri::generate_handler![
            commands::snapshot,
            commands::apply,
            commands::undo,
            commands::redo,
            commands::new_document,
            commands::open_document,
            commands::save_document,
            commands::document_path,
            commands::startup_error,
            commands::locked_at_startup,
            commands::import_document,
            commands::export_document,
            publishing::publish_folder,
            publishing::choose_publish_folder,
            publishing::plan_publish,
            publishing::publish_site,
            publishing::open_published_site,
            commands::annex_preview,
            recovery::recovery_entries,
            recovery::recover_entry,
            recovery::discard_entry,
            commands::revision_diff,
            commands::annex_notes,
            commands::revision_summary,
            commands::export_choices,
            commands::today,
            commands::setup_choices,
            commands::meeting_setup,
            commands::start_choices,
            commands::open_recent,
            commands::open_example,
            commands::suggested_file_name,
            commands::close_window,
            windows::open_window,
            windows::window_start,
            desktop::print_window,
            commands::bodies_grid,
            menu::set_menu_language,
            commands::translations,
            commands::annex_warnings,
            arranging::arrange_run,
            arranging::arrange_stop,
            arranging::arrange_apply,
            arranging::arrange_discard,
            places::feasibility,
            places::suggest_places,
        ])
}

/// Runs the app until its last window closes.
pub fn run() {
    guard::install_hook();
    let file = file_argument(std::env::args_os().skip(1));
    let result = builder(desktop::plugins(tauri::Builder::default()))
        .setup(move |app| {
            start_autosave(app);
            let state = AppState::open_at_startup(app, file);
            if let Some(error) = &state.startup_error {
                eprintln!(
                    "plenary: {}; starting with an empty document instead",
                    error.message.trim_end_matches('.')
                );
            }
            let remembered = settings::load(app);
            let handle = app.handle().clone();
            let (bar, menus) = menu::build(&handle, &remembered.recent)?;
            app.set_menu(bar)?;
            app.on_menu_event(|app, event| menu::on_click(app, event.id().as_ref()));
            app.manage(menus);
            app.manage(Remembered(Mutex::new(remembered)));
            let first = state.window(windows::MAIN);
            app.manage(state);
            let document = first.document.lock();
            if let Some(path) = &document.path {
                remember(&handle, path);
            }
            refresh(&handle, windows::MAIN, &document);
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("plenary: the app could not start: {error}");
        std::process::exit(1);
    }
}

/// Starts the autosave journal in `<app data>/journal` and logs panics to
/// `<app data>/plenary.log`. Without a data folder the app runs without them (and says so).
fn start_autosave<R: Runtime>(app: &App<R>) {
    match app.path().app_data_dir() {
        Ok(data) => {
            guard::log_to(data.join("plenary.log"));
            let autosave = autosave::Autosave::new(journal::Journal::new(data.join("journal")));
            autosave.start(
                app.handle().clone(),
                autosave::Autosave::DELAY,
                autosave::Autosave::MAX_DELAY,
            );
            app.manage(autosave);
        }
        Err(e) => eprintln!("plenary: no app data folder ({e}): autosave is off"),
    }
}

#[cfg(test)]
mod tests;
