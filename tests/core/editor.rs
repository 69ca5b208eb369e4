//! Edits through the editor: commands, one undo step per gesture, dry runs, history.

use plenary::command::Command;
use plenary::document;
use plenary::editor::{DryRun, EditError, Editor};
use plenary::model::{ConflictKind, Placement, SessionId};
use plenary::time::Stamp;

use crate::scenario::{lines, sessions, timetable};

const WEEK: &str = "
    days 2017-09-18..2017-09-24
    break lunch meal 12:30-14:00
    room popov
    room b
    body sg12
    body wp1 < sg12
    person chair
    session open 2017-09-19 11:00-12:30 room=popov bodies=sg12 persons=chair exclusive
    session q4 2017-09-20 09:00-12:30 room=b bodies=wp1
    session q5 -
";

fn stamp(s: &str) -> Stamp {
    s.parse().expect("stamp")
}

fn id(s: &str) -> SessionId {
    SessionId::from(s)
}

fn editor() -> Editor {
    Editor::new(timetable(WEEK))
}

#[test]
fn move_session_keeps_its_length_and_is_one_undo_step() {
    let mut ed = editor();
    let applied = ed
        .apply(
            &Command::MoveSession {
                id: id("q4"),
                start: stamp("2017-09-21T14:00"),
                room: None,
            },
            DryRun::No,
        )
        .expect("move");
    assert!(applied.changed);
    assert_eq!(
        applied.sessions.len(),
        1,
        "only the moved session is sent back"
    );
    assert_eq!(applied.history.undo_label.as_deref(), Some("Move session"));
    assert_eq!(
        sessions(ed.timetable()),
        lines(
            "session open 2017-09-19 11:00-12:30 room=popov bodies=sg12 persons=chair exclusive
             session q4 2017-09-21 14:00-17:30 room=b bodies=wp1
             session q5 -"
        )
    );
    let undone = ed.undo();
    assert_eq!(undone.label, "Move session");
    assert_eq!(
        sessions(ed.timetable()),
        sessions(&timetable(WEEK)),
        "undo restores"
    );
    assert!(!ed.history().can_undo && ed.history().can_redo);
}

#[test]
fn schedule_then_unschedule_moves_a_session_between_palette_and_grid() {
    let mut ed = editor();
    let placement = Placement {
        start: stamp("2017-09-20T14:00"),
        end: stamp("2017-09-20T15:00"),
    };
    ed.apply(
        &Command::ScheduleSession {
            id: id("q5"),
            placement,
            room: Some("b".into()),
        },
        DryRun::No,
    )
    .expect("schedule");
    assert!(sessions(ed.timetable()).contains("session q5 2017-09-20 14:00-15:00 room=b"));
    ed.apply(&Command::UnscheduleSession { id: id("q5") }, DryRun::No)
        .expect("unschedule");
    assert!(sessions(ed.timetable()).contains("session q5 - room=b"));
}

#[test]
fn dry_run_answers_like_apply_but_changes_nothing() {
    let mut ed = editor();
    let before = document::save(ed.timetable());
    let cmd = Command::MoveSession {
        id: id("q4"),
        start: stamp("2017-09-19T11:00"),
        room: None,
    };
    let preview = ed.apply(&cmd, DryRun::Yes).expect("dry run");
    assert!(preview.dry_run && !preview.changed);
    assert_eq!(
        document::save(ed.timetable()),
        before,
        "a dry run leaves the timetable as it was"
    );
    assert!(!ed.history().can_undo, "a dry run leaves no history");
    let real = ed.apply(&cmd, DryRun::No).expect("apply");
    assert_eq!(
        preview.conflicts, real.conflicts,
        "the dry run predicted the conflicts"
    );
    assert_eq!(preview.summary, real.summary);
}

#[test]
fn rejected_command_changes_nothing_and_leaves_no_history() {
    let mut ed = editor();
    let before = document::save(ed.timetable());
    let err = ed
        .apply(
            &Command::MoveSession {
                id: id("nope"),
                start: stamp("2017-09-19T09:00"),
                room: None,
            },
            DryRun::No,
        )
        .expect_err("unknown session");
    assert!(matches!(err, EditError::Command { .. }));
    assert!(
        err.to_string().contains("'nope'"),
        "the message names the id: {err}"
    );
    let err = ed
        .apply(
            &Command::MoveSession {
                id: id("q5"),
                start: stamp("2017-09-19T09:00"),
                room: None,
            },
            DryRun::No,
        )
        .expect_err("unscheduled cannot move");
    assert!(err.to_string().contains("not scheduled"), "{err}");
    let err = ed
        .apply(
            &Command::MoveSession {
                id: id("q4"),
                start: stamp("2017-09-19T09:00"),
                room: Some("ghost".into()),
            },
            DryRun::No,
        )
        .expect_err("unknown room");
    assert!(matches!(err, EditError::Broken { .. }), "{err:?}");
    assert_eq!(document::save(ed.timetable()), before);
    assert!(!ed.history().can_undo);
}

