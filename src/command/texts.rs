//! One language of one text anywhere in the document: the Translations view's cell edit.
//! Which item holds the text is [`TextPlace`]'s; the edit is the ordinary edit of that item
//! (or of the meeting), so undo, the answer to the client and validation are the usual ones.

use super::build::Builder;
use super::error::CommandError;
use crate::model::{Body, Break, Lang, Session, Slot};
use crate::translations::{TextPlace, with_text};

/// Sets `place`'s text in `lang` to `text` (a blank text removes the language).
pub(super) fn set_text(
    b: &mut Builder<'_>,
    place: &TextPlace,
    lang: Lang,
    text: &str,
) -> Result<(), CommandError> {
    match place {
        TextPlace::MeetingTitle => {
            let before = b.timetable().meeting.clone();
            let mut after = before.clone();
            after.title = with_text(&before.title, lang, text);
            b.push(super::Edit::Meeting {
                before: Box::new(before),
                after: Box::new(after),
            });
            Ok(())
        }
        TextPlace::SessionTitle { session }
        | TextPlace::AnnexLabel { session }
        | TextPlace::AnnexNote { session } => {
            let mut s = b.get::<Session>(session)?.clone();
            let field = match place {
                TextPlace::SessionTitle { .. } => &mut s.title,
                TextPlace::AnnexLabel { .. } => &mut s.annex_label,
                _ => &mut s.annex_note,
            };
            *field = with_text(field, lang, text);
            b.edit(s)
        }
        TextPlace::BodyName { body } => {
            let mut item = b.get::<Body>(body)?.clone();
            item.name = with_text(&item.name, lang, text);
            b.edit(item)
        }
        TextPlace::SlotName { slot } => {
            let mut item = b.get::<Slot>(slot)?.clone();
            item.name = with_text(&item.name, lang, text);
            b.edit(item)
        }
        TextPlace::BreakName { brk } => {
            let mut item = b.get::<Break>(brk)?.clone();
            item.name = with_text(&item.name, lang, text);
            b.edit(item)
        }
        TextPlace::NotesHeading => {
            super::notes::set_heading(b, lang, Some(text));
            Ok(())
        }
        TextPlace::FreeNote { key } => {
            let mut after = b.timetable().annex_notes.clone();
            let entry = after
                .iter_mut()
                .find(|e| &e.key == key && crate::annex::notes::is_free(key))
                .ok_or_else(|| CommandError::not_found("free note", key))?;
            entry.text = with_text(&entry.text, lang, text);
            b.annex_notes(after);
            Ok(())
        }
    }
}
