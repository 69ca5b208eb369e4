//! Document files: the bundled example, canonical form, located errors on bad input.

use plenary::document::{self, LoadError};
use plenary::model::{AnnexPlacement, Lang, SessionId};

pub const EXAMPLE: &str = include_str!("../../examples/itu-t-sg12-2017.plenary.json");

#[test]
fn sg12_example_loads_and_is_in_canonical_form() {
    let t = document::load(EXAMPLE).expect("the bundled example loads");
    assert_eq!(
        document::save(&t),
        EXAMPLE,
        "the example is saved exactly as Plenary saves it"
    );
}

#[test]
fn sg12_example_holds_every_item_of_annex_c_and_its_notes() {
    let t = document::load(EXAMPLE).expect("example");
    let title = |id: &str| {
        let s = &t.sessions[&SessionId::from(id)];
        (
            s.title.get(&Lang::En).cloned().unwrap_or_default(),
            s.title.get(&Lang::Zh).cloned().unwrap_or_default(),
            s.placement.map(|p| format!("{}-{}", p.start, p.end.time())),
            s.annex,
        )
    };
    assert_eq!(
        title("opening"),
        (
            "SG12 opening plenary".into(),
            "第12研究组全体开幕会议".into(),
            Some("2017-09-19T11:00-12:30".into()),
            AnnexPlacement::Cell
        )
    );
    assert_eq!(
        title("mt-1").2.as_deref(),
        Some("2017-09-18T14:00-17:00"),
        "the day before the meeting"
    );
    assert_eq!(title("mt-2").2.as_deref(), Some("2017-09-28T09:00-10:30"));
    assert_eq!(
        title("welcome").2.as_deref(),
        Some("2017-09-19T10:30-11:00")
    );
    assert_eq!(title("welcome").3, AnnexPlacement::Note);
    assert_eq!(
        title("briefing").2.as_deref(),
        Some("2017-09-20T13:00-14:00"),
        "inside lunch, on purpose"
    );
    assert_eq!(title("bsg-am").2.as_deref(), Some("2017-09-20T09:30-12:30"));
    assert_eq!(title("bsg-pm").2.as_deref(), Some("2017-09-20T14:00-17:30"));
    assert_eq!(
        title("closing-am").2.as_deref(),
        Some("2017-09-28T10:30-12:00")
    );
    assert_eq!(
        title("closing-pm").2.as_deref(),
        Some("2017-09-28T13:30-15:30")
    );
    assert_eq!(title("closing-pm").1, "第12研究组全体闭幕会议");
    assert_eq!(
        title("webinar").2.as_deref(),
        Some("2017-09-28T15:45-16:30")
    );
    assert_eq!(title("webinar").1, "会议成果网络研讨会");
    assert_eq!(title("q1q2-22pm").1, "第1和2/12号课题特别会议");
    assert!(
        t.sessions[&SessionId::from("bsg-am")].tentative,
        "the BSG training is TBD"
    );
    let weekend: Vec<String> = t
        .days
        .iter()
        .filter(|d| d.kind == plenary::model::DayKind::Weekend)
        .map(|d| d.date.to_string())
        .collect();
    assert_eq!(weekend, ["2017-09-23", "2017-09-24"]);
    assert_eq!(t.days.len(), 10, "19 to 28 September");
    for (id, short) in [
        ("sg12", "SG12"),
        ("wp1", "WP1/12"),
        ("wp2", "WP2/12"),
        ("wp3", "WP3/12"),
    ] {
        assert_eq!(t.bodies[&plenary::model::BodyId::from(id)].short, short);
    }
    let label = t.sessions[&SessionId::from("q4-20am")]
        .annex_label
        .get(&Lang::Zh)
        .cloned();
    assert_eq!(
        label.as_deref(),
        Some("所有工作组课题的特别会议（并行召开）")
    );
}

