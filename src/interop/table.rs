//! The session table that CSV and Excel imports share: one row per session under a header
//! row naming [`CSV_COLUMNS`] (any order, `title` required, unknown columns reported), an
//! optional caption row above the header (the meeting's title), and the rules that turn a
//! row's cells into a session (kinds, times, flags, annex placement, lists).
//!
//! Each reader ([`super::csv_table`], [`super::xlsx_import`]) only turns its file into a
//! [`Table`] of text cells, each row knowing its [`Place`] in the file; [`import`] does the
//! rest, so a CSV file and a workbook with the same cells give the same timetable and the
//! same report, positions aside (`line 3` in a CSV file, `sheet 'Sessions', row 3, column D`
//! in a workbook).

use std::collections::HashMap;
use std::rc::Rc;

use chrono::NaiveDateTime;

use super::build::{Builder, NewSession, PersonKey, Zone};
use super::csv_table::CSV_COLUMNS;
use super::{Action, ImportError, ImportOptions, Imported, Position, kind_from_type};
use crate::messages::{Arg, Message};
use crate::model::{AnnexPlacement, Placement, SessionKind, Timing};
use crate::time::Stamp;

/// An import-only column: the meeting's title (its first non-empty value is used).
const MEETING_COLUMN: &str = "meeting";

/// Where a row of a table is in its file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Place {
    /// A CSV record starting on this line (1-based).
    Line(usize),
    /// A row (1-based) of a worksheet.
    Sheet {
        /// The worksheet's name.
        sheet: Rc<str>,
        /// 1-based row.
        row: usize,
    },
}

impl Place {
    /// The report position of this row, or of one of its cells (`column`: the cell's
    /// column, 0-based, as [`Row::cells`] numbers them). A CSV position names the line only
    /// (a record's cells have no character column worth stating).
    pub(super) fn at(&self, column: Option<u32>) -> Position {
        match self {
            Place::Line(line) => Position::Line(*line),
            Place::Sheet { sheet, row } => Position::Sheet {
                sheet: sheet.to_string(),
                row: Some(*row),
                column: column.map(|c| c as usize + 1),
            },
        }
    }

    /// The error that refuses the whole file because of this row (the header).
    fn refuse(&self, message: Message) -> ImportError {
        match self {
            Place::Line(line) => ImportError::Csv {
                line: *line,
                message: Box::new(message),
            },
            Place::Sheet { .. } => ImportError::Sheet {
                position: self.at(None),
                message: Box::new(message),
            },
        }
    }
}

/// One row of a table: its place and its non-empty-or-not cells, each with its column
/// (0-based; sparse, so a workbook's far-away stray cell costs nothing).
#[derive(Clone, Debug)]
pub(super) struct Row {
    /// Where the row is.
    pub place: Place,
    /// `(column, text)`, in column order.
    pub cells: Vec<(u32, String)>,
}

impl Row {
    fn cell(&self, column: u32) -> Option<&str> {
        self.cells
            .iter()
            .find(|(c, _)| *c == column)
            .map(|(_, text)| text.as_str())
    }

    fn is_empty(&self) -> bool {
        self.cells.iter().all(|(_, c)| c.trim().is_empty())
    }
}

/// What kind of file a table came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Source {
    /// A CSV file: records on lines.
    Csv,
    /// An Excel workbook: rows of a worksheet.
    Excel,
}

impl Source {
    fn name(self) -> &'static str {
        match self {
            Source::Csv => "CSV",
            Source::Excel => "Excel",
        }
    }

    /// The source as the message files' selectors name it.
    fn id(self) -> &'static str {
        match self {
            Source::Csv => "csv",
            Source::Excel => "excel",
        }
    }
}

/// A session table as a reader found it.
#[derive(Debug)]
pub(super) struct Table {
    /// What the file is.
    pub source: Source,
    /// A caption row above the header: the meeting's title.
    pub caption: Option<(String, Place)>,
    /// The header row.
    pub header: Row,
    /// The data rows, in file order.
    pub rows: Vec<Row>,
    /// What the reader found to report before the rows (cells it could not read).
    pub notes: Vec<(Position, Action, Message)>,
    /// What the reader found to report after the rows (a quoted cell never closed).
    pub closing: Vec<(Position, Action, String)>,
}

