//! Edits through the editor: commands, one undo step per gesture, dry runs, history.

use plenary::command::Command;
use plenary::document;
use plenary::editor::{DryRun, EditError, Editor};
use plenary::model::{ConflictKind, Constraint, Placement, Rule, SessionId};
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
    assert_eq!(
        applied.history.undo_label.as_deref(),
        Some("Move q4 to Thu 21 Sep 14:00")
    );
    assert_eq!(
        sessions(ed.timetable()),
        lines(
            "session open 2017-09-19 11:00-12:30 room=popov bodies=sg12 persons=chair exclusive
             session q4 2017-09-21 14:00-17:30 room=b bodies=wp1
             session q5 -"
        )
    );
    let undone = ed.undo();
    assert_eq!(undone.label, "Move q4 to Thu 21 Sep 14:00");
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
fn a_constraint_that_relates_a_session_to_itself_is_refused_with_what_is_wrong() {
    let mut ed = editor();
    let before = document::save(ed.timetable());
    let constraint = |rule: Rule| Constraint {
        id: "".into(),
        rule,
        note: None,
    };
    let refused = [
        (
            Rule::Before {
                earlier: vec![id("q4")],
                later: vec![id("q4")],
            },
            "names session 'q4' twice",
        ),
        (
            Rule::NoOverlap {
                sessions: vec![id("q5"), id("q5")],
            },
            "names session 'q5' twice",
        ),
        (
            Rule::InSequence {
                sessions: vec![id("q4")],
            },
            "at least two different sessions",
        ),
        (
            Rule::Before {
                earlier: vec![],
                later: vec![id("q4")],
            },
            "a session before and a session after",
        ),
    ];
    for (rule, why) in refused {
        let err = ed
            .apply(
                &Command::AddConstraint {
                    constraint: constraint(rule.clone()),
                },
                DryRun::No,
            )
            .expect_err("a rule that says nothing");
        assert!(matches!(err, EditError::Command { .. }), "{err:?}");
        assert!(err.to_string().contains(why), "{rule:?}: {err}");
    }
    assert_eq!(document::save(ed.timetable()), before, "nothing changed");
    ed.apply(
        &Command::AddConstraint {
            constraint: constraint(Rule::Before {
                earlier: vec![id("q4")],
                later: vec![id("q5")],
            }),
        },
        DryRun::No,
    )
    .expect("two different sessions");
    let added = ed
        .timetable()
        .constraints
        .values()
        .last()
        .expect("added")
        .clone();
    assert_eq!(
        added.id.as_str(),
        "c-before",
        "a fresh id named after its rule"
    );
    let err = ed
        .apply(
            &Command::EditConstraint {
                constraint: Constraint {
                    rule: Rule::Before {
                        earlier: vec![id("q5")],
                        later: vec![id("q5")],
                    },
                    ..added
                },
            },
            DryRun::No,
        )
        .expect_err("an edit is checked as an add is");
    assert!(err.to_string().contains("twice"), "{err}");
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

/// Found by the random-edit property: removing several items of one collection in one
/// command (the constraints naming a deleted session) put them back in the wrong order on
/// undo, so the document no longer saved to the same bytes.
#[test]
fn undo_of_a_delete_that_drops_several_constraints_restores_their_order() {
    let mut t = timetable(WEEK);
    for c in ["c1", "c2", "c3"] {
        t.constraints.insert(
            c.into(),
            plenary::model::Constraint {
                id: c.into(),
                rule: plenary::model::Rule::FixedTime {
                    session: id("q4"),
                    placement: Placement {
                        start: stamp("2017-09-20T09:00"),
                        end: stamp("2017-09-20T12:30"),
                    },
                },
                note: None,
            },
        );
    }
    let original = document::save(&t);
    let mut ed = Editor::new(t);
    ed.apply(&Command::DeleteSession { id: id("q4") }, DryRun::No)
        .expect("delete");
    assert!(
        ed.timetable().constraints.is_empty(),
        "each rule named only q4"
    );
    ed.undo();
    assert_eq!(
        document::save(ed.timetable()),
        original,
        "undo puts the three constraints back in their order"
    );
}

/// The same for a day's own breaks, which go with the day.
#[test]
fn undo_of_removing_a_day_restores_its_breaks_in_order() {
    let mut t = timetable(
        "days 2017-09-18..2017-09-22
         break lunch meal 12:30-14:00
         break a coffee 10:30-11:00 on=2017-09-19
         break b meal 12:00-13:00 on=2017-09-19
         break c other 16:00-16:15 on=2017-09-19
         break d coffee 15:00-15:30",
    );
    t.breaks.move_index(4, 0); // a standard break first, so indexes shift on removal
    let original = document::save(&t);
    let mut ed = Editor::new(t);
    ed.apply(
        &Command::RemoveDay {
            date: "2017-09-19".parse().expect("date"),
        },
        DryRun::No,
    )
    .expect("remove day");
    assert_eq!(
        ed.timetable().breaks.len(),
        2,
        "its own breaks went with it"
    );
    ed.undo();
    assert_eq!(
        document::save(ed.timetable()),
        original,
        "undo puts every break back in its place"
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
        rooms
            .added
            .iter()
            .map(|a| (a.index, a.item.id.as_str()))
            .collect::<Vec<_>>(),
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

/// Random edits on random timetables: every command kind, dry runs, undo and redo.
///
/// Timetables and steps come from `crate::strategies`, so a failure shrinks to a short
/// sequence on a small timetable. After every step:
/// - the timetable keeps every invariant;
/// - a refused command and a dry run change nothing (the saved bytes are the same);
/// - the engine's conflicts equal a fresh full check, and the answer's summary counts them;
/// - undo gives back exactly the bytes before the command it undoes, redo the bytes after,
///   and the history's labels name those commands.
///
/// At the end, undoing everything gives back the original bytes and redoing everything the
/// newest state. Over the whole run every command kind must have been accepted at least once
/// and most commands overall, so a command that always fails cannot pass as "refused,
/// changed nothing". Cases: PROPTEST_CASES (256 by default; `make soak` runs more).
mod properties {
    use std::collections::BTreeMap;
    use std::sync::Mutex;

    use plenary::conflict::ConflictSummary;
    use plenary::document;
    use plenary::editor::{DryRun, Editor};
    use proptest::test_runner::{Config, TestCaseError, TestRunner};
    use proptest::{prop_assert, prop_assert_eq};

    use crate::strategies::{self, Kind, Step};

    /// How often each kind was tried and accepted (applied for real), over a whole run.
    type Tally = BTreeMap<Kind, (usize, usize)>;

    fn run_case(
        t: plenary::Timetable,
        steps: &[Step],
        tally: &Mutex<Tally>,
    ) -> Result<(), TestCaseError> {
        let original = document::save(&t);
        let mut ed = Editor::new(t);
        // What undo and redo must give back: the bytes before and after each command, and
        // its label.
        let mut undo: Vec<(String, String, String)> = Vec::new();
        let mut redo: Vec<(String, String, String)> = Vec::new();
        let mut local = Tally::new();
        for (n, step) in steps.iter().enumerate() {
            let before = document::save(ed.timetable());
            let (what, applied) = match step {
                Step::Apply(g) | Step::DryRun(g) => {
                    let cmd = g.command(ed.timetable());
                    let mode = if matches!(step, Step::Apply(_)) {
                        DryRun::No
                    } else {
                        DryRun::Yes
                    };
                    let result = ed.apply(&cmd, mode);
                    let after = document::save(ed.timetable());
                    if mode == DryRun::No {
                        let entry = local.entry(Kind::of(&cmd)).or_default();
                        entry.0 += 1;
                        entry.1 += usize::from(result.is_ok());
                    }
                    match (&result, mode) {
                        (Ok(applied), DryRun::No) if applied.changed => {
                            undo.push((before, after, applied.label.clone()));
                            redo.clear();
                        }
                        // An accepted command that changes nothing (an arrangement that
                        // moves no session) leaves the history as it was.
                        (Ok(_), DryRun::No) => prop_assert_eq!(
                            &after,
                            &before,
                            "step {}: a command that answers unchanged changes nothing: {:?}",
                            n,
                            cmd
                        ),
                        _ => prop_assert_eq!(
                            &after,
                            &before,
                            "step {}: a refused command or a dry run changes nothing: {:?} \
                             gave {:?}",
                            n,
                            cmd,
                            result.as_ref().err()
                        ),
                    }
                    (format!("{cmd:?} ({mode:?})"), result.ok())
                }
                Step::Undo => {
                    let answer = ed.undo();
                    let now = document::save(ed.timetable());
                    match undo.pop() {
                        Some((was, after, label)) => {
                            prop_assert_eq!(
                                &before,
                                &after,
                                "step {}: undo starts from the state the command left",
                                n
                            );
                            prop_assert_eq!(
                                &now,
                                &was,
                                "step {}: undo of {} restores the bytes before it",
                                n,
                                label
                            );
                            prop_assert_eq!(
                                &answer.label,
                                &label,
                                "step {}: undo names what it undid",
                                n
                            );
                            redo.push((was, after, label));
                        }
                        None => {
                            prop_assert!(!answer.changed, "step {}: nothing to undo is a no-op", n);
                            prop_assert_eq!(
                                &now,
                                &before,
                                "step {}: nothing to undo changes nothing",
                                n
                            );
                        }
                    }
                    ("undo".to_owned(), Some(answer))
                }
                Step::Redo => {
                    let answer = ed.redo();
                    let now = document::save(ed.timetable());
                    match redo.pop() {
                        Some((was, after, label)) => {
                            prop_assert_eq!(
                                &before,
                                &was,
                                "step {}: redo starts where undo left",
                                n
                            );
                            prop_assert_eq!(
                                &now,
                                &after,
                                "step {}: redo of {} gives the bytes after it",
                                n,
                                label
                            );
                            prop_assert_eq!(
                                &answer.label,
                                &label,
                                "step {}: redo names what it redid",
                                n
                            );
                            undo.push((was, after, label));
                        }
                        None => {
                            prop_assert!(!answer.changed, "step {}: nothing to redo is a no-op", n);
                            prop_assert_eq!(
                                &now,
                                &before,
                                "step {}: nothing to redo changes nothing",
                                n
                            );
                        }
                    }
                    ("redo".to_owned(), Some(answer))
                }
            };
            let problems = ed.timetable().validate();
            prop_assert!(
                problems.is_empty(),
                "step {}: {} broke an invariant: {:?}",
                n,
                what,
                problems
            );
            let full = plenary::conflict::check(ed.timetable());
            prop_assert_eq!(
                &ed.conflicts(),
                &full,
                "step {}: the engine's conflicts equal a full check after {}",
                n,
                what
            );
            if let Some(applied) = applied
                && !applied.dry_run
            {
                prop_assert_eq!(
                    applied.summary,
                    ConflictSummary::of(&full),
                    "step {}: the answer's counts after {}",
                    n,
                    what
                );
            }
            let history = ed.history();
            prop_assert_eq!(
                history.undo_label.as_deref(),
                undo.last().map(|e| e.2.as_str()),
                "step {}: the undo label",
                n
            );
            prop_assert_eq!(
                history.redo_label.as_deref(),
                redo.last().map(|e| e.2.as_str()),
                "step {}: the redo label",
                n
            );
        }
        // Redo what the steps left undone, so the history's newest state is the last one.
        while ed.history().can_redo {
            ed.redo();
        }
        let last = document::save(ed.timetable());
        while ed.history().can_undo {
            ed.undo();
            prop_assert_eq!(
                &ed.conflicts(),
                &plenary::conflict::check(ed.timetable()),
                "conflicts while undoing all"
            );
        }
        prop_assert_eq!(
            &document::save(ed.timetable()),
            &original,
            "undoing everything gives back the original bytes"
        );
        while ed.history().can_redo {
            ed.redo();
            prop_assert_eq!(
                &ed.conflicts(),
                &plenary::conflict::check(ed.timetable()),
                "conflicts while redoing all"
            );
        }
        prop_assert_eq!(
            &document::save(ed.timetable()),
            &last,
            "redoing everything gives the last state"
        );
        let mut total = tally.lock().expect("no test thread panicked holding it");
        for (kind, (tried, accepted)) in local {
            let entry = total.entry(kind).or_default();
            entry.0 += tried;
            entry.1 += accepted;
        }
        Ok(())
    }

    #[test]
    fn random_steps_on_random_timetables_keep_invariants_conflicts_and_history() {
        // Config::default() reads PROPTEST_CASES (256 when unset).
        let config = Config::default();
        let cases = config.cases;
        let mut runner = TestRunner::new(config);
        let tally = Mutex::new(Tally::new());
        let strategy = (strategies::timetable(), strategies::steps(1..=30));
        let outcome = runner.run(&strategy, |(t, steps)| run_case(t, &steps, &tally));
        if let Err(e) = outcome {
            panic!("{e}");
        }
        let tally = tally
            .into_inner()
            .expect("no test thread panicked holding it");
        let tried: usize = tally.values().map(|x| x.0).sum();
        let accepted: usize = tally.values().map(|x| x.1).sum();
        eprintln!("editor property: {cases} cases, {accepted} of {tried} commands accepted");
        assert!(
            accepted * 100 >= tried * 70,
            "most generated commands are valid, so the run tests edits rather than refusals: \
             {accepted} of {tried} accepted ({tally:?})"
        );
        if cases >= 256 {
            for kind in Kind::all() {
                let (t, a) = tally.get(&kind).copied().unwrap_or_default();
                assert!(
                    a > 0,
                    "{kind:?} was tried {t} times and never accepted: a kind that always fails \
                     proves nothing by changing nothing"
                );
            }
        }
    }
}

/// A slot's own times of a day follow the day: removing the day drops them, moving the
/// meeting moves them, and a session dropped in the slot that day gets them.
#[test]
fn a_slots_times_of_a_day_follow_the_day_and_place_a_session_there() {
    let t = timetable(
        "days 2017-09-18..2017-09-22
         slot am 09:30-12:30
         body q4
         session q 2017-09-18 09:30-12:30 bodies=q4",
    );
    let friday: chrono::NaiveDate = "2017-09-22".parse().expect("a date");
    let mut ed = Editor::new(t);
    let set = |date| Command::SetSlotDayTimes {
        slot: "am".into(),
        date,
        times: Some(plenary::model::Hours {
            start: "09:00".parse().expect("time"),
            end: "12:00".parse().expect("time"),
        }),
    };
    ed.apply(&set(friday), DryRun::No).expect("sets");
    let to_friday = Command::MoveSessionToSlot {
        id: id("q"),
        date: friday,
        slot: "am".into(),
    };
    ed.apply(&to_friday, DryRun::No).expect("moves");
    let placed = ed.timetable().sessions[&id("q")].placement.expect("placed");
    assert_eq!(
        (placed.start, placed.end),
        (stamp("2017-09-22T09:00"), stamp("2017-09-22T12:00")),
        "it fills the slot as it is that day"
    );
    assert!(
        ed.conflicts().is_empty(),
        "no conflict: {:?}",
        ed.conflicts()
    );
    let slot = |ed: &Editor| ed.timetable().slots[&plenary::model::SlotId::from("am")].clone();
    let bytes = document::save(ed.timetable());
    ed.apply(
        &Command::MoveMeeting {
            start: "2017-09-25".parse().expect("a Monday"),
        },
        DryRun::No,
    )
    .expect("moves the meeting");
    assert_eq!(
        slot(&ed).days.keys().copied().collect::<Vec<_>>(),
        ["2017-09-29".parse::<chrono::NaiveDate>().expect("a date")],
        "the Friday moved with the meeting"
    );
    ed.undo();
    assert_eq!(
        document::save(ed.timetable()),
        bytes,
        "undo restores the same bytes"
    );
    ed.apply(&Command::RemoveDay { date: friday }, DryRun::No)
        .expect("removes the Friday");
    assert!(
        slot(&ed).days.is_empty(),
        "no times are kept for a day the meeting lost"
    );
    ed.undo();
    assert_eq!(slot(&ed).days.len(), 1);
    let elsewhere = set("2017-10-02".parse().expect("a date"));
    assert!(
        ed.apply(&elsewhere, DryRun::No).is_err(),
        "a date that is not a day of the meeting is refused"
    );
}

/// A body marked as meeting in parallel with its parent loses the mark at the top level,
/// where it has no parent to meet beside; undo gives it back.
#[test]
fn a_body_moved_to_the_top_level_no_longer_meets_in_parallel_with_a_parent() {
    let t = timetable(
        "body council
         body sc < council parallel",
    );
    let mut ed = Editor::new(t);
    let sc = plenary::model::BodyId::from("sc");
    ed.apply(
        &Command::ReparentBody {
            id: sc.clone(),
            parent: None,
        },
        DryRun::No,
    )
    .expect("to the top level");
    assert!(!ed.timetable().bodies[&sc].parallel_with_parent);
    ed.undo();
    assert!(ed.timetable().bodies[&sc].parallel_with_parent);
}
