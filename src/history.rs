//! The undo history of one open timetable.
//!
//! **What an entry holds.** One [`Transaction`]: the primitive edits of one gesture, each
//! with the values before and after, and the gesture's label ("Move session", "Paste 3
//! sessions"). It holds only what the gesture touched, never a copy of the document, except
//! that publishing a revision holds the revision (a frozen copy of the timetable), as the
//! document itself does. Each entry also has a serial number, unique for the life of the
//! history, which the saved mark refers to.
//!
//! **Undo and redo.** The history is linear: undo moves the newest entry from the undo stack
//! to the redo stack and answers the transaction that undoes it; redo moves it back and
//! answers it again. Undo with nothing to undo (or redo with nothing to redo) answers
//! nothing and changes nothing: the editor reports it, it is not an error. Recording a new
//! entry clears the redo stack: what was undone is gone once the user does something else
//! (Helix keeps a tree instead; a meeting secretariat's undo menu has no branches to show).
//! Only applied commands are recorded: a refused command or a dry run leaves no entry.
//!
//! **The saved mark.** The serial of the newest entry when the document was last saved
//! (0, no entry, when it was opened from a file). The document is dirty whenever the newest
//! entry is another one, so undoing back to the saved state makes it clean again, and
//! undoing past it, or undoing and then making a new edit, makes it dirty, even when the
//! timetable happens to equal the saved one (serials are never reused). A document that was
//! never saved (an import, a recovered journal entry) has a mark no entry can have: it stays
//! dirty whatever is undone, until it is saved.
//!
//! **Limits.** There is no limit on the number of entries. An entry holds only what its
//! gesture changed (a move holds one session twice), so a day of editing costs far less than
//! one copy of the document, and a cap would make undo forget without the user asking.
//! The exception is publishing, whose entry holds a whole timetable; a revision is published
//! a few times per meeting. The history lives as long as the open document: opening,
//! importing or making a new document starts a new one, and it is never saved to the file.
//! Were a cap ever needed, dropping the oldest entries must leave the saved mark unreachable
//! when the saved entry is dropped, so the document stays dirty.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::command::Transaction;

/// Undo and redo availability, for menus and buttons, and whether there are unsaved changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HistoryState {
    /// Whether there is something to undo.
    pub can_undo: bool,
    /// Whether there is something to redo.
    pub can_redo: bool,
    /// Label of what Undo would undo ("Move session").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub undo_label: Option<String>,
    /// Label of what Redo would redo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub redo_label: Option<String>,
    /// Whether the timetable differs from when it was last saved (or opened).
    pub dirty: bool,
}

/// Which way a step through the history goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Back: undo the newest entry.
    Undo,
    /// Forward: redo the newest undone entry.
    Redo,
}

impl Direction {
    /// What to tell the user when there is no step that way (Helix's wording).
    pub fn at_end(self) -> &'static str {
        match self {
            Direction::Undo => "Already at oldest change",
            Direction::Redo => "Already at newest change",
        }
    }
}

struct Entry {
    transaction: Transaction,
    serial: u64,
}

/// The undo and redo stacks of one open timetable, with its saved mark (see the module doc).
pub struct History {
    undo: Vec<Entry>,
    redo: Vec<Entry>,
    next_serial: u64,
    saved_serial: u64,
}

/// The mark of a document never saved: no entry has this serial.
const NEVER_SAVED: u64 = u64::MAX;

impl Default for History {
    fn default() -> Self {
        History::new()
    }
}

impl History {
    /// An empty history of a document as it was read from its file: clean.
    pub fn new() -> History {
        History {
            undo: Vec::new(),
            redo: Vec::new(),
            next_serial: 1,
            saved_serial: 0,
        }
    }

    /// An empty history of a document that was never saved: dirty until
    /// [`History::mark_saved`], whatever is undone.
    pub fn unsaved() -> History {
        History {
            saved_serial: NEVER_SAVED,
            ..History::new()
        }
    }

    /// Records an applied transaction as the newest entry; clears the redo stack.
    pub fn record(&mut self, transaction: Transaction) {
        self.redo.clear();
        let serial = self.next_serial;
        self.next_serial += 1;
        self.undo.push(Entry {
            transaction,
            serial,
        });
    }

    /// Takes one step `direction`: answers the transaction to apply (for undo, the inverse of
    /// the newest entry; for redo, the newest undone entry again), labelled as the gesture,
    /// and moves the entry to the other stack; `None`, changing nothing, when there is no
    /// step that way. The caller must apply the answer for the history to stay true.
    pub fn step(&mut self, direction: Direction) -> Option<Transaction> {
        let (from, to) = match direction {
            Direction::Undo => (&mut self.undo, &mut self.redo),
            Direction::Redo => (&mut self.redo, &mut self.undo),
        };
        let entry = from.pop()?;
        let answer = match direction {
            Direction::Undo => entry.transaction.invert(),
            Direction::Redo => entry.transaction.clone(),
        };
        to.push(entry);
        Some(answer)
    }

