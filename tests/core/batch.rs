//! Gestures on several sessions at once (paste, delete of a selection) are one command, so
//! one undo step with one label; and undo after an edit of several items of one collection
//! puts each back in its place.

use plenary::command::Command;
use plenary::document;
use plenary::editor::{DryRun, EditError, Editor};
use plenary::model::{BreakId, Constraint, ConstraintId, Rule, SessionId};

use crate::scenario::{lines, sessions, timetable};

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

fn ids(list: &[&str]) -> Vec<SessionId> {
    list.iter().map(|s| SessionId::from(*s)).collect()
}

fn constraint(id: &str, rule: Rule) -> Constraint {
    Constraint {
        id: id.into(),
        rule,
        note: None,
    }
}

/// `WEEK` with constraints naming the sessions a test deletes, so a delete edits several
/// constraints (narrowed or dropped) at several positions of their list.
fn editor_with_constraints() -> Editor {
    let mut t = timetable(WEEK);
    let open = t.sessions[&SessionId::from("open")].placement;
    for c in [
        constraint(
            "order",
            Rule::InSequence {
                sessions: ids(&["open", "q4", "q5"]),
            },
        ),
        constraint(
            "fixed",
            Rule::FixedTime {
                session: "open".into(),
                placement: open.expect("open is scheduled"),
            },
        ),
        constraint(
            "apart",
            Rule::NoOverlap {
                sessions: ids(&["q4", "q5", "q6"]),
            },
        ),
        constraint(
            "first",
            Rule::Before {
                earlier: ids(&["open"]),
                later: ids(&["q4"]),
            },
        ),
    ] {
        t.constraints.insert(c.id.clone(), c);
    }
    assert!(
        t.validate().is_empty(),
        "the constraints name real sessions"
    );
    Editor::new(t)
}

#[test]
fn paste_of_several_sessions_is_one_undo_step_labelled_with_their_number() {
    let mut ed = Editor::new(timetable(WEEK));
    let original = document::save(ed.timetable());
    let applied = ed
        .apply(
            &Command::PasteSessions {
                ids: ids(&["q4", "open", "q6"]),
                by_minutes: None,
            },
            DryRun::No,
        )
        .expect("every copied session exists");
    assert_eq!(applied.label, "Paste 3 sessions");
    assert_eq!(
        applied.history.undo_label.as_deref(),
        Some("Paste 3 sessions")
    );
    let mut copies: Vec<&str> = applied.sessions.iter().map(|s| s.id.as_str()).collect();
    copies.sort_unstable();
    assert_eq!(
        copies,
        ["open-copy", "q4-copy", "q6-copy"],
        "the answer carries the new copies, and only them"
    );
    assert_eq!(
        sessions(ed.timetable()),
        lines(
            "session open 2017-09-18 09:30-12:30 room=popov bodies=sg12
             session open-copy 2017-09-18 09:30-12:30 room=popov bodies=sg12
             session q4 2017-09-19 09:00-12:30 room=b bodies=sg12
             session q4-copy 2017-09-19 09:00-12:30 room=b bodies=sg12
             session q5 2017-09-20 14:00-17:30 room=b
             session q6 -
             session q6-copy -"
        ),
        "each copy sits where its original is"
    );
    let after = document::save(ed.timetable());

    let undone = ed.undo();
    assert_eq!(undone.label, "Paste 3 sessions");
    assert_eq!(
        document::save(ed.timetable()),
        original,
        "one undo takes back the whole paste"
    );
    assert!(!ed.history().can_undo, "the paste was one step");
    ed.redo();
    assert_eq!(
        document::save(ed.timetable()),
        after,
        "one redo pastes all again"
    );
}

#[test]
fn delete_of_several_sessions_is_one_undo_step_and_undo_restores_the_bytes() {
    let mut ed = editor_with_constraints();
    let original = document::save(ed.timetable());
    let applied = ed
        .apply(
            &Command::DeleteSessions {
                ids: ids(&["open", "q5"]),
            },
            DryRun::No,
        )
        .expect("both sessions exist");
    assert_eq!(applied.label, "Delete 2 sessions");
    let mut gone: Vec<&str> = applied
        .removed_sessions
        .iter()
        .map(|s| s.as_str())
        .collect();
    gone.sort_unstable();
    assert_eq!(gone, ["open", "q5"]);
    let t = ed.timetable();
    let left: Vec<&str> = t.constraints.keys().map(|c| c.as_str()).collect();
    assert_eq!(
        left,
        ["apart"],
        "a sequence of one, a fixed time and a before with nothing earlier go; the rest narrows"
    );
    assert_eq!(
        t.constraints[&ConstraintId::from("apart")].rule,
        Rule::NoOverlap {
            sessions: ids(&["q4", "q6"])
        },
        "the second delete saw the constraint as the first left it"
    );

    ed.undo();
    assert_eq!(
        document::save(ed.timetable()),
        original,
        "one undo restores both sessions and every constraint, in its place"
    );
    assert!(!ed.history().can_undo, "the delete was one step");
}

#[test]
fn a_paste_or_delete_of_one_session_keeps_the_label_of_that_one_command() {
    let mut ed = Editor::new(timetable(WEEK));
    let pasted = ed
        .apply(
            &Command::PasteSessions {
                ids: ids(&["q4"]),
                by_minutes: None,
            },
            DryRun::No,
        )
        .expect("pastes");
    assert_eq!(pasted.label, "Duplicate q4");
    let deleted = ed
        .apply(
            &Command::DeleteSessions {
                ids: ids(&["q4", "q4"]),
            },
            DryRun::No,
        )
        .expect("a repeated id counts once");
    assert_eq!(deleted.label, "Delete q4");
}

