//! The bodies layout: one row per body (in tree order: Study Group, its Working Parties,
//! their Questions), two half-day columns per day; a cell says that the body meets (● or,
//! tentatively, ○), its note says when. Runs of days off without sessions collapse into one
//! narrow column.

use std::collections::BTreeSet;

use super::{ColumnGroup, Ctx, shown_in_cell};
use crate::annex::{Cell, Column, HeadCell, Item, Line, Row, Warning};
use crate::messages::Message;
use crate::model::Session;

impl<'a> Ctx<'a> {
    /// Bodies in tree order ([`crate::bodies::tree_order`], the Bodies view's order too),
    /// only those that meet in the table or have a sub-body that does.
    pub(super) fn bodies_in_tree_order(&self) -> Vec<&'a crate::model::Body> {
        let meets: BTreeSet<&str> = self
            .tt
            .sessions
            .values()
            .filter(|s| shown_in_cell(s) && s.placement.is_some())
            .flat_map(|s| s.bodies.iter().map(|b| b.as_str()))
            .collect();
        let mut wanted: BTreeSet<&str> = BTreeSet::new();
        for b in &meets {
            for a in self.tt.body_and_ancestors(&crate::model::BodyId::from(*b)) {
                if let Some(body) = self.tt.bodies.get(a) {
                    wanted.insert(body.id.as_str());
                }
            }
        }
        crate::bodies::tree_order(self.tt)
            .into_iter()
            .map(|(b, _)| b)
            .filter(|b| wanted.contains(b.id.as_str()))
            .collect()
    }

    pub(super) fn bodies_layout(&mut self) -> (Vec<Vec<HeadCell>>, Vec<Column>, Vec<Row>) {
        let n = self.slots.len().max(1);
        let groups = self.column_groups(|d| !self.cell_sessions_on(d).is_empty());
        let corner = || HeadCell::new(Vec::new(), 1);
        let mut top = vec![corner()];
        let mut bottom = vec![corner()];
        let mut columns = Vec::new();
        for g in &groups {
            match g {
                ColumnGroup::Day(date) => {
                    top.push(self.day_head(*date, n));
                    for k in 0..n {
                        bottom.push(HeadCell::new(
                            self.slots
                                .get(k)
                                .map(|s| {
                                    vec![self.strings.short_slot_name(s.start, s.end).to_owned()]
                                })
                                .unwrap_or_default(),
                            1,
                        ));
                        columns.push(Column {
                            narrow: false,
                            snug: false,
                        });
                    }
                }
                ColumnGroup::Off(dates) => {
                    top.push(self.off_head(dates));
                    bottom.push(corner());
                    columns.push(Column {
                        narrow: true,
                        snug: false,
                    });
                }
            }
        }
        let bodies = self.bodies_in_tree_order();
        let mut rows = Vec::new();
        for body in bodies {
            let mut cells = Vec::new();
            for g in &groups {
                match g {
                    ColumnGroup::Off(_) => cells.push(Cell::empty(1)),
                    ColumnGroup::Day(date) => {
                        let sessions: Vec<&Session> = self
                            .cell_sessions_on(*date)
                            .into_iter()
                            .filter(|s| s.bodies.contains(&body.id))
                            .collect();
                        for k in 0..n {
                            let here: Vec<&Session> = sessions
                                .iter()
                                .copied()
                                .filter(|s| {
                                    s.placement.is_some_and(|p| self.slots_of(&p).contains(&k))
                                })
                                .collect();
                            if here.is_empty() {
                                cells.push(Cell::empty(1));
                                continue;
                            }
                            // ● meets, ○ meets tentatively (a "TBD: " prefix would not
                            // fit the narrow cells; the note says it in words).
                            let tentative = here.iter().all(|s| s.tentative);
                            let item = Item {
                                text: if tentative { "○" } else { self.strings.meets }.to_owned(),
                                tentative: false,
                                fallback: None,
                                marker: self.marker_of(&here),
                                time: None,
                                sessions: here.iter().map(|s| s.id.clone()).collect(),
                                changed: false,
                            };
                            cells.push(Cell {
                                span: 1,
                                time: None,
                                lines: vec![Line { items: vec![item] }],
                                filled: true,
                                changed: false,
                            });
                        }
                    }
                }
            }
            // A body that meets in no cell (a Working Party whose Questions meet, but not
            // the Working Party itself) gets no empty row.
            if cells.iter().any(|c| !c.lines.is_empty()) {
                rows.push(Row {
                    header: vec![body.short.clone()],
                    short_header: Vec::new(),
                    cells,
                });
            }
        }
        for s in self.tt.sessions.values() {
            if shown_in_cell(s) && s.placement.is_some() && s.bodies.is_empty() {
                let noted = self.note_of.contains_key(&s.id);
                self.warnings.push(Warning::new(
                    Message::new("annex-no-body")
                        .with("session", crate::translations::session_title(self.tt, s))
                        .with("noted", if noted { "yes" } else { "no" }),
                    vec![s.id.clone()],
                ));
            }
        }
        (vec![top, bottom], columns, rows)
    }
}

#[cfg(test)]
mod tests {
    use crate::annex::Layout;
    use crate::annex::build::fixture::{assert_spans_add_up, build, items, meeting};

    #[test]
    fn rows_follow_the_body_tree_and_only_bodies_that_meet() {
        let tt = meeting(&[
            (
                "qb",
                "Question 2/99",
                &["qb"],
                "2017-09-18T09:00",
                "2017-09-18T12:30",
                "cell",
            ),
            (
                "qa",
                "Question 1/99",
                &["qa"],
                "2017-09-19T14:00",
                "2017-09-19T17:30",
                "cell",
            ),
        ]);
        let a = build(&tt, Layout::Bodies);
        let rows: Vec<&str> = a.rows.iter().map(|r| r.header[0].as_str()).collect();
        assert_eq!(
            rows,
            ["Q2/99", "Q1/99"],
            "its Questions in tree and document order; the Study Group and the Working \
             Party do not meet, so they get no empty row"
        );
        assert_spans_add_up(&a);
    }

    #[test]
    fn two_half_day_columns_per_day_and_one_narrow_column_for_the_weekend() {
        let tt = meeting(&[(
            "qa",
            "Question 1/99",
            &["qa"],
            "2017-09-19T14:00",
            "2017-09-19T17:30",
            "cell",
        )]);
        let a = build(&tt, Layout::Bodies);
        assert_eq!(a.head.len(), 2, "days above, half-days below");
        assert_eq!(
            a.columns.len(),
            6 * 2 + 1,
            "six working days, one weekend column"
        );
        assert_eq!(a.columns.iter().filter(|c| c.narrow).count(), 1);
        let q1 = a
            .rows
            .iter()
            .find(|r| r.header == ["Q1/99"])
            .expect("Q1 meets");
        // Monday's two columns, then Tuesday morning, then Tuesday afternoon.
        assert_eq!(items(&q1.cells[3]), [["●"]], "Q1 meets Tuesday afternoon");
        assert!(q1.cells[2].lines.is_empty(), "and not Tuesday morning");
    }

    #[test]
    fn session_without_body_is_reported_as_shown_nowhere() {
        let tt = meeting(&[(
            "x",
            "Visit",
            &[],
            "2017-09-18T09:00",
            "2017-09-18T12:30",
            "cell",
        )]);
        let a = build(&tt, Layout::Bodies);
        assert!(
            a.warnings
                .iter()
                .any(|w| w.message.contains("shows it nowhere")),
            "a cell session with no body has no row: {:?}",
            a.warnings
        );
    }
}
