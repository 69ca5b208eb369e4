//! What one session would be in conflict with at a placement it does not have: the rules
//! asked about hypothetical drops, without changing the timetable or any engine.
//!
//! A [`Probe`] is built once for one session and then asked about many places (every day,
//! start and room a drag can reach). It calls the same rule functions as the full check
//! (`rules.rs`), so it finds exactly the kinds the full check would find for that session
//! after the drop; the `probe_agrees_with_the_full_check` property test holds it to that.
//! What makes it fast is only what it chooses to look at:
//!
//! - The session is judged without its room once per time ([`Probe::at`]): breaks, hours,
//!   days, order constraints, interpreter teams, and the pairs with the sessions it can clash
//!   with whatever the room. Those are found once, when the probe is built, by asking the
//!   pair rule about each other session at one shared time: persons, bodies and exclusivity
//!   do not depend on when, so a session that does not clash with it then never does.
//! - What a room adds is found once per room ([`Probe::in_room`]: capacity, interpretation,
//!   which do not depend on when) and per place ([`Probe::room_taken`]: another session in the
//!   room at that time, a room clash).
//!
//! Acknowledgements are not read: a probe says which kinds a drop brings, not whether the
//! user once accepted the same conflict.

use std::collections::BTreeSet;

use crate::model::{ConflictKind, Constraint, Placement, RoomId, Session, SessionId, Timetable};
use crate::time::Stamp;

use super::Conflict;
use super::rules::{
    BodyTree, Calendar, Minute, constraint_conflicts, in_english, overbooked_periods,
    pair_conflicts, session_conflicts, span_of,
};

/// A set of conflict kinds, one bit per kind in [`ConflictKind::ALL`] order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Kinds(u32);

impl Kinds {
    /// No kind.
    pub const NONE: Kinds = Kinds(0);

    /// `self` with `kind` added.
    pub fn with(self, kind: ConflictKind) -> Kinds {
        Kinds(self.0 | 1 << (kind as u32))
    }

    /// Both sets together.
    pub fn union(self, other: Kinds) -> Kinds {
        Kinds(self.0 | other.0)
    }

