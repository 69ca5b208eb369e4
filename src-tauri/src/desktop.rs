//! What makes Plenary behave as desktop users expect, beyond its menus (`menu.rs`):
//! - one instance per user: opening a document while Plenary runs (from the file manager,
//!   or `plenary-desktop FILE`) hands it to the running app, which opens it in a new window
//!   (or in its focused window when that one is blank, see [`crate::windows`]), and the
//!   second start ends (tauri's single-instance plugin; on Linux through the user's D-Bus
//!   session, and without one each start runs on its own);
//! - the first window comes back where it was: position, size and maximised state, per
//!   display (tauri's window-state plugin, which does not restore a position on a display
//!   that is gone); the windows opened after it open beside the one they came from;
//! - the user guide, bundled with the UI (`ui/public/guide.html`), opens offline in a window
//!   of its own that can call nothing of the shell;
//! - File > Print opens the platform's print dialog on the page ([`print_window`]; the UI
//!   first draws what is to be printed, see `ui/src/lib/print.svelte.ts`), on landscape
//!   pages when it is wider than tall;
//! - on Linux the page sees each key before the menus' accelerators do, as in WebView2 and
//!   WKWebView (see [`page_first_keys`]).

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use tauri::{AppHandle, Manager, Runtime, WebviewUrl, WebviewWindowBuilder};

/// The label of the user guide's window.
pub const GUIDE_WINDOW: &str = "guide";

/// The file a second start was asked to open: its first argument that is not an option,
/// taken relative to the folder it was started in.
pub fn second_instance_file(argv: &[String], cwd: &str) -> Option<PathBuf> {
    crate::file_argument(argv.iter().skip(1).map(OsString::from)).map(|f| Path::new(cwd).join(f))
}

/// Called in the running app when Plenary is started again: shows its window focused last
/// and opens the file the second start was given, if any (in that window when its document
/// is blank and untouched, else in a new window).
pub fn on_second_instance<R: Runtime>(app: &AppHandle<R>, argv: Vec<String>, cwd: String) {
    if let Some(window) = crate::windows::document_windows(app).first() {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
    if let Some(path) = second_instance_file(&argv, &cwd) {
        crate::offer_file(app, None, path);
    }
}

/// Registers the single-instance and window-state plugins, and the page-first keys of every
/// window (the real app only: the tests' mock runtime has neither a session bus nor windows
/// to place, nor GTK windows).
pub fn plugins<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    use tauri_plugin_window_state::StateFlags;
    let keys = tauri::plugin::Builder::<R>::new("page-first-keys")
        .on_window_ready(|window| page_first_keys(&window))
        .build();
    builder
        // First, so that a second start ends before it sets anything up.
        .plugin(tauri_plugin_single_instance::init(|app, argv, cwd| {
            on_second_instance(app, argv, cwd)
        }))
        .plugin(
            tauri_plugin_window_state::Builder::default()
                .with_state_flags(StateFlags::POSITION | StateFlags::SIZE | StateFlags::MAXIMIZED)
                .with_denylist(&[GUIDE_WINDOW])
                // The first window's place is remembered; the others open beside the window
                // they were opened from.
                .with_filter(|label| label == crate::windows::MAIN)
                .build(),
        )
        .plugin(keys)
}

/// Opens the platform's print dialog on the calling window's page as it is drawn (File >
/// Print: GTK's on Linux, the system's on Windows and macOS), its pages set up `landscape`
/// when asked (a grid wider than tall). Answers once the dialog is asked for; the page is
/// printed when the user confirms.
///
/// WebKitGTK does not follow the page's `@page` size, so on Linux the landscape page is set
/// up on WebKitGTK's print operation, which the dialog then shows (its Page Setup tab, where
/// the user may still turn it); elsewhere the `@page` rule sets it.
#[tauri::command]
pub fn print_window<R: Runtime>(
    window: tauri::WebviewWindow<R>,
    landscape: Option<bool>,
) -> Result<(), String> {
    let failed = |e: tauri::Error| format!("The print dialog could not be opened: {e}");
    #[cfg(target_os = "linux")]
    if landscape == Some(true) {
        return window.with_webview(print_landscape).map_err(failed);
    }
    #[cfg(not(target_os = "linux"))]
    let _ = landscape;
    window.print().map_err(failed)
}

