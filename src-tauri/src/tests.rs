//! IPC round trips through the real command handlers, capabilities and ACL, on Tauri's
//! mock runtime (no display needed).

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
    let timetable = plenary::document::load(TINY).expect("the test document is valid");
    let state = AppState {
        document: Mutex::new(OpenDocument {
            editor: Editor::new(timetable),
            path: None,
        }),
        startup_error: None,
    };
    let app = builder(mock_builder())
        .manage(state)
        .build(tauri::generate_context!())
        .expect("the app builds on the mock runtime");
    let window = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("the main window opens on the mock runtime");
    (app, window)
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
fn blank_document_loads_with_next_weeks_working_days() {
    // 2026-11-26 is a Thursday (20_783 days after 1970-01-01).
    let blank = OpenDocument::blank(20_783);
    let days: Vec<String> = blank
        .editor
        .timetable()
        .days
        .iter()
        .map(|d| d.date.to_string())
        .collect();
    assert_eq!(
        days,
        [
            "2026-11-30",
            "2026-12-01",
            "2026-12-02",
            "2026-12-03",
            "2026-12-04"
        ],
        "a new document offers the Monday to Friday after today"
    );
    assert!(blank.path.is_none(), "a new document is untitled");
    assert!(!blank.editor.history().dirty, "and has nothing to save yet");
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
