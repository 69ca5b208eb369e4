//! The UI's copy of the document, checked against the core over long random edit sequences.
//!
//! The UI never asks for the document again after opening it: it folds every answer
//! (`Applied`) into the `Snapshot` it started from (`ui/src/lib/state.ts`). [`ClientState`]
//! and [`fold`] are that fold, line for line, in Rust. The property drives random sequences
//! of every kind of command (`crate::strategies`: structural edits, moves of several
//! sessions, severities, acknowledgements and their removal ...), with dry runs, undo and
//! redo, folds each answer, and after every step compares the folded state with a fresh
//! snapshot: the sessions, the conflicts, the summary counts, the undo and redo labels, and
//! every other collection of the timetable in the core's order.
//!
//! What the fold may differ in, and why that is not compared: the order of the sessions (the
//! UI appends a session it did not have, the core puts an undone deletion back at its index;
//! the UI orders sessions by time and title, never by that order) and the order of the
//! conflicts (the UI appends new ones after the core's sorted list; it groups them itself).
//!
//! The twin is kept equal to state.ts by a shared trace: [`trace_fixture_is_current`] records
//! a snapshot, a sequence of answers and the state expected after each in
//! `ui/src/lib/fold-trace.json`, and `ui/src/lib/state.trace.test.ts` runs state.ts's fold
//! on it and expects the same states.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Display;
use std::hash::Hash;
use std::sync::atomic::{AtomicUsize, Ordering};

use indexmap::IndexMap;
use plenary::conflict::{Conflict, ConflictSummary};
use plenary::editor::{DryRun, Editor, HistoryState};
use plenary::view::View;
use plenary::wire::{Applied, Changes, Snapshot, Timetable, TimetableChange};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};
use serde::Serialize;

use crate::strategies::{self, Step};

/// What the UI holds of the open document (state.ts `DocumentState`).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
struct ClientState {
    timetable: Timetable,
    view: View,
    conflicts: Vec<Conflict>,
    summary: ConflictSummary,
    history: HistoryState,
}

/// state.ts `fromSnapshot`.
fn from_snapshot(snapshot: Snapshot) -> ClientState {
    ClientState {
        timetable: snapshot.timetable,
        view: snapshot.view,
        conflicts: snapshot.conflicts,
        summary: snapshot.summary,
        history: snapshot.history,
    }
}

/// state.ts `foldList`: drop the removed, replace the changed in place, insert the added at
/// their indexes (as `Array.prototype.splice`, which clamps an index past the end).
fn fold_list<T: Clone>(items: Vec<T>, change: &Changes<T>, key: impl Fn(&T) -> String) -> Vec<T> {
    let gone: HashSet<&str> = change.removed.iter().map(String::as_str).collect();
    let changed: HashMap<String, &T> = change.changed.iter().map(|t| (key(t), t)).collect();
    let mut out: Vec<T> = items
        .into_iter()
        .filter(|t| !gone.contains(key(t).as_str()))
        .map(|t| changed.get(&key(&t)).map_or(t, |&c| c.clone()))
        .collect();
    for added in &change.added {
        let index = usize::try_from(added.index).map_or(out.len(), |i| i.min(out.len()));
        out.insert(index, added.item.clone());
    }
    out
}

/// state.ts `foldKeyed`: [`fold_list`] over a collection keyed by id, in its order.
fn fold_keyed<K, T>(
    items: &IndexMap<K, T>,
    change: &Changes<T>,
    key: impl Fn(&T) -> K,
) -> IndexMap<K, T>
where
    K: Clone + Hash + Eq + Display,
    T: Clone,
{
    fold_list(items.values().cloned().collect(), change, |t| {
        key(t).to_string()
    })
    .into_iter()
    .map(|t| (key(&t), t))
    .collect()
}

