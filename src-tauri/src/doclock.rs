//! The lock beside an open document, so that two people on a shared folder know of each
//! other: opening `sg12.plenary.json` writes `.~lock.sg12.plenary.json#` beside it (the
//! name LibreOffice uses, so the people who keep timetables on a share recognise it),
//! naming who has it open: user, host, process and since when.
//!
//! **A second opener** (another app on this machine or on another one) finds the lock and
//! is told who has the document open since when ([`LockError::Held`]); the user then opens
//! it read-only (no lock is taken, and Save cannot write over the file) or anyway (the lock
//! is taken over, [`DocumentLock::take_over`]).
//!
//! **Stale locks** never block. A crash leaves the lock file behind, so the file alone
//! cannot say whether its holder still runs. The holder therefore keeps an OS advisory
//! lock (shared) on the lock file for as long as it holds it; the OS drops it when the
//! process dies, however it dies. On the same host a second opener probes it (an exclusive
//! try): free means the holder is gone, and the lock is taken over at once. On another
//! host (advisory locks do not cross every network file system) a lock is stale when its
//! file was not refreshed for [`STALE_AFTER`]: the holder refreshes it at every save
//! ([`DocumentLock::refresh`]). Taking over a stale lock is reported, never silent.
//!
//! **Release.** Dropping the [`DocumentLock`] (the document is closed or replaced, the app
//! exits) removes the file, but only while it still names this holder: after someone
//! opened anyway and took it over, their lock stays.
//!
//! Nothing here replaces the check at save: the save compares the file on disk with what
//! was read right before the rename (`plenary::atomic::write_checked`), so even two people
//! who both chose "open anyway" never overwrite each other's work in silence.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

/// How long a lock from another host lives without a refresh before it counts as stale.
pub const STALE_AFTER: Duration = Duration::from_secs(12 * 60 * 60);

/// Who holds a document open: what the lock file says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Holder {
    /// The user's login name.
    pub user: String,
    /// The machine.
    pub host: String,
    /// The process on that machine.
    pub pid: u32,
    /// When the document was opened, local time ("2026-12-04 10:32").
    pub since: String,
    /// Unique to one taking of the lock, so that a lock released late (the document it
    /// belonged to was replaced by the same file opened again) never removes its successor.
    #[serde(default)]
    pub key: String,
}

/// Who this app is, as its locks name it: the user, the machine and the process. The app
/// uses [`Me::this_process`]; tests manage another one per app to be two people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Me {
    /// The user's login name.
    pub user: String,
    /// The machine.
    pub host: String,
    /// The process.
    pub pid: u32,
}

impl Me {
    /// The user running this process, on this machine.
    pub fn this_process() -> Me {
        let user = ["USER", "LOGNAME", "USERNAME"]
            .iter()
            .find_map(|v| std::env::var(v).ok().filter(|u| !u.is_empty()))
            // Started without a login environment (a launcher, a service): the home
            // folder's name is the user's on every desktop system.
            .or_else(|| {
                std::env::home_dir()
                    .and_then(|h| h.file_name().map(|n| n.to_string_lossy().into_owned()))
                    .filter(|u| !u.is_empty())
            })
            .unwrap_or_else(|| "someone".to_owned());
        Me {
            user,
            host: host_name(),
            pid: std::process::id(),
        }
    }

    /// The holder a lock taken now names.
    pub fn now(&self) -> Holder {
        Holder {
            user: self.user.clone(),
            host: self.host.clone(),
            pid: self.pid,
            since: chrono::Local::now().format("%Y-%m-%d %H:%M").to_string(),
            key: String::new(),
        }
    }
}

impl Holder {
    /// "Ada on lab-3 since 2026-12-04 10:32": for the message that asks the second opener.
    pub fn describe(&self) -> String {
        format!("{} on {} since {}", self.user, self.host, self.since)
    }
}

