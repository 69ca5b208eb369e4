//! Random timetables and random commands for property tests, as proptest strategies.
//!
//! Everything here is built from proptest's own strategies (ranges, vectors, [`Index`]), never
//! from a seed fed to a private generator, so a failing case shrinks: fewer sessions, fewer
//! days, smaller moves, earlier command kinds.
//!
//! - [`timetable`] / [`timetable_sized`]: a small valid timetable with days of every kind
//!   (working, weekend, holiday, with and without their own hours, gaps between days that
//!   fall outside the meeting), slots, standard and per-day breaks of every kind, rooms with
//!   and without capacity and booths, a forest of bodies (tracks among them), persons,
//!   sessions placed and unplaced (some outside the meeting's dates, a few over midnight),
//!   constraints of every rule, interpreter teams, severity overrides and acknowledgements.
//! - [`Gesture`] / [`gesture`]: one command in the abstract (its [`Kind`] and a few picks and
//!   amounts), resolved against whatever timetable is current with [`Gesture::command`]. A
//!   sequence of gestures therefore keeps naming things that exist after earlier commands
//!   changed the timetable, and shrinks like any vector.
//! - [`command`]: one concrete command against a given timetable.
//! - [`Step`] / [`steps`]: apply, dry run, undo and redo, for history properties.
//!
//! Every [`Kind`] is drawn (a test checks it), and about nine gestures in ten are meant to
//! be accepted; the rest are deliberately refused (an unknown id, an end before its start,
//! an unknown time zone, a blank reason) so refusals are exercised too. [`Kind::of`] matches
//! [`Command`] exhaustively: a new command variant does not compile until it is added here.

use std::collections::BTreeSet;
use std::ops::RangeInclusive;

use chrono::{Datelike, NaiveDate, Weekday};
use indexmap::IndexMap;
use proptest::prelude::*;
use proptest::sample::Index;

use plenary::command::Command;
use plenary::model::{
    AnnexPlacement, Body, BodyId, BodyKind, Break, BreakId, BreakKind, ConflictKind, Constraint,
    ConstraintId, Day, DayKind, Hours, Lang, Meeting, Person, PersonId, Placement, Room, RoomId,
    Rule, Session, SessionId, SessionKind, Severity, Slot, SlotId, Text, Timetable,
};
use plenary::time::{Stamp, TimeOfDay};

/// The largest timetable [`timetable_sized`] may draw; each count is drawn from zero (one for
/// days and rooms) up to the maximum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size {
    /// Consecutive calendar days the meeting may span (some may be left out as gaps).
    pub days: usize,
    /// Rooms.
    pub rooms: usize,
    /// Bodies.
    pub bodies: usize,
    /// Persons.
    pub persons: usize,
    /// Sessions.
    pub sessions: usize,
    /// Constraints.
    pub constraints: usize,
}

impl Size {
    /// Small enough for a brute-force oracle and hundreds of cases, big enough that clashes
    /// of every kind happen often.
    pub const SMALL: Size = Size {
        days: 8,
        rooms: 4,
        bodies: 7,
        persons: 5,
        sessions: 14,
        constraints: 4,
    };
}

/// A small valid timetable ([`Size::SMALL`]).
pub fn timetable() -> BoxedStrategy<Timetable> {
    timetable_sized(Size::SMALL)
}

/// A valid timetable no larger than `size` (see the module docs for what it contains).
pub fn timetable_sized(size: Size) -> BoxedStrategy<Timetable> {
    let shape = (
        0u32..7,                                                  // first date: 2027-03-01 + n
        prop::collection::vec(day_shape(), 1..=size.days.max(1)), // calendar days
        0usize..=3,                                               // slots
        prop::collection::vec(break_shape(), 0..=4),              // breaks
        prop::collection::vec(room_shape(), 1..=size.rooms.max(1)),
        prop::collection::vec(body_shape(), 0..=size.bodies),
        0usize..=size.persons,
        prop::collection::vec(session_shape(), 0..=size.sessions),
        prop::collection::vec(rule_shape(), 0..=size.constraints),
        prop::option::weighted(0.6, 0u32..3), // interpreter teams
        prop::collection::vec((any::<Index>(), prop::option::of(severity())), 0..=2),
        prop::collection::vec(any::<Index>(), 0..=2), // acknowledged conflicts
    );
    shape
        .prop_map(
            |(
                first,
                days,
                slots,
                breaks,
                rooms,
                bodies,
                persons,
                sessions,
                rules,
                teams,
                sev,
                acks,
            )| {
                build(Shapes {
                    first,
                    days,
                    slots,
                    breaks,
                    rooms,
                    bodies,
                    persons,
                    sessions,
                    rules,
                    teams,
                    severities: sev,
                    acks,
                })
            },
        )
        .boxed()
}

