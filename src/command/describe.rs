//! Undo labels that say what was done: "Rename Q4/12 to Q4/12 (bis)", "Move Q4/12 to Thu 21
//! Sep 14:00", "Resize Q4/12 to 15:00–17:30", not "Edit session". A label is written from the
//! timetable as it is before the command, so it can name the session and where it was.
//!
//! Labels are in English, the language of the app's own words (the UI asks the core for
//! nothing else in another language); session titles are in the document's main language.
//! A command this file has nothing better for keeps its variant's label
//! ([`Command::label`]).

use std::borrow::Cow;

use chrono::NaiveDate;

use super::Command;
use crate::model::{Session, Timetable, Timing, text_in};
use crate::time::Stamp;

/// The longest title a label quotes whole; a longer one is cut with "…".
const TITLE_CHARS: usize = 40;

impl Command {
    /// The undo label of this command on `t` (before it is applied): what was done, naming
    /// the session and where it went; the variant's label ([`Command::label`]) for the rest.
    pub fn describe(&self, t: &Timetable) -> Cow<'static, str> {
        match self.parts() {
            Some(parts) if parts.len() == 1 => return parts[0].describe(t),
            Some(_) => return self.label(),
            None => {}
        }
        let name = |id: &crate::model::SessionId| t.sessions.get(id).map(|s| session_name(t, s));
        let said = match self {
            Command::AddSession { session } => Some(match &session.placement {
                Some(p) => format!("Add {} on {}", session_name(t, session), day_time(p.start)),
                None => format!("Add {}", session_name(t, session)),
            }),
            Command::EditSession { session } => t
                .sessions
                .get(&session.id)
                .map(|before| edited(t, before, session)),
            Command::ScheduleSession { id, placement, .. } => {
                name(id).map(|n| format!("Schedule {n} on {}", day_time(placement.start)))
            }
            Command::MoveSession { id, start, room } => t.sessions.get(id).map(|s| {
                let to = match s.placement {
                    Some(p) if p.start.date() == start.date() => start.time().to_string(),
                    _ => day_time(*start),
                };
                let into = room
                    .as_ref()
                    .filter(|r| s.room.as_ref() != Some(*r))
                    .and_then(|r| t.rooms.get(r))
                    .map(|r| format!(" in {}", r.name))
                    .unwrap_or_default();
                format!("Move {} to {to}{into}", session_name(t, s))
            }),
            Command::ResizeSession { id, start, end } => name(id)
                .map(|n| format!("Resize {n} to {}–{}", start.time(), end_time(*start, *end))),
            Command::SetSessionTiming { id, timing } => name(id).map(|n| match timing {
                Timing::Span => format!("Make {n} a span"),
                Timing::Point => format!("Make {n} a point in time"),
                Timing::OpenEnded => format!("Make {n} open-ended"),
            }),
            Command::UnscheduleSession { id } => name(id).map(|n| format!("Unschedule {n}")),
            Command::DuplicateSession { id, placement } => name(id).map(|n| match placement {
                Some(p) => format!("Duplicate {n} to {}", day_time(p.start)),
                None => format!("Duplicate {n}"),
            }),
            Command::DeleteSession { id } => name(id).map(|n| format!("Delete {n}")),
            Command::SetPinned { ids, pinned } => {
                let verb = if *pinned { "Pin" } else { "Unpin" };
                let distinct: std::collections::BTreeSet<_> = ids.iter().collect();
                match distinct.len() {
                    1 => ids.first().and_then(name).map(|n| format!("{verb} {n}")),
                    n => Some(format!("{verb} {n} sessions")),
                }
            }
            Command::SetPreferredRoom { id, room } => {
                name(id).map(|n| match room.as_ref().and_then(|r| t.rooms.get(r)) {
                    Some(r) => format!("Prefer {} for {n}", r.name),
                    None => format!("Prefer no room for {n}"),
                })
            }
            Command::SetSessionWindows { id, windows } => name(id).map(|n| match windows.len() {
                0 => format!("Let {n} go anywhere"),
                1 => format!("Give {n} an allowed window"),
                k => format!("Give {n} {k} allowed windows"),
            }),
            Command::MoveSessions { ids, by_minutes } => Some(format!(
                "Move {} sessions {}",
                ids.len(),
                shift(*by_minutes)
            )),
            Command::SetSlotDayTimes { slot, date, times } => t.slots.get(slot).map(|s| {
                let name = text_in(&s.name, t.main_lang());
                let day = day(*date);
                match times {
                    Some(h) => format!("Set {name} on {day} to {}–{}", h.start, h.end),
                    None => format!("Give {name} on {day} its usual times"),
                }
            }),
            Command::MarkSession { id, key } => name(id).map(|n| match key {
                Some(key) => format!("Mark {n} with note {}", note_name(key)),
                None => format!("Take the note marker off {n}"),
            }),
            Command::RemoveFreeNote { key } => Some(format!("Remove note {}", note_name(key))),
            Command::SetNoteMarkers { markers, hidden } => Some(if *hidden {
                "Hide note markers".to_owned()
            } else {
                format!(
                    "Mark notes with {}",
                    match markers {
                        crate::model::MarkerStyle::Numbers => "numbers",
                        crate::model::MarkerStyle::Letters => "letters",
                        crate::model::MarkerStyle::ParenLetters => "(a), (b), ...",
                    }
                )
            }),
            Command::SetNotesHeading { lang, text } => Some(match text {
                Some(t) if !t.trim().is_empty() => {
                    format!("Set the {} notes heading to {}", lang.code(), t.trim())
                }
                _ => format!("Reset the {} notes heading", lang.code()),
            }),
            _ => None,
        };
        said.map_or_else(|| self.label(), Cow::Owned)
    }
}

