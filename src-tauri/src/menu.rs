//! The native menu bar. Its items do what the UI's shortcuts do: the shell forwards each click
//! to the UI as a `menu` event carrying the item's id, and the UI runs the same action as the
//! key (one code path). Open Recent, Clear Recent, Close, Quit, the user guide and About are
//! handled here.
//!
//! The menus are described by [`spec`], one table per platform, so that the conventions can
//! be tested without a display:
//! - every item that has a shortcut shows it (Ctrl+S, Ctrl+Z, ...; Cmd on macOS, where the
//!   accelerator `CmdOrCtrl` becomes Cmd);
//! - macOS gets the standard application menu (About, Services, Hide, Quit), the standard
//!   Edit items (Cut, Copy, Paste, Select All, which act on the focused text field) and a
//!   Window menu; Linux and Windows get Quit in File and About in Help;
//! - Help opens the user guide bundled with the app (offline) and About (version, licence,
//!   credits).
//!
//! The texts are in the UI's language: the UI sends them from its message files (the
//! `menu-*` messages of `ui/src/locales/<lang>.ftl`, one set for translators) with
//! [`set_menu_language`] at start and whenever its language changes, and the bar is built
//! again with them; the English of [`spec`] stands for any text not sent.
//!
//! A key is never handled twice: the page sees every key first (on Linux
//! [`crate::desktop::page_first_keys`] gives it the first chance; WebView2 and WKWebView do
//! so themselves) and the UI claims its shortcuts (`preventDefault`), so a menu's
//! accelerator only acts on the keys the page left alone, such as Ctrl+Q or F1. Typing in a
//! text field keeps its own Ctrl+Z, Ctrl+C and Delete.

use std::collections::HashMap;
use std::path::PathBuf;

use parking_lot::Mutex;
use plenary::editor::HistoryState;
use tauri::menu::{
    AboutMetadata, IsMenuItem, Menu, MenuBuilder, MenuItem, MenuItemBuilder, PredefinedMenuItem,
    Submenu, SubmenuBuilder,
};
use tauri::{AppHandle, Manager, Runtime};

/// The event the UI receives for a menu click; its payload is the item's id.
pub const MENU_EVENT: &str = "menu";
/// The event the UI receives to open a file (dropped on the window, picked in Open Recent,
/// or opened while Plenary was running); its payload is the path, already allowed in the
/// file scope.
pub const OPEN_FILE_EVENT: &str = "open-file";

/// Which conventions the menu bar follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Platform {
    /// macOS: the application menu, the standard Edit items, a Window menu.
    MacOs,
    /// Linux and Windows: Quit in File, About in Help.
    Other,
}

impl Platform {
    /// The platform the app was built for.
    pub const CURRENT: Platform = if cfg!(target_os = "macos") {
        Platform::MacOs
    } else {
        Platform::Other
    };
}

/// A standard item, implemented by the platform.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standard {
    /// About Plenary (version, licence, credits).
    About,
    /// macOS's Services submenu.
    Services,
    /// Hide Plenary.
    Hide,
    /// Hide Others.
    HideOthers,
    /// Show All.
    ShowAll,
    /// Quit Plenary (macOS; elsewhere Quit is the app's own `file:quit`).
    Quit,
    /// Cut, in the focused text field.
    Cut,
    /// Copy, in the focused text field.
    Copy,
    /// Paste, in the focused text field.
    Paste,
    /// Select All, in the focused text field.
    SelectAll,
    /// Minimize the window.
    Minimize,
    /// Zoom (maximize) the window.
    Maximize,
    /// Enter or leave full screen.
    Fullscreen,
    /// Close the window.
    CloseWindow,
}

/// One entry of a menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// An item of the app's: id, text, accelerator (`CmdOrCtrl+S`: Cmd on macOS).
    Item(&'static str, &'static str, Option<&'static str>),
    /// A line between groups.
    Separator,
    /// The Open Recent submenu (its items follow the recent files).
    Recent,
    /// A standard item.
    Standard(Standard),
}

use Entry::{Item, Recent, Separator};

