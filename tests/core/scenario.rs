//! A tiny text notation for timetables, so a test reads as before -> command -> after.
//!
//! ```text
//! days 2017-09-18..2017-09-24        # Saturdays and Sundays become weekend days
//! hours 09:00-17:30
//! slot am 09:30-12:30                # a slot, by its standard times
//! break lunch meal 12:30-14:00       # coffee | meal | other
//! break late coffee 15:30-16:00 on=2017-09-19   # a day's own break
//! day 2017-09-20 holiday hours=08:00-18:00      # working | weekend | holiday, own hours
//! room popov 250                     # capacity optional
//! body sg12
//! body wp1 < sg12                    # parent after '<'
//! body q4 < wp1 hours=08:30-12:30,13:00-18:00   # the body's own hours (periods)
//! body sc < sg12 parallel            # meets in parallel with its parent by design
//! person chair
//! session open 2017-09-19 11:00-12:30 room=popov bodies=sg12 persons=chair exclusive
//! session q4 - bodies=wp1            # '-' = unscheduled
//! session late 2017-09-19T23:00..2017-09-20T01:00   # over midnight
//! ```
//! [`sessions`] renders the sessions back in the same `session` line form, in id order.

use chrono::{Datelike, NaiveDate, Weekday};
use plenary::model::*;
use plenary::time::{Stamp, TimeOfDay};

fn time(s: &str) -> TimeOfDay {
    s.parse()
        .unwrap_or_else(|e| panic!("scenario time {s}: {e}"))
}

fn range(s: &str) -> (TimeOfDay, TimeOfDay) {
    let (a, b) = s
        .split_once('-')
        .unwrap_or_else(|| panic!("scenario range {s}"));
    (time(a), time(b))
}

fn date(s: &str) -> NaiveDate {
    s.parse()
        .unwrap_or_else(|e| panic!("scenario date {s}: {e}"))
}

fn en(s: &str) -> Text {
    Text::from([(Lang::En, s.to_owned())])
}

/// Builds a timetable from the notation; panics (test input) on anything malformed.
pub fn timetable(text: &str) -> Timetable {
    let mut t = Timetable {
        arrange_weights: Default::default(),
        meeting: Meeting {
            title: en("Scenario"),
            venue: "Geneva".into(),
            time_zone: "Europe/Zurich".into(),
            city: None,
            languages: vec![Lang::En],
            hours: Hours {
                start: time("09:00"),
                end: time("17:30"),
            },
            interpreter_teams: None,
            default_session_minutes: None,
            note_style: Default::default(),
        },
        days: Vec::new(),
        slots: Default::default(),
        breaks: Default::default(),
        rooms: Default::default(),
        bodies: Default::default(),
        persons: Default::default(),
        sessions: Default::default(),
        constraints: Default::default(),
        severities: Default::default(),
        acknowledgements: Default::default(),
        revisions: Vec::new(),
        annex_notes: Vec::new(),
    };
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            [] => {}
            ["days", span] => {
                let (a, b) = span.split_once("..").expect("days A..B");
                let (mut d, end) = (date(a), date(b));
                while d <= end {
                    let weekend = matches!(d.weekday(), Weekday::Sat | Weekday::Sun);
                    let kind = if weekend {
                        DayKind::Weekend
                    } else {
                        DayKind::Working
                    };
                    t.days.push(Day {
                        date: d,
                        kind,
                        hours: None,
                        note: None,
                    });
                    d = d.succ_opt().expect("date");
                }
            }
            ["hours", r] => {
                let (start, end) = range(r);
                t.meeting.hours = Hours { start, end };
            }
            ["slot", id, r] => {
                let (start, end) = range(r);
                let slot = Slot {
                    id: (*id).into(),
                    name: en(id),
                    start,
                    end,
                    days: Default::default(),
                };
                t.slots.insert((*id).into(), slot);
            }
            ["break", id, kind, r, rest @ ..] => {
                let (start, end) = range(r);
                let day = match rest {
                    [] => None,
                    [on] => Some(date(on.strip_prefix("on=").expect("break ... on=DATE"))),
                    _ => panic!("break attributes not understood: {rest:?}"),
                };
                let kind = match *kind {
                    "coffee" => BreakKind::Coffee,
                    "meal" => BreakKind::Meal,
                    _ => BreakKind::Other,
                };
                let b = Break {
                    id: (*id).into(),
                    name: en(id),
                    kind,
                    start,
                    end,
                    day,
                };
                t.breaks.insert((*id).into(), b);
            }
            ["day", d, attrs @ ..] => {
                let d = date(d);
                let day = t
                    .days
                    .iter_mut()
                    .find(|x| x.date == d)
                    .unwrap_or_else(|| panic!("day {d} is not in the days line"));
                for a in attrs {
                    match a.split_once('=') {
                        Some(("hours", r)) => {
                            let (start, end) = range(r);
                            day.hours = Some(Hours { start, end });
                        }
                        None if *a == "holiday" => day.kind = DayKind::Holiday,
                        None if *a == "weekend" => day.kind = DayKind::Weekend,
                        None if *a == "working" => day.kind = DayKind::Working,
                        _ => panic!("day attribute not understood: {a}"),
                    }
                }
            }
            ["room", id, rest @ ..] => {
                let capacity = rest.first().map(|c| c.parse().expect("capacity"));
                let r = Room {
                    id: (*id).into(),
                    name: id.to_string(),
                    capacity,
                    interpretation: false,
                };
                t.rooms.insert((*id).into(), r);
            }
            ["body", id, rest @ ..] => {
                let (parent, rest) = match rest {
                    ["<", p, rest @ ..] => (Some(BodyId::from(*p)), rest),
                    _ => (None, rest),
                };
                let mut hours = Vec::new();
                let mut parallel_with_parent = false;
                for word in rest {
                    match word.split_once('=') {
                        Some(("hours", periods)) => {
                            for period in periods.split(',') {
                                let (start, end) = range(period);
                                hours.push(Hours { start, end });
                            }
                        }
                        _ if *word == "parallel" => parallel_with_parent = true,
                        _ => panic!("scenario body word {word}"),
                    }
                }
                let b = Body {
                    preferred_room: None,
                    id: (*id).into(),
                    short: id.to_string(),
                    name: en(id),
                    kind: BodyKind::Other,
                    parent,
                    hours,
                    parallel_with_parent,
                };
                t.bodies.insert((*id).into(), b);
            }
            ["person", id] => {
                let p = Person {
                    id: (*id).into(),
                    name: id.to_string(),
                    role: None,
                };
                t.persons.insert((*id).into(), p);
            }
            ["session", id, "-", rest @ ..] => {
                let s = session(id, None, rest);
                t.sessions.insert(s.id.clone(), s);
            }
            ["session", id, span, rest @ ..] if span.contains("..") => {
                let (a, b) = span.split_once("..").expect("START..END");
                let stamp = |x: &str| -> Stamp {
                    x.parse()
                        .unwrap_or_else(|e| panic!("scenario stamp {x}: {e}"))
                };
                let s = session(
                    id,
                    Some(Placement {
                        start: stamp(a),
                        end: stamp(b),
                    }),
                    rest,
                );
                t.sessions.insert(s.id.clone(), s);
            }
            ["session", id, d, r, rest @ ..] => {
                let (start, end) = range(r);
                let d = date(d);
                let pl = Placement {
                    start: Stamp::new(d, start),
                    end: Stamp::new(d, end),
                };
                let s = session(id, Some(pl), rest);
                t.sessions.insert(s.id.clone(), s);
            }
            other => panic!("scenario line not understood: {other:?}"),
        }
    }
    assert_eq!(t.validate(), Vec::new(), "scenario timetable must be valid");
    t
}

