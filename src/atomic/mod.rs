//! Writing a file so that a crash, a full disk or a kill never leaves a half-written one:
//! the one piece of I/O in the core.
//!
//! Why here, when the core otherwise does no I/O: the desktop app and every command of the
//! CLI that writes (`export`, `import -o`, `fmt`, `revise`, `generate`) must write the same
//! careful way, and two copies had already drifted apart (one kept no backup and left its
//! temporary file behind on failure). The rules below are the file format's promise that
//! nothing a user had is lost, so they belong with the format, not with one client.
//!
//! What [`write()`] does depends on what is at the path (see [`Target`]):
//! - **a regular file, or nothing**: the bytes go to a temporary file with a unique name in
//!   the same folder (created exclusively, so two writers never share one), are flushed to
//!   disk (`fsync`), and the temporary file is renamed over the path (a rename within one
//!   folder is atomic on POSIX and Windows); then the folder is flushed so that the rename
//!   itself survives a power cut. The file keeps its permissions (and, where the process
//!   may, its owner). With [`Backup::Keep`] the version it replaces is first copied to
//!   `<name>.bak`. On any error the file is as it was and no temporary file remains.
//! - **a symbolic link**: followed (through every hop, even to a target that does not exist
//!   yet); the target gets the new bytes as above and the link stays a link.
//! - **a device, a FIFO or a socket** (`-o /dev/null`, a named pipe): written directly,
//!   never renamed over. Renaming a regular file over `/dev/null` as root turns the device
//!   into a file and breaks every program on the machine that uses it afterwards.
//!
//! [`write_checked`] runs a caller's check at the last moment, after the new bytes are safely
//! on disk in the temporary file and just before the rename (or, for a device, before
//! writing): the app compares the document's file with what it read, so a change another
//! person made while the new version was being written is not silently replaced. The check
//! failing leaves the file as it was, like any other error.
//!
//! A file marked read-only is never replaced, even though POSIX lets a rename replace it when
//! the folder is writable (and root may write anything): the mark is the user's wish.
//!
//! **Faults.** Each [`Step`] of a replacing write can be made to fail in tests (the
//! `fault-injection` feature, `atomic::faults`), with the error a full disk, a failing disk or a
//! permission gives. Every fault up to and including the rename leaves the file as it was
//! and no temporary file behind; a fault flushing the folder after the rename is ignored
//! (best effort: the new file is complete and in place, only its durability across a power
//! cut is not confirmed, and reporting a failed save then would be untrue).

use std::fs::{self, File, Metadata, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

mod folder;

pub use folder::{FolderChanges, SITE_MARK, folder_changes, write_folder};

/// The steps of a replacing write, in their order: where `atomic::faults` can strike in tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Creating the temporary file beside the target.
    Create,
    /// Writing the bytes into it.
    Write,
    /// Flushing it to disk (`fsync`).
    Sync,
    /// Copying the previous version to `<name>.bak`.
    Backup,
    /// Renaming the temporary file over the target.
    Rename,
    /// Flushing the folder, so the rename survives a power cut.
    SyncFolder,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 6] = [
        Step::Create,
        Step::Write,
        Step::Sync,
        Step::Backup,
        Step::Rename,
        Step::SyncFolder,
    ];
}

/// Fault injection for tests: a planned error at one [`Step`] of the next write into a
/// folder. Plans are global (the shell runs IPC commands on threads of its own) and keyed by
/// folder, so tests running side by side in other folders are not touched.
#[cfg(any(test, feature = "fault-injection"))]
pub mod faults {
    use std::io;
    use std::path::{Path, PathBuf};
    use std::sync::Mutex;

    use super::Step;

    static PLANS: Mutex<Vec<(PathBuf, Step, i32)>> = Mutex::new(Vec::new());

