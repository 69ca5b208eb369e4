//! Where a session can go: for every day, start and room, what a drop there would bring
//! ([`feasibility`], drawn on the grid while a session is dragged), and the best places
//! ([`suggest`], offered in the properties panel and the palette).
//!
//! Both ask the conflict rules through one [`Probe`] per call, so they answer exactly what a
//! drop would: a place is *clean* when the session would be in no conflict there, else as
//! bad as the worst severity (the document's settings) of the kinds it would be in. The
//! rules are asked once per time (everything a room does not change) and once per room
//! (capacity, interpretation); a place adds whether its room is taken then. So a call costs
//! days × starts rule checks plus days × starts × rooms lookups, not a check per place.
//!
//! Only the session moves: the others stay where they are, so what a place brings is what
//! the session would be part of there. Acknowledgements are not read (a place that would
//! bring back an acknowledged conflict still counts it).

mod rank;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::conflict::{Kinds, Probe};
use crate::model::{ConflictKind, Placement, RoomId, SessionId, Severity, Timetable};
use crate::time::{Stamp, TimeOfDay};

pub use rank::{Place, suggest};

/// How a place suits a session: what its worst conflict there would be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub enum Fit {
    /// No conflict at all.
    Clean,
    /// Only conflicts of severity info.
    Info,
    /// Warnings at worst.
    Warning,
    /// At least one error.
    Error,
}

impl Fit {
    /// The letter of a place in [`FeasibleDay::fits`].
    pub fn letter(self) -> char {
        match self {
            Fit::Clean => 'c',
            Fit::Info => 'i',
            Fit::Warning => 'w',
            Fit::Error => 'e',
        }
    }

    /// The fit of a place where the session would be in conflicts of `kinds`.
    pub fn of(t: &Timetable, kinds: Kinds) -> Fit {
        kinds
            .iter()
            .map(|k| match t.severity_of(k) {
                Severity::Error => Fit::Error,
                Severity::Warning => Fit::Warning,
                Severity::Info => Fit::Info,
            })
            .max()
            .unwrap_or(Fit::Clean)
    }
}

/// What [`feasibility`] is asked: one session, the times of day to cover and the step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct FeasibilityRequest {
    /// The session to place.
    pub session: SessionId,
    /// Its length in minutes when placed; absent: its placement's, else the length it keeps
    /// while unscheduled, else the document's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub minutes: Option<u32>,
    /// The first start to judge, in minutes after midnight (the grid's first visible minute).
    pub from: u32,
    /// The last end to judge, in minutes after midnight (the grid's last visible minute).
    pub to: u32,
    /// Minutes between two starts (the grid's snap step).
    pub step: u32,
}

/// For each meeting day, start and room, how a drop there suits the session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct Feasibility {
    /// The session judged.
    pub session: SessionId,
    /// The length it was judged with, in minutes (0 for a point in time).
    pub minutes: u32,
    /// The first start, in minutes after midnight.
    pub from: u32,
    /// Minutes between two starts.
    pub step: u32,
    /// How many starts each day has: `from`, `from + step`, ... up to the last that ends by
    /// the request's `to`.
    pub starts: u32,
    /// The rooms of each start's row, in order: `""` for no room, then the document's rooms.
    pub rooms: Vec<String>,
    /// One entry per meeting day, in date order.
    pub days: Vec<FeasibleDay>,
}

/// How each start and room of one day suits the session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct FeasibleDay {
    /// The day.
    #[ts(type = "string")]
    pub date: NaiveDate,
    /// One letter per place ([`Fit::letter`]: `c` clean, `i` info, `w` warning, `e` error),
    /// start by start, each start's rooms in [`Feasibility::rooms`] order: the place of
    /// start `i` and room `r` is letter `i * rooms + r`. A compact answer: a large meeting
    /// has tens of thousands of places, and the grid reads it within one frame.
    pub fits: String,
}

/// Why [`feasibility`] or [`suggest`] could not answer.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PlacesError {
    /// No session has this id.
    #[error("there is no session with id “{0}”")]
    UnknownSession(SessionId),
    /// The times asked for are not a range of a day with a positive step.
    #[error(
        "the times asked for ({from}–{to} minutes after midnight, every {step} minutes) are not a range within one day with a step of 1 to 1440 minutes"
    )]
    BadRange {
        /// First start asked for.
        from: u32,
        /// Last end asked for.
        to: u32,
        /// Step asked for.
        step: u32,
    },
}

