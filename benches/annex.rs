//! Benchmarks of the annex export on the SG12 example (targets from issue 5):
//! - `annex_docx` and `annex_html`: build the annex and render it, well under 50 ms;
//! - `annex_pdf` (with the `pdf` feature): under 1 s, fonts already loaded.
//!
//! Run: `cargo bench --bench annex`.

// criterion_group! generates an undocumented function.
#![allow(missing_docs)]

use criterion::{Criterion, criterion_group, criterion_main};
use plenary::annex::{self, Layout, Options, docx, html, text};
use plenary::model::{Lang, Timetable};

fn sg12() -> Timetable {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/itu-t-sg12-2017.plenary.json"
    ))
    .expect("the example is in the repository");
    plenary::document::load(&text).expect("the example loads")
}

fn renderers(c: &mut Criterion) {
    let t = sg12();
    let options = Options::new(Layout::Days, Lang::Zh);
    c.bench_function("annex_build", |b| {
        b.iter(|| annex::build(std::hint::black_box(&t), &options))
    });
    c.bench_function("annex_docx", |b| {
        b.iter(|| {
            let a = annex::build(std::hint::black_box(&t), &options);
            docx::to_docx(&a, docx::Orientation::Portrait).expect("docx")
        })
    });
    c.bench_function("annex_html", |b| {
        b.iter(|| html::to_html(&annex::build(std::hint::black_box(&t), &options)))
    });
    c.bench_function("annex_text", |b| {
        b.iter(|| text::to_text(&annex::build(std::hint::black_box(&t), &options)))
    });
}

#[cfg(feature = "pdf")]
fn pdf(c: &mut Criterion) {
    use plenary::annex::{Orientation, pdf};
    let t = sg12();
    let options = Options::new(Layout::Days, Lang::Zh);
    let fonts = pdf::Fonts::load(&[std::path::PathBuf::from("/usr/share/fonts")]);
    let mut group = c.benchmark_group("pdf");
    group.sample_size(10);
    group.bench_function("annex_pdf", |b| {
        b.iter(|| {
            let a = annex::build(std::hint::black_box(&t), &options);
            pdf::to_pdf(&a, Orientation::Portrait, &fonts).expect("pdf")
        })
    });
    group.finish();
}

#[cfg(not(feature = "pdf"))]
fn pdf(_c: &mut Criterion) {}

criterion_group!(benches, renderers, pdf);
criterion_main!(benches);
