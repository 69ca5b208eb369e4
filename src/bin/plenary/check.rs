//! `plenary check`: list the conflicts of a timetable; on standard error, the texts a
//! meeting language still lacks (named by their sessions' titles, never by an id).

use std::path::Path;
use std::process::ExitCode;

use plenary::Conflict;
use plenary::messages::Message;
use plenary::model::Severity;

use crate::{Failure, Format, open};

pub fn check(file: &Path, format: Format) -> Result<ExitCode, Failure> {
    let timetable = open(file)?;
    let conflicts = plenary::conflict::check(&timetable);
    match format {
        Format::Json => {
            let text = serde_json::to_string_pretty(&conflicts)
                .map_err(|e| Failure(format!("cannot write JSON: {e}")))?;
            crate::emit(&format!("{text}\n"))?;
        }
        Format::Text => {
            crate::emit(&text_report(&conflicts))?;
            for line in missing_texts(&timetable) {
                eprintln!("plenary: warning: {line}");
            }
        }
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

/// One line per conflict in the language of `--ui-lang`; the severity and kind stay the
/// names scripts read.
fn text_report(conflicts: &[Conflict]) -> String {
    let lang = crate::ui_lang();
    if conflicts.is_empty() {
        return format!("{}\n", Message::new("check-no-conflicts").text(lang));
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
            c.words.text(lang)
        );
        if let Some(reason) = &c.reason {
            let line = Message::new("check-acknowledged").with("reason", reason);
            out += &format!("        {}\n", line.text(lang));
        }
    }
    let s = plenary::conflict::ConflictSummary::of(conflicts);
    let summary = Message::new("check-summary")
        .with("errors", s.errors)
        .with("warnings", s.warnings)
        .with("infos", s.infos)
        .with("acknowledged", s.acknowledged);
    out += &format!("{}\n", summary.text(lang));
    out
}

/// One line per meeting language that some text lacks: how many, and the first few by name.
fn missing_texts(timetable: &plenary::model::Timetable) -> Vec<String> {
    use plenary::translations::{TextPlace, TextRow};
    const SHOWN: usize = 5;
    let list = plenary::translations::list(timetable);
    let name = |r: &TextRow| {
        let (whose, what) = match r.place {
            TextPlace::MeetingTitle => return "the meeting's title".to_string(),
            TextPlace::SessionTitle { .. } => ("session", "title"),
            TextPlace::AnnexLabel { .. } => ("session", "annex label"),
            TextPlace::AnnexNote { .. } => ("session", "annex note"),
            TextPlace::BodyName { .. } => ("body", "full name"),
            TextPlace::SlotName { .. } => ("slot", "name"),
            TextPlace::BreakName { .. } => ("break", "name"),
            TextPlace::NotesHeading => return "the heading of the annex notes".to_string(),
            TextPlace::FreeNote { .. } => ("free note", "text"),
        };
        format!("{whose} \"{}\" ({what})", r.owner)
    };
    list.languages
        .iter()
        .filter_map(|&lang| {
            let rows: Vec<&TextRow> = list.missing_in(lang).collect();
            if rows.is_empty() {
                return None;
            }
            let mut names: Vec<String> = rows.iter().take(SHOWN).map(|r| name(r)).collect();
            if rows.len() > SHOWN {
                names.push(format!("and {} more", rows.len() - SHOWN));
            }
            let count = match rows.len() {
                1 => "1 text has".to_string(),
                n => format!("{n} texts have"),
            };
            Some(format!(
                "{count} no {} text: {}",
                lang.code(),
                names.join(", ")
            ))
        })
        .collect()
}
