//! The arranger on real timetables: the SG12 example cleared and arranged again, FOSDEM
//! 2020 from scratch, the command's undo step, determinism, and infeasible inputs.

use std::time::Instant;

use plenary::arrange::{ArrangeMode, ArrangeScope, Infeasible, Options, arrange};
use plenary::command::{Command, CommandError};
use plenary::conflict::check;
use plenary::editor::{DryRun, EditError, Editor};
use plenary::interop::{self, Format, ImportOptions};
use plenary::model::{ConflictKind, Constraint, Rule, SessionKind, Severity, Timetable};

use crate::require::data;

/// SG12 with every session unpinned and unscheduled except the plenaries, which are pinned.
pub(crate) fn sg12_cleared() -> Timetable {
    let mut t = crate::sg12();
    for s in t.sessions.values_mut() {
        if s.kind == SessionKind::Plenary {
            s.pinned = true;
        } else {
            s.pinned = false;
            if let Some(pl) = s.placement.take() {
                s.minutes = Some(pl.minutes() as u32);
            }
        }
    }
    t
}

pub(crate) fn options(scope: ArrangeScope, seed: u64, budget: u64) -> Options {
    Options::new(scope, ArrangeMode::FromScratch, seed, budget)
}

fn open_errors(t: &Timetable) -> Vec<String> {
    check(t)
        .into_iter()
        .filter(|c| c.severity == Severity::Error && !c.acknowledged)
        .map(|c| c.message)
        .collect()
}

#[test]
fn sg12_cleared_and_arranged_has_no_unacknowledged_error_and_every_session_placed() {
    let t = sg12_cleared();
    let started = Instant::now();
    let out = arrange(&t, &options(ArrangeScope::All, 1, 200_000)).expect("SG12 is feasible");
    let took = started.elapsed();
    eprintln!("SG12 arranged in {took:?}: {:?}", {
        let r = &out.report;
        (
            r.placed,
            r.in_scope,
            r.score,
            r.greedy_score,
            r.evaluated,
            &r.left,
        )
    });
    assert_eq!(open_errors(&out.timetable), Vec::<String>::new());
    assert_eq!(
        out.report.placed, out.report.in_scope,
        "{:?}",
        out.report.left
    );
    assert_eq!(out.report.hard_conflicts, 0);
    for (id, s) in &t.sessions {
        if s.pinned {
            assert_eq!(
                out.timetable.sessions[id].placement, s.placement,
                "{id} stays"
            );
        }
    }
}

#[test]
fn the_arrange_command_is_one_undo_step_and_redo_gives_the_same_bytes() {
    let t = sg12_cleared();
    let saved = plenary::document::save(&t);
    let mut editor = Editor::new(t);
    let command = Command::Arrange {
        scope: ArrangeScope::Unscheduled,
        mode: ArrangeMode::FromScratch,
        seed: 7,
        budget: 4_000,
    };
    let applied = editor.apply(&command, DryRun::No).expect("SG12 arranges");
    let arranged = plenary::document::save(editor.timetable());
    let label = editor.history().undo_label.expect("an undo step");
    assert!(
        label.starts_with("Arrange ") && label.ends_with(" sessions"),
        "{label}"
    );
    assert!(
        applied.sessions.len() > 10,
        "the placed sessions are answered"
    );
    editor.undo();
    assert_eq!(
        plenary::document::save(editor.timetable()),
        saved,
        "undo restores the bytes"
    );
    editor.redo();
    assert_eq!(
        plenary::document::save(editor.timetable()),
        arranged,
        "redo replays the result"
    );

    let mut again = Editor::new(plenary::document::load(&saved).expect("loads"));
    again.apply(&command, DryRun::No).expect("arranges");
    assert_eq!(
        plenary::document::save(again.timetable()),
        arranged,
        "the same seed and budget give the same bytes"
    );
}

