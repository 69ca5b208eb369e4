//! What the app remembers between runs, in `settings.json` in the app's config folder: the
//! recently opened files, and the folder each document was last published into (File >
//! Publish asks for it once per document). A missing or unreadable file means the defaults; saving is best
//! effort (losing the recent list must never stop the app). The window's position, size and
//! maximised state are the window-state plugin's (`.window-state.json` beside it); the
//! `window` size older versions wrote here is ignored.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use tauri::{Manager, Runtime};

/// How many recent files the File menu lists.
pub const RECENT_MAX: usize = 8;

/// How many documents' publish folders are remembered (the least recently published are
/// forgotten first).
pub const PUBLISH_FOLDERS_MAX: usize = 64;

/// The remembered settings.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Settings {
    /// Recently opened or saved documents, most recent first.
    pub recent: Vec<PathBuf>,
    /// The folder each document (by its file) was last published into, the most recently
    /// published first.
    pub publish_folders: Vec<(PathBuf, PathBuf)>,
}

impl Settings {
    /// Puts `path` first in the recent list (once), keeping at most [`RECENT_MAX`].
    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(RECENT_MAX);
    }

    /// Remembers that `document` was published into `folder` (its only folder from now on),
    /// keeping at most [`PUBLISH_FOLDERS_MAX`] documents.
    pub fn remember_publish_folder(&mut self, document: &Path, folder: &Path) {
        self.publish_folders.retain(|(d, _)| d != document);
        self.publish_folders
            .insert(0, (document.to_path_buf(), folder.to_path_buf()));
        self.publish_folders.truncate(PUBLISH_FOLDERS_MAX);
    }

    /// The folder `document` was last published into, if it was.
    pub fn publish_folder(&self, document: &Path) -> Option<&Path> {
        self.publish_folders
            .iter()
            .find(|(d, _)| d == document)
            .map(|(_, f)| f.as_path())
    }

    /// As JSON: `{ "recent": [...], "publishFolders": [{ "document", "folder" }, ...] }`.
    pub fn to_json(&self) -> Value {
        json!({
            "recent": self.recent.iter().map(|p| p.to_string_lossy()).collect::<Vec<_>>(),
            "publishFolders": self.publish_folders.iter().map(|(d, f)| json!({
                "document": d.to_string_lossy(),
                "folder": f.to_string_lossy(),
            })).collect::<Vec<_>>(),
        })
    }

    /// From JSON; what is missing or malformed takes its default.
    pub fn from_json(value: &Value) -> Settings {
        let recent = value["recent"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|p| p.as_str().map(PathBuf::from))
                    .collect()
            })
            .unwrap_or_default();
        let publish_folders = value["publishFolders"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|entry| {
                        let document = entry["document"].as_str()?;
                        let folder = entry["folder"].as_str()?;
                        Some((PathBuf::from(document), PathBuf::from(folder)))
                    })
                    .take(PUBLISH_FOLDERS_MAX)
                    .collect()
            })
            .unwrap_or_default();
        Settings {
            recent,
            publish_folders,
        }
    }
}

fn file<R: Runtime>(app: &impl Manager<R>) -> Option<PathBuf> {
    app.path()
        .app_config_dir()
        .ok()
        .map(|d| d.join("settings.json"))
}

/// The settings saved by an earlier run, or the defaults.
pub fn load<R: Runtime>(app: &impl Manager<R>) -> Settings {
    file(app)
        .and_then(|f| std::fs::read_to_string(f).ok())
        .and_then(|text| serde_json::from_str::<Value>(&text).ok())
        .map(|v| Settings::from_json(&v))
        .unwrap_or_default()
}

/// Saves `settings` (best effort: a failure is reported on stderr only).
pub fn save<R: Runtime>(app: &impl Manager<R>, settings: &Settings) {
    let Some(path) = file(app) else { return };
    let result = path
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| {
            let json =
                serde_json::to_vec_pretty(&settings.to_json()).map_err(std::io::Error::other)?;
            plenary::atomic::write(&path, &json, plenary::atomic::Backup::Keep).map(|_| ())
        });
    if let Err(e) = result {
        eprintln!(
            "plenary: cannot remember settings in {}: {e}",
            path.display()
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remember_puts_a_file_first_once_and_keeps_the_list_short() {
        let mut s = Settings::default();
        for i in 0..10 {
            s.remember(Path::new(&format!("/d/{i}.json")));
        }
        s.remember(Path::new("/d/5.json"));
        assert_eq!(s.recent.len(), RECENT_MAX, "the list is capped");
        assert_eq!(
            s.recent[0],
            Path::new("/d/5.json"),
            "the last one opened comes first"
        );
        assert_eq!(
            s.recent.iter().filter(|p| p.ends_with("5.json")).count(),
            1,
            "listed once"
        );
    }

    #[test]
    fn settings_round_trip_and_tolerate_missing_fields() {
        let s = Settings {
            recent: vec![
                PathBuf::from("/m/sg12.plenary"),
                PathBuf::from("/m/sg2.plenary.json"),
            ],
            publish_folders: vec![(PathBuf::from("/m/sg12.plenary"), PathBuf::from("/srv/sg12"))],
        };
        assert_eq!(Settings::from_json(&s.to_json()), s);
        assert_eq!(
            Settings::from_json(&json!({ "recent": ["/m/sg12.plenary"], "window": [1024, 700] })),
            Settings {
                recent: vec![PathBuf::from("/m/sg12.plenary")],
                publish_folders: Vec::new(),
            },
            "an older file's window size is ignored (the window-state plugin keeps it now)"
        );
        let empty = Settings::from_json(&json!({ "recent": "huge" }));
        assert_eq!(
            empty,
            Settings::default(),
            "an old or partial file gives the defaults"
        );
    }

    #[test]
    fn each_document_keeps_its_own_publish_folder_the_last_one_chosen() {
        let mut s = Settings::default();
        s.remember_publish_folder(Path::new("/m/a.plenary"), Path::new("/srv/a"));
        s.remember_publish_folder(Path::new("/m/b.plenary"), Path::new("/srv/b"));
        s.remember_publish_folder(Path::new("/m/a.plenary"), Path::new("/srv/a2"));
        assert_eq!(
            s.publish_folder(Path::new("/m/a.plenary")),
            Some(Path::new("/srv/a2"))
        );
        assert_eq!(
            s.publish_folder(Path::new("/m/b.plenary")),
            Some(Path::new("/srv/b"))
        );
        assert_eq!(s.publish_folder(Path::new("/m/c.plenary")), None);
        assert_eq!(s.publish_folders.len(), 2, "one folder per document");
        for i in 0..100 {
            s.remember_publish_folder(Path::new(&format!("/d/{i}")), Path::new("/srv"));
        }
        assert_eq!(
            s.publish_folders.len(),
            PUBLISH_FOLDERS_MAX,
            "the list is capped"
        );
        assert_eq!(
            Settings::from_json(&s.to_json()),
            s,
            "round trip, in the same order"
        );
        let odd = Settings::from_json(&json!({ "publishFolders": [{ "document": 3 }, "x"] }));
        assert!(
            odd.publish_folders.is_empty(),
            "malformed entries are skipped"
        );
    }
}
