//! Import and export of the formats other tools speak: frab/Pentabarf `schedule.xml` and
//! `schedule.json`, iCalendar (RFC 5545), xCal (RFC 6321, import only), CSV and Excel
//! (`.xlsx`: the same columns as CSV, read by calamine).
//!
//! Importers take the file's bytes and return an [`Imported`]: a valid [`Timetable`] and a
//! [`Report`] of everything that was skipped, guessed or repaired, each item with its
//! position in the file. They are lenient (almost no real schedule validates against its
//! schema) but never silent, and never panic: what cannot be read at all is an
//! [`ImportError`] naming what and where. Exporters write to any [`std::io::Write`] and are
//! strict: their frab output validates against the published schemas.
//!
//! How Plenary's concepts map onto each format (breaks, plenaries, bodies, kinds, the CSV
//! column set) is documented in `docs/interop.md`; the rules in short:
//! - a frab event whose type or track says "break"/"pause" (or coffee, lunch, ...) becomes a
//!   [`crate::model::Break`] of its day, not a session; Plenary exports breaks back as events
//!   of type `break`;
//! - frab tracks and iCalendar categories that are not kinds become bodies
//!   ([`crate::model::BodyKind::Track`], which never clash); frab types become session kinds ([`kind_from_type`]);
//! - session ids derive from the foreign ids (`e-8429`), persons from their id, guid or name,
//!   rooms from their names; duplicates are repaired and reported.
//!
//! The core does no I/O: the CLI and the desktop shell read and write the files.

mod build;
mod csv_table;
mod detect;
mod frab;
mod frab_export;
mod ical;
mod ids;
mod slots;
mod table;
mod xcal;
mod xlsx;
mod xlsx_import;
mod xml;
mod zones;

use std::fmt;

use crate::messages::Message;
use crate::model::{Problem, SessionKind, Timetable};

pub use csv_table::{CSV_COLUMNS, write_csv};
pub use detect::{Detected, detect, foreign_format, why_undetected, why_undetected_words};
pub use frab_export::{FrabOptions, write_frab_json, write_frab_xml};
pub use ical::{IcsOptions, write_ics};
pub use ids::{document_uuid, slug};
pub use xlsx::xlsx_bytes;

/// A format Plenary can import.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// frab/Pentabarf `schedule.xml`.
    FrabXml,
    /// frab `schedule.json` (version 1, as pretalx and the CCC tools write it).
    FrabJson,
    /// iCalendar (RFC 5545).
    Ics,
    /// CSV with Plenary's column set ([`CSV_COLUMNS`]).
    Csv,
    /// xCal: iCalendar in XML (RFC 6321, and the older draft form Pentabarf writes).
    Xcal,
    /// An Excel workbook (`.xlsx`) whose sheet of sessions has the CSV columns.
    Xlsx,
}

impl Format {
    /// Every importable format.
    pub const ALL: [Format; 6] = [
        Format::FrabXml,
        Format::FrabJson,
        Format::Ics,
        Format::Csv,
        Format::Xcal,
        Format::Xlsx,
    ];

    /// The name used on the command line (`frab-xml`, `frab-json`, `ics`, `csv`, `xcal`,
    /// `xlsx`).
    pub fn name(self) -> &'static str {
        match self {
            Format::FrabXml => "frab-xml",
            Format::FrabJson => "frab-json",
            Format::Ics => "ics",
            Format::Csv => "csv",
            Format::Xcal => "xcal",
            Format::Xlsx => "xlsx",
        }
    }

    /// What it is, for people choosing one.
    pub fn label(self) -> &'static str {
        match self {
            Format::FrabXml => "frab/Pentabarf schedule.xml",
            Format::FrabJson => "frab schedule.json",
            Format::Ics => "iCalendar (RFC 5545)",
            Format::Csv => "CSV with Plenary's columns",
            Format::Xcal => "xCal: iCalendar in XML (RFC 6321)",
            Format::Xlsx => "Excel workbook (.xlsx) with Plenary's columns",
        }
    }

    /// Whether the format is text (every importer but Excel's reads text).
    pub fn is_text(self) -> bool {
        self != Format::Xlsx
    }

    /// The format with this command-line name.
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Parses an XML text as the importers do (a DTD allowed, as frab files carry one; a node
/// limit far above any real schedule), a syntax error mapped to [`ImportError::Xml`] with
/// its line and column.
fn parse_xml(text: &str) -> Result<roxmltree::Document<'_>, ImportError> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        nodes_limit: 50_000_000,
        ..roxmltree::ParsingOptions::default()
    };
    roxmltree::Document::parse_with_options(text, options).map_err(|e| {
        let pos = e.pos();
        ImportError::Xml {
            line: pos.row as usize,
            column: pos.col as usize,
            message: Box::new(Message::as_said(e.to_string())),
        }
    })
}

