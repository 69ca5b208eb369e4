//! The problem as the search sees it: which sessions move (variables), the days and start
//! times each may take, what each place costs on its own, and the occupancy estimate.
//!
//! Places: a working day of the meeting (one day for a day's scope), a start on that day's
//! grid (every 15 minutes from the earliest hour to the latest, every 5 when some length is
//! not a multiple of 15, plus every slot start, break end and body period start), and a
//! room. A place that brings a hard conflict on its own (a day off, a room without the
//! booths an interpreted session must have when that is hard) or lies outside the session's
//! allowed windows is never offered.
//!
//! The occupancy estimate counts, per resource (a room, a person, a body as met directly
//! and as an ancestor, "anything", "an exclusive session") and per 5-minute cell of each
//! day, the placed sessions using it. A candidate place is "busy" on a resource when one of
//! its cells is used. It ignores order constraints and bodies meeting in parallel with
//! their parent, so it is only a guide: the engine scores every move.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use super::{ArrangeMode, ArrangeScope, Infeasible, Options};
use crate::conflict::SessionCheck;
use crate::model::{
    ArrangeWeight, BodyKind, ConflictKind, DayKind, Placement, Preference, Session, SessionId,
    Timetable, Timing, Window,
};
use crate::time::{Stamp, TimeOfDay};

/// Minutes per occupancy cell.
pub(super) const CELL: i64 = 5;
/// Cells per day.
pub(super) const CELLS: usize = (1440 / CELL) as usize;
const WORDS: usize = CELLS.div_ceil(64);

/// The cost of one hard conflict: more than any sum of soft costs a timetable can reach.
pub(super) const HARD: i64 = 1_000_000;
/// The cost of leaving a session in scope unscheduled: less than a hard conflict (better
/// left out than clashing), more than any soft cost.
pub(super) const UNPLACED: i64 = 100_000;
/// Repair: a session in scope away from its reference place.
pub(super) const CHANGED: i64 = 60;
/// A session not in its (or its body's) preferred room.
pub(super) const NOT_PREFERRED: i64 = 3;
/// Each room beyond the first that a body's sessions use.
pub(super) const SPREAD: i64 = 2;

/// A place: a day (index into [`Problem::days`]), a start (minute of the day) and a room
/// (index into [`Problem::rooms`], [`NO_ROOM`] when the timetable has none).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) struct Pos {
    pub day: u16,
    pub start: i32,
    pub room: u16,
}

/// The room of a place when the timetable has no rooms.
pub(super) const NO_ROOM: u16 = u16::MAX;

/// A day sessions may be placed on.
pub(super) struct Day {
    pub date: NaiveDate,
    /// Its candidate starts, minutes of the day, ascending.
    pub starts: Vec<i32>,
}

/// Per day, the allowed starts with their own cost.
pub(super) type Starts = Arc<Vec<Vec<(i32, i64)>>>;
/// Per room, its cost, `None` when it brings a hard conflict.
pub(super) type Rooms = Arc<Vec<Option<i64>>>;

/// A session the search may move.
pub(super) struct Var {
    pub id: SessionId,
    /// Index in the timetable's sessions.
    pub index: usize,
    pub len: i64,
    /// Per day (as [`Problem::days`]): the allowed starts with their own cost.
    pub starts: Starts,
    /// Per room: its cost for this session, `None` when it brings a hard conflict.
    pub rooms: Rooms,
    pub preferred: Option<u16>,
    /// Repair: where it should stay (`None`: unscheduled, or not repairing).
    pub reference: Option<Pos>,
    /// Where the search starts it.
    pub initial: Option<Pos>,
    /// Bodies whose rooms should be few.
    pub bodies: Vec<u16>,
}

/// Which resources a session uses and which it must find free.
#[derive(Clone, Default)]
pub(super) struct Uses {
    pub occupies: Vec<u32>,
    pub checks: Vec<u32>,
}

/// What a resource of the problem is, as an explanation names what blocks a place.
#[derive(Clone, Debug)]
pub(super) enum Resource {
    /// A room, by name.
    Room(String),
    /// A person, by name.
    Person(String),
    /// A body's own meetings, by its short name.
    Body(String),
    /// The meetings of a body and the bodies above it, by its short name.
    BodyAbove(String),
    /// Any session, as an exclusive session sees the others.
    BesideExclusive,
    /// The exclusive sessions.
    Exclusive,
}

