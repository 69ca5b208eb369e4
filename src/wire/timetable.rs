//! The timetable as the UI receives it: the wire's own copy of every model type that crosses
//! IPC, built from the model with `From`.
//!
//! Each type keeps the TypeScript name and the JSON shape the model type had on the wire, so
//! the UI reads them as before; [`Timetable`] differs from [`model::Timetable`] in one way:
//! its revisions are [`RevisionSummary`]s (label, date, comment) without their frozen
//! timetables, which the UI never reads (the Revisions panel asks the core for a diff).
//!
//! Values the model uses as plain vocabulary (ids, the small enums, [`model::Text`], dates and
//! times) appear in these types as the model's own values: they serialize as a string or a
//! map of strings, and their TypeScript is the wire's declaration of them ([`SessionId`],
//! [`Lang`], ...; see `travels_as!`), so a model enum that gains a variant fails to build
//! here until the wire says how it travels. A test pins that every wire type serializes
//! exactly as its model type does (`tests::wire_types_serialize_as_the_model_does`).
//!
//! Why one file of this length: each wire type sits beside its `From` and the model type it
//! mirrors, so a model change shows its wire change in one place.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{self, Text};
use crate::time::{Stamp, TimeOfDay};

/// Gives a model type the TypeScript of its wire type, for the wire types (and the commands
/// the UI sends) that carry model values as they are. Every `TS` method defers to the wire
/// type, as ts-rs's own wrappers do.
macro_rules! travels_as {
    ($model:ty => $wire:ty) => {
        impl TS for $model {
            type WithoutGenerics = <$wire as TS>::WithoutGenerics;
            type OptionInnerType = Self;
            const IS_ENUM: bool = <$wire as TS>::IS_ENUM;
            fn docs() -> Option<String> {
                <$wire as TS>::docs()
            }
            fn ident(cfg: &ts_rs::Config) -> String {
                <$wire as TS>::ident(cfg)
            }
            fn name(cfg: &ts_rs::Config) -> String {
                <$wire as TS>::name(cfg)
            }
            fn inline(cfg: &ts_rs::Config) -> String {
                <$wire as TS>::inline(cfg)
            }
            fn inline_flattened(cfg: &ts_rs::Config) -> String {
                <$wire as TS>::inline_flattened(cfg)
            }
            fn visit_dependencies(v: &mut impl ts_rs::TypeVisitor)
            where
                Self: 'static,
            {
                <$wire as TS>::visit_dependencies(v);
            }
            fn visit_generics(v: &mut impl ts_rs::TypeVisitor)
            where
                Self: 'static,
            {
                <$wire as TS>::visit_generics(v);
            }
            fn decl(cfg: &ts_rs::Config) -> String {
                <$wire as TS>::decl(cfg)
            }
            fn decl_concrete(cfg: &ts_rs::Config) -> String {
                <$wire as TS>::decl_concrete(cfg)
            }
            fn output_path() -> Option<std::path::PathBuf> {
                <$wire as TS>::output_path()
            }
        }
    };
}

/// A wire id: the model id's text, declared `string` in TypeScript.
macro_rules! wire_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
        #[serde(transparent)]
        #[ts(type = "string")]
        pub struct $name(pub String);

        impl From<&model::$name> for $name {
            fn from(id: &model::$name) -> Self {
                $name(id.as_str().to_owned())
            }
        }

        travels_as!(model::$name => $name);
    };
}