// ---------------------------------------------------------------------------------------
// Timetables.

#[derive(Clone, Debug)]
struct DayShape {
    present: bool,
    holiday: bool,
    hours: Option<(u16, u16)>, // start hour 7..10, end quarter-hours after 15:00 (96 = 24:00)
    note: bool,
}

fn day_shape() -> impl Strategy<Value = DayShape> {
    (
        prop::bool::weighted(0.88),
        prop::bool::weighted(0.1),
        prop::option::weighted(0.2, (7u16..11, 0u16..=36)),
        prop::bool::weighted(0.1),
    )
        .prop_map(|(present, holiday, hours, note)| DayShape {
            present,
            holiday,
            hours,
            note,
        })
}

#[derive(Clone, Debug)]
struct BreakShape {
    kind: BreakKind,
    start_quarter: u16, // quarter hours after 08:00
    quarters: u16,
    day: Option<Index>,
}

fn break_kind() -> impl Strategy<Value = BreakKind> {
    prop_oneof![
        Just(BreakKind::Coffee),
        Just(BreakKind::Meal),
        Just(BreakKind::Other)
    ]
}

fn break_shape() -> impl Strategy<Value = BreakShape> {
    (
        break_kind(),
        0u16..40,
        1u16..7,
        prop::option::weighted(0.3, any::<Index>()),
    )
        .prop_map(|(kind, start_quarter, quarters, day)| BreakShape {
            kind,
            start_quarter,
            quarters,
            day,
        })
}

fn room_shape() -> impl Strategy<Value = (Option<u32>, bool)> {
    (prop::option::weighted(0.7, 1u32..6), any::<bool>())
        .prop_map(|(capacity, booths)| (capacity.map(|c| 20 * c), booths))
}

#[derive(Clone, Debug)]
struct BodyShape {
    parent: Option<Index>,
    track: bool,
}

fn body_shape() -> impl Strategy<Value = BodyShape> {
    (
        prop::option::weighted(0.6, any::<Index>()),
        prop::bool::weighted(0.15),
    )
        .prop_map(|(parent, track)| BodyShape { parent, track })
}

/// Where a session is: a day offset from the first calendar day (-1 and past the end fall
/// outside the meeting), a start in quarter hours after 07:00, and a length in quarter hours.
#[derive(Clone, Debug)]
struct PlacementShape {
    day: i64,
    start_quarter: i64,
    quarters: i64,
}

fn placement_shape() -> impl Strategy<Value = PlacementShape> {
    (
        -1i64..10,
        0i64..56,
        prop_oneof![9 => 1i64..13, 1 => 13i64..80], // a few run long, over midnight
    )
        .prop_map(|(day, start_quarter, quarters)| PlacementShape {
            day,
            // Half-hour grid mostly, so edges often coincide (touching sessions).
            start_quarter: start_quarter - start_quarter % 2,
            quarters,
        })
}

#[derive(Clone, Debug)]
struct SessionShape {
    placement: Option<PlacementShape>,
    room: Option<Index>,
    bodies: Vec<Index>,
    persons: Vec<Index>,
    exclusive: bool,
    tentative: bool,
    interpretation: bool,
    attendance: Option<u32>,
}

fn session_shape() -> impl Strategy<Value = SessionShape> {
    (
        prop::option::weighted(0.85, placement_shape()),
        prop::option::weighted(0.85, any::<Index>()),
        prop::collection::vec(any::<Index>(), 0..3),
        prop::collection::vec(any::<Index>(), 0..3),
        prop::bool::weighted(0.08),
        prop::bool::weighted(0.1),
        prop::bool::weighted(0.3),
        prop::option::weighted(0.5, 1u32..10),
    )
        .prop_map(
            |(placement, room, bodies, persons, exclusive, tentative, interpretation, att)| {
                SessionShape {
                    placement,
                    room,
                    bodies,
                    persons,
                    exclusive,
                    tentative,
                    interpretation,
                    attendance: att.map(|a| 10 * a),
                }
            },
        )
}

