//! The conflict engine: a full check, and an incremental re-check after each edit.
//!
//! # The rules
//!
//! Only scheduled sessions (with a placement) take part; a placement is the half-open
//! interval `[start, end)`, so sessions that merely touch (one ends at 10:00, the next starts
//! at 10:00) do not overlap. The kinds, and one conflict per what:
//!
//! | kind | when | one per | key |
//! |---|---|---|---|
//! | roomClash | two overlapping sessions in the same room | pair | `roomClash:a+b@room` |
//! | personClash | two overlapping sessions share persons (all listed) | pair | `personClash:a+b` |
//! | bodyClash | two overlapping sessions where a body of one is a body of the other or an ancestor of it; siblings do not clash, nor a body marked as meeting in parallel with its parent (or a body under it) with the bodies above it | pair | `bodyClash:a+b` |
//! | exclusiveOverlap | a session overlaps an exclusive one | pair | `exclusiveOverlap:a+b` |
//! | breakOverlap | a session runs over a break in force on a date it covers ([`Timetable::breaks_on`]): any overlap of a meal or other break; for a coffee break, starting or ending strictly inside it or lying within it (spanning it whole is fine); not a break that a period of the session's bodies' own hours holding the session does not hold whole | session and break | `breakOverlap:s@break` |
//! | outsideDayHours | on a working day of the meeting it covers, the session starts before or ends after that day's hours, unless it lies within a period of its bodies' own hours | session | `outsideDayHours:s` |
//! | nonWorkingDay | it covers a meeting day that is a weekend or holiday | session | `nonWorkingDay:s` |
//! | outsideMeetingDates | it covers a date that is not a meeting day (never when the meeting has no days) | session | `outsideMeetingDates:s` |
//! | orderViolation | a constraint is broken: `Before` (each placed earlier session ends by the start of each placed later one), `InSequence` (each placed session ends by the start of the next placed one in the list), `NoOverlap`, or `FixedTime` placed elsewhere | constraint and pair (or session, for a fixed time) | `orderViolation:a+b@c`, `orderViolation:s@c` |
//! | capacityExceeded | attendance above the room's capacity, both known | session | `capacityExceeded:s@room` |
//! | interpretationUnavailable | interpretation needed, room without booths (no room: nothing) | session | `interpretationUnavailable:s@room` |
//! | interpretersOverbooked | with `interpreter_teams = Some(n)`, more than `n` interpreted sessions at once | overbooked period | `interpretersOverbooked:a+b+c` |
//!
//! Sessions are named in keys by id, sorted, so a key determines its sessions. A session
//! spanning midnight is checked against every date it covers. An overbooked period is a
//! maximal stretch of time during which more than `n` interpreted sessions run; it lists
//! every interpreted session that overlaps it (two periods never list the same sessions,
//! since a session in both would run through the gap between them).
//!
//! # The algorithm
//!
//! The full check ([`Engine::new`]) sorts the scheduled sessions by start once, then
//! distributes them, in that order, into groups: one per room, one per person, one per body
//! (each session joins the group of each of its bodies as a *direct* member and of each of
//! their ancestors as an *indirect* member) and one of all sessions (exclusive ones direct).
//! A sweep over each group keeps the sessions still running and reports overlapping pairs
//! (for bodies and exclusivity, pairs with at least one direct member), so the work is the
//! sorting plus the conflicts found, never all pairs. The groups are laid out in one array by
//! a counting sort (`groups.rs`), each entry carrying its session's span, so the full check
//! grows linearly with the sessions rather than with the misses of a sort per group. Each
//! candidate pair is then checked for every pairwise kind at once. Per-session kinds,
//! constraints and interpreter periods are checked directly.
//!
//! The engine keeps each conflict by kind and key, an index from session to the keys of its
//! per-session and pairwise conflicts, an index from constraint to its conflicts and from
//! session to the constraints naming it, the placements ordered by start (with the multiset
//! of durations, so "who overlaps `[a, b)`" is a range query from `a - longest` to `b`), the
//! same for interpreted sessions, and the overbooked periods ordered by start.
//!
//! [`Engine::update`] with [`Scope::Sessions`] removes the per-session and pairwise conflicts
//! of the touched sessions, moves them in the time indexes, then recomputes: their own
//! conflicts, their pairs with the sessions overlapping them now, every constraint naming
//! one of them, and the overbooked periods near their old and new times (the window starts
//! as their old and new spans and absorbs every stored period it overlaps or touches until
//! none is left; no period then crosses the window's edges, so recounting inside it is
//! exact). A journal of each touched key's old value gives the [`Delta`]. [`Scope::All`]
//! (and a scope touching a large share of the sessions) rebuilds and compares.
//!
//! The id map and time indexes only updates need are built by the first update, so an
//! engine that is only read (and [`super::check`], which builds no engine at all) never
//! pays for them; that first update costs a few milliseconds on a large conference.
//!
//! # Limits
//!
//! - `Scope::Sessions` trusts that nothing but those sessions changed: rooms, bodies, days,
//!   breaks, constraints and the meeting need `Scope::All` (the editor sends it for them).
//! - A very long session (days) widens every time query to its length; correct, but slower.
//! - Keys join ids with `+` and `@`; ids containing those characters can make two different
//!   conflicts share a key (the later one found wins).
//! - Severity and acknowledgement are read from the timetable when conflicts are read out,
//!   so changing them never needs an update, and the [`Delta`] never reports them.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;
use std::sync::Arc;

use super::ConflictSummary;
use crate::model::{
    ConflictKind, ConstraintId, Placement, Session, SessionId, Severity, Timetable,
};

use super::Conflict;
use super::groups::Groups;
use super::rules::{
    BodyTree, Calendar, IdHashMap, Minute, Period, constraint_conflicts, in_english, kind_of_key,
    overbooked_periods, pair_conflicts, session_conflicts, span_of,
};

/// What an edit can have affected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Only these sessions changed (or were added or removed); everything else is as it was
    /// at the previous update.
    Sessions(BTreeSet<SessionId>),
    /// Anything may have changed (rooms, days, breaks, bodies, constraints, ...).
    All,
}

/// Keys of conflicts that appeared or changed, and keys of conflicts that went away, each
/// sorted. Changed means a different message, sessions or subjects; severity and
/// acknowledgement are not the engine's business.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Delta {
    /// New or changed conflicts.
    pub added: Vec<String>,
    /// Gone conflicts.
    pub removed: Vec<String>,
}

const KINDS: usize = ConflictKind::ALL.len();

/// Position of `kind` in [`ConflictKind::ALL`] (its declaration order).
fn kind_index(kind: ConflictKind) -> usize {
    kind as usize
}

/// A conflict key shared by the maps and indexes that name it (one allocation per key).
type Key = Arc<str>;

/// A session's number inside the engine: its index in the timetable when the engine was
/// built, or the next free number for a session added since. Never reused.
type Slot = u32;

/// Sessions ordered by start, for "who overlaps this interval" queries.
#[derive(Debug, Default)]
struct Timeline {
    by_start: BTreeSet<(Minute, Slot)>,
    spans: Vec<Option<(Minute, Minute)>>,
    /// Multiset of durations: the longest bounds how far back a query must look.
    lengths: BTreeMap<Minute, u32>,
}

