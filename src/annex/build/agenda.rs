//! The agenda layout: one row per item with its time, grouped by day, the form of a
//! conference or interop programme. Meetings built from talks rather than half-days (an
//! imported FOSDEM schedule) get a readable annex here where the slot layouts would chain
//! dozens of talks into "A, then B, then C".
//!
//! ## Rows
//! 1. The sessions shown in cells (as in every layout) on each meeting day, in time order.
//! 2. Sessions of one day with the same label, tentative flag and exact times (start, end
//!    and `timing`) form one item: the same talk listed in several rooms is one row. An
//!    item that starts when an item with its label ends continues it (the seed's Working
//!    Parties meeting in sequence, 14:00-15:00-16:15-17:30, are one row 14:00-17:30).
//! 3. Each item is a row: the day (weekday and date) in the row header of its day's first
//!    row only, then the time ("09:30-12:30", a point "17:30", an open-ended item "18:00–"),
//!    then the item with its note marker. Items at one time keep the order of their label's
//!    first occurrence, then of their first session's id.
//! 4. Days with no item have no row. No slots are needed, and every row says its time, so
//!    the standard-hours note is left out.

use chrono::NaiveDate;

use super::{Ctx, Group, is_point, label_of};
use crate::annex::{Cell, Column, HeadCell, Line, Row};
use crate::model::Session;

impl<'a> Ctx<'a> {
    pub(super) fn agenda_layout(&mut self) -> (Vec<Vec<HeadCell>>, Vec<Column>, Vec<Row>) {
        let head = vec![vec![
            HeadCell::new(vec![self.strings.agenda_day.to_owned()], 1),
            HeadCell::new(vec![self.strings.agenda_time.to_owned()], 1),
            HeadCell::new(vec![self.strings.agenda_item.to_owned()], 1),
        ]];
        let columns = vec![
            Column {
                narrow: false,
                snug: true,
            },
            Column {
                narrow: false,
                snug: false,
            },
        ];
        let mut dates: Vec<NaiveDate> = self.tt.days.iter().map(|d| d.date).collect();
        dates.sort();
        dates.dedup();
        let mut rows = Vec::new();
        for date in dates {
            let groups = self.agenda_groups(&self.cell_sessions_on(date));
            for (i, g) in groups.iter().enumerate() {
                let time = self.agenda_time(g);
                let item = self.item(g, g.key.0);
                let (header, short_header) = if i == 0 {
                    (self.header_of_day(date), self.short_header_of_day(date))
                } else {
                    (Vec::new(), Vec::new())
                };
                rows.push(Row {
                    header,
                    short_header,
                    cells: vec![
                        Cell {
                            time: Some(time),
                            ..Cell::empty(1)
                        },
                        Cell {
                            lines: vec![Line { items: vec![item] }],
                            ..Cell::empty(1)
                        },
                    ],
                });
            }
        }
        (head, columns, rows)
    }

    /// Rule 2: the items of one day's `sessions` (in time order), in row order.
    fn agenda_groups(&self, sessions: &[&'a Session]) -> Vec<Group<'a>> {
        let mut groups: Vec<Group<'a>> = Vec::new();
        for s in sessions {
            let Some(p) = s.placement else { continue };
            let key = (label_of(s), s.tentative);
            let same = |g: &Group<'a>| {
                g.key == key
                    && g.start == p.start
                    && g.end == p.end
                    && g.sessions[0].timing == s.timing
            };
            match groups.iter_mut().find(|g| same(g)) {
                Some(g) => g.sessions.push(s),
                None => groups.push(Group {
                    key,
                    sessions: vec![s],
                    start: p.start,
                    end: p.end,
                }),
            }
        }
        groups.sort_by_key(|g| (g.start, g.end));
        let mut merged: Vec<Group<'a>> = Vec::new();
        for g in groups {
            let continues = |m: &&mut Group<'a>| {
                m.key == g.key
                    && m.end == g.start
                    && !is_point(m.sessions[0])
                    && !is_point(g.sessions[0])
            };
            match merged.iter_mut().find(|m| continues(m)) {
                Some(m) => {
                    m.end = g.end;
                    m.sessions.extend(g.sessions);
                }
                None => merged.push(g),
            }
        }
        // Rule 3: by time, then (at one time) by first occurrence, which the stable sort
        // keeps from `sessions`' order (start, end, id).
        merged.sort_by_key(|g| (g.start, g.end));
        merged
    }

    /// The time of an item: its range, or its start for a point or open-ended item.
    fn agenda_time(&self, g: &Group<'a>) -> String {
        let first = g.sessions[0];
        if is_point(first) {
            return self.start_text(first);
        }
        let end = if g.end.date() > g.start.date() {
            if g.end.time().minutes() == 0 && g.start.date().succ_opt() == Some(g.end.date()) {
                crate::time::TimeOfDay::END_OF_DAY
            } else {
                // Over midnight into a later day: the end's date says so.
                return format!(
                    "{}-{}{}{}",
                    self.strings.time(g.start.time()),
                    self.dates.month_day(g.end.date()),
                    self.strings.date_time_gap,
                    self.strings.time(g.end.time())
                );
            }
        } else {
            g.end.time()
        };
        self.strings.range(g.start.time(), end)
    }
}

#[cfg(test)]
mod tests {
    use crate::annex::Layout;
    use crate::annex::build::fixture::{assert_spans_add_up, build, meeting, point};
    use crate::model::Timing;

    #[test]
    fn one_row_per_item_with_its_time_and_the_day_on_its_first_row() {
        let mut tt = meeting(&[
            (
                "talk-b",
                "Talk B",
                &[],
                "2017-09-18T10:00",
                "2017-09-18T10:30",
                "cell",
            ),
            (
                "talk-a",
                "Talk A",
                &[],
                "2017-09-18T09:30",
                "2017-09-18T10:00",
                "cell",
            ),
            (
                "dinner",
                "Dinner",
                &[],
                "2017-09-18T18:00",
                "2017-09-18T19:00",
                "cell",
            ),
        ]);
        point(&mut tt, "dinner", "2017-09-18T18:00", Timing::OpenEnded);
        let annex = build(&tt, Layout::Agenda);
        assert_spans_add_up(&annex);
        let rows: Vec<(Vec<String>, Option<String>, String)> = annex
            .rows
            .iter()
            .map(|r| {
                (
                    r.header.clone(),
                    r.cells[0].time.clone(),
                    annex.line_text(&r.cells[1].lines[0], |_| String::new()),
                )
            })
            .collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].1.as_deref(), Some("09:30-10:00"));
        assert_eq!(rows[0].2, "Talk A");
        assert!(!rows[0].0.is_empty(), "the day heads its first row");
        assert!(rows[1].0.is_empty() && rows[2].0.is_empty());
        assert_eq!(rows[2].1.as_deref(), Some("18:00–"));
        assert!(
            annex
                .notes
                .iter()
                .all(|n| n.key != crate::annex::notes::HOURS_KEY),
            "every row says its time: no standard-hours note"
        );
    }
}
