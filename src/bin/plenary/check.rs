//! `plenary check`: list the conflicts of a timetable.

use std::path::Path;
use std::process::ExitCode;

use plenary::Conflict;
use plenary::model::Severity;

use crate::{Failure, Format, open};

pub fn check(file: &Path, format: Format) -> Result<ExitCode, Failure> {
    let timetable = open(file)?;
    let conflicts = plenary::conflict::check(&timetable);
    match format {
        Format::Json => {
            let text = serde_json::to_string_pretty(&conflicts)
                .map_err(|e| Failure(format!("cannot write JSON: {e}")))?;
            crate::emit(&format!("{text}\n"));
        }
        Format::Text => crate::emit(&text_report(&conflicts)),
    }
    let blocking = conflicts
        .iter()
        .any(|c| c.severity == Severity::Error && !c.acknowledged);
    Ok(if blocking {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn text_report(conflicts: &[Conflict]) -> String {
    if conflicts.is_empty() {
        return "No conflicts.\n".into();
    }
    let mut out = String::new();
    for c in conflicts {
        let severity = match c.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        let ids: Vec<&str> = c.sessions.iter().map(|s| s.as_str()).collect();
        out += &format!(
            "{severity:<7} {:<25} [{}] {}\n",
            c.kind.name(),
            ids.join(", "),
            c.message
        );
        if let Some(reason) = &c.reason {
            out += &format!("        acknowledged: {reason}\n");
        }
    }
    let s = plenary::conflict::ConflictSummary::of(conflicts);
    out += &format!(
        "{} error(s), {} warning(s), {} info(s), {} acknowledged\n",
        s.errors, s.warnings, s.infos, s.acknowledged
    );
    out
}