    /// Whether `kind` is in the set.
    pub fn contains(self, kind: ConflictKind) -> bool {
        self.0 & (1 << (kind as u32)) != 0
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The kinds, in [`ConflictKind::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = ConflictKind> {
        ConflictKind::ALL
            .into_iter()
            .filter(move |k| self.contains(*k))
    }

    /// The kinds of `conflicts`.
    pub fn of<'a>(conflicts: impl IntoIterator<Item = &'a Conflict>) -> Kinds {
        conflicts
            .into_iter()
            .fold(Kinds::NONE, |acc, c| acc.with(c.kind))
    }
}

/// Sessions ordered by start, for "who overlaps this interval" in a probe.
#[derive(Debug, Default)]
struct Spans {
    /// (start, end, index into the owner's list), sorted by start.
    by_start: Vec<(Minute, Minute, usize)>,
    longest: Minute,
}

impl Spans {
    fn new(mut spans: Vec<(Minute, Minute, usize)>) -> Spans {
        spans.sort_unstable();
        let longest = spans.iter().map(|(s, e, _)| e - s).max().unwrap_or(0);
        Spans {
            by_start: spans,
            longest,
        }
    }

    /// Indexes of the spans overlapping `[start, end)`.
    fn overlapping(&self, start: Minute, end: Minute) -> impl Iterator<Item = usize> + '_ {
        let lo = self
            .by_start
            .partition_point(|(s, _, _)| *s <= start - self.longest);
        let hi = self.by_start.partition_point(|(s, _, _)| *s < end);
        self.by_start[lo..hi.max(lo)]
            .iter()
            .filter(move |(_, e, _)| *e > start)
            .map(|(_, _, i)| *i)
    }

    fn any_overlapping(&self, start: Minute, end: Minute) -> bool {
        self.overlapping(start, end).next().is_some()
    }
}

/// One session, ready to be asked about places it could go (see the module documentation).
pub struct Probe<'t> {
    t: &'t Timetable,
    /// The session without its room and placement.
    roomless: Session,
    cal: Calendar<'t>,
    tree: BodyTree,
    /// The other scheduled sessions it clashes with whenever they overlap, whatever the rooms.
    related: Vec<(&'t Session, Placement)>,
    related_spans: Spans,
    /// The other scheduled sessions in each room of `t.rooms` (by position), for room
    /// clashes.
    rooms: Vec<Spans>,
    /// The constraints naming it, and a copy of the timetable to move it in for them (only
    /// when there are some: they read placements from the timetable).
    constraints: Vec<&'t Constraint>,
    scratch: Option<Box<Timetable>>,
    /// The other interpreted sessions, when interpreter teams are counted and it needs them.
    interpreted: Vec<(&'t Session, Minute, Minute)>,
    interpreted_spans: Spans,
    /// The one time at which rules that do not depend on time are asked.
    together: Placement,
}

impl<'t> Probe<'t> {
    /// A probe for session `id` of `t`; `None` when there is no such session.
    pub fn new(t: &'t Timetable, id: &SessionId) -> Option<Probe<'t>> {
        let session = t.sessions.get(id)?;
        let mut roomless = session.clone();
        roomless.room = None;
        roomless.placement = None;
        let tree = BodyTree::new(t);

        // One shared time at which "do they clash when they overlap" is asked.
        let epoch = Stamp::new(
            chrono::NaiveDate::from_ymd_opt(2000, 1, 3).unwrap_or_default(),
            crate::time::TimeOfDay::MIDNIGHT,
        );
        let together = Placement {
            start: epoch,
            end: epoch.plus_minutes(60).unwrap_or(epoch),
        };
        let mut related = Vec::new();
        let mut by_room: Vec<Vec<(Minute, Minute, usize)>> = vec![Vec::new(); t.rooms.len()];
        let mut found = Vec::new();
        for other in t.sessions.values().filter(|o| o.id != *id) {
            let Some(pl) = other.placement else { continue };
            let (start, end) = span_of(&pl);
            if let Some(spans) = other
                .room
                .as_ref()
                .and_then(|r| t.rooms.get_index_of(r))
                .and_then(|i| by_room.get_mut(i))
            {
                spans.push((start, end, 0));
            }
            found.clear();
            pair_conflicts(
                t,
                &tree,
                (&roomless, &together),
                (other, &together),
                &mut found,
            );
            if !found.is_empty() {
                related.push((other, pl));
            }
        }
        let related_spans = Spans::new(
            related
                .iter()
                .enumerate()
                .map(|(i, (_, pl))| {
                    let (s, e) = span_of(pl);
                    (s, e, i)
                })
                .collect(),
        );
        let rooms = by_room.into_iter().map(Spans::new).collect();

        let constraints: Vec<&Constraint> = t
            .constraints
            .values()
            .filter(|c| c.rule.sessions().contains(&id))
            .collect();
        let scratch = (!constraints.is_empty()).then(|| Box::new(t.clone()));

        let interpreted: Vec<(&Session, Minute, Minute)> =
            if t.meeting.interpreter_teams.is_some() && !session.interpretation.is_empty() {
                t.sessions
                    .values()
                    .filter(|o| o.id != *id && !o.interpretation.is_empty())
                    .filter_map(|o| {
                        let (s, e) = span_of(o.placement.as_ref()?);
                        Some((o, s, e))
                    })
                    .collect()
            } else {
                Vec::new()
            };
        let interpreted_spans = Spans::new(
            interpreted
                .iter()
                .enumerate()
                .map(|(i, (_, s, e))| (*s, *e, i))
                .collect(),
        );

        Some(Probe {
            t,
            roomless,
            cal: Calendar::new(t),
            tree,
            related,
            related_spans,
            rooms,
            constraints,
            scratch,
            interpreted,
            interpreted_spans,
            together,
        })
    }

    /// The session probed.
    pub fn session(&self) -> &Session {
        &self.roomless
    }

    /// The conflicts the session would be part of placed at `pl` with no room: everything
    /// but room clashes, capacity and interpretation.
    pub fn at(&mut self, pl: Placement) -> Vec<Conflict> {
        self.found_at(pl).into_iter().map(in_english).collect()
    }

    /// [`Probe::at`] without the English messages, for those who read only the kinds.
    fn found_at(&mut self, pl: Placement) -> Vec<Conflict> {
        let mut out = Vec::new();
        let span = span_of(&pl);
        session_conflicts(&mut self.cal, &self.roomless, &pl, span, &mut out);
        for i in self.related_spans.overlapping(span.0, span.1) {
            let (other, other_pl) = self.related[i];
            pair_conflicts(
                self.t,
                &self.tree,
                (&self.roomless, &pl),
                (other, &other_pl),
                &mut out,
            );
        }
        if let Some(scratch) = &mut self.scratch {
            if let Some(s) = scratch.sessions.get_mut(&self.roomless.id) {
                s.placement = Some(pl);
            }
            let id = &self.roomless.id;
            let mut found = Vec::new();
            for c in &self.constraints {
                constraint_conflicts(scratch, c, &mut found);
            }
            out.extend(found.into_iter().filter(|c| c.sessions.contains(id)));
        }
        if let Some(teams) = self.t.meeting.interpreter_teams
            && !self.roomless.interpretation.is_empty()
        {
            // Every session running at an instant of its span overlaps it, so the counts
            // inside its span are exact with only these; a period reaching into its span is
            // an overbooking it takes part in.
            let mut active: Vec<(&Session, Minute, Minute)> = self
                .interpreted_spans
                .overlapping(span.0, span.1)
                .map(|i| self.interpreted[i])
                .collect();
            active.push((&self.roomless, span.0, span.1));
            let mut periods = Vec::new();
            overbooked_periods(teams, &active, &mut periods);
            out.extend(
                periods
                    .into_iter()
                    .filter(|p| p.start < span.1 && span.0 < p.end)
                    .map(|p| p.conflict),
            );
        }
        out
    }

    /// The kinds of [`Probe::at`].
    pub fn kinds_at(&mut self, pl: Placement) -> Kinds {
        Kinds::of(&self.found_at(pl))
    }

    /// What putting the session in `room` adds wherever it is placed: capacity and
    /// interpretation (neither depends on when).
    pub fn in_room(&mut self, room: &RoomId) -> Kinds {
        let pl = self.together;
        let mut with_room = self.roomless.clone();
        with_room.room = Some(room.clone());
        let mut out = Vec::new();
        session_conflicts(&mut self.cal, &with_room, &pl, span_of(&pl), &mut out);
        Kinds::of(out.iter().filter(|c| !c.rooms.is_empty()))
    }

    /// Whether another scheduled session holds `room` at some minute of `pl`: a drop there is
    /// a room clash.
    pub fn room_taken(&self, room: &RoomId, pl: &Placement) -> bool {
        self.t
            .rooms
            .get_index_of(room)
            .is_some_and(|i| self.room_taken_at(i, pl))
    }

    /// [`Probe::room_taken`] for the room at position `index` of the timetable's rooms.
    pub fn room_taken_at(&self, index: usize, pl: &Placement) -> bool {
        let (start, end) = span_of(pl);
        self.rooms
            .get(index)
            .is_some_and(|spans| spans.any_overlapping(start, end))
    }

    /// Every conflict the session would be part of at `pl` in `room` (`None`: no room),
    /// with messages: [`Probe::at`], what the room adds, and the room clashes.
    pub fn conflicts_at(&mut self, pl: Placement, room: Option<&RoomId>) -> Vec<Conflict> {
        let mut out = self.found_at(pl);
        let Some(room) = room else {
            return out.into_iter().map(in_english).collect();
        };
        let mut placed = self.roomless.clone();
        placed.room = Some(room.clone());
        session_conflicts(&mut self.cal, &placed, &pl, span_of(&pl), &mut out);
        let t = self.t;
        if self.room_taken(room, &pl) {
            for other in t.sessions.values() {
                if other.id != placed.id
                    && other.room.as_ref() == Some(room)
                    && let Some(other_pl) = &other.placement
                {
                    pair_conflicts(t, &self.tree, (&placed, &pl), (other, other_pl), &mut out);
                }
            }
        }
        let mut seen = BTreeSet::new();
        out.retain(|c| seen.insert(c.key.clone()));
        out.into_iter().map(in_english).collect()
    }
}