/// How to import.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// The meeting's IANA time zone. When set, every time that carries a zone or offset is
    /// converted into it and times without one are taken as wall-clock times in it. When
    /// `None`, the file's own zone is used (frab `time_zone_name`, an iCalendar `TZID`), else
    /// a fixed-offset zone from the file's offsets, else UTC; each guess is reported.
    pub time_zone: Option<String>,
    /// The imported file's name (`fosdem-2024.csv`): the meeting's title is taken from it
    /// when the file names none (a CSV table usually does not), rather than a generic one.
    pub file_name: Option<String>,
}

impl ImportOptions {
    /// A title made from [`ImportOptions::file_name`]: its stem with `_` as spaces
    /// (`SG12_timetable.csv` gives "SG12 timetable"); `None` without a usable name.
    pub(crate) fn title_from_file_name(&self) -> Option<String> {
        let name = self.file_name.as_deref()?;
        let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
        let stem = match base.rsplit_once('.') {
            Some((stem, _)) if !stem.is_empty() => stem,
            _ => base,
        };
        let title = stem.replace('_', " ");
        let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
        (!title.is_empty()).then_some(title)
    }
}

/// A successful import: a valid timetable and what the importer had to do to get it.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The timetable; every invariant of [`Timetable`] holds.
    pub timetable: Timetable,
    /// What was skipped, guessed or repaired.
    pub report: Report,
}

/// What an import skipped, guessed or repaired.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Events (frab events, iCalendar VEVENTs, CSV rows) found in the file, whatever became
    /// of them: sessions, breaks or skipped.
    pub events: usize,
    /// Events that became breaks rather than sessions (before merging the copies of one
    /// break listed in several rooms).
    pub break_events: usize,
    /// The items, in file order (file-wide items first).
    pub items: Vec<ReportItem>,
    /// The meeting's time zone when the file did not name one and none was given, so the
    /// importer chose it (a city's zone, a fixed offset from the file's times, UTC): the app
    /// asks the user to confirm or change it, since every time depends on it.
    pub guessed_zone: Option<String>,
}

impl Report {
    /// Items of the given action.
    pub fn of(&self, action: Action) -> impl Iterator<Item = &ReportItem> {
        self.items.iter().filter(move |i| i.action == action)
    }
}

/// What the importer did about something it found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// Left out: the item is not in the timetable.
    Skipped,
    /// The file did not say; the importer chose (a time zone, a duration, a kind).
    Guessed,
    /// The file was wrong or inconsistent and the importer fixed it (a duplicate id).
    Repaired,
}

/// The action in English ("skipped").
impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

/// Where in a file something is.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum Position {
    /// The file as a whole.
    #[default]
    File,
    /// A line (1-based), e.g. an iCalendar content line or a CSV record.
    Line(usize),
    /// A line and column (both 1-based), e.g. an XML element.
    LineColumn {
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
    },
    /// A JSON path (`schedule.conference.days[0].rooms["Saal 1"][3]`).
    Path(String),
    /// A worksheet of a workbook, a row of it (1-based) and a cell of that row (its column,
    /// 1-based, shown as Excel's letters: 4 is `D`).
    Sheet {
        /// The worksheet's name.
        sheet: String,
        /// 1-based row, when a row is meant.
        row: Option<usize>,
        /// 1-based column, when a cell is meant.
        column: Option<usize>,
    },
}

/// Excel's name of a 1-based column: 1 is `A`, 26 `Z`, 27 `AA`.
pub(crate) fn column_letters(column: usize) -> String {
    let mut n = column;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// Where, in English ("line 12, column 5", "sheet 'Sessions', row 4, column D").
impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

/// One thing an import skipped, guessed or repaired.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportItem {
    /// Where in the file.
    pub position: Position,
    /// What the importer did.
    pub action: Action,
    /// What and why, naming the values involved: `words` in English.
    pub message: String,
    /// What and why as a message id with its arguments, for any language.
    pub words: Message,
}

impl ReportItem {
    /// The item `words` says at `position`.
    pub fn new(position: Position, action: Action, words: Message) -> ReportItem {
        ReportItem {
            position,
            action,
            message: words.to_string(),
            words,
        }
    }
}

