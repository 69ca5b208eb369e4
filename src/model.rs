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
//! Why one file of this length: it is the domain's whole vocabulary, the types a document
//! holds and their small accessors; behaviour lives in the other modules.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::NaiveDate;
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use crate::time::{Stamp, TimeOfDay};

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

/// How the notes under the annex table are marked and headed, one choice per document.
///
/// It lives in the [`Meeting`] because it is a setting of the letter as a whole, like the
/// meeting's languages, and travels and undoes with it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NoteStyle {
    /// How notes are numbered under the table and marked in the cells.
    #[serde(default, skip_serializing_if = "MarkerStyle::is_default")]
    pub markers: MarkerStyle,
    /// The cells carry no markers at all (the notes keep their numbers): the seed letter's
    /// Annex C has none.
    #[serde(default, skip_serializing_if = "is_false")]
    pub hide_markers: bool,
    /// The heading of the notes per language ("Notes by TSB:"); a language without one
    /// gets the annex's own heading ("Notes:").
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub heading: Text,
}

impl NoteStyle {
    /// Whether every setting is the default (numbers, markers shown, the usual heading).
    pub fn is_default(&self) -> bool {
        *self == NoteStyle::default()
    }
}

/// How notes are numbered and marked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum MarkerStyle {
    /// 1, 2, 3, ...
    #[default]
    Numbers,
    /// a, b, c, ..., z, aa, ab, ...
    Letters,
    /// (a), (b), (c), ...
    ParenLetters,
}

impl MarkerStyle {
    /// All styles, in the order the app offers them.
    pub const ALL: [MarkerStyle; 3] = [
        MarkerStyle::Numbers,
        MarkerStyle::Letters,
        MarkerStyle::ParenLetters,
    ];

    /// Whether it is the default style (numbers).
    pub fn is_default(&self) -> bool {
        *self == MarkerStyle::Numbers
    }

    /// The name used in files, on the command line and on the wire.
    pub fn name(self) -> &'static str {
        match self {
            MarkerStyle::Numbers => "numbers",
            MarkerStyle::Letters => "letters",
            MarkerStyle::ParenLetters => "parenLetters",
        }
    }

    /// The marker of note `number` (1-based) with the Latin alphabet: "3", "c", "(c)".
    pub fn marker(self, number: u32) -> String {
        self.marker_in(number, LATIN)
    }

    /// The marker of note `number` (1-based) with `alphabet` for the letter styles ("3",
    /// "в", "(в)"). Letters go on past the alphabet's end as spreadsheet columns do: "aa",
    /// "ab", ...
    pub fn marker_in(self, number: u32, alphabet: &[&str]) -> String {
        match self {
            MarkerStyle::Numbers => number.to_string(),
            MarkerStyle::Letters => letters(number, alphabet),
            MarkerStyle::ParenLetters => format!("({})", letters(number, alphabet)),
        }
    }
}

/// The Latin letters a to z, the letters of the marker styles by default.
pub const LATIN: &[&str] = &[
    "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s",
    "t", "u", "v", "w", "x", "y", "z",
];

/// `1` -> "a", `26` -> "z", `27` -> "aa" with the Latin alphabet (bijective numbering in
/// the alphabet's base); `0` or an empty alphabet -> "".
fn letters(mut n: u32, alphabet: &[&str]) -> String {
    let base = alphabet.len() as u32;
    if base == 0 {
        return String::new();
    }
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push(alphabet[(n % base) as usize]);
        n /= base;
    }
    out.reverse();
    out.concat()
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

/// What a session is, for display, filters and annex wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum SessionKind {
    /// A plenary of the whole body.
    Plenary,
    /// A Working Party meeting.
    WorkingParty,
    /// A meeting of one or more Questions.
    Question,
    /// A training course.
    Training,
    /// A meeting of the management team.
    Management,
    /// A briefing (e.g. for new delegates).
    Briefing,
    /// A webinar.
    Webinar,
    /// A social event, tour or welcome.
    Social,
    /// Anything else.
    Other,
}

