//! The editor: one open timetable, its conflicts and its undo history.
//!
//! [`Editor::apply`] compiles a [`Command`] to a [`Transaction`], applies it, checks the
//! invariants of what it touched, re-checks conflicts incrementally and answers with an
//! [`Applied`]: everything a client needs to redraw (changed sessions, conflict changes,
//! history state) without asking again.
//!
//! Laws:
//! - a rejected command changes nothing and leaves no history entry;
//! - a dry run answers exactly what the real apply would, and changes nothing;
//! - one applied command is one undo step; a new command clears the redo stack;
//! - undo at the oldest change (or redo at the newest) changes nothing and says so; it is
//!   not an error.
//!
//! The undo history, its saved mark and its limits are [`crate::history`]'s.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::command::{Command, CommandError, Edit, Transaction};
use crate::conflict::{Conflict, Engine, Scope};
pub use crate::history::HistoryState;
use crate::history::{Direction, History};
use crate::model::{ConflictKind, Session, SessionId, Severity, Timetable};
use crate::view::View;

/// Whether [`Editor::apply`] really changes the timetable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub enum DryRun {
    /// Only answer what would happen.
    Yes,
    /// Apply for real.
    No,
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

/// The answer to every apply, undo and redo (and dry run).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct Applied {
    /// What was done ("Move session"); for undo and redo, what was undone or redone.
    pub label: String,
    /// Whether this was only a dry run (nothing changed).
    pub dry_run: bool,
    /// Whether the timetable changed (false for a dry run, or undo with nothing to undo).
    pub changed: bool,
    /// Sessions added or changed, with their new values.
    pub sessions: Vec<Session>,
    /// Sessions removed.
    pub removed_sessions: Vec<SessionId>,
    /// The whole timetable, sent only when something besides sessions changed (rooms,
    /// days, breaks, ...), since that can change how everything is drawn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub timetable: Option<Box<Timetable>>,
    /// What the core derives for drawing ([`View`]), sent with `timetable` (only an edit
    /// of more than sessions can change it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub view: Option<View>,
    /// How the conflicts changed.
    pub conflicts: ConflictChange,
    /// The conflict counts after the change.
    pub summary: ConflictSummary,
    /// Undo and redo availability after the change.
    pub history: HistoryState,
}

/// Everything a client needs to draw an open document from scratch.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct Snapshot {
    /// The timetable.
    pub timetable: Timetable,
    /// What the core derives for drawing it.
    pub view: View,
    /// Every conflict, sorted.
    pub conflicts: Vec<Conflict>,
    /// Conflict counts.
    pub summary: ConflictSummary,
    /// Undo and redo availability.
    pub history: HistoryState,
}

/// Why an edit was refused (nothing changed).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The command itself was refused.
    #[error("{label}: {source}")]
    Command {
        /// The command's label.
        label: String,
        /// Why.
        source: CommandError,
    },
    /// The result would break invariants; each problem names where.
    #[error("{label}: the change would break the timetable: {}", problems.join("; "))]
    Broken {
        /// The command's label.
        label: String,
        /// What would be wrong.
        problems: Vec<String>,
    },
}

/// One open timetable with its conflict engine and history.
pub struct Editor {
    timetable: Timetable,
    engine: Engine,
    history: History,
}

impl Editor {
    /// Opens `timetable` (which must be valid, as [`crate::document::load`] guarantees) with
    /// an empty history, not dirty.
    pub fn new(timetable: Timetable) -> Editor {
        let engine = Engine::new(&timetable);
        Editor {
            timetable,
            engine,
            history: History::new(),
        }
    }

    /// Opens `timetable` (valid, as [`Editor::new`] requires) as never saved, such as an
    /// import: dirty until [`Editor::mark_saved`], whatever is undone.
    pub fn unsaved(timetable: Timetable) -> Editor {
        Editor {
            history: History::unsaved(),
            ..Editor::new(timetable)
        }
    }

    /// The current timetable.
    pub fn timetable(&self) -> &Timetable {
        &self.timetable
    }

    /// Every current conflict, sorted.
    pub fn conflicts(&self) -> Vec<Conflict> {
        self.engine.conflicts(&self.timetable)
    }

    /// Everything needed to draw the document from scratch.
    pub fn snapshot(&self) -> Snapshot {
        let conflicts = self.conflicts();
        Snapshot {
            summary: ConflictSummary::of(&conflicts),
            conflicts,
            timetable: self.timetable.clone(),
            view: View::of(&self.timetable),
            history: self.history(),
        }
    }

    /// Undo/redo availability and whether there are unsaved changes.
    pub fn history(&self) -> HistoryState {
        self.history.state()
    }

    /// Records that the current state has been saved and answers the history state now:
    /// `dirty` is false until the next change (undoing back past this point makes it dirty
    /// again).
    pub fn mark_saved(&mut self) -> HistoryState {
        self.history.mark_saved();
        self.history()
    }

