//! Placeholder engine while the real one is written (finds nothing).
use std::collections::BTreeSet;

use crate::editor::ConflictSummary;
use crate::model::{ConflictKind, SessionId, Timetable};

use super::Conflict;

/// What an edit can have affected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Only these sessions changed (or were added or removed).
    Sessions(BTreeSet<SessionId>),
    /// Anything may have changed (rooms, days, breaks, bodies, constraints, ...).
    All,
}

/// Keys of conflicts that appeared or changed, and keys of conflicts that went away.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Delta {
    /// New or changed conflicts.
    pub added: Vec<String>,
    /// Gone conflicts.
    pub removed: Vec<String>,
}

/// The current conflicts of one timetable, kept up to date edit by edit.
pub struct Engine {}

impl Engine {
    /// Full check of `t`.
    pub fn new(_t: &Timetable) -> Engine {
        Engine {}
    }
    /// Re-checks what `scope` can affect; `t` is the timetable after the edit.
    pub fn update(&mut self, _t: &Timetable, _scope: &Scope) -> Delta {
        Delta::default()
    }
    /// Every conflict, sorted, with severity and acknowledgement from `t`.
    pub fn conflicts(&self, _t: &Timetable) -> Vec<Conflict> {
        Vec::new()
    }
    /// One conflict by key.
    pub fn get(&self, _t: &Timetable, _key: &str) -> Option<Conflict> {
        None
    }
    /// Counts by severity, cheaply.
    pub fn summary(&self, _t: &Timetable) -> ConflictSummary {
        ConflictSummary::default()
    }
    /// Keys of every current conflict of these kinds.
    pub fn keys_of_kinds(&self, _kinds: &BTreeSet<ConflictKind>) -> Vec<String> {
        Vec::new()
    }
}
