//! frab `schedule.xml` and `schedule.json` export, strict: the output validates against the
//! published XSD and JSON Schema (`../shared/data/frab-schema`; checked by the tests).
//!
//! - One frab day per meeting day and per other date a session starts on; every room is
//!   listed on every day (so rooms with no sessions survive); sessions with no room go in a
//!   room with an empty name, which Plenary's importer reads as "no room".
//! - Event ids are the numbers in Plenary ids (`e-8429` gives 8429), else fresh numbers;
//!   guids are stable UUIDs from a namespace (the meeting's title) and the session id.
//! - `type` is the kind's word ([`super::type_of_kind`]), `track` the first body's short
//!   name; plenaries are `type` `plenary` (frab has no "exclusive").
//! - Breaks in force on a day are events of type `break` with the track `Coffee break`,
//!   `Meal break` or `Break`, listed under the first room; the importer makes them breaks
//!   again. Unscheduled sessions are not exported (frab has no palette).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;

use chrono::{NaiveDate, NaiveDateTime, Offset, TimeZone};
use chrono_tz::Tz;
use serde_json::{Value, json};

use super::ExportError;
use super::ids::{document_uuid, slug, stable_uuid};
use super::type_of_kind;
use crate::model::{BreakKind, Lang, Timetable, text_in};
use crate::time::Stamp;

/// How to write frab files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrabOptions {
    /// The schedule's `version` (frab puts a revision name here).
    pub version: String,
    /// Language of titles and names.
    pub lang: Lang,
    /// What guids are derived from together with session ids; `None` for the meeting's
    /// title.
    pub namespace: Option<String>,
    /// The document's id: when set, guids are UUID version 5 of it and the item's id
    /// ([`super::ids::document_uuid`]) rather than derived from [`Self::namespace`].
    pub document: Option<String>,
}

impl Default for FrabOptions {
    fn default() -> Self {
        FrabOptions {
            version: "1.0".into(),
            lang: Lang::En,
            namespace: None,
            document: None,
        }
    }
}

struct Event {
    id: u64,
    guid: String,
    date: String,
    end: String,
    start: String,
    duration: String,
    room: String,
    slug: String,
    title: String,
    track: String,
    kind: &'static str,
    persons: Vec<(u64, String)>,
    sort: Stamp,
}

struct Day {
    index: usize,
    date: NaiveDate,
    start: String,
    end: String,
    rooms: Vec<(String, Vec<Event>)>,
}

struct Plan {
    acronym: String,
    title: String,
    zone_name: String,
    language: &'static str,
    start: NaiveDate,
    end: NaiveDate,
    rooms: Vec<(String, String)>,
    days: Vec<Day>,
}

/// `stamp` (wall clock in `tz`) as RFC 3339 with its offset.
fn with_offset(tz: Tz, stamp: NaiveDateTime) -> String {
    let offset = match tz.from_local_datetime(&stamp).earliest() {
        Some(dt) => dt.offset().fix(),
        None => tz.offset_from_utc_datetime(&stamp).fix(),
    };
    let secs = offset.local_minus_utc();
    let sign = if secs < 0 { '-' } else { '+' };
    let a = secs.abs();
    format!(
        "{}{sign}{:02}:{:02}",
        stamp.format("%Y-%m-%dT%H:%M:%S"),
        a / 3600,
        (a % 3600) / 60
    )
}

/// The number in an id like `e-8429` or `8429`, if positive.
fn number_in(id: &str) -> Option<u64> {
    let digits = id.rsplit(|c: char| !c.is_ascii_digit()).next()?;
    let prefix_ok = id.len() == digits.len() || id[..id.len() - digits.len()].ends_with('-');
    let n: u64 = digits.parse().ok()?;
    (prefix_ok && n > 0 && !digits.starts_with('0')).then_some(n)
}

/// Assigns numbers: each id's own number when free, else the next unused one.
fn numbers<'a>(ids: impl Iterator<Item = &'a str> + Clone) -> HashMap<&'a str, u64> {
    let mut map = HashMap::new();
    let mut used = BTreeSet::new();
    for id in ids.clone() {
        if let Some(n) = number_in(id)
            && used.insert(n)
        {
            map.insert(id, n);
        }
    }
    let mut next = 1;
    for id in ids {
        if map.contains_key(id) {
            continue;
        }
        while used.contains(&next) {
            next += 1;
        }
        used.insert(next);
        map.insert(id, next);
    }
    map
}

fn acronym_of(title: &str) -> String {
    let mut a: String = slug(title, '_').chars().take(30).collect();
    while a.ends_with('_') {
        a.pop();
    }
    while a.len() < 4 {
        a.push('_');
        if a.len() < 4 {
            a.push('x');
        }
    }
    // The JSON Schema wants the second to fourth characters in [a-z0-9_].
    a
}

