//! iCalendar (RFC 5545) import and export.
//!
//! The reader is a small hand parser rather than a crate: Plenary needs exactly the parts
//! of RFC 5545 that calendars of meetings use (unfolding, parameters with quoted values,
//! TEXT escapes, `TZID` with `VTIMEZONE`, UTC `Z` times, floating times, `VALUE=DATE`,
//! `DURATION`), each departure reported with its line, and no panic on any input; the
//! crates we looked at either parse loosely without positions or pull in more than the
//! format. Recurrences (`RRULE`, `RDATE`) are not expanded: the first occurrence is kept
//! and the rule is reported as skipped.
//!
//! The writer emits `VERSION:2.0` with a `VTIMEZONE` for the meeting's zone (its
//! transitions over the years the sessions span), `DTSTART`/`DTEND` with that `TZID`,
//! `LOCATION` = room name, `CATEGORIES` = kind then body short names, persons as
//! `ATTENDEE;CN=...:urn:plenary:person:<id>`, and a `UID` derived from a namespace (by
//! default the meeting's title) and the session id, so a re-export updates calendar entries
//! instead of duplicating them. Lines are folded at 75 octets, ends are CRLF.
//!
//! Why one file of this length: the reader and writer of one format share its line folding,
//! escaping and time-zone rules.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;

use chrono::{Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

use super::build::{Builder, Moment, NewSession, PersonKey, Zone};
use super::ids::stable_uuid;
use super::{
    Action, ExportError, ImportError, ImportOptions, Imported, Position, kind_from_type,
    type_of_kind,
};
use crate::messages::Message;
use crate::model::{
    AnnexPlacement, BodyId, Lang, Placement, RoomId, SessionId, SessionKind, Timetable, Timing,
    text_in,
};

/// One content line after unfolding.
pub(super) struct Prop {
    pub(super) name: String,
    pub(super) params: Vec<(String, String)>,
    pub(super) value: String,
    pub(super) pos: Position,
}

impl Prop {
    fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

pub(super) struct Event {
    pub(super) pos: Position,
    pub(super) props: Vec<Prop>,
}

impl Event {
    fn get(&self, name: &str) -> Option<&Prop> {
        self.props.iter().find(|p| p.name == name)
    }
}

/// Splits `text` into unfolded content lines with the line number each starts on.
fn unfold(text: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(rest) = line.strip_prefix([' ', '\t'])
            && let Some(last) = out.last_mut()
        {
            last.1.push_str(rest);
            continue;
        }
        if line.trim().is_empty() {
            continue;
        }
        out.push((i + 1, line.to_owned()));
    }
    out
}

/// Parses `NAME;P=V;Q="a:b":value`; `None` when there is no `:` outside quotes.
fn parse_line(line: &str, number: usize) -> Option<Prop> {
    let mut in_quotes = false;
    let mut colon = None;
    for (i, c) in line.char_indices() {
        match c {
            '"' => in_quotes = !in_quotes,
            ':' if !in_quotes => {
                colon = Some(i);
                break;
            }
            _ => {}
        }
    }
    let colon = colon?;
    let head = &line[..colon];
    let value = line[colon + 1..].to_owned();
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut in_quotes = false;
    for c in head.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            ';' if !in_quotes => parts.push(std::mem::take(&mut current)),
            _ => current.push(c),
        }
    }
    parts.push(current);
    let mut parts = parts.into_iter();
    let name = parts.next()?.trim().to_ascii_uppercase();
    if name.is_empty() {
        return None;
    }
    let params = parts
        .filter_map(|p| {
            let (n, v) = p.split_once('=')?;
            Some((n.trim().to_ascii_uppercase(), v.to_owned()))
        })
        .collect();
    Some(Prop {
        name,
        params,
        value,
        pos: Position::Line(number),
    })
}

/// Undoes TEXT escapes (`\\`, `\;`, `\,`, `\n`).
pub(super) fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Splits a TEXT list on unescaped commas.
fn split_list(value: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                current.push('\\');
                if let Some(n) = chars.next() {
                    current.push(n);
                }
            }
            ',' => out.push(unescape(&std::mem::take(&mut current))),
            _ => current.push(c),
        }
    }
    out.push(unescape(&current));
    out.into_iter()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

enum When {
    Date(NaiveDate),
    Utc(NaiveDateTime),
    Local(NaiveDateTime),
}

