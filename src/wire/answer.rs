//! What the editor answers: [`Snapshot`] to draw a document from scratch, [`Applied`] after
//! every apply, undo and redo, with a [`TimetableChange`] that says what a structural edit
//! changed, collection by collection, instead of sending the timetable again.
//!
//! A client keeps a [`Timetable`] and folds each answer into it (the UI's
//! `ui/src/lib/state.ts`): take the changed sessions and drop the removed ones; for every
//! collection the change names, drop the removed items, replace the changed ones in place
//! and insert the added ones at their index, in increasing index order; take the meeting,
//! the severities, the revisions and the annex notes whole when sent. Folding every answer
//! from a snapshot gives the next snapshot's timetable, in the same order (the editor's
//! property tests check this over long random sequences, `tests/core/client_fold.rs`).
//! The order holds because no edit moves an item within its collection: an item is
//! inserted, replaced in place or removed.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::timetable::{
    Acknowledgement, AnnexNote, Body, Break, Constraint, Day, Meeting, Person, RevisionSummary,
    Room, Session, Slot, Timetable,
};
use crate::command::{Change, Edit};
use crate::conflict::{Conflict, ConflictChange, ConflictSummary};
use crate::editor::HistoryState;
use crate::model::{self, ConflictKind, Severity};
use crate::view::View;

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
    pub removed_sessions: Vec<model::SessionId>,
    /// Everything else that changed (rooms, days, breaks, the meeting, acknowledgements,
    /// severities, revisions, ...), collection by collection; absent when only sessions did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub changes: Option<Box<TimetableChange>>,
    /// What the core derives for drawing ([`View`]), sent when it differs from the view the
    /// client holds (only an edit of more than sessions can change it).
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
    /// The timetable (its revisions summarized).
    pub timetable: Timetable,
    /// What the core derives for drawing it (each day's hours and breaks, the main
    /// language, new items, ...).
    pub view: View,
    /// Every conflict, sorted.
    pub conflicts: Vec<Conflict>,
    /// Conflict counts.
    pub summary: ConflictSummary,
    /// Undo and redo availability.
    pub history: HistoryState,
}

/// What an edit changed in the timetable besides its sessions. Collections are absent when
/// unchanged; the meeting, severities, revisions and annex notes are sent whole (each is a
/// handful of values) when they changed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TimetableChange {
    /// The meeting, when it changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub meeting: Option<Meeting>,
    /// Days, keyed by date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub days: Option<Changes<Day>>,
    /// Slots.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub slots: Option<Changes<Slot>>,
    /// Breaks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub breaks: Option<Changes<Break>>,
    /// Rooms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub rooms: Option<Changes<Room>>,
    /// Bodies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub bodies: Option<Changes<Body>>,
    /// Persons.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub persons: Option<Changes<Person>>,
    /// Constraints.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub constraints: Option<Changes<Constraint>>,
    /// Acknowledgements, keyed by conflict key (kept sorted by key).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub acknowledgements: Option<Changes<Acknowledgement>>,
    /// Every severity setting, when one changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub severities: Option<BTreeMap<ConflictKind, Severity>>,
    /// Every arrange weight setting, when one changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub arrange_weights: Option<BTreeMap<model::ArrangeWeightKey, model::ArrangeWeight>>,
    /// Every published revision, when the list changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub revisions: Option<Vec<RevisionSummary>>,
    /// Every annex note override, when they changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub annex_notes: Option<Vec<AnnexNote>>,
}

/// How one keyed collection changed. Fold: drop `removed`, replace `changed` in place, then
/// insert `added` at their indexes in the order given (increasing index).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Changes<T> {
    /// New items, each with its index in the collection after the edit, by index.
    pub added: Vec<Added<T>>,
    /// Items that stay where they were with new values.
    pub changed: Vec<T>,
    /// Keys (ids; dates for days) of the items that are gone.
    pub removed: Vec<String>,
}

/// A new item and where it sits in its collection after the edit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Added<T> {
    /// Its index (0-based) in the collection after the edit.
    pub index: u32,
    /// The item.
    pub item: T,
}

/// What became of each key an edit touched: `existed` before the transaction, and now the
/// item at `index` (or gone).
///
/// A key that existed before, was removed within the transaction and is there again at the
/// end (a set-up that replaces the template's breaks, say) may sit at another index: it is
/// told as removed and added at its new index, never as changed, because a client replaces
/// a changed item where it was and would keep the old order.
struct Touched<K> {
    existed: BTreeMap<K, bool>,
    removed_once: BTreeSet<K>,
}

impl<K: Ord + Clone> Touched<K> {
    fn new() -> Self {
        Touched {
            existed: BTreeMap::new(),
            removed_once: BTreeSet::new(),
        }
    }

    /// Notes `key` with whether it existed before this edit; the first edit of a key in a
    /// transaction tells whether it existed before the transaction.
    fn note(&mut self, key: &K, existed: bool) {
        self.existed.entry(key.clone()).or_insert(existed);
    }

    fn note_change<V>(&mut self, c: &Change<K, V>) {
        self.note(&c.id, c.before.is_some());
        if c.after.is_none() {
            self.removed_once.insert(c.id.clone());
        }
    }

