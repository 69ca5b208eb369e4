//! `plenary publish`: the files of a published site (feeds valid against the frab schemas
//! and read back by Plenary's own importers, stable guids and UIDs, SEQUENCE counting the
//! revisions a session changed in, deterministic bytes) and the folder it is written into.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use plenary::interop::{self, Format, ImportOptions};
use plenary::model::{Frozen, Revision, RoomId, Timetable};
use plenary::publish::{PublishOptions, SiteFile, publish};

use crate::interop::seen;
use crate::require::data;
use crate::sg12;

fn files(t: &Timetable, revision: Option<&str>) -> BTreeMap<String, Vec<u8>> {
    let options = PublishOptions {
        revision: revision.map(str::to_owned),
        ..PublishOptions::default()
    };
    publish(t, &options)
        .expect("publishes")
        .into_iter()
        .map(|SiteFile { path, bytes }| (path, bytes))
        .collect()
}

fn text(files: &BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8(
        files
            .get(path)
            .unwrap_or_else(|| panic!("{path} is published"))
            .clone(),
    )
    .expect("UTF-8")
}

fn revise(t: &mut Timetable, label: &str, day: u32) {
    let revision = Revision {
        label: label.into(),
        date: NaiveDate::from_ymd_opt(2017, 8, day).expect("date"),
        comment: Some(format!("{label} <b>comment</b>")),
        timetable: Frozen::of(t),
    };
    t.revisions.push(revision);
}

/// The example with two revisions: Rev.1 as it is, Rev.2 with its first scheduled session
/// in another room. Answers the moved session's id.
fn revised() -> (Timetable, String) {
    let mut t = sg12();
    revise(&mut t, "Rev.1", 1);
    let rooms: Vec<RoomId> = t.rooms.keys().cloned().collect();
    let session = t
        .sessions
        .values_mut()
        .find(|s| s.placement.is_some() && s.room.is_some())
        .expect("a scheduled session with a room");
    let other = rooms
        .iter()
        .find(|r| Some(*r) != session.room.as_ref())
        .expect("another room");
    session.room = Some(other.clone());
    let id = session.id.to_string();
    revise(&mut t, "Rev.2", 15);
    (t, id)
}

#[test]
fn publishing_writes_the_feeds_and_one_calendar_per_body_and_per_room() {
    let t = sg12();
    let f = files(&t, None);
    for path in ["schedule.xml", "schedule.json", "calendar.ics"] {
        assert!(f.contains_key(path), "{path} is published");
    }
    let bodies = f
        .keys()
        .filter(|p| p.starts_with("calendars/body-"))
        .count();
    let rooms = f
        .keys()
        .filter(|p| p.starts_with("calendars/room-"))
        .count();
    assert_eq!(bodies, t.bodies.len());
    assert_eq!(rooms, t.rooms.len());
    assert!(text(&f, "calendars/body-wp1-12.ics").contains("X-WR-CALNAME:"));
    for lang in &t.meeting.languages {
        let docx = &f[&format!("{}/annex.docx", lang.code())];
        assert!(
            docx.starts_with(b"PK"),
            "the {lang:?} annex is a DOCX package"
        );
        assert!(
            !f.contains_key(&format!("{}/annex.pdf", lang.code())),
            "no PDF without fonts"
        );
    }
    for (path, _) in f.iter().filter(|(p, _)| p.ends_with(".ics")) {
        let ics = text(&f, path);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    }
}

#[test]
fn publishing_twice_gives_the_same_bytes() {
    let (t, _) = revised();
    assert_eq!(files(&t, None), files(&t, None));
}

#[test]
fn feeds_read_back_by_plenarys_importers_give_the_same_sessions() {
    let t = sg12();
    let f = files(&t, None);
    let options = ImportOptions {
        time_zone: Some(t.meeting.time_zone.clone()),
        ..ImportOptions::default()
    };
    for (path, format) in [
        ("schedule.xml", Format::FrabXml),
        ("schedule.json", Format::FrabJson),
        ("calendar.ics", Format::Ics),
    ] {
        let back = interop::import(format, &f[path], &options)
            .unwrap_or_else(|e| panic!("{path} imports: {e}"))
            .timetable;
        assert_eq!(seen(&back), seen(&t), "{path} gives the same sessions");
    }
}