/// A wire enum with the model enum's variants, one for one (the match is exhaustive, so the
/// two cannot drift apart).
macro_rules! wire_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident),* $(,)? }) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
        $(#[$doc])*
        pub enum $name {
            $($(#[$vdoc])* $variant),*
        }

        impl From<model::$name> for $name {
            fn from(value: model::$name) -> Self {
                match value {
                    $(model::$name::$variant => $name::$variant),*
                }
            }
        }

        travels_as!(model::$name => $name);
    };
}

wire_id!(
    /// Stable id of a [`Session`].
    SessionId
);
wire_id!(
    /// Stable id of a [`Room`].
    RoomId
);
wire_id!(
    /// Stable id of a [`Body`].
    BodyId
);
wire_id!(
    /// Stable id of a [`Person`].
    PersonId
);
wire_id!(
    /// Stable id of a [`Slot`].
    SlotId
);
wire_id!(
    /// Stable id of a [`Break`].
    BreakId
);
wire_id!(
    /// Stable id of a [`Constraint`].
    ConstraintId
);

wire_enum!(
    /// One of the six languages of the ITU, by its ISO 639-1 code.
    #[serde(rename_all = "lowercase")]
    Lang {
        /// Arabic.
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
);
wire_enum!(
    /// What kind of day a [`Day`] is.
    #[serde(rename_all = "camelCase")]
    DayKind {
        /// Sessions are expected.
        Working,
        /// Saturday or Sunday inside the meeting's span.
        Weekend,
        /// A holiday inside the meeting's span.
        Holiday,
    }
);
wire_enum!(
    /// What kind of pause a [`Break`] is.
    #[serde(rename_all = "camelCase")]
    BreakKind {
        /// Taken inside a running session: spanning it whole is fine.
        Coffee,
        /// No session should overlap it.
        Meal,
        /// Any other pause: treated like a meal break.
        Other,
    }
);
wire_enum!(
    /// What a session is.
    #[serde(rename_all = "camelCase")]
    SessionKind {
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
        /// A briefing.
        Briefing,
        /// A webinar.
        Webinar,
        /// A social event, tour or welcome.
        Social,
        /// Anything else.
        Other,
    }
);
wire_enum!(
    /// How a session extends in time.
    #[serde(rename_all = "camelCase")]
    Timing {
        /// From its start to its end.
        Span,
        /// At its start only, taking no time.
        Point,
        /// From its start on, with no set end.
        OpenEnded,
    }
);
wire_enum!(
    /// Where a session shows in the annex of the letter.
    #[serde(rename_all = "camelCase")]
    AnnexPlacement {
        /// In a cell of the table only.
        Cell,
        /// In a note under the table only.
        Note,
        /// In a cell and in a note with its exact times.
        Both,
        /// Not in the annex.
        Hidden,
    }
);
wire_enum!(
    /// What kind of group a [`Body`] is.
    #[serde(rename_all = "camelCase")]
    BodyKind {
        /// A Study Group.
        StudyGroup,
        /// A Working Party.
        WorkingParty,
        /// A Question.
        Question,
        /// A management team.
        Management,
        /// Any other group.
        Other,
        /// A thematic track of a conference (never causes a body clash).
        Track,
    }
);
wire_enum!(
    /// How bad a conflict is.
    #[serde(rename_all = "camelCase")]
    Severity {
        /// Must be fixed before the timetable is published.
        Error,
        /// Probably wrong; acknowledge it if intended.
        Warning,
        /// Worth knowing.
        Info,
    }
);
wire_enum!(
    /// The kinds of problem the conflict engine finds.
    #[serde(rename_all = "camelCase")]
    ConflictKind {
        /// Two overlapping sessions in the same room.
        RoomClash,
        /// A person in two overlapping sessions.
        PersonClash,
        /// Two overlapping sessions of the same body, or of a body and an ancestor.
        BodyClash,
        /// A session beside an exclusive one.
        ExclusiveOverlap,
        /// A session over a break.
        BreakOverlap,
        /// A session outside its day's hours.
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
);

fn is_false(b: &bool) -> bool {
    !*b
}

/// The meeting itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Meeting {
    /// Title in each language the document has.
    pub title: Text,
    /// Where it takes place.
    pub venue: String,
    /// IANA time zone of every time in the document.
    pub time_zone: String,
    /// The city the user picked for the time zone, shown instead of the zone's own city;
    /// absent: the zone's own city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub city: Option<String>,
    /// Languages the timetable is published in; the first is the main language.
    pub languages: Vec<model::Lang>,
    /// Standard hours of a working day.
    pub hours: Hours,
    /// Interpreter teams available at once; absent when not limited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub interpreter_teams: Option<u32>,
    /// The length in minutes a session gets when it is created or imported without a
    /// placement (90 when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub default_session_minutes: Option<u32>,
    /// How the annex notes are marked and headed; absent when every setting is the
    /// default.
    #[serde(default, skip_serializing_if = "model::NoteStyle::is_default")]
    #[ts(as = "Option<NoteStyle>", optional)]
    pub note_style: model::NoteStyle,
}

/// How the notes under the annex table are marked and headed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NoteStyle {
    /// How notes are numbered and marked; numbers when absent.
    #[serde(default, skip_serializing_if = "model::MarkerStyle::is_default")]
    #[ts(as = "Option<MarkerStyle>", optional)]
    pub markers: model::MarkerStyle,
    /// The cells carry no markers (the notes keep their numbers).
    #[serde(default, skip_serializing_if = "is_false")]
    #[ts(as = "Option<bool>", optional)]
    pub hide_markers: bool,
    /// The heading of the notes per language; a language without one gets "Notes:".
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    #[ts(as = "Option<Text>", optional)]
    pub heading: Text,
}
travels_as!(model::NoteStyle => NoteStyle);

wire_enum!(
    /// How notes are numbered and marked.
    #[serde(rename_all = "camelCase")]
    MarkerStyle {
        /// 1, 2, 3, ...
        Numbers,
        /// a, b, c, ...
        Letters,
        /// (a), (b), (c), ...
        ParenLetters,
    }
);

impl From<&model::Meeting> for Meeting {
    fn from(m: &model::Meeting) -> Self {
        Meeting {
            title: m.title.clone(),
            venue: m.venue.clone(),
            time_zone: m.time_zone.clone(),
            city: m.city.clone(),
            languages: m.languages.clone(),
            hours: m.hours.into(),
            interpreter_teams: m.interpreter_teams,
            default_session_minutes: m.default_session_minutes,
            note_style: m.note_style.clone(),
        }
    }
}
travels_as!(model::Meeting => Meeting);
travels_as!(model::Hours => Hours);

/// Opening hours of a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    /// When sessions may start.
    pub start: TimeOfDay,
    /// When sessions must have ended.
    pub end: TimeOfDay,
}

