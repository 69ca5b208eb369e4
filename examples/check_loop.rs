//! The in-process full check of one document, repeated: for counting the instructions of
//! one check apart from loading the file (callgrind counts the load once and the checks
//! `N` times).
//!
//! ```text
//! cargo build --release --example check_loop
//! valgrind --tool=callgrind --callgrind-out-file=/tmp/cg \
//!     target/release/examples/check_loop ../shared/data/fosdem-2020-schedule.xml 100
//! callgrind_annotate --inclusive=yes /tmp/cg | grep conflict::check
//! ```
//!
//! A `.xml` file is imported as frab XML, anything else loaded as a document. Prints the
//! number of conflicts and the median time of a check.

use std::time::Instant;

use plenary::interop::{Format, ImportOptions, import};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: check_loop FILE [N]");
    let n: usize = args
        .next()
        .map_or(100, |n| n.parse().expect("N is a number"));
    let bytes = std::fs::read(&path).expect("the file reads");
    let timetable = if path.ends_with(".xml") {
        import(Format::FrabXml, &bytes, &ImportOptions::default())
            .expect("the XML imports")
            .timetable
    } else {
        plenary::document::load_bytes(&bytes).expect("the document loads")
    };
    let mut times = Vec::with_capacity(n);
    let mut found = 0;
    for _ in 0..n {
        let start = Instant::now();
        found = plenary::conflict::check(std::hint::black_box(&timetable)).len();
        times.push(start.elapsed());
    }
    times.sort_unstable();
    println!(
        "{} sessions, {found} conflicts, median {:?} a check over {n}",
        timetable.sessions.len(),
        times[n / 2]
    );
}
