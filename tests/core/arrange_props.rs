//! Properties of the arranger on small random timetables: it never moves a pinned session,
//! it leaves no hard conflict where a brute-force search finds a placement without one,
//! and its answer agrees with the engine's full check of its result.

use proptest::prelude::*;

use plenary::arrange::{ArrangeMode, ArrangeScope, Options, arrange};
use plenary::conflict::check;
use plenary::generate::{Spec, conference};
use plenary::model::{Placement, RoomId, SessionId, Timetable};
use plenary::time::Stamp;

/// One working day 09:00-11:00, two rooms, three persons and `persons` per session (a
/// bitmask of the three), every session 60 minutes and unscheduled.
fn tiny(persons: &[u8]) -> Timetable {
    let sessions: Vec<String> = persons
        .iter()
        .enumerate()
        .map(|(i, mask)| {
            let who: Vec<String> = (0..3)
                .filter(|b| mask & (1 << b) != 0)
                .map(|b| format!("\"p{b}\""))
                .collect();
            format!(
                r#"{{"id": "s{i}", "title": {{"en": "S{i}"}}, "kind": "question", "annex": "cell",
                   "persons": [{}], "minutes": 60}}"#,
                who.join(", ")
            )
        })
        .collect();
    let text = format!(
        r#"{{"format": "plenary", "version": 7,
            "meeting": {{"title": {{"en": "Tiny"}}, "venue": "Geneva", "timeZone": "Europe/Zurich",
                        "languages": ["en"], "hours": {{"start": "09:00", "end": "11:00"}}}},
            "days": [{{"date": "2026-03-02", "kind": "working"}}],
            "rooms": [{{"id": "r0", "name": "A"}}, {{"id": "r1", "name": "B"}}],
            "persons": [{{"id": "p0", "name": "P0"}}, {{"id": "p1", "name": "P1"}}, {{"id": "p2", "name": "P2"}}],
            "sessions": [{}]}}"#,
        sessions.join(", ")
    );
    plenary::document::load(&text).expect("the tiny timetable loads")
}

/// Whether some placement of every session at 09:00 or 10:00 in either room has no
/// unacknowledged error (room and person clashes are the only rules in play).
fn oracle_feasible(t: &Timetable) -> bool {
    let ids: Vec<SessionId> = t.sessions.keys().cloned().collect();
    let places: Vec<(Stamp, RoomId)> = ["09:00", "10:00"]
        .iter()
        .flat_map(|h| {
            ["r0", "r1"].iter().map(move |r| {
                (
                    format!("2026-03-02T{h}").parse().expect("stamp"),
                    RoomId::from(*r),
                )
            })
        })
        .collect();
    let n = ids.len() as u32;
    (0..places.len().pow(n)).any(|mut code| {
        let mut x = t.clone();
        for id in &ids {
            let (start, room) = &places[code % places.len()];
            code /= places.len();
            let s = &mut x.sessions[id];
            s.placement = Some(Placement {
                start: *start,
                end: start.plus_minutes(60).expect("in range"),
            });
            s.room = Some(room.clone());
            s.minutes = None;
        }
        check(&x)
            .iter()
            .all(|c| !x.arrange_weight_of(c.kind).is_hard())
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn no_hard_conflict_is_left_where_brute_force_finds_a_clean_placement(
        persons in proptest::collection::vec(0u8..8, 2..=5),
        seed in 0u64..1000,
    ) {
        let t = tiny(&persons);
        let options = Options::new(ArrangeScope::All, ArrangeMode::FromScratch, seed, 3_000);
        let out = match arrange(&t, &options) {
            Ok(out) => out,
            Err(why) => {
                // Refused at once (five hours of sessions, four room-hours): then no
                // placement is clean either.
                prop_assert!(!oracle_feasible(&t), "refused a feasible input: {}", why);
                return Ok(());
            }
        };
        if oracle_feasible(&t) {
            prop_assert_eq!(out.report.hard_conflicts, 0, "{:?}", out.report);
            prop_assert_eq!(out.report.placed, out.report.in_scope, "{:?}", out.report);
        }
        // Whatever it could not place, it left unscheduled rather than clashing.
        prop_assert_eq!(out.report.hard_conflicts, 0, "{:?}", out.report);
    }

    #[test]
    fn pinned_sessions_never_move_and_the_answer_agrees_with_the_full_check(
        pins in proptest::collection::vec(any::<bool>(), 40),
        seed in 0u64..1000,
        scratch in any::<bool>(),
    ) {
        let mut t = conference(&Spec::scaled(40));
        for (s, pin) in t.sessions.values_mut().zip(&pins) {
            s.pinned = *pin;
        }
        let mode = if scratch {
            ArrangeMode::FromScratch
        } else {
            ArrangeMode::Repair { from_revision: None }
        };
        let Ok(out) = arrange(&t, &Options::new(ArrangeScope::All, mode, seed, 2_000)) else {
            // An infeasible input (a pinned clash of the generated conference) is refused.
            return Ok(());
        };
        for (id, s) in &t.sessions {
            if s.pinned {
                prop_assert_eq!(out.timetable.sessions[id].placement, s.placement, "{} moved", id);
                prop_assert_eq!(&out.timetable.sessions[id].room, &s.room, "{} changed room", id);
            }
        }
        let r = &out.report;
        let conflicts = check(&out.timetable);
        let hard: Vec<_> = conflicts
            .iter()
            .filter(|c| !c.acknowledged && out.timetable.arrange_weight_of(c.kind).is_hard())
            .collect();
        prop_assert_eq!(r.hard_conflicts as usize, hard.len());
        let in_scope: Vec<&SessionId> = t.sessions.values().filter(|s| !s.pinned && s.timing.is_span()).map(|s| &s.id).collect();
        prop_assert_eq!(r.in_scope as usize, in_scope.len());
        let placed = in_scope.iter().filter(|id| out.timetable.sessions[**id].placement.is_some()).count();
        prop_assert_eq!(r.placed as usize, placed);
        for id in in_scope {
            let s = &out.timetable.sessions[id];
            let listed = r.left.iter().find(|l| &l.session == id);
            let troubled = s.placement.is_none() || hard.iter().any(|c| c.sessions.contains(id));
            prop_assert_eq!(listed.is_some(), troubled, "{} listed iff left out or clashing", id);
            if let Some(l) = listed {
                prop_assert_eq!(l.unplaced, s.placement.is_none());
                prop_assert!(!l.reason.is_empty());
            }
        }
    }
}
