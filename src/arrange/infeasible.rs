//! Inputs no arrangement can satisfy, answered before any search: more session-hours than
//! room-hours, a cycle of order constraints, pinned sessions that clash with each other.

use std::collections::{BTreeMap, BTreeSet};

use std::fmt;

use chrono::NaiveDate;

use super::problem::Problem;
use crate::messages::{Arg, Message};
use crate::model::{Rule, SessionId, Timetable, UnknownRevision};
use crate::translations::session_title;

/// Why an arrangement was refused at once. [`Infeasible::message`] says it in words of the
/// message files; `Display` is its English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Infeasible {
    /// The day to arrange is not a working day of the meeting.
    NotAWorkingDay(NaiveDate),
    /// The meeting has no working day to place sessions on.
    NoWorkingDays,
    /// The sessions need more hours than the rooms have.
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
    /// Order constraints that ask each of these sessions (by name) to come before the next,
    /// and the last before the first (the first is named again at the end).
    OrderCycle(Vec<Arg>),
    /// Pinned sessions with a hard conflict between them: the conflict's words.
    PinnedClash(Box<Message>),
    /// Repair from a revision the document does not have.
    UnknownRevision(UnknownRevision),
}

impl Infeasible {
    /// The refusal as a message of the message files.
    pub fn message(&self) -> Message {
        match self {
            Infeasible::NotAWorkingDay(date) => {
                Message::new("arrange-not-a-working-day").with("date", date.to_string())
            }
            Infeasible::NoWorkingDays => Message::new("arrange-no-working-days"),
            Infeasible::TooFewRoomHours {
                needed,
                available,
                rooms,
                days,
            } => Message::new("arrange-too-few-room-hours")
                .with("needed", *needed)
                .with("available", *available)
                .with("rooms", *rooms)
                .with("days", *days),
            Infeasible::OrderCycle(names) => {
                Message::new("arrange-order-cycle").with("cycle", before_chain(names))
            }
            Infeasible::PinnedClash(conflict) => {
                Message::new("arrange-pinned-clash").with("conflict", (**conflict).clone())
            }
            Infeasible::UnknownRevision(e) => e.message(),
        }
    }
}

/// The refusal in English.
impl fmt::Display for Infeasible {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for Infeasible {}

/// "A before B before C" as messages inside messages, so each language says its "before".
fn before_chain(names: &[Arg]) -> Message {
    let mut rest = names.iter().rev();
    let last = rest.next().cloned().unwrap_or_else(|| Arg::from(""));
    let mut chain = Message::new("arrange-name").with("name", last);
    for name in rest {
        chain = Message::new("arrange-before")
            .with("earlier", name.clone())
            .with("later", chain);
    }
    chain
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
                        let names: Vec<Arg> = stack[at..]
                            .iter()
                            .map(|(x, _)| name(t, x))
                            .chain(std::iter::once(name(t, n)))
                            .collect();
                        return Err(Infeasible::OrderCycle(names));
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
        Some(c) => Err(Infeasible::PinnedClash(Box::new(c.words))),
        None => Ok(()),
    }
}

fn name(t: &Timetable, id: &SessionId) -> Arg {
    t.sessions
        .get(id)
        .map_or_else(|| Arg::from(id.as_str()), |s| session_title(t, s))
}
