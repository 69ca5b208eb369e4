//! The body tree as the editor shows it: bodies in tree order with their depth, a series
//! of Questions typed at once ("Q1/2-Q4/2 under WP1/2"), and the bodies grid (one row per
//! body, one column per half-day) that the Bodies view draws.
//!
//! | file | what it holds |
//! |---|---|
//! | `mod.rs` | [`tree_order`]: every body, Study Groups first, each followed by the bodies under it |
//! | `series.rs` | [`Series`], [`parse_series`]: "Q1/2-Q4/2 under WP1/2" read into the bodies it names |
//! | `grid.rs` | [`BodyGrid`]: rows, day and slot columns, the sessions of each cell; [`slots_of`], the one rule of which slot a session falls in |
//!
//! Tree order is the annex's bodies layout's order too (`crate::annex`), so the view and the
//! letter list bodies alike.

mod grid;
mod series;

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Body, BodyKind, Timetable};

pub use grid::{
    BodyCell, BodyGrid, BodyRow, GridDay, GridSlot, day_times, slots_in_order, slots_of,
};
pub use series::{Series, SeriesError, parse_series};

/// Every body of `t` in tree order with its depth (0 for a root): each root (Study Groups
/// first), then the bodies under it depth first; among siblings Working Parties come before
/// Questions before management teams before the rest, in document order within a kind. A
/// body whose parent is missing counts as a root; a cycle (which validation forbids) never
/// loops.
pub fn tree_order(t: &Timetable) -> Vec<(&Body, u32)> {
    // Other groups (and any kind not listed) after these.
    const ORDER: [BodyKind; 4] = [
        BodyKind::StudyGroup,
        BodyKind::WorkingParty,
        BodyKind::Question,
        BodyKind::Management,
    ];
    let rank = |k: BodyKind| ORDER.iter().position(|o| *o == k).unwrap_or(ORDER.len());
    let mut children: BTreeMap<Option<&str>, Vec<&Body>> = BTreeMap::new();
    for b in t.bodies.values() {
        let parent = b
            .parent
            .as_ref()
            .filter(|p| t.bodies.contains_key(*p))
            .map(|p| p.as_str());
        children.entry(parent).or_default().push(b);
    }
    for v in children.values_mut() {
        v.sort_by_key(|b| rank(b.kind));
    }
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    let mut stack: Vec<(&Body, u32)> = children
        .get(&None)
        .map(|v| v.iter().rev().map(|b| (*b, 0)).collect())
        .unwrap_or_default();
    while let Some((b, depth)) = stack.pop() {
        if !seen.insert(b.id.as_str()) {
            continue;
        }
        out.push((b, depth));
        if let Some(kids) = children.get(&Some(b.id.as_str())) {
            stack.extend(kids.iter().rev().map(|k| (*k, depth + 1)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BodyId, Text};

    fn body(id: &str, kind: BodyKind, parent: Option<&str>) -> Body {
        Body {
            id: id.into(),
            short: id.to_uppercase(),
            name: Text::new(),
            kind,
            parent: parent.map(BodyId::from),
        }
    }

    #[test]
    fn tree_order_lists_working_parties_before_questions_with_their_depth() {
        let mut t = crate::template::blank();
        for b in [
            body("q1", BodyKind::Question, Some("sg")),
            body("sg", BodyKind::StudyGroup, None),
            body("bsg", BodyKind::Other, None),
            body("wp1", BodyKind::WorkingParty, Some("sg")),
            body("q4", BodyKind::Question, Some("wp1")),
        ] {
            t.bodies.insert(b.id.clone(), b);
        }
        let order: Vec<(&str, u32)> = tree_order(&t)
            .into_iter()
            .map(|(b, d)| (b.id.as_str(), d))
            .collect();
        assert_eq!(
            order,
            [("sg", 0), ("wp1", 1), ("q4", 2), ("q1", 1), ("bsg", 0)]
        );
    }
}
