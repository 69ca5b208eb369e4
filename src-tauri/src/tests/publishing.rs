//! File > Publish through the real commands: the folder asked once per document, the plan
//! shown before writing, and the publish writing what the plan said.

use serde_json::{Value, json};

use super::{app, folder, invoke, pick};
use crate::{AppState, Remembered, settings::Settings};
use tauri::Manager;

fn list(plan: &Value, key: &str) -> Vec<String> {
    plan[key]
        .as_array()
        .unwrap_or_else(|| panic!("{key} is a list: {plan}"))
        .iter()
        .map(|v| v.as_str().expect("paths").to_owned())
        .collect()
}

#[test]
fn publishing_asks_for_a_folder_then_writes_what_its_plan_said() {
    let (app, window) = app();
    let dir = folder("publish-plan");
    let site = dir.join("site");
    assert_eq!(
        invoke(&window, "publish_folder", json!({})).expect("answers"),
        Value::Null,
        "no folder before one is chosen"
    );
    let refused = invoke(&window, "plan_publish", json!({})).expect_err("no folder yet");
    assert_eq!(refused["code"], "commandRefused", "{refused}");
    let never = invoke(&window, "choose_publish_folder", json!({ "dir": site }))
        .expect_err("a folder nobody picked is refused");
    assert_eq!(never["code"], "io", "{never}");

    let chosen = invoke(
        &window,
        "choose_publish_folder",
        json!({ "dir": pick(&app, &site) }),
    )
    .expect("a picked folder is taken");
    assert_eq!(
        invoke(&window, "publish_folder", json!({})).expect("answers"),
        chosen,
        "the document keeps its folder"
    );
    let plan = invoke(&window, "plan_publish", json!({})).expect("a plan");
    assert_eq!(plan["exists"], false, "{plan}");
    assert_eq!(
        plan["revision"],
        Value::Null,
        "no revision: the document as it is"
    );
    let files = plan["files"].as_u64().expect("a count");
    assert_eq!(
        list(&plan, "added").len() as u64,
        files,
        "every file is new"
    );
    assert!(list(&plan, "added").contains(&"index.html".to_owned()));
    assert!(!site.exists(), "planning writes nothing");
    let warnings: Vec<plenary::messages::Message> =
        serde_json::from_value(plan["warnings"].clone()).expect("the warnings are messages");
    assert!(
        warnings.iter().any(|w| {
            let (en, fr) = (
                w.text(plenary::model::Lang::En),
                w.text(plenary::model::Lang::Fr),
            );
            en.starts_with("annex (en): ")
                && en.contains("annex table is empty")
                && fr.starts_with("annexe (en) : ")
        }),
        "the annex's warnings, by language, in any language (the test meeting has no slots): {plan}"
    );

    let published = invoke(&window, "publish_site", json!({})).expect("publishes");
    assert_eq!(published["files"].as_u64(), Some(files), "{published}");
    for path in ["index.html", "schedule.xml", "calendar.ics", "changes.json"] {
        assert!(site.join(path).is_file(), "{path}");
    }
    let again = invoke(&window, "plan_publish", json!({})).expect("a plan");
    assert_eq!(again["unchanged"].as_u64(), Some(files), "{again}");
    for key in ["added", "changed", "removed"] {
        assert!(list(&again, key).is_empty(), "nothing {key}: {again}");
    }

    let command = json!({ "type": "moveSession", "id": "opening", "start": "2017-09-19T14:30" });
    invoke(
        &window,
        "apply",
        json!({ "command": command, "dryRun": "no" }),
    )
    .expect("moves");
    let moved = invoke(&window, "plan_publish", json!({})).expect("a plan");
    assert!(
        list(&moved, "changed")
            .iter()
            .any(|p| p.ends_with("schedule.xml")),
        "a move changes the feed: {moved}"
    );
    assert!(
        moved["unchanged"].as_u64().is_some_and(|n| n > 0),
        "pages that do not show the session stay: {moved}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_folder_plenary_did_not_write_is_refused_before_anything_is_written() {
    let (app, window) = app();
    let dir = folder("publish-refused");
    let mine = dir.join("mine");
    std::fs::create_dir_all(&mine).unwrap();
    std::fs::write(mine.join("thesis.txt"), "precious").unwrap();
    invoke(
        &window,
        "choose_publish_folder",
        json!({ "dir": pick(&app, &mine) }),
    )
    .expect("a picked folder is taken");
    let plan = invoke(&window, "plan_publish", json!({})).expect_err("refused");
    assert_eq!(plan["code"], "io", "{plan}");
    assert!(
        plan["message"]
            .as_str()
            .is_some_and(|m| m.contains("not published by Plenary")),
        "{plan}"
    );
    invoke(&window, "publish_site", json!({})).expect_err("refused too");
    assert_eq!(
        std::fs::read_to_string(mine.join("thesis.txt")).unwrap(),
        "precious"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_saved_document_finds_the_folder_it_was_published_into_in_an_earlier_run() {
    let (app, window) = app();
    let file = std::path::PathBuf::from("/meetings/sg12.plenary");
    let mut earlier = Settings::default();
    earlier.remember_publish_folder(&file, std::path::Path::new("/srv/www/sg12"));
    app.manage(Remembered(parking_lot::Mutex::new(earlier)));
    assert_eq!(
        invoke(&window, "publish_folder", json!({})).expect("answers"),
        Value::Null,
        "an untitled document has none"
    );
    app.state::<AppState>().window("main").document.lock().path = Some(file);
    assert_eq!(
        invoke(&window, "publish_folder", json!({})).expect("answers"),
        "/srv/www/sg12"
    );
}
