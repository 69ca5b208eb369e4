//! The days layout: one row per meeting day, one column per slot (the seed letter's Annex C).
//!
//! ## Cells
//! 1. A session is *in the table* when it is placed and its annex placement is `cell` or
//!    `both`; it belongs to the day it starts on and to every slot it overlaps (a session
//!    overlapping no slot, such as one over lunch or in the evening, goes to the nearest
//!    slot, the earlier one on a tie).
//! 2. In one day and slot, sessions with the same label (their `annexLabel`, else their
//!    title, compared in all languages at once) and the same tentative flag form one *item*.
//! 3. An item that is the only item of two or more consecutive slots of a day, and whose
//!    sessions run one after another (no two overlap), fills one cell across those slots
//!    (the seed's Working Party closings). Parallel sessions (the Question meetings) keep
//!    one cell per slot even when their label repeats.
//! 4. In a slot, items are taken in time order and chained: an item joins the first line
//!    whose last item ends when or before it starts ("A, then B"); otherwise it opens a new
//!    line (parallel items, as the BSG training beside the Question meetings). Lines are
//!    ordered by when their first item's label first occurs that day, so the same label
//!    keeps the same line in the morning and the afternoon.
//! 5. A point in time or an open-ended item (`timing`) takes no part in rules 2 to 4: it
//!    goes to the slot its start is in (else the nearest), on a line of its own after the
//!    others, as "17:30 Steering Committee" or "18:00– conference dinner". It never widens an
//!    item's times, never makes a cell span slots and is never chained ("A, then B").
//! 6. Consecutive non-working days without sessions in the table collapse into one
//!    "Weekend" (or "Holiday") row with one empty cell across all slots; a single such day
//!    is a row named by its weekday and date. A non-working day that has such sessions gets
//!    a row of its own.

use chrono::NaiveDate;

use super::{Ctx, Group, any_overlap, is_point};
use crate::annex::{Cell, Column, HeadCell, Line, Row};
use crate::model::{DayKind, Session, SessionId, Text};
use crate::time::Stamp;

impl<'a> Ctx<'a> {
    pub(super) fn days_layout(&mut self) -> (Vec<Vec<HeadCell>>, Vec<Column>, Vec<Row>) {
        let n = self.slots.len();
        let mut head = vec![HeadCell::new(Vec::new(), 1)];
        head.extend(
            self.slots
                .iter()
                .map(|s| HeadCell::new(vec![s.name.clone()], 1)),
        );
        let columns = vec![
            Column {
                narrow: false,
                snug: false,
            };
            n
        ];
        let mut rows = Vec::new();
        let mut off: Vec<NaiveDate> = Vec::new();
        let days: Vec<(NaiveDate, DayKind)> =
            self.tt.days.iter().map(|d| (d.date, d.kind)).collect();
        for (date, kind) in days {
            let sessions = self.cell_sessions_on(date);
            if kind != DayKind::Working && sessions.is_empty() {
                off.push(date);
                continue;
            }
            self.flush_off(&mut off, &mut rows, n);
            let cells = self.day_cells(&sessions);
            rows.push(Row {
                header: self.header_of_day(date),
                short_header: self.short_header_of_day(date),
                cells,
            });
        }
        self.flush_off(&mut off, &mut rows, n);
        (vec![head], columns, rows)
    }

    fn flush_off(&self, off: &mut Vec<NaiveDate>, rows: &mut Vec<Row>, n: usize) {
        let cells = || {
            if n == 0 {
                Vec::new()
            } else {
                vec![Cell::empty(n)]
            }
        };
        match off.as_slice() {
            [] => {}
            // A single day off is named by its weekday and date, a holiday says so.
            [date] => {
                let mut header = self.header_of_day(*date);
                let mut short_header = self.short_header_of_day(*date);
                let holiday = self
                    .tt
                    .day(*date)
                    .is_some_and(|d| d.kind == DayKind::Holiday);
                if holiday {
                    header.push(self.strings.holiday.to_owned());
                    if !short_header.is_empty() {
                        short_header.push(self.strings.holiday.to_owned());
                    }
                }
                rows.push(Row {
                    header,
                    short_header,
                    cells: cells(),
                });
            }
            dates => rows.push(Row {
                header: vec![self.off_label(dates)],
                short_header: Vec::new(),
                cells: cells(),
            }),
        }
        off.clear();
    }

