//! A brute-force conflict oracle: every pair of sessions, every date minute by minute of
//! arithmetic, written apart from the engine and as plainly as possible, to check the fast
//! engine against. It finds what each conflict is about (key, kind, sessions and subjects),
//! not its message: messages are checked by the engine's own tests.
//!
//! It reads the model's fields and nothing else of the crate: the day of a date, its hours,
//! the breaks in force, a body's ancestors and all time arithmetic are written here again
//! from the rules as the model's docs state them (`Break`, `Day`, `Body`), with chrono, so a
//! mistake in the crate's own helpers cannot hide behind itself. `table_tests` pins the
//! break and hours rules on small timetables whose conflicts are written out by hand.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Duration, NaiveDate, NaiveDateTime};
use plenary::Conflict;
use plenary::model::{
    BodyId, BodyKind, Break, BreakKind, ConflictKind, Day, DayKind, Hours, Placement, Rule,
    Session, SessionId, Timetable,
};
use plenary::time::{Stamp, TimeOfDay};

/// What a conflict is about, without its message, severity or acknowledgement.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Shape {
    pub key: String,
    pub kind: ConflictKind,
    pub sessions: Vec<String>,
    pub rooms: Vec<String>,
    pub persons: Vec<String>,
    pub bodies: Vec<String>,
    pub breaks: Vec<String>,
    pub constraints: Vec<String>,
}

impl Shape {
    fn new(kind: ConflictKind, sessions: &[&SessionId], subject: Option<&str>) -> Shape {
        let mut ids: Vec<String> = sessions.iter().map(|s| s.0.clone()).collect();
        ids.sort();
        let mut key = format!("{}:{}", kind_name(kind), ids.join("+"));
        if let Some(subject) = subject {
            key = format!("{key}@{subject}");
        }
        Shape {
            key,
            kind,
            sessions: ids,
            rooms: vec![],
            persons: vec![],
            bodies: vec![],
            breaks: vec![],
            constraints: vec![],
        }
    }
}

/// The shape of a conflict the engine found.
pub fn shape(c: &Conflict) -> Shape {
    let strings = |v: Vec<String>| v;
    Shape {
        key: c.key.clone(),
        kind: c.kind,
        sessions: strings(c.sessions.iter().map(|x| x.0.clone()).collect()),
        rooms: c.rooms.iter().map(|x| x.0.clone()).collect(),
        persons: c.persons.iter().map(|x| x.0.clone()).collect(),
        bodies: c.bodies.iter().map(|x| x.0.clone()).collect(),
        breaks: c.breaks.iter().map(|x| x.0.clone()).collect(),
        constraints: c.constraints.iter().map(|x| x.0.clone()).collect(),
    }
}

/// The shapes of `conflicts`, sorted by key.
pub fn shapes(conflicts: &[Conflict]) -> Vec<Shape> {
    let mut v: Vec<Shape> = conflicts.iter().map(shape).collect();
    v.sort_by(|a, b| a.key.cmp(&b.key));
    v
}

/// The kind's name in keys: its name in files (serde), not the crate's `name()`.
fn kind_name(kind: ConflictKind) -> String {
    match serde_json::to_value(kind) {
        Ok(serde_json::Value::String(name)) => name,
        other => panic!("a conflict kind serializes as a string: {other:?}"),
    }
}

/// A clock reading as chrono's, so the oracle does its own time arithmetic.
fn at(stamp: Stamp) -> NaiveDateTime {
    stamp.naive()
}

/// `time` on `date` (24:00 is the next midnight).
fn on(date: NaiveDate, time: TimeOfDay) -> NaiveDateTime {
    date.and_hms_opt(0, 0, 0).expect("midnight exists") + Duration::minutes(time.minutes().into())
}

fn overlap(a: &Placement, b: &Placement) -> bool {
    let (a, b) = (occupied(a), occupied(b));
    a.0 < b.1 && b.0 < a.1
}

