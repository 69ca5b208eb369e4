//! Two people, one file: the lock beside a document ([`crate::doclock`]) as the IPC
//! commands use it — who is told what, read-only and copies, start-up and recovery.

use std::path::{Path, PathBuf};

use serde_json::json;
use tauri::test::MockRuntime;
use tauri::{Manager, WebviewWindow};

use super::*;

/// The app of [`app`] as the person `user` (process `pid`) on the machine `host`: two of
/// them in one test are two people opening the same file.
fn app_of(
    user: &str,
    host: &str,
    pid: u32,
) -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let (app, window) = app();
    app.manage(doclock::Me {
        user: user.into(),
        host: host.into(),
        pid,
    });
    (app, window)
}

fn lock_file(file: &Path) -> PathBuf {
    doclock::lock_path(file)
}

#[test]
fn a_second_person_is_told_who_has_the_document_and_may_open_it_read_only() {
    let dir = folder("two-people");
    let file = dir.join("sg12.plenary.json");
    std::fs::write(&file, TINY).unwrap();
    let (ada_app, ada) = app_of("ada", "lab-1", 1001);
    let (bob_app, bob) = app_of("bob", "lab-1", 1002);
    invoke(
        &ada,
        "open_document",
        json!({ "path": pick(&ada_app, &file) }),
    )
    .expect("free");
    let lock = std::fs::read_to_string(lock_file(&file)).expect("a lock beside the file");
    assert!(
        lock.contains("\"user\":\"ada\"") && lock.contains("\"host\":\"lab-1\""),
        "{lock}"
    );

    let refused = invoke(
        &bob,
        "open_document",
        json!({ "path": pick(&bob_app, &file) }),
    )
    .expect_err("ada has it open");
    assert_eq!(refused["code"], "locked", "{refused}");
    assert_eq!(refused["words"]["id"], "app-locked", "{refused}");
    let message = refused["message"].as_str().unwrap();
    assert!(
        message.starts_with("sg12.plenary.json is open by ada on lab-1 since "),
        "{message}"
    );
    let snapshot = invoke(&bob, "snapshot", json!({})).unwrap();
    assert!(
        snapshot["timetable"]["sessions"]["opening"].is_object(),
        "bob's open document stays as it was"
    );

    invoke(
        &bob,
        "open_document",
        json!({ "path": pick(&bob_app, &file), "lock": "readOnly" }),
    )
    .expect("read-only opens");
    apply_now(&bob, serde_json::from_str(MOVE).unwrap());
    let refused = invoke(&bob, "save_document", json!({ "path": null }))
        .expect_err("a read-only document cannot save over its file");
    assert!(
        refused["message"].as_str().unwrap().contains("Save As"),
        "{refused}"
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        TINY,
        "ada's file untouched"
    );
    let copy = dir.join("bob.plenary.json");
    let saved = invoke(
        &bob,
        "save_document",
        json!({ "path": pick(&bob_app, &copy) }),
    )
    .expect("Save As writes elsewhere");
    assert_eq!(saved["type"], "saved", "{saved}");
    assert!(lock_file(&copy).exists(), "the copy is now bob's, locked");
    assert!(
        std::fs::read_to_string(lock_file(&file))
            .unwrap()
            .contains("ada"),
        "ada keeps her lock"
    );

    invoke(&ada, "new_document", json!({})).unwrap();
    assert!(
        !lock_file(&file).exists(),
        "closing the document removes its lock"
    );
    invoke(&bob, "new_document", json!({})).unwrap();
    assert!(!lock_file(&copy).exists());
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn two_people_who_both_open_anyway_never_overwrite_each_other_silently() {
    let dir = folder("open-anyway");
    let file = dir.join("sg12.plenary.json");
    std::fs::write(&file, TINY).unwrap();
    let (ada_app, ada) = app_of("ada", "lab-1", 1001);
    let (bob_app, bob) = app_of("bob", "lab-2", 2002);
    invoke(
        &ada,
        "open_document",
        json!({ "path": pick(&ada_app, &file) }),
    )
    .expect("free");
    let refused = invoke(
        &bob,
        "open_document",
        json!({ "path": pick(&bob_app, &file) }),
    )
    .expect_err("a fresh lock from another host is live");
    assert_eq!(refused["code"], "locked");
    invoke(
        &bob,
        "open_document",
        json!({ "path": pick(&bob_app, &file), "lock": "anyway" }),
    )
    .expect("open anyway");
    assert!(
        std::fs::read_to_string(lock_file(&file))
            .unwrap()
            .contains("bob"),
        "bob took the lock over"
    );

    apply_now(&ada, serde_json::from_str(MOVE).unwrap());
    let saved = invoke(&ada, "save_document", json!({ "path": null })).unwrap();
    assert_eq!(saved["type"], "saved", "ada saves first: {saved}");
    let ada_version = std::fs::read_to_string(&file).unwrap();

    apply_now(
        &bob,
        serde_json::from_str(
            r#"{ "type": "moveSession", "id": "opening", "start": "2017-09-19T09:00" }"#,
        )
        .unwrap(),
    );
    let asked = invoke(&bob, "save_document", json!({ "path": null })).unwrap();
    assert_eq!(asked["type"], "changedOnDisk", "bob is asked: {asked}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), ada_version);

    // Ada closes: bob's lock stays, since it is no longer hers.
    invoke(&ada, "new_document", json!({})).unwrap();
    assert!(
        std::fs::read_to_string(lock_file(&file))
            .unwrap()
            .contains("bob")
    );
    std::fs::remove_dir_all(dir).unwrap();
}

/// The save compares the file again right before the rename: a change made after the
/// first comparison (here: a stamp already out of date when writing starts) writes
/// nothing.
#[test]
fn a_change_made_while_saving_is_caught_right_before_the_rename() {
    let dir = folder("race");
    let file = dir.join("sg12.plenary.json");
    std::fs::write(&file, TINY).unwrap();
    let (timetable, stamp) = files::read_document_stamped(&file).unwrap();
    let theirs = TINY.replace("Geneva", "Changed by someone else");
    std::fs::write(&file, &theirs).unwrap();
    let written = files::write_document(&file, &timetable, Some(&stamp)).expect("no error");
    assert!(written.is_none(), "nothing written");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), theirs);
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["sg12.plenary.json"], "no temporary or backup left");
    let written = files::write_document(&file, &timetable, None).expect("overwrite");
    assert!(written.is_some());
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_lock_left_by_a_crashed_app_on_this_machine_is_taken_over() {
    let dir = folder("crashed");
    let file = dir.join("sg12.plenary.json");
    std::fs::write(&file, TINY).unwrap();
    std::fs::write(
        lock_file(&file),
        r#"{"user":"ada","host":"lab-1","pid":999999,"since":"2026-12-04 08:00"}"#,
    )
    .unwrap();
    let (bob_app, bob) = app_of("bob", "lab-1", 1002);
    invoke(
        &bob,
        "open_document",
        json!({ "path": pick(&bob_app, &file) }),
    )
    .expect("nobody runs behind a crashed lock");
    assert!(
        std::fs::read_to_string(lock_file(&file))
            .unwrap()
            .contains("bob")
    );
    std::fs::remove_dir_all(dir).unwrap();
}