impl Action {
    /// The action as a message ("skipped").
    pub fn message(self) -> Message {
        Message::new(match self {
            Action::Skipped => "import-skipped",
            Action::Guessed => "import-guessed",
            Action::Repaired => "import-repaired",
        })
    }
}

impl Position {
    /// Where, as a message ("line 12, column 5"); `Display` writes it in English.
    pub fn message(&self) -> Message {
        match self {
            Position::File => Message::new("import-at-file"),
            Position::Line(line) => Message::new("import-at-line").with("line", line.to_string()),
            Position::LineColumn { line, column } => Message::new("import-at-line-column")
                .with("line", line.to_string())
                .with("column", column.to_string()),
            Position::Path(path) => Message::new("import-at-path").with("path", path),
            Position::Sheet { sheet, row, column } => {
                let at = match (row, column) {
                    (Some(row), Some(column)) => Message::new("import-at-sheet-row-column")
                        .with("row", row.to_string())
                        .with("column", column_letters(*column)),
                    (Some(row), None) => {
                        Message::new("import-at-sheet-row").with("row", row.to_string())
                    }
                    (None, Some(column)) => Message::new("import-at-sheet-column")
                        .with("column", column_letters(*column)),
                    (None, None) => Message::new("import-at-sheet"),
                };
                at.with("sheet", sheet)
            }
        }
    }
}

impl fmt::Display for ReportItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.position, self.action, self.message)
    }
}

/// Why a file could not be imported at all. Nothing is returned on error.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The bytes are not UTF-8 text.
    #[error("line {line}, column {column}: not UTF-8 text: invalid byte at offset {offset}")]
    NotUtf8 {
        /// 1-based line of the first invalid byte.
        line: usize,
        /// 1-based column (in bytes) of the first invalid byte.
        column: usize,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// The XML is malformed.
    #[error("line {line}, column {column}: not well-formed XML: {message}")]
    Xml {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser found (boxed: an error stays small).
        message: Box<Message>,
    },
    /// The JSON is malformed.
    #[error("line {line}, column {column}: not valid JSON: {message}")]
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser found.
        message: String,
    },
    /// The text is not an iCalendar stream.
    #[error("line {line}: not iCalendar: {message}")]
    Ical {
        /// 1-based line.
        line: usize,
        /// What is wrong (boxed: an error stays small, as `Result`'s error should).
        message: Box<Message>,
    },
    /// The CSV cannot be read (no header, no title column, broken quoting).
    #[error("line {line}: not Plenary CSV: {message}")]
    Csv {
        /// 1-based line.
        line: usize,
        /// What is wrong (boxed: an error stays small).
        message: Box<Message>,
    },
    /// The file is not an Excel workbook Plenary can read: not a ZIP package, a member
    /// missing or damaged, a sheet that cannot be read (what, and which sheet and row
    /// where known).
    #[error("not an Excel workbook (.xlsx) Plenary can read: {message}")]
    Workbook {
        /// What is wrong, naming the sheet and row where known (boxed: an error stays small).
        message: Box<Message>,
    },
    /// The workbook reads but has no sheet of sessions (no `title` column in a header row).
    #[error("{position}: not a Plenary sheet: {message}")]
    Sheet {
        /// Where (a sheet, a row).
        position: Position,
        /// What is wrong (boxed: an error stays small).
        message: Box<Message>,
    },
    /// The file parses but is not a schedule of the expected kind (wrong root element, no
    /// `schedule` object).
    #[error("{position}: not a frab schedule: {message}")]
    NotASchedule {
        /// Where.
        position: Position,
        /// What was found instead (boxed: an error stays small).
        message: Box<Message>,
    },
    /// The time zone asked for in [`ImportOptions`] is not an IANA zone name.
    #[error("'{0}' is not an IANA time zone name (e.g. Europe/Zurich)")]
    UnknownTimeZone(String),
    /// The XML parses but is not xCal (its root is not `<icalendar>`, or it has no
    /// `<vcalendar>`).
    #[error("{position}: not xCal: {message}")]
    NotXcal {
        /// Where.
        position: Position,
        /// What was found instead (boxed: an error stays small).
        message: Box<Message>,
    },
    /// The importer built a timetable that breaks an invariant: a bug in the importer,
    /// reported rather than hidden.
    #[error("the imported timetable is inconsistent ({} problem(s)): {}", .0.len(),
        .0.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<Problem>),
}

