//! Benchmarks of the core's performance targets, on generated conferences
//! (`plenary::generate`) of 1,000 to 20,000 sessions (20,000 sessions, 200 rooms, 2,000
//! persons, 300 bodies over 10 days at the top):
//! - `full_check`: a full conflict check, target under 20 ms at 20,000 sessions;
//! - `move_session`: apply of one move with its incremental re-check and the answer, target
//!   under 1 ms median;
//! - `load`: parsing and validating the document text, target under 200 ms;
//! - `first_move_after_open`: the first move of a freshly opened document, apply and answer
//!   included. The engine builds the indexes only updates need on its first update, so this
//!   is the first drag a user makes after opening a file, and it costs more than the later
//!   ones `move_session` measures. Each sample opens the document anew (not timed) and
//!   times that one move.
//!
//! Run: `cargo bench --bench engine` (or `make bench`).

// criterion_group! generates an undocumented function.
#![allow(missing_docs)]

use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use plenary::command::Command;
use plenary::editor::{DryRun, Editor};
use plenary::generate::{Spec, conference};
use plenary::model::SessionId;

const SIZES: [usize; 4] = [1_000, 5_000, 10_000, 20_000];

fn full_check(c: &mut Criterion) {
    let mut group = c.benchmark_group("full_check");
    for n in SIZES {
        let t = conference(&Spec::scaled(n));
        group.bench_with_input(BenchmarkId::from_parameter(n), &t, |b, t| {
            b.iter(|| plenary::conflict::check(std::hint::black_box(t)))
        });
    }
    group.finish();
}

fn move_session(c: &mut Criterion) {
    let mut group = c.benchmark_group("move_session");
    for n in SIZES {
        let t = conference(&Spec::scaled(n));
        // A session in the middle of the conference, moved by an hour and back again.
        let (id, start) = t
            .sessions
            .values()
            .nth(n / 2)
            .and_then(|s| Some((s.id.clone(), s.placement?.start)))
            .expect("the generator schedules every session");
        let later = start.plus_minutes(60).expect("in range");
        let mut editor = Editor::new(t);
        let mut flip = false;
        group.bench_function(BenchmarkId::from_parameter(n), |b| {
            b.iter(|| {
                flip = !flip;
                let to = if flip { later } else { start };
                let cmd = Command::MoveSession {
                    id: SessionId::clone(&id),
                    start: to,
                    room: None,
                };
                editor.apply(&cmd, DryRun::No).expect("move applies")
            })
        });
    }
    group.finish();
}

fn first_move_after_open(c: &mut Criterion) {
    let mut group = c.benchmark_group("first_move_after_open");
    group.sample_size(20);
    for n in SIZES {
        let t = conference(&Spec::scaled(n));
        let (id, start) = t
            .sessions
            .values()
            .nth(n / 2)
            .and_then(|s| Some((s.id.clone(), s.placement?.start)))
            .expect("the generator schedules every session");
        let cmd = Command::MoveSession {
            id,
            start: start.plus_minutes(60).expect("in range"),
            room: None,
        };
        group.bench_function(BenchmarkId::from_parameter(n), |b| {
            b.iter_batched(
                // Opening (the full check, no update index yet) is set-up, not timed.
                || Editor::new(t.clone()),
                |mut editor| {
                    let applied = editor.apply(&cmd, DryRun::No).expect("move applies");
                    // Dropped outside the timing: freeing a 20,000-session editor is not
                    // part of the drag.
                    (editor, applied)
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group.sample_size(20);
    for n in SIZES {
        let text = plenary::document::save(&conference(&Spec::scaled(n)));
        group.bench_with_input(BenchmarkId::from_parameter(n), &text, |b, text| {
            b.iter(|| plenary::document::load(std::hint::black_box(text)).expect("loads"))
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    full_check,
    move_session,
    first_move_after_open,
    load
);
criterion_main!(benches);