/// The menus of the bar on `platform`: titles and entries, left to right.
pub fn spec(platform: Platform) -> Vec<(&'static str, Vec<Entry>)> {
    let mac = platform == Platform::MacOs;
    let mut bar = Vec::new();
    if mac {
        use Standard::*;
        bar.push((
            "Plenary",
            vec![
                Entry::Standard(About),
                Separator,
                Entry::Standard(Services),
                Separator,
                Entry::Standard(Hide),
                Entry::Standard(HideOthers),
                Entry::Standard(ShowAll),
                Separator,
                Entry::Standard(Quit),
            ],
        ));
    }
    let mut file = vec![
        Item("file:new", "New", Some("CmdOrCtrl+N")),
        Item("file:open", "Open…", Some("CmdOrCtrl+O")),
        Recent,
        Separator,
        Item("file:save", "Save", Some("CmdOrCtrl+S")),
        Item("file:save-as", "Save As…", Some("CmdOrCtrl+Shift+S")),
        Separator,
        Item("file:import", "Import…", Some("CmdOrCtrl+I")),
        Item("file:export", "Export…", Some("CmdOrCtrl+E")),
        Item("file:publish", "Publish Website…", None),
        Separator,
        Item("file:print", "Print…", Some("CmdOrCtrl+P")),
        Separator,
        Item("file:close", "Close", Some("CmdOrCtrl+W")),
    ];
    if !mac {
        file.extend([Separator, Item("file:quit", "Quit", Some("CmdOrCtrl+Q"))]);
    }
    bar.push(("File", file));
    let mut edit = vec![
        Item("edit:undo", "Undo", Some("CmdOrCtrl+Z")),
        Item("edit:redo", "Redo", Some("CmdOrCtrl+Shift+Z")),
        Separator,
    ];
    if mac {
        // The text field's own Cut, Copy, Paste and Select All (the responder chain); the
        // sessions' Copy and Paste follow, with their keys handled by the page.
        edit.extend([
            Entry::Standard(Standard::Cut),
            Entry::Standard(Standard::Copy),
            Entry::Standard(Standard::Paste),
            Entry::Standard(Standard::SelectAll),
            Separator,
            Item("edit:new-session", "New Session", None),
            Item("edit:copy", "Copy Sessions", None),
            Item("edit:paste", "Paste Sessions (Duplicate)", None),
            Item("edit:delete", "Delete Sessions", None),
            Item("edit:select-all", "Select All Sessions", None),
        ]);
    } else {
        edit.extend([
            Item("edit:new-session", "New Session", None),
            Item("edit:copy", "Copy", Some("CmdOrCtrl+C")),
            Item("edit:paste", "Paste (Duplicate)", Some("CmdOrCtrl+V")),
            Item("edit:delete", "Delete", Some("Delete")),
            Separator,
            Item("edit:select-all", "Select All", Some("CmdOrCtrl+A")),
        ]);
    }
    edit.push(Item("edit:properties", "Edit Properties", None));
    bar.push(("Edit", edit));
    // Each opens the Arrange dialog on that scope (the dialog runs, previews and applies).
    bar.push((
        "Arrange",
        vec![
            Item("arrange:unscheduled", "Arrange Unscheduled Sessions…", None),
            Item("arrange:all", "Arrange All Sessions…", None),
            Item("arrange:selection", "Arrange Selected Sessions…", None),
            Item("arrange:day", "Arrange One Day…", None),
        ],
    ));
    let mut view = vec![
        Item("view:days", "Days", Some("CmdOrCtrl+1")),
        Item("view:rooms", "Rooms", Some("CmdOrCtrl+2")),
        Item("view:bodies", "Bodies", Some("CmdOrCtrl+3")),
        Item("view:annex", "Annex", Some("CmdOrCtrl+4")),
        Item("view:translations", "Translations", Some("CmdOrCtrl+5")),
        Item("view:orientation", "Days as Rows", None),
        Separator,
        Item("view:condensed", "Condensed", None),
        Item("view:snap-5", "Snap to 5 Minutes", None),
        Item("view:snap-15", "Snap to 15 Minutes", None),
        Item("view:snap-30", "Snap to 30 Minutes", None),
        Separator,
        Item("view:revisions", "Revisions", None),
        Separator,
        Item("view:theme-system", "Appearance: As the System", None),
        Item("view:theme-light", "Appearance: Light", None),
        Item("view:theme-dark", "Appearance: Dark", None),
    ];
    if mac {
        view.extend([Separator, Entry::Standard(Standard::Fullscreen)]);
        bar.push(("View", view));
        bar.push((
            "Window",
            vec![
                Entry::Standard(Standard::Minimize),
                Entry::Standard(Standard::Maximize),
                Separator,
                Entry::Standard(Standard::CloseWindow),
            ],
        ));
        bar.push((
            "Help",
            vec![Item(
                "help:guide",
                "Plenary User Guide",
                Some("CmdOrCtrl+Shift+/"),
            )],
        ));
    } else {
        bar.push(("View", view));
        bar.push((
            "Help",
            vec![
                Item("help:guide", "User Guide", Some("F1")),
                Separator,
                Entry::Standard(Standard::About),
            ],
        ));
    }
    bar
}