/// Where a session shows in the annex of the letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum AnnexPlacement {
    /// In a cell of the table only.
    Cell,
    /// In a note under the table only.
    Note,
    /// In a cell and in a note with its exact times.
    Both,
    /// Not in the annex.
    Hidden,
}

/// One item of the timetable.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Session {
    /// Stable id.
    pub id: SessionId,
    /// Title in each language the document has.
    pub title: Text,
    /// What kind of session.
    pub kind: SessionKind,
    /// The bodies that meet (a joint session has several).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bodies: Vec<BodyId>,
    /// Where it takes place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room: Option<RoomId>,
    /// Chairs, rapporteurs, speakers: anyone who must be there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub persons: Vec<PersonId>,
    /// When it takes place; `None` while unscheduled (in the palette).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement: Option<Placement>,
    /// Whether it runs from a start to an end (a span), happens at a point in time, or
    /// starts and runs on with no set end. Kept while unscheduled. Since format version 6.
    #[serde(default, skip_serializing_if = "Timing::is_span")]
    pub timing: Timing,
    /// Not confirmed yet: shown as "TBD".
    #[serde(default, skip_serializing_if = "is_false")]
    pub tentative: bool,
    /// Nothing may run beside it (a plenary).
    #[serde(default, skip_serializing_if = "is_false")]
    pub exclusive: bool,
    /// Languages it needs interpretation into; needs a room with interpretation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interpretation: Vec<Lang>,
    /// Expected number of participants, checked against the room's capacity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendance: Option<u32>,
    /// Where it shows in the annex.
    pub annex: AnnexPlacement,
    /// Text of its annex cell when it differs from the title; sessions of one slot with the
    /// same label share one cell item ("Meetings of all Working Party Questions").
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub annex_label: Text,
    /// Wording of its annex note in place of the title, when the note must say more
    /// ("meeting point at reception"); the annex adds the exact times itself.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub annex_note: Text,
    /// Its length in minutes while it is unscheduled: what it had when it was unscheduled,
    /// else the document's default ([`Timetable::default_session_minutes`]), so that it
    /// is placed back with that length. Never set on a scheduled session, whose placement
    /// gives its length; kept so by every command ([`Session::settle_minutes`]) and filled
    /// in on load and import. Since format version 4.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    /// The key of a note whose marker its annex items carry without a note of its own
    /// ("free:hours-notice", "session:welcome"; see `crate::annex::notes`): a session
    /// marked to share another note. A key that names no note of a layout is ignored with
    /// a warning. Since format version 6.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annex_mark: Option<String>,
}

impl Session {
    /// `self` as a command leaves it, `before` being what it was (`None` for a new
    /// session): scheduled, it keeps no `minutes`, and a point's or open-ended item's
    /// placement ends where it starts (a span made from a point gets its kept length, else
    /// `default` minutes); unscheduled, it keeps its own `minutes`, else the length it had
    /// before (its placement's, or its kept length), else `default`.
    pub fn settle_minutes(mut self, before: Option<&Session>, default: u32) -> Session {
        if let Some(pl) = &mut self.placement {
            if !self.timing.is_span() {
                pl.end = pl.start;
            } else if pl.end <= pl.start {
                // A point made a span again: it gets the length it kept or the default.
                let minutes = self
                    .minutes
                    .or_else(|| before.and_then(|b| b.minutes))
                    .unwrap_or(default);
                pl.end = pl.start.plus_minutes(i64::from(minutes)).unwrap_or(pl.end);
            }
            self.minutes = None;
        } else if self.minutes.is_none() {
            // A point's placement has no length; it keeps the minutes it had, if any.
            let kept = before.and_then(|b| {
                b.placement
                    .filter(|p| p.minutes() > 0)
                    .map(|p| u32::try_from(p.minutes()).unwrap_or(default))
                    .or(b.minutes)
            });
            self.minutes = Some(kept.unwrap_or(default));
        }
        self
    }
}