impl PlacesError {
    /// The refusal as a message of the message files (`Display` is its English).
    pub fn message(&self) -> crate::messages::Message {
        use crate::messages::Message;
        match self {
            PlacesError::UnknownSession(id) => {
                Message::new("refusal-unknown-session").with("session", id.as_str())
            }
            PlacesError::BadRange { from, to, step } => Message::new("refusal-bad-range")
                .with("from", from.to_string())
                .with("to", to.to_string())
                .with("step", step.to_string()),
        }
    }
}

/// The length `session` is placed with, in minutes: `asked`, else its placement's, else the
/// length it keeps while unscheduled, else the document's default; 0 for a point in time.
pub(crate) fn length_of(t: &Timetable, id: &SessionId, asked: Option<u32>) -> Option<u32> {
    let s = t.sessions.get(id)?;
    if !s.timing.is_span() {
        return Some(0);
    }
    Some(asked.filter(|m| *m > 0).unwrap_or_else(|| {
        s.placement
            .map(|p| u32::try_from(p.minutes()).unwrap_or(0))
            .filter(|m| *m > 0)
            .or(s.minutes)
            .unwrap_or_else(|| t.default_session_minutes())
    }))
}

/// The placement of a session of `minutes` starting at `start`.
pub(crate) fn placement_at(start: Stamp, minutes: u32) -> Option<Placement> {
    Some(Placement {
        start,
        end: start.plus_minutes(i64::from(minutes))?,
    })
}

/// How every place of the meeting's days suits the session (see the module documentation).
pub fn feasibility(
    t: &Timetable,
    request: &FeasibilityRequest,
) -> Result<Feasibility, PlacesError> {
    let FeasibilityRequest {
        session,
        minutes,
        from,
        to,
        step,
    } = request;
    let (from, to, step) = (*from, *to, *step);
    if from > to || to > 24 * 60 || step == 0 || step > 24 * 60 {
        return Err(PlacesError::BadRange { from, to, step });
    }
    let unknown = || PlacesError::UnknownSession(session.clone());
    let minutes = length_of(t, session, *minutes).ok_or_else(unknown)?;
    let mut probe = Probe::new(t, session).ok_or_else(unknown)?;

    let last_start = to.saturating_sub(minutes.max(1)).max(from);
    let starts = if to >= from + minutes.max(1) {
        (last_start - from) / step + 1
    } else {
        0
    };
    let rooms: Vec<Option<&RoomId>> = std::iter::once(None)
        .chain(t.rooms.keys().map(Some))
        .collect();
    let room_kinds: Vec<Kinds> = rooms
        .iter()
        .map(|r| r.map_or(Kinds::NONE, |r| probe.in_room(r)))
        .collect();

    let mut days = Vec::with_capacity(t.days.len());
    for day in &t.days {
        let mut fits = String::with_capacity((starts as usize) * rooms.len());
        for i in 0..starts {
            let at = TimeOfDay::from_minutes(from + i * step).map(|time| time.on(day.date));
            let Some(pl) = at.and_then(|start| placement_at(start, minutes)) else {
                fits.extend(rooms.iter().map(|_| Fit::Error.letter()));
                continue;
            };
            let timed = probe.kinds_at(pl);
            for (r, kinds) in room_kinds.iter().enumerate() {
                let mut all = timed.union(*kinds);
                // Place 0 is "no room"; place r is room r - 1 of the document.
                if r > 0 && probe.room_taken_at(r - 1, &pl) {
                    all = all.with(ConflictKind::RoomClash);
                }
                fits.push(Fit::of(t, all).letter());
            }
        }
        days.push(FeasibleDay {
            date: day.date,
            fits,
        });
    }
    Ok(Feasibility {
        session: session.clone(),
        minutes,
        from,
        step,
        starts,
        rooms: rooms
            .iter()
            .map(|r| r.map_or(String::new(), |r| r.as_str().to_owned()))
            .collect(),
        days,
    })
}

#[cfg(test)]
mod tests;
