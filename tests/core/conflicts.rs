//! The conflict engine on whole timetables: the fast engine (full and incremental) against
//! a brute-force oracle on random timetables and random edits, and through the editor.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use indexmap::IndexMap;
use proptest::prelude::*;

use plenary::command::Command;
use plenary::conflict::{Engine, Scope, check};
use plenary::editor::{DryRun, Editor};
use plenary::model::{
    AnnexPlacement, Body, BodyId, BodyKind, Break, BreakId, BreakKind, Constraint, ConstraintId,
    Day, DayKind, Hours, Lang, Meeting, Person, PersonId, Placement, Room, RoomId, Rule, Session,
    SessionId, SessionKind, Timetable,
};
use plenary::time::{Stamp, TimeOfDay};

use crate::oracle::{expected, shapes};

/// A small deterministic generator (SplitMix64): proptest picks the seed, and a failing
/// case is reported by its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

fn hm(h: u16, m: u16) -> TimeOfDay {
    TimeOfDay::hm(h, m).expect("valid time")
}

fn date(day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2017, 9, day).expect("valid date")
}

fn en(text: &str) -> plenary::model::Text {
    [(Lang::En, text.to_owned())].into()
}

/// A random placement around the meeting (some before or after it, some over midnight).
fn random_placement(rng: &mut Rng) -> Placement {
    let day = 17 + rng.below(8) as u32;
    // A coarse grid, so that edges often coincide (touching sessions, a session exactly as
    // long as a break); some sessions run long, over midnight.
    let start_minute = 7 * 60 + 30 * rng.below(32) as i64;
    let longest = if rng.chance(10) { 40 } else { 6 };
    let length = 30 * (1 + rng.below(longest)) as i64;
    let start = Stamp::new(date(day), TimeOfDay::MIDNIGHT)
        .plus_minutes(start_minute)
        .expect("in range");
    Placement {
        start,
        end: start.plus_minutes(length).expect("in range"),
    }
}

fn pick<T: Clone>(rng: &mut Rng, items: &[T]) -> T {
    items[rng.below(items.len())].clone()
}

fn random_session(rng: &mut Rng, id: &str, t: &Timetable) -> Session {
    let rooms: Vec<RoomId> = t.rooms.keys().cloned().collect();
    let bodies: Vec<BodyId> = t.bodies.keys().cloned().collect();
    let persons: Vec<PersonId> = t.persons.keys().cloned().collect();
    Session {
        id: SessionId::from(id),
        title: en(&format!("Session {id} #{}", rng.below(3))),
        kind: SessionKind::Question,
        bodies: (0..rng.below(3)).map(|_| pick(rng, &bodies)).collect(),
        room: rng.chance(85).then(|| pick(rng, &rooms)),
        persons: (0..rng.below(3)).map(|_| pick(rng, &persons)).collect(),
        placement: rng.chance(85).then(|| random_placement(rng)),
        tentative: false,
        exclusive: rng.chance(10),
        interpretation: if rng.chance(35) {
            vec![Lang::Fr]
        } else {
            vec![]
        },
        attendance: rng.chance(50).then(|| 10 + 10 * rng.below(10) as u32),
        annex: AnnexPlacement::Cell,
        annex_label: Default::default(),
        annex_note: Default::default(),
        minutes: None,
    }
}

fn random_rule(rng: &mut Rng, t: &Timetable) -> Option<Rule> {
    let ids: Vec<SessionId> = t.sessions.keys().cloned().collect();
    if ids.is_empty() {
        return None;
    }
    let some = |rng: &mut Rng, n: usize| -> Vec<SessionId> {
        (0..1 + rng.below(n)).map(|_| pick(rng, &ids)).collect()
    };
    Some(match rng.below(4) {
        0 => Rule::Before {
            earlier: some(rng, 3),
            later: some(rng, 2),
        },
        1 => Rule::InSequence {
            sessions: some(rng, 4),
        },
        2 => Rule::NoOverlap {
            sessions: some(rng, 4),
        },
        _ => Rule::FixedTime {
            session: pick(rng, &ids),
            placement: random_placement(rng),
        },
    })
}

