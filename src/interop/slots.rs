//! Morning and afternoon slots for an imported schedule that names none (frab, iCalendar
//! and CSV have no such notion), so that the annex's days and plan layouts, which are drawn
//! by slot, show its sessions instead of an empty table.
//!
//! The day is split at its midday pause, found in this order:
//! 1. the file's meal break (the most common one, when days differ);
//! 2. else the longest stretch between 11:00 and 15:00 in which no session of any day runs
//!    (at least 30 minutes: the lunch gap of a conference programme);
//! 3. else nothing splits the day: one slot spans the hours (a programme whose talks run
//!    through lunch is not cut in two at an invented time).
//!
//! The slots span the meeting's hours (as the importer derived them from the sessions),
//! so every session falls in one of them. Which rule applied is reported as a guess.

use indexmap::IndexMap;

use crate::i18n;
use crate::messages::Message;
use crate::model::{Break, BreakKind, Hours, IdMap, Lang, Placement, Slot, SlotId};
use crate::time::TimeOfDay;

/// The shortest pause between sessions taken for the lunch gap.
const MIN_GAP: u32 = 30;

/// The slots of a meeting with `hours`, `breaks` and its sessions' `placements`, named in
/// `lang`, and how they were found (for the import report).
pub fn derive<'a>(
    hours: Hours,
    breaks: impl IntoIterator<Item = &'a Break>,
    placements: impl IntoIterator<Item = Placement>,
    lang: Lang,
) -> (IdMap<SlotId, Slot>, Message) {
    let (split, how) = match meal_break(breaks, hours) {
        Some((start, end)) => (
            Some((start, end)),
            Message::new("import-slots-from-meal-break"),
        ),
        None => match lunch_gap(placements, hours) {
            Some((start, end)) => (
                Some((start, end)),
                Message::new("import-slots-from-lunch-gap"),
            ),
            None => (None, Message::new("import-slots-whole-day")),
        },
    };
    // Named in every language, so the annex in any of them names the slot rightly (its
    // fallback names a slot by its start: a whole day from 09:00 would be "Morning").
    let slot = |id: &str, name: fn(&i18n::Strings) -> &'static str, start, end| Slot {
        id: SlotId::from(id),
        name: Lang::ALL
            .iter()
            .map(|&l| (l, name(i18n::strings(l)).to_owned()))
            .collect(),
        start,
        end,
        days: Default::default(),
    };
    let slots: Vec<Slot> = match split {
        Some((lunch_start, lunch_end)) => vec![
            slot("morning", |s| s.morning, hours.start, lunch_start),
            slot("afternoon", |s| s.afternoon, lunch_end, hours.end),
        ],
        None => vec![slot("day", |s| s.whole_day, hours.start, hours.end)],
    };
    let mut listed = slots.iter().map(|s| {
        let name = s.name.get(&lang).map_or("", String::as_str);
        Message::new("import-slot")
            .with("name", name)
            .with("start", s.start)
            .with("end", s.end)
    });
    let first = listed.next().unwrap_or_else(|| Message::new("import-slot"));
    let words = match listed.next() {
        Some(second) => Message::new("import-slots-two")
            .with("first", first)
            .with("second", second),
        None => Message::new("import-slots-one").with("first", first),
    };
    (
        slots.into_iter().map(|s| (s.id.clone(), s)).collect(),
        words.with("how", how),
    )
}