/// The time a placement occupies: its own, or for a point in time or an open-ended item
/// (which ends where it starts, `Timing`) the minute of its start.
fn occupied(p: &Placement) -> (NaiveDateTime, NaiveDateTime) {
    let (start, end) = (at(p.start), at(p.end));
    (start, end.max(start + Duration::minutes(1)))
}

/// The meeting's day with this date, found by looking at each.
fn day_of(t: &Timetable, date: NaiveDate) -> Option<&Day> {
    t.days.iter().find(|d| d.date == date)
}

/// A day's hours: its own, else the meeting's (the docs of `Day::hours`).
fn hours_of(t: &Timetable, day: &Day) -> Hours {
    day.hours.unwrap_or(t.meeting.hours)
}

/// The breaks in force on `date`, from the docs of `Break`: a day's own breaks replace the
/// standard ones; a standard break applies on every working day without its own; a weekend
/// or holiday has none; a date outside the meeting has none, unless the meeting has no days
/// at all (then nothing says which dates are working, and the standard breaks apply).
fn breaks_in_force(t: &Timetable, date: NaiveDate) -> Vec<&Break> {
    let working = match day_of(t, date) {
        Some(day) => day.kind == DayKind::Working,
        None => t.days.is_empty(),
    };
    if !working {
        return Vec::new();
    }
    let own: Vec<&Break> = t.breaks.values().filter(|b| b.day == Some(date)).collect();
    if !own.is_empty() {
        return own;
    }
    t.breaks.values().filter(|b| b.day.is_none()).collect()
}

/// Whether `ancestor` is `body` or above it, walking parents (at most as many steps as there
/// are bodies, so a cycle cannot loop).
fn is_at_or_above(t: &Timetable, ancestor: &BodyId, body: &BodyId) -> bool {
    let mut current = body.clone();
    for _ in 0..=t.bodies.len() {
        if &current == ancestor {
            return true;
        }
        if t.bodies
            .get(&current)
            .is_some_and(|b| b.parallel_with_parent)
        {
            return false; // meets in parallel with its parent by design (`Body` docs)
        }
        match t.bodies.get(&current).and_then(|b| b.parent.clone()) {
            Some(parent) => current = parent,
            None => return false,
        }
    }
    false
}

fn related(t: &Timetable, x: &BodyId, y: &BodyId) -> bool {
    let track = |b: &BodyId| t.bodies.get(b).is_some_and(|b| b.kind == BodyKind::Track);
    if track(x) || track(y) {
        return false; // tracks group subjects, not people: they never clash
    }
    is_at_or_above(t, x, y) || is_at_or_above(t, y, x)
}

/// The periods of the session's bodies' own hours that hold the whole session (the docs of
/// `Body::hours`), as date-times of its start date.
fn windows_holding(
    t: &Timetable,
    s: &Session,
    pl: &Placement,
) -> Vec<(NaiveDateTime, NaiveDateTime)> {
    let (start, end) = (at(pl.start), at(pl.end));
    let date = start.date();
    s.bodies
        .iter()
        .filter_map(|b| t.bodies.get(b))
        .flat_map(|b| b.hours.iter())
        .map(|h| (on(date, h.start), on(date, h.end)))
        .filter(|&(ps, pe)| ps <= start && end <= pe)
        .collect()
}