/// state.ts `applyChange`.
fn apply_change(timetable: &Timetable, change: &TimetableChange) -> Timetable {
    let mut next = timetable.clone();
    if let Some(meeting) = &change.meeting {
        next.meeting = meeting.clone();
    }
    if let Some(days) = &change.days {
        next.days = fold_list(timetable.days.clone(), days, |d| d.date.to_string());
    }
    if let Some(c) = &change.slots {
        next.slots = fold_keyed(&timetable.slots, c, |x| x.id.clone());
    }
    if let Some(c) = &change.breaks {
        next.breaks = fold_keyed(&timetable.breaks, c, |x| x.id.clone());
    }
    if let Some(c) = &change.rooms {
        next.rooms = fold_keyed(&timetable.rooms, c, |x| x.id.clone());
    }
    if let Some(c) = &change.bodies {
        next.bodies = fold_keyed(&timetable.bodies, c, |x| x.id.clone());
    }
    if let Some(c) = &change.persons {
        next.persons = fold_keyed(&timetable.persons, c, |x| x.id.clone());
    }
    if let Some(c) = &change.constraints {
        next.constraints = fold_keyed(&timetable.constraints, c, |x| x.id.clone());
    }
    if let Some(c) = &change.acknowledgements {
        let acks = fold_list(
            timetable.acknowledgements.values().cloned().collect(),
            c,
            |a| a.key.clone(),
        );
        next.acknowledgements = acks.into_iter().map(|a| (a.key.clone(), a)).collect();
    }
    if let Some(severities) = &change.severities {
        next.severities = severities.clone();
    }
    if let Some(revisions) = &change.revisions {
        next.revisions = revisions.clone();
    }
    if let Some(notes) = &change.annex_notes {
        next.annex_notes = notes.clone();
    }
    next
}

/// state.ts `applyApplied`.
fn fold(state: &ClientState, applied: &Applied) -> ClientState {
    if applied.dry_run {
        return state.clone();
    }
    let mut timetable = match &applied.changes {
        Some(change) => apply_change(&state.timetable, change),
        None => state.timetable.clone(),
    };
    for s in &applied.sessions {
        // A JavaScript object keeps a key's place when it is assigned again, and puts a new
        // key last: IndexMap::insert does the same.
        timetable.sessions.insert(s.id.clone(), s.clone());
    }
    for id in &applied.removed_sessions {
        timetable.sessions.shift_remove(id);
    }
    let gone: HashSet<&str> = applied
        .conflicts
        .removed
        .iter()
        .map(String::as_str)
        .collect();
    let mut conflicts: Vec<Conflict> = state
        .conflicts
        .iter()
        .filter(|c| !gone.contains(c.key.as_str()))
        .cloned()
        .collect();
    let mut index: HashMap<String, usize> = conflicts
        .iter()
        .enumerate()
        .map(|(i, c)| (c.key.clone(), i))
        .collect();
    for c in &applied.conflicts.added {
        match index.get(&c.key) {
            Some(&i) => conflicts[i] = c.clone(),
            None => {
                index.insert(c.key.clone(), conflicts.len());
                conflicts.push(c.clone());
            }
        }
    }
    ClientState {
        timetable,
        // The core's view of the timetable comes with every structural answer.
        view: applied.view.clone().unwrap_or_else(|| state.view.clone()),
        conflicts,
        summary: applied.summary,
        history: applied.history.clone(),
    }
}

/// The ids of a collection in order: `IndexMap`'s equality ignores order, the UI does not.
fn order<K: Display, V>(items: &IndexMap<K, V>) -> Vec<String> {
    items.keys().map(ToString::to_string).collect()
}

/// Conflicts by key: the UI keeps the core's order and appends new ones.
fn by_key(conflicts: &[Conflict]) -> BTreeMap<&str, &Conflict> {
    conflicts.iter().map(|c| (c.key.as_str(), c)).collect()
}

