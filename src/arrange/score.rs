//! The score of a state: the engine's current conflicts weighted by kind (hard ones cost
//! [`HARD`](super::problem::HARD), soft ones their weight, acknowledged ones nothing), kept
//! up to date from each update's [`Delta`], plus the preferences the search adds itself.

use std::collections::HashMap;

use super::problem::HARD;
use crate::conflict::{Delta, Engine};
use crate::model::{ArrangeWeight, ConflictKind, SessionId, Timetable};

/// The weighted conflicts of the engine and which sessions they involve.
pub(super) struct Book {
    /// Each current conflict: its cost and the sessions (by timetable index) it involves.
    keys: HashMap<String, (i64, bool, Vec<usize>)>,
    /// Sum of the costs.
    pub cost: i64,
    /// Per session (timetable index): how many costly conflicts involve it.
    pub trouble: Vec<u32>,
    /// Per session: how many hard conflicts involve it.
    pub hard: Vec<u32>,
    /// How many current conflicts are of a hard kind (unacknowledged).
    pub hard_total: u32,
    weights: [ArrangeWeight; ConflictKind::ALL.len()],
}

impl Book {
    pub(super) fn new(
        engine: &Engine,
        t: &Timetable,
        weights: [ArrangeWeight; ConflictKind::ALL.len()],
    ) -> Book {
        let mut book = Book {
            keys: HashMap::new(),
            cost: 0,
            trouble: vec![0; t.sessions.len()],
            hard: vec![0; t.sessions.len()],
            hard_total: 0,
            weights,
        };
        for c in engine.conflicts(t) {
            book.insert(t, c);
        }
        book
    }

    fn insert(&mut self, t: &Timetable, c: crate::conflict::Conflict) {
        let (cost, hard) = if c.acknowledged {
            (0, false)
        } else {
            match self.weights[c.kind as usize] {
                ArrangeWeight::Hard => (HARD, true),
                ArrangeWeight::Soft(w) => (i64::from(w), false),
            }
        };
        let sessions: Vec<usize> = c
            .sessions
            .iter()
            .filter_map(|s: &SessionId| t.sessions.get_index_of(s))
            .collect();
        if cost > 0 {
            for &s in &sessions {
                self.trouble[s] += 1;
                if hard {
                    self.hard[s] += 1;
                }
            }
        }
        self.cost += cost;
        if hard {
            self.hard_total += 1;
        }
        self.keys.insert(c.key, (cost, hard, sessions));
    }

    fn remove(&mut self, key: &str) {
        if let Some((cost, hard, sessions)) = self.keys.remove(key) {
            self.cost -= cost;
            if hard {
                self.hard_total -= 1;
            }
            if cost > 0 {
                for s in sessions {
                    self.trouble[s] -= 1;
                    if hard {
                        self.hard[s] -= 1;
                    }
                }
            }
        }
    }

    /// Takes in what an engine update changed.
    pub(super) fn apply(&mut self, delta: &Delta, engine: &Engine, t: &Timetable) {
        for key in &delta.removed {
            self.remove(key);
        }
        for key in &delta.added {
            self.remove(key);
            if let Some(c) = engine.get(t, key) {
                self.insert(t, c);
            }
        }
    }
}
