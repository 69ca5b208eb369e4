//! frab/Pentabarf `schedule.xml` and `schedule.json` import (version 1 as written by frab,
//! pretalx, Pentabarf and the CCC tools).
//!
//! Both readers first collect the file's conference, days, rooms and events as raw text
//! with positions ([`RawSchedule`]); one resolver then turns them into a timetable, so XML
//! and JSON get the same leniency:
//! - the time zone is `time_zone_name`, else the zone of the conference's `city` (an IANA
//!   exemplar city: `Brussels` is `Europe/Brussels`), else a fixed-offset zone from the
//!   events' offsets, else UTC (each guess reported); [`super::ImportOptions::time_zone`]
//!   overrides;
//! - an event's start is its `date` (with or without offset), else its day's date and
//!   `start`, moved to the next calendar date when `start` is before the conference's
//!   `day_change` (or the day's own start): FOSDEM and the CCC files file talks at 00:15
//!   under the previous conference day;
//! - the duration is `duration` (`HH:MM` or `HH:MM:SS`), else `end`, else the file's
//!   `timeslot_duration` (reported);
//! - events whose type or track marks a break become breaks (see `super::build::marks_break`);
//! - a `<person>` element directly in an event (not in `<persons>`) is read as a
//!   comma-separated list of names (reported once).
//!
//! Why one file of this length: the XML and JSON readers share the event mapping and the
//! positions they report, and read best side by side.

use std::collections::BTreeSet;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use serde_json::Value;

use super::build::{Builder, Moment, NewSession, PersonKey, Zone, break_kind, marks_break};
use super::ids::Lines;
use super::xml::{Document, Node};
use super::{Action, ImportError, ImportOptions, Imported, Position, ReportItem, kind_from_type};
use crate::messages::Message;
use crate::model::{AnnexPlacement, Placement, SessionKind, Timing};
use crate::time::TimeOfDay;

/// A schedule as found in the file, before any interpretation.
#[derive(Default)]
struct RawSchedule {
    title: String,
    venue: String,
    time_zone_name: Option<(String, Position)>,
    /// The conference's `city`, for its zone when no `time_zone_name` says it.
    city: Option<(String, Position)>,
    day_change: Option<TimeOfDay>,
    timeslot: Option<i64>,
    days: Vec<(NaiveDate, Position)>,
    rooms: Vec<String>,
    events: Vec<RawEvent>,
    notes: Vec<ReportItem>,
}

#[derive(Default)]
struct RawEvent {
    position: Position,
    day_date: Option<NaiveDate>,
    day_start: Option<TimeOfDay>,
    room: Option<String>,
    id: Option<String>,
    guid: Option<String>,
    title: String,
    date: Option<String>,
    start: Option<String>,
    duration: Option<String>,
    end: Option<String>,
    track: Option<String>,
    kind: Option<String>,
    persons: Vec<RawPerson>,
    person_list: Option<String>,
}

struct RawPerson {
    id: Option<String>,
    guid: Option<String>,
    name: String,
}