/// What About shows: name, version (the package's, from Cargo.toml), licence, credits.
pub fn about_metadata(version: &str) -> AboutMetadata<'static> {
    AboutMetadata {
        name: Some("Plenary".into()),
        version: Some(version.to_owned()),
        comments: Some(
            "Meeting timetables for the secretariat of a standards body.\n\
             The user guide is under Help."
                .into(),
        ),
        copyright: Some("© The Plenary authors".into()),
        license: Some(format!(
            "Plenary {version} is free software, licensed under the MIT licence or the \
             Apache License 2.0, at your option.\n\n{CREDITS}"
        )),
        authors: Some(vec!["The Plenary authors".into()]),
        credits: Some(CREDITS.into()),
        ..Default::default()
    }
}

/// The libraries Plenary is built on, with their licences (the full list of crates and npm
/// packages and their licences is checked by `cargo deny` and kept in the lock files).
pub const CREDITS: &str = "Built with Tauri (MIT/Apache-2.0), WebKitGTK, WebView2 and WebKit, \
Svelte (MIT), typst (Apache-2.0) for the PDF annex, docx-rs (MIT), rust_xlsxwriter \
(MIT/Apache-2.0) and calamine (MIT) for Excel, ICU4X (Unicode licence), chrono and chrono-tz (MIT/Apache-2.0), serde \
(MIT/Apache-2.0), Vite (MIT), and the Noto fonts (OFL) where installed.";

/// The menus' texts in the UI's language, by the message id of each (`menu-file-save`, see
/// [`message_id`]); empty, the English of [`spec`].
pub type Labels = HashMap<String, String>;

/// The message id, in the UI's message files, of the text of the item or menu `id`
/// (`file:save-as` is `menu-file-save-as`; the File menu's title, `file`, is `menu-file`).
pub fn message_id(id: &str) -> String {
    format!("menu-{}", id.replace(':', "-"))
}

/// The id of a menu by its English title ("File" is `file`).
pub fn title_id(title: &str) -> String {
    title.to_lowercase()
}

/// The text of `id` in `labels`, else its English. On macOS an item whose text differs there
/// (Copy Sessions beside the text field's Copy) has its own message, `menu-edit-copy-mac`.
fn text<'a>(labels: &'a Labels, id: &str, english: &'a str) -> &'a str {
    let id = message_id(id);
    let mac = (Platform::CURRENT == Platform::MacOs).then(|| format!("{id}-mac"));
    mac.iter()
        .chain(std::iter::once(&id))
        .find_map(|id| labels.get(id))
        .map(String::as_str)
        .filter(|t| !t.trim().is_empty())
        .unwrap_or(english)
}

/// The items whose text or contents follow the document, and the texts they are written in.
pub struct Menus<R: Runtime> {
    items: Mutex<Items<R>>,
    labels: Mutex<Labels>,
}

