//! Every text of the document in every meeting language: what the Translations view lists
//! and edits, and how a session is named to a person (by its title, never its id).
//!
//! A text is a [`Text`] map (language to string) at one [`TextPlace`]: the meeting's title,
//! each session's title, annex label and annex note, each body's full name, each slot's and
//! each break's name, the heading of the annex notes and each free note. Room names and people's names are written once, in no language, so
//! they are not listed. [`list`] answers every place with its texts and the meeting
//! languages it lacks; [`Command::SetText`](crate::command::Command::SetText) edits one
//! language of one place, so a cell of the view is one command.
//!
//! An annex label or annex note is optional: a session without one shows its title. Such a
//! place (and the notes' heading, which defaults to the annex's own) is listed only once it
//! has a text in some language; from then on the languages it
//! lacks are missing like any other.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{BodyId, BreakId, Lang, Session, SessionId, SlotId, Text, Timetable, text_in};
use crate::time::Stamp;

/// Where a text lives in the document.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum TextPlace {
    /// The meeting's title.
    MeetingTitle,
    /// A session's title.
    SessionTitle {
        /// The session.
        session: SessionId,
    },
    /// A session's annex label (the text of its annex cell when it differs from the title).
    AnnexLabel {
        /// The session.
        session: SessionId,
    },
    /// A session's annex note (the wording of its note in place of the title).
    AnnexNote {
        /// The session.
        session: SessionId,
    },
    /// A body's full name.
    BodyName {
        /// The body.
        body: BodyId,
    },
    /// A slot's name ("Morning").
    SlotName {
        /// The slot.
        slot: SlotId,
    },
    /// A break's name ("Lunch").
    BreakName {
        /// The break.
        #[serde(rename = "break")]
        #[ts(rename = "break")]
        brk: BreakId,
    },
    /// The heading of the annex notes ("Notes by TSB:"; see
    /// [`NoteStyle`](crate::model::NoteStyle)).
    NotesHeading,
    /// A free note under the annex table (an `annexNotes` entry keyed `free:<id>`).
    FreeNote {
        /// The note's key.
        key: String,
    },
}

/// One text of the document: where it is, whose it is, and what it says in each language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct TextRow {
    /// Where it lives; [`Command::SetText`](crate::command::Command::SetText) with this place
    /// edits it.
    pub place: TextPlace,
    /// Whose text it is, as a person names it in the main language: the session's title
    /// (else its bodies' short names), the body's short name, the slot's or break's name.
    /// Never an internal id.
    pub owner: String,
    /// When the session it belongs to starts (absent for other texts and for a session in
    /// the palette): many sessions share a title ("Question 4/12"), so a person tells their
    /// rows apart by when they meet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub start: Option<Stamp>,
    /// What it says in each language it has (blank texts left out).
    pub texts: Text,
    /// The meeting languages it has no text in, in the meeting's order.
    pub missing: Vec<Lang>,
}

/// Every text of the document (see the module docs).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct Translations {
    /// The meeting's languages, the main one first: the view's columns.
    pub languages: Vec<Lang>,
    /// Every text: the meeting's title, the sessions (scheduled ones in time order, then the
    /// palette's), the bodies in tree order, the slots, the breaks.
    pub rows: Vec<TextRow>,
}

impl Translations {
    /// The rows that lack a text in `lang`.
    pub fn missing_in(&self, lang: Lang) -> impl Iterator<Item = &TextRow> {
        self.rows.iter().filter(move |r| r.missing.contains(&lang))
    }
}