#[test]
fn an_unscheduled_session_arranged_and_undone_keeps_its_length() {
    let mut t = crate::sg12();
    let (id, minutes) = t
        .sessions
        .values_mut()
        .find_map(|s| {
            let pl = s.placement.take()?;
            s.minutes = Some(pl.minutes() as u32);
            Some((s.id.clone(), pl.minutes()))
        })
        .expect("a placed session");
    let out = arrange(&t, &options(ArrangeScope::Unscheduled, 3, 5_000)).expect("arranges");
    let placed = out.timetable.sessions[&id].placement.expect("placed again");
    assert_eq!(placed.minutes(), minutes, "placed with the length it kept");
    assert_eq!(out.timetable.sessions[&id].minutes, None);
}

#[test]
fn infeasible_inputs_are_refused_at_once_with_the_reason() {
    // A cycle of order constraints.
    let mut t = sg12_cleared();
    let ids: Vec<_> = t.sessions.keys().take(2).cloned().collect();
    for (n, (a, b)) in [(0, 1), (1, 0)].into_iter().enumerate() {
        let id = plenary::model::ConstraintId::from(format!("c{n}").as_str());
        t.constraints.insert(
            id.clone(),
            Constraint {
                id,
                rule: Rule::Before {
                    earlier: vec![ids[a].clone()],
                    later: vec![ids[b].clone()],
                },
                note: None,
            },
        );
    }
    let started = Instant::now();
    let refused = arrange(&t, &options(ArrangeScope::All, 1, 1_000_000))
        .expect_err("a cycle cannot be satisfied");
    assert!(matches!(refused, Infeasible::OrderCycle(_)), "{refused}");
    assert!(refused.to_string().contains(" before "), "{refused}");
    assert!(started.elapsed().as_secs() < 5, "answered at once");

    // More session-hours than room-hours.
    let mut t = sg12_cleared();
    let keep: Vec<_> = t.rooms.keys().take(1).cloned().collect();
    t.rooms.retain(|id, _| keep.contains(id));
    for s in t.sessions.values_mut() {
        if s.room.as_ref().is_some_and(|r| !keep.contains(r)) {
            s.room = None;
        }
        s.preferred_room = None;
    }
    let refused = arrange(&t, &options(ArrangeScope::All, 1, 1_000_000))
        .expect_err("one room cannot hold the week");
    assert!(
        matches!(refused, Infeasible::TooFewRoomHours { .. }),
        "{refused}"
    );

    // Two pinned sessions in one room at once, through the command.
    let mut t = crate::sg12();
    let (a, b) = {
        let mut placed = t.sessions.values().filter(|s| s.placement.is_some());
        (
            placed.next().unwrap().id.clone(),
            placed.next().unwrap().id.clone(),
        )
    };
    let (pl, room) = (t.sessions[&a].placement, t.sessions[&a].room.clone());
    for id in [&a, &b] {
        let s = &mut t.sessions[id];
        s.pinned = true;
        s.placement = pl;
        s.room = room.clone();
    }
    let mut editor = Editor::new(t);
    let refused = editor
        .apply(
            &Command::Arrange {
                scope: ArrangeScope::All,
                mode: ArrangeMode::FromScratch,
                seed: 1,
                budget: 1_000,
            },
            DryRun::No,
        )
        .expect_err("pinned sessions clash");
    assert!(
        matches!(
            &refused,
            EditError::Command {
                source: CommandError::Infeasible(Infeasible::PinnedClash(_)),
                ..
            }
        ),
        "{refused:?}"
    );
}

