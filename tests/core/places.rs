//! Where a session can go, against the full check: on random timetables, what `feasibility`
//! and the probe say a drop would bring is exactly what the full check finds for that
//! session once it is dropped there; `suggest` offers clean places first and its commands
//! put the session where it says.

use std::collections::BTreeSet;

use proptest::prelude::*;
use proptest::sample::Index;

use plenary::conflict::{Kinds, Probe, check};
use plenary::editor::{DryRun, Editor};
use plenary::model::{ConflictKind, Placement, RoomId, SessionId, Timetable};
use plenary::places::{self, FeasibilityRequest, Fit};
use plenary::time::TimeOfDay;

use crate::strategies;

/// The kinds of the conflicts `id` is part of in the full check of `t` with `id` moved to
/// `pl` in `room`.
fn kinds_after_drop(t: &Timetable, id: &SessionId, pl: Placement, room: Option<&RoomId>) -> Kinds {
    let mut moved = t.clone();
    let s = moved.sessions.get_mut(id).expect("the session exists");
    s.placement = Some(pl);
    s.room = room.cloned();
    s.minutes = None;
    Kinds::of(check(&moved).iter().filter(|c| c.sessions.contains(id)))
}

const FROM: u32 = 7 * 60;
const TO: u32 = 20 * 60;
const STEP: u32 = 30;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn feasibility_says_what_the_full_check_finds_after_the_drop(
        t in strategies::timetable(),
        which in any::<Index>(),
        day in any::<Index>(),
        start in any::<Index>(),
        room in any::<Index>(),
    ) {
        prop_assume!(!t.sessions.is_empty() && !t.days.is_empty());
        let id = t.sessions.keys().nth(which.index(t.sessions.len())).cloned().unwrap();
        let request = FeasibilityRequest { session: id.clone(), minutes: None, from: FROM, to: TO, step: STEP };
        let map = places::feasibility(&t, &request).unwrap();
        prop_assert_eq!(map.days.len(), t.days.len());
        prop_assume!(map.starts > 0);
        let d = day.index(map.days.len());
        let i = start.index(map.starts as usize) as u32;
        let r = room.index(map.rooms.len());
        let date = t.days[d].date;
        let begin = TimeOfDay::from_minutes(map.from + i * map.step).unwrap().on(date);
        let pl = Placement { start: begin, end: begin.plus_minutes(i64::from(map.minutes)).unwrap() };
        let room_id = (r > 0).then(|| RoomId(map.rooms[r].clone()));
        let expected = kinds_after_drop(&t, &id, pl, room_id.as_ref());

        let letter = map.days[d].fits.chars().nth(i as usize * map.rooms.len() + r).unwrap();
        prop_assert_eq!(letter, Fit::of(&t, expected).letter(), "the map's letter at {} {:?}", begin, room_id);

        let mut probe = Probe::new(&t, &id).unwrap();
        let probed = Kinds::of(&probe.conflicts_at(pl, room_id.as_ref()));
        prop_assert_eq!(probed, expected, "the probe's conflicts at {} {:?}", begin, room_id);
    }

    #[test]
    fn suggested_places_bring_what_they_say(t in strategies::timetable(), which in any::<Index>()) {
        prop_assume!(!t.sessions.is_empty());
        let id = t.sessions.keys().nth(which.index(t.sessions.len())).cloned().unwrap();
        let best = places::suggest(&t, &id, 5, None).unwrap();
        prop_assert!(best.len() <= 5);
        prop_assert!(best.windows(2).all(|w| w[0].score <= w[1].score), "best first");
        for place in &best {
            let kinds = kinds_after_drop(&t, &id, place.placement, place.room.as_ref());
            prop_assert_eq!(kinds.iter().collect::<Vec<_>>(), place.kinds.clone());
            prop_assert_eq!(place.fit, Fit::of(&t, kinds));
            // Its command puts the session there.
            let mut editor = Editor::new(t.clone());
            editor.apply(&place.command, DryRun::No).unwrap();
            let placed = &editor.timetable().sessions[&id];
            prop_assert_eq!(placed.placement, Some(place.placement));
            if place.room.is_some() {
                prop_assert_eq!(&placed.room, &place.room);
            }
        }
    }
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

#[test]
fn a_clean_place_is_offered_before_any_place_with_a_conflict() {
    let t = plenary::document::load(crate::document::EXAMPLE).expect("the example loads");
    let id = t
        .sessions
        .values()
        .find(|s| s.placement.is_some() && !s.exclusive)
        .map(|s| s.id.clone())
        .expect("a scheduled session");
    let best = places::suggest(&t, &id, 5, None).unwrap();
    assert_eq!(best.len(), 5);
    assert_eq!(best[0].fit, Fit::Clean, "{best:#?}");
    let spots: BTreeSet<_> = best
        .iter()
        .map(|p| (p.placement.start, p.room.clone()))
        .collect();
    assert_eq!(spots.len(), 5, "five different places");
    assert!(
        best.iter()
            .all(|p| !p.kinds.contains(&ConflictKind::RoomClash) || p.fit != Fit::Clean),
        "a room clash is never clean"
    );
}

#[test]
fn an_unknown_session_or_a_bad_range_is_refused_in_words() {
    let t = plenary::template::blank();
    let missing = places::feasibility(
        &t,
        &FeasibilityRequest {
            session: SessionId("nope".into()),
            minutes: None,
            from: 0,
            to: 600,
            step: 15,
        },
    )
    .unwrap_err();
    assert!(
        missing.to_string().contains("no session with id “nope”"),
        "{missing}"
    );
}

#[test]
fn a_session_with_allowed_windows_is_offered_places_inside_them_only() {
    let mut t = plenary::document::load(crate::document::EXAMPLE).expect("the example loads");
    let id = SessionId("q4-20am".into());
    let thursday = chrono::NaiveDate::from_ymd_opt(2017, 9, 21).expect("a date");
    let window = plenary::model::Window {
        date: Some(thursday),
        start: TimeOfDay::hm(14, 0).expect("a time"),
        end: TimeOfDay::hm(18, 0).expect("a time"),
    };
    t.sessions.get_mut(&id).expect("the session").windows = vec![window];
    let best = places::suggest(&t, &id, 5, None).unwrap();
    assert!(!best.is_empty());
    for place in &best {
        assert!(
            window.holds(&place.placement),
            "{place:?} lies in Thursday afternoon"
        );
    }
}
