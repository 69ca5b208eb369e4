//! The timetable model: a meeting, its days, slots and breaks, the sessions and what they use.
//!
//! These types are the in-memory model. The file format wraps them in the document file (see
//! [`crate::document`]); the UI receives the wire's own copies of them (`crate::wire`), so
//! the model can change without changing what the UI reads.
//!
//! What a session *is* ([`Session`]: titles, kind, bodies, room, persons, flags) is kept
//! apart from where it is *placed* ([`Placement`]: start and end). An unscheduled session has
//! no placement and waits in the palette; moving a session changes only its placement.
//!
//! Every model type a document or a command carries ([`Rule`] included) refuses unknown
//! fields when deserialized: a document naming a field the model lacks is refused with its
//! path (see [`crate::document`]) rather than loaded and then saved without it, and the UI
//! cannot send a field the core would ignore. None of them uses `#[serde(flatten)]`, which
//! would not combine with it.
//!
//! Invariants (checked by [`Timetable::validate`], kept by every command):
//! - every id is unique within its collection and non-empty;
//! - every reference (a session's room, bodies and persons, a body's parent, a constraint's
//!   sessions, a break's day) names an existing item;
//! - the body tree has no cycle;
//! - every slot, break and day's hours ends after it starts; a span's placement ends after it
//!   starts, a point's or open-ended item's placement ends where it starts ([`Timing`]);
//! - days are unique by date;
//! - revision labels are unique and non-empty, and each revision's timetable keeps every
//!   invariant above.
//!
//! The vocabulary is split by what it describes: a session and its placement
//! (`session.rs`), constraints, conflict kinds and severities (`constraints.rs`), the
//! annex notes the user controls (`notes.rs`); the rest (ids, languages, the meeting, its
//! days, slots, breaks, bodies, rooms, persons, the timetable and its revisions) is here.
//! All are re-exported, so every type is `crate::model::Type`. Behaviour lives in the other
//! modules; these are the types a document holds and their small accessors.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::NaiveDate;
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use crate::time::TimeOfDay;

mod constraints;
mod notes;
mod session;

pub use constraints::*;
pub use notes::*;
pub use session::*;

/// The map each collection of a [`Timetable`] is kept in: an [`IndexMap`] (lookup by id,
/// the order of creation kept) whose hasher is [`IdHasher`]. Build one with
/// `IdMap::default()`, `IdMap::with_capacity_and_hasher(n, IdHasher::default())` or
/// `collect()`: `IndexMap::new` and `IndexMap::from` exist only for the standard library's
/// hasher.
pub type IdMap<K, V> = IndexMap<K, V, IdHasher>;

/// The hasher of the model's maps: foldhash's fast hasher, seeded at random for each map.
///
/// Fast: every load of a document hashes each session's room, bodies and persons to check
/// that they exist, and the standard library's SipHash spent a fifth of the load of 20,000
/// sessions doing so (docs/performance.md); foldhash reads a short id in a few
/// multiplications. Seeded: the ids come from files people are sent (documents and
/// imports), and a hash anyone can compute would let such a file hold ids that all collide,
/// making every lookup a walk of the whole map; a random seed per process and map leaves a
/// file no way to aim at it. Only lookups depend on it: the order of an [`IndexMap`] is the
/// order of insertion, so documents, views and exports stay the same bytes from run to run.
pub type IdHasher = foldhash::fast::RandomState;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_owned())
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
    };
}

id_type!(
    /// Stable id of a [`Session`]; never reused within a document.
    SessionId
);
id_type!(
    /// Stable id of a [`Room`].
    RoomId
);
id_type!(
    /// Stable id of a [`Body`].
    BodyId
);
id_type!(
    /// Stable id of a [`Person`].
    PersonId
);
id_type!(
    /// Stable id of a [`Slot`].
    SlotId
);
id_type!(
    /// Stable id of a [`Break`].
    BreakId
);
id_type!(
    /// Stable id of a [`Constraint`].
    ConstraintId
);

/// One of the six languages of the ITU, by its ISO 639-1 code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Arabic (written right to left).
    Ar,
    /// Chinese (simplified).
    Zh,
    /// English.
    En,
    /// French.
    Fr,
    /// Russian.
    Ru,
    /// Spanish.
    Es,
}