pub(super) struct Problem {
    pub days: Vec<Day>,
    pub rooms: Vec<crate::model::RoomId>,
    pub vars: Vec<Var>,
    /// Per session of the timetable (by index): its resources.
    pub uses: Vec<Uses>,
    /// Per session of the timetable: its variable, if it moves.
    pub var_of: Vec<Option<usize>>,
    pub resources: usize,
    /// What each resource is, for explanations.
    pub resource_names: Vec<Resource>,
    pub weights: [ArrangeWeight; ConflictKind::ALL.len()],
    /// Per session of the timetable: the preferences it takes part in.
    pub roles: Vec<Roles>,
    /// Per day: the middle of its first meal break (minute of the day), if it has one.
    pub lunch: Vec<Option<i32>>,
    /// The weight of a Question's session on a day its Working Party does not meet.
    pub wp_weight: i64,
    /// The weight of a body with sessions on both sides of a day's lunch.
    pub lunch_weight: i64,
    /// How many bodies (by timetable index) and Working Parties (by body index) there are.
    pub bodies: usize,
}

/// What a session counts for in the preferences the search scores itself.
#[derive(Clone, Default)]
pub(super) struct Roles {
    /// The Working Parties (body indices) it is a session of.
    pub wp_own: Vec<u16>,
    /// The Working Parties whose Questions it is a session of (the nearest Working Party
    /// above each of its Question bodies).
    pub wp_question: Vec<u16>,
    /// Its bodies (indices), for lunch.
    pub bodies: Vec<u16>,
}

