//! The body tree and the Bodies view: a series of Questions added in one step, a body moved
//! under another (never under itself), a body's meeting placed in a half-day and moved to
//! another, and the grid the view draws.

use plenary::bodies::BodyGrid;
use plenary::command::Command;
use plenary::document;
use plenary::editor::{DryRun, Editor};
use plenary::model::{BodyId, BodyKind, Lang, SessionId, SessionKind, Severity};

use crate::sg12;

fn apply(e: &mut Editor, c: Command) -> String {
    e.apply(&c, DryRun::No).expect("applied").label
}

fn refused(e: &mut Editor, c: Command) -> String {
    let before = document::save(e.timetable());
    let message = e.apply(&c, DryRun::No).expect_err("refused").to_string();
    assert_eq!(document::save(e.timetable()), before, "nothing changed");
    assert!(!e.history().can_undo, "and nothing to undo");
    message
}

fn series(text: &str) -> Command {
    Command::AddBodySeries {
        series: text.into(),
    }
}

#[test]
fn a_series_is_added_in_one_undo_step_named_in_every_meeting_language() {
    let mut e = Editor::new(sg12());
    let saved = document::save(e.timetable());
    let label = apply(&mut e, series("Q20/12-Q22/12 under WP1/12"));
    assert_eq!(label, "Add Questions 20/12–22/12");
    assert_eq!(
        e.history().undo_label.as_deref(),
        Some("Add Questions 20/12–22/12")
    );
    let t = e.timetable();
    let added: Vec<_> = t.bodies.values().skip(sg12().bodies.len()).collect();
    let shorts: Vec<&str> = added.iter().map(|b| b.short.as_str()).collect();
    assert_eq!(shorts, ["Q20/12", "Q21/12", "Q22/12"]);
    for b in &added {
        assert_eq!(b.kind, BodyKind::Question);
        assert_eq!(b.parent, Some(BodyId::from("wp1")));
    }
    assert_eq!(
        added[0].id,
        BodyId::from("q20-12"),
        "an id readable in the file"
    );
    assert_eq!(added[0].name[&Lang::En], "Question 20/12");
    assert_eq!(added[0].name[&Lang::Zh], "第20/12号课题");
    let tree: Vec<(String, u32)> = e
        .snapshot()
        .view
        .body_tree
        .iter()
        .map(|n| (n.body.to_string(), n.depth))
        .collect();
    let at = tree
        .iter()
        .position(|(b, _)| b == "q20-12")
        .expect("in the tree");
    assert_eq!(tree[at - 1], ("q5".into(), 2), "after WP1's own Questions");
    assert_eq!(tree[at].1, 2, "under WP1/12, under SG12");

    e.undo();
    assert_eq!(
        document::save(e.timetable()),
        saved,
        "one undo takes all three back"
    );
}

#[test]
fn a_series_that_cannot_be_added_is_refused_and_changes_nothing() {
    let mut e = Editor::new(sg12());
    let message = refused(&mut e, series("Q1/12-Q3/12"));
    assert!(
        message.contains("there is already a body Q1/12"),
        "{message}"
    );
    let message = refused(&mut e, series("Q20/12-Q21/12 under WP9/12"));
    assert!(message.contains("there is no body WP9/12"), "{message}");
    let message = refused(&mut e, series("Q4/12-Q1/12"));
    assert!(
        message.contains("write the lower number first"),
        "{message}"
    );
}

#[test]
fn reparenting_moves_a_body_under_another_and_undoes() {
    let mut e = Editor::new(sg12());
    let label = apply(
        &mut e,
        Command::ReparentBody {
            id: "q4".into(),
            parent: Some("wp2".into()),
        },
    );
    assert_eq!(label, "Move body");
    assert_eq!(
        e.timetable().bodies[&BodyId::from("q4")].parent,
        Some(BodyId::from("wp2"))
    );
    assert!(e.snapshot().view.body_descendants[&BodyId::from("wp2")].contains(&BodyId::from("q4")));
    e.undo();
    assert_eq!(
        e.timetable().bodies[&BodyId::from("q4")].parent,
        Some(BodyId::from("wp1"))
    );
}

#[test]
fn a_body_put_under_itself_or_its_own_question_is_refused_and_nothing_changes() {
    let mut e = Editor::new(sg12());
    let message = refused(
        &mut e,
        Command::ReparentBody {
            id: "wp1".into(),
            parent: Some("q4".into()),
        },
    );
    assert_eq!(
        message,
        "Move body: cannot put WP1/12 under Q4/12: Q4/12 is one of the bodies under WP1/12"
    );
    let message = refused(
        &mut e,
        Command::ReparentBody {
            id: "sg12".into(),
            parent: Some("sg12".into()),
        },
    );
    assert_eq!(message, "Move body: cannot put SG12 under itself");
}

