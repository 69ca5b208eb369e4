//! User intents and the primitive edits they compile to.
//!
//! A [`Command`] is one gesture of the user (drop a session on a new time, rename a room).
//! [`Command::compile`] turns it into a [`Transaction`]: a list of primitive [`Edit`]s, each
//! carrying the value before and after. One generic mechanism ([`Transaction::apply`],
//! [`Transaction::invert`]) applies and undoes every transaction, so no command writes its own
//! undo, and undo is exact: removed items come back at their old position, and undoing every
//! edit gives back a timetable that saves to the same bytes.
//!
//! Compiling reads the timetable but never changes it; it fails (with nothing changed) when
//! the command names something that does not exist or would break an invariant.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{
    Acknowledgement, AnnexNote, Body, BodyId, Break, BreakId, ConflictKind, Constraint,
    ConstraintId, Day, Frozen, Meeting, Person, PersonId, Placement, Revision, Room, RoomId, Rule,
    Session, SessionId, Severity, Slot, SlotId, Timetable,
};
use crate::new_items::id_or_fresh;
use crate::time::Stamp;

/// One user gesture. The doc line of each variant is its undo label ("Undo Move session").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase", tag = "type")]
pub enum Command {
    /// Add session
    #[serde(rename_all = "camelCase")]
    AddSession {
        /// The new session; an empty id asks the core to choose a fresh one.
        session: Session,
    },
    /// Edit session
    #[serde(rename_all = "camelCase")]
    EditSession {
        /// The session with its new values (same id).
        session: Session,
    },
    /// Schedule session
    #[serde(rename_all = "camelCase")]
    ScheduleSession {
        /// The session.
        id: SessionId,
        /// Where to place it.
        placement: Placement,
        /// Also put it in this room.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        room: Option<RoomId>,
    },
    /// Move session
    #[serde(rename_all = "camelCase")]
    MoveSession {
        /// The session (must be scheduled).
        id: SessionId,
        /// New start; the length is kept.
        start: Stamp,
        /// Also move it to this room.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        room: Option<RoomId>,
    },
    /// Resize session
    #[serde(rename_all = "camelCase")]
    ResizeSession {
        /// The session (must be scheduled).
        id: SessionId,
        /// New start.
        start: Stamp,
        /// New end.
        end: Stamp,
    },
    /// Unschedule session
    #[serde(rename_all = "camelCase")]
    UnscheduleSession {
        /// The session; it goes back to the palette.
        id: SessionId,
    },
    /// Duplicate session
    #[serde(rename_all = "camelCase")]
    DuplicateSession {
        /// The session to copy.
        id: SessionId,
        /// Where to place the copy; `None` keeps the original's placement.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        placement: Option<Placement>,
    },
    /// Delete session
    #[serde(rename_all = "camelCase")]
    DeleteSession {
        /// The session; it is also removed from every constraint.
        id: SessionId,
    },
    /// Move sessions
    #[serde(rename_all = "camelCase")]
    MoveSessions {
        /// The sessions (all must be scheduled).
        ids: Vec<SessionId>,
        /// How far to move them, in minutes (negative is earlier; 1440 is one day later).
        #[ts(type = "number")]
        by_minutes: i64,
    },
    /// Add break
    #[serde(rename_all = "camelCase")]
    AddBreak {
        /// The new break.
        r#break: Break,
    },
    /// Edit break
    #[serde(rename_all = "camelCase")]
    EditBreak {
        /// The break with its new values.
        r#break: Break,
    },
    /// Remove break
    #[serde(rename_all = "camelCase")]
    RemoveBreak {
        /// The break.
        id: BreakId,
    },
    /// Add slot
    #[serde(rename_all = "camelCase")]
    AddSlot {
        /// The new slot.
        slot: Slot,
    },
    /// Edit slot
    #[serde(rename_all = "camelCase")]
    EditSlot {
        /// The slot with its new values.
        slot: Slot,
    },
    /// Remove slot
    #[serde(rename_all = "camelCase")]
    RemoveSlot {
        /// The slot.
        id: SlotId,
    },
    /// Add day
    #[serde(rename_all = "camelCase")]
    AddDay {
        /// The new day (its date must be new).
        day: Day,
    },
    /// Edit day
    #[serde(rename_all = "camelCase")]
    EditDay {
        /// The day with its new values (same date).
        day: Day,
    },
    /// Remove day
    #[serde(rename_all = "camelCase")]
    RemoveDay {
        /// The date; its own breaks go with it, its sessions stay where they are.
        #[ts(type = "string")]
        date: NaiveDate,
    },
    /// Add room
    #[serde(rename_all = "camelCase")]
    AddRoom {
        /// The new room.
        room: Room,
    },
    /// Edit room
    #[serde(rename_all = "camelCase")]
    EditRoom {
        /// The room with its new values.
        room: Room,
    },
    /// Remove room
    #[serde(rename_all = "camelCase")]
    RemoveRoom {
        /// The room; sessions in it are left without a room.
        id: RoomId,
    },
    /// Add body
    #[serde(rename_all = "camelCase")]
    AddBody {
        /// The new body.
        body: Body,
    },
    /// Edit body
    #[serde(rename_all = "camelCase")]
    EditBody {
        /// The body with its new values.
        body: Body,
    },
    /// Remove body
    #[serde(rename_all = "camelCase")]
    RemoveBody {
        /// The body (it must have no child bodies); sessions no longer name it.
        id: BodyId,
    },
    /// Add person
    #[serde(rename_all = "camelCase")]
    AddPerson {
        /// The new person.
        person: Person,
    },
    /// Edit person
    #[serde(rename_all = "camelCase")]
    EditPerson {
        /// The person with new values.
        person: Person,
    },
    /// Remove person
    #[serde(rename_all = "camelCase")]
    RemovePerson {
        /// The person; sessions no longer name them.
        id: PersonId,
    },
    /// Add constraint
    #[serde(rename_all = "camelCase")]
    AddConstraint {
        /// The new constraint.
        constraint: Constraint,
    },
    /// Edit constraint
    #[serde(rename_all = "camelCase")]
    EditConstraint {
        /// The constraint with its new values.
        constraint: Constraint,
    },
    /// Remove constraint
    #[serde(rename_all = "camelCase")]
    RemoveConstraint {
        /// The constraint.
        id: ConstraintId,
    },
    /// Acknowledge conflict
    #[serde(rename_all = "camelCase")]
    AcknowledgeConflict {
        /// The conflict's key.
        key: String,
        /// Why it is acceptable.
        reason: String,
    },
    /// Unacknowledge conflict
    #[serde(rename_all = "camelCase")]
    UnacknowledgeConflict {
        /// The conflict's key.
        key: String,
    },
    /// Set severity
    #[serde(rename_all = "camelCase")]
    SetSeverity {
        /// The kind of conflict.
        kind: ConflictKind,
        /// Its new severity; `None` restores the default.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        severity: Option<Severity>,
    },
    /// Edit meeting
    #[serde(rename_all = "camelCase")]
    EditMeeting {
        /// The meeting with its new values.
        meeting: Meeting,
    },
    /// Shift day
    #[serde(rename_all = "camelCase")]
    ShiftDay {
        /// Every session on this date ...
        #[ts(type = "string")]
        from: NaiveDate,
        /// ... moves to the same times on this date.
        #[ts(type = "string")]
        to: NaiveDate,
    },
    /// Swap days
    #[serde(rename_all = "camelCase")]
    SwapDays {
        /// One date.
        #[ts(type = "string")]
        a: NaiveDate,
        /// The other date.
        #[ts(type = "string")]
        b: NaiveDate,
    },
    /// Publish revision
    #[serde(rename_all = "camelCase")]
    PublishRevision {
        /// The label; `None` takes [`suggest_revision_label`]'s suggestion. Must be new.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        label: Option<String>,
        /// The publication date (the core has no clock: the client passes today).
        #[ts(type = "string")]
        date: NaiveDate,
        /// What the revision is for.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        comment: Option<String>,
    },
    /// Move note
    #[serde(rename_all = "camelCase")]
    MoveAnnexNote {
        /// The note's key (`crate::annex::NoteView::key`).
        key: String,
        /// Its new position (0-based) among the notes of `layout`, in their current final
        /// order; past the end means last. Every note of that layout keeps the order then
        /// shown (see `crate::annex::notes`).
        to_index: u32,
        /// The layout whose notes the index counts (the bodies layout has more notes);
        /// days when absent.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        layout: Option<crate::annex::Layout>,
    },
    /// Edit note text
    #[serde(rename_all = "camelCase")]
    SetAnnexNoteText {
        /// The note's key.
        key: String,
        /// The language of the text.
        lang: crate::model::Lang,
        /// The note's whole text in `lang` (`{times}` stands for its derived dates and
        /// times); `None` or blank clears the override, giving back the derived text.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        text: Option<String>,
    },
    /// Reset note order
    ResetAnnexNoteOrder,
    /// Move meeting
    #[serde(rename_all = "camelCase")]
    MoveMeeting {
        /// The new first day; it must fall on the same weekday as the current first day, so
        /// every day keeps its weekday (weekends stay weekends).
        #[ts(type = "string")]
        start: NaiveDate,
    },
}

