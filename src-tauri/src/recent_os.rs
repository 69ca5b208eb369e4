//! The platform's list of recent documents, beside the app's own Open Recent: on Linux
//! GTK's (`recently-used.xbel`, which file managers and file choosers show as "Recent"),
//! where each document opened or saved is added with Plenary's MIME type
//! (`application/x-plenary`, `packaging/linux/plenary-mime.xml`), and from which Clear
//! Recent removes the entries Plenary added. Windows and macOS keep no such list for
//! Plenary here (their shells list what was opened through them).
//!
//! Best effort: the list is the desktop's, and nothing about it may fail an open or a save;
//! an error is ignored. GTK is only touched on its main thread in the running app (the
//! tests' mock runtime has no GTK), so what can be tested without a display is what an entry
//! says ([`entry`]) and which entries Clear Recent removes ([`plenary_entries`]).

use std::path::Path;

/// The name Plenary's entries are registered under (and recognised by, for Clear Recent).
pub const APP_NAME: &str = "Plenary";
/// The MIME type of Plenary documents.
pub const MIME_TYPE: &str = "application/x-plenary";

/// What the platform's list holds for one document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The document's `file://` URI.
    pub uri: String,
    /// Its file name, as the list shows it.
    pub display_name: String,
    /// The document's MIME type.
    pub mime_type: String,
    /// The command line that opens it again (`%f`: the file).
    pub app_exec: String,
}

/// The entry of the document at `path` (absolute), opened again by `exe`; none for a path
/// that is not absolute.
pub fn entry(path: &Path, exe: &Path) -> Option<Entry> {
    let uri = tauri::Url::from_file_path(path).ok()?.to_string();
    let display_name = path.file_name()?.to_string_lossy().into_owned();
    Some(Entry {
        uri,
        display_name,
        mime_type: MIME_TYPE.to_owned(),
        app_exec: format!("{} %f", shell_quoted(&exe.to_string_lossy())),
    })
}

/// `s` quoted for a command line (GTK parses `app_exec` as a shell would).
fn shell_quoted(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// The URIs of the entries Plenary added, among `(uri, applications)` of the list's entries:
/// Clear Recent removes these and leaves every other application's.
pub fn plenary_entries<'a>(
    items: impl IntoIterator<Item = (&'a str, &'a [String])>,
) -> Vec<&'a str> {
    items
        .into_iter()
        .filter(|(_, apps)| apps.iter().any(|a| a == APP_NAME))
        .map(|(uri, _)| uri)
        .collect()
}

/// Adds the document at `path` to the platform's recent list (on GTK's main thread).
pub fn add<R: tauri::Runtime>(app: &tauri::AppHandle<R>, path: &Path) {
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    let Some(entry) = entry(path, &exe) else {
        return;
    };
    let _ = app.run_on_main_thread(move || gtk_list::add(&entry));
}

/// Removes Plenary's entries from the platform's recent list (on GTK's main thread).
pub fn clear<R: tauri::Runtime>(app: &tauri::AppHandle<R>) {
    let _ = app.run_on_main_thread(gtk_list::clear);
}

#[cfg(target_os = "linux")]
mod gtk_list {
    use gtk::prelude::*;

    use super::{APP_NAME, Entry, plenary_entries};

    /// GTK's recent manager, when GTK runs on this thread.
    fn manager() -> Option<gtk::RecentManager> {
        if !gtk::is_initialized_main_thread() {
            return None;
        }
        gtk::RecentManager::default()
    }

    pub fn add(entry: &Entry) {
        let Some(manager) = manager() else {
            return;
        };
        manager.add_full(
            &entry.uri,
            &gtk::RecentData {
                display_name: Some(entry.display_name.clone()),
                description: None,
                mime_type: entry.mime_type.clone(),
                app_name: APP_NAME.to_owned(),
                app_exec: entry.app_exec.clone(),
                groups: Vec::new(),
                is_private: false,
            },
        );
    }

    pub fn clear() {
        let Some(manager) = manager() else {
            return;
        };
        let items: Vec<(String, Vec<String>)> = manager
            .items()
            .iter()
            .filter_map(|info| {
                let apps = info.applications().iter().map(|a| a.to_string()).collect();
                Some((info.uri()?.to_string(), apps))
            })
            .collect();
        for uri in plenary_entries(items.iter().map(|(u, a)| (u.as_str(), a.as_slice()))) {
            let _ = manager.remove_item(uri);
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod gtk_list {
    use super::Entry;

    pub fn add(_: &Entry) {}

    pub fn clear() {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_names_the_file_its_type_and_how_to_open_it_again() {
        let e = entry(
            Path::new("/home/a b/SG12 (2017).plenary"),
            Path::new("/usr/bin/plenary-desktop"),
        )
        .expect("an absolute path");
        assert_eq!(e.uri, "file:///home/a%20b/SG12%20(2017).plenary");
        assert_eq!(e.display_name, "SG12 (2017).plenary");
        assert_eq!(e.mime_type, "application/x-plenary");
        assert_eq!(e.app_exec, "'/usr/bin/plenary-desktop' %f");
    }

    #[test]
    fn a_path_that_is_not_absolute_gets_no_entry() {
        assert_eq!(entry(Path::new("sg12.plenary"), Path::new("/x")), None);
    }

    #[test]
    fn the_command_line_survives_quotes_in_the_programs_path() {
        let e = entry(Path::new("/d/x.plenary"), Path::new("/opt/it's/plenary")).unwrap();
        assert_eq!(e.app_exec, r"'/opt/it'\''s/plenary' %f");
    }

    #[test]
    fn clear_recent_removes_plenarys_entries_and_leaves_the_others() {
        let plenary = vec!["Plenary".to_owned()];
        let both = vec!["gedit".to_owned(), "Plenary".to_owned()];
        let other = vec!["LibreOffice".to_owned()];
        let items = [
            ("file:///d/a.plenary", plenary.as_slice()),
            ("file:///d/notes.txt", other.as_slice()),
            ("file:///d/b.plenary.json", both.as_slice()),
        ];
        assert_eq!(
            plenary_entries(items),
            ["file:///d/a.plenary", "file:///d/b.plenary.json"]
        );
    }
}