/// A small random timetable exercising every kind: days of every kind with and without their
/// own hours and breaks, a body tree, rooms with and without capacity and booths, random
/// sessions and constraints, and a random number of interpreter teams.
fn random_timetable(seed: u64) -> Timetable {
    let rng = &mut Rng(seed);
    let mut days = Vec::new();
    for d in 18..=23 {
        if rng.chance(80) {
            let kind = match rng.below(10) {
                0 | 1 => DayKind::Weekend,
                2 => DayKind::Holiday,
                _ => DayKind::Working,
            };
            let hours = rng.chance(20).then(|| Hours {
                start: hm(8 + rng.below(3) as u16, 0),
                end: if rng.chance(20) {
                    TimeOfDay::END_OF_DAY
                } else {
                    hm(16 + rng.below(4) as u16, 30)
                },
            });
            days.push(Day {
                date: date(d),
                kind,
                hours,
                note: None,
            });
        }
    }
    let mut breaks = IndexMap::new();
    let mut add_break = |id: &str, kind, start, end, day| {
        breaks.insert(
            BreakId::from(id),
            Break {
                id: BreakId::from(id),
                name: en(id),
                kind,
                start,
                end,
                day,
            },
        );
    };
    add_break("coffee", BreakKind::Coffee, hm(10, 30), hm(11, 0), None);
    add_break("lunch", BreakKind::Meal, hm(12, 30), hm(14, 0), None);
    if let Some(d) = days.first().filter(|_| rng.chance(50)) {
        add_break(
            "late",
            BreakKind::Coffee,
            hm(15, 30),
            hm(16, 0),
            Some(d.date),
        );
        if rng.chance(50) {
            add_break(
                "ceremony",
                BreakKind::Other,
                hm(9, 0),
                hm(9, 30),
                Some(d.date),
            );
        }
    }
    let rooms = (1..=3)
        .map(|i| {
            let id = RoomId(format!("r{i}"));
            let room = Room {
                id: id.clone(),
                name: format!("Room {i}"),
                capacity: rng.chance(70).then(|| 20 + 20 * rng.below(4) as u32),
                interpretation: rng.chance(50),
            };
            (id, room)
        })
        .collect();
    let mut bodies = IndexMap::new();
    for (id, parent) in [
        ("sg", None),
        ("wp1", Some("sg")),
        ("wp2", Some("sg")),
        ("q1", Some("wp1")),
        ("q2", Some("wp1")),
        ("q3", Some("wp2")),
        ("jca", None),
        ("track", None),
        ("subtrack", Some("track")),
    ] {
        bodies.insert(
            BodyId::from(id),
            Body {
                id: BodyId::from(id),
                short: id.to_uppercase(),
                name: en(id),
                kind: if id == "track" {
                    BodyKind::Track
                } else {
                    BodyKind::Other
                },
                parent: parent.map(BodyId::from),
            },
        );
    }
    let persons = (1..=4)
        .map(|i| {
            let id = PersonId(format!("p{i}"));
            let person = Person {
                id: id.clone(),
                name: format!("Person {i}"),
                role: None,
            };
            (id, person)
        })
        .collect();
    let mut t = Timetable {
        meeting: Meeting {
            title: en("Random meeting"),
            venue: "Geneva".into(),
            time_zone: "Europe/Zurich".into(),
            languages: vec![Lang::En],
            hours: Hours {
                start: hm(9, 0),
                end: hm(17, 30),
            },
            interpreter_teams: if rng.chance(60) {
                Some(rng.below(3) as u32)
            } else {
                None
            },
            default_session_minutes: None,
        },
        days,
        slots: IndexMap::new(),
        breaks,
        rooms,
        bodies,
        persons,
        sessions: IndexMap::new(),
        constraints: IndexMap::new(),
        severities: Default::default(),
        acknowledgements: Default::default(),
        revisions: Vec::new(),
        annex_notes: Vec::new(),
    };
    for i in 0..rng.below(11) {
        let s = random_session(rng, &format!("s{i}"), &t);
        t.sessions.insert(s.id.clone(), s);
    }
    for i in 0..rng.below(4) {
        if let Some(rule) = random_rule(rng, &t) {
            let id = ConstraintId(format!("c{i}"));
            t.constraints.insert(
                id.clone(),
                Constraint {
                    id,
                    rule,
                    note: None,
                },
            );
        }
    }
    assert!(
        t.validate().is_empty(),
        "generated timetables are valid: {:?}",
        t.validate()
    );
    t
}

