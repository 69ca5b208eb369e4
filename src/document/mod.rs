//! The Plenary document file: a versioned, pretty-printed JSON file holding one [`Timetable`].
//!
//! ```json
//! { "format": "plenary", "version": 7, "meeting": {..}, "days": [..], "slots": [..], ...,
//!   "annexNotes": [{ "key": "hours", "ordered": true, "text": { "en": ".." } }],
//!   "revisions": [{ "label": "Rev.1", "date": "2017-03-01", "timetable": { "meeting": .. } }] }
//! ```
//!
//! - `format` is always `"plenary"`; `version` is [`FORMAT_VERSION`]. A file of a newer
//!   version is refused (naming both versions) rather than half-read.
//! - Collections are arrays of objects with an `id`, in the user's order. Keys are written in
//!   a fixed order and texts keyed by language in the ITU order (ar, zh, en, fr, ru, es), so saving the same
//!   timetable always gives the same bytes and a diff between two saves shows only what
//!   changed.
//! - Loading never panics: malformed JSON is reported with its line and column, a wrong type
//!   with its JSON path and line and column, a broken reference or invariant with its JSON
//!   path. All invariant problems are reported at once.
//! - Unknown fields are refused, at the top level and in every nested object (each model
//!   type of the file denies unknown fields), with their JSON path and line and column:
//!   a field Plenary does not know would otherwise be dropped silently on the next save.
//!
//! The core does no I/O of its own: [`load`] takes text and [`save`] returns text; the
//! desktop shell and the CLI read and write files.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

mod versions;

use crate::messages::Message;
use crate::model::{
    Acknowledgement, AnnexNote, ArrangeWeight, Body, Break, ConflictKind, Constraint, Day, Frozen,
    IdMap, Meeting, Person, Problem, Revision, Room, Session, Severity, Slot, Timetable,
};

/// The marker every Plenary document carries in its `format` field.
pub const FORMAT_MARKER: &str = "plenary";
/// The version of the file format this build writes (and the newest it reads).
pub const FORMAT_VERSION: u32 = 7;

/// Why a document could not be loaded. Nothing is partially loaded on error.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    /// The text is not JSON (or is truncated).
    #[error("line {line}, column {column}: not valid JSON: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser expected.
        message: String,
    },
    /// The JSON is not a Plenary document (no or another `format` marker).
    #[error("not a Plenary document: {0}")]
    NotADocument(Message),
    /// The file was written by a newer Plenary.
    #[error(
        "this document has format version {found}, but this Plenary reads versions up to \
         {supported}; open it with a newer Plenary"
    )]
    TooNew {
        /// Version in the file.
        found: u32,
        /// Newest version this build reads.
        supported: u32,
    },
    /// A value has the wrong type or shape.
    #[error("{path} (line {line}, column {column}): {message}")]
    Shape {
        /// JSON path of the bad value.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// The document parsed but breaks invariants (dangling references, duplicates, ...).
    #[error("{} problem(s): {}", .0.len(), .0.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<Problem>),
}

impl LoadError {
    /// Why, as a message id with its arguments (`Display` writes it in English). What the
    /// JSON parser said is read back into messages ([`crate::messages::json`]); each broken
    /// invariant has its own ([`Problem::words`]).
    pub fn message(&self) -> Message {
        match self {
            LoadError::Syntax {
                line,
                column,
                message,
            } => Message::new("load-syntax")
                .with("line", line.to_string())
                .with("column", column.to_string())
                .with("reason", crate::messages::json::reason(message)),
            LoadError::NotADocument(why) => {
                Message::new("load-not-a-document").with("reason", why.clone())
            }
            LoadError::TooNew { found, supported } => Message::new("load-too-new")
                .with("found", found.to_string())
                .with("supported", supported.to_string()),
            LoadError::Shape {
                path,
                line,
                column,
                message,
            } => Message::new("load-shape")
                .with("path", path)
                .with("line", line.to_string())
                .with("column", column.to_string())
                .with("reason", crate::messages::json::reason(message)),
            LoadError::Invalid(problems) => Message::new("load-invalid")
                .with("count", problems.len())
                .with("problems", Problem::all_said(problems)),
        }
    }
}