/// Every conflict of `t` as the rules state them, sorted by key.
pub fn expected(t: &Timetable) -> Vec<Shape> {
    let mut out: BTreeMap<String, Shape> = BTreeMap::new();
    let mut add = |s: Shape| {
        out.entry(s.key.clone()).or_insert(s);
    };
    let placed: Vec<(&Session, Placement)> = t
        .sessions
        .values()
        .filter_map(|s| Some((s, s.placement?)))
        .collect();

    // Pairs.
    for (i, (a, pa)) in placed.iter().enumerate() {
        for (b, pb) in &placed[i + 1..] {
            if !overlap(pa, pb) {
                continue;
            }
            let ids = [&a.id, &b.id];
            if let (Some(ra), Some(rb)) = (&a.room, &b.room)
                && ra == rb
            {
                let mut s = Shape::new(ConflictKind::RoomClash, &ids, Some(&ra.0));
                s.rooms = vec![ra.0.clone()];
                add(s);
            }
            let shared: BTreeSet<String> = a
                .persons
                .iter()
                .filter(|p| b.persons.contains(p))
                .map(|p| p.0.clone())
                .collect();
            if !shared.is_empty() {
                let mut s = Shape::new(ConflictKind::PersonClash, &ids, None);
                s.persons = shared.into_iter().collect();
                add(s);
            }
            let mut bodies = BTreeSet::new();
            for x in &a.bodies {
                for y in &b.bodies {
                    if related(t, x, y) {
                        bodies.insert(x.0.clone());
                        bodies.insert(y.0.clone());
                    }
                }
            }
            if !bodies.is_empty() {
                let mut s = Shape::new(ConflictKind::BodyClash, &ids, None);
                s.bodies = bodies.into_iter().collect();
                add(s);
            }
            if a.exclusive || b.exclusive {
                add(Shape::new(ConflictKind::ExclusiveOverlap, &ids, None));
            }
        }
    }

    // One session, date by date.
    for (s, pl) in &placed {
        let ids = [&s.id];
        // A point in time or an open-ended item: on the date of its start, no break
        // conflict (it takes no time), within the hours when its start is.
        let point = !s.timing.is_span();
        let (start, end) = occupied(pl);
        let last_minute = end - Duration::minutes(1);
        let mut date = start.date();
        let mut broken = BTreeSet::new();
        let windows = windows_holding(t, s, pl);
        while date <= last_minute.date() {
            let midnight = on(date, TimeOfDay::MIDNIGHT);
            let next_midnight = on(date, TimeOfDay::END_OF_DAY);
            for b in breaks_in_force(t, date) {
                let (bs, be) = (on(date, b.start), on(date, b.end));
                let pl = (start, end);
                let overlaps = pl.0 < be && bs < pl.1;
                let bad = match b.kind {
                    BreakKind::Coffee => {
                        let starts_inside = bs < pl.0 && pl.0 < be;
                        let ends_inside = bs < pl.1 && pl.1 < be;
                        let within = bs <= pl.0 && pl.1 <= be;
                        overlaps && (starts_inside || ends_inside || within)
                    }
                    BreakKind::Meal | BreakKind::Other => overlaps,
                };
                // A period of the session's body that holds the session excuses a break it
                // does not hold whole (the body's own, shorter, lunch).
                let excused = windows.iter().any(|&(ps, pe)| !(ps <= bs && be <= pe));
                if bad && !point && !excused {
                    broken.insert(b.id.0.clone());
                }
            }
            match day_of(t, date) {
                None if !t.days.is_empty() => {
                    add(Shape::new(ConflictKind::OutsideMeetingDates, &ids, None))
                }
                None => {}
                Some(d) if d.kind != DayKind::Working => {
                    add(Shape::new(ConflictKind::NonWorkingDay, &ids, None))
                }
                Some(d) => {
                    let hours = hours_of(t, d);
                    let part_start = start.max(midnight);
                    let part_end = if point { start } else { end.min(next_midnight) };
                    let outside =
                        part_start < on(date, hours.start) || part_end > on(date, hours.end);
                    if outside && windows.is_empty() {
                        add(Shape::new(ConflictKind::OutsideDayHours, &ids, None));
                    }
                }
            }
            date = date.succ_opt().expect("near 2027");
        }
        for b in broken {
            let mut x = Shape::new(ConflictKind::BreakOverlap, &ids, Some(&b));
            x.breaks = vec![b];
            add(x);
        }
        if let Some(room) = s.room.as_ref().and_then(|r| t.rooms.get(r)) {
            if let (Some(a), Some(c)) = (s.attendance, room.capacity)
                && a > c
            {
                let mut x = Shape::new(ConflictKind::CapacityExceeded, &ids, Some(&room.id.0));
                x.rooms = vec![room.id.0.clone()];
                add(x);
            }
            if !s.interpretation.is_empty() && !room.interpretation {
                let mut x = Shape::new(
                    ConflictKind::InterpretationUnavailable,
                    &ids,
                    Some(&room.id.0),
                );
                x.rooms = vec![room.id.0.clone()];
                add(x);
            }
        }
    }

    // Constraints.
    for c in t.constraints.values() {
        let placed_at = |id: &SessionId| t.sessions.get(id).and_then(|s| s.placement);
        let mut violations: Vec<(&SessionId, &SessionId)> = Vec::new();
        match &c.rule {
            Rule::Before { earlier, later } => {
                for e in earlier {
                    for l in later {
                        if let (Some(pe), Some(pl)) = (placed_at(e), placed_at(l))
                            && e != l
                            && at(pe.end) > at(pl.start)
                        {
                            violations.push((e, l));
                        }
                    }
                }
            }
            Rule::InSequence { sessions } => {
                let placed: Vec<&SessionId> =
                    sessions.iter().filter(|s| placed_at(s).is_some()).collect();
                for w in placed.windows(2) {
                    let (pa, pb) = (placed_at(w[0]), placed_at(w[1]));
                    let (pa, pb) = (pa.expect("placed"), pb.expect("placed"));
                    if w[0] != w[1] && at(pa.end) > at(pb.start) {
                        violations.push((w[0], w[1]));
                    }
                }
            }
            Rule::NoOverlap { sessions } => {
                for (i, a) in sessions.iter().enumerate() {
                    for b in &sessions[i + 1..] {
                        if let (Some(pa), Some(pb)) = (placed_at(a), placed_at(b))
                            && a != b
                            && overlap(&pa, &pb)
                        {
                            violations.push((a, b));
                        }
                    }
                }
            }
            Rule::FixedTime { session, placement } => {
                // A point in time (no end) is fixed by its start alone.
                let point = t.sessions.get(session).is_some_and(|s| !s.timing.is_span());
                if let Some(pl) = placed_at(session)
                    && if point {
                        at(pl.start) != at(placement.start)
                    } else {
                        (at(pl.start), at(pl.end)) != (at(placement.start), at(placement.end))
                    }
                {
                    let mut x = Shape::new(ConflictKind::OrderViolation, &[session], Some(&c.id.0));
                    x.constraints = vec![c.id.0.clone()];
                    add(x);
                }
            }
        }
        for (a, b) in violations {
            let mut x = Shape::new(ConflictKind::OrderViolation, &[a, b], Some(&c.id.0));
            x.constraints = vec![c.id.0.clone()];
            add(x);
        }
    }

    // Interpreter teams: count on every stretch between two boundaries.
    if let Some(teams) = t.meeting.interpreter_teams {
        let interpreted: Vec<(&Session, Placement)> = placed
            .iter()
            .filter(|(s, _)| !s.interpretation.is_empty())
            .map(|(s, p)| (*s, *p))
            .collect();
        let mut cuts: Vec<NaiveDateTime> = interpreted
            .iter()
            .flat_map(|(_, p)| [occupied(p).0, occupied(p).1])
            .collect();
        cuts.sort();
        cuts.dedup();
        let mut periods: Vec<(NaiveDateTime, NaiveDateTime)> = Vec::new();
        for w in cuts.windows(2) {
            let (from, to) = (w[0], w[1]);
            let running = interpreted
                .iter()
                .filter(|(_, p)| occupied(p).0 <= from && to <= occupied(p).1)
                .count();
            if running > teams as usize {
                match periods.last_mut() {
                    Some(last) if last.1 == from => last.1 = to,
                    _ => periods.push((from, to)),
                }
            }
        }
        for (from, to) in periods {
            let ids: Vec<&SessionId> = interpreted
                .iter()
                .filter(|(_, p)| occupied(p).0 < to && from < occupied(p).1)
                .map(|(s, _)| &s.id)
                .collect();
            add(Shape::new(ConflictKind::InterpretersOverbooked, &ids, None));
        }
    }

    out.into_values().collect()
}

