//! The best places for one session: every start of each meeting day's hours (on the quarter
//! hour and at each slot's start) in every room, scored by what a drop there would bring,
//! best first.
//!
//! # Order
//!
//! 1. The score: the sum of the document's arrange weight of each conflict kind the session
//!    would be in (a hard kind counts 100,000, more than every soft kind together at their
//!    defaults), so a clean place always comes first.
//! 2. The room: its own room, then the usual room of its first body (where the body already
//!    meets), then the others in the document's order.
//! 3. A start at the beginning of a slot ("Morning 09:30") before one in the middle of it.
//! 4. Near where it is now (for a scheduled session), then earlier.
//!
//! Places are spread out: a day and room, or a day and start, is offered once while there are
//! other places to offer. The place where the session already is is never offered, nor one
//! outside the session's allowed windows when it has some (`Session::windows`).

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::command::{Command, usual_room};
use crate::conflict::{Kinds, Probe};
use crate::model::{ArrangeWeight, ConflictKind, Placement, RoomId, SessionId, Timetable};
use crate::time::{Stamp, TimeOfDay};

use super::{Fit, PlacesError, length_of, placement_at};

/// Minutes between the starts [`suggest`] tries (slot starts are tried too).
const STEP: u32 = 15;

/// One of the best places for a session, and the command that puts it there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct Place {
    /// When it would run.
    pub placement: Placement,
    /// The room it would be in (none when the document has no rooms).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub room: Option<RoomId>,
    /// How the place suits it.
    pub fit: Fit,
    /// The kinds of conflict it would be in there, in [`ConflictKind::ALL`] order.
    pub kinds: Vec<ConflictKind>,
    /// Its score: lower is better, 0 is clean (see the module documentation).
    pub score: u32,
    /// The one command that places it there.
    pub command: Command,
}

/// What a conflict of `kind` costs a place: the document's arrange weight, the one the
/// arranger scores by (a hard kind more than every soft kind together at their defaults).
fn weight(t: &Timetable, kind: ConflictKind) -> u32 {
    match t.arrange_weight_of(kind) {
        ArrangeWeight::Hard => HARD,
        ArrangeWeight::Soft(w) => w.min(HARD - 1),
    }
}

/// The cost of one hard conflict kind in a place's score.
const HARD: u32 = 100_000;

fn score(t: &Timetable, kinds: Kinds) -> u32 {
    kinds.iter().map(|k| weight(t, k)).sum()
}

/// A candidate place and what orders it.
struct Candidate {
    /// Score, room rank, off a slot start, distance, start, room: see [`Candidate::key`].
    rank: (u32, u8, bool, i64, Stamp, usize),
    date: NaiveDate,
    room: Option<usize>,
    placement: Placement,
    kinds: Kinds,
}

impl Candidate {
    /// The rank packed into one number that sorts the same (distance and start fit 40 bits
    /// of minutes, over two thousand years; rooms 16 bits), so that sorting tens of
    /// thousands of places stays cheap.
    fn key(&self) -> u128 {
        let (score, room_rank, off_slot, distance, start, room) = self.rank;
        let minutes = |m: i64| (m.clamp(0, (1 << 40) - 1)) as u128;
        (u128::from(score) << 96)
            | (u128::from(room_rank) << 94)
            | (u128::from(off_slot) << 93)
            | (minutes(distance) << 53)
            | (minutes(start.epoch_minutes() - EPOCH_SHIFT) << 13)
            | (room.min((1 << 13) - 1) as u128)
    }
}

/// Minutes from 1970 to 1900, so that dates since 1900 pack as positive minutes.
const EPOCH_SHIFT: i64 = -36_816_480;

