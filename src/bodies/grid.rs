//! The bodies grid: what the Bodies view draws, live. One row per body in tree order
//! ([`super::tree_order`]), one column per slot of each meeting day, and in each cell the
//! sessions of that body in that slot; a joint session shows in the row of every body it
//! names. The annex's bodies layout is the same table frozen for the letter, and both ask
//! [`slots_of`] which slot a session falls in.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::conflict::Conflict;
use crate::model::{BodyId, DayKind, Placement, SessionId, Severity, Slot, SlotId, Timetable};
use crate::time::TimeOfDay;

/// The Bodies view's table (see the module docs).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct BodyGrid {
    /// The meeting's days, in date order.
    pub days: Vec<GridDay>,
    /// The slots of a day, in time order: each day has one column per slot.
    pub slots: Vec<GridSlot>,
    /// One row per body, in tree order.
    pub rows: Vec<BodyRow>,
}

/// A day of the grid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct GridDay {
    /// The date.
    #[ts(type = "string")]
    pub date: NaiveDate,
    /// Whether it is a working day (a day off is drawn narrow unless something is on it).
    pub working: bool,
}

/// A slot column of each day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct GridSlot {
    /// The slot.
    pub id: SlotId,
    /// Its standard start: a meeting placed in it starts then.
    pub start: TimeOfDay,
    /// Its standard end.
    pub end: TimeOfDay,
}

/// A body's row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct BodyRow {
    /// The body.
    pub body: BodyId,
    /// How deep in the tree (0 for a Study Group or another root).
    pub depth: u32,
    /// One cell per day and slot, day by day: the cell of day `d` and slot `k` is at
    /// `d * slots.len() + k`.
    pub cells: Vec<BodyCell>,
}

/// The sessions of one body in one slot of one day.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct BodyCell {
    /// The sessions, by start (then end, then id); empty when the body does not meet.
    pub sessions: Vec<SessionId>,
    /// The worst unacknowledged conflict naming one of them, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub conflict: Option<Severity>,
}

impl BodyGrid {
    /// The grid of `t`, its cells flagged from `conflicts` (the editor's current ones).
    pub fn of(t: &Timetable, conflicts: &[Conflict]) -> BodyGrid {
        let slots = slots_in_order(t);
        let column: BTreeMap<NaiveDate, usize> = t
            .days
            .iter()
            .enumerate()
            .map(|(i, d)| (d.date, i))
            .collect();
        let mut worst: BTreeMap<&SessionId, Severity> = BTreeMap::new();
        for c in conflicts.iter().filter(|c| !c.acknowledged) {
            for s in &c.sessions {
                let w = worst.entry(s).or_insert(c.severity);
                *w = (*w).min(c.severity);
            }
        }
        let width = t.days.len() * slots.len();
        let order = super::tree_order(t);
        let row_of: BTreeMap<&BodyId, usize> = order
            .iter()
            .enumerate()
            .map(|(i, (b, _))| (&b.id, i))
            .collect();
        let mut rows: Vec<BodyRow> = order
            .iter()
            .map(|(b, depth)| BodyRow {
                body: b.id.clone(),
                depth: *depth,
                cells: vec![BodyCell::default(); width],
            })
            .collect();
        let mut placed: Vec<(&Placement, &SessionId, &Vec<BodyId>)> = t
            .sessions
            .values()
            .filter_map(|s| Some((s.placement.as_ref()?, &s.id, &s.bodies)))
            .collect();
        placed.sort_by_key(|(p, id, _)| (p.start, p.end, *id));
        for (p, id, bodies) in placed {
            let Some(day) = column.get(&p.start.date()) else {
                continue;
            };
            for k in slots_on_day_of(&slots, p) {
                for body in bodies {
                    let Some(row) = row_of.get(body) else {
                        continue;
                    };
                    let cell = &mut rows[*row].cells[day * slots.len() + k];
                    cell.sessions.push(id.clone());
                    if let Some(s) = worst.get(id) {
                        cell.conflict = Some(cell.conflict.map_or(*s, |c| c.min(*s)));
                    }
                }
            }
        }
        BodyGrid {
            days: t
                .days
                .iter()
                .map(|d| GridDay {
                    date: d.date,
                    working: d.kind == DayKind::Working,
                })
                .collect(),
            slots: slots
                .iter()
                .map(|s| GridSlot {
                    id: s.id.clone(),
                    start: s.start,
                    end: s.end,
                })
                .collect(),
            rows,
        }
    }
}

/// The slots of a day in time order (by start, then end, then document order).
pub fn slots_in_order(t: &Timetable) -> Vec<&Slot> {
    let mut slots: Vec<&Slot> = t.slots.values().collect();
    slots.sort_by_key(|s| (s.start, s.end));
    slots
}

/// Start and end of a placement as times of its start day; a session running past
/// midnight ends at the end of that day.
pub fn day_times(p: &Placement) -> (TimeOfDay, TimeOfDay) {
    let end = if p.end.date() > p.start.date() {
        TimeOfDay::END_OF_DAY
    } else {
        p.end.time()
    };
    (p.start.time(), end)
}

/// Which of `slots` (in time order) a session placed at `p` falls in, by index, each slot
/// taken with its times on the day the session starts ([`Slot::times_on`]): see
/// [`slots_of`].
pub fn slots_on_day_of(slots: &[&Slot], p: &Placement) -> Vec<usize> {
    let times: Vec<(TimeOfDay, TimeOfDay)> =
        slots.iter().map(|s| s.times_on(p.start.date())).collect();
    slots_of(&times, p)
}

/// Which of `slots` (start and end of each, in time order) a session placed at `p` falls
/// in, by index: every slot it overlaps; when it overlaps none (an evening event), the
/// nearest one (the earlier on a tie); none when there are no slots.
pub fn slots_of(slots: &[(TimeOfDay, TimeOfDay)], p: &Placement) -> Vec<usize> {
    let (start, end) = day_times(p);
    let overlapping: Vec<usize> = slots
        .iter()
        .enumerate()
        // A point in time (no length) is in the slot its start is in: [start, start + 1).
        .filter(|(_, (s, e))| start < *e && (*s < end || (start == end && *s <= start)))
        .map(|(i, _)| i)
        .collect();
    if !overlapping.is_empty() {
        return overlapping;
    }
    let distance = |(s, e): &(TimeOfDay, TimeOfDay)| -> u32 {
        if end <= *s {
            s.minutes() - end.minutes()
        } else {
            start.minutes().saturating_sub(e.minutes())
        }
    };
    slots
        .iter()
        .enumerate()
        .min_by_key(|(i, s)| (distance(s), *i))
        .map(|(i, _)| vec![i])
        .unwrap_or_default()
}