/// The on-disk shape of a document (version [`FORMAT_VERSION`]). Its fields besides
/// `format`, `version` and `revisions` are those of [`TimetableFile`], repeated because
/// serde's `flatten` cannot be combined with `deny_unknown_fields`.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct DocumentFile {
    format: String,
    version: u32,
    meeting: Meeting,
    #[serde(default)]
    days: Vec<Day>,
    #[serde(default)]
    slots: Vec<Slot>,
    #[serde(default)]
    breaks: Vec<Break>,
    #[serde(default)]
    rooms: Vec<Room>,
    #[serde(default)]
    bodies: Vec<Body>,
    #[serde(default)]
    persons: Vec<Person>,
    #[serde(default)]
    sessions: Vec<Session>,
    #[serde(default)]
    constraints: Vec<Constraint>,
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    severities: std::collections::BTreeMap<ConflictKind, Severity>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    acknowledgements: Vec<Acknowledgement>,
    /// Since version 7.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    arrange_weights: std::collections::BTreeMap<crate::model::ArrangeWeightKey, ArrangeWeight>,
    /// Since version 3.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    annex_notes: Vec<AnnexNote>,
    /// Since version 2.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    revisions: Vec<RevisionFile>,
}

/// A timetable in file shape (collections as arrays), as frozen in a revision.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct TimetableFile {
    meeting: Meeting,
    #[serde(default)]
    days: Vec<Day>,
    #[serde(default)]
    slots: Vec<Slot>,
    #[serde(default)]
    breaks: Vec<Break>,
    #[serde(default)]
    rooms: Vec<Room>,
    #[serde(default)]
    bodies: Vec<Body>,
    #[serde(default)]
    persons: Vec<Person>,
    #[serde(default)]
    sessions: Vec<Session>,
    #[serde(default)]
    constraints: Vec<Constraint>,
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    severities: std::collections::BTreeMap<ConflictKind, Severity>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    acknowledgements: Vec<Acknowledgement>,
    /// Since version 7.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    arrange_weights: std::collections::BTreeMap<crate::model::ArrangeWeightKey, ArrangeWeight>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    annex_notes: Vec<AnnexNote>,
}

/// A [`Revision`] in file shape.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct RevisionFile {
    label: String,
    date: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    comment: Option<String>,
    timetable: TimetableFile,
}

impl DocumentFile {
    /// Splits the file into its current timetable and its revisions.
    fn split(self) -> (TimetableFile, Vec<RevisionFile>) {
        (
            TimetableFile {
                meeting: self.meeting,
                days: self.days,
                slots: self.slots,
                breaks: self.breaks,
                rooms: self.rooms,
                bodies: self.bodies,
                persons: self.persons,
                sessions: self.sessions,
                constraints: self.constraints,
                severities: self.severities,
                acknowledgements: self.acknowledgements,
                arrange_weights: self.arrange_weights,
                annex_notes: self.annex_notes,
            },
            self.revisions,
        )
    }

    fn join(t: TimetableFile, revisions: Vec<RevisionFile>) -> DocumentFile {
        DocumentFile {
            format: FORMAT_MARKER.into(),
            version: FORMAT_VERSION,
            meeting: t.meeting,
            days: t.days,
            slots: t.slots,
            breaks: t.breaks,
            rooms: t.rooms,
            bodies: t.bodies,
            persons: t.persons,
            sessions: t.sessions,
            constraints: t.constraints,
            severities: t.severities,
            acknowledgements: t.acknowledgements,
            arrange_weights: t.arrange_weights,
            annex_notes: t.annex_notes,
            revisions,
        }
    }
}