#[test]
fn feeds_carry_the_revision_label_and_version_5_guids_that_survive_a_revision() {
    let (t, moved) = revised();
    let now = files(&t, None);
    let before = files(&t, Some("Rev.1"));
    let xml = text(&now, "schedule.xml");
    assert!(
        xml.contains("<version>Rev.2</version>"),
        "version is the label"
    );
    assert!(text(&before, "schedule.xml").contains("<version>Rev.1</version>"));
    let guid = interop::document_uuid(
        plenary::model::text_in(&t.meeting.title, t.meeting.languages[0]),
        "session",
        &moved,
    );
    assert_eq!(&guid[14..15], "5", "UUID version 5: {guid}");
    for f in [&now, &before] {
        assert!(text(f, "schedule.xml").contains(&format!("guid=\"{guid}\"")));
        assert!(text(f, "schedule.json").contains(&guid));
        assert!(text(f, "calendar.ics").contains(&format!("UID:{guid}@plenary")));
    }
}

#[test]
fn sequence_counts_the_revisions_a_session_changed_in() {
    let (t, moved) = revised();
    let sequences = plenary::publish::sequences(&t, Some(1));
    let of = |id: &str| {
        sequences
            .iter()
            .find(|(s, _)| s.as_str() == id)
            .map(|(_, n)| *n)
    };
    assert_eq!(of(&moved), Some(1), "moved once");
    assert!(
        sequences
            .iter()
            .filter(|(id, _)| id.as_str() != moved)
            .all(|(_, n)| *n == 0),
        "the others never changed"
    );
    let ics = text(&files(&t, None), "calendar.ics");
    assert_eq!(ics.matches("SEQUENCE:1\r\n").count(), 1, "{ics}");
    let first = text(&files(&t, Some("Rev.1")), "calendar.ics");
    assert!(!first.contains("SEQUENCE:1"));
}

#[test]
fn an_unknown_revision_is_refused_with_the_labels_there_are() {
    let (t, _) = revised();
    let options = PublishOptions {
        revision: Some("Rev.9".into()),
        ..PublishOptions::default()
    };
    let e = publish(&t, &options).expect_err("refused").to_string();
    assert!(e.contains("Rev.9") && e.contains("Rev.1, Rev.2"), "{e}");
}

#[test]
fn published_feeds_validate_against_the_frab_schemas() {
    let Some(schema_dir) = data("frab-schema") else {
        return;
    };
    let schemas = crate::frab_schema::FrabSchemas::new(&schema_dir);
    let (t, _) = revised();
    let f = files(&t, None);
    let dir = tempfile::tempdir().expect("temp dir");
    let xml = dir.path().join("schedule.xml");
    let json = dir.path().join("schedule.json");
    std::fs::write(&xml, &f["schedule.xml"]).expect("write");
    std::fs::write(&json, &f["schedule.json"]).expect("write");
    schemas.assert_xml(&xml, "published");
    schemas.assert_json(&json, "published");
}

#[test]
fn write_folder_replaces_a_published_site_whole_and_refuses_any_other_folder() {
    let root = tempfile::tempdir().expect("temp dir");
    let site = root.path().join("site");
    plenary::atomic::write_folder(&site, &[("a.html", b"one"), ("x/b.ics", b"two")])
        .expect("writes a new folder");
    assert_eq!(std::fs::read(site.join("x/b.ics")).expect("read"), b"two");
    plenary::atomic::write_folder(&site, &[("c.html", b"three")]).expect("replaces its own");
    assert!(
        !site.join("a.html").exists(),
        "the old site is gone as a whole"
    );
    assert_eq!(std::fs::read(site.join("c.html")).expect("read"), b"three");
    let mine = root.path().join("mine");
    std::fs::create_dir(&mine).expect("mkdir");
    std::fs::write(mine.join("thesis.txt"), b"precious").expect("write");
    let e = plenary::atomic::write_folder(&mine, &[("a.html", b"x")]).expect_err("refused");
    assert!(e.to_string().contains("not published by Plenary"), "{e}");
    assert_eq!(
        std::fs::read(mine.join("thesis.txt")).expect("kept"),
        b"precious"
    );
    for bad in ["../escape.html", "/etc/passwd", ""] {
        assert!(
            plenary::atomic::write_folder(&site, &[(bad, b"x")]).is_err(),
            "{bad}"
        );
    }
    let leftovers: Vec<_> = std::fs::read_dir(root.path())
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary folder left: {leftovers:?}"
    );
}

