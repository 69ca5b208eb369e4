//! Faults during a save, through the app's own Save: a full disk, a failing disk and a
//! refused permission at each step of the write ([`plenary::atomic::Step`]). Whatever
//! strikes, the file on disk is the old one, whole; the user is told why; the document stays
//! open with its unsaved changes and its journal entry; and the next save works.

use std::path::Path;

use plenary::atomic::{Step, faults};
use serde_json::json;

use super::*;

/// The OS errors of a full disk, a failing disk and a refused permission (Linux and macOS).
const FAULTS: [(i32, &str); 3] = [
    (28, "the disk is full"),
    (5, "Input/output error"),
    (13, "Plenary may not write there"),
];

fn left_in(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "journal")
        .collect()
}

#[test]
fn a_fault_at_any_step_of_a_save_keeps_the_file_the_document_and_its_journal() {
    for step in Step::ALL {
        for (errno, said) in FAULTS {
            let dir = folder(&format!("fault-{step:?}-{errno}"));
            let (app, window) = app_with_journal(&dir);
            let file = open_and_edit(&app, &window, &dir);
            eventually("the edit to be journalled", || journalled(&dir).len() == 1);
            let before = std::fs::read_to_string(&file).unwrap();

            let fault = faults::strike(&dir, step, errno);
            let answer = invoke(&window, "save_document", json!({ "path": null }));
            drop(fault);
            if step == Step::SyncFolder {
                // After the rename the new file is whole and in place: a saved document.
                answer.unwrap_or_else(|e| panic!("{step:?}/{errno}: {e}"));
                assert!(std::fs::read_to_string(&file).unwrap().contains("14:30"));
                std::fs::remove_dir_all(dir).unwrap();
                continue;
            }
            let error = answer.expect_err("the fault is reported");
            let message = error["message"].as_str().unwrap_or_default();
            assert_eq!(error["code"], "io", "{step:?}/{errno}: {error}");
            assert!(
                message.contains(said) && message.contains("still open with its unsaved changes"),
                "{step:?}/{errno}: {message}"
            );
            assert_eq!(
                std::fs::read_to_string(&file).unwrap(),
                before,
                "{step:?}/{errno}: the file is the old one, whole"
            );
            let left = left_in(&dir);
            assert!(
                left.iter().all(|n| !n.contains(".tmp-")),
                "{step:?}/{errno}: no temporary file: {left:?}"
            );
            let snapshot = invoke(&window, "snapshot", json!({})).unwrap();
            assert_eq!(snapshot["history"]["dirty"], true, "{step:?}/{errno}");
            assert_eq!(
                journalled(&dir).len(),
                1,
                "{step:?}/{errno}: the edits are still journalled"
            );

            invoke(&window, "save_document", json!({ "path": null }))
                .unwrap_or_else(|e| panic!("{step:?}/{errno}: the next save works: {e}"));
            assert!(std::fs::read_to_string(&file).unwrap().contains("14:30"));
            eventually("the journal to be cleared", || journalled(&dir).is_empty());
            invoke(&window, "new_document", json!({})).unwrap();
            std::fs::remove_dir_all(dir).unwrap();
        }
    }
}

/// A journal write struck at any step (what a kill or a full disk does to it) leaves the
/// entry recoverable: the previous version or the new one, never a broken document.
#[test]
fn a_journal_write_struck_at_any_step_leaves_a_recoverable_entry() {
    let dir = folder("journal-faults");
    let journal = journal::Journal::new(dir.join("journal"));
    let (mut timetable, _) = {
        let file = dir.join("tiny.plenary.json");
        std::fs::write(&file, TINY).unwrap();
        files::read_document_stamped(&file).unwrap()
    };
    let write = |journal: &journal::Journal, venue: &str, timetable: &mut plenary::Timetable| {
        timetable.meeting.venue = venue.into();
        let meta = journal::Meta::describe(timetable, None, None, 1);
        journal.write("1-2-0", &plenary::document::save(timetable), &meta)
    };
    write(&journal, "first", &mut timetable).unwrap();
    for step in Step::ALL {
        for (errno, _) in FAULTS {
            let fault = faults::strike(&dir.join("journal"), step, errno);
            let _ = write(&journal, "second", &mut timetable);
            drop(fault);
            let recovered = journal
                .read("1-2-0")
                .unwrap_or_else(|e| panic!("{step:?}/{errno}: {e}"));
            let venue = recovered.timetable.meeting.venue.clone();
            assert!(
                venue == "first" || venue == "second",
                "{step:?}/{errno}: {venue}"
            );
            write(&journal, "first", &mut timetable).unwrap();
        }
    }
    std::fs::remove_dir_all(dir).unwrap();
}

