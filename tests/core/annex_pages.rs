//! The annex as a reader gets it on paper: every layout in every language, of the SG12
//! example and of a wider generated meeting (10 working days, 40 bodies: landscape, two
//! header rows, two-digit markers), typeset by typst (the PDF) and by LibreOffice (the
//! DOCX, converted with `soffice --headless --convert-to pdf`). `pdftotext -bbox-layout`
//! gives every word's box; the check fails on two words whose boxes overlap (text run over
//! a cell border into its neighbour), a word off the page, and a word of the annex split
//! across lines ("septem/bre", "Mercre/di", a CJK day name broken after its first
//! character). The documents stay in `target/annex-check/docs/`, their page images
//! (`pdftoppm -r 50`) in `target/annex-check/pages/`, for a person to look at.
//!
//! The examples typed from other ITU documents are checked in the layout of their original:
//! the SG2 2013 meeting in the bodies layout, the Council 2018 plan in the plan layout; and
//! FOSDEM 2020, imported from `../shared/data`, as a conference programme (the agenda) in
//! Arabic, Chinese and English. A free text may break after the hyphen of a compound word
//! ("gh-/ost"), as a typesetter does; headers and time ranges may not.
//!
//! The agenda layout (one row per item, so many pages for the wide meeting) is checked for
//! the SG12 example in four languages ([`AGENDA_LANGS`]: right to left, CJK, and the two
//! with the longest words), which keeps the check's run time near what it was.
//!
//! Slow (LibreOffice converts 40 documents): ignored by `cargo test`, run by
//! `scripts/check-annex.sh` (a phase of `make test`). Missing tools skip visibly, or fail
//! under `CI=true` (tests/core/require.rs).

use std::path::{Path, PathBuf};
use std::process::Command;

use plenary::annex::{self, Annex, Layout, Options, Orientation, docx, fit, pdf};
use plenary::model::{Lang, Timetable};

use crate::require;

const LANGS: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

/// The languages the agenda layout is checked in (of the SG12 example only).
const AGENDA_LANGS: [Lang; 4] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr];

/// The languages FOSDEM 2020's agenda is checked in (17 pages each).
const FOSDEM_LANGS: [Lang; 3] = [Lang::Ar, Lang::Zh, Lang::En];

/// Whether the check typesets `layout` of meeting `name` in `lang` (see the module docs).
fn checked(name: &str, layout: Layout, lang: Lang) -> bool {
    match name {
        // The examples typed from other ITU documents, in the layout of their original.
        "sg2" => layout == Layout::Bodies,
        "council" => layout == Layout::Plan,
        // An imported conference programme (FOSDEM 2020, 872 talks): its agenda, in a script
        // of each kind (its titles are English; the others fall back to them, marked).
        "fosdem" => layout == Layout::Agenda && FOSDEM_LANGS.contains(&lang),
        _ => layout != Layout::Agenda || (name == "sg12" && AGENDA_LANGS.contains(&lang)),
    }
}

/// One document to check: its file stem, the annex, and the fit its renderer used.
struct Doc {
    stem: String,
    annex: Annex,
    fit: fit::Fit,
}

fn out_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target/annex-check")
}

fn meetings() -> Vec<(&'static str, Timetable)> {
    let example = |file: &str| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples")
            .join(file);
        let text = std::fs::read_to_string(&path).expect("the example is in the repository");
        plenary::document::load(&text).expect("the example loads")
    };
    let mut all = vec![
        ("sg12", example("itu-t-sg12-2017.plenary.json")),
        ("wide", plenary::generate::study_group(10, 40, 3)),
        ("sg2", example("itu-t-sg2-2013.plenary.json")),
        ("council", example("itu-council-2018.plenary.json")),
    ];
    if let Some(path) = require::data("fosdem-2020-schedule.xml") {
        let bytes = std::fs::read(&path).expect("readable data file");
        let options = plenary::interop::ImportOptions::default();
        let imported =
            plenary::interop::import(plenary::interop::Format::FrabXml, &bytes, &options)
                .expect("FOSDEM 2020 imports");
        all.push(("fosdem", imported.timetable));
    }
    all
}