/// The meal break inside the hours, the most common one when days have their own.
fn meal_break<'a>(
    breaks: impl IntoIterator<Item = &'a Break>,
    hours: Hours,
) -> Option<(TimeOfDay, TimeOfDay)> {
    let mut counts: IndexMap<(TimeOfDay, TimeOfDay), usize> = IndexMap::new();
    for b in breaks {
        if b.kind == BreakKind::Meal && hours.start < b.start && b.end < hours.end {
            *counts.entry((b.start, b.end)).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|(times, n)| (*n, std::cmp::Reverse(*times)))
        .map(|(times, _)| times)
}

/// The longest stretch between 11:00 and 15:00 (within the hours) in which no session of
/// any day runs, if it lasts at least [`MIN_GAP`] minutes.
fn lunch_gap(
    placements: impl IntoIterator<Item = Placement>,
    hours: Hours,
) -> Option<(TimeOfDay, TimeOfDay)> {
    let from = hours.start.minutes().max(11 * 60);
    let to = hours.end.minutes().min(15 * 60);
    if from >= to {
        return None;
    }
    let mut busy = vec![false; (to - from) as usize];
    let mut spans = Vec::new();
    for p in placements {
        let start = p.start.time().minutes();
        let end = if p.end.date() == p.start.date() {
            p.end.time().minutes()
        } else {
            24 * 60
        };
        for minute in start.max(from)..end.min(to) {
            busy[(minute - from) as usize] = true;
        }
        spans.push((start, end));
    }
    let mut best: Option<(u32, u32)> = None;
    let mut run_start = None;
    for (i, &taken) in busy.iter().chain(std::iter::once(&true)).enumerate() {
        match (taken, run_start) {
            (false, None) => run_start = Some(i as u32),
            (true, Some(s)) => {
                let len = i as u32 - s;
                if best.is_none_or(|(bs, be)| len > be - bs) {
                    best = Some((s, i as u32));
                }
                run_start = None;
            }
            _ => {}
        }
    }
    let (s, e) = best.filter(|(s, e)| e - s >= MIN_GAP)?;
    let (gap_start, gap_end) = (from + s, from + e);
    // A lunch has sessions before it and after it; a gap with nothing on one side is the
    // start or the end of the day.
    let before = spans.iter().any(|&(_, end)| end <= gap_start);
    let after = spans.iter().any(|&(start, _)| start >= gap_end);
    if !(before && after) {
        return None;
    }
    Some((
        TimeOfDay::from_minutes(gap_start)?,
        TimeOfDay::from_minutes(gap_end)?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Text;
    use crate::time::Stamp;

    fn at(h: u16, m: u16) -> TimeOfDay {
        TimeOfDay::hm(h, m).expect("a time")
    }

    fn hours(start: TimeOfDay, end: TimeOfDay) -> Hours {
        Hours { start, end }
    }

    fn session(date: &str, start: TimeOfDay, end: TimeOfDay) -> Placement {
        let date = date.parse().expect("a date");
        Placement {
            start: Stamp::new(date, start),
            end: Stamp::new(date, end),
        }
    }

    fn times(slots: &IdMap<SlotId, Slot>) -> Vec<(String, String, String)> {
        slots
            .values()
            .map(|s| (s.id.to_string(), s.start.to_string(), s.end.to_string()))
            .collect()
    }

    #[test]
    fn the_meal_break_splits_the_day() {
        let lunch = Break {
            id: "lunch".into(),
            name: Text::default(),
            kind: BreakKind::Meal,
            start: at(12, 30),
            end: at(14, 0),
            day: None,
        };
        let (slots, how) = derive(hours(at(9, 0), at(18, 0)), [&lunch], [], Lang::En);
        let how = how.to_string();
        assert_eq!(
            times(&slots),
            [
                ("morning".into(), "09:00".into(), "12:30".into()),
                ("afternoon".into(), "14:00".into(), "18:00".into())
            ]
        );
        assert_eq!(slots[0].name[&Lang::En], "Morning");
        assert!(
            how.contains("Morning 09:00-12:30 and Afternoon 14:00-18:00, from the meal break"),
            "{how}"
        );
    }

    #[test]
    fn without_a_meal_break_the_pause_no_session_runs_in_splits_it() {
        let sessions = [
            session("2020-02-01", at(9, 30), at(12, 0)),
            session("2020-02-01", at(13, 0), at(17, 0)),
            session("2020-02-02", at(10, 0), at(12, 30)),
            session("2020-02-02", at(13, 30), at(16, 0)),
        ];
        let (slots, how) = derive(hours(at(9, 30), at(17, 0)), [], sessions, Lang::Fr);
        let how = how.to_string();
        assert_eq!(
            times(&slots),
            [
                ("morning".into(), "09:30".into(), "12:30".into()),
                ("afternoon".into(), "13:00".into(), "17:00".into())
            ],
            "the common pause of both days: 12:30-13:00"
        );
        assert_eq!(slots[0].name[&Lang::Fr], "Matin");
        assert!(how.contains("pause"), "{how}");
    }

    #[test]
    fn talks_running_through_lunch_give_one_slot_for_the_day() {
        let sessions = [
            session("2020-02-01", at(9, 0), at(12, 0)),
            session("2020-02-01", at(12, 0), at(13, 0)),
            session("2020-02-01", at(13, 0), at(18, 0)),
        ];
        let (slots, how) = derive(hours(at(9, 0), at(18, 0)), [], sessions, Lang::En);
        let how = how.to_string();
        assert_eq!(
            times(&slots),
            [("day".into(), "09:00".into(), "18:00".into())]
        );
        assert!(how.contains("one slot"), "{how}");
    }

    #[test]
    fn a_short_pause_or_the_end_of_the_day_is_no_lunch() {
        let short = [
            session("2020-02-01", at(9, 0), at(12, 0)),
            session("2020-02-01", at(12, 15), at(18, 0)),
        ];
        let (slots, _) = derive(hours(at(9, 0), at(18, 0)), [], short, Lang::En);
        assert_eq!(slots.len(), 1, "15 minutes is a change of room, not lunch");
        let morning_only = [session("2020-02-01", at(9, 0), at(12, 0))];
        let (slots, _) = derive(hours(at(9, 0), at(18, 0)), [], morning_only, Lang::En);
        assert_eq!(slots.len(), 1, "nothing after the pause: the day ends");
        let (slots, _) = derive(hours(at(9, 0), at(18, 0)), [], [], Lang::En);
        assert_eq!(slots.len(), 1, "no session at all: no lunch to find");
    }
}