fn parse_when(value: &str) -> Option<When> {
    let v = value.trim();
    if v.len() == 8 {
        return NaiveDate::parse_from_str(v, "%Y%m%d").ok().map(When::Date);
    }
    if let Some(utc) = v.strip_suffix(['Z', 'z']) {
        return NaiveDateTime::parse_from_str(utc, "%Y%m%dT%H%M%S")
            .ok()
            .map(When::Utc);
    }
    NaiveDateTime::parse_from_str(v, "%Y%m%dT%H%M%S")
        .or_else(|_| NaiveDateTime::parse_from_str(v, "%Y%m%dT%H%M"))
        .ok()
        .map(When::Local)
}

/// RFC 5545 `dur-value`: `[+-]P[nW][nD][T[nH][nM][nS]]`, in minutes.
fn parse_duration(value: &str) -> Option<i64> {
    let v = value.trim();
    let (sign, v) = match v.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, v.strip_prefix('+').unwrap_or(v)),
    };
    let v = v.strip_prefix(['P', 'p'])?;
    let mut seconds: i64 = 0;
    let mut number = String::new();
    let mut any = false;
    for c in v.chars() {
        match c.to_ascii_uppercase() {
            d if d.is_ascii_digit() => number.push(d),
            'T' => {}
            unit @ ('W' | 'D' | 'H' | 'M' | 'S') => {
                let n: i64 = number.parse().ok()?;
                number.clear();
                let scale = match unit {
                    'W' => 7 * 86_400,
                    'D' => 86_400,
                    'H' => 3_600,
                    'M' => 60,
                    _ => 1,
                };
                seconds = seconds.checked_add(n.checked_mul(scale)?)?;
                any = true;
            }
            _ => return None,
        }
    }
    (any && number.is_empty()).then_some(sign * seconds / 60)
}

/// `+HHMM[SS]` as an offset.
pub(super) fn parse_offset(value: &str) -> Option<FixedOffset> {
    let v = value.trim();
    let sign = match v.get(..1)? {
        "+" => 1,
        "-" => -1,
        _ => return None,
    };
    let digits = v.get(1..)?;
    let h: i32 = digits.get(..2)?.parse().ok()?;
    let m: i32 = digits.get(2..4)?.parse().ok()?;
    let s: i32 = digits.get(4..6).and_then(|s| s.parse().ok()).unwrap_or(0);
    FixedOffset::east_opt(sign * (h * 3600 + m * 60 + s))
}

/// A TZID as an IANA zone: the name itself, or its last two or three path segments
/// (`/mozilla.org/20050126_1/Europe/Berlin`).
fn iana(tzid: &str) -> Option<Zone> {
    let tzid = tzid.trim().trim_matches('"');
    if let Some(z) = Zone::named(tzid) {
        return Some(z);
    }
    let segs: Vec<&str> = tzid.split('/').filter(|s| !s.is_empty()).collect();
    for n in [3, 2] {
        if segs.len() > n
            && let Some(z) = Zone::named(&segs[segs.len() - n..].join("/"))
        {
            return Some(z);
        }
    }
    None
}

