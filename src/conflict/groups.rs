//! The candidate pairs of the full check: sessions that overlap in time and share a group
//! (a room, a person, a body or one of its ancestors, or the group of all sessions when
//! some are exclusive).
//!
//! A session is a *direct* member of its room's, its persons' and its bodies' groups, an
//! *indirect* member of its bodies' ancestors' groups, and a direct member of the
//! all-sessions group when it is exclusive. A pair is a candidate when both are in one group,
//! they overlap, and at least one of them is direct there.
//!
//! # Why it is linear
//!
//! Memberships are numbered as the sessions are added (one hash lookup per room, person and
//! body of a session), then laid out group after group in one array, each group in order of
//! start, by a counting sort over the sessions taken once in order of start. Each entry
//! carries its session's start and end, so the sweeps read one array front to back and never
//! jump to the session: the work is the memberships plus the pairs found, in a few
//! allocations whatever the number of groups. (Each group was sorted on its own, with the
//! start read through the session's position: a sort per group whose comparisons miss the
//! cache once the sessions outgrow it, and an allocation per group; the full check grew as
//! about n^1.3.) The sessions are put in order of start by a counting sort too (`by_start`),
//! so no n log n term is left.
//!
//! A session's room and bodies are most often those of the session before it (a file lists
//! a room's or a track's sessions together), so the last room and body looked up are kept
//! and compared before hashing.

use super::rules::{BodyTree, IdHashMap, Minute};
use crate::model::{BodyId, PersonId, RoomId, Session};

/// A group not numbered yet.
const NONE: u32 = u32::MAX;

/// One session's membership of one group, as laid out for the sweep.
#[derive(Clone, Copy, Default)]
struct Member {
    start: Minute,
    end: Minute,
    /// Position of the session in the full check's list.
    pos: u32,
    direct: bool,
}

