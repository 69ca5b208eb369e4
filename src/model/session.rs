//! A session: what it *is* ([`Session`]) apart from where it is *placed* ([`Placement`]),
//! and how it extends in time ([`Timing`]).

use serde::{Deserialize, Serialize};

use chrono::NaiveDate;

use super::{BodyId, Lang, PersonId, RoomId, SessionId, Text, is_false};
use crate::time::{Stamp, TimeOfDay};

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
    /// else the document's default ([`Timetable::default_session_minutes`](super::Timetable::default_session_minutes)), so that it
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
    /// Arranging never moves it (see `crate::arrange`); editing by hand still does. Since
    /// format version 7.
    #[serde(default, skip_serializing_if = "is_false")]
    pub pinned: bool,
    /// Where arranging may place it: it must lie within one of these. Empty: anywhere
    /// within a day's hours. Since format version 7.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub windows: Vec<Window>,
    /// The room arranging tries first (else its bodies' preferred room). Since format
    /// version 7.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_room: Option<RoomId>,
}

fn day_minute(t: TimeOfDay) -> i64 {
    i64::from(t.minutes())
}

/// A period a session may be arranged in: `start` to `end` on `date`, or on every day of
/// the meeting when `date` is absent. Invariant: `start < end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Window {
    /// The day; `None` for every day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// From.
    pub start: TimeOfDay,
    /// To.
    pub end: TimeOfDay,
}

impl Window {
    /// Whether `placement` lies wholly within this window (a placement that crosses
    /// midnight never does).
    pub fn holds(&self, placement: &Placement) -> bool {
        let day = placement.start.date();
        if self.date.is_some_and(|d| d != day) {
            return false;
        }
        let from = day_minute(placement.start.time());
        let to = placement.start.minutes_until(placement.end) + from;
        from >= day_minute(self.start) && to <= day_minute(self.end)
    }
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