impl Problem {
    pub(super) fn new(
        t: &Timetable,
        options: &Options,
        reference: Option<&Timetable>,
    ) -> Result<Problem, Infeasible> {
        let weights = ConflictKind::ALL.map(|k| t.arrange_weight_of(k));
        let weight = |k: ConflictKind| weights[k as usize];
        let days_in_scope: Vec<NaiveDate> = t
            .days
            .iter()
            .filter(|d| d.kind == DayKind::Working)
            .filter(|d| match &options.scope {
                ArrangeScope::Day { date } => d.date == *date,
                _ => true,
            })
            .map(|d| d.date)
            .collect();
        if days_in_scope.is_empty() {
            return Err(match &options.scope {
                ArrangeScope::Day { date } => Infeasible::NotAWorkingDay(*date),
                _ => Infeasible::NoWorkingDays,
            });
        }
        let pinned_or_fixed = |s: &Session| s.pinned || !s.timing.is_span();
        let movable: Vec<usize> = t
            .sessions
            .values()
            .enumerate()
            .filter(|(_, s)| !pinned_or_fixed(s))
            .filter(|(_, s)| match &options.scope {
                ArrangeScope::All => true,
                ArrangeScope::Unscheduled => s.placement.is_none(),
                ArrangeScope::Selection { ids } => ids.contains(&s.id),
                ArrangeScope::Day { date } => s.placement.is_some_and(|p| p.start.date() == *date),
            })
            .map(|(i, _)| i)
            .collect();
        let length = |s: &Session| {
            s.placement.map_or_else(
                || i64::from(s.minutes.unwrap_or(t.default_session_minutes())),
                |p| p.minutes(),
            )
        };
        let fine = movable.iter().all(|&i| length(&t.sessions[i]) % 15 == 0);
        let step = if fine { 15 } else { 5 };
        let days: Vec<Day> = days_in_scope
            .iter()
            .map(|&date| Day {
                date,
                starts: starts_of(t, date, step),
            })
            .collect();
        let rooms: Vec<crate::model::RoomId> = t.rooms.keys().cloned().collect();
        let room_index = |r: &crate::model::RoomId| t.rooms.get_index_of(r).map(|i| i as u16);
        let day_index = |d: NaiveDate| days.iter().position(|x| x.date == d).map(|i| i as u16);
        let pos_of = |s: &Session| -> Option<Pos> {
            let p = s.placement?;
            Some(Pos {
                day: day_index(p.start.date())?,
                start: p.start.time().minutes() as i32,
                room: s.room.as_ref().and_then(room_index).unwrap_or(NO_ROOM),
            })
        };

        // Resources: rooms, persons, bodies met directly and as an ancestor, anything,
        // exclusive sessions.
        let (nr, np, nb) = (t.rooms.len(), t.persons.len(), t.bodies.len());
        let person = |i: usize| (nr + i) as u32;
        let direct = |b: usize| (nr + np + 2 * b) as u32;
        let lineage = |b: usize| (nr + np + 2 * b + 1) as u32;
        let any = (nr + np + 2 * nb) as u32;
        let exclusive = any + 1;
        let resources = any as usize + 2;
        let mut resource_names: Vec<Resource> = Vec::with_capacity(resources);
        resource_names.extend(t.rooms.values().map(|r| Resource::Room(r.name.clone())));
        resource_names.extend(t.persons.values().map(|p| Resource::Person(p.name.clone())));
        for b in t.bodies.values() {
            resource_names.push(Resource::Body(b.short.clone()));
            resource_names.push(Resource::BodyAbove(b.short.clone()));
        }
        resource_names.push(Resource::BesideExclusive);
        resource_names.push(Resource::Exclusive);
        let uses: Vec<Uses> = t
            .sessions
            .values()
            .map(|s| {
                let mut u = Uses::default();
                let soft = |k| !weight(k).is_hard();
                if !soft(ConflictKind::PersonClash) {
                    for p in &s.persons {
                        if let Some(i) = t.persons.get_index_of(p) {
                            u.occupies.push(person(i));
                            u.checks.push(person(i));
                        }
                    }
                }
                if !soft(ConflictKind::BodyClash) {
                    for b in &s.bodies {
                        let Some((i, _, body)) = t.bodies.get_full(b) else {
                            continue;
                        };
                        if body.kind == BodyKind::Track {
                            continue;
                        }
                        u.occupies.push(direct(i));
                        u.checks.push(lineage(i));
                        for a in t.body_and_ancestors(b) {
                            if let Some(j) = t.bodies.get_index_of(a) {
                                u.occupies.push(lineage(j));
                                u.checks.push(direct(j));
                            }
                        }
                    }
                }
                if !soft(ConflictKind::ExclusiveOverlap) {
                    u.occupies.push(any);
                    if s.exclusive {
                        u.occupies.push(exclusive);
                        u.checks.push(any);
                    } else {
                        u.checks.push(exclusive);
                    }
                }
                for v in [&mut u.occupies, &mut u.checks] {
                    v.sort_unstable();
                    v.dedup();
                }
                u
            })
            .collect();

        let mut check = SessionCheck::new(t);
        // Sessions of one length and bodies share their starts; of one attendance and need
        // of interpretation, their rooms.
        let mut start_cache: HashMap<(i64, Vec<crate::model::BodyId>), Starts> = HashMap::new();
        let mut room_cache: HashMap<(Option<u32>, bool), Rooms> = HashMap::new();
        let cost_of = |kinds: Vec<ConflictKind>| -> Option<i64> {
            let mut c = 0;
            for k in kinds {
                match weight(k) {
                    ArrangeWeight::Hard => return None,
                    ArrangeWeight::Soft(w) => c += i64::from(w),
                }
            }
            Some(c)
        };
        let mut vars = Vec::with_capacity(movable.len());
        let mut var_of = vec![None; t.sessions.len()];
        for &i in &movable {
            let s = &t.sessions[i];
            let len = length(s);
            let mut bare = s.clone();
            bare.room = None;
            bare.timing = Timing::Span;
            let key = (len, s.bodies.clone());
            let starts = start_cache
                .entry(key)
                .or_insert_with(|| {
                    Arc::new(
                        days.iter()
                            .map(|d| {
                                d.starts
                                    .iter()
                                    .filter_map(|&m| {
                                        let pl = placement(d.date, m, len)?;
                                        let cost = cost_of(check.kinds(&bare, &pl))?;
                                        Some((m, cost))
                                    })
                                    .collect()
                            })
                            .collect(),
                    )
                })
                .clone();
            let starts = if s.windows.is_empty() {
                starts
            } else {
                Arc::new(
                    days.iter()
                        .zip(starts.iter())
                        .map(|(d, list)| {
                            list.iter()
                                .copied()
                                .filter(|&(m, _)| {
                                    placement(d.date, m, len)
                                        .is_some_and(|pl| in_windows(&s.windows, &pl))
                                })
                                .collect()
                        })
                        .collect(),
                )
            };
            let room_costs = room_cache
                .entry((s.attendance, s.interpretation.is_empty()))
                .or_insert_with(|| {
                    let probe = days
                        .first()
                        .and_then(|d| placement(d.date, 0, len.min(60)))
                        .expect("a meeting day has a midnight");
                    Arc::new(
                        t.rooms
                            .keys()
                            .map(|r| {
                                let mut in_room = bare.clone();
                                in_room.room = Some(r.clone());
                                let kinds = check
                                    .kinds(&in_room, &probe)
                                    .into_iter()
                                    .filter(|k| {
                                        matches!(
                                            k,
                                            ConflictKind::CapacityExceeded
                                                | ConflictKind::InterpretationUnavailable
                                        )
                                    })
                                    .collect();
                                cost_of(kinds)
                            })
                            .collect(),
                    )
                })
                .clone();
            let preferred = s
                .preferred_room
                .as_ref()
                .or_else(|| {
                    s.bodies.iter().find_map(|b| {
                        t.body_and_ancestors(b)
                            .into_iter()
                            .find_map(|a| t.bodies.get(a)?.preferred_room.as_ref())
                    })
                })
                .and_then(room_index);
            let reference = match (&options.mode, reference) {
                (ArrangeMode::Repair { .. }, Some(r)) => r.sessions.get(&s.id).and_then(pos_of),
                (ArrangeMode::Repair { .. }, None) => pos_of(s),
                (ArrangeMode::FromScratch, _) => None,
            };
            let initial = match options.mode {
                ArrangeMode::FromScratch => None,
                ArrangeMode::Repair { .. } => pos_of(s),
            };
            let bodies = s
                .bodies
                .iter()
                .filter_map(|b| t.bodies.get_index_of(b).map(|i| i as u16))
                .collect();
            var_of[i] = Some(vars.len());
            vars.push(Var {
                id: s.id.clone(),
                index: i,
                len,
                starts,
                rooms: room_costs,
                preferred,
                reference,
                initial,
                bodies,
            });
        }
        let roles = t
            .sessions
            .values()
            .map(|s| {
                let mut r = Roles::default();
                for b in &s.bodies {
                    let Some((i, _, body)) = t.bodies.get_full(b) else {
                        continue;
                    };
                    r.bodies.push(i as u16);
                    match body.kind {
                        BodyKind::WorkingParty => r.wp_own.push(i as u16),
                        BodyKind::Question => {
                            let wp = t.body_and_ancestors(b).into_iter().skip(1).find(|a| {
                                t.bodies
                                    .get(*a)
                                    .is_some_and(|x| x.kind == BodyKind::WorkingParty)
                            });
                            if let Some(j) = wp.and_then(|a| t.bodies.get_index_of(a)) {
                                r.wp_question.push(j as u16);
                            }
                        }
                        _ => {}
                    }
                }
                for v in [&mut r.wp_own, &mut r.wp_question, &mut r.bodies] {
                    v.sort_unstable();
                    v.dedup();
                }
                r
            })
            .collect();
        let lunch = days
            .iter()
            .map(|d| {
                t.breaks_on(d.date)
                    .into_iter()
                    .filter(|b| b.kind == crate::model::BreakKind::Meal)
                    .map(|b| (b.start.minutes() as i32 + b.end.minutes() as i32) / 2)
                    .min()
            })
            .collect();
        Ok(Problem {
            days,
            rooms,
            vars,
            uses,
            var_of,
            resources,
            resource_names,
            weights,
            roles,
            lunch,
            wp_weight: i64::from(t.preference_weight(Preference::WorkingPartyDays)),
            lunch_weight: i64::from(t.preference_weight(Preference::SplitAcrossLunch)),
            bodies: t.bodies.len(),
        })
    }

