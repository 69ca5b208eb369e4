//! The plan layout: one row per slot, one column per day, the short code of each meeting in
//! its cell ("WP1/12", "Q1/12+Q2/12"), chained like the days layout; a cell whose times
//! differ from the slot's standard ones (the row header) says so once, also on a day the
//! slot has other times (Friday morning 09:00-12:00), and an item outside its slot's times
//! that day carries its start time. A point in time or open-ended item is an item of its own
//! after the others ("17:30 SC"), never part of the cell's times.

use super::{ColumnGroup, Ctx, Group, is_point, label_of};
use crate::annex::{Cell, Column, HeadCell, Item, Line, Row};
use crate::model::{Lang, Session};

impl<'a> Ctx<'a> {
    /// Short code of a session: for a Working Party or Question meeting, its bodies' short
    /// names ("WP1/12", "Q1/12+Q2/12"); for anything else (plenaries, trainings, webinars),
    /// its annex label or title, which says what it is.
    fn code_of(&mut self, s: &'a Session) -> (String, Option<Lang>) {
        use crate::model::SessionKind;
        let by_bodies = matches!(s.kind, SessionKind::WorkingParty | SessionKind::Question);
        if s.bodies.is_empty() || !by_bodies {
            self.pick(label_of(s), &s.id, "annex label or title")
        } else {
            let shorts: Vec<&str> = s
                .bodies
                .iter()
                .map(|b| {
                    self.tt
                        .bodies
                        .get(b)
                        .map_or(b.as_str(), |b| b.short.as_str())
                })
                .collect();
            (shorts.join("+"), None)
        }
    }

    pub(super) fn plan_layout(&mut self) -> (Vec<Vec<HeadCell>>, Vec<Column>, Vec<Row>) {
        let tree = self.bodies_in_tree_order();
        let groups = self.column_groups(|d| !self.cell_sessions_on(d).is_empty());
        let mut head = vec![HeadCell::new(Vec::new(), 1)];
        let mut columns = Vec::new();
        for g in &groups {
            let (cell, narrow) = match g {
                ColumnGroup::Day(date) => (self.day_head(*date, 1), false),
                ColumnGroup::Off(dates) => (self.off_head(dates), true),
            };
            head.push(cell);
            columns.push(Column {
                narrow,
                snug: false,
            });
        }
        let mut rows = Vec::new();
        for k in 0..self.slots.len() {
            let (slot_start, slot_end) = (self.slots[k].start, self.slots[k].end);
            let mut cells = Vec::new();
            for g in &groups {
                let ColumnGroup::Day(date) = g else {
                    cells.push(Cell::empty(1));
                    continue;
                };
                // The slot's times that day: an item outside them carries its start.
                let (day_start, day_end) = self.slots[k].times_on(*date);
                let here: Vec<&'a Session> = self
                    .cell_sessions_on(*date)
                    .into_iter()
                    .filter(|s| s.placement.is_some_and(|p| self.slots_of(&p).contains(&k)))
                    .collect();
                if here.is_empty() {
                    cells.push(Cell::empty(1));
                    continue;
                }
                // Points in time: lines of their own after the others, outside the cell's
                // time range (see `is_point`); they go to the slot their start is in.
                let (points, here): (Vec<&'a Session>, Vec<&'a Session>) =
                    here.into_iter().partition(|s| is_point(s));
                let points: Vec<&'a Session> = points
                    .into_iter()
                    .filter(|s| {
                        s.placement
                            .is_some_and(|p| self.slots_of(&p).first() == Some(&k))
                    })
                    .collect();
                // Group by code, then chain like the days layout.
                let mut by_code: Vec<(String, Option<Lang>, Group<'a>)> = Vec::new();
                for s in &here {
                    let Some(p) = s.placement else { continue };
                    let (code, fallback) = self.code_of(s);
                    match by_code
                        .iter_mut()
                        .find(|(c, _, g)| *c == code && g.key.1 == s.tentative)
                    {
                        Some((_, _, g)) => {
                            g.sessions.push(s);
                            g.start = g.start.min(p.start);
                            g.end = g.end.max(p.end);
                        }
                        None => by_code.push((
                            code,
                            fallback,
                            Group {
                                key: (label_of(s), s.tentative),
                                sessions: vec![s],
                                start: p.start,
                                end: p.end,
                            },
                        )),
                    }
                }
                // Same times: in body tree order (Q4/12 before Q12/12), then by code.
                let body_rank = |g: &Group<'a>| {
                    g.sessions[0]
                        .bodies
                        .first()
                        .and_then(|b| tree.iter().position(|t| &t.id == b))
                        .unwrap_or(usize::MAX)
                };
                by_code.sort_by(|a, b| {
                    let ka = (a.2.start, a.2.end, body_rank(&a.2), &a.0);
                    let kb = (b.2.start, b.2.end, body_rank(&b.2), &b.0);
                    ka.cmp(&kb)
                });
                let start = by_code.iter().map(|c| c.2.start).min();
                let end = by_code.iter().map(|c| c.2.end).max();
                let time = match (start, end) {
                    (Some(a), Some(b)) if a.date() == b.date() => {
                        let (a, b) = (a.time(), b.time());
                        (a != slot_start || b != slot_end).then(|| self.strings.range(a, b))
                    }
                    _ => None,
                };
                let mut lines: Vec<Vec<(String, Option<Lang>, Group<'a>)>> = Vec::new();
                for entry in by_code {
                    match lines
                        .iter_mut()
                        .find(|l| l.last().is_some_and(|last| last.2.end <= entry.2.start))
                    {
                        Some(l) => l.push(entry),
                        None => lines.push(vec![entry]),
                    }
                }
                let mut lines: Vec<Line> = lines
                    .into_iter()
                    .map(|line| Line {
                        items: line
                            .into_iter()
                            .map(|(code, fallback, g)| {
                                let (s_start, s_end) = (g.start.time(), g.end.time());
                                let outside = s_end <= day_start || s_start >= day_end;
                                Item {
                                    text: code,
                                    tentative: g.key.1,
                                    fallback,
                                    marker: self.marker_of(&g.sessions),
                                    time: outside.then(|| self.strings.time(s_start)),
                                    sessions: g.sessions.iter().map(|s| s.id.clone()).collect(),
                                    changed: false,
                                }
                            })
                            .collect(),
                    })
                    .collect();
                lines.extend(self.point_lines(&points));
                cells.push(Cell {
                    span: 1,
                    time,
                    lines,
                    filled: false,
                    changed: false,
                });
            }
            rows.push(Row {
                header: vec![
                    self.slots[k].name.clone(),
                    self.strings.range(slot_start, slot_end),
                ],
                short_header: Vec::new(),
                cells,
            });
        }
        (vec![head], columns, rows)
    }
}

#[cfg(test)]
mod tests {
    use crate::annex::Layout;
    use crate::annex::build::fixture::{assert_spans_add_up, build, items, meeting};