impl TimetableFile {
    fn of(t: Timetable) -> TimetableFile {
        TimetableFile {
            meeting: t.meeting,
            days: t.days,
            slots: t.slots.into_values().collect(),
            breaks: t.breaks.into_values().collect(),
            rooms: t.rooms.into_values().collect(),
            bodies: t.bodies.into_values().collect(),
            persons: t.persons.into_values().collect(),
            sessions: t.sessions.into_values().collect(),
            constraints: t.constraints.into_values().collect(),
            severities: t.severities,
            acknowledgements: t.acknowledgements.into_values().collect(),
            arrange_weights: t.arrange_weights,
            annex_notes: t.annex_notes,
        }
    }
}

#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

/// Largest nesting the loader accepts; serde_json itself stops at 128 levels, which is far
/// deeper than any document, so this only documents the limit.
const _NESTING_LIMIT: usize = 128;

/// The line and column (both from 1, the column in bytes) of byte `offset` of `bytes`: where
/// a message points at a byte that is not UTF-8.
pub(crate) fn line_and_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = offset
        - before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1)
        + 1;
    (line, column)
}

/// Parses and checks a document given as raw bytes (as read from a file): invalid UTF-8 is
/// reported with its line and byte offset instead of being replaced.
pub fn load_bytes(bytes: &[u8]) -> Result<Timetable, LoadError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => load(text),
        Err(e) => {
            let offset = e.valid_up_to();
            let (line, column) = line_and_column(bytes, offset);
            Err(LoadError::Syntax {
                line,
                column,
                message: format!("not UTF-8 text (invalid byte at offset {offset})"),
            })
        }
    }
}

