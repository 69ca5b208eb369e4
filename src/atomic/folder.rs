//! Replacing a whole folder at once ([`write_folder`]), for a published site, and saying
//! beforehand what that would change ([`folder_changes`]): the app shows it before the
//! user confirms. Both refuse the same folders for the same reasons, so what the plan
//! promises is what the write does.

use std::collections::BTreeSet;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::{same_file_content, sync_folder};

/// The file [`write_folder`] leaves in every folder it writes: its mark that the folder is a
/// published site it may replace as a whole.
pub const SITE_MARK: &str = ".plenary-site";

/// Replaces the folder `dir` with a new one holding `files` (paths relative to it,
/// `/`-separated), so that a web server serving `dir` never sees a half-written site: every
/// file goes into a temporary folder beside `dir`, is flushed to disk, and the temporary
/// folder is renamed into place (the old one renamed aside first and removed after).
///
/// A file whose bytes are those the folder held already is hard-linked from the old folder
/// instead of written, so it keeps its modification time: republishing after an edit
/// touches only the files that changed.
///
/// Between the two renames `dir` is briefly absent (no portable call swaps two folders);
/// it is never half-written. A folder that exists already is only replaced when it is
/// empty or carries [`SITE_MARK`] (written by an earlier call), so a mistyped path never
/// deletes a user's folder. A path that is absolute or climbs out (`..`) is refused. On
/// any error before the rename `dir` is as it was and the temporary folder is removed.
pub fn write_folder(dir: &Path, files: &[(&str, &[u8])]) -> io::Result<()> {
    let invalid = |m: String| io::Error::new(io::ErrorKind::InvalidInput, m);
    let name = dir
        .file_name()
        .ok_or_else(|| invalid(format!("{} names no folder", dir.display())))?;
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    check_paths(files)?;
    let existing = replaceable(dir)?;
    let unique = |what: &str| {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        parent.join(format!(
            ".{}.{what}-{}-{nanos}",
            name.to_string_lossy(),
            std::process::id()
        ))
    };
    let temporary = unique("publishing");
    fs::create_dir(&temporary)?;
    let filled = (|| {
        let mark: (&str, &[u8]) = (SITE_MARK, b"Published by Plenary; replaced as a whole.\n");
        let all: Vec<(&str, &[u8])> = files.iter().copied().chain([mark]).collect();
        // A batch at a time, so a site of any size keeps few files open.
        for batch in all.chunks(128) {
            let mut written = Vec::with_capacity(batch.len());
            for (path, bytes) in batch {
                let target = temporary.join(path);
                if let Some(folder) = target.parent() {
                    fs::create_dir_all(folder)?;
                }
                // A file the site had already, byte for byte, is linked rather than written:
                // it keeps its modification time, so a server's caches and a mirror's sync
                // see only the pages that changed.
                if existing
                    && same_file_content(&dir.join(path), bytes)
                    && fs::hard_link(dir.join(path), &target).is_ok()
                {
                    continue;
                }
                let mut out = File::create(&target)?;
                out.write_all(bytes)?;
                written.push(out);
            }
            sync_all(written)?;
        }
        if existing {
            let aside = unique("previous");
            fs::rename(dir, &aside)?;
            if let Err(e) = fs::rename(&temporary, dir) {
                let _ = fs::rename(&aside, dir);
                return Err(e);
            }
            let _ = fs::remove_dir_all(&aside);
        } else {
            fs::rename(&temporary, dir)?;
        }
        Ok(())
    })();
    if filled.is_err() {
        let _ = fs::remove_dir_all(&temporary);
    }
    filled?;
    sync_folder(dir);
    Ok(())
}

