//! The user's control of the annex notes: free notes, sessions marked with a note, marker
//! styles, hidden markers, the heading; in the editor (one undo step each, labels that say
//! what was done) and through the command line (`plenary notes`, `plenary apply`).

use plenary::annex::{self, Annex, Layout, Options};
use plenary::model::{Lang, MarkerStyle, SessionId, Text};
use plenary::{Command, DryRun, Editor};

use crate::cli::plenary;

fn run(e: &mut Editor, command: Command) {
    e.apply(&command, DryRun::No)
        .unwrap_or_else(|err| panic!("{command:?} applies: {err}"));
}

fn en(text: &str) -> Text {
    [(Lang::En, text.to_owned())].into()
}

fn days(e: &Editor, lang: Lang) -> Annex {
    annex::build(e.timetable(), &Options::new(Layout::Days, lang))
}

/// The marker texts of the items of `session`, in the annex's style.
fn markers_of(a: &Annex, session: &str) -> Vec<String> {
    a.rows
        .iter()
        .flat_map(|r| &r.cells)
        .flat_map(|c| &c.lines)
        .flat_map(|l| &l.items)
        .filter(|i| i.sessions.contains(&SessionId::from(session)))
        .filter_map(|i| i.marker.map(|n| a.marker(n)))
        .collect()
}

#[test]
fn a_free_note_is_added_edited_marked_and_removed_one_undo_step_each() {
    let mut e = Editor::new(crate::sg12());
    let notes_before = days(&e, Lang::En).notes.len();
    run(
        &mut e,
        Command::AddFreeNote {
            id: String::new(),
            text: en("Dinner on 21 September at 19:00."),
        },
    );
    assert_eq!(e.history().undo_label.as_deref(), Some("Add free note"));
    let a = days(&e, Lang::En);
    assert_eq!(a.notes.len(), notes_before + 1);
    let free = a.notes.last().expect("the free note");
    assert_eq!(
        (free.key.as_str(), free.text.as_str()),
        ("free:note", "Dinner on 21 September at 19:00."),
        "the example's notes are all ordered, so the new one comes last"
    );

    // Its French text, through the command every note's text uses.
    run(
        &mut e,
        Command::SetAnnexNoteText {
            key: "free:note".into(),
            lang: Lang::Fr,
            text: Some("Dîner le 21 septembre à 19:00.".into()),
        },
    );
    let fr = days(&e, Lang::Fr);
    assert_eq!(
        fr.notes.last().map(|n| n.text.as_str()),
        Some("Dîner le 21 septembre à 19:00.")
    );

    // A session that shows in a cell, marked with it, carries its marker.
    let q = "q12-20am";
    assert!(
        e.timetable().sessions.contains_key(&SessionId::from(q)),
        "the example has {q}"
    );
    run(
        &mut e,
        Command::MarkSession {
            id: SessionId::from(q),
            key: Some("free:note".into()),
        },
    );
    let a = days(&e, Lang::En);
    let number = a.notes.len().to_string();
    assert!(
        markers_of(&a, q).contains(&number),
        "{:?}",
        markers_of(&a, q)
    );
    assert!(
        e.history()
            .undo_label
            .as_deref()
            .is_some_and(|l| l.starts_with("Mark ") && l.ends_with("with note “note”")),
        "{:?}",
        e.history().undo_label
    );

    // Removing it takes the mark off too, in one step that undo gives back whole.
    let marked = e.timetable().clone();
    run(
        &mut e,
        Command::RemoveFreeNote {
            key: "free:note".into(),
        },
    );
    assert_eq!(days(&e, Lang::En).notes.len(), notes_before);
    assert_eq!(e.timetable().sessions[&SessionId::from(q)].annex_mark, None);
    e.undo();
    assert_eq!(e.timetable(), &marked);
}