#[test]
fn truncated_document_is_refused_with_its_position() {
    let half = EXAMPLE.len() / 2;
    let at = (half..EXAMPLE.len())
        .find(|&i| EXAMPLE.is_char_boundary(i))
        .unwrap_or(half);
    let cut = &EXAMPLE[..at];
    match document::load(cut) {
        Err(LoadError::Syntax { line, column, .. }) => assert!(line > 100 && column > 0),
        other => panic!("expected a syntax error with a position, got {other:?}"),
    }
}

#[test]
fn dangling_reference_and_duplicate_id_are_each_reported_with_their_path() {
    let broken = EXAMPLE
        .replacen("\"room\": \"popov\"", "\"room\": \"atlantis\"", 1)
        .replacen("\"id\": \"q5-20am\"", "\"id\": \"q4-20am\"", 1);
    let Err(LoadError::Invalid(problems)) = document::load(&broken) else {
        panic!("expected invariant problems");
    };
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        text.iter()
            .any(|p| p.contains("duplicate id 'q4-20am'") && p.starts_with("sessions[")),
        "{text:?}"
    );
    assert!(
        text.iter()
            .any(|p| p.contains("'atlantis'") && p.contains(".room")),
        "{text:?}"
    );
}

#[test]
fn end_before_start_and_impossible_times_are_refused() {
    let backwards = EXAMPLE.replacen(
        "\"end\": \"2017-09-19T12:30\"",
        "\"end\": \"2017-09-19T10:00\"",
        1,
    );
    let err = document::load(&backwards)
        .expect_err("end before start")
        .to_string();
    assert!(err.contains("before it starts"), "{err}");
    let impossible = EXAMPLE.replacen("2017-09-19T11:00", "2017-09-31T11:00", 1);
    let err = document::load(&impossible)
        .expect_err("31 September")
        .to_string();
    assert!(
        err.contains("sessions[") && err.contains("2017-09-31"),
        "{err}"
    );
    let late = EXAMPLE.replacen("\"end\": \"17:30\"", "\"end\": \"24:30\"", 1);
    let err = document::load(&late).expect_err("past 24:00").to_string();
    assert!(err.contains("24:30") && err.contains("line"), "{err}");
}

#[test]
fn hostile_inputs_never_panic() {
    let deep = "[".repeat(100_000);
    for text in [
        "",
        "{",
        "null",
        "\u{0}",
        "{\"format\":\"plenary\",\"version\":-1}",
        &deep,
    ] {
        assert!(
            document::load(text).is_err(),
            "{:?} must be refused",
            &text[..text.len().min(20)]
        );
    }
}

#[test]
fn every_shipped_format_version_keeps_opening() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/documents");
    let mut opened = 0;
    for version in std::fs::read_dir(root).expect("fixtures folder") {
        let version = version.expect("entry").path();
        if !version.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&version).expect("version folder") {
            let file = file.expect("entry").path();
            let bytes = std::fs::read(&file).expect("fixture readable");
            let t = document::load_bytes(&bytes)
                .unwrap_or_else(|e| panic!("{} no longer opens: {e}", file.display()));
            let saved = document::save(&t);
            assert!(saved.contains(&format!("\"version\": {}", document::FORMAT_VERSION)));
            opened += 1;
        }
    }
    assert!(opened >= 2, "the fixtures of version 1 are there");
}

#[test]
fn v3_fixture_keeps_its_note_overrides_in_the_document_and_the_revision() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/documents/v3/annex-notes.plenary.json"
    ))
    .expect("the v3 fixture exists");
    let t = document::load(&text).expect("the v3 fixture opens");
    assert_eq!(t.annex_notes.len(), 2);
    assert!(t.annex_notes[0].ordered);
    let frozen = t
        .revisions
        .last()
        .expect("a revision")
        .timetable
        .timetable();
    assert_eq!(
        frozen.annex_notes.len(),
        1,
        "a revision freezes its notes too"
    );
    let current = format!("\"version\": {}", document::FORMAT_VERSION);
    assert_eq!(
        document::save(&t),
        text.replacen("\"version\": 3", &current, 1),
        "the fixture is canonical, saved in the current version"
    );
}