/// A day of edits keeps one entry per document, replaced at each write: the journal's size
/// is the document's, not the number of edits'.
#[test]
fn the_journal_keeps_one_entry_per_document_however_many_edits() {
    let dir = folder("journal-size");
    let (app, window) = app_with_journal(&dir);
    open_and_edit(&app, &window, &dir);
    for round in 0..30 {
        let hour = 9 + round % 8;
        invoke(
            &window,
            "apply",
            json!({ "command": { "type": "moveSession", "id": "opening",
                                 "start": format!("2017-09-19T{hour:02}:00") },
                    "dryRun": "no" }),
        )
        .unwrap();
        // Longer than the journal's delay in these tests: every few edits are written.
        std::thread::sleep(std::time::Duration::from_millis(20 + 20 * (round % 5)));
    }
    eventually("the last edit to be journalled", || {
        journalled(&dir).first().is_some_and(|entry| {
            std::fs::read_to_string(entry).is_ok_and(|t| t.contains("2017-09-19T14:00"))
        })
    });
    let names: Vec<String> = std::fs::read_dir(dir.join("journal"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 3, "document, metadata and lock: {names:?}");
    let size: u64 = std::fs::read_dir(dir.join("journal"))
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum();
    let document = saved_text(&app).len() as u64;
    assert!(
        size < document + 2048,
        "{size} bytes for a {document}-byte document"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

/// The app's Save and Export into a character device (made with `mknod` in a temporary
/// folder, like `/dev/null`) and a FIFO write into them and leave them what they were: a
/// rename over `/dev/null` as root once turned the device into a regular file.
#[cfg(unix)]
#[test]
fn save_and_export_write_into_a_device_or_a_fifo_and_never_replace_it() {
    use std::os::unix::fs::FileTypeExt;
    let dir = folder("devices");
    // Named with their formats' extensions, so that nothing is added to the names picked.
    let null = dir.join("null.csv");
    let null_document = dir.join("null.plenary.json");
    let made = [&null, &null_document].iter().all(|node| {
        std::process::Command::new("mknod")
            .arg(node)
            .args(["c", "1", "3"])
            .status()
            .is_ok_and(|s| s.success())
    });
    if !made {
        assert!(
            std::env::var_os("CI").is_none(),
            "mknod must work under CI (root)"
        );
        eprintln!("SKIPPED: mknod needs root here; the device case is not checked");
        std::fs::remove_dir_all(dir).unwrap();
        return;
    }
    let (app, window) = app();
    let export = |path: &Path| {
        invoke(
            &window,
            "export_document",
            json!({ "path": pick(&app, path), "format": "csv", "layout": "days", "lang": "en" }),
        )
    };
    export(&null).expect("an export into the device");
    invoke(
        &window,
        "save_document",
        json!({ "path": pick(&app, &null) }),
    )
    .expect("a save into the device");
    assert!(
        std::fs::metadata(&null)
            .unwrap()
            .file_type()
            .is_char_device(),
        "still a device"
    );

    let fifo = dir.join("pipe.csv");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).expect("the FIFO reads"))
    };
    export(&fifo).expect("an export into the FIFO");
    assert!(
        String::from_utf8(reader.join().unwrap())
            .unwrap()
            .contains("Opening"),
        "the rows came through"
    );
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    invoke(&window, "new_document", json!({})).unwrap();
    std::fs::remove_dir_all(dir).unwrap();
}