impl From<model::Hours> for Hours {
    fn from(h: model::Hours) -> Self {
        Hours {
            start: h.start,
            end: h.end,
        }
    }
}

/// A date of the meeting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Day {
    /// The calendar date (unique among days).
    #[ts(type = "string")]
    pub date: NaiveDate,
    /// Working, weekend or holiday.
    pub kind: model::DayKind,
    /// This day's hours when they differ from the meeting's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub hours: Option<Hours>,
    /// A short remark shown with the day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub note: Option<String>,
}

impl From<&model::Day> for Day {
    fn from(d: &model::Day) -> Self {
        Day {
            date: d.date,
            kind: d.kind,
            hours: d.hours.map(Hours::from),
            note: d.note.clone(),
        }
    }
}
travels_as!(model::Day => Day);

/// A named part of a working day (the annex's columns).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Slot {
    /// Stable id.
    pub id: model::SlotId,
    /// Name in each language.
    pub name: Text,
    /// Standard start.
    pub start: TimeOfDay,
    /// Standard end.
    pub end: TimeOfDay,
    /// The days on which the slot has other times, by date ("2024-09-20"); absent when none.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[ts(optional, as = "Option<BTreeMap<String, Hours>>")]
    pub days: BTreeMap<NaiveDate, Hours>,
}

impl From<&model::Slot> for Slot {
    fn from(s: &model::Slot) -> Self {
        Slot {
            id: s.id.clone(),
            name: s.name.clone(),
            start: s.start,
            end: s.end,
            days: s.days.iter().map(|(d, h)| (*d, Hours::from(*h))).collect(),
        }
    }
}
travels_as!(model::Slot => Slot);

/// A period when no session should run; standard (no day) or of one day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Break {
    /// Stable id.
    pub id: model::BreakId,
    /// Name in each language.
    pub name: Text,
    /// Coffee, meal or other.
    pub kind: model::BreakKind,
    /// Start.
    pub start: TimeOfDay,
    /// End.
    pub end: TimeOfDay,
    /// The one day it applies to; absent for a standard break.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "string")]
    pub day: Option<NaiveDate>,
}

