//! Gestures: commands in the abstract, resolved against the current timetable into
//! concrete commands of every kind; and steps (apply, dry run, undo, redo).
//!
//! Longer than most files: [`Gesture::command`] has one short arm per command kind, kept
//! in one place so that a new command variant is drawn by adding one arm here and one line
//! in `kind.rs`.

use std::collections::BTreeSet;
use std::ops::RangeInclusive;

use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::sample::Index;

use plenary::command::Command;
use plenary::model::{
    AnnexPlacement, Body, BodyId, BodyKind, Break, BreakId, BreakKind, ConflictKind, Constraint,
    ConstraintId, Day, DayKind, Hours, Lang, Person, PersonId, Placement, Room, RoomId, Rule,
    Session, SessionId, SessionKind, Severity, Slot, SlotId, Text, Timetable, Timing,
};
use plenary::template::{HoursTemplate, MeetingSetup, Weekday};
use plenary::time::{Stamp, TimeOfDay};

use super::kind::Kind;
use super::timetable::{base_date, day_kind, en, minutes, pick};

/// One command in the abstract: its kind, three picks (which session, room, day ... by
/// position in whatever the timetable has when it is resolved), an amount (quarter hours,
/// or a count), a choice among variations, and whether to make it deliberately invalid.
#[derive(Clone, Debug)]
pub struct Gesture {
    /// What kind of command.
    pub kind: Kind,
    /// Picks into the timetable's collections.
    pub picks: [Index; 3],
    /// Quarter hours to move by, or a small count; in -32..=32.
    pub amount: i64,
    /// Which variation of the command (what to edit, with or without a room ...).
    pub choice: u8,
    /// Make it a command the core must refuse (unknown id, end before start ...).
    pub invalid: bool,
}

/// A gesture of any kind, weighted by [`Kind::WEIGHTED`]; about one in twelve is
/// deliberately invalid.
pub fn gesture() -> impl Strategy<Value = Gesture> {
    let kinds: Vec<(u32, BoxedStrategy<Kind>)> = Kind::WEIGHTED
        .iter()
        .map(|(k, w)| (*w, Just(*k).boxed()))
        .collect();
    (
        prop::strategy::Union::new_weighted(kinds),
        any::<[Index; 3]>(),
        -32i64..=32,
        any::<u8>(),
        prop::bool::weighted(0.08),
    )
        .prop_map(|(kind, picks, amount, choice, invalid)| Gesture {
            kind,
            picks,
            amount,
            choice,
            invalid,
        })
}

/// One concrete command against `t`, of any kind (see [`gesture`]).
pub fn command(t: &Timetable) -> impl Strategy<Value = Command> + use<> {
    let t = t.clone();
    gesture().prop_map(move |g| g.command(&t))
}

/// One step of an editing session.
#[derive(Clone, Debug)]
pub enum Step {
    /// Apply the gesture's command for real.
    Apply(Gesture),
    /// Ask for a dry run of it.
    DryRun(Gesture),
    /// Undo.
    Undo,
    /// Redo.
    Redo,
}

/// A step: mostly applies, some dry runs, undos and redos.
pub fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        75 => gesture().prop_map(Step::Apply),
        10 => gesture().prop_map(Step::DryRun),
        10 => Just(Step::Undo),
        5 => Just(Step::Redo),
    ]
}

/// A sequence of steps.
pub fn steps(len: RangeInclusive<usize>) -> impl Strategy<Value = Vec<Step>> {
    prop::collection::vec(step(), len)
}

/// The placeholder an invalid gesture names, and a resolved gesture names when the
/// timetable has nothing of the kind needed.
pub const MISSING: &str = "missing";

