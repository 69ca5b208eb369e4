//! Every language of the meeting: one command edits one language of any text, undo gives
//! the text back, and the listing says what is still missing.

use plenary::command::Command;
use plenary::document;
use plenary::editor::{DryRun, Editor};
use plenary::model::{Lang, SessionId};
use plenary::translations::TextPlace;

use crate::sg12;

fn set(place: TextPlace, lang: Lang, text: &str) -> Command {
    Command::SetText {
        place,
        lang,
        text: text.into(),
    }
}

#[test]
fn a_french_title_typed_in_a_cell_is_one_undoable_command_and_no_longer_missing() {
    let mut t = sg12();
    t.meeting.languages.push(Lang::Fr);
    let mut e = Editor::new(t);
    let place = TextPlace::SessionTitle {
        session: SessionId::from("opening"),
    };
    let missing = |e: &Editor| {
        e.translations()
            .rows
            .into_iter()
            .find(|r| r.place == place)
            .expect("the opening's title is listed")
            .missing
    };
    assert_eq!(missing(&e), vec![Lang::Fr]);
    let applied = e
        .apply(
            &set(place.clone(), Lang::Fr, "Séance plénière d'ouverture"),
            DryRun::No,
        )
        .expect("applied");
    assert_eq!(applied.label, "Edit translation");
    assert_eq!(
        e.timetable().sessions[&SessionId::from("opening")].title[&Lang::Fr],
        "Séance plénière d'ouverture"
    );
    assert!(missing(&e).is_empty());
    e.undo();
    assert_eq!(missing(&e), vec![Lang::Fr]);
}

#[test]
fn every_kind_of_place_is_edited_by_the_same_command() {
    let mut e = Editor::new(sg12());
    for row in e.translations().rows {
        e.apply(&set(row.place.clone(), Lang::Ru, "Текст"), DryRun::No)
            .unwrap_or_else(|err| panic!("{:?}: {err}", row.place));
        let after = e.translations();
        let now = after
            .rows
            .iter()
            .find(|r| r.place == row.place)
            .expect("still listed");
        assert_eq!(now.texts[&Lang::Ru], "Текст", "{:?}", row.place);
    }
}

#[test]
fn clearing_the_last_title_of_a_session_is_refused_and_an_unknown_place_too() {
    let mut e = Editor::new(sg12());
    let opening = TextPlace::SessionTitle {
        session: SessionId::from("opening"),
    };
    e.apply(&set(opening.clone(), Lang::Zh, ""), DryRun::No)
        .expect("another language is left");
    let before = document::save(e.timetable());
    assert!(e.apply(&set(opening, Lang::En, " "), DryRun::No).is_err());
    let unknown = TextPlace::SessionTitle {
        session: SessionId::from("no-such"),
    };
    assert!(e.apply(&set(unknown, Lang::En, "x"), DryRun::No).is_err());
    assert_eq!(document::save(e.timetable()), before, "nothing changed");
}

#[test]
fn export_warnings_name_sessions_by_their_titles_never_their_ids() {
    use plenary::annex::{self, Layout, Options};
    let t = sg12();
    for layout in [Layout::Days, Layout::Bodies] {
        let built = annex::build(&t, &Options::new(layout, Lang::Fr));
        assert!(
            !built.warnings.is_empty(),
            "the example has no French texts"
        );
        for w in &built.warnings {
            for id in t.sessions.keys() {
                assert!(
                    !w.message.contains(&format!("session {id}:")),
                    "{layout:?}: {}",
                    w.message
                );
            }
            assert!(
                w.message.starts_with("session \"") || w.message.starts_with("sessions \""),
                "{}",
                w.message
            );
        }
    }
}

#[test]
fn free_notes_and_the_notes_heading_are_texts_of_every_meeting_language() {
    let mut t = sg12();
    t.meeting.languages.push(Lang::Fr);
    let mut e = Editor::new(t);
    let listed = |e: &Editor, place: &TextPlace| {
        e.translations()
            .rows
            .into_iter()
            .find(|r| &r.place == place)
    };
    let heading = TextPlace::NotesHeading;
    assert!(
        listed(&e, &heading).is_none(),
        "the usual heading is no text of the document"
    );
    e.apply(
        &Command::AddFreeNote {
            id: "dinner".into(),
            text: [(Lang::En, "Dinner at 19:00.".to_owned())].into(),
        },
        DryRun::No,
    )
    .expect("a free note is added");
    e.apply(&set(heading.clone(), Lang::En, "Notes by TSB:"), DryRun::No)
        .expect("the heading is a text");
    let note = TextPlace::FreeNote {
        key: "free:dinner".into(),
    };
    let row = listed(&e, &note).expect("the free note is listed");
    assert_eq!(
        row.owner, "Dinner at 19:00.",
        "named by its text, not its key"
    );
    assert!(row.missing.contains(&Lang::Fr), "{:?}", row.missing);
    assert!(
        listed(&e, &heading)
            .expect("now listed")
            .missing
            .contains(&Lang::Fr)
    );
    e.apply(&set(note.clone(), Lang::Fr, "Dîner à 19:00."), DryRun::No)
        .expect("its French text");
    assert!(
        !listed(&e, &note)
            .expect("listed")
            .missing
            .contains(&Lang::Fr)
    );
    let fr = plenary::annex::build(
        e.timetable(),
        &plenary::annex::Options::new(plenary::annex::Layout::Days, Lang::Fr),
    );
    assert_eq!(
        fr.notes.last().map(|n| n.text.as_str()),
        Some("Dîner à 19:00.")
    );
    e.undo();
    assert!(
        listed(&e, &note)
            .expect("listed")
            .missing
            .contains(&Lang::Fr)
    );
}