/// Flushes `files` to disk, a few at a time in parallel: each flush mostly waits for the
/// disk, and a site has hundreds of files (one after another they took 1.5 s for the SG12
/// example; see docs/publishing.md).
fn sync_all(files: Vec<File>) -> io::Result<()> {
    const LANES: usize = 16;
    let per_lane = files.len().div_ceil(LANES).max(1);
    std::thread::scope(|scope| {
        let lanes: Vec<_> = files
            .chunks(per_lane)
            .map(|chunk| scope.spawn(move || chunk.iter().try_for_each(File::sync_all)))
            .collect();
        lanes.into_iter().try_for_each(|lane| {
            lane.join()
                .unwrap_or_else(|_| Err(io::Error::other("sync")))
        })
    })
}

/// Refuses a path of `files` that is empty, absolute or climbs out of the folder (`..`).
fn check_paths(files: &[(&str, &[u8])]) -> io::Result<()> {
    for (path, _) in files {
        let ok = !path.is_empty()
            && Path::new(path)
                .components()
                .all(|c| matches!(c, std::path::Component::Normal(_)));
        if !ok {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{path:?} is not a path inside the folder"),
            ));
        }
    }
    Ok(())
}

/// Whether `dir` exists as a folder that may be replaced as a whole (empty, or written
/// before by [`write_folder`]): `Ok(false)` when it does not exist, an error naming the
/// folder when it may not be replaced.
fn replaceable(dir: &Path) -> io::Result<bool> {
    match fs::symlink_metadata(dir) {
        Ok(meta) if meta.is_dir() => {
            let empty = fs::read_dir(dir)?.next().is_none();
            if !empty && !dir.join(SITE_MARK).is_file() {
                return Err(io::Error::new(
                    io::ErrorKind::AlreadyExists,
                    format!(
                        "a folder that was not published by Plenary (no {SITE_MARK} in it); \
                         choose a new or empty folder"
                    ),
                ));
            }
            Ok(true)
        }
        Ok(_) => Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            "it exists and is not a folder".to_string(),
        )),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

/// What [`write_folder`] would change in a folder: each list sorted, paths `/`-separated
/// and relative to the folder ([`SITE_MARK`] is never listed).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FolderChanges {
    /// Whether the folder exists already (else it is created).
    pub exists: bool,
    /// Files it does not hold yet.
    pub added: Vec<String>,
    /// Files it holds with other bytes.
    pub changed: Vec<String>,
    /// How many files it holds with the same bytes already (linked, not written).
    pub unchanged: usize,
    /// Files it holds that the new site does not have: gone after the write.
    pub removed: Vec<String>,
}

/// What [`write_folder`]`(dir, files)` would change, without writing anything; refuses
/// what it would refuse (a path outside the folder, a non-empty folder it did not write, a
/// file where the folder should be), with the same message.
pub fn folder_changes(dir: &Path, files: &[(&str, &[u8])]) -> io::Result<FolderChanges> {
    check_paths(files)?;
    let exists = replaceable(dir)?;
    let mut changes = FolderChanges {
        exists,
        ..FolderChanges::default()
    };
    let mut held = BTreeSet::new();
    if exists {
        files_under(dir, "", &mut held)?;
    }
    held.remove(SITE_MARK);
    for (path, bytes) in files {
        if !held.remove(*path) {
            changes.added.push((*path).to_string());
        } else if same_file_content(&dir.join(path), bytes) {
            changes.unchanged += 1;
        } else {
            changes.changed.push((*path).to_string());
        }
    }
    changes.added.sort();
    changes.changed.sort();
    changes.removed = held.into_iter().collect();
    Ok(changes)
}

/// Adds the files under `dir` (at `prefix` inside the site) to `into`, `/`-separated;
/// a symbolic link counts as a file (the write replaces it like one).
fn files_under(dir: &Path, prefix: &str, into: &mut BTreeSet<String>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = if prefix.is_empty() {
            name
        } else {
            format!("{prefix}/{name}")
        };
        if entry.file_type()?.is_dir() {
            files_under(&entry.path(), &path, into)?;
        } else {
            into.insert(path);
        }
    }
    Ok(())
}