impl Timeline {
    fn build(entries: impl Iterator<Item = (Slot, Minute, Minute)>, slots: usize) -> Timeline {
        let mut spans = vec![None; slots];
        let mut lengths: BTreeMap<Minute, u32> = BTreeMap::new();
        let mut starts = Vec::new();
        for (slot, start, end) in entries {
            if let Some(span) = spans.get_mut(slot as usize) {
                *span = Some((start, end));
                *lengths.entry(end - start).or_default() += 1;
                starts.push((start, slot));
            }
        }
        starts.sort_unstable();
        Timeline {
            by_start: starts.into_iter().collect(),
            spans,
            lengths,
        }
    }

    fn insert(&mut self, slot: Slot, (start, end): (Minute, Minute)) {
        self.remove(slot);
        let i = slot as usize;
        if self.spans.len() <= i {
            self.spans.resize(i + 1, None);
        }
        self.spans[i] = Some((start, end));
        self.by_start.insert((start, slot));
        *self.lengths.entry(end - start).or_default() += 1;
    }

    fn remove(&mut self, slot: Slot) -> Option<(Minute, Minute)> {
        let (start, end) = self.spans.get_mut(slot as usize)?.take()?;
        self.by_start.remove(&(start, slot));
        if let Some(n) = self.lengths.get_mut(&(end - start)) {
            *n -= 1;
            if *n == 0 {
                self.lengths.remove(&(end - start));
            }
        }
        Some((start, end))
    }

    /// Every session whose span overlaps `[start, end)`.
    fn overlapping(
        &self,
        start: Minute,
        end: Minute,
    ) -> impl Iterator<Item = (Slot, Minute, Minute)> + '_ {
        let longest = self.lengths.last_key_value().map_or(0, |(l, _)| *l);
        // A session overlaps iff it starts before `end` and after `start - longest`.
        let lo = start.saturating_sub(longest).saturating_add(1).min(end);
        self.by_start
            .range((Bound::Included((lo, 0)), Bound::Excluded((end, 0))))
            .filter_map(move |&(s, slot)| {
                let (_, e) = (*self.spans.get(slot as usize)?)?;
                (e > start).then_some((slot, s, e))
            })
    }
}

/// The current conflicts of one timetable, kept up to date edit by edit.
///
/// See the module documentation for the rules, the algorithm and its limits.
#[derive(Debug)]
pub struct Engine {
    /// Conflicts by kind (index in [`ConflictKind::ALL`]) and key, with placeholder severity
    /// and no acknowledgement (both are read from the timetable on read-out).
    by_kind: [BTreeMap<Key, Conflict>; KINDS],
    /// Every session the engine has seen, by id (built on the first update: see `pending`).
    slots: IdHashMap<SessionId, Slot>,
    /// Ids by slot.
    ids: Vec<SessionId>,
    /// Keys of the per-session and pairwise conflicts of each slot.
    local: Vec<Vec<Key>>,
    /// Keys of the conflicts of each constraint.
    by_constraint: IdHashMap<ConstraintId, Vec<Key>>,
    /// Constraints naming each session.
    constraints_of: IdHashMap<SessionId, Vec<ConstraintId>>,
    /// Every scheduled session.
    timeline: Timeline,
    /// Every scheduled session that needs interpretation.
    interpreted: Timeline,
    /// Overbooked periods: start -> (end, key). Disjoint, so also ordered by end.
    periods: BTreeMap<Minute, (Minute, Key)>,
    tree: BodyTree,
    /// During an update: the value before the update of every key touched.
    journal: Option<BTreeMap<Key, Option<Conflict>>>,
    /// The scheduled sessions' spans (and whether they are interpreted) as the full check
    /// found them, until the first update builds `slots` and the timelines from them: an
    /// engine that is only read never pays for its update indexes.
    pending: Option<Vec<(Slot, Minute, Minute, bool)>>,
}

/// A scheduled session in the full check.
struct Placed<'t> {
    slot: Slot,
    start: Minute,
    end: Minute,
    session: &'t Session,
    placement: &'t Placement,
}

/// Everything the full check finds, before it is stored.
struct Found<'t> {
    /// The scheduled sessions, in document order.
    placed: Vec<Placed<'t>>,
    /// Per-session and pairwise conflicts, with the slots of their sessions.
    local: Vec<(Conflict, Slot, Option<Slot>)>,
    /// Conflicts per constraint (constraints with none are left out).
    constraints: Vec<(&'t ConstraintId, Vec<Conflict>)>,
    /// Overbooked interpreter periods.
    periods: Vec<Period>,
}

/// Finds every conflict of `t`: the full check, shared by [`Engine::new`] and
/// [`super::check`].
fn detect<'t>(t: &'t Timetable, tree: &BodyTree) -> Found<'t> {
    let mut placed: Vec<Placed<'t>> = Vec::with_capacity(t.sessions.len());
    placed.extend(t.sessions.values().enumerate().filter_map(|(i, s)| {
        let pl = s.placement.as_ref()?;
        let (start, end) = span_of(pl);
        Some(Placed {
            slot: i as Slot,
            start,
            end,
            session: s,
            placement: pl,
        })
    }));
    // `placed` stays in document order, which is memory order: walking it in time order
    // would jump around memory for every session. Only the groups are sorted by time.

    // One pass over the sessions does their own checks and files them into groups, so each
    // session's data is fetched from memory once.
    let mut local = Vec::new();
    let mut out = Vec::new();
    let mut cal = Calendar::new(t);
    let any_exclusive = placed.iter().any(|p| p.session.exclusive);
    let mut groups = Groups::new(
        tree,
        any_exclusive,
        placed.len(),
        (t.rooms.len(), t.persons.len()),
    );
    let mut spans = Vec::with_capacity(placed.len());
    for p in &placed {
        session_conflicts(&mut cal, p.session, p.placement, (p.start, p.end), &mut out);
        local.extend(out.drain(..).map(|c| (c, p.slot, None)));
        groups.add(p.session);
        spans.push((p.start, p.end));
    }
    for (i, j) in groups.candidate_pairs(&spans) {
        let (a, b) = (&placed[i as usize], &placed[j as usize]);
        pair_conflicts(
            t,
            tree,
            (a.session, a.placement),
            (b.session, b.placement),
            &mut out,
        );
        local.extend(out.drain(..).map(|c| (c, a.slot, Some(b.slot))));
    }

    let mut constraints = Vec::new();
    for c in t.constraints.values() {
        constraint_conflicts(t, c, &mut out);
        if !out.is_empty() {
            constraints.push((&c.id, std::mem::take(&mut out)));
        }
    }

    let mut periods = Vec::new();
    if let Some(teams) = t.meeting.interpreter_teams {
        let active: Vec<(&Session, Minute, Minute)> = placed
            .iter()
            .filter(|p| !p.session.interpretation.is_empty())
            .map(|p| (p.session, p.start, p.end))
            .collect();
        overbooked_periods(teams, &active, &mut periods);
    }

    Found {
        placed,
        local,
        constraints,
        periods,
    }
}

/// Every conflict of `t`, sorted, without building the engine's indexes: the full check
/// for a one-off answer.
pub(super) fn check(t: &Timetable) -> Vec<Conflict> {
    let found = detect(t, &BodyTree::new(t));
    let mut rank = [(Severity::Info, 0usize); KINDS];
    for kind in ConflictKind::ALL {
        rank[kind_index(kind)] = (t.severity_of(kind), kind_index(kind));
    }
    let all: Vec<Conflict> = found
        .local
        .into_iter()
        .map(|(c, _, _)| c)
        .chain(found.constraints.into_iter().flat_map(|(_, cs)| cs))
        .chain(found.periods.into_iter().map(|p| p.conflict))
        .collect();
    let mut all = sorted_by(all, |a, b| {
        (rank[kind_index(a.kind)], &a.key).cmp(&(rank[kind_index(b.kind)], &b.key))
    });
    all.dedup_by(|a, b| a.key == b.key);
    let mut all: Vec<Conflict> = all.into_iter().map(in_english).collect();
    for c in &mut all {
        c.severity = rank[kind_index(c.kind)].0;
        if let Some(ack) = t.acknowledgements.get(&c.key) {
            c.acknowledged = true;
            c.reason = Some(ack.reason.clone());
        }
    }
    all
}