#[derive(Clone, Debug)]
struct RuleShape {
    kind: u8,
    first: Vec<Index>,
    second: Vec<Index>,
    placement: PlacementShape,
}

fn rule_shape() -> impl Strategy<Value = RuleShape> {
    (
        0u8..4,
        prop::collection::vec(any::<Index>(), 1..4),
        prop::collection::vec(any::<Index>(), 1..3),
        placement_shape(),
    )
        .prop_map(|(kind, first, second, placement)| RuleShape {
            kind,
            first,
            second,
            placement,
        })
}

fn severity() -> impl Strategy<Value = Severity> {
    prop_oneof![
        Just(Severity::Error),
        Just(Severity::Warning),
        Just(Severity::Info)
    ]
}

struct Shapes {
    first: u32,
    days: Vec<DayShape>,
    slots: usize,
    breaks: Vec<BreakShape>,
    rooms: Vec<(Option<u32>, bool)>,
    bodies: Vec<BodyShape>,
    persons: usize,
    sessions: Vec<SessionShape>,
    rules: Vec<RuleShape>,
    teams: Option<u32>,
    severities: Vec<(Index, Option<Severity>)>,
    acks: Vec<Index>,
}

fn en(text: &str) -> Text {
    Text::from([(Lang::En, text.to_owned())])
}

fn minutes(m: u32) -> TimeOfDay {
    TimeOfDay::from_minutes(m.min(1440)).expect("clamped to a day")
}

/// The first calendar day of every generated meeting before it is moved: a Monday.
fn base_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 3, 1).expect("valid date")
}

fn placement_on(first: NaiveDate, p: &PlacementShape) -> Placement {
    let start = Stamp::new(first, TimeOfDay::MIDNIGHT)
        .plus_minutes(p.day * 1440 + 7 * 60 + 15 * p.start_quarter)
        .expect("near 2027");
    Placement {
        start,
        end: start.plus_minutes(15 * p.quarters).expect("near 2027"),
    }
}

fn pick<'a, T>(items: &'a [T], i: &Index) -> Option<&'a T> {
    (!items.is_empty()).then(|| &items[i.index(items.len())])
}

fn empty_timetable() -> Timetable {
    Timetable {
        meeting: Meeting {
            title: en("Random meeting"),
            venue: "Geneva".into(),
            time_zone: "Europe/Zurich".into(),
            languages: vec![Lang::En, Lang::Fr],
            hours: Hours {
                start: minutes(9 * 60),
                end: minutes(17 * 60 + 30),
            },
            interpreter_teams: None,
            default_session_minutes: None,
        },
        days: Vec::new(),
        slots: IndexMap::new(),
        breaks: IndexMap::new(),
        rooms: IndexMap::new(),
        bodies: IndexMap::new(),
        persons: IndexMap::new(),
        sessions: IndexMap::new(),
        constraints: IndexMap::new(),
        severities: Default::default(),
        acknowledgements: Default::default(),
        revisions: Vec::new(),
        annex_notes: Vec::new(),
    }
}