#[test]
fn markers_take_the_documents_style_and_language_and_can_be_hidden() {
    let mut e = Editor::new(crate::sg12());
    let numbers = markers_of(&days(&e, Lang::En), "bsg-am");
    assert_eq!(numbers, ["2"].map(String::from));
    run(
        &mut e,
        Command::SetNoteMarkers {
            markers: MarkerStyle::ParenLetters,
            hidden: false,
        },
    );
    assert_eq!(
        markers_of(&days(&e, Lang::En), "bsg-am"),
        ["(b)"].map(String::from)
    );
    assert_eq!(
        markers_of(&days(&e, Lang::Ru), "bsg-am"),
        ["(б)"].map(String::from)
    );
    run(
        &mut e,
        Command::SetNoteMarkers {
            markers: MarkerStyle::Letters,
            hidden: true,
        },
    );
    assert_eq!(e.history().undo_label.as_deref(), Some("Hide note markers"));
    let a = days(&e, Lang::En);
    assert!(
        markers_of(&a, "bsg-am").is_empty(),
        "no markers in the cells"
    );
    let text = annex::text::to_text(&a);
    assert!(text.contains("\nb) TBD: Bridging"), "{text}");
}

#[test]
fn the_heading_is_set_per_language_and_a_blank_one_gives_back_the_usual() {
    let mut e = Editor::new(crate::sg12());
    run(
        &mut e,
        Command::SetNotesHeading {
            lang: Lang::Zh,
            text: Some("电信标准化局的说明：".into()),
        },
    );
    assert_eq!(days(&e, Lang::Zh).notes_heading, "电信标准化局的说明：");
    assert_eq!(days(&e, Lang::En).notes_heading, "Notes:");
    run(
        &mut e,
        Command::SetNotesHeading {
            lang: Lang::Zh,
            text: Some("  ".into()),
        },
    );
    assert_eq!(days(&e, Lang::Zh).notes_heading, "说明：");
    assert!(e.timetable().meeting.note_style.is_default());
}

#[test]
fn refusals_name_what_is_wrong() {
    let mut e = Editor::new(crate::sg12());
    let refused =
        |e: &mut Editor, c: Command| e.apply(&c, DryRun::No).expect_err("refused").to_string();
    let why = refused(
        &mut e,
        Command::MarkSession {
            id: SessionId::from("welcome"),
            key: Some("free:nothing".into()),
        },
    );
    assert!(why.contains("free:nothing"), "{why}");
    let why = refused(
        &mut e,
        Command::RemoveFreeNote {
            key: "hours".into(),
        },
    );
    assert!(why.contains("no free note 'hours'"), "{why}");
    run(
        &mut e,
        Command::AddFreeNote {
            id: "dinner".into(),
            text: en("Dinner."),
        },
    );
    let why = refused(
        &mut e,
        Command::AddFreeNote {
            id: "dinner".into(),
            text: en("Again."),
        },
    );
    assert!(why.contains("'dinner' already exists"), "{why}");
}