impl From<&model::Break> for Break {
    fn from(b: &model::Break) -> Self {
        Break {
            id: b.id.clone(),
            name: b.name.clone(),
            kind: b.kind,
            start: b.start,
            end: b.end,
            day: b.day,
        }
    }
}
travels_as!(model::Break => Break);

/// Where a session is placed in time (`start < end`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Placement {
    /// Local start.
    pub start: Stamp,
    /// Local end.
    pub end: Stamp,
}

impl From<model::Placement> for Placement {
    fn from(p: model::Placement) -> Self {
        Placement {
            start: p.start,
            end: p.end,
        }
    }
}
travels_as!(model::Placement => Placement);

/// One item of the timetable.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Session {
    /// Stable id.
    pub id: model::SessionId,
    /// Title in each language the document has.
    pub title: Text,
    /// What kind of session.
    pub kind: model::SessionKind,
    /// The bodies that meet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bodies: Vec<model::BodyId>,
    /// Where it takes place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub room: Option<model::RoomId>,
    /// Anyone who must be there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub persons: Vec<model::PersonId>,
    /// When it takes place; absent while unscheduled (in the palette).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub placement: Option<Placement>,
    /// Span (absent), point in time or open-ended; a point's placement ends where it starts.
    #[serde(default, skip_serializing_if = "model::Timing::is_span")]
    #[ts(as = "Option<model::Timing>", optional)]
    pub timing: model::Timing,
    /// Not confirmed yet: shown as "TBD".
    #[serde(default, skip_serializing_if = "is_false")]
    #[ts(as = "Option<bool>", optional)]
    pub tentative: bool,
    /// Nothing may run beside it.
    #[serde(default, skip_serializing_if = "is_false")]
    #[ts(as = "Option<bool>", optional)]
    pub exclusive: bool,
    /// Languages it needs interpretation into.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interpretation: Vec<model::Lang>,
    /// Expected number of participants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub attendance: Option<u32>,
    /// Where it shows in the annex.
    pub annex: model::AnnexPlacement,
    /// Text of its annex cell when it differs from the title.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    #[ts(as = "Option<Text>", optional)]
    pub annex_label: Text,
    /// Wording of its annex note in place of the title.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    #[ts(as = "Option<Text>", optional)]
    pub annex_note: Text,
    /// Its length in minutes while it is unscheduled (what it had, else the document's
    /// default), so that it is placed back with that length; absent when scheduled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub minutes: Option<u32>,
    /// The key of a note whose marker its annex items carry without a note of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub annex_mark: Option<String>,
    /// Arranging never moves it.
    #[serde(default, skip_serializing_if = "is_false")]
    #[ts(as = "Option<bool>", optional)]
    pub pinned: bool,
    /// Where arranging may place it; absent: anywhere within a day's hours.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(optional, as = "Option<Vec<Window>>")]
    pub windows: Vec<Window>,
    /// The room arranging tries first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub preferred_room: Option<model::RoomId>,
}

/// A period a session may be arranged in: on `date`, or every day when absent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Window {
    /// The day ("2024-09-20"); absent for every day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "string")]
    pub date: Option<NaiveDate>,
    /// From.
    pub start: TimeOfDay,
    /// To.
    pub end: TimeOfDay,
}

impl From<model::Window> for Window {
    fn from(w: model::Window) -> Self {
        Window {
            date: w.date,
            start: w.start,
            end: w.end,
        }
    }
}
travels_as!(model::Window => Window);

/// How much a conflict of one kind counts when arranging: `"hard"` (must not remain) or
/// a soft weight per conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(transparent)]
#[ts(type = "\"hard\" | number")]
pub struct ArrangeWeight(pub model::ArrangeWeight);

travels_as!(model::ArrangeWeight => ArrangeWeight);

wire_enum!(
    /// A preference the arranger scores besides the engine's conflicts, with a soft weight
    /// of its own.
    #[serde(rename_all = "camelCase")]
    Preference {
        /// A Question's session on a day its Working Party does not meet.
        WorkingPartyDays,
        /// A body with sessions on both sides of a day's meal break.
        SplitAcrossLunch,
    }
);