    /// The placement and room id of `pos` for variable `v`.
    pub(super) fn placement_of(
        &self,
        v: usize,
        pos: Pos,
    ) -> Option<(Placement, Option<crate::model::RoomId>)> {
        let day = self.days.get(pos.day as usize)?;
        let pl = placement(day.date, pos.start, self.vars[v].len)?;
        Some((pl, self.rooms.get(pos.room as usize).cloned()))
    }

    /// Every room index a variable may take (just [`NO_ROOM`] when there are no rooms).
    pub(super) fn room_choices(&self, v: usize) -> Vec<(u16, i64)> {
        if self.rooms.is_empty() {
            return vec![(NO_ROOM, 0)];
        }
        self.vars[v]
            .rooms
            .iter()
            .enumerate()
            .filter_map(|(r, c)| c.map(|c| (r as u16, c)))
            .collect()
    }
}

/// `len` minutes from `minute` of `date`.
pub(super) fn placement(date: NaiveDate, minute: i32, len: i64) -> Option<Placement> {
    let start = TimeOfDay::from_minutes(u32::try_from(minute).ok()?)?.on(date);
    let end = start.plus_minutes(len)?;
    Some(Placement { start, end })
}

fn in_windows(windows: &[Window], pl: &Placement) -> bool {
    windows.iter().any(|w| w.holds(pl))
}