/// Parses and checks a document. Every invariant of [`Timetable`] holds on success.
pub fn load(text: &str) -> Result<Timetable, LoadError> {
    // The common case, a well-formed document this build reads: one pass over the text and
    // no JSON path tracking. Anything else takes the careful path below, which parses again
    // to say what is wrong and where; a file the fast pass reads, the careful one reads the
    // same, so which path ran never changes the outcome.
    if let Ok(file) = serde_json::from_str::<DocumentFile>(text)
        && file.format == FORMAT_MARKER
        && (1..=FORMAT_VERSION).contains(&file.version)
    {
        migrate(file.version, text)?;
        return from_file(file);
    }
    let header: Header = serde_json::from_str(text).map_err(|e| syntax_or_shape(&e, ""))?;
    match header.format {
        Some(serde_json::Value::String(f)) if f == FORMAT_MARKER => {}
        Some(other) => {
            return Err(LoadError::NotADocument(
                Message::new("load-format-other").with("format", other.to_string()),
            ));
        }
        None => {
            return Err(LoadError::NotADocument(Message::new("load-format-missing")));
        }
    }
    let version = match header.version {
        Some(serde_json::Value::Number(n)) => n.as_u64().and_then(|v| u32::try_from(v).ok()),
        _ => None,
    };
    let Some(version) = version else {
        return Err(LoadError::NotADocument(Message::new(
            "load-version-missing",
        )));
    };
    if version > FORMAT_VERSION {
        return Err(LoadError::TooNew {
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    if version == 0 {
        return Err(LoadError::NotADocument(Message::new("load-version-zero")));
    }

    let mut de = serde_json::Deserializer::from_str(text);
    let file: DocumentFile = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        syntax_or_shape(e.inner(), &path)
    })?;
    migrate(version, text)?;
    from_file(file)
}

/// Brings a file read as `version` up to [`FORMAT_VERSION`].
///
/// Each version only added optional fields (listed with their versions in
/// [`versions::ADDED`]): a file of an older version that does not name them means what it
/// always meant, and one that names a field newer than its version is refused with the
/// field's path ([`versions::newer_field`] says why). What a version's reading adds beyond
/// that is done on every load: version 4's session lengths are filled in for unscheduled
/// sessions of older files ([`Timetable::fill_session_minutes`]).
///
/// Every nested object is read with unknown fields refused, in every version: no field was
/// ever removed or renamed, so older objects read as they are. A version that removes or
/// renames a field must drop or convert it here explicitly (read the old version through its
/// own file shape), never by accepting unknown fields.
fn migrate(version: u32, text: &str) -> Result<(), LoadError> {
    if version >= FORMAT_VERSION {
        return Ok(());
    }
    let raw: serde_json::Value = serde_json::from_str(text).map_err(|e| syntax_or_shape(&e, ""))?;
    match versions::newer_field(&raw, version) {
        Some((path, message)) => Err(LoadError::Shape {
            path,
            line: 1,
            column: 1,
            message,
        }),
        None => Ok(()),
    }
}

fn syntax_or_shape(e: &serde_json::Error, path: &str) -> LoadError {
    use serde_json::error::Category;
    match e.classify() {
        Category::Syntax | Category::Eof | Category::Io => LoadError::Syntax {
            line: e.line(),
            column: e.column().max(1),
            message: strip_position(&e.to_string()),
        },
        Category::Data => LoadError::Shape {
            path: if path.is_empty() || path == "." {
                "(document)".into()
            } else {
                path.into()
            },
            line: e.line(),
            column: e.column().max(1),
            message: strip_position(&e.to_string()),
        },
    }
}

/// serde_json appends " at line L column C"; we report the position in our own fields.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

fn from_file(file: DocumentFile) -> Result<Timetable, LoadError> {
    let mut problems = Vec::new();
    let (current, revision_files) = file.split();
    let mut timetable = timetable_from(current, "", &mut problems);
    timetable.fill_session_minutes();
    for (i, r) in revision_files.into_iter().enumerate() {
        let mut frozen = timetable_from(
            r.timetable,
            &format!("revisions[{i}].timetable."),
            &mut problems,
        );
        frozen.fill_session_minutes();
        timetable.revisions.push(Revision {
            label: r.label,
            date: r.date,
            comment: r.comment,
            timetable: Frozen::from_owned(frozen),
        });
    }
    problems.extend(timetable.validate());
    problems.extend(crate::validate::revision_problems(&timetable));
    if problems.is_empty() {
        Ok(timetable)
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// The timetable of `file`; duplicate ids go to `problems` with paths starting `prefix`.
fn timetable_from(file: TimetableFile, prefix: &str, problems: &mut Vec<Problem>) -> Timetable {
    let mut found = Vec::new();
    let slots = keyed("slots", file.slots, |s| s.id.clone(), &mut found);
    let breaks = keyed("breaks", file.breaks, |b| b.id.clone(), &mut found);
    let rooms = keyed("rooms", file.rooms, |r| r.id.clone(), &mut found);
    let bodies = keyed("bodies", file.bodies, |b| b.id.clone(), &mut found);
    let persons = keyed("persons", file.persons, |p| p.id.clone(), &mut found);
    let sessions = keyed("sessions", file.sessions, |s| s.id.clone(), &mut found);
    let constraints = keyed(
        "constraints",
        file.constraints,
        |c| c.id.clone(),
        &mut found,
    );
    let mut acknowledgements = std::collections::BTreeMap::new();
    for (i, ack) in file.acknowledgements.into_iter().enumerate() {
        if acknowledgements.contains_key(&ack.key) {
            found.push(Problem::new(
                format!("acknowledgements[{i}].key"),
                Message::new("problem-acknowledged-twice").with("key", &ack.key),
            ));
        } else {
            acknowledgements.insert(ack.key.clone(), ack);
        }
    }
    let mut keys = std::collections::BTreeMap::new();
    for (i, note) in file.annex_notes.iter().enumerate() {
        if note.key.trim().is_empty() {
            found.push(Problem::new(
                format!("annexNotes[{i}].key"),
                Message::new("problem-note-override-no-key"),
            ));
        } else if let Some(first) = keys.insert(note.key.as_str(), i) {
            found.push(Problem::new(
                format!("annexNotes[{i}].key"),
                Message::new("problem-note-overridden-twice")
                    .with("key", &note.key)
                    .with("first", format!("annexNotes[{first}]")),
            ));
        }
    }
    problems.extend(
        found
            .into_iter()
            .map(|p| Problem::new(format!("{prefix}{}", p.path), p.words)),
    );
    Timetable {
        meeting: file.meeting,
        days: file.days,
        slots,
        breaks,
        rooms,
        bodies,
        persons,
        sessions,
        constraints,
        severities: file.severities,
        acknowledgements,
        arrange_weights: file.arrange_weights,
        revisions: Vec::new(),
        annex_notes: file.annex_notes,
    }
}

fn keyed<K: std::hash::Hash + Eq + std::fmt::Display, V>(
    list: &str,
    items: Vec<V>,
    id: impl Fn(&V) -> K,
    problems: &mut Vec<Problem>,
) -> IdMap<K, V> {
    let mut map = IdMap::with_capacity_and_hasher(items.len(), Default::default());
    for (i, item) in items.into_iter().enumerate() {
        let key = id(&item);
        if let Some(first) = map.get_index_of(&key) {
            problems.push(Problem::new(
                format!("{list}[{i}].id"),
                Message::new("problem-duplicate-id")
                    .with("id", key.to_string())
                    .with("first", format!("{list}[{first}]")),
            ));
        } else {
            map.insert(key, item);
        }
    }
    map
}

/// Writes `timetable` as a document of the current version: pretty-printed, stable key
/// order, ending in a newline. `load(&save(t)) == t` for every valid `t`.
pub fn save(timetable: &Timetable) -> String {
    let mut t = timetable.clone();
    let revisions = std::mem::take(&mut t.revisions)
        .into_iter()
        .map(|r| RevisionFile {
            label: r.label,
            date: r.date,
            comment: r.comment,
            timetable: TimetableFile::of(r.timetable.timetable().clone()),
        })
        .collect();
    let file = DocumentFile::join(TimetableFile::of(t), revisions);
    let mut text = serde_json::to_string_pretty(&file).expect("a timetable always serializes");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"{
  "format": "plenary",
  "version": 1,
  "meeting": {
    "title": { "en": "Test" }, "venue": "Geneva", "timeZone": "Europe/Zurich",
    "languages": ["en"], "hours": { "start": "09:00", "end": "17:30" }
  }
}"#;

    #[test]
    fn minimal_document_loads_and_saves_stably() {
        let t = load(MINIMAL).expect("minimal document loads");
        let saved = save(&t);
        assert_eq!(load(&saved).expect("saved text loads"), t);
        assert_eq!(
            save(&load(&saved).expect("reload")),
            saved,
            "save is a fixed point"
        );
    }

    #[test]
    fn invalid_utf8_reports_its_line_and_offset() {
        let mut bytes = MINIMAL.as_bytes().to_vec();
        bytes[40] = 0xff;
        match load_bytes(&bytes) {
            Err(LoadError::Syntax {
                line: 3, message, ..
            }) => assert!(message.contains("UTF-8")),
            other => panic!("expected a UTF-8 error on line 3, got {other:?}"),
        }
        assert!(load_bytes(MINIMAL.as_bytes()).is_ok());
    }

    #[test]
    fn truncated_file_reports_line_and_column() {
        let err = load(&MINIMAL[..60]).expect_err("truncated");
        assert!(matches!(err, LoadError::Syntax { line: 5, .. }), "{err:?}");
    }

    #[test]
    fn newer_version_is_refused_naming_both_versions() {
        let text = MINIMAL.replace("\"version\": 1", "\"version\": 8");
        let err = load(&text).expect_err("too new").to_string();
        assert!(
            err.contains("version 8") && err.contains(&format!("up to {FORMAT_VERSION}")),
            "{err}"
        );
    }

    #[test]
    fn wrong_type_reports_json_path() {
        let text = MINIMAL.replace("\"09:00\"", "\"9 o'clock\"");
        let err = load(&text).expect_err("bad time");
        match err {
            LoadError::Shape { path, line, .. } => {
                assert_eq!(path, "meeting.hours.start");
                assert_eq!(line, 6);
            }
            other => panic!("expected a shape error, got {other:?}"),
        }
    }

    #[test]
    fn other_json_is_not_a_document() {
        assert!(matches!(
            load("{\"a\": 1}"),
            Err(LoadError::NotADocument(_))
        ));
        assert!(matches!(load("[1,2]"), Err(LoadError::NotADocument(_))));
        assert!(matches!(load("\"text\""), Err(LoadError::Shape { .. })));
    }
}