/// Every text of `t` with the meeting languages each lacks (see the module docs).
pub fn list(t: &Timetable) -> Translations {
    let languages = t.meeting.languages.clone();
    let main = t.main_lang();
    let mut rows = Vec::new();
    let mut push = |place: TextPlace, owner: String, start: Option<Stamp>, text: &Text| {
        let texts: Text = text
            .iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(l, v)| (*l, v.clone()))
            .collect();
        let missing = languages
            .iter()
            .copied()
            .filter(|l| !texts.contains_key(l))
            .collect();
        rows.push(TextRow {
            place,
            owner,
            start,
            texts,
            missing,
        });
    };
    push(
        TextPlace::MeetingTitle,
        text_in(&t.meeting.title, main).to_string(),
        None,
        &t.meeting.title,
    );
    for s in sessions_in_order(t) {
        let owner = session_name(t, s);
        let start = s.placement.map(|p| p.start);
        let session = || s.id.clone();
        push(
            TextPlace::SessionTitle { session: session() },
            owner.clone(),
            start,
            &s.title,
        );
        if has_text(&s.annex_label) {
            push(
                TextPlace::AnnexLabel { session: session() },
                owner.clone(),
                start,
                &s.annex_label,
            );
        }
        if has_text(&s.annex_note) {
            push(
                TextPlace::AnnexNote { session: session() },
                owner,
                start,
                &s.annex_note,
            );
        }
    }
    for (body, _) in crate::bodies::tree_order(t) {
        push(
            TextPlace::BodyName {
                body: body.id.clone(),
            },
            body.short.clone(),
            None,
            &body.name,
        );
    }
    for slot in t.slots.values() {
        push(
            TextPlace::SlotName {
                slot: slot.id.clone(),
            },
            named(text_in(&slot.name, main), "slot"),
            None,
            &slot.name,
        );
    }
    for b in t.breaks.values() {
        push(
            TextPlace::BreakName { brk: b.id.clone() },
            named(text_in(&b.name, main), "break"),
            None,
            &b.name,
        );
    }
    let heading = &t.meeting.note_style.heading;
    if has_text(heading) {
        push(
            TextPlace::NotesHeading,
            "annex notes".to_owned(),
            None,
            heading,
        );
    }
    for entry in t
        .annex_notes
        .iter()
        .filter(|e| crate::annex::notes::is_free(&e.key))
    {
        let text = text_in(&entry.text, main).trim();
        // A free note is named by its text (cut when long), never by its key.
        let owner = if text.chars().count() > 40 {
            let cut: String = text.chars().take(39).collect();
            format!("{}…", cut.trim_end())
        } else if text.is_empty() {
            "(no text yet)".to_owned()
        } else {
            text.to_owned()
        };
        push(
            TextPlace::FreeNote {
                key: entry.key.clone(),
            },
            owner,
            None,
            &entry.text,
        );
    }
    Translations { languages, rows }
}

/// The text at `place` in `t`; `None` when the place names nothing there.
pub fn text_at<'a>(t: &'a Timetable, place: &TextPlace) -> Option<&'a Text> {
    Some(match place {
        TextPlace::MeetingTitle => &t.meeting.title,
        TextPlace::SessionTitle { session } => &t.sessions.get(session)?.title,
        TextPlace::AnnexLabel { session } => &t.sessions.get(session)?.annex_label,
        TextPlace::AnnexNote { session } => &t.sessions.get(session)?.annex_note,
        TextPlace::BodyName { body } => &t.bodies.get(body)?.name,
        TextPlace::SlotName { slot } => &t.slots.get(slot)?.name,
        TextPlace::BreakName { brk } => &t.breaks.get(brk)?.name,
        TextPlace::NotesHeading => &t.meeting.note_style.heading,
        TextPlace::FreeNote { key } => &t.annex_notes.iter().find(|e| &e.key == key)?.text,
    })
}

/// `text` with `lang` set to `value`, or without `lang` when `value` is blank.
pub fn with_text(text: &Text, lang: Lang, value: &str) -> Text {
    let mut text = text.clone();
    if value.trim().is_empty() {
        text.remove(&lang);
    } else {
        text.insert(lang, value.to_string());
    }
    text
}

/// How a person names session `s`: its title in the main language (else in the first
/// language of the fallback order it has), else its bodies' short names ("Q4/12, Q5/12"),
/// else "untitled session". Never its id: messages to people (export warnings, the
/// Translations view) name sessions this way.
pub fn session_name(t: &Timetable, s: &Session) -> String {
    let title = text_in(&s.title, t.main_lang()).trim();
    if !title.is_empty() {
        return title.to_string();
    }
    let shorts: Vec<&str> = s
        .bodies
        .iter()
        .filter_map(|b| t.bodies.get(b))
        .map(|b| b.short.as_str())
        .filter(|s| !s.trim().is_empty())
        .collect();
    if shorts.is_empty() {
        "untitled session".to_string()
    } else {
        shorts.join(", ")
    }
}

/// How a message names session `s`: by its title in the language the message is written
/// in where it has one, else as [`session_name`] names it ([`Arg::title`]).
///
/// [`Arg::title`]: crate::messages::Arg::title
pub fn session_title(t: &Timetable, s: &Session) -> crate::messages::Arg {
    crate::messages::Arg::title(&s.title, session_name(t, s))
}

fn has_text(text: &Text) -> bool {
    text.values().any(|v| !v.trim().is_empty())
}

fn named(name: &str, what: &str) -> String {
    if name.trim().is_empty() {
        format!("unnamed {what}")
    } else {
        name.to_string()
    }
}

