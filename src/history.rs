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
//! **Limits.** The history keeps at most [`STEP_LIMIT`] entries (undo and redo together)
//! and at most [`BYTE_LIMIT`] bytes of them, measured as the size of the values its edits
//! hold written as JSON (what [`weight`] counts; the memory they take is of the same order).
//! Recording an entry past either limit drops the oldest entries first, so undo forgets the
//! beginning of a long session, never the recent work, and memory stays bounded over hours
//! of use whatever the machine. The newest entry is always kept, even alone over the byte
//! limit (a revision of a huge timetable). An ordinary gesture holds a few hundred bytes
//! (a move holds one session twice), so the step limit is the one a day of editing meets;
//! publishing, whose entry holds a whole timetable, is the one the byte limit is for.
//! The history lives as long as the open document: opening, importing or making a new
//! document starts a new one, and it is never saved to the file.
//!
//! Dropping entries keeps the saved mark true: the history remembers the serial of the
//! newest dropped entry as its floor, the state that undoing every kept entry returns to.
//! So undoing all the way back is clean only when that state is the saved one, and a
//! document opened from a file whose first edits were dropped stays dirty however far it
//! is undone (the state it was read in cannot be reached any more).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::command::{Change, Edit, Transaction};
use crate::messages::Message;

/// The most entries the history keeps (undo and redo together); older ones are dropped.
pub const STEP_LIMIT: usize = 10_000;

/// The most bytes of edits the history keeps (as [`weight`] counts them): 64 MiB; older
/// entries are dropped, the newest always kept.
pub const BYTE_LIMIT: usize = 64 * 1024 * 1024;

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
    /// `undo_label` as a message, to be written in the reader's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub undo_words: Option<Message>,
    /// `redo_label` as a message, to be written in the reader's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub redo_words: Option<Message>,
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
    /// The transaction's [`weight`], counted once when recorded.
    weight: usize,
}

/// The undo and redo stacks of one open timetable, with its saved mark (see the module doc).
pub struct History {
    undo: Vec<Entry>,
    redo: Vec<Entry>,
    next_serial: u64,
    saved_serial: u64,
    /// The serial of the state before the oldest kept entry: 0 (as read) until entries are
    /// dropped, then the newest dropped one's.
    floor_serial: u64,
    /// The sum of the kept entries' weights.
    weight: usize,
    /// The limits: [`STEP_LIMIT`] and [`BYTE_LIMIT`] but in tests.
    step_limit: usize,
    byte_limit: usize,
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
        History::with_limits(STEP_LIMIT, BYTE_LIMIT)
    }

    /// An empty history, like [`History::new`], that keeps at most `steps` entries and
    /// `bytes` of them (at least the newest entry whatever the limits).
    pub fn with_limits(steps: usize, bytes: usize) -> History {
        History {
            undo: Vec::new(),
            redo: Vec::new(),
            next_serial: 1,
            saved_serial: 0,
            floor_serial: 0,
            weight: 0,
            step_limit: steps.max(1),
            byte_limit: bytes,
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

    /// Records an applied transaction as the newest entry; clears the redo stack, then drops
    /// the oldest entries while the history is over its limits (see the module doc).
    pub fn record(&mut self, transaction: Transaction) {
        for dropped in self.redo.drain(..) {
            self.weight -= dropped.weight;
        }
        let serial = self.next_serial;
        self.next_serial += 1;
        let weight = weight(&transaction);
        self.weight += weight;
        self.undo.push(Entry {
            transaction,
            serial,
            weight,
        });
        let over =
            |h: &History, kept: usize| kept > 1 && (kept > h.step_limit || h.weight > h.byte_limit);
        let mut drop = 0;
        while over(self, self.undo.len() - drop) {
            self.weight -= self.undo[drop].weight;
            self.floor_serial = self.undo[drop].serial;
            drop += 1;
        }
        self.undo.drain(..drop);
    }

    /// How many entries the history holds (undo and redo together), and their [`weight`].
    pub fn size(&self) -> (usize, usize) {
        (self.undo.len() + self.redo.len(), self.weight)
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
            undo_words: self.undo.last().map(|e| e.transaction.words.clone()),
            redo_words: self.redo.last().map(|e| e.transaction.words.clone()),
            dirty: self.is_dirty(),
        }
    }

    fn current_serial(&self) -> u64 {
        self.undo.last().map_or(self.floor_serial, |e| e.serial)
    }
}

/// What a transaction costs the history: its label and the values its edits hold, in bytes
/// of JSON (sessions, rooms, ..., a revision's whole timetable), plus a fixed cost per edit
/// for its id and index. An estimate of the memory the entry takes, stable across platforms,
/// so the limit means the same everywhere.
pub fn weight(transaction: &Transaction) -> usize {
    fn json(value: &impl serde::Serialize) -> usize {
        let mut counter = Counter(0);
        // Model values always serialize; a failure would only undercount this entry.
        let _ = serde_json::to_writer(&mut counter, value);
        counter.0
    }
    fn change<K: serde::Serialize, V: serde::Serialize>(c: &Change<K, V>) -> usize {
        json(&c.id) + c.before.as_ref().map_or(0, json) + c.after.as_ref().map_or(0, json)
    }
    const PER_EDIT: usize = 32;
    let edits: usize = transaction
        .edits
        .iter()
        .map(|edit| {
            PER_EDIT
                + match edit {
                    Edit::Session(c) => change(c),
                    Edit::Room(c) => change(c),
                    Edit::Body(c) => change(c),
                    Edit::Person(c) => change(c),
                    Edit::Slot(c) => change(c),
                    Edit::Break(c) => change(c),
                    Edit::Constraint(c) => change(c),
                    Edit::Acknowledgement(c) => change(c),
                    Edit::Days { before, after } => json(before) + json(after),
                    Edit::Meeting { before, after } => json(before) + json(after),
                    Edit::Revision { before, after, .. } => json(before) + json(after),
                    Edit::AnnexNotes { before, after } => json(before) + json(after),
                    Edit::Severity { before, after, .. } => json(before) + json(after),
                    Edit::ArrangeWeight { before, after, .. } => json(before) + json(after),
                }
        })
        .sum();
    transaction.label.len() + edits
}