#[test]
fn fosdem_2020_from_scratch_has_no_room_or_person_clash() {
    let Some(path) = data("fosdem-2020-schedule.xml") else {
        return;
    };
    let bytes = std::fs::read(&path).expect("readable");
    let mut t = interop::import(Format::FrabXml, &bytes, &ImportOptions::default())
        .expect("FOSDEM imports")
        .timetable;
    let sessions = t.sessions.len();
    for s in t.sessions.values_mut() {
        if let Some(pl) = s.placement.take() {
            s.minutes = Some(pl.minutes().max(5) as u32);
        }
    }
    let out =
        arrange(&t, &options(ArrangeScope::All, 1, 2_000_000)).expect("FOSDEM can be arranged");
    let r = &out.report;
    eprintln!(
        "FOSDEM: placed {} of {} ({sessions} sessions), score {} (greedy {}), {} moves",
        r.placed, r.in_scope, r.score, r.greedy_score, r.evaluated
    );
    let clashes: Vec<_> = check(&out.timetable)
        .into_iter()
        .filter(|c| matches!(c.kind, ConflictKind::RoomClash | ConflictKind::PersonClash))
        .map(|c| c.message)
        .collect();
    assert_eq!(clashes, Vec::<String>::new());
    assert_eq!(r.hard_conflicts, 0);
}

#[test]
fn plenary_arrange_writes_the_arranged_document_and_reports_with_exit_codes() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let input = dir.path().join("cleared.plenary.json");
    std::fs::write(&input, plenary::document::save(&sg12_cleared())).expect("written");
    let out = dir.path().join("arranged.plenary.json");
    let (code, stdout, stderr) = crate::cli::plenary(&[
        "arrange",
        &input.display().to_string(),
        "-o",
        &out.display().to_string(),
        "--scope",
        "unscheduled",
        "--budget",
        "20000",
        "--report",
        "json",
    ]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    let report: serde_json::Value = serde_json::from_str(&stdout).expect("a JSON report");
    assert_eq!(report["hardConflicts"], 0);
    assert_eq!(report["placed"], report["inScope"]);
    let arranged = plenary::document::load(&std::fs::read_to_string(&out).expect("written"))
        .expect("the result opens");
    assert!(open_errors(&arranged).is_empty());
    assert_eq!(
        std::fs::read(&input).expect("read"),
        plenary::document::save(&sg12_cleared()).into_bytes(),
        "FILE is written only with --in-place"
    );

    // Infeasible: answered at once with exit 1 and the reason.
    let mut t = sg12_cleared();
    let keep: Vec<_> = t.rooms.keys().take(1).cloned().collect();
    t.rooms.retain(|id, _| keep.contains(id));
    for s in t.sessions.values_mut() {
        if s.room.as_ref().is_some_and(|r| !keep.contains(r)) {
            s.room = None;
        }
        s.preferred_room = None;
    }
    std::fs::write(&input, plenary::document::save(&t)).expect("written");
    let (code, _, stderr) = crate::cli::plenary(&["arrange", &input.display().to_string()]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("room-hours"), "{stderr}");

    // Unreadable: exit 2.
    let (code, _, stderr) = crate::cli::plenary(&["arrange", "no/such/file.plenary.json"]);
    assert_eq!(code, 2, "{stderr}");
}

#[test]
fn a_session_with_no_place_is_left_out_with_the_reason_and_the_rest_is_arranged() {
    let mut t = sg12_cleared();
    let ids: Vec<_> = t
        .sessions
        .values()
        .filter(|s| s.placement.is_none())
        .map(|s| s.id.clone())
        .take(1)
        .collect();
    // A window on a day the meeting does not have: no place at all.
    t.sessions[&ids[0]].windows = vec![plenary::model::Window {
        date: Some("2030-01-01".parse().expect("a date")),
        start: "09:00".parse().expect("a time"),
        end: "12:00".parse().expect("a time"),
    }];
    let out = arrange(&t, &options(ArrangeScope::All, 2, 20_000)).expect("arranges the rest");
    let left = out
        .report
        .left
        .iter()
        .find(|l| l.session == ids[0])
        .expect("listed as left out");
    assert!(left.unplaced);
    assert!(
        left.reason.contains("has no place at all"),
        "{}",
        left.reason
    );
    assert_eq!(out.report.hard_conflicts, 0);
    assert_eq!(out.report.placed + 1, out.report.in_scope);
}