impl Gesture {
    fn nth<'a, T>(&self, which: usize, items: &'a [T]) -> Option<&'a T> {
        pick(items, &self.picks[which])
    }

    fn quarters(&self) -> i64 {
        15 * self.amount
    }

    /// A placement on one of the meeting's days (or a base date when it has none), at a
    /// quarter hour between 07:00 and 21:00, 30 to 180 minutes long.
    fn placement(&self, t: &Timetable, which: usize) -> Placement {
        let dates: Vec<NaiveDate> = t.days.iter().map(|d| d.date).collect();
        let date = self.nth(which, &dates).copied().unwrap_or_else(base_date);
        let start = Stamp::new(date, TimeOfDay::MIDNIGHT)
            .plus_minutes(7 * 60 + 15 * (self.amount + 32) % (14 * 60))
            .expect("near 2027");
        let length = 30 * (1 + i64::from(self.choice % 6));
        Placement {
            start,
            end: start.plus_minutes(length).expect("near 2027"),
        }
    }

    /// The command this gesture stands for on `t`. It names what exists in `t` (unless
    /// [`Gesture::invalid`], or `t` has nothing of the kind needed, when it names
    /// [`MISSING`] or breaks a rule of the command).
    pub fn command(&self, t: &Timetable) -> Command {
        let sessions: Vec<&Session> = t.sessions.values().collect();
        let placed: Vec<&Session> = sessions
            .iter()
            .copied()
            .filter(|s| s.placement.is_some())
            .collect();
        let dates: Vec<NaiveDate> = t.days.iter().map(|d| d.date).collect();
        let room_ids: Vec<RoomId> = t.rooms.keys().cloned().collect();
        let person_ids: Vec<PersonId> = t.persons.keys().cloned().collect();
        let body_ids: Vec<BodyId> = t.bodies.keys().cloned().collect();
        let missing_session = || SessionId::from(MISSING);
        let session_id = |which: usize| {
            self.nth(which, &sessions)
                .map(|s| s.id.clone())
                .filter(|_| !self.invalid)
                .unwrap_or_else(missing_session)
        };
        let placed_id = |which: usize| {
            self.nth(which, &placed)
                .map(|s| s.id.clone())
                .filter(|_| !self.invalid)
                .unwrap_or_else(missing_session)
        };
        let c = self.choice;
        match self.kind {
            Kind::AddSession => {
                let id = if self.invalid {
                    sessions
                        .first()
                        .map_or(SessionId::from(""), |s| s.id.clone())
                } else {
                    SessionId(fresh("n", |id| {
                        t.sessions.contains_key(&SessionId::from(id))
                    }))
                };
                Command::AddSession {
                    session: Session {
                        pinned: false,
                        windows: Vec::new(),
                        preferred_room: None,
                        id,
                        title: en(&format!("New session {}", self.amount)),
                        kind: SESSION_KINDS[usize::from(c) % SESSION_KINDS.len()],
                        bodies: self.nth(1, &body_ids).cloned().into_iter().collect(),
                        room: self
                            .nth(2, &room_ids)
                            .cloned()
                            .filter(|_| !c.is_multiple_of(4)),
                        persons: self.nth(2, &person_ids).cloned().into_iter().collect(),
                        placement: (!c.is_multiple_of(5)).then(|| self.placement(t, 0)),
                        tentative: c.is_multiple_of(7),
                        exclusive: c.is_multiple_of(11),
                        interpretation: if c.is_multiple_of(3) {
                            vec![Lang::Fr]
                        } else {
                            vec![]
                        },
                        attendance: (c.is_multiple_of(2)).then_some(10 * u32::from(c % 9)),
                        annex: AnnexPlacement::Cell,
                        annex_label: Text::new(),
                        annex_note: Text::new(),
                        timing: Default::default(),
                        minutes: None,
                        annex_mark: None,
                    },
                }
            }
            Kind::EditSession => {
                let Some(s) = self.nth(0, &sessions) else {
                    return Command::EditSession {
                        session: placeholder_session(),
                    };
                };
                let mut s = (*s).clone();
                match c % 8 {
                    0 => {
                        s.title.insert(Lang::Fr, format!("Séance {}", self.amount));
                    }
                    1 => s.exclusive = !s.exclusive,
                    2 => s.tentative = !s.tentative,
                    3 => {
                        s.room = self
                            .nth(1, &room_ids)
                            .cloned()
                            .filter(|_| !c.is_multiple_of(3))
                    }
                    4 => s.persons = self.nth(1, &person_ids).cloned().into_iter().collect(),
                    5 => s.bodies = self.nth(1, &body_ids).cloned().into_iter().collect(),
                    6 => {
                        s.interpretation = if s.interpretation.is_empty() {
                            vec![Lang::Ar]
                        } else {
                            vec![]
                        }
                    }
                    _ => s.attendance = Some(10 * self.amount.unsigned_abs() as u32),
                }
                if self.invalid {
                    s.room = Some(RoomId::from(MISSING));
                }
                Command::EditSession { session: s }
            }
            Kind::ScheduleSession => {
                // Mostly a session from the palette, when there is one.
                let unplaced: Vec<&Session> = sessions
                    .iter()
                    .copied()
                    .filter(|s| s.placement.is_none())
                    .collect();
                let id = self
                    .nth(
                        0,
                        if c.is_multiple_of(4) {
                            &sessions
                        } else {
                            &unplaced
                        },
                    )
                    .or_else(|| self.nth(0, &sessions))
                    .map_or_else(missing_session, |s| s.id.clone());
                let mut placement = self.placement(t, 1);
                if self.invalid {
                    placement.end = placement.start; // no length
                }
                Command::ScheduleSession {
                    id,
                    placement,
                    room: self
                        .nth(2, &room_ids)
                        .cloned()
                        .filter(|_| c.is_multiple_of(2)),
                }
            }
            Kind::MoveSession => {
                let id = placed_id(0);
                let start = t
                    .sessions
                    .get(&id)
                    .and_then(|s| s.placement)
                    .map_or_else(|| self.placement(t, 1).start, |p| p.start);
                let days = i64::from(c % 5) - 2; // -2..=2 days, most often 0 or +-1
                let by = self.quarters() + if c.is_multiple_of(3) { 1440 * days } else { 0 };
                Command::MoveSession {
                    id,
                    start: start.plus_minutes(by).expect("near 2027"),
                    room: self
                        .nth(1, &room_ids)
                        .cloned()
                        .filter(|_| c.is_multiple_of(4)),
                }
            }
            Kind::ResizeSession => {
                let id = placed_id(0);
                let pl = t
                    .sessions
                    .get(&id)
                    .and_then(|s| s.placement)
                    .unwrap_or_else(|| self.placement(t, 1));
                let (start, end) = if self.invalid {
                    (pl.end, pl.start)
                } else if c.is_multiple_of(2) {
                    // Drag the end: at least a quarter hour long.
                    let end = pl.end.plus_minutes(self.quarters()).expect("near 2027");
                    (
                        pl.start,
                        end.max(pl.start.plus_minutes(15).expect("near 2027")),
                    )
                } else {
                    let start = pl.start.plus_minutes(self.quarters()).expect("near 2027");
                    (
                        start.min(pl.end.plus_minutes(-15).expect("near 2027")),
                        pl.end,
                    )
                };
                Command::ResizeSession { id, start, end }
            }
            Kind::UnscheduleSession => Command::UnscheduleSession {
                id: if placed.is_empty() {
                    session_id(0)
                } else {
                    placed_id(0)
                },
            },
            Kind::SetSessionTiming => Command::SetSessionTiming {
                // Placed or not; most often to a point and back to a span.
                id: if placed.is_empty() || c.is_multiple_of(3) {
                    session_id(0)
                } else {
                    placed_id(0)
                },
                timing: [Timing::Point, Timing::Span, Timing::OpenEnded, Timing::Span]
                    [usize::from(c % 4)],
            },
            Kind::DuplicateSession => Command::DuplicateSession {
                id: session_id(0),
                placement: (c.is_multiple_of(2)).then(|| self.placement(t, 1)),
            },
            Kind::DeleteSession => Command::DeleteSession { id: session_id(0) },
            Kind::PasteSessions | Kind::DeleteSessions => {
                // One to three sessions (the same one twice now and then), or none at all.
                let mut ids: Vec<SessionId> = (0..usize::from(c % 4))
                    .filter_map(|i| self.nth(i % 3, &sessions).map(|s| s.id.clone()))
                    .collect();
                if self.invalid {
                    ids.push(missing_session());
                }
                if self.kind == Kind::PasteSessions {
                    Command::PasteSessions {
                        ids,
                        by_minutes: c.is_multiple_of(3).then_some(i64::from(c) * 15 - 60),
                    }
                } else {
                    Command::DeleteSessions { ids }
                }
            }
            Kind::MoveSessions => {
                let mut ids: Vec<SessionId> = (0..1 + usize::from(c % 3))
                    .filter_map(|i| self.nth(i, &placed).map(|s| s.id.clone()))
                    .collect();
                if self.invalid || ids.is_empty() {
                    ids.push(missing_session());
                }
                let days = i64::from(c % 3) - 1;
                Command::MoveSessions {
                    ids,
                    by_minutes: self.quarters() + if c.is_multiple_of(4) { 1440 * days } else { 0 },
                }
            }
            Kind::AddBreak | Kind::EditBreak => {
                let existing: Vec<&Break> = t.breaks.values().collect();
                let id = if self.kind == Kind::AddBreak {
                    BreakId(fresh("nb", |id| t.breaks.contains_key(&BreakId::from(id))))
                } else {
                    self.nth(0, &existing)
                        .map_or(BreakId::from(MISSING), |b| b.id.clone())
                };
                let start = 8 * 60 + 15 * self.amount.unsigned_abs() as u32;
                let day = if self.invalid {
                    Some(base_date() - chrono::Duration::days(400)) // not a day of the meeting
                } else {
                    self.nth(1, &dates).copied().filter(|_| c.is_multiple_of(3))
                };
                let r#break = Break {
                    id,
                    name: en("Break"),
                    kind: [BreakKind::Coffee, BreakKind::Meal, BreakKind::Other]
                        [usize::from(c % 3)],
                    start: minutes(start),
                    end: minutes(start + 15 * (1 + u32::from(c % 6))),
                    day,
                };
                if self.kind == Kind::AddBreak {
                    Command::AddBreak { r#break }
                } else {
                    Command::EditBreak { r#break }
                }
            }
            Kind::RemoveBreak => {
                let ids: Vec<&BreakId> = t.breaks.keys().collect();
                Command::RemoveBreak {
                    id: self
                        .nth(0, &ids)
                        .filter(|_| !self.invalid)
                        .map_or(BreakId::from(MISSING), |id| (*id).clone()),
                }
            }
            Kind::AddSlot | Kind::EditSlot => {
                let ids: Vec<&SlotId> = t.slots.keys().collect();
                let id = if self.kind == Kind::AddSlot {
                    SlotId(fresh("slot", |id| t.slots.contains_key(&SlotId::from(id))))
                } else {
                    self.nth(0, &ids)
                        .map_or(SlotId::from(MISSING), |id| (*id).clone())
                };
                let start = 8 * 60 + 15 * self.amount.unsigned_abs() as u32;
                let length = if self.invalid {
                    0
                } else {
                    60 * (1 + u32::from(c % 4))
                };
                let slot = Slot {
                    id,
                    name: en("Slot"),
                    start: minutes(start),
                    end: minutes(start + length),
                    days: Default::default(),
                };
                if self.kind == Kind::AddSlot {
                    Command::AddSlot { slot }
                } else {
                    Command::EditSlot { slot }
                }
            }
            Kind::SetSlotDayTimes => {
                // A slot's own times on one day, or back to its standard times; invalid: end
                // before start.
                let ids: Vec<&SlotId> = t.slots.keys().collect();
                let dates: Vec<NaiveDate> = t.days.iter().map(|d| d.date).collect();
                let start = 8 * 60 + 15 * self.amount.unsigned_abs() as u32;
                let times = (!c.is_multiple_of(3)).then(|| Hours {
                    start: minutes(start),
                    end: minutes(if self.invalid {
                        start.saturating_sub(60)
                    } else {
                        start + 60 * (1 + u32::from(c % 4))
                    }),
                });
                Command::SetSlotDayTimes {
                    slot: self
                        .nth(0, &ids)
                        .map_or(SlotId::from(MISSING), |id| (*id).clone()),
                    date: self.nth(1, &dates).copied().unwrap_or_else(base_date),
                    times,
                }
            }
            Kind::RemoveSlot => {
                let ids: Vec<&SlotId> = t.slots.keys().collect();
                Command::RemoveSlot {
                    id: self
                        .nth(0, &ids)
                        .filter(|_| !self.invalid)
                        .map_or(SlotId::from(MISSING), |id| (*id).clone()),
                }
            }
            Kind::AddDay => {
                let date = match (self.invalid, t.date_span()) {
                    (true, Some((first, _))) => first, // already a day
                    (_, None) => base_date(),
                    (false, Some((first, last))) => {
                        // A gap inside the span when there is one, else before or after.
                        let gaps: Vec<NaiveDate> = first
                            .iter_days()
                            .take_while(|d| *d <= last)
                            .filter(|d| t.day(*d).is_none())
                            .collect();
                        match self.nth(0, &gaps) {
                            Some(gap) if c.is_multiple_of(2) => *gap,
                            _ if c.is_multiple_of(3) => first.pred_opt().expect("near 2027"),
                            _ => last.succ_opt().expect("near 2027"),
                        }
                    }
                };
                Command::AddDay {
                    day: Day {
                        date,
                        kind: day_kind(date, c.is_multiple_of(7)),
                        hours: (c.is_multiple_of(5)).then(|| Hours {
                            start: minutes(8 * 60),
                            end: minutes(18 * 60),
                        }),
                        note: None,
                    },
                }
            }
            Kind::EditDay => {
                let mut day = t
                    .days
                    .get(self.picks[0].index(t.days.len().max(1)))
                    .cloned()
                    .unwrap_or_else(|| Day {
                        date: base_date(),
                        kind: DayKind::Working,
                        hours: None,
                        note: None,
                    });
                match c % 4 {
                    0 => {
                        day.kind = match day.kind {
                            DayKind::Working => DayKind::Holiday,
                            _ => DayKind::Working,
                        }
                    }
                    1 | 2 => {
                        day.hours = Some(Hours {
                            start: minutes(7 * 60 + 15 * self.amount.unsigned_abs() as u32 / 4),
                            end: if self.invalid {
                                minutes(6 * 60)
                            } else {
                                minutes(16 * 60 + 15 * u32::from(c % 16))
                            },
                        })
                    }
                    _ => day.hours = None,
                }
                day.note = (c.is_multiple_of(3)).then(|| format!("Edited {}", self.amount));
                Command::EditDay { day }
            }
            Kind::RemoveDay => Command::RemoveDay {
                date: self
                    .nth(0, &dates)
                    .copied()
                    .filter(|_| !self.invalid)
                    .unwrap_or_else(|| base_date() - chrono::Duration::days(400)),
            },
            Kind::AddRoom => Command::AddRoom {
                room: Room {
                    id: if self.invalid {
                        room_ids
                            .first()
                            .cloned()
                            .unwrap_or_else(|| RoomId::from(""))
                    } else {
                        RoomId(fresh("nr", |id| t.rooms.contains_key(&RoomId::from(id))))
                    },
                    name: format!("New room {}", self.amount),
                    capacity: (c.is_multiple_of(2)).then_some(10 * u32::from(c % 20)),
                    interpretation: c.is_multiple_of(3),
                },
            },
            Kind::EditRoom => {
                let mut room = self
                    .nth(0, &room_ids)
                    .and_then(|id| t.rooms.get(id))
                    .cloned()
                    .unwrap_or_else(|| Room {
                        id: RoomId::from(MISSING),
                        name: "Missing".into(),
                        capacity: None,
                        interpretation: false,
                    });
                if self.invalid {
                    room.id = RoomId::from(MISSING);
                }
                match c % 3 {
                    0 => room.capacity = (c.is_multiple_of(2)).then_some(10 * u32::from(c % 12)),
                    1 => room.interpretation = !room.interpretation,
                    _ => room.name = format!("Renamed {}", self.amount),
                }
                Command::EditRoom { room }
            }
            Kind::RemoveRoom => Command::RemoveRoom {
                id: self
                    .nth(0, &room_ids)
                    .cloned()
                    .filter(|_| !self.invalid)
                    .unwrap_or_else(|| RoomId::from(MISSING)),
            },
            Kind::AddBody => Command::AddBody {
                body: Body {
                    preferred_room: None,
                    id: BodyId(fresh("nbody", |id| {
                        t.bodies.contains_key(&BodyId::from(id))
                    })),
                    short: format!("NB{}", self.amount),
                    name: en("New body"),
                    kind: BODY_KINDS[usize::from(c) % BODY_KINDS.len()],
                    hours: Vec::new(),
                    parallel_with_parent: c.is_multiple_of(5),
                    parent: if self.invalid {
                        Some(BodyId::from(MISSING))
                    } else {
                        self.nth(0, &body_ids)
                            .cloned()
                            .filter(|_| !c.is_multiple_of(3))
                    },
                },
            },
            Kind::EditBody => {
                let Some(mut body) = self
                    .nth(0, &body_ids)
                    .and_then(|id| t.bodies.get(id))
                    .cloned()
                else {
                    return Command::EditBody {
                        body: Body {
                            preferred_room: None,
                            id: BodyId::from(MISSING),
                            short: "M".into(),
                            name: en("Missing"),
                            kind: BodyKind::Other,
                            parent: None,
                            hours: Vec::new(),
                            parallel_with_parent: false,
                        },
                    };
                };
                match c % 5 {
                    3 => body.parallel_with_parent = !body.parallel_with_parent,
                    4 => {
                        // Its own hours, or none; invalid: periods out of order.
                        body.hours = match (self.invalid, c % 2) {
                            (true, _) => {
                                super::timetable::body_hours(0).into_iter().rev().collect()
                            }
                            (false, 0) => super::timetable::body_hours(u32::from(c % 8)),
                            (false, _) => Vec::new(),
                        };
                    }
                    0 => body.short = format!("E{}", self.amount),
                    1 => body.kind = BODY_KINDS[usize::from(c) % BODY_KINDS.len()],
                    _ => {
                        // A new parent that is not the body itself nor under it; invalid:
                        // the body itself (a cycle).
                        let below = descendants(t, &body.id);
                        let parents: Vec<BodyId> = body_ids
                            .iter()
                            .filter(|b| !below.contains(*b))
                            .cloned()
                            .collect();
                        body.parent = if self.invalid {
                            Some(body.id.clone())
                        } else {
                            self.nth(1, &parents)
                                .cloned()
                                .filter(|_| c.is_multiple_of(2))
                        };
                    }
                }
                Command::EditBody { body }
            }
            Kind::RemoveBody => {
                // A leaf, which can be removed; invalid: one with children when there is one.
                let (leaves, parents): (Vec<&BodyId>, Vec<&BodyId>) = body_ids
                    .iter()
                    .partition(|id| !t.bodies.values().any(|b| b.parent.as_ref() == Some(*id)));
                let from = if self.invalid && !parents.is_empty() {
                    &parents
                } else {
                    &leaves
                };
                Command::RemoveBody {
                    id: self
                        .nth(0, from)
                        .map_or(BodyId::from(MISSING), |id| (*id).clone()),
                }
            }
            Kind::ReparentBody => {
                // A new parent not under the body; invalid: the body itself (a cycle).
                let id = self
                    .nth(0, &body_ids)
                    .cloned()
                    .unwrap_or_else(|| BodyId::from(MISSING));
                let below = descendants(t, &id);
                let parents: Vec<BodyId> = body_ids
                    .iter()
                    .filter(|b| !below.contains(*b))
                    .cloned()
                    .collect();
                let parent = if self.invalid {
                    Some(id.clone())
                } else {
                    self.nth(1, &parents)
                        .cloned()
                        .filter(|_| !c.is_multiple_of(3))
                };
                Command::ReparentBody { id, parent }
            }
            Kind::AddBodySeries => {
                // A short series under a body or at the top; invalid: backwards.
                let first = 30 + u32::from(c % 40);
                let parent = self
                    .nth(0, &body_ids)
                    .and_then(|id| t.bodies.get(id))
                    .map(|b| format!(" under {}", b.short))
                    .filter(|_| c.is_multiple_of(2))
                    .unwrap_or_default();
                let (a, b) = if self.invalid {
                    (first + 2, first)
                } else {
                    (first, first + u32::from(c % 3))
                };
                Command::AddBodySeries {
                    series: format!(
                        "Q{a}/{}-Q{b}/{}{parent}",
                        self.amount.abs(),
                        self.amount.abs()
                    ),
                }
            }
            Kind::PlaceBodyMeeting => {
                let slot_ids: Vec<SlotId> = t.slots.keys().cloned().collect();
                Command::PlaceBodyMeeting {
                    body: self
                        .nth(0, &body_ids)
                        .cloned()
                        .filter(|_| !self.invalid)
                        .unwrap_or_else(|| BodyId::from(MISSING)),
                    date: self.nth(1, &dates).copied().unwrap_or_else(base_date),
                    slot: self
                        .nth(2, &slot_ids)
                        .cloned()
                        .unwrap_or_else(|| SlotId::from(MISSING)),
                }
            }
            Kind::MoveSessionToSlot => {
                let slot_ids: Vec<SlotId> = t.slots.keys().cloned().collect();
                Command::MoveSessionToSlot {
                    id: placed_id(0),
                    date: self.nth(1, &dates).copied().unwrap_or_else(base_date),
                    slot: self
                        .nth(2, &slot_ids)
                        .cloned()
                        .unwrap_or_else(|| SlotId::from(MISSING)),
                }
            }
            Kind::AddPerson => Command::AddPerson {
                person: Person {
                    id: if self.invalid {
                        PersonId::from("")
                    } else {
                        PersonId(fresh("np", |id| {
                            t.persons.contains_key(&PersonId::from(id))
                        }))
                    },
                    name: format!("New person {}", self.amount),
                    role: (c.is_multiple_of(2)).then(|| "Rapporteur".into()),
                },
            },
            Kind::EditPerson => {
                let person = self
                    .nth(0, &person_ids)
                    .filter(|_| !self.invalid)
                    .and_then(|id| t.persons.get(id))
                    .cloned()
                    .map(|p| Person {
                        name: format!("{} ({})", p.name, self.amount),
                        role: (c.is_multiple_of(2)).then(|| "Chair".into()),
                        ..p
                    })
                    .unwrap_or_else(|| Person {
                        id: PersonId::from(MISSING),
                        name: "Missing".into(),
                        role: None,
                    });
                Command::EditPerson { person }
            }
            Kind::RemovePerson => Command::RemovePerson {
                id: self
                    .nth(0, &person_ids)
                    .cloned()
                    .filter(|_| !self.invalid)
                    .unwrap_or_else(|| PersonId::from(MISSING)),
            },
            Kind::AddConstraint | Kind::EditConstraint => {
                let ids: Vec<&ConstraintId> = t.constraints.keys().collect();
                let id = if self.kind == Kind::AddConstraint {
                    ConstraintId(fresh("nc", |id| {
                        t.constraints.contains_key(&ConstraintId::from(id))
                    }))
                } else {
                    self.nth(0, &ids)
                        .map_or(ConstraintId::from(MISSING), |id| (*id).clone())
                };
                let a = session_id(1);
                let b = session_id(2);
                let rule = match c % 4 {
                    0 => Rule::Before {
                        earlier: vec![a],
                        later: vec![b],
                    },
                    1 => Rule::InSequence {
                        sessions: vec![a, b],
                    },
                    2 => Rule::NoOverlap {
                        sessions: vec![a, b],
                    },
                    _ => Rule::FixedTime {
                        placement: t
                            .sessions
                            .get(&a)
                            .and_then(|s| s.placement)
                            .filter(|_| c % 8 < 4)
                            .unwrap_or_else(|| self.placement(t, 0)),
                        session: a,
                    },
                };
                let constraint = Constraint {
                    id,
                    rule,
                    note: (c.is_multiple_of(2)).then(|| "generated".into()),
                };
                if self.kind == Kind::AddConstraint {
                    Command::AddConstraint { constraint }
                } else {
                    Command::EditConstraint { constraint }
                }
            }
            Kind::RemoveConstraint => {
                let ids: Vec<&ConstraintId> = t.constraints.keys().collect();
                Command::RemoveConstraint {
                    id: self
                        .nth(0, &ids)
                        .filter(|_| !self.invalid)
                        .map_or(ConstraintId::from(MISSING), |id| (*id).clone()),
                }
            }
            Kind::AcknowledgeConflict => {
                let conflicts = plenary::conflict::check(t);
                let open: Vec<&plenary::Conflict> =
                    conflicts.iter().filter(|c| !c.acknowledged).collect();
                // An open conflict when there is one, else an acknowledged one (acknowledging
                // it again replaces the reason), else a key no conflict has yet.
                let key = self
                    .nth(0, &open)
                    .map(|c| c.key.clone())
                    .or_else(|| self.nth(0, &conflicts).map(|c| c.key.clone()))
                    .unwrap_or_else(|| "roomClash:none".to_owned());
                Command::AcknowledgeConflict {
                    key,
                    reason: if self.invalid {
                        "  ".into()
                    } else {
                        format!("accepted ({})", self.amount)
                    },
                }
            }
            Kind::UnacknowledgeConflict => {
                let keys: Vec<&String> = t.acknowledgements.keys().collect();
                Command::UnacknowledgeConflict {
                    key: self
                        .nth(0, &keys)
                        .filter(|_| !self.invalid)
                        .map_or_else(|| MISSING.to_owned(), |k| (*k).clone()),
                }
            }
            Kind::SetPinned => {
                let sessions: Vec<SessionId> = t.sessions.keys().cloned().collect();
                Command::SetPinned {
                    ids: self
                        .nth(0, &sessions)
                        .filter(|_| !self.invalid)
                        .cloned()
                        .into_iter()
                        .chain(self.nth(1, &sessions).cloned())
                        .collect(),
                    pinned: c.is_multiple_of(2),
                }
            }
            Kind::SetSessionWindows => {
                let sessions: Vec<SessionId> = t.sessions.keys().cloned().collect();
                let dates: Vec<NaiveDate> = t.days.iter().map(|d| d.date).collect();
                let from = TimeOfDay::from_minutes(u32::from(c % 40) * 15).expect("a time");
                let to = TimeOfDay::from_minutes(
                    u32::from(c % 40) * 15 + if self.invalid { 0 } else { 240 },
                )
                .expect("a time");
                Command::SetSessionWindows {
                    id: self
                        .nth(0, &sessions)
                        .cloned()
                        .unwrap_or_else(|| SessionId::from(MISSING)),
                    windows: if c.is_multiple_of(4) {
                        Vec::new()
                    } else {
                        vec![plenary::model::Window {
                            date: self.nth(1, &dates).copied().filter(|_| c.is_multiple_of(3)),
                            start: from,
                            end: to,
                        }]
                    },
                }
            }
            Kind::SetPreferredRoom => {
                let sessions: Vec<SessionId> = t.sessions.keys().cloned().collect();
                let rooms: Vec<plenary::model::RoomId> = t.rooms.keys().cloned().collect();
                Command::SetPreferredRoom {
                    id: self
                        .nth(0, &sessions)
                        .cloned()
                        .unwrap_or_else(|| SessionId::from(MISSING)),
                    room: if self.invalid {
                        Some(MISSING.into())
                    } else {
                        self.nth(1, &rooms)
                            .cloned()
                            .filter(|_| !c.is_multiple_of(3))
                    },
                }
            }
            Kind::SetBodyPreferredRoom => {
                let bodies: Vec<plenary::model::BodyId> = t.bodies.keys().cloned().collect();
                let rooms: Vec<plenary::model::RoomId> = t.rooms.keys().cloned().collect();
                Command::SetBodyPreferredRoom {
                    body: self
                        .nth(0, &bodies)
                        .filter(|_| !self.invalid)
                        .cloned()
                        .unwrap_or_else(|| MISSING.into()),
                    room: self
                        .nth(1, &rooms)
                        .cloned()
                        .filter(|_| !c.is_multiple_of(3)),
                }
            }
            Kind::SetArrangeWeight => {
                use plenary::model::{ArrangeWeight, ArrangeWeightKey, Preference};
                let n = ConflictKind::ALL.len() + Preference::ALL.len();
                let kind = match self.picks[0].index(n) {
                    i if i < ConflictKind::ALL.len() => ConflictKind::ALL[i].into(),
                    i => Preference::ALL[i - ConflictKind::ALL.len()].into(),
                };
                let weight = match (kind, c % 3) {
                    (_, 0) => None,
                    (ArrangeWeightKey::Conflict(_), 1) => Some(ArrangeWeight::Hard),
                    _ => Some(ArrangeWeight::Soft(u32::from(c))),
                };
                Command::SetArrangeWeight { kind, weight }
            }
            Kind::Arrange => Command::Arrange {
                scope: if c.is_multiple_of(2) {
                    plenary::arrange::ArrangeScope::Unscheduled
                } else {
                    plenary::arrange::ArrangeScope::All
                },
                mode: if c.is_multiple_of(3) {
                    plenary::arrange::ArrangeMode::Repair {
                        from_revision: None,
                    }
                } else {
                    plenary::arrange::ArrangeMode::FromScratch
                },
                seed: u64::from(c),
                budget: 200,
            },
            Kind::SetSeverity => Command::SetSeverity {
                kind: ConflictKind::ALL[self.picks[0].index(ConflictKind::ALL.len())],
                severity: [
                    None,
                    Some(Severity::Error),
                    Some(Severity::Warning),
                    Some(Severity::Info),
                ][usize::from(c % 4)],
            },
            Kind::EditMeeting => {
                let mut meeting = t.meeting.clone();
                match c % 4 {
                    0 => meeting.venue = format!("Venue {}", self.amount),
                    1 => {
                        meeting.interpreter_teams =
                            (!c.is_multiple_of(3)).then_some(u32::from(c % 4))
                    }
                    2 => {
                        meeting.hours = Hours {
                            start: minutes(8 * 60 + 15 * u32::from(c % 8)),
                            end: minutes(17 * 60 + 15 * u32::from(c % 16)),
                        }
                    }
                    _ => {
                        meeting
                            .title
                            .insert(Lang::Fr, format!("Réunion {}", self.amount));
                    }
                }
                if self.invalid {
                    meeting.time_zone = "Mars/Olympus_Mons".into();
                }
                Command::EditMeeting { meeting }
            }
            Kind::ShiftDay => {
                // From a date that has sessions, when there is one.
                let busy: Vec<NaiveDate> = placed
                    .iter()
                    .filter_map(|s| Some(s.placement?.start.date()))
                    .collect::<BTreeSet<_>>()
                    .into_iter()
                    .collect();
                let from = self
                    .nth(0, &busy)
                    .or_else(|| self.nth(0, &dates))
                    .copied()
                    .unwrap_or_else(base_date);
                let to = self
                    .nth(1, &dates)
                    .copied()
                    .unwrap_or_else(|| from.succ_opt().expect("near 2027"));
                Command::ShiftDay { from, to }
            }
            Kind::SwapDays => {
                let a = self.nth(0, &dates).copied().unwrap_or_else(base_date);
                let others: Vec<NaiveDate> = dates.iter().copied().filter(|d| *d != a).collect();
                let b = if self.invalid {
                    a
                } else {
                    self.nth(1, &others)
                        .copied()
                        .unwrap_or_else(|| a.succ_opt().expect("near 2027"))
                };
                Command::SwapDays { a, b }
            }
            Kind::PublishRevision => Command::PublishRevision {
                label: if self.invalid {
                    Some(" ".into())
                } else if c.is_multiple_of(2) {
                    None
                } else {
                    Some(fresh("Draft", |l| t.revision(l).is_some()))
                },
                date: base_date() + chrono::Duration::days(i64::from(c)),
                comment: (c.is_multiple_of(3)).then(|| format!("Comment {}", self.amount)),
            },
            Kind::MoveAnnexNote => {
                let layout = if c.is_multiple_of(2) {
                    plenary::annex::Layout::Days
                } else {
                    plenary::annex::Layout::Bodies
                };
                let keys = plenary::annex::note_keys_in_order(t, layout);
                Command::MoveAnnexNote {
                    key: self
                        .nth(0, &keys)
                        .filter(|_| !self.invalid)
                        .map_or_else(|| MISSING.to_owned(), Clone::clone),
                    to_index: self.amount.unsigned_abs() as u32 % (keys.len() as u32 + 2),
                    layout: (c % 4 < 2).then_some(layout),
                }
            }
            Kind::SetAnnexNoteText => {
                let keys = plenary::annex::all_note_keys(t);
                Command::SetAnnexNoteText {
                    key: self
                        .nth(0, &keys)
                        .filter(|_| !self.invalid)
                        .map_or_else(|| MISSING.to_owned(), Clone::clone),
                    lang: [Lang::En, Lang::Fr][usize::from(c % 2)],
                    text: (!c.is_multiple_of(3))
                        .then(|| format!("Note text {} {{times}}", self.amount)),
                }
            }
            Kind::ResetAnnexNoteOrder => Command::ResetAnnexNoteOrder,
            Kind::AddFreeNote => {
                let taken: Vec<&str> = t.annex_notes.iter().map(|e| e.key.as_str()).collect();
                let id = if self.invalid {
                    // An id taken already (or, with no free note yet, one with a space).
                    taken
                        .iter()
                        .find_map(|k| k.strip_prefix("free:"))
                        .unwrap_or("bad id")
                        .to_owned()
                } else if c.is_multiple_of(2) {
                    String::new()
                } else {
                    fresh("n", |id| taken.contains(&format!("free:{id}").as_str()))
                };
                Command::AddFreeNote {
                    id,
                    text: [(Lang::En, format!("Free note {}", self.amount))].into(),
                }
            }
            Kind::RemoveFreeNote => {
                let free: Vec<String> = t
                    .annex_notes
                    .iter()
                    .filter(|e| e.key.starts_with("free:"))
                    .map(|e| e.key.clone())
                    .collect();
                Command::RemoveFreeNote {
                    key: self
                        .nth(0, &free)
                        .filter(|_| !self.invalid)
                        .map_or_else(|| MISSING.to_owned(), Clone::clone),
                }
            }
            Kind::MarkSession => {
                let keys = plenary::annex::all_note_keys(t);
                let sessions: Vec<SessionId> = t.sessions.keys().cloned().collect();
                Command::MarkSession {
                    id: self
                        .nth(0, &sessions)
                        .cloned()
                        .unwrap_or_else(|| SessionId::from(MISSING)),
                    key: if self.invalid {
                        Some(MISSING.to_owned())
                    } else if c.is_multiple_of(3) {
                        None
                    } else {
                        self.nth(1, &keys).cloned()
                    },
                }
            }
            Kind::SetNoteMarkers => Command::SetNoteMarkers {
                markers: plenary::model::MarkerStyle::ALL[usize::from(c % 3)],
                hidden: c.is_multiple_of(2),
            },
            Kind::SetNotesHeading => Command::SetNotesHeading {
                lang: [Lang::En, Lang::Fr][usize::from(c % 2)],
                text: (!c.is_multiple_of(3)).then(|| format!("Notes by TSB {}:", self.amount)),
            },
            Kind::MoveMeeting => {
                let first = t.date_span().map_or_else(base_date, |(first, _)| first);
                let weeks = [-2i64, -1, 1, 2, 3][usize::from(c % 5)];
                let days = if self.invalid { 1 } else { 7 * weeks };
                Command::MoveMeeting {
                    start: first + chrono::Duration::days(days),
                }
            }
            Kind::SetUpMeeting => {
                // The form as the Meeting panel fills it in, over every placed session's
                // date (so that it is accepted), with a template and days off varied.
                let placed_dates = placed
                    .iter()
                    .filter_map(|s| Some(s.placement?.start.date()));
                let (mut first, mut last) = t.date_span().unwrap_or((base_date(), base_date()));
                for date in placed_dates {
                    first = first.min(date);
                    last = last.max(date);
                }
                let mut setup = MeetingSetup::of(t).unwrap_or_else(|| MeetingSetup {
                    title: en("Set up"),
                    venue: String::new(),
                    place: "Geneva".into(),
                    first_day: first,
                    last_day: last,
                    days_off: Vec::new(),
                    template: HoursTemplate::Keep,
                    languages: vec![Lang::En],
                });
                setup.first_day = first - chrono::Duration::days(i64::from(c % 3));
                setup.last_day = last + chrono::Duration::days(i64::from(c % 2));
                setup.template = HoursTemplate::ALL[usize::from(c % 4)];
                if c.is_multiple_of(5) {
                    setup.days_off = vec![Weekday::Sat, Weekday::Sun];
                }
                if self.invalid {
                    setup.place = "Atlantis".into();
                }
                Command::SetUpMeeting { setup }
            }
            Kind::SetText => {
                // A cell of the Translations view: any listed text, in any language; a
                // blank one clears it (refused when it is a session's last title).
                let places: Vec<_> = plenary::translations::list(t)
                    .rows
                    .into_iter()
                    .map(|r| r.place)
                    .collect();
                let place = self
                    .nth(0, &places)
                    .filter(|_| !self.invalid)
                    .cloned()
                    .unwrap_or_else(|| plenary::translations::TextPlace::SessionTitle {
                        session: missing_session(),
                    });
                Command::SetText {
                    place,
                    lang: [Lang::En, Lang::Fr, Lang::Zh][usize::from(c % 3)],
                    text: if c.is_multiple_of(4) {
                        String::new()
                    } else {
                        format!("Text {}", self.amount)
                    },
                }
            }
        }
    }
}