impl Lang {
    /// All six, in the ITU's customary order.
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    /// Where [`text_in`] looks when a text lacks the language asked: English, then the
    /// others in the ITU's order.
    pub const FALLBACK: [Lang; 6] = [Lang::En, Lang::Ar, Lang::Zh, Lang::Fr, Lang::Ru, Lang::Es];

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        }
    }
}

/// A language code that is none of the six ([`Lang`]'s `FromStr`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("there is no language '{0}'; expected ar, zh, en, fr, ru or es")]
pub struct UnknownLang(pub String);

impl UnknownLang {
    /// The refusal as a message of the message files (`Display` is its English).
    pub fn message(&self) -> crate::messages::Message {
        crate::messages::Message::new("refusal-unknown-language").with("code", &self.0)
    }
}

/// Parses an ISO 639-1 code exactly as files and the wire write it (lower case): the one
/// parser the shell, the CLI and the exporters share, so all refuse a code the same way.
impl std::str::FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(code: &str) -> Result<Lang, UnknownLang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == code)
            .ok_or_else(|| UnknownLang(code.to_owned()))
    }
}

/// A text in one or more languages, keyed by language (stable order in files).
pub type Text = BTreeMap<Lang, String>;

/// The text in `lang`, else in the first language of [`Lang::FALLBACK`] it has (English
/// first); empty if there is none. Clients show texts by the same order, which travels in
/// [`crate::view::View::text_fallback`].
pub fn text_in(text: &Text, lang: Lang) -> &str {
    std::iter::once(lang)
        .chain(Lang::FALLBACK)
        .find_map(|l| text.get(&l))
        .map(String::as_str)
        .unwrap_or("")
}

/// The meeting itself: what the collective letter invites to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Meeting {
    /// Title in each language the document has.
    pub title: Text,
    /// Where it takes place, as written in the letter.
    pub venue: String,
    /// IANA time zone of every time in the document (e.g. `Europe/Zurich`).
    pub time_zone: String,
    /// The city the user picked for the time zone ("Geneva" for `Europe/Zurich`), shown
    /// wherever the zone is named, so the meeting shows its own city rather than the one
    /// the zone is named after. `None`: the zone's own city. Since format version 5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Languages the timetable is published in; the first is the document's main language.
    pub languages: Vec<Lang>,
    /// Standard hours of a working day; a [`Day`] may have its own.
    pub hours: Hours,
    /// Interpreter teams available at once; `None` when not limited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpreter_teams: Option<u32>,
    /// The length in minutes a session gets when it is created or imported without a
    /// placement; [`Meeting::DEFAULT_SESSION_MINUTES`] when `None`. Since format version 4.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_session_minutes: Option<u32>,
    /// How the notes under the annex table are marked and headed. Absent when every
    /// setting is the default. Since format version 6.
    #[serde(default, skip_serializing_if = "NoteStyle::is_default")]
    pub note_style: NoteStyle,
}

impl Meeting {
    /// The length of a new unscheduled session when the document sets none: 90 minutes, a
    /// Question meeting's usual block.
    pub const DEFAULT_SESSION_MINUTES: u32 = 90;
}

/// Opening hours of a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    /// When sessions may start.
    pub start: TimeOfDay,
    /// When sessions must have ended.
    pub end: TimeOfDay,
}

/// What kind of day a [`Day`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum DayKind {
    /// Sessions are expected.
    Working,
    /// Saturday or Sunday inside the meeting's span.
    Weekend,
    /// A holiday inside the meeting's span.
    Holiday,
}

/// A date of the meeting. The meeting's dates are its first to its last day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Day {
    /// The calendar date (unique among days).
    pub date: NaiveDate,
    /// Working, weekend or holiday.
    pub kind: DayKind,
    /// This day's hours when they differ from the meeting's standard hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<Hours>,
    /// A short remark shown with the day (e.g. "Registration opens 08:30").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A named part of a working day (Morning, Afternoon): the annex's columns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Slot {
    /// Stable id.
    pub id: SlotId,
    /// Name in each language.
    pub name: Text,
    /// Standard start.
    pub start: TimeOfDay,
    /// Standard end.
    pub end: TimeOfDay,
    /// The days on which the slot has other times (Friday morning 09:00-12:00), by date;
    /// every other day uses `start` and `end`. Since format version 6.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub days: BTreeMap<NaiveDate, Hours>,
}

