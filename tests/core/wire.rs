//! What crosses IPC to the UI: the shape of the answers, pinned, and what a structural edit
//! sends (what changed, never the whole timetable or its revisions' frozen copies).

use chrono::NaiveDate;
use plenary::command::Command;
use plenary::editor::{DryRun, Editor};
use plenary::model::{Room, RoomId};

use crate::scenario::timetable;

const WEEK: &str = "
    days 2017-09-18..2017-09-22
    break lunch meal 12:30-14:00
    room popov
    room b
    body sg12
    person chair
    session open 2017-09-19 11:00-12:30 room=popov bodies=sg12 persons=chair exclusive
    session q4 2017-09-19 11:30-12:00 room=popov bodies=sg12
";

fn published(revisions: u32) -> Editor {
    let mut ed = Editor::new(timetable(WEEK));
    for i in 0..revisions {
        ed.apply(
            &Command::PublishRevision {
                label: None,
                date: NaiveDate::from_ymd_opt(2017, 9, 1 + i).expect("a date of September"),
                comment: Some(format!("issue {}", i + 1)),
            },
            DryRun::No,
        )
        .expect("a revision with a new label is published");
    }
    ed
}

fn renamed_popov(ed: &Editor) -> Command {
    let mut room: Room = ed.timetable().rooms[&RoomId::from("popov")].clone();
    room.name = "Popov Room".into();
    Command::EditRoom { room }
}

#[test]
fn a_structural_edit_answers_what_changed_in_a_pinned_shape() {
    let mut ed = published(2);
    let applied = ed
        .apply(&renamed_popov(&ed), DryRun::No)
        .expect("renaming a room is accepted");
    insta::assert_json_snapshot!("applied_rename_room", applied);
}

#[test]
fn a_structural_edit_sends_neither_the_timetable_nor_frozen_revisions() {
    let mut ed = published(10);
    let applied = ed
        .apply(&renamed_popov(&ed), DryRun::No)
        .expect("renaming a room is accepted");
    let json = serde_json::to_value(&applied).expect("answers serialize");
    let changes = json["changes"]
        .as_object()
        .expect("a structural edit says what changed besides sessions");
    assert_eq!(
        changes.keys().collect::<Vec<_>>(),
        ["rooms"],
        "only the rooms changed"
    );
    assert_eq!(json["changes"]["rooms"]["changed"][0]["name"], "Popov Room");
    let text = json.to_string();
    assert!(
        !text.contains("\"revisions\"") && !text.contains("\"sessions\":{"),
        "neither the revisions nor a timetable travel with a room's rename: {text}"
    );
}

#[test]
fn a_snapshot_summarizes_each_revision_without_its_frozen_timetable() {
    let ed = published(2);
    let json = serde_json::to_value(ed.snapshot()).expect("snapshots serialize");
    assert_eq!(
        json["timetable"]["revisions"],
        serde_json::json!([
            { "label": "Rev.1", "date": "2017-09-01", "comment": "issue 1" },
            { "label": "Rev.2", "date": "2017-09-02", "comment": "issue 2" },
        ]),
        "label, date and comment only"
    );
}

#[test]
fn publishing_and_undoing_send_the_revision_list_whole() {
    let mut ed = published(1);
    let undone = ed.undo();
    let json = serde_json::to_value(&undone).expect("answers serialize");
    assert_eq!(
        json["changes"],
        serde_json::json!({ "revisions": [] }),
        "undoing the only revision sends an empty list"
    );
    let redone = serde_json::to_value(ed.redo()).expect("answers serialize");
    assert_eq!(
        redone["changes"]["revisions"][0]["label"], "Rev.1",
        "redo sends it back"
    );
}

#[test]
fn a_session_move_sends_no_structural_change() {
    let mut ed = published(3);
    let applied = ed
        .apply(
            &Command::MoveSession {
                id: "q4".into(),
                start: "2017-09-20T09:00".parse().expect("a stamp"),
                room: None,
            },
            DryRun::No,
        )
        .expect("the move is accepted");
    assert!(
        applied.changes.is_none(),
        "a move changes only sessions: {:?}",
        applied.changes
    );
}