/// Imports frab `schedule.xml`.
pub fn import_xml(text: &str, options: &ImportOptions) -> Result<Imported, ImportError> {
    let lines = Lines::new(text);
    let doc = Document::parse(text)?;
    let at = |node: Node| {
        let (line, column) = lines.at(doc.text(), node.offset());
        Position::LineColumn { line, column }
    };
    let root = doc.root_element();
    if root.name() != "schedule" {
        return Err(ImportError::NotASchedule {
            position: at(root),
            message: Box::new(Message::new("frab-root-not-schedule").with("element", root.name())),
        });
    }
    let mut raw = RawSchedule::default();
    if let Some(conf) = root.child("conference") {
        raw.title = child_text(conf, "title").unwrap_or_default();
        let venue = child_text(conf, "venue").unwrap_or_default();
        let city = child_text(conf, "city").unwrap_or_default();
        if let Some(node) = conf.child("city").filter(|_| !city.trim().is_empty()) {
            raw.city = Some((city.trim().to_owned(), at(node)));
        }
        raw.venue = [venue, city]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        if let Some(tz) = conf.child("time_zone_name") {
            let name = tz.text().trim().to_owned();
            if !name.is_empty() {
                raw.time_zone_name = Some((name, at(tz)));
            }
        }
        if let Some(dc) = conf.child("day_change") {
            raw.day_change = time_of_day(&dc.text());
            if raw.day_change.is_none() {
                raw.notes.push(ReportItem::new(
                    at(dc),
                    Action::Skipped,
                    Message::new("import-frab-bad-day-change").with("value", dc.text()),
                ));
            }
        }
        raw.timeslot = child_text(conf, "timeslot_duration").and_then(|d| minutes_of(&d));
    } else {
        raw.notes.push(ReportItem::new(
            at(root),
            Action::Guessed,
            Message::new("import-frab-no-conference"),
        ));
    }
    for day in root.children().filter(|n| n.has_tag_name("day")) {
        let date = day.attribute("date").and_then(date_of);
        match date {
            Some(d) => raw.days.push((d, at(day))),
            None => raw.notes.push(ReportItem::new(
                at(day),
                Action::Guessed,
                Message::new("import-frab-day-without-date")
                    .with("value", day.attribute("date").unwrap_or("")),
            )),
        }
        let day_start = day
            .attribute("start")
            .and_then(|s| s.get(11..16))
            .and_then(time_of_day);
        for room in day.children().filter(|n| n.has_tag_name("room")) {
            let room_name = room.attribute("name").unwrap_or("").trim().to_owned();
            if !room_name.is_empty() && !raw.rooms.contains(&room_name) {
                raw.rooms.push(room_name.clone());
            }
            for event in room.children().filter(|n| n.has_tag_name("event")) {
                raw.events
                    .push(xml_event(event, at(event), date, day_start, &room_name));
            }
        }
    }
    resolve(raw, options)
}

fn xml_event(
    event: Node,
    position: Position,
    day_date: Option<NaiveDate>,
    day_start: Option<TimeOfDay>,
    room_name: &str,
) -> RawEvent {
    let mut persons = Vec::new();
    let mut person_list = None;
    for node in event.children().filter(|n| n.is_element()) {
        match node.name() {
            "persons" => {
                for p in node.children().filter(|n| n.has_tag_name("person")) {
                    persons.push(RawPerson {
                        id: p.attribute("id").map(str::to_owned),
                        guid: p.attribute("guid").map(str::to_owned),
                        name: all_text(p),
                    });
                }
            }
            "person" => {
                let text = all_text(node);
                if node.attribute("id").is_some() || node.attribute("guid").is_some() {
                    persons.push(RawPerson {
                        id: node.attribute("id").map(str::to_owned),
                        guid: node.attribute("guid").map(str::to_owned),
                        name: text,
                    });
                } else if !text.trim().is_empty() {
                    person_list = Some(text);
                }
            }
            _ => {}
        }
    }
    let own_room = child_text(event, "room").filter(|r| !r.trim().is_empty());
    RawEvent {
        position,
        day_date,
        day_start,
        room: own_room.or_else(|| Some(room_name.to_owned())),
        id: event.attribute("id").map(str::to_owned),
        guid: event.attribute("guid").map(str::to_owned),
        title: child_text(event, "title").unwrap_or_default(),
        date: child_text(event, "date"),
        start: child_text(event, "start"),
        duration: child_text(event, "duration"),
        end: child_text(event, "end"),
        track: child_text(event, "track"),
        kind: child_text(event, "type"),
        persons,
        person_list,
    }
}

fn child_text(node: Node, name: &str) -> Option<String> {
    node.child(name).map(all_text)
}

/// The text of a node and its descendants (CDATA included), trimmed.
fn all_text(node: Node) -> String {
    node.text().trim().to_owned()
}

