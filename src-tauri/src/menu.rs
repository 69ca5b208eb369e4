//! The native menu bar (File, Edit, View). Its items do what the UI's shortcuts do: the
//! shell forwards each click to the UI as a `menu` event carrying the item's id, and the UI
//! runs the same action as the key (one code path). Open Recent and Close are handled here.
//!
//! No item has an accelerator: the shortcuts are the UI's, so a key press is never handled
//! twice (once by GTK's accelerator, once by the web view).

use std::path::PathBuf;

use plenary::editor::HistoryState;
use tauri::menu::{
    Menu, MenuBuilder, MenuItem, MenuItemBuilder, PredefinedMenuItem, Submenu, SubmenuBuilder,
};
use tauri::{AppHandle, Emitter, Manager, Runtime};

/// The event the UI receives for a menu click; its payload is the item's id.
pub const MENU_EVENT: &str = "menu";
/// The event the UI receives to open a file (dropped on the window or picked in Open
/// Recent); its payload is the path, already allowed in the file scope.
pub const OPEN_FILE_EVENT: &str = "open-file";

/// The items whose text or contents follow the document.
pub struct Menus<R: Runtime> {
    undo: MenuItem<R>,
    redo: MenuItem<R>,
    recent: Submenu<R>,
}

/// Builds the menu bar; returns it with the handles to keep in step.
pub fn build<R: Runtime>(
    app: &AppHandle<R>,
    recent: &[PathBuf],
) -> tauri::Result<(Menu<R>, Menus<R>)> {
    let item = |id: &str, text: &str| MenuItemBuilder::with_id(id, text).build(app);
    let recent_menu = SubmenuBuilder::new(app, "Open Recent").build()?;
    let file = SubmenuBuilder::new(app, "File")
        .item(&item("file:new", "New")?)
        .item(&item("file:open", "Open…")?)
        .item(&recent_menu)
        .separator()
        .item(&item("file:save", "Save")?)
        .item(&item("file:save-as", "Save As…")?)
        .separator()
        .item(&item("file:import", "Import…")?)
        .item(&item("file:export", "Export…")?)
        .item(&item("file:publish", "Publish Website…")?)
        .separator()
        .item(&item("file:close", "Close")?)
        .build()?;
    let undo = MenuItemBuilder::with_id("edit:undo", "Undo")
        .enabled(false)
        .build(app)?;
    let redo = MenuItemBuilder::with_id("edit:redo", "Redo")
        .enabled(false)
        .build(app)?;
    let edit = SubmenuBuilder::new(app, "Edit")
        .item(&undo)
        .item(&redo)
        .separator()
        .item(&item("edit:new-session", "New Session")?)
        .item(&item("edit:copy", "Copy")?)
        .item(&item("edit:paste", "Paste (Duplicate)")?)
        .item(&item("edit:delete", "Delete")?)
        .separator()
        .item(&item("edit:select-all", "Select All")?)
        .item(&item("edit:properties", "Edit Properties")?)
        .build()?;
    let view = SubmenuBuilder::new(app, "View")
        .item(&item("view:days", "Days")?)
        .item(&item("view:rooms", "Rooms")?)
        .item(&item("view:bodies", "Bodies")?)
        .item(&item("view:annex", "Annex")?)
        .item(&item("view:translations", "Translations")?)
        .item(&item("view:orientation", "Days as Rows")?)
        .separator()
        .item(&item("view:condensed", "Condensed")?)
        .item(&item("view:snap-5", "Snap to 5 Minutes")?)
        .item(&item("view:snap-15", "Snap to 15 Minutes")?)
        .item(&item("view:snap-30", "Snap to 30 Minutes")?)
        .separator()
        .item(&item("view:revisions", "Revisions")?)
        .build()?;
    let menu = MenuBuilder::new(app)
        .items(&[&file, &edit, &view])
        .build()?;
    let menus = Menus {
        undo,
        redo,
        recent: recent_menu,
    };
    menus.set_recent(app, recent)?;
    Ok((menu, menus))
}

impl<R: Runtime> Menus<R> {
    /// Shows what Undo and Redo would do ("Undo Move session"), greyed when nothing.
    pub fn sync(&self, history: &HistoryState) -> tauri::Result<()> {
        let label = |verb: &str, what: &Option<String>| match what {
            Some(l) => format!("{verb} {l}"),
            None => verb.to_owned(),
        };
        self.undo.set_text(label("Undo", &history.undo_label))?;
        self.undo.set_enabled(history.can_undo)?;
        self.redo.set_text(label("Redo", &history.redo_label))?;
        self.redo.set_enabled(history.can_redo)
    }

    /// Lists `recent` under Open Recent (ids `file:recent:<index>`).
    pub fn set_recent(&self, app: &AppHandle<R>, recent: &[PathBuf]) -> tauri::Result<()> {
        for old in self.recent.items()? {
            self.recent.remove(&old)?;
        }
        if recent.is_empty() {
            let none = MenuItemBuilder::with_id("file:recent:none", "No Recent Files")
                .enabled(false)
                .build(app)?;
            return self.recent.append(&none);
        }
        for (i, path) in recent.iter().enumerate() {
            let text = path.display().to_string();
            self.recent
                .append(&MenuItemBuilder::with_id(format!("file:recent:{i}"), text).build(app)?)?;
        }
        self.recent.append(&PredefinedMenuItem::separator(app)?)
    }
}

/// Handles a click on the menu item `id`.
pub fn on_click<R: Runtime>(app: &AppHandle<R>, id: &str) {
    if let Some(index) = id.strip_prefix("file:recent:") {
        let path = index
            .parse::<usize>()
            .ok()
            .and_then(|i| crate::recent_file(app, i));
        if let Some(path) = path {
            crate::offer_file(app, path);
        }
        return;
    }
    if id == "file:close" {
        if let Some(window) = app.get_webview_window("main") {
            let _ = window.close(); // goes through the unsaved-changes prompt
        }
        return;
    }
    let _ = app.emit(MENU_EVENT, id);
}