    fn day_cells(&mut self, all: &[&'a Session]) -> Vec<Cell> {
        // Points in time take no part in the rules below: they get lines of their own,
        // appended to the cell of their slot at the end.
        let sessions: Vec<&'a Session> = all.iter().copied().filter(|s| !is_point(s)).collect();
        let sessions = sessions.as_slice();
        let n = self.slots.len();
        let per_slot: Vec<Vec<Group<'a>>> = (0..n)
            .map(|k| {
                let in_slot: Vec<&Session> = sessions
                    .iter()
                    .copied()
                    .filter(|s| s.placement.is_some_and(|p| self.slots_of(&p).contains(&k)))
                    .collect();
                Self::groups(&in_slot)
            })
            .collect();

        // The day's label order: by the first time each label occurs.
        let mut order: Vec<(Stamp, &SessionId, (&Text, bool))> = Vec::new();
        for g in per_slot.iter().flatten() {
            if let Some(o) = order.iter_mut().find(|o| o.2 == g.key) {
                if (g.start, &g.sessions[0].id) < (o.0, o.1) {
                    o.0 = g.start;
                    o.1 = &g.sessions[0].id;
                }
            } else {
                order.push((g.start, &g.sessions[0].id, g.key));
            }
        }
        order.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        let rank = |key: (&Text, bool)| order.iter().position(|o| o.2 == key).unwrap_or(0);

        let mut cells = Vec::new();
        let mut k = 0;
        while k < n {
            // Rule 3: a sole, sequential item over consecutive slots fills one cell.
            if per_slot[k].len() == 1 {
                let key = per_slot[k][0].key;
                let mut last = k;
                while last + 1 < n
                    && per_slot[last + 1].len() == 1
                    && per_slot[last + 1][0].key == key
                {
                    last += 1;
                }
                if last > k {
                    let mut merged = per_slot[k][0].clone();
                    for g in &per_slot[k + 1..=last] {
                        for s in &g[0].sessions {
                            if !merged.sessions.iter().any(|m| m.id == s.id) {
                                merged.sessions.push(s);
                            }
                        }
                        merged.start = merged.start.min(g[0].start);
                        merged.end = merged.end.max(g[0].end);
                    }
                    if !any_overlap(&merged.sessions) {
                        self.check_times(&merged, k, last);
                        let item = self.item(&merged, merged.key.0);
                        cells.push(Cell {
                            span: last - k + 1,
                            time: None,
                            lines: vec![Line { items: vec![item] }],
                            filled: false,
                            changed: false,
                        });
                        k = last + 1;
                        continue;
                    }
                }
            }
            let mut lines = Self::chain(per_slot[k].clone());
            lines.sort_by_key(|line| rank(line[0].key));
            let mut out = Vec::new();
            for line in lines {
                let mut items = Vec::new();
                for g in &line {
                    self.check_times(g, k, k);
                    items.push(self.item(g, g.key.0));
                }
                out.push(Line { items });
            }
            cells.push(Cell {
                span: 1,
                time: None,
                lines: out,
                filled: false,
                changed: false,
            });
            k += 1;
        }
        let points: Vec<&'a Session> = all.iter().copied().filter(|s| is_point(s)).collect();
        for k in 0..n {
            let here: Vec<&'a Session> = points
                .iter()
                .copied()
                .filter(|s| {
                    s.placement
                        .is_some_and(|p| self.slots_of(&p).first() == Some(&k))
                })
                .collect();
            if here.is_empty() {
                continue;
            }
            let lines = self.point_lines(&here);
            // The cell that covers slot `k` (a cell may span several slots).
            let mut at = 0;
            if let Some(cell) = cells.iter_mut().find(|c| {
                at += c.span;
                k < at
            }) {
                cell.lines.extend(lines);
            }
        }
        cells
    }
}

#[cfg(test)]
mod tests {
    use crate::annex::Layout;
    use crate::annex::build::fixture::{assert_spans_add_up, build, items, meeting, place};

    const AM: (&str, &str) = ("T09:00", "T12:30");