/// Imports frab `schedule.json`.
pub fn import_json(text: &str, options: &ImportOptions) -> Result<Imported, ImportError> {
    let root: Value = serde_json::from_str(text).map_err(|e| ImportError::Json {
        line: e.line(),
        // serde_json says column 0 at the start of a line (before its first character).
        column: e.column().max(1),
        message: strip_position(&e.to_string()),
    })?;
    let (schedule, base) = match root.get("schedule") {
        Some(s) if s.is_object() => (s, "schedule".to_owned()),
        _ if root.get("conference").is_some() => (&root, String::new()),
        _ => {
            return Err(ImportError::NotASchedule {
                position: Position::Path("(root)".into()),
                message: Box::new(Message::new("frab-no-schedule-object")),
            });
        }
    };
    let conf_path = join(&base, "conference");
    let Some(conf) = schedule.get("conference").filter(|c| c.is_object()) else {
        return Err(ImportError::NotASchedule {
            position: Position::Path(conf_path),
            message: Box::new(Message::new("frab-no-conference-object")),
        });
    };
    let mut raw = RawSchedule {
        title: text_of(conf.get("title")).unwrap_or_default(),
        ..RawSchedule::default()
    };
    if let Some(tz) = text_of(conf.get("time_zone_name")).filter(|t| !t.trim().is_empty()) {
        raw.time_zone_name = Some((tz, Position::Path(format!("{conf_path}.time_zone_name"))));
    }
    if let Some(city) = text_of(conf.get("city")).filter(|t| !t.trim().is_empty()) {
        raw.city = Some((city, Position::Path(format!("{conf_path}.city"))));
    }
    raw.timeslot = text_of(conf.get("timeslot_duration")).and_then(|d| minutes_of(&d));
    raw.day_change = text_of(conf.get("day_change")).and_then(|d| time_of_day(&d));
    if let Some(rooms) = conf.get("rooms").and_then(Value::as_array) {
        for room in rooms {
            if let Some(name) = text_of(room.get("name")).filter(|n| !n.trim().is_empty())
                && !raw.rooms.contains(&name)
            {
                raw.rooms.push(name);
            }
        }
    }
    let days_path = format!("{conf_path}.days");
    let days = match conf.get("days") {
        Some(Value::Array(days)) => days.as_slice(),
        other => {
            raw.notes.push(ReportItem::new(
                Position::Path(days_path.clone()),
                Action::Skipped,
                match other {
                    None => Message::new("import-frab-no-days"),
                    Some(v) => Message::new("import-frab-days-not-array").with("kind", kind_of(v)),
                },
            ));
            &[]
        }
    };
    for (di, day) in days.iter().enumerate() {
        let day_path = format!("{days_path}[{di}]");
        let date = text_of(day.get("date")).and_then(|d| date_of(&d));
        match date {
            Some(d) => raw.days.push((d, Position::Path(day_path.clone()))),
            None => raw.notes.push(ReportItem::new(
                Position::Path(format!("{day_path}.date")),
                Action::Guessed,
                Message::new("import-frab-json-day-without-date"),
            )),
        }
        let day_start = text_of(day.get("day_start"))
            .and_then(|s| s.get(11..16).map(str::to_owned))
            .and_then(|s| time_of_day(&s));
        let Some(rooms) = day.get("rooms").and_then(Value::as_object) else {
            continue;
        };
        for (room_name, events) in rooms {
            if !room_name.trim().is_empty() && !raw.rooms.contains(room_name) {
                raw.rooms.push(room_name.clone());
            }
            let Some(events) = events.as_array() else {
                raw.notes.push(ReportItem::new(
                    Position::Path(format!("{day_path}.rooms[{room_name:?}]")),
                    Action::Skipped,
                    Message::new("import-frab-room-events-not-array").with("kind", kind_of(events)),
                ));
                continue;
            };
            for (ei, event) in events.iter().enumerate() {
                let position = Position::Path(format!("{day_path}.rooms[{room_name:?}][{ei}]"));
                if !event.is_object() {
                    raw.events.push(RawEvent {
                        position: position.clone(),
                        ..RawEvent::default()
                    });
                    raw.notes.push(ReportItem::new(
                        position,
                        Action::Skipped,
                        Message::new("import-frab-event-not-object").with("kind", kind_of(event)),
                    ));
                    continue;
                }
                raw.events
                    .push(json_event(event, position, date, day_start, room_name));
            }
        }
    }
    resolve(raw, options)
}