/// One random edit of one or two sessions, made directly on the timetable; returns the
/// sessions touched, or `None` when the edit also changed constraints (needs `Scope::All`).
fn random_edit(rng: &mut Rng, t: &mut Timetable, serial: usize) -> Option<BTreeSet<SessionId>> {
    let ids: Vec<SessionId> = t.sessions.keys().cloned().collect();
    if ids.is_empty() || rng.chance(10) {
        let id = format!("n{serial}");
        let s = random_session(rng, &id, t);
        t.sessions.insert(s.id.clone(), s);
        return Some([SessionId(id)].into());
    }
    let id = pick(rng, &ids);
    let rooms: Vec<RoomId> = t.rooms.keys().cloned().collect();
    let bodies: Vec<BodyId> = t.bodies.keys().cloned().collect();
    let persons: Vec<PersonId> = t.persons.keys().cloned().collect();
    let mut touched: BTreeSet<SessionId> = [id.clone()].into();
    let kind = rng.below(13);
    if kind == 0 {
        // Delete; constraints naming it lose it, which is a structural change.
        t.sessions.shift_remove(&id);
        let named: Vec<ConstraintId> = t
            .constraints
            .values()
            .filter(|c| c.rule.sessions().contains(&&id))
            .map(|c| c.id.clone())
            .collect();
        for c in &named {
            t.constraints.shift_remove(c);
        }
        return if named.is_empty() {
            Some(touched)
        } else {
            None
        };
    }
    let s = t.sessions.get_mut(&id).expect("picked from the keys");
    match kind {
        1 | 2 => {
            // Move by whole quarter hours, sometimes by days.
            if let Some(pl) = &mut s.placement {
                let by = 15 * (rng.below(41) as i64 - 20) + 1440 * (rng.below(3) as i64 - 1);
                pl.start = pl.start.plus_minutes(by).expect("in range");
                pl.end = pl.end.plus_minutes(by).expect("in range");
            } else {
                s.placement = Some(random_placement(rng));
            }
        }
        3 => {
            if let Some(pl) = &mut s.placement {
                pl.end = pl
                    .start
                    .plus_minutes(15 * (1 + rng.below(20) as i64))
                    .expect("in range");
            }
        }
        4 => s.placement = None,
        5 => s.placement = Some(random_placement(rng)),
        6 => s.room = rng.chance(80).then(|| pick(rng, &rooms)),
        7 => s.persons = (0..rng.below(3)).map(|_| pick(rng, &persons)).collect(),
        8 => s.bodies = (0..rng.below(3)).map(|_| pick(rng, &bodies)).collect(),
        9 => s.exclusive = !s.exclusive,
        10 => {
            s.interpretation = if s.interpretation.is_empty() {
                vec![Lang::Ar]
            } else {
                vec![]
            }
        }
        11 => s.title = en(&format!("Renamed {id} {serial}")),
        _ => {
            // Two sessions at once: swap their placements.
            let other = pick(rng, &ids);
            let a = s.placement;
            let b = t.sessions.get(&other).and_then(|o| o.placement);
            if let Some(s) = t.sessions.get_mut(&id) {
                s.placement = b;
            }
            if let Some(o) = t.sessions.get_mut(&other) {
                o.placement = a;
            }
            touched.insert(other);
        }
    }
    Some(touched)
}

