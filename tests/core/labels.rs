//! Undo labels say what was done, naming the session (by its title, never its id) and where
//! it went: "Undo Rename q4 to Question 4/12", "Undo Move q4 to Thu 21 Sep 14:00".

use plenary::command::Command;
use plenary::editor::{DryRun, Editor};
use plenary::model::{Lang, SessionId};
use plenary::time::Stamp;

use crate::scenario::timetable;

const WEEK: &str = "
    days 2017-09-18..2017-09-22
    room popov
    room b
    body sg12
    session open 2017-09-18 09:30-12:30 room=popov bodies=sg12
    session q4 2017-09-19 09:00-12:30 room=b bodies=sg12
    session q5 2017-09-20 14:00-17:30 room=b
    session q6 -
";

fn stamp(s: &str) -> Stamp {
    s.parse().expect("stamp")
}

fn id(s: &str) -> SessionId {
    SessionId::from(s)
}

/// The label of `command` applied to a fresh `WEEK`, and the undo label it leaves.
fn label_of(command: Command) -> String {
    let mut ed = Editor::new(timetable(WEEK));
    let applied = ed.apply(&command, DryRun::No).expect("applies");
    assert_eq!(
        applied.history.undo_label.as_deref(),
        Some(applied.label.as_str()),
        "Undo offers what was done"
    );
    applied.label
}

#[test]
fn a_rename_names_the_session_before_and_after() {
    let t = timetable(WEEK);
    let mut q4 = t.sessions[&id("q4")].clone();
    q4.title.insert(Lang::En, "Question 4/12".into());
    let mut ed = Editor::new(t);
    let applied = ed
        .apply(&Command::EditSession { session: q4 }, DryRun::No)
        .expect("renames");
    assert_eq!(applied.label, "Rename q4 to Question 4/12");
    assert_eq!(
        ed.undo().label,
        "Rename q4 to Question 4/12",
        "undo names what it undid"
    );
}

#[test]
fn a_move_names_the_session_and_where_it_went() {
    assert_eq!(
        label_of(Command::MoveSession {
            id: id("q4"),
            start: stamp("2017-09-21T14:00"),
            room: None,
        }),
        "Move q4 to Thu 21 Sep 14:00"
    );
    assert_eq!(
        label_of(Command::MoveSession {
            id: id("q4"),
            start: stamp("2017-09-19T10:30"),
            room: Some("popov".into()),
        }),
        "Move q4 to 10:30 in popov",
        "the same day: only the time, and the new room"
    );
}

#[test]
fn a_resize_schedule_and_unschedule_say_the_new_times() {
    assert_eq!(
        label_of(Command::ResizeSession {
            id: id("q4"),
            start: stamp("2017-09-19T09:30"),
            end: stamp("2017-09-19T12:30"),
        }),
        "Resize q4 to 09:30–12:30"
    );
    assert_eq!(
        label_of(Command::ScheduleSession {
            id: id("q6"),
            placement: plenary::model::Placement {
                start: stamp("2017-09-22T09:00"),
                end: stamp("2017-09-22T10:00"),
            },
            room: None,
        }),
        "Schedule q6 on Fri 22 Sep 09:00"
    );
    assert_eq!(
        label_of(Command::UnscheduleSession { id: id("q5") }),
        "Unschedule q5"
    );
    assert_eq!(
        label_of(Command::MoveSessions {
            ids: vec![id("q4"), id("q5")],
            by_minutes: 1440,
        }),
        "Move 2 sessions 1 day later"
    );
}

#[test]
fn an_untitled_session_is_named_as_such_never_by_its_id() {
    let mut t = timetable(WEEK);
    let mut untitled = t.sessions[&id("q5")].clone();
    untitled.title.clear();
    t.sessions.insert(id("q5"), untitled);
    let mut ed = Editor::new(t);
    let deleted = ed
        .apply(&Command::DeleteSession { id: id("q5") }, DryRun::No)
        .expect("deletes");
    assert_eq!(deleted.label, "Delete untitled session");
}

#[test]
fn commands_on_other_items_keep_their_label() {
    let mut ed = Editor::new(timetable(WEEK));
    let t = ed.timetable().clone();
    let mut room = t.rooms[&plenary::model::RoomId::from("b")].clone();
    room.name = "Room B".into();
    let applied = ed
        .apply(&Command::EditRoom { room }, DryRun::No)
        .expect("renames the room");
    assert_eq!(applied.label, "Edit room");
}

#[test]
fn a_slots_times_of_a_day_are_one_step_named_by_the_slot_and_the_day() {
    let t = timetable(&format!("{WEEK}\n    slot am 09:30-12:30"));
    let friday = "2017-09-22".parse().expect("a date");
    let set = Command::SetSlotDayTimes {
        slot: "am".into(),
        date: friday,
        times: Some(plenary::model::Hours {
            start: "09:00".parse().expect("time"),
            end: "12:00".parse().expect("time"),
        }),
    };
    let mut ed = Editor::new(t);
    let applied = ed.apply(&set, DryRun::No).expect("sets");
    assert_eq!(applied.label, "Set am on Fri 22 Sep to 09:00–12:00");
    let slot = &ed.timetable().slots[&plenary::model::SlotId::from("am")];
    assert_eq!(slot.times_on(friday).0.to_string(), "09:00");
    let clear = Command::SetSlotDayTimes {
        slot: "am".into(),
        date: friday,
        times: None,
    };
    let applied = ed.apply(&clear, DryRun::No).expect("clears");
    assert_eq!(applied.label, "Give am on Fri 22 Sep its usual times");
    assert!(
        ed.timetable().slots[&plenary::model::SlotId::from("am")]
            .days
            .is_empty()
    );
    ed.undo();
    ed.undo();
    assert!(!ed.history().can_undo, "two steps, undone");
}

#[test]
fn undo_labels_are_written_in_the_readers_language_naming_the_session_by_its_title_there() {
    let mut t = timetable(WEEK);
    let q4 = t.sessions.get_mut(&id("q4")).expect("q4");
    q4.title.insert(Lang::Fr, "Question 4 (fr)".into());
    let mut ed = Editor::new(t);
    let moved = ed
        .apply(
            &Command::MoveSession {
                id: id("q4"),
                start: stamp("2017-09-19T10:30"),
                room: Some("popov".into()),
            },
            DryRun::No,
        )
        .expect("moves");
    let words = moved.history.undo_words.expect("undo words");
    assert_eq!(words.to_string(), moved.label, "English is the label");
    assert_eq!(
        words.text(Lang::Fr),
        "Déplacer Question 4 (fr) vers 10:30, salle popov"
    );
    assert_eq!(
        words.text(Lang::Zh),
        "将q4移至10:30，popov",
        "no Chinese title: the main language's"
    );
    let shifted = ed
        .apply(
            &Command::MoveSessions {
                ids: vec![id("q4"), id("q5")],
                by_minutes: -(2 * 1440 + 90),
            },
            DryRun::No,
        )
        .expect("shifts");
    let words = shifted.history.undo_words.expect("undo words");
    assert_eq!(
        words.to_string(),
        "Move 2 sessions 2 days, 1 h, 30 min earlier"
    );
    assert_eq!(
        words.text(Lang::Ru),
        "Сдвинуть заседания (2) на 2 дня, 1 ч, 30 мин раньше"
    );
    let undone = ed.undo();
    assert_eq!(
        undone.history.redo_words.map(|w| w.text(Lang::Es)),
        Some("Adelantar 2 sesiones 2 días, 1 h, 30 min".to_owned()),
        "redo offers what was undone, in the reader's words"
    );
}
