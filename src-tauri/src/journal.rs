//! The autosave journal: unsaved documents kept in the app's data folder so that a crash
//! (even SIGKILL or a power cut) loses at most the last few seconds of work.
//!
//! Each unsaved document has one entry, named by an id unique to the run that wrote it:
//! - `<id>.plenary.json`: the document, exactly as Save would write it (canonical bytes);
//! - `<id>.meta.json`: what the recovery prompt shows and what Recover needs ([`Meta`]);
//! - `<id>.lock`: held locked (an OS advisory lock) by the running app that owns the entry,
//!   so that a second instance never offers to "recover" a document still being edited.
//!   The OS drops the lock when the process dies, however it dies.
//!
//! Both data files are written atomically ([`plenary::atomic::write`], keeping no backup), the metadata first:
//! the document's file is the entry's commit point, so an entry always has its metadata
//! (at worst one write older than the document, naming the same file). Metadata without a
//! document (a crash during the very first write) is not an entry, and is swept once its app
//! is gone. An entry that
//! cannot be read (truncated, hand-edited, from a newer Plenary) is listed with the reason,
//! never skipped silently and never a panic; the user may discard it.
//!
//! This module knows nothing of Tauri: it is plain file handling, tested on its own.

use std::fs::{self, File, TryLockError};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use plenary::Timetable;
use plenary::atomic::{self, Backup};
use plenary::model::{Lang, text_in};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::files::DiskStamp;

/// The version of [`Meta`]'s format; a newer one is reported, not guessed at.
pub const META_VERSION: u32 = 1;

const DOCUMENT: &str = ".plenary.json";
const META: &str = ".meta.json";
const LOCK: &str = ".lock";

/// What the journal keeps beside an unsaved document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Meta {
    /// [`META_VERSION`].
    pub version: u32,
    /// The file the document was opened from or last saved to; `None` while untitled.
    pub path: Option<PathBuf>,
    /// What that file was when last read or written, so that saving the recovered document
    /// still asks before overwriting a file another program changed.
    pub disk: Option<DiskStamp>,
    /// When the entry was written, in milliseconds since 1970 (UTC).
    pub saved_at: u64,
    /// The meeting's title, in the document's main language.
    pub title: String,
    /// How many sessions the document has.
    pub sessions: usize,
    /// How many edits were made since it was last saved (or opened).
    pub unsaved_edits: u32,
}

impl Meta {
    /// The metadata of `timetable`, written now.
    pub fn describe(
        timetable: &Timetable,
        path: Option<&Path>,
        disk: Option<&DiskStamp>,
        unsaved_edits: u32,
    ) -> Meta {
        Meta {
            version: META_VERSION,
            path: path.map(Path::to_path_buf),
            disk: disk.cloned(),
            saved_at: now_ms(),
            title: title_of(timetable),
            sessions: timetable.sessions.len(),
            unsaved_edits,
        }
    }
}

/// A journal entry as the recovery prompt shows it.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RecoveryEntry {
    /// The entry's id (to recover or discard it).
    pub id: String,
    /// The file it was opened from or saved to; absent when untitled.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub path: Option<String>,
    /// That file's name ("Untitled" when there is none).
    pub name: String,
    /// When it was journalled, in milliseconds since 1970 (UTC).
    #[ts(type = "number")]
    pub saved_at: u64,
    /// The meeting's title.
    pub title: String,
    /// How many sessions it has.
    #[ts(type = "number")]
    pub sessions: usize,
    /// How many edits were unsaved.
    pub unsaved_edits: u32,
    /// Why it cannot be recovered, when it cannot (it can still be discarded).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub problem: Option<String>,
}

/// A journal entry read back for recovery.
pub struct Recovered {
    /// The document as it was when journalled.
    pub timetable: Timetable,
    /// Its metadata.
    pub meta: Meta,
}

/// The journal folder (`<app data>/journal`).
#[derive(Clone, Debug)]
pub struct Journal {
    dir: PathBuf,
}

/// An entry's lock, held while this process owns the entry; released when dropped.
#[derive(Debug)]
pub struct Held {
    /// The entry's id.
    pub id: String,
    _lock: File,
}

impl Journal {
    /// The journal kept in `dir` (created when the first entry is written).
    pub fn new(dir: PathBuf) -> Journal {
        Journal { dir }
    }

    /// Its folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// A fresh entry id, unique to this process and moment: `<ms>-<pid>-<n>`.
    pub fn new_id() -> String {
        static COUNT: AtomicU32 = AtomicU32::new(0);
        let n = COUNT.fetch_add(1, Ordering::Relaxed);
        format!("{}-{}-{n}", now_ms(), std::process::id())
    }

