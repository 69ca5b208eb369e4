//! `plenary revisions`: list the revisions published in a document.

use std::path::Path;
use std::process::ExitCode;

use crate::{Failure, open};

pub fn revisions(file: &Path) -> Result<ExitCode, Failure> {
    let timetable = open(file)?;
    if timetable.revisions.is_empty() {
        crate::emit("No revisions.\n")?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = String::new();
    for r in &timetable.revisions {
        let t = r.timetable.timetable();
        let scheduled = t
            .sessions
            .values()
            .filter(|s| s.placement.is_some())
            .count();
        out += &format!(
            "{:<10} {}  {:>4} session(s), {scheduled} scheduled",
            r.label,
            r.date,
            t.sessions.len()
        );
        if let Some(c) = &r.comment {
            out += &format!("  {c}");
        }
        out.push('\n');
    }
    crate::emit(&out)?;
    Ok(ExitCode::SUCCESS)
}