impl Slot {
    /// The slot's start and end on `date`: that day's own times, else the standard ones.
    pub fn times_on(&self, date: NaiveDate) -> (TimeOfDay, TimeOfDay) {
        self.days
            .get(&date)
            .map_or((self.start, self.end), |h| (h.start, h.end))
    }
}

/// What kind of pause a [`Break`] is; it decides what counts as running over it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum BreakKind {
    /// A coffee break is taken inside a running session: a session that spans it whole is
    /// fine; one that starts or ends inside it is not.
    Coffee,
    /// A meal break: no session should overlap it at all.
    Meal,
    /// Any other pause: treated like a meal break.
    Other,
}

/// A period when no session should run.
///
/// A break with no `day` is standard: it applies on every working day that has no breaks of
/// its own. A day with at least one break of its own uses only those.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Break {
    /// Stable id.
    pub id: BreakId,
    /// Name in each language ("Lunch").
    pub name: Text,
    /// Coffee, meal or other.
    pub kind: BreakKind,
    /// Start.
    pub start: TimeOfDay,
    /// End.
    pub end: TimeOfDay,
    /// The one day it applies to; `None` for a standard break.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<NaiveDate>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// What kind of group a [`Body`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum BodyKind {
    /// A Study Group (the root of its tree).
    StudyGroup,
    /// A Working Party of a Study Group.
    WorkingParty,
    /// A Question, under a Working Party or directly under the Study Group.
    Question,
    /// A management team.
    Management,
    /// Any other group (JCA, focus group, BSG, ...).
    Other,
    /// A thematic track of a conference (imported from frab, pretalx, ...): it groups
    /// sessions by subject, not people, so its sessions may run in parallel and it never
    /// causes a body clash.
    Track,
}

/// A group that meets. Bodies form a forest through `parent`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Body {
    /// Stable id.
    pub id: BodyId,
    /// Short name ("WP1/12", "Q4/12").
    pub short: String,
    /// Full name in each language.
    pub name: Text,
    /// What kind of group.
    pub kind: BodyKind,
    /// The body it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<BodyId>,
    /// The periods of a day its sessions may run in when they differ from the day's hours
    /// (Question meetings: 08:30-12:30 and 13:00-18:00), in time order. A session of the
    /// body that lies within one of them is not outside the day's hours, nor over a break
    /// that the period does not hold whole (the body's own lunch is shorter). Empty: the
    /// day's hours and breaks. Since format version 6.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hours: Vec<Hours>,
    /// It meets in parallel with its parent by design (a Council plenary and its standing
    /// committee), so its sessions and those of the bodies under it never clash as bodies
    /// with those of its parent and the bodies above. Since format version 6.
    #[serde(default, skip_serializing_if = "is_false")]
    pub parallel_with_parent: bool,
    /// The room arranging tries first for its sessions (and those of the bodies under it
    /// that have none). Since format version 7.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_room: Option<RoomId>,
}

/// A room sessions take place in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Room {
    /// Stable id.
    pub id: RoomId,
    /// Name as shown on the building's signs.
    pub name: String,
    /// Seats; `None` when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<u32>,
    /// Whether it has interpretation booths.
    #[serde(default, skip_serializing_if = "is_false")]
    pub interpretation: bool,
}

/// Someone whose presence sessions need.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Person {
    /// Stable id.
    pub id: PersonId,
    /// Name as printed.
    pub name: String,
    /// Role or affiliation ("Chairman, SG12").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// The whole timetable of one meeting.
///
/// Collections are ordered maps keyed by id: lookups are O(1) and the order in which the user
/// created items is kept, so saved files are stable and diffs readable.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Timetable {
    /// The meeting.
    pub meeting: Meeting,
    /// Its days, in date order.
    pub days: Vec<Day>,
    /// Slots of a working day, in time order.
    pub slots: IdMap<SlotId, Slot>,
    /// Standard and per-day breaks.
    pub breaks: IdMap<BreakId, Break>,
    /// Rooms.
    pub rooms: IdMap<RoomId, Room>,
    /// Bodies, parents before children.
    pub bodies: IdMap<BodyId, Body>,
    /// Persons.
    pub persons: IdMap<PersonId, Person>,
    /// Sessions, scheduled or not.
    pub sessions: IdMap<SessionId, Session>,
    /// Constraints between sessions.
    pub constraints: IdMap<ConstraintId, Constraint>,
    /// Severity per conflict kind where it differs from the default.
    pub severities: BTreeMap<ConflictKind, Severity>,
    /// Acknowledged conflicts by key.
    pub acknowledgements: BTreeMap<String, Acknowledgement>,
    /// How much each conflict kind counts when arranging, where it differs from
    /// [`ArrangeWeight::default_for`]. Absent from files when empty. Since format version 7.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub arrange_weights: BTreeMap<ArrangeWeightKey, ArrangeWeight>,
    /// Published revisions, oldest first; labels are unique. Absent from files and the wire
    /// when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub revisions: Vec<Revision>,
    /// The user's order and wording of annex notes, by note key (see [`AnnexNote`] and
    /// `crate::annex::note_views`). Absent from files and the wire when empty. Since format
    /// version 3.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub annex_notes: Vec<AnnexNote>,
}