/// How a session extends in time.
///
/// A point ("17:30 Steering Committee") and an open-ended item ("18:00– conference dinner")
/// have a start and no end: their placement ends where it starts, so no rule can read an
/// invented end from it. Why not an `Option` end in [`Placement`]: a placement is moved,
/// shifted and compared as one interval everywhere; a zero-length placement keeps that
/// arithmetic and the kind, here, says how to read it (and survives unscheduling).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Timing {
    /// From its start to its end.
    #[default]
    Span,
    /// At its start only, taking no time ("17:30 Steering Committee").
    Point,
    /// From its start on, with no set end ("18:00– conference dinner").
    OpenEnded,
}

impl Timing {
    /// Whether this is the ordinary kind, a span (the default, not written to files).
    pub fn is_span(&self) -> bool {
        *self == Timing::Span
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Where a session is placed in time. Invariant: `start < end` for a span, `start == end`
/// for a point or open-ended item (see [`Timing`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Placement {
    /// Local start.
    pub start: Stamp,
    /// Local end.
    pub end: Stamp,
}

impl Placement {
    /// Whether the two half-open intervals `[start, end)` share any minute; a placement with
    /// no length (a point) counts as its one minute `[start, start + 1)`. So a point at 17:30
    /// meets a session 17:00-18:00 and another point at 17:30, not a session 14:30-17:30,
    /// which has ended.
    pub fn overlaps(&self, other: &Placement) -> bool {
        self.start < other.occupied_end() && other.start < self.occupied_end()
    }

    /// The end of the time it occupies: its end, or for a point the end of its start's minute.
    pub fn occupied_end(&self) -> Stamp {
        if self.end > self.start {
            self.end
        } else {
            self.start.plus_minutes(1).unwrap_or(self.end)
        }
    }

    /// Whether it has no length (the placement of a point or open-ended item).
    pub fn is_instant(&self) -> bool {
        self.end <= self.start
    }

    /// Length in minutes.
    pub fn minutes(&self) -> i64 {
        self.start.minutes_until(self.end)
    }
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

/// A rule between sessions that the timetable must respect.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Constraint {
    /// Stable id.
    pub id: ConstraintId,
    /// The rule.
    pub rule: Rule,
    /// Why it exists, in the secretariat's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The rules a [`Constraint`] can state. Unscheduled sessions satisfy every rule (there is
/// nothing to check until they are placed).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "type", deny_unknown_fields)]
pub enum Rule {
    /// Every session of `earlier` ends before any session of `later` starts ("all Working
    /// Party closings before the closing plenary").
    #[serde(rename_all = "camelCase")]
    Before {
        /// Sessions that must come first.
        earlier: Vec<SessionId>,
        /// Sessions that must come after.
        later: Vec<SessionId>,
    },
    /// The sessions follow one another in this order, none overlapping the next.
    #[serde(rename_all = "camelCase")]
    InSequence {
        /// The sessions in their required order.
        sessions: Vec<SessionId>,
    },
    /// No two of these sessions may overlap.
    #[serde(rename_all = "camelCase")]
    NoOverlap {
        /// The sessions that must not overlap.
        sessions: Vec<SessionId>,
    },
    /// The session must be placed exactly here.
    #[serde(rename_all = "camelCase")]
    FixedTime {
        /// The session.
        session: SessionId,
        /// Where it must be.
        placement: Placement,
    },
}

impl Rule {
    /// The rule's type as files and the wire name it (`before`, `inSequence`, ...).
    pub fn name(&self) -> &'static str {
        match self {
            Rule::Before { .. } => "before",
            Rule::InSequence { .. } => "inSequence",
            Rule::NoOverlap { .. } => "noOverlap",
            Rule::FixedTime { .. } => "fixedTime",
        }
    }