fn build(s: Shapes) -> Timetable {
    let mut t = empty_timetable();
    let first = base_date() + chrono::Duration::days(i64::from(s.first));
    t.meeting.interpreter_teams = s.teams;
    for (i, d) in s.days.iter().enumerate() {
        if !d.present {
            continue; // a gap: sessions there are outside the meeting's dates
        }
        let date = first + chrono::Duration::days(i as i64);
        t.days.push(Day {
            date,
            kind: day_kind(date, d.holiday),
            hours: d.hours.map(|(start, end)| Hours {
                start: minutes(u32::from(start) * 60),
                end: minutes(15 * 60 + 15 * u32::from(end)),
            }),
            note: d.note.then(|| format!("Note of {date}")),
        });
    }
    for (id, name, start, end) in [
        ("morning", "Morning", 9 * 60, 12 * 60 + 30),
        ("afternoon", "Afternoon", 14 * 60 + 30, 17 * 60 + 30),
        ("evening", "Evening", 18 * 60, 21 * 60),
    ]
    .into_iter()
    .take(s.slots)
    {
        t.slots.insert(
            SlotId::from(id),
            Slot {
                id: id.into(),
                name: en(name),
                start: minutes(start),
                end: minutes(end),
            },
        );
    }
    let dates: Vec<NaiveDate> = t.days.iter().map(|d| d.date).collect();
    for (i, b) in s.breaks.iter().enumerate() {
        let id = BreakId(format!("break{i}"));
        let start = 8 * 60 + 15 * u32::from(b.start_quarter);
        t.breaks.insert(
            id.clone(),
            Break {
                id,
                name: en(&format!("Break {i}")),
                kind: b.kind,
                start: minutes(start),
                end: minutes(start + 15 * u32::from(b.quarters)),
                day: b.day.as_ref().and_then(|d| pick(&dates, d).copied()),
            },
        );
    }
    for (i, (capacity, interpretation)) in s.rooms.iter().enumerate() {
        let id = RoomId(format!("r{}", i + 1));
        t.rooms.insert(
            id.clone(),
            Room {
                id,
                name: format!("Room {}", i + 1),
                capacity: *capacity,
                interpretation: *interpretation,
            },
        );
    }
    let mut body_ids: Vec<BodyId> = Vec::new();
    for (i, b) in s.bodies.iter().enumerate() {
        let id = BodyId(format!("b{}", i + 1));
        // A parent drawn among the bodies before it: the forest never has a cycle.
        let parent = b.parent.as_ref().and_then(|p| pick(&body_ids, p).cloned());
        t.bodies.insert(
            id.clone(),
            Body {
                id: id.clone(),
                short: format!("B{}", i + 1),
                name: en(&format!("Body {}", i + 1)),
                kind: if b.track {
                    BodyKind::Track
                } else {
                    BodyKind::Other
                },
                parent,
            },
        );
        body_ids.push(id);
    }
    let person_ids: Vec<PersonId> = (1..=s.persons).map(|i| PersonId(format!("p{i}"))).collect();
    for id in &person_ids {
        t.persons.insert(
            id.clone(),
            Person {
                id: id.clone(),
                name: format!("Person {id}"),
                role: None,
            },
        );
    }
    let room_ids: Vec<RoomId> = t.rooms.keys().cloned().collect();
    for (i, x) in s.sessions.iter().enumerate() {
        let id = SessionId(format!("s{}", i + 1));
        let session = Session {
            id: id.clone(),
            title: en(&format!("Session {}", i + 1)),
            kind: SessionKind::Question,
            bodies: x
                .bodies
                .iter()
                .filter_map(|b| pick(&body_ids, b).cloned())
                .collect(),
            room: x.room.as_ref().and_then(|r| pick(&room_ids, r).cloned()),
            persons: x
                .persons
                .iter()
                .filter_map(|p| pick(&person_ids, p).cloned())
                .collect(),
            placement: x.placement.as_ref().map(|p| placement_on(first, p)),
            tentative: x.tentative,
            exclusive: x.exclusive,
            interpretation: if x.interpretation {
                vec![Lang::Fr]
            } else {
                vec![]
            },
            attendance: x.attendance,
            annex: AnnexPlacement::Cell,
            annex_label: Text::new(),
            annex_note: Text::new(),
            minutes: None,
        };
        t.sessions.insert(id, session);
    }
    let session_ids: Vec<SessionId> = t.sessions.keys().cloned().collect();
    for (i, r) in s.rules.iter().enumerate() {
        let pick_all = |v: &[Index]| -> Vec<SessionId> {
            v.iter()
                .filter_map(|x| pick(&session_ids, x).cloned())
                .collect()
        };
        let (first_ids, second_ids) = (pick_all(&r.first), pick_all(&r.second));
        let Some(one) = first_ids.first().cloned() else {
            continue; // no sessions to constrain
        };
        let rule = match r.kind {
            0 => Rule::Before {
                earlier: first_ids,
                later: second_ids,
            },
            1 => Rule::InSequence {
                sessions: [first_ids, second_ids].concat(),
            },
            2 => Rule::NoOverlap {
                sessions: [first_ids, second_ids].concat(),
            },
            _ => Rule::FixedTime {
                session: one,
                placement: placement_on(first, &r.placement),
            },
        };
        let id = ConstraintId(format!("c{}", i + 1));
        t.constraints.insert(
            id.clone(),
            Constraint {
                id,
                rule,
                note: None,
            },
        );
    }
    for (kind, severity) in &s.severities {
        let kind = ConflictKind::ALL[kind.index(ConflictKind::ALL.len())];
        match severity {
            Some(severity) => t.severities.insert(kind, *severity),
            None => t.severities.remove(&kind),
        };
    }
    let conflicts = plenary::conflict::check(&t);
    for a in &s.acks {
        if let Some(c) = pick(&conflicts, a) {
            t.acknowledgements.insert(
                c.key.clone(),
                plenary::model::Acknowledgement {
                    key: c.key.clone(),
                    reason: "accepted when generated".into(),
                },
            );
        }
    }
    debug_assert!(t.validate().is_empty(), "{:?}", t.validate());
    t
}