/// Imports an iCalendar stream.
pub fn import(text: &str, options: &ImportOptions) -> Result<Imported, ImportError> {
    let lines = unfold(text);
    let Some((first_line, first)) = lines.first() else {
        return Err(ImportError::Ical {
            line: 1,
            message: Box::new(Message::new("ical-empty")),
        });
    };
    if !first.trim().eq_ignore_ascii_case("BEGIN:VCALENDAR") {
        return Err(ImportError::Ical {
            line: *first_line,
            message: Box::new(
                Message::new("ical-not-begin-vcalendar")
                    .with("start", first.chars().take(40).collect::<String>()),
            ),
        });
    }
    let mut notes: Vec<(Position, Action, Message)> = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    let mut current: Option<Event> = None;
    let mut cal_name = String::new();
    let mut wr_timezone: Option<String> = None;
    // VTIMEZONE TZID -> (standard offset, line).
    let mut vtimezones: HashMap<String, (Option<FixedOffset>, Position)> = HashMap::new();
    let mut tz_current: Option<String> = None;
    for (number, line) in &lines {
        let Some(prop) = parse_line(line, *number) else {
            notes.push((
                Position::Line(*number),
                Action::Skipped,
                Message::new("import-ical-not-a-content-line")
                    .with("line", line.chars().take(40).collect::<String>()),
            ));
            continue;
        };
        match prop.name.as_str() {
            "BEGIN" => {
                let comp = prop.value.trim().to_ascii_uppercase();
                if comp == "VEVENT" && stack.last().is_some_and(|c| c == "VCALENDAR") {
                    current = Some(Event {
                        pos: Position::Line(*number),
                        props: Vec::new(),
                    });
                }
                stack.push(comp);
            }
            "END" => {
                let comp = prop.value.trim().to_ascii_uppercase();
                match stack.iter().rposition(|c| *c == comp) {
                    Some(i) => {
                        if i + 1 != stack.len() {
                            notes.push((
                                Position::Line(*number),
                                Action::Repaired,
                                Message::new("import-ical-end-closes-unclosed")
                                    .with("component", comp.as_str())
                                    .with("unclosed", stack[i + 1..].join(", ")),
                            ));
                        }
                        stack.truncate(i);
                    }
                    None => notes.push((
                        Position::Line(*number),
                        Action::Skipped,
                        Message::new("import-ical-end-without-begin")
                            .with("component", comp.as_str()),
                    )),
                }
                if comp == "VEVENT"
                    && let Some(ev) = current.take()
                {
                    events.push(ev);
                }
                if comp == "VTIMEZONE" {
                    tz_current = None;
                }
            }
            _ => {
                let top = stack.last().map(String::as_str);
                match top {
                    Some("VEVENT") => {
                        if let Some(ev) = current.as_mut() {
                            ev.props.push(prop);
                        }
                    }
                    Some("VCALENDAR") => match prop.name.as_str() {
                        "X-WR-CALNAME" | "NAME" => cal_name = unescape(&prop.value),
                        "X-WR-TIMEZONE" => wr_timezone = Some(prop.value.clone()),
                        _ => {}
                    },
                    Some("VTIMEZONE") if prop.name == "TZID" => {
                        let id = prop.value.trim().to_owned();
                        vtimezones
                            .entry(id.clone())
                            .or_insert((None, Position::Line(*number)));
                        tz_current = Some(id);
                    }
                    Some("STANDARD") if prop.name == "TZOFFSETTO" => {
                        if let Some(id) = &tz_current
                            && let Some(entry) = vtimezones.get_mut(id)
                            && entry.0.is_none()
                        {
                            entry.0 = parse_offset(&prop.value);
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    if let Some(ev) = current.take() {
        notes.push((
            ev.pos.clone(),
            Action::Repaired,
            Message::new("import-ical-ends-inside-vevent"),
        ));
        events.push(ev);
    }
    build(
        Calendar {
            events,
            cal_name,
            wr_timezone,
            vtimezones,
            notes,
        },
        options,
    )
}

/// A calendar as read from iCalendar text or xCal XML: what [`build`] turns into a
/// timetable. Property values are in iCalendar form (TEXT escaped, basic date-times).
pub(super) struct Calendar {
    pub(super) events: Vec<Event>,
    pub(super) cal_name: String,
    /// `X-WR-TIMEZONE`.
    pub(super) wr_timezone: Option<String>,
    /// VTIMEZONE TZID -> (standard offset, where it is defined).
    pub(super) vtimezones: HashMap<String, (Option<FixedOffset>, Position)>,
    /// What reading found so far.
    pub(super) notes: Vec<(Position, Action, Message)>,
}

/// Builds the timetable of a read calendar (shared by the iCalendar and xCal importers).
pub(super) fn build(cal: Calendar, options: &ImportOptions) -> Result<Imported, ImportError> {
    let Calendar {
        events,
        cal_name,
        wr_timezone,
        vtimezones,
        mut notes,
    } = cal;
    // Resolve every TZID the events use.
    let mut zones: HashMap<String, Option<Zone>> = HashMap::new();
    for ev in &events {
        for p in &ev.props {
            if let Some(tzid) = p.param("TZID")
                && !zones.contains_key(tzid)
            {
                let zone = iana(tzid)
                    .or_else(|| {
                        let zone = super::zones::windows_zone(tzid)?;
                        notes.push((
                            p.pos.clone(),
                            Action::Guessed,
                            Message::new("import-ical-windows-zone")
                                .with("tzid", tzid)
                                .with("zone", zone.name()),
                        ));
                        Some(zone)
                    })
                    .or_else(|| {
                        let (offset, at) = vtimezones.get(tzid.trim())?;
                        let zone = Zone::fixed((*offset)?)?;
                        notes.push((
                            at.clone(),
                            Action::Guessed,
                            Message::new("import-ical-vtimezone-offset")
                                .with("tzid", tzid)
                                .with("zone", zone.name()),
                        ));
                        Some(zone)
                    });
                if zone.is_none() {
                    notes.push((
                        p.pos.clone(),
                        Action::Guessed,
                        Message::new("import-ical-unknown-tzid").with("tzid", tzid),
                    ));
                }
                zones.insert(tzid.to_owned(), zone);
            }
        }
    }

    let mut zone_guessed = false;
    let zone = if let Some(name) = &options.time_zone {
        Zone::named(name).ok_or_else(|| ImportError::UnknownTimeZone(name.clone()))?
    } else if let Some(z) = wr_timezone
        .as_deref()
        .and_then(|name| iana(name).or_else(|| super::zones::windows_zone(name)))
    {
        z
    } else if let Some(z) = events.iter().find_map(|ev| {
        ev.get("DTSTART")
            .and_then(|p| p.param("TZID"))
            .and_then(|t| zones.get(t).cloned().flatten())
    }) {
        z
    } else {
        notes.push((
            Position::File,
            Action::Guessed,
            Message::new("import-ical-no-zone"),
        ));
        zone_guessed = true;
        Zone::utc()
    };

    let mut b = Builder::new(zone);
    b.title_fallback(options);
    if zone_guessed {
        b.zone_is_a_guess();
    }
    for (position, action, message) in notes {
        b.note(position, action, message);
    }
    b.meeting(&cal_name, "");
    b.report.events = events.len();
    let mut floating_noted = false;
    for ev in &events {
        let pos = ev.pos.clone();
        let moment = |p: &Prop, b: &mut Builder, floating_noted: &mut bool| -> Option<When2> {
            let when = parse_when(&p.value)?;
            Some(match when {
                When::Date(d) => When2::Date(d),
                When::Utc(u) => When2::At(b.stamp(Moment::Utc(u))),
                When::Local(l) => match p
                    .param("TZID")
                    .and_then(|t| zones.get(t).cloned().flatten())
                {
                    Some(z) => When2::At(b.stamp(match z.tz.from_local_datetime(&l).earliest() {
                        Some(dt) => Moment::Instant(dt.fixed_offset()),
                        None => {
                            // A wall-clock time skipped by a daylight-saving change: read it
                            // with the offset in force just before.
                            let off = z.tz.offset_from_utc_datetime(&l).fix();
                            Moment::Instant(off.from_utc_datetime(
                                &(l - Duration::seconds(i64::from(off.local_minus_utc()))),
                            ))
                        }
                    })),
                    None => {
                        if !*floating_noted {
                            *floating_noted = true;
                            b.note(
                                p.pos.clone(),
                                Action::Guessed,
                                Message::new("import-ical-floating-time")
                                    .with("zone", b.zone.name()),
                            );
                        }
                        When2::At(b.stamp(Moment::Local(l)))
                    }
                },
            })
        };
        let summary = ev
            .get("SUMMARY")
            .map(|p| unescape(&p.value))
            .unwrap_or_default();
        if let Some(status) = ev.get("STATUS")
            && status.value.trim().eq_ignore_ascii_case("CANCELLED")
        {
            b.note(
                pos,
                Action::Skipped,
                Message::new("import-event-cancelled").with("event", summary.trim()),
            );
            continue;
        }
        let Some(dtstart) = ev.get("DTSTART") else {
            b.note(
                pos,
                Action::Skipped,
                Message::new("import-ical-no-dtstart").with("event", summary.trim()),
            );
            continue;
        };
        let Some(start) = moment(dtstart, &mut b, &mut floating_noted) else {
            b.note(
                dtstart.pos.clone(),
                Action::Skipped,
                Message::new("import-ical-bad-dtstart").with("value", &dtstart.value),
            );
            continue;
        };
        let end = match ev.get("DTEND") {
            Some(p) => {
                let e = moment(p, &mut b, &mut floating_noted);
                if e.is_none() {
                    b.note(
                        p.pos.clone(),
                        Action::Skipped,
                        Message::new("import-ical-bad-dtend").with("value", &p.value),
                    );
                }
                e
            }
            None => None,
        };
        let (start_stamp, whole_day) = match start {
            When2::At(s) => (s, false),
            When2::Date(d) => (crate::time::TimeOfDay::MIDNIGHT.on(d), true),
        };
        let end_stamp = match end {
            Some(When2::At(e)) => Some(e),
            Some(When2::Date(d)) => Some(crate::time::TimeOfDay::MIDNIGHT.on(d)),
            None => match ev.get("DURATION") {
                Some(p) => match parse_duration(&p.value) {
                    Some(m) => start_stamp.plus_minutes(m),
                    None => {
                        b.note(
                            p.pos.clone(),
                            Action::Skipped,
                            Message::new("import-ical-bad-duration").with("value", &p.value),
                        );
                        None
                    }
                },
                None if whole_day => start_stamp.plus_minutes(24 * 60),
                None => None,
            },
        };
        // RFC 5545 3.6.1: a date-time DTSTART with no DTEND and no DURATION ends where it
        // starts; so does an end equal to the start. Either is a point in time ("17:30
        // Steering Committee"), unless our own export said it is open-ended.
        let open_ended = ev
            .get("X-PLENARY-TIMING")
            .is_some_and(|p| p.value.trim().eq_ignore_ascii_case("OPEN-ENDED"));
        let instant = !whole_day
            && match end_stamp {
                Some(e) => e == start_stamp,
                None => ev.get("DTEND").is_none() && ev.get("DURATION").is_none(),
            };
        let timing = match (instant, open_ended) {
            (false, _) => Timing::Span,
            (true, false) => Timing::Point,
            (true, true) => Timing::OpenEnded,
        };
        if instant && !open_ended {
            b.note(
                pos.clone(),
                Action::Guessed,
                Message::new("import-event-point-in-time")
                    .with("event", summary.trim())
                    .with("start", start_stamp.to_string()),
            );
        }
        let end_stamp = match end_stamp.filter(|e| *e > start_stamp) {
            Some(e) => e,
            None if instant => start_stamp,
            None => {
                b.note(
                    pos.clone(),
                    Action::Guessed,
                    Message::new("import-event-no-end")
                        .with("event", summary.trim())
                        .with("minutes", DEFAULT_MINUTES),
                );
                match start_stamp.plus_minutes(DEFAULT_MINUTES) {
                    Some(e) => e,
                    None => continue,
                }
            }
        };
        if whole_day {
            b.note(
                pos.clone(),
                Action::Guessed,
                Message::new("import-event-all-day").with("event", summary.trim()),
            );
        }
        for name in ["RRULE", "RDATE"] {
            if let Some(p) = ev.get(name) {
                b.note(
                    p.pos.clone(),
                    Action::Skipped,
                    Message::new("import-ical-not-expanded").with("property", name),
                );
            }
        }
        let mut kind = None;
        let mut bodies = Vec::new();
        for p in ev.props.iter().filter(|p| p.name == "CATEGORIES") {
            for cat in split_list(&p.value) {
                match (kind, kind_from_type(&cat)) {
                    (None, Some(k)) => kind = Some(k),
                    _ => bodies.push(cat),
                }
            }
        }
        let kind = kind.unwrap_or(SessionKind::Other);
        let persons = ev
            .props
            .iter()
            .filter(|p| p.name == "ATTENDEE" || p.name == "ORGANIZER")
            .filter_map(|p| {
                let value = p.value.trim();
                let name = caret_decode(p.param("CN").unwrap_or("").trim_matches('"'));
                let key = if let Some(id) = value.strip_prefix("urn:plenary:person:") {
                    PersonKey::Exact(id.to_owned())
                } else if !value.is_empty() {
                    PersonKey::Id(value.to_ascii_lowercase())
                } else if !name.is_empty() {
                    PersonKey::Name(name.clone())
                } else {
                    return None;
                };
                let shown = if name.is_empty() {
                    value.trim_start_matches("mailto:").to_owned()
                } else {
                    name
                };
                Some((key, shown))
            })
            .collect();
        let id = if let Some(p) = ev.get("X-PLENARY-ID") {
            p.value.trim().to_owned()
        } else if let Some(p) = ev.get("UID") {
            let local = p.value.trim().split('@').next().unwrap_or("");
            let clean: String = local
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
                .take(64)
                .collect();
            if clean.is_empty() {
                String::new()
            } else {
                format!("e-{clean}")
            }
        } else {
            String::new()
        };
        let tentative = ev
            .get("STATUS")
            .is_some_and(|s| s.value.trim().eq_ignore_ascii_case("TENTATIVE"));
        b.session(NewSession {
            id,
            title: summary,
            kind,
            room: ev.get("LOCATION").map(|p| unescape(&p.value)),
            bodies,
            persons,
            placement: Some(Placement {
                start: start_stamp,
                end: end_stamp,
            }),
            timing,
            tentative,
            exclusive: kind == SessionKind::Plenary,
            annex: AnnexPlacement::Cell,
            position: pos,
        });
    }
    b.finish()
}

const DEFAULT_MINUTES: i64 = 30;

enum When2 {
    Date(NaiveDate),
    At(crate::time::Stamp),
}

/// How to write iCalendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IcsOptions {
    /// Only the sessions of this body and of the bodies under it; `None` for all.
    pub body: Option<BodyId>,
    /// When the calendar is written, in UTC (`DTSTAMP`); the core has no clock, the caller
    /// passes it.
    pub stamp: NaiveDateTime,
    /// What UIDs are derived from together with session ids; `None` for the meeting's
    /// title. Keep it fixed for a meeting so re-exports update calendar entries.
    pub namespace: Option<String>,
    /// Language of titles and names.
    pub lang: Lang,
    /// Only the sessions in this room; `None` for all.
    pub room: Option<RoomId>,
    /// The document's id: when set, UIDs are UUID version 5 of it and the session's id
    /// ([`super::ids::document_uuid`], the same as the frab guids) rather than derived from
    /// [`Self::namespace`].
    pub document: Option<String>,
    /// `SEQUENCE` of each session (how many times it changed since first published); a
    /// session not listed gets no `SEQUENCE` line (0, the default).
    pub sequences: BTreeMap<SessionId, u32>,
}

impl IcsOptions {
    /// All sessions, stamped `stamp`, English, UIDs from the meeting's title.
    pub fn new(stamp: NaiveDateTime) -> IcsOptions {
        IcsOptions {
            body: None,
            stamp,
            namespace: None,
            lang: Lang::En,
            room: None,
            document: None,
            sequences: BTreeMap::new(),
        }
    }
}

/// Writes the scheduled sessions of `timetable` (or of one body and its sub-bodies) as an
/// iCalendar stream.
pub fn write_ics<W: Write>(
    timetable: &Timetable,
    options: &IcsOptions,
    out: &mut W,
) -> Result<(), ExportError> {
    let t = timetable;
    let lang = options.lang;
    let tz: Tz = t
        .meeting
        .time_zone
        .parse()
        .map_err(|_| ExportError::TimeZone(t.meeting.time_zone.clone()))?;
    let wanted: Option<BTreeSet<&BodyId>> = match &options.body {
        None => None,
        Some(body) => {
            if !t.bodies.contains_key(body) {
                return Err(ExportError::UnknownBody(body.0.clone()));
            }
            Some(
                t.bodies
                    .keys()
                    .filter(|b| t.body_and_ancestors(b).contains(&body))
                    .collect(),
            )
        }
    };
    let namespace = options
        .namespace
        .clone()
        .unwrap_or_else(|| text_in(&t.meeting.title, lang).to_owned());
    let mut sessions: Vec<_> = t
        .sessions
        .values()
        .filter(|s| s.placement.is_some())
        .filter(|s| {
            wanted
                .as_ref()
                .is_none_or(|w| s.bodies.iter().any(|b| w.contains(b)))
        })
        .filter(|s| options.room.is_none() || s.room == options.room)
        .collect();
    sessions.sort_by_key(|s| s.placement.map(|p| p.start));
    let mut w = Folder {
        out,
        buf: String::new(),
    };
    w.line("BEGIN:VCALENDAR")?;
    w.line("VERSION:2.0")?;
    w.line(&format!(
        "PRODID:-//Plenary//Plenary {}//EN",
        env!("CARGO_PKG_VERSION")
    ))?;
    w.line("CALSCALE:GREGORIAN")?;
    w.line("METHOD:PUBLISH")?;
    let mut name = text_in(&t.meeting.title, lang).to_owned();
    if let Some(body) = options.body.as_ref().and_then(|b| t.bodies.get(b)) {
        name = format!("{name}: {}", body.short);
    }
    if let Some(room) = options.room.as_ref().and_then(|r| t.rooms.get(r)) {
        name = format!("{name}: {}", room.name);
    }
    w.line(&format!("X-WR-CALNAME:{}", escape(&name)))?;
    w.line(&format!("X-WR-TIMEZONE:{}", tz.name()))?;
    let years = sessions
        .iter()
        .filter_map(|s| s.placement)
        .flat_map(|p| [p.start.date(), p.end.date()])
        .chain(t.days.iter().map(|d| d.date));
    let (first, last) = years.fold(
        (None, None),
        |(lo, hi): (Option<NaiveDate>, Option<NaiveDate>), d| {
            (
                Some(lo.map_or(d, |x| x.min(d))),
                Some(hi.map_or(d, |x| x.max(d))),
            )
        },
    );
    write_vtimezone(&mut w, tz, first, last)?;
    let stamp = options.stamp.format("%Y%m%dT%H%M%SZ").to_string();
    for s in sessions {
        let Some(p) = s.placement else { continue };
        w.line("BEGIN:VEVENT")?;
        let uid = match &options.document {
            Some(document) => super::ids::document_uuid(document, "session", s.id.as_str()),
            None => stable_uuid(&[&namespace, s.id.as_str()]),
        };
        w.line(&format!("UID:{uid}@plenary"))?;
        if let Some(sequence) = options.sequences.get(&s.id) {
            w.line(&format!("SEQUENCE:{sequence}"))?;
        }
        w.line(&format!("DTSTAMP:{stamp}"))?;
        w.line(&format!(
            "DTSTART;TZID={}:{}",
            tz.name(),
            p.start.naive().format("%Y%m%dT%H%M%S")
        ))?;
        w.line(&format!(
            "DTEND;TZID={}:{}",
            tz.name(),
            p.end.naive().format("%Y%m%dT%H%M%S")
        ))?;
        if s.timing == Timing::OpenEnded {
            w.line("X-PLENARY-TIMING:OPEN-ENDED")?;
        }
        w.line(&format!("SUMMARY:{}", escape(text_in(&s.title, lang))))?;
        if let Some(room) = s.room.as_ref().and_then(|r| t.rooms.get(r)) {
            w.line(&format!("LOCATION:{}", escape(&room.name)))?;
        }
        let mut cats = vec![escape(type_of_kind(s.kind))];
        cats.extend(
            s.bodies
                .iter()
                .filter_map(|b| t.bodies.get(b))
                .map(|b| escape(&b.short)),
        );
        w.line(&format!("CATEGORIES:{}", cats.join(",")))?;
        w.line(if s.tentative {
            "STATUS:TENTATIVE"
        } else {
            "STATUS:CONFIRMED"
        })?;
        for person in s.persons.iter().filter_map(|p| t.persons.get(p)) {
            let cn = caret_encode(&person.name);
            w.line(&format!(
                "ATTENDEE;CN=\"{cn}\";ROLE=REQ-PARTICIPANT:urn:plenary:person:{}",
                person.id
            ))?;
        }
        w.line(&format!("X-PLENARY-ID:{}", s.id))?;
        w.line("END:VEVENT")?;
    }
    w.line("END:VCALENDAR")?;
    Ok(())
}

/// A `VTIMEZONE` for `tz` covering the years from `first` to `last`: the offset in force at
/// the start and each transition, found by scanning day by day and narrowing to the minute.
fn write_vtimezone<W: Write>(
    w: &mut Folder<'_, W>,
    tz: Tz,
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
) -> Result<(), ExportError> {
    use chrono::Datelike;
    let year0 = first.map_or(2000, |d| d.year());
    let year1 = last.map_or(year0, |d| d.year()).max(year0);
    let from = NaiveDate::from_ymd_opt(year0, 1, 1).unwrap_or_default();
    let to = NaiveDate::from_ymd_opt(year1.min(year0 + 20), 12, 31).unwrap_or(from);
    let at = |utc: NaiveDateTime| tz.offset_from_utc_datetime(&utc);
    w.line("BEGIN:VTIMEZONE")?;
    w.line(&format!("TZID:{}", tz.name()))?;
    let start_utc = from.and_time(NaiveTime::MIN);
    let initial = at(start_utc);
    component(
        w,
        &initial,
        initial.fix(),
        start_utc + Duration::seconds(i64::from(initial.fix().local_minus_utc())),
    )?;
    let mut day = from;
    while day < to {
        let Some(next) = day.succ_opt() else { break };
        let a = day.and_time(NaiveTime::MIN);
        let bt = next.and_time(NaiveTime::MIN);
        if at(a).fix() != at(bt).fix() {
            // The first minute with the new offset.
            let (mut lo, mut hi) = (0i64, 1440i64);
            while hi - lo > 1 {
                let mid = (lo + hi) / 2;
                if at(a + Duration::minutes(mid)).fix() == at(a).fix() {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            let instant = a + Duration::minutes(hi);
            let before = at(a).fix();
            let after = at(instant);
            component(
                w,
                &after,
                before,
                instant + Duration::seconds(i64::from(before.local_minus_utc())),
            )?;
        }
        day = next;
    }
    w.line("END:VTIMEZONE")?;
    Ok(())
}

fn component<W: Write>(
    w: &mut Folder<'_, W>,
    offset: &<Tz as TimeZone>::Offset,
    from: FixedOffset,
    local_start: NaiveDateTime,
) -> Result<(), ExportError> {
    let kind = if offset.dst_offset().num_seconds() != 0 {
        "DAYLIGHT"
    } else {
        "STANDARD"
    };
    w.line(&format!("BEGIN:{kind}"))?;
    w.line(&format!("DTSTART:{}", local_start.format("%Y%m%dT%H%M%S")))?;
    w.line(&format!("TZOFFSETFROM:{}", offset_text(from)))?;
    w.line(&format!("TZOFFSETTO:{}", offset_text(offset.fix())))?;
    if let Some(abbr) = offset.abbreviation() {
        w.line(&format!("TZNAME:{}", escape(abbr)))?;
    }
    w.line(&format!("END:{kind}"))?;
    Ok(())
}

/// RFC 6868 parameter-value encoding: `^` as `^^`, `"` as `^'`, a newline as `^n`.
fn caret_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '^' => out.push_str("^^"),
            '"' => out.push_str("^'"),
            '\n' => out.push_str("^n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Undoes [`caret_encode`]; a `^` before any other character stays as it is.
fn caret_decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '^' {
            match chars.peek() {
                Some('^') => out.push('^'),
                Some('\'') => out.push('"'),
                Some('n') => out.push('\n'),
                _ => {
                    out.push('^');
                    continue;
                }
            }
            chars.next();
        } else {
            out.push(c);
        }
    }
    out
}

fn offset_text(o: FixedOffset) -> String {
    let secs = o.local_minus_utc();
    let sign = if secs < 0 { '-' } else { '+' };
    let a = secs.abs();
    if a % 60 == 0 {
        format!("{sign}{:02}{:02}", a / 3600, (a % 3600) / 60)
    } else {
        format!("{sign}{:02}{:02}{:02}", a / 3600, (a % 3600) / 60, a % 60)
    }
}

/// TEXT escaping of RFC 5545 section 3.3.11. TEXT cannot hold control characters but the
/// tab: a line end (LF, CRLF or a lone CR) is written `\n`, other controls are dropped.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' => out.push_str("\\n"),
            '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes content lines folded at 75 octets (on character boundaries), CRLF-terminated.
struct Folder<'a, W: Write> {
    out: &'a mut W,
    buf: String,
}

impl<W: Write> Folder<'_, W> {
    fn line(&mut self, line: &str) -> Result<(), ExportError> {
        self.buf.clear();
        let mut width = 0;
        for c in line.chars() {
            let len = c.len_utf8();
            if width + len > 75 {
                self.buf.push_str("\r\n ");
                width = 1;
            }
            self.buf.push(c);
            width += len;
        }
        self.buf.push_str("\r\n");
        self.out.write_all(self.buf.as_bytes())?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_follow_rfc_5545() {
        assert_eq!(parse_duration("PT1H30M"), Some(90));
        assert_eq!(parse_duration("P1D"), Some(1440));
        assert_eq!(parse_duration("P1W"), Some(7 * 1440));
        assert_eq!(parse_duration("-PT15M"), Some(-15));
        assert_eq!(parse_duration("PT"), None);
        assert_eq!(parse_duration("1H"), None);
    }

    #[test]
    fn folded_lines_unfold_and_parameters_keep_quoted_colons() {
        let lines = unfold("SUMMARY:ab\r\n c\r\nATTENDEE;CN=\"A: B\":mailto:x@y\r\n");
        assert_eq!(lines[0].1, "SUMMARY:abc");
        let p = parse_line(&lines[1].1, 3).expect("content line");
        assert_eq!(p.param("CN"), Some("A: B"));
        assert_eq!(p.value, "mailto:x@y");
    }

    #[test]
    fn utc_and_tzid_times_land_in_the_meeting_zone() {
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a@x\r\n\
                   DTSTART;TZID=Europe/Berlin:20240301T100000\r\nDTEND:20240301T100000Z\r\n\
                   SUMMARY:One\r\nLOCATION:Room\\, big\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\n\
                   UID:b@x\r\nDTSTART:20240301T120000Z\r\nSUMMARY:Two\r\nEND:VEVENT\r\n\
                   END:VCALENDAR\r\n";
        let imp = import(ics, &ImportOptions::default()).expect("imports");
        let t = &imp.timetable;
        assert_eq!(t.meeting.time_zone, "Europe/Berlin");
        let one = &t.sessions[&crate::model::SessionId::from("e-a")];
        let p = one.placement.expect("placed");
        assert_eq!(p.start.to_string(), "2024-03-01T10:00");
        assert_eq!(
            p.end.to_string(),
            "2024-03-01T11:00",
            "10:00Z is 11:00 in Berlin"
        );
        assert_eq!(
            t.rooms.values().next().map(|r| r.name.as_str()),
            Some("Room, big")
        );
        let two = &t.sessions[&crate::model::SessionId::from("e-b")];
        let at = two.placement.expect("placed");
        assert_eq!(at.start.to_string(), "2024-03-01T13:00");
        assert_eq!(
            (two.timing, at.minutes()),
            (crate::model::Timing::Point, 0),
            "no end: a point in time (RFC 5545 3.6.1)"
        );
        assert!(
            imp.report
                .of(Action::Guessed)
                .any(|i| i.position == Position::Line(10))
        );
    }

    #[test]
    fn folding_keeps_lines_within_75_octets() {
        let mut out = Vec::new();
        let mut w = Folder {
            out: &mut out,
            buf: String::new(),
        };
        w.line(&format!("SUMMARY:{}", "é".repeat(80)))
            .expect("writes");
        let text = String::from_utf8(out).expect("utf-8");
        assert!(text.split("\r\n").all(|l| l.len() <= 75), "{text}");
        let back = unfold(&text);
        assert_eq!(back[0].1, format!("SUMMARY:{}", "é".repeat(80)));
    }
}