#[test]
fn new_command_clears_redo_and_undo_at_oldest_is_a_no_op() {
    let mut ed = editor();
    let noop = ed.undo();
    assert!(!noop.changed && noop.label.contains("oldest"));
    ed.apply(&Command::UnscheduleSession { id: id("q4") }, DryRun::No)
        .expect("unschedule");
    ed.undo();
    assert!(ed.history().can_redo);
    ed.apply(&Command::DeleteSession { id: id("q5") }, DryRun::No)
        .expect("delete");
    assert!(!ed.history().can_redo, "a new edit clears redo");
    assert!(!ed.redo().changed);
}

#[test]
fn delete_session_removes_it_from_constraints_and_undo_restores_the_same_bytes() {
    let mut t = timetable(WEEK);
    t.constraints.insert(
        "c".into(),
        plenary::model::Constraint {
            id: "c".into(),
            rule: plenary::model::Rule::Before {
                earlier: vec![id("open")],
                later: vec![id("q4"), id("q5")],
            },
            note: None,
        },
    );
    let original = document::save(&t);
    let mut ed = Editor::new(t);
    ed.apply(&Command::DeleteSession { id: id("q4") }, DryRun::No)
        .expect("delete");
    let rule = &ed.timetable().constraints[&plenary::model::ConstraintId::from("c")].rule;
    assert_eq!(rule.sessions(), vec![&id("open"), &id("q5")]);
    ed.apply(&Command::DeleteSession { id: id("open") }, DryRun::No)
        .expect("delete");
    assert!(
        ed.timetable().constraints.is_empty(),
        "a rule with nothing before is dropped"
    );
    ed.undo();
    ed.undo();
    assert_eq!(
        document::save(ed.timetable()),
        original,
        "undo puts everything back in place"
    );
}

#[test]
fn shift_day_and_swap_days_move_every_session_of_the_day() {
    let mut ed = editor();
    ed.apply(
        &Command::SwapDays {
            a: "2017-09-19".parse().expect("d"),
            b: "2017-09-20".parse().expect("d"),
        },
        DryRun::No,
    )
    .expect("swap");
    let s = sessions(ed.timetable());
    assert!(s.contains("session open 2017-09-20 11:00-12:30"), "{s}");
    assert!(s.contains("session q4 2017-09-19 09:00-12:30"), "{s}");
    assert_eq!(ed.history().undo_label.as_deref(), Some("Swap days"));
    ed.apply(
        &Command::ShiftDay {
            from: "2017-09-19".parse().expect("d"),
            to: "2017-09-22".parse().expect("d"),
        },
        DryRun::No,
    )
    .expect("shift");
    assert!(sessions(ed.timetable()).contains("session q4 2017-09-22 09:00-12:30"));
}

#[test]
fn move_meeting_keeps_weekdays_and_refuses_another_weekday() {
    let mut ed = editor();
    let err = ed
        .apply(
            &Command::MoveMeeting {
                start: "2018-09-18".parse().expect("d"),
            },
            DryRun::No,
        )
        .expect_err("2018-09-18 is a Tuesday, the meeting starts on a Monday");
    assert!(err.to_string().contains("Monday"), "{err}");
    ed.apply(
        &Command::MoveMeeting {
            start: "2017-10-02".parse().expect("d"),
        },
        DryRun::No,
    )
    .expect("two weeks later");
    let t = ed.timetable();
    assert_eq!(
        t.days.first().map(|d| d.date.to_string()).as_deref(),
        Some("2017-10-02")
    );
    assert_eq!(
        t.days
            .iter()
            .filter(|d| d.kind == plenary::model::DayKind::Weekend)
            .count(),
        2
    );
    assert!(sessions(t).contains("session open 2017-10-03 11:00-12:30"));
}

#[test]
fn remove_room_leaves_its_sessions_without_a_room_in_one_undo_step() {
    let mut ed = editor();
    ed.apply(&Command::RemoveRoom { id: "popov".into() }, DryRun::No)
        .expect("remove");
    assert!(sessions(ed.timetable()).contains("session open 2017-09-19 11:00-12:30 bodies=sg12"));
    let undone = ed.undo();
    let rooms = undone
        .changes
        .as_ref()
        .and_then(|c| c.rooms.as_ref())
        .expect("a structural undo sends what changed besides sessions: the room is back");
    assert_eq!(
        rooms.added.iter().map(|a| (a.index, a.item.id.as_str())).collect::<Vec<_>>(),
        [(0, "popov")],
        "the room comes back at its old index"
    );
    assert_eq!(sessions(ed.timetable()), sessions(&timetable(WEEK)));
}

