//! Change marks: with [`Options::changes_since`](crate::annex::Options::changes_since), the
//! items, cells and notes whose sessions changed since a published revision carry a
//! `changed` mark, and the annex a legend naming the revision and the sessions it showed that
//! this one no longer shows. Applied after the layout is drawn, so every layout gets them the
//! same way.

use super::{Ctx, label_of};
use crate::annex::{ChangeLegend, Changes, Note, Row, fallback_mark, isolate};
use crate::i18n;
use crate::model::{Lang, SessionId};

impl Ctx<'_> {
    /// Marks items, cells and notes whose sessions are in `changes.changed`; the legend.
    pub(super) fn mark_changes(
        &mut self,
        changes: &Changes,
        rows: &mut [Row],
        notes: &mut [Note],
    ) -> ChangeLegend {
        let touched = |ids: &[SessionId]| ids.iter().any(|id| changes.changed.contains(id));
        for row in rows.iter_mut() {
            for cell in &mut row.cells {
                for line in &mut cell.lines {
                    for item in &mut line.items {
                        item.changed = touched(&item.sessions);
                        cell.changed |= item.changed;
                    }
                }
            }
        }
        for note in notes.iter_mut() {
            note.changed = touched(&note.sessions);
        }
        let removed: Vec<String> = changes
            .removed
            .iter()
            .map(|s| {
                let (name, fallback) = self.pick(label_of(s), &s.id, "annex label or title");
                let name = match fallback {
                    Some(lang) => isolate(
                        &format!("{}{name}", fallback_mark(lang)),
                        lang,
                        self.strings.direction,
                    ),
                    None => name,
                };
                let times = self.occurrences(&[s]);
                if self.lang == Lang::Zh {
                    format!("{name}（{times}）")
                } else {
                    format!("{name} ({times})")
                }
            })
            .collect();
        let label = i18n::label_in(self.lang, &changes.since);
        ChangeLegend {
            mark: i18n::CHANGE_MARK.to_owned(),
            legend: self.strings.changed_since.replace("{label}", &label),
            removed: (!removed.is_empty()).then(|| {
                format!(
                    "{}{}{}",
                    self.strings.removed_since.replace("{label}", &label),
                    removed.join(self.strings.semicolon),
                    self.strings.full_stop
                )
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::annex::build::fixture::{meeting, place};
    use crate::annex::{Changes, Layout, Options};
    use crate::model::Lang;

    #[test]
    fn changed_items_and_removed_sessions_are_marked_with_a_legend() {
        let old = meeting(&[
            (
                "a",
                "Question 1/99",
                &["qa"],
                "2017-09-18T09:00",
                "2017-09-18T12:30",
                "cell",
            ),
            (
                "b",
                "Question 2/99",
                &["qb"],
                "2017-09-18T14:00",
                "2017-09-18T17:30",
                "cell",
            ),
            (
                "c",
                "Visit",
                &[],
                "2017-09-19T14:00",
                "2017-09-19T17:30",
                "cell",
            ),
        ]);
        let mut new = old.clone();
        place(&mut new, "b", "2017-09-19T09:00", "2017-09-19T12:30");
        new.sessions
            .shift_remove(&crate::model::SessionId::from("c"));
        let mut options = Options::new(Layout::Days, Lang::En);
        options.changes_since = Some(Changes::between(&old, "Rev.1", &new));
        let a = super::super::build(&new, &options);
        let legend = a.changes.expect("a legend when changes are asked for");
        assert!(legend.legend.contains("Rev.1"), "{}", legend.legend);
        assert!(
            legend
                .removed
                .as_deref()
                .is_some_and(|r| r.contains("Visit")),
            "the removed session is named: {:?}",
            legend.removed
        );
        let monday = &a.rows[0];
        assert!(!monday.cells[0].changed, "Question 1 did not change");
        assert!(
            a.rows[1].cells[0].changed,
            "Question 2 moved to Tuesday morning"
        );
    }
}
