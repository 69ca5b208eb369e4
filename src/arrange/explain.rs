//! The answer: what was placed and moved, and for every session left unscheduled or in a
//! hard conflict, why in plain words, the rules that block it and the smallest relaxation
//! that would let it fit (one rule that alone blocks some of its places).
//!
//! The counts of conflicts come from the engine's full check of the result, so the answer
//! agrees with what `plenary check` says of the arranged file.

use std::collections::BTreeMap;

use super::problem::{NO_ROOM, Occupancy, Problem, Resource, mask, stamp};
use super::{Left, Report};
use crate::messages::{Arg, Message};
use crate::model::Timetable;
use crate::translations::session_title;

pub(super) fn report(
    p: &Problem,
    original: &Timetable,
    t: &Timetable,
    greedy_score: i64,
    evaluated: u64,
    stopped: bool,
) -> Report {
    let conflicts = crate::conflict::check(t);
    let open: Vec<_> = conflicts.iter().filter(|c| !c.acknowledged).collect();
    let hard: Vec<_> = open
        .iter()
        .filter(|c| t.arrange_weight_of(c.kind).is_hard())
        .collect();
    let soft_conflicts = (open.len() - hard.len()) as u32;
    // The hard conflicts no session in scope takes part in: nothing this arrangement may
    // move can remove them (their sessions are pinned or outside the scope).
    let movable: std::collections::HashSet<&crate::model::SessionId> =
        p.vars.iter().map(|v| &v.id).collect();
    let out_of_reach: Vec<_> = hard
        .iter()
        .filter(|c| !c.sessions.iter().any(|s| movable.contains(s)))
        .collect();
    let out_of_reach_words = out_of_reach.iter().map(|c| c.words.clone()).collect();
    let out_of_reach = out_of_reach.iter().map(|c| c.message.clone()).collect();
    let occ = occupancy(p, t);
    let mut left = Vec::new();
    let mut placed = 0;
    let mut score = 0i64;
    for c in &open {
        score += match t.arrange_weight_of(c.kind) {
            crate::model::ArrangeWeight::Hard => super::problem::HARD,
            crate::model::ArrangeWeight::Soft(w) => i64::from(w),
        };
    }
    for (v, var) in p.vars.iter().enumerate() {
        let s = &t.sessions[var.index];
        let name = session_title(t, s);
        let mine: Vec<_> = hard.iter().filter(|c| c.sessions.contains(&s.id)).collect();
        if s.placement.is_some() {
            placed += 1;
            if mine.is_empty() {
                continue;
            }
        } else {
            score += super::problem::UNPLACED;
        }
        let scan = scan(p, &occ, t, v);
        let words = if s.placement.is_none() {
            scan.why(&name)
        } else {
            let conflicts: Vec<Message> = mine.iter().map(|c| c.words.clone()).collect();
            Message::new("arrange-left-in-conflict")
                .with("session", name.clone())
                .with("conflicts", one_after_another(conflicts))
        };
        // A conflict is named by its key, which is no sentence: it stays as it is.
        let mut rule_words: Vec<Message> = mine
            .iter()
            .map(|c| Message::new("arrange-name").with("name", &c.key))
            .collect();
        rule_words.extend(scan.rules());
        let relaxation_words = scan.relaxation();
        left.push(Left {
            session: s.id.clone(),
            unplaced: s.placement.is_none(),
            reason: words.to_string(),
            rules: rule_words.iter().map(Message::to_string).collect(),
            relaxation: relaxation_words.as_ref().map(Message::to_string),
            words,
            rule_words,
            relaxation_words,
        });
    }
    let moved = p
        .vars
        .iter()
        .filter(|v| {
            let (was, now) = (&original.sessions[v.index], &t.sessions[v.index]);
            was.placement != now.placement || (now.placement.is_some() && was.room != now.room)
        })
        .map(|v| v.id.clone())
        .collect();
    Report {
        in_scope: p.vars.len() as u32,
        placed,
        moved,
        left,
        hard_conflicts: hard.len() as u32,
        out_of_reach,
        out_of_reach_words,
        soft_conflicts,
        score,
        greedy_score,
        evaluated,
        stopped,
    }
}

fn occupancy(p: &Problem, t: &Timetable) -> Occupancy {
    let mut occ = Occupancy::new(p.resources, p.days.len());
    for (i, s) in t.sessions.values().enumerate() {
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
    }
    occ
}

/// What blocks a session's places.
struct Scan {
    places: usize,
    free: usize,
    /// Per resource: places it blocks, places it alone blocks, the first of those.
    blockers: BTreeMap<u32, (usize, usize, Option<Message>)>,
    names: Vec<Resource>,
}