#[test]
fn acknowledging_needs_a_reason_and_is_undoable() {
    let mut ed = editor();
    let err = ed
        .apply(
            &Command::AcknowledgeConflict {
                key: "k".into(),
                reason: "  ".into(),
            },
            DryRun::No,
        )
        .expect_err("no reason");
    assert!(err.to_string().contains("reason"));
    ed.apply(
        &Command::AcknowledgeConflict {
            key: "k".into(),
            reason: "intended".into(),
        },
        DryRun::No,
    )
    .expect("ack");
    assert_eq!(ed.timetable().acknowledgements.len(), 1);
    ed.undo();
    assert!(ed.timetable().acknowledgements.is_empty());
}

#[test]
fn dirty_follows_the_saved_point_through_undo_and_redo() {
    let mut ed = editor();
    assert!(!ed.history().dirty);
    ed.apply(&Command::UnscheduleSession { id: id("q4") }, DryRun::No)
        .expect("edit");
    assert!(ed.history().dirty);
    ed.mark_saved();
    assert!(!ed.history().dirty);
    ed.undo();
    assert!(
        ed.history().dirty,
        "undoing past the saved point is a change"
    );
    ed.redo();
    assert!(
        !ed.history().dirty,
        "redoing back to the saved point is not"
    );
}

#[test]
fn severity_setting_changes_how_existing_conflicts_are_reported() {
    let mut ed = editor();
    // Put q4 over lunch: a break overlap (a warning by default).
    ed.apply(
        &Command::ResizeSession {
            id: id("q4"),
            start: stamp("2017-09-20T09:00"),
            end: stamp("2017-09-20T13:00"),
        },
        DryRun::No,
    )
    .expect("resize");
    let applied = ed
        .apply(
            &Command::SetSeverity {
                kind: ConflictKind::BreakOverlap,
                severity: Some(plenary::model::Severity::Error),
            },
            DryRun::No,
        )
        .expect("severity");
    let breaks: Vec<_> = ed
        .conflicts()
        .into_iter()
        .filter(|c| c.kind == ConflictKind::BreakOverlap)
        .collect();
    assert!(
        breaks
            .iter()
            .all(|c| c.severity == plenary::model::Severity::Error)
    );
    assert_eq!(
        applied.conflicts.added.len(),
        breaks.len(),
        "each re-rated conflict is re-sent"
    );
}

#[test]
fn add_session_with_empty_id_gets_a_fresh_one() {
    let mut ed = editor();
    let mut s = ed.timetable().sessions[&id("q5")].clone();
    s.id = SessionId::from("");
    let applied = ed
        .apply(&Command::AddSession { session: s }, DryRun::No)
        .expect("add");
    let new_id = &applied.sessions[0].id;
    assert!(!new_id.as_str().is_empty() && ed.timetable().sessions.contains_key(new_id));
    let dup = ed
        .apply(
            &Command::DuplicateSession {
                id: id("q4"),
                placement: None,
            },
            DryRun::No,
        )
        .expect("dup");
    assert_eq!(dup.sessions[0].id.as_str(), "q4-copy");
}

mod properties {
    use plenary::command::Command;
    use plenary::document;
    use plenary::editor::{DryRun, Editor};
    use plenary::generate::{Spec, conference};
    use plenary::model::{Lang, Placement, Room};
    use proptest::prelude::*;

    /// One random gesture, resolved against the current timetable by index.
    #[derive(Clone, Debug)]
    enum Gesture {
        Move(usize, i64),
        Resize(usize, i64),
        Unschedule(usize),
        Schedule(usize, i64),
        Delete(usize),
        Duplicate(usize),
        Rename(usize),
        SwapDays(usize, usize),
        ShiftDay(usize, usize),
        RemoveRoom(usize),
        AddRoom(usize),
        Acknowledge(usize),
        DryRunMove(usize, i64),
    }

    fn gesture() -> impl Strategy<Value = Gesture> {
        let i = 0usize..1000;
        prop_oneof![
            (i.clone(), -40i64..40).prop_map(|(i, k)| Gesture::Move(i, k * 15)),
            (i.clone(), -8i64..8).prop_map(|(i, k)| Gesture::Resize(i, k * 15)),
            i.clone().prop_map(Gesture::Unschedule),
            (i.clone(), 0i64..96).prop_map(|(i, k)| Gesture::Schedule(i, k * 15)),
            i.clone().prop_map(Gesture::Delete),
            i.clone().prop_map(Gesture::Duplicate),
            i.clone().prop_map(Gesture::Rename),
            (0usize..10, 0usize..10).prop_map(|(a, b)| Gesture::SwapDays(a, b)),
            (0usize..10, 0usize..10).prop_map(|(a, b)| Gesture::ShiftDay(a, b)),
            i.clone().prop_map(Gesture::RemoveRoom),
            i.clone().prop_map(Gesture::AddRoom),
            i.clone().prop_map(Gesture::Acknowledge),
            (i, -40i64..40).prop_map(|(i, k)| Gesture::DryRunMove(i, k * 15)),
        ]
    }

