//! Feasibility on a small hand-made meeting: each kind of reason a place is bad shows where
//! it should. (Agreement with the full check on random timetables: `tests/core/places.rs`.)

use super::*;
use crate::model::{Room, Session};

/// The SG12 example, where Q sessions meet in rooms and plenaries are exclusive.
fn example() -> Timetable {
    crate::document::load(include_str!("../../examples/itu-t-sg12-2017.plenary.json"))
        .expect("the example loads")
}

fn request(t: &Timetable, session: &Session) -> FeasibilityRequest {
    let _ = t;
    FeasibilityRequest {
        session: session.id.clone(),
        minutes: None,
        from: 8 * 60,
        to: 19 * 60,
        step: 15,
    }
}

/// The letter at `date`, `hh:mm` and room `room` ("" for none).
fn letter_at(f: &Feasibility, date: NaiveDate, hh: u32, mm: u32, room: &str) -> char {
    let day = f
        .days
        .iter()
        .find(|d| d.date == date)
        .expect("a meeting day");
    let i = ((hh * 60 + mm - f.from) / f.step) as usize;
    let r = f.rooms.iter().position(|x| x == room).expect("a room");
    day.fits
        .chars()
        .nth(i * f.rooms.len() + r)
        .expect("a place")
}

#[test]
fn every_day_has_a_letter_for_every_start_and_room() {
    let t = example();
    let s = t.sessions.values().find(|s| s.placement.is_some()).unwrap();
    let f = feasibility(&t, &request(&t, s)).unwrap();
    assert_eq!(f.rooms[0], "", "no room comes first");
    assert_eq!(f.rooms.len(), t.rooms.len() + 1);
    assert_eq!(f.days.len(), t.days.len());
    for day in &f.days {
        assert_eq!(day.fits.len(), f.starts as usize * f.rooms.len());
        assert!(day.fits.chars().all(|c| "ciwe".contains(c)));
    }
}

#[test]
fn a_room_held_by_another_session_is_an_error_there_and_not_in_a_free_room() {
    let mut t = example();
    t.rooms.insert(
        RoomId("spare".into()),
        Room {
            id: RoomId("spare".into()),
            name: "Spare".into(),
            capacity: None,
            interpretation: true,
        },
    );
    // A session of no body and no person: only the room can clash.
    let held = t
        .sessions
        .values()
        .find(|s| {
            s.room.is_some()
                && !s.exclusive
                && s.placement.is_some_and(|p| t.day(p.start.date()).is_some())
        })
        .unwrap()
        .clone();
    let mut lone = held.clone();
    lone.id = SessionId("lone".into());
    lone.bodies.clear();
    lone.persons.clear();
    lone.interpretation.clear();
    lone.attendance = None;
    lone.placement = None;
    lone.minutes = Some(30);
    t.sessions.insert(lone.id.clone(), lone.clone());
    let f = feasibility(&t, &request(&t, &lone)).unwrap();
    let pl = held.placement.unwrap();
    let (date, time) = (pl.start.date(), pl.start.time().minutes());
    let room = held.room.as_ref().unwrap().as_str();
    let busy = t
        .sessions
        .values()
        .any(|o| o.exclusive && o.placement.is_some_and(|p| p.overlaps(&pl)));
    if !busy {
        assert_eq!(letter_at(&f, date, time / 60, time % 60, room), 'e');
        assert_ne!(letter_at(&f, date, time / 60, time % 60, "spare"), 'e');
    }
}

#[test]
fn a_point_in_time_is_judged_at_its_start_only() {
    let mut t = example();
    let s = t
        .sessions
        .values_mut()
        .find(|s| s.placement.is_some())
        .unwrap();
    s.timing = crate::model::Timing::Point;
    let id = s.id.clone();
    let s = t.sessions[&id].clone();
    let f = feasibility(&t, &request(&t, &s)).unwrap();
    assert_eq!(f.minutes, 0);
    assert_eq!(f.starts, (19 * 60 - 1 - 8 * 60) / 15 + 1);
}

#[test]
fn a_range_that_is_not_one_day_is_refused() {
    let t = example();
    let s = t.sessions.values().next().unwrap();
    let mut r = request(&t, s);
    r.to = 25 * 60;
    assert!(matches!(
        feasibility(&t, &r),
        Err(PlacesError::BadRange { .. })
    ));
    r.to = 19 * 60;
    r.step = 0;
    assert!(matches!(
        feasibility(&t, &r),
        Err(PlacesError::BadRange { .. })
    ));
}
