//! The conflict engine: finds what is wrong with a timetable.
//!
//! Conflicts are data, never errors: the same timetable always gives the same sorted list.
//! Each [`Conflict`] names its kind, severity, the sessions (and rooms, persons, bodies,
//! breaks, constraints) it involves, and a message in plain words ([`Message`]: an id of
//! the message files with its arguments, written in any of the six languages). Pairwise kinds (room,
//! person, body, exclusive) give one conflict per pair of sessions.
//!
//! A conflict's `key` identifies it across edits (kind, the sessions, the shared subject),
//! so an acknowledgement survives unrelated edits and is lost only when the conflict itself
//! goes away and comes back different.
//!
//! [`Engine`] keeps the current conflicts and, after an edit, re-checks only what the edit
//! can affect (see `engine.rs` for the algorithm and its limits). [`check`] is the full
//! check of a timetable. [`Probe`] asks the same rules where one session could go.

mod engine;
mod groups;
mod probe;
mod rules;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::messages::Message;
use crate::model::{
    BodyId, BreakId, ConflictKind, ConstraintId, PersonId, RoomId, SessionId, Severity,
};

pub use engine::{Delta, Engine, Scope};
pub use probe::{Kinds, Probe};

/// One problem found in a timetable.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct Conflict {
    /// Stable identity: kind, sessions and subject (e.g. `roomClash:s1+s2@popov`).
    pub key: String,
    /// What kind of problem.
    pub kind: ConflictKind,
    /// How bad, from the document's severity settings.
    pub severity: Severity,
    /// Sessions involved, sorted by id.
    pub sessions: Vec<SessionId>,
    /// Rooms involved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rooms: Vec<RoomId>,
    /// Persons involved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub persons: Vec<PersonId>,
    /// Bodies involved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bodies: Vec<BodyId>,
    /// Breaks involved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breaks: Vec<BreakId>,
    /// Constraints involved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub constraints: Vec<ConstraintId>,
    /// What is wrong, in plain English words, naming the sessions by title: `words`
    /// written in English, kept for clients that show English only.
    pub message: String,
    /// What is wrong as a message id with its arguments, for writing it in the reader's
    /// language (the UI's, the CLI's `--ui-lang`) from the shared message files.
    pub words: Message,
    /// Whether the user acknowledged it.
    pub acknowledged: bool,
    /// The user's reason, when acknowledged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub reason: Option<String>,
}

/// Counts of current conflicts, for a status bar.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConflictSummary {
    /// Unacknowledged errors.
    pub errors: u32,
    /// Unacknowledged warnings.
    pub warnings: u32,
    /// Unacknowledged infos.
    pub infos: u32,
    /// Acknowledged conflicts of any severity.
    pub acknowledged: u32,
}

impl ConflictSummary {
    /// Counts `conflicts`.
    pub fn of<'a>(conflicts: impl IntoIterator<Item = &'a Conflict>) -> ConflictSummary {
        let mut s = ConflictSummary::default();
        for c in conflicts {
            if c.acknowledged {
                s.acknowledged += 1;
            } else {
                match c.severity {
                    Severity::Error => s.errors += 1,
                    Severity::Warning => s.warnings += 1,
                    Severity::Info => s.infos += 1,
                }
            }
        }
        s
    }
}

/// How the conflicts changed: remove `removed` keys, then insert or replace `added` by key.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConflictChange {
    /// Conflicts that are new or changed (message, severity or acknowledgement).
    pub added: Vec<Conflict>,
    /// Keys of conflicts that are gone.
    pub removed: Vec<String>,
}

/// Every conflict of `timetable`, sorted by severity, kind, then key.
///
/// Gives exactly what `Engine::new(timetable).conflicts(timetable)` gives, without building
/// the indexes an engine keeps for later updates.
pub fn check(timetable: &crate::model::Timetable) -> Vec<Conflict> {
    engine::check(timetable)
}

/// The rules of one session on its own (breaks, hours, kind of day, meeting dates, room
/// capacity and interpretation), for many trial placements in a row: what the arranger
/// prices its candidate places with, so it applies the very rules the engine checks.
pub struct SessionCheck<'t> {
    cal: rules::Calendar<'t>,
    out: Vec<Conflict>,
}

impl<'t> SessionCheck<'t> {
    /// A check against the calendar (days, breaks, rooms) of `timetable`.
    pub fn new(timetable: &'t crate::model::Timetable) -> SessionCheck<'t> {
        SessionCheck {
            cal: rules::Calendar::new(timetable),
            out: Vec::new(),
        }
    }

    /// The kinds of the conflicts `session` would have on its own at `placement` (its
    /// room as it says), one entry per conflict.
    pub fn kinds(
        &mut self,
        session: &crate::model::Session,
        placement: &crate::model::Placement,
    ) -> Vec<ConflictKind> {
        rules::session_conflicts(
            &mut self.cal,
            session,
            placement,
            rules::span_of(placement),
            &mut self.out,
        );
        self.out.drain(..).map(|c| c.kind).collect()
    }
}
