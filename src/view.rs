//! What the core derives from a timetable for a client to draw it and to start new items:
//! the facts a client must never work out for itself (see `docs/architecture.md`, "What
//! the UI may compute").
//!
//! A [`View`] goes with every [`crate::editor::Snapshot`] and with every
//! [`crate::editor::Applied`] whose edit changed more than sessions (the only edits that can
//! change it): an edit of sessions alone never changes the meeting's languages, days,
//! breaks, bodies or revisions, which are all a view depends on.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{BodyId, Break, BreakId, Hours, Lang, Timetable};
use crate::new_items::NewItems;

/// The derived facts of one timetable (see the module docs).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct View {
    /// The main language ([`Timetable::main_lang`]): titles are shown in it.
    pub main_lang: Lang,
    /// Every language a document may be written in ([`Lang::ALL`], the ITU's order): what a
    /// client offers wherever a language is chosen.
    pub languages: Vec<Lang>,
    /// Where to look when a text lacks the language asked, in order ([`Lang::FALLBACK`],
    /// as [`crate::model::text_in`] does).
    pub text_fallback: Vec<Lang>,
    /// The label the next published revision is offered
    /// ([`crate::command::suggest_revision_label`]).
    pub next_revision_label: String,
    /// Hours and breaks of each meeting day, in date order.
    pub days: Vec<DayView>,
    /// Hours and breaks of any date that is not a meeting day (a session held the day
    /// before the meeting, say).
    pub elsewhere: DayView,
    /// Each body with the bodies under it, itself first ([`Timetable::body_and_descendants`]):
    /// a filter by a Working Party shows its Questions' sessions.
    #[ts(type = "Record<string, string[]>")]
    pub body_descendants: BTreeMap<BodyId, Vec<BodyId>>,
    /// Every body in tree order with its depth ([`crate::bodies::tree_order`]): the tree
    /// editor's and the Bodies view's order.
    pub body_tree: Vec<TreeNode>,
    /// What a new item of each kind starts as (see [`NewItems`]).
    pub new_items: NewItems,
    /// The date a new day gets: the day after the last one; `None` when the meeting has no
    /// days (the client then offers today, which only it knows).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "string")]
    pub new_day: Option<NaiveDate>,
}

/// A body in the tree order, with how deep it is (0 for a root).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct TreeNode {
    /// The body.
    pub body: BodyId,
    /// Its depth.
    pub depth: u32,
}

/// The hours and breaks in force on a date ([`Timetable::hours_on`],
/// [`Timetable::breaks_on`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct DayView {
    /// The date; absent for [`View::elsewhere`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "string")]
    pub date: Option<NaiveDate>,
    /// Its hours: its own, else the meeting's standard hours.
    pub hours: Hours,
    /// The breaks in force, in time order (then by end, then in document order).
    pub breaks: Vec<BreakId>,
}

impl View {
    /// The view of `timetable`.
    pub fn of(timetable: &Timetable) -> View {
        View {
            main_lang: timetable.main_lang(),
            languages: Lang::ALL.to_vec(),
            text_fallback: Lang::FALLBACK.to_vec(),
            next_revision_label: crate::command::suggest_revision_label(timetable),
            days: timetable
                .days
                .iter()
                .map(|d| day_view(timetable, d.date, Some(d.date)))
                .collect(),
            elsewhere: elsewhere(timetable),
            body_descendants: timetable
                .bodies
                .keys()
                .map(|id| {
                    let under = timetable.body_and_descendants(id);
                    (id.clone(), under.into_iter().cloned().collect())
                })
                .collect(),
            body_tree: crate::bodies::tree_order(timetable)
                .into_iter()
                .map(|(b, depth)| TreeNode {
                    body: b.id.clone(),
                    depth,
                })
                .collect(),
            new_items: NewItems::of(timetable),
            new_day: timetable.days.last().and_then(|d| d.date.succ_opt()),
        }
    }
}

fn day_view(t: &Timetable, date: NaiveDate, shown: Option<NaiveDate>) -> DayView {
    let mut breaks: Vec<&Break> = t.breaks_on(date);
    breaks.sort_by_key(|b| (b.start, b.end));
    DayView {
        date: shown,
        hours: t.hours_on(date),
        breaks: breaks.into_iter().map(|b| b.id.clone()).collect(),
    }
}