impl Engine {
    /// Full check of `t`.
    pub fn new(t: &Timetable) -> Engine {
        let tree = BodyTree::new(t);
        let found = detect(t, &tree);
        let n = t.sessions.len();
        let ids: Vec<SessionId> = t.sessions.keys().cloned().collect();
        let mut local: Vec<Vec<Key>> = vec![Vec::new(); n];
        let mut buckets: [Vec<(Key, Conflict)>; KINDS] = std::array::from_fn(|_| Vec::new());

        for (c, a, b) in found.local {
            let key: Key = Arc::from(c.key.as_str());
            for slot in std::iter::once(a).chain(b) {
                if let Some(keys) = local.get_mut(slot as usize) {
                    keys.push(key.clone());
                }
            }
            buckets[kind_index(c.kind)].push((key, c));
        }

        let mut constraints_of: IdHashMap<SessionId, Vec<ConstraintId>> = IdHashMap::default();
        for c in t.constraints.values() {
            let mut named: Vec<&SessionId> = c.rule.sessions();
            named.sort_unstable();
            named.dedup();
            for s in named {
                constraints_of
                    .entry(s.clone())
                    .or_default()
                    .push(c.id.clone());
            }
        }
        let mut by_constraint: IdHashMap<ConstraintId, Vec<Key>> = IdHashMap::default();
        for (id, cs) in found.constraints {
            let mut keys = Vec::with_capacity(cs.len());
            for c in cs {
                let key: Key = Arc::from(c.key.as_str());
                keys.push(key.clone());
                buckets[kind_index(c.kind)].push((key, c));
            }
            by_constraint.insert(id.clone(), keys);
        }

        let mut periods = BTreeMap::new();
        for p in found.periods {
            let key: Key = Arc::from(p.conflict.key.as_str());
            periods.insert(p.start, (p.end, key.clone()));
            buckets[kind_index(p.conflict.kind)].push((key, p.conflict));
        }

        let by_kind = buckets.map(|bucket| {
            let mut bucket = sorted_by(bucket, |a, b| a.0.cmp(&b.0));
            bucket.dedup_by(|a, b| a.0 == b.0);
            bucket.into_iter().collect()
        });

        let pending = found
            .placed
            .iter()
            .map(|p| (p.slot, p.start, p.end, !p.session.interpretation.is_empty()))
            .collect();

        Engine {
            by_kind,
            slots: IdHashMap::default(),
            ids,
            local,
            by_constraint,
            constraints_of,
            timeline: Timeline::default(),
            interpreted: Timeline::default(),
            periods,
            tree,
            journal: None,
            pending: Some(pending),
        }
    }

    /// Re-checks what `scope` can affect; `t` is the timetable after the edit. With
    /// [`Scope::Sessions`], the ids may include sessions that no longer exist.
    pub fn update(&mut self, t: &Timetable, scope: &Scope) -> Delta {
        match scope {
            Scope::Sessions(ids) if !Self::worth_rebuilding(t, ids) => self.update_sessions(t, ids),
            Scope::Sessions(_) | Scope::All => {
                let fresh = Engine::new(t);
                let delta = Self::diff(self, &fresh);
                *self = fresh;
                delta
            }
        }
    }

    /// Every conflict, sorted by severity (error first), kind, then key, with severity and
    /// acknowledgement from `t`.
    pub fn conflicts(&self, t: &Timetable) -> Vec<Conflict> {
        let mut kinds = ConflictKind::ALL;
        kinds.sort_by_key(|k| (t.severity_of(*k), *k));
        let mut out = Vec::with_capacity(self.by_kind.iter().map(BTreeMap::len).sum());
        for kind in kinds {
            let severity = t.severity_of(kind);
            out.extend(
                self.by_kind[kind_index(kind)]
                    .values()
                    .map(|c| Self::read_out(t, c, severity)),
            );
        }
        out
    }

    /// One conflict by key, with severity and acknowledgement from `t`.
    pub fn get(&self, t: &Timetable, key: &str) -> Option<Conflict> {
        let kind = kind_of_key(key)?;
        let c = self.by_kind[kind_index(kind)].get(key)?;
        Some(Self::read_out(t, c, t.severity_of(kind)))
    }

    /// Counts by severity, in O(kinds + acknowledgements) map lookups.
    pub fn summary(&self, t: &Timetable) -> ConflictSummary {
        let mut acknowledged = [0u32; KINDS];
        for key in t.acknowledgements.keys() {
            if let Some(kind) = kind_of_key(key)
                && self.by_kind[kind_index(kind)].contains_key(key.as_str())
            {
                acknowledged[kind_index(kind)] += 1;
            }
        }
        let mut summary = ConflictSummary::default();
        for kind in ConflictKind::ALL {
            let i = kind_index(kind);
            let open = u32::try_from(self.by_kind[i].len())
                .unwrap_or(u32::MAX)
                .saturating_sub(acknowledged[i]);
            match t.severity_of(kind) {
                Severity::Error => summary.errors += open,
                Severity::Warning => summary.warnings += open,
                Severity::Info => summary.infos += open,
            }
            summary.acknowledged += acknowledged[i];
        }
        summary
    }

    /// Keys of every current conflict of these kinds, sorted by kind then key.
    pub fn keys_of_kinds(&self, kinds: &BTreeSet<ConflictKind>) -> Vec<String> {
        kinds
            .iter()
            .flat_map(|k| self.by_kind[kind_index(*k)].keys().map(|k| k.to_string()))
            .collect()
    }

    fn read_out(t: &Timetable, c: &Conflict, severity: Severity) -> Conflict {
        let reason = t.acknowledgements.get(&c.key).map(|a| a.reason.clone());
        in_english(Conflict {
            severity,
            acknowledged: reason.is_some(),
            reason,
            ..c.clone()
        })
    }

    /// A scope touching a large share of the sessions is cheaper to check from scratch.
    fn worth_rebuilding(t: &Timetable, ids: &BTreeSet<SessionId>) -> bool {
        ids.len() >= 512 && ids.len() * 4 >= t.sessions.len()
    }

    // -----------------------------------------------------------------------------------
    // Storage

    fn store(&mut self, key: Key, c: Conflict) {
        let map = &mut self.by_kind[kind_index(c.kind)];
        if let Some(journal) = &mut self.journal
            && !journal.contains_key(&key)
        {
            journal.insert(key.clone(), map.get(&key).cloned());
        }
        map.insert(key, c);
    }

    fn unstore(&mut self, key: &Key) -> Option<Conflict> {
        let kind = kind_of_key(key)?;
        let old = self.by_kind[kind_index(kind)].remove(key)?;
        if let Some(journal) = &mut self.journal
            && !journal.contains_key(key)
        {
            journal.insert(key.clone(), Some(old.clone()));
        }
        Some(old)
    }