#[test]
fn placing_a_bodys_meeting_takes_the_slots_times_and_its_usual_room() {
    let mut e = Editor::new(sg12());
    let label = apply(
        &mut e,
        Command::PlaceBodyMeeting {
            body: "q4".into(),
            date: "2017-09-25".parse().unwrap(),
            slot: "afternoon".into(),
        },
    );
    assert_eq!(label, "Place meeting");
    let s = &e.timetable().sessions[&SessionId::from("q4-25-afternoon")];
    let p = s.placement.expect("placed");
    assert_eq!(p.start.to_string(), "2017-09-25T14:00");
    assert_eq!(p.end.to_string(), "2017-09-25T17:30");
    assert_eq!(s.room.as_ref().map(|r| r.as_str()), Some("room-b"));
    assert_eq!(
        s.title[&Lang::En],
        "Question 4/12",
        "the name up to its colon"
    );
    assert_eq!(s.title[&Lang::Zh], "第4/12号课题");
    assert_eq!(s.kind, SessionKind::Question);
    assert_eq!(s.bodies, [BodyId::from("q4")]);

    apply(&mut e, series("Q20/12"));
    apply(
        &mut e,
        Command::PlaceBodyMeeting {
            body: "q20-12".into(),
            date: "2017-09-25".parse().unwrap(),
            slot: "morning".into(),
        },
    );
    let s = &e.timetable().sessions[&SessionId::from("q20-12-25-morning")];
    assert_eq!(
        s.room, None,
        "a body that has not met yet has no usual room"
    );

    let message = e
        .apply(
            &Command::PlaceBodyMeeting {
                body: "q4".into(),
                date: "2017-10-25".parse().unwrap(),
                slot: "morning".into(),
            },
            DryRun::No,
        )
        .expect_err("not a meeting day")
        .to_string();
    assert!(
        message.contains("there is no day '2017-10-25'"),
        "{message}"
    );
}

#[test]
fn moving_to_a_slot_keeps_the_length_and_the_place_within_the_slot() {
    let mut e = Editor::new(sg12());
    let to = |id: &str, date: &str, slot: &str| Command::MoveSessionToSlot {
        id: id.into(),
        date: date.parse().unwrap(),
        slot: slot.into(),
    };
    assert_eq!(
        apply(&mut e, to("q4-20am", "2017-09-26", "afternoon")),
        "Move session"
    );
    let at = |e: &Editor, id: &str| {
        let p = e.timetable().sessions[&SessionId::from(id)]
            .placement
            .expect("placed");
        format!("{}-{}", p.start, p.end.time())
    };
    assert_eq!(
        at(&e, "q4-20am"),
        "2017-09-26T14:00-17:30",
        "a session that filled its slot fills the new one"
    );
    apply(&mut e, to("wp2-open", "2017-09-20", "morning"));
    assert_eq!(
        at(&e, "wp2-open"),
        "2017-09-20T10:00-11:15",
        "an hour into the afternoon is an hour into the morning"
    );
}

#[test]
fn the_grid_has_a_row_per_body_and_shows_a_joint_session_in_each_of_its_rows() {
    let t = sg12();
    let grid = BodyGrid::of(&t, &plenary::conflict::check(&t));
    assert_eq!(
        grid.rows.len(),
        t.bodies.len(),
        "every body, meeting or not"
    );
    assert_eq!(grid.rows[0].body, BodyId::from("sg12"));
    assert_eq!(grid.rows[0].depth, 0);
    assert_eq!(grid.days.len(), 10);
    assert!(!grid.days[4].working, "Saturday");
    let slots: Vec<&str> = grid.slots.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(slots, ["morning", "afternoon"]);
    let cell = |body: &str, day: usize, slot: usize| {
        let row = grid
            .rows
            .iter()
            .find(|r| r.body == BodyId::from(body))
            .expect("a row");
        assert_eq!(row.cells.len(), 20);
        row.cells[day * 2 + slot].clone()
    };
    // Friday 22 September is the fourth day; q1q2-22pm is Questions 1 and 2 together.
    for q in ["q1", "q2"] {
        assert_eq!(
            cell(q, 3, 1).sessions,
            [SessionId::from("q1q2-22pm")],
            "{q}"
        );
    }
    assert_eq!(cell("q4", 1, 0).sessions, [SessionId::from("q4-20am")]);
    assert!(cell("q4", 0, 0).sessions.is_empty());
}

#[test]
fn a_clash_is_marked_in_the_cells_of_the_sessions_in_it() {
    let mut e = Editor::new(sg12());
    assert_eq!(
        e.bodies_grid()
            .rows
            .iter()
            .find(|r| r.body == BodyId::from("q4"))
            .unwrap()
            .cells[2]
            .conflict,
        None
    );
    apply(
        &mut e,
        Command::PlaceBodyMeeting {
            body: "q4".into(),
            date: "2017-09-21".parse().unwrap(),
            slot: "morning".into(),
        },
    );
    let grid = e.bodies_grid();
    let q4 = grid
        .rows
        .iter()
        .find(|r| r.body == BodyId::from("q4"))
        .unwrap();
    let cell = &q4.cells[2 * 2];
    assert_eq!(cell.sessions.len(), 2, "{cell:?}");
    assert_eq!(
        cell.conflict,
        Some(Severity::Error),
        "q4 meets twice at once"
    );
}