#[test]
#[ignore = "typesets about 110 documents, half through LibreOffice; run by scripts/check-annex.sh"]
fn every_layout_and_language_typesets_without_overlaps_or_split_words() {
    let install = "apt-get install libreoffice-writer poppler-utils";
    if !require::tool("soffice", &["--version"], install)
        || !require::tool("pdftotext", &["-v"], install)
        || !require::tool("pdftoppm", &["-v"], install)
    {
        return;
    }
    let dir = out_dir().join("docs");
    let pages = out_dir().join("pages");
    for d in [&dir, &pages] {
        let _ = std::fs::remove_dir_all(d);
        std::fs::create_dir_all(d).expect("create target/annex-check/...");
    }
    let fonts = crate::fonts::system();

    // PLENARY_ANNEX_ONLY=sg12-days-zh checks only the documents whose name starts so.
    let only = std::env::var("PLENARY_ANNEX_ONLY").unwrap_or_default();
    let mut docs = Vec::new();
    for (name, tt) in meetings() {
        for layout in Layout::ALL {
            for lang in LANGS {
                let mut options = Options::new(layout, lang);
                options.heading = Some("Annex C".into());
                let a = annex::build(&tt, &options);
                let stem = format!("{name}-{layout}-{}", lang.code());
                if !stem.starts_with(&only) || !checked(name, layout, lang) {
                    continue;
                }
                let bytes = docx::to_docx(&a, Orientation::Auto).expect("docx");
                std::fs::write(dir.join(format!("{stem}-docx.docx")), bytes).expect("write");
                docs.push(Doc {
                    stem: format!("{stem}-docx"),
                    fit: fit::fit(&a, Orientation::Auto, docx::PAGE),
                    annex: a.clone(),
                });
                docs.push(Doc {
                    stem: format!("{stem}-typst"),
                    fit: fit::fit(&a, Orientation::Auto, pdf::PAGE),
                    annex: a,
                });
            }
        }
    }
    // typst, two documents at a time.
    let typst: Vec<&Doc> = docs.iter().filter(|d| d.stem.ends_with("typst")).collect();
    std::thread::scope(|s| {
        for chunk in typst.chunks(typst.len().div_ceil(2)) {
            let (dir, fonts) = (&dir, &fonts);
            s.spawn(move || {
                for d in chunk {
                    let (bytes, _) =
                        pdf::to_pdf(&d.annex, Orientation::Auto, fonts).expect("typeset");
                    std::fs::write(dir.join(format!("{}.pdf", d.stem)), bytes).expect("write");
                }
            });
        }
    });
    // LibreOffice, one run for every DOCX, with a profile of its own.
    let docx_files: Vec<PathBuf> = docs
        .iter()
        .filter(|d| d.stem.ends_with("docx"))
        .map(|d| dir.join(format!("{}.docx", d.stem)))
        .collect();
    let converted = Command::new("soffice")
        .env("HOME", dir.join("home"))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(&dir)
        .args(&docx_files)
        .output()
        .expect("run soffice");
    assert!(converted.status.success(), "soffice failed: {converted:?}");

    let mut failures = Vec::new();
    for d in &docs {
        let file = dir.join(format!("{}.pdf", d.stem));
        if !file.exists() {
            failures.push(format!("{}: no PDF was made", d.stem));
            continue;
        }
        let images = Command::new("pdftoppm")
            .args(["-png", "-r", "50"])
            .arg(&file)
            .arg(pages.join(&d.stem))
            .status()
            .expect("run pdftoppm");
        assert!(images.success(), "pdftoppm {}", file.display());
        failures.extend(check(d, &file));
    }
    assert!(
        failures.is_empty(),
        "{} problem(s) on the pages (images in {}):\n{}",
        failures.len(),
        pages.display(),
        failures.join("\n")
    );
}

/// A word as pdftotext found it, on a page, with its box.
#[derive(Debug)]
struct Word {
    page: usize,
    line: usize,
    text: String,
    /// It had an invisible control, whose box pdftotext adds to the word's.
    invisible: bool,
    x0: f32,
    y0: f32,
    x1: f32,
    y1: f32,
}