    fn file(&self, id: &str, suffix: &str) -> PathBuf {
        self.dir.join(format!("{id}{suffix}"))
    }

    /// Takes the lock of entry `id`, marking it as owned by this running app.
    pub fn hold(&self, id: &str) -> io::Result<Held> {
        fs::create_dir_all(&self.dir)?;
        let lock = File::create(self.file(id, LOCK))?;
        lock.try_lock().map_err(|e| match e {
            TryLockError::WouldBlock => io::Error::new(
                io::ErrorKind::WouldBlock,
                format!("journal entry {id} is held by another running Plenary"),
            ),
            TryLockError::Error(e) => e,
        })?;
        Ok(Held {
            id: id.to_owned(),
            _lock: lock,
        })
    }

    /// Writes entry `id`: its metadata, then the document's canonical bytes (the commit point).
    pub fn write(&self, id: &str, document: &str, meta: &Meta) -> io::Result<()> {
        fs::create_dir_all(&self.dir)?;
        let meta = serde_json::to_vec_pretty(meta).map_err(io::Error::other)?;
        atomic::write(&self.file(id, META), &meta, Backup::Skip)?;
        atomic::write(&self.file(id, DOCUMENT), document.as_bytes(), Backup::Skip).map(|_| ())
    }

    /// Removes entry `id` (what is already gone is no error).
    pub fn remove(&self, id: &str) -> io::Result<()> {
        for suffix in [DOCUMENT, META, LOCK] {
            match fs::remove_file(self.file(id, suffix)) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
        }
        Ok(())
    }

    /// Whether entry `id` belongs to a running app (its lock is held).
    fn is_live(&self, id: &str) -> bool {
        File::open(self.file(id, LOCK))
            .is_ok_and(|f| matches!(f.try_lock(), Err(TryLockError::WouldBlock)))
    }

    /// Removes what entries that were never completed left (an app that died after taking the
    /// lock or writing the metadata, before the document) once their app is gone.
    fn sweep_strays(&self) {
        let Ok(read) = fs::read_dir(&self.dir) else {
            return;
        };
        for entry in read.filter_map(Result::ok) {
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(id) = name.strip_suffix(LOCK).or_else(|| name.strip_suffix(META))
                && !self.file(id, DOCUMENT).exists()
                && !self.is_live(id)
            {
                let _ = fs::remove_file(entry.path());
            }
        }
    }

    /// The ids of the entries on disk (those with a document), live or not, in name order.
    fn ids(&self) -> Vec<String> {
        let Ok(read) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut ids: Vec<String> = read
            .filter_map(Result::ok)
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                name.strip_suffix(DOCUMENT).map(str::to_owned)
            })
            .collect();
        ids.sort();
        ids
    }

    /// The entries left by apps that are no longer running (crashed, killed), newest first;
    /// each validated: one that cannot be read carries its `problem`.
    pub fn recoverable(&self) -> Vec<RecoveryEntry> {
        self.sweep_strays();
        let mut entries: Vec<RecoveryEntry> = self
            .ids()
            .into_iter()
            .filter(|id| !self.is_live(id))
            .map(|id| self.entry(&id))
            .collect();
        entries.sort_by(|a, b| b.saved_at.cmp(&a.saved_at).then(a.id.cmp(&b.id)));
        entries
    }

    fn entry(&self, id: &str) -> RecoveryEntry {
        match self.read(id) {
            Ok(Recovered { timetable, meta }) => RecoveryEntry {
                id: id.to_owned(),
                name: display_name(meta.path.as_deref()),
                path: meta.path.map(|p| p.display().to_string()),
                saved_at: meta.saved_at,
                title: title_of(&timetable),
                sessions: timetable.sessions.len(),
                unsaved_edits: meta.unsaved_edits,
                problem: None,
            },
            Err(problem) => {
                // Say what can still be said of it.
                let meta = self.read_meta(id).ok();
                let saved_at = meta
                    .as_ref()
                    .map_or_else(|| modified_ms(&self.file(id, DOCUMENT)), |m| m.saved_at);
                let path = meta.as_ref().and_then(|m| m.path.clone());
                RecoveryEntry {
                    id: id.to_owned(),
                    name: display_name(path.as_deref()),
                    path: path.map(|p| p.display().to_string()),
                    saved_at,
                    title: meta.as_ref().map_or_else(String::new, |m| m.title.clone()),
                    sessions: meta.as_ref().map_or(0, |m| m.sessions),
                    unsaved_edits: meta.as_ref().map_or(0, |m| m.unsaved_edits),
                    problem: Some(problem),
                }
            }
        }
    }

    fn read_meta(&self, id: &str) -> Result<Meta, String> {
        let file = self.file(id, META);
        let bytes = fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let meta: Meta = serde_json::from_slice(&bytes)
            .map_err(|e| format!("{}: not journal metadata: {e}", file.display()))?;
        if meta.version > META_VERSION {
            return Err(format!(
                "{}: written by a newer Plenary (journal version {}, this one reads {META_VERSION})",
                file.display(),
                meta.version
            ));
        }
        Ok(meta)
    }

    /// Reads entry `id` back, validating the document as opening a file does. Any problem
    /// is answered as a message naming the file and what is wrong.
    pub fn read(&self, id: &str) -> Result<Recovered, String> {
        if id.is_empty() || id.contains(['/', '\\']) || id.starts_with('.') {
            return Err(format!("'{id}' is not a journal entry"));
        }
        let meta = self.read_meta(id)?;
        let file = self.file(id, DOCUMENT);
        let bytes = fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let timetable = plenary::document::load_bytes(&bytes)
            .map_err(|e| format!("{}: {e}", file.display()))?;
        Ok(Recovered { timetable, meta })
    }
}