#[test]
fn version_2_documents_cannot_name_annex_notes() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/documents/v3/annex-notes.plenary.json"
    ))
    .expect("the v3 fixture exists");
    let v2 = text.replacen("\"version\": 3", "\"version\": 2", 1);
    let err = document::load(&v2).expect_err("version 2 had no annexNotes");
    assert!(
        err.to_string().contains("annexNotes") && err.to_string().contains("version 3"),
        "{err}"
    );
    // Without them, a version 2 file opens and is saved in the current version.
    let plain = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/documents/v2/revisions.plenary.json"
    ))
    .expect("the v2 fixture exists");
    let t = document::load(&plain).expect("v2 opens");
    assert!(t.annex_notes.is_empty());
    let current = format!("\"version\": {}", document::FORMAT_VERSION);
    assert!(document::save(&t).contains(&current));
}

#[test]
fn duplicate_annex_note_keys_are_reported_with_their_path() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/documents/v3/annex-notes.plenary.json"
    ))
    .expect("the v3 fixture exists");
    let doubled = text.replacen(
        "\"key\": \"session:gone\"",
        "\"key\": \"session:opening\"",
        1,
    );
    let err = document::load(&doubled).expect_err("a key twice");
    assert!(err.to_string().contains("annexNotes[1].key"), "{err}");
}

const V4: &str = include_str!("../fixtures/documents/v4/session-lengths.plenary.json");

#[test]
fn v4_fixture_keeps_each_unscheduled_sessions_length_and_is_canonical() {
    let t = document::load(V4).expect("the v4 fixture opens");
    let minutes = |id: &str| t.sessions[&SessionId::from(id)].minutes;
    assert_eq!(
        minutes("q4"),
        Some(150),
        "the length it had when unscheduled"
    );
    assert_eq!(
        minutes("opening"),
        None,
        "a scheduled session's length is its placement's"
    );
    assert_eq!(
        t.default_session_minutes(),
        60,
        "the document's own default"
    );
    let current = format!("\"version\": {}", document::FORMAT_VERSION);
    assert_eq!(
        document::save(&t),
        V4.replacen("\"version\": 4", &current, 1),
        "the fixture is canonical, saved in the current version"
    );
}

const V6: &str = include_str!("../fixtures/documents/v6/note-control.plenary.json");

#[test]
fn v6_fixture_keeps_free_notes_marks_and_the_note_style_and_is_canonical() {
    // Written by `plenary apply` over the v3 fixture (a slot, a free note, a mark, letters,
    // a heading).
    let t = document::load(V6).expect("the v6 fixture opens");
    let style = &t.meeting.note_style;
    assert_eq!(style.markers, plenary::model::MarkerStyle::Letters);
    assert!(!style.hide_markers);
    assert_eq!(style.heading[&plenary::model::Lang::En], "Notes by TSB:");
    assert_eq!(
        t.sessions[&SessionId::from("q4")].annex_mark.as_deref(),
        Some("free:dinner")
    );
    let current = format!("\"version\": {}", document::FORMAT_VERSION);
    assert_eq!(
        document::save(&t),
        V6.replacen("\"version\": 6", &current, 1),
        "the fixture is canonical"
    );
    let annex = plenary::annex::build(
        &t,
        &plenary::annex::Options::new(plenary::annex::Layout::Days, plenary::model::Lang::En),
    );
    assert_eq!(annex.notes_heading, "Notes by TSB:");
    let keys: Vec<&str> = annex.notes.iter().map(|n| n.key.as_str()).collect();
    assert_eq!(keys, ["session:opening", "hours", "free:dinner"]);
    let q4 = annex
        .rows
        .iter()
        .flat_map(|r| &r.cells)
        .flat_map(|c| &c.lines)
        .flat_map(|l| &l.items)
        .find(|i| i.sessions.contains(&SessionId::from("q4")))
        .expect("Q4/12 has a cell");
    assert_eq!(
        q4.marker.map(|n| annex.marker(n)).as_deref(),
        Some("c"),
        "marked with the free note, in letters"
    );
}

