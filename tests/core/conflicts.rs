//! The conflict engine on whole timetables: the fast engine (full and incremental) against
//! a brute-force oracle on random timetables and random edits. Timetables come from
//! `crate::strategies` and edits from [`edit`], both proptest strategies, so a failure
//! shrinks to a small timetable and few edits. (Edits through the editor, every command kind
//! with undo and redo, are checked against a full check in `crate::editor`.)

use std::collections::BTreeSet;

use proptest::prelude::*;
use proptest::sample::Index;

use plenary::command::Command;
use plenary::conflict::{Engine, Scope, check};
use plenary::editor::{DryRun, Editor};
use plenary::model::{Lang, Placement, Session, SessionId, Timetable};
use plenary::time::{Stamp, TimeOfDay};

use crate::oracle::{expected, shapes};
use crate::strategies;

/// One edit made directly on a timetable (not through a command), by position among what
/// the timetable has when it is made.
#[derive(Clone, Debug)]
struct EditShape {
    /// What to change (see [`random_edit`]).
    kind: u8,
    /// The session edited.
    session: Index,
    /// A second session, room, body or person.
    other: Index,
    /// Quarter hours to move by (-20..=20).
    quarters: i64,
    /// Days to move by (-1..=1).
    days: i64,
    /// A length in quarter hours (1..=20), or a count.
    length: i64,
}

fn edit() -> impl Strategy<Value = EditShape> {
    (
        0u8..14,
        any::<Index>(),
        any::<Index>(),
        -20i64..=20,
        -1i64..=1,
        1i64..=20,
    )
        .prop_map(|(kind, session, other, quarters, days, length)| EditShape {
            kind,
            session,
            other,
            quarters,
            days,
            length,
        })
}

/// A placement on the meeting's first date (or 2027-03-01), moved by the shape's days, at a
/// half-hour step from 07:00 (so edges often coincide), of the shape's length.
fn placement(t: &Timetable, e: &EditShape) -> Placement {
    let first = t.days.first().map_or_else(
        || chrono::NaiveDate::from_ymd_opt(2027, 3, 1).expect("valid"),
        |d| d.date,
    );
    let start = Stamp::new(first, TimeOfDay::MIDNIGHT)
        .plus_minutes(1440 * (1 + e.days) + 7 * 60 + 30 * (e.quarters + 20))
        .expect("near 2027");
    Placement {
        start,
        end: start.plus_minutes(15 * e.length).expect("near 2027"),
    }
}

fn nth<T: Clone>(items: &[T], i: &Index) -> Option<T> {
    (!items.is_empty()).then(|| items[i.index(items.len())].clone())
}