    fn command(ed: &Editor, g: &Gesture) -> Option<(Command, DryRun)> {
        let t = ed.timetable();
        let nth = |i: usize| {
            t.sessions
                .get_index(i % t.sessions.len().max(1))
                .map(|(_, s)| s)
        };
        let day = |i: usize| t.days[i % t.days.len()].date;
        let cmd = match *g {
            Gesture::Move(i, by) | Gesture::DryRunMove(i, by) => {
                let s = nth(i)?;
                let start = s.placement?.start.plus_minutes(by)?;
                Command::MoveSession {
                    id: s.id.clone(),
                    start,
                    room: None,
                }
            }
            Gesture::Resize(i, by) => {
                let s = nth(i)?;
                let pl = s.placement?;
                Command::ResizeSession {
                    id: s.id.clone(),
                    start: pl.start,
                    end: pl.end.plus_minutes(by)?,
                }
            }
            Gesture::Unschedule(i) => Command::UnscheduleSession {
                id: nth(i)?.id.clone(),
            },
            Gesture::Schedule(i, at) => {
                let s = nth(i)?;
                let start = plenary::time::Stamp::new(day(i), plenary::time::TimeOfDay::MIDNIGHT)
                    .plus_minutes(at)?;
                let placement = Placement {
                    start,
                    end: start.plus_minutes(45)?,
                };
                Command::ScheduleSession {
                    id: s.id.clone(),
                    placement,
                    room: None,
                }
            }
            Gesture::Delete(i) => Command::DeleteSession {
                id: nth(i)?.id.clone(),
            },
            Gesture::Duplicate(i) => Command::DuplicateSession {
                id: nth(i)?.id.clone(),
                placement: None,
            },
            Gesture::Rename(i) => {
                let mut s = nth(i)?.clone();
                s.title.insert(Lang::Fr, format!("Séance {i}"));
                Command::EditSession { session: s }
            }
            Gesture::SwapDays(a, b) => Command::SwapDays {
                a: day(a),
                b: day(b),
            },
            Gesture::ShiftDay(a, b) => Command::ShiftDay {
                from: day(a),
                to: day(b),
            },
            Gesture::RemoveRoom(i) => {
                let (id, _) = t.rooms.get_index(i % t.rooms.len().max(1))?;
                Command::RemoveRoom { id: id.clone() }
            }
            Gesture::AddRoom(i) => Command::AddRoom {
                room: Room {
                    id: format!("new-{i}").as_str().into(),
                    name: format!("New {i}"),
                    capacity: None,
                    interpretation: false,
                },
            },
            Gesture::Acknowledge(i) => {
                let conflicts = ed.conflicts();
                let c = conflicts.get(i % conflicts.len().max(1))?;
                Command::AcknowledgeConflict {
                    key: c.key.clone(),
                    reason: "accepted in a test".into(),
                }
            }
        };
        let mode = if matches!(g, Gesture::DryRunMove(..)) {
            DryRun::Yes
        } else {
            DryRun::No
        };
        Some((cmd, mode))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

        /// Random gestures keep every invariant; undoing all of them gives back a document
        /// that saves byte for byte like the original, and redoing all gives the last state.
        #[test]
        fn random_edits_keep_invariants_and_undo_all_restores_the_bytes(
            gestures in proptest::collection::vec(gesture(), 1..25)
        ) {
            let original = conference(&Spec::scaled(80));
            let original_text = document::save(&original);
            let mut ed = Editor::new(original);
            for g in &gestures {
                let Some((cmd, mode)) = command(&ed, g) else { continue };
                let before = document::save(ed.timetable());
                let result = ed.apply(&cmd, mode);
                prop_assert!(ed.timetable().validate().is_empty(), "{:?} broke an invariant", cmd);
                if result.is_err() || mode == DryRun::Yes {
                    prop_assert_eq!(&document::save(ed.timetable()), &before, "refused or dry run changed nothing");
                }
                prop_assert_eq!(ed.conflicts(), plenary::conflict::check(ed.timetable()),
                    "incremental conflicts equal a full check after {:?}", cmd);
            }
            let last = document::save(ed.timetable());
            while ed.history().can_undo { ed.undo(); }
            prop_assert_eq!(document::save(ed.timetable()), original_text);
            while ed.history().can_redo { ed.redo(); }
            prop_assert_eq!(document::save(ed.timetable()), last);
        }
    }
}