fn session(id: &str, placement: Option<Placement>, attrs: &[&str]) -> Session {
    let mut s = Session {
        pinned: false,
        windows: Vec::new(),
        preferred_room: None,
        id: id.into(),
        title: en(id),
        kind: SessionKind::Other,
        bodies: Vec::new(),
        room: None,
        persons: Vec::new(),
        placement,
        tentative: false,
        exclusive: false,
        interpretation: Vec::new(),
        attendance: None,
        annex: AnnexPlacement::Cell,
        annex_label: Text::new(),
        annex_note: Text::new(),
        timing: Default::default(),
        minutes: None,
        annex_mark: None,
    };
    for a in attrs {
        match a.split_once('=') {
            Some(("room", r)) => s.room = Some(r.into()),
            Some(("bodies", b)) => s.bodies = b.split(',').map(BodyId::from).collect(),
            Some(("persons", p)) => s.persons = p.split(',').map(PersonId::from).collect(),
            None if *a == "exclusive" => s.exclusive = true,
            None if *a == "tentative" => s.tentative = true,
            _ => panic!("session attribute not understood: {a}"),
        }
    }
    s
}

/// The sessions in the notation's `session` line form, one per line, in id order.
pub fn sessions(t: &Timetable) -> String {
    let mut lines: Vec<String> = t
        .sessions
        .values()
        .map(|s| {
            let mut line = format!("session {}", s.id);
            match &s.placement {
                Some(pl) if pl.start.date() == pl.end.date() || pl.end.time().minutes() == 0 => {
                    let end = if pl.end.date() == pl.start.date() {
                        pl.end.time().to_string()
                    } else {
                        "24:00".into()
                    };
                    line += &format!(" {} {}-{end}", pl.start.date(), pl.start.time());
                }
                Some(pl) => line += &format!(" {}..{}", pl.start, pl.end),
                None => line += " -",
            }
            if let Some(r) = &s.room {
                line += &format!(" room={r}");
            }
            if !s.bodies.is_empty() {
                let b: Vec<&str> = s.bodies.iter().map(|b| b.as_str()).collect();
                line += &format!(" bodies={}", b.join(","));
            }
            if !s.persons.is_empty() {
                let p: Vec<&str> = s.persons.iter().map(|p| p.as_str()).collect();
                line += &format!(" persons={}", p.join(","));
            }
            if s.exclusive {
                line += " exclusive";
            }
            if s.tentative {
                line += " tentative";
            }
            line
        })
        .collect();
    lines.sort();
    lines.join("\n")
}

/// Trims each line of an expected block, so tests can indent it.
pub fn lines(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}