    /// Makes the next write of a file in `folder` fail at `step` with the OS error `errno`
    /// (`libc::ENOSPC`, `EIO`, `EACCES` ...): once, and only until the guard is dropped.
    pub fn strike(folder: &Path, step: Step, errno: i32) -> Planned {
        let folder = folder.to_path_buf();
        lock().push((folder.clone(), step, errno));
        Planned(folder)
    }

    /// Removes its folder's plan when dropped (struck or not).
    #[must_use = "the fault is planned only while this lives"]
    pub struct Planned(PathBuf);

    impl Drop for Planned {
        fn drop(&mut self) {
            lock().retain(|(folder, _, _)| folder != &self.0);
        }
    }

    fn lock() -> std::sync::MutexGuard<'static, Vec<(PathBuf, Step, i32)>> {
        PLANS.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The planned error for `step` of a write of `file`, taken (it strikes once).
    pub(super) fn at(file: &Path, step: Step) -> io::Result<()> {
        let mut plans = lock();
        let found = plans
            .iter()
            .position(|(folder, s, _)| *s == step && file.parent() == Some(folder.as_path()));
        match found {
            Some(i) => Err(io::Error::from_raw_os_error(plans.remove(i).2)),
            None => Ok(()),
        }
    }
}

/// No faults outside tests.
#[cfg(not(any(test, feature = "fault-injection")))]
mod faults {
    #[inline(always)]
    pub(super) fn at(_: &std::path::Path, _: super::Step) -> std::io::Result<()> {
        Ok(())
    }
}

/// Whether [`write()`] keeps the version it replaces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backup {
    /// Copy the previous version to `<name>.bak` first (documents the user saves).
    Keep,
    /// Keep nothing (files the program rewrites often, such as the autosave journal,
    /// where backups would only pile up; and exports, which can be made again).
    Skip,
}

/// How [`write()`] will put bytes at a path, judged from what is there now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// Replace (or create) the regular file at this path, symbolic links resolved, through
    /// a temporary file and a rename.
    Replace(PathBuf),
    /// Write straight into this existing device, FIFO or socket; never rename over it.
    Direct(PathBuf),
}

/// The backup [`write()`] keeps of the previous version of `path` (`a.json` -> `a.json.bak`).
pub fn backup_path(path: &Path) -> PathBuf {
    with_suffix(path, ".bak")
}

/// What [`write()`] would do at `path`, without writing anything: follows symbolic links and
/// looks at what is at the end. An error when that is a folder, a read-only file, or a
/// chain of links too long (a loop).
pub fn target(path: &Path) -> io::Result<Target> {
    let resolved = resolve_links(path)?;
    match fs::metadata(&resolved) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Target::Replace(resolved)),
        Err(e) => Err(e),
        Ok(meta) if meta.is_dir() => Err(io::Error::new(
            io::ErrorKind::IsADirectory,
            "it is a folder",
        )),
        Ok(meta) if meta.is_file() => {
            if meta.permissions().readonly() {
                Err(io::Error::new(
                    io::ErrorKind::PermissionDenied,
                    "the file is read-only",
                ))
            } else {
                Ok(Target::Replace(resolved))
            }
        }
        // A device, a FIFO, a socket: anything that is not a plain file.
        Ok(_) => Ok(Target::Direct(resolved)),
    }
}

/// Writes `bytes` to `path` as the module docs describe, and answers how it did. On error
/// nothing at `path` changed (for a device or FIFO, some bytes may have gone through).
pub fn write(path: &Path, bytes: &[u8], backup: Backup) -> io::Result<Target> {
    write_checked(path, bytes, backup, || Ok(()))
}

/// [`write()`], calling `check` right before the new bytes replace the file (after they are
/// written and flushed to the temporary file; for a device, before writing). An error from
/// `check` is the answer: nothing at `path` changed and no temporary file remains.
pub fn write_checked(
    path: &Path,
    bytes: &[u8],
    backup: Backup,
    check: impl FnOnce() -> io::Result<()>,
) -> io::Result<Target> {
    let target = target(path)?;
    match &target {
        Target::Direct(device) => {
            check()?;
            let mut out = OpenOptions::new().write(true).open(device)?;
            out.write_all(bytes)?;
            out.flush()?;
        }
        Target::Replace(file) => replace(file, bytes, backup, check)?,
    }
    Ok(target)
}