/// The words of `file`, page by page and line by line, and the pages' widths.
fn words(file: &Path) -> (Vec<Word>, Vec<f32>) {
    let out = Command::new("pdftotext")
        .arg("-bbox-layout")
        .arg(file)
        .arg("-")
        .output()
        .expect("run pdftotext");
    assert!(out.status.success(), "pdftotext {}", file.display());
    let xml = String::from_utf8_lossy(&out.stdout);
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    let doc = roxmltree::Document::parse_with_options(&xml, options).expect("pdftotext XHTML");
    let num = |n: roxmltree::Node, a: &str| n.attribute(a).and_then(|v| v.parse().ok());
    let mut words = Vec::new();
    let mut widths = Vec::new();
    let mut line = 0;
    for (p, page) in doc
        .descendants()
        .filter(|n| n.has_tag_name(("http://www.w3.org/1999/xhtml", "page")))
        .enumerate()
    {
        widths.push(num(page, "width").unwrap_or(f32::MAX));
        for l in page.descendants().filter(|n| n.tag_name().name() == "line") {
            line += 1;
            for w in l.children().filter(|n| n.tag_name().name() == "word") {
                let (Some(x0), Some(y0), Some(x1), Some(y1)) = (
                    num(w, "xMin"),
                    num(w, "yMin"),
                    num(w, "xMax"),
                    num(w, "yMax"),
                ) else {
                    continue;
                };
                // LibreOffice gives the invisible bidi isolates a box of their own.
                let raw = w.text().unwrap_or("");
                let text = clean_controls(raw).replace('\u{2011}', "-");
                if text.is_empty() {
                    continue;
                }
                words.push(Word {
                    page: p,
                    line,
                    invisible: text.len() != raw.replace('\u{2011}', "-").len(),
                    text,
                    x0,
                    y0,
                    x1,
                    y1,
                });
            }
        }
    }
    (words, widths)
}

/// What is wrong on the pages of `d`.
fn check(d: &Doc, file: &Path) -> Vec<String> {
    let (words, widths) = words(file);
    let mut failures = Vec::new();
    for (i, a) in words.iter().enumerate() {
        let width = widths.get(a.page).copied().unwrap_or(f32::MAX);
        if a.x0 < -0.5 || a.x1 > width + 0.5 {
            failures.push(format!(
                "{}: \"{}\" runs off page {}",
                d.stem,
                a.text,
                a.page + 1
            ));
        }
        for b in &words[i + 1..] {
            if b.page != a.page {
                continue;
            }
            let w = a.x1.min(b.x1) - a.x0.max(b.x0);
            let h = a.y1.min(b.y1) - a.y0.max(b.y0);
            let lower = (a.y1 - a.y0).min(b.y1 - b.y0);
            // Lines of a paragraph may touch by a little of their font's descent.
            let slack = if a.invisible || b.invisible { 3.0 } else { 1.0 };
            if w > slack && h > 0.4 * lower {
                failures.push(format!(
                    "{}: \"{}\" and \"{}\" overlap on page {}",
                    d.stem,
                    a.text,
                    b.text,
                    a.page + 1
                ));
            }
        }
    }
    // Words of the annex must be found whole on one line.
    let mut lines: Vec<(String, String)> = Vec::new();
    let mut current = usize::MAX;
    for w in &words {
        if w.line != current {
            lines.push((String::new(), String::new()));
            current = w.line;
        }
        let (spaced, joined) = lines.last_mut().expect("pushed");
        if !spaced.is_empty() {
            spaced.push(' ');
        }
        spaced.push_str(&w.text);
        joined.push_str(&w.text);
    }
    let everything: String = words.iter().map(|w| w.text.as_str()).collect();
    for token in tokens(d) {
        let whole = lines
            .iter()
            .any(|(s, j)| s.contains(&token) || j.contains(&token));
        if !whole && everything.contains(&token) {
            failures.push(format!("{}: \"{token}\" is split across lines", d.stem));
        }
    }
    // Time ranges, also inside CJK text where no space marks a word ("13:00-14:00" in a
    // Chinese note): compared by their digits and colons, whatever hyphen was printed.
    let digits = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_ascii_digit() || *c == ':')
            .collect()
    };
    let joined_lines: Vec<String> = lines.iter().map(|(_, j)| digits(j)).collect();
    let all_digits = digits(&everything);
    for range in time_ranges(d) {
        let key = digits(&range);
        // Right to left, pdftotext gives a line in visual order: the two times may come
        // out swapped ("12:30-11:00"), which is still whole.
        let swapped: String = range
            .rsplit(['-', '\u{2011}', '\u{2013}'])
            .map(digits)
            .collect();
        let on_a_line = |k: &str| joined_lines.iter().any(|l| l.contains(k));
        let printed = all_digits.contains(&key) || all_digits.contains(&swapped);
        if printed && !on_a_line(&key) && !on_a_line(&swapped) {
            failures.push(format!("{}: \"{range}\" is split across lines", d.stem));
        }
    }
    failures
}