    /// Records that the current state is saved: not dirty until the next step or entry.
    pub fn mark_saved(&mut self) {
        self.saved_serial = self.current_serial();
    }

    /// Whether the current state differs from the saved one.
    pub fn is_dirty(&self) -> bool {
        self.current_serial() != self.saved_serial
    }

    /// Undo and redo availability and labels, and the dirty flag.
    pub fn state(&self) -> HistoryState {
        HistoryState {
            can_undo: !self.undo.is_empty(),
            can_redo: !self.redo.is_empty(),
            undo_label: self.undo.last().map(|e| e.transaction.label.clone()),
            redo_label: self.redo.last().map(|e| e.transaction.label.clone()),
            dirty: self.is_dirty(),
        }
    }

    fn current_serial(&self) -> u64 {
        self.undo.last().map_or(0, |e| e.serial)
    }
}

#[cfg(test)]
mod tests {
    use super::{Direction, History};
    use crate::command::Transaction;

    fn tx(label: &str) -> Transaction {
        Transaction::new(label)
    }

    fn labels(h: &History) -> (Option<String>, Option<String>) {
        let s = h.state();
        (s.undo_label, s.redo_label)
    }

    #[test]
    fn undo_and_redo_move_the_newest_entry_between_the_stacks() {
        let mut h = History::new();
        h.record(tx("Move session"));
        h.record(tx("Add room"));
        assert_eq!(h.step(Direction::Undo).map(|t| t.label), Some("Add room".into()));
        assert_eq!(
            labels(&h),
            (Some("Move session".into()), Some("Add room".into())),
            "the undone entry is next to redo, the one before it next to undo"
        );
        assert_eq!(h.step(Direction::Redo).map(|t| t.label), Some("Add room".into()));
        assert_eq!(labels(&h), (Some("Add room".into()), None));
    }

    #[test]
    fn a_step_past_either_end_answers_nothing_and_changes_nothing() {
        let mut h = History::new();
        assert!(h.step(Direction::Undo).is_none());
        assert!(h.step(Direction::Redo).is_none());
        h.record(tx("Move session"));
        assert!(h.step(Direction::Redo).is_none(), "nothing undone yet");
        assert_eq!(labels(&h), (Some("Move session".into()), None));
        assert_eq!(Direction::Undo.at_end(), "Already at oldest change");
    }

    #[test]
    fn recording_a_new_entry_clears_redo() {
        let mut h = History::new();
        h.record(tx("Move session"));
        h.step(Direction::Undo);
        assert!(h.state().can_redo);
        h.record(tx("Add room"));
        assert!(!h.state().can_redo, "what was undone is gone after a new edit");
    }

    #[test]
    fn dirty_follows_the_saved_mark_through_undo_and_redo() {
        let mut h = History::new();
        assert!(!h.is_dirty(), "as opened");
        h.record(tx("a"));
        assert!(h.is_dirty());
        h.mark_saved();
        assert!(!h.is_dirty());
        h.step(Direction::Undo);
        assert!(h.is_dirty(), "undoing past the save");
        h.step(Direction::Redo);
        assert!(!h.is_dirty(), "redoing back to the saved state");
        h.step(Direction::Undo);
        h.step(Direction::Undo);
        h.record(tx("b"));
        assert!(h.is_dirty(), "a new edit after undoing past the save is never the save");
    }

    #[test]
    fn undoing_every_edit_makes_an_opened_document_clean_but_never_an_unsaved_one() {
        let mut opened = History::new();
        let mut imported = History::unsaved();
        for h in [&mut opened, &mut imported] {
            h.record(tx("a"));
            h.step(Direction::Undo);
        }
        assert!(!opened.is_dirty(), "back where the file was read");
        assert!(imported.is_dirty(), "an import stays unsaved whatever is undone");
        imported.mark_saved();
        assert!(!imported.is_dirty());
    }

    #[test]
    fn undo_answers_the_inverse_and_redo_the_transaction_itself() {
        let t = crate::generate::conference(&crate::generate::Spec::scaled(10));
        let mut scratch = t.clone();
        let command = crate::command::Command::DeleteSession {
            id: t.sessions.keys().next().expect("sessions").clone(),
        };
        let applied = command.compile(&mut scratch).expect("deletes");
        let mut h = History::new();
        h.record(applied.clone());
        let undo = h.step(Direction::Undo).expect("one entry");
        assert_eq!(undo, applied.invert());
        let redo = h.step(Direction::Redo).expect("one undone entry");
        assert_eq!(redo, applied);
    }
}
