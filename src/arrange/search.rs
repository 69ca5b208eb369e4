//! The search: a greedy start (hardest sessions first, each at its best place by the
//! occupancy estimate, kept only when the engine agrees it lowers the score), then late
//! acceptance hill climbing (Burke and Bykov) over three kinds of move: relocate one
//! session to the best of a few sampled places, swap the places of two sessions, and kick
//! the sessions out of a place to put another there and re-place them. Every move is one
//! engine update; a rejected move is undone and updated back.

use std::collections::{BTreeSet, HashMap};

use super::prefer::Prefer;
use super::problem::{
    CHANGED, HARD, NO_ROOM, NOT_PREFERRED, Occupancy, Pos, Problem, SPREAD, UNPLACED, mask,
};
use super::score::Book;
use super::{Options, Phase, Progress, Watch};
use crate::conflict::{Engine, Scope};
use crate::generate::SplitMix64 as Rng;
use crate::model::{ConflictKind, SessionId, Timetable};

/// How many earlier scores late acceptance compares with.
const HISTORY: usize = 64;
/// Moves without a gain after which a repair with nothing left clashing ends (a repair
/// should be quick and change little: what is left is soft).
const REPAIR_STALL: u64 = 500;
/// The same, from scratch.
const SCRATCH_STALL: u64 = 2_000;
/// Places sampled for one relocation.
const SAMPLES: usize = 24;

pub(super) struct State<'p> {
    p: &'p Problem,
    t: Timetable,
    engine: Engine,
    book: Book,
    occ: Occupancy,
    prefer: Prefer,
    pos: Vec<Option<Pos>>,
    /// (body, room) -> sessions in scope of the body in the room; and rooms per body.
    body_rooms: HashMap<(u16, u16), u32>,
    body_spread: HashMap<u16, u32>,
    prefs: i64,
    rng: Rng,
    room_hard: bool,
    best: (i64, Vec<Option<Pos>>),
    /// The hard conflicts and unplaced sessions of the best state, for progress.
    best_counts: (u32, u32),
    /// Whether in the best state every session in scope is placed and in no hard conflict
    /// (any hard conflict left involves only sessions the search may not move).
    best_settled: bool,
}