/// The groups of the sessions added so far (see the module documentation).
pub(super) struct Groups<'a> {
    tree: &'a BodyTree,
    rooms: IdHashMap<&'a RoomId, u32>,
    persons: IdHashMap<&'a PersonId, u32>,
    /// Group of each body number (the tree's, then those of `unknown`), or `NONE`.
    bodies: Vec<u32>,
    /// Numbers past the tree's for bodies it does not know (validation forbids them).
    unknown: IdHashMap<&'a BodyId, u32>,
    everyone: Option<u32>,
    groups: u32,
    /// `(group, direct)` of every membership, session after session.
    members: Vec<(u32, bool)>,
    /// Where each session's memberships start in `members`.
    from: Vec<u32>,
    /// The body numbers of the session being added, each marked direct or not.
    own: Vec<(u32, bool)>,
    /// The room and the body looked up last, with their group and body number.
    last_room: Option<(&'a RoomId, u32)>,
    last_body: Option<(&'a BodyId, u32)>,
}

impl<'a> Groups<'a> {
    /// Groups for `sessions` sessions among `rooms` rooms and `persons` persons (the maps
    /// are sized for them once rather than grown and rehashed as they fill).
    pub(super) fn new(
        tree: &'a BodyTree,
        any_exclusive: bool,
        sessions: usize,
        (rooms, persons): (usize, usize),
    ) -> Groups<'a> {
        Groups {
            tree,
            rooms: IdHashMap::with_capacity_and_hasher(rooms, Default::default()),
            persons: IdHashMap::with_capacity_and_hasher(persons, Default::default()),
            bodies: vec![NONE; tree.len()],
            unknown: IdHashMap::default(),
            everyone: any_exclusive.then_some(0),
            groups: u32::from(any_exclusive),
            members: Vec::with_capacity(sessions * 3),
            from: Vec::with_capacity(sessions + 1),
            own: Vec::new(),
            last_room: None,
            last_body: None,
        }
    }

    fn next(groups: &mut u32) -> u32 {
        *groups += 1;
        *groups - 1
    }

    /// Adds the session at the next position (positions are 0, 1, 2, ... in call order).
    pub(super) fn add(&mut self, s: &'a Session) {
        self.from.push(self.members.len() as u32);
        let groups = &mut self.groups;
        if let Some(r) = &s.room {
            let g = match self.last_room {
                Some((last, g)) if last == r => g,
                _ => {
                    let g = *self.rooms.entry(r).or_insert_with(|| Self::next(groups));
                    self.last_room = Some((r, g));
                    g
                }
            };
            self.members.push((g, true));
        }
        for (k, person) in s.persons.iter().enumerate() {
            if !s.persons[..k].contains(person) {
                let g = *self
                    .persons
                    .entry(person)
                    .or_insert_with(|| Self::next(groups));
                self.members.push((g, true));
            }
        }
        self.own.clear();
        for b in &s.bodies {
            let n = match self.last_body {
                Some((last, n)) if last == b => n,
                _ => {
                    let n = match self.tree.number(b) {
                        Some(n) => n,
                        None => {
                            let next = (self.tree.len() + self.unknown.len()) as u32;
                            *self.unknown.entry(b).or_insert(next)
                        }
                    };
                    self.last_body = Some((b, n));
                    n
                }
            };
            if self.tree.is_track_number(n) {
                continue;
            }
            match self.own.iter_mut().find(|(x, _)| *x == n) {
                Some(entry) => entry.1 = true,
                None => self.own.push((n, true)),
            }
            for &a in self.tree.ancestor_numbers(n) {
                if !self.own.iter().any(|(x, _)| *x == a) {
                    self.own.push((a, false));
                }
            }
        }
        for &(n, direct) in &self.own {
            let n = n as usize;
            if self.bodies.len() <= n {
                self.bodies.resize(n + 1, NONE);
            }
            if self.bodies[n] == NONE {
                self.bodies[n] = Self::next(groups);
            }
            self.members.push((self.bodies[n], direct));
        }
        if let Some(g) = self.everyone {
            self.members.push((g, s.exclusive));
        }
    }

    /// Every pair of positions that may be a room, person, body or exclusive clash:
    /// overlapping, in one group, at least one of them direct. Sorted and without repeats;
    /// each pair `(i, j)` has `i < j`. `spans[i]` is the span of the session at position `i`
    /// (every added session has one).
    pub(super) fn candidate_pairs(mut self, spans: &[(Minute, Minute)]) -> Vec<(u32, u32)> {
        self.from.push(self.members.len() as u32);
        let groups = self.groups as usize;
        // Where each group starts in the laid-out array: a counting sort by group.
        let mut at = vec![0u32; groups + 1];
        for &(g, _) in &self.members {
            at[g as usize + 1] += 1;
        }
        for g in 0..groups {
            at[g + 1] += at[g];
        }
        let mut next = at.clone();
        // The sessions in order of start: each group fills in that order.
        let order = by_start(spans);
        let mut laid = vec![Member::default(); self.members.len()];
        for (start, i) in order {
            let end = spans[i as usize].1;
            let (lo, hi) = (self.from[i as usize], self.from[i as usize + 1]);
            for &(g, direct) in &self.members[lo as usize..hi as usize] {
                let slot = &mut next[g as usize];
                laid[*slot as usize] = Member {
                    start,
                    end,
                    pos: i,
                    direct,
                };
                *slot += 1;
            }
        }
        let mut pairs = Vec::new();
        let mut running = Vec::new();
        let mut running_direct = Vec::new();
        for g in 0..groups {
            let group = &laid[at[g] as usize..at[g + 1] as usize];
            if group.len() > 1 {
                sweep(group, &mut running, &mut running_direct, &mut pairs);
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        pairs
    }
}

/// Pushes every overlapping pair of `group` (sorted by start) in which at least one member
/// is direct, as `(smaller, larger)` positions. Sessions still running are kept in two lists
/// (all, direct) as `(end, position)`, each pruned only when about to be paired with, so the
/// work is the group's size plus the pairs found.
fn sweep(
    group: &[Member],
    running: &mut Vec<(Minute, u32)>,
    running_direct: &mut Vec<(Minute, u32)>,
    pairs: &mut Vec<(u32, u32)>,
) {
    running.clear();
    running_direct.clear();
    for m in group {
        let (start, i) = (m.start, m.pos);
        running_direct.retain(|&(end, _)| end > start);
        if m.direct {
            running.retain(|&(end, _)| end > start);
            pairs.extend(running.iter().map(|&(_, j)| (j.min(i), j.max(i))));
            running_direct.push((m.end, i));
        } else {
            pairs.extend(running_direct.iter().map(|&(_, j)| (j.min(i), j.max(i))));
        }
        running.push((m.end, i));
    }
}

/// The positions of `spans` with their starts, in order of start and, for equal starts, of
/// position: what sorting the `(start, position)` pairs gives, in linear work. A counting
/// sort on the minutes past the first start, eleven bits at a time from the lowest (each
/// pass keeps the order of the one before for equal digits), so two passes cover starts up
/// to eight years apart and three any timetable's. Fewer than 256 sessions (where the
/// passes' tables would cost more than sorting) or starts further apart than three passes
/// reach (16,000 years) take the comparison sort.
fn by_start(spans: &[(Minute, Minute)]) -> Vec<(Minute, u32)> {
    const BITS: u32 = 11;
    const DIGITS: usize = 1 << BITS;
    let mut order: Vec<(Minute, u32)> = spans
        .iter()
        .enumerate()
        .map(|(i, &(start, _))| (start, i as u32))
        .collect();
    let (Some(first), Some(last)) = (
        order.iter().map(|o| o.0).min(),
        order.iter().map(|o| o.0).max(),
    ) else {
        return order;
    };
    let passes = last.checked_sub(first).map_or(u32::MAX, |range| {
        (64 - range.leading_zeros()).div_ceil(BITS)
    });
    if order.len() < 256 || passes > 3 {
        order.sort_unstable();
        return order;
    }
    let mut into = vec![(0, 0); order.len()];
    for pass in 0..passes {
        let digit = |start: Minute| ((start - first) >> (pass * BITS)) as usize & (DIGITS - 1);
        let mut at = vec![0u32; DIGITS + 1];
        for &(start, _) in &order {
            at[digit(start) + 1] += 1;
        }
        for d in 0..DIGITS {
            at[d + 1] += at[d];
        }
        for &entry in &order {
            let slot = &mut at[digit(entry.0)];
            into[*slot as usize] = entry;
            *slot += 1;
        }
        std::mem::swap(&mut order, &mut into);
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The counting sort gives what the comparison sort gives, ties by position included.
    #[test]
    fn by_start_orders_as_sorting_the_pairs_would() {
        let mut seed = 7u64;
        let mut random = move || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 1) as i64
        };
        for (n, spread) in [
            (0, 1),
            (10, 100),
            (300, 1),
            (1000, 2880),
            (5000, 5_000_000),
            (600, 1 << 40),
        ] {
            let spans: Vec<(Minute, Minute)> = (0..n)
                .map(|_| {
                    let start = 29_000_000 + random() % spread;
                    (start, start + 30)
                })
                .collect();
            let mut expected: Vec<(Minute, u32)> = spans
                .iter()
                .enumerate()
                .map(|(i, &(s, _))| (s, i as u32))
                .collect();
            expected.sort_unstable();
            assert_eq!(
                by_start(&spans),
                expected,
                "{n} sessions over {spread} minutes"
            );
        }
    }
}