/// The break and hours rules on small timetables whose conflicts are worked out by hand:
/// the oracle and the engine must both find exactly the listed keys.
mod table_tests {
    use crate::scenario::timetable;

    use super::expected;

    fn assert_conflicts(text: &str, by_hand: &[&str]) {
        let t = timetable(text);
        let mut want: Vec<String> = by_hand.iter().map(|k| (*k).to_owned()).collect();
        want.sort();
        let oracle: Vec<String> = expected(&t).into_iter().map(|s| s.key).collect();
        assert_eq!(oracle, want, "the oracle against the hand-written table");
        let mut engine: Vec<String> = plenary::conflict::check(&t)
            .into_iter()
            .map(|c| c.key)
            .collect();
        engine.sort();
        assert_eq!(engine, want, "the engine against the hand-written table");
    }

    /// A coffee break is taken inside a running session: spanning it whole is fine,
    /// starting or ending inside it (or sitting within it) is not, touching it is fine.
    #[test]
    fn coffee_break_counts_a_session_that_starts_ends_or_sits_inside_it() {
        assert_conflicts(
            "days 2017-09-18..2017-09-22
             break coffee coffee 10:30-11:00
             session spans 2017-09-18 09:00-12:00
             session starts_in 2017-09-18 10:45-12:00
             session ends_in 2017-09-18 09:30-10:45
             session same 2017-09-18 10:30-11:00
             session inner 2017-09-18 10:35-10:50
             session touches_before 2017-09-18 10:00-10:30
             session touches_after 2017-09-18 11:00-12:00",
            &[
                "breakOverlap:ends_in@coffee",
                "breakOverlap:inner@coffee",
                "breakOverlap:same@coffee",
                "breakOverlap:starts_in@coffee",
            ],
        );
    }