    /// Every session the rule names, in order of appearance.
    pub fn sessions(&self) -> Vec<&SessionId> {
        match self {
            Rule::Before { earlier, later } => earlier.iter().chain(later).collect(),
            Rule::InSequence { sessions } | Rule::NoOverlap { sessions } => {
                sessions.iter().collect()
            }
            Rule::FixedTime { session, .. } => vec![session],
        }
    }

    /// Why the rule says nothing, if it does not: a session it names twice (a session is
    /// always in sequence with, not overlapping and before itself only in a meaningless
    /// way), too few sessions to relate, or an empty side of a `before`. Such a rule is
    /// refused by the commands that add or edit it; a file that holds one still opens (the
    /// conflict engine reads it as it is).
    pub fn fault(&self) -> Option<RuleFault> {
        let mut seen = std::collections::HashSet::new();
        if let Some(twice) = self.sessions().into_iter().find(|s| !seen.insert(*s)) {
            return Some(RuleFault::Repeated(twice.clone()));
        }
        match self {
            Rule::Before { earlier, later } if earlier.is_empty() || later.is_empty() => {
                Some(RuleFault::OneSided)
            }
            Rule::InSequence { sessions } | Rule::NoOverlap { sessions } if sessions.len() < 2 => {
                Some(RuleFault::TooFew)
            }
            _ => None,
        }
    }
}

/// Why a [`Rule`] says nothing (see [`Rule::fault`]).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RuleFault {
    /// It names this session twice.
    #[error("it names session '{0}' twice; a rule relates different sessions")]
    Repeated(SessionId),
    /// A sequence or a no-overlap rule with fewer than two sessions.
    #[error("it needs at least two different sessions")]
    TooFew,
    /// A `before` with no session on one side.
    #[error("it needs a session before and a session after")]
    OneSided,
}

/// How bad a conflict is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    /// Must be fixed before the timetable is published.
    Error,
    /// Probably wrong; acknowledge it if intended.
    Warning,
    /// Worth knowing.
    Info,
}

/// The kinds of problem the conflict engine finds (see `crate::conflict`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ConflictKind {
    /// Two overlapping sessions in the same room.
    RoomClash,
    /// A person in two overlapping sessions.
    PersonClash,
    /// Two overlapping sessions of the same body, or of a body and one of its ancestors
    /// (tracks excepted: see [`BodyKind::Track`]; nor above a body that meets in parallel
    /// with its parent: see [`Body::parallel_with_parent`]).
    BodyClash,
    /// A session beside an exclusive one.
    ExclusiveOverlap,
    /// A session over a break.
    BreakOverlap,
    /// A session outside its day's hours (and outside its bodies' own: [`Body::hours`]).
    OutsideDayHours,
    /// A session on a weekend or holiday.
    NonWorkingDay,
    /// A session on a date outside the meeting's days.
    OutsideMeetingDates,
    /// A broken order or sequence constraint, or a fixed-time session moved.
    OrderViolation,
    /// More expected participants than the room seats.
    CapacityExceeded,
    /// Interpretation needed in a room without booths.
    InterpretationUnavailable,
    /// More interpreted sessions at once than interpreter teams.
    InterpretersOverbooked,
}

impl ConflictKind {
    /// Every kind, in a fixed order.
    pub const ALL: [ConflictKind; 12] = [
        ConflictKind::RoomClash,
        ConflictKind::PersonClash,
        ConflictKind::BodyClash,
        ConflictKind::ExclusiveOverlap,
        ConflictKind::BreakOverlap,
        ConflictKind::OutsideDayHours,
        ConflictKind::NonWorkingDay,
        ConflictKind::OutsideMeetingDates,
        ConflictKind::OrderViolation,
        ConflictKind::CapacityExceeded,
        ConflictKind::InterpretationUnavailable,
        ConflictKind::InterpretersOverbooked,
    ];