/// A writer that only counts the bytes written to it.
struct Counter(usize);

impl std::io::Write for Counter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0 += bytes.len();
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::{BYTE_LIMIT, Direction, History, STEP_LIMIT, weight};
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
        assert_eq!(
            h.step(Direction::Undo).map(|t| t.label),
            Some("Add room".into())
        );
        assert_eq!(
            labels(&h),
            (Some("Move session".into()), Some("Add room".into())),
            "the undone entry is next to redo, the one before it next to undo"
        );
        assert_eq!(
            h.step(Direction::Redo).map(|t| t.label),
            Some("Add room".into())
        );
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
        assert!(
            !h.state().can_redo,
            "what was undone is gone after a new edit"
        );
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
        assert!(
            h.is_dirty(),
            "a new edit after undoing past the save is never the save"
        );
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
        assert!(
            imported.is_dirty(),
            "an import stays unsaved whatever is undone"
        );
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

    fn undo_labels(h: &mut History) -> Vec<String> {
        std::iter::from_fn(|| h.step(Direction::Undo).map(|t| t.label)).collect()
    }

    #[test]
    fn past_the_step_limit_the_oldest_entries_are_dropped_and_the_newest_kept() {
        let mut h = History::with_limits(3, usize::MAX);
        for label in ["a", "b", "c", "d", "e"] {
            h.record(tx(label));
        }
        assert_eq!(h.size().0, 3);
        assert_eq!(
            undo_labels(&mut h),
            ["e", "d", "c"],
            "a and b are forgotten"
        );
        assert_eq!(h.size().0, 3, "undone entries stay, to redo");
        h.step(Direction::Redo);
        h.record(tx("f"));
        assert_eq!(h.size().0, 2, "a new entry clears redo: c and f remain");
    }

    #[test]
    fn past_the_byte_limit_the_oldest_entries_are_dropped_but_never_the_newest() {
        let one = weight(&tx("0123456789"));
        assert_eq!(one, 10, "a transaction without edits weighs its label");
        let mut h = History::with_limits(usize::MAX, 2 * one);
        for label in ["0000000000", "1111111111", "2222222222"] {
            h.record(tx(label));
        }
        assert_eq!(h.size(), (2, 2 * one));
        let mut alone = History::with_limits(usize::MAX, 5);
        alone.record(tx("0123456789"));
        alone.record(tx("9876543210"));
        assert_eq!(
            undo_labels(&mut alone),
            ["9876543210"],
            "the newest entry is kept alone even over the limit"
        );
    }

    #[test]
    fn dropping_entries_keeps_the_saved_mark_true() {
        // Saved at b; c and d push a and b out; undoing both returns to b: clean.
        let mut h = History::with_limits(2, usize::MAX);
        h.record(tx("a"));
        h.record(tx("b"));
        h.mark_saved();
        h.record(tx("c"));
        h.record(tx("d"));
        undo_labels(&mut h);
        assert!(
            !h.is_dirty(),
            "back at the saved state b, the floor of the history"
        );
        // Opened from a file, its first edit dropped: the file's state is out of reach.
        let mut opened = History::with_limits(2, usize::MAX);
        for label in ["a", "b", "c"] {
            opened.record(tx(label));
        }
        undo_labels(&mut opened);
        assert!(
            opened.is_dirty(),
            "a is still applied; the file's state is gone"
        );
        // Saved at a entry since dropped, and not the floor: never clean again.
        let mut h = History::with_limits(2, usize::MAX);
        h.record(tx("a"));
        h.mark_saved();
        for label in ["b", "c", "d"] {
            h.record(tx(label));
        }
        undo_labels(&mut h);
        assert!(h.is_dirty());
    }

    /// The default limits hold for real edits: STEP_LIMIT + 500 title edits of one session
    /// leave STEP_LIMIT entries, far under the byte limit, and undo reaches back exactly
    /// STEP_LIMIT gestures.
    #[test]
    fn the_default_limits_bound_a_long_session_of_real_edits() {
        let t = crate::generate::conference(&crate::generate::Spec::scaled(10));
        let mut scratch = t.clone();
        let mut session = t.sessions.values().next().expect("sessions").clone();
        let mut h = History::new();
        for i in 0..STEP_LIMIT + 500 {
            session.title = [(crate::model::Lang::En, format!("Title {i}"))].into();
            let command = crate::command::Command::EditSession {
                session: session.clone(),
            };
            h.record(command.compile(&mut scratch).expect("an edit of a title"));
        }
        let (steps, bytes) = h.size();
        assert_eq!(steps, STEP_LIMIT);
        assert!(
            bytes < BYTE_LIMIT / 8,
            "{bytes} bytes for {steps} title edits"
        );
        assert_eq!(undo_labels(&mut h).len(), STEP_LIMIT);
        assert!(h.is_dirty(), "the first 500 edits are still applied");
    }
}