/// Makes the edit `e` directly on `t`; returns the sessions touched, or `None` when the edit
/// also changed constraints (which needs `Scope::All`).
fn random_edit(e: &EditShape, t: &mut Timetable, serial: usize) -> Option<BTreeSet<SessionId>> {
    let ids: Vec<SessionId> = t.sessions.keys().cloned().collect();
    let rooms: Vec<_> = t.rooms.keys().cloned().collect();
    let bodies: Vec<_> = t.bodies.keys().cloned().collect();
    let persons: Vec<_> = t.persons.keys().cloned().collect();
    let Some(id) = nth(&ids, &e.session).filter(|_| e.kind != 13) else {
        // A new session, like another one (or a plain one) at a new place.
        let id = SessionId(format!("n{serial}"));
        let template = nth(&ids, &e.other).and_then(|o| t.sessions.get(&o).cloned());
        let mut s = Session {
            id: id.clone(),
            placement: Some(placement(t, e)),
            room: nth(&rooms, &e.other),
            // Placed, so it keeps no length of its own.
            minutes: None,
            ..template.unwrap_or_else(|| plain_session(&id))
        };
        // Like a point it was copied from, it ends where it starts.
        if !s.timing.is_span()
            && let Some(pl) = &mut s.placement
        {
            pl.end = pl.start;
        }
        t.sessions.insert(id.clone(), s);
        return Some([id].into());
    };
    let mut touched: BTreeSet<SessionId> = [id.clone()].into();
    if e.kind == 0 {
        // Delete; constraints naming it go too, which is a structural change.
        t.sessions.shift_remove(&id);
        let named: Vec<_> = t
            .constraints
            .values()
            .filter(|c| c.rule.sessions().contains(&&id))
            .map(|c| c.id.clone())
            .collect();
        for c in &named {
            t.constraints.shift_remove(c);
        }
        return named.is_empty().then_some(touched);
    }
    let new_placement = placement(t, e);
    let s = t.sessions.get_mut(&id).expect("picked from the keys");
    match e.kind {
        1 | 2 => match &mut s.placement {
            // Move by whole quarter hours, sometimes by days.
            Some(pl) => {
                let by = 15 * e.quarters + 1440 * e.days;
                pl.start = pl.start.plus_minutes(by).expect("near 2027");
                pl.end = pl.end.plus_minutes(by).expect("near 2027");
            }
            None => s.placement = Some(new_placement),
        },
        3 => {
            if let Some(pl) = &mut s.placement {
                pl.end = pl.start.plus_minutes(15 * e.length).expect("near 2027");
            }
        }
        4 => s.placement = None,
        5 => s.placement = Some(new_placement),
        6 => s.room = nth(&rooms, &e.other).filter(|_| e.length % 5 != 0),
        7 => s.persons = some(&persons, &e.other, e.length),
        8 => s.bodies = some(&bodies, &e.other, e.length),
        9 => s.exclusive = !s.exclusive,
        10 => {
            s.interpretation = if s.interpretation.is_empty() {
                vec![Lang::Ar]
            } else {
                vec![]
            }
        }
        11 => {
            s.title.insert(Lang::En, format!("Renamed {id} {serial}"));
        }
        _ => {
            // Two sessions at once: swap their placements.
            let other = nth(&ids, &e.other).expect("there is a session");
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
    // A placed session keeps no length of its own (format version 4), and a point's
    // placement ends where it starts (version 6), as commands leave them.
    for id in &touched {
        if let Some(s) = t.sessions.get_mut(id).filter(|s| s.placement.is_some()) {
            s.minutes = None;
            if let Some(pl) = &mut s.placement {
                if !s.timing.is_span() {
                    pl.end = pl.start;
                } else if pl.end <= pl.start {
                    // A point's placement swapped onto a span: the span gets a length.
                    pl.end = pl.start.plus_minutes(90).expect("near 2027");
                }
            }
        }
    }
    Some(touched)
}

/// Up to two items (`n % 3`), from the one `i` picks on.
fn some<T: Clone>(items: &[T], i: &Index, n: i64) -> Vec<T> {
    if items.is_empty() {
        return Vec::new();
    }
    let first = i.index(items.len());
    (0..(n % 3) as usize)
        .map(|k| items[(first + k) % items.len()].clone())
        .collect()
}

fn plain_session(id: &SessionId) -> Session {
    Session {
        pinned: false,
        windows: Vec::new(),
        preferred_room: None,
        id: id.clone(),
        title: [(Lang::En, format!("Session {id}"))].into(),
        kind: plenary::model::SessionKind::Question,
        bodies: vec![],
        room: None,
        persons: vec![],
        placement: None,
        tentative: false,
        exclusive: false,
        interpretation: vec![],
        attendance: Some(40),
        annex: plenary::model::AnnexPlacement::Cell,
        annex_label: Default::default(),
        annex_note: Default::default(),
        timing: Default::default(),
        minutes: Some(60),
        annex_mark: None,
    }
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
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn full_check_equals_brute_force_oracle(t in strategies::timetable()) {
        let found = check(&t);
        prop_assert_eq!(shapes(&found), expected(&t));
        prop_assert_eq!(&found, &Engine::new(&t).conflicts(&t), "check() and Engine agree");
    }

    #[test]
    fn incremental_updates_equal_full_check_and_oracle(
        t in strategies::timetable(),
        edits in prop::collection::vec(edit(), 1..=12),
    ) {
        let mut t = t;
        let mut engine = Engine::new(&t);
        for (step, e) in edits.iter().enumerate() {
            let before = engine.conflicts(&t);
            let scope = match random_edit(e, &mut t, step) {
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

/// PROPTEST_CASES when set (`make soak`), else 256.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(256)
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
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::default();
    let tables = strategies::timetable();
    let mut seen = BTreeSet::new();
    for _ in 0..300 {
        let t = tables.new_tree(&mut runner).expect("draws").current();
        seen.extend(check(&t).iter().map(|c| c.kind));
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