/// Whether the folded state is what a fresh snapshot says (see the module docs for what is
/// compared and what may differ).
fn check(folded: &ClientState, snapshot: &Snapshot, after: &str) -> Result<(), TestCaseError> {
    let (f, s) = (&folded.timetable, &snapshot.timetable);
    prop_assert_eq!(&f.sessions, &s.sessions, "sessions after {}", after);
    prop_assert_eq!(
        by_key(&folded.conflicts),
        by_key(&snapshot.conflicts),
        "conflicts after {}",
        after
    );
    prop_assert_eq!(folded.summary, snapshot.summary, "summary after {}", after);
    prop_assert_eq!(
        &folded.history,
        &snapshot.history,
        "history after {}",
        after
    );
    prop_assert_eq!(&folded.view, &snapshot.view, "view after {}", after);
    prop_assert_eq!(&f.meeting, &s.meeting, "meeting after {}", after);
    prop_assert_eq!(&f.days, &s.days, "days after {}", after);
    for (name, a, b) in [
        ("slots", order(&f.slots), order(&s.slots)),
        ("breaks", order(&f.breaks), order(&s.breaks)),
        ("rooms", order(&f.rooms), order(&s.rooms)),
        ("bodies", order(&f.bodies), order(&s.bodies)),
        ("persons", order(&f.persons), order(&s.persons)),
        ("constraints", order(&f.constraints), order(&s.constraints)),
    ] {
        prop_assert_eq!(a, b, "order of {} after {}", name, after);
    }
    prop_assert_eq!(&f.slots, &s.slots, "slots after {}", after);
    prop_assert_eq!(&f.breaks, &s.breaks, "breaks after {}", after);
    prop_assert_eq!(&f.rooms, &s.rooms, "rooms after {}", after);
    prop_assert_eq!(&f.bodies, &s.bodies, "bodies after {}", after);
    prop_assert_eq!(&f.persons, &s.persons, "persons after {}", after);
    prop_assert_eq!(
        &f.constraints,
        &s.constraints,
        "constraints after {}",
        after
    );
    prop_assert_eq!(
        &f.acknowledgements,
        &s.acknowledgements,
        "acknowledgements after {}",
        after
    );
    prop_assert_eq!(&f.severities, &s.severities, "severities after {}", after);
    prop_assert_eq!(&f.revisions, &s.revisions, "revisions after {}", after);
    prop_assert_eq!(
        &f.annex_notes,
        &s.annex_notes,
        "annex notes after {}",
        after
    );
    Ok(())
}

/// One step against the editor: its answer (none for a refused command) and what it was.
fn run(editor: &mut Editor, step: &Step) -> (Option<Applied>, String) {
    match step {
        Step::Apply(g) | Step::DryRun(g) => {
            let command = g.command(editor.timetable());
            let dry_run = if matches!(step, Step::Apply(_)) {
                DryRun::No
            } else {
                DryRun::Yes
            };
            let what = format!("{dry_run:?} {command:?}");
            (editor.apply(&command, dry_run).ok(), what)
        }
        Step::Undo => (Some(editor.undo()), "undo".into()),
        Step::Redo => (Some(editor.redo()), "redo".into()),
    }
}

/// The cases `make test` runs; `PROPTEST_CASES` asks for more (`make soak`).
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(256)
}