#[test]
fn version_5_documents_cannot_name_what_version_6_added() {
    for (field, path) in [
        ("\"noteStyle\"", "meeting.noteStyle"),
        ("\"annexMark\"", "sessions[1].annexMark"),
    ] {
        let mut v5 = V6.replacen("\"version\": 6", "\"version\": 5", 1);
        // Keep only the one field under test.
        if field != "\"noteStyle\"" {
            let start = v5.find(",\n    \"noteStyle\"").expect("the style");
            let end = start + v5[start..].find("\n    }").expect("its end") + 6;
            v5.replace_range(start..end, "");
        }
        let err = document::load(&v5).expect_err("a version 6 field");
        let text = err.to_string();
        assert!(
            text.contains(path) && text.contains("version 6"),
            "{field}: the field and the version that has it: {text}"
        );
    }
}

#[test]
fn version_3_documents_get_the_default_length_for_unscheduled_sessions() {
    let v3 = V4
        .replacen("\"version\": 4", "\"version\": 3", 1)
        .replace(",\n      \"minutes\": 150", "")
        .replace(",\n      \"minutes\": 60", "")
        .replace(",\n    \"defaultSessionMinutes\": 60", "");
    let t = document::load(&v3).expect("a version 3 file without lengths opens");
    let minutes = |id: &str| t.sessions[&SessionId::from(id)].minutes;
    assert_eq!(
        minutes("q4"),
        Some(90),
        "90 minutes when the document sets no default"
    );
    assert_eq!(minutes("tour"), Some(90));
    assert_eq!(minutes("opening"), None);
    assert!(
        document::save(&t).contains(&format!("\"version\": {}", document::FORMAT_VERSION)),
        "saved in the current version"
    );
}

#[test]
fn version_3_documents_cannot_name_session_lengths() {
    let v3 = V4.replacen("\"version\": 4", "\"version\": 3", 1);
    let err = document::load(&v3).expect_err("version 3 had no lengths");
    let text = err.to_string();
    assert!(
        text.contains("meeting.defaultSessionMinutes") && text.contains("version 4"),
        "the field and the version that has it: {text}"
    );
    let only_session = v3.replace(",\n    \"defaultSessionMinutes\": 60", "");
    let err = document::load(&only_session).expect_err("nor a session's minutes");
    assert!(err.to_string().contains("sessions[1].minutes"), "{err}");
}

#[test]
fn a_scheduled_session_cannot_keep_a_length_of_its_own() {
    let broken = V4.replacen(
        "\"annex\": \"cell\"\n    },\n    {\n      \"id\": \"q4\"",
        "\"annex\": \"cell\",\n      \"minutes\": 30\n    },\n    {\n      \"id\": \"q4\"",
        1,
    );
    assert_ne!(broken, V4, "the test edits the scheduled session");
    let err = document::load(&broken).expect_err("its placement gives its length");
    assert!(err.to_string().contains("sessions[0].minutes"), "{err}");
}

const V6_WINDOWS: &str = include_str!("../fixtures/documents/v6/windows.plenary.json");

#[test]
fn v6_fixture_keeps_slot_times_of_a_day_body_hours_and_parallel_bodies_and_is_canonical() {
    let t = document::load(V6_WINDOWS).expect("the v6 fixture opens");
    let friday = "2024-09-20".parse().expect("a date");
    let morning = &t.slots[&plenary::model::SlotId::from("morning")];
    assert_eq!(
        morning.times_on(friday),
        (
            "09:00".parse().expect("time"),
            "12:00".parse().expect("time")
        ),
        "Friday morning's own times"
    );
    assert_eq!(
        morning.times_on("2024-09-19".parse().expect("a date")),
        (morning.start, morning.end),
        "the standard times on other days"
    );
    assert_eq!(t.bodies[&plenary::model::BodyId::from("q4")].hours.len(), 2);
    assert!(t.bodies[&plenary::model::BodyId::from("sc")].parallel_with_parent);
    assert!(
        plenary::conflict::check(&t).is_empty(),
        "the standing committee beside the plenary and Q4/12 at 08:30 are by design"
    );
    let current = format!("\"version\": {}", document::FORMAT_VERSION);
    assert_eq!(
        document::save(&t),
        V6_WINDOWS.replacen("\"version\": 6", &current, 1),
        "the fixture is canonical, saved in the current version"
    );
}