struct Items<R: Runtime> {
    undo: MenuItem<R>,
    redo: MenuItem<R>,
    recent: Submenu<R>,
}

/// Builds the menu bar of [`spec`] for this platform in English; returns it with the handles
/// to keep in step.
pub fn build<R: Runtime>(
    app: &AppHandle<R>,
    recent: &[PathBuf],
) -> tauri::Result<(Menu<R>, Menus<R>)> {
    let (menu, items) = build_bar(app, &Labels::new())?;
    let menus = Menus {
        items: Mutex::new(items),
        labels: Mutex::new(Labels::new()),
    };
    menus.set_recent(app, recent)?;
    Ok((menu, menus))
}

/// The bar of [`spec`] with the texts of `labels`.
fn build_bar<R: Runtime>(
    app: &AppHandle<R>,
    labels: &Labels,
) -> tauri::Result<(Menu<R>, Items<R>)> {
    let recent_menu =
        SubmenuBuilder::new(app, text(labels, "file:recent", "Open Recent")).build()?;
    let version = app.package_info().version.to_string();
    let mut undo = None;
    let mut redo = None;
    let mut bar = MenuBuilder::new(app);
    for (title, entries) in spec(Platform::CURRENT) {
        let mut submenu = SubmenuBuilder::new(app, text(labels, &title_id(title), title));
        for entry in entries {
            submenu = match entry {
                Item(id, english, accelerator) => {
                    let mut builder = MenuItemBuilder::with_id(id, text(labels, id, english));
                    if let Some(accelerator) = accelerator {
                        builder = builder.accelerator(accelerator);
                    }
                    if matches!(id, "edit:undo" | "edit:redo") {
                        builder = builder.enabled(false);
                    }
                    let item = builder.build(app)?;
                    match id {
                        "edit:undo" => undo = Some(item.clone()),
                        "edit:redo" => redo = Some(item.clone()),
                        _ => {}
                    }
                    submenu.item(&item)
                }
                Separator => submenu.separator(),
                Recent => submenu.item(&recent_menu),
                Entry::Standard(standard) => {
                    let item = standard_item(app, standard, &version, labels)?;
                    submenu.item(&*item)
                }
            };
        }
        let submenu = submenu.build()?;
        #[cfg(target_os = "macos")]
        if title == "Window" {
            submenu.set_as_windows_menu_for_nsapp()?;
        }
        #[cfg(target_os = "macos")]
        if title == "Help" {
            submenu.set_as_help_menu_for_nsapp()?;
        }
        bar = bar.item(&submenu);
    }
    let menu = bar.build()?;
    let items = Items {
        undo: undo.expect("the Edit menu has Undo"),
        redo: redo.expect("the Edit menu has Redo"),
        recent: recent_menu,
    };
    Ok((menu, items))
}

fn standard_item<R: Runtime>(
    app: &AppHandle<R>,
    standard: Standard,
    version: &str,
    labels: &Labels,
) -> tauri::Result<Box<dyn IsMenuItem<R>>> {
    use Standard::*;
    Ok(Box::new(match standard {
        About => PredefinedMenuItem::about(
            app,
            Some(text(labels, "help:about", "About Plenary")),
            Some(about_metadata(version)),
        )?,
        Services => PredefinedMenuItem::services(app, None)?,
        Hide => PredefinedMenuItem::hide(app, None)?,
        HideOthers => PredefinedMenuItem::hide_others(app, None)?,
        ShowAll => PredefinedMenuItem::show_all(app, None)?,
        Quit => PredefinedMenuItem::quit(app, None)?,
        Cut => PredefinedMenuItem::cut(app, None)?,
        Copy => PredefinedMenuItem::copy(app, None)?,
        Paste => PredefinedMenuItem::paste(app, None)?,
        SelectAll => PredefinedMenuItem::select_all(app, None)?,
        Minimize => PredefinedMenuItem::minimize(app, None)?,
        Maximize => PredefinedMenuItem::maximize(app, Some(text(labels, "window:zoom", "Zoom")))?,
        Fullscreen => PredefinedMenuItem::fullscreen(app, None)?,
        CloseWindow => PredefinedMenuItem::close_window(app, None)?,
    }))
}