/// The machine's name: the kernel's (Linux), else the environment's, else "this machine".
fn host_name() -> String {
    fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .or_else(|| {
            ["HOSTNAME", "COMPUTERNAME"]
                .iter()
                .find_map(|v| std::env::var(v).ok().filter(|h| !h.is_empty()))
        })
        .unwrap_or_else(|| "this machine".to_owned())
}

/// The lock file of `document`: `.~lock.<name>#` in the same folder.
pub fn lock_path(document: &Path) -> PathBuf {
    let name = document
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    document.with_file_name(format!(".~lock.{name}#"))
}

/// Why a document's lock could not be taken.
#[derive(Debug)]
pub enum LockError {
    /// Someone else has it open (their lock is live).
    Held(Holder),
    /// The lock file could not be written or read (a read-only share: the document can
    /// still be opened, unlocked, by the caller's choice).
    Io(io::Error),
}

/// The lock of one open document, held by this process until dropped.
#[derive(Debug)]
pub struct DocumentLock {
    path: PathBuf,
    /// Open with a shared advisory lock held: the proof, on this host, that the holder runs.
    _file: File,
    holder: Holder,
}

/// What [`DocumentLock::acquire`] found.
#[derive(Debug)]
pub struct Acquired {
    /// The lock, now held.
    pub lock: DocumentLock,
    /// A stale lock it replaced (its holder is gone, or it is old), to report.
    pub replaced: Option<Holder>,
}

