//! The wire: every shape that crosses the IPC boundary to the UI, apart from the model so
//! that the model is free to change. Only wire types derive `ts_rs::TS`; `make bindings`
//! writes their TypeScript into `ui/src/bindings/` (committed, checked for drift).
//!
//! - [`timetable`]: the timetable as the UI draws it: the wire's own copy of each model type
//!   (`From<&model::X>`, same JSON and TypeScript names as before), with each published
//!   revision summarized ([`RevisionSummary`]) instead of frozen whole;
//! - [`answer`]: [`Snapshot`] (a document from scratch) and [`Applied`] (after every apply,
//!   undo and redo), whose [`TimetableChange`] says what a structural edit added, changed and
//!   removed, collection by collection;
//! - here: the error every client gets ([`ErrorPayload`]) and what opening or importing a
//!   file answers.
//!
//! Commands come in as the model's own types (`crate::command::Command`); their TypeScript
//! is the wire copy's, whose JSON is the same (pinned by the tests below).
//!
//! Clients switch on [`ErrorCode`], never on message text. A code is added only when a
//! client needs to react to it differently.

pub mod answer;
pub mod timetable;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::document::LoadError;
use crate::history::HistoryState;
use crate::interop::{self, Action};
use crate::messages::Message;

pub use answer::{Added, Applied, Changes, Snapshot, TimetableChange};
pub use timetable::{RevisionSummary, Timetable};

/// What kind of failure an [`ErrorPayload`] reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ErrorCode {
    /// A command was refused; nothing changed.
    CommandRefused,
    /// A file could not be read as a document; the open document is unchanged.
    InvalidDocument,
    /// Reading or writing a file failed.
    Io,
    /// The document is open in another Plenary (this or another machine; the message
    /// names who and since when): open it again read-only, or anyway.
    Locked,
    /// Save over the file of a document opened read-only (someone else has it open):
    /// nothing was written; the UI offers Save As.
    ReadOnly,
    /// Anything else (a bug: please report it).
    Internal,
}

/// An error as the UI receives it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct ErrorPayload {
    /// What kind of failure.
    pub code: ErrorCode,
    /// What went wrong and where, for people, in English: what a client shows when it
    /// cannot write `words` (and what logs keep).
    pub message: String,
    /// The same as a message id with its arguments, for a client to write in its own
    /// language: the core's message files (a refusal, a document that does not load, an
    /// import that fails) or the UI's (`app-*` ids: the desktop shell's own errors, such as
    /// a file that cannot be written, with the OS's words as an argument). Absent where
    /// there are no such words (an internal error).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    // Boxed: an error stays small, as `Result`'s error should.
    #[ts(optional)]
    pub words: Option<Box<Message>>,
}

impl ErrorPayload {
    /// An error of `code` said in English only.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ErrorPayload {
        ErrorPayload {
            code,
            message: message.into(),
            words: None,
        }
    }

    /// An error of `code` in `words`, and (for clients that cannot write them) in `message`.
    pub fn worded(code: ErrorCode, words: Message, message: impl Into<String>) -> ErrorPayload {
        ErrorPayload {
            code,
            message: message.into(),
            words: Some(Box::new(words)),
        }
    }

    /// An error of `code` in `words` of the core's message files, its English text written
    /// from them.
    pub fn said(code: ErrorCode, words: Message) -> ErrorPayload {
        let message = words.to_string();
        ErrorPayload::worded(code, words, message)
    }
}

impl From<LoadError> for ErrorPayload {
    fn from(e: LoadError) -> Self {
        ErrorPayload::worded(ErrorCode::InvalidDocument, e.message(), e.to_string())
    }
}

/// What the app answers to File > Save and Save As.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase", tag = "type")]
pub enum SaveAnswer {
    /// The document was written. The history as it is now: not dirty, since the saved mark
    /// is the current state; the client takes it instead of deciding it is saved.
    #[serde(rename_all = "camelCase")]
    Saved {
        /// Undo and redo availability, and the dirty flag (false).
        history: HistoryState,
    },
    /// Nothing was written: the document's own file changed on disk since Plenary read or
    /// wrote it. Saving again with `overwrite` writes over it.
    #[serde(rename_all = "camelCase")]
    ChangedOnDisk {
        /// The question to put to the user ("X changed on disk since you opened it."), in
        /// English.
        question: String,
        /// The same as a message id of the UI's files (`app-changed-on-disk`) with its
        /// arguments, for the UI to write in its language.
        words: Message,
    },
}

/// What the app answers to File > Import: the imported document, now open, and what the
/// importer had to do to read it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct ImportAnswer {
    /// The imported document, from scratch (untitled, with unsaved changes).
    pub snapshot: Snapshot,
    /// What was skipped, guessed or repaired.
    pub report: ImportReport,
}

/// What the app answers to File > Open (a picked, dropped or recent file): the document,
/// now open, and, when the file was another tool's (frab, iCalendar, xCal, CSV) and so was
/// imported (untitled, with unsaved changes), what the importer had to do to read it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct Opened {
    /// The open document, from scratch.
    pub snapshot: Snapshot,
    /// The import report when the file was imported; null for a Plenary document.
    pub report: Option<ImportReport>,
}

/// An import's [`interop::Report`] for people: counts and one line per item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    /// The format the file was read as (`frab-xml`, `frab-json`, `ics`, `csv`, `xcal`,
    /// `xlsx`).
    pub format: String,
    /// Events found in the file (sessions, breaks or skipped).
    pub events: usize,
    /// Events that became breaks.
    pub break_events: usize,
    /// The items, in file order.
    pub items: Vec<ImportReportItem>,
    /// The meeting's time zone when the importer had to guess it (the file named none):
    /// the app asks the user to confirm it or name the real one.
    pub guessed_zone: Option<String>,
}

/// One thing an import skipped, guessed or repaired.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportReportItem {
    /// Where in the file, for people ("line 12, column 5", "(file)").
    pub position: String,
    /// What the importer did.
    pub action: ImportAction,
    /// What and why, in English.
    pub message: String,
    /// Where, as a message, for the UI's language.
    pub at: Message,
    /// What and why, as a message, for the UI's language.
    pub words: Message,
}

/// What the importer did about an item (see [`interop::Action`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ImportAction {
    /// Left out.
    Skipped,
    /// The file did not say; the importer chose.
    Guessed,
    /// The file was wrong and the importer fixed it.
    Repaired,
}

impl ImportReport {
    /// `report` of a file read as `format`.
    pub fn new(format: interop::Format, report: &interop::Report) -> ImportReport {
        ImportReport {
            format: format.name().to_owned(),
            events: report.events,
            break_events: report.break_events,
            items: report
                .items
                .iter()
                .map(|item| ImportReportItem {
                    position: item.position.to_string(),
                    action: match item.action {
                        Action::Skipped => ImportAction::Skipped,
                        Action::Guessed => ImportAction::Guessed,
                        Action::Repaired => ImportAction::Repaired,
                    },
                    message: item.message.clone(),
                    at: item.position.message(),
                    words: item.words.clone(),
                })
                .collect(),
            guessed_zone: report.guessed_zone.clone(),
        }
    }
}
