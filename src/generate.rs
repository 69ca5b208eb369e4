//! Synthetic conferences of any size, for benchmarks, property tests and trying Plenary at
//! scale (`plenary generate`).
//!
//! The shape imitates a large standards meeting: Study Groups with Working Parties and
//! Questions, rooms booked back to back by one body per day, persons attached to bodies.
//! A small share of sessions is deliberately misplaced (over lunch, into a busy room, on the
//! weekend) so the conflict engine has real work. The output depends only on the [`Spec`]
//! (a fixed-seed generator, no clock, no randomness from the system).

use chrono::{Datelike, NaiveDate, Weekday};

use crate::model::{
    AnnexPlacement, Body, BodyId, BodyKind, Break, BreakId, BreakKind, Day, DayKind, Hours, IdMap,
    Lang, Meeting, Person, PersonId, Placement, Room, RoomId, Session, SessionId, SessionKind,
    Slot, SlotId, Text, Timetable,
};
use crate::time::{Stamp, TimeOfDay};

/// How big a conference to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spec {
    /// Number of sessions.
    pub sessions: usize,
    /// Number of rooms (at least 1).
    pub rooms: usize,
    /// Number of persons (at least 1).
    pub persons: usize,
    /// Number of bodies (at least 1).
    pub bodies: usize,
    /// Number of consecutive days, weekends included (at least 1).
    pub days: usize,
    /// Seed of the generator: the same spec gives the same conference.
    pub seed: u64,
}

impl Spec {
    /// The benchmark conference of the core's performance targets: 20,000 sessions, 200
    /// rooms, 2,000 persons, 300 bodies over 10 days.
    pub fn large() -> Spec {
        Spec {
            sessions: 20_000,
            rooms: 200,
            persons: 2_000,
            bodies: 300,
            days: 10,
            seed: 1,
        }
    }

    /// The same proportions scaled to `sessions` sessions.
    pub fn scaled(sessions: usize) -> Spec {
        let f = |n: usize| (n * sessions).div_ceil(20_000).max(1);
        Spec {
            sessions,
            rooms: f(200),
            persons: f(2_000),
            bodies: f(300).max(3),
            ..Spec::large()
        }
    }
}