/// GTK's print dialog on `webview`'s page, set up landscape (as `WebviewWindow::print` opens
/// it, with a page set-up).
#[cfg(target_os = "linux")]
fn print_landscape(webview: tauri::webview::PlatformWebview) {
    use gtk::prelude::*;
    use webkit2gtk::PrintOperationExt;
    let view = webview.inner();
    let print = webkit2gtk::PrintOperation::new(&view);
    // The paper turned on its side, upright: WebKitGTK (2.x) printed landscape pages blank
    // (it both sizes the page landscape and turns its drawing, which then falls off the page).
    let paper = gtk::PaperSize::new(None);
    let (width, height) = (paper.width(gtk::Unit::Mm), paper.height(gtk::Unit::Mm));
    let name = format!("{}-landscape", paper.name().unwrap_or_default());
    let turned = gtk::PaperSize::new_custom(
        &name,
        &paper.display_name().unwrap_or_default(),
        height.max(width),
        width.min(height),
        gtk::Unit::Mm,
    );
    let setup = gtk::PageSetup::new();
    setup.set_orientation(gtk::PageOrientation::Portrait);
    setup.set_paper_size_and_default_margins(&turned);
    print.set_page_setup(&setup);
    let parent = view
        .toplevel()
        .and_then(|w| w.downcast::<gtk::Window>().ok());
    print.run_dialog(parent.as_ref());
}

/// Opens the user guide in its own window, or brings it to the front.
pub fn open_user_guide<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window(GUIDE_WINDOW) {
        let _ = window.set_focus();
        return;
    }
    let built = WebviewWindowBuilder::new(app, GUIDE_WINDOW, WebviewUrl::App("guide.html".into()))
        .title("Plenary User Guide")
        .inner_size(860.0, 720.0)
        .min_inner_size(480.0, 360.0)
        .build();
    if let Err(e) = built {
        eprintln!("plenary: cannot open the user guide: {e}");
    }
}

/// Lets the page see each key before the window's accelerators (GTK's window handles its
/// accelerators first otherwise): WebKitGTK answers "handled" at once and, when the page
/// leaves the key alone (no `preventDefault`, no text field acting on it), sends it to the
/// window again, which then tries the accelerators. So Ctrl+Z in a text field undoes the
/// typing, Ctrl+S is the UI's, and Ctrl+Q, which the page does not handle, reaches the menu.
///
/// The handler always stops the signal. GTK's own handler, which would run after it, tries
/// the accelerators and then gives the key to the focused widget, the web view, again: a key
/// the page left alone (Shift on its own, a letter outside a text field) went back to the
/// page, which left it alone again, and WebKitGTK sent it back to the window, for ever. Typed
/// text hung behind such a key (WebDriver waits until the page has had every key).
#[cfg(target_os = "linux")]
pub fn page_first_keys<R: Runtime>(window: &tauri::Window<R>) {
    use gtk::prelude::*;
    let Ok(gtk_window) = window.gtk_window() else {
        return;
    };
    gtk_window.connect_key_press_event(|w, event| {
        if !w.propagate_key_event(event) {
            w.activate_key(event);
        }
        gtk::glib::Propagation::Stop
    });
}

/// Elsewhere the web view sees keys first already.
#[cfg(not(target_os = "linux"))]
pub fn page_first_keys<R: Runtime>(_window: &tauri::Window<R>) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_start_opens_its_file_taken_from_where_it_was_started() {
        let argv = |args: &[&str]| args.iter().map(|a| (*a).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            second_instance_file(&argv(&["plenary-desktop", "sg2.plenary"]), "/home/ada/m"),
            Some(PathBuf::from("/home/ada/m/sg2.plenary"))
        );
        assert_eq!(
            second_instance_file(&argv(&["plenary-desktop", "/srv/a.plenary.json"]), "/tmp"),
            Some(PathBuf::from("/srv/a.plenary.json")),
            "an absolute path stays"
        );
        assert_eq!(
            second_instance_file(&argv(&["plenary-desktop", "--flag", "b.plenary"]), "/m"),
            Some(PathBuf::from("/m/b.plenary")),
            "options are skipped"
        );
        assert_eq!(
            second_instance_file(&argv(&["plenary-desktop"]), "/m"),
            None
        );
    }
}