impl DocumentLock {
    /// Takes the lock of `document` for `me`: free, stale (taken over and answered in
    /// [`Acquired::replaced`]) or this very process's own; [`LockError::Held`] when another
    /// live holder has it.
    pub fn acquire(document: &Path, me: &Holder) -> Result<Acquired, LockError> {
        let path = lock_path(document);
        for _ in 0..3 {
            match create(&path, me) {
                Ok(lock) => {
                    return Ok(Acquired {
                        lock,
                        replaced: None,
                    });
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(LockError::Io(e)),
            }
            let Some(other) = read(&path) else {
                // Unreadable or half-written (its writer died mid-write, or is writing
                // now): stale unless its holder is alive on this host.
                if is_live(&path, None, me) {
                    return Err(LockError::Held(unknown_holder()));
                }
                let _ = fs::remove_file(&path);
                continue;
            };
            let own = other.host == me.host && other.pid == me.pid;
            if !own && is_live(&path, Some(&other), me) {
                return Err(LockError::Held(other));
            }
            // Stale (or ours): replace it. Removing and creating anew (exclusively) means
            // two openers taking over the same stale lock cannot both win.
            let _ = fs::remove_file(&path);
            if let Ok(lock) = create(&path, me) {
                return Ok(Acquired {
                    lock,
                    replaced: (!own).then_some(other),
                });
            }
        }
        Err(LockError::Io(io::Error::other(format!(
            "{} keeps changing; try again",
            path.display()
        ))))
    }

    /// Takes the lock of `document` for `me` whoever holds it ("Open Anyway"): the other
    /// holder's lock file is replaced by ours, and theirs is no longer removed when they
    /// close (their release sees it names someone else).
    pub fn take_over(document: &Path, me: &Holder) -> io::Result<DocumentLock> {
        let path = lock_path(document);
        let _ = fs::remove_file(&path);
        create(&path, me)
    }

    /// Who this lock names.
    pub fn holder(&self) -> &Holder {
        &self.holder
    }

    /// Marks the lock as alive now (its modification time), so other hosts do not take it
    /// for stale; writes it again when it was removed meanwhile. A lock someone else took
    /// over (Open Anyway) is theirs and left alone.
    pub fn refresh(&self) {
        match read(&self.path) {
            Some(holder) if holder == self.holder => {
                if let Ok(file) = OpenOptions::new().write(true).open(&self.path) {
                    let _ = file.set_modified(SystemTime::now());
                }
            }
            Some(_) => {}
            None => {
                let _ = write_holder(&self.path, &self.holder, false);
            }
        }
    }
}

impl Drop for DocumentLock {
    fn drop(&mut self) {
        if read(&self.path).as_ref() == Some(&self.holder) {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// Whether the lock at `path` (naming `holder`, when readable) belongs to a process that
/// still runs, as far as `me` can tell (see the module doc).
fn is_live(path: &Path, holder: Option<&Holder>, me: &Holder) -> bool {
    let same_host = holder.is_none_or(|h| h.host == me.host);
    if same_host {
        return match File::open(path) {
            Ok(file) => match file.try_lock() {
                Ok(()) => {
                    let _ = file.unlock();
                    false
                }
                Err(TryLockError::WouldBlock) => true,
                // Advisory locks unsupported here: trust the file's age instead.
                Err(TryLockError::Error(_)) => !is_old(path),
            },
            Err(_) => false,
        };
    }
    !is_old(path)
}

/// Whether the file at `path` was last refreshed more than [`STALE_AFTER`] ago.
fn is_old(path: &Path) -> bool {
    fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age > STALE_AFTER)
}

fn unknown_holder() -> Holder {
    Holder {
        user: "someone".into(),
        host: "another machine".into(),
        pid: 0,
        since: "a moment ago".into(),
        key: String::new(),
    }
}

/// Creates the lock file exclusively for `me` (with a fresh key) and holds it.
fn create(path: &Path, me: &Holder) -> io::Result<DocumentLock> {
    static TAKEN: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let holder = Holder {
        key: format!("{nanos:x}-{}", TAKEN.fetch_add(1, Ordering::Relaxed)),
        ..me.clone()
    };
    let file = write_holder(path, &holder, true)?;
    Ok(DocumentLock {
        path: path.to_path_buf(),
        _file: file,
        holder,
    })
}

/// Writes `holder` to the lock file at `path` (`exclusive`: only if there is none) and
/// holds the shared advisory lock on it.
fn write_holder(path: &Path, holder: &Holder, exclusive: bool) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true);
    if exclusive {
        options.create_new(true);
    } else {
        options.create(true).truncate(true);
    }
    let mut file = options.open(path)?;
    // Best effort: a file system without advisory locks falls back on the file's age.
    let _ = file.try_lock_shared();
    let text = serde_json::to_string(holder).map_err(io::Error::other)?;
    file.write_all(text.as_bytes())?;
    file.write_all(b"\n")?;
    file.sync_all()?;
    Ok(file)
}

/// The holder the lock file at `path` names, if it can be read.
fn read(path: &Path) -> Option<Holder> {
    let text = fs::read_to_string(path).ok()?;
    serde_json::from_str(text.trim()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(user: &str, host: &str, pid: u32) -> Holder {
        Holder {
            user: user.into(),
            host: host.into(),
            pid,
            since: "2026-12-04 10:32".into(),
            key: String::new(),
        }
    }

    /// Who the lock file names, its key aside.
    fn named(doc: &Path) -> Option<(String, u32)> {
        read(&lock_path(doc)).map(|h| (h.user, h.pid))
    }

    fn document() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().expect("temp dir");
        let doc = dir.path().join("sg12.plenary.json");
        fs::write(&doc, "{}").expect("write");
        (dir, doc)
    }

    #[test]
    fn the_lock_sits_beside_the_document_under_libreoffices_name() {
        assert_eq!(
            lock_path(Path::new("/share/sg12.plenary.json")),
            Path::new("/share/.~lock.sg12.plenary.json#")
        );
    }

    #[test]
    fn a_second_opener_is_told_who_has_it_and_the_lock_goes_on_close() {
        let (_dir, doc) = document();
        let ada = person("ada", "lab-1", 100);
        let bob = person("bob", "lab-2", 200);
        let held = DocumentLock::acquire(&doc, &ada).expect("free");
        assert!(held.replaced.is_none());
        match DocumentLock::acquire(&doc, &bob) {
            Err(LockError::Held(holder)) => {
                assert_eq!((holder.user.as_str(), holder.pid), ("ada", 100));
                assert_eq!(holder.describe(), "ada on lab-1 since 2026-12-04 10:32");
            }
            other => panic!("bob must be told ada has it: {other:?}"),
        }
        drop(held);
        assert!(!lock_path(&doc).exists(), "closing removes the lock");
        DocumentLock::acquire(&doc, &bob).expect("free again");
    }

    #[test]
    fn a_lock_of_a_dead_process_on_this_host_is_taken_over_and_reported() {
        let (_dir, doc) = document();
        let crashed = person("ada", "lab-1", 100);
        // What a crash leaves: the file, and no process holding its advisory lock.
        fs::write(lock_path(&doc), serde_json::to_string(&crashed).unwrap()).unwrap();
        let me = person("ada", "lab-1", 101);
        let acquired = DocumentLock::acquire(&doc, &me).expect("stale: taken over");
        assert_eq!(acquired.replaced, Some(crashed));
        assert_eq!(named(&doc), Some(("ada".into(), 101)));
    }

    #[test]
    fn a_live_lock_on_this_host_is_respected() {
        let (_dir, doc) = document();
        let first = person("ada", "lab-1", 100);
        let _held = DocumentLock::acquire(&doc, &first).expect("free");
        let second = person("ada", "lab-1", 101);
        assert!(matches!(
            DocumentLock::acquire(&doc, &second),
            Err(LockError::Held(h)) if h.pid == first.pid
        ));
    }

    #[test]
    fn a_lock_from_another_host_is_stale_once_old() {
        let (_dir, doc) = document();
        let far = person("bob", "lab-2", 200);
        fs::write(lock_path(&doc), serde_json::to_string(&far).unwrap()).unwrap();
        let me = person("ada", "lab-1", 100);
        assert!(
            matches!(DocumentLock::acquire(&doc, &me), Err(LockError::Held(_))),
            "fresh: bob may still be working"
        );
        let file = OpenOptions::new()
            .write(true)
            .open(lock_path(&doc))
            .unwrap();
        file.set_modified(SystemTime::now() - STALE_AFTER - Duration::from_secs(60))
            .unwrap();
        let acquired = DocumentLock::acquire(&doc, &me).expect("old: stale");
        assert_eq!(acquired.replaced, Some(far));
    }

    #[test]
    fn open_anyway_takes_over_and_the_first_holders_close_leaves_the_new_lock() {
        let (_dir, doc) = document();
        let ada = person("ada", "lab-1", 100);
        let bob = person("bob", "lab-2", 200);
        let first = DocumentLock::acquire(&doc, &ada).expect("free").lock;
        let second = DocumentLock::take_over(&doc, &bob).expect("open anyway");
        assert_eq!(second.holder().user, bob.user);
        drop(first);
        assert_eq!(
            named(&doc),
            Some(("bob".into(), 200)),
            "ada's close keeps bob's lock"
        );
        drop(second);
        assert!(!lock_path(&doc).exists());
    }

    #[test]
    fn a_garbled_lock_file_without_a_live_holder_is_replaced() {
        let (_dir, doc) = document();
        fs::write(lock_path(&doc), "\u{0}garbage").unwrap();
        let me = person("ada", "lab-1", 100);
        let acquired = DocumentLock::acquire(&doc, &me).expect("garbage is stale");
        assert!(acquired.replaced.is_none());
        assert_eq!(named(&doc), Some(("ada".into(), 100)));
    }

    #[test]
    fn reopening_in_the_same_process_replaces_the_lock_and_the_late_release_keeps_it() {
        let (_dir, doc) = document();
        let me = person("ada", "lab-1", 100);
        let old = DocumentLock::acquire(&doc, &me).expect("free").lock;
        let new = DocumentLock::acquire(&doc, &me).expect("our own lock");
        assert!(
            new.replaced.is_none(),
            "our own lock is not reported as stale"
        );
        drop(old);
        assert!(
            lock_path(&doc).exists(),
            "the old lock's release spares the new one"
        );
        drop(new);
        assert!(!lock_path(&doc).exists());
    }
}