/// Hours and breaks on a date that is no meeting day: the standard hours, and no breaks
/// unless the meeting has no days at all (then the standard breaks apply everywhere).
fn elsewhere(t: &Timetable) -> DayView {
    // A date before the first day (or any date when there are none) is never a meeting day.
    let outside = t
        .days
        .first()
        .and_then(|d| d.date.pred_opt())
        .unwrap_or(NaiveDate::MIN);
    day_view(t, outside, None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Body, BodyKind, BreakKind, DayKind, Text};

    fn date(s: &str) -> NaiveDate {
        s.parse().expect("a valid date")
    }

    fn sample() -> Timetable {
        crate::template::standard_week(date("2026-11-26"))
    }

    #[test]
    fn view_lists_each_days_hours_and_breaks_as_the_model_rules() {
        let mut t = sample();
        t.days[1].hours = Some(Hours {
            start: "08:00".parse().unwrap(),
            end: "12:00".parse().unwrap(),
        });
        t.days[2].kind = DayKind::Holiday;
        let own = Break {
            id: "late-lunch".into(),
            name: Text::new(),
            kind: BreakKind::Meal,
            start: "13:00".parse().unwrap(),
            end: "14:00".parse().unwrap(),
            day: Some(t.days[3].date),
        };
        t.breaks.insert(own.id.clone(), own);
        let v = View::of(&t);
        assert_eq!(v.days.len(), 5);
        let ids = |d: &DayView| d.breaks.iter().map(|b| b.0.clone()).collect::<Vec<_>>();
        assert_eq!(
            ids(&v.days[0]),
            ["coffee-am", "lunch", "coffee-pm"],
            "standard breaks in time order"
        );
        assert_eq!(
            v.days[1].hours,
            t.days[1].hours.unwrap(),
            "a day's own hours"
        );
        assert_eq!(v.days[0].hours, t.meeting.hours, "else the standard hours");
        assert!(v.days[2].breaks.is_empty(), "no breaks on a holiday");
        assert_eq!(
            ids(&v.days[3]),
            ["late-lunch"],
            "a day's own breaks replace the standard ones"
        );
        assert!(
            v.elsewhere.breaks.is_empty(),
            "no breaks outside the meeting's days"
        );
        assert_eq!(v.elsewhere.hours, t.meeting.hours);
        assert_eq!(
            v.new_day,
            Some(date("2026-12-05")),
            "the day after the last"
        );
    }

    #[test]
    fn without_days_the_standard_breaks_apply_everywhere() {
        let mut t = sample();
        t.days.clear();
        let v = View::of(&t);
        assert_eq!(v.elsewhere.breaks.len(), 3, "as Timetable::breaks_on says");
        assert_eq!(v.new_day, None, "the client offers today");
    }

    #[test]
    fn view_names_the_main_language_and_the_next_revision_label() {
        let mut t = sample();
        t.meeting.languages = vec![Lang::Fr, Lang::En];
        let v = View::of(&t);
        assert_eq!(v.main_lang, Lang::Fr, "the first language listed");
        assert_eq!(v.next_revision_label, "Rev.1");
        assert_eq!(
            v.new_items.slot.name.get(&Lang::Fr).map(String::as_str),
            Some("Evening")
        );
        t.meeting.languages.clear();
        assert_eq!(
            View::of(&t).main_lang,
            Lang::En,
            "English when none is listed"
        );
    }

    #[test]
    fn next_revision_label_is_one_past_the_highest_rev_n_whatever_else_was_typed() {
        let mut t = sample();
        for label in ["Rev.1", "Draft B", "Rev.12", "Rev.3", "Rev.3-draft"] {
            t.revisions.push(crate::model::Revision {
                label: label.into(),
                date: date("2017-09-01"),
                comment: None,
                timetable: crate::model::Frozen::of(&sample()),
            });
        }
        assert_eq!(View::of(&t).next_revision_label, "Rev.13");
    }

    #[test]
    fn body_descendants_list_each_body_with_those_under_it() {
        let mut t = sample();
        for (id, parent) in [
            ("sg", None),
            ("wp1", Some("sg")),
            ("q4", Some("wp1")),
            ("q9", Some("sg")),
        ] {
            let body = Body {
                preferred_room: None,
                id: id.into(),
                short: id.into(),
                name: Text::new(),
                kind: BodyKind::Other,
                parent: parent.map(BodyId::from),
                hours: Vec::new(),
                parallel_with_parent: false,
            };
            t.bodies.insert(body.id.clone(), body);
        }
        let v = View::of(&t);
        let under = |id: &str| {
            v.body_descendants[&BodyId::from(id)]
                .iter()
                .map(|b| b.0.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(under("sg"), ["sg", "wp1", "q4", "q9"]);
        assert_eq!(under("wp1"), ["wp1", "q4"]);
        assert_eq!(under("q4"), ["q4"]);
    }
}
