//! Inputs no arrangement can satisfy, answered before any search: more session-hours than
//! room-hours, a cycle of order constraints, pinned sessions that clash with each other.

use std::collections::{BTreeMap, BTreeSet};

use super::problem::Problem;
use crate::model::{Rule, SessionId, Timetable};
use crate::translations::session_name;

/// Why an arrangement was refused at once.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Infeasible {
    /// There is no day to place sessions on.
    #[error("nothing can be arranged: {0}")]
    NoDays(String),
    /// The sessions need more hours than the rooms have.
    #[error(
        "the sessions need {needed} room-hours but the rooms have {available} \
         ({rooms} rooms over {days} working days): add rooms or days, or leave sessions out"
    )]
    TooFewRoomHours {
        /// Hours the sessions need.
        needed: u64,
        /// Hours the rooms have.
        available: u64,
        /// Rooms.
        rooms: usize,
        /// Working days.
        days: usize,
    },
    /// Order constraints that ask each of these sessions to come before the next, and the
    /// last before the first.
    #[error("the order constraints go round in a circle: {0}; no order can satisfy them")]
    OrderCycle(String),
    /// Pinned sessions with a hard conflict between them.
    #[error("pinned sessions clash, and arranging never moves them: {0}")]
    PinnedClash(String),
    /// Repair from a revision the document does not have.
    #[error("{0}")]
    UnknownRevision(String),
}

pub(super) fn check(t: &Timetable, p: &Problem) -> Result<(), Infeasible> {
    room_hours(t, p)?;
    order_cycle(t)?;
    pinned_clash(t)
}

fn room_hours(t: &Timetable, p: &Problem) -> Result<(), Infeasible> {
    if t.rooms.is_empty() {
        return Ok(());
    }
    let dates: BTreeSet<_> = p.days.iter().map(|d| d.date).collect();
    let available: i64 = dates
        .iter()
        .map(|d| {
            let h = t.hours_on(*d);
            i64::from(h.end.minutes()) - i64::from(h.start.minutes())
        })
        .sum::<i64>()
        * t.rooms.len() as i64;
    let moving: i64 = p.vars.iter().map(|v| v.len).sum();
    let staying: i64 = t
        .sessions
        .values()
        .enumerate()
        .filter(|(i, _)| p.var_of[*i].is_none())
        .filter_map(|(_, s)| s.placement)
        .filter(|pl| dates.contains(&pl.start.date()))
        .map(|pl| pl.minutes())
        .sum();
    let needed = moving + staying;
    if needed > available {
        return Err(Infeasible::TooFewRoomHours {
            needed: (needed as u64).div_ceil(60),
            available: available as u64 / 60,
            rooms: t.rooms.len(),
            days: dates.len(),
        });
    }
    Ok(())
}

fn order_cycle(t: &Timetable) -> Result<(), Infeasible> {
    let mut next: BTreeMap<&SessionId, BTreeSet<&SessionId>> = BTreeMap::new();
    for c in t.constraints.values() {
        match &c.rule {
            Rule::Before { earlier, later } => {
                for a in earlier {
                    for b in later {
                        next.entry(a).or_default().insert(b);
                    }
                }
            }
            Rule::InSequence { sessions } => {
                for w in sessions.windows(2) {
                    next.entry(&w[0]).or_default().insert(&w[1]);
                }
            }
            _ => {}
        }
    }
    // Depth-first search with colours: a grey node met again closes a cycle.
    let mut colour: BTreeMap<&SessionId, u8> = BTreeMap::new();
    for &start in next.keys() {
        if colour.contains_key(start) {
            continue;
        }
        let mut stack: Vec<(&SessionId, Vec<&SessionId>)> = vec![(
            start,
            next.get(start).into_iter().flatten().copied().collect(),
        )];
        colour.insert(start, 1);
        while let Some((node, todo)) = stack.last_mut() {
            let node = *node;
            match todo.pop() {
                Some(n) => match colour.get(n) {
                    Some(1) => {
                        let at = stack.iter().position(|(x, _)| *x == n).unwrap_or(0);
                        let names: Vec<String> = stack[at..]
                            .iter()
                            .map(|(x, _)| name(t, x))
                            .chain(std::iter::once(name(t, n)))
                            .collect();
                        return Err(Infeasible::OrderCycle(names.join(" before ")));
                    }
                    Some(_) => {}
                    None => {
                        colour.insert(n, 1);
                        stack.push((n, next.get(n).into_iter().flatten().copied().collect()));
                    }
                },
                None => {
                    colour.insert(node, 2);
                    stack.pop();
                }
            }
        }
    }
    Ok(())
}

fn pinned_clash(t: &Timetable) -> Result<(), Infeasible> {
    let pinned: BTreeSet<&SessionId> = t
        .sessions
        .values()
        .filter(|s| s.pinned)
        .map(|s| &s.id)
        .collect();
    if pinned.len() < 2 {
        return Ok(());
    }
    let mut only_pinned = t.clone();
    only_pinned.sessions.retain(|id, _| pinned.contains(id));
    only_pinned
        .constraints
        .retain(|_, c| c.rule.sessions().iter().all(|s| pinned.contains(s)));
    let clash = crate::conflict::check(&only_pinned)
        .into_iter()
        .find(|c| !c.acknowledged && c.sessions.len() > 1 && t.arrange_weight_of(c.kind).is_hard());
    match clash {
        Some(c) => Err(Infeasible::PinnedClash(c.message)),
        None => Ok(()),
    }
}

fn name(t: &Timetable, id: &SessionId) -> String {
    t.sessions
        .get(id)
        .map_or_else(|| id.to_string(), |s| session_name(t, s))
}