fn day_kind(date: NaiveDate, holiday: bool) -> DayKind {
    if matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
        DayKind::Weekend
    } else if holiday {
        DayKind::Holiday
    } else {
        DayKind::Working
    }
}

// ---------------------------------------------------------------------------------------
// Commands.

/// The kind of a [`Command`]: one per variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    AddSession,
    EditSession,
    ScheduleSession,
    MoveSession,
    ResizeSession,
    UnscheduleSession,
    DuplicateSession,
    DeleteSession,
    MoveSessions,
    AddBreak,
    EditBreak,
    RemoveBreak,
    AddSlot,
    EditSlot,
    RemoveSlot,
    AddDay,
    EditDay,
    RemoveDay,
    AddRoom,
    EditRoom,
    RemoveRoom,
    AddBody,
    EditBody,
    RemoveBody,
    AddPerson,
    EditPerson,
    RemovePerson,
    AddConstraint,
    EditConstraint,
    RemoveConstraint,
    AcknowledgeConflict,
    UnacknowledgeConflict,
    SetSeverity,
    EditMeeting,
    ShiftDay,
    SwapDays,
    PublishRevision,
    MoveAnnexNote,
    SetAnnexNoteText,
    ResetAnnexNoteOrder,
    MoveMeeting,
}

impl Kind {
    /// Every kind, each with how often [`gesture`] draws it (session gestures, what a user
    /// does most, are drawn most).
    pub const WEIGHTED: [(Kind, u32); 41] = [
        (Kind::AddSession, 4),
        (Kind::EditSession, 4),
        (Kind::ScheduleSession, 5),
        (Kind::MoveSession, 10),
        (Kind::ResizeSession, 5),
        (Kind::UnscheduleSession, 3),
        (Kind::DuplicateSession, 3),
        (Kind::DeleteSession, 2),
        (Kind::MoveSessions, 5),
        (Kind::AddBreak, 2),
        (Kind::EditBreak, 2),
        (Kind::RemoveBreak, 1),
        (Kind::AddSlot, 1),
        (Kind::EditSlot, 1),
        (Kind::RemoveSlot, 1),
        (Kind::AddDay, 2),
        (Kind::EditDay, 2),
        (Kind::RemoveDay, 1),
        (Kind::AddRoom, 2),
        (Kind::EditRoom, 2),
        (Kind::RemoveRoom, 1),
        (Kind::AddBody, 2),
        (Kind::EditBody, 2),
        (Kind::RemoveBody, 1),
        (Kind::AddPerson, 2),
        (Kind::EditPerson, 1),
        (Kind::RemovePerson, 1),
        (Kind::AddConstraint, 2),
        (Kind::EditConstraint, 1),
        (Kind::RemoveConstraint, 1),
        (Kind::AcknowledgeConflict, 3),
        (Kind::UnacknowledgeConflict, 2),
        (Kind::SetSeverity, 2),
        (Kind::EditMeeting, 1),
        (Kind::ShiftDay, 2),
        (Kind::SwapDays, 2),
        (Kind::PublishRevision, 1),
        (Kind::MoveAnnexNote, 1),
        (Kind::SetAnnexNoteText, 1),
        (Kind::ResetAnnexNoteOrder, 1),
        (Kind::MoveMeeting, 1),
    ];

    /// Every kind.
    pub fn all() -> impl Iterator<Item = Kind> {
        Kind::WEIGHTED.iter().map(|(k, _)| *k)
    }

