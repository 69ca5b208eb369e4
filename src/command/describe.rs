//! Undo labels that say what was done: "Rename Q4/12 to Q4/12 (bis)", "Move Q4/12 to Thu 21
//! Sep 14:00", "Resize Q4/12 to 15:00–17:30", not "Edit session". A label is written from the
//! timetable as it is before the command, so it can name the session and where it was.
//!
//! Labels are messages (`undo-*` in `src/messages/locales`), written in the reader's
//! language: the UI's and the menus' in the app, `--ui-lang` on the command line. A session
//! is named by its title in that language where it has one, else in the main language
//! ([`Arg::Title`]). A command this file has nothing better for keeps its variant's label
//! ([`Command::label_words`]).

use super::Command;
use crate::messages::{Arg, Message};
use crate::model::{Session, Text, Timetable, Timing, text_in};
use crate::time::Stamp;

/// The longest title a label quotes whole; a longer one is cut with "…".
const TITLE_CHARS: usize = 40;

impl Command {
    /// The undo label of this command on `t` (before it is applied): what was done, naming
    /// the session and where it went; the variant's label ([`Command::label_words`]) for the
    /// rest.
    pub fn describe_words(&self, t: &Timetable) -> Message {
        match self.parts() {
            Some(parts) if parts.len() == 1 => return parts[0].describe_words(t),
            Some(_) => return self.label_words(),
            None => {}
        }
        let name = |id: &crate::model::SessionId| t.sessions.get(id).map(|s| session_arg(t, s));
        let said = |id: &str, session: Arg| Message::new(id).with("session", session);
        let words = match self {
            Command::AddSession { session } => Some(match &session.placement {
                Some(p) => said("undo-add-session-on", session_arg(t, session)).with("at", p.start),
                None => said("undo-add-session", session_arg(t, session)),
            }),
            Command::EditSession { session } => t
                .sessions
                .get(&session.id)
                .map(|before| edited(t, before, session)),
            Command::ScheduleSession { id, placement, .. } => {
                name(id).map(|n| said("undo-schedule", n).with("at", placement.start))
            }
            Command::MoveSession { id, start, room } => t.sessions.get(id).map(|s| {
                let to: Arg = match s.placement {
                    Some(p) if p.start.date() == start.date() => start.time().into(),
                    _ => (*start).into(),
                };
                let into = room
                    .as_ref()
                    .filter(|r| s.room.as_ref() != Some(*r))
                    .and_then(|r| t.rooms.get(r));
                match into {
                    Some(r) => said("undo-move-into", session_arg(t, s))
                        .with("to", to)
                        .with("room", r.name.as_str()),
                    None => said("undo-move", session_arg(t, s)).with("to", to),
                }
            }),
            Command::ResizeSession { id, start, end } => name(id).map(|n| {
                said("undo-resize", n)
                    .with("start", start.time())
                    .with("end", end_time(*start, *end))
            }),
            Command::SetSessionTiming { id, timing } => name(id).map(|n| match timing {
                Timing::Span => said("undo-make-span", n),
                Timing::Point => said("undo-make-point", n),
                Timing::OpenEnded => said("undo-make-open-ended", n),
            }),
            Command::UnscheduleSession { id } => name(id).map(|n| said("undo-unschedule", n)),
            Command::DuplicateSession { id, placement } => name(id).map(|n| match placement {
                Some(p) => said("undo-duplicate-to", n).with("at", p.start),
                None => said("undo-duplicate", n),
            }),
            Command::DeleteSession { id } => name(id).map(|n| said("undo-delete", n)),
            Command::SetPinned { ids, pinned } => {
                let distinct: std::collections::BTreeSet<_> = ids.iter().collect();
                match distinct.len() {
                    1 => ids
                        .first()
                        .and_then(name)
                        .map(|n| said(if *pinned { "undo-pin" } else { "undo-unpin" }, n)),
                    n => Some(
                        Message::new(if *pinned {
                            "undo-pin-count"
                        } else {
                            "undo-unpin-count"
                        })
                        .with("count", n),
                    ),
                }
            }
            Command::SetPreferredRoom { id, room } => {
                name(id).map(|n| match room.as_ref().and_then(|r| t.rooms.get(r)) {
                    Some(r) => said("undo-prefer-room", n).with("room", r.name.as_str()),
                    None => said("undo-prefer-no-room", n),
                })
            }
            Command::SetSessionWindows { id, windows } => name(id).map(|n| match windows.len() {
                0 => said("undo-windows-none", n),
                k => said("undo-windows", n).with("count", k),
            }),
            Command::MoveSessions { ids, by_minutes } => Some(shift(ids.len(), *by_minutes)),
            Command::SetSlotDayTimes { slot, date, times } => t.slots.get(slot).map(|s| {
                let slot = Arg::title(&s.name, text_in(&s.name, t.main_lang()));
                match times {
                    Some(h) => Message::new("undo-slot-day-times")
                        .with("slot", slot)
                        .with("day", *date)
                        .with("start", h.start)
                        .with("end", h.end),
                    None => Message::new("undo-slot-usual-times")
                        .with("slot", slot)
                        .with("day", *date),
                }
            }),
            Command::MarkSession { id, key } => name(id).map(|n| match key {
                Some(key) => said("undo-mark-note", n).with("note", note_name(key)),
                None => said("undo-unmark-note", n),
            }),
            Command::RemoveFreeNote { key } => {
                Some(Message::new("undo-remove-note").with("note", note_name(key)))
            }
            Command::SetNoteMarkers { markers, hidden } => Some(Message::new(if *hidden {
                "undo-hide-markers"
            } else {
                match markers {
                    crate::model::MarkerStyle::Numbers => "undo-markers-numbers",
                    crate::model::MarkerStyle::Letters => "undo-markers-letters",
                    crate::model::MarkerStyle::ParenLetters => "undo-markers-paren-letters",
                }
            })),
            Command::SetNotesHeading { lang, text } => Some(match text {
                Some(t) if !t.trim().is_empty() => Message::new("undo-notes-heading")
                    .with("lang", lang.code())
                    .with("text", t.trim()),
                _ => Message::new("undo-notes-heading-reset").with("lang", lang.code()),
            }),
            _ => None,
        };
        words.unwrap_or_else(|| self.label_words())
    }
}

