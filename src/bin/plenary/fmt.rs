//! `plenary fmt`: rewrite a document in canonical form.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use plenary::document;

use crate::{Failure, open, read};

pub fn fmt(file: &Path, check_only: bool) -> Result<ExitCode, Failure> {
    if crate::import::foreign_format(file)?.is_some() {
        return Err(Failure(format!(
            "{}: not a Plenary document; `plenary import` it first",
            file.display()
        )));
    }
    let text = read(file)?;
    let timetable = open(file)?;
    let canonical = document::save(&timetable);
    if canonical == text {
        return Ok(ExitCode::SUCCESS);
    }
    if check_only {
        eprintln!(
            "plenary: {} is not in canonical form (run `plenary fmt` on it)",
            file.display()
        );
        return Ok(ExitCode::from(1));
    }
    write_replacing(file, &canonical)
        .map_err(|e| Failure(format!("cannot write {}: {e}", file.display())))?;
    Ok(ExitCode::SUCCESS)
}

/// Writes beside the target then renames over it, so an interrupted write never leaves a
/// half-written document.
pub fn write_replacing(file: &Path, text: &str) -> std::io::Result<()> {
    write_replacing_bytes(file, text.as_bytes())
}

/// [`write_replacing`] for any bytes.
pub fn write_replacing_bytes(file: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut tmp = file.as_os_str().to_owned();
    tmp.push(".plenary-tmp");
    let tmp = PathBuf::from(tmp);
    let mut out = std::fs::File::create(&tmp)?;
    out.write_all(bytes)?;
    out.sync_all()?;
    std::fs::rename(&tmp, file)
}