    /// A meal or other break: any shared minute counts, even spanning it; touching does not.
    #[test]
    fn meal_and_other_breaks_count_any_shared_minute() {
        assert_conflicts(
            "days 2017-09-18..2017-09-22
             break lunch meal 12:30-14:00
             break photo other 16:00-16:15
             session spans 2017-09-18 12:00-15:00
             session touches_before 2017-09-18 11:00-12:30
             session touches_after 2017-09-18 14:00-15:00
             session last_minute 2017-09-18 13:59-15:00
             session into_photo 2017-09-18 15:00-16:05
             session both 2017-09-18 12:00-16:30",
            &[
                "breakOverlap:both@lunch",
                "breakOverlap:both@photo",
                "breakOverlap:into_photo@photo",
                "breakOverlap:last_minute@lunch",
                "breakOverlap:spans@lunch",
            ],
        );
    }

    /// A day's own break replaces the standard ones on that day; weekends, holidays and
    /// dates outside the meeting have no breaks (they are reported for what they are).
    #[test]
    fn own_breaks_replace_standard_ones_and_days_off_have_none() {
        assert_conflicts(
            "days 2017-09-18..2017-09-24
             break lunch meal 12:30-14:00
             break ceremony other 12:00-12:15 on=2017-09-19
             day 2017-09-20 holiday
             session mon 2017-09-18 12:00-13:00
             session tue 2017-09-19 12:00-13:00
             session tue_lunch 2017-09-19 13:00-14:00
             session wed 2017-09-20 12:00-13:00
             session sat 2017-09-23 12:00-13:00
             session out 2017-09-25 12:00-13:00",
            &[
                "breakOverlap:mon@lunch",
                "breakOverlap:tue@ceremony",
                "nonWorkingDay:wed",
                "nonWorkingDay:sat",
                "outsideMeetingDates:out",
            ],
        );
    }

    /// With no days at all nothing says which dates are working: the standard breaks apply
    /// on every date, and no hours or dates are checked.
    #[test]
    fn without_days_standard_breaks_apply_everywhere_and_hours_are_not_checked() {
        assert_conflicts(
            "break lunch meal 12:30-14:00
             session saturday 2030-01-05 12:00-13:00
             session dawn 2030-01-07 06:00-07:00",
            &["breakOverlap:saturday@lunch"],
        );
    }

