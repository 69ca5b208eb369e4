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
//! | bodyClash | two overlapping sessions where a body of one is a body of the other or an ancestor of it; siblings do not clash | pair | `bodyClash:a+b` |
//! | exclusiveOverlap | a session overlaps an exclusive one | pair | `exclusiveOverlap:a+b` |
//! | breakOverlap | a session runs over a break in force on a date it covers ([`Timetable::breaks_on`]): any overlap of a meal or other break; for a coffee break, starting or ending strictly inside it or lying within it (spanning it whole is fine) | session and break | `breakOverlap:s@break` |
//! | outsideDayHours | on a working day of the meeting it covers, the session starts before or ends after that day's hours | session | `outsideDayHours:s` |
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
//! sorting plus the conflicts found, never all pairs. Each candidate pair is then checked
//! for every pairwise kind at once. Per-session kinds, constraints and interpreter periods
//! are checked directly.
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

use crate::editor::ConflictSummary;
use crate::model::{
    BodyId, ConflictKind, ConstraintId, PersonId, Placement, RoomId, Session, SessionId, Severity,
    Timetable,
};

use super::Conflict;
use super::rules::{
    BodyTree, Calendar, FxMap, Minute, Period, constraint_conflicts, kind_of_key,
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
    /// Every session the engine has seen, by id.
    slots: FxMap<SessionId, Slot>,
    /// Ids by slot.
    ids: Vec<SessionId>,
    /// Keys of the per-session and pairwise conflicts of each slot.
    local: Vec<Vec<Key>>,
    /// Keys of the conflicts of each constraint.
    by_constraint: FxMap<ConstraintId, Vec<Key>>,
    /// Constraints naming each session.
    constraints_of: FxMap<SessionId, Vec<ConstraintId>>,
    /// Every scheduled session.
    timeline: Timeline,
    /// Every scheduled session that needs interpretation.
    interpreted: Timeline,
    /// Overbooked periods: start -> (end, key). Disjoint, so also ordered by end.
    periods: BTreeMap<Minute, (Minute, Key)>,
    tree: BodyTree,
    /// During an update: the value before the update of every key touched.
    journal: Option<BTreeMap<Key, Option<Conflict>>>,
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
    let placed: Vec<Placed<'t>> = t
        .sessions
        .values()
        .enumerate()
        .filter_map(|(i, s)| {
            let pl = s.placement.as_ref()?;
            let (start, end) = span_of(pl);
            Some(Placed {
                slot: i as Slot,
                start,
                end,
                session: s,
                placement: pl,
            })
        })
        .collect();
    // `placed` stays in document order, which is memory order: walking it in time order
    // would jump around memory for every session. Only the groups are sorted by time.

    let mut local = Vec::new();
    let mut out = Vec::new();
    let mut cal = Calendar::new(t);
    for p in &placed {
        session_conflicts(&mut cal, p.session, p.placement, (p.start, p.end), &mut out);
        local.extend(out.drain(..).map(|c| (c, p.slot, None)));
    }
    for (i, j) in candidate_pairs(&placed, tree) {
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
    let mut all: Vec<Conflict> = found
        .local
        .into_iter()
        .map(|(c, _, _)| c)
        .chain(found.constraints.into_iter().flat_map(|(_, cs)| cs))
        .chain(found.periods.into_iter().map(|p| p.conflict))
        .collect();
    all.sort_by(|a, b| (rank[kind_index(a.kind)], &a.key).cmp(&(rank[kind_index(b.kind)], &b.key)));
    all.dedup_by(|a, b| a.key == b.key);
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
        let slots: FxMap<SessionId, Slot> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.clone(), i as Slot))
            .collect();
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

        let mut constraints_of: FxMap<SessionId, Vec<ConstraintId>> = FxMap::default();
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
        let mut by_constraint: FxMap<ConstraintId, Vec<Key>> = FxMap::default();
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

        let by_kind = buckets.map(|mut bucket| {
            bucket.sort_by(|a, b| a.0.cmp(&b.0));
            bucket.dedup_by(|a, b| a.0 == b.0);
            bucket.into_iter().collect()
        });

        let timeline = Timeline::build(found.placed.iter().map(|p| (p.slot, p.start, p.end)), n);
        let interpreted = Timeline::build(
            found
                .placed
                .iter()
                .filter(|p| !p.session.interpretation.is_empty())
                .map(|p| (p.slot, p.start, p.end)),
            n,
        );

        Engine {
            by_kind,
            slots,
            ids,
            local,
            by_constraint,
            constraints_of,
            timeline,
            interpreted,
            periods,
            tree,
            journal: None,
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
        Conflict {
            severity,
            acknowledged: reason.is_some(),
            reason,
            ..c.clone()
        }
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

    fn update_sessions(&mut self, t: &Timetable, ids: &BTreeSet<SessionId>) -> Delta {
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

/// Every pair of positions in `placed` that may be a room, person, body or exclusive
/// clash: overlapping, and sharing a room, a person, a related body, or one of them
/// exclusive. Sorted and without repeats; each pair `(i, j)` has `i < j`.
fn candidate_pairs(placed: &[Placed<'_>], tree: &BodyTree) -> Vec<(u32, u32)> {
    let mut rooms: FxMap<&RoomId, Vec<(u32, bool)>> = FxMap::default();
    let mut persons: FxMap<&PersonId, Vec<(u32, bool)>> = FxMap::default();
    // Bodies by number; a body the tree does not know (validation forbids it) gets a number
    // past the tree's.
    let mut bodies: Vec<Vec<(u32, bool)>> = vec![Vec::new(); tree.len()];
    let mut unknown: FxMap<&BodyId, u32> = FxMap::default();
    let mut everyone: Vec<(u32, bool)> = Vec::new();
    let any_exclusive = placed.iter().any(|p| p.session.exclusive);
    let mut own: Vec<(u32, bool)> = Vec::new();

    for (i, p) in placed.iter().enumerate() {
        let i = i as u32;
        let s = p.session;
        if let Some(r) = &s.room {
            rooms.entry(r).or_default().push((i, true));
        }
        for (k, person) in s.persons.iter().enumerate() {
            if !s.persons[..k].contains(person) {
                persons.entry(person).or_default().push((i, true));
            }
        }
        own.clear();
        for b in &s.bodies {
            let n = match tree.number(b) {
                Some(n) => n,
                None => {
                    let next = (tree.len() + unknown.len()) as u32;
                    *unknown.entry(b).or_insert(next)
                }
            };
            match own.iter_mut().find(|(x, _)| *x == n) {
                Some(entry) => entry.1 = true,
                None => own.push((n, true)),
            }
            for &a in tree.ancestor_numbers(n) {
                if !own.iter().any(|(x, _)| *x == a) {
                    own.push((a, false));
                }
            }
        }
        for &(n, direct) in &own {
            let n = n as usize;
            if bodies.len() <= n {
                bodies.resize(n + 1, Vec::new());
            }
            bodies[n].push((i, direct));
        }
        if any_exclusive {
            everyone.push((i, s.exclusive));
        }
    }

    let mut pairs = Vec::new();
    let groups = rooms
        .into_values()
        .chain(persons.into_values())
        .chain(bodies)
        .chain(std::iter::once(everyone));
    for mut group in groups {
        group.sort_unstable_by_key(|&(i, _)| (placed[i as usize].start, i));
        sweep(&group, placed, &mut pairs);
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Pushes every overlapping pair of `group` (positions in `placed`, sorted by start) in
/// which at least one member is direct, as `(smaller, larger)`. Sessions still running are kept in two lists (all, direct),
/// each pruned only when about to be paired with, so the work is the group's size plus the
/// pairs found.
fn sweep(group: &[(u32, bool)], placed: &[Placed<'_>], pairs: &mut Vec<(u32, u32)>) {
    let end = |j: u32| placed[j as usize].end;
    let mut running: Vec<u32> = Vec::new();
    let mut running_direct: Vec<u32> = Vec::new();
    for &(i, direct) in group {
        let start = placed[i as usize].start;
        running_direct.retain(|&j| end(j) > start);
        if direct {
            running.retain(|&j| end(j) > start);
            pairs.extend(running.iter().map(|&j| (j.min(i), j.max(i))));
            running_direct.push(i);
        } else {
            pairs.extend(running_direct.iter().map(|&j| (j.min(i), j.max(i))));
        }
        running.push(i);
    }
}