#[test]
fn a_stopped_search_answers_its_best_so_far_and_applying_it_records_exactly_that() {
    use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
    use std::sync::{Arc, Mutex};

    let t = sg12_cleared();
    // Stopped at the first look of the search: the greedy start, reported as stopped.
    let stop = Arc::new(AtomicBool::new(false));
    let told = Arc::new(AtomicU32::new(0));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let mut o = options(ArrangeScope::All, 1, 200_000);
    o.watch.stop = Some(stop.clone());
    o.watch.progress = Some({
        let (stop, told, seen) = (stop.clone(), told.clone(), seen.clone());
        Arc::new(move |p: &plenary::arrange::Progress| {
            told.fetch_add(1, Ordering::Relaxed);
            seen.lock().expect("not poisoned").push(p.clone());
            if p.phase == plenary::arrange::Phase::Search {
                stop.store(true, Ordering::Relaxed);
            }
        })
    });
    let stopped = arrange(&t, &o).expect("SG12 is feasible");
    assert!(stopped.report.stopped, "{:?}", stopped.report);
    assert!(told.load(Ordering::Relaxed) >= 1, "the watch was told");
    let first = seen.lock().expect("not poisoned")[0].clone();
    assert_eq!(first.in_scope, stopped.report.in_scope);
    assert_eq!(
        stopped.report.score, stopped.report.greedy_score,
        "stopped before any move: the greedy start is the best so far"
    );

    // Not stopped, the same seed and budget give the same bytes, watched or not.
    let plain = arrange(&t, &options(ArrangeScope::All, 1, 200_000)).expect("feasible");
    let mut watched = options(ArrangeScope::All, 1, 200_000);
    watched.watch.progress = Some(Arc::new(|_: &plenary::arrange::Progress| {}));
    let again = arrange(&t, &watched).expect("feasible");
    assert_eq!(plain.timetable, again.timetable);
    assert!(!again.report.stopped);

    // Applying the stopped result records exactly it: undo and redo replay those placements.
    let mut editor = Editor::new(t.clone());
    let applied = editor
        .apply_arranged(&t, &stopped.timetable)
        .expect("applies");
    let n = stopped.report.moved.len();
    assert_eq!(applied.label, format!("Arrange {n} sessions"));
    assert_eq!(editor.timetable(), &stopped.timetable);
    editor.undo();
    assert_eq!(editor.timetable(), &t);
    editor.redo();
    assert_eq!(editor.timetable(), &stopped.timetable);

    // A preview of a state the document has left is refused, changing nothing.
    let stale = editor
        .apply_arranged(&t, &plain.timetable)
        .expect_err("the document changed since");
    assert!(
        matches!(
            stale,
            EditError::Command {
                source: CommandError::StaleArrangement,
                ..
            }
        ),
        "{stale}"
    );
    assert_eq!(editor.timetable(), &stopped.timetable);
}

/// A clean arranged 1,000-session conference with one session moved onto another's place
/// and room (the repair benchmark's input), and the id of the one moved.
fn one_moved_onto_another() -> (Timetable, plenary::model::SessionId) {
    use plenary::generate::{Spec, conference};
    let mut t = conference(&Spec::scaled(1_000));
    for s in t.sessions.values_mut() {
        s.pinned = false;
        if let Some(pl) = s.placement.take() {
            s.minutes = Some(pl.minutes().max(5) as u32);
        }
    }
    let budget = Options::default_budget(t.sessions.len());
    let mut moved = arrange(&t, &options(ArrangeScope::All, 1, budget))
        .expect("feasible")
        .timetable;
    let placed: Vec<_> = moved
        .sessions
        .values()
        .filter(|s| s.placement.is_some())
        .map(|s| (s.id.clone(), s.placement, s.room.clone()))
        .collect();
    let (a, _, _) = placed[0].clone();
    let (_, pl, room) = placed[placed.len() / 2].clone();
    let len = moved.sessions[&a].placement.expect("placed").minutes();
    let start = pl.expect("placed").start;
    let s = &mut moved.sessions[&a];
    s.placement = Some(plenary::model::Placement {
        start,
        end: start.plus_minutes(len).expect("in range"),
    });
    s.room = room;
    (moved, a)
}

