//! A brute-force conflict oracle: every pair of sessions, every date minute by minute of
//! arithmetic, written apart from the engine and as plainly as possible, to check the fast
//! engine against. It finds what each conflict is about (key, kind, sessions and subjects),
//! not its message: messages are checked by the engine's own tests.

use std::collections::{BTreeMap, BTreeSet};

use plenary::Conflict;
use plenary::model::{
    BreakKind, ConflictKind, DayKind, Placement, Rule, Session, SessionId, Timetable,
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
        let mut key = format!("{}:{}", kind.name(), ids.join("+"));
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

fn overlap(a: &Placement, b: &Placement) -> bool {
    a.start < b.end && b.start < a.end
}

fn related(t: &Timetable, x: &plenary::model::BodyId, y: &plenary::model::BodyId) -> bool {
    let track = |b: &plenary::model::BodyId| {
        t.bodies
            .get(b)
            .is_some_and(|b| b.kind == plenary::model::BodyKind::Track)
    };
    if track(x) || track(y) {
        return false; // tracks group subjects, not people: they never clash
    }
    x == y || t.body_and_ancestors(y).contains(&x) || t.body_and_ancestors(x).contains(&y)
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
        let last_minute = pl.end.plus_minutes(-1).expect("in range");
        let mut date = pl.start.date();
        let mut broken = BTreeSet::new();
        while date <= last_minute.date() {
            let midnight = Stamp::new(date, TimeOfDay::MIDNIGHT);
            let next_midnight = Stamp::new(date, TimeOfDay::END_OF_DAY);
            for b in t.breaks_on(date) {
                let (bs, be) = (Stamp::new(date, b.start), Stamp::new(date, b.end));
                let overlaps = pl.start < be && bs < pl.end;
                let bad = match b.kind {
                    BreakKind::Coffee => {
                        let starts_inside = bs < pl.start && pl.start < be;
                        let ends_inside = bs < pl.end && pl.end < be;
                        let within = bs <= pl.start && pl.end <= be;
                        overlaps && (starts_inside || ends_inside || within)
                    }
                    BreakKind::Meal | BreakKind::Other => overlaps,
                };
                if bad {
                    broken.insert(b.id.0.clone());
                }
            }
            match t.day(date) {
                None if !t.days.is_empty() => {
                    add(Shape::new(ConflictKind::OutsideMeetingDates, &ids, None))
                }
                None => {}
                Some(d) if d.kind != DayKind::Working => {
                    add(Shape::new(ConflictKind::NonWorkingDay, &ids, None))
                }
                Some(d) => {
                    let hours = t.hours_on(d.date);
                    let part_start = pl.start.max(midnight);
                    let part_end = pl.end.min(next_midnight);
                    if part_start < Stamp::new(date, hours.start)
                        || part_end > Stamp::new(date, hours.end)
                    {
                        add(Shape::new(ConflictKind::OutsideDayHours, &ids, None));
                    }
                }
            }
            date = date.succ_opt().expect("in range");
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
        let at = |id: &SessionId| t.sessions.get(id).and_then(|s| s.placement);
        let mut violations: Vec<(&SessionId, &SessionId)> = Vec::new();
        match &c.rule {
            Rule::Before { earlier, later } => {
                for e in earlier {
                    for l in later {
                        if let (Some(pe), Some(pl)) = (at(e), at(l))
                            && e != l
                            && pe.end > pl.start
                        {
                            violations.push((e, l));
                        }
                    }
                }
            }
            Rule::InSequence { sessions } => {
                let placed: Vec<&SessionId> = sessions.iter().filter(|s| at(s).is_some()).collect();
                for w in placed.windows(2) {
                    let (pa, pb) = (at(w[0]).expect("placed"), at(w[1]).expect("placed"));
                    if w[0] != w[1] && pa.end > pb.start {
                        violations.push((w[0], w[1]));
                    }
                }
            }
            Rule::NoOverlap { sessions } => {
                for (i, a) in sessions.iter().enumerate() {
                    for b in &sessions[i + 1..] {
                        if let (Some(pa), Some(pb)) = (at(a), at(b))
                            && a != b
                            && overlap(&pa, &pb)
                        {
                            violations.push((a, b));
                        }
                    }
                }
            }
            Rule::FixedTime { session, placement } => {
                if let Some(pl) = at(session)
                    && pl != *placement
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
        let mut cuts: Vec<Stamp> = interpreted
            .iter()
            .flat_map(|(_, p)| [p.start, p.end])
            .collect();
        cuts.sort();
        cuts.dedup();
        let mut periods: Vec<(Stamp, Stamp)> = Vec::new();
        for w in cuts.windows(2) {
            let (from, to) = (w[0], w[1]);
            let running = interpreted
                .iter()
                .filter(|(_, p)| p.start <= from && to <= p.end)
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
                .filter(|(_, p)| p.start < to && from < p.end)
                .map(|(s, _)| &s.id)
                .collect();
            add(Shape::new(ConflictKind::InterpretersOverbooked, &ids, None));
        }
    }

    out.into_values().collect()
}