    /// The slot of `id`, giving it a new one if the engine has not seen it yet.
    fn slot(&mut self, id: &SessionId) -> Slot {
        if let Some(&slot) = self.slots.get(id) {
            return slot;
        }
        let slot = self.ids.len() as Slot;
        self.ids.push(id.clone());
        self.local.push(Vec::new());
        self.slots.insert(id.clone(), slot);
        slot
    }

    /// Stores a per-session or pairwise conflict and indexes it under its sessions' slots.
    fn insert_local(&mut self, c: Conflict, slots: impl IntoIterator<Item = Slot>) {
        let key: Key = Arc::from(c.key.as_str());
        for slot in slots {
            if let Some(keys) = self.local.get_mut(slot as usize)
                && !keys.contains(&key)
            {
                keys.push(key.clone());
            }
        }
        self.store(key, c);
    }

    fn remove_local(&mut self, key: &Key) {
        let Some(c) = self.unstore(key) else { return };
        for s in &c.sessions {
            if let Some(&slot) = self.slots.get(s)
                && let Some(keys) = self.local.get_mut(slot as usize)
            {
                keys.retain(|k| k != key);
            }
        }
    }

    // -----------------------------------------------------------------------------------
    // Incremental update

    /// Builds the indexes only updates need, once.
    fn build_update_indexes(&mut self) {
        let Some(pending) = self.pending.take() else {
            return;
        };
        self.slots = self
            .ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.clone(), i as Slot))
            .collect();
        let n = self.ids.len();
        self.timeline = Timeline::build(pending.iter().map(|&(slot, s, e, _)| (slot, s, e)), n);
        self.interpreted = Timeline::build(
            pending
                .iter()
                .filter(|p| p.3)
                .map(|&(slot, s, e, _)| (slot, s, e)),
            n,
        );
    }

    fn update_sessions(&mut self, t: &Timetable, ids: &BTreeSet<SessionId>) -> Delta {
        self.build_update_indexes();
        self.journal = Some(BTreeMap::new());

        // 1. Forget the touched sessions' own and pairwise conflicts and move them in time.
        let mut windows = Vec::new();
        let mut touched: Vec<(Slot, &Session, &Placement)> = Vec::new();
        for id in ids {
            let session = t.sessions.get(id);
            if session.is_none() && !self.slots.contains_key(id) {
                continue;
            }
            let slot = self.slot(id);
            for key in std::mem::take(&mut self.local[slot as usize]) {
                self.remove_local(&key);
            }
            self.timeline.remove(slot);
            if let Some(span) = self.interpreted.remove(slot) {
                windows.push(span);
            }
            if let Some(s) = session
                && let Some(pl) = &s.placement
            {
                let span = span_of(pl);
                self.timeline.insert(slot, span);
                if !s.interpretation.is_empty() {
                    self.interpreted.insert(slot, span);
                    windows.push(span);
                }
                touched.push((slot, s, pl));
            }
        }

        // 2. Their own conflicts and their pairs with whatever overlaps them now.
        let mut touched_slots: Vec<Slot> = touched.iter().map(|(slot, _, _)| *slot).collect();
        touched_slots.sort_unstable();
        let mut found: Vec<(Conflict, Slot, Option<Slot>)> = Vec::new();
        let mut out = Vec::new();
        let mut cal = Calendar::new(t);
        for &(slot, s, pl) in &touched {
            let (start, end) = span_of(pl);
            session_conflicts(&mut cal, s, pl, (start, end), &mut out);
            found.extend(out.drain(..).map(|c| (c, slot, None)));
            for (other, _, _) in self.timeline.overlapping(start, end) {
                // A pair of two touched sessions is checked once, from its smaller slot.
                if other == slot || (other < slot && touched_slots.binary_search(&other).is_ok()) {
                    continue;
                }
                let Some(o) = self
                    .ids
                    .get(other as usize)
                    .and_then(|id| t.sessions.get(id))
                else {
                    continue;
                };
                let Some(po) = &o.placement else { continue };
                pair_conflicts(t, &self.tree, (s, pl), (o, po), &mut out);
                found.extend(out.drain(..).map(|c| (c, slot, Some(other))));
            }
        }
        for (c, a, b) in found {
            self.insert_local(c, std::iter::once(a).chain(b));
        }

        // 3. Every constraint naming one of them.
        let constraints: BTreeSet<ConstraintId> = ids
            .iter()
            .filter_map(|id| self.constraints_of.get(id))
            .flatten()
            .cloned()
            .collect();
        for cid in constraints {
            for key in self.by_constraint.remove(&cid).unwrap_or_default() {
                self.unstore(&key);
            }
            if let Some(c) = t.constraints.get(&cid) {
                constraint_conflicts(t, c, &mut out);
                let mut keys = Vec::with_capacity(out.len());
                for c in out.drain(..) {
                    let key: Key = Arc::from(c.key.as_str());
                    keys.push(key.clone());
                    self.store(key, c);
                }
                if !keys.is_empty() {
                    self.by_constraint.insert(cid, keys);
                }
            }
        }

        // 4. Overbooked interpreter periods near their old and new times.
        if let Some(teams) = t.meeting.interpreter_teams
            && !windows.is_empty()
        {
            self.refresh_periods(t, teams, windows);
        }

        let journal = self.journal.take().unwrap_or_default();
        let mut delta = Delta::default();
        for (key, before) in journal {
            let now = kind_of_key(&key).and_then(|k| self.by_kind[kind_index(k)].get(&key));
            match (before, now) {
                (None, Some(_)) => delta.added.push(key.to_string()),
                (Some(b), Some(n)) if &b != n => delta.added.push(key.to_string()),
                (Some(_), None) => delta.removed.push(key.to_string()),
                _ => {}
            }
        }
        delta
    }

    /// Recomputes the overbooked periods within `windows` (spans whose interpreted sessions
    /// changed), after widening them to swallow every stored period they overlap or touch.
    ///
    /// Why that is exact: outside the windows, the count of running interpreted sessions is
    /// what it was, so stored periods that do not touch a window stay as they are; and a
    /// period now running across a window's edge would run, just outside the edge, where
    /// counts did not change, so a stored period would be there, touching the window, and
    /// would have been swallowed. So every period meeting a window lies inside it, and
    /// counting only inside the window (clipping sessions to it) finds it whole.
    fn refresh_periods(&mut self, t: &Timetable, teams: u32, mut windows: Vec<(Minute, Minute)>) {
        loop {
            windows = merged(windows);
            let mut swallowed = Vec::new();
            for &(ws, we) in &windows {
                for (&ps, &(pe, _)) in self.periods.range(..=we).rev() {
                    if pe < ws {
                        break;
                    }
                    swallowed.push(ps);
                }
            }
            if swallowed.is_empty() {
                break;
            }
            for ps in swallowed {
                if let Some((pe, key)) = self.periods.remove(&ps) {
                    self.unstore(&key);
                    windows.push((ps, pe));
                }
            }
        }
        let mut found: Vec<Period> = Vec::new();
        for &(ws, we) in &windows {
            let active: Vec<(&Session, Minute, Minute)> = self
                .interpreted
                .overlapping(ws, we)
                .filter_map(|(slot, s, e)| {
                    let session = t.sessions.get(self.ids.get(slot as usize)?)?;
                    Some((session, s.max(ws), e.min(we)))
                })
                .collect();
            overbooked_periods(teams, &active, &mut found);
        }
        for p in found {
            let key: Key = Arc::from(p.conflict.key.as_str());
            self.periods.insert(p.start, (p.end, key.clone()));
            self.store(key, p.conflict);
        }
    }

    /// What changed from `old` to `new`, kind by kind.
    fn diff(old: &Engine, new: &Engine) -> Delta {
        let mut delta = Delta::default();
        for (before, after) in old.by_kind.iter().zip(&new.by_kind) {
            for (key, c) in after {
                if before.get(key) != Some(c) {
                    delta.added.push(key.to_string());
                }
            }
            for key in before.keys() {
                if !after.contains_key(key) {
                    delta.removed.push(key.to_string());
                }
            }
        }
        delta.added.sort_unstable();
        delta.removed.sort_unstable();
        delta
    }
}