impl<R: Runtime> Menus<R> {
    /// Shows what Undo and Redo would do ("Undo Move session"), greyed when nothing: the
    /// core's words in the UI's language (`ui-language` among the labels; English before
    /// the UI has sent any).
    pub fn sync(&self, history: &HistoryState) -> tauri::Result<()> {
        let labels = self.labels.lock();
        let lang = labels
            .get("ui-language")
            .and_then(|code| code.parse::<plenary::model::Lang>().ok())
            .unwrap_or(plenary::model::Lang::En);
        let label = |id: &str, verb: &str, what: Option<&plenary::messages::Message>| {
            let verb = text(&labels, id, verb);
            match what {
                Some(words) => format!("{verb} {}", words.text(lang)),
                None => verb.to_owned(),
            }
        };
        let items = self.items.lock();
        items
            .undo
            .set_text(label("edit:undo", "Undo", history.undo_words.as_ref()))?;
        items.undo.set_enabled(history.can_undo)?;
        items
            .redo
            .set_text(label("edit:redo", "Redo", history.redo_words.as_ref()))?;
        items.redo.set_enabled(history.can_redo)
    }

    /// Whether the bar shows the texts of `labels` already.
    pub fn shows(&self, labels: &Labels) -> bool {
        *self.labels.lock() == *labels
    }

    /// Builds the bar again in the texts of `labels` (the UI's new language) and puts it in
    /// place of the old one, with the recent files and the state of Undo and Redo.
    pub fn relabel(
        &self,
        app: &AppHandle<R>,
        labels: Labels,
        recent: &[PathBuf],
        history: &HistoryState,
    ) -> tauri::Result<()> {
        let (menu, items) = build_bar(app, &labels)?;
        app.set_menu(menu)?;
        *self.items.lock() = items;
        *self.labels.lock() = labels;
        self.set_recent(app, recent)?;
        self.sync(history)
    }

    /// Lists `recent` under Open Recent (ids `file:recent:<index>`), then Clear Recent.
    pub fn set_recent(&self, app: &AppHandle<R>, recent: &[PathBuf]) -> tauri::Result<()> {
        let labels = self.labels.lock();
        let menu = self.items.lock().recent.clone();
        for old in menu.items()? {
            menu.remove(&old)?;
        }
        if recent.is_empty() {
            let none = MenuItemBuilder::with_id(
                "file:recent:none",
                text(&labels, "file:recent:none", "No Recent Files"),
            )
            .enabled(false)
            .build(app)?;
            return menu.append(&none);
        }
        for (i, path) in recent.iter().enumerate() {
            let text = path.display().to_string();
            menu.append(&MenuItemBuilder::with_id(format!("file:recent:{i}"), text).build(app)?)?;
        }
        menu.append(&PredefinedMenuItem::separator(app)?)?;
        menu.append(
            &MenuItemBuilder::with_id(
                "file:clear-recent",
                text(&labels, "file:clear-recent", "Clear Recent"),
            )
            .build(app)?,
        )
    }
}

/// The menu bar in the UI's language: `labels` are the `menu-*` messages of the UI's message
/// files in that language, by id; `rtl` when the language is written right to left (Arabic),
/// so that on Linux the bar runs from the right as the page does (GTK's default direction; on
/// Windows and macOS the system's own language sets it). Sent by the UI at start and when its
/// language changes.
#[tauri::command]
pub fn set_menu_language<R: Runtime>(
    app: AppHandle<R>,
    labels: Labels,
    rtl: bool,
) -> Result<(), String> {
    retitle(&app, &labels);
    let Some(menus) = app.try_state::<Menus<R>>() else {
        return Ok(()); // no menu bar (the test runtime)
    };
    #[cfg(target_os = "linux")]
    gtk::Widget::set_default_direction(if rtl {
        gtk::TextDirection::Rtl
    } else {
        gtk::TextDirection::Ltr
    });
    #[cfg(not(target_os = "linux"))]
    let _ = rtl;
    let Some(state) = app.try_state::<crate::AppState>() else {
        return Ok(());
    };
    let history = state
        .window(&state.focused())
        .document
        .lock()
        .editor
        .history();
    if menus.shows(&labels) {
        // Another window's page starting in the same language: the bar is as it should be.
        return menus
            .sync(&history)
            .map_err(|e| format!("the menus could not be updated: {e}"));
    }
    let recent = crate::recent_files(&app);
    menus
        .relabel(&app, labels, &recent, &history)
        .map_err(|e| format!("the menus could not be rebuilt: {e}"))
}