/// The caption a first row makes: its one non-empty cell when there is exactly one, it is
/// not a `title` header, and more rows follow (a `Title:` or `Meeting:` label in front is
/// dropped); `None` otherwise. The same rule for CSV lines and worksheet rows.
pub(super) fn caption_of(cells: &[&str], more_rows: bool) -> Option<String> {
    let cells: Vec<&str> = cells
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    match cells.as_slice() {
        [only] if !only.eq_ignore_ascii_case("title") && more_rows => {
            let lower = only.to_lowercase();
            let label = ["title:", "meeting:"]
                .iter()
                .find(|l| lower.starts_with(*l));
            Some(label.map_or(*only, |l| only[l.len()..].trim()).to_owned())
        }
        _ => None,
    }
}

/// Removes the formula guard Plenary's CSV export (and older Excel exports) put in front
/// of a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return; any other `'`
/// is the cell's own.
pub(super) fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// Why a `start` or `end` cell is not a time: empty, or no such date or time of day
/// (2017-02-30, 25:00), or not in the form `YYYY-MM-DD HH:MM`.
fn unreadable_stamp(column: &str, text: &str) -> String {
    if text.is_empty() {
        return format!("the {column} is empty (a scheduled session needs both start and end)");
    }
    let shaped = text.len() >= 16
        && text
            .as_bytes()
            .iter()
            .take(16)
            .enumerate()
            .all(|(i, b)| match i {
                4 | 7 => *b == b'-',
                10 => *b == b' ' || *b == b'T',
                13 => *b == b':',
                _ => b.is_ascii_digit(),
            });
    if shaped {
        format!(
            "the {column} '{text}' is no such date or time of day (the day must exist in its month, the time be 00:00 to 23:59)"
        )
    } else {
        format!("the {column} '{text}' is not a time YYYY-MM-DD HH:MM")
    }
}

fn parse_stamp(text: &str) -> Option<Stamp> {
    let t = text.trim();
    for fmt in [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
    ] {
        if let Ok(v) = NaiveDateTime::parse_from_str(t, fmt) {
            return Some(Stamp::from_naive(v));
        }
    }
    None
}