#[test]
fn a_repair_after_one_session_is_moved_onto_another_changes_at_most_three_others() {
    let (moved, a) = one_moved_onto_another();
    let repair = Options::new(
        ArrangeScope::All,
        ArrangeMode::Repair {
            from_revision: None,
        },
        1,
        20_000,
    );
    let started = Instant::now();
    let out = arrange(&moved, &repair).expect("feasible");
    let took = started.elapsed();
    let others = out.report.moved.iter().filter(|id| **id != a).count();
    eprintln!(
        "repair of 1,000 sessions: {others} others changed, {} hard and {} soft conflicts left, \
         {} moves, {took:?}",
        out.report.hard_conflicts, out.report.soft_conflicts, out.report.evaluated
    );
    assert_eq!(out.report.hard_conflicts, 0, "{:?}", out.report.left);
    assert!(others <= 3, "{others} other sessions changed");
}

/// Two working days, two rooms, a lunch; Working Party WP1 with Question Q1 under it.
pub(crate) fn wp_meeting(sessions: &str, weights: &str) -> Timetable {
    let text = format!(
        r#"{{
  "format": "plenary", "version": 7,
  "meeting": {{ "title": {{ "en": "T" }}, "venue": "Geneva", "timeZone": "Europe/Zurich",
    "languages": ["en"], "hours": {{ "start": "09:00", "end": "17:30" }} }},
  "days": [{{ "date": "2030-01-07", "kind": "working" }}, {{ "date": "2030-01-08", "kind": "working" }}],
  "breaks": [{{ "id": "lunch", "name": {{ "en": "Lunch" }}, "kind": "meal", "start": "12:30", "end": "14:00" }}],
  "rooms": [{{ "id": "a", "name": "A" }}, {{ "id": "b", "name": "B" }}],
  "bodies": [
    {{ "id": "wp1", "short": "WP1", "name": {{ "en": "WP1" }}, "kind": "workingParty" }},
    {{ "id": "q1", "short": "Q1", "name": {{ "en": "Q1" }}, "kind": "question", "parent": "wp1" }},
    {{ "id": "q2", "short": "Q2", "name": {{ "en": "Q2" }}, "kind": "question" }}
  ],
  "sessions": [{sessions}]{weights}
}}"#
    );
    plenary::document::load(&text).expect("the test document is valid")
}

#[test]
fn a_working_partys_questions_go_on_the_days_the_working_party_meets() {
    let t = wp_meeting(
        r#"{ "id": "wp", "title": { "en": "WP1" }, "kind": "question", "annex": "cell", "bodies": ["wp1"], "pinned": true,
             "placement": { "start": "2030-01-08T09:00", "end": "2030-01-08T10:30" }, "room": "a" },
           { "id": "qa", "title": { "en": "Q1 a" }, "kind": "question", "annex": "cell", "bodies": ["q1"], "minutes": 90 },
           { "id": "qb", "title": { "en": "Q1 b" }, "kind": "question", "annex": "cell", "bodies": ["q1"], "minutes": 90 }"#,
        "",
    );
    let out = arrange(&t, &options(ArrangeScope::All, 1, 5_000)).expect("feasible");
    for id in ["qa", "qb"] {
        let pl = out.timetable.sessions[&plenary::model::SessionId(id.into())]
            .placement
            .expect("placed");
        assert_eq!(
            pl.start.date().to_string(),
            "2030-01-08",
            "{id} on the Working Party's day: {:?}",
            out.report
        );
    }
}