/// The `n` best places for session `id` (see the module documentation), with its length
/// `minutes` (absent: as [`super::feasibility`] takes it).
pub fn suggest(
    t: &Timetable,
    id: &SessionId,
    n: usize,
    minutes: Option<u32>,
) -> Result<Vec<Place>, PlacesError> {
    let unknown = || PlacesError::UnknownSession(id.clone());
    let minutes = length_of(t, id, minutes).ok_or_else(unknown)?;
    let mut probe = Probe::new(t, id).ok_or_else(unknown)?;
    let Some(session) = t.sessions.get(id) else {
        return Err(unknown());
    };
    let rooms: Vec<&RoomId> = t.rooms.keys().collect();
    let usual = session.bodies.first().and_then(|b| usual_room(t, b));
    let room_rank = |room: Option<&RoomId>| -> u8 {
        match room {
            Some(r) if session.room.as_ref() == Some(r) => 0,
            Some(r) if usual.as_ref() == Some(r) => 1,
            None => 0,
            Some(_) => 2,
        }
    };
    let room_kinds: Vec<Kinds> = rooms.iter().map(|r| probe.in_room(r)).collect();
    let now = session.placement.map(|p| (p.start, session.room.clone()));

    let mut candidates = Vec::new();
    for day in &t.days {
        let hours = t.hours_on(day.date);
        let slot_starts: BTreeSet<u32> = t
            .slots
            .values()
            .map(|s| s.times_on(day.date).0.minutes())
            .collect();
        let (open, close) = (hours.start.minutes(), hours.end.minutes());
        let mut starts: BTreeSet<u32> = (open..close).step_by(STEP as usize).collect();
        starts.extend(slot_starts.iter().filter(|s| (open..close).contains(*s)));
        for start in starts.into_iter().filter(|s| s + minutes <= close) {
            let Some(at) = TimeOfDay::from_minutes(start).map(|time| time.on(day.date)) else {
                continue;
            };
            let Some(pl) = placement_at(at, minutes) else {
                continue;
            };
            if !session.windows.is_empty() && !session.windows.iter().any(|w| w.holds(&pl)) {
                continue;
            }
            let timed = probe.kinds_at(pl);
            let aligned = !slot_starts.contains(&start);
            let distance = now.as_ref().map_or(0, |(s, _)| s.minutes_until(at).abs());
            let mut push = |room: Option<usize>, kinds: Kinds| {
                let room_id = room.map(|r| rooms[r]);
                if now
                    .as_ref()
                    .is_some_and(|(s, r)| *s == at && r.as_ref() == room_id)
                {
                    return;
                }
                candidates.push(Candidate {
                    rank: (
                        score(t, kinds),
                        room_rank(room_id),
                        aligned,
                        distance,
                        at,
                        room.unwrap_or(0),
                    ),
                    date: day.date,
                    room,
                    placement: pl,
                    kinds,
                });
            };
            if rooms.is_empty() {
                push(None, timed);
            }
            for (r, room_kind) in room_kinds.iter().enumerate() {
                let mut kinds = timed.union(*room_kind);
                if probe.room_taken_at(r, &pl) {
                    kinds = kinds.with(ConflictKind::RoomClash);
                }
                push(Some(r), kinds);
            }
        }
    }
    let mut order: Vec<(u128, usize)> = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| (c.key(), i))
        .collect();
    order.sort_unstable();
    let ranked = || order.iter().map(|(_, i)| &candidates[*i]);

    // Spread: one per day and room, and per day and start, while others remain.
    let mut chosen: Vec<&Candidate> = Vec::new();
    let mut used_rooms = BTreeSet::new();
    let mut used_starts = BTreeSet::new();
    for c in ranked() {
        if chosen.len() == n {
            break;
        }
        if !used_rooms.contains(&(c.date, c.room))
            && !used_starts.contains(&(c.date, c.placement.start))
        {
            used_rooms.insert((c.date, c.room));
            used_starts.insert((c.date, c.placement.start));
            chosen.push(c);
        }
    }
    for c in ranked() {
        if chosen.len() == n {
            break;
        }
        if !chosen.iter().any(|x| std::ptr::eq(*x, c)) {
            chosen.push(c);
        }
    }
    chosen.sort_by_key(|c| c.key());
    Ok(chosen
        .into_iter()
        .map(|c| {
            let room = c.room.map(|r| rooms[r].clone());
            Place {
                placement: c.placement,
                room: room.clone(),
                fit: Fit::of(t, c.kinds),
                kinds: c.kinds.iter().collect(),
                score: c.rank.0,
                command: Command::ScheduleSession {
                    id: id.clone(),
                    placement: c.placement,
                    room,
                },
            }
        })
        .collect())
}