/// Takes the window titles' words from the UI's `labels` and, when they changed, sets the
/// title of every document window again in them.
fn retitle<R: Runtime>(app: &AppHandle<R>, labels: &Labels) {
    let Some(state) = app.try_state::<crate::AppState>() else {
        return;
    };
    if !state.set_title_words(crate::TitleWords::from_labels(labels)) {
        return;
    }
    for label in state.labels() {
        if let Some(window) = state.get(&label) {
            crate::refresh(app, &label, &window.document.lock());
        }
    }
}

/// Handles a click on the menu item `id`: for the document window focused last.
pub fn on_click<R: Runtime>(app: &AppHandle<R>, id: &str) {
    if let Some(index) = id.strip_prefix("file:recent:") {
        let path = index
            .parse::<usize>()
            .ok()
            .and_then(|i| crate::recent_file(app, i));
        if let Some(path) = path {
            crate::offer_file(app, None, path);
        }
        return;
    }
    let Some(focused) = app.try_state::<crate::AppState>().map(|s| s.focused()) else {
        return;
    };
    match id {
        "file:clear-recent" => crate::clear_recent(app),
        // Through the unsaved-changes prompt; the app ends with its last window.
        "file:close" => {
            if let Some(window) = app.get_webview_window(&focused) {
                let _ = window.close();
            }
        }
        "file:quit" => crate::windows::quit(app),
        "help:guide" => crate::desktop::open_user_guide(app),
        _ => {
            let _ = crate::windows::emit_to(app, &focused, MENU_EVENT, id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(platform: Platform) -> Vec<(&'static str, Entry)> {
        spec(platform)
            .into_iter()
            .flat_map(|(title, entries)| entries.into_iter().map(move |e| (title, e)))
            .collect()
    }

    fn accelerator(platform: Platform, id: &str) -> Option<&'static str> {
        items(platform).into_iter().find_map(|(_, e)| match e {
            Item(i, _, a) if i == id => a,
            _ => None,
        })
    }

    #[test]
    fn the_common_commands_show_their_standard_shortcuts_on_every_platform() {
        for platform in [Platform::MacOs, Platform::Other] {
            for (id, keys) in [
                ("file:new", "CmdOrCtrl+N"),
                ("file:open", "CmdOrCtrl+O"),
                ("file:save", "CmdOrCtrl+S"),
                ("file:save-as", "CmdOrCtrl+Shift+S"),
                ("file:close", "CmdOrCtrl+W"),
                ("file:print", "CmdOrCtrl+P"),
                ("edit:undo", "CmdOrCtrl+Z"),
                ("edit:redo", "CmdOrCtrl+Shift+Z"),
            ] {
                assert_eq!(
                    accelerator(platform, id),
                    Some(keys),
                    "{id} on {platform:?}"
                );
            }
        }
        assert_eq!(
            accelerator(Platform::Other, "file:quit"),
            Some("CmdOrCtrl+Q")
        );
        assert_eq!(
            accelerator(Platform::Other, "edit:copy"),
            Some("CmdOrCtrl+C")
        );
        assert_eq!(accelerator(Platform::Other, "help:guide"), Some("F1"));
    }

    #[test]
    fn every_shortcut_is_one_the_menu_bar_accepts() {
        for platform in [Platform::MacOs, Platform::Other] {
            for (_, entry) in items(platform) {
                if let Item(id, _, Some(keys)) = entry {
                    assert!(
                        keys.parse::<muda::accelerator::Accelerator>().is_ok(),
                        "{keys} ({id}, {platform:?}) does not parse"
                    );
                }
            }
        }
    }

    #[test]
    fn no_shortcut_is_given_to_two_items() {
        for platform in [Platform::MacOs, Platform::Other] {
            let mut seen = std::collections::HashSet::new();
            for (_, entry) in items(platform) {
                if let Item(id, _, Some(keys)) = entry {
                    assert!(seen.insert(keys), "{keys} twice on {platform:?} ({id})");
                }
            }
        }
    }

    #[test]
    fn macos_has_the_application_menu_the_standard_edit_items_and_a_window_menu() {
        let bar = spec(Platform::MacOs);
        let titles: Vec<_> = bar.iter().map(|(t, _)| *t).collect();
        assert_eq!(
            titles,
            [
                "Plenary", "File", "Edit", "Arrange", "View", "Window", "Help"
            ]
        );
        let app = &bar[0].1;
        for standard in [Standard::About, Standard::Hide, Standard::Quit] {
            assert!(app.contains(&Entry::Standard(standard)), "{standard:?}");
        }
        let edit = &bar[2].1;
        for standard in [
            Standard::Cut,
            Standard::Copy,
            Standard::Paste,
            Standard::SelectAll,
        ] {
            assert!(edit.contains(&Entry::Standard(standard)), "{standard:?}");
        }
        assert!(bar[5].1.contains(&Entry::Standard(Standard::Minimize)));
        assert!(
            !items(Platform::MacOs)
                .iter()
                .any(|(_, e)| matches!(e, Item("file:quit", ..))),
            "Quit is the application menu's on macOS"
        );
    }

    #[test]
    fn linux_and_windows_have_quit_in_file_and_about_and_the_guide_in_help() {
        let bar = spec(Platform::Other);
        let titles: Vec<_> = bar.iter().map(|(t, _)| *t).collect();
        assert_eq!(titles, ["File", "Edit", "Arrange", "View", "Help"]);
        assert!(matches!(
            bar[0].1.last(),
            Some(Item("file:quit", "Quit", _))
        ));
        assert!(bar[4].1.contains(&Entry::Standard(Standard::About)));
        assert!(matches!(bar[4].1[0], Item("help:guide", ..)));
    }

    /// The English menu messages of the UI's message file (`menu-file-save = Save`).
    fn english_messages() -> HashMap<String, String> {
        include_str!("../../ui/src/locales/en.ftl")
            .lines()
            .filter_map(|line| line.split_once(" = "))
            .filter(|(id, _)| id.starts_with("menu-"))
            .map(|(id, text)| (id.to_owned(), text.to_owned()))
            .collect()
    }

    #[test]
    fn every_menu_and_item_has_its_text_in_the_uis_message_files() {
        let english = english_messages();
        for platform in [Platform::MacOs, Platform::Other] {
            let suffix = if platform == Platform::MacOs {
                "-mac"
            } else {
                ""
            };
            let message = |id: &str| {
                let base = message_id(id);
                english
                    .get(&format!("{base}{suffix}"))
                    .or_else(|| english.get(&base))
                    .cloned()
            };
            for (title, entries) in spec(platform) {
                assert_eq!(message(&title_id(title)).as_deref(), Some(title), "{title}");
                for entry in entries {
                    if let Item(id, text, _) = entry {
                        assert_eq!(message(id).as_deref(), Some(text), "{id} on {platform:?}");
                    }
                }
            }
        }
        for id in [
            "file:recent",
            "file:recent:none",
            "file:clear-recent",
            "help:about",
            "window:zoom",
        ] {
            assert!(english.contains_key(&message_id(id)), "{id}");
        }
    }

    #[test]
    fn about_names_the_version_the_licence_and_the_credits() {
        let about = about_metadata("1.2.3");
        assert_eq!(about.version.as_deref(), Some("1.2.3"));
        let licence = about.license.expect("a licence");
        assert!(licence.contains("MIT") && licence.contains("Apache License 2.0"));
        assert!(
            licence.contains("Tauri") && licence.contains("typst"),
            "credits"
        );
    }
}