fn json_event(
    event: &Value,
    position: Position,
    day_date: Option<NaiveDate>,
    day_start: Option<TimeOfDay>,
    room_name: &str,
) -> RawEvent {
    let persons = event
        .get("persons")
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .map(|p| match p {
                    Value::String(name) => RawPerson {
                        id: None,
                        guid: None,
                        name: name.clone(),
                    },
                    _ => RawPerson {
                        id: text_of(p.get("id")).or_else(|| text_of(p.get("code"))),
                        guid: text_of(p.get("guid")),
                        name: text_of(p.get("public_name"))
                            .or_else(|| text_of(p.get("name")))
                            .unwrap_or_default(),
                    },
                })
                .collect()
        })
        .unwrap_or_default();
    let g = |key: &str| text_of(event.get(key));
    RawEvent {
        position,
        day_date,
        day_start,
        room: g("room")
            .filter(|r| !r.trim().is_empty())
            .or_else(|| Some(room_name.to_owned())),
        id: g("id"),
        guid: g("guid"),
        title: g("title").unwrap_or_default(),
        date: g("date"),
        start: g("start"),
        duration: g("duration"),
        end: g("end"),
        track: g("track"),
        kind: g("type"),
        persons,
        person_list: None,
    }
}

fn join(base: &str, key: &str) -> String {
    if base.is_empty() {
        key.to_owned()
    } else {
        format!("{base}.{key}")
    }
}

fn text_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// What kind of JSON value `v` is, as a message ("a string").
fn kind_of(v: &Value) -> Message {
    Message::new(match v {
        Value::Null => "json-null",
        Value::Bool(_) => "json-boolean",
        Value::Number(_) => "json-number",
        Value::String(_) => "json-string",
        Value::Array(_) => "json-array",
        Value::Object(_) => "json-object",
    })
}

fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

/// A field's text, trimmed, when it has any.
fn given(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

/// `HH:MM` or `HH:MM:SS` (hours up to 24) as a time of day.
fn time_of_day(text: &str) -> Option<TimeOfDay> {
    let mut parts = text.trim().split(':');
    let h: u16 = parts.next()?.trim().parse().ok()?;
    let m: u16 = parts.next()?.trim().parse().ok()?;
    TimeOfDay::hm(h, m)
}

/// `HH:MM`, `HH:MM:SS` or `D:HH:MM:SS`-free durations in whole minutes.
fn minutes_of(text: &str) -> Option<i64> {
    let parts: Vec<&str> = text.trim().split(':').collect();
    let num = |s: &str| s.trim().parse::<i64>().ok().filter(|n| *n >= 0);
    match parts.as_slice() {
        [h, m] | [h, m, _] => Some(num(h)? * 60 + num(m)?),
        [m] => num(m),
        _ => None,
    }
}

fn date_of(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim().get(..10)?, "%Y-%m-%d").ok()
}

/// A frab `date`: RFC 3339 with offset or `Z`, else a naive date-time (wall clock).
fn moment_of(text: &str) -> Option<Moment> {
    let t = text.trim();
    if let Ok(i) = DateTime::<FixedOffset>::parse_from_rfc3339(t) {
        return Some(Moment::Instant(i));
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%z",
        "%Y-%m-%dT%H:%M%z",
        "%Y-%m-%d %H:%M:%S%z",
    ] {
        if let Ok(i) = DateTime::<FixedOffset>::parse_from_str(t, fmt) {
            return Some(Moment::Instant(i));
        }
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(l) = NaiveDateTime::parse_from_str(t, fmt) {
            return Some(Moment::Local(l));
        }
    }
    None
}