#[test]
fn a_batch_naming_an_unknown_session_is_refused_whole_and_changes_nothing() {
    let mut ed = editor_with_constraints();
    let original = document::save(ed.timetable());
    let err = ed
        .apply(
            &Command::DeleteSessions {
                ids: ids(&["open", "nope", "q5"]),
            },
            DryRun::No,
        )
        .expect_err("there is no session 'nope'");
    assert!(
        matches!(&err, EditError::Command { label, .. } if label == "Delete 3 sessions"),
        "{err:?}"
    );
    assert!(err.to_string().contains("'nope'"), "{err}");
    assert_eq!(
        document::save(ed.timetable()),
        original,
        "the part deleted before the refusal is back"
    );
    assert!(
        !ed.history().can_undo,
        "a refused command leaves no history"
    );

    let err = ed
        .apply(
            &Command::PasteSessions {
                ids: Vec::new(),
                by_minutes: None,
            },
            DryRun::No,
        )
        .expect_err("nothing to paste");
    assert!(err.to_string().contains("no session given"), "{err}");
}

#[test]
fn a_dry_run_of_a_batch_answers_what_it_would_do_and_changes_nothing() {
    let mut ed = editor_with_constraints();
    let original = document::save(ed.timetable());
    let command = Command::DeleteSessions {
        ids: ids(&["q4", "open"]),
    };
    let dry = ed.apply(&command, DryRun::Yes).expect("dry run");
    assert!(dry.dry_run && !dry.changed);
    assert_eq!(document::save(ed.timetable()), original);
    let real = ed.apply(&command, DryRun::No).expect("apply");
    assert_eq!(dry.removed_sessions, real.removed_sessions);
    assert_eq!(dry.conflicts, real.conflicts);
}

#[test]
fn pasting_the_same_session_twice_gives_each_copy_its_own_id() {
    let mut ed = Editor::new(timetable(WEEK));
    let paste = Command::PasteSessions {
        ids: ids(&["q4", "q5"]),
        by_minutes: None,
    };
    ed.apply(&paste, DryRun::No).expect("first paste");
    let second = ed.apply(&paste, DryRun::No).expect("second paste");
    let mut copies: Vec<&str> = second.sessions.iter().map(|s| s.id.as_str()).collect();
    copies.sort_unstable();
    assert_eq!(
        copies,
        ["q4-copy-7", "q5-copy-8"],
        "fresh ids, never a clash"
    );
}

#[test]
fn removing_a_day_with_breaks_of_its_own_then_undoing_puts_each_break_back_in_its_place() {
    let mut t = timetable(
        "
        days 2017-09-18..2017-09-22
        break coffee1 coffee 10:30-11:00
        break coffee2 coffee 15:30-16:00
        break lunch meal 12:30-14:00
        ",
    );
    let tuesday = "2017-09-19".parse().expect("date");
    for id in ["coffee1", "coffee2"] {
        t.breaks[&BreakId::from(id)].day = Some(tuesday);
    }
    let mut ed = Editor::new(t);
    let original = document::save(ed.timetable());
    ed.apply(&Command::RemoveDay { date: tuesday }, DryRun::No)
        .expect("the day exists");
    assert_eq!(
        ed.timetable()
            .breaks
            .keys()
            .map(|b| b.as_str())
            .collect::<Vec<_>>(),
        ["lunch"],
        "the day's own breaks go with it"
    );
    ed.undo();
    assert_eq!(
        document::save(ed.timetable()),
        original,
        "both breaks come back before lunch, in their order"
    );
}

#[test]
fn batch_commands_cross_the_wire_as_one_command_with_their_ids() {
    let paste: Command =
        serde_json::from_str(r#"{ "type": "pasteSessions", "ids": ["q4", "q5"] }"#)
            .expect("the UI's paste");
    assert_eq!(
        paste,
        Command::PasteSessions {
            ids: ids(&["q4", "q5"]),
            by_minutes: None,
        }
    );
    let delete: Command = serde_json::from_str(r#"{ "type": "deleteSessions", "ids": ["q4"] }"#)
        .expect("the UI's delete");
    assert_eq!(delete, Command::DeleteSessions { ids: ids(&["q4"]) });
}

#[test]
fn paste_here_places_each_copy_as_far_from_its_original_as_asked_in_one_step() {
    let mut ed = Editor::new(timetable(WEEK));
    let applied = ed
        .apply(
            &Command::PasteSessions {
                ids: ids(&["open", "q4", "q6"]),
                by_minutes: Some(1440 + 60),
            },
            DryRun::No,
        )
        .expect("pastes a day and an hour later");
    let mut placed: Vec<String> = applied
        .sessions
        .iter()
        .map(|s| match s.placement {
            Some(pl) => format!("{} {}", pl.start, pl.end),
            None => "-".to_owned(),
        })
        .collect();
    placed.sort();
    assert_eq!(
        placed,
        [
            "-",
            "2017-09-19T10:30 2017-09-19T13:30",
            "2017-09-20T10:00 2017-09-20T13:30",
        ],
        "each scheduled copy keeps its length and moves with the others; the unscheduled one stays so"
    );
    assert_eq!(applied.label, "Paste 3 sessions");
    ed.undo();
    assert_eq!(
        ed.timetable().sessions.len(),
        4,
        "one undo takes every copy back"
    );
}
