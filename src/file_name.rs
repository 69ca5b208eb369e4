//! File names: the one a save or an export suggests, and the extension a typed name gets.
//!
//! A secretariat names files after the meeting, and types names without an extension as
//! often as with one. So Save and Export propose "ITU-T SG2 2013.plenary" or
//! "ITU-T SG2 2013.docx", and a name typed without its extension gets it added rather than
//! refused or written without one (a file the app would then not list). Both clients (the
//! app's dialogs and the CLI) use these rules, so they agree.
//!
//! A document's own extension is `.plenary`, so that the operating system can associate
//! Plenary with its documents without claiming every JSON file (the packages declare the
//! type `application/x-plenary`). Documents named `.plenary.json`, as Plenary named them
//! before, keep opening and keep their name when saved: any name ending in `.json` is a
//! document's too.

use crate::export::ExportFormat;
use crate::model::{Timetable, text_in};

/// What a Plenary document's name ends with when Plenary names it.
pub const DOCUMENT_SUFFIX: &str = ".plenary";

/// The endings a document's name may have (compared ignoring case): its own, and `.json`
/// (documents saved before `.plenary`, named `.plenary.json`, and any JSON a user picks).
pub const DOCUMENT_ENDINGS: [&str; 2] = [DOCUMENT_SUFFIX, ".json"];

/// Whether `name` (a file name, or a path ending in one) ends as a document's may.
pub fn is_document_name(name: &str) -> bool {
    let lower = name.to_lowercase();
    DOCUMENT_ENDINGS.iter().any(|end| lower.ends_with(end))
}

/// The name Save and Export propose for `t` (without a folder): its title in its main
/// language, with the year of its first day when the title does not say it, made safe for
/// every file system, then the document's suffix or `format`'s extension.
pub fn suggested(t: &Timetable, format: Option<ExportFormat>) -> String {
    let title = text_in(&t.meeting.title, t.main_lang());
    let mut base: String = title
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => ' ',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    base = base.trim_matches(|c| c == '.' || c == ' ').to_owned();
    if base.is_empty() {
        base = "meeting".into();
    }
    if let Some(first) = t.days.first() {
        let year = first.date.format("%Y").to_string();
        if !base.contains(&year) {
            base = format!("{base} {year}");
        }
    }
    match format {
        None => format!("{base}{DOCUMENT_SUFFIX}"),
        Some(f) => format!("{base}.{}", f.extension()),
    }
}

/// `name` (a file name, or a path ending in one) with the extension a file of `format` (a
/// document when `None`) needs, when it lacks it: "sg2" becomes "sg2.plenary" (a name
/// ending in ".plenary" or ".json" is a document already), "annex" "annex.docx". Case does
/// not matter ("SG2.JSON" is kept). `None` when `name` already ends as it should.
pub fn completed(name: &str, format: Option<ExportFormat>) -> Option<String> {
    let added = match format {
        None if is_document_name(name) => return None,
        None => DOCUMENT_SUFFIX.to_owned(),
        Some(f) => {
            let ext = format!(".{}", f.extension());
            if name.to_lowercase().ends_with(&ext) {
                return None;
            }
            ext
        }
    };
    // "sg2." typed with a dot and nothing after it: the dot is not doubled.
    let name = name.strip_suffix('.').unwrap_or(name);
    Some(format!("{name}{added}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_without_its_extension_gets_it() {
        assert_eq!(completed("sg2", None).as_deref(), Some("sg2.plenary"));
        assert_eq!(
            completed("/tmp/sg2.", None).as_deref(),
            Some("/tmp/sg2.plenary")
        );
        assert_eq!(completed("SG2.JSON", None), None, "any case");
        assert_eq!(completed("SG2.Plenary", None), None, "any case");
        assert_eq!(completed("sg2.plenary", None), None);
        assert_eq!(
            completed("sg2.plenary.json", None),
            None,
            "the older naming is kept"
        );
        assert!(is_document_name("/m/SG2.PLENARY") && is_document_name("a.plenary.json"));
        assert!(!is_document_name("annex.docx") && !is_document_name("plenary"));
        assert_eq!(
            completed("annex", Some(ExportFormat::AnnexDocx)).as_deref(),
            Some("annex.docx")
        );
        assert_eq!(completed("Annex.DOCX", Some(ExportFormat::AnnexDocx)), None);
        assert_eq!(
            completed("annex.pdf", Some(ExportFormat::AnnexDocx)).as_deref(),
            Some("annex.pdf.docx"),
            "another extension is part of the name"
        );
    }
}