    fn on(day: u32, (from, to): (&str, &str)) -> (String, String) {
        (format!("2017-09-{day}{from}"), format!("2017-09-{day}{to}"))
    }

    #[test]
    fn one_row_per_working_day_and_the_weekend_collapses_into_one() {
        let (s, e) = on(18, AM);
        let tt = meeting(&[("q1", "Question 1/99", &["qa"], &s, &e, "cell")]);
        let a = build(&tt, Layout::Days);
        let headers: Vec<String> = a.rows.iter().map(|r| r.header.join(" ")).collect();
        assert_eq!(
            headers,
            [
                "Monday 18 September",
                "Tuesday 19 September",
                "Wednesday 20 September",
                "Thursday 21 September",
                "Friday 22 September",
                "Weekend",
                "Monday 25 September",
            ],
            "Saturday and Sunday without sessions are one row"
        );
        assert_eq!(a.head[0].len(), 3, "the corner, then one column per slot");
        assert_eq!(items(&a.rows[0].cells[0]), [["Question 1/99"]]);
        assert_spans_add_up(&a);
    }

    #[test]
    fn sole_item_running_through_both_slots_fills_one_cell_but_parallel_ones_do_not() {
        let (s1, e1) = on(19, AM);
        let (s2, e2) = on(19, ("T14:00", "T17:30"));
        let mut tt = meeting(&[
            ("wp-a", "WP1/99 closing", &["wp"], &s1, &e1, "cell"),
            ("wp-b", "WP1/99 closing", &["wp"], &s2, &e2, "cell"),
            ("qa", "Question 1/99", &["qa"], &s1, &e1, "cell"),
            ("qb", "Question 1/99", &["qa"], &s2, &e2, "cell"),
        ]);
        // On the 19th the Working Party closes alone over both slots: one cell.
        place(&mut tt, "qa", "2017-09-20T09:00", "2017-09-20T12:30");
        place(&mut tt, "qb", "2017-09-20T09:00", "2017-09-20T12:30");
        let a = build(&tt, Layout::Days);
        let tuesday = &a.rows[1];
        assert_eq!(tuesday.cells.len(), 1, "one merged cell");
        assert_eq!(tuesday.cells[0].span, 2);
        // On the 20th the two Question sessions run in parallel in one slot: one item
        // (same label), and the afternoon stays its own cell.
        let wednesday = &a.rows[2];
        assert_eq!(
            wednesday.cells.len(),
            2,
            "parallel sessions keep one cell per slot"
        );
        assert_eq!(items(&wednesday.cells[0]), [["Question 1/99"]]);
        assert_spans_add_up(&a);
    }

    #[test]
    fn sequential_items_chain_on_one_line_and_parallel_ones_open_another() {
        let tt = meeting(&[
            (
                "a",
                "Opening",
                &["sg"],
                "2017-09-18T09:00",
                "2017-09-18T10:00",
                "cell",
            ),
            (
                "b",
                "Question 1/99",
                &["qa"],
                "2017-09-18T10:00",
                "2017-09-18T12:30",
                "cell",
            ),
            (
                "c",
                "Training",
                &["sg"],
                "2017-09-18T10:30",
                "2017-09-18T12:00",
                "cell",
            ),
        ]);
        let a = build(&tt, Layout::Days);
        assert_eq!(
            items(&a.rows[0].cells[0]),
            [vec!["Opening", "Question 1/99"], vec!["Training"]],
            "B starts when A ends (\"A, then B\"); the training runs beside them"
        );
    }

    #[test]
    fn weekend_day_with_a_session_gets_its_own_row() {
        let tt = meeting(&[(
            "sat",
            "Question 1/99",
            &["qa"],
            "2017-09-23T09:00",
            "2017-09-23T12:30",
            "cell",
        )]);
        let a = build(&tt, Layout::Days);
        let headers: Vec<String> = a.rows.iter().map(|r| r.header.join(" ")).collect();
        assert_eq!(
            headers[5..7],
            [
                "Saturday 23 September".to_owned(),
                "Sunday 24 September".to_owned()
            ],
            "Saturday has a row of its own; Sunday alone is named by its weekday, not Weekend"
        );
        assert!(a.rows[6].cells[0].is_empty());
        assert_spans_add_up(&a);
    }
}