/// Why a command was refused. Nothing changed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CommandError {
    /// The command names an item that does not exist.
    #[error("there is no {what} '{id}'")]
    NotFound {
        /// Which collection ("session", "room", ...).
        what: &'static str,
        /// The id that was asked for.
        id: String,
    },
    /// The command would create a second item with an existing id.
    #[error("a {what} with id '{id}' already exists")]
    Duplicate {
        /// Which collection.
        what: &'static str,
        /// The id.
        id: String,
    },
    /// The command asks for something that makes no sense as given.
    #[error("{0}")]
    Invalid(String),
    /// The result would break an invariant of the timetable.
    #[error("the change would break the timetable: {0}")]
    Broken(String),
}

fn not_found(what: &'static str, id: impl ToString) -> CommandError {
    CommandError::NotFound {
        what,
        id: id.to_string(),
    }
}

/// A change to one item of a keyed collection: insert (`before` is `None`), update, or remove
/// (`after` is `None`). `index` is where the item sits (or will sit) in the collection, so
/// undoing a removal puts it back in its place.
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
    /// An acknowledgement was added, changed or removed.
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
}

impl Edit {
    fn inverted(&self) -> Edit {
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
        }
    }

    fn apply(&self, t: &mut Timetable) {
        match self {
            Edit::Session(c) => put(&mut t.sessions, c),
            Edit::Room(c) => put(&mut t.rooms, c),
            Edit::Body(c) => put(&mut t.bodies, c),
            Edit::Person(c) => put(&mut t.persons, c),
            Edit::Slot(c) => put(&mut t.slots, c),
            Edit::Break(c) => put(&mut t.breaks, c),
            Edit::Constraint(c) => put(&mut t.constraints, c),
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
        }
    }
}