/// How a note is named in a label: a free note by its id, the standard hours as such,
/// another note by its key.
fn note_name(key: &str) -> Arg {
    match key.strip_prefix(crate::annex::notes::FREE_PREFIX) {
        Some(id) => Message::new("undo-note-free").with("id", id).into(),
        None if key == crate::annex::notes::HOURS_KEY => Message::new("undo-note-hours").into(),
        None => key.into(),
    }
}

/// How a session is named in a label: its title in the language the label is written in,
/// else in the main language ([`session_name`]), each cut when long; "untitled session"
/// when it has none.
fn session_arg(t: &Timetable, s: &Session) -> Arg {
    let main = session_name(t, s);
    if main.is_empty() {
        return Message::new("undo-untitled-session").into();
    }
    let cut: Text = s
        .title
        .iter()
        .map(|(l, title)| (*l, cut_title(title.trim())))
        .collect();
    Arg::title(&cut, main)
}

/// How a session is named in an English label: its title in the document's main language
/// (cut when long), "" when it has none (never its id: ids are the document's, not the
/// user's).
fn session_name(t: &Timetable, s: &Session) -> String {
    cut_title(text_in(&s.title, t.main_lang()).trim())
}

/// `title` whole when it is short, else its first characters and "…".
fn cut_title(title: &str) -> String {
    if title.chars().count() <= TITLE_CHARS {
        return title.to_owned();
    }
    let cut: String = title.chars().take(TITLE_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

/// What an edit of a session's properties changed, in words: a rename, a new room, a new
/// kind, marked tentative or exclusive, or an edit of several things.
fn edited(t: &Timetable, before: &Session, after: &Session) -> Message {
    let name = session_arg(t, before);
    let said = |id: &str| Message::new(id).with("session", name.clone());
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
            if session_name(t, after) == session_name(t, before) {
                said("undo-edit-title")
            } else {
                said("undo-rename").with("new", session_arg(t, after))
            }
        }
        (["room"], false) => match after.room.as_ref().and_then(|r| t.rooms.get(r)) {
            Some(room) => said("undo-put-in-room").with("room", room.name.as_str()),
            None => said("undo-take-out-of-room"),
        },
        (["kind"], false) => said("undo-change-kind"),
        (["tentative"], false) if after.tentative => said("undo-mark-tentative"),
        (["tentative"], false) => said("undo-confirm"),
        (["exclusive"], false) if after.exclusive => said("undo-make-exclusive"),
        (["exclusive"], false) => said("undo-make-not-exclusive"),
        _ => said("undo-edit"),
    }
}

/// The end of a span as a clock time: "24:00" for midnight after the start's day, the day
/// named when it is later still.
fn end_time(start: Stamp, end: Stamp) -> Arg {
    if end.date() == start.date() {
        end.time().into()
    } else if end.time().minutes() == 0 && start.date().succ_opt() == Some(end.date()) {
        "24:00".into()
    } else {
        end.into()
    }
}

/// "Move 2 sessions 1 day later", "... 30 min earlier", "... 1 day, 2 h later".
fn shift(count: usize, by_minutes: i64) -> Message {
    let m = by_minutes.unsigned_abs();
    let parts: Vec<Arg> = [
        ("undo-days", m / 1440),
        ("undo-hours", m % 1440 / 60),
        ("undo-minutes", m % 60),
    ]
    .into_iter()
    .filter(|(_, n)| *n > 0)
    .map(|(id, n)| Message::new(id).with("count", n).into())
    .collect();
    let id = match by_minutes {
        0 => return Message::new("undo-move-sessions-nothing").with("count", count),
        ..0 => "undo-move-sessions-earlier",
        _ => "undo-move-sessions-later",
    };
    Message::new(id)
        .with("count", count)
        .with("by", Arg::List(parts))
}