/// The timetable of `table`: its header mapped to [`CSV_COLUMNS`], each row a session.
pub(super) fn import(table: Table, options: &ImportOptions) -> Result<Imported, ImportError> {
    let Table {
        source,
        caption,
        header,
        rows,
        notes,
        closing,
    } = table;
    let mut col: HashMap<&str, u32> = HashMap::new();
    let mut unknown = Vec::new();
    for (i, h) in &header.cells {
        let key = h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase();
        if key.is_empty() && source == Source::Excel {
            // A worksheet's empty header cell is no column (a CSV header names each one).
            continue;
        }
        match CSV_COLUMNS
            .iter()
            .chain(&[MEETING_COLUMN])
            .find(|c| **c == key)
        {
            Some(c) => {
                col.entry(c).or_insert(*i);
            }
            None => unknown.push(h.clone()),
        }
    }
    if !col.contains_key("title") {
        return Err(header.place.refuse(no_title(&header)));
    }
    let zone = match &options.time_zone {
        Some(name) => {
            Zone::named(name).ok_or_else(|| ImportError::UnknownTimeZone(name.clone()))?
        }
        None => Zone::utc(),
    };
    let mut b = Builder::new(zone);
    b.title_fallback(options);
    if let Some((caption, place)) = &caption {
        b.meeting(caption, "");
        b.note(
            place.at(None),
            Action::Guessed,
            Message::new("import-title-above-header")
                .with("source", source.id())
                .with("title", caption.as_str()),
        );
    }
    let mut titled = caption.is_some();
    if options.time_zone.is_none() {
        b.zone_is_a_guess();
        b.note(
            Position::File,
            Action::Guessed,
            Message::new("import-times-in-utc").with("format", source.name()),
        );
    }
    if !unknown.is_empty() {
        b.note(
            header.place.at(None),
            Action::Skipped,
            Message::new("import-unknown-columns").with(
                "columns",
                Arg::List(unknown.iter().map(|c| Arg::from(c.as_str())).collect()),
            ),
        );
    }
    for (position, action, message) in notes {
        b.note(position, action, message);
    }
    for row in &rows {
        let pos = row.place.at(None);
        let at = |name: &str| row.place.at(col.get(name).copied());
        b.report.events += 1;
        let get = |name: &str| -> &str {
            col.get(name)
                .and_then(|i| row.cell(*i))
                .map(unguard)
                .unwrap_or("")
                .trim()
        };
        if row.is_empty() {
            b.note(pos, Action::Skipped, Message::new("import-empty-row"));
            continue;
        }
        if !titled && !get(MEETING_COLUMN).is_empty() {
            titled = true;
            b.meeting(get(MEETING_COLUMN), "");
        }
        let kind_text = get("kind");
        let kind = if kind_text.is_empty() {
            SessionKind::Other
        } else {
            kind_from_type(kind_text).unwrap_or_else(|| {
                b.note(
                    at("kind"),
                    Action::Guessed,
                    Message::new("import-unknown-kind").with("kind", kind_text),
                );
                SessionKind::Other
            })
        };
        let (start, end) = (get("start"), get("end"));
        let mut timing = Timing::Span;
        let placement = if start.is_empty() && end.is_empty() {
            None
        } else {
            match (parse_stamp(start), parse_stamp(end)) {
                (Some(s), Some(e)) if s < e => Some(Placement { start: s, end: e }),
                // No length: the same end is a point in time ("17:30 Steering Committee"),
                // no end an open-ended item ("18:00– conference dinner"); neither is a
                // session that lost its times.
                (Some(s), e) if e == Some(s) || end.is_empty() => {
                    let (what, said) = if end.is_empty() {
                        (Timing::OpenEnded, "open-ended (a start and no end)")
                    } else {
                        (
                            Timing::Point,
                            "a point in time (it starts and ends at the same time)",
                        )
                    };
                    b.note(
                        pos.clone(),
                        Action::Guessed,
                        format!("the session at {start} is {said}"),
                    );
                    timing = what;
                    Some(Placement { start: s, end: s })
                }
                (s, e) => {
                    let (why, cell) = match (s, e) {
                        (None, _) => (unreadable_stamp("start", start), "start"),
                        (_, None) => (unreadable_stamp("end", end), "end"),
                        (Some(_), Some(_)) => {
                            (format!("the end {end} is before the start {start}"), "end")
                        }
                    };
                    b.note(
                        at(cell),
                        Action::Repaired,
                        format!("{why}; the session is unscheduled"),
                    );
                    None
                }
            }
        };
        let flag = |name: &str| {
            matches!(
                get(name).to_ascii_lowercase().as_str(),
                "yes" | "y" | "true" | "1" | "x"
            )
        };
        let annex = match get("annex").to_ascii_lowercase().as_str() {
            "" | "cell" => AnnexPlacement::Cell,
            "note" => AnnexPlacement::Note,
            "both" => AnnexPlacement::Both,
            "hidden" => AnnexPlacement::Hidden,
            other => {
                b.note(
                    at("annex"),
                    Action::Guessed,
                    Message::new("import-unknown-annex").with("annex", other),
                );
                AnnexPlacement::Cell
            }
        };
        let list = |name: &str| -> Vec<String> {
            get(name)
                .split(';')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        };
        let id = get("id").to_owned();
        let id = if id.is_empty() {
            match &row.place {
                Place::Line(line) => format!("s-{line}"),
                Place::Sheet { row, .. } => format!("s-{row}"),
            }
        } else {
            id
        };
        b.session(NewSession {
            id,
            title: get("title").to_owned(),
            kind,
            room: Some(get("room").to_owned()),
            bodies: list("bodies"),
            persons: list("persons")
                .into_iter()
                .map(|n| (PersonKey::Name(n.clone()), n))
                .collect(),
            placement,
            timing,
            tentative: flag("tentative"),
            exclusive: flag("exclusive"),
            annex,
            position: pos,
        });
    }
    for (position, action, message) in closing {
        b.note(position, action, message);
    }
    b.finish()
}

/// Why a header row without a `title` column is refused: the columns it has and the ones
/// there are (one wording for CSV and Excel).
pub(super) fn no_title(header: &Row) -> Message {
    Message::new("import-no-title-column")
        .with(
            "has",
            Arg::List(
                header
                    .cells
                    .iter()
                    .map(|(_, h)| Arg::from(h.as_str()))
                    .collect(),
            ),
        )
        .with(
            "columns",
            Arg::List(CSV_COLUMNS.iter().map(|c| Arg::from(*c)).collect()),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caption_is_one_cell_above_more_rows_without_its_label() {
        assert_eq!(
            caption_of(&["Title: SG12", "", " "], true).as_deref(),
            Some("SG12")
        );
        assert_eq!(caption_of(&["SG12"], false), None, "nothing follows");
        assert_eq!(caption_of(&["title"], true), None, "a header");
        assert_eq!(caption_of(&["a", "b"], true), None, "two cells");
    }

    #[test]
    fn a_sheet_position_names_sheet_row_and_column() {
        let place = Place::Sheet {
            sheet: "Sessions".into(),
            row: 3,
        };
        assert_eq!(
            place.at(Some(3)).to_string(),
            "sheet 'Sessions', row 3, column D"
        );
        assert_eq!(place.at(None).to_string(), "sheet 'Sessions', row 3");
        assert_eq!(Place::Line(3).at(Some(3)), Position::Line(3));
    }
}