/// A published version of the timetable: frozen under a label ("Rev.1") so that later
/// versions can be compared with it (see [`crate::revision`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Revision {
    /// The label it was published under ("Rev.1"); unique within a document.
    pub label: String,
    /// The publication date, as the user gave it (the core has no clock).
    pub date: NaiveDate,
    /// What this revision is for ("room changes after the WP2 request").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// The timetable as it was when published.
    pub timetable: Frozen,
}

/// A timetable frozen in a [`Revision`]: everything but its own revisions, which a frozen
/// timetable never has (so a document's size grows linearly with its revisions, not
/// quadratically). The only ways to build one, [`Frozen::of`] and deserializing, drop them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Frozen(Box<Timetable>);

impl Frozen {
    /// Freezes `timetable` without its revisions.
    pub fn of(timetable: &Timetable) -> Frozen {
        // Field by field, so the revisions are never cloned only to be dropped.
        let Timetable {
            meeting,
            days,
            slots,
            breaks,
            rooms,
            bodies,
            persons,
            sessions,
            constraints,
            severities,
            acknowledgements,
            arrange_weights,
            revisions: _,
            annex_notes,
        } = timetable;
        Frozen(Box::new(Timetable {
            meeting: meeting.clone(),
            days: days.clone(),
            slots: slots.clone(),
            breaks: breaks.clone(),
            rooms: rooms.clone(),
            bodies: bodies.clone(),
            persons: persons.clone(),
            sessions: sessions.clone(),
            constraints: constraints.clone(),
            severities: severities.clone(),
            acknowledgements: acknowledgements.clone(),
            arrange_weights: arrange_weights.clone(),
            revisions: Vec::new(),
            annex_notes: annex_notes.clone(),
        }))
    }

    /// Freezes an owned timetable, dropping its revisions.
    pub fn from_owned(mut timetable: Timetable) -> Frozen {
        timetable.revisions.clear();
        Frozen(Box::new(timetable))
    }

    /// The frozen timetable (its `revisions` is always empty).
    pub fn timetable(&self) -> &Timetable {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Frozen {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Timetable::deserialize(d).map(Frozen::from_owned)
    }
}

/// A revision label that names no published revision, with the labels the document has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownRevision {
    /// The label asked for.
    pub label: String,
    /// The labels the document has, oldest first.
    pub known: Vec<String>,
}

impl UnknownRevision {
    /// The refusal as a message of the message files.
    pub fn message(&self) -> crate::messages::Message {
        use crate::messages::{Arg, Message};
        if self.known.is_empty() {
            Message::new("revision-unknown-none").with("label", &self.label)
        } else {
            let known = self.known.iter().map(Arg::from).collect();
            Message::new("revision-unknown")
                .with("label", &self.label)
                .with("known", Arg::List(known))
        }
    }
}

impl fmt::Display for UnknownRevision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = &self.label;
        if self.known.is_empty() {
            write!(
                f,
                "there is no revision '{label}': none has been published yet"
            )
        } else {
            write!(
                f,
                "there is no revision '{label}' (published: {})",
                self.known.join(", ")
            )
        }
    }
}

impl std::error::Error for UnknownRevision {}

/// A broken invariant found by [`Timetable::validate`]: what is wrong and where.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "camelCase")]
#[error("{path}: {message}")]
pub struct Problem {
    /// Where, as a JSON path into the document (`sessions[3].room`).
    pub path: String,
    /// What is wrong, naming the bad value, in English.
    pub message: String,
    /// The same as a message id with its arguments, for any language.
    pub words: crate::messages::Message,
}