    /// The camelCase name used in files, JSON output and conflict keys.
    pub fn name(self) -> &'static str {
        match self {
            ConflictKind::RoomClash => "roomClash",
            ConflictKind::PersonClash => "personClash",
            ConflictKind::BodyClash => "bodyClash",
            ConflictKind::ExclusiveOverlap => "exclusiveOverlap",
            ConflictKind::BreakOverlap => "breakOverlap",
            ConflictKind::OutsideDayHours => "outsideDayHours",
            ConflictKind::NonWorkingDay => "nonWorkingDay",
            ConflictKind::OutsideMeetingDates => "outsideMeetingDates",
            ConflictKind::OrderViolation => "orderViolation",
            ConflictKind::CapacityExceeded => "capacityExceeded",
            ConflictKind::InterpretationUnavailable => "interpretationUnavailable",
            ConflictKind::InterpretersOverbooked => "interpretersOverbooked",
        }
    }

    /// The severity a new document gives this kind.
    pub fn default_severity(self) -> Severity {
        match self {
            ConflictKind::RoomClash
            | ConflictKind::BodyClash
            | ConflictKind::ExclusiveOverlap
            | ConflictKind::OrderViolation
            | ConflictKind::InterpretationUnavailable => Severity::Error,
            ConflictKind::PersonClash
            | ConflictKind::BreakOverlap
            | ConflictKind::OutsideDayHours
            | ConflictKind::NonWorkingDay
            | ConflictKind::CapacityExceeded
            | ConflictKind::InterpretersOverbooked => Severity::Warning,
            ConflictKind::OutsideMeetingDates => Severity::Info,
        }
    }
}

/// A conflict the user has looked at and accepted, with the reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Acknowledgement {
    /// The conflict's key (see `crate::conflict::Conflict::key`).
    pub key: String,
    /// Why it is acceptable ("intended: the briefing is held over lunch").
    pub reason: String,
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
    pub slots: IndexMap<SlotId, Slot>,
    /// Standard and per-day breaks.
    pub breaks: IndexMap<BreakId, Break>,
    /// Rooms.
    pub rooms: IndexMap<RoomId, Room>,
    /// Bodies, parents before children.
    pub bodies: IndexMap<BodyId, Body>,
    /// Persons.
    pub persons: IndexMap<PersonId, Person>,
    /// Sessions, scheduled or not.
    pub sessions: IndexMap<SessionId, Session>,
    /// Constraints between sessions.
    pub constraints: IndexMap<ConstraintId, Constraint>,
    /// Severity per conflict kind where it differs from the default.
    pub severities: BTreeMap<ConflictKind, Severity>,
    /// Acknowledged conflicts by key.
    pub acknowledgements: BTreeMap<String, Acknowledgement>,
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

/// The user's hand on one note under the annex table: where it goes in the order, and the
/// text it says instead of the derived one; or a free note of the user's own.
///
/// Notes are derived from the sessions on every export; an entry names its note by the
/// note's stable key (`"hours"` for the standard-hours note, `"session:<id>"` for a note
/// about sessions, `<id>` being the lowest id among them; see `docs/annex.md`). An entry
/// whose key matches no note is kept (the note may come back) but ignored, with a warning
/// in the export report. An entry whose key is `"free:<id>"` is a free note: it is not
/// derived from sessions, it says its text and exists as long as the entry does (since
/// format version 6).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AnnexNote {
    /// The key of the note it is about.
    pub key: String,
    /// The user placed this note: the ordered entries, in list order, fix the order of
    /// their notes; every other note keeps its derived place after the nearest ordered note
    /// that precedes it in derived order.
    #[serde(default, skip_serializing_if = "is_false")]
    pub ordered: bool,
    /// The note's whole text per language, replacing the derived one in that language;
    /// `{times}` in it is replaced by the derived dates and times.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub text: Text,
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
    /// What is wrong, naming the bad value.
    pub message: String,
}

impl Timetable {
    /// The severity conflicts of `kind` have in this document.
    pub fn severity_of(&self, kind: ConflictKind) -> Severity {
        self.severities
            .get(&kind)
            .copied()
            .unwrap_or_else(|| kind.default_severity())
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