    /// A session must fit its day's hours: the meeting's, or the day's own; one running over
    /// midnight is checked on each date it touches (once per session and kind).
    #[test]
    fn sessions_must_fit_their_days_hours_own_or_standard() {
        assert_conflicts(
            "days 2017-09-18..2017-09-22
             hours 09:00-17:30
             day 2017-09-19 hours=08:00-18:00
             session early 2017-09-18 08:30-10:00
             session late 2017-09-18 17:00-18:00
             session exact 2017-09-18 09:00-17:30
             session early_ok 2017-09-19 08:30-10:00
             session late_ok 2017-09-19 17:00-18:00
             session too_late 2017-09-19 17:00-18:30
             session night 2017-09-20T23:00..2017-09-21T01:00
             session past_the_end 2017-09-22T17:00..2017-09-23T01:00",
            &[
                "outsideDayHours:early",
                "outsideDayHours:late",
                "outsideDayHours:too_late",
                "outsideDayHours:night",
                "outsideDayHours:past_the_end",
                "outsideMeetingDates:past_the_end",
            ],
        );
    }

    /// A day whose hours run to 24:00 holds a session up to midnight; the next date's part
    /// of one running past it is checked against the next day.
    #[test]
    fn hours_to_midnight_hold_an_evening_and_the_next_morning_is_checked_apart() {
        assert_conflicts(
            "days 2017-09-18..2017-09-22
             day 2017-09-18 hours=09:00-24:00
             day 2017-09-19 hours=00:00-17:30
             session evening 2017-09-18 20:00-24:00
             session through 2017-09-18T22:00..2017-09-19T02:00
             session over 2017-09-19T23:00..2017-09-20T01:00",
            &["outsideDayHours:over"],
        );
    }

    /// A body's own hours hold its sessions: one within a period is neither outside the
    /// day's hours nor over a break the period does not hold whole (its own lunch is
    /// shorter), but still over a break inside the period; other bodies keep the day's.
    #[test]
    fn a_bodys_own_hours_hold_its_sessions_the_days_hours_the_rest() {
        assert_conflicts(
            "days 2017-09-18..2017-09-22
             hours 09:30-17:30
             break coffee coffee 15:30-16:00
             break lunch meal 12:30-14:30
             body sg12
             body q4 < sg12 hours=08:30-12:30,13:00-18:00
             session q_early 2017-09-18 08:30-10:00 bodies=q4
             session q_after_lunch 2017-09-18 13:00-15:00 bodies=q4
             session q_late 2017-09-18 16:00-18:00 bodies=q4
             session q_in_coffee 2017-09-21 15:45-17:00 bodies=q4
             session q_over_gap 2017-09-22 12:00-13:30 bodies=q4
             session q_too_late 2017-09-19 16:00-18:30 bodies=q4
             session plenary_early 2017-09-20 08:30-10:00 bodies=sg12",
            &[
                "breakOverlap:q_in_coffee@coffee",
                "breakOverlap:q_over_gap@lunch",
                "outsideDayHours:plenary_early",
                "outsideDayHours:q_too_late",
            ],
        );
    }

    /// A body that meets in parallel with its parent by design clashes neither with it nor
    /// with the bodies above; the bodies under it clash with it but not above it.
    #[test]
    fn a_body_in_parallel_with_its_parent_does_not_clash_with_the_bodies_above() {
        assert_conflicts(
            "days 2017-09-18..2017-09-22
             body council
             body sc < council parallel
             body wg < sc
             body other < council
             session plenary 2017-09-18 09:30-12:30 bodies=council
             session standing 2017-09-18 09:30-12:30 bodies=sc
             session group 2017-09-18 09:30-12:30 bodies=wg
             session other 2017-09-18 09:30-12:30 bodies=other",
            &["bodyClash:group+standing", "bodyClash:other+plenary"],
        );
    }
}
