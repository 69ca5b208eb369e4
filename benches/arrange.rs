//! Benchmarks of the arranger (`plenary::arrange`), each from scratch or repair with the
//! default budget (a count of evaluated moves, so every sample does the same work):
//! - `sg12_from_scratch`: the bundled SG12 example, every session unscheduled and unpinned
//!   except the plenaries (pinned); target under 1 s to zero unacknowledged errors;
//! - `fosdem_from_scratch`: FOSDEM 2020 (`../shared/data/fosdem-2020-schedule.xml`, 872
//!   events, 35 rooms, 2 days) with every placement cleared, lengths kept; target under
//!   10 s with zero room and person clashes (left out when the file is missing);
//! - `generated_5000`: a generated conference of 5,000 sessions, 100 rooms, 5 days, from
//!   scratch; target under 30 s;
//! - `repair_1000`: a clean arranged 1,000-session conference in which one session was
//!   moved onto another's place and room, repaired; target under 100 ms, changing at most 3
//!   other sessions.
//!
//! Each prints, once, the arrangement's report figures (placed, hard conflicts, score
//! against the greedy start) to stderr, so the figures of `docs/arrange.md` come from here.
//!
//! Run: `cargo bench --bench arrange -- --warm-up-time 1 --measurement-time 3`.

// criterion_group! generates an undocumented function.
#![allow(missing_docs)]

use criterion::{Criterion, criterion_group, criterion_main};
use plenary::arrange::{ArrangeMode, ArrangeScope, Options, Outcome, arrange};
use plenary::generate::{Spec, conference};
use plenary::model::{SessionKind, Timetable};

fn cleared(mut t: Timetable, pin_plenaries: bool) -> Timetable {
    for s in t.sessions.values_mut() {
        if pin_plenaries && s.kind == SessionKind::Plenary {
            s.pinned = true;
            continue;
        }
        s.pinned = false;
        if let Some(pl) = s.placement.take() {
            s.minutes = Some(pl.minutes().max(5) as u32);
        }
    }
    t
}

fn from_scratch(t: &Timetable) -> Options {
    Options::new(
        ArrangeScope::All,
        ArrangeMode::FromScratch,
        1,
        Options::default_budget(t.sessions.len()),
    )
}

fn run(t: &Timetable, options: &Options) -> Outcome {
    arrange(t, options).expect("the benchmark input is feasible")
}

fn say(name: &str, t: &Timetable, out: &Outcome) {
    let r = &out.report;
    let clashes = plenary::conflict::check(&out.timetable)
        .iter()
        .filter(|c| {
            matches!(
                c.kind,
                plenary::model::ConflictKind::RoomClash | plenary::model::ConflictKind::PersonClash
            )
        })
        .count();
    eprintln!(
        "{name}: {} sessions, placed {} of {} in scope, {} moved, hard conflicts {}, room and \
         person clashes {clashes}, soft conflicts {}, score {} (greedy start {}), {} moves evaluated",
        t.sessions.len(),
        r.placed,
        r.in_scope,
        r.moved.len(),
        r.hard_conflicts,
        r.soft_conflicts,
        r.score,
        r.greedy_score,
        r.evaluated
    );
}

fn bench_one(c: &mut Criterion, name: &str, t: &Timetable, options: &Options) {
    say(name, t, &run(t, options));
    let mut group = c.benchmark_group("arrange");
    group.sample_size(10);
    group.bench_function(name, |b| b.iter(|| run(std::hint::black_box(t), options)));
    group.finish();
}

fn sg12(c: &mut Criterion) {
    let t = plenary::document::load(include_str!("../examples/itu-t-sg12-2017.plenary.json"))
        .expect("the example loads");
    let t = cleared(t, true);
    bench_one(c, "sg12_from_scratch", &t, &from_scratch(&t));
}

fn fosdem(c: &mut Criterion) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/fosdem-2020-schedule.xml");
    let Ok(bytes) = std::fs::read(&path) else {
        eprintln!(
            "fosdem_from_scratch left out: {} is missing",
            path.display()
        );
        return;
    };
    let t = plenary::interop::import(
        plenary::interop::Format::FrabXml,
        &bytes,
        &plenary::interop::ImportOptions::default(),
    )
    .expect("FOSDEM imports")
    .timetable;
    let t = cleared(t, false);
    bench_one(c, "fosdem_from_scratch", &t, &from_scratch(&t));
}

fn generated(c: &mut Criterion) {
    let t = cleared(
        conference(&Spec {
            sessions: 5_000,
            rooms: 100,
            persons: 500,
            bodies: 75,
            days: 5,
            seed: 1,
        }),
        false,
    );
    bench_one(c, "generated_5000", &t, &from_scratch(&t));
}

fn repair(c: &mut Criterion) {
    let t = cleared(conference(&Spec::scaled(1_000)), false);
    let clean = run(&t, &from_scratch(&t)).timetable;
    // One session moved onto another's place and room.
    let mut moved = clean.clone();
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
    let options = Options::new(
        ArrangeScope::All,
        ArrangeMode::Repair {
            from_revision: None,
        },
        1,
        20_000,
    );
    let out = run(&moved, &options);
    let others = out.report.moved.iter().filter(|id| **id != a).count();
    eprintln!("repair_1000: sessions changed besides the one moved: {others}");
    bench_one(c, "repair_1000", &moved, &options);
}

criterion_group!(benches, sg12, fosdem, generated, repair);
criterion_main!(benches);