fn hhmm(minutes: i64) -> String {
    let m = minutes.clamp(0, 99 * 60 + 59);
    format!("{:02}:{:02}", m / 60, m % 60)
}

fn plan(t: &Timetable, options: &FrabOptions) -> Result<Plan, ExportError> {
    let lang = options.lang;
    let tz: Tz = t
        .meeting
        .time_zone
        .parse()
        .map_err(|_| ExportError::TimeZone(t.meeting.time_zone.clone()))?;
    let title = text_in(&t.meeting.title, lang).to_owned();
    let namespace = options.namespace.clone().unwrap_or_else(|| title.clone());
    let acronym = acronym_of(&title);
    let guid = |kind: &str, id: &str, extra: &str| match &options.document {
        Some(document) if extra.is_empty() => document_uuid(document, kind, id),
        Some(document) => document_uuid(document, kind, &format!("{id}:{extra}")),
        None if extra.is_empty() => stable_uuid(&[&namespace, kind, id]),
        None => stable_uuid(&[&namespace, kind, id, extra]),
    };
    let mut session_ids: Vec<&str> = t.sessions.keys().map(|s| s.as_str()).collect();
    let session_numbers = numbers(session_ids.iter().copied());
    let person_numbers = numbers(t.persons.keys().map(|p| p.as_str()));
    let mut next_number = session_numbers.values().copied().max().unwrap_or(0) + 1;
    session_ids.clear();

    let mut dates: BTreeSet<NaiveDate> = t.days.iter().map(|d| d.date).collect();
    dates.extend(
        t.sessions
            .values()
            .filter_map(|s| s.placement.map(|p| p.start.date())),
    );
    let room_names: Vec<String> = t.rooms.values().map(|r| r.name.clone()).collect();
    let mut by_date: BTreeMap<NaiveDate, Vec<Event>> = BTreeMap::new();
    let event_for = |id: u64,
                     guid: String,
                     start: Stamp,
                     end: Stamp,
                     room: String,
                     title: String,
                     track: String,
                     kind: &'static str,
                     persons: Vec<(u64, String)>| Event {
        id,
        guid,
        date: with_offset(tz, start.naive()),
        end: with_offset(tz, end.naive()),
        start: start.time().to_string(),
        duration: hhmm(start.minutes_until(end)),
        slug: format!("{acronym}-{id}-{}", slug(&title, '_')),
        room,
        title,
        track,
        kind,
        persons,
        sort: start,
    };
    for s in t.sessions.values() {
        let Some(p) = s.placement else { continue };
        let id = session_numbers.get(s.id.as_str()).copied().unwrap_or(0);
        let persons = s
            .persons
            .iter()
            .filter_map(|pid| {
                let person = t.persons.get(pid)?;
                Some((
                    person_numbers.get(pid.as_str()).copied().unwrap_or(0),
                    person.name.clone(),
                ))
            })
            .collect();
        let room = s
            .room
            .as_ref()
            .and_then(|r| t.rooms.get(r))
            .map(|r| r.name.clone())
            .unwrap_or_default();
        let track = s
            .bodies
            .first()
            .and_then(|b| t.bodies.get(b))
            .map(|b| b.short.clone())
            .unwrap_or_default();
        by_date.entry(p.start.date()).or_default().push(event_for(
            id,
            guid("session", s.id.as_str(), ""),
            p.start,
            p.end,
            room,
            text_in(&s.title, lang).to_owned(),
            track,
            type_of_kind(s.kind),
            persons,
        ));
    }
    let break_room = room_names.first().cloned().unwrap_or_default();
    for date in &dates {
        if t.day(*date).is_none() {
            continue;
        }
        for b in t.breaks_on(*date) {
            let start = b.start.on(*date);
            let end = b.end.on(*date);
            let track = match b.kind {
                BreakKind::Coffee => "Coffee break",
                BreakKind::Meal => "Meal break",
                BreakKind::Other => "Break",
            };
            let id = next_number;
            next_number += 1;
            let date_text = date.to_string();
            by_date.entry(*date).or_default().push(event_for(
                id,
                guid("break", b.id.as_str(), &date_text),
                start,
                end,
                break_room.clone(),
                text_in(&b.name, lang).to_owned(),
                track.to_owned(),
                "break",
                Vec::new(),
            ));
        }
    }
    let mut days = Vec::new();
    for (i, date) in dates.iter().enumerate() {
        let mut events = by_date.remove(date).unwrap_or_default();
        events.sort_by(|a, b| a.sort.cmp(&b.sort).then(a.id.cmp(&b.id)));
        let hours = t.hours_on(*date);
        let day_start = events
            .iter()
            .map(|e| e.sort)
            .chain([hours.start.on(*date)])
            .min()
            .unwrap_or(hours.start.on(*date));
        let day_end = events
            .iter()
            .filter_map(|e| {
                chrono::DateTime::parse_from_rfc3339(&e.end)
                    .ok()
                    .map(|d| Stamp::from_naive(d.naive_local()))
            })
            .chain([hours.end.on(*date)])
            .max()
            .unwrap_or(hours.end.on(*date));
        let mut rooms: Vec<(String, Vec<Event>)> =
            room_names.iter().map(|n| (n.clone(), Vec::new())).collect();
        for e in events {
            match rooms.iter_mut().find(|(n, _)| *n == e.room) {
                Some((_, list)) => list.push(e),
                None => rooms.push((e.room.clone(), vec![e])),
            }
        }
        days.push(Day {
            index: i + 1,
            date: *date,
            start: with_offset(tz, day_start.naive()),
            end: with_offset(tz, day_end.naive()),
            rooms,
        });
    }
    let rooms = t
        .rooms
        .values()
        .map(|r| (r.name.clone(), guid("room", r.id.as_str(), "")))
        .collect();
    let first = dates.first().copied().unwrap_or_default();
    Ok(Plan {
        acronym,
        title,
        zone_name: tz.name().to_owned(),
        language: lang.code(),
        start: first,
        end: dates.last().copied().unwrap_or(first),
        rooms,
        days,
    })
}

