//! IPC round trips through the real command handlers, capabilities and ACL, on Tauri's
//! mock runtime (no display needed).
//!
//! Why one file of this length: every test drives the same mock app (its set-up, the
//! invoke helpers and the tiny documents are at the top), and each is a short scenario
//! read on its own. A command family with helpers of its own has its own file: the
//! document locks are in [`locks`], faults during a save in [`faults`], hours of use in
//! [`soak`], File > Publish in [`publishing`].

use serde_json::{Value, json};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, mock_builder};
use tauri::webview::InvokeRequest;
use tauri::{WebviewWindow, WebviewWindowBuilder};

use super::*;

const TINY: &str = r#"{
  "format": "plenary",
  "version": 1,
  "meeting": {
    "title": { "en": "Test" }, "venue": "Geneva", "timeZone": "Europe/Zurich",
    "languages": ["en"], "hours": { "start": "09:00", "end": "17:30" }
  },
  "days": [{ "date": "2017-09-19", "kind": "working" }],
  "sessions": [{
    "id": "opening", "title": { "en": "Opening plenary" }, "kind": "plenary",
    "placement": { "start": "2017-09-19T11:00", "end": "2017-09-19T12:30" }, "annex": "cell"
  }]
}"#;

/// The app with its real commands and capabilities, showing `TINY`, and its main window.
fn app() -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    app_showing(plenary::document::load(TINY).expect("the test document is valid"))
}

/// The app with its real commands and capabilities, showing `timetable` (untitled).
fn app_showing(
    timetable: plenary::Timetable,
) -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let state = AppState::new(
        OpenDocument::new(Editor::new(timetable), None, None),
        None,
        None,
    );
    let app = builder(mock_builder())
        .manage(state)
        .build(tauri::generate_context!())
        .expect("the app builds on the mock runtime");
    let window = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("the main window opens on the mock runtime");
    (app, window)
}

/// The main window's document as Save would write it.
fn saved_text(app: &tauri::App<MockRuntime>) -> String {
    plenary::document::save(
        app.state::<AppState>()
            .window("main")
            .document
            .lock()
            .editor
            .timetable(),
    )
}

/// Invokes `cmd` as the UI would (origin `tauri://localhost`, as on Linux).
fn invoke(window: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    tauri::test::get_ipc_response(
        window,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().expect("a valid URL"),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().expect("responses are JSON"))
}

#[test]
fn bundled_example_loads() {
    let document = OpenDocument::example();
    assert!(document.path.is_none(), "the example opens untitled");
    assert!(
        !document.editor.timetable().sessions.is_empty(),
        "the example has sessions to show"
    );
}

#[test]
fn snapshot_round_trip_sends_the_open_timetable() {
    let (_app, window) = app();
    let snapshot = invoke(&window, "snapshot", json!({})).expect("snapshot is granted");
    assert_eq!(
        snapshot["timetable"]["sessions"]["opening"]["title"]["en"], "Opening plenary",
        "the snapshot carries the open document's sessions, keyed by id: {snapshot}"
    );
    assert_eq!(
        snapshot["history"]["canUndo"], false,
        "nothing was edited yet"
    );
}

#[test]
fn apply_dry_run_answers_without_changing_the_document() {
    let (_app, window) = app();
    let command = json!({ "type": "moveSession", "id": "opening", "start": "2017-09-19T14:30" });
    let applied = invoke(
        &window,
        "apply",
        json!({ "command": command, "dryRun": "yes" }),
    )
    .expect("a valid move is accepted");
    assert_eq!(applied["dryRun"], true, "{applied}");
    assert_eq!(
        applied["changed"], false,
        "a dry run changes nothing: {applied}"
    );
    assert_eq!(
        applied["sessions"][0]["placement"]["start"], "2017-09-19T14:30",
        "the dry run answers with the session where it would be: {applied}"
    );
    let snapshot = invoke(&window, "snapshot", json!({})).expect("snapshot is granted");
    assert_eq!(
        snapshot["timetable"]["sessions"]["opening"]["placement"]["start"], "2017-09-19T11:00",
        "after a dry run the session is still where it was"
    );
    assert_eq!(
        snapshot["history"]["canUndo"], false,
        "a dry run leaves no history"
    );
}

#[test]
fn apply_then_undo_restores_the_session() {
    let (_app, window) = app();
    let command = json!({ "type": "moveSession", "id": "opening", "start": "2017-09-19T14:30" });
    let applied = invoke(
        &window,
        "apply",
        json!({ "command": command, "dryRun": "no" }),
    )
    .expect("a valid move is accepted");
    assert_eq!(applied["history"]["canUndo"], true, "{applied}");
    let undone = invoke(&window, "undo", json!({})).expect("undo is granted");
    assert_eq!(
        undone["sessions"][0]["placement"]["start"], "2017-09-19T11:00",
        "{undone}"
    );
}

#[test]
fn refused_command_crosses_as_error_payload() {
    let (_app, window) = app();
    let command = json!({ "type": "moveSession", "id": "nope", "start": "2017-09-19T14:30" });
    let error = invoke(
        &window,
        "apply",
        json!({ "command": command, "dryRun": "no" }),
    )
    .expect_err("an unknown session is refused");
    assert_eq!(
        error["code"], "commandRefused",
        "the UI switches on code: {error}"
    );
    assert!(
        error["message"]
            .as_str()
            .is_some_and(|m| m.contains("nope")),
        "{error}"
    );
}

#[test]
fn open_document_refuses_a_path_the_user_did_not_pick() {
    let (_app, window) = app();
    let error = invoke(&window, "open_document", json!({ "path": "/etc/passwd" }))
        .expect_err("only files picked in a dialog may be opened");
    assert_eq!(error["code"], "io", "{error}");
    assert!(
        error["message"]
            .as_str()
            .is_some_and(|m| m.contains("/etc/passwd")),
        "{error}"
    );
    assert_eq!(
        invoke(&window, "document_path", json!({})).expect("granted"),
        Value::Null,
        "the open document is unchanged"
    );
}

#[test]
fn fs_plugin_commands_are_not_granted() {
    let (_app, window) = app();
    let refused = invoke(
        &window,
        "plugin:fs|read_text_file",
        json!({ "path": "/etc/passwd" }),
    );
    assert!(
        refused.is_err(),
        "the UI reads files only through open_document: {refused:?}"
    );
}

#[test]
fn file_argument_skips_options() {
    let args = ["--automation", "doc.plenary.json"].map(OsString::from);
    assert_eq!(file_argument(args), Some(PathBuf::from("doc.plenary.json")));
    assert_eq!(file_argument(Vec::<OsString>::new()), None);
}

#[test]
fn a_new_document_without_set_up_is_empty_and_untitled() {
    // It used to offer the Monday to Friday after today; it now invents no days.
    let blank = OpenDocument::blank();
    assert!(blank.editor.timetable().days.is_empty(), "no invented days");
    assert!(blank.path.is_none(), "a new document is untitled");
    assert!(!blank.editor.history().dirty, "and has nothing to save yet");
    assert!(!blank.example, "and is not the example");
}

