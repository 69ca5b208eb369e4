//! The builder every importer fills: it names rooms, persons and bodies, repairs duplicate
//! ids, converts times into the meeting's zone, and finishes with a valid [`Timetable`].

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::str::FromStr;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, Weekday};
use chrono_tz::Tz;

use super::ids::slug;
use super::{Action, ImportError, Imported, Position, Report, ReportItem};
use crate::messages::Message;
use crate::model::{
    AnnexPlacement, Body, BodyId, BodyKind, Break, BreakId, BreakKind, Day, DayKind, Hours,
    IdHasher, IdMap, Lang, Meeting, Person, PersonId, Placement, Room, RoomId, Session, SessionId,
    SessionKind, Text, Timetable, Timing,
};
use crate::time::{Stamp, TimeOfDay};

/// The meeting's zone, as resolved by an importer.
#[derive(Clone, Debug)]
pub struct Zone {
    /// The chrono-tz zone.
    pub tz: Tz,
}

impl Zone {
    /// The zone named `name`, if chrono-tz knows it.
    pub fn named(name: &str) -> Option<Zone> {
        Tz::from_str(name.trim()).ok().map(|tz| Zone { tz })
    }

    /// A fixed-offset `Etc/GMT±h` zone for a whole-hour offset (note the inverted sign of
    /// the Etc names); `None` for other offsets.
    pub fn fixed(offset: FixedOffset) -> Option<Zone> {
        let secs = offset.local_minus_utc();
        if secs % 3600 != 0 {
            return None;
        }
        let hours = secs / 3600;
        let name = match hours {
            0 => "Etc/UTC".to_owned(),
            h if h > 0 => format!("Etc/GMT-{h}"),
            h => format!("Etc/GMT+{}", -h),
        };
        Zone::named(&name)
    }

    /// UTC.
    pub fn utc() -> Zone {
        Zone { tz: Tz::UTC }
    }

    /// The IANA name.
    pub fn name(&self) -> &'static str {
        self.tz.name()
    }

    /// The wall-clock time in this zone of an instant.
    pub fn local(&self, instant: DateTime<FixedOffset>) -> Stamp {
        Stamp::from_naive(instant.with_timezone(&self.tz).naive_local())
    }

    /// The wall-clock time in this zone of a UTC time.
    pub fn local_of_utc(&self, utc: NaiveDateTime) -> Stamp {
        Stamp::from_naive(utc.and_utc().with_timezone(&self.tz).naive_local())
    }
}

/// How a person is identified in the foreign file, strongest first.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum PersonKey {
    /// A Plenary person id, kept as it is (from Plenary's own exports).
    Exact(String),
    /// A numeric or textual person id.
    Id(String),
    /// A guid.
    Guid(String),
    /// Only a name.
    Name(String),
}

/// One session as an importer found it, times already in the meeting's zone.
pub struct NewSession {
    /// The id the file suggests (`e-8429`); repaired when already taken.
    pub id: String,
    /// Title; "(untitled)" when empty (reported).
    pub title: String,
    /// Kind.
    pub kind: SessionKind,
    /// Room name, if any.
    pub room: Option<String>,
    /// Body short names (tracks, categories).
    pub bodies: Vec<String>,
    /// Persons with their display names.
    pub persons: Vec<(PersonKey, String)>,
    /// Placement; `None` for unscheduled. A point's placement ends where it starts.
    pub placement: Option<Placement>,
    /// Span, point in time or open-ended (an event with no length is a point).
    pub timing: Timing,
    /// Tentative.
    pub tentative: bool,
    /// Exclusive.
    pub exclusive: bool,
    /// Annex placement.
    pub annex: AnnexPlacement,
    /// Where it is in the file.
    pub position: Position,
}