    /// The kind of `command`. Exhaustive, so that a new command variant fails to compile
    /// here until the strategies draw it.
    pub fn of(command: &Command) -> Kind {
        match command {
            Command::AddSession { .. } => Kind::AddSession,
            Command::EditSession { .. } => Kind::EditSession,
            Command::ScheduleSession { .. } => Kind::ScheduleSession,
            Command::MoveSession { .. } => Kind::MoveSession,
            Command::ResizeSession { .. } => Kind::ResizeSession,
            Command::UnscheduleSession { .. } => Kind::UnscheduleSession,
            Command::DuplicateSession { .. } => Kind::DuplicateSession,
            Command::DeleteSession { .. } => Kind::DeleteSession,
            Command::MoveSessions { .. } => Kind::MoveSessions,
            Command::AddBreak { .. } => Kind::AddBreak,
            Command::EditBreak { .. } => Kind::EditBreak,
            Command::RemoveBreak { .. } => Kind::RemoveBreak,
            Command::AddSlot { .. } => Kind::AddSlot,
            Command::EditSlot { .. } => Kind::EditSlot,
            Command::RemoveSlot { .. } => Kind::RemoveSlot,
            Command::AddDay { .. } => Kind::AddDay,
            Command::EditDay { .. } => Kind::EditDay,
            Command::RemoveDay { .. } => Kind::RemoveDay,
            Command::AddRoom { .. } => Kind::AddRoom,
            Command::EditRoom { .. } => Kind::EditRoom,
            Command::RemoveRoom { .. } => Kind::RemoveRoom,
            Command::AddBody { .. } => Kind::AddBody,
            Command::EditBody { .. } => Kind::EditBody,
            Command::RemoveBody { .. } => Kind::RemoveBody,
            Command::AddPerson { .. } => Kind::AddPerson,
            Command::EditPerson { .. } => Kind::EditPerson,
            Command::RemovePerson { .. } => Kind::RemovePerson,
            Command::AddConstraint { .. } => Kind::AddConstraint,
            Command::EditConstraint { .. } => Kind::EditConstraint,
            Command::RemoveConstraint { .. } => Kind::RemoveConstraint,
            Command::AcknowledgeConflict { .. } => Kind::AcknowledgeConflict,
            Command::UnacknowledgeConflict { .. } => Kind::UnacknowledgeConflict,
            Command::SetSeverity { .. } => Kind::SetSeverity,
            Command::EditMeeting { .. } => Kind::EditMeeting,
            Command::ShiftDay { .. } => Kind::ShiftDay,
            Command::SwapDays { .. } => Kind::SwapDays,
            Command::PublishRevision { .. } => Kind::PublishRevision,
            Command::MoveAnnexNote { .. } => Kind::MoveAnnexNote,
            Command::SetAnnexNoteText { .. } => Kind::SetAnnexNoteText,
            Command::ResetAnnexNoteOrder => Kind::ResetAnnexNoteOrder,
            Command::MoveMeeting { .. } => Kind::MoveMeeting,
        }
    }
}

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
                        id,
                        title: en(&format!("New session {}", self.amount)),
                        kind: SESSION_KINDS[usize::from(c) % SESSION_KINDS.len()],
                        bodies: self.nth(1, &body_ids).cloned().into_iter().collect(),
                        room: self.nth(2, &room_ids).cloned().filter(|_| c % 4 != 0),
                        persons: self.nth(2, &person_ids).cloned().into_iter().collect(),
                        placement: (c % 5 != 0).then(|| self.placement(t, 0)),
                        tentative: c % 7 == 0,
                        exclusive: c % 11 == 0,
                        interpretation: if c % 3 == 0 { vec![Lang::Fr] } else { vec![] },
                        attendance: (c % 2 == 0).then_some(10 * u32::from(c % 9)),
                        annex: AnnexPlacement::Cell,
                        annex_label: Text::new(),
                        annex_note: Text::new(),
                        minutes: None,
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
                    3 => s.room = self.nth(1, &room_ids).cloned().filter(|_| c % 3 != 0),
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
                    .nth(0, if c % 4 == 0 { &sessions } else { &unplaced })
                    .or_else(|| self.nth(0, &sessions))
                    .map_or_else(missing_session, |s| s.id.clone());
                let mut placement = self.placement(t, 1);
                if self.invalid {
                    placement.end = placement.start; // no length
                }
                Command::ScheduleSession {
                    id,
                    placement,
                    room: self.nth(2, &room_ids).cloned().filter(|_| c % 2 == 0),
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
                let by = self.quarters() + if c % 3 == 0 { 1440 * days } else { 0 };
                Command::MoveSession {
                    id,
                    start: start.plus_minutes(by).expect("near 2027"),
                    room: self.nth(1, &room_ids).cloned().filter(|_| c % 4 == 0),
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
                } else if c % 2 == 0 {
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
            Kind::DuplicateSession => Command::DuplicateSession {
                id: session_id(0),
                placement: (c % 2 == 0).then(|| self.placement(t, 1)),
            },
            Kind::DeleteSession => Command::DeleteSession { id: session_id(0) },
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
                    by_minutes: self.quarters() + if c % 4 == 0 { 1440 * days } else { 0 },
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
                    self.nth(1, &dates).copied().filter(|_| c % 3 == 0)
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
                };
                if self.kind == Kind::AddSlot {
                    Command::AddSlot { slot }
                } else {
                    Command::EditSlot { slot }
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
                            Some(gap) if c % 2 == 0 => *gap,
                            _ if c % 3 == 0 => first.pred_opt().expect("near 2027"),
                            _ => last.succ_opt().expect("near 2027"),
                        }
                    }
                };
                Command::AddDay {
                    day: Day {
                        date,
                        kind: day_kind(date, c % 7 == 0),
                        hours: (c % 5 == 0).then(|| Hours {
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
                day.note = (c % 3 == 0).then(|| format!("Edited {}", self.amount));
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
                    capacity: (c % 2 == 0).then_some(10 * u32::from(c % 20)),
                    interpretation: c % 3 == 0,
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
                    0 => room.capacity = (c % 2 == 0).then_some(10 * u32::from(c % 12)),
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
                    id: BodyId(fresh("nbody", |id| {
                        t.bodies.contains_key(&BodyId::from(id))
                    })),
                    short: format!("NB{}", self.amount),
                    name: en("New body"),
                    kind: BODY_KINDS[usize::from(c) % BODY_KINDS.len()],
                    parent: if self.invalid {
                        Some(BodyId::from(MISSING))
                    } else {
                        self.nth(0, &body_ids).cloned().filter(|_| c % 3 != 0)
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
                            id: BodyId::from(MISSING),
                            short: "M".into(),
                            name: en("Missing"),
                            kind: BodyKind::Other,
                            parent: None,
                        },
                    };
                };
                match c % 3 {
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
                            self.nth(1, &parents).cloned().filter(|_| c % 2 == 0)
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
                    role: (c % 2 == 0).then(|| "Rapporteur".into()),
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
                        role: (c % 2 == 0).then(|| "Chair".into()),
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
                    note: (c % 2 == 0).then(|| "generated".into()),
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
                    1 => meeting.interpreter_teams = (c % 3 != 0).then_some(u32::from(c % 4)),
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
                } else if c % 2 == 0 {
                    None
                } else {
                    Some(fresh("Draft", |l| t.revision(l).is_some()))
                },
                date: base_date() + chrono::Duration::days(i64::from(c)),
                comment: (c % 3 == 0).then(|| format!("Comment {}", self.amount)),
            },
            Kind::MoveAnnexNote => {
                let layout = if c % 2 == 0 {
                    plenary::annex::Layout::Days
                } else {
                    plenary::annex::Layout::Bodies
                };
                let keys = plenary::annex::notes::keys_in_order(t, layout);
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
                let keys = plenary::annex::notes::all_keys(t);
                Command::SetAnnexNoteText {
                    key: self
                        .nth(0, &keys)
                        .filter(|_| !self.invalid)
                        .map_or_else(|| MISSING.to_owned(), Clone::clone),
                    lang: [Lang::En, Lang::Fr][usize::from(c % 2)],
                    text: (c % 3 != 0).then(|| format!("Note text {} {{times}}", self.amount)),
                }
            }
            Kind::ResetAnnexNoteOrder => Command::ResetAnnexNoteOrder,
            Kind::MoveMeeting => {
                let first = t.date_span().map_or_else(base_date, |(first, _)| first);
                let weeks = [-2i64, -1, 1, 2, 3][usize::from(c % 5)];
                let days = if self.invalid { 1 } else { 7 * weeks };
                Command::MoveMeeting {
                    start: first + chrono::Duration::days(days),
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
        minutes: None,
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

mod tests {
    use std::collections::BTreeMap;

    use plenary::editor::{DryRun, Editor};
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    use super::*;

    /// Every generated timetable is valid, and across many the variety the docs promise
    /// shows up (weekends, gaps, per-day breaks, body trees, placed and unplaced sessions).
    #[test]
    fn generated_timetables_are_valid_and_varied() {
        let mut runner = TestRunner::deterministic();
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        let strategy = timetable();
        for _ in 0..300 {
            let t = strategy
                .new_tree(&mut runner)
                .expect("a strategy without filters always draws")
                .current();
            assert!(t.validate().is_empty(), "{:?}", t.validate());
            let mut saw = |what, yes: bool| *seen.entry(what).or_default() += usize::from(yes);
            saw("weekend", t.days.iter().any(|d| d.kind == DayKind::Weekend));
            saw("holiday", t.days.iter().any(|d| d.kind == DayKind::Holiday));
            saw("own hours", t.days.iter().any(|d| d.hours.is_some()));
            saw(
                "gap",
                t.days
                    .windows(2)
                    .any(|w| (w[1].date - w[0].date).num_days() > 1),
            );
            saw("per-day break", t.breaks.values().any(|b| b.day.is_some()));
            saw("standard break", t.breaks.values().any(|b| b.day.is_none()));
            saw("child body", t.bodies.values().any(|b| b.parent.is_some()));
            saw(
                "track",
                t.bodies.values().any(|b| b.kind == BodyKind::Track),
            );
            saw("placed", t.sessions.values().any(|s| s.placement.is_some()));
            saw(
                "unplaced",
                t.sessions.values().any(|s| s.placement.is_none()),
            );
            saw("constraint", !t.constraints.is_empty());
            saw("acknowledged", !t.acknowledgements.is_empty());
            saw("conflict", !plenary::conflict::check(&t).is_empty());
        }
        for (what, n) in &seen {
            assert!(
                *n >= 10,
                "only {n} of 300 timetables had: {what} ({seen:?})"
            );
        }
    }

    /// [`command`] draws concrete commands of every kind against one timetable.
    #[test]
    fn command_strategy_draws_every_kind_against_a_timetable() {
        let mut runner = TestRunner::deterministic();
        let t = timetable().new_tree(&mut runner).expect("draws").current();
        let commands = command(&t);
        let kinds: BTreeSet<Kind> = (0..3000)
            .map(|_| Kind::of(&commands.new_tree(&mut runner).expect("draws").current()))
            .collect();
        let missing: Vec<Kind> = Kind::all().filter(|k| !kinds.contains(k)).collect();
        assert!(missing.is_empty(), "never drawn: {missing:?}");
    }

    /// Every command kind is drawn, and every kind is accepted at least once on generated
    /// timetables: a kind the strategies could only produce refused would test nothing.
    #[test]
    fn every_command_kind_is_drawn_and_accepted() {
        let mut runner = TestRunner::deterministic();
        let mut accepted: BTreeMap<Kind, usize> = BTreeMap::new();
        let mut drawn: BTreeMap<Kind, usize> = BTreeMap::new();
        let (tables, gestures) = (timetable(), gesture());
        for _ in 0..64 {
            let t = tables.new_tree(&mut runner).expect("draws").current();
            let mut editor = Editor::new(t);
            for _ in 0..60 {
                let g = gestures.new_tree(&mut runner).expect("draws").current();
                let cmd = g.command(editor.timetable());
                assert_eq!(Kind::of(&cmd), g.kind, "a gesture resolves to its own kind");
                *drawn.entry(g.kind).or_default() += 1;
                if editor.apply(&cmd, DryRun::No).is_ok() {
                    *accepted.entry(g.kind).or_default() += 1;
                }
            }
        }
        for kind in Kind::all() {
            let (d, a) = (drawn.get(&kind), accepted.get(&kind));
            assert!(d.is_some(), "{kind:?} was never drawn");
            assert!(
                a.is_some(),
                "{kind:?} was drawn {d:?} times but never accepted"
            );
        }
        let total: usize = drawn.values().sum();
        let ok: usize = accepted.values().sum();
        assert!(
            ok * 100 >= total * 75,
            "most gestures are meant to be valid: {ok} of {total} accepted ({accepted:?})"
        );
    }
}