#[test]
fn version_5_documents_cannot_name_the_fields_of_version_6() {
    let v5 = V6_WINDOWS.replacen("\"version\": 6", "\"version\": 5", 1);
    let err = document::load(&v5).expect_err("version 5 had no slot times of a day");
    assert!(
        err.to_string().contains("slots[0].days") && err.to_string().contains("version 6"),
        "{err}"
    );
    let t = document::load(V6_WINDOWS).expect("the v6 fixture opens");
    let mut plain = t.clone();
    for slot in plain.slots.values_mut() {
        slot.days.clear();
    }
    let current = format!("\"version\": {}", document::FORMAT_VERSION);
    let only_bodies = document::save(&plain).replacen(&current, "\"version\": 5", 1);
    let err = document::load(&only_bodies).expect_err("nor a body's hours");
    assert!(err.to_string().contains("bodies[2].hours"), "{err}");
}

#[test]
fn a_slots_times_of_a_day_must_be_on_a_meeting_day_and_in_order() {
    let off_the_meeting = V6_WINDOWS.replacen("\"2024-09-20\": {", "\"2024-10-20\": {", 1);
    let err = document::load(&off_the_meeting).expect_err("not a day of the meeting");
    assert!(
        err.to_string().contains("slots[0].days.2024-10-20"),
        "{err}"
    );
    let backwards = V6_WINDOWS.replacen("\"08:30\"", "\"13:30\"", 1);
    let err = document::load(&backwards).expect_err("a body's hours out of order");
    assert!(err.to_string().contains("bodies[2].hours[0]"), "{err}");
}

const V7: &str = include_str!("../fixtures/documents/v7/arrange.plenary.json");

#[test]
fn v7_fixture_keeps_what_arranging_reads_and_is_canonical() {
    // Written by `plenary apply` over the v6 windows fixture.
    let t = document::load(V7).expect("the v7 fixture opens");
    assert!(t.sessions[&SessionId::from("q4")].pinned);
    let plenary = &t.sessions[&SessionId::from("plenary")];
    assert_eq!(plenary.windows.len(), 2);
    assert_eq!(plenary.windows[1].date, None, "a window of every day");
    assert_eq!(
        t.bodies[&plenary::model::BodyId::from("council")]
            .preferred_room
            .as_ref()
            .map(|r| r.as_str()),
        Some("popov")
    );
    assert_eq!(
        t.arrange_weight_of(plenary::model::ConflictKind::BreakOverlap),
        plenary::model::ArrangeWeight::Hard
    );
    assert_eq!(
        t.arrange_weight_of(plenary::model::ConflictKind::CapacityExceeded),
        plenary::model::ArrangeWeight::Soft(5)
    );
    assert_eq!(document::save(&t), V7, "the fixture is canonical");
    let old = V7.replacen("\"version\": 7", "\"version\": 6", 1);
    let err = document::load(&old).expect_err("version 7 fields in a version 6 file");
    // It names the first version 7 field it meets, whichever that is.
    let named = ["pinned", "windows", "preferredRoom", "arrangeWeights"];
    assert!(
        named.iter().any(|f| err.to_string().contains(f)) && err.to_string().contains("version 7"),
        "{err}"
    );
    let bad = V7.replacen("\"hard\"", "\"firm\"", 1);
    let err = document::load(&bad).expect_err("an unknown weight word");
    assert!(
        err.to_string().contains("\"hard\" or a whole number"),
        "{err}"
    );
}