/// What an arrange weight is for: a conflict kind or a preference (the key of the
/// document's arrange weights).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum ArrangeWeightKey {
    /// Conflicts of this kind.
    Conflict(ConflictKind),
    /// This preference.
    Preference(Preference),
}

impl From<model::ArrangeWeightKey> for ArrangeWeightKey {
    fn from(k: model::ArrangeWeightKey) -> Self {
        match k {
            model::ArrangeWeightKey::Conflict(c) => ArrangeWeightKey::Conflict(c.into()),
            model::ArrangeWeightKey::Preference(p) => ArrangeWeightKey::Preference(p.into()),
        }
    }
}

travels_as!(model::ArrangeWeightKey => ArrangeWeightKey);

impl From<&model::Session> for Session {
    fn from(s: &model::Session) -> Self {
        Session {
            id: s.id.clone(),
            title: s.title.clone(),
            kind: s.kind,
            bodies: s.bodies.clone(),
            room: s.room.clone(),
            persons: s.persons.clone(),
            placement: s.placement.map(Placement::from),
            tentative: s.tentative,
            exclusive: s.exclusive,
            interpretation: s.interpretation.clone(),
            attendance: s.attendance,
            annex: s.annex,
            annex_label: s.annex_label.clone(),
            annex_note: s.annex_note.clone(),
            timing: s.timing,
            minutes: s.minutes,
            annex_mark: s.annex_mark.clone(),
            pinned: s.pinned,
            windows: s.windows.iter().copied().map(Window::from).collect(),
            preferred_room: s.preferred_room.clone(),
        }
    }
}
travels_as!(model::Session => Session);

/// A group that meets; bodies form a forest through `parent`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Body {
    /// Stable id.
    pub id: model::BodyId,
    /// Short name ("WP1/12").
    pub short: String,
    /// Full name in each language.
    pub name: Text,
    /// What kind of group.
    pub kind: model::BodyKind,
    /// The body it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub parent: Option<model::BodyId>,
    /// The periods of a day its sessions may run in, when they differ from the day's hours;
    /// absent when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(optional, as = "Option<Vec<Hours>>")]
    pub hours: Vec<Hours>,
    /// It meets in parallel with its parent by design (no body clash with the bodies above).
    #[serde(default, skip_serializing_if = "is_false")]
    #[ts(optional, as = "Option<bool>")]
    pub parallel_with_parent: bool,
    /// The room arranging tries first for its sessions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub preferred_room: Option<model::RoomId>,
}

impl From<&model::Body> for Body {
    fn from(b: &model::Body) -> Self {
        Body {
            id: b.id.clone(),
            short: b.short.clone(),
            name: b.name.clone(),
            kind: b.kind,
            parent: b.parent.clone(),
            hours: b.hours.iter().copied().map(Hours::from).collect(),
            parallel_with_parent: b.parallel_with_parent,
            preferred_room: b.preferred_room.clone(),
        }
    }
}
travels_as!(model::Body => Body);

/// A room sessions take place in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Room {
    /// Stable id.
    pub id: model::RoomId,
    /// Name as shown on the building's signs.
    pub name: String,
    /// Seats; absent when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub capacity: Option<u32>,
    /// Whether it has interpretation booths.
    #[serde(default, skip_serializing_if = "is_false")]
    #[ts(as = "Option<bool>", optional)]
    pub interpretation: bool,
}

impl From<&model::Room> for Room {
    fn from(r: &model::Room) -> Self {
        Room {
            id: r.id.clone(),
            name: r.name.clone(),
            capacity: r.capacity,
            interpretation: r.interpretation,
        }
    }
}
travels_as!(model::Room => Room);

/// Someone whose presence sessions need.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Person {
    /// Stable id.
    pub id: model::PersonId,
    /// Name as printed.
    pub name: String,
    /// Role or affiliation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub role: Option<String>,
}