/// Scheduled sessions by start (then end), then the palette's in the document's order.
fn sessions_in_order(t: &Timetable) -> Vec<&Session> {
    let mut scheduled: Vec<&Session> = t
        .sessions
        .values()
        .filter(|s| s.placement.is_some())
        .collect();
    scheduled.sort_by_key(|s| s.placement.map(|p| (p.start, p.end)));
    scheduled.extend(t.sessions.values().filter(|s| s.placement.is_none()));
    scheduled
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Lang, SessionId};

    fn example() -> Timetable {
        crate::generate::study_group(3, 6, 1)
    }

    #[test]
    fn lists_the_meeting_title_first_with_the_meeting_languages_as_columns() {
        let t = example();
        let list = list(&t);
        assert_eq!(list.languages, t.meeting.languages);
        assert_eq!(list.rows[0].place, TextPlace::MeetingTitle);
    }

    #[test]
    fn lists_every_session_title_body_slot_and_break_once() {
        let t = example();
        let list = list(&t);
        let count = |f: fn(&TextPlace) -> bool| list.rows.iter().filter(|r| f(&r.place)).count();
        assert_eq!(
            count(|p| matches!(p, TextPlace::SessionTitle { .. })),
            t.sessions.len()
        );
        assert_eq!(
            count(|p| matches!(p, TextPlace::BodyName { .. })),
            t.bodies.len()
        );
        assert_eq!(
            count(|p| matches!(p, TextPlace::SlotName { .. })),
            t.slots.len()
        );
        assert_eq!(
            count(|p| matches!(p, TextPlace::BreakName { .. })),
            t.breaks.len()
        );
    }

    #[test]
    fn a_language_without_text_is_missing_and_a_blank_text_counts_as_none() {
        let mut t = example();
        t.meeting.languages = vec![Lang::En, Lang::Fr, Lang::Zh];
        let id = t.sessions.keys().next().unwrap().clone();
        let s = t.sessions.get_mut(&id).unwrap();
        s.title = Text::from([(Lang::En, "Opening".into()), (Lang::Fr, "  ".into())]);
        let list = list(&t);
        let row = list
            .rows
            .iter()
            .find(|r| {
                r.place
                    == TextPlace::SessionTitle {
                        session: id.clone(),
                    }
            })
            .unwrap();
        assert_eq!(row.missing, vec![Lang::Fr, Lang::Zh]);
        assert_eq!(row.texts.len(), 1);
        assert_eq!(row.owner, "Opening");
        assert_eq!(row.start, t.sessions[&id].placement.map(|p| p.start));
        assert!(list.missing_in(Lang::Zh).any(|r| r.place == row.place));
    }

    #[test]
    fn annex_labels_and_notes_are_listed_only_once_they_have_a_text() {
        let mut t = example();
        t.meeting.languages = vec![Lang::En, Lang::Fr];
        let id = t.sessions.keys().next().unwrap().clone();
        let s = t.sessions.get_mut(&id).unwrap();
        s.annex_label = Text::new();
        s.annex_note = Text::from([(Lang::Fr, "Point de rencontre".into())]);
        let list = list(&t);
        let label = TextPlace::AnnexLabel {
            session: id.clone(),
        };
        let note = TextPlace::AnnexNote {
            session: id.clone(),
        };
        assert!(!list.rows.iter().any(|r| r.place == label));
        let row = list.rows.iter().find(|r| r.place == note).unwrap();
        assert_eq!(row.missing, vec![Lang::En]);
    }

    #[test]
    fn a_session_is_named_by_its_main_language_title_else_its_bodies_never_its_id() {
        let mut t = example();
        t.meeting.languages = vec![Lang::Fr, Lang::En];
        let id = t.sessions.keys().next().unwrap().clone();
        let s = t.sessions.get_mut(&id).unwrap();
        s.title = Text::from([(Lang::En, "Opening".into()), (Lang::Fr, "Ouverture".into())]);
        assert_eq!(session_name(&t, &t.sessions[&id]), "Ouverture");
        let s = t.sessions.get_mut(&id).unwrap();
        s.title = Text::new();
        let named = session_name(&t, &t.sessions[&id]);
        assert_ne!(named, id.to_string());
        assert!(!named.is_empty());
    }

    #[test]
    fn text_at_finds_each_place_and_nothing_for_an_unknown_one() {
        let t = example();
        for row in list(&t).rows {
            assert!(text_at(&t, &row.place).is_some(), "{:?}", row.place);
        }
        let unknown = TextPlace::SessionTitle {
            session: SessionId("no-such".into()),
        };
        assert_eq!(text_at(&t, &unknown), None);
    }

    #[test]
    fn with_text_sets_a_language_and_a_blank_value_removes_it() {
        let text = Text::from([(Lang::En, "Lunch".into())]);
        let fr = with_text(&text, Lang::Fr, "Déjeuner");
        assert_eq!(fr.get(&Lang::Fr).map(String::as_str), Some("Déjeuner"));
        assert_eq!(with_text(&fr, Lang::Fr, " ").get(&Lang::Fr), None);
    }
}