/// A small deterministic generator (SplitMix64, Steele, Lea and Flood 2014): the same seed
/// gives the same sequence on every platform and Rust version, which the generated
/// conferences and the property tests' reported seeds rely on. Not for anything secret.
#[derive(Clone, Debug)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// The generator whose sequence `seed` names.
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n` (0 when `n` is 0); the modulo bias is negligible for the small
    /// `n` of test data.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// True `percent` times in a hundred.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

fn en(text: String) -> Text {
    Text::from([(Lang::En, text)])
}

fn hm(h: u16, m: u16) -> TimeOfDay {
    TimeOfDay::hm(h, m).expect("generator times are valid")
}

/// Generates the conference described by `spec`. The result is always valid.
pub fn conference(spec: &Spec) -> Timetable {
    let mut rng = SplitMix64::new(spec.seed);
    let start = NaiveDate::from_ymd_opt(2027, 3, 1).expect("valid date"); // a Monday
    let days: Vec<Day> = (0..spec.days.max(1))
        .map(|i| {
            let date = start + chrono::Duration::days(i as i64);
            let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
            Day {
                date,
                kind: if weekend {
                    DayKind::Weekend
                } else {
                    DayKind::Working
                },
                hours: None,
                note: None,
            }
        })
        .collect();

    let slots = IdMap::from_iter([
        (
            SlotId::from("morning"),
            Slot {
                id: "morning".into(),
                name: en("Morning".into()),
                start: hm(9, 0),
                end: hm(12, 30),
                days: Default::default(),
            },
        ),
        (
            SlotId::from("afternoon"),
            Slot {
                id: "afternoon".into(),
                name: en("Afternoon".into()),
                start: hm(14, 0),
                end: hm(17, 30),
                days: Default::default(),
            },
        ),
    ]);
    let breaks = IdMap::from_iter([
        (
            BreakId::from("lunch"),
            Break {
                id: "lunch".into(),
                name: en("Lunch".into()),
                kind: BreakKind::Meal,
                start: hm(12, 30),
                end: hm(14, 0),
                day: None,
            },
        ),
        (
            BreakId::from("coffee"),
            Break {
                id: "coffee".into(),
                name: en("Coffee".into()),
                kind: BreakKind::Coffee,
                start: hm(15, 30),
                end: hm(16, 0),
                day: None,
            },
        ),
    ]);

    let rooms: IdMap<RoomId, Room> = (0..spec.rooms.max(1))
        .map(|i| {
            let id = RoomId(format!("r{i}"));
            let room = Room {
                id: id.clone(),
                name: format!("Room {i}"),
                capacity: Some(20 + (i as u32 % 10) * 20),
                interpretation: i % 10 == 0,
            };
            (id, room)
        })
        .collect();

    // Bodies: Study Groups, each with Working Parties, each with Questions (about 1:3:12).
    let n_bodies = spec.bodies.max(1);
    let mut bodies: IdMap<BodyId, Body> = IdMap::default();
    let mut leaves: Vec<BodyId> = Vec::new();
    let mut sg = 0;
    let mut wp_parent: Option<BodyId> = None;
    let mut sg_parent: Option<BodyId> = None;
    while bodies.len() < n_bodies {
        let i = bodies.len();
        let (kind, parent, short) = if i.is_multiple_of(16) {
            sg += 1;
            (BodyKind::StudyGroup, None, format!("SG{sg}"))
        } else if i % 16 % 5 == 1 {
            (
                BodyKind::WorkingParty,
                sg_parent.clone(),
                format!("WP{}/{sg}", i % 16 / 5 + 1),
            )
        } else {
            (
                BodyKind::Question,
                wp_parent.clone(),
                format!("Q{}/{sg}", i % 16),
            )
        };
        let id = BodyId(format!("b{i}"));
        match kind {
            BodyKind::StudyGroup => sg_parent = Some(id.clone()),
            BodyKind::WorkingParty => wp_parent = Some(id.clone()),
            _ => leaves.push(id.clone()),
        }
        bodies.insert(
            id.clone(),
            Body {
                preferred_room: None,
                id,
                short: short.clone(),
                name: en(short),
                kind,
                parent,
                hours: Vec::new(),
                parallel_with_parent: false,
            },
        );
    }
    if leaves.is_empty() {
        leaves = bodies.keys().cloned().collect();
    }

    let persons: IdMap<PersonId, Person> = (0..spec.persons.max(1))
        .map(|i| {
            let id = PersonId(format!("p{i}"));
            (
                id.clone(),
                Person {
                    id,
                    name: format!("Person {i}"),
                    role: None,
                },
            )
        })
        .collect();
    let person_ids: Vec<&PersonId> = persons.keys().collect();

    // Rooms are booked back to back, day by day: each (day, room) timeline belongs to one
    // body and is filled from 08:00 with 30-45 minute sessions, skipping lunch.
    let working: Vec<NaiveDate> = days
        .iter()
        .filter(|d| d.kind == DayKind::Working)
        .map(|d| d.date)
        .collect();
    let working = if working.is_empty() {
        vec![days[0].date]
    } else {
        working
    };
    let room_ids: Vec<&RoomId> = rooms.keys().collect();
    let timelines = working.len() * room_ids.len();
    let per_timeline = spec.sessions.div_ceil(timelines).max(1);
    let mut sessions: IdMap<SessionId, Session> =
        IdMap::with_capacity_and_hasher(spec.sessions, Default::default());
    'outer: for (d, date) in working.iter().enumerate() {
        for (r, room) in room_ids.iter().enumerate() {
            // One body per room and day; with fewer bodies than rooms, the extra rooms hold
            // sessions of no body rather than one body in two rooms at once.
            let body = (r < leaves.len()).then(|| &leaves[(r + d * 7) % leaves.len()]);
            let capacity = rooms[*room].capacity.unwrap_or(u32::MAX);
            let mut minute: i64 = 8 * 60;
            for _ in 0..per_timeline {
                if sessions.len() >= spec.sessions {
                    break 'outer;
                }
                let length = 30 + 5 * rng.below(4) as i64;
                // Skip lunch, and the afternoon coffee break (sessions here are short, so
                // none spans it whole).
                if minute < 14 * 60 && minute + length > 12 * 60 + 30 {
                    minute = 14 * 60;
                }
                if minute < 16 * 60 && minute + length > 15 * 60 + 30 {
                    minute = 16 * 60;
                }
                let mut start = minute;
                let mut date = *date;
                let mut room = Some((*room).clone());
                // About 1 in 200 sessions is misplaced, so there are conflicts to find.
                match rng.below(200) {
                    0 => start = 12 * 60 + 45,
                    1 => room = Some(room_ids[rng.below(room_ids.len())].clone()),
                    2 => date = days[rng.below(days.len())].date,
                    _ => {}
                }
                let day0 = Stamp::new(date, TimeOfDay::MIDNIGHT);
                let placement = Placement {
                    start: day0.plus_minutes(start).expect("in range"),
                    end: day0.plus_minutes(start + length).expect("in range"),
                };
                minute += length;
                let n = sessions.len();
                let id = SessionId(format!("s{n}"));
                let persons = (0..1 + rng.below(3))
                    // Each room's team of up to 10 persons: clashes come only from misplacements.
                    .map(|k| person_ids[(r * 10 + k * 3 + rng.below(3)) % person_ids.len()].clone())
                    .collect::<std::collections::BTreeSet<_>>()
                    .into_iter()
                    .collect();
                sessions.insert(
                    id.clone(),
                    Session {
                        pinned: false,
                        windows: Vec::new(),
                        preferred_room: None,
                        id,
                        title: en(match body {
                            Some(b) => format!("{} session {n}", bodies[b].short),
                            None => format!("Session {n}"),
                        }),
                        kind: SessionKind::Question,
                        bodies: body.into_iter().cloned().collect(),
                        room,
                        persons,
                        placement: Some(placement),
                        tentative: false,
                        exclusive: false,
                        interpretation: Vec::new(),
                        attendance: Some((10 + rng.below(60) as u32).min(capacity)),
                        annex: AnnexPlacement::Cell,
                        annex_label: Text::new(),
                        annex_note: Text::new(),
                        timing: Default::default(),
                        minutes: None,
                        annex_mark: None,
                    },
                );
            }
        }
    }

    Timetable {
        arrange_weights: Default::default(),
        meeting: Meeting {
            title: en(format!(
                "Synthetic conference of {} sessions",
                spec.sessions
            )),
            venue: "Geneva".into(),
            time_zone: "Europe/Zurich".into(),
            city: None,
            languages: vec![Lang::En],
            hours: Hours {
                start: hm(8, 0),
                end: hm(20, 0),
            },
            interpreter_teams: None,
            default_session_minutes: None,
            note_style: Default::default(),
        },
        days,
        slots,
        breaks,
        rooms,
        bodies,
        persons,
        sessions,
        constraints: IdMap::default(),
        severities: Default::default(),
        acknowledgements: Default::default(),
        revisions: Vec::new(),
        annex_notes: Vec::new(),
    }
}

/// A Study-Group-like meeting of `working_days` working days (weekends between them) and
/// `bodies` bodies (Study Groups, their Working Parties and Questions, as [`conference`]
/// names them), the shape of a real annex: an opening and a closing plenary, each Working
/// Party on the second and the second-to-last day, each Question on two to five half-days,
/// standard slots (09:00-12:30, 14:00-17:30) with some sessions at other times, shown in
/// the annex with a note. Titles in English, French and Chinese. For the annex's
/// benchmarks and its typesetting check (wide tables, two-digit note markers).
pub fn study_group(working_days: usize, bodies: usize, seed: u64) -> Timetable {
    let working_days = working_days.max(1);
    let calendar_days = working_days + 2 * ((working_days - 1) / 5);
    let mut t = conference(&Spec {
        sessions: 0,
        rooms: 12,
        persons: 1,
        bodies,
        days: calendar_days,
        seed,
    });
    t.sessions.clear();
    t.meeting.title = en(format!("Study Group meeting of {working_days} days"));
    let mut rng = SplitMix64::new(seed);
    let working: Vec<NaiveDate> = t
        .days
        .iter()
        .filter(|d| d.kind == DayKind::Working)
        .map(|d| d.date)
        .collect();
    let last = working.len() - 1;
    let half_days = working.len() * 2;
    let rooms: Vec<RoomId> = t.rooms.keys().cloned().collect();
    let add = |t: &mut Timetable, body: &Body, kind: SessionKind, half: usize, odd: bool| {
        let date = working[(half / 2).min(last)];
        let (mut start, mut end) = if half.is_multiple_of(2) {
            (540, 750)
        } else {
            (840, 1050)
        };
        if odd {
            // A shorter meeting inside the slot, which the annex notes with its times.
            start += 60;
            end -= 30;
        }
        let day0 = Stamp::new(date, TimeOfDay::MIDNIGHT);
        let n = t.sessions.len();
        let id = SessionId(format!("s{n}"));
        let short = &body.short;
        let title = Text::from([
            (Lang::En, format!("{short} meeting")),
            (Lang::Fr, format!("Réunion {short}")),
            (Lang::Zh, format!("{short}会议")),
        ]);
        t.sessions.insert(
            id.clone(),
            Session {
                pinned: false,
                windows: Vec::new(),
                preferred_room: None,
                id,
                title,
                kind,
                bodies: vec![body.id.clone()],
                room: Some(rooms[n % rooms.len()].clone()),
                persons: Vec::new(),
                placement: Some(Placement {
                    start: day0.plus_minutes(start).expect("in range"),
                    end: day0.plus_minutes(end).expect("in range"),
                }),
                tentative: false,
                exclusive: false,
                interpretation: Vec::new(),
                attendance: None,
                annex: if odd {
                    AnnexPlacement::Both
                } else {
                    AnnexPlacement::Cell
                },
                annex_label: Text::new(),
                annex_note: Text::new(),
                timing: Default::default(),
                minutes: None,
                annex_mark: None,
            },
        );
    };
    let all: Vec<Body> = t.bodies.values().cloned().collect();
    for body in &all {
        match body.kind {
            BodyKind::StudyGroup => {
                add(&mut t, body, SessionKind::Plenary, 0, false);
                add(&mut t, body, SessionKind::Plenary, half_days - 1, false);
            }
            BodyKind::WorkingParty => {
                add(
                    &mut t,
                    body,
                    SessionKind::WorkingParty,
                    2.min(half_days - 1),
                    false,
                );
                add(
                    &mut t,
                    body,
                    SessionKind::WorkingParty,
                    half_days.saturating_sub(3),
                    false,
                );
            }
            _ => {
                let mut halves: Vec<usize> = (0..2 + rng.below(4))
                    .map(|_| 1 + rng.below(half_days.saturating_sub(2).max(1)))
                    .collect();
                halves.sort_unstable();
                halves.dedup();
                for half in halves {
                    let odd = rng.chance(8);
                    add(&mut t, body, SessionKind::Question, half, odd);
                }
            }
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_conference_is_valid_and_has_the_requested_size() {
        let spec = Spec::scaled(2_000);
        let t = conference(&spec);
        assert!(t.validate().is_empty(), "{:?}", t.validate());
        assert_eq!(t.sessions.len(), 2_000);
        assert_eq!(t.rooms.len(), spec.rooms);
    }

    #[test]
    fn study_group_meeting_is_valid_with_its_working_days_and_bodies() {
        let t = study_group(20, 60, 7);
        assert!(t.validate().is_empty(), "{:?}", t.validate());
        let working = t.days.iter().filter(|d| d.kind == DayKind::Working).count();
        assert_eq!((working, t.bodies.len()), (20, 60));
        assert!(t.sessions.len() > 150);
    }

    #[test]
    fn same_spec_gives_same_conference() {
        let spec = Spec::scaled(500);
        assert_eq!(conference(&spec), conference(&spec));
    }
}