#[test]
fn one_bodys_sessions_are_not_split_across_lunch() {
    // The first may only meet in the afternoon; the second could go anywhere that day, and
    // the earliest place would be the morning.
    let t = wp_meeting(
        r#"{ "id": "a1", "title": { "en": "Q2 a" }, "kind": "question", "annex": "cell", "bodies": ["q2"], "minutes": 90,
             "windows": [{ "date": "2030-01-07", "start": "14:00", "end": "17:30" }] },
           { "id": "a2", "title": { "en": "Q2 b" }, "kind": "question", "annex": "cell", "bodies": ["q2"], "minutes": 90,
             "windows": [{ "date": "2030-01-07", "start": "09:00", "end": "17:30" }] }"#,
        "",
    );
    let out = arrange(&t, &options(ArrangeScope::All, 1, 5_000)).expect("feasible");
    let side = |id: &str| {
        let pl = out.timetable.sessions[&plenary::model::SessionId(id.into())]
            .placement
            .expect("placed");
        let mid = pl.start.time().minutes() + pl.minutes() as u32 / 2;
        mid >= 13 * 60 + 15
    };
    assert_eq!(side("a1"), side("a2"), "both before lunch or both after");
}

#[test]
fn preference_weights_are_arrange_weight_keys_of_the_document_and_never_hard() {
    use plenary::model::{ArrangeWeight, ArrangeWeightKey, Preference};
    let t = wp_meeting(
        "",
        r#", "arrangeWeights": { "roomClash": 5, "workingPartyDays": 3 }"#,
    );
    assert_eq!(t.preference_weight(Preference::WorkingPartyDays), 3);
    assert_eq!(
        t.preference_weight(Preference::SplitAcrossLunch),
        6,
        "the default"
    );
    assert_eq!(
        t.arrange_weight_of(ConflictKind::RoomClash),
        ArrangeWeight::Soft(5)
    );
    let saved = plenary::document::save(&t);
    assert!(saved.contains(r#""workingPartyDays": 3"#), "{saved}");
    let mut editor = Editor::new(t);
    let refused = editor
        .apply(
            &Command::SetArrangeWeight {
                kind: ArrangeWeightKey::Preference(Preference::SplitAcrossLunch),
                weight: Some(ArrangeWeight::Hard),
            },
            DryRun::No,
        )
        .expect_err("a preference is never hard");
    assert!(refused.to_string().contains("soft weight"), "{refused}");
    let text = plenary::document::save(editor.timetable())
        .replace(r#""workingPartyDays": 3"#, r#""workingPartyDays": "hard""#);
    let bad = plenary::document::load(&text).expect_err("a hard preference is refused");
    assert!(
        bad.to_string().contains("arrangeWeights.workingPartyDays"),
        "{bad}"
    );
    editor
        .apply(
            &Command::SetArrangeWeight {
                kind: Preference::SplitAcrossLunch.into(),
                weight: Some(ArrangeWeight::Soft(0)),
            },
            DryRun::No,
        )
        .expect("a soft weight is taken");
    assert_eq!(
        editor
            .timetable()
            .preference_weight(Preference::SplitAcrossLunch),
        0
    );
}

/// One day of the SG12 example in repair mode: its sessions are clean, and the one hard
/// conflict of the example (the management meeting, on a day the meeting does not have) is
/// outside the scope.
fn sg12_one_day() -> (Timetable, Options) {
    let t = crate::sg12();
    let date = "2017-09-20".parse().expect("a date");
    let o = Options::new(
        ArrangeScope::Day { date },
        ArrangeMode::Repair {
            from_revision: None,
        },
        1,
        Options::default_budget(t.sessions.len()),
    );
    (t, o)
}

#[test]
fn a_hard_conflict_out_of_the_scopes_reach_ends_the_search_at_once_and_is_named() {
    let (t, o) = sg12_one_day();
    let hard_before = check(&t)
        .into_iter()
        .filter(|c| !c.acknowledged && t.arrange_weight_of(c.kind).is_hard())
        .count();
    assert_eq!(hard_before, 1, "the example has one hard conflict");
    let out = arrange(&t, &o).expect("arranges");
    let r = &out.report;
    assert!(r.in_scope > 10, "{r:?}");
    assert_eq!(r.hard_conflicts, 1, "{r:?}");
    assert_eq!(
        r.out_of_reach.len(),
        1,
        "the conflict is named as out of reach: {r:?}"
    );
    assert!(r.left.is_empty(), "no session in scope is left: {r:?}");
    // Counted in moves, not time: the budget is 50,000; a search that cannot lower the hard
    // cost ends once nothing else is left to gain (here at its first look).
    assert!(
        r.evaluated < 1_000,
        "{} moves evaluated of a budget of {}",
        r.evaluated,
        o.budget
    );
    assert!(!r.stopped);
    let again = arrange(&t, &o).expect("arranges");
    assert_eq!(
        plenary::document::save(&out.timetable),
        plenary::document::save(&again.timetable),
        "the same seed gives the same bytes"
    );
}

#[test]
fn an_arrangement_that_moves_nothing_applies_nothing() {
    let (t, o) = sg12_one_day();
    let out = arrange(&t, &o).expect("arranges");
    assert!(out.report.moved.is_empty(), "{:?}", out.report);
    let mut editor = Editor::new(t.clone());
    let applied = editor
        .apply_arranged(&t, &out.timetable)
        .expect("applies nothing");
    assert!(!applied.changed);
    assert!(!editor.history().can_undo, "no undo step");
    assert!(!editor.history().dirty, "not edited");

    // The command too.
    let command = Command::Arrange {
        scope: o.scope.clone(),
        mode: o.mode.clone(),
        seed: 1,
        budget: o.budget,
    };
    let applied = editor.apply(&command, DryRun::No).expect("applies nothing");
    assert!(!applied.changed);
    assert!(!editor.history().can_undo, "no undo step");
    assert!(!editor.history().dirty, "not edited");
    assert_eq!(editor.timetable(), &t);
}

#[test]
fn a_session_that_fits_nowhere_clean_ends_the_search_after_work_in_proportion_to_the_scope() {
    // Q1 may only meet on the first day, which its Working Party (pinned) fills: every place
    // of Q1 is a body clash. Q2 could go anywhere. The search gives up after a number of
    // fruitless moves that grows with the two sessions in scope, not after a flat 20,000.
    let t = wp_meeting(
        r#"{ "id": "wp", "title": { "en": "WP1" }, "kind": "question", "annex": "cell", "bodies": ["wp1"], "pinned": true,
             "placement": { "start": "2030-01-07T09:00", "end": "2030-01-07T17:30" }, "room": "a" },
           { "id": "qa", "title": { "en": "Q1 a" }, "kind": "question", "annex": "cell", "bodies": ["q1"], "minutes": 90,
             "windows": [{ "date": "2030-01-07", "start": "09:00", "end": "17:30" }] },
           { "id": "qb", "title": { "en": "Q2 b" }, "kind": "question", "annex": "cell", "bodies": ["q2"], "minutes": 90 }"#,
        "",
    );
    let o = options(ArrangeScope::All, 1, 50_000);
    let out = arrange(&t, &o).expect("answered");
    let r = &out.report;
    assert!(!r.stopped);
    assert!(
        r.evaluated < 5_000,
        "{} moves evaluated of a budget of {}: {r:?}",
        r.evaluated,
        o.budget
    );
    let qa = r
        .left
        .iter()
        .find(|l| l.session.0 == "qa")
        .expect("Q1 is named with its reason");
    assert!(!qa.reason.is_empty() && !qa.rules.is_empty(), "{qa:?}");
    assert!(
        out.timetable.sessions[&plenary::model::SessionId("qb".into())]
            .placement
            .is_some(),
        "the other is placed"
    );
    let again = arrange(&t, &o).expect("answered");
    assert_eq!(
        out.timetable, again.timetable,
        "the same seed, the same result"
    );
}