fn resolve(raw: RawSchedule, options: &ImportOptions) -> Result<Imported, ImportError> {
    let mut notes = raw.notes;
    let (zone, guessed) = choose_zone(
        options,
        raw.time_zone_name.as_ref(),
        raw.city.as_ref(),
        &raw.events,
        &mut notes,
    )?;
    let mut b = Builder::new(zone);
    b.title_fallback(options);
    if guessed {
        b.zone_is_a_guess();
    }
    b.report.items.append(&mut notes);
    b.meeting(&raw.title, &raw.venue);
    for (date, _) in &raw.days {
        b.day(*date);
    }
    for room in &raw.rooms {
        b.room(room);
    }
    let default_minutes = raw.timeslot.filter(|m| *m > 0).unwrap_or(15);
    let mut unknown_types: BTreeSet<String> = BTreeSet::new();
    let mut listed_persons_noted = false;
    b.report.events = raw.events.len();
    for ev in raw.events {
        if ev.title.is_empty() && ev.start.is_none() && ev.date.is_none() {
            // An event that was not an object (already reported) or is empty.
            continue;
        }
        let Some(start) = event_start(&ev, raw.day_change, &b) else {
            b.note(
                ev.position.clone(),
                Action::Skipped,
                format!(
                    "event \"{}\" has no usable start (date '{}', start '{}')",
                    ev.title,
                    ev.date.as_deref().unwrap_or(""),
                    ev.start.as_deref().unwrap_or("")
                ),
            );
            continue;
        };
        if let Some(date) = given(&ev.date)
            && moment_of(date).is_none()
        {
            b.note(
                ev.position.clone(),
                Action::Guessed,
                format!(
                    "event \"{}\": its date '{date}' is no date and time (no such day or time \
                     of day); it starts at {start}, from its day and its start '{}'",
                    ev.title,
                    ev.start.as_deref().unwrap_or("")
                ),
            );
        } else if let Some(text) = given(&ev.start)
            && time_of_day(text).is_none()
        {
            b.note(
                ev.position.clone(),
                Action::Guessed,
                format!(
                    "event \"{}\": its start '{text}' is not a time of day (00:00 to 24:00); \
                     its date places it at {start}",
                    ev.title
                ),
            );
        }
        // A duration of 0 (or an end at its start) makes a point in time: "17:30 Steering
        // Committee" is an item with a start and no length, not a session of a guessed length.
        let ends_at_start = ev
            .end
            .as_deref()
            .and_then(moment_of)
            .is_some_and(|e| start.minutes_until(b.stamp(e)) == 0);
        let marked_break = [&ev.track, &ev.kind]
            .into_iter()
            .any(|t| marks_break(t.as_deref().unwrap_or_default()));
        let point = !marked_break
            && match ev.duration.as_deref().and_then(minutes_of) {
                Some(0) => ev.end.as_deref().and_then(moment_of).is_none() || ends_at_start,
                Some(_) => false,
                None => ends_at_start,
            };
        if point {
            b.note(
                ev.position.clone(),
                Action::Guessed,
                Message::new("import-event-point-in-time")
                    .with("event", &ev.title)
                    .with("start", start.to_string()),
            );
        }
        let minutes = match ev.duration.as_deref().and_then(minutes_of) {
            _ if point => Some(0),
            Some(m) if m > 0 => Some(m),
            _ => ev
                .end
                .as_deref()
                .and_then(moment_of)
                .map(|e| start.minutes_until(b.stamp(e)))
                .filter(|m| *m > 0),
        };
        let minutes = minutes.unwrap_or_else(|| {
            b.note(
                ev.position.clone(),
                Action::Guessed,
                format!(
                    "event \"{}\" has no usable duration ('{}'){}; it lasts {default_minutes} min",
                    ev.title,
                    ev.duration.as_deref().unwrap_or(""),
                    match given(&ev.end) {
                        Some(end) if moment_of(end).is_some() => {
                            format!(" and its end '{end}' is not after its start {start}")
                        }
                        Some(end) => format!(" and its end '{end}' is no date and time"),
                        None => String::new(),
                    }
                ),
            );
            default_minutes
        });
        let Some(end) = start.plus_minutes(minutes) else {
            b.note(
                ev.position.clone(),
                Action::Skipped,
                Message::new("import-event-beyond-calendar").with("event", &ev.title),
            );
            continue;
        };
        let placement = Placement { start, end };
        let track = ev.track.clone().unwrap_or_default();
        let kind_text = ev.kind.clone().unwrap_or_default();
        if marks_break(&kind_text) || marks_break(&track) {
            b.report.break_events += 1;
            let kind = break_kind(&[&ev.title, &track, &kind_text]);
            b.add_break(&ev.title, kind, placement, ev.position.clone());
            continue;
        }
        let kind = match kind_from_type(&kind_text) {
            Some(k) => k,
            None => {
                if !kind_text.is_empty() && unknown_types.insert(kind_text.clone()) {
                    b.note(
                        ev.position.clone(),
                        Action::Guessed,
                        format!(
                            "event type '{kind_text}' names no Plenary kind; its events are \
                             of kind 'other' (first here)"
                        ),
                    );
                }
                SessionKind::Other
            }
        };
        let mut persons: Vec<(PersonKey, String)> = ev
            .persons
            .iter()
            .map(|p| {
                let key = match (&p.id, &p.guid) {
                    (Some(id), _) if !id.trim().is_empty() => PersonKey::Id(id.clone()),
                    (_, Some(guid)) if !guid.trim().is_empty() => PersonKey::Guid(guid.clone()),
                    _ => PersonKey::Name(p.name.clone()),
                };
                (key, p.name.clone())
            })
            .collect();
        if let Some(list) = &ev.person_list {
            if !listed_persons_noted {
                listed_persons_noted = true;
                b.note(
                    ev.position.clone(),
                    Action::Guessed,
                    "<person> outside <persons> with no id: read as a comma-separated list \
                     of names, each person identified by name (first here)",
                );
            }
            for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                persons.push((PersonKey::Name(name.to_owned()), name.to_owned()));
            }
        }
        let id = match (&ev.id, &ev.guid) {
            (Some(id), _) if !id.trim().is_empty() => format!("e-{}", id.trim()),
            (_, Some(guid)) if !guid.trim().is_empty() => format!("e-{}", guid.trim()),
            _ => String::new(),
        };
        b.session(NewSession {
            id,
            title: ev.title,
            kind,
            room: ev.room,
            bodies: vec![track],
            persons,
            placement: Some(placement),
            timing: if point { Timing::Point } else { Timing::Span },
            tentative: false,
            exclusive: kind == SessionKind::Plenary,
            annex: AnnexPlacement::Cell,
            position: ev.position,
        });
    }
    b.finish()
}

