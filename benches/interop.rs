//! Benchmark of the importers on a real file: FOSDEM 2020's `schedule.xml` (2 MB, 872
//! events, from `../shared/data`), target under 100 ms per import; plus the import followed
//! by a full conflict check, for the CLI's end-to-end target (under 300 ms with reading the
//! file and starting the process); and the full check of the imported timetable alone
//! (`check_fosdem_2020`, target under 100 us).
//!
//! Run: `cargo bench --bench interop`. Skips with a message when `../shared/data` is absent.

// criterion_group! generates an undocumented function.
#![allow(missing_docs)]

use criterion::{Criterion, criterion_group, criterion_main};
use plenary::interop::{Format, ImportOptions, import};

const FOSDEM: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/fosdem-2020-schedule.xml"
);

fn fosdem(c: &mut Criterion) {
    let Ok(bytes) = std::fs::read(FOSDEM) else {
        eprintln!("skipping the interop benchmark: {FOSDEM} is absent");
        return;
    };
    let options = ImportOptions::default();
    c.bench_function("import_fosdem_2020_xml", |b| {
        b.iter(|| import(Format::FrabXml, std::hint::black_box(&bytes), &options))
    });
    c.bench_function("import_and_check_fosdem_2020_xml", |b| {
        b.iter(|| {
            let imported = import(Format::FrabXml, std::hint::black_box(&bytes), &options);
            imported.map(|i| plenary::conflict::check(&i.timetable).len())
        })
    });
    let imported = import(Format::FrabXml, &bytes, &options).expect("FOSDEM imports");
    c.bench_function("check_fosdem_2020", |b| {
        b.iter(|| plenary::conflict::check(std::hint::black_box(&imported.timetable)).len())
    });
}

criterion_group!(benches, fosdem);
criterion_main!(benches);
