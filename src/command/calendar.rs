//! Commands on the meeting's days: add, edit and remove a day; move a day's sessions to
//! another date, swap two days, and move the whole meeting to new dates.

use chrono::{Datelike, NaiveDate};

use super::build::Builder;
use super::error::CommandError;
use super::sessions::{shift_sessions, shifted};
use crate::model::{Break, BreakId, Constraint, Day, Hours, Rule, Slot, SlotId};
use crate::template::{self, MeetingSetup};

const DAY_MINUTES: i64 = 1440;

/// Adds `day`, keeping the days in date order; its date must be new.
pub(super) fn add_day(b: &mut Builder<'_>, day: &Day) -> Result<(), CommandError> {
    let t = b.timetable();
    if t.day(day.date).is_some() {
        return Err(CommandError::Duplicate {
            what: "day",
            id: day.date.to_string(),
        });
    }
    let mut days = t.days.clone();
    days.push(day.clone());
    days.sort_by_key(|d| d.date);
    b.days(days);
    Ok(())
}

/// Replaces the day of `day`'s date by `day`.
pub(super) fn edit_day(b: &mut Builder<'_>, day: &Day) -> Result<(), CommandError> {
    let t = b.timetable();
    let i = t
        .days
        .iter()
        .position(|d| d.date == day.date)
        .ok_or_else(|| CommandError::not_found("day", day.date))?;
    let mut days = t.days.clone();
    days[i] = day.clone();
    b.days(days);
    Ok(())
}

/// Removes the day of `date` with the breaks of that day only; its sessions stay.
pub(super) fn remove_day(b: &mut Builder<'_>, date: NaiveDate) -> Result<(), CommandError> {
    let t = b.timetable();
    t.day(date)
        .ok_or_else(|| CommandError::not_found("day", date))?;
    let own: Vec<_> = t
        .breaks
        .values()
        .filter(|br| br.day == Some(date))
        .map(|br| br.id.clone())
        .collect();
    let days = t.days.iter().filter(|d| d.date != date).cloned().collect();
    for id in own {
        b.set::<Break>(id, None);
    }
    redate_slot_days(b, |d| Ok((d != date).then_some(d)))?;
    b.days(days);
    Ok(())
}

/// Gives `slot` its own `times` on `date`, a day of the meeting (`None`: its standard times
/// again); times equal to the standard ones are kept as none, so a day is "own" only when it
/// differs.
pub(super) fn set_slot_day_times(
    b: &mut Builder<'_>,
    slot: &SlotId,
    date: NaiveDate,
    times: Option<Hours>,
) -> Result<(), CommandError> {
    let before = b.get::<Slot>(slot)?;
    let mut s = before.clone();
    b.timetable()
        .day(date)
        .ok_or_else(|| CommandError::not_found("day", date))?;
    match times.filter(|h| (h.start, h.end) != (s.start, s.end)) {
        Some(h) => s.days.insert(date, h),
        None => s.days.remove(&date),
    };
    if s != *before {
        b.set(slot.clone(), Some(s));
    }
    Ok(())
}

/// Gives every slot's own times of a day (`Slot::days`) the date `map` says, dropping those
/// it answers `None` for, so that a slot never keeps times for a day the meeting lost.
fn redate_slot_days(
    b: &mut Builder<'_>,
    map: impl Fn(NaiveDate) -> Result<Option<NaiveDate>, CommandError>,
) -> Result<(), CommandError> {
    let mut changed = Vec::new();
    for slot in b.timetable().slots.values() {
        let mut days = std::collections::BTreeMap::new();
        for (date, h) in &slot.days {
            if let Some(date) = map(*date)? {
                days.insert(date, *h);
            }
        }
        if days != slot.days {
            changed.push(Slot {
                days,
                ..slot.clone()
            });
        }
    }
    for slot in changed {
        b.set(slot.id.clone(), Some(slot));
    }
    Ok(())
}