fn session_edit(c: Change<SessionId, Session>) -> Edit {
    Edit::Session(Box::new(c))
}

fn put<K: std::hash::Hash + Eq + Clone, V: Clone>(
    map: &mut indexmap::IndexMap<K, V>,
    c: &Change<K, V>,
) {
    match (&c.before, &c.after) {
        (_, None) => {
            map.shift_remove(&c.id);
        }
        (Some(_), Some(v)) => {
            map.insert(c.id.clone(), v.clone());
        }
        (None, Some(v)) => {
            let index = c.index.min(map.len());
            map.shift_insert(index, c.id.clone(), v.clone());
        }
    }
}

/// The primitive edits of one command: one undo step.
#[derive(Clone, Debug, PartialEq)]
pub struct Transaction {
    /// The undo label ("Move session").
    pub label: String,
    /// The edits, applied in order.
    pub edits: Vec<Edit>,
}

impl Transaction {
    /// Applies every edit in order.
    pub fn apply(&self, t: &mut Timetable) {
        for e in &self.edits {
            e.apply(t);
        }
    }

    /// The transaction that undoes this one: each edit inverted, in reverse order.
    /// Law: applying `self` then `self.invert()` leaves the timetable as it was.
    pub fn invert(&self) -> Transaction {
        Transaction {
            label: self.label.clone(),
            edits: self.edits.iter().rev().map(Edit::inverted).collect(),
        }
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

    /// Whether anything other than sessions, acknowledgements and severities changes
    /// (rooms, days, breaks, ...): such edits can affect any session's conflicts.
    pub fn touches_structure(&self) -> bool {
        self.edits.iter().any(|e| {
            !matches!(
                e,
                Edit::Session(_) | Edit::Acknowledgement(_) | Edit::Severity { .. }
            )
        })
    }
}

impl Command {
    /// The undo label: "Move session", "Add room", ...
    pub fn label(&self) -> &'static str {
        match self {
            Command::AddSession { .. } => "Add session",
            Command::EditSession { .. } => "Edit session",
            Command::ScheduleSession { .. } => "Schedule session",
            Command::MoveSession { .. } => "Move session",
            Command::ResizeSession { .. } => "Resize session",
            Command::UnscheduleSession { .. } => "Unschedule session",
            Command::DuplicateSession { .. } => "Duplicate session",
            Command::DeleteSession { .. } => "Delete session",
            Command::MoveSessions { .. } => "Move sessions",
            Command::AddBreak { .. } => "Add break",
            Command::EditBreak { .. } => "Edit break",
            Command::RemoveBreak { .. } => "Remove break",
            Command::AddSlot { .. } => "Add slot",
            Command::EditSlot { .. } => "Edit slot",
            Command::RemoveSlot { .. } => "Remove slot",
            Command::AddDay { .. } => "Add day",
            Command::EditDay { .. } => "Edit day",
            Command::RemoveDay { .. } => "Remove day",
            Command::AddRoom { .. } => "Add room",
            Command::EditRoom { .. } => "Edit room",
            Command::RemoveRoom { .. } => "Remove room",
            Command::AddBody { .. } => "Add body",
            Command::EditBody { .. } => "Edit body",
            Command::RemoveBody { .. } => "Remove body",
            Command::AddPerson { .. } => "Add person",
            Command::EditPerson { .. } => "Edit person",
            Command::RemovePerson { .. } => "Remove person",
            Command::AddConstraint { .. } => "Add constraint",
            Command::EditConstraint { .. } => "Edit constraint",
            Command::RemoveConstraint { .. } => "Remove constraint",
            Command::AcknowledgeConflict { .. } => "Acknowledge conflict",
            Command::UnacknowledgeConflict { .. } => "Unacknowledge conflict",
            Command::SetSeverity { .. } => "Set severity",
            Command::EditMeeting { .. } => "Edit meeting",
            Command::ShiftDay { .. } => "Shift day",
            Command::SwapDays { .. } => "Swap days",
            Command::PublishRevision { .. } => "Publish revision",
            Command::MoveAnnexNote { .. } => "Move note",
            Command::SetAnnexNoteText { .. } => "Edit note text",
            Command::ResetAnnexNoteOrder => "Reset note order",
            Command::MoveMeeting { .. } => "Move meeting",
        }
    }

