//! Saving a file so that a crash or a full disk never leaves a half-written document: the
//! bytes go to a temporary file in the same folder, are flushed to disk, and the temporary
//! file is renamed over the target (a rename within one folder is atomic on POSIX and
//! Windows). The version it replaces is kept beside it as `<name>.bak`.
//!
//! A file marked read-only is never replaced, even though POSIX lets a rename replace it when
//! the folder is writable (and root may write anything): the mark is the user's wish.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// `path` with `suffix` appended to its file name (`a.json` -> `a.json.bak`).
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// The backup kept of the previous version of `path`.
pub fn backup_path(path: &Path) -> PathBuf {
    with_suffix(path, ".bak")
}

/// Writes `bytes` to `path` atomically; the previous version, if any, is kept as
/// `<name>.bak`. On error the file at `path` is left as it was and no temporary remains.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_keeping(path, bytes, true)
}

/// Writes `bytes` to `path` atomically, keeping no backup (for the app's own files, such as
/// the autosave journal, where a backup would only pile up).
pub fn replace(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_keeping(path, bytes, false)
}

fn write_keeping(path: &Path, bytes: &[u8], backup: bool) -> io::Result<()> {
    if fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) {
        return Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            "the file is read-only",
        ));
    }
    let temporary = with_suffix(path, &format!(".tmp-{}", std::process::id()));
    let result = (|| {
        let mut file = File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        if backup && path.exists() {
            // A copy, not a rename: the document stays in place until the new one replaces it.
            fs::copy(path, backup_path(path))?;
        }
        fs::rename(&temporary, path)?;
        // Make the rename itself durable (not possible on every platform; best effort).
        if let Some(dir) = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .and_then(|folder| File::open(folder).ok())
        {
            let _ = dir.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("plenary-atomic-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("the temp folder is writable");
        dir
    }

    #[test]
    fn writes_then_keeps_the_previous_version_as_bak() {
        let dir = folder("bak");
        let file = dir.join("sg12.plenary.json");
        write(&file, b"first").expect("writing a new file works");
        assert_eq!(fs::read(&file).unwrap(), b"first");
        assert!(
            !backup_path(&file).exists(),
            "a new file has no previous version to keep"
        );
        write(&file, b"second").expect("overwriting works");
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
        let names: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(
            names.len(),
            2,
            "no temporary file is left behind: {names:?}"
        );
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_read_only_file_is_not_replaced() {
        let dir = folder("readonly");
        let file = dir.join("locked.plenary.json");
        fs::write(&file, b"theirs").unwrap();
        let mut permissions = fs::metadata(&file).unwrap().permissions();
        permissions.set_readonly(true);
        fs::set_permissions(&file, permissions).unwrap();
        let error = write(&file, b"ours").expect_err("a read-only file is refused");
        assert_eq!(error.kind(), io::ErrorKind::PermissionDenied);
        assert!(error.to_string().contains("read-only"), "{error}");
        assert_eq!(fs::read(&file).unwrap(), b"theirs", "the file is untouched");
        assert!(
            !backup_path(&file).exists(),
            "nothing was written beside it"
        );
        let mut permissions = fs::metadata(&file).unwrap().permissions();
        #[allow(clippy::permissions_set_readonly_false)]
        permissions.set_readonly(false);
        fs::set_permissions(&file, permissions).unwrap();
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn replace_keeps_no_backup() {
        let dir = folder("replace");
        let file = dir.join("journal.json");
        replace(&file, b"one").unwrap();
        replace(&file, b"two").unwrap();
        assert_eq!(fs::read(&file).unwrap(), b"two");
        assert!(!backup_path(&file).exists());
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_failed_write_leaves_the_file_as_it_was() {
        let dir = folder("fail");
        let file = dir.join("missing-folder").join("doc.json");
        assert!(
            write(&file, b"x").is_err(),
            "a folder that does not exist cannot hold the file"
        );
        assert!(!file.exists());
        fs::remove_dir_all(dir).unwrap();
    }
}