impl From<&model::Person> for Person {
    fn from(p: &model::Person) -> Self {
        Person {
            id: p.id.clone(),
            name: p.name.clone(),
            role: p.role.clone(),
        }
    }
}
travels_as!(model::Person => Person);

/// A rule between sessions that the timetable must respect.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Constraint {
    /// Stable id.
    pub id: model::ConstraintId,
    /// The rule.
    pub rule: Rule,
    /// Why it exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub note: Option<String>,
}

impl From<&model::Constraint> for Constraint {
    fn from(c: &model::Constraint) -> Self {
        Constraint {
            id: c.id.clone(),
            rule: Rule::from(&c.rule),
            note: c.note.clone(),
        }
    }
}
travels_as!(model::Constraint => Constraint);

/// The rules a [`Constraint`] can state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "type", deny_unknown_fields)]
pub enum Rule {
    /// Every session of `earlier` ends before any session of `later` starts.
    #[serde(rename_all = "camelCase")]
    Before {
        /// Sessions that must come first.
        earlier: Vec<model::SessionId>,
        /// Sessions that must come after.
        later: Vec<model::SessionId>,
    },
    /// The sessions follow one another in this order.
    #[serde(rename_all = "camelCase")]
    InSequence {
        /// The sessions in their required order.
        sessions: Vec<model::SessionId>,
    },
    /// No two of these sessions may overlap.
    #[serde(rename_all = "camelCase")]
    NoOverlap {
        /// The sessions that must not overlap.
        sessions: Vec<model::SessionId>,
    },
    /// The session must be placed exactly here.
    #[serde(rename_all = "camelCase")]
    FixedTime {
        /// The session.
        session: model::SessionId,
        /// Where it must be.
        placement: Placement,
    },
}

impl From<&model::Rule> for Rule {
    fn from(r: &model::Rule) -> Self {
        match r {
            model::Rule::Before { earlier, later } => Rule::Before {
                earlier: earlier.clone(),
                later: later.clone(),
            },
            model::Rule::InSequence { sessions } => Rule::InSequence {
                sessions: sessions.clone(),
            },
            model::Rule::NoOverlap { sessions } => Rule::NoOverlap {
                sessions: sessions.clone(),
            },
            model::Rule::FixedTime { session, placement } => Rule::FixedTime {
                session: session.clone(),
                placement: (*placement).into(),
            },
        }
    }
}

/// A conflict the user has looked at and accepted, with the reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Acknowledgement {
    /// The conflict's key.
    pub key: String,
    /// Why it is acceptable.
    pub reason: String,
}

impl From<&model::Acknowledgement> for Acknowledgement {
    fn from(a: &model::Acknowledgement) -> Self {
        Acknowledgement {
            key: a.key.clone(),
            reason: a.reason.clone(),
        }
    }
}

/// The user's hand on one note under the annex table: its place and its own text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AnnexNote {
    /// The key of the note it is about.
    pub key: String,
    /// The user placed this note.
    #[serde(default, skip_serializing_if = "is_false")]
    #[ts(optional, as = "Option<bool>")]
    pub ordered: bool,
    /// The note's whole text per language, replacing the derived one.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    #[ts(as = "Option<Text>", optional)]
    pub text: Text,
}

impl From<&model::AnnexNote> for AnnexNote {
    fn from(n: &model::AnnexNote) -> Self {
        AnnexNote {
            key: n.key.clone(),
            ordered: n.ordered,
            text: n.text.clone(),
        }
    }
}

/// A published revision as the UI lists it: what it is called, when and why, without the
/// timetable frozen in it (the UI asks the core for diffs and exports of revisions).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RevisionSummary {
    /// The label it was published under ("Rev.1"); unique within a document.
    pub label: String,
    /// The publication date.
    #[ts(type = "string")]
    pub date: NaiveDate,
    /// What this revision is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub comment: Option<String>,
}

impl From<&model::Revision> for RevisionSummary {
    fn from(r: &model::Revision) -> Self {
        RevisionSummary {
            label: r.label.clone(),
            date: r.date,
            comment: r.comment.clone(),
        }
    }
}