/// The SG2 set-up as the form sends it.
fn sg2_setup() -> Value {
    json!({
        "title": { "en": "ITU-T Study Group 2", "fr": "Commission d'études 2", "zh": "第2研究组" },
        "venue": "Geneva", "place": "Geneva",
        "firstDay": "2013-09-17", "lastDay": "2013-09-26",
        "daysOff": ["sat", "sun"], "template": "ituT", "languages": ["en", "fr", "zh"]
    })
}

#[test]
fn new_document_builds_the_meeting_of_the_set_up_form_in_one_call() {
    let (_app, window) = app();
    let snapshot = invoke(&window, "new_document", json!({ "setup": sg2_setup() }))
        .expect("the SG2 set-up is accepted");
    let days = snapshot["timetable"]["days"].as_array().expect("days");
    assert_eq!(days.len(), 10);
    assert_eq!(snapshot["timetable"]["meeting"]["city"], "Geneva");
    assert_eq!(
        snapshot["timetable"]["meeting"]["timeZone"],
        "Europe/Zurich"
    );
    assert_eq!(
        snapshot["history"]["dirty"], false,
        "a new meeting has nothing to save"
    );
    assert_eq!(
        snapshot["history"]["canUndo"], false,
        "nor anything to undo"
    );

    let mut wrong = sg2_setup();
    wrong["place"] = json!("Atlantis");
    let refused = invoke(&window, "new_document", json!({ "setup": wrong }))
        .expect_err("an unknown city is refused");
    assert_eq!(refused["code"], "commandRefused", "{refused}");
    assert!(
        refused["message"]
            .as_str()
            .is_some_and(|m| m.contains("Atlantis")),
        "{refused}"
    );
    let still = invoke(&window, "snapshot", json!({})).expect("snapshot");
    assert_eq!(
        still["timetable"]["days"].as_array().map(Vec::len),
        Some(10),
        "the open document stays as it was"
    );

    let empty = invoke(&window, "new_document", json!({ "setup": null })).expect("empty");
    assert_eq!(
        empty["timetable"]["days"],
        json!([]),
        "without the form: no days"
    );
    let choices = invoke(&window, "setup_choices", json!({})).expect("choices");
    assert_eq!(choices["daysOff"], json!(["sat", "sun"]));
    assert!(
        choices["cities"]
            .as_array()
            .is_some_and(|c| c.iter().any(|c| c["name"] == "Geneva")),
        "Geneva is a city to pick"
    );
}

#[test]
fn the_example_opens_named_example_and_save_proposes_a_name() {
    let (_app, window) = app();
    let snapshot = invoke(&window, "open_example", json!({})).expect("the example opens");
    assert!(
        snapshot["timetable"]["sessions"]
            .as_object()
            .is_some_and(|s| !s.is_empty())
    );
    assert_eq!(
        invoke(&window, "document_path", json!({})).expect("path"),
        Value::Null,
        "untitled: Save asks where"
    );
    let name = invoke(&window, "suggested_file_name", json!({ "format": null })).expect("name");
    assert!(
        name.as_str()
            .is_some_and(|n| n.ends_with(".plenary") && n.contains("2017")),
        "{name}"
    );
    let docx = invoke(
        &window,
        "suggested_file_name",
        json!({ "format": "annex-docx" }),
    )
    .expect("name");
    assert!(
        docx.as_str().is_some_and(|n| n.ends_with(".docx")),
        "{docx}"
    );
    let mut document = OpenDocument::example();
    assert_eq!(document_title(&document), "Example — Plenary");
    document.path = Some(PathBuf::from("/tmp/sg12.plenary.json"));
    assert_eq!(document_title(&document), "sg12.plenary.json — Plenary");
}

#[test]
fn save_and_export_add_the_extension_to_a_name_typed_without_one() {
    let (app, window) = app();
    let dir = folder("extension");
    let typed = dir.join("sg2");
    invoke(
        &window,
        "save_document",
        json!({ "path": pick(&app, &typed) }),
    )
    .expect("a name without its extension is not refused");
    assert!(dir.join("sg2.plenary").is_file(), "saved as sg2.plenary");
    assert!(!typed.exists(), "and not as the bare name");

    // The UI adds the extension itself to show the name: the name picked without it counts.
    let picked = pick(&app, &dir.join("annex"));
    invoke(
        &window,
        "export_document",
        json!({ "path": format!("{picked}.html"), "format": "annex-html", "layout": "days", "lang": "en" }),
    )
    .expect("the name picked, completed by the UI");
    assert!(dir.join("annex.html").is_file());
    invoke(
        &window,
        "export_document",
        json!({ "path": pick(&app, &dir.join("other")), "format": "csv", "layout": "days", "lang": "en" }),
    )
    .expect("the name picked, completed by the shell");
    assert!(dir.join("other.csv").is_file());
    let elsewhere = invoke(
        &window,
        "export_document",
        json!({ "path": dir.join("never-picked.csv"), "format": "csv", "layout": "days", "lang": "en" }),
    )
    .expect_err("a name nobody picked is still refused");
    assert_eq!(elsewhere["code"], "io", "{elsewhere}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn window_title_names_the_file_and_marks_unsaved_changes() {
    assert_eq!(window_title(None, false), "Untitled — Plenary");
    assert_eq!(
        window_title(Some(Path::new("/tmp/sg12.plenary.json")), true),
        "• sg12.plenary.json — Plenary"
    );
}

#[test]
fn window_titles_follow_the_language_the_ui_sends_with_the_menus() {
    let (app, window) = app();
    let french = json!({
        "window-title-untitled": "Sans titre",
        "window-title-example": "Exemple",
        "window-title-read-only": "(lecture seule)",
        "menu-file": "Fichier",
    });
    invoke(
        &window,
        "set_menu_language",
        json!({ "labels": french, "rtl": false }),
    )
    .expect("the UI's words are taken");
    let state = app.state::<AppState>();
    let words = state.title_words();
    let main = state.window("main");
    assert_eq!(
        document_title_in(&main.document.lock(), &words),
        "Sans titre — Plenary"
    );
    let mut example = OpenDocument::example();
    assert_eq!(document_title_in(&example, &words), "Exemple — Plenary");
    example.path = Some(PathBuf::from("/tmp/sg12.plenary.json"));
    example.read_only = true;
    assert_eq!(
        document_title_in(&example, &words),
        "sg12.plenary.json (lecture seule) — Plenary"
    );
    assert_eq!(
        TitleWords::from_labels(&menu::Labels::new()),
        TitleWords::default(),
        "English for the words not sent"
    );
}

#[test]
fn a_refused_command_answers_its_words_for_the_ui_to_write_in_its_language() {
    let (_app, window) = app();
    let command =
        json!({ "type": "moveSession", "id": "no-such-session", "start": "2017-09-19T14:30" });
    let error = invoke(
        &window,
        "apply",
        json!({ "command": command, "dryRun": "no" }),
    )
    .expect_err("an unknown session is refused");
    assert_eq!(error["code"], "commandRefused");
    assert_eq!(error["words"]["id"], "edit-refused", "{error}");
    let words: plenary::messages::Message =
        serde_json::from_value(error["words"].clone()).expect("a message");
    assert_eq!(words.to_string(), error["message"].as_str().unwrap());
    assert_ne!(
        words.text(plenary::model::Lang::Fr),
        words.to_string(),
        "written in French: {}",
        words.text(plenary::model::Lang::Fr)
    );
}

/// Asking for a layout, a language, a revision or a session that does not exist is refused
/// with the core's words, which each language writes its own way.
#[test]
fn refusals_of_unknown_names_answer_words_for_the_ui_to_write_in_its_language() {
    let (_app, window) = app_showing(OpenDocument::example().editor.timetable().clone());
    let asks = [
        (
            "annex_notes",
            json!({ "layout": "grid", "lang": "en" }),
            "refusal-unknown-layout",
        ),
        (
            "annex_notes",
            json!({ "layout": "days", "lang": "de" }),
            "refusal-unknown-language",
        ),
        (
            "revision_diff",
            json!({ "from": "Rev.99" }),
            "revision-unknown-none",
        ),
        (
            "suggest_places",
            json!({ "id": "nope", "count": 3 }),
            "refusal-unknown-session",
        ),
    ];
    for (command, args, id) in asks {
        let error = invoke(&window, command, args).expect_err("refused");
        assert_eq!(error["code"], "commandRefused", "{error}");
        assert_eq!(error["words"]["id"], id, "{error}");
        let words: plenary::messages::Message =
            serde_json::from_value(error["words"].clone()).expect("a message");
        assert_eq!(words.to_string(), error["message"].as_str().unwrap());
        assert_ne!(
            words.text(plenary::model::Lang::Ru),
            words.to_string(),
            "{command}: written in Russian: {}",
            words.text(plenary::model::Lang::Ru)
        );
    }
}

#[test]
fn every_message_id_of_the_shells_own_errors_is_in_each_of_the_uis_message_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut used = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(root.join("src")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "rs") {
            let source = std::fs::read_to_string(&path).unwrap();
            for piece in source.split("Message::new(\"app-").skip(1) {
                let id = piece.split('"').next().unwrap();
                used.insert(format!("app-{id}"));
            }
        }
    }
    assert!(used.len() >= 10, "{used:?}");
    for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
        let file = root.join(format!("../ui/src/locales/{lang}.ftl"));
        let text = std::fs::read_to_string(&file).unwrap();
        for id in &used {
            assert!(
                text.lines().any(|l| l.starts_with(&format!("{id} = "))),
                "{id} is missing from {}",
                file.display()
            );
        }
    }
}