/// The app as `user` on `host` started with `file` on its command line, as `run` starts it.
fn app_started_with(
    user: &str,
    host: &str,
    pid: u32,
    file: &Path,
) -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let app = builder(tauri::test::mock_builder())
        .build(tauri::generate_context!())
        .expect("the app builds on the mock runtime");
    app.manage(doclock::Me {
        user: user.into(),
        host: host.into(),
        pid,
    });
    let state = AppState::open_at_startup(&app, Some(file.to_path_buf()));
    app.manage(state);
    let window = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("the main window opens on the mock runtime");
    (app, window)
}

#[test]
fn open_a_copy_gives_an_untitled_unsaved_document_and_leaves_the_file_and_lock_alone() {
    let dir = folder("copy");
    let file = dir.join("sg12.plenary.json");
    std::fs::write(&file, TINY).unwrap();
    let (ada_app, ada) = app_of("ada", "lab-1", 1001);
    let (bob_app, bob) = app_of("bob", "lab-2", 2002);
    invoke(
        &ada,
        "open_document",
        json!({ "path": pick(&ada_app, &file) }),
    )
    .expect("free");
    let opened = invoke(
        &bob,
        "open_document",
        json!({ "path": pick(&bob_app, &file), "lock": "copy" }),
    )
    .expect("a copy opens");
    assert_eq!(
        opened["snapshot"]["timetable"]["meeting"]["venue"], "Geneva",
        "the copy has the file's content"
    );
    assert_eq!(
        opened["snapshot"]["history"]["dirty"], true,
        "a copy is unsaved: closing asks first"
    );
    assert_eq!(
        invoke(&bob, "document_path", json!({})).unwrap(),
        json!(null),
        "untitled: Save asks where"
    );
    let refused =
        invoke(&bob, "save_document", json!({ "path": null })).expect_err("no file of its own yet");
    assert_ne!(refused["code"], "readOnly", "{refused}");
    assert!(
        std::fs::read_to_string(lock_file(&file))
            .unwrap()
            .contains("\"user\":\"ada\""),
        "ada keeps her lock"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), TINY);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_read_only_document_says_so_in_the_title_and_its_save_answers_read_only() {
    let dir = folder("read-only-title");
    let file = dir.join("sg12.plenary.json");
    std::fs::write(&file, TINY).unwrap();
    let (ada_app, ada) = app_of("ada", "lab-1", 1001);
    let (bob_app, bob) = app_of("bob", "lab-1", 1002);
    invoke(
        &ada,
        "open_document",
        json!({ "path": pick(&ada_app, &file) }),
    )
    .expect("free");
    invoke(
        &bob,
        "open_document",
        json!({ "path": pick(&bob_app, &file), "lock": "readOnly" }),
    )
    .expect("read-only opens");
    let state = bob_app.state::<AppState>();
    assert_eq!(
        document_title(&state.window("main").document.lock()),
        "sg12.plenary.json (read-only) — Plenary"
    );
    let refused = invoke(&bob, "save_document", json!({ "path": null })).expect_err("read-only");
    assert_eq!(
        refused["code"], "readOnly",
        "the UI turns it into Save As: {refused}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_file_given_at_start_up_is_locked_as_file_open_locks_it() {
    let dir = folder("startup-lock");
    let file = dir.join("sg12.plenary.json");
    std::fs::write(&file, TINY).unwrap();
    let (_ada_app, ada) = app_started_with("ada", "lab-1", 1001, &file);
    assert!(
        std::fs::read_to_string(lock_file(&file))
            .unwrap()
            .contains("\"user\":\"ada\""),
        "the start-up file is locked"
    );
    let (bob_app, bob) = app_started_with("bob", "lab-1", 1002, &file);
    let error = invoke(&bob, "startup_error", json!({})).unwrap();
    assert_eq!(error["code"], "locked", "{error}");
    assert!(
        error["message"]
            .as_str()
            .unwrap()
            .starts_with("sg12.plenary.json is open by ada on lab-1 since "),
        "{error}"
    );
    let path = invoke(&bob, "locked_at_startup", json!({})).unwrap();
    assert_eq!(
        path,
        json!(file.display().to_string()),
        "the UI asks about this file"
    );
    let snapshot = invoke(&bob, "snapshot", json!({})).unwrap();
    assert_eq!(
        snapshot["timetable"]["sessions"],
        json!({}),
        "bob starts with an empty document until he chooses"
    );
    invoke(
        &bob,
        "open_document",
        json!({ "path": path, "lock": "readOnly" }),
    )
    .expect("the start-up file may be opened by the user's choice");
    assert_eq!(
        invoke(&bob, "snapshot", json!({})).unwrap()["timetable"]["meeting"]["venue"],
        "Geneva"
    );
    drop(bob_app);
    invoke(&ada, "new_document", json!({})).expect("ada closes it");
    assert!(
        !lock_file(&file).exists(),
        "the lock goes when the document is closed (on quitting too: the e2e locks spec)"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_recovered_document_takes_its_lock_or_opens_read_only_when_someone_has_the_file() {
    let dir = folder("recover-lock");
    let file = dir.join("sg12.plenary.json");
    std::fs::write(&file, TINY).unwrap();
    let journal = journal::Journal::new(dir.join("journal"));
    let (mut edited, disk) = files::read_document_stamped(&file).unwrap();
    edited.meeting.venue = "Room recovered".into();
    let meta = journal::Meta::describe(&edited, Some(&file), Some(&disk), 2);
    let text = plenary::document::save(&edited);
    journal.write("1-2-0", &text, &meta).unwrap();
    journal.write("1-2-1", &text, &meta).unwrap();

    let (app, window) = app_with_journal(&dir);
    app.manage(doclock::Me {
        user: "ada".into(),
        host: "lab-1".into(),
        pid: 1001,
    });
    invoke(&window, "recover_entry", json!({ "id": "1-2-0" })).expect("it recovers");
    assert!(
        std::fs::read_to_string(lock_file(&file))
            .unwrap()
            .contains("\"user\":\"ada\""),
        "the recovered document holds its file's lock"
    );

    // Bob, on another machine, has opened the file since: the second entry is recovered
    // read-only, so it cannot replace his file.
    invoke(&window, "new_document", json!({})).unwrap();
    let bob = doclock::Me {
        user: "bob".into(),
        host: "lab-2".into(),
        pid: 2002,
    };
    let _held = doclock::DocumentLock::acquire(&file, &bob.now()).expect("free");
    let snapshot =
        invoke(&window, "recover_entry", json!({ "id": "1-2-1" })).expect("still recovered");
    assert_eq!(snapshot["timetable"]["meeting"]["venue"], "Room recovered");
    let refused = invoke(&window, "save_document", json!({ "path": null })).expect_err("bob's");
    assert_eq!(refused["code"], "readOnly", "{refused}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), TINY);
    std::fs::remove_dir_all(dir).unwrap();
}