fn scan(p: &Problem, occ: &Occupancy, t: &Timetable, v: usize) -> Scan {
    let var = &p.vars[v];
    let s = &t.sessions[var.index];
    let mut out = Scan {
        places: 0,
        free: 0,
        blockers: BTreeMap::new(),
        names: p.resource_names.clone(),
    };
    let own = s.placement.and_then(|pl| {
        let day = p.days.iter().position(|d| d.date == pl.start.date())?;
        Some((day as u16, pl.start.time().minutes() as i32))
    });
    let own_room = s
        .room
        .as_ref()
        .and_then(|r| t.rooms.get_index_of(r))
        .map(|r| r as u32);
    let rooms = p.room_choices(v);
    for (d, starts) in var.starts.iter().enumerate() {
        for &(start, _) in starts {
            let m = mask(start, var.len);
            // Its own place counts as free of itself: compare with the cells it uses.
            let mine = own.filter(|o| o.0 == d as u16).map(|o| mask(o.1, var.len));
            let overlaps_self = mine.is_some_and(|x| x.iter().zip(&m).any(|(a, b)| a & b != 0));
            let time: Vec<u32> = p.uses[var.index]
                .checks
                .iter()
                .copied()
                .filter(|&r| occ.busy(r, d as u16, &m))
                .filter(|&r| !(overlaps_self && p.uses[var.index].occupies.contains(&r)))
                .collect();
            for &(room, _) in &rooms {
                out.places += 1;
                let mut blocking = time.clone();
                if room != NO_ROOM
                    && occ.busy(u32::from(room), d as u16, &m)
                    && !(overlaps_self && own_room == Some(u32::from(room)))
                {
                    blocking.push(u32::from(room));
                }
                if blocking.is_empty() {
                    out.free += 1;
                    continue;
                }
                let alone = blocking.len() == 1;
                for r in blocking {
                    let e = out.blockers.entry(r).or_insert((0, 0, None));
                    e.0 += 1;
                    if alone {
                        e.1 += 1;
                        if e.2.is_none() {
                            let room_name = p
                                .rooms
                                .get(room as usize)
                                .and_then(|id| t.rooms.get(id))
                                .map(|r| r.name.clone());
                            e.2 = stamp(p.days[d].date, start).map(|st| match room_name {
                                Some(room) => Message::new("arrange-place-in")
                                    .with("when", st)
                                    .with("room", room),
                                None => Message::new("arrange-place").with("when", st),
                            });
                        }
                    }
                }
            }
        }
    }
    out
}

impl Scan {
    fn top(&self) -> Vec<(u32, usize)> {
        let mut v: Vec<(u32, usize)> = self.blockers.iter().map(|(r, e)| (*r, e.0)).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v
    }

    fn why(&self, name: &Arg) -> Message {
        if self.places == 0 {
            return Message::new("arrange-no-place").with("session", name.clone());
        }
        if self.free > 0 {
            return Message::new("arrange-fits-but-breaks")
                .with("session", name.clone())
                .with("free", self.free)
                .with("places", self.places);
        }
        let parts: Vec<Arg> = self
            .top()
            .into_iter()
            .take(3)
            .map(|(r, n)| {
                Message::new("arrange-blocks")
                    .with("n", n)
                    .with("what", self.what(r))
                    .into()
            })
            .collect();
        Message::new("arrange-no-free-place")
            .with("session", name.clone())
            .with("places", self.places)
            .with("blockers", Arg::List(parts))
    }

    /// What the resource `r` does that blocks a place ("room Red taken").
    fn what(&self, r: u32) -> Message {
        match &self.names[r as usize] {
            Resource::Room(room) => Message::new("arrange-room-taken").with("room", room),
            Resource::Person(person) => Message::new("arrange-person-busy").with("person", person),
            Resource::Body(body) => Message::new("arrange-body-meeting").with("body", body),
            Resource::BodyAbove(body) => {
                Message::new("arrange-body-above-meeting").with("body", body)
            }
            Resource::BesideExclusive => Message::new("arrange-beside-exclusive"),
            Resource::Exclusive => Message::new("arrange-exclusive-meeting"),
        }
    }

    fn rules(&self) -> Vec<Message> {
        self.top()
            .into_iter()
            .take(5)
            .map(|(r, n)| {
                Message::new("arrange-rule-places")
                    .with("what", self.what(r))
                    .with("n", n)
            })
            .collect()
    }

    fn relaxation(&self) -> Option<Message> {
        let (r, (_, alone, first)) = self
            .blockers
            .iter()
            .filter(|(_, e)| e.1 > 0)
            .max_by(|a, b| a.1.1.cmp(&b.1.1).then(b.0.cmp(a.0)))?;
        let relaxation = Message::new("arrange-relaxation")
            .with("what", self.what(*r))
            .with("n", *alone);
        Some(match first {
            Some(first) => relaxation.with("first", first.clone()),
            None => relaxation.with("first", ""),
        })
    }
}

/// Messages one after another ("A; B; C"), as messages inside messages.
fn one_after_another(mut items: Vec<Message>) -> Message {
    let Some(mut out) = items.pop() else {
        return Message::new("arrange-name").with("name", "");
    };
    while let Some(item) = items.pop() {
        out = Message::new("arrange-one-after-another")
            .with("first", item)
            .with("rest", out);
    }
    out
}