/// The UI's folder, beside the shell's.
fn root_of_ui() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui")
}

/// The app of [`app`] with an autosave journal in `dir` (edits journalled after 50 ms).
fn app_with_journal(dir: &Path) -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let (app, window) = app();
    let autosave = autosave::Autosave::new(journal::Journal::new(dir.join("journal")));
    autosave.start(
        app.handle().clone(),
        std::time::Duration::from_millis(50),
        std::time::Duration::from_millis(200),
    );
    app.manage(autosave);
    (app, window)
}

/// Waits up to 5 s for `check` to hold.
fn eventually(what: &str, check: impl Fn() -> bool) {
    let start = std::time::Instant::now();
    while !check() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(5),
            "timed out waiting for {what}"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// The journal entries (document files) in `dir`'s journal.
fn journalled(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir.join("journal")).map_or_else(
        |_| Vec::new(),
        |read| {
            read.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.to_string_lossy().ends_with(".plenary.json"))
                .collect()
        },
    )
}

const MOVE: &str = r#"{ "type": "moveSession", "id": "opening", "start": "2017-09-19T14:30" }"#;

/// Opens `TINY`, written to `dir/tiny.plenary.json` and picked, and moves its session.
fn open_and_edit(
    app: &tauri::App<MockRuntime>,
    window: &WebviewWindow<MockRuntime>,
    dir: &Path,
) -> PathBuf {
    let file = dir.join("tiny.plenary.json");
    std::fs::write(&file, TINY).expect("the test file is written");
    invoke(window, "open_document", json!({ "path": pick(app, &file) }))
        .expect("a picked file opens");
    let command: Value = serde_json::from_str(MOVE).unwrap();
    invoke(
        window,
        "apply",
        json!({ "command": command, "dryRun": "no" }),
    )
    .expect("the move applies");
    file
}