const SESSION_KINDS: [SessionKind; 9] = [
    SessionKind::Plenary,
    SessionKind::WorkingParty,
    SessionKind::Question,
    SessionKind::Training,
    SessionKind::Management,
    SessionKind::Briefing,
    SessionKind::Webinar,
    SessionKind::Social,
    SessionKind::Other,
];

const BODY_KINDS: [BodyKind; 6] = [
    BodyKind::StudyGroup,
    BodyKind::WorkingParty,
    BodyKind::Question,
    BodyKind::Management,
    BodyKind::Other,
    BodyKind::Track,
];

/// `prefix-1`, `prefix-2`, ...: the first that `taken` says is free.
fn fresh(prefix: &str, taken: impl Fn(&str) -> bool) -> String {
    (1..)
        .map(|n| format!("{prefix}-{n}"))
        .find(|id| !taken(id))
        .expect("an unbounded range always yields a free id")
}

fn placeholder_session() -> Session {
    Session {
        pinned: false,
        windows: Vec::new(),
        preferred_room: None,
        id: SessionId::from(MISSING),
        title: en("Missing"),
        kind: SessionKind::Other,
        bodies: vec![],
        room: None,
        persons: vec![],
        placement: None,
        tentative: false,
        exclusive: false,
        interpretation: vec![],
        attendance: None,
        annex: AnnexPlacement::Cell,
        annex_label: Text::new(),
        annex_note: Text::new(),
        timing: Default::default(),
        minutes: None,
        annex_mark: None,
    }
}

/// `body` and every body under it (so none of them can become its parent).
fn descendants(t: &Timetable, body: &BodyId) -> BTreeSet<BodyId> {
    let mut out = BTreeSet::from([body.clone()]);
    loop {
        let before = out.len();
        for b in t.bodies.values() {
            if b.parent.as_ref().is_some_and(|p| out.contains(p)) {
                out.insert(b.id.clone());
            }
        }
        if out.len() == before {
            return out;
        }
    }
}