/// Collects what importers find and turns it into a [`Timetable`].
pub struct Builder {
    pub zone: Zone,
    title: String,
    fallback_title: Option<String>,
    venue: String,
    lang: Lang,
    days: BTreeMap<NaiveDate, Day>,
    rooms: IdMap<RoomId, Room>,
    /// The name-keyed maps hash as the model's maps do ([`IdHasher`]): their keys are
    /// names from the imported file.
    room_by_name: HashMap<String, RoomId, IdHasher>,
    bodies: IdMap<BodyId, Body>,
    body_by_name: HashMap<String, BodyId, IdHasher>,
    persons: IdMap<PersonId, Person>,
    person_by_key: HashMap<PersonKey, PersonId, IdHasher>,
    sessions: IdMap<SessionId, Session>,
    breaks: IdMap<BreakId, Break>,
    break_keys: BTreeSet<(NaiveDate, TimeOfDay, TimeOfDay, String)>,
    pub report: Report,
}

impl Builder {
    /// Marks the meeting's zone as the importer's guess ([`Report::guessed_zone`]).
    pub fn zone_is_a_guess(&mut self) {
        self.report.guessed_zone = Some(self.zone.name().to_owned());
    }

    /// An empty builder for a meeting in `zone`.
    pub fn new(zone: Zone) -> Builder {
        Builder {
            zone,
            title: String::new(),
            fallback_title: None,
            venue: String::new(),
            lang: Lang::En,
            days: BTreeMap::new(),
            rooms: IdMap::default(),
            room_by_name: HashMap::default(),
            bodies: IdMap::default(),
            body_by_name: HashMap::default(),
            persons: IdMap::default(),
            person_by_key: HashMap::default(),
            sessions: IdMap::default(),
            breaks: IdMap::default(),
            break_keys: BTreeSet::new(),
            report: Report::default(),
        }
    }

    /// Adds a report item: a message by id, or English text as it is.
    pub fn note(&mut self, position: Position, action: Action, words: impl Into<Message>) {
        self.report
            .items
            .push(ReportItem::new(position, action, words.into()));
    }

    /// The title to use when the file names none (see [`ImportOptions::title_from_file_name`]).
    pub fn title_fallback(&mut self, options: &super::ImportOptions) {
        self.fallback_title = options.title_from_file_name();
    }

    /// Sets the meeting's title and venue.
    pub fn meeting(&mut self, title: &str, venue: &str) {
        self.title = title.trim().to_owned();
        self.venue = venue.trim().to_owned();
    }