/// XML text with `&`, `<`, `>`, quotes escaped and characters XML forbids dropped. A carriage
/// return is written as `&#13;`: a raw one would be read back as a line feed (XML
/// normalises line ends), so the text would not survive a round trip.
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes `timetable` as frab `schedule.xml`.
pub fn write_frab_xml<W: Write>(
    timetable: &Timetable,
    options: &FrabOptions,
    out: &mut W,
) -> Result<(), ExportError> {
    let p = plan(timetable, options)?;
    let mut s = String::with_capacity(4096);
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n");
    s.push_str(&format!(
        "  <generator name=\"Plenary\" version=\"{}\"/>\n",
        env!("CARGO_PKG_VERSION")
    ));
    s.push_str(&format!("  <version>{}</version>\n", xml(&options.version)));
    s.push_str("  <conference>\n");
    s.push_str(&format!("    <acronym>{}</acronym>\n", p.acronym));
    s.push_str(&format!("    <title>{}</title>\n", xml(&p.title)));
    s.push_str(&format!("    <start>{}</start>\n", p.start));
    s.push_str(&format!("    <end>{}</end>\n", p.end));
    s.push_str(&format!("    <days>{}</days>\n", p.days.len()));
    s.push_str("    <timeslot_duration>00:05</timeslot_duration>\n");
    s.push_str(&format!(
        "    <time_zone_name>{}</time_zone_name>\n",
        xml(&p.zone_name)
    ));
    s.push_str("  </conference>\n");
    for day in &p.days {
        s.push_str(&format!(
            "  <day index=\"{}\" date=\"{}\" start=\"{}\" end=\"{}\">\n",
            day.index, day.date, day.start, day.end
        ));
        for (room, events) in &day.rooms {
            if events.is_empty() {
                s.push_str(&format!("    <room name=\"{}\"/>\n", xml(room)));
                continue;
            }
            s.push_str(&format!("    <room name=\"{}\">\n", xml(room)));
            for e in events {
                s.push_str(&format!(
                    "      <event guid=\"{}\" id=\"{}\">\n",
                    e.guid, e.id
                ));
                let el = |s: &mut String, name: &str, value: &str| {
                    if value.is_empty() {
                        s.push_str(&format!("        <{name}/>\n"));
                    } else {
                        s.push_str(&format!("        <{name}>{}</{name}>\n", xml(value)));
                    }
                };
                el(&mut s, "date", &e.date);
                el(&mut s, "start", &e.start);
                el(&mut s, "duration", &e.duration);
                el(&mut s, "room", &e.room);
                el(&mut s, "slug", &e.slug);
                el(&mut s, "title", &e.title);
                el(&mut s, "subtitle", "");
                el(&mut s, "track", &e.track);
                el(&mut s, "type", e.kind);
                el(&mut s, "language", p.language);
                el(&mut s, "abstract", "");
                el(&mut s, "description", "");
                if e.persons.is_empty() {
                    s.push_str("        <persons/>\n");
                } else {
                    s.push_str("        <persons>\n");
                    for (id, name) in &e.persons {
                        s.push_str(&format!(
                            "          <person id=\"{id}\">{}</person>\n",
                            xml(name)
                        ));
                    }
                    s.push_str("        </persons>\n");
                }
                s.push_str("        <links/>\n        <attachments/>\n");
                s.push_str("      </event>\n");
            }
            s.push_str("    </room>\n");
        }
        s.push_str("  </day>\n");
    }
    s.push_str("</schedule>\n");
    out.write_all(s.as_bytes())?;
    Ok(())
}