/// Every time range ("13:00-14:00") in the annex's cells, notes and title, wherever it
/// stands (a CJK text has no spaces around it).
fn time_ranges(d: &Doc) -> Vec<String> {
    let a = &d.annex;
    let mut texts: Vec<String> = vec![a.title.clone()];
    for row in &a.rows {
        for cell in &row.cells {
            texts.extend(cell.time.clone());
        }
    }
    texts.extend(a.notes.iter().map(|n| n.text.clone()));
    let mut ranges = Vec::new();
    for text in &texts {
        let chars: Vec<char> = text.chars().collect();
        let time_at = |i: usize| -> Option<usize> {
            // H:MM or HH:MM starting at i: its length.
            let digit = |k: usize| chars.get(k).is_some_and(char::is_ascii_digit);
            let n = if digit(i) && digit(i + 1) {
                2
            } else if digit(i) {
                1
            } else {
                0
            };
            (n > 0 && chars.get(i + n) == Some(&':') && digit(i + n + 1) && digit(i + n + 2))
                .then_some(n + 3)
        };
        let mut i = 0;
        while i < chars.len() {
            let starts = i == 0 || !chars[i - 1].is_ascii_digit();
            if let (true, Some(first)) = (starts, time_at(i)) {
                let dash = i + first;
                if chars
                    .get(dash)
                    .is_some_and(|c| matches!(c, '-' | '\u{2011}' | '\u{2013}'))
                    && let Some(second) = time_at(dash + 1)
                {
                    ranges.push(chars[i..dash + 1 + second].iter().collect());
                    i = dash + 1 + second;
                    continue;
                }
            }
            i += 1;
        }
    }
    ranges.sort();
    ranges.dedup();
    ranges
}

/// The words the renderer printed that must never be split: every word of the header
/// cells and row headers as the fit prints them (day and month names, CJK ones whole),
/// and the Latin, Cyrillic and digit words of the cells, notes and title.
fn tokens(d: &Doc) -> Vec<String> {
    let a = &d.annex;
    let mut whole: Vec<String> = Vec::new();
    for row in &a.head {
        let mut col = 0;
        for (i, cell) in row.iter().enumerate() {
            let narrow = i > 0 && cell.span == 1 && a.columns.get(col).is_some_and(|c| c.narrow);
            whole.extend(d.fit.head_lines(cell, narrow).iter().cloned());
            if i > 0 {
                col += cell.span;
            }
        }
    }
    for row in &a.rows {
        whole.extend(d.fit.row_header(row).iter().cloned());
    }
    let mut words: Vec<String> = Vec::new();
    for line in &whole {
        words.extend(line.split_whitespace().map(clean));
    }
    let mut texts: Vec<String> = vec![a.title.clone()];
    for row in &a.rows {
        for cell in &row.cells {
            texts.extend(cell.time.clone());
            for line in &cell.lines {
                texts.extend(line.items.iter().map(|i| a.item_text(i)));
            }
        }
    }
    texts.extend(a.notes.iter().map(|n| n.text.clone()));
    // A free text (a title, a note) may break after the hyphen of a compound word between
    // letters ("gh-/ost", "state-of-/the-art"), as a typesetter does; the headers (day,
    // month and slot names, "A.-m.") and time ranges may not, and are checked whole above.
    let compound_parts = |w: String| -> Vec<String> {
        let chars: Vec<char> = w.chars().collect();
        let between_letters = (1..chars.len().saturating_sub(1)).any(|i| {
            chars[i] == '-' && chars[i - 1].is_alphabetic() && chars[i + 1].is_alphabetic()
        });
        if between_letters {
            w.split('-').map(str::to_owned).collect()
        } else {
            vec![w]
        }
    };
    for text in &texts {
        words.extend(
            text.split_whitespace()
                .map(clean)
                .flat_map(compound_parts)
                .filter(|w| w.chars().all(|c| !plenary::annex::measure::is_cjk(c)))
                .filter(|w| !w.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c))),
        );
    }
    // Arabic comes out of pdftotext in visual order: its words are not compared.
    words.retain(|w| {
        w.chars().count() >= 3 && !w.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c))
    });
    words.sort();
    words.dedup();
    words
}

/// `text` without the invisible controls (bidi marks and isolates, joiners).
fn clean_controls(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(*c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2069))
        .collect()
}

/// A word without bidi controls and the punctuation pdftotext may keep apart.
fn clean(word: &str) -> String {
    clean_controls(word)
        .trim_matches(|c: char| matches!(c, ',' | '.' | ';' | ':' | '(' | ')' | '，' | '。'))
        .to_owned()
}