/// The timetable of one meeting as the UI draws it: the model's, with each published
/// revision summarized instead of frozen whole.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Timetable {
    /// The meeting.
    pub meeting: Meeting,
    /// Its days, in date order.
    pub days: Vec<Day>,
    /// Slots of a working day, in the document's order.
    pub slots: IndexMap<model::SlotId, Slot>,
    /// Standard and per-day breaks.
    pub breaks: IndexMap<model::BreakId, Break>,
    /// Rooms.
    pub rooms: IndexMap<model::RoomId, Room>,
    /// Bodies, parents before children.
    pub bodies: IndexMap<model::BodyId, Body>,
    /// Persons.
    pub persons: IndexMap<model::PersonId, Person>,
    /// Sessions, scheduled or not.
    pub sessions: IndexMap<model::SessionId, Session>,
    /// Constraints between sessions.
    pub constraints: IndexMap<model::ConstraintId, Constraint>,
    /// Severity per conflict kind where it differs from the default.
    pub severities: BTreeMap<model::ConflictKind, model::Severity>,
    /// Acknowledged conflicts by key.
    pub acknowledgements: BTreeMap<String, Acknowledgement>,
    /// How much each conflict kind counts when arranging, where it differs from the
    /// default; absent when none does.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[ts(
        optional,
        as = "Option<BTreeMap<model::ArrangeWeightKey, ArrangeWeight>>"
    )]
    pub arrange_weights: BTreeMap<model::ArrangeWeightKey, model::ArrangeWeight>,
    /// Published revisions, oldest first; absent when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(optional, as = "Option<Vec<RevisionSummary>>")]
    pub revisions: Vec<RevisionSummary>,
    /// The user's order and wording of annex notes; absent when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(optional, as = "Option<Vec<AnnexNote>>")]
    pub annex_notes: Vec<AnnexNote>,
}

/// The wire's copy of each item of an id-keyed collection, in the model's order.
pub(crate) fn keyed<'a, K, M, W>(items: &'a model::IdMap<K, M>) -> IndexMap<K, W>
where
    K: Clone + std::hash::Hash + Eq + 'a,
    W: From<&'a M>,
{
    items.iter().map(|(k, v)| (k.clone(), W::from(v))).collect()
}