    /// Adds a meeting day (weekends marked by weekday, until a session is found on it); a
    /// date already known is kept once.
    pub fn day(&mut self, date: NaiveDate) {
        self.days.entry(date).or_insert_with(|| Day {
            date,
            kind: if matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
                DayKind::Weekend
            } else {
                DayKind::Working
            },
            hours: None,
            note: None,
        });
    }

    /// The room with this name, created on first use (`r-saal-1`). Empty names are no room.
    pub fn room(&mut self, name: &str) -> Option<RoomId> {
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        if let Some(id) = self.room_by_name.get(name) {
            return Some(id.clone());
        }
        let id = RoomId(unique(&format!("r-{}", slug(name, '-')), |c| {
            self.rooms.contains_key(&RoomId::from(c))
        }));
        self.rooms.insert(
            id.clone(),
            Room {
                id: id.clone(),
                name: name.to_owned(),
                capacity: None,
                interpretation: false,
            },
        );
        self.room_by_name.insert(name.to_owned(), id.clone());
        Some(id)
    }

    /// The body with this short name (a track), created on first use as
    /// [`BodyKind::Track`]: parallel sessions of one track are normal, not a clash. Empty
    /// names are no body.
    pub fn body(&mut self, short: &str) -> Option<BodyId> {
        let short = short.trim();
        if short.is_empty() {
            return None;
        }
        if let Some(id) = self.body_by_name.get(short) {
            return Some(id.clone());
        }
        let id = BodyId(unique(&format!("b-{}", slug(short, '-')), |c| {
            self.bodies.contains_key(&BodyId::from(c))
        }));
        // A name written the ITU way ("Q4/12") is a body whose sessions clash; any other
        // groups sessions by subject (a track).
        let kind = crate::bodies::kind_of_name(short);
        if let Some(kind) = kind {
            self.report.items.push(ReportItem::new(
                Position::File,
                Action::Guessed,
                Message::new("import-taken-as-body")
                    .with("name", short)
                    .with("kind", kind_word(kind)),
            ));
        }
        self.bodies.insert(
            id.clone(),
            Body {
                preferred_room: None,
                id: id.clone(),
                short: short.to_owned(),
                name: Text::from([(self.lang, short.to_owned())]),
                kind: kind.unwrap_or(BodyKind::Track),
                parent: None,
                hours: Vec::new(),
                parallel_with_parent: false,
            },
        );
        self.body_by_name.insert(short.to_owned(), id.clone());
        Some(id)
    }

    /// The person with this key, created on first use: `p-<id>`, `p-<guid>` or
    /// `p-<name slug>`. The first name seen is kept.
    pub fn person(&mut self, key: PersonKey, name: &str) -> Option<PersonId> {
        let name = name.trim();
        if let Some(id) = self.person_by_key.get(&key) {
            return Some(id.clone());
        }
        let base = match &key {
            PersonKey::Exact(id) if !id.trim().is_empty() => id.trim().to_owned(),
            PersonKey::Exact(_) => return None,
            PersonKey::Id(id) | PersonKey::Guid(id) => {
                let id = id.trim();
                if id.is_empty() {
                    return None;
                }
                format!("p-{}", slug(id, '-'))
            }
            PersonKey::Name(n) => {
                if n.trim().is_empty() {
                    return None;
                }
                format!("p-{}", slug(n, '-'))
            }
        };
        let id = PersonId(unique(&base, |c| {
            self.persons.contains_key(&PersonId::from(c))
        }));
        self.persons.insert(
            id.clone(),
            Person {
                id: id.clone(),
                name: if name.is_empty() {
                    id.0.clone()
                } else {
                    name.to_owned()
                },
                role: None,
            },
        );
        self.person_by_key.insert(key, id.clone());
        Some(id)
    }

    /// Adds a session, repairing a taken id and an empty title (both reported).
    pub fn session(&mut self, s: NewSession) -> SessionId {
        let wanted = if s.id.trim().is_empty() {
            format!("s-{}", self.sessions.len() + 1)
        } else {
            s.id.trim().to_owned()
        };
        let id = if self
            .sessions
            .contains_key(&SessionId::from(wanted.as_str()))
        {
            let fresh = unique(&wanted, |c| self.sessions.contains_key(&SessionId::from(c)));
            self.note(
                s.position.clone(),
                Action::Repaired,
                Message::new("import-duplicate-session-id")
                    .with("id", wanted.as_str())
                    .with("fresh", fresh.as_str()),
            );
            fresh
        } else {
            wanted
        };
        let title = if s.title.trim().is_empty() {
            self.note(
                s.position.clone(),
                Action::Repaired,
                Message::new("import-untitled-session").with("id", id.as_str()),
            );
            "(untitled)".to_owned()
        } else {
            s.title.trim().to_owned()
        };
        let room = s.room.as_deref().and_then(|r| self.room(r));
        let mut bodies = Vec::new();
        for b in &s.bodies {
            if let Some(b) = self.body(b)
                && !bodies.contains(&b)
            {
                bodies.push(b);
            }
        }
        let mut persons = Vec::new();
        for (key, name) in s.persons {
            if let Some(p) = self.person(key, &name)
                && !persons.contains(&p)
            {
                persons.push(p);
            }
        }
        let id = SessionId(id);
        self.sessions.insert(
            id.clone(),
            Session {
                pinned: false,
                windows: Vec::new(),
                preferred_room: None,
                id: id.clone(),
                title: Text::from([(self.lang, title)]),
                kind: s.kind,
                bodies,
                room,
                persons,
                placement: s.placement,
                tentative: s.tentative,
                exclusive: s.exclusive,
                interpretation: Vec::new(),
                attendance: None,
                annex: s.annex,
                annex_label: Text::new(),
                annex_note: Text::new(),
                timing: s.timing,
                minutes: None,
                annex_mark: None,
            },
        );
        id
    }

    /// Adds a break on `placement`'s day; copies of one break (same day, times and name,
    /// listed in several rooms) are kept once. A break that is not within one meeting day is
    /// skipped and reported.
    pub fn add_break(&mut self, name: &str, kind: BreakKind, placement: Placement, at: Position) {
        let date = placement.start.date();
        let start = placement.start.time();
        let end = if placement.end.date() == date {
            placement.end.time()
        } else if placement.end == TimeOfDay::END_OF_DAY.on(date) {
            TimeOfDay::END_OF_DAY
        } else {
            self.note(
                at,
                Action::Skipped,
                Message::new("import-break-past-midnight").with("break", name),
            );
            return;
        };
        if !self.days.contains_key(&date) {
            self.note(
                at,
                Action::Skipped,
                Message::new("import-break-not-meeting-day")
                    .with("break", name)
                    .with("date", date.to_string()),
            );
            return;
        }
        let key = (date, start, end, name.to_owned());
        if !self.break_keys.insert(key) {
            return;
        }
        let id = BreakId(unique(&format!("k-{date}-{}", slug(name, '-')), |c| {
            self.breaks.contains_key(&BreakId::from(c))
        }));
        self.breaks.insert(
            id.clone(),
            Break {
                id,
                name: Text::from([(self.lang, name.trim().to_owned())]),
                kind,
                start,
                end,
                day: Some(date),
            },
        );
    }

    /// Turns a wall-clock or offset date-time into a meeting-zone stamp.
    pub fn stamp(&self, when: Moment) -> Stamp {
        match when {
            Moment::Instant(i) => self.zone.local(i),
            Moment::Utc(u) => self.zone.local_of_utc(u),
            Moment::Local(l) => Stamp::from_naive(l),
        }
    }

    /// The timetable: days default to the dates sessions start on when the file listed
    /// none; hours span the sessions; every invariant is checked.
    pub fn finish(mut self) -> Result<Imported, ImportError> {
        if self.days.is_empty() {
            let dates: BTreeSet<NaiveDate> = self
                .sessions
                .values()
                .filter_map(|s| s.placement.map(|p| p.start.date()))
                .collect();
            if let (Some(first), Some(last)) = (dates.first().copied(), dates.last().copied()) {
                // Every date from the first to the last, so a weekend in between is a day.
                let mut d = first;
                while d <= last && self.days.len() < 366 {
                    self.day(d);
                    match d.succ_opt() {
                        Some(next) => d = next,
                        None => break,
                    }
                }
            }
        }
        // A conference that schedules sessions on a Saturday works that Saturday: only days
        // without sessions keep the weekend their weekday gives them.
        for s in self.sessions.values() {
            if let Some(day) = s.placement.and_then(|p| self.days.get_mut(&p.start.date())) {
                day.kind = DayKind::Working;
            }
        }
        let hours = self.hours();
        // Points in time take no time: they neither fill nor open a lunch gap.
        let placements: Vec<_> = self
            .sessions
            .values()
            .filter_map(|s| s.placement)
            .filter(|p| !p.is_instant())
            .collect();
        let (slots, how) = super::slots::derive(hours, self.breaks.values(), placements, self.lang);
        self.report
            .items
            .insert(0, ReportItem::new(Position::File, Action::Guessed, how));
        let title = if !self.title.is_empty() {
            self.title.clone()
        } else if let Some(name) = &self.fallback_title {
            self.report.items.insert(
                0,
                ReportItem::new(
                    Position::File,
                    Action::Guessed,
                    Message::new("import-title-from-file-name").with("title", name.as_str()),
                ),
            );
            name.clone()
        } else {
            "Imported schedule".to_owned()
        };
        let mut timetable = Timetable {
            arrange_weights: Default::default(),
            meeting: Meeting {
                title: Text::from([(self.lang, title)]),
                venue: self.venue.clone(),
                time_zone: self.zone.name().to_owned(),
                city: None,
                languages: vec![self.lang],
                hours,
                interpreter_teams: None,
                default_session_minutes: None,
                note_style: Default::default(),
            },
            days: self.days.into_values().collect(),
            slots,
            breaks: self.breaks,
            rooms: self.rooms,
            bodies: self.bodies,
            persons: self.persons,
            sessions: self.sessions,
            constraints: IdMap::default(),
            severities: BTreeMap::new(),
            acknowledgements: BTreeMap::new(),
            revisions: Vec::new(),
            annex_notes: Vec::new(),
        };
        // A session imported without times waits in the palette with the default length.
        timetable.fill_session_minutes();
        let problems = timetable.validate();
        if !problems.is_empty() {
            return Err(ImportError::Invalid(problems));
        }
        Ok(Imported {
            timetable,
            report: self.report,
        })
    }

    /// From the earliest start to the latest end of the sessions' times of day; the whole
    /// day when a session crosses midnight; 09:00-18:00 with no sessions.
    fn hours(&self) -> Hours {
        let mut start: Option<TimeOfDay> = None;
        let mut end: Option<TimeOfDay> = None;
        let mut whole_day = false;
        for p in self.sessions.values().filter_map(|s| s.placement) {
            let s = p.start.time();
            let e = if p.end.date() == p.start.date() {
                p.end.time()
            } else if p.end == TimeOfDay::END_OF_DAY.on(p.start.date()) {
                TimeOfDay::END_OF_DAY
            } else {
                whole_day = true;
                TimeOfDay::END_OF_DAY
            };
            start = Some(start.map_or(s, |x| x.min(s)));
            end = Some(end.map_or(e, |x| x.max(e)));
        }
        match (start, end) {
            _ if whole_day => Hours {
                start: TimeOfDay::MIDNIGHT,
                end: TimeOfDay::END_OF_DAY,
            },
            (Some(start), Some(end)) if start < end => Hours { start, end },
            _ => Hours {
                start: TimeOfDay::hm(9, 0).unwrap_or(TimeOfDay::MIDNIGHT),
                end: TimeOfDay::hm(18, 0).unwrap_or(TimeOfDay::END_OF_DAY),
            },
        }
    }
}