/// How a note is named in a label: a free note by its id, the standard hours as such,
/// another note by its key.
fn note_name(key: &str) -> String {
    match key.strip_prefix(crate::annex::notes::FREE_PREFIX) {
        Some(id) => format!("\u{201c}{id}\u{201d}"),
        None if key == crate::annex::notes::HOURS_KEY => "on the standard hours".to_owned(),
        None => key.to_owned(),
    }
}

/// How a session is named in a label: its title in the document's main language (cut when
/// long), else "untitled session" (never its id: ids are the document's, not the user's).
pub(crate) fn session_name(t: &Timetable, s: &Session) -> String {
    let title = text_in(&s.title, t.main_lang()).trim();
    if title.is_empty() {
        return "untitled session".to_owned();
    }
    if title.chars().count() <= TITLE_CHARS {
        return title.to_owned();
    }
    let cut: String = title.chars().take(TITLE_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

/// What an edit of a session's properties changed, in words: a rename, a new room, a new
/// kind, marked tentative or exclusive, or an edit of several things.
fn edited(t: &Timetable, before: &Session, after: &Session) -> String {
    let name = session_name(t, before);
    let mut changed = Vec::new();
    if before.title != after.title {
        changed.push("title");
    }
    if before.room != after.room {
        changed.push("room");
    }
    if before.kind != after.kind {
        changed.push("kind");
    }
    if before.tentative != after.tentative {
        changed.push("tentative");
    }
    if before.exclusive != after.exclusive {
        changed.push("exclusive");
    }
    let others = {
        let mut a = after.clone();
        a.title.clone_from(&before.title);
        a.room.clone_from(&before.room);
        a.kind = before.kind;
        a.tentative = before.tentative;
        a.exclusive = before.exclusive;
        a != *before
    };
    match (changed.as_slice(), others) {
        (["title"], false) => {
            let new = session_name(t, after);
            if new == name {
                format!("Edit the title of {name}")
            } else {
                format!("Rename {name} to {new}")
            }
        }
        (["room"], false) => match after.room.as_ref().and_then(|r| t.rooms.get(r)) {
            Some(room) => format!("Put {name} in {}", room.name),
            None => format!("Take {name} out of its room"),
        },
        (["kind"], false) => format!("Change the kind of {name}"),
        (["tentative"], false) if after.tentative => format!("Mark {name} tentative"),
        (["tentative"], false) => format!("Confirm {name}"),
        (["exclusive"], false) if after.exclusive => format!("Make {name} exclusive"),
        (["exclusive"], false) => format!("Make {name} not exclusive"),
        _ => format!("Edit {name}"),
    }
}

/// "Thu 21 Sep 14:00".
fn day_time(at: Stamp) -> String {
    format!("{} {}", day(at.date()), at.time())
}

/// "Thu 21 Sep".
fn day(date: NaiveDate) -> String {
    date.format("%a %-d %b").to_string()
}

/// The end of a span as a clock time: "24:00" for midnight after the start's day, the day
/// named when it is later still.
fn end_time(start: Stamp, end: Stamp) -> String {
    if end.date() == start.date() {
        end.time().to_string()
    } else if end.time().minutes() == 0 && start.date().succ_opt() == Some(end.date()) {
        "24:00".to_owned()
    } else {
        day_time(end)
    }
}

/// "1 day later", "30 min earlier", "1 day 2 h later".
fn shift(by_minutes: i64) -> String {
    let way = if by_minutes < 0 { "earlier" } else { "later" };
    let m = by_minutes.unsigned_abs();
    let (days, hours, minutes) = (m / 1440, m % 1440 / 60, m % 60);
    let mut parts = Vec::new();
    if days > 0 {
        parts.push(if days == 1 {
            "1 day".to_owned()
        } else {
            format!("{days} days")
        });
    }
    if hours > 0 {
        parts.push(format!("{hours} h"));
    }
    if minutes > 0 {
        parts.push(format!("{minutes} min"));
    }
    if parts.is_empty() {
        return "by nothing".to_owned();
    }
    format!("{} {way}", parts.join(" "))
}