#[test]
fn the_cli_publishes_into_a_folder_and_refuses_one_it_did_not_write() {
    let root = tempfile::tempdir().expect("temp dir");
    let site = root.path().join("site");
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/itu-t-sg12-2017.plenary.json"
    );
    let dir = site.to_str().expect("UTF-8 path");
    let (code, _, err) = crate::cli::plenary(&["publish", example, dir]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Published"), "{err}");
    assert!(
        err.contains("plenary: warning: annex (zh): session \"SG12 opening plenary\""),
        "what the annexes leave out is said, by language: {err}"
    );
    let (code, _, err) = crate::cli::plenary(&["--ui-lang", "fr", "publish", example, dir]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("plenary: warning: annexe (zh) : séance"),
        "and in the language of the messages: {err}"
    );
    assert!(
        err.contains(" fichier(s) publié(s), "),
        "the summary too: {err}"
    );
    for path in [
        "index.html",
        "en/index.html",
        "schedule.xml",
        "calendar.ics",
        "changes.json",
        "en/annex.docx",
        "zh/annex.docx",
        "en/annex.pdf",
        "zh/annex.pdf",
    ] {
        assert!(site.join(path).is_file(), "{path} written");
    }
    let (code, out, err) = crate::cli::plenary(&["publish", example, dir, "--dry-run"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("0 new, 0 changed,") && err.contains("unchanged, 0 removed"),
        "a dry run over the same site finds nothing to change: {err}"
    );
    assert!(out.is_empty(), "no file listed: {out}");
    std::fs::write(site.join("stale.html"), "old").expect("write");
    let (code, out, err) = crate::cli::plenary(&["publish", example, dir, "--dry-run"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out, "- stale.html\n",
        "what publishing would remove is listed"
    );
    assert!(
        site.join("stale.html").is_file(),
        "a dry run writes nothing"
    );
    let (code, _, err) = crate::cli::plenary(&["publish", example, dir]);
    assert_eq!(code, 0, "publishing again replaces the site: {err}");
    assert!(!site.join("stale.html").exists(), "as the dry run said");
    let home = root.path().join("home");
    std::fs::create_dir(&home).expect("mkdir");
    std::fs::write(home.join("notes.txt"), "mine").expect("write");
    let (code, _, err) = crate::cli::plenary(&["publish", example, home.to_str().expect("path")]);
    assert_eq!(code, 2);
    assert!(err.contains("not published by Plenary"), "{err}");
    assert!(
        home.join("notes.txt").is_file(),
        "nothing of the user's is lost"
    );
    let (code, _, err) = crate::cli::plenary(&["publish", example, dir, "--revision", "Rev.7"]);
    assert_eq!(code, 2);
    assert!(err.contains("Rev.7") && err.contains("none"), "{err}");
}

#[test]
fn republishing_after_moving_one_session_changes_only_what_shows_it() {
    let t = sg12();
    let before = files(&t, None);
    let mut moved = t.clone();
    let q4 = moved
        .sessions
        .get_mut(&plenary::model::SessionId("q4-20am".into()))
        .expect("Question 4/12 meets on Wednesday morning");
    q4.room = Some(RoomId("popov".into()));
    let after = files(&moved, None);
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>(),
        "the same files"
    );
    let changed: Vec<&str> = before
        .keys()
        .filter(|path| before[*path] != after[*path])
        .map(String::as_str)
        .collect();
    assert!(
        changed.iter().any(|p| p.starts_with("en/session-q4-20am")),
        "the session's own page changes: {changed:?}"
    );
    // What does not show it stays byte for byte: other days, other sessions, bodies of
    // another Working Party, rooms other than its old and new one.
    for path in before.keys() {
        let untouched = path.contains("day-2017-09-2") && !path.contains("day-2017-09-20")
            || path.contains("/session-") && !path.contains("session-q4-20am")
            || path.contains("body-q9-12")
            || path.contains("body-wp3-12")
            || path.contains("room-room-c");
        if untouched {
            assert!(
                !changed.contains(&path.as_str()),
                "{path} changed: {changed:?}"
            );
        }
    }
}

#[test]
fn write_folder_keeps_the_modification_time_of_files_that_did_not_change() {
    let root = tempfile::tempdir().expect("temp dir");
    let site = root.path().join("site");
    plenary::atomic::write_folder(&site, &[("same.html", b"one"), ("x/new.ics", b"two")])
        .expect("writes");
    let long_ago =
        std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000_000);
    for path in ["same.html", "x/new.ics"] {
        std::fs::File::options()
            .write(true)
            .open(site.join(path))
            .and_then(|f| f.set_modified(long_ago))
            .expect("set the time");
    }
    plenary::atomic::write_folder(&site, &[("same.html", b"one"), ("x/new.ics", b"TWO")])
        .expect("replaces");
    let modified = |path: &str| {
        std::fs::metadata(site.join(path))
            .and_then(|m| m.modified())
            .expect("a time")
    };
    assert_eq!(
        modified("same.html"),
        long_ago,
        "an unchanged file keeps its time"
    );
    assert!(modified("x/new.ics") > long_ago, "a changed file is new");
    assert_eq!(std::fs::read(site.join("x/new.ics")).expect("read"), b"TWO");
}