    /// Compiles the command against `t` into a transaction. Reads `t` only.
    pub fn compile(&self, t: &Timetable) -> Result<Transaction, CommandError> {
        let mut b = Builder {
            t,
            edits: Vec::new(),
        };
        self.build(&mut b)?;
        Ok(Transaction {
            label: self.label().to_owned(),
            edits: b.edits,
        })
    }

    fn build(&self, b: &mut Builder<'_>) -> Result<(), CommandError> {
        let t = b.t;
        match self {
            Command::AddSession { session } => {
                let mut s = session.clone();
                if s.id.0.trim().is_empty() {
                    s.id = fresh_id(&t.sessions, "s");
                }
                b.insert_session(s)?;
            }
            Command::EditSession { session } => {
                b.existing_session(&session.id)?;
                b.update_session(session.clone());
            }
            Command::ScheduleSession {
                id,
                placement,
                room,
            } => {
                let mut s = b.existing_session(id)?.clone();
                check_placement(placement)?;
                s.placement = Some(*placement);
                if let Some(r) = room {
                    s.room = Some(r.clone());
                }
                b.update_session(s);
            }
            Command::MoveSession { id, start, room } => {
                let mut s = b.existing_session(id)?.clone();
                let pl = scheduled(&s)?;
                let end = start
                    .plus_minutes(pl.minutes())
                    .ok_or_else(|| CommandError::Invalid(format!("{start} is out of range")))?;
                s.placement = Some(Placement { start: *start, end });
                if let Some(r) = room {
                    s.room = Some(r.clone());
                }
                b.update_session(s);
            }
            Command::ResizeSession { id, start, end } => {
                let mut s = b.existing_session(id)?.clone();
                scheduled(&s)?;
                let pl = Placement {
                    start: *start,
                    end: *end,
                };
                check_placement(&pl)?;
                s.placement = Some(pl);
                b.update_session(s);
            }
            Command::UnscheduleSession { id } => {
                let mut s = b.existing_session(id)?.clone();
                s.placement = None;
                b.update_session(s);
            }
            Command::DuplicateSession { id, placement } => {
                let mut s = b.existing_session(id)?.clone();
                s.id = fresh_id(&t.sessions, &format!("{id}-copy"));
                if let Some(pl) = placement {
                    check_placement(pl)?;
                    s.placement = Some(*pl);
                }
                b.insert_session(s)?;
            }
            Command::DeleteSession { id } => {
                b.existing_session(id)?;
                for c in t.constraints.values() {
                    if c.rule.sessions().contains(&id) {
                        match without_session(&c.rule, id) {
                            Some(rule) => b.change(
                                &t.constraints,
                                c.id.clone(),
                                Some(Constraint { rule, ..c.clone() }),
                                Edit::Constraint,
                            ),
                            None => b.change(&t.constraints, c.id.clone(), None, Edit::Constraint),
                        }
                    }
                }
                b.change(&t.sessions, id.clone(), None, session_edit);
            }
            Command::MoveSessions { ids, by_minutes } => {
                let mut seen = BTreeSet::new();
                for id in ids {
                    if !seen.insert(id) {
                        continue;
                    }
                    let mut s = b.existing_session(id)?.clone();
                    let pl = scheduled(&s)?;
                    s.placement = Some(shifted(pl, *by_minutes)?);
                    b.update_session(s);
                }
            }
            Command::AddBreak { r#break } => {
                let id = id_or_fresh(&r#break.id, &t.breaks, "break");
                let item = Break {
                    id: id.clone(),
                    ..r#break.clone()
                };
                b.insert(&t.breaks, id, item, "break", Edit::Break)?
            }
            Command::EditBreak { r#break } => b.update(
                &t.breaks,
                r#break.id.clone(),
                r#break.clone(),
                "break",
                Edit::Break,
            )?,
            Command::RemoveBreak { id } => b.remove(&t.breaks, id.clone(), "break", Edit::Break)?,
            Command::AddSlot { slot } => {
                let id = id_or_fresh(&slot.id, &t.slots, "slot");
                let item = Slot {
                    id: id.clone(),
                    ..slot.clone()
                };
                b.insert(&t.slots, id, item, "slot", Edit::Slot)?
            }
            Command::EditSlot { slot } => {
                b.update(&t.slots, slot.id.clone(), slot.clone(), "slot", Edit::Slot)?
            }
            Command::RemoveSlot { id } => b.remove(&t.slots, id.clone(), "slot", Edit::Slot)?,
            Command::AddDay { day } => {
                if t.day(day.date).is_some() {
                    return Err(CommandError::Duplicate {
                        what: "day",
                        id: day.date.to_string(),
                    });
                }
                let mut days = t.days.clone();
                days.push(day.clone());
                days.sort_by_key(|d| d.date);
                b.days(days);
            }
            Command::EditDay { day } => {
                let i = t
                    .days
                    .iter()
                    .position(|d| d.date == day.date)
                    .ok_or_else(|| not_found("day", day.date))?;
                let mut days = t.days.clone();
                days[i] = day.clone();
                b.days(days);
            }
            Command::RemoveDay { date } => {
                t.day(*date).ok_or_else(|| not_found("day", date))?;
                for br in t.breaks.values().filter(|br| br.day == Some(*date)) {
                    b.change(&t.breaks, br.id.clone(), None, Edit::Break);
                }
                b.days(t.days.iter().filter(|d| d.date != *date).cloned().collect());
            }
            Command::AddRoom { room } => {
                let id = id_or_fresh(&room.id, &t.rooms, "room");
                let item = Room {
                    id: id.clone(),
                    ..room.clone()
                };
                b.insert(&t.rooms, id, item, "room", Edit::Room)?
            }
            Command::EditRoom { room } => {
                b.update(&t.rooms, room.id.clone(), room.clone(), "room", Edit::Room)?
            }
            Command::RemoveRoom { id } => {
                if !t.rooms.contains_key(id) {
                    return Err(not_found("room", id));
                }
                for s in t.sessions.values().filter(|s| s.room.as_ref() == Some(id)) {
                    b.update_session(Session {
                        room: None,
                        ..s.clone()
                    });
                }
                b.remove(&t.rooms, id.clone(), "room", Edit::Room)?;
            }
            Command::AddBody { body } => {
                let id = id_or_fresh(&body.id, &t.bodies, "body");
                let item = Body {
                    id: id.clone(),
                    ..body.clone()
                };
                b.insert(&t.bodies, id, item, "body", Edit::Body)?
            }
            Command::EditBody { body } => {
                b.update(&t.bodies, body.id.clone(), body.clone(), "body", Edit::Body)?
            }
            Command::RemoveBody { id } => {
                if !t.bodies.contains_key(id) {
                    return Err(not_found("body", id));
                }
                if let Some(child) = t.bodies.values().find(|x| x.parent.as_ref() == Some(id)) {
                    return Err(CommandError::Invalid(format!(
                        "body '{id}' still has '{}' under it; remove or move that first",
                        child.id
                    )));
                }
                for s in t.sessions.values().filter(|s| s.bodies.contains(id)) {
                    let bodies = s.bodies.iter().filter(|x| *x != id).cloned().collect();
                    b.update_session(Session {
                        bodies,
                        ..s.clone()
                    });
                }
                b.remove(&t.bodies, id.clone(), "body", Edit::Body)?;
            }
            Command::AddPerson { person } => {
                let id = id_or_fresh(&person.id, &t.persons, "person");
                let item = Person {
                    id: id.clone(),
                    ..person.clone()
                };
                b.insert(&t.persons, id, item, "person", Edit::Person)?
            }
            Command::EditPerson { person } => b.update(
                &t.persons,
                person.id.clone(),
                person.clone(),
                "person",
                Edit::Person,
            )?,
            Command::RemovePerson { id } => {
                if !t.persons.contains_key(id) {
                    return Err(not_found("person", id));
                }
                for s in t.sessions.values().filter(|s| s.persons.contains(id)) {
                    let persons = s.persons.iter().filter(|x| *x != id).cloned().collect();
                    b.update_session(Session {
                        persons,
                        ..s.clone()
                    });
                }
                b.remove(&t.persons, id.clone(), "person", Edit::Person)?;
            }
            Command::AddConstraint { constraint } => {
                let prefix = format!("c-{}", constraint.rule.name().to_ascii_lowercase());
                let id = id_or_fresh(&constraint.id, &t.constraints, &prefix);
                let item = Constraint {
                    id: id.clone(),
                    ..constraint.clone()
                };
                b.insert(&t.constraints, id, item, "constraint", Edit::Constraint)?
            }
            Command::EditConstraint { constraint } => b.update(
                &t.constraints,
                constraint.id.clone(),
                constraint.clone(),
                "constraint",
                Edit::Constraint,
            )?,
            Command::RemoveConstraint { id } => {
                b.remove(&t.constraints, id.clone(), "constraint", Edit::Constraint)?
            }
            Command::AcknowledgeConflict { key, reason } => {
                if reason.trim().is_empty() {
                    return Err(CommandError::Invalid(
                        "an acknowledgement needs a reason (why the conflict is acceptable)".into(),
                    ));
                }
                let ack = Acknowledgement {
                    key: key.clone(),
                    reason: reason.trim().to_owned(),
                };
                b.edits.push(Edit::Acknowledgement(Change {
                    id: key.clone(),
                    index: 0,
                    before: t.acknowledgements.get(key).cloned(),
                    after: Some(ack),
                }));
            }
            Command::UnacknowledgeConflict { key } => {
                let before = t
                    .acknowledgements
                    .get(key)
                    .cloned()
                    .ok_or_else(|| not_found("acknowledged conflict", key))?;
                b.edits.push(Edit::Acknowledgement(Change {
                    id: key.clone(),
                    index: 0,
                    before: Some(before),
                    after: None,
                }));
            }
            Command::SetSeverity { kind, severity } => b.edits.push(Edit::Severity {
                kind: *kind,
                before: t.severities.get(kind).copied(),
                after: *severity,
            }),
            Command::EditMeeting { meeting } => b.edits.push(Edit::Meeting {
                before: Box::new(t.meeting.clone()),
                after: Box::new(meeting.clone()),
            }),
            Command::ShiftDay { from, to } => {
                let delta = (*to - *from).num_days() * 1440;
                for s in t.sessions.values() {
                    if let Some(pl) = s.placement.filter(|pl| pl.start.date() == *from) {
                        b.update_session(Session {
                            placement: Some(shifted(&pl, delta)?),
                            ..s.clone()
                        });
                    }
                }
            }
            Command::SwapDays { a, b: other } => {
                if a == other {
                    return Err(CommandError::Invalid(format!(
                        "cannot swap {a} with itself"
                    )));
                }
                let delta = (*other - *a).num_days() * 1440;
                for s in t.sessions.values() {
                    let Some(pl) = s.placement else { continue };
                    let by = if pl.start.date() == *a {
                        delta
                    } else if pl.start.date() == *other {
                        -delta
                    } else {
                        continue;
                    };
                    b.update_session(Session {
                        placement: Some(shifted(&pl, by)?),
                        ..s.clone()
                    });
                }
            }
            Command::PublishRevision {
                label,
                date,
                comment,
            } => {
                let label = match label {
                    Some(l) if l.trim().is_empty() => {
                        return Err(CommandError::Invalid(
                            "a revision needs a label (e.g. Rev.1)".into(),
                        ));
                    }
                    Some(l) => l.trim().to_owned(),
                    None => suggest_revision_label(t),
                };
                if t.revision(&label).is_some() {
                    return Err(CommandError::Invalid(format!(
                        "a revision labelled '{label}' already exists; choose another label"
                    )));
                }
                let comment = comment
                    .as_deref()
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(str::to_owned);
                b.edits.push(Edit::Revision {
                    index: t.revisions.len(),
                    before: None,
                    after: Some(Box::new(Revision {
                        label,
                        date: *date,
                        comment,
                        timetable: Frozen::of(t),
                    })),
                });
            }
            Command::MoveAnnexNote {
                key,
                to_index,
                layout,
            } => {
                let layout = layout.unwrap_or(crate::annex::Layout::Days);
                let order = crate::annex::notes::keys_in_order(t, layout);
                let after =
                    crate::annex::notes::moved(&t.annex_notes, &order, key, *to_index as usize)
                        .ok_or_else(|| not_found("annex note", key))?;
                b.annex_notes(after);
            }
            Command::SetAnnexNoteText { key, lang, text } => {
                let text = text.as_deref().filter(|t| !t.trim().is_empty());
                let mut after = t.annex_notes.clone();
                match after.iter().position(|e| &e.key == key) {
                    Some(i) => {
                        match text {
                            Some(text) => after[i].text.insert(*lang, text.to_owned()),
                            None => after[i].text.remove(lang),
                        };
                        if !after[i].ordered && after[i].text.is_empty() {
                            after.remove(i);
                        }
                    }
                    None => {
                        if !crate::annex::notes::all_keys(t).contains(key) {
                            return Err(not_found("annex note", key));
                        }
                        if let Some(text) = text {
                            after.push(AnnexNote {
                                key: key.clone(),
                                ordered: false,
                                text: [(*lang, text.to_owned())].into_iter().collect(),
                            });
                        }
                    }
                }
                b.annex_notes(after);
            }
            Command::ResetAnnexNoteOrder => {
                let after = t
                    .annex_notes
                    .iter()
                    .filter(|e| !e.text.is_empty())
                    .map(|e| AnnexNote {
                        ordered: false,
                        ..e.clone()
                    })
                    .collect();
                b.annex_notes(after);
            }
            Command::MoveMeeting { start } => {
                let (first, _) = t.date_span().ok_or_else(|| {
                    CommandError::Invalid("the meeting has no days to move".into())
                })?;
                if first.weekday() != start.weekday() {
                    // Weekday names from ICU4X, as everywhere else the core writes dates.
                    let dates = crate::i18n::Dates::new(crate::model::Lang::En);
                    let (theirs, ours) = (dates.weekday(*start), dates.weekday(first));
                    return Err(CommandError::Invalid(format!(
                        "{start} is a {theirs} but the meeting starts on a {ours}; choose a \
                         {ours} so every day keeps its weekday"
                    )));
                }
                let days = (*start - first).num_days();
                let shift_date = |d: NaiveDate| {
                    d.checked_add_signed(chrono::Duration::days(days))
                        .ok_or_else(|| {
                            CommandError::Invalid(format!(
                                "{d} moved by {days} days is out of range"
                            ))
                        })
                };
                let mut new_days = Vec::with_capacity(t.days.len());
                for d in &t.days {
                    new_days.push(Day {
                        date: shift_date(d.date)?,
                        ..d.clone()
                    });
                }
                b.days(new_days);
                for br in t.breaks.values() {
                    if let Some(d) = br.day {
                        let moved = Break {
                            day: Some(shift_date(d)?),
                            ..br.clone()
                        };
                        b.change(&t.breaks, br.id.clone(), Some(moved), Edit::Break);
                    }
                }
                for s in t.sessions.values() {
                    if let Some(pl) = s.placement {
                        b.update_session(Session {
                            placement: Some(shifted(&pl, days * 1440)?),
                            ..s.clone()
                        });
                    }
                }
                for c in t.constraints.values() {
                    if let Rule::FixedTime { session, placement } = &c.rule {
                        let rule = Rule::FixedTime {
                            session: session.clone(),
                            placement: shifted(placement, days * 1440)?,
                        };
                        b.change(
                            &t.constraints,
                            c.id.clone(),
                            Some(Constraint { rule, ..c.clone() }),
                            Edit::Constraint,
                        );
                    }
                }
            }
        }
        Ok(())
    }
}

/// Collects the edits of one command while reading the unchanged timetable.
struct Builder<'a> {
    t: &'a Timetable,
    edits: Vec<Edit>,
}