/// The event's start in the meeting's zone: its `date`, else its day's date and `start`
/// (the next date when `start` is before the day change).
fn event_start(
    ev: &RawEvent,
    day_change: Option<TimeOfDay>,
    b: &Builder,
) -> Option<crate::time::Stamp> {
    if let Some(m) = ev.date.as_deref().and_then(moment_of) {
        return Some(b.stamp(m));
    }
    let date = ev.day_date?;
    let start = time_of_day(ev.start.as_deref()?)?;
    let change = day_change.or(ev.day_start);
    let date = match change {
        Some(change) if start < change => date.succ_opt()?,
        _ => date,
    };
    let time = NaiveTime::from_hms_opt(start.minutes() / 60, start.minutes() % 60, 0)?;
    Some(b.stamp(Moment::Local(date.and_time(time))))
}

/// The meeting's zone, and whether it is a guess (the file named none, and no zone was
/// given): the app then asks the user to confirm it.
fn choose_zone(
    options: &ImportOptions,
    named: Option<&(String, Position)>,
    city: Option<&(String, Position)>,
    events: &[RawEvent],
    notes: &mut Vec<ReportItem>,
) -> Result<(Zone, bool), ImportError> {
    if let Some(name) = &options.time_zone {
        return Zone::named(name)
            .map(|z| (z, false))
            .ok_or_else(|| ImportError::UnknownTimeZone(name.clone()));
    }
    if let Some((name, position)) = named {
        match Zone::named(name) {
            Some(z) => return Ok((z, false)),
            None => notes.push(ReportItem::new(
                position.clone(),
                Action::Skipped,
                Message::new("import-zone-unknown").with("zone", name.as_str()),
            )),
        }
    }
    // The city's zone: a guess, since the venue's city says where, not which clock the
    // schedule's times follow (they almost always follow the venue's).
    if let Some((name, position)) = city {
        match super::zones::city_zone(name) {
            Some(zone) => {
                notes.push(ReportItem::new(
                    position.clone(),
                    Action::Guessed,
                    Message::new("import-zone-from-city")
                        .with("city", name.as_str())
                        .with("zone", zone.name()),
                ));
                return Ok((zone, true));
            }
            None => notes.push(ReportItem::new(
                position.clone(),
                Action::Skipped,
                Message::new("import-city-without-zone").with("city", name.as_str()),
            )),
        }
    }
    let first_offset = events
        .iter()
        .find_map(|e| match e.date.as_deref().and_then(moment_of) {
            Some(Moment::Instant(i)) => Some((*i.offset(), e.position.clone())),
            _ => None,
        });
    if let Some((offset, position)) = first_offset
        && let Some(zone) = Zone::fixed(offset)
    {
        notes.push(ReportItem::new(
            position,
            Action::Guessed,
            Message::new("import-zone-from-offset")
                .with("offset", offset.to_string())
                .with("zone", zone.name()),
        ));
        return Ok((zone, true));
    }
    notes.push(ReportItem::new(
        Position::File,
        Action::Guessed,
        Message::new("import-zone-utc"),
    ));
    Ok((Zone::utc(), true))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r#"<?xml version="1.0"?>
<schedule>
  <conference><title>Tiny</title><day_change>04:00</day_change></conference>
  <day date="2024-03-01" index="1">
    <room name="A">
      <event id="1"><start>23:30</start><duration>01:00</duration><title>Late</title>
        <type>lecture</type><track>T</track><persons><person id="7">Ann</person></persons></event>
      <event id="1"><start>00:30</start><duration>00:30</duration><title>After midnight</title>
        <type>workshop</type><persons><person id="7">Ann</person></persons></event>
      <event id="3"><start>12:00</start><duration>01:00</duration><title>Lunch</title>
        <type>break</type></event>
    </room>
    <room name="Empty"/>
  </day>
</schedule>"#;

    #[test]
    fn events_after_the_day_change_get_the_next_calendar_date() {
        let imp = import_xml(SMALL, &ImportOptions::default()).expect("imports");
        let t = &imp.timetable;
        let late = &t.sessions[&crate::model::SessionId::from("e-1")];
        assert_eq!(
            late.placement.map(|p| p.start.to_string()).as_deref(),
            Some("2024-03-01T23:30")
        );
        let after = t
            .sessions
            .values()
            .find(|s| s.title.values().any(|v| v == "After midnight"))
            .expect("second event kept");
        assert_eq!(
            after.placement.map(|p| p.start.to_string()).as_deref(),
            Some("2024-03-02T00:30"),
            "00:30 is before the 04:00 day change, so it is the next morning"
        );
        assert_eq!(after.id.as_str(), "e-1-2", "duplicate id repaired");
        assert_eq!(after.kind, SessionKind::Training);
        assert!(
            imp.report
                .of(Action::Repaired)
                .any(|i| i.message.contains("duplicate id")),
            "{:?}",
            imp.report
        );
        assert_eq!(t.rooms.len(), 2, "the room with no events is kept");
        assert_eq!(t.breaks.len(), 1, "the break event is a break");
        assert_eq!(t.persons.len(), 1, "the person is known by id");
        assert_eq!(t.meeting.time_zone, "UTC");
    }

    #[test]
    fn wrong_root_is_not_a_schedule() {
        let err = import_xml("<calendar/>", &ImportOptions::default()).expect_err("refused");
        assert!(err.to_string().contains("<calendar>"), "{err}");
    }

    #[test]
    fn malformed_xml_names_line_and_column() {
        let err = import_xml("<schedule>\n<day a=>", &ImportOptions::default()).expect_err("bad");
        assert!(matches!(err, ImportError::Xml { line: 2, .. }), "{err:?}");
    }
}