#[test]
fn scripts_list_the_notes_and_set_them_with_apply() {
    let dir = std::env::temp_dir().join(format!("plenary-notes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let doc = dir.join("sg12.plenary.json");
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/itu-t-sg12-2017.plenary.json"
        ),
        &doc,
    )
    .expect("copy the example");
    let doc = doc.to_str().expect("utf-8 path");
    let commands = dir.join("commands.json");
    std::fs::write(
        &commands,
        r#"[
          {"type": "addFreeNote", "id": "dinner", "text": {"en": "Dinner at 19:00."}},
          {"type": "moveAnnexNote", "key": "free:dinner", "toIndex": 0},
          {"type": "setNoteMarkers", "markers": "letters", "hidden": true},
          {"type": "setNotesHeading", "lang": "en", "text": "Notes by TSB:"}
        ]"#,
    )
    .expect("write the commands");
    let (code, _, err) = plenary(&["apply", doc, commands.to_str().expect("utf-8")]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("Add free note") && err.contains("Hide note markers"),
        "{err}"
    );

    let (code, out, err) = plenary(&["notes", doc, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let listing: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(listing["markers"], "letters");
    assert_eq!(listing["hideMarkers"], true);
    assert_eq!(listing["heading"], "Notes by TSB:");
    let first = &listing["notes"][0];
    assert_eq!(first["key"], "free:dinner");
    assert_eq!(first["marker"], "a");
    assert_eq!(first["free"], true);
    assert_eq!(first["text"], "Dinner at 19:00.");

    let (code, out, _) = plenary(&["notes", doc]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("Notes by TSB: (days layout, en; markers: letters, hidden"),
        "{out}"
    );
    assert!(out.contains("   a  free:dinner"), "{out}");

    // All or nothing: a refused command leaves the file as it was.
    let before = std::fs::read(doc).expect("read");
    std::fs::write(
        &commands,
        r#"[{"type": "setNoteMarkers", "markers": "numbers", "hidden": false},
            {"type": "removeFreeNote", "key": "free:none"}]"#,
    )
    .expect("write");
    let (code, _, err) = plenary(&["apply", doc, commands.to_str().expect("utf-8")]);
    assert_eq!(code, 2);
    assert!(
        err.contains("command 2") && err.contains("free:none") && err.contains("nothing written"),
        "{err}"
    );
    assert_eq!(std::fs::read(doc).expect("read"), before);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn hidden_markers_and_the_tsb_heading_give_the_seed_letters_form_of_annex_c() {
    // The seed's Annex C has no markers in its cells and heads its notes "电信标准化局的说明：";
    // the example keeps its markers (other checks read them), and two commands give the
    // seed's form exactly, the notes keeping their numbers.
    let mut e = Editor::new(crate::sg12());
    run(
        &mut e,
        Command::SetNoteMarkers {
            markers: MarkerStyle::Numbers,
            hidden: true,
        },
    );
    run(
        &mut e,
        Command::SetNotesHeading {
            lang: Lang::Zh,
            text: Some("电信标准化局的说明：".into()),
        },
    );
    let a = days(&e, Lang::Zh);
    assert!(
        a.rows
            .iter()
            .flat_map(|r| &r.cells)
            .flat_map(|c| &c.lines)
            .flat_map(|l| &l.items)
            .all(|i| i.marker.is_none()),
        "no markers in the cells, as the seed"
    );
    let text = annex::text::to_text(&a);
    assert!(text.contains("\n电信标准化局的说明：\n1. "), "{text}");
    assert!(!text.contains('²'), "{text}");
    assert_eq!(a.notes.len(), 7);
}

#[test]
fn every_format_writes_the_same_markers_and_labels() {
    let mut e = Editor::new(crate::sg12());
    run(
        &mut e,
        Command::SetNoteMarkers {
            markers: MarkerStyle::ParenLetters,
            hidden: false,
        },
    );
    for lang in [Lang::En, Lang::Ru, Lang::Ar] {
        let a = days(&e, lang);
        let b = a.marker(2);
        let html = annex::html::to_html(&a);
        assert!(
            html.contains(&format!("<a href=\"#note-2\">{b}</a></sup>"))
                && html.contains(&format!("<span class=\"label\">{b}</span>")),
            "{lang:?} HTML: the cell's marker and the note's label are {b}"
        );
        let xml = annex::docx::document_xml(&a, annex::Orientation::Auto);
        assert!(
            xml.contains(&format!(">\u{2060}{b}</w:t>")) && xml.contains(&format!(">{b}</w:t>")),
            "{lang:?} DOCX: {b}"
        );
        #[cfg(feature = "pdf")]
        {
            let typst = annex::pdf::to_typst(&a, annex::Orientation::Auto);
            assert!(
                typst.contains(&format!("#super(\"{b}\")")),
                "{lang:?} PDF: {b}"
            );
        }
    }
}