/// The delta an update should report: keys new or changed, and keys gone.
fn expected_delta(
    before: &[plenary::Conflict],
    after: &[plenary::Conflict],
) -> (Vec<String>, Vec<String>) {
    let old: std::collections::BTreeMap<&str, &plenary::Conflict> =
        before.iter().map(|c| (c.key.as_str(), c)).collect();
    let new: std::collections::BTreeMap<&str, &plenary::Conflict> =
        after.iter().map(|c| (c.key.as_str(), c)).collect();
    let added = new
        .iter()
        .filter(|(k, c)| old.get(*k) != Some(*c))
        .map(|(k, _)| k.to_string())
        .collect();
    let removed = old
        .keys()
        .filter(|k| !new.contains_key(*k))
        .map(|k| k.to_string())
        .collect();
    (added, removed)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn full_check_equals_brute_force_oracle(seed in any::<u64>()) {
        let t = random_timetable(seed);
        let found = check(&t);
        prop_assert_eq!(shapes(&found), expected(&t));
        prop_assert_eq!(&found, &Engine::new(&t).conflicts(&t), "check() and Engine agree");
    }

    #[test]
    fn incremental_updates_equal_full_check_and_oracle(seed in any::<u64>()) {
        let mut t = random_timetable(seed);
        let rng = &mut Rng(seed ^ 0x5EED);
        let mut engine = Engine::new(&t);
        for step in 0..12 {
            let before = engine.conflicts(&t);
            let scope = match random_edit(rng, &mut t, step) {
                Some(ids) => Scope::Sessions(ids),
                None => Scope::All,
            };
            prop_assert!(t.validate().is_empty(), "edits keep the timetable valid");
            let delta = engine.update(&t, &scope);
            let now = engine.conflicts(&t);
            prop_assert_eq!(&now, &Engine::new(&t).conflicts(&t), "step {}: {:?}", step, scope);
            prop_assert_eq!(shapes(&now), expected(&t), "step {}: oracle", step);
            let (added, removed) = expected_delta(&before, &now);
            prop_assert_eq!(delta.added, added, "step {}: delta added", step);
            prop_assert_eq!(delta.removed, removed, "step {}: delta removed", step);
        }
    }
}

