//! Benchmarks of where one session can go, on a generated conference of 1,000 sessions in
//! 40 rooms over 10 days (`plenary::generate`), at 15-minute steps from 08:00 to 19:00 (44
//! starts, 41 rooms with "no room": about 18,000 places):
//! - `feasibility`: the map of every place the grid colours while a session is dragged,
//!   target under 8 ms so that it fits one frame;
//! - `suggest`: the five best places, target under 8 ms.
//!
//! Each is also measured at 5,000 sessions (200 rooms) to show how it grows.
//!
//! Run: `cargo bench --bench places` (or `make bench`).

// criterion_group! generates an undocumented function.
#![allow(missing_docs)]

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use plenary::generate::{Spec, conference};
use plenary::places::{FeasibilityRequest, feasibility, suggest};

fn spec(sessions: usize) -> Spec {
    Spec {
        sessions,
        rooms: sessions / 25,
        persons: sessions / 10,
        bodies: sessions / 60,
        days: 10,
        seed: 1,
    }
}

fn places(c: &mut Criterion) {
    let mut group = c.benchmark_group("places");
    for n in [1_000, 5_000] {
        let t = conference(&spec(n));
        let id = t.sessions.keys().nth(n / 2).cloned().expect("a session");
        let request = FeasibilityRequest {
            session: id.clone(),
            minutes: None,
            from: 8 * 60,
            to: 19 * 60,
            step: 15,
        };
        group.bench_with_input(BenchmarkId::new("feasibility", n), &t, |b, t| {
            b.iter(|| feasibility(std::hint::black_box(t), &request).expect("a session"))
        });
        group.bench_with_input(BenchmarkId::new("suggest", n), &t, |b, t| {
            b.iter(|| suggest(std::hint::black_box(t), &id, 5, None).expect("a session"))
        });
    }
    group.finish();
}

criterion_group!(benches, places);
criterion_main!(benches);