/// Sets the meeting up as the set-up form says ([`template::planned`]): the meeting, then the
/// breaks of days that are left out, the template's slots and standard breaks in place of
/// the document's (when it has one), and the days from the first to the last.
pub(super) fn set_up(b: &mut Builder<'_>, setup: &MeetingSetup) -> Result<(), CommandError> {
    let plan = template::planned(b.timetable(), setup)?;
    let t = b.timetable();
    if plan.meeting != t.meeting {
        b.push(super::Edit::Meeting {
            before: Box::new(t.meeting.clone()),
            after: Box::new(plan.meeting),
        });
    }
    let (first, last) = (setup.first_day, setup.last_day);
    let t = b.timetable();
    let left_out: Vec<BreakId> = t
        .breaks
        .values()
        .filter(|br| br.day.is_some_and(|d| d < first || d > last))
        .map(|br| br.id.clone())
        .collect();
    for id in left_out {
        b.remove::<Break>(&id)?;
    }
    redate_slot_days(b, |d| Ok((first <= d && d <= last).then_some(d)))?;
    if let Some((slots, breaks)) = plan.frame {
        let t = b.timetable();
        let old_slots: Vec<SlotId> = t.slots.keys().cloned().collect();
        let old_breaks: Vec<BreakId> = t
            .breaks
            .values()
            .filter(|br| br.day.is_none())
            .map(|br| br.id.clone())
            .collect();
        for id in old_slots {
            b.remove::<Slot>(&id)?;
        }
        for id in old_breaks {
            b.remove::<Break>(&id)?;
        }
        for slot in slots {
            b.add(slot)?;
        }
        for br in breaks {
            b.add(br)?;
        }
    }
    if plan.days != b.timetable().days {
        b.days(plan.days);
    }
    Ok(())
}

/// Moves every session of `from` to the same times on `to`.
pub(super) fn shift_day(
    b: &mut Builder<'_>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<(), CommandError> {
    let delta = (to - from).num_days() * DAY_MINUTES;
    shift_sessions(b, |pl| (pl.start.date() == from).then_some(delta))
}

/// Exchanges the sessions of dates `a` and `other`, each keeping its times.
pub(super) fn swap_days(
    b: &mut Builder<'_>,
    a: NaiveDate,
    other: NaiveDate,
) -> Result<(), CommandError> {
    if a == other {
        return Err(CommandError::SwapWithItself { date: a });
    }
    let delta = (other - a).num_days() * DAY_MINUTES;
    shift_sessions(b, |pl| {
        if pl.start.date() == a {
            Some(delta)
        } else if pl.start.date() == other {
            Some(-delta)
        } else {
            None
        }
    })
}

/// Moves the whole meeting so it starts on `start`, which must be the weekday it starts on
/// now: every day, day-specific break, session and fixed time moves by the same days.
pub(super) fn move_meeting(b: &mut Builder<'_>, start: NaiveDate) -> Result<(), CommandError> {
    let t = b.timetable();
    let (first, _) = t.date_span().ok_or(CommandError::NoDays)?;
    if first.weekday() != start.weekday() {
        return Err(CommandError::WeekdayChanged { start, first });
    }
    let days = (start - first).num_days();
    let shift_date = |date: NaiveDate| {
        date.checked_add_signed(chrono::Duration::days(days))
            .ok_or(CommandError::DateOutOfRange { date, days })
    };
    let new_days = t
        .days
        .iter()
        .map(|d| {
            Ok(Day {
                date: shift_date(d.date)?,
                ..d.clone()
            })
        })
        .collect::<Result<Vec<Day>, CommandError>>()?;
    let breaks = t
        .breaks
        .values()
        .filter_map(|br| {
            let day = br.day?;
            Some(shift_date(day).map(|day| Break {
                day: Some(day),
                ..br.clone()
            }))
        })
        .collect::<Result<Vec<Break>, CommandError>>()?;
    let fixed = t
        .constraints
        .values()
        .filter_map(|c| match &c.rule {
            Rule::FixedTime { session, placement } => Some(
                shifted(placement, "constraint", &c.id, days * DAY_MINUTES).map(|placement| {
                    Constraint {
                        rule: Rule::FixedTime {
                            session: session.clone(),
                            placement,
                        },
                        ..c.clone()
                    }
                }),
            ),
            _ => None,
        })
        .collect::<Result<Vec<Constraint>, CommandError>>()?;
    b.days(new_days);
    for br in breaks {
        b.set(br.id.clone(), Some(br));
    }
    redate_slot_days(b, |d| shift_date(d).map(Some))?;
    shift_sessions(b, |_| Some(days * DAY_MINUTES))?;
    for c in fixed {
        b.set(c.id.clone(), Some(c));
    }
    Ok(())
}
