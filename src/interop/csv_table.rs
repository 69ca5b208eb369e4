//! CSV import and export, one row per session, with a header row of [`CSV_COLUMNS`].
//!
//! | column | content |
//! |---|---|
//! | `id` | the session id (generated as `s-<row>` on import when empty) |
//! | `title` | title in the meeting's main language (required on import) |
//! | `kind` | `plenary`, `working-party`, `question`, `training`, `management`, `briefing`, `webinar`, `social`, `other` |
//! | `start`, `end` | `YYYY-MM-DD HH:MM`, wall-clock time in the meeting's zone; both empty for an unscheduled session, the end equal to the start for a point in time ("17:30 Steering Committee"), the end empty for an open-ended item ("18:00– conference dinner") |
//! | `room` | room name |
//! | `bodies` | body short names separated by `; ` |
//! | `persons` | person names separated by `; ` |
//! | `tentative`, `exclusive` | `yes` or empty |
//! | `annex` | `cell`, `note`, `both` or `hidden` |
//!
//! Export guards against formula injection: a cell that starts with `=`, `+`, `-`, `@`, a
//! tab or a carriage return gets a leading `'`, which spreadsheet programs show as text;
//! the importer removes exactly that quote again. The importer accepts `,` or `;` as
//! separator (from the header line), columns in any order, and reports unknown columns.
//!
//! The meeting's title comes from the file when it has one: a title row above the header
//! (a line with one cell, as spreadsheets export a table's caption; a `Title:` label in front
//! is dropped) or an import-only `meeting` column (its first value); else from the file's
//! name ([`ImportOptions::file_name`]).

use std::io::Write;

use super::table::{self, Place, Row, Source, Table, caption_of};
use super::{Action, ExportError, ImportError, ImportOptions, Imported, Position, type_of_kind};
use crate::messages::Message;
use crate::model::{AnnexPlacement, Lang, Timetable, Timing, text_in};
use crate::time::Stamp;

/// The CSV columns, in the order export writes them.
pub const CSV_COLUMNS: [&str; 11] = [
    "id",
    "title",
    "kind",
    "start",
    "end",
    "room",
    "bodies",
    "persons",
    "tentative",
    "exclusive",
    "annex",
];

/// A title row above the header: `(its text, the rest of the file, 1)` when the first line
/// makes a caption ([`caption_of`]: one non-empty cell, more lines after it); else
/// `(None, text, 0)`.
fn title_row(text: &str) -> (Option<String>, &str, usize) {
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let first = first.trim_start_matches('\u{feff}');
    let delimiter = if first.contains(';') && !first.contains(',') {
        b';'
    } else {
        b','
    };
    let cells: Vec<String> = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(first.as_bytes())
        .records()
        .next()
        .and_then(Result::ok)
        .map(|r| r.iter().map(str::to_owned).collect())
        .unwrap_or_default();
    let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
    match caption_of(&cells, !rest.trim().is_empty()) {
        Some(caption) => (Some(caption), rest, 1),
        None => (None, text, 0),
    }
}

/// The cells of one session's row, in [`CSV_COLUMNS`] order, not yet guarded.
pub(super) fn row_of(t: &Timetable, s: &crate::model::Session, lang: Lang) -> Vec<String> {
    let stamp = |st: Stamp| st.naive().format("%Y-%m-%d %H:%M").to_string();
    vec![
        s.id.to_string(),
        text_in(&s.title, lang).to_owned(),
        type_of_kind(s.kind).to_owned(),
        s.placement.map(|p| stamp(p.start)).unwrap_or_default(),
        // An open-ended item has no end; a point ends where it starts.
        s.placement
            .filter(|_| s.timing != Timing::OpenEnded)
            .map(|p| stamp(p.end))
            .unwrap_or_default(),
        s.room
            .as_ref()
            .and_then(|r| t.rooms.get(r))
            .map(|r| r.name.clone())
            .unwrap_or_default(),
        s.bodies
            .iter()
            .filter_map(|b| t.bodies.get(b))
            .map(|b| b.short.clone())
            .collect::<Vec<_>>()
            .join("; "),
        s.persons
            .iter()
            .filter_map(|p| t.persons.get(p))
            .map(|p| p.name.clone())
            .collect::<Vec<_>>()
            .join("; "),
        if s.tentative { "yes" } else { "" }.to_owned(),
        if s.exclusive { "yes" } else { "" }.to_owned(),
        annex_word(s.annex).to_owned(),
    ]
}

fn annex_word(a: AnnexPlacement) -> &'static str {
    match a {
        AnnexPlacement::Cell => "cell",
        AnnexPlacement::Note => "note",
        AnnexPlacement::Both => "both",
        AnnexPlacement::Hidden => "hidden",
    }
}