/// The file name of `path`, or "Untitled".
fn display_name(path: Option<&Path>) -> String {
    path.and_then(Path::file_name).map_or_else(
        || "Untitled".to_owned(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The meeting's title in the document's main language.
fn title_of(timetable: &Timetable) -> String {
    let lang = timetable
        .meeting
        .languages
        .first()
        .copied()
        .unwrap_or(Lang::En);
    text_in(&timetable.meeting.title, lang).to_owned()
}

/// Now, in milliseconds since 1970.
pub fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

fn modified_ms(path: &Path) -> u64 {
    fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn journal(name: &str) -> Journal {
        let dir =
            std::env::temp_dir().join(format!("plenary-journal-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        Journal::new(dir.join("journal"))
    }

    fn example() -> Timetable {
        plenary::document::load(crate::EXAMPLE).expect("the bundled example loads")
    }

    fn write_example(journal: &Journal, id: &str, path: Option<&Path>) -> Meta {
        let timetable = example();
        let meta = Meta::describe(&timetable, path, None, 3);
        journal
            .write(id, &plenary::document::save(&timetable), &meta)
            .expect("the journal folder is writable");
        meta
    }

    #[test]
    fn an_entry_left_behind_is_listed_with_what_it_would_restore() {
        let journal = journal("list");
        let path = Path::new("/meetings/sg12.plenary.json");
        write_example(&journal, "1-1-0", Some(path));
        let entries = journal.recoverable();
        assert_eq!(entries.len(), 1, "{entries:?}");
        let entry = &entries[0];
        assert_eq!(entry.id, "1-1-0");
        assert_eq!(entry.name, "sg12.plenary.json");
        assert_eq!(entry.path.as_deref(), Some("/meetings/sg12.plenary.json"));
        assert_eq!(entry.sessions, example().sessions.len());
        assert!(entry.title.contains("Study Group 12"), "{}", entry.title);
        assert_eq!(entry.unsaved_edits, 3);
        assert!(entry.problem.is_none(), "{:?}", entry.problem);
        let recovered = journal.read("1-1-0").expect("the entry reads back");
        assert_eq!(
            plenary::document::save(&recovered.timetable),
            plenary::document::save(&example()),
            "the document comes back byte for byte"
        );
        assert_eq!(recovered.meta.path.as_deref(), Some(path));
        fs::remove_dir_all(journal.dir().parent().unwrap()).unwrap();
    }

    #[test]
    fn an_untitled_entry_is_named_untitled() {
        let journal = journal("untitled");
        write_example(&journal, "2-1-0", None);
        let entries = journal.recoverable();
        assert_eq!(entries[0].name, "Untitled");
        assert_eq!(entries[0].path, None);
        fs::remove_dir_all(journal.dir().parent().unwrap()).unwrap();
    }

    #[test]
    fn an_entry_held_by_a_running_app_is_not_offered() {
        let journal = journal("live");
        let held = journal.hold("3-1-0").expect("the lock is taken");
        write_example(&journal, "3-1-0", None);
        assert!(
            journal.recoverable().is_empty(),
            "a document still being edited is not a crash"
        );
        assert!(
            journal.hold("3-1-0").is_err(),
            "a second app cannot take the same entry"
        );
        drop(held);
        assert_eq!(
            journal.recoverable().len(),
            1,
            "once its app is gone, it is offered"
        );
        fs::remove_dir_all(journal.dir().parent().unwrap()).unwrap();
    }

    #[test]
    fn a_corrupt_entry_is_reported_not_fatal() {
        let journal = journal("corrupt");
        write_example(&journal, "4-1-0", Some(Path::new("/m/a.plenary.json")));
        fs::write(
            journal.dir().join("4-1-0.plenary.json"),
            b"{\"format\": \"plen",
        )
        .unwrap();
        write_example(&journal, "5-1-0", None);
        fs::write(journal.dir().join("5-1-0.meta.json"), b"not json").unwrap();
        fs::write(journal.dir().join("6-1-0.plenary.json"), [0xff, 0xfe, 0x00]).unwrap();
        let entries = journal.recoverable();
        assert_eq!(entries.len(), 3, "every entry is listed: {entries:?}");
        for entry in &entries {
            let problem = entry
                .problem
                .as_deref()
                .unwrap_or_else(|| panic!("{entry:?}"));
            assert!(
                problem.contains(&entry.id),
                "the problem names the file: {problem}"
            );
        }
        let truncated = entries.iter().find(|e| e.id == "4-1-0").unwrap();
        assert_eq!(
            truncated.name, "a.plenary.json",
            "what can be said of it still is"
        );
        assert!(journal.read("4-1-0").is_err());
        assert!(
            journal.read("../../etc/passwd").is_err(),
            "ids never leave the folder"
        );
        for entry in &entries {
            journal
                .remove(&entry.id)
                .expect("a corrupt entry can be discarded");
        }
        assert!(journal.recoverable().is_empty());
        fs::remove_dir_all(journal.dir().parent().unwrap()).unwrap();
    }

    #[test]
    fn metadata_from_a_newer_plenary_is_reported() {
        let journal = journal("newer");
        let mut meta = write_example(&journal, "7-1-0", None);
        meta.version = META_VERSION + 1;
        fs::write(
            journal.dir().join("7-1-0.meta.json"),
            serde_json::to_vec(&meta).unwrap(),
        )
        .unwrap();
        let problem = journal.read("7-1-0").err().expect("refused");
        assert!(problem.contains("newer Plenary"), "{problem}");
        fs::remove_dir_all(journal.dir().parent().unwrap()).unwrap();
    }

    #[test]
    fn removing_an_entry_removes_all_its_files() {
        let journal = journal("remove");
        let held = journal.hold("8-1-0").unwrap();
        write_example(&journal, "8-1-0", None);
        drop(held);
        journal.remove("8-1-0").unwrap();
        journal.remove("8-1-0").expect("removing twice is fine");
        assert_eq!(fs::read_dir(journal.dir()).unwrap().count(), 0);
        fs::remove_dir_all(journal.dir().parent().unwrap()).unwrap();
    }

    #[test]
    fn an_entry_never_completed_is_swept_once_its_app_is_gone() {
        let journal = journal("stray");
        let held = journal.hold("10-1-0").unwrap();
        let meta = Meta::describe(&example(), None, None, 1);
        fs::write(
            journal.dir().join("10-1-0.meta.json"),
            serde_json::to_vec(&meta).unwrap(),
        )
        .unwrap();
        assert!(
            journal.recoverable().is_empty(),
            "metadata without its document is not an entry"
        );
        assert!(
            journal.dir().join("10-1-0.lock").exists(),
            "a live app's files stay"
        );
        drop(held);
        assert!(journal.recoverable().is_empty());
        assert_eq!(
            fs::read_dir(journal.dir()).unwrap().count(),
            0,
            "a dead app's strays go"
        );
        fs::remove_dir_all(journal.dir().parent().unwrap()).unwrap();
    }

    #[test]
    fn a_crash_between_the_two_writes_of_an_update_still_recovers_a_whole_document() {
        let journal = journal("between");
        let path = Path::new("/m/sg12.plenary.json");
        write_example(&journal, "11-1-0", Some(path));
        // The next write replaced the metadata, then the app died before the document.
        let mut newer = example();
        newer.meeting.venue = "Newer".into();
        let meta = Meta::describe(&newer, Some(path), None, 4);
        fs::write(
            journal.dir().join("11-1-0.meta.json"),
            serde_json::to_vec(&meta).unwrap(),
        )
        .unwrap();
        let recovered = journal.read("11-1-0").expect("still whole");
        assert_eq!(recovered.meta.path.as_deref(), Some(path), "the same file");
        assert_ne!(
            recovered.timetable.meeting.venue, "Newer",
            "the last complete document"
        );
        fs::remove_dir_all(journal.dir().parent().unwrap()).unwrap();
    }

    #[test]
    fn ids_are_unique() {
        assert_ne!(Journal::new_id(), Journal::new_id());
    }
}