    #[test]
    fn one_row_per_slot_one_column_per_day_with_codes_from_the_bodies() {
        let tt = meeting(&[
            (
                "q1",
                "Question 1/99",
                &["qa", "qb"],
                "2017-09-18T09:00",
                "2017-09-18T12:30",
                "cell",
            ),
            (
                "wp",
                "WP1/99 closing",
                &["wp"],
                "2017-09-19T14:00",
                "2017-09-19T17:30",
                "cell",
            ),
        ]);
        let a = build(&tt, Layout::Plan);
        let rows: Vec<Vec<String>> = a.rows.iter().map(|r| r.header.clone()).collect();
        assert_eq!(
            rows,
            [["Morning", "09:00-12:30"], ["Afternoon", "14:00-17:30"]]
        );
        assert_eq!(
            a.columns.len(),
            7,
            "six working days and one weekend column"
        );
        assert_eq!(
            items(&a.rows[0].cells[0]),
            [["Q1/99+Q2/99"]],
            "a joint meeting's code"
        );
        assert_eq!(items(&a.rows[1].cells[1]), [["WP1/99"]]);
        assert_eq!(
            a.rows[0].cells[0].time, None,
            "the slot's own times are not repeated"
        );
        assert_spans_add_up(&a);
    }

    #[test]
    fn cell_whose_times_differ_from_the_slot_says_them() {
        let tt = meeting(&[(
            "q1",
            "Question 1/99",
            &["qa"],
            "2017-09-18T10:00",
            "2017-09-18T12:00",
            "cell",
        )]);
        let a = build(&tt, Layout::Plan);
        assert_eq!(a.rows[0].cells[0].time.as_deref(), Some("10:00-12:00"));
    }

    #[test]
    fn a_day_with_its_own_slot_times_prints_them_once_and_its_items_no_time() {
        let mut tt = meeting(&[
            (
                "fri",
                "Question 1/99",
                &["qa"],
                "2017-09-22T09:00",
                "2017-09-22T10:00",
                "cell",
            ),
            (
                "fri2",
                "Question 2/99",
                &["qb"],
                "2017-09-22T10:00",
                "2017-09-22T12:00",
                "cell",
            ),
        ]);
        let friday = "2017-09-22".parse().expect("a date");
        tt.slots[0].days.insert(
            friday,
            crate::model::Hours {
                start: "09:00".parse().expect("a time"),
                end: "12:00".parse().expect("a time"),
            },
        );
        let a = build(&tt, Layout::Plan);
        let cell = &a.rows[0].cells[4];
        assert_eq!(
            cell.time.as_deref(),
            Some("09:00-12:00"),
            "the day's times, once"
        );
        assert_eq!(items(cell), [["Q1/99", "Q2/99"]]);
        assert!(
            cell.lines
                .iter()
                .flat_map(|l| &l.items)
                .all(|i| i.time.is_none()),
            "inside the day's own slot times, no item carries its start"
        );
    }
}