#[test]
fn folder_changes_says_what_a_write_would_add_change_keep_and_remove_and_writes_nothing() {
    let root = tempfile::tempdir().expect("temp dir");
    let site = root.path().join("site");
    let fresh = plenary::atomic::folder_changes(&site, &[("a.html", b"one"), ("x/b.ics", b"2")])
        .expect("a new folder is fine");
    assert!(!fresh.exists, "the folder does not exist yet");
    assert_eq!(fresh.added, ["a.html", "x/b.ics"]);
    assert!(!site.exists(), "nothing is written");

    plenary::atomic::write_folder(
        &site,
        &[("a.html", b"one"), ("x/b.ics", b"two"), ("old.html", b"o")],
    )
    .expect("writes");
    let next: &[(&str, &[u8])] = &[("a.html", b"one"), ("x/b.ics", b"TWO"), ("x/c.ics", b"3")];
    let changes = plenary::atomic::folder_changes(&site, next).expect("its own folder");
    assert_eq!(
        changes,
        plenary::atomic::FolderChanges {
            exists: true,
            added: vec!["x/c.ics".into()],
            changed: vec!["x/b.ics".into()],
            unchanged: 1,
            removed: vec!["old.html".into()],
        },
        "the site's own mark is never listed"
    );
    assert_eq!(
        std::fs::read(site.join("x/b.ics")).expect("read"),
        b"two",
        "asking changes nothing"
    );
    plenary::atomic::write_folder(&site, next).expect("writes");
    let after = plenary::atomic::folder_changes(&site, next).expect("again");
    assert_eq!(
        (
            after.added.len(),
            after.changed.len(),
            after.unchanged,
            after.removed.len()
        ),
        (0, 0, 3, 0),
        "what the plan promised is what the write did"
    );
}

#[test]
fn folder_changes_refuses_what_write_folder_refuses_with_the_same_message() {
    let root = tempfile::tempdir().expect("temp dir");
    let mine = root.path().join("mine");
    std::fs::create_dir(&mine).expect("mkdir");
    std::fs::write(mine.join("thesis.txt"), b"precious").expect("write");
    let files: &[(&str, &[u8])] = &[("a.html", b"x")];
    let planned = plenary::atomic::folder_changes(&mine, files).expect_err("refused");
    let written = plenary::atomic::write_folder(&mine, files).expect_err("refused");
    assert_eq!(planned.to_string(), written.to_string());
    assert!(
        plenary::atomic::folder_changes(root.path().join("x").as_path(), &[("../a", b"x")])
            .is_err(),
        "a path out of the folder"
    );
}