impl Problem {
    /// The problem `words` says at `path` (its English `message` written from them).
    pub fn new(path: impl Into<String>, words: crate::messages::Message) -> Problem {
        Problem {
            path: path.into(),
            message: words.to_string(),
            words,
        }
    }

    /// The problem as one message: where, and what.
    pub fn said(&self) -> crate::messages::Message {
        crate::messages::Message::new("problem-at")
            .with("path", self.path.as_str())
            .with("problem", self.words.clone())
    }

    /// `problems` as one message, one after another ("A; B").
    pub fn all_said(problems: &[Problem]) -> crate::messages::Message {
        let mut said = problems.iter().rev().map(Problem::said);
        let Some(mut out) = said.next() else {
            return crate::messages::Message::as_said("");
        };
        for first in said {
            out = crate::messages::Message::new("one-after-another")
                .with("first", first)
                .with("rest", out);
        }
        out
    }
}

impl Timetable {
    /// The severity conflicts of `kind` have in this document.
    pub fn severity_of(&self, kind: ConflictKind) -> Severity {
        self.severities
            .get(&kind)
            .copied()
            .unwrap_or_else(|| kind.default_severity())
    }

    /// How much conflicts of `kind` count when arranging in this document.
    pub fn arrange_weight_of(&self, kind: ConflictKind) -> ArrangeWeight {
        self.arrange_weights
            .get(&ArrangeWeightKey::Conflict(kind))
            .copied()
            .unwrap_or_else(|| ArrangeWeight::default_for(kind))
    }

    /// How much `preference` weighs when arranging in this document (validation keeps a
    /// preference's weight soft; a hard one, should it come in, counts as the default).
    pub fn preference_weight(&self, preference: Preference) -> u32 {
        match self
            .arrange_weights
            .get(&ArrangeWeightKey::Preference(preference))
        {
            Some(ArrangeWeight::Soft(w)) => *w,
            _ => preference.default_weight(),
        }
    }

    /// The document's main language: the first it lists, English when it lists none. What
    /// the app shows titles in and what an export or summary uses when given no language.
    pub fn main_lang(&self) -> Lang {
        self.meeting.languages.first().copied().unwrap_or(Lang::En)
    }

    /// The length in minutes of a session created or imported without a placement (the
    /// meeting's `default_session_minutes`, else 90).
    pub fn default_session_minutes(&self) -> u32 {
        self.meeting
            .default_session_minutes
            .unwrap_or(Meeting::DEFAULT_SESSION_MINUTES)
    }

    /// Gives every unscheduled session that has no length the document's default: what
    /// loading a file and importing do, so a client always finds a length to place an
    /// unscheduled session with.
    pub fn fill_session_minutes(&mut self) {
        let default = self.default_session_minutes();
        for s in self.sessions.values_mut() {
            if s.placement.is_none() && s.minutes.is_none() {
                s.minutes = Some(default);
            }
        }
    }

    /// The day with this date, if the meeting has it.
    pub fn day(&self, date: NaiveDate) -> Option<&Day> {
        self.days
            .binary_search_by_key(&date, |d| d.date)
            .ok()
            .map(|i| &self.days[i])
    }

    /// First and last date of the meeting; `None` when it has no days.
    pub fn date_span(&self) -> Option<(NaiveDate, NaiveDate)> {
        Some((self.days.first()?.date, self.days.last()?.date))
    }

    /// The hours of `date`: its own, else the meeting's standard hours.
    pub fn hours_on(&self, date: NaiveDate) -> Hours {
        self.day(date)
            .and_then(|d| d.hours)
            .unwrap_or(self.meeting.hours)
    }

    /// The breaks in force on `date`: the day's own breaks if it has any, else the standard
    /// ones; none on non-working days and none on dates outside the meeting.
    pub fn breaks_on(&self, date: NaiveDate) -> Vec<&Break> {
        // Outside the meeting's days nothing is planned (a session there is reported as
        // outside the meeting's dates, not also as over a break); with no days at all the
        // standard breaks apply everywhere.
        let working = match self.day(date) {
            Some(d) => d.kind == DayKind::Working,
            None => self.days.is_empty(),
        };
        if !working {
            return Vec::new();
        }
        let own: Vec<&Break> = self
            .breaks
            .values()
            .filter(|b| b.day == Some(date))
            .collect();
        if own.is_empty() {
            self.breaks.values().filter(|b| b.day.is_none()).collect()
        } else {
            own
        }
    }

