//! Shapes that cross the IPC boundary besides the model itself: the error every client gets.
//!
//! Clients switch on [`ErrorCode`], never on message text. A code is added only when a
//! client needs to react to it differently.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::document::LoadError;
use crate::editor::EditError;

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
    /// What went wrong and where, for people.
    pub message: String,
}

impl From<EditError> for ErrorPayload {
    fn from(e: EditError) -> Self {
        ErrorPayload {
            code: ErrorCode::CommandRefused,
            message: e.to_string(),
        }
    }
}

impl From<LoadError> for ErrorPayload {
    fn from(e: LoadError) -> Self {
        ErrorPayload {
            code: ErrorCode::InvalidDocument,
            message: e.to_string(),
        }
    }
}