#[test]
fn edits_are_journalled_and_saving_clears_the_journal() {
    let dir = folder("journal-save");
    let (app, window) = app_with_journal(&dir);
    let file = open_and_edit(&app, &window, &dir);
    eventually("the edit to be journalled", || journalled(&dir).len() == 1);
    let journal = journal::Journal::new(dir.join("journal"));
    assert!(
        journal.recoverable().is_empty(),
        "this running app holds its entry: another instance would not offer it"
    );
    let entry = &journalled(&dir)[0];
    let saved = plenary::document::load(&std::fs::read_to_string(entry).unwrap())
        .expect("the journal holds a whole document");
    assert_eq!(
        saved
            .sessions
            .values()
            .next()
            .and_then(|s| s.placement.as_ref())
            .map(|p| p.start.to_string()),
        Some("2017-09-19T14:30".to_owned()),
        "the journal has the edit"
    );
    invoke(&window, "save_document", json!({ "path": null })).expect("the file saves");
    assert!(
        journalled(&dir).is_empty(),
        "saving clears the journal at once"
    );
    assert!(std::fs::read_to_string(&file).unwrap().contains("14:30"));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn undoing_back_to_the_saved_state_clears_the_journal() {
    let dir = folder("journal-undo");
    let (app, window) = app_with_journal(&dir);
    open_and_edit(&app, &window, &dir);
    eventually("the edit to be journalled", || journalled(&dir).len() == 1);
    invoke(&window, "undo", json!({})).expect("undo is granted");
    eventually("the journal to be cleared", || journalled(&dir).is_empty());
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_journal_entry_left_by_a_crash_is_recovered_dirty_with_its_file() {
    let dir = folder("journal-recover");
    let file = dir.join("sg12.plenary.json");
    std::fs::write(&file, TINY).unwrap();
    // What a crashed run left: the edited document, journalled, its lock released.
    let journal = journal::Journal::new(dir.join("journal"));
    let (mut edited, disk) = files::read_document_stamped(&file).unwrap();
    edited.meeting.venue = "Room recovered".into();
    let meta = journal::Meta::describe(&edited, Some(&file), Some(&disk), 4);
    journal
        .write("1-2-0", &plenary::document::save(&edited), &meta)
        .unwrap();

    let (app, window) = app_with_journal(&dir);
    let entries = invoke(&window, "recovery_entries", json!({})).expect("granted");
    assert_eq!(entries[0]["id"], "1-2-0", "{entries}");
    assert_eq!(entries[0]["name"], "sg12.plenary.json", "{entries}");
    assert_eq!(entries[0]["sessions"], 1, "{entries}");
    assert_eq!(entries[0]["unsavedEdits"], 4, "{entries}");
    let snapshot = invoke(&window, "recover_entry", json!({ "id": "1-2-0" })).expect("it recovers");
    assert_eq!(snapshot["timetable"]["meeting"]["venue"], "Room recovered");
    assert_eq!(
        snapshot["history"]["dirty"], true,
        "a recovered document is unsaved"
    );
    assert_eq!(
        invoke(&window, "document_path", json!({})).unwrap(),
        json!(file.display().to_string()),
        "Save writes to its file"
    );
    assert!(
        invoke(&window, "recovery_entries", json!({})).unwrap() == json!([]),
        "the entry is now this app's: not offered again while it runs"
    );
    let _ = &app;
    invoke(&window, "save_document", json!({ "path": null })).expect("saves to the original file");
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("Room recovered")
    );
    assert!(
        journalled(&dir).is_empty(),
        "saved: the journal entry is gone"
    );

    let error = invoke(&window, "recover_entry", json!({ "id": "1-2-0" })).expect_err("gone");
    assert_eq!(error["code"], "invalidDocument", "{error}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_corrupt_journal_entry_is_listed_with_its_problem_and_can_be_discarded() {
    let dir = folder("journal-corrupt");
    std::fs::create_dir_all(dir.join("journal")).unwrap();
    std::fs::write(dir.join("journal/9-9-0.plenary.json"), "{ \"format\": ").unwrap();
    let (_app, window) = app_with_journal(&dir);
    let entries = invoke(&window, "recovery_entries", json!({})).expect("listing never fails");
    assert!(entries[0]["problem"].as_str().is_some(), "{entries}");
    let error = invoke(&window, "recover_entry", json!({ "id": "9-9-0" })).expect_err("refused");
    assert_eq!(error["code"], "invalidDocument", "{error}");
    invoke(&window, "discard_entry", json!({ "id": "9-9-0" })).expect("discarded");
    assert_eq!(
        invoke(&window, "recovery_entries", json!({})).unwrap(),
        json!([])
    );
    let refused =
        invoke(&window, "discard_entry", json!({ "id": "../../x" })).expect_err("no escape");
    assert_eq!(refused["code"], "commandRefused", "{refused}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn saving_over_a_file_changed_on_disk_asks_first() {
    let dir = folder("changed");
    let (app, window) = app();
    let file = open_and_edit(&app, &window, &dir);
    let theirs = TINY.replace("Geneva", "Changed by someone else");
    std::fs::write(&file, &theirs).unwrap();
    let asked = invoke(&window, "save_document", json!({ "path": null })).expect("no error");
    assert_eq!(
        asked,
        json!({
            "type": "changedOnDisk",
            "question": "tiny.plenary.json changed on disk since you opened it.",
            "words": {
                "id": "app-changed-on-disk",
                "args": { "file": { "type": "text", "value": "tiny.plenary.json" } }
            }
        })
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        theirs,
        "never overwritten silently"
    );
    let fr = std::fs::read_to_string(root_of_ui().join("src/locales/fr.ftl")).unwrap();
    assert!(
        fr.lines().any(|l| l
            == "app-changed-on-disk = { $file } a changé sur le disque depuis que vous l’avez ouvert."),
        "the UI words the question in French"
    );
    let snapshot = invoke(&window, "snapshot", json!({})).unwrap();
    assert_eq!(snapshot["history"]["dirty"], true, "still unsaved");
    let saved = invoke(
        &window,
        "save_document",
        json!({ "path": null, "overwrite": true }),
    )
    .expect("the user chose Overwrite");
    assert_eq!(saved["type"], "saved", "{saved}");
    assert_eq!(
        saved["history"]["dirty"], false,
        "the answer carries the core's history: clean once saved"
    );
    assert_eq!(
        saved["history"]["undoLabel"], "Move Opening plenary to 14:30",
        "saving keeps the history: the edit can still be undone"
    );
    assert_eq!(
        saved["history"]["undoWords"]["id"], "undo-move",
        "and says so in words the UI writes in its language"
    );
    assert!(std::fs::read_to_string(&file).unwrap().contains("14:30"));
    let again = invoke(&window, "save_document", json!({ "path": null })).unwrap();
    assert_eq!(
        again["type"], "saved",
        "after saving, the file is ours again: no question ({again})"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_read_only_file_or_a_vanished_folder_keeps_the_document_open_and_unsaved() {
    let dir = folder("unwritable");
    let (app, window) = app();
    let file = open_and_edit(&app, &window, &dir);
    let mut permissions = std::fs::metadata(&file).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&file, permissions).unwrap();
    let error = invoke(&window, "save_document", json!({ "path": null })).expect_err("read-only");
    assert_eq!(error["code"], "io", "{error}");
    let message = error["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("read-only") && message.contains("tiny.plenary.json"),
        "{message}"
    );
    assert!(
        message.contains("still open with its unsaved changes"),
        "{message}"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), TINY, "untouched");
    let snapshot = invoke(&window, "snapshot", json!({})).unwrap();
    assert_eq!(
        snapshot["history"]["dirty"], true,
        "the edit is still there, unsaved"
    );
    assert_eq!(
        snapshot["timetable"]["sessions"]["opening"]["placement"]["start"],
        "2017-09-19T14:30"
    );

    let mut permissions = std::fs::metadata(&file).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    permissions.set_readonly(false);
    std::fs::set_permissions(&file, permissions).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let error = invoke(&window, "save_document", json!({ "path": null })).expect_err("folder gone");
    let message = error["message"].as_str().unwrap_or_default();
    assert!(message.contains("no longer exists"), "{message}");
    let snapshot = invoke(&window, "snapshot", json!({})).unwrap();
    assert_eq!(snapshot["history"]["dirty"], true, "still open and unsaved");
}

#[test]
fn closing_without_saving_clears_the_journal_and_stops_it() {
    let dir = folder("journal-discard");
    let (app, window) = app_with_journal(&dir);
    open_and_edit(&app, &window, &dir);
    eventually("the edit to be journalled", || journalled(&dir).len() == 1);
    app.state::<autosave::Autosave>().discard("main");
    assert!(
        journalled(&dir).is_empty(),
        "the user chose to lose the changes"
    );
    invoke(&window, "redo", json!({})).expect("granted");
    invoke(&window, "undo", json!({})).expect("granted");
    let command: Value = serde_json::from_str(MOVE).unwrap();
    invoke(
        &window,
        "apply",
        json!({ "command": command, "dryRun": "no" }),
    )
    .expect("applies");
    std::thread::sleep(std::time::Duration::from_millis(400));
    assert!(
        journalled(&dir).is_empty(),
        "nothing is journalled while the window closes"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

/// Unmounts the folder when dropped.
struct Unmount(PathBuf);

impl Drop for Unmount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

/// A full disk, for real: a 16 KiB tmpfs (needs root, as in CI and the dev machines; skipped
/// with a note elsewhere).
#[test]
fn a_full_disk_keeps_the_document_open_and_unsaved() {
    let dir = folder("disk-full");
    let small = dir.join("small");
    std::fs::create_dir_all(&small).unwrap();
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=16k", "tmpfs"])
        .arg(&small)
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("skipped: cannot mount a small tmpfs here (needs root)");
        return;
    }
    let unmount = Unmount(small.clone());
    let (app, window) = app();
    let file = open_and_edit(&app, &window, &small);
    // Fill the rest of the disk.
    let filler = small.join("filler");
    let _ = std::fs::write(&filler, vec![b'x'; 64 * 1024]);
    let error =
        invoke(&window, "save_document", json!({ "path": null })).expect_err("the disk is full");
    assert_eq!(error["code"], "io", "{error}");
    let message = error["message"].as_str().unwrap_or_default();
    assert!(message.contains("the disk is full"), "{message}");
    assert!(
        message.contains("still open with its unsaved changes"),
        "{message}"
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        TINY,
        "the file is whole and as it was"
    );
    let names: Vec<String> = std::fs::read_dir(&small)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().all(|n| !n.contains(".tmp-")),
        "no temporary file is left: {names:?}"
    );
    let snapshot = invoke(&window, "snapshot", json!({})).unwrap();
    assert_eq!(snapshot["history"]["dirty"], true, "still unsaved");
    std::fs::remove_file(&filler).unwrap();
    invoke(&window, "save_document", json!({ "path": null })).expect("with room again, it saves");
    // Closing the document releases its lock file, which keeps the tmpfs busy.
    invoke(&window, "new_document", json!({})).unwrap();
    drop(unmount);
    std::fs::remove_dir_all(dir).unwrap();
}

/// A small frab schedule.xml: a duplicate event id (repaired) and no time zone (guessed).
const FRAB: &str = r#"<?xml version="1.0"?>
<schedule>
  <conference><title>Tiny conference</title></conference>
  <day date="2024-03-01" index="1">
    <room name="Hall">
      <event id="1"><start>10:00</start><duration>01:00</duration><title>Keynote</title>
        <type>lecture</type><persons><person id="7">Ann</person></persons></event>
      <event id="1"><start>11:30</start><duration>00:30</duration><title>Lightning talks</title>
        <type>lecture</type></event>
    </room>
  </day>
</schedule>"#;

/// A fresh folder under the temp dir for one test.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("plenary-shell-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the temp folder is writable");
    dir
}

/// `path`, allowed as the file dialog allows a pick (it adds it to the fs scope).
fn pick(app: &tauri::App<MockRuntime>, path: &Path) -> String {
    use tauri_plugin_fs::FsExt;
    app.fs_scope()
        .allow_file(path)
        .expect("the scope takes the file");
    path.display().to_string()
}

#[test]
fn import_document_opens_a_frab_file_untitled_and_unsaved_with_its_report() {
    let (app, window) = app();
    let dir = folder("import");
    let file = dir.join("schedule.xml");
    std::fs::write(&file, FRAB).expect("the test file is written");
    let answer = invoke(
        &window,
        "import_document",
        json!({ "path": pick(&app, &file) }),
    )
    .expect("a picked frab file imports");
    let titles: Vec<&str> = answer["snapshot"]["timetable"]["sessions"]
        .as_object()
        .expect("sessions keyed by id")
        .values()
        .filter_map(|s| s["title"]["en"].as_str())
        .collect();
    assert_eq!(
        titles,
        ["Keynote", "Lightning talks"],
        "both events became sessions: {answer}"
    );
    assert_eq!(answer["report"]["format"], "frab-xml", "{answer}");
    assert_eq!(answer["report"]["events"], 2, "{answer}");
    let items = answer["report"]["items"].as_array().expect("report items");
    assert!(
        items.iter().any(|i| i["action"] == "repaired"
            && i["message"]
                .as_str()
                .is_some_and(|m| m.contains("duplicate"))
            && i["position"]
                .as_str()
                .is_some_and(|p| p.starts_with("line "))),
        "the duplicate id is reported as repaired, with its line: {items:?}"
    );
    assert_eq!(
        answer["snapshot"]["history"]["dirty"], true,
        "an import is unsaved until saved"
    );
    assert_eq!(
        invoke(&window, "document_path", json!({})).expect("granted"),
        Value::Null,
        "an import is untitled: Save asks where"
    );
    assert_eq!(
        answer["report"]["guessedZone"], "UTC",
        "no zone in the file: the app asks"
    );
    let again = invoke(
        &window,
        "import_document",
        json!({ "path": pick(&app, &file), "timeZone": "Europe/Zurich" }),
    )
    .expect("imported again in the zone the user named");
    assert_eq!(
        again["snapshot"]["timetable"]["meeting"]["timeZone"],
        "Europe/Zurich"
    );
    assert_eq!(
        again["report"]["guessedZone"],
        Value::Null,
        "nothing left to ask"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn open_document_of_a_frab_file_imports_it_with_its_report() {
    let (app, window) = app();
    let dir = folder("open-foreign");
    let file = dir.join("schedule.xml");
    std::fs::write(&file, FRAB).expect("the test file is written");
    let opened = invoke(
        &window,
        "open_document",
        json!({ "path": pick(&app, &file) }),
    )
    .expect("a picked frab file opens by importing it");
    assert_eq!(
        opened["snapshot"]["timetable"]["sessions"]
            .as_object()
            .map(|s| s.len()),
        Some(2),
        "{opened}"
    );
    assert_eq!(opened["report"]["format"], "frab-xml", "{opened}");
    assert_eq!(opened["snapshot"]["history"]["dirty"], true, "{opened}");
    assert_eq!(
        invoke(&window, "document_path", json!({})).expect("granted"),
        Value::Null,
        "an imported file is untitled, not the frab file"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn import_document_of_a_broken_file_leaves_the_document_unchanged() {
    let (app, window) = app();
    let dir = folder("broken");
    let file = dir.join("schedule.xml");
    std::fs::write(&file, "<schedule><day date=\"2024-03-01\"><room").expect("written");
    let error = invoke(
        &window,
        "import_document",
        json!({ "path": pick(&app, &file) }),
    )
    .expect_err("malformed XML cannot be imported");
    assert_eq!(error["code"], "invalidDocument", "{error}");
    assert!(
        error["message"]
            .as_str()
            .is_some_and(|m| m.contains("schedule.xml") && m.contains("line 1")),
        "the message names the file and where it broke: {error}"
    );
    let snapshot = invoke(&window, "snapshot", json!({})).expect("granted");
    assert_eq!(
        snapshot["timetable"]["sessions"]["opening"]["title"]["en"], "Opening plenary",
        "the open document is still the one before the import"
    );
    let refused = invoke(
        &window,
        "import_document",
        json!({ "path": dir.join("unpicked.xml").display().to_string() }),
    )
    .expect_err("only picked files are imported");
    assert_eq!(refused["code"], "io", "{refused}");
    std::fs::remove_dir_all(dir).unwrap();
}

/// An Excel workbook (here Plenary's own export) imports like CSV, with its report; a
/// damaged one is refused saying what is wrong, the document left as it was.
#[test]
fn import_document_reads_an_excel_workbook_and_refuses_a_damaged_one() {
    let (app, window) = app();
    let dir = folder("xlsx");
    let example = plenary::document::load(include_str!(
        "../../../examples/itu-t-sg12-2017.plenary.json"
    ))
    .expect("the example loads");
    let bytes = plenary::interop::xlsx_bytes(&example, plenary::model::Lang::En)
        .expect("the example exports");
    let file = dir.join("sg12.xlsx");
    std::fs::write(&file, &bytes).expect("written");
    let answer = invoke(
        &window,
        "import_document",
        json!({ "path": pick(&app, &file), "timeZone": "Europe/Zurich" }),
    )
    .expect("a workbook imports");
    assert_eq!(answer["report"]["format"], "xlsx", "{answer}");
    assert_eq!(
        answer["snapshot"]["timetable"]["sessions"]
            .as_object()
            .map(|s| s.len()),
        Some(example.sessions.len()),
        "every session of the example"
    );
    let damaged = dir.join("damaged.xlsx");
    std::fs::write(&damaged, &bytes[..bytes.len() / 2]).expect("written");
    let error = invoke(
        &window,
        "import_document",
        json!({ "path": pick(&app, &damaged) }),
    )
    .expect_err("half a workbook");
    assert_eq!(error["code"], "invalidDocument", "{error}");
    assert!(
        error["message"]
            .as_str()
            .is_some_and(|m| m.contains("damaged.xlsx") && m.contains("not an Excel workbook")),
        "{error}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_frab_file_on_the_command_line_is_imported_untitled() {
    let (app, _window) = app();
    let dir = folder("argv");
    let file = dir.join("schedule.xml");
    std::fs::write(&file, FRAB).expect("the test file is written");
    let state = AppState::open_at_startup(&app, Some(file));
    assert!(state.startup_error.is_none(), "{:?}", state.startup_error);
    let first = state.window("main");
    let document = first.document.lock();
    assert_eq!(document.editor.timetable().sessions.len(), 2);
    assert!(
        document.path.is_none(),
        "saving must not overwrite the frab file"
    );
    assert!(document.editor.history().dirty, "an import is unsaved");
    drop(document);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn export_document_writes_every_format() {
    let (app, window) = app();
    let dir = folder("export");
    for format in plenary::export::ExportFormat::ALL {
        let file = dir.join(format!("out.{}", format.extension()));
        let warnings = invoke(
            &window,
            "export_document",
            json!({ "path": pick(&app, &file), "format": format.name(), "layout": "days", "lang": "fr" }),
        )
        .unwrap_or_else(|e| panic!("{format} exports: {e}"));
        assert!(
            warnings
                .as_array()
                .is_some_and(|w| w.iter().all(|m| m["id"].is_string())),
            "{format}: answers its warnings as messages: {warnings}"
        );
        let bytes = std::fs::read(&file).expect("the export is written");
        assert!(!bytes.is_empty(), "{format}: the file has content");
        if matches!(format.extension(), "docx" | "xlsx") {
            assert_eq!(&bytes[..2], b"PK", "{format} is a zip package");
        }
    }
    let refused = invoke(
        &window,
        "export_document",
        json!({ "path": pick(&app, &dir.join("x.odt")), "format": "odt", "layout": "days", "lang": "en" }),
    )
    .expect_err("an unknown format is refused");
    assert_eq!(refused["code"], "commandRefused", "{refused}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn annex_preview_follows_the_language() {
    let (_app, window) = app();
    let html = invoke(
        &window,
        "annex_preview",
        json!({ "layout": "days", "lang": "fr" }),
    )
    .expect("the annex renders in French");
    assert!(
        html.as_str().is_some_and(|h| h.contains("septembre")),
        "French month names: {html}"
    );
}

#[test]
fn annex_preview_renders_the_open_document() {
    let (_app, window) = app();
    let html =
        invoke(&window, "annex_preview", json!({ "layout": "days" })).expect("the annex renders");
    assert!(
        html.as_str().is_some_and(|h| h.contains("19 September")),
        "the annex has a row for the one day of the test document: {html}"
    );
    let refused = invoke(&window, "annex_preview", json!({ "layout": "sideways" })).unwrap_err();
    assert_eq!(
        refused["code"], "commandRefused",
        "an unknown layout is refused: {refused}"
    );
}

/// Applies `command` for real, as a gesture would.
fn apply_now(window: &WebviewWindow<MockRuntime>, command: Value) -> Value {
    invoke(
        window,
        "apply",
        json!({ "command": command, "dryRun": "no" }),
    )
    .unwrap_or_else(|e| panic!("the command is accepted: {e}"))
}

#[test]
fn revision_diff_lists_a_session_moved_since_a_revision_and_between_two() {
    let (_app, window) = app();
    apply_now(
        &window,
        json!({ "type": "publishRevision", "label": "Rev.1", "date": "2017-09-01" }),
    );
    apply_now(
        &window,
        json!({ "type": "moveSession", "id": "opening", "start": "2017-09-19T14:30" }),
    );
    let since = invoke(
        &window,
        "revision_diff",
        json!({ "from": "Rev.1", "to": null }),
    )
    .expect("revision_diff is granted");
    assert_eq!(since["sessions"][0]["id"], "opening", "{since}");
    let moved = &since["sessions"][0]["change"]["aspects"][0];
    assert_eq!(moved["type"], "moved", "{since}");
    assert_eq!(moved["from"]["start"], "2017-09-19T11:00", "{since}");
    assert_eq!(moved["to"]["start"], "2017-09-19T14:30", "{since}");

    apply_now(
        &window,
        json!({ "type": "publishRevision", "label": "Rev.2", "date": "2017-09-05" }),
    );
    let between = invoke(
        &window,
        "revision_diff",
        json!({ "from": "Rev.1", "to": "Rev.2" }),
    )
    .expect("two revisions compare");
    assert_eq!(between["sessions"], since["sessions"], "{between}");
    let none = invoke(&window, "revision_diff", json!({ "from": "Rev.2" }))
        .expect("`to` may be left out: the current state");
    assert_eq!(
        none["sessions"],
        json!([]),
        "nothing changed since Rev.2: {none}"
    );
}

#[test]
fn revision_diff_of_an_unknown_label_names_the_known_ones() {
    let (_app, window) = app();
    let error = invoke(
        &window,
        "revision_diff",
        json!({ "from": "Rev.1", "to": null }),
    )
    .expect_err("no revision yet");
    assert_eq!(error["code"], "commandRefused", "{error}");
    assert!(
        error["message"]
            .as_str()
            .is_some_and(|m| m.contains("'Rev.1'") && m.contains("none")),
        "{error}"
    );
    apply_now(
        &window,
        json!({ "type": "publishRevision", "label": "Rev.1", "date": "2017-09-01" }),
    );
    let error = invoke(
        &window,
        "revision_diff",
        json!({ "from": "Rev.1", "to": "Rev.9" }),
    )
    .expect_err("Rev.9 was never published");
    assert!(
        error["message"]
            .as_str()
            .is_some_and(|m| m.contains("'Rev.9'") && m.contains("Rev.1")),
        "{error}"
    );
}

#[test]
fn annex_notes_lists_the_notes_and_follow_a_reorder_and_an_override() {
    let (app, window) = app();
    // The bundled example: its notes (standard hours, exact times, note-only sessions).
    app.state::<AppState>()
        .window("main")
        .document
        .lock()
        .editor = OpenDocument::example().editor;
    let notes = invoke(
        &window,
        "annex_notes",
        json!({ "layout": "days", "lang": "en" }),
    )
    .expect("annex_notes is granted");
    let keys = |notes: &Value| -> Vec<String> {
        notes
            .as_array()
            .expect("a list of notes")
            .iter()
            .map(|n| n["key"].as_str().unwrap_or_default().to_owned())
            .collect()
    };
    let before = keys(&notes);
    assert!(
        before.len() >= 2,
        "the hours note and the opening's note: {notes}"
    );
    let last = before.last().cloned().unwrap_or_default();
    apply_now(
        &window,
        json!({ "type": "moveAnnexNote", "key": last, "toIndex": 0, "layout": "days" }),
    );
    apply_now(
        &window,
        json!({ "type": "setAnnexNoteText", "key": "hours", "lang": "en", "text": "Hours as agreed." }),
    );
    let after = invoke(
        &window,
        "annex_notes",
        json!({ "layout": "days", "lang": null }),
    )
    .expect("the document's language when null");
    assert_eq!(keys(&after)[0], last, "{after}");
    let hours = after
        .as_array()
        .and_then(|a| a.iter().find(|n| n["key"] == "hours"))
        .expect("the hours note is still there");
    assert_eq!(hours["text"], "Hours as agreed.", "{after}");
    assert_eq!(hours["overridden"], true, "{after}");
    let refused = invoke(
        &window,
        "annex_notes",
        json!({ "layout": "grid", "lang": "en" }),
    )
    .expect_err("an unknown layout is refused");
    assert_eq!(refused["code"], "commandRefused", "{refused}");
}

#[test]
fn export_and_preview_of_a_revision_carry_its_line_and_the_changes_since_another() {
    let (app, window) = app();
    apply_now(
        &window,
        json!({ "type": "publishRevision", "label": "Rev.1", "date": "2017-09-01" }),
    );
    apply_now(
        &window,
        json!({ "type": "moveSession", "id": "opening", "start": "2017-09-19T14:30" }),
    );
    apply_now(
        &window,
        json!({ "type": "publishRevision", "label": "Rev.2", "date": "2017-09-05" }),
    );
    let preview = invoke(
        &window,
        "annex_preview",
        json!({ "layout": "days", "lang": "en", "version": { "revision": "Rev.2", "changesSince": "Rev.1" } }),
    )
    .expect("a revision previews");
    let html = preview.as_str().expect("the preview is HTML");
    assert!(
        html.contains("Rev.2, 5 September 2017"),
        "the revision line: {html}"
    );
    assert!(
        html.contains("class=\"legend\""),
        "the change legend: {html}"
    );

    let dir = folder("export-revision");
    let file = dir.join("rev2.html");
    invoke(
        &window,
        "export_document",
        json!({ "path": pick(&app, &file), "format": "annex-html", "layout": "days", "lang": "en",
                "version": { "revision": "Rev.2", "changesSince": "Rev.1" } }),
    )
    .expect("a revision exports");
    let written = std::fs::read_to_string(&file).expect("the export is written");
    assert_eq!(written, html, "the export is what the preview showed");

    let refused = invoke(
        &window,
        "export_document",
        json!({ "path": pick(&app, &dir.join("x.html")), "format": "annex-html", "layout": "days",
                "lang": "en", "version": { "revision": "Rev.7" } }),
    )
    .expect_err("an unknown revision is refused");
    assert_eq!(refused["code"], "commandRefused", "{refused}");
    assert!(
        refused["message"]
            .as_str()
            .is_some_and(|m| m.contains("Rev.7") && m.contains("Rev.1")),
        "{refused}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn revision_summary_writes_the_changes_for_the_e_mail_in_the_language_asked() {
    let (_app, window) = app();
    apply_now(
        &window,
        json!({ "type": "publishRevision", "label": "Rev.1", "date": "2017-09-01" }),
    );
    apply_now(
        &window,
        json!({ "type": "moveSession", "id": "opening", "start": "2017-09-19T14:30" }),
    );
    let markdown = invoke(
        &window,
        "revision_summary",
        json!({ "from": "Rev.1", "to": null, "lang": "en", "plain": false }),
    )
    .expect("revision_summary is granted");
    let markdown = markdown.as_str().expect("a text");
    assert!(markdown.contains("Rev.1"), "{markdown}");
    assert!(markdown.contains("Opening plenary"), "{markdown}");
    let french = invoke(
        &window,
        "revision_summary",
        json!({ "from": "Rev.1", "lang": "fr", "plain": true }),
    )
    .expect("plain text in French");
    let french = french.as_str().expect("a text");
    assert_ne!(french, markdown, "another language and form");
    assert!(
        !french.contains("**"),
        "plain text has no bold marks: {french}"
    );
    let refused = invoke(
        &window,
        "revision_summary",
        json!({ "from": "Rev.0", "lang": "en", "plain": true }),
    )
    .expect_err("an unknown label is refused");
    assert_eq!(refused["code"], "commandRefused", "{refused}");
}

#[test]
fn revision_diff_words_its_lines_as_the_core_does_in_the_language_asked() {
    let (_app, window) = app();
    apply_now(
        &window,
        json!({ "type": "publishRevision", "label": "Rev.1", "date": "2017-09-01" }),
    );
    apply_now(
        &window,
        json!({ "type": "moveSession", "id": "opening", "start": "2017-09-19T14:30" }),
    );
    let since = invoke(
        &window,
        "revision_diff",
        json!({ "from": "Rev.1", "lang": "en" }),
    )
    .expect("revision_diff takes a language");
    let line = &since["lines"][0];
    assert_eq!(line["kind"], "changed", "{since}");
    assert_eq!(line["id"], "opening", "{since}");
    assert!(
        line["details"][0]
            .as_str()
            .is_some_and(|d| d.starts_with("moved from Tuesday 19 September 11:00")),
        "the core's English wording: {since}"
    );
    let french = invoke(
        &window,
        "revision_diff",
        json!({ "from": "Rev.1", "lang": "fr" }),
    )
    .expect("any of the six languages");
    assert!(
        french["lines"][0]["details"][0]
            .as_str()
            .is_some_and(|d| d.contains("mardi 19 septembre")),
        "the core's French wording: {french}"
    );
    let error = invoke(
        &window,
        "revision_diff",
        json!({ "from": "Rev.1", "lang": "de" }),
    )
    .expect_err("not one of the six");
    assert_eq!(error["code"], "commandRefused", "{error}");
}

#[test]
fn export_choices_list_the_cores_formats_and_layouts() {
    let (_app, window) = app();
    let choices = invoke(&window, "export_choices", json!({})).expect("export_choices is granted");
    assert_eq!(choices["formats"][0]["name"], "annex-docx", "{choices}");
    assert_eq!(choices["formats"][0]["label"], "Word document", "{choices}");
    assert_eq!(
        choices["formats"].as_array().map(Vec::len),
        Some(10),
        "{choices}"
    );
    assert_eq!(choices["layouts"][2]["name"], "plan", "{choices}");
}

#[test]
fn today_is_the_shells_one_reading_of_the_date() {
    let (_app, window) = app();
    let today = invoke(&window, "today", json!({})).expect("today is granted");
    assert_eq!(
        today,
        json!(crate::today().to_string()),
        "YYYY-MM-DD, as the core's dates"
    );
}

#[test]
fn snapshot_carries_the_cores_view_of_the_document() {
    let (_app, window) = app();
    let snapshot = invoke(&window, "snapshot", json!({})).expect("snapshot is granted");
    let view = &snapshot["view"];
    assert_eq!(view["mainLang"], "en", "{view}");
    assert_eq!(view["nextRevisionLabel"], "Rev.1", "{view}");
    assert!(
        view["days"].as_array().is_some_and(|d| !d.is_empty()),
        "{view}"
    );
    assert_eq!(
        view["newItems"]["room"]["id"], "",
        "the core picks the id on add: {view}"
    );
}

#[test]
fn bodies_grid_is_granted_and_shows_a_meeting_placed_in_a_half_day() {
    let (_app, window) = app();
    apply_now(
        &window,
        json!({ "type": "addBodySeries", "series": "Q1/2-Q2/2" }),
    );
    apply_now(
        &window,
        json!({ "type": "addSlot", "slot": {
            "id": "am", "name": { "en": "Morning" }, "start": "09:30", "end": "12:30" } }),
    );
    apply_now(
        &window,
        json!({ "type": "placeBodyMeeting", "body": "q1-2", "date": "2017-09-19", "slot": "am" }),
    );
    let grid = invoke(&window, "bodies_grid", json!({})).expect("bodies_grid is granted");
    let rows = grid["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 2, "a row per body: {grid}");
    assert_eq!(rows[0]["body"], "q1-2");
    assert_eq!(
        rows[0]["cells"][0]["sessions"],
        json!(["q1-2-19-am"]),
        "the placed meeting, in the morning of its day"
    );
    assert_eq!(rows[1]["cells"][0]["sessions"], json!([]));
}

#[test]
fn translations_are_granted_and_a_cell_edit_is_one_command() {
    let (_app, window) = app();
    let list = invoke(&window, "translations", json!({})).expect("translations is granted");
    assert_eq!(list["rows"][0]["place"], json!({ "kind": "meetingTitle" }));
    apply_now(
        &window,
        json!({ "type": "setText", "place": { "kind": "meetingTitle" }, "lang": "fr",
                "text": "Réunion" }),
    );
    let list = invoke(&window, "translations", json!({})).expect("translations");
    assert_eq!(list["rows"][0]["texts"]["fr"], "Réunion", "{list}");
}

#[test]
fn feasibility_and_suggested_places_are_granted_and_refuse_an_unknown_session() {
    let (_app, window) = app_showing(OpenDocument::example().editor.timetable().clone());
    let map = invoke(
        &window,
        "feasibility",
        json!({ "request": { "session": "q4-20am", "from": 480, "to": 1140, "step": 15 } }),
    )
    .expect("feasibility is granted");
    assert_eq!(map["rooms"][0], "", "{map}");
    assert!(
        map["days"][0]["fits"]
            .as_str()
            .is_some_and(|f| !f.is_empty()),
        "{map}"
    );
    let best = invoke(
        &window,
        "suggest_places",
        json!({ "id": "q4-20am", "count": 3 }),
    )
    .expect("suggest_places is granted");
    assert_eq!(best.as_array().map(Vec::len), Some(3), "{best}");
    assert_eq!(best[0]["command"]["type"], "scheduleSession", "{best}");
    let refused = invoke(
        &window,
        "suggest_places",
        json!({ "id": "nope", "count": 3 }),
    )
    .expect_err("an unknown session is refused");
    assert_eq!(refused["code"], "commandRefused", "{refused}");
}

#[test]
fn annex_warnings_are_granted_and_name_what_the_annex_does_not_say() {
    let (_app, window) = app_showing(OpenDocument::example().editor.timetable().clone());
    let warnings = invoke(
        &window,
        "annex_warnings",
        json!({ "layout": "days", "lang": "en" }),
    )
    .expect("annex_warnings is granted");
    let list = warnings.as_array().expect("a list");
    assert!(
        list.iter().any(|w| w["message"]
            .as_str()
            .is_some_and(|m| m.contains("differs from"))),
        "the opening plenary at 11:00 is in a cell with no note of its times: {warnings}"
    );
    let refused = invoke(
        &window,
        "annex_warnings",
        json!({ "layout": "nope", "lang": "en" }),
    )
    .expect_err("an unknown layout is refused");
    assert_eq!(refused["code"], "commandRefused", "{refused}");
}

#[test]
fn arranging_previews_then_applies_one_undoable_step_that_redo_replays() {
    let mut t = OpenDocument::example().editor.timetable().clone();
    // Two Question meetings back in the palette: the arranger places them.
    for id in ["q4-20am", "q5-20am"] {
        let s = t
            .sessions
            .get_mut(&plenary::model::SessionId(id.into()))
            .expect("the example has it");
        s.placement = None;
        s.minutes = Some(180);
    }
    let (_app, window) = app_showing(t);
    let unscheduled = |window: &WebviewWindow<MockRuntime>| {
        let snapshot = invoke(window, "snapshot", json!({})).expect("snapshot");
        ["q4-20am", "q5-20am"]
            .iter()
            .filter(|id| snapshot["timetable"]["sessions"][**id]["placement"].is_null())
            .count()
    };
    let preview = invoke(
        &window,
        "arrange_run",
        json!({ "scope": { "type": "unscheduled" }, "mode": { "type": "repair" },
                "progress": "__CHANNEL__:7" }),
    )
    .expect("arrange_run is granted");
    assert_eq!(preview["report"]["inScope"], 2, "{preview}");
    let placed = preview["report"]["placed"].as_u64().expect("a count");
    assert_eq!(
        preview["moves"].as_array().map(Vec::len),
        Some(placed as usize),
        "each placed session is listed with where it goes: {preview}"
    );
    assert_eq!(unscheduled(&window), 2, "a preview changes nothing");

    invoke(&window, "arrange_discard", json!({})).expect("arrange_discard is granted");
    let nothing = invoke(&window, "arrange_apply", json!({}))
        .expect_err("a discarded arrangement is not applied");
    assert_eq!(nothing["code"], "commandRefused", "{nothing}");

    invoke(
        &window,
        "arrange_run",
        json!({ "scope": { "type": "unscheduled" }, "mode": { "type": "repair" },
                "progress": "__CHANNEL__:8" }),
    )
    .expect("arranges again");
    let applied = invoke(&window, "arrange_apply", json!({})).expect("arrange_apply is granted");
    assert_eq!(applied["changed"], true, "{applied}");
    assert_eq!(
        applied["label"],
        format!("Arrange {placed} sessions"),
        "{applied}"
    );
    assert_eq!(
        unscheduled(&window),
        2 - placed as usize,
        "the document has what was previewed"
    );
    let undone = invoke(&window, "undo", json!({})).expect("undo");
    assert_eq!(undone["changed"], true, "{undone}");
    assert_eq!(
        unscheduled(&window),
        2,
        "one undo takes the arrangement back"
    );
    invoke(&window, "redo", json!({})).expect("redo");
    assert_eq!(
        unscheduled(&window),
        2 - placed as usize,
        "redo replays the same placements"
    );
    invoke(&window, "arrange_stop", json!({})).expect("arrange_stop is granted (a no-op now)");
}

mod faults;
mod locks;
mod many_windows;
mod publishing;
mod soak;
