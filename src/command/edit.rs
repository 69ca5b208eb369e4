//! Primitive edits. Each carries the value before and after, so one generic piece of code
//! applies every edit ([`Edit::apply`]) and one inverts it ([`Edit::inverted`]): no command
//! writes its own undo.

use std::hash::Hash;

use crate::model::{
    Acknowledgement, AnnexNote, ArrangeWeight, Body, BodyId, Break, BreakId, ConflictKind,
    Constraint, ConstraintId, Day, IdMap, Meeting, Person, PersonId, Revision, Room, RoomId,
    Session, SessionId, Severity, Slot, SlotId, Timetable,
};

/// A change to one item of a keyed collection: insert (`before` is `None`), update, or remove
/// (`after` is `None`). `index` is where the item sits (or will sit) in the collection when
/// the change applies, that is after the edits before it in its transaction, so undoing a
/// removal puts the item back in its place.
#[derive(Clone, Debug, PartialEq)]
pub struct Change<K, V> {
    /// The item's id.
    pub id: K,
    /// Position in the collection.
    pub index: usize,
    /// Value before the edit.
    pub before: Option<V>,
    /// Value after the edit.
    pub after: Option<V>,
}

impl<K: Clone, V: Clone> Change<K, V> {
    fn inverted(&self) -> Self {
        Change {
            id: self.id.clone(),
            index: self.index,
            before: self.after.clone(),
            after: self.before.clone(),
        }
    }

    /// Puts `after` in `map`: an update in place, a removal that closes the gap, or an
    /// insert at `index` (at the end when the map is shorter).
    pub(super) fn apply_to(&self, map: &mut IdMap<K, V>)
    where
        K: Hash + Eq,
    {
        match (&self.before, &self.after) {
            (_, None) => {
                map.shift_remove(&self.id);
            }
            (Some(_), Some(v)) => {
                map.insert(self.id.clone(), v.clone());
            }
            (None, Some(v)) => {
                let index = self.index.min(map.len());
                map.shift_insert(index, self.id.clone(), v.clone());
            }
        }
    }
}

/// A primitive edit of a timetable, carrying both its before and after values.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// A session was added, changed or removed (boxed: sessions are the largest items, and
    /// most edits of a transaction are of other kinds or few).
    Session(Box<Change<SessionId, Session>>),
    /// A room was added, changed or removed.
    Room(Change<RoomId, Room>),
    /// A body was added, changed or removed.
    Body(Change<BodyId, Body>),
    /// A person was added, changed or removed.
    Person(Change<PersonId, Person>),
    /// A slot was added, changed or removed.
    Slot(Change<SlotId, Slot>),
    /// A break was added, changed or removed.
    Break(Change<BreakId, Break>),
    /// A constraint was added, changed or removed.
    Constraint(Change<ConstraintId, Constraint>),
    /// An acknowledgement was added, changed or removed (they are kept sorted by key, so
    /// `index` is unused).
    Acknowledgement(Change<String, Acknowledgement>),
    /// The list of days changed.
    Days {
        /// Before.
        before: Vec<Day>,
        /// After.
        after: Vec<Day>,
    },
    /// The meeting's own fields changed.
    Meeting {
        /// Before.
        before: Box<Meeting>,
        /// After.
        after: Box<Meeting>,
    },
    /// A revision was published, changed or withdrawn: at `index` in the list, `before`
    /// and `after` as for [`Change`] (boxed: a revision holds a whole timetable).
    Revision {
        /// Position in the list of revisions.
        index: usize,
        /// The revision before the edit (`None`: it is inserted).
        before: Option<Box<Revision>>,
        /// The revision after the edit (`None`: it is removed).
        after: Option<Box<Revision>>,
    },
    /// The annex note overrides changed (the whole list: it is short).
    AnnexNotes {
        /// Before.
        before: Vec<AnnexNote>,
        /// After.
        after: Vec<AnnexNote>,
    },
    /// A severity setting changed.
    Severity {
        /// The kind.
        kind: ConflictKind,
        /// Setting before (`None` = default).
        before: Option<Severity>,
        /// Setting after.
        after: Option<Severity>,
    },
    /// An arrange weight setting changed.
    ArrangeWeight {
        /// The kind of conflict or the preference.
        kind: crate::model::ArrangeWeightKey,
        /// Setting before (`None` = default).
        before: Option<ArrangeWeight>,
        /// Setting after.
        after: Option<ArrangeWeight>,
    },
}