impl ImportError {
    /// Why, as a message id with its arguments (`Display` writes it in English), for the
    /// CLI and the app to write in the reader's language. What a parser of another library
    /// said (XML, CSV, the workbook reader) is passed on in its words; JSON's is read back
    /// into messages ([`crate::messages::json`]).
    pub fn message(&self) -> Message {
        use ImportError as E;
        match self {
            E::NotUtf8 {
                line,
                column,
                offset,
            } => Message::new("import-error-not-utf8")
                .with("line", line.to_string())
                .with("column", column.to_string())
                .with("offset", offset.to_string()),
            E::Xml {
                line,
                column,
                message,
            } => Message::new("import-error-xml")
                .with("line", line.to_string())
                .with("column", column.to_string())
                .with("reason", (**message).clone()),
            E::Json {
                line,
                column,
                message,
            } => Message::new("import-error-json")
                .with("line", line.to_string())
                .with("column", column.to_string())
                .with("reason", crate::messages::json::reason(message)),
            E::Ical { line, message } => Message::new("import-error-ical")
                .with("line", line.to_string())
                .with("reason", (**message).clone()),
            E::Csv { line, message } => Message::new("import-error-csv")
                .with("line", line.to_string())
                .with("reason", (**message).clone()),
            E::Workbook { message } => {
                Message::new("import-error-workbook").with("reason", (**message).clone())
            }
            E::Sheet { position, message } => Message::new("import-error-sheet")
                .with("at", position.message())
                .with("reason", (**message).clone()),
            E::NotASchedule { position, message } => Message::new("import-error-not-a-schedule")
                .with("at", position.message())
                .with("reason", (**message).clone()),
            E::UnknownTimeZone(zone) => {
                Message::new("import-error-unknown-time-zone").with("zone", zone)
            }
            E::NotXcal { position, message } => Message::new("import-error-not-xcal")
                .with("at", position.message())
                .with("reason", (**message).clone()),
            E::Invalid(problems) => Message::new("import-error-invalid")
                .with("count", problems.len())
                .with("problems", Problem::all_said(problems)),
        }
    }
}

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The writer failed.
    #[error("cannot write: {0}")]
    Io(#[from] std::io::Error),
    /// `--body` names no body of the timetable.
    #[error("there is no body '{0}' in this timetable")]
    UnknownBody(String),
    /// The meeting's time zone is not an IANA name (validation forbids it; reported, not
    /// assumed).
    #[error("the meeting's time zone '{0}' is not an IANA zone name")]
    TimeZone(String),
    /// The Excel writer failed.
    #[error("cannot build the workbook: {0}")]
    Xlsx(String),
}

impl ExportError {
    /// Why, as a message id with its arguments (`Display` writes it in English).
    pub fn message(&self) -> Message {
        match self {
            ExportError::Io(e) => Message::new("export-cannot-write").with("error", e.to_string()),
            ExportError::UnknownBody(body) => {
                Message::new("export-unknown-body").with("body", body)
            }
            ExportError::TimeZone(zone) => Message::new("export-bad-time-zone").with("zone", zone),
            ExportError::Xlsx(e) => Message::new("export-workbook-failed").with("error", e),
        }
    }
}

/// Imports `bytes` as `format`.
pub fn import(
    format: Format,
    bytes: &[u8],
    options: &ImportOptions,
) -> Result<Imported, ImportError> {
    match format {
        Format::Csv => return import_csv(bytes, options),
        Format::Xlsx => return xlsx_import::import(bytes, options),
        _ => {}
    }
    let text = text_of(bytes)?;
    match format {
        Format::FrabXml => frab::import_xml(text, options),
        Format::FrabJson => frab::import_json(text, options),
        Format::Ics => ical::import(text, options),
        Format::Csv => csv_table::import(text, options),
        Format::Xcal => xcal::import(text, options),
        Format::Xlsx => xlsx_import::import(bytes, options),
    }
}

/// Imports CSV in whatever encoding a spreadsheet wrote it: UTF-8 (with or without a
/// byte-order mark) as it is; UTF-16 (Excel's "Unicode text") by its byte-order mark, or
/// without one by the zero bytes of its ASCII; anything else that is not UTF-8 as
/// Windows-1252 (which covers Latin-1). Every encoding but UTF-8 is the report's first item.
fn import_csv(bytes: &[u8], options: &ImportOptions) -> Result<Imported, ImportError> {
    let (text, assumed) = decode_csv(bytes);
    let mut imported = csv_table::import(&text, options)?;
    if let Some(message) = assumed {
        imported
            .report
            .items
            .insert(0, ReportItem::new(Position::File, Action::Guessed, message));
    }
    Ok(imported)
}