#[test]
fn folding_every_answer_gives_what_a_fresh_snapshot_says() {
    let mut runner = TestRunner::new(Config {
        cases: cases(),
        ..Config::default()
    });
    let (applies, accepted) = (AtomicUsize::new(0), AtomicUsize::new(0));
    let strategy = (strategies::timetable(), strategies::steps(1..=40));
    let result = runner.run(&strategy, |(timetable, steps)| {
        let mut editor = Editor::new(timetable);
        let mut state = from_snapshot(editor.snapshot());
        for step in &steps {
            let (answer, what) = run(&mut editor, step);
            if matches!(step, Step::Apply(_)) {
                applies.fetch_add(1, Ordering::Relaxed);
                accepted.fetch_add(usize::from(answer.is_some()), Ordering::Relaxed);
            }
            if let Some(applied) = &answer {
                state = fold(&state, applied);
            }
            check(&state, &editor.snapshot(), &what)?;
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    // Refusals change nothing, so a command that is always refused would pass the
    // comparison: most applies must be accepted for the property to prove anything.
    let (applies, accepted) = (applies.into_inner(), accepted.into_inner());
    assert!(
        accepted * 2 >= applies,
        "only {accepted} of {applies} commands were accepted"
    );
}

/// Found by the property: a set-up replaces the every-day breaks of the template (removed and
/// added again) and keeps a break of one day the user added, so the template's come back
/// after it; a client that replaced them in place kept them before it.
#[test]
fn a_second_set_up_puts_the_templates_breaks_after_a_break_of_one_day() {
    use plenary::Command;
    use plenary::model::{Break, BreakId, BreakKind, Lang};
    use plenary::template::{HoursTemplate, MeetingSetup};
    use plenary::time::TimeOfDay;

    let mut editor = Editor::new(plenary::template::blank());
    let mut state = from_snapshot(editor.snapshot());
    let date = chrono::NaiveDate::from_ymd_opt(2027, 3, 1).expect("a date");
    let set_up = Command::SetUpMeeting {
        setup: MeetingSetup {
            title: [(Lang::En, "Set up".to_owned())].into_iter().collect(),
            venue: String::new(),
            place: "Geneva".into(),
            first_day: date,
            last_day: date,
            days_off: vec![],
            template: HoursTemplate::ItuT,
            languages: vec![Lang::En],
        },
    };
    let add_break = Command::AddBreak {
        r#break: Break {
            id: BreakId::from("nb-1"),
            name: [(Lang::En, "Break".to_owned())].into_iter().collect(),
            kind: BreakKind::Other,
            start: TimeOfDay::from_minutes(8 * 60).expect("a time"),
            end: TimeOfDay::from_minutes(8 * 60 + 15).expect("a time"),
            day: Some(date),
        },
    };
    for command in [&set_up, &add_break, &set_up] {
        let applied = editor.apply(command, DryRun::No).expect("accepted");
        state = fold(&state, &applied);
        if let Err(e) = check(&state, &editor.snapshot(), &format!("{command:?}")) {
            panic!("{e}");
        }
    }
    let breaks: Vec<_> = state
        .timetable
        .breaks
        .keys()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        breaks.first().map(String::as_str),
        Some("nb-1"),
        "{breaks:?}"
    );
}

/// One recorded step of the shared trace: the answer and the state after folding it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct TraceStep {
    what: String,
    applied: Applied,
    expected: ClientState,
}

/// The shared trace, from a fixed seed: a snapshot, every answer of a random editing session
/// and the state the fold must reach after each (equal to a fresh snapshot by the property).
fn trace() -> String {
    let mut runner = TestRunner::deterministic();
    let timetable = strategies::timetable()
        .new_tree(&mut runner)
        .expect("a timetable is drawn")
        .current();
    let steps = strategies::steps(50..=50)
        .new_tree(&mut runner)
        .expect("steps are drawn")
        .current();
    let mut editor = Editor::new(timetable);
    let snapshot = editor.snapshot();
    let mut state = from_snapshot(snapshot.clone());
    let mut recorded = Vec::new();
    for step in &steps {
        let (answer, what) = run(&mut editor, step);
        let Some(applied) = answer else { continue };
        state = fold(&state, &applied);
        check(&state, &editor.snapshot(), &what).expect("the fold gives the snapshot");
        recorded.push(TraceStep {
            what,
            applied,
            expected: state.clone(),
        });
    }
    let trace = serde_json::json!({ "snapshot": snapshot, "steps": recorded });
    serde_json::to_string(&trace).expect("traces serialize") + "\n"
}

const TRACE: &str = "ui/src/lib/fold-trace.json";

/// The committed trace is what the twin gives today; `UPDATE_FOLD_TRACE=1` rewrites it.
#[test]
fn trace_fixture_is_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(TRACE);
    let now = trace();
    if std::env::var_os("UPDATE_FOLD_TRACE").is_some() {
        std::fs::write(&path, &now).expect("the trace is written");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == now,
        "{TRACE} is out of date with the core's answers or the Rust fold: \
         run `UPDATE_FOLD_TRACE=1 cargo test --test core trace_fixture_is_current` and commit it"
    );
}

#[test]
fn the_trace_covers_structural_changes_of_several_collections() {
    let trace: serde_json::Value = serde_json::from_str(&trace()).expect("the trace is JSON");
    let steps = trace["steps"].as_array().expect("steps");
    let touched: std::collections::BTreeSet<&str> = steps
        .iter()
        .filter_map(|s| s["applied"]["changes"].as_object())
        .flat_map(|c| c.keys().map(String::as_str))
        .collect();
    assert!(
        steps.len() >= 25 && touched.len() >= 4,
        "a trace that folds a few session moves would not check the structural fold: \
         {} steps, collections changed: {touched:?}",
        steps.len()
    );
}
