//! Benchmarks of the annex export on the SG12 example (targets from issue 5):
//! - `annex_docx` and `annex_html`: build the annex and render it, well under 50 ms;
//! - `annex_pdf` (with the `pdf` feature): under 1 s, fonts already loaded;
//! - `large_docx`, `large_html`, `large_pdf`: the same for a 20-working-day meeting of 60
//!   bodies (`plenary::generate::study_group`) in the bodies layout, the widest, which
//!   the paged formats cut into several tables: DOCX and HTML under 50 ms, PDF under 1 s;
//! - `annex_changes_docx`: the diff against a revision, the marked annex and its DOCX;
//!   `annex_note_views`: what the app's notes editor asks after each edit.
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
    let large = plenary::generate::study_group(20, 60, 1);
    for layout in Layout::ALL {
        let options = Options::new(layout, Lang::Fr);
        c.bench_function(&format!("large_{layout}_docx"), |b| {
            b.iter(|| {
                let a = annex::build(std::hint::black_box(&large), &options);
                docx::to_docx(&a, docx::Orientation::Auto).expect("docx")
            })
        });
        c.bench_function(&format!("large_{layout}_html"), |b| {
            b.iter(|| html::to_html(&annex::build(std::hint::black_box(&large), &options)))
        });
    }
    c.bench_function("annex_html", |b| {
        b.iter(|| html::to_html(&annex::build(std::hint::black_box(&t), &options)))
    });
    c.bench_function("annex_text", |b| {
        b.iter(|| text::to_text(&annex::build(std::hint::black_box(&t), &options)))
    });
}

fn revisions(c: &mut Criterion) {
    use plenary::model::{Frozen, Placement, Revision, SessionId};
    let mut t = sg12();
    t.revisions.push(Revision {
        label: "Rev.1".into(),
        date: "2017-08-20".parse().expect("date"),
        comment: None,
        timetable: Frozen::of(&t),
    });
    if let Some(s) = t.sessions.get_mut(&SessionId::from("q1q2-22pm")) {
        s.placement = Some(Placement {
            start: "2017-09-22T09:00".parse().expect("stamp"),
            end: "2017-09-22T12:30".parse().expect("stamp"),
        });
    }
    t.sessions.shift_remove(&SessionId::from("bsg-pm"));
    let options = Options::new(Layout::Days, Lang::En);
    c.bench_function("annex_changes_docx", |b| {
        b.iter(|| {
            let t = std::hint::black_box(&t);
            let mut options = options.clone();
            let old = t.revisions[0].timetable.timetable();
            options.changes_since = Some(annex::Changes::between(old, "Rev.1", t));
            let a = annex::build(t, &options);
            docx::to_docx(&a, docx::Orientation::Portrait).expect("docx")
        })
    });
    c.bench_function("annex_note_views", |b| {
        b.iter(|| annex::note_views(std::hint::black_box(&t), &options))
    });
}

#[cfg(feature = "pdf")]
fn pdf(c: &mut Criterion) {
    use plenary::annex::{Orientation, pdf};
    let t = sg12();
    let options = Options::new(Layout::Days, Lang::Zh);
    // The system's fonts, found as the CLI finds them (the core reads no files).
    let mut db = fontdb::Database::new();
    db.load_fonts_dir("/usr/share/fonts");
    let files = db.faces().filter_map(|face| match &face.source {
        fontdb::Source::File(path) | fontdb::Source::SharedFile(path, _) => Some(path.clone()),
        fontdb::Source::Binary(_) => None,
    });
    let fonts = pdf::Fonts::new(files, |path| std::fs::read(path).ok());
    let mut group = c.benchmark_group("pdf");
    group.sample_size(10);
    group.bench_function("annex_pdf", |b| {
        b.iter(|| {
            let a = annex::build(std::hint::black_box(&t), &options);
            pdf::to_pdf(&a, Orientation::Portrait, &fonts).expect("pdf")
        })
    });
    let large = plenary::generate::study_group(20, 60, 1);
    for layout in Layout::ALL {
        let options = Options::new(layout, Lang::Fr);
        group.bench_function(format!("large_{layout}_pdf"), |b| {
            b.iter(|| {
                // typst memoizes; emptying its caches measures a first export, not a
                // repeat of the same input.
                typst::comemo::evict(0);
                let a = annex::build(std::hint::black_box(&large), &options);
                pdf::to_pdf(&a, Orientation::Auto, &fonts).expect("pdf")
            })
        });
    }
    group.finish();
}

#[cfg(not(feature = "pdf"))]
fn pdf(_c: &mut Criterion) {}

criterion_group!(benches, renderers, revisions, pdf);
criterion_main!(benches);