/// The text of a CSV file, and how it was decoded when not as UTF-8 (see [`import_csv`]).
fn decode_csv(bytes: &[u8]) -> (std::borrow::Cow<'_, str>, Option<Message>) {
    use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes)
        && encoding != encoding_rs::UTF_8
    {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return (
            text,
            Some(Message::new("import-csv-utf16-by-mark").with("encoding", utf16_name(encoding))),
        );
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.strip_prefix('\u{feff}').unwrap_or(text).into(), None);
    }
    // UTF-16 without a mark: the high (or low) byte of every ASCII character is zero.
    let head = &bytes[..bytes.len().min(256) & !1];
    let zeros = |parity: usize| {
        head.iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let half = head.len() / 2;
    for (encoding, parity) in [(UTF_16LE, 1), (UTF_16BE, 0)] {
        if half >= 4 && zeros(parity) * 10 >= half * 9 && zeros(1 - parity) == 0 {
            let (text, _) = encoding.decode_without_bom_handling(bytes);
            return (
                text,
                Some(
                    Message::new("import-csv-utf16-by-zeros")
                        .with("encoding", utf16_name(encoding)),
                ),
            );
        }
    }
    let offset = std::str::from_utf8(bytes)
        .err()
        .map_or(0, |e| e.valid_up_to());
    let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
    let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
    (
        text,
        Some(
            Message::new("import-csv-windows-1252")
                .with("byte", format!("0x{:02X}", bytes[offset]))
                .with("line", line.to_string()),
        ),
    )
}

fn utf16_name(encoding: &'static encoding_rs::Encoding) -> Message {
    Message::new(if encoding == encoding_rs::UTF_16BE {
        "import-utf16-big-endian"
    } else {
        "import-utf16-little-endian"
    })
}

fn text_of(bytes: &[u8]) -> Result<&str, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let before = &bytes[..offset];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        ImportError::NotUtf8 {
            line: before.iter().filter(|&&b| b == b'\n').count() + 1,
            column: offset - line_start + 1,
            offset,
        }
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// The session kind a foreign type or category names (frab `type`, an iCalendar category, a
/// CSV `kind` cell); `None` when it names none of them, and the caller decides (frab types
/// that name no kind, like `lecture`, become [`SessionKind::Other`]).
///
/// Accepts Plenary's own names (`workingParty`) and the words Plenary's exporters write
/// (`working-party`), case-insensitively, plus a few common synonyms (`workshop` and
/// `tutorial` are training, `meeting` is management).
pub fn kind_from_type(text: &str) -> Option<SessionKind> {
    let key: String = text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    Some(match key.as_str() {
        "plenary" | "plenarysession" | "plenarymeeting" => SessionKind::Plenary,
        "workingparty" | "wp" => SessionKind::WorkingParty,
        "question" | "questions" | "rapporteurgroup" => SessionKind::Question,
        "training" | "workshop" | "tutorial" | "handson" | "course" => SessionKind::Training,
        "management" | "meeting" | "managementteam" => SessionKind::Management,
        "briefing" => SessionKind::Briefing,
        "webinar" => SessionKind::Webinar,
        "social" | "socialevent" | "reception" | "tour" | "party" | "welcome" => {
            SessionKind::Social
        }
        "other" => SessionKind::Other,
        _ => return None,
    })
}

/// The word Plenary's exporters write for a kind (frab `type`, iCalendar category, CSV
/// `kind`); [`kind_from_type`] reads it back.
pub fn type_of_kind(kind: SessionKind) -> &'static str {
    match kind {
        SessionKind::Plenary => "plenary",
        SessionKind::WorkingParty => "working-party",
        SessionKind::Question => "question",
        SessionKind::Training => "training",
        SessionKind::Management => "management",
        SessionKind::Briefing => "briefing",
        SessionKind::Webinar => "webinar",
        SessionKind::Social => "social",
        SessionKind::Other => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_back_from_its_exported_word() {
        for kind in [
            SessionKind::Plenary,
            SessionKind::WorkingParty,
            SessionKind::Question,
            SessionKind::Training,
            SessionKind::Management,
            SessionKind::Briefing,
            SessionKind::Webinar,
            SessionKind::Social,
            SessionKind::Other,
        ] {
            assert_eq!(kind_from_type(type_of_kind(kind)), Some(kind));
        }
        assert_eq!(kind_from_type("lecture"), None);
    }

    #[test]
    fn columns_are_named_with_excels_letters() {
        let named: Vec<String> = [1, 4, 26, 27, 52, 53, 702, 703, 16384]
            .into_iter()
            .map(column_letters)
            .collect();
        assert_eq!(named, ["A", "D", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]);
    }
}
