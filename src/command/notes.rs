//! Commands on the user's own notes under the annex table: free notes (added and removed
//! here; their texts and order are edited as every note's, in `publishing.rs`), sessions
//! marked with an existing note, and how the notes are marked and headed.
//!
//! Why the marker style and heading are edits of the meeting: they are one setting of the
//! letter, sent and undone whole like the meeting's languages (see
//! [`NoteStyle`](crate::model::NoteStyle)).

use super::build::Builder;
use super::edit::Edit;
use super::error::CommandError;
use crate::annex::{all_note_keys, notes};
use crate::model::{AnnexNote, Lang, MarkerStyle, Meeting, SessionId, Text};

/// Adds free note `free:<id>` (a fresh id when `id` is blank) with `text`. When the user
/// has ordered the notes, the new one is ordered too, after them, so it shows last rather
/// than wherever derived order would anchor it.
pub(super) fn add_free_note(
    b: &mut Builder<'_>,
    id: &str,
    text: &Text,
) -> Result<(), CommandError> {
    let t = b.timetable();
    let taken = |id: &str| {
        let key = format!("{}{id}", notes::FREE_PREFIX);
        t.annex_notes.iter().any(|e| e.key == key)
    };
    let id = id.trim();
    let id = if id.is_empty() {
        (1..)
            .map(|n| {
                if n == 1 {
                    "note".to_owned()
                } else {
                    format!("note-{n}")
                }
            })
            .find(|id| !taken(id))
            .expect("an unbounded range always yields a free id")
    } else if taken(id) {
        return Err(CommandError::Duplicate {
            what: "free note",
            id: id.to_owned(),
        });
    } else {
        id.to_owned()
    };
    let key = format!("{}{id}", notes::FREE_PREFIX);
    if let Some(why) = notes::key_problem(&key) {
        return Err(CommandError::BadNoteKey { why: Box::new(why) });
    }
    let text: Text = text
        .iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(l, v)| (*l, v.trim().to_owned()))
        .collect();
    let mut after = t.annex_notes.clone();
    after.push(AnnexNote {
        key,
        ordered: t.annex_notes.iter().any(|e| e.ordered),
        text,
    });
    b.annex_notes(after);
    Ok(())
}

/// Removes free note `key` and takes its marker off the sessions marked with it.
pub(super) fn remove_free_note(b: &mut Builder<'_>, key: &str) -> Result<(), CommandError> {
    let t = b.timetable();
    if !notes::is_free(key) || !t.annex_notes.iter().any(|e| e.key == key) {
        return Err(CommandError::not_found("free note", key));
    }
    b.update_sessions(|s| {
        (s.annex_mark.as_deref() == Some(key)).then(|| {
            let mut s = s.clone();
            s.annex_mark = None;
            s
        })
    });
    let after = b
        .timetable()
        .annex_notes
        .iter()
        .filter(|e| e.key != key)
        .cloned()
        .collect();
    b.annex_notes(after);
    Ok(())
}

/// Marks session `id` with note `key` (a note of some layout), or takes its mark off.
pub(super) fn mark_session(
    b: &mut Builder<'_>,
    id: &SessionId,
    key: Option<&str>,
) -> Result<(), CommandError> {
    let t = b.timetable();
    let session = t
        .sessions
        .get(id)
        .ok_or_else(|| CommandError::not_found("session", id))?;
    let key = key.map(str::trim).filter(|k| !k.is_empty());
    if let Some(key) = key {
        if let Some(why) = notes::key_problem(key) {
            return Err(CommandError::BadNoteKey { why: Box::new(why) });
        }
        let known = t
            .annex_notes
            .iter()
            .any(|e| e.key == key && notes::is_free(key))
            || all_note_keys(t).iter().any(|k| k == key);
        if !known {
            return Err(CommandError::not_found("annex note", key));
        }
    }
    if session.annex_mark.as_deref() == key {
        return Ok(());
    }
    let mut after = session.clone();
    after.annex_mark = key.map(str::to_owned);
    b.set(id.clone(), Some(after));
    Ok(())
}

/// Sets how notes are numbered and whether the cells show markers.
pub(super) fn set_markers(b: &mut Builder<'_>, markers: MarkerStyle, hidden: bool) {
    let mut meeting = b.timetable().meeting.clone();
    meeting.note_style.markers = markers;
    meeting.note_style.hide_markers = hidden;
    set_meeting(b, meeting);
}

/// Sets (or, with no or blank text, clears) the heading of the notes in `lang`.
pub(super) fn set_heading(b: &mut Builder<'_>, lang: Lang, text: Option<&str>) {
    let mut meeting = b.timetable().meeting.clone();
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        Some(text) => meeting.note_style.heading.insert(lang, text.to_owned()),
        None => meeting.note_style.heading.remove(&lang),
    };
    set_meeting(b, meeting);
}

fn set_meeting(b: &mut Builder<'_>, after: Meeting) {
    let before = &b.timetable().meeting;
    if *before != after {
        let before = Box::new(before.clone());
        b.push(Edit::Meeting {
            before,
            after: Box::new(after),
        });
    }
}
