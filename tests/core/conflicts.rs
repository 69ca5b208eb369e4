//! The conflict engine on whole timetables (filled in with the engine).

#[test]
#[ignore = "timing, run in release: cargo test --release --test core -- --ignored --nocapture"]
fn large_conference_timing() {
    use plenary::conflict::{Engine, Scope};
    use plenary::generate::{Spec, conference};
    use std::time::Instant;
    let mut t = conference(&Spec::large());
    let t0 = Instant::now();
    let e = Engine::new(&t);
    let t1 = Instant::now();
    let cs = e.conflicts(&t);
    let t2 = Instant::now();
    let mut by_kind = std::collections::BTreeMap::new();
    for c in &cs {
        *by_kind.entry(c.kind).or_insert(0) += 1;
    }
    println!(
        "new {:?} conflicts() {:?}: {} conflicts {:?}",
        t1 - t0,
        t2 - t1,
        cs.len(),
        by_kind
    );
    let mut e = e;
    let ids: Vec<_> = t.sessions.keys().cloned().collect();
    let mut times = Vec::new();
    for k in 0..200 {
        let id = &ids[(k * 97) % ids.len()];
        let s = t.sessions.get_mut(id).unwrap();
        let pl = s.placement.as_mut().unwrap();
        pl.start = pl.start.plus_minutes(60).unwrap();
        pl.end = pl.end.plus_minutes(60).unwrap();
        let a = Instant::now();
        e.update(&t, &Scope::Sessions([id.clone()].into()));
        times.push(a.elapsed());
    }
    times.sort();
    println!("update median {:?} max {:?}", times[100], times[199]);
}

/// Time this thread has run on a CPU, in nanoseconds (Linux), so timings ignore other load.
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

#[test]
#[ignore = "timing, run in release"]
fn large_conference_check_timing() {
    use plenary::generate::{Spec, conference};
    let t = conference(&Spec::large());
    let n = 10;
    let (mut check, mut new, mut read) = (0, 0, 0);
    for _ in 0..n {
        let a = cpu_ns();
        let cs = plenary::conflict::check(&t);
        let b = cpu_ns();
        let e = plenary::conflict::Engine::new(&t);
        let c = cpu_ns();
        let cs2 = e.conflicts(&t);
        let d = cpu_ns();
        assert_eq!(cs, cs2);
        check += b - a;
        new += c - b;
        read += d - c;
    }
    println!(
        "cpu ms: check {:.2} new {:.2} conflicts {:.2}",
        check as f64 / n as f64 / 1e6,
        new as f64 / n as f64 / 1e6,
        read as f64 / n as f64 / 1e6
    );
}