/// `items` stably sorted by `cmp`, moving each (large) item once: the sort itself shuffles
/// only indices.
fn sorted_by<T>(items: Vec<T>, cmp: impl Fn(&T, &T) -> std::cmp::Ordering) -> Vec<T> {
    let mut order: Vec<u32> = (0..items.len() as u32).collect();
    order.sort_by(|&a, &b| cmp(&items[a as usize], &items[b as usize]));
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|i| slots.get_mut(i as usize).and_then(Option::take))
        .collect()
}

/// Sorted, disjoint intervals covering `spans`; intervals that touch are joined.
fn merged(mut spans: Vec<(Minute, Minute)>) -> Vec<(Minute, Minute)> {
    spans.sort_unstable();
    let mut out: Vec<(Minute, Minute)> = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Acknowledgement, AnnexPlacement, Body, BodyId, BodyKind, Break, BreakId, BreakKind,
        Constraint, Day, DayKind, Hours, IdMap, Lang, Meeting, PersonId, Room, RoomId, Rule,
        SessionKind,
    };
    use crate::time::{Stamp, TimeOfDay};
    use chrono::NaiveDate;

    fn hm(text: &str) -> TimeOfDay {
        text.parse().expect("valid time")
    }

    fn at(text: &str) -> Stamp {
        text.parse().expect("valid stamp")
    }

    fn date(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2017, 9, day).expect("valid date")
    }

    /// 18-22 September 2017 are working days, 23 is a weekend day; 09:00-17:30; coffee
    /// 10:30-11:00 and lunch 12:30-14:00; rooms popov (10 seats, booths) and kvm; bodies
    /// SG12 > WP1 > Q4, Q5.
    fn meeting() -> Timetable {
        let mut t = Timetable {
            arrange_weights: Default::default(),
            meeting: Meeting {
                title: Default::default(),
                venue: "Geneva".into(),
                time_zone: "Europe/Zurich".into(),
                city: None,
                languages: vec![Lang::En],
                hours: Hours {
                    start: hm("09:00"),
                    end: hm("17:30"),
                },
                interpreter_teams: None,
                default_session_minutes: None,
                note_style: Default::default(),
            },
            days: (18..=23)
                .map(|d| Day {
                    date: date(d),
                    kind: if d == 23 {
                        DayKind::Weekend
                    } else {
                        DayKind::Working
                    },
                    hours: None,
                    note: None,
                })
                .collect(),
            slots: IdMap::default(),
            breaks: IdMap::default(),
            rooms: IdMap::default(),
            bodies: IdMap::default(),
            persons: IdMap::default(),
            sessions: IdMap::default(),
            constraints: IdMap::default(),
            severities: Default::default(),
            acknowledgements: Default::default(),
            revisions: Vec::new(),
            annex_notes: Vec::new(),
        };
        for (id, kind, start, end) in [
            ("coffee", BreakKind::Coffee, "10:30", "11:00"),
            ("lunch", BreakKind::Meal, "12:30", "14:00"),
        ] {
            t.breaks.insert(
                BreakId::from(id),
                Break {
                    id: BreakId::from(id),
                    name: [(Lang::En, id.to_owned())].into(),
                    kind,
                    start: hm(start),
                    end: hm(end),
                    day: None,
                },
            );
        }
        for (id, name, capacity, booths) in [
            ("popov", "Popov", Some(10), true),
            ("kvm", "KVM", None, false),
        ] {
            t.rooms.insert(
                RoomId::from(id),
                Room {
                    id: RoomId::from(id),
                    name: name.into(),
                    capacity,
                    interpretation: booths,
                },
            );
        }
        for (id, parent) in [
            ("sg12", None),
            ("wp1", Some("sg12")),
            ("q4", Some("wp1")),
            ("q5", Some("wp1")),
        ] {
            t.bodies.insert(
                BodyId::from(id),
                Body {
                    preferred_room: None,
                    id: BodyId::from(id),
                    short: id.to_uppercase(),
                    name: Default::default(),
                    kind: BodyKind::Other,
                    parent: parent.map(BodyId::from),
                    hours: Vec::new(),
                    parallel_with_parent: false,
                },
            );
        }
        for id in ["alice", "bob"] {
            t.persons.insert(
                PersonId::from(id),
                crate::model::Person {
                    id: PersonId::from(id),
                    name: id.to_uppercase(),
                    role: None,
                },
            );
        }
        t
    }

    /// Adds a session `id` titled like its id, in no room, from `start` to `end`.
    fn add<'t>(t: &'t mut Timetable, id: &str, start: &str, end: &str) -> &'t mut Session {
        let s = Session {
            pinned: false,
            windows: Vec::new(),
            preferred_room: None,
            id: SessionId::from(id),
            title: [(Lang::En, id.to_uppercase())].into(),
            kind: SessionKind::Question,
            bodies: vec![],
            room: None,
            persons: vec![],
            placement: Some(Placement {
                start: at(start),
                end: at(end),
            }),
            tentative: false,
            exclusive: false,
            interpretation: vec![],
            attendance: None,
            annex: AnnexPlacement::Cell,
            annex_label: Default::default(),
            annex_note: Default::default(),
            timing: Default::default(),
            minutes: None,
            annex_mark: None,
        };
        t.sessions.insert(s.id.clone(), s);
        t.sessions
            .get_mut(&SessionId::from(id))
            .expect("just added")
    }

    fn keys(t: &Timetable) -> Vec<String> {
        let mut k: Vec<String> = check(t).into_iter().map(|c| c.key).collect();
        k.sort();
        k
    }

    fn ids(list: &[&str]) -> BTreeSet<SessionId> {
        list.iter().map(|s| SessionId::from(*s)).collect()
    }

    #[test]
    fn kind_index_follows_the_order_of_all_kinds() {
        for (i, kind) in ConflictKind::ALL.into_iter().enumerate() {
            assert_eq!(
                kind_index(kind),
                i,
                "{kind:?} is stored at its place in ALL"
            );
        }
    }

    #[test]
    fn touching_sessions_in_one_room_do_not_clash() {
        let mut t = meeting();
        add(&mut t, "a", "2017-09-19T09:00", "2017-09-19T10:00").room = Some("kvm".into());
        add(&mut t, "b", "2017-09-19T10:00", "2017-09-19T10:30").room = Some("kvm".into());
        assert!(
            keys(&t).is_empty(),
            "half-open intervals that touch do not overlap"
        );
    }

    #[test]
    fn overlapping_sessions_in_one_room_report_one_room_clash_per_pair() {
        let mut t = meeting();
        add(&mut t, "q5", "2017-09-20T09:00", "2017-09-20T10:30").room = Some("popov".into());
        add(&mut t, "q4", "2017-09-20T09:30", "2017-09-20T12:30").room = Some("popov".into());
        let found = check(&t);
        assert_eq!(found.len(), 1, "{found:?}");
        let c = &found[0];
        assert_eq!(
            c.key, "roomClash:q4+q5@popov",
            "ids sorted, room as subject"
        );
        assert_eq!(
            c.sessions,
            vec![SessionId::from("q4"), SessionId::from("q5")]
        );
        assert_eq!(c.rooms, vec![RoomId::from("popov")]);
        assert_eq!(
            c.message,
            "“Q4” and “Q5” both use room Popov on Wed 20 Sep 09:30–10:30"
        );
    }

    #[test]
    fn move_into_occupied_room_reports_room_clash() {
        let mut t = meeting();
        add(&mut t, "a", "2017-09-19T09:00", "2017-09-19T10:00").room = Some("kvm".into());
        add(&mut t, "b", "2017-09-19T15:00", "2017-09-19T16:00").room = Some("kvm".into());
        let mut engine = Engine::new(&t);
        assert!(engine.conflicts(&t).is_empty());
        let b = t.sessions.get_mut(&SessionId::from("b")).expect("b");
        b.placement = Some(Placement {
            start: at("2017-09-19T09:30"),
            end: at("2017-09-19T10:30"),
        });
        let delta = engine.update(&t, &Scope::Sessions(ids(&["b"])));
        assert_eq!(delta.added, vec!["roomClash:a+b@kvm".to_owned()]);
        assert!(delta.removed.is_empty());
        assert_eq!(engine.conflicts(&t), check(&t));
    }

    #[test]
    fn moving_away_removes_the_clash_and_deleting_removes_everything_of_a_session() {
        let mut t = meeting();
        add(&mut t, "a", "2017-09-19T09:00", "2017-09-19T10:00").room = Some("kvm".into());
        add(&mut t, "b", "2017-09-19T09:30", "2017-09-19T13:00").room = Some("kvm".into());
        let mut engine = Engine::new(&t);
        assert_eq!(
            engine.keys_of_kinds(&ConflictKind::ALL.into_iter().collect()),
            vec!["roomClash:a+b@kvm", "breakOverlap:b@lunch"],
            "sorted by kind, then key"
        );
        t.sessions.shift_remove(&SessionId::from("b"));
        let delta = engine.update(&t, &Scope::Sessions(ids(&["b"])));
        assert_eq!(
            delta.removed,
            vec!["breakOverlap:b@lunch", "roomClash:a+b@kvm"]
        );
        assert!(engine.conflicts(&t).is_empty());
    }

    #[test]
    fn person_clash_lists_every_shared_person_in_one_conflict_per_pair() {
        let mut t = meeting();
        let a = add(&mut t, "a", "2017-09-19T09:00", "2017-09-19T10:00");
        a.persons = vec!["alice".into(), "bob".into(), "alice".into()];
        add(&mut t, "b", "2017-09-19T09:30", "2017-09-19T10:00").persons =
            vec!["bob".into(), "alice".into()];
        let found = check(&t);
        assert_eq!(found.len(), 1, "one per pair, not per person: {found:?}");
        assert_eq!(found[0].key, "personClash:a+b");
        assert_eq!(
            found[0].persons,
            vec![PersonId::from("alice"), PersonId::from("bob")]
        );
        assert_eq!(
            found[0].message,
            "ALICE, BOB are in both “A” and “B” on Tue 19 Sep 09:30–10:00"
        );
    }

    #[test]
    fn working_party_and_its_question_clash_but_sibling_questions_do_not() {
        let mut t = meeting();
        add(&mut t, "wp", "2017-09-19T09:00", "2017-09-19T10:00").bodies = vec!["wp1".into()];
        add(&mut t, "q4", "2017-09-19T09:00", "2017-09-19T10:00").bodies = vec!["q4".into()];
        add(&mut t, "q5", "2017-09-19T09:00", "2017-09-19T10:00").bodies = vec!["q5".into()];
        assert_eq!(keys(&t), vec!["bodyClash:q4+wp", "bodyClash:q5+wp"]);
        let c = check(&t).remove(0);
        assert_eq!(c.bodies, vec![BodyId::from("q4"), BodyId::from("wp1")]);
        assert_eq!(
            c.message,
            "“Q4” and “WP” overlap on Tue 19 Sep 09:00–10:00, but WP1 contains Q4"
        );
    }

    #[test]
    fn study_group_plenary_clashes_with_a_grandchild_and_same_body_clashes() {
        let mut t = meeting();
        add(&mut t, "pl", "2017-09-19T09:00", "2017-09-19T10:00").bodies = vec!["sg12".into()];
        add(&mut t, "q4", "2017-09-19T09:30", "2017-09-19T10:30").bodies = vec!["q4".into()];
        add(&mut t, "q4b", "2017-09-19T10:00", "2017-09-19T10:30").bodies = vec!["q4".into()];
        assert_eq!(keys(&t), vec!["bodyClash:pl+q4", "bodyClash:q4+q4b"]);
    }

    #[test]
    fn anything_beside_an_exclusive_session_is_reported_besides_other_kinds() {
        let mut t = meeting();
        let pl = add(&mut t, "pl", "2017-09-19T09:00", "2017-09-19T10:00");
        pl.exclusive = true;
        pl.room = Some("kvm".into());
        add(&mut t, "x", "2017-09-19T09:30", "2017-09-19T10:00").room = Some("kvm".into());
        assert_eq!(
            keys(&t),
            vec!["exclusiveOverlap:pl+x", "roomClash:pl+x@kvm"]
        );
        let c = check(&t);
        let ex = c.iter().find(|c| c.kind == ConflictKind::ExclusiveOverlap);
        assert_eq!(
            ex.map(|c| c.message.as_str()),
            Some("“X” runs beside the exclusive “PL” on Tue 19 Sep 09:30–10:00")
        );
    }

    #[test]
    fn coffee_break_spanned_whole_is_fine_even_from_its_edges() {
        let mut t = meeting();
        add(&mut t, "a", "2017-09-19T09:00", "2017-09-19T12:30");
        add(&mut t, "b", "2017-09-20T10:30", "2017-09-20T12:00");
        add(&mut t, "c", "2017-09-21T09:00", "2017-09-21T11:00");
        assert!(keys(&t).is_empty(), "{:?}", keys(&t));
    }

    #[test]
    fn starting_ending_or_lying_inside_a_coffee_break_conflicts() {
        let mut t = meeting();
        add(&mut t, "ends", "2017-09-19T09:00", "2017-09-19T10:45");
        add(&mut t, "starts", "2017-09-20T10:45", "2017-09-20T12:00");
        add(&mut t, "within", "2017-09-21T10:30", "2017-09-21T11:00");
        assert_eq!(
            keys(&t),
            vec![
                "breakOverlap:ends@coffee",
                "breakOverlap:starts@coffee",
                "breakOverlap:within@coffee"
            ]
        );
        let c = check(&t).remove(0);
        assert_eq!(c.breaks, vec![BreakId::from("coffee")]);
        assert_eq!(
            c.message,
            "“ENDS” (Tue 19 Sep 09:00–10:45) starts or ends inside the break “coffee” (10:30–11:00)"
        );
    }

    #[test]
    fn a_break_is_named_in_the_language_the_conflict_is_written_in() {
        let mut t = meeting();
        let lunch = t.breaks.get_mut(&BreakId::from("lunch")).expect("lunch");
        lunch.name.insert(Lang::Fr, "Déjeuner".into());
        add(&mut t, "brief", "2017-09-20T13:00", "2017-09-20T14:00");
        let c = check(&t).remove(0);
        assert!(c.message.contains("the break “lunch”"), "{}", c.message);
        let french = c.words.text(Lang::Fr);
        assert!(
            french.contains("Déjeuner") && !french.contains("lunch"),
            "{french}"
        );
    }

    #[test]
    fn lunch_overlap_is_a_conflict_but_touching_lunch_is_not() {
        let mut t = meeting();
        add(&mut t, "touch", "2017-09-19T11:00", "2017-09-19T12:30");
        add(&mut t, "brief", "2017-09-20T13:00", "2017-09-20T14:00");
        assert_eq!(keys(&t), vec!["breakOverlap:brief@lunch"]);
    }

    #[test]
    fn a_day_with_its_own_breaks_uses_only_those() {
        let mut t = meeting();
        t.breaks.insert(
            BreakId::from("ceremony"),
            Break {
                id: BreakId::from("ceremony"),
                name: Default::default(),
                kind: BreakKind::Other,
                start: hm("14:00"),
                end: hm("15:00"),
                day: Some(date(19)),
            },
        );
        add(&mut t, "a", "2017-09-19T12:00", "2017-09-19T14:30");
        assert_eq!(
            keys(&t),
            vec!["breakOverlap:a@ceremony"],
            "no lunch on that day"
        );
    }

    #[test]
    fn session_over_midnight_is_checked_on_both_dates() {
        let mut t = meeting();
        add(&mut t, "night", "2017-09-19T16:00", "2017-09-20T13:00");
        assert_eq!(
            keys(&t),
            vec!["breakOverlap:night@lunch", "outsideDayHours:night"],
            "runs past 17:30 on the 19th and over the 20th's lunch; spans both coffees"
        );
    }

    #[test]
    fn weekend_session_reports_non_working_day_not_hours_or_breaks() {
        let mut t = meeting();
        add(&mut t, "sat", "2017-09-23T07:00", "2017-09-23T13:00");
        assert_eq!(keys(&t), vec!["nonWorkingDay:sat"]);
        assert_eq!(
            check(&t)[0].message,
            "“SAT” (Sat 23 Sep 07:00–13:00) is on Sat 23 Sep, a weekend day"
        );
    }

    #[test]
    fn session_before_the_first_day_is_outside_meeting_dates_not_outside_hours() {
        let mut t = meeting();
        add(&mut t, "mgmt", "2017-09-17T18:00", "2017-09-17T19:00");
        assert_eq!(keys(&t), vec!["outsideMeetingDates:mgmt"]);
        t.days.clear();
        assert!(
            keys(&t).is_empty(),
            "a meeting without days has no dates to be outside of"
        );
    }

    #[test]
    fn early_start_is_outside_the_day_hours_and_a_day_may_have_its_own_hours() {
        let mut t = meeting();
        add(&mut t, "early", "2017-09-19T08:30", "2017-09-19T10:00");
        assert_eq!(keys(&t), vec!["outsideDayHours:early"]);
        t.days[1].hours = Some(Hours {
            start: hm("08:00"),
            end: hm("24:00"),
        });
        assert!(keys(&t).is_empty(), "the 19th opens at 08:00");
    }

    #[test]
    fn capacity_and_interpretation_need_a_known_room() {
        let mut t = meeting();
        let big = add(&mut t, "big", "2017-09-19T09:00", "2017-09-19T10:00");
        big.room = Some("popov".into());
        big.attendance = Some(11);
        big.interpretation = vec![Lang::Fr];
        let kvm = add(&mut t, "kvm", "2017-09-20T09:00", "2017-09-20T10:00");
        kvm.room = Some("kvm".into());
        kvm.attendance = Some(500);
        kvm.interpretation = vec![Lang::Fr, Lang::Ar];
        let none = add(&mut t, "none", "2017-09-21T09:00", "2017-09-21T10:00");
        none.interpretation = vec![Lang::Fr];
        assert_eq!(
            keys(&t),
            vec![
                "capacityExceeded:big@popov",
                "interpretationUnavailable:kvm@kvm"
            ],
            "kvm's capacity is unknown; a session without a room needs nothing"
        );
        let c = check(&t);
        let unavailable = c
            .iter()
            .find(|c| c.kind == ConflictKind::InterpretationUnavailable);
        assert_eq!(
            unavailable.map(|c| c.message.as_str()),
            Some("“KVM” needs interpretation (fr, ar) but room KVM has no interpretation booths")
        );
    }

    fn interpreted(t: &mut Timetable, id: &str, start: &str, end: &str) {
        add(t, id, start, end).interpretation = vec![Lang::Fr];
    }

    #[test]
    fn interpreters_overbooked_reports_one_conflict_per_peak_listing_its_sessions() {
        let mut t = meeting();
        t.meeting.interpreter_teams = Some(1);
        interpreted(&mut t, "a", "2017-09-19T09:00", "2017-09-19T10:00");
        interpreted(&mut t, "b", "2017-09-19T09:30", "2017-09-19T11:00");
        interpreted(&mut t, "c", "2017-09-19T10:30", "2017-09-19T12:00");
        interpreted(&mut t, "d", "2017-09-19T15:00", "2017-09-19T16:00");
        interpreted(&mut t, "e", "2017-09-19T15:00", "2017-09-19T15:30");
        let found: Vec<Conflict> = check(&t)
            .into_iter()
            .filter(|c| c.kind == ConflictKind::InterpretersOverbooked)
            .collect();
        let keys: Vec<&str> = found.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(
            keys,
            vec![
                "interpretersOverbooked:a+b",
                "interpretersOverbooked:b+c",
                "interpretersOverbooked:d+e"
            ],
            "09:30-10:00 and 10:30-11:00 are two peaks (one session between them)"
        );
        assert_eq!(
            found[0].message,
            "up to 2 interpreted sessions run at once on Tue 19 Sep 09:30–10:00, but there is \
             only 1 interpreter team: “A”, “B”"
        );
    }

    #[test]
    fn a_peak_that_grows_to_touch_another_merges_with_it() {
        let mut t = meeting();
        t.meeting.interpreter_teams = Some(1);
        interpreted(&mut t, "a", "2017-09-19T09:00", "2017-09-19T10:00");
        interpreted(&mut t, "b", "2017-09-19T09:00", "2017-09-19T10:00");
        interpreted(&mut t, "c", "2017-09-19T11:00", "2017-09-19T12:00");
        let mut engine = Engine::new(&t);
        assert_eq!(
            engine.keys_of_kinds(&[ConflictKind::InterpretersOverbooked].into()),
            vec!["interpretersOverbooked:a+b"]
        );
        // `d` runs from the end of the peak to `c`'s end: one peak 09:00-12:00 now.
        interpreted(&mut t, "d", "2017-09-19T10:00", "2017-09-19T12:00");
        interpreted(&mut t, "e", "2017-09-19T10:00", "2017-09-19T11:00");
        let delta = engine.update(&t, &Scope::Sessions(ids(&["d", "e"])));
        assert_eq!(
            engine.keys_of_kinds(&[ConflictKind::InterpretersOverbooked].into()),
            vec!["interpretersOverbooked:a+b+c+d+e"]
        );
        assert!(
            delta
                .removed
                .contains(&"interpretersOverbooked:a+b".to_owned())
        );
        assert_eq!(engine.conflicts(&t), check(&t));
    }

    fn constrain(t: &mut Timetable, id: &str, rule: Rule) {
        t.constraints.insert(
            ConstraintId::from(id),
            Constraint {
                id: ConstraintId::from(id),
                rule,
                note: None,
            },
        );
    }

    #[test]
    fn before_constraint_reports_each_violating_pair() {
        let mut t = meeting();
        add(&mut t, "wp3", "2017-09-21T09:00", "2017-09-21T10:00");
        add(&mut t, "wp2", "2017-09-21T10:00", "2017-09-21T11:00");
        add(&mut t, "plen", "2017-09-21T09:30", "2017-09-21T12:00");
        constrain(
            &mut t,
            "closing",
            Rule::Before {
                earlier: vec!["wp3".into(), "wp2".into()],
                later: vec!["plen".into()],
            },
        );
        assert_eq!(
            keys(&t),
            vec![
                "orderViolation:plen+wp2@closing",
                "orderViolation:plen+wp3@closing"
            ]
        );
        let c = check(&t);
        assert_eq!(c[1].constraints, vec![ConstraintId::from("closing")]);
        assert_eq!(
            c[1].message,
            "“WP3” must end before “PLEN” starts, but it ends at Thu 21 Sep 10:00 and “PLEN” \
             starts at Thu 21 Sep 09:30"
        );
    }

    #[test]
    fn in_sequence_skips_unscheduled_sessions_and_compares_the_next_placed_one() {
        let mut t = meeting();
        add(&mut t, "a", "2017-09-21T09:00", "2017-09-21T10:00");
        add(&mut t, "b", "2017-09-21T10:00", "2017-09-21T11:00").placement = None;
        add(&mut t, "c", "2017-09-21T09:30", "2017-09-21T10:30");
        constrain(
            &mut t,
            "seq",
            Rule::InSequence {
                sessions: vec!["a".into(), "b".into(), "c".into()],
            },
        );
        assert_eq!(keys(&t), vec!["orderViolation:a+c@seq"]);
        let mut engine = Engine::new(&t);
        let c = t.sessions.get_mut(&SessionId::from("c")).expect("c");
        c.placement = Some(Placement {
            start: at("2017-09-21T10:00"),
            end: at("2017-09-21T11:00"),
        });
        let delta = engine.update(&t, &Scope::Sessions(ids(&["c"])));
        assert_eq!(delta.removed, vec!["orderViolation:a+c@seq"]);
        assert!(engine.conflicts(&t).is_empty());
    }

    #[test]
    fn fixed_time_is_satisfied_when_unscheduled_and_broken_when_moved() {
        let mut t = meeting();
        add(&mut t, "f", "2017-09-21T09:00", "2017-09-21T10:00").placement = None;
        constrain(
            &mut t,
            "fix",
            Rule::FixedTime {
                session: "f".into(),
                placement: Placement {
                    start: at("2017-09-21T09:00"),
                    end: at("2017-09-21T10:00"),
                },
            },
        );
        assert!(keys(&t).is_empty());
        t.sessions
            .get_mut(&SessionId::from("f"))
            .expect("f")
            .placement = Some(Placement {
            start: at("2017-09-21T09:30"),
            end: at("2017-09-21T10:30"),
        });
        assert_eq!(keys(&t), vec!["orderViolation:f@fix"]);
    }

    #[test]
    fn no_overlap_reports_each_overlapping_pair() {
        let mut t = meeting();
        add(&mut t, "a", "2017-09-21T09:00", "2017-09-21T10:00");
        add(&mut t, "b", "2017-09-21T09:30", "2017-09-21T10:30");
        add(&mut t, "c", "2017-09-21T10:00", "2017-09-21T10:15");
        constrain(
            &mut t,
            "apart",
            Rule::NoOverlap {
                sessions: vec!["a".into(), "b".into(), "c".into()],
            },
        );
        assert_eq!(
            keys(&t),
            vec!["orderViolation:a+b@apart", "orderViolation:b+c@apart"]
        );
    }

    #[test]
    fn title_change_updates_the_messages_of_its_conflicts() {
        let mut t = meeting();
        add(&mut t, "a", "2017-09-19T09:00", "2017-09-19T10:00").room = Some("kvm".into());
        add(&mut t, "b", "2017-09-19T09:30", "2017-09-19T10:30").room = Some("kvm".into());
        let mut engine = Engine::new(&t);
        t.sessions.get_mut(&SessionId::from("a")).expect("a").title =
            [(Lang::En, "Renamed".to_owned())].into();
        let delta = engine.update(&t, &Scope::Sessions(ids(&["a"])));
        assert_eq!(
            delta.added,
            vec!["roomClash:a+b@kvm"],
            "same key, new message"
        );
        assert!(delta.removed.is_empty());
        let c = engine.get(&t, "roomClash:a+b@kvm").expect("still there");
        assert!(c.message.starts_with("“Renamed” and “B”"), "{}", c.message);
    }

    #[test]
    fn unrelated_edit_reports_an_empty_delta() {
        let mut t = meeting();
        add(&mut t, "a", "2017-09-19T09:00", "2017-09-19T10:00").room = Some("kvm".into());
        add(&mut t, "b", "2017-09-19T09:30", "2017-09-19T10:30").room = Some("kvm".into());
        add(&mut t, "c", "2017-09-20T09:30", "2017-09-20T10:30");
        let mut engine = Engine::new(&t);
        t.sessions.get_mut(&SessionId::from("c")).expect("c").title =
            [(Lang::En, "Other".to_owned())].into();
        assert_eq!(
            engine.update(&t, &Scope::Sessions(ids(&["c", "gone"]))),
            Delta::default()
        );
        assert_eq!(engine.update(&t, &Scope::All), Delta::default());
    }

    #[test]
    fn severity_and_acknowledgement_come_from_the_timetable_and_summary_counts_them() {
        let mut t = meeting();
        add(&mut t, "a", "2017-09-19T09:00", "2017-09-19T10:00").room = Some("kvm".into());
        add(&mut t, "b", "2017-09-19T09:30", "2017-09-19T10:30").room = Some("kvm".into());
        add(&mut t, "c", "2017-09-20T13:00", "2017-09-20T14:00");
        add(&mut t, "d", "2017-09-17T18:00", "2017-09-17T19:00");
        let engine = Engine::new(&t);
        let s = engine.summary(&t);
        assert_eq!(
            (s.errors, s.warnings, s.infos, s.acknowledged),
            (1, 1, 1, 0)
        );
        t.acknowledgements.insert(
            "breakOverlap:c@lunch".into(),
            Acknowledgement {
                key: "breakOverlap:c@lunch".into(),
                reason: "briefing over lunch, on purpose".into(),
            },
        );
        t.acknowledgements.insert(
            "roomClash:x+y@kvm".into(),
            Acknowledgement {
                key: "roomClash:x+y@kvm".into(),
                reason: "a conflict that no longer exists".into(),
            },
        );
        t.severities.insert(ConflictKind::RoomClash, Severity::Info);
        let s = engine.summary(&t);
        assert_eq!(
            (s.errors, s.warnings, s.infos, s.acknowledged),
            (0, 0, 2, 1)
        );
        assert_eq!(s, ConflictSummary::of(&engine.conflicts(&t)));
        let order: Vec<String> = engine.conflicts(&t).into_iter().map(|c| c.key).collect();
        assert_eq!(
            order,
            vec![
                "breakOverlap:c@lunch",
                "roomClash:a+b@kvm",
                "outsideMeetingDates:d"
            ],
            "warning first, then infos by kind"
        );
        let c = engine.get(&t, "breakOverlap:c@lunch").expect("present");
        assert!(c.acknowledged);
        assert_eq!(c.reason.as_deref(), Some("briefing over lunch, on purpose"));
    }
}