/// Whether the JSON Schema's `time_zone_name` pattern
/// (`^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$`) accepts `name`; fixed-offset `Etc/GMT-1` does not, and
/// is then left out (the offsets in every date say it all).
fn schema_accepts_zone(name: &str) -> bool {
    if name.ends_with("UTC") {
        return true;
    }
    let Some((a, b)) = name.split_once('/') else {
        return false;
    };
    let word = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(|c| c.is_ascii_uppercase())
            && chars.next().is_some_and(|c| c.is_ascii_lowercase())
    };
    word(a) && a.chars().skip(1).all(|c| c.is_ascii_lowercase()) && word(b)
}

/// Writes `timetable` as frab `schedule.json` (version 1).
pub fn write_frab_json<W: Write>(
    timetable: &Timetable,
    options: &FrabOptions,
    out: &mut W,
) -> Result<(), ExportError> {
    let p = plan(timetable, options)?;
    let days: Vec<Value> = p
        .days
        .iter()
        .map(|day| {
            let mut rooms = serde_json::Map::new();
            for (room, events) in &day.rooms {
                let list: Vec<Value> = events
                    .iter()
                    .map(|e| {
                        json!({
                            "guid": e.guid,
                            "id": e.id,
                            "date": e.date,
                            "start": e.start,
                            "end": e.end,
                            "duration": e.duration,
                            "room": e.room,
                            "slug": e.slug,
                            "url": format!("urn:uuid:{}", e.guid),
                            "title": e.title,
                            "subtitle": "",
                            "track": e.track,
                            "type": e.kind,
                            "language": p.language,
                            "abstract": "",
                            "description": "",
                            "persons": e.persons.iter().map(|(id, name)| json!({
                                "id": id,
                                "public_name": name,
                            })).collect::<Vec<_>>(),
                            "links": [],
                            "attachments": [],
                        })
                    })
                    .collect();
                rooms.insert(room.clone(), Value::Array(list));
            }
            json!({
                "index": day.index,
                "date": day.date.to_string(),
                "day_start": day.start,
                "day_end": day.end,
                "rooms": rooms,
            })
        })
        .collect();
    let mut conference = serde_json::Map::new();
    conference.insert("acronym".into(), json!(p.acronym));
    conference.insert("title".into(), json!(p.title));
    conference.insert("start".into(), json!(p.start.to_string()));
    conference.insert("end".into(), json!(p.end.to_string()));
    conference.insert("daysCount".into(), json!(p.days.len()));
    conference.insert("timeslot_duration".into(), json!("00:05"));
    if schema_accepts_zone(&p.zone_name) {
        conference.insert("time_zone_name".into(), json!(p.zone_name));
    }
    conference.insert(
        "rooms".into(),
        Value::Array(
            p.rooms
                .iter()
                .map(|(name, guid)| json!({ "name": name, "guid": guid }))
                .collect(),
        ),
    );
    conference.insert("days".into(), Value::Array(days));
    let doc = json!({
        "schedule": {
            "version": options.version,
            "conference": conference,
        }
    });
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(std::io::Error::from)?;
    out.write_all(b"\n")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_own_numbers_and_fill_the_rest() {
        let ids = ["e-12", "chair", "12", "e-7"];
        let map = numbers(ids.iter().copied());
        assert_eq!(map["e-12"], 12);
        assert_eq!(map["e-7"], 7);
        assert_ne!(map["12"], 12, "12 is taken by e-12");
        let all: BTreeSet<u64> = map.values().copied().collect();
        assert_eq!(all.len(), 4, "all distinct: {map:?}");
    }

    #[test]
    fn zone_names_are_checked_against_the_schema_pattern() {
        assert!(schema_accepts_zone("Europe/Zurich"));
        assert!(schema_accepts_zone("UTC"));
        assert!(!schema_accepts_zone("Etc/GMT-1"));
    }

    #[test]
    fn acronyms_are_long_enough() {
        assert_eq!(acronym_of("A"), "a_x_");
        assert_eq!(acronym_of("ITU-T SG12 2017"), "itu_t_sg12_2017");
    }
}
