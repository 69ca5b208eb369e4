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