impl Edit {
    /// The edit that undoes this one: before and after swapped.
    pub(super) fn inverted(&self) -> Edit {
        match self {
            Edit::Session(c) => Edit::Session(Box::new(c.inverted())),
            Edit::Room(c) => Edit::Room(c.inverted()),
            Edit::Body(c) => Edit::Body(c.inverted()),
            Edit::Person(c) => Edit::Person(c.inverted()),
            Edit::Slot(c) => Edit::Slot(c.inverted()),
            Edit::Break(c) => Edit::Break(c.inverted()),
            Edit::Constraint(c) => Edit::Constraint(c.inverted()),
            Edit::Acknowledgement(c) => Edit::Acknowledgement(c.inverted()),
            Edit::Days { before, after } => Edit::Days {
                before: after.clone(),
                after: before.clone(),
            },
            Edit::Meeting { before, after } => Edit::Meeting {
                before: after.clone(),
                after: before.clone(),
            },
            Edit::Revision {
                index,
                before,
                after,
            } => Edit::Revision {
                index: *index,
                before: after.clone(),
                after: before.clone(),
            },
            Edit::AnnexNotes { before, after } => Edit::AnnexNotes {
                before: after.clone(),
                after: before.clone(),
            },
            Edit::Severity {
                kind,
                before,
                after,
            } => Edit::Severity {
                kind: *kind,
                before: *after,
                after: *before,
            },
            Edit::ArrangeWeight {
                kind,
                before,
                after,
            } => Edit::ArrangeWeight {
                kind: *kind,
                before: *after,
                after: *before,
            },
        }
    }

    /// Puts the edit's `after` value in `t`.
    pub(super) fn apply(&self, t: &mut Timetable) {
        match self {
            Edit::Session(c) => c.apply_to(&mut t.sessions),
            Edit::Room(c) => c.apply_to(&mut t.rooms),
            Edit::Body(c) => c.apply_to(&mut t.bodies),
            Edit::Person(c) => c.apply_to(&mut t.persons),
            Edit::Slot(c) => c.apply_to(&mut t.slots),
            Edit::Break(c) => c.apply_to(&mut t.breaks),
            Edit::Constraint(c) => c.apply_to(&mut t.constraints),
            Edit::Acknowledgement(c) => match &c.after {
                Some(a) => {
                    t.acknowledgements.insert(c.id.clone(), a.clone());
                }
                None => {
                    t.acknowledgements.remove(&c.id);
                }
            },
            Edit::Days { after, .. } => t.days = after.clone(),
            Edit::Meeting { after, .. } => t.meeting = (**after).clone(),
            Edit::Revision {
                index,
                before,
                after,
            } => match (before, after) {
                (_, None) => {
                    if *index < t.revisions.len() {
                        t.revisions.remove(*index);
                    }
                }
                (Some(_), Some(r)) => {
                    if let Some(slot) = t.revisions.get_mut(*index) {
                        *slot = (**r).clone();
                    }
                }
                (None, Some(r)) => {
                    let index = (*index).min(t.revisions.len());
                    t.revisions.insert(index, (**r).clone());
                }
            },
            Edit::AnnexNotes { after, .. } => t.annex_notes = after.clone(),
            Edit::Severity { kind, after, .. } => match after {
                Some(s) => {
                    t.severities.insert(*kind, *s);
                }
                None => {
                    t.severities.remove(kind);
                }
            },
            Edit::ArrangeWeight { kind, after, .. } => match after {
                Some(w) => {
                    t.arrange_weights.insert(*kind, *w);
                }
                None => {
                    t.arrange_weights.remove(kind);
                }
            },
        }
    }
}