impl From<&model::Timetable> for Timetable {
    fn from(t: &model::Timetable) -> Self {
        Timetable {
            meeting: (&t.meeting).into(),
            days: t.days.iter().map(Day::from).collect(),
            slots: keyed(&t.slots),
            breaks: keyed(&t.breaks),
            rooms: keyed(&t.rooms),
            bodies: keyed(&t.bodies),
            persons: keyed(&t.persons),
            sessions: keyed(&t.sessions),
            constraints: keyed(&t.constraints),
            severities: t.severities.clone(),
            acknowledgements: t
                .acknowledgements
                .iter()
                .map(|(k, a)| (k.clone(), a.into()))
                .collect(),
            arrange_weights: t.arrange_weights.clone(),
            revisions: t.revisions.iter().map(RevisionSummary::from).collect(),
            annex_notes: t.annex_notes.iter().map(AnnexNote::from).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde::de::DeserializeOwned;

    use super::*;
    use crate::command::Command;
    use crate::editor::{DryRun, Editor};

    /// `wire` serializes as `model` does, and reads back from the model's JSON (no field the
    /// wire lacks, none it adds).
    fn same_json<M: Serialize, W: Serialize + DeserializeOwned>(model: &M, wire: &W, what: &str) {
        let m = serde_json::to_value(model).expect("model values serialize");
        let w = serde_json::to_value(wire).expect("wire values serialize");
        assert_eq!(m, w, "the wire's {what} serializes as the model's");
        let back: W = serde_json::from_value(m.clone())
            .unwrap_or_else(|e| panic!("the model's {what} reads as the wire's: {e}"));
        assert_eq!(
            serde_json::to_value(&back).expect("wire values serialize"),
            m,
            "the wire's {what} keeps every field of the model's"
        );
    }

    /// The bundled example (every kind of item, optional fields set and unset), with a
    /// severity changed, a constraint of each rule, annex notes and two revisions.
    fn rich() -> model::Timetable {
        let mut t =
            crate::document::load(include_str!("../../examples/itu-t-sg12-2017.plenary.json"))
                .expect("the bundled example loads");
        t.severities
            .insert(model::ConflictKind::PersonClash, model::Severity::Error);
        let s: Vec<model::SessionId> = t.sessions.keys().take(2).cloned().collect();
        let placement = t
            .sessions
            .values()
            .find_map(|s| s.placement)
            .expect("a placed session");
        for (id, rule) in [
            (
                "no-overlap",
                model::Rule::NoOverlap {
                    sessions: s.clone(),
                },
            ),
            (
                "fixed",
                model::Rule::FixedTime {
                    session: s[0].clone(),
                    placement,
                },
            ),
        ] {
            let id = model::ConstraintId::from(id);
            let constraint = model::Constraint {
                id: id.clone(),
                rule,
                note: Some("why".into()),
            };
            t.constraints.insert(id, constraint);
        }
        t.annex_notes.push(model::AnnexNote {
            key: "hours".into(),
            ordered: true,
            text: [(model::Lang::Fr, "Heures".to_owned())].into(),
        });
        t.annex_notes.push(model::AnnexNote {
            key: "free:dinner".into(),
            ordered: false,
            text: [(model::Lang::En, "Dinner at 19:00.".to_owned())].into(),
        });
        t.meeting.note_style = model::NoteStyle {
            markers: model::MarkerStyle::ParenLetters,
            hide_markers: true,
            heading: [(model::Lang::En, "Notes by TSB:".to_owned())].into(),
        };
        if let Some(first) = t.sessions.values_mut().next() {
            first.annex_mark = Some("free:dinner".into());
        }
        let mut ed = Editor::new(t);
        for label in ["Rev.1", "Draft B"] {
            let command = Command::PublishRevision {
                label: Some(label.into()),
                date: NaiveDate::from_ymd_opt(2017, 9, 1).expect("a date"),
                comment: (label == "Rev.1").then(|| "first".into()),
            };
            ed.apply(&command, DryRun::No)
                .expect("a new label is published");
        }
        ed.timetable().clone()
    }

    #[test]
    fn wire_types_serialize_as_the_model_does() {
        let t = rich();
        let mut bare = t.clone();
        bare.revisions.clear();
        same_json(
            &bare,
            &Timetable::from(&bare),
            "timetable without revisions",
        );
        for s in t.sessions.values() {
            same_json(s, &Session::from(s), "session");
        }
        for c in t.constraints.values() {
            same_json(c, &Constraint::from(c), "constraint");
        }
        for r in &t.revisions {
            let mut frozen_dropped = serde_json::to_value(r).expect("revisions serialize");
            frozen_dropped
                .as_object_mut()
                .expect("a revision is an object")
                .remove("timetable");
            assert_eq!(
                serde_json::to_value(RevisionSummary::from(r)).expect("summaries serialize"),
                frozen_dropped,
                "a revision summary is the revision without its frozen timetable"
            );
        }
        for lang in model::Lang::ALL {
            same_json(&lang, &Lang::from(lang), "language");
        }
        for kind in model::ConflictKind::ALL {
            same_json(&kind, &ConflictKind::from(kind), "conflict kind");
            let severity = t.severity_of(kind);
            same_json(&severity, &Severity::from(severity), "severity");
        }
        for d in &t.days {
            same_json(&d.kind, &DayKind::from(d.kind), "day kind");
        }
        for b in t.breaks.values() {
            same_json(&b.kind, &BreakKind::from(b.kind), "break kind");
        }
        for s in t.sessions.values() {
            same_json(&s.kind, &SessionKind::from(s.kind), "session kind");
            same_json(&s.annex, &AnnexPlacement::from(s.annex), "annex placement");
            same_json(&s.timing, &Timing::from(s.timing), "timing");
            same_json(&s.id, &SessionId::from(&s.id), "session id");
        }
        for b in t.bodies.values() {
            same_json(&b.kind, &BodyKind::from(b.kind), "body kind");
        }
    }
}