/// A random command on the editor's timetable: mostly session gestures, some structural.
fn random_command(rng: &mut Rng, t: &Timetable, serial: usize) -> Option<Command> {
    let ids: Vec<SessionId> = t.sessions.keys().cloned().collect();
    let placed: Vec<(&SessionId, Placement)> = t
        .sessions
        .values()
        .filter_map(|s| Some((&s.id, s.placement?)))
        .collect();
    Some(match rng.below(9) {
        0..=2 if !placed.is_empty() => {
            let (id, pl) = pick(rng, &placed);
            let by = 15 * (rng.below(41) as i64 - 20);
            Command::MoveSession {
                id: id.clone(),
                start: pl.start.plus_minutes(by)?,
                room: rng
                    .chance(30)
                    .then(|| RoomId(format!("r{}", 1 + rng.below(3)))),
            }
        }
        3 if !placed.is_empty() => {
            let (id, pl) = pick(rng, &placed);
            Command::ResizeSession {
                id: id.clone(),
                start: pl.start,
                end: pl.start.plus_minutes(15 * (1 + rng.below(16) as i64))?,
            }
        }
        4 if !ids.is_empty() => Command::UnscheduleSession {
            id: pick(rng, &ids),
        },
        5 if !ids.is_empty() => Command::ScheduleSession {
            id: pick(rng, &ids),
            placement: random_placement(rng),
            room: None,
        },
        6 if !ids.is_empty() => Command::DeleteSession {
            id: pick(rng, &ids),
        },
        7 => Command::AddSession {
            session: random_session(rng, &format!("a{serial}"), t),
        },
        _ => {
            let mut room = t.rooms.get(&RoomId::from("r1"))?.clone();
            room.capacity = Some(10 * rng.below(8) as u32);
            room.interpretation = !room.interpretation;
            Command::EditRoom { room }
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn editor_commands_keep_conflicts_equal_to_full_check(seed in any::<u64>()) {
        let rng = &mut Rng(seed ^ 0xED17);
        let mut editor = Editor::new(random_timetable(seed));
        for step in 0..10 {
            let Some(cmd) = random_command(rng, editor.timetable(), step) else { continue };
            let dry = if rng.chance(20) { DryRun::Yes } else { DryRun::No };
            let _ = editor.apply(&cmd, dry);
            if rng.chance(15) {
                editor.undo();
            }
            prop_assert_eq!(
                editor.conflicts(),
                check(editor.timetable()),
                "step {}: {:?}", step, cmd
            );
        }
    }
}

/// Time this thread has run on a CPU, in nanoseconds (Linux), so timings ignore other load.
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

#[test]
#[ignore = "timing, run in release"]
fn large_conference_check_timing() {
    use plenary::generate::{Spec, conference};
    let t = conference(&Spec::large());
    let n = 10;
    let (mut check, mut new, mut read) = (0, 0, 0);
    for _ in 0..n {
        let a = cpu_ns();
        let cs = plenary::conflict::check(&t);
        let b = cpu_ns();
        let e = plenary::conflict::Engine::new(&t);
        let c = cpu_ns();
        let cs2 = e.conflicts(&t);
        let d = cpu_ns();
        assert_eq!(cs, cs2);
        check += b - a;
        new += c - b;
        read += d - c;
    }
    println!(
        "cpu ms: check {:.2} new {:.2} conflicts {:.2}",
        check as f64 / n as f64 / 1e6,
        new as f64 / n as f64 / 1e6,
        read as f64 / n as f64 / 1e6
    );
}

#[test]
fn random_timetables_exercise_every_conflict_kind() {
    let mut seen = BTreeSet::new();
    for seed in 0..300 {
        seen.extend(check(&random_timetable(seed)).iter().map(|c| c.kind));
    }
    let missing: Vec<_> = plenary::model::ConflictKind::ALL
        .into_iter()
        .filter(|k| !seen.contains(k))
        .collect();
    assert!(
        missing.is_empty(),
        "the property tests would never see {missing:?}"
    );
}

#[test]
#[ignore = "timing, run in release"]
fn large_conference_move_timing() {
    use plenary::generate::{Spec, conference};
    let t = conference(&Spec::large());
    let (id, start) = t
        .sessions
        .values()
        .nth(10_000)
        .and_then(|s| Some((s.id.clone(), s.placement?.start)))
        .expect("scheduled");
    let later = start.plus_minutes(60).expect("in range");
    let mut editor = Editor::new(t);
    let mut times = Vec::new();
    for i in 0..400 {
        let to = if i % 2 == 0 { later } else { start };
        let cmd = Command::MoveSession {
            id: id.clone(),
            start: to,
            room: None,
        };
        let a = std::time::Instant::now();
        editor.apply(&cmd, DryRun::No).expect("move applies");
        times.push(a.elapsed().as_nanos());
    }
    times.sort_unstable();
    println!("wall µs: move median {:.1}", times[200] as f64 / 1e3);
}

#[test]
#[ignore = "timing, run in release"]
fn large_conference_first_update_timing() {
    use plenary::generate::{Spec, conference};
    let mut t = conference(&Spec::large());
    let mut engine = Engine::new(&t);
    let id = t.sessions.keys().nth(10_000).cloned().expect("a session");
    if let Some(pl) = t.sessions.get_mut(&id).and_then(|s| s.placement.as_mut()) {
        pl.start = pl.start.plus_minutes(60).expect("in range");
        pl.end = pl.end.plus_minutes(60).expect("in range");
    }
    let a = std::time::Instant::now();
    engine.update(&t, &Scope::Sessions([id].into()));
    println!(
        "wall ms: first update {:.2}",
        a.elapsed().as_secs_f64() * 1e3
    );
}