    /// The changes, given where each key is now (`None`: gone) and how to show a key.
    fn changes<T>(
        self,
        now: impl Fn(&K) -> Option<(usize, T)>,
        name: impl Fn(&K) -> String,
    ) -> Option<Changes<T>> {
        if self.existed.is_empty() {
            return None;
        }
        let mut added = Vec::new();
        let mut changed = Vec::new();
        let mut removed = Vec::new();
        for (key, existed) in self.existed {
            match (existed, now(&key)) {
                (true, Some((index, item))) if self.removed_once.contains(&key) => {
                    removed.push(name(&key));
                    added.push(Added {
                        index: u32::try_from(index).unwrap_or(u32::MAX),
                        item,
                    });
                }
                (true, Some((_, item))) => changed.push(item),
                (false, Some((index, item))) => added.push(Added {
                    index: u32::try_from(index).unwrap_or(u32::MAX),
                    item,
                }),
                (true, None) => removed.push(name(&key)),
                // Added and removed again within the transaction: nothing to tell.
                (false, None) => {}
            }
        }
        added.sort_by_key(|a| a.index);
        Some(Changes {
            added,
            changed,
            removed,
        })
    }
}

fn in_map<'a, K, M, W>(map: &'a crate::model::IdMap<K, M>) -> impl Fn(&K) -> Option<(usize, W)>
where
    K: std::hash::Hash + Eq,
    W: From<&'a M>,
{
    move |k| map.get_full(k).map(|(i, _, v)| (i, W::from(v)))
}

impl TimetableChange {
    /// What `edits` (a transaction just applied) changed besides sessions, read from
    /// `timetable` as it is after them; `None` when they changed only sessions.
    pub fn of(edits: &[Edit], timetable: &model::Timetable) -> Option<TimetableChange> {
        let mut slots = Touched::new();
        let mut breaks = Touched::new();
        let mut rooms = Touched::new();
        let mut bodies = Touched::new();
        let mut persons = Touched::new();
        let mut constraints = Touched::new();
        let mut acknowledgements = Touched::new();
        let mut days_before: Option<&Vec<model::Day>> = None;
        let (mut meeting, mut severities, mut revisions, mut notes) = (false, false, false, false);
        let mut weights = false;
        for e in edits {
            match e {
                Edit::Session(_) => {}
                Edit::Room(c) => rooms.note_change(c),
                Edit::Body(c) => bodies.note_change(c),
                Edit::Person(c) => persons.note_change(c),
                Edit::Slot(c) => slots.note_change(c),
                Edit::Break(c) => breaks.note_change(c),
                Edit::Constraint(c) => constraints.note_change(c),
                Edit::Acknowledgement(c) => acknowledgements.note_change(c),
                Edit::Days { before, .. } => {
                    days_before.get_or_insert(before);
                }
                Edit::Meeting { .. } => meeting = true,
                Edit::Revision { .. } => revisions = true,
                Edit::AnnexNotes { .. } => notes = true,
                Edit::Severity { .. } => severities = true,
                Edit::ArrangeWeight { .. } => weights = true,
            }
        }
        let days = days_before.and_then(|before| {
            let mut touched = Touched::new();
            let after: BTreeMap<_, _> = timetable.days.iter().map(|d| (d.date, d)).collect();
            for d in before {
                if after.get(&d.date) != Some(&d) {
                    touched.note(&d.date, true);
                }
            }
            let known: BTreeSet<_> = before.iter().map(|d| d.date).collect();
            for d in &timetable.days {
                if !known.contains(&d.date) {
                    touched.note(&d.date, false);
                }
            }
            let now = |date: &chrono::NaiveDate| {
                let index = timetable.days.iter().position(|d| d.date == *date)?;
                Some((index, Day::from(&timetable.days[index])))
            };
            touched
                .changes(now, |date| date.to_string())
                .filter(|c| !(c.added.is_empty() && c.changed.is_empty() && c.removed.is_empty()))
        });
        let acks = &timetable.acknowledgements;
        let change = TimetableChange {
            meeting: meeting.then(|| Meeting::from(&timetable.meeting)),
            days,
            slots: slots.changes(in_map(&timetable.slots), ToString::to_string),
            breaks: breaks.changes(in_map(&timetable.breaks), ToString::to_string),
            rooms: rooms.changes(in_map(&timetable.rooms), ToString::to_string),
            bodies: bodies.changes(in_map(&timetable.bodies), ToString::to_string),
            persons: persons.changes(in_map(&timetable.persons), ToString::to_string),
            constraints: constraints.changes(in_map(&timetable.constraints), ToString::to_string),
            acknowledgements: acknowledgements.changes(
                |key: &String| {
                    let a = acks.get(key)?;
                    Some((acks.range::<String, _>(..key).count(), a.into()))
                },
                Clone::clone,
            ),
            severities: severities.then(|| timetable.severities.clone()),
            arrange_weights: weights.then(|| timetable.arrange_weights.clone()),
            revisions: revisions.then(|| {
                timetable
                    .revisions
                    .iter()
                    .map(RevisionSummary::from)
                    .collect()
            }),
            annex_notes: notes.then(|| timetable.annex_notes.iter().map(AnnexNote::from).collect()),
        };
        (change != TimetableChange::default()).then_some(change)
    }
}
