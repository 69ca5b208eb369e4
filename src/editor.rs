//! The editor: one open timetable, its conflicts and its undo history.
//!
//! [`Editor::apply`] compiles a [`Command`] to a [`Transaction`], applies it, checks the
//! invariants of what it touched, re-checks conflicts incrementally and answers with an
//! [`Applied`]: everything a client needs to redraw (changed sessions, what else changed,
//! conflict changes, history state) without asking again.
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
use crate::conflict::{Conflict, ConflictChange, ConflictSummary, Engine, Scope};
pub use crate::history::HistoryState;
use crate::history::{Direction, History};
use crate::messages::Message;
use crate::model::{ConflictKind, SessionId, Timetable};
use crate::template::MeetingSetup;
use crate::view::View;
use crate::wire::timetable::Session;
use crate::wire::{ErrorCode, ErrorPayload, TimetableChange};

/// The answers are wire types (`crate::wire`); they are named here too, beside the editor
/// that gives them.
pub use crate::wire::{Applied, Snapshot};

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

/// Why an edit was refused (nothing changed).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The command itself was refused.
    #[error("{label}: {source}")]
    Command {
        /// The command's label.
        label: String,
        /// The same as a message ([`Command::label_words`]; boxed: an error stays small).
        label_words: Box<Message>,
        /// Why.
        source: CommandError,
    },
    /// The result would break invariants; each problem names where.
    #[error("{label}: the change would break the timetable: {}",
        problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Broken {
        /// The command's label.
        label: String,
        /// The same as a message ([`Command::label_words`]; boxed: an error stays small).
        label_words: Box<Message>,
        /// What would be wrong.
        problems: Vec<crate::model::Problem>,
    },
}

impl EditError {
    /// What the refusal says, as a message id with its arguments: the command's label and
    /// why. `Display` writes it in English.
    pub fn message(&self) -> Message {
        match self {
            EditError::Command {
                label_words,
                source,
                ..
            } => Message::new("edit-refused")
                .with("label", (**label_words).clone())
                .with("reason", source.message()),
            EditError::Broken {
                label_words,
                problems,
                ..
            } => Message::new("edit-broken")
                .with("label", (**label_words).clone())
                .with("problems", crate::model::Problem::all_said(problems)),
        }
    }
}

/// The document File > New builds from the set-up form: [`crate::template::blank`] set up as `setup` says,
/// with no history (the set-up is where it starts, not an edit to undo).
pub fn from_setup(setup: &MeetingSetup) -> Result<Timetable, EditError> {
    let mut editor = Editor::new(crate::template::blank());
    let command = Command::SetUpMeeting {
        setup: setup.clone(),
    };
    editor.apply(&command, DryRun::No)?;
    Ok(editor.timetable().clone())
}

/// A refused edit as the UI receives it: nothing changed.
impl From<EditError> for ErrorPayload {
    fn from(e: EditError) -> Self {
        ErrorPayload::worded(ErrorCode::CommandRefused, e.message(), e.to_string())
    }
}

/// One open timetable with its conflict engine and history.
pub struct Editor {
    timetable: Timetable,
    engine: Engine,
    history: History,
    /// The view of the timetable the client last received (with the snapshot or a real
    /// change), so an answer carries the view only when it differs from that.
    view: View,
}