impl<'p> State<'p> {
    pub(super) fn new(t: &Timetable, p: &'p Problem) -> State<'p> {
        let mut t = t.clone();
        // Variables start where the mode says (from scratch: unscheduled).
        for v in &p.vars {
            let s = &mut t.sessions[v.index];
            match v.initial.and_then(|pos| p.placement_of(idx(p, v), pos)) {
                Some((pl, room)) => {
                    s.placement = Some(pl);
                    if room.is_some() {
                        s.room = room;
                    }
                }
                None => s.placement = None,
            }
        }
        let engine = Engine::new(&t);
        let book = Book::new(&engine, &t, p.weights);
        let mut occ = Occupancy::new(p.resources, p.days.len());
        let mut prefer = Prefer::new(p);
        let mut prefs = 0;
        // Everything placed on a day in scope occupies its resources and counts in the
        // day-level preferences.
        for (i, s) in t.sessions.values().enumerate() {
            if p.var_of[i].is_some() {
                continue;
            }
            let Some(pl) = s.placement else { continue };
            let Some(day) = p.days.iter().position(|d| d.date == pl.start.date()) else {
                continue;
            };
            let start = pl.start.time().minutes() as i32;
            let len = pl.minutes().max(1);
            occ.add(&p.uses[i].occupies, day as u16, start, len);
            if let Some(r) = s.room.as_ref().and_then(|r| t.rooms.get_index_of(r)) {
                occ.add(&[r as u32], day as u16, start, len);
            }
            prefs += prefer.change(p, i, day as u16, start, len, true);
        }
        let room_hard = p.weights[ConflictKind::RoomClash as usize].is_hard();
        let mut state = State {
            p,
            t,
            engine,
            book,
            occ,
            prefer,
            pos: vec![None; p.vars.len()],
            body_rooms: HashMap::new(),
            body_spread: HashMap::new(),
            prefs,
            rng: Rng::new(0),
            room_hard,
            best: (i64::MAX, Vec::new()),
            best_counts: (0, 0),
            best_settled: false,
        };
        for v in 0..p.vars.len() {
            state.prefs += UNPLACED;
            let initial = p.vars[v].initial;
            if initial.is_some() {
                state.place(v, initial);
            }
        }
        state
    }

    pub(super) fn score(&self) -> i64 {
        self.book.cost + self.prefs
    }

    /// The preference cost of `v` at `pos` (its conflicts are the engine's).
    fn pref(&self, v: usize, pos: Option<Pos>) -> i64 {
        let var = &self.p.vars[v];
        let Some(pos) = pos else { return UNPLACED };
        let mut c = 0;
        if var.reference.is_some_and(|r| r != pos) {
            c += CHANGED;
        }
        if var.preferred.is_some_and(|r| r != pos.room) {
            c += NOT_PREFERRED;
        }
        c
    }

    /// Sets `v` to `pos` in the timetable, the occupancy and the preferences (not the
    /// engine).
    fn place(&mut self, v: usize, pos: Option<Pos>) {
        let p = self.p;
        let var = &p.vars[v];
        if let Some(old) = self.pos[v] {
            self.occupy(v, old, false);
            self.prefs += self
                .prefer
                .change(p, var.index, old.day, old.start, var.len, false);
            for &b in &var.bodies {
                self.body_room(b, old.room, false);
            }
        }
        self.prefs += self.pref(v, pos) - self.pref(v, self.pos[v]);
        self.pos[v] = pos;
        let s = &mut self.t.sessions[var.index];
        match pos.and_then(|pos| p.placement_of(v, pos).map(|x| (pos, x))) {
            Some((pos, (pl, room))) => {
                s.placement = Some(pl);
                if room.is_some() {
                    s.room = room;
                }
                self.occupy(v, pos, true);
                self.prefs += self
                    .prefer
                    .change(p, var.index, pos.day, pos.start, var.len, true);
                for &b in &var.bodies {
                    self.body_room(b, pos.room, true);
                }
            }
            None => s.placement = None,
        }
    }

    /// Adds `v` at `pos` to the occupancy estimate (its resources and its room), or takes
    /// it out.
    fn occupy(&mut self, v: usize, pos: Pos, add: bool) {
        let var = &self.p.vars[v];
        let room = [u32::from(pos.room)];
        let rooms: &[u32] = if pos.room == NO_ROOM { &[] } else { &room };
        for resources in [&self.p.uses[var.index].occupies[..], rooms] {
            if add {
                self.occ.add(resources, pos.day, pos.start, var.len);
            } else {
                self.occ.remove(resources, pos.day, pos.start, var.len);
            }
        }
    }

    fn body_room(&mut self, body: u16, room: u16, add: bool) {
        if room == NO_ROOM {
            return;
        }
        let n = self.body_rooms.entry((body, room)).or_insert(0);
        let spread = self.body_spread.entry(body).or_insert(0);
        if add {
            if *n == 0 {
                if *spread >= 1 {
                    self.prefs += SPREAD;
                }
                *spread += 1;
            }
            *n += 1;
        } else {
            *n -= 1;
            if *n == 0 {
                *spread -= 1;
                if *spread >= 1 {
                    self.prefs -= SPREAD;
                }
            }
        }
    }

    /// Applies `moves`, updates the engine, and answers the new score and what to undo.
    fn try_moves(&mut self, moves: &[(usize, Option<Pos>)]) -> (i64, Vec<(usize, Option<Pos>)>) {
        let mut undo = Vec::with_capacity(moves.len());
        let mut ids = BTreeSet::new();
        for &(v, pos) in moves {
            undo.push((v, self.pos[v]));
            self.place(v, pos);
            ids.insert(self.p.vars[v].id.clone());
        }
        self.update(ids);
        undo.reverse();
        (self.score(), undo)
    }

    fn update(&mut self, ids: BTreeSet<SessionId>) {
        let delta = self.engine.update(&self.t, &Scope::Sessions(ids));
        self.book.apply(&delta, &self.engine, &self.t);
    }

    fn undo(&mut self, undo: Vec<(usize, Option<Pos>)>) {
        let mut ids = BTreeSet::new();
        for (v, pos) in undo {
            self.place(v, pos);
            ids.insert(self.p.vars[v].id.clone());
        }
        self.update(ids);
    }

    /// The estimated cost of `v` at `pos` (its own occupancy taken out by the caller).
    fn estimate(&self, v: usize, day: u16, start: i32, start_cost: i64) -> (i64, [u64; 5]) {
        let p = self.p;
        let var = &p.vars[v];
        let m = mask(start, var.len);
        let busy = p.uses[var.index]
            .checks
            .iter()
            .filter(|&&r| self.occ.busy(r, day, &m))
            .count() as i64;
        let own = self.pos[v].map(|o| (o.day, o.start));
        let prefer = self.prefer.estimate(p, var.index, own, day, start, var.len);
        (busy * HARD + start_cost + prefer, m)
    }

    fn room_estimate(&self, v: usize, day: u16, m: &[u64; 5], room: u16, room_cost: i64) -> i64 {
        let var = &self.p.vars[v];
        let mut c = room_cost;
        if room != NO_ROOM && self.room_hard && self.occ.busy(u32::from(room), day, m) {
            c += HARD;
        }
        if var.preferred.is_some_and(|r| r != room) {
            c += NOT_PREFERRED;
        }
        for &b in &var.bodies {
            if self.body_spread.get(&b).copied().unwrap_or(0) > 0
                && self.body_rooms.get(&(b, room)).copied().unwrap_or(0) == 0
            {
                c += SPREAD;
            }
        }
        c
    }

    /// The best places of `v` by the estimate (its own occupancy taken out), best first:
    /// every place, or `samples` random ones.
    fn best_places(&mut self, v: usize, samples: Option<usize>, keep: usize) -> Vec<(i64, Pos)> {
        let p = self.p;
        let var = &p.vars[v];
        let rooms = p.room_choices(v);
        let total: usize = var.starts.iter().map(Vec::len).sum();
        if rooms.is_empty() || total == 0 {
            return Vec::new();
        }
        // The candidates: (day, index of the start on that day, index of the room), every
        // one in order or `n` drawn at random.
        let candidates: Vec<(usize, usize, Option<usize>)> = match samples {
            None => var
                .starts
                .iter()
                .enumerate()
                .flat_map(|(d, starts)| (0..starts.len()).map(move |k| (d, k, None)))
                .collect(),
            Some(n) => (0..n)
                .map(|_| {
                    let mut k = self.rng.below(total);
                    let mut d = 0;
                    while k >= var.starts[d].len() {
                        k -= var.starts[d].len();
                        d += 1;
                    }
                    (d, k, Some(self.rng.below(rooms.len())))
                })
                .collect(),
        };
        let own = self.pos[v];
        if let Some(old) = own {
            self.occupy(v, old, false);
        }
        let mut top: Vec<(i64, Pos)> = Vec::with_capacity(keep + 1);
        for (d, k, room) in candidates {
            let (start, sc) = var.starts[d][k];
            let (tc, m) = self.estimate(v, d as u16, start, sc);
            if top.len() == keep && top.last().is_some_and(|l| l.0 <= tc) {
                continue;
            }
            let choices = match room {
                Some(r) => &rooms[r..=r],
                None => &rooms[..],
            };
            for &(room, rc) in choices {
                let pos = Pos {
                    day: d as u16,
                    start,
                    room,
                };
                let cost = tc
                    + self.room_estimate(v, d as u16, &m, room, rc)
                    + if var.reference.is_some_and(|r| r != pos) {
                        CHANGED
                    } else {
                        0
                    };
                if top.len() == keep && top.last().is_some_and(|l| l.0 <= cost) {
                    continue;
                }
                let at = top.partition_point(|x| x.0 <= cost);
                top.insert(at, (cost, pos));
                top.truncate(keep);
            }
        }
        if let Some(old) = own {
            self.occupy(v, old, true);
        }
        top
    }

    /// Whether every session in scope is placed and in no hard conflict: what hard cost is
    /// left involves only sessions the search may not move, so no move can lower it.
    fn settled(&self) -> bool {
        self.p
            .vars
            .iter()
            .zip(&self.pos)
            .all(|(var, pos)| pos.is_some() && self.book.hard[var.index] == 0)
    }

    /// The hard conflicts and unplaced sessions now.
    fn counts(&self) -> (u32, u32) {
        let unplaced = self.pos.iter().filter(|x| x.is_none()).count() as u32;
        (self.book.hard_total, unplaced)
    }

    fn progress(&self, phase: Phase, evaluated: u64, budget: u64) -> Progress {
        let (best_score, (hard_conflicts, unplaced)) = match phase {
            Phase::Greedy => (self.score(), self.counts()),
            Phase::Search => (self.best.0, self.best_counts),
        };
        Progress {
            phase,
            evaluated,
            budget,
            best_score,
            hard_conflicts,
            unplaced,
            in_scope: self.p.vars.len() as u32,
        }
    }

    /// Places each unplaced variable, hardest first, at the best place the engine accepts
    /// (a lower score); answers the score it reaches. A stop leaves the rest unplaced.
    pub(super) fn greedy(&mut self, watch: &Watch) -> i64 {
        let p = self.p;
        let mut order: Vec<usize> = (0..p.vars.len())
            .filter(|&v| self.pos[v].is_none())
            .collect();
        let places = |v: usize| p.vars[v].starts.iter().map(Vec::len).sum::<usize>();
        order.sort_by_key(|&v| {
            let var = &p.vars[v];
            (
                places(v),
                std::cmp::Reverse(p.uses[var.index].checks.len()),
                std::cmp::Reverse(var.len),
                v,
            )
        });
        for (k, v) in order.into_iter().enumerate() {
            if k % 64 == 63 {
                if watch.stopped() {
                    break;
                }
                watch.tell(&self.progress(Phase::Greedy, 0, 0));
            }
            let before = self.score();
            for (est, pos) in self.best_places(v, None, 3) {
                if est >= HARD {
                    break;
                }
                let (after, undo) = self.try_moves(&[(v, Some(pos))]);
                if after < before {
                    break;
                }
                self.undo(undo);
            }
        }
        self.score()
    }

    fn troubled(&self) -> Vec<usize> {
        (0..self.p.vars.len())
            .filter(|&v| self.pos[v].is_none() || self.book.trouble[self.p.vars[v].index] > 0)
            .collect()
    }

    /// Late acceptance local search until the budget is spent, nothing is left to gain,
    /// nothing improved for long, or the client's watch stops it. Answers the moves
    /// evaluated and whether the watch ended it.
    pub(super) fn improve(&mut self, options: &Options) -> (u64, bool) {
        let watch = &options.watch;
        self.rng = Rng::new(options.seed);
        let n = self.p.vars.len();
        let mut current = self.score();
        self.best = (current, self.pos.clone());
        self.best_counts = self.counts();
        self.best_settled = self.settled();
        watch.tell(&self.progress(Phase::Search, 0, options.budget));
        if watch.stopped() {
            return (0, true);
        }
        if n == 0 {
            return (0, false);
        }
        let mut history = [current; HISTORY];
        // Once nothing in scope clashes and nothing is left out, only soft costs can still
        // be lowered (a hard conflict among pinned or out-of-scope sessions stays whatever
        // moves): a repair stops after five hundred moves without a gain, from scratch
        // after two thousand.
        let settle = if matches!(options.mode, super::ArrangeMode::Repair { .. }) {
            REPAIR_STALL
        } else {
            SCRATCH_STALL
        };
        // Otherwise the search gives up after this many moves without a gain: in
        // proportion to the sessions in scope, between a floor for small problems (a day's
        // few sessions settle in a few thousand moves) and 20,000.
        let n64 = n as u64;
        let stall = (60 * n64).max((2_000 + 200 * n64).min(20_000));
        let (mut evaluated, mut last_gain, mut step) = (0u64, 0u64, 0usize);
        // Proposals that find nothing to move cost no evaluation; these bound them, so a
        // state where no move is possible ends the search instead of looping.
        let (mut last_gain_step, step_limit) = (0usize, options.budget.saturating_mul(4));
        let mut troubled = self.troubled();
        while evaluated < options.budget {
            if self.best.0 == 0
                || (self.best_settled && evaluated - last_gain > settle)
                || evaluated - last_gain > stall
                || (step - last_gain_step) as u64 > 4 * stall
                || step as u64 > step_limit
            {
                break;
            }
            if step % 64 == 0 {
                if watch.stopped() {
                    self.restore_best();
                    return (evaluated, true);
                }
                watch.tell(&self.progress(Phase::Search, evaluated, options.budget));
                troubled = self.troubled();
                // Nothing in scope in trouble: what conflicts cost is the fixed sessions'
                // (pinned or out of scope), only preferences are left, and the state is the
                // best one seen.
                if troubled.is_empty() && current == self.best.0 {
                    break;
                }
            }
            let v = if !troubled.is_empty() && self.rng.chance(80) {
                troubled[self.rng.below(troubled.len())]
            } else {
                self.rng.below(n)
            };
            let moves = self.propose(v);
            step += 1;
            if moves.is_empty() {
                continue;
            }
            let (after, undo) = self.try_moves(&moves);
            evaluated += 1;
            let slot = step % HISTORY;
            if after <= current || after <= history[slot] {
                current = after;
            } else {
                self.undo(undo);
            }
            history[slot] = current;
            if current < self.best.0 {
                self.best = (current, self.pos.clone());
                self.best_counts = self.counts();
                self.best_settled = self.settled();
                last_gain = evaluated;
                last_gain_step = step;
            }
        }
        self.restore_best();
        (evaluated, false)
    }

    fn propose(&mut self, v: usize) -> Vec<(usize, Option<Pos>)> {
        let kind = self.rng.below(100);
        if kind < 55 {
            if self.pos[v].is_some()
                && self.book.hard[self.p.vars[v].index] > 0
                && self.rng.chance(5)
            {
                return vec![(v, None)];
            }
            match self.best_places(v, Some(SAMPLES), 1).first() {
                Some(&(_, pos)) if Some(pos) != self.pos[v] => vec![(v, Some(pos))],
                _ => Vec::new(),
            }
        } else if kind < 80 {
            let w = self.rng.below(self.p.vars.len());
            if w == v || self.pos[v] == self.pos[w] {
                return Vec::new();
            }
            let (a, b) = (
                self.pos[w].and_then(|x| self.fit(v, x)),
                self.pos[v].and_then(|x| self.fit(w, x)),
            );
            if self.pos[w].is_some() && a.is_none() || self.pos[v].is_some() && b.is_none() {
                return Vec::new();
            }
            vec![(v, a), (w, b)]
        } else {
            self.kick(v)
        }
    }

    /// `pos` for `v`, when `v` may start there on that day in that room.
    fn fit(&self, v: usize, pos: Pos) -> Option<Pos> {
        let var = &self.p.vars[v];
        let starts = var.starts.get(pos.day as usize)?;
        starts.binary_search_by_key(&pos.start, |x| x.0).ok()?;
        if pos.room != NO_ROOM
            && var
                .rooms
                .get(pos.room as usize)
                .copied()
                .flatten()
                .is_none()
        {
            return None;
        }
        Some(pos)
    }

    /// Puts `v` at a sampled place whatever the room holds, taking out the sessions in
    /// scope that overlap it there, and re-places each of them at its best place.
    fn kick(&mut self, v: usize) -> Vec<(usize, Option<Pos>)> {
        let Some(&(_, pos)) = self.best_places(v, Some(SAMPLES / 2), 1).first() else {
            return Vec::new();
        };
        let len = self.p.vars[v].len;
        let (s0, e0) = (i64::from(pos.start), i64::from(pos.start) + len);
        let out: Vec<usize> = (0..self.p.vars.len())
            .filter(|&w| w != v)
            .filter(|&w| {
                self.pos[w].is_some_and(|x| {
                    x.day == pos.day
                        && x.room == pos.room
                        && i64::from(x.start) < e0
                        && s0 < i64::from(x.start) + self.p.vars[w].len
                })
            })
            .take(3)
            .collect();
        let mut moves = vec![(v, Some(pos))];
        // Re-place the kicked sessions in the state with `v` in their place.
        let saved: Vec<(usize, Option<Pos>)> = std::iter::once((v, self.pos[v]))
            .chain(out.iter().map(|&w| (w, self.pos[w])))
            .collect();
        self.place(v, Some(pos));
        for &w in &out {
            self.place(w, None);
        }
        for &w in &out {
            let to = self
                .best_places(w, Some(SAMPLES), 1)
                .first()
                .filter(|x| x.0 < HARD)
                .map(|x| x.1);
            self.place(w, to);
            moves.push((w, to));
        }
        for (w, at) in saved.into_iter().rev() {
            self.place(w, at);
        }
        moves
    }

    fn restore_best(&mut self) {
        let best = std::mem::take(&mut self.best.1);
        if best.len() != self.pos.len() {
            return;
        }
        let mut ids = BTreeSet::new();
        for (v, pos) in best.into_iter().enumerate() {
            if self.pos[v] != pos {
                self.place(v, pos);
                ids.insert(self.p.vars[v].id.clone());
            }
        }
        if !ids.is_empty() {
            self.update(ids);
        }
    }

    /// The arranged timetable: each session in scope at its place, an unscheduled one
    /// keeping its length and the room it had in `original` (a place tried on the way
    /// leaves no trace).
    pub(super) fn finish(mut self, original: &Timetable) -> Timetable {
        for (v, var) in self.p.vars.iter().enumerate() {
            let s = &mut self.t.sessions[var.index];
            if self.pos[v].is_none() {
                s.placement = None;
                s.room.clone_from(&original.sessions[var.index].room);
                s.minutes = Some(u32::try_from(var.len).unwrap_or(u32::MAX));
            } else {
                s.minutes = None;
            }
        }
        self.t
    }
}

fn idx(p: &Problem, v: &super::problem::Var) -> usize {
    p.var_of[v.index].unwrap_or(0)
}
