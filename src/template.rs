//! What a new document starts as, and the dates it is built around.
//!
//! The core has no clock: every function here takes "today" as a parameter, and the clients
//! read it once (the desktop shell's `today`, in the machine's local calendar).
//!
//! The blank document is the shape most study-group meetings start from: the five working
//! days of the week after today, standard hours 09:00-17:30, a morning and an afternoon
//! slot, coffee breaks in each and a lunch break between, in English, nothing scheduled.
//! Its dates come from chrono's calendar, never from hand-written date arithmetic.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};
use indexmap::IndexMap;

use crate::model::{
    Break, BreakId, BreakKind, Day, DayKind, Hours, Lang, Meeting, Slot, SlotId, Text, Timetable,
};
use crate::time::TimeOfDay;

/// The first Monday strictly after `today` (a week later when today is a Monday).
pub fn next_monday(today: NaiveDate) -> NaiveDate {
    let ahead = 7 - u64::from(today.weekday().num_days_from_monday());
    today + Days::new(ahead)
}

/// The date a new day added to `timetable` gets unless the user gives one: the day after
/// its last day, or `today` when it has none.
pub fn new_day_date(timetable: &Timetable, today: NaiveDate) -> NaiveDate {
    timetable
        .days
        .last()
        .and_then(|d| d.date.succ_opt())
        .unwrap_or(today)
}

/// A new, blank document: the Monday to Friday after `today` as working days, with the
/// standard hours, slots and breaks described in the module docs, and nothing else.
pub fn blank(today: NaiveDate) -> Timetable {
    let monday = next_monday(today);
    let days = monday
        .iter_days()
        .take(5)
        .map(|date| Day {
            date,
            kind: DayKind::Working,
            hours: None,
            note: None,
        })
        .collect();
    let slots = [
        ("morning", "Morning", "09:00", "12:30"),
        ("afternoon", "Afternoon", "14:00", "17:30"),
    ]
    .map(|(id, name, start, end)| {
        let slot = Slot {
            id: SlotId::from(id),
            name: english(name),
            start: time(start),
            end: time(end),
        };
        (slot.id.clone(), slot)
    });
    let breaks = [
        ("coffee-am", "Coffee", BreakKind::Coffee, "10:30", "11:00"),
        ("lunch", "Lunch", BreakKind::Meal, "12:30", "14:00"),
        ("coffee-pm", "Coffee", BreakKind::Coffee, "15:30", "16:00"),
    ]
    .map(|(id, name, kind, start, end)| {
        let b = Break {
            id: BreakId::from(id),
            name: english(name),
            kind,
            start: time(start),
            end: time(end),
            day: None,
        };
        (b.id.clone(), b)
    });
    Timetable {
        meeting: Meeting {
            title: english("New meeting"),
            venue: String::new(),
            time_zone: "Europe/Zurich".into(),
            languages: vec![Lang::En],
            hours: Hours {
                start: time("09:00"),
                end: time("17:30"),
            },
            interpreter_teams: None,
            default_session_minutes: None,
        },
        days,
        slots: IndexMap::from(slots),
        breaks: IndexMap::from(breaks),
        rooms: IndexMap::new(),
        bodies: IndexMap::new(),
        persons: IndexMap::new(),
        sessions: IndexMap::new(),
        constraints: IndexMap::new(),
        severities: BTreeMap::new(),
        acknowledgements: BTreeMap::new(),
        revisions: Vec::new(),
        annex_notes: Vec::new(),
    }
}

fn english(text: &str) -> Text {
    Text::from([(Lang::En, text.to_owned())])
}

fn time(hh_mm: &str) -> TimeOfDay {
    hh_mm
        .parse()
        .expect("the template's times are written as valid HH:MM")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    #[test]
    fn next_monday_is_always_in_the_coming_week() {
        // 2026-11-23 is a Monday: every day of that week leads to 2026-11-30.
        for offset in 0..7 {
            let today = date(2026, 11, 23) + Days::new(offset);
            assert_eq!(
                next_monday(today),
                date(2026, 11, 30),
                "from {today}, the next Monday is the one of the following week"
            );
        }
    }

    #[test]
    fn next_monday_crosses_years_and_leap_days() {
        assert_eq!(next_monday(date(2026, 12, 31)), date(2027, 1, 4));
        assert_eq!(
            next_monday(date(2028, 2, 28)),
            date(2028, 3, 6),
            "2028-02-29 exists"
        );
    }

    #[test]
    fn blank_document_is_valid_with_the_working_days_of_next_week() {
        let blank = blank(date(2026, 11, 26));
        assert!(blank.validate().is_empty(), "{:?}", blank.validate());
        let days: Vec<String> = blank.days.iter().map(|d| d.date.to_string()).collect();
        assert_eq!(
            days,
            [
                "2026-11-30",
                "2026-12-01",
                "2026-12-02",
                "2026-12-03",
                "2026-12-04"
            ],
            "Monday to Friday after a Thursday"
        );
        assert!(blank.days.iter().all(|d| d.kind == DayKind::Working));
        assert_eq!(blank.slots.len(), 2, "morning and afternoon");
        assert_eq!(blank.breaks.len(), 3, "two coffees and lunch");
        assert!(blank.sessions.is_empty(), "nothing scheduled");
        assert_eq!(blank.main_lang(), Lang::En);
    }

    #[test]
    fn blank_document_saves_as_the_template_always_did() {
        // The shell used to write the template as JSON; the same file must come out.
        let saved = crate::document::save(&blank(date(2026, 11, 26)));
        let loaded = crate::document::load(&saved).expect("the blank document reloads");
        assert_eq!(loaded, blank(date(2026, 11, 26)));
        assert!(saved.contains("\"timeZone\": \"Europe/Zurich\""), "{saved}");
    }

    #[test]
    fn a_new_day_follows_the_last_day_or_is_today() {
        let today = date(2026, 12, 4);
        let mut t = blank(date(2026, 11, 26));
        assert_eq!(
            new_day_date(&t, today),
            date(2026, 12, 5),
            "the day after Friday"
        );
        t.days.clear();
        assert_eq!(new_day_date(&t, today), today, "with no days, today");
    }
}