impl Editor {
    /// Opens `timetable` (which must be valid, as [`crate::document::load`] guarantees) with
    /// an empty history, not dirty.
    pub fn new(timetable: Timetable) -> Editor {
        let engine = Engine::new(&timetable);
        let view = View::of(&timetable);
        Editor {
            timetable,
            engine,
            history: History::new(),
            view,
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
            timetable: (&self.timetable).into(),
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
                label_words: Box::new(command.label_words()),
                source,
            })?;
        let outcome = self.run(&tx, || command.label_words())?;
        match dry_run {
            DryRun::Yes => {
                let mut applied = outcome.answer(self, &tx.label, true);
                self.run(&tx.invert(), || tx.words.clone())
                    .expect("undoing a just-applied transaction restores a valid state");
                applied.history = self.history();
                Ok(applied)
            }
            // An arrangement that moves nothing is no edit: no undo step, not dirty.
            DryRun::No if tx.edits.is_empty() && matches!(command, Command::Arrange { .. }) => {
                Ok(self.nothing(&tx.label))
            }
            DryRun::No => {
                let label = tx.label.clone();
                self.history.record(tx);
                let applied = outcome.answer(self, &label, false);
                self.sent_view(&applied);
                Ok(applied)
            }
        }
    }

    /// Applies an arrangement the client ran and previewed ([`crate::arrange::arrange`] on
    /// `base`, answering `arranged`) as one undo step, "Arrange N sessions": the history
    /// records exactly these placements, so redo replays them, whether or not the search
    /// was stopped early (the search is not run again). Refused, changing nothing, when the
    /// timetable is no longer `base`. An arrangement that changes nothing applies nothing:
    /// no undo step, and the document is not marked edited (`changed` is false).
    pub fn apply_arranged(
        &mut self,
        base: &Timetable,
        arranged: &Timetable,
    ) -> Result<Applied, EditError> {
        const LABEL: &str = "Arrange sessions";
        if self.timetable != *base {
            return Err(EditError::Command {
                label: LABEL.to_owned(),
                label_words: Box::new(Message::new("command-arrange-sessions")),
                source: CommandError::StaleArrangement,
            });
        }
        let tx = crate::command::record_arrangement(&mut self.timetable, arranged);
        if tx.edits.is_empty() {
            return Ok(self.nothing(LABEL));
        }
        let outcome = self.run(&tx, || Message::new("command-arrange-sessions"))?;
        let label = tx.label.clone();
        self.history.record(tx);
        let applied = outcome.answer(self, &label, false);
        self.sent_view(&applied);
        Ok(applied)
    }

    /// The Bodies view's table of the timetable as it is now, its cells flagged from the
    /// current conflicts (see [`crate::bodies::BodyGrid`]).
    pub fn bodies_grid(&self) -> crate::bodies::BodyGrid {
        crate::bodies::BodyGrid::of(&self.timetable, &self.conflicts())
    }

    /// Every text of the document with the meeting languages each lacks (the Translations
    /// view's rows, see [`crate::translations`]).
    pub fn translations(&self) -> crate::translations::Translations {
        crate::translations::list(&self.timetable)
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
            .run(&tx, || tx.words.clone())
            .expect("undo and redo reach states that were valid");
        let applied = outcome.answer(self, &tx.label, false);
        self.sent_view(&applied);
        applied
    }

    /// Remembers the view a real change sent, the one the client now holds.
    fn sent_view(&mut self, applied: &Applied) {
        if let Some(view) = &applied.view {
            self.view = view.clone();
        }
    }

    fn nothing(&self, label: &str) -> Applied {
        Applied {
            label: label.to_owned(),
            dry_run: false,
            changed: false,
            sessions: Vec::new(),
            removed_sessions: Vec::new(),
            changes: None,
            view: None,
            conflicts: ConflictChange::default(),
            summary: self.engine.summary(&self.timetable),
            history: self.history(),
        }
    }

    /// Applies `tx`, checks invariants (rolling back on failure) and updates the engine.
    fn run(
        &mut self,
        tx: &Transaction,
        label_words: impl FnOnce() -> Message,
    ) -> Result<Outcome, EditError> {
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
                label_words: Box::new(label_words()),
                problems,
            });
        }
        let touched = tx.touched_sessions();
        let scope = if structural {
            Scope::All
        } else {
            Scope::Sessions(touched.clone())
        };
        let delta = self.engine.update(&self.timetable, &scope);
        let changes = TimetableChange::of(&tx.edits, &self.timetable).map(Box::new);

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
                        Some(s) => changed.push(Session::from(s)),
                        None => gone.push(id.clone()),
                    }
                    (changed, gone)
                });
        Ok(Outcome {
            sessions,
            removed_sessions,
            changes,
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
    changes: Option<Box<TimetableChange>>,
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
            view: self
                .changes
                .as_ref()
                .map(|_| View::of(&editor.timetable))
                .filter(|view| *view != editor.view),
            changes: self.changes,
            conflicts: self.conflicts,
            summary: self.summary,
            history: editor.history(),
        }
    }
}