/// A cell made safe for spreadsheet programs: a leading `=`, `+`, `-`, `@`, tab or carriage
/// return is prefixed with `'`.
pub(super) fn guard(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// Writes every session of `timetable`, scheduled ones first in time order, then the
/// unscheduled ones in document order.
pub fn write_csv<W: Write>(
    timetable: &Timetable,
    lang: Lang,
    out: &mut W,
) -> Result<(), ExportError> {
    let mut w = csv::Writer::from_writer(out);
    let map = |e: csv::Error| match e.into_kind() {
        csv::ErrorKind::Io(io) => ExportError::Io(io),
        other => ExportError::Io(std::io::Error::other(format!("{other:?}"))),
    };
    w.write_record(CSV_COLUMNS).map_err(map)?;
    for s in sessions_in_order(timetable) {
        let row: Vec<String> = row_of(timetable, s, lang)
            .iter()
            .map(|c| guard(c))
            .collect();
        w.write_record(&row).map_err(map)?;
    }
    w.flush()?;
    Ok(())
}

/// Scheduled sessions by start (then id), then unscheduled ones in document order.
pub(super) fn sessions_in_order(t: &Timetable) -> Vec<&crate::model::Session> {
    let mut list: Vec<_> = t.sessions.values().collect();
    list.sort_by(|a, b| match (a.placement, b.placement) {
        (Some(x), Some(y)) => x.start.cmp(&y.start).then(a.id.cmp(&b.id)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    list
}

/// Imports CSV with a header row naming [`CSV_COLUMNS`] (any order; `title` required): the
/// records become a [`Table`], which [`table::import`] reads as every session table.
pub fn import(text: &str, options: &ImportOptions) -> Result<Imported, ImportError> {
    let (caption, text, skipped_lines) = title_row(text);
    let header_line = text.lines().next().unwrap_or("");
    let delimiter = if header_line.contains(';') && !header_line.contains(',') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let csv_error = |e: &csv::Error| {
        let line = e.position().map_or(1, |p| p.line() as usize) + skipped_lines;
        ImportError::Csv {
            line,
            message: Box::new(Message::as_said(e.to_string())),
        }
    };
    let cells = |record: &csv::StringRecord| -> Vec<(u32, String)> {
        (0u32..).zip(record.iter().map(str::to_owned)).collect()
    };
    let headers = reader.headers().map_err(|e| csv_error(&e))?.clone();
    let header = Row {
        place: Place::Line(1 + skipped_lines),
        cells: cells(&headers),
    };
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(&e))?;
        let line = record.position().map_or(0, |p| p.line() as usize) + skipped_lines;
        rows.push(Row {
            place: Place::Line(line),
            cells: cells(&record),
        });
    }
    let closing = unterminated_quote(text, delimiter)
        .map(|line| {
            (
                Position::Line(line + skipped_lines),
                Action::Repaired,
                "the quoted cell opened on this line is never closed (a '\"' is missing or \
                 the file is truncated); the rest of the file was read as that one cell"
                    .to_owned(),
            )
        })
        .into_iter()
        .collect();
    table::import(
        Table {
            source: Source::Csv,
            caption: caption.map(|c| (c, Place::Line(1))),
            header,
            rows,
            notes: Vec::new(),
            closing,
        },
        options,
    )
}

/// The line (1-based) where a quoted cell opens that the file never closes, read as
/// RFC 4180 does: a `"` opens a quoted cell only at the start of a cell, and inside one
/// `""` is a quote and `"` closes it.
fn unterminated_quote(text: &str, delimiter: u8) -> Option<usize> {
    let bytes = text.as_bytes();
    let (mut line, mut opened_on) = (1, 0);
    let (mut in_quotes, mut at_cell_start) = (false, true);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            line += 1;
        }
        if in_quotes {
            if b == b'"' {
                if bytes.get(i + 1) == Some(&b'"') {
                    i += 1;
                } else {
                    in_quotes = false;
                }
            }
        } else if b == b'"' && at_cell_start {
            in_quotes = true;
            opened_on = line;
        } else {
            at_cell_start = b == delimiter || b == b'\n' || b == b'\r';
            i += 1;
            continue;
        }
        at_cell_start = false;
        i += 1;
    }
    in_quotes.then_some(opened_on)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interop::Action;
    use crate::interop::table::unguard;

    #[test]
    fn formula_cells_are_quoted_and_unquoted_again() {
        for cell in ["=SUM(A1)", "+1", "-x", "@me", "\tx"] {
            let g = guard(cell);
            assert!(g.starts_with('\''), "{cell} must be quoted");
            assert_eq!(unguard(&g), cell);
        }
        assert_eq!(guard("Opening"), "Opening");
        assert_eq!(unguard("'quoted on purpose"), "'quoted on purpose");
    }

    #[test]
    fn csv_without_title_column_is_refused_naming_the_columns() {
        let err = import("a,b\n1,2\n", &ImportOptions::default()).expect_err("no title");
        assert!(err.to_string().contains("'title'"), "{err}");
    }

    #[test]
    fn semicolon_csv_reads_and_bad_times_unschedule_with_a_report() {
        let text = "title;start;end;room\nA;2024-03-01 09:00;2024-03-01 10:00;R\nB;soon;;R\n";
        let imp = import(text, &ImportOptions::default()).expect("imports");
        assert_eq!(imp.timetable.sessions.len(), 2);
        assert_eq!(imp.timetable.rooms.len(), 1);
        let b = imp.timetable.sessions.values().nth(1).expect("second");
        assert!(b.placement.is_none());
        assert!(
            imp.report
                .of(Action::Repaired)
                .any(|i| i.position == Position::Line(3))
        );
    }
}