impl Builder<'_> {
    fn existing_session(&self, id: &SessionId) -> Result<&Session, CommandError> {
        self.t
            .sessions
            .get(id)
            .ok_or_else(|| not_found("session", id))
    }

    fn insert_session(&mut self, s: Session) -> Result<(), CommandError> {
        if let Some(pl) = &s.placement {
            check_placement(pl)?;
        }
        let t = self.t;
        let s = s.settle_minutes(None, t.default_session_minutes());
        self.insert(&t.sessions, s.id.clone(), s, "session", session_edit)
    }

    /// Records a session's new value; later updates of the same session in this command
    /// replace earlier ones, so a transaction holds at most one edit per session.
    fn update_session(&mut self, s: Session) {
        let t = self.t;
        // An unscheduled session keeps the length it had (see `Session::minutes`).
        let before = t.sessions.get(&s.id);
        let s = s.settle_minutes(before, t.default_session_minutes());
        if let Some(existing) = self.edits.iter_mut().find_map(|e| match e {
            Edit::Session(c) if c.id == s.id => Some(c),
            _ => None,
        }) {
            existing.after = Some(s);
        } else {
            self.change(&t.sessions, s.id.clone(), Some(s), session_edit);
        }
    }

    fn change<K, V>(
        &mut self,
        map: &indexmap::IndexMap<K, V>,
        id: K,
        after: Option<V>,
        wrap: fn(Change<K, V>) -> Edit,
    ) where
        K: std::hash::Hash + Eq + Clone,
        V: Clone,
    {
        let index = map.get_index_of(&id).unwrap_or(map.len());
        let before = map.get(&id).cloned();
        self.edits.push(wrap(Change {
            id,
            index,
            before,
            after,
        }));
    }

    fn insert<K, V>(
        &mut self,
        map: &indexmap::IndexMap<K, V>,
        id: K,
        value: V,
        what: &'static str,
        wrap: fn(Change<K, V>) -> Edit,
    ) -> Result<(), CommandError>
    where
        K: std::hash::Hash + Eq + Clone + std::fmt::Display,
        V: Clone,
    {
        if map.contains_key(&id) {
            return Err(CommandError::Duplicate {
                what,
                id: id.to_string(),
            });
        }
        self.change(map, id, Some(value), wrap);
        Ok(())
    }

    fn update<K, V>(
        &mut self,
        map: &indexmap::IndexMap<K, V>,
        id: K,
        value: V,
        what: &'static str,
        wrap: fn(Change<K, V>) -> Edit,
    ) -> Result<(), CommandError>
    where
        K: std::hash::Hash + Eq + Clone + std::fmt::Display,
        V: Clone,
    {
        if !map.contains_key(&id) {
            return Err(not_found(what, id));
        }
        self.change(map, id, Some(value), wrap);
        Ok(())
    }

    fn remove<K, V>(
        &mut self,
        map: &indexmap::IndexMap<K, V>,
        id: K,
        what: &'static str,
        wrap: fn(Change<K, V>) -> Edit,
    ) -> Result<(), CommandError>
    where
        K: std::hash::Hash + Eq + Clone + std::fmt::Display,
        V: Clone,
    {
        if !map.contains_key(&id) {
            return Err(not_found(what, id));
        }
        self.change(map, id, None, wrap);
        Ok(())
    }

    fn annex_notes(&mut self, after: Vec<AnnexNote>) {
        if after != self.t.annex_notes {
            self.edits.push(Edit::AnnexNotes {
                before: self.t.annex_notes.clone(),
                after,
            });
        }
    }

    fn days(&mut self, after: Vec<Day>) {
        self.edits.push(Edit::Days {
            before: self.t.days.clone(),
            after,
        });
    }
}