/// Replaces the regular file `file` (no link, or nothing yet) with `bytes`, once `check`
/// passes.
fn replace(
    file: &Path,
    bytes: &[u8],
    backup: Backup,
    check: impl FnOnce() -> io::Result<()>,
) -> io::Result<()> {
    let previous = fs::metadata(file).ok();
    faults::at(file, Step::Create)?;
    let (temporary, mut out) = create_temporary(file)?;
    let result = (|| {
        faults::at(file, Step::Write)?;
        out.write_all(bytes)?;
        if let Some(meta) = &previous {
            keep_owner_and_mode(&out, meta)?;
        }
        faults::at(file, Step::Sync)?;
        out.sync_all()?;
        drop(out);
        check()?;
        if backup == Backup::Keep && previous.is_some() {
            // A copy, not a rename: the document stays in place until the new one replaces it.
            faults::at(file, Step::Backup)?;
            fs::copy(file, backup_path(file))?;
        }
        faults::at(file, Step::Rename)?;
        fs::rename(&temporary, file)?;
        remove_orphans(file);
        // Best effort (see the module doc): the new file is complete and in place.
        if faults::at(file, Step::SyncFolder).is_ok() {
            sync_folder(file);
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result
}

/// A new file beside `file` with a name no other writer uses: process id, a counter and
/// the clock, created exclusively (`O_EXCL`) and tried again on the rare clash.
fn create_temporary(file: &Path) -> io::Result<(PathBuf, File)> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut last_error = None;
    for _ in 0..16 {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let temporary = with_suffix(
            file,
            &format!(".tmp-{}-{n}-{nanos:08x}", std::process::id()),
        );
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)
        {
            Ok(out) => return Ok((temporary, out)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last_error = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last_error.unwrap_or_else(|| io::Error::other("no free temporary name")))
}

/// Removes the temporary files that writers of `file` killed mid-write left beside it (a
/// crash or a power cut gives no chance to clean up), so they do not pile up in the user's
/// folder. Only where a writer can be known dead: its process id, in the name, no longer runs
/// on this machine (Linux's `/proc`). Should the writer be alive elsewhere (a shared folder),
/// its rename then fails and its save says so, its file untouched: nothing is lost.
fn remove_orphans(file: &Path) {
    let proc = Path::new("/proc/self");
    let (Some(folder), Some(name)) = (file.parent(), file.file_name()) else {
        return;
    };
    if !proc.exists() {
        return;
    }
    let prefix = format!("{}.tmp-", name.to_string_lossy());
    let Ok(entries) = fs::read_dir(if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    }) else {
        return;
    };
    for entry in entries.flatten() {
        let entry_name = entry.file_name();
        let entry_name = entry_name.to_string_lossy();
        let Some(pid) = entry_name
            .strip_prefix(&prefix)
            .and_then(|rest| rest.split('-').next())
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() && !Path::new(&format!("/proc/{pid}")).exists() {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Gives the new file the permissions (and on Unix, when the process may, the owner) of
/// the one it replaces.
fn keep_owner_and_mode(out: &File, previous: &Metadata) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // Only root may give a file away; anyone else keeps their own ownership, which is
        // what they would get by writing the file in place too.
        let _ = std::os::unix::fs::fchown(out, Some(previous.uid()), Some(previous.gid()));
    }
    out.set_permissions(previous.permissions())
}

/// Whether `path` is a regular file holding exactly `bytes` (false when it cannot be read).
fn same_file_content(path: &Path, bytes: &[u8]) -> bool {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.is_file() && meta.len() == bytes.len() as u64 => {
            fs::read(path).is_ok_and(|old| old == bytes)
        }
        _ => false,
    }
}

/// Flushes the folder of `file` so the rename survives a power cut. Best effort: not every
/// platform can open a folder as a file (Windows cannot), and the data is already safe.
fn sync_folder(file: &Path) {
    let folder = match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
}

/// `path` with every symbolic link along its last component followed (relative links
/// resolved against the link's folder); the end may not exist yet.
fn resolve_links(path: &Path) -> io::Result<PathBuf> {
    // Linux's own limit on links followed in one lookup.
    const MAX_HOPS: usize = 40;
    let mut current = path.to_path_buf();
    for _ in 0..MAX_HOPS {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = fs::read_link(&current)?;
                current = match current.parent() {
                    Some(folder) if link.is_relative() => folder.join(link),
                    _ => link,
                };
            }
            Ok(_) => return Ok(current),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(current),
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other(
        "too many levels of symbolic links (a loop?)",
    ))
}

/// `path` with `suffix` appended to its file name (`a.json` -> `a.json.bak`).
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder() -> tempfile::TempDir {
        tempfile::tempdir().expect("the temp folder is writable")
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .expect("readable folder")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn writes_a_new_file_then_keeps_the_previous_version_as_bak() {
        let dir = folder();
        let file = dir.path().join("sg12.plenary.json");
        write(&file, b"first", Backup::Keep).expect("writing a new file works");
        assert_eq!(fs::read(&file).unwrap(), b"first");
        assert!(
            !backup_path(&file).exists(),
            "a new file has no previous version to keep"
        );
        write(&file, b"second", Backup::Keep).expect("overwriting works");
        assert_eq!(
            fs::read(&file).unwrap(),
            b"second",
            "the new version is in place"
        );
        assert_eq!(
            fs::read(backup_path(&file)).unwrap(),
            b"first",
            "the previous one is the .bak"
        );
        assert_eq!(
            names(dir.path()),
            ["sg12.plenary.json", "sg12.plenary.json.bak"],
            "no temporary file is left behind"
        );
    }

    #[test]
    fn skip_keeps_no_backup() {
        let dir = folder();
        let file = dir.path().join("journal.json");
        write(&file, b"one", Backup::Skip).unwrap();
        write(&file, b"two", Backup::Skip).unwrap();
        assert_eq!(fs::read(&file).unwrap(), b"two");
        assert_eq!(names(dir.path()), ["journal.json"], "no .bak, no temporary");
    }

    #[test]
    fn a_read_only_file_is_not_replaced() {
        let dir = folder();
        let file = dir.path().join("locked.plenary.json");
        fs::write(&file, b"theirs").unwrap();
        let mut permissions = fs::metadata(&file).unwrap().permissions();
        permissions.set_readonly(true);
        fs::set_permissions(&file, permissions).unwrap();
        let error = write(&file, b"ours", Backup::Keep).expect_err("a read-only file is refused");
        assert_eq!(error.kind(), io::ErrorKind::PermissionDenied);
        assert!(error.to_string().contains("read-only"), "{error}");
        assert_eq!(fs::read(&file).unwrap(), b"theirs", "the file is untouched");
        assert_eq!(
            names(dir.path()),
            ["locked.plenary.json"],
            "nothing written beside it"
        );
    }

    #[test]
    fn a_failed_write_leaves_nothing_behind() {
        let dir = folder();
        let file = dir.path().join("missing-folder").join("doc.json");
        assert!(
            write(&file, b"x", Backup::Keep).is_err(),
            "a folder that does not exist cannot hold the file"
        );
        assert!(!file.exists());
        assert!(names(dir.path()).is_empty(), "no temporary file anywhere");
    }

    #[test]
    fn a_failed_rename_removes_the_temporary_and_keeps_the_file() {
        // Renaming a file over a non-empty folder fails after the temporary is written:
        // the path names a folder reached through a link, which `target` would refuse, so
        // call the replacing step directly.
        let dir = folder();
        let file = dir.path().join("doc.json");
        fs::create_dir(&file).unwrap();
        fs::write(file.join("inside"), b"keep").unwrap();
        assert!(
            replace(&file, b"new", Backup::Skip, || Ok(())).is_err(),
            "a folder is not replaced"
        );
        assert_eq!(fs::read(file.join("inside")).unwrap(), b"keep");
        assert_eq!(
            names(dir.path()),
            ["doc.json"],
            "the temporary file was removed"
        );
    }

    #[test]
    fn a_folder_is_refused() {
        let dir = folder();
        let error = write(dir.path(), b"x", Backup::Skip).expect_err("a folder is no file");
        assert_eq!(error.kind(), io::ErrorKind::IsADirectory);
    }

    #[cfg(unix)]
    #[test]
    fn the_file_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = folder();
        let file = dir.path().join("private.plenary.json");
        fs::write(&file, b"old").unwrap();
        fs::set_permissions(&file, fs::Permissions::from_mode(0o640)).unwrap();
        write(&file, b"new", Backup::Keep).unwrap();
        let mode = fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(
            mode, 0o640,
            "a replaced file keeps its permissions, not the umask's"
        );
        assert_eq!(fs::read(&file).unwrap(), b"new");
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_is_written_through_and_stays_a_link() {
        let dir = folder();
        let real = dir.path().join("real").join("doc.json");
        fs::create_dir(real.parent().unwrap()).unwrap();
        fs::write(&real, b"old").unwrap();
        // A relative link, and a link to that link.
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink("real/doc.json", &link).unwrap();
        let link2 = dir.path().join("link2.json");
        std::os::unix::fs::symlink(&link, &link2).unwrap();
        let how = write(&link2, b"new", Backup::Keep).unwrap();
        assert_eq!(how, Target::Replace(dir.path().join("real/doc.json")));
        for l in [&link, &link2] {
            assert!(
                fs::symlink_metadata(l).unwrap().file_type().is_symlink(),
                "{} is still a link",
                l.display()
            );
        }
        assert_eq!(fs::read(&real).unwrap(), b"new", "the target got the bytes");
        assert_eq!(
            fs::read(backup_path(&real)).unwrap(),
            b"old",
            "the backup sits beside the target"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_dangling_symlink_creates_its_target() {
        let dir = folder();
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink("new.json", &link).unwrap();
        write(&link, b"made", Backup::Keep).unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(dir.path().join("new.json")).unwrap(), b"made");
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_loop_is_an_error_not_a_hang() {
        let dir = folder();
        let a = dir.path().join("a");
        let b = dir.path().join("b");
        std::os::unix::fs::symlink(&b, &a).unwrap();
        std::os::unix::fs::symlink(&a, &b).unwrap();
        assert!(write(&a, b"x", Backup::Skip).is_err());
    }

    /// A named pipe is written into, never renamed over: a reader gets the bytes and the
    /// FIFO is still a FIFO afterwards.
    #[cfg(unix)]
    #[test]
    fn a_fifo_is_written_directly() {
        use std::os::unix::fs::FileTypeExt;
        let dir = folder();
        let fifo = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo runs");
        assert!(made.success(), "mkfifo made the pipe");
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || fs::read(fifo).expect("the pipe reads"))
        };
        let how = write(&fifo, b"through the pipe", Backup::Keep).expect("a FIFO takes bytes");
        assert_eq!(how, Target::Direct(fifo.clone()));
        assert_eq!(reader.join().unwrap(), b"through the pipe");
        assert!(
            fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(),
            "the FIFO is still a FIFO"
        );
        assert_eq!(
            names(dir.path()),
            ["pipe"],
            "no .bak, no temporary beside it"
        );
    }

    /// `/dev/null` is a character device: the writer must choose to write into it. Only the
    /// choice is checked; nothing is written, so a wrong choice cannot harm the machine.
    #[cfg(unix)]
    #[test]
    fn a_character_device_is_written_directly_never_replaced() {
        let dev_null = Path::new("/dev/null");
        assert_eq!(
            target(dev_null).expect("/dev/null is there"),
            Target::Direct(dev_null.to_path_buf())
        );
    }

    #[test]
    fn a_failed_check_before_the_rename_keeps_the_file_and_leaves_nothing_behind() {
        let dir = folder();
        let file = dir.path().join("doc.json");
        fs::write(&file, "theirs").unwrap();
        let refused = write_checked(&file, b"mine", Backup::Keep, || {
            // What another person's save does between our read and our rename.
            fs::write(dir.path().join("doc.json"), "theirs, changed")?;
            Err(io::Error::other("changed on disk"))
        });
        assert_eq!(refused.unwrap_err().to_string(), "changed on disk");
        assert_eq!(fs::read_to_string(&file).unwrap(), "theirs, changed");
        assert_eq!(names(dir.path()), ["doc.json"], "no temporary, no backup");
        write_checked(&file, b"mine", Backup::Skip, || Ok(())).unwrap();
        assert_eq!(fs::read_to_string(&file).unwrap(), "mine");
    }

    /// The OS errors of a full disk, a failing disk and a refused permission (the same
    /// numbers on Linux and macOS).
    const ENOSPC: i32 = 28;
    const EIO: i32 = 5;
    const EACCES: i32 = 13;

    #[test]
    fn a_fault_at_any_step_up_to_the_rename_keeps_the_old_file_and_says_why() {
        for step in Step::ALL {
            for errno in [ENOSPC, EIO, EACCES] {
                let dir = folder();
                let file = dir.path().join("doc.json");
                fs::write(&file, "old").unwrap();
                let _fault = faults::strike(dir.path(), step, errno);
                let answer = write(&file, b"new", Backup::Keep);
                if step == Step::SyncFolder {
                    // After the rename: the new file is whole and in place (module doc).
                    answer.unwrap_or_else(|e| panic!("{step:?}/{errno}: {e}"));
                    assert_eq!(fs::read_to_string(&file).unwrap(), "new");
                    continue;
                }
                let error = answer.expect_err("the fault is reported");
                assert_eq!(error.raw_os_error(), Some(errno), "{step:?}: {error}");
                assert_eq!(
                    fs::read_to_string(&file).unwrap(),
                    "old",
                    "{step:?}/{errno}: the old file is intact"
                );
                let left = names(dir.path());
                assert!(
                    left.iter().all(|n| n == "doc.json" || n == "doc.json.bak"),
                    "{step:?}/{errno}: no temporary file left: {left:?}"
                );
                write(&file, b"new", Backup::Keep).expect("the next save works");
                assert_eq!(fs::read_to_string(&file).unwrap(), "new");
            }
        }
    }

    #[test]
    fn a_planned_fault_strikes_only_its_own_folder_and_only_once() {
        let (mine, other) = (folder(), folder());
        let _fault = faults::strike(mine.path(), Step::Rename, ENOSPC);
        write(&other.path().join("a.json"), b"x", Backup::Skip).expect("another folder");
        write(&mine.path().join("a.json"), b"x", Backup::Skip).expect_err("struck");
        write(&mine.path().join("a.json"), b"x", Backup::Skip).expect("once only");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_save_removes_the_temporary_files_of_killed_writers_and_spares_live_ones() {
        let dir = folder();
        let file = dir.path().join("doc.json");
        // No process has id 4194304 (above Linux's highest): its writer is gone.
        let orphan = dir.path().join("doc.json.tmp-4194304-0-0000abcd");
        let live = dir
            .path()
            .join(format!("doc.json.tmp-{}-9-0000abcd", std::process::id()));
        let other = dir.path().join("other.json.tmp-4194304-0-0000abcd");
        for path in [&orphan, &live, &other] {
            fs::write(path, "half").unwrap();
        }
        write(&file, b"new", Backup::Skip).unwrap();
        assert!(!orphan.exists(), "a dead writer's temporary file goes");
        assert!(live.exists(), "a live writer's stays");
        assert!(other.exists(), "another file's stays");
    }
}