/// A point in time as a file gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moment {
    /// With an offset (`2016-12-27T11:00:00+01:00`).
    Instant(DateTime<FixedOffset>),
    /// In UTC (`20161229T203726Z`).
    Utc(NaiveDateTime),
    /// A wall-clock time in the meeting's zone (floating, or already converted).
    Local(NaiveDateTime),
}

/// `base`, or `base-2`, `base-3`, ... whichever is not `taken`.
pub fn unique(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|c| !taken(c))
        .unwrap_or_else(|| base.to_owned())
}

/// What kind of break a name (or track, or type) suggests: a meal for lunch or dinner, a
/// coffee break for coffee or tea, else other.
pub fn break_kind(words: &[&str]) -> BreakKind {
    let text = words.join(" ").to_lowercase();
    if [
        "lunch",
        "dinner",
        "meal",
        "mittag",
        "déjeuner",
        "dejeuner",
        "almuerzo",
        "breakfast",
    ]
    .iter()
    .any(|w| text.contains(w))
    {
        BreakKind::Meal
    } else if ["coffee", "kaffee", "café", "cafe", "tea"]
        .iter()
        .any(|w| text.contains(w))
    {
        BreakKind::Coffee
    } else {
        BreakKind::Other
    }
}

/// Whether a frab type or track marks an event as a break: `break`, `pause`, `coffee
/// break`, `lunch`, `lunch break`, `kaffeepause`, `mittagspause` (case and spaces ignored).
pub fn marks_break(word: &str) -> bool {
    const LONGEST: usize = "mittagspause".len();
    let mut key = String::with_capacity(LONGEST + 4);
    for c in word.chars().filter(|c| c.is_alphanumeric()) {
        key.extend(c.to_lowercase());
        if key.len() > LONGEST {
            // Longer than every word that marks a break (most tracks and types are).
            return false;
        }
    }
    matches!(
        key.as_str(),
        "break"
            | "breaks"
            | "pause"
            | "pausen"
            | "coffee"
            | "coffeebreak"
            | "lunch"
            | "lunchbreak"
            | "mealbreak"
            | "kaffeepause"
            | "mittagspause"
    )
}

/// A body kind as the message files select on it (`import-taken-as-body`).
fn kind_word(kind: BodyKind) -> &'static str {
    match kind {
        BodyKind::StudyGroup => "study-group",
        BodyKind::WorkingParty => "working-party",
        BodyKind::Question => "question",
        BodyKind::Management => "management",
        BodyKind::Other => "group",
        BodyKind::Track => "track",
    }
}