fn scheduled(s: &Session) -> Result<&Placement, CommandError> {
    s.placement.as_ref().ok_or_else(|| {
        CommandError::Invalid(format!(
            "session '{}' is not scheduled; schedule it before moving or resizing it",
            s.id
        ))
    })
}

fn check_placement(pl: &Placement) -> Result<(), CommandError> {
    if pl.start >= pl.end {
        return Err(CommandError::Invalid(format!(
            "end {} is not after start {}",
            pl.end, pl.start
        )));
    }
    Ok(())
}

fn shifted(pl: &Placement, by_minutes: i64) -> Result<Placement, CommandError> {
    let out_of_range = || CommandError::Invalid(format!("moving {} is out of range", pl.start));
    Ok(Placement {
        start: pl.start.plus_minutes(by_minutes).ok_or_else(out_of_range)?,
        end: pl.end.plus_minutes(by_minutes).ok_or_else(out_of_range)?,
    })
}

/// The rule without `id`; `None` when nothing meaningful is left of it.
fn without_session(rule: &Rule, id: &SessionId) -> Option<Rule> {
    let keep = |v: &Vec<SessionId>| v.iter().filter(|s| *s != id).cloned().collect::<Vec<_>>();
    match rule {
        Rule::Before { earlier, later } => {
            let (earlier, later) = (keep(earlier), keep(later));
            (!earlier.is_empty() && !later.is_empty()).then_some(Rule::Before { earlier, later })
        }
        Rule::InSequence { sessions } => {
            let sessions = keep(sessions);
            (sessions.len() >= 2).then_some(Rule::InSequence { sessions })
        }
        Rule::NoOverlap { sessions } => {
            let sessions = keep(sessions);
            (sessions.len() >= 2).then_some(Rule::NoOverlap { sessions })
        }
        Rule::FixedTime { .. } => None,
    }
}

/// The label to suggest for the next revision: `Rev.N` with N one more than the highest
/// `Rev.N` published so far (`Rev.1` for the first), so labels the user typed by hand
/// ("Rev.3-draft", "Final") never block the suggestion and it is never a duplicate.
pub fn suggest_revision_label(t: &Timetable) -> String {
    let highest = t
        .revisions
        .iter()
        .filter_map(|r| r.label.strip_prefix("Rev.")?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    format!("Rev.{}", highest.saturating_add(1))
}

/// `prefix`, or `prefix-2`, `prefix-3`, ...: the first id not in `map`.
fn fresh_id<V>(map: &indexmap::IndexMap<SessionId, V>, prefix: &str) -> SessionId {
    let plain = SessionId(prefix.to_owned());
    if prefix != "s" && !map.contains_key(&plain) {
        return plain;
    }
    // Ids are unique, so at most `len` of the numbers from `len + 1` on are taken.
    (map.len() + 1..)
        .map(|n| SessionId(format!("{prefix}-{n}")))
        .find(|id| !map.contains_key(id))
        .expect("an unbounded range always yields a free id")
}
