//! Transactions: the primitive edits of one gesture, applied, inverted and composed by one
//! generic piece of code (helix-core's `transaction.rs` has the same three operations).

use std::collections::BTreeSet;

use super::edit::Edit;
use crate::messages::Message;
use crate::model::{SessionId, Timetable};

/// The primitive edits of one gesture: one undo step.
///
/// Every edit is made for the state the edits before it leave (an item's index counts the
/// items as they are at that point), so a transaction applies to the state it was compiled
/// for, in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Transaction {
    /// The undo label ("Move session"): `words` in English.
    pub label: String,
    /// The undo label as a message, for any language.
    pub words: Message,
    /// The edits, applied in order.
    pub edits: Vec<Edit>,
}

impl Transaction {
    /// A transaction that changes nothing, labelled `label`: the start of a composition.
    pub fn new(label: impl Into<String>) -> Transaction {
        let label = label.into();
        Transaction {
            words: Message::as_said(label.as_str()),
            label,
            edits: Vec::new(),
        }
    }

    /// A transaction of `edits` labelled `words` (the label is their English).
    pub fn worded(words: Message, edits: Vec<Edit>) -> Transaction {
        Transaction {
            label: words.to_string(),
            words,
            edits,
        }
    }

    /// Applies every edit in order.
    pub fn apply(&self, t: &mut Timetable) {
        for e in &self.edits {
            e.apply(t);
        }
    }

    /// The transaction that undoes this one: each edit inverted, in reverse order.
    ///
    /// Law: applying `self` then `self.invert()` leaves the timetable as it was, down to the
    /// order of every collection, so it saves to the same bytes.
    pub fn invert(&self) -> Transaction {
        Transaction {
            label: self.label.clone(),
            words: self.words.clone(),
            edits: self.edits.iter().rev().map(Edit::inverted).collect(),
        }
    }

    /// `self` followed by `next`, as one transaction with `self`'s label; `next` must be made
    /// for the state `self` leaves (as compiling a command after applying `self` makes it).
    ///
    /// Law: applying `a.compose(b)` equals applying `a` then `b`, and its inverse undoes both
    /// (it equals `b.invert()` then `a.invert()`), restoring the exact bytes; composition is
    /// associative and [`Transaction::new`] is its identity.
    ///
    /// The edits are joined, not merged: an edit's index counts the items as the edits
    /// before it leave them, so folding two edits of one item into one could misplace the
    /// items edited in between.
    pub fn compose(mut self, next: Transaction) -> Transaction {
        self.edits.extend(next.edits);
        self
    }

    /// Whether the transaction changes nothing.
    pub fn is_empty(&self) -> bool {
        self.edits.is_empty()
    }

    /// Sessions whose values this transaction changes.
    pub fn touched_sessions(&self) -> BTreeSet<SessionId> {
        self.edits
            .iter()
            .filter_map(|e| match e {
                Edit::Session(c) => Some(c.id.clone()),
                _ => None,
            })
            .collect()
    }

    /// Whether anything other than sessions, acknowledgements, severities and arrange
    /// weights changes
    /// (rooms, days, breaks, ...): such edits can affect any session's conflicts.
    pub fn touches_structure(&self) -> bool {
        self.edits.iter().any(|e| {
            !matches!(
                e,
                Edit::Session(_)
                    | Edit::Acknowledgement(_)
                    | Edit::Severity { .. }
                    | Edit::ArrangeWeight { .. }
            )
        })
    }
}

#[cfg(test)]
mod tests {
    //! The laws of apply, invert and compose, on random gestures against a generated
    //! conference: compose equals the parts in order, its inverse restores the bytes.

    use proptest::prelude::*;

    use super::Transaction;
    use crate::command::Command;
    use crate::document;
    use crate::generate::{Spec, conference};
    use crate::model::{SessionId, Timetable};

    /// A gesture on the `i`-th session (modulo the count), so every case names real ones.
    fn gesture(t: &Timetable, kind: u8, i: usize, by: i64) -> Command {
        let ids: Vec<SessionId> = t.sessions.keys().cloned().collect();
        let pick = |k: usize| ids[k % ids.len()].clone();
        match kind % 6 {
            0 => Command::MoveSessions {
                ids: vec![pick(i), pick(i + 7)],
                by_minutes: by,
            },
            1 => Command::DeleteSession { id: pick(i) },
            2 => Command::DuplicateSession {
                id: pick(i),
                placement: None,
            },
            3 => Command::DeleteSessions {
                ids: vec![pick(i), pick(i + 3), pick(i + 11)],
            },
            4 => Command::PasteSessions {
                ids: vec![pick(i), pick(i + 5)],
                by_minutes: None,
            },
            _ => match t.rooms.keys().nth(i % t.rooms.len().max(1)) {
                Some(room) => Command::RemoveRoom { id: room.clone() },
                None => Command::UnscheduleSession { id: pick(i) },
            },
        }
    }

    /// Compiles each gesture in the state the ones before it leave (skipping refusals) and
    /// answers their transactions, leaving `t` as it found it.
    fn parts(t: &mut Timetable, gestures: &[(u8, usize, i64)]) -> Vec<Transaction> {
        let mut out: Vec<Transaction> = Vec::new();
        for &(kind, i, by) in gestures {
            let command = gesture(t, kind, i, by);
            if let Ok(tx) = command.compile(t) {
                tx.apply(t);
                out.push(tx);
            }
        }
        for tx in out.iter().rev() {
            tx.invert().apply(t);
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

        #[test]
        fn applying_a_composition_equals_applying_its_parts_and_its_inverse_restores_the_bytes(
            gestures in proptest::collection::vec((0u8..6, 0usize..200, -2880i64..2880), 1..8)
        ) {
            let mut t = conference(&Spec::scaled(60));
            let original = document::save(&t);
            let parts = parts(&mut t, &gestures);
            prop_assert_eq!(&document::save(&t), &original, "compiling changes nothing");

            let mut one_by_one = t.clone();
            for tx in &parts {
                tx.apply(&mut one_by_one);
            }
            let whole = parts
                .iter()
                .cloned()
                .fold(Transaction::new("All"), Transaction::compose);
            let mut composed = t.clone();
            whole.apply(&mut composed);
            prop_assert_eq!(document::save(&composed), document::save(&one_by_one),
                "the composition does what its parts do in order");

            whole.invert().apply(&mut composed);
            prop_assert_eq!(document::save(&composed), original,
                "the inverse of the composition undoes every part");
        }
    }

    #[test]
    fn composition_is_associative_and_new_is_its_identity() {
        let mut t = conference(&Spec::scaled(20));
        let gestures = [(0, 1, 30), (1, 2, 0), (4, 3, 0)];
        let [a, b, c]: [Transaction; 3] = parts(&mut t, &gestures)
            .try_into()
            .expect("these three gestures all compile on the generated conference");
        let left = a.clone().compose(b.clone()).compose(c.clone());
        let right = a.clone().compose(b.compose(c));
        assert_eq!(left, right, "(a.b).c and a.(b.c) are the same edits");
        assert_eq!(
            Transaction::new("x").compose(a.clone()).edits,
            a.edits,
            "composing after nothing is the transaction itself"
        );
        assert_eq!(a.clone().compose(Transaction::new("x")), a);
    }
}