    /// `body` and all its ancestors, nearest first. Stops at a cycle (which validation
    /// forbids) rather than looping.
    pub fn body_and_ancestors<'a>(&'a self, body: &'a BodyId) -> Vec<&'a BodyId> {
        let mut chain = vec![body];
        let mut seen = BTreeSet::from([body]);
        let mut current = body;
        while let Some(parent) = self.bodies.get(current).and_then(|b| b.parent.as_ref()) {
            if !seen.insert(parent) {
                break;
            }
            chain.push(parent);
            current = parent;
        }
        chain
    }

    /// `body` and every body under it (its children, theirs, ...), in document order, where
    /// parents come before children, so `body` is first. A cycle (which validation forbids)
    /// never loops: a body is under `body` when `body` is among its ancestors.
    pub fn body_and_descendants<'a>(&'a self, body: &'a BodyId) -> Vec<&'a BodyId> {
        let mut out = vec![body];
        out.extend(
            self.bodies
                .keys()
                .filter(|b| *b != body && self.body_and_ancestors(b).contains(&body)),
        );
        out
    }

    /// The revision published under `label`, if any.
    pub fn revision(&self, label: &str) -> Option<&Revision> {
        self.revisions.iter().find(|r| r.label == label)
    }

    /// The revision published under `label`, or an error naming the labels there are, so
    /// that every front end (CLI, shell, export) refuses an unknown label the same way.
    pub fn published_revision(&self, label: &str) -> Result<&Revision, UnknownRevision> {
        self.revision(label).ok_or_else(|| UnknownRevision {
            label: label.to_owned(),
            known: self.revisions.iter().map(|r| r.label.clone()).collect(),
        })
    }

    /// The timetable frozen under the published revision `label`; see
    /// [`Timetable::published_revision`].
    pub fn revision_timetable(&self, label: &str) -> Result<&Timetable, UnknownRevision> {
        self.published_revision(label)
            .map(|r| r.timetable.timetable())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn letter_markers_go_on_past_the_alphabet() {
        let m = |n| MarkerStyle::Letters.marker(n);
        assert_eq!(
            [m(1), m(26), m(27), m(28), m(52), m(53)],
            ["a", "z", "aa", "ab", "az", "ba"]
        );
        assert_eq!(MarkerStyle::ParenLetters.marker(3), "(c)");
        assert_eq!(MarkerStyle::Numbers.marker(12), "12");
        assert_eq!(MarkerStyle::Letters.marker_in(2, &["а", "б"]), "б");
    }

    use super::*;

    #[test]
    fn language_codes_parse_as_files_write_them_and_nothing_else() {
        for lang in Lang::ALL {
            assert_eq!(
                lang.code().parse::<Lang>(),
                Ok(lang),
                "{} round-trips",
                lang.code()
            );
        }
        let refused = "EN"
            .parse::<Lang>()
            .expect_err("codes are lower case, as in files");
        assert_eq!(
            refused.to_string(),
            "there is no language 'EN'; expected ar, zh, en, fr, ru or es",
            "the refusal names the code and the six there are"
        );
        assert!("de".parse::<Lang>().is_err(), "only the six ITU languages");
    }

    #[test]
    fn main_language_is_the_first_listed_else_english() {
        let mut t = crate::template::standard_week(NaiveDate::from_ymd_opt(2026, 11, 26).unwrap());
        t.meeting.languages = vec![Lang::Ru, Lang::En];
        assert_eq!(t.main_lang(), Lang::Ru);
        t.meeting.languages.clear();
        assert_eq!(
            t.main_lang(),
            Lang::En,
            "a document listing no language reads as English"
        );
    }

    #[test]
    fn body_descendants_stop_at_a_cycle() {
        let mut t = crate::template::standard_week(NaiveDate::from_ymd_opt(2026, 11, 26).unwrap());
        for (id, parent) in [("a", "b"), ("b", "a")] {
            let body = Body {
                preferred_room: None,
                id: id.into(),
                short: id.into(),
                name: Text::new(),
                kind: BodyKind::Other,
                parent: Some(parent.into()),
                hours: Vec::new(),
                parallel_with_parent: false,
            };
            t.bodies.insert(body.id.clone(), body);
        }
        let a = BodyId::from("a");
        assert_eq!(
            t.body_and_descendants(&a),
            [&a, &BodyId::from("b")],
            "each once, no loop"
        );
    }
}
