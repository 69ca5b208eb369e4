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
            println!("{text}");
        }
        Format::Text => print_text(&conflicts),
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

fn print_text(conflicts: &[Conflict]) {
    if conflicts.is_empty() {
        println!("No conflicts.");
        return;
    }
    for c in conflicts {
        let severity = match c.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        let ids: Vec<&str> = c.sessions.iter().map(|s| s.as_str()).collect();
        println!(
            "{severity:<7} {:<25} [{}] {}",
            c.kind.name(),
            ids.join(", "),
            c.message
        );
        if let Some(reason) = &c.reason {
            println!("        acknowledged: {reason}");
        }
    }
    let summary = plenary::editor::ConflictSummary::of(conflicts);
    println!(
        "{} error(s), {} warning(s), {} info(s), {} acknowledged",
        summary.errors, summary.warnings, summary.infos, summary.acknowledged
    );
}