/// The candidate starts of `date`: a grid of `step` minutes over the widest hours any body
/// or the day has, plus every slot start, break end and body period start.
fn starts_of(t: &Timetable, date: NaiveDate, step: i32) -> Vec<i32> {
    let hours = t.hours_on(date);
    let m = |x: TimeOfDay| x.minutes() as i32;
    let mut from = m(hours.start);
    let mut to = m(hours.end);
    let mut out = Vec::new();
    for b in t.bodies.values() {
        for h in &b.hours {
            from = from.min(m(h.start));
            to = to.max(m(h.end));
            out.push(m(h.start));
        }
    }
    for s in t.slots.values() {
        out.push(m(s.times_on(date).0));
    }
    for b in t.breaks_on(date) {
        out.push(m(b.end));
    }
    let mut x = from;
    while x < to {
        out.push(x);
        x += step;
    }
    out.retain(|&x| (from..to).contains(&x));
    out.sort_unstable();
    out.dedup();
    out
}

/// The 5-minute cells `[start, start + len)` covers, as a mask, clipped to the day.
pub(super) fn mask(start: i32, len: i64) -> [u64; WORDS] {
    let mut out = [0u64; WORDS];
    let first = (i64::from(start) / CELL).clamp(0, CELLS as i64) as usize;
    let last = ((i64::from(start) + len.max(1) + CELL - 1) / CELL).clamp(0, CELLS as i64) as usize;
    for c in first..last {
        out[c / 64] |= 1 << (c % 64);
    }
    out
}

/// Per resource and day, how many placed sessions use each cell.
pub(super) struct Occupancy {
    days: usize,
    counts: Vec<[u16; CELLS]>,
    bits: Vec<[u64; WORDS]>,
}

impl Occupancy {
    pub(super) fn new(resources: usize, days: usize) -> Occupancy {
        Occupancy {
            days,
            counts: vec![[0; CELLS]; resources * days],
            bits: vec![[0; WORDS]; resources * days],
        }
    }

    fn change(&mut self, resources: &[u32], day: u16, start: i32, len: i64, add: bool) {
        let first = (i64::from(start) / CELL).clamp(0, CELLS as i64) as usize;
        let last =
            ((i64::from(start) + len.max(1) + CELL - 1) / CELL).clamp(0, CELLS as i64) as usize;
        for &r in resources {
            let at = r as usize * self.days + day as usize;
            let (counts, bits) = (&mut self.counts[at], &mut self.bits[at]);
            for c in first..last {
                if add {
                    counts[c] = counts[c].saturating_add(1);
                } else {
                    counts[c] = counts[c].saturating_sub(1);
                }
                if counts[c] > 0 {
                    bits[c / 64] |= 1 << (c % 64);
                } else {
                    bits[c / 64] &= !(1 << (c % 64));
                }
            }
        }
    }

    pub(super) fn add(&mut self, resources: &[u32], day: u16, start: i32, len: i64) {
        self.change(resources, day, start, len, true);
    }

    pub(super) fn remove(&mut self, resources: &[u32], day: u16, start: i32, len: i64) {
        self.change(resources, day, start, len, false);
    }

    /// Whether `resource` is used in any cell of `mask` on `day`.
    pub(super) fn busy(&self, resource: u32, day: u16, mask: &[u64; WORDS]) -> bool {
        let bits = &self.bits[resource as usize * self.days + day as usize];
        bits.iter().zip(mask).any(|(a, b)| a & b != 0)
    }
}

/// The stamp `minute` of `date`, for messages.
pub(super) fn stamp(date: NaiveDate, minute: i32) -> Option<Stamp> {
    Some(TimeOfDay::from_minutes(u32::try_from(minute).ok()?)?.on(date))
}