    /// Applies `command` (or, with [`DryRun::Yes`], only answers what it would do).
    pub fn apply(&mut self, command: &Command, dry_run: DryRun) -> Result<Applied, EditError> {
        let tx = command
            .compile(&mut self.timetable)
            .map_err(|source| EditError::Command {
                label: command.label().into_owned(),
                source,
            })?;
        let outcome = self.run(&tx)?;
        match dry_run {
            DryRun::Yes => {
                let mut applied = outcome.answer(self, &tx.label, true);
                self.run(&tx.invert())
                    .expect("undoing a just-applied transaction restores a valid state");
                applied.history = self.history();
                Ok(applied)
            }
            DryRun::No => {
                let label = tx.label.clone();
                self.history.record(tx);
                Ok(outcome.answer(self, &label, false))
            }
        }
    }

    /// Undoes the last applied command; a no-op answer when there is nothing to undo.
    pub fn undo(&mut self) -> Applied {
        self.step(Direction::Undo)
    }

    /// Redoes the last undone command; a no-op answer when there is nothing to redo.
    pub fn redo(&mut self) -> Applied {
        self.step(Direction::Redo)
    }

    /// One step through the history `direction`; a no-op answer at either end.
    pub fn step(&mut self, direction: Direction) -> Applied {
        let Some(tx) = self.history.step(direction) else {
            return self.nothing(direction.at_end());
        };
        let outcome = self
            .run(&tx)
            .expect("undo and redo reach states that were valid");
        outcome.answer(self, &tx.label, false)
    }

    fn nothing(&self, label: &str) -> Applied {
        Applied {
            label: label.to_owned(),
            dry_run: false,
            changed: false,
            sessions: Vec::new(),
            removed_sessions: Vec::new(),
            timetable: None,
            view: None,
            conflicts: ConflictChange::default(),
            summary: self.engine.summary(&self.timetable),
            history: self.history(),
        }
    }

    /// Applies `tx`, checks invariants (rolling back on failure) and updates the engine.
    fn run(&mut self, tx: &Transaction) -> Result<Outcome, EditError> {
        tx.apply(&mut self.timetable);
        let structural = tx.touches_structure();
        let problems = if structural {
            self.timetable.validate()
        } else {
            crate::validate::session_problems(&self.timetable, &tx.touched_sessions())
        };
        if !problems.is_empty() {
            tx.invert().apply(&mut self.timetable);
            return Err(EditError::Broken {
                label: tx.label.clone(),
                problems: problems.iter().map(ToString::to_string).collect(),
            });
        }
        let touched = tx.touched_sessions();
        let scope = if structural {
            Scope::All
        } else {
            Scope::Sessions(touched.clone())
        };
        let delta = self.engine.update(&self.timetable, &scope);

        // Keys whose rendering changed without the engine noticing: acknowledgements and
        // severities are applied when conflicts are read out.
        let mut rerender: BTreeSet<String> = delta.added.into_iter().collect();
        let mut kinds: BTreeMap<ConflictKind, ()> = BTreeMap::new();
        for e in &tx.edits {
            match e {
                Edit::Acknowledgement(c) => {
                    rerender.insert(c.id.clone());
                }
                Edit::Severity { kind, .. } => {
                    kinds.insert(*kind, ());
                }
                _ => {}
            }
        }
        if !kinds.is_empty() {
            rerender.extend(self.engine.keys_of_kinds(&kinds.keys().copied().collect()));
        }
        let removed: BTreeSet<String> = delta.removed.into_iter().collect();
        let added: Vec<Conflict> = rerender
            .iter()
            .filter(|k| !removed.contains(*k))
            .filter_map(|k| self.engine.get(&self.timetable, k))
            .collect();
        let (sessions, removed_sessions) =
            touched
                .iter()
                .fold((Vec::new(), Vec::new()), |(mut changed, mut gone), id| {
                    match self.timetable.sessions.get(id) {
                        Some(s) => changed.push(s.clone()),
                        None => gone.push(id.clone()),
                    }
                    (changed, gone)
                });
        Ok(Outcome {
            sessions,
            removed_sessions,
            structural,
            conflicts: ConflictChange {
                added,
                removed: removed.into_iter().collect(),
            },
            summary: self.engine.summary(&self.timetable),
        })
    }
}

struct Outcome {
    sessions: Vec<Session>,
    removed_sessions: Vec<SessionId>,
    structural: bool,
    conflicts: ConflictChange,
    summary: ConflictSummary,
}

impl Outcome {
    fn answer(self, editor: &Editor, label: &str, dry_run: bool) -> Applied {
        Applied {
            label: label.to_owned(),
            dry_run,
            changed: !dry_run,
            sessions: self.sessions,
            removed_sessions: self.removed_sessions,
            timetable: self.structural.then(|| Box::new(editor.timetable.clone())),
            view: self.structural.then(|| View::of(&editor.timetable)),
            conflicts: self.conflicts,
            summary: self.summary,
            history: editor.history(),
        }
    }
}
