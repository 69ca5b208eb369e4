//! Random valid timetables (see the module docs of `crate::strategies`).

use chrono::{Datelike, NaiveDate, Weekday};
use proptest::prelude::*;
use proptest::sample::Index;

use plenary::model::{
    AnnexPlacement, Body, BodyId, BodyKind, Break, BreakId, BreakKind, ConflictKind, Constraint,
    ConstraintId, Day, DayKind, Hours, IdMap, Lang, Meeting, Person, PersonId, Placement, Room,
    RoomId, Rule, Session, SessionId, SessionKind, Severity, Slot, SlotId, Text, Timetable, Timing,
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

pub(super) fn break_kind() -> impl Strategy<Value = BreakKind> {
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
    /// Meets in parallel with its parent by design.
    parallel: bool,
    /// Its own hours: two periods, the first from 08:00 plus so many quarters.
    hours: Option<u8>,
}

fn body_shape() -> impl Strategy<Value = BodyShape> {
    (
        prop::option::weighted(0.6, any::<Index>()),
        prop::bool::weighted(0.15),
        prop::bool::weighted(0.2),
        prop::option::weighted(0.2, 0u8..8),
    )
        .prop_map(|(parent, track, parallel, hours)| BodyShape {
            parent,
            track,
            parallel,
            hours,
        })
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
    timing: Timing,
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
        // Now and then a point in time or an open-ended item.
        prop_oneof![16 => Just(Timing::Span), 2 => Just(Timing::Point), 1 => Just(Timing::OpenEnded)],
    )
        .prop_map(
            |(placement, room, bodies, persons, exclusive, tentative, interpretation, att, timing)| {
                SessionShape {
                    placement,
                    room,
                    bodies,
                    persons,
                    exclusive,
                    tentative,
                    interpretation,
                    attendance: att.map(|a| 10 * a),
                    timing,
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

pub(super) fn en(text: &str) -> Text {
    Text::from([(Lang::En, text.to_owned())])
}

/// A body's own hours: a morning from 08:00 plus `quarters` quarter hours to 12:30 and an
/// afternoon from 13:00 to 18:00 (the shape of Question meetings' wider window).
pub(super) fn body_hours(quarters: u32) -> Vec<Hours> {
    vec![
        Hours {
            start: minutes(8 * 60 + 15 * quarters),
            end: minutes(12 * 60 + 30),
        },
        Hours {
            start: minutes(13 * 60),
            end: minutes(18 * 60),
        },
    ]
}

pub(super) fn minutes(m: u32) -> TimeOfDay {
    TimeOfDay::from_minutes(m.min(1440)).expect("clamped to a day")
}

/// The first calendar day of every generated meeting before it is moved: a Monday.
pub(super) fn base_date() -> NaiveDate {
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

pub(super) fn pick<'a, T>(items: &'a [T], i: &Index) -> Option<&'a T> {
    (!items.is_empty()).then(|| &items[i.index(items.len())])
}

fn empty_timetable() -> Timetable {
    Timetable {
        arrange_weights: Default::default(),
        meeting: Meeting {
            title: en("Random meeting"),
            venue: "Geneva".into(),
            time_zone: "Europe/Zurich".into(),
            city: None,
            languages: vec![Lang::En, Lang::Fr],
            hours: Hours {
                start: minutes(9 * 60),
                end: minutes(17 * 60 + 30),
            },
            interpreter_teams: None,
            default_session_minutes: None,
            note_style: Default::default(),
        },
        days: Vec::new(),
        slots: IdMap::default(),
        breaks: IdMap::default(),
        rooms: IdMap::default(),
        bodies: IdMap::default(),
        persons: IdMap::default(),
        sessions: IdMap::default(),
        constraints: IdMap::default(),
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
                days: Default::default(),
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
                preferred_room: None,
                id: id.clone(),
                short: format!("B{}", i + 1),
                name: en(&format!("Body {}", i + 1)),
                kind: if b.track {
                    BodyKind::Track
                } else {
                    BodyKind::Other
                },
                parallel_with_parent: b.parallel && parent.is_some(),
                parent,
                hours: b.hours.map_or_else(Vec::new, |q| body_hours(u32::from(q))),
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
            pinned: false,
            windows: Vec::new(),
            preferred_room: None,
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
            // A point's or open-ended item's placement ends where it starts.
            placement: x.placement.as_ref().map(|p| {
                let pl = placement_on(first, p);
                if x.timing.is_span() {
                    pl
                } else {
                    Placement {
                        end: pl.start,
                        ..pl
                    }
                }
            }),
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
            timing: x.timing,
            // An unscheduled session keeps a length, as every command and load leave it.
            minutes: x.placement.is_none().then_some(30 + 15 * (i as u32 % 8)),
            annex_mark: None,
        };
        t.sessions.insert(id, session);
    }
    // The user's control of the notes, varied by the session count: a free note that every
    // fifth session is marked with, and each marker style, shown or hidden.
    let n = s.sessions.len();
    if n % 2 == 1 {
        t.annex_notes.push(plenary::model::AnnexNote {
            key: "free:n1".into(),
            ordered: n % 4 == 1,
            text: en("A free note"),
        });
        for (i, session) in t.sessions.values_mut().enumerate() {
            if i % 5 == 0 {
                session.annex_mark = Some("free:n1".into());
            }
        }
    }
    t.meeting.note_style.markers = plenary::model::MarkerStyle::ALL[n % 3];
    t.meeting.note_style.hide_markers = n % 4 == 3;
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

pub(super) fn day_kind(date: NaiveDate, holiday: bool) -> DayKind {
    if matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
        DayKind::Weekend
    } else if holiday {
        DayKind::Holiday
    } else {
        DayKind::Working
    }
}
