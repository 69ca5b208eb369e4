//! Hours of use, through the app's IPC: random moves, resizes, unschedulings, duplicates
//! and deletions, undos and redos on a 1,000-session conference.
//!
//! - Every answer, folded as the UI folds it (conflicts removed by key, then added or
//!   replaced), equals a full check of the document, checked every 50 steps.
//! - A refused command changes nothing (checked on every tenth refusal).
//! - Every 1,000 steps, undoing the round's steps restores the round's first bytes and
//!   redoing them its last.
//! - Memory (resident, sampled every round) grows no more than the history's own bound.
//!
//! `make test` runs 2,000 steps; `make soak` runs `PLENARY_SOAK_STEPS=100000` in release
//! (figures in docs/robustness.md).

use std::collections::BTreeMap;

use plenary::generate::{Spec, SplitMix64, conference};
use serde_json::{Value, json};

use super::*;

const ROUND: usize = 1_000;

/// A full check of the open document, keyed as the UI keeps it.
fn full_check(app: &tauri::App<MockRuntime>) -> BTreeMap<String, Value> {
    let first = app.state::<AppState>().window("main");
    let document = first.document.lock();
    plenary::conflict::check(document.editor.timetable())
        .into_iter()
        .map(|c| {
            let c = serde_json::to_value(&c).unwrap();
            (c["key"].as_str().unwrap().to_owned(), c)
        })
        .collect()
}

/// Resident memory of this process, in bytes (Linux; 0 elsewhere).
fn resident() -> u64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<u64>().ok())
        .map_or(0, |pages| pages * 4096)
}

/// A random command on one of `ids`, on one of `dates`.
fn random_command(rng: &mut SplitMix64, ids: &[String], dates: &[String]) -> Value {
    let id = &ids[rng.below(ids.len())];
    let date = &dates[rng.below(dates.len())];
    let minutes = 8 * 60 + 15 * rng.below(40);
    let at = |m: usize| format!("{date}T{:02}:{:02}", m / 60, m % 60);
    match rng.below(10) {
        0..=4 => json!({ "type": "moveSession", "id": id, "start": at(minutes) }),
        5 | 6 => json!({
            "type": "resizeSession", "id": id,
            "start": at(minutes), "end": at(minutes + 30 + 15 * rng.below(8)),
        }),
        7 => json!({ "type": "unscheduleSession", "id": id }),
        8 => json!({
            "type": "scheduleSession", "id": id,
            "placement": { "start": at(minutes), "end": at(minutes + 90) },
        }),
        // As many deletions as duplicates: the conference keeps its size over hours.
        _ if rng.below(2) == 0 => json!({ "type": "duplicateSession", "id": id }),
        _ => json!({ "type": "deleteSession", "id": id }),
    }
}

/// Folds an answer's conflict change into `known`, as the UI's state does.
fn fold(known: &mut BTreeMap<String, Value>, answer: &Value) {
    for key in answer["conflicts"]["removed"].as_array().unwrap() {
        known.remove(key.as_str().unwrap());
    }
    for conflict in answer["conflicts"]["added"].as_array().unwrap() {
        known.insert(
            conflict["key"].as_str().unwrap().to_owned(),
            conflict.clone(),
        );
    }
}

#[test]
fn soak_random_commands_undos_and_redos_stay_consistent_and_bounded() {
    let steps: usize = std::env::var("PLENARY_SOAK_STEPS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2_000);
    let timetable = conference(&Spec {
        sessions: 1_000,
        rooms: 40,
        persons: 100,
        bodies: 30,
        days: 10,
        seed: 7,
    });
    let dates: Vec<String> = timetable.days.iter().map(|d| d.date.to_string()).collect();
    let (app, window) = app_showing(timetable);
    let mut known = full_check(&app);
    let mut rng = SplitMix64::new(0x50a4);
    let (mut applied, mut refused, mut undone, mut redone) = (0, 0, 0, 0);
    let mut memory = Vec::new();
    let mut round_start = saved_text(&app);
    // Steps of this round still on the undo stack (never undone past the round's start,
    // so that undoing them restores `round_start`), and the ones undone, to redo.
    let (mut depth, mut redoable) = (0usize, 0usize);

    for step in 1..=steps {
        let ids: Vec<String> = app
            .state::<AppState>()
            .window("main")
            .document
            .lock()
            .editor
            .timetable()
            .sessions
            .keys()
            .map(|id| id.to_string())
            .collect();
        let answer = match rng.below(10) {
            0 | 1 if depth > 0 => {
                depth -= 1;
                redoable += 1;
                undone += 1;
                Some(invoke(&window, "undo", json!({})).expect("undo"))
            }
            2 if redoable > 0 => {
                depth += 1;
                redoable -= 1;
                redone += 1;
                Some(invoke(&window, "redo", json!({})).expect("redo"))
            }
            _ => {
                let command = random_command(&mut rng, &ids, &dates);
                let check_refusal = refused % 10 == 0;
                let before = check_refusal.then(|| saved_text(&app));
                match invoke(
                    &window,
                    "apply",
                    json!({ "command": command, "dryRun": "no" }),
                ) {
                    Ok(answer) => {
                        applied += 1;
                        depth += 1;
                        redoable = 0;
                        Some(answer)
                    }
                    Err(error) => {
                        assert_eq!(error["code"], "commandRefused", "{command}: {error}");
                        if let Some(before) = before {
                            assert_eq!(
                                saved_text(&app),
                                before,
                                "a refused {command} changed nothing"
                            );
                        }
                        refused += 1;
                        None
                    }
                }
            }
        };
        if let Some(answer) = answer {
            fold(&mut known, &answer);
        }
        if step % 50 == 0 {
            assert!(
                known == full_check(&app),
                "step {step}: the folded conflicts differ from a full check"
            );
        }
        if step % ROUND == 0 {
            let round_end = saved_text(&app);
            for _ in 0..depth {
                fold(&mut known, &invoke(&window, "undo", json!({})).unwrap());
            }
            assert!(
                saved_text(&app) == round_start,
                "step {step}: undoing the round restores its start"
            );
            for _ in 0..depth {
                fold(&mut known, &invoke(&window, "redo", json!({})).unwrap());
            }
            assert!(
                saved_text(&app) == round_end,
                "step {step}: redoing it restores its end"
            );
            assert!(known == full_check(&app));
            round_start = round_end;
            (depth, redoable) = (0, 0);
            memory.push(resident());
        }
    }
    eprintln!(
        "{steps} steps: {applied} applied, {refused} refused, {undone} undone, {redone} redone; \
         resident memory per {ROUND} steps (MiB): {:?}",
        memory.iter().map(|m| m / (1 << 20)).collect::<Vec<_>>()
    );
    if let (Some(first), Some(last)) = (memory.first(), memory.last()) {
        // The history holds at most 64 MiB of edits (plenary::history); beyond it and some
        // slack for the allocator, growth would be a leak.
        let bound = (64 + 64) << 20;
        assert!(
            last.saturating_sub(*first) < bound,
            "resident memory grew from {} to {} MiB",
            first >> 20,
            last >> 20
        );
    }
}
