//! One document per window: each window's commands act on its own document, with its own
//! history and journal entry; a document opens in a new window unless the window asked is
//! blank and untouched.

use serde_json::json;
use tauri::test::MockRuntime;
use tauri::{Manager, WebviewWindow, WebviewWindowBuilder};

use super::*;

/// A second document window, as `windows::new_window` opens it (a blank document).
fn second_window(app: &tauri::App<MockRuntime>) -> WebviewWindow<MockRuntime> {
    windows::new_window(app.handle(), Some(windows::MAIN), None)
        .expect("a second window opens on the mock runtime")
}

fn moved(window: &WebviewWindow<MockRuntime>, id: &str, start: &str) -> Value {
    let command = json!({ "type": "moveSession", "id": id, "start": start });
    invoke(
        window,
        "apply",
        json!({ "command": command, "dryRun": "no" }),
    )
    .expect("the move applies")
}

fn start_of(window: &WebviewWindow<MockRuntime>, id: &str) -> Value {
    let snapshot = invoke(window, "snapshot", json!({})).expect("snapshot is granted");
    snapshot["timetable"]["sessions"][id]["placement"]["start"].clone()
}

#[test]
fn two_windows_hold_two_documents_each_with_its_own_undo() {
    let (app, main) = app();
    let second = second_window(&app);
    assert_eq!(second.label(), "doc-1");
    invoke(&second, "open_example", json!({})).expect("the example opens in the window");
    let example_session = invoke(&second, "snapshot", json!({})).unwrap()["timetable"]["sessions"]
        .as_object()
        .and_then(|s| s.keys().next().cloned())
        .expect("the example has sessions");
    let was = start_of(&second, &example_session);

    moved(&main, "opening", "2017-09-19T14:30");
    moved(&main, "opening", "2017-09-19T15:00");
    let applied = moved(&second, &example_session, "2017-09-19T16:00");
    assert_eq!(
        applied["history"]["canUndo"], true,
        "the second window's own history: {applied}"
    );

    invoke(&second, "undo", json!({})).expect("undo in the second window");
    assert_eq!(
        start_of(&second, &example_session),
        was,
        "undo in the second window undoes its own edit"
    );
    assert_eq!(
        start_of(&main, "opening"),
        "2017-09-19T15:00",
        "and leaves the first window's document alone"
    );
    let undone = invoke(&second, "undo", json!({})).expect("undo is granted");
    assert_eq!(
        undone["changed"], false,
        "the second window has nothing more to undo: {undone}"
    );
    invoke(&main, "undo", json!({})).expect("undo in the first window");
    assert_eq!(start_of(&main, "opening"), "2017-09-19T14:30");
    invoke(&main, "undo", json!({})).expect("undo in the first window");
    assert_eq!(start_of(&main, "opening"), "2017-09-19T11:00");

    let state = app.state::<AppState>();
    assert_eq!(
        document_title(&state.window("doc-1").document.lock()),
        "Example — Plenary",
        "each window is titled by its own document"
    );
}

#[test]
fn a_document_opens_in_a_new_window_unless_the_window_is_blank_and_untouched() {
    let (app, main) = app_showing(plenary::template::blank());
    app.state::<AppState>().window("main").document.lock().blank = true;
    let opened = invoke(
        &main,
        "open_window",
        json!({ "start": { "kind": "example" } }),
    )
    .expect("open_window is granted");
    assert_eq!(
        opened, false,
        "a blank, untouched window opens the document itself"
    );
    assert!(app.get_webview_window("doc-1").is_none());

    invoke(&main, "open_example", json!({})).expect("the example opens in place");
    let opened = invoke(
        &main,
        "open_window",
        json!({ "start": { "kind": "open", "path": "/m/sg2.plenary" } }),
    )
    .expect("open_window is granted");
    assert_eq!(
        opened, true,
        "a window with a document opens another window"
    );
    let second = app
        .get_webview_window("doc-1")
        .expect("the new window is there");
    assert_eq!(
        app.state::<AppState>().focused(),
        "doc-1",
        "the new window is the one the menus act on"
    );
    assert_eq!(
        invoke(&second, "window_start", json!({})).expect("granted"),
        json!({ "kind": "open", "path": "/m/sg2.plenary" }),
        "its page learns what it was opened for"
    );
    assert_eq!(
        invoke(&second, "window_start", json!({})).expect("granted"),
        Value::Null,
        "once"
    );
    assert_eq!(
        invoke(&main, "window_start", json!({})).expect("granted"),
        Value::Null,
        "the first window was opened for nothing in particular"
    );
}

#[test]
fn the_start_up_error_and_the_recovery_prompt_are_the_first_windows() {
    let (app, _main) = app();
    let second = second_window(&app);
    assert_eq!(
        invoke(&second, "recovery_entries", json!({})).expect("granted"),
        json!([]),
        "a later window offers no recovery (the first did)"
    );
    assert_eq!(
        invoke(&second, "startup_error", json!({})).expect("granted"),
        Value::Null
    );
}

#[test]
fn each_window_has_its_own_journal_entry_and_closing_one_keeps_the_others() {
    let dir = folder("journal-windows");
    let (app, main) = app_with_journal(&dir);
    open_and_edit(&app, &main, &dir);
    let second = second_window(&app);
    invoke(&second, "open_example", json!({})).expect("the example opens");
    let session = invoke(&second, "snapshot", json!({})).unwrap()["timetable"]["sessions"]
        .as_object()
        .and_then(|s| s.keys().next().cloned())
        .expect("the example has sessions");
    moved(&second, &session, "2017-09-19T16:00");
    eventually("both edits to be journalled", || {
        journalled(&dir).len() == 2
    });
    assert!(
        journal::Journal::new(dir.join("journal"))
            .recoverable()
            .is_empty(),
        "this running app holds both entries"
    );

    invoke(&second, "close_window", json!({})).expect("close is granted");
    eventually("the second window's entry to go", || {
        journalled(&dir).len() == 1
    });
    assert!(
        app.state::<AppState>().get("doc-1").is_none(),
        "the closed window's document is let go"
    );
    assert_eq!(
        start_of(&main, "opening"),
        "2017-09-19T14:30",
        "the first window keeps its document"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_window_the_shell_did_not_open_gets_a_blank_document_of_its_own() {
    let (app, main) = app();
    let other = WebviewWindowBuilder::new(&app, "doc-7", Default::default())
        .build()
        .expect("a window opens on the mock runtime");
    let snapshot = invoke(&other, "snapshot", json!({})).expect("granted to doc-* windows");
    assert_eq!(
        snapshot["timetable"]["sessions"],
        json!({}),
        "its own, blank document"
    );
    assert_eq!(start_of(&main, "opening"), "2017-09-19T11:00");
}
