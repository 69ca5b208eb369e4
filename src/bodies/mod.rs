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

#[cfg(test)]
mod kind_tests {
    use super::*;

    #[test]
    fn itu_short_names_name_their_kind_and_other_names_none() {
        for (name, kind) in [
            ("SG12", Some(BodyKind::StudyGroup)),
            ("Study Group 2", Some(BodyKind::StudyGroup)),
            ("WP1/12", Some(BodyKind::WorkingParty)),
            ("Q4/12", Some(BodyKind::Question)),
            ("Question 4/12", Some(BodyKind::Question)),
            ("Q1", None),
            ("Q1-Q4/12", None),
            ("Databases", None),
            ("SG", None),
        ] {
            assert_eq!(kind_of_name(name), kind, "{name}");
        }
    }
}

pub use grid::{
    BodyCell, BodyGrid, BodyRow, GridDay, GridSlot, day_times, slots_in_order, slots_of,
    slots_on_day_of,
};
pub use series::{MAX_SERIES, Series, SeriesError, parse_series};

/// The kind of body a short name written the ITU way names: "SG12" or "Study Group 12" a
/// Study Group, "WP1/12" a Working Party, "Q4/12" or "Question 4/12" a Question (the Study
/// Group's number after the slash is required, so "Q1" of a quarter or a room is not
/// taken for a Question). `None` for any other name. Importers use it so that such bodies
/// clash as bodies do, instead of grouping sessions as tracks.
pub fn kind_of_name(short: &str) -> Option<BodyKind> {
    let compact: String = short
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let group = compact
        .strip_prefix("studygroup")
        .or_else(|| compact.strip_prefix("sg"));
    if group.is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit())) {
        return Some(BodyKind::StudyGroup);
    }
    let series = parse_series(short).ok()?;
    (series.first == series.last && series.parent.is_none() && !series.group.is_empty())
        .then_some(series.kind)
}

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
            preferred_room: None,
            id: id.into(),
            short: id.to_uppercase(),
            name: Text::new(),
            kind,
            parent: parent.map(BodyId::from),
            hours: Vec::new(),
            parallel_with_parent: false,
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
