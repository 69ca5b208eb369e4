//! Every subcommand of `plenary` on a corpus of hostile files: random bytes, empty files,
//! truncated documents, and each importer's format mangled (truncated, bytes flipped, a
//! chunk deleted or doubled, a multi-byte character where detection looks). Whatever the
//! input, the tool answers with exit 0, 1 or 2; a non-zero exit says why on stderr; and no
//! input reaches a panic (which `main` would report as an "internal error", exit 2).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

use plenary::annex::Layout;
use plenary::export::ExportFormat;
use plenary::generate::SplitMix64;

const EXAMPLE: &str = "examples/itu-t-sg12-2017.plenary.json";

/// One run of the tool: its arguments and what it answered.
struct Run {
    args: Vec<String>,
    code: Option<i32>,
    stderr: String,
}

impl Run {
    /// What is wrong with this run, if anything.
    fn fault(&self) -> Option<String> {
        let what = format!("plenary {}", self.args.join(" "));
        match self.code {
            Some(0..=2) => {}
            Some(code) => return Some(format!("{what}: exit {code}: {}", self.stderr)),
            None => return Some(format!("{what}: killed by a signal: {}", self.stderr)),
        }
        if self.code != Some(0) && self.stderr.trim().is_empty() {
            return Some(format!(
                "{what}: exit {:?} with nothing on stderr",
                self.code
            ));
        }
        if self.stderr.contains("internal error") || self.stderr.contains("panicked") {
            return Some(format!("{what}: a panic: {}", self.stderr));
        }
        None
    }
}

fn run(args: Vec<String>) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(&args)
        // English, whatever the locale of the machine running the tests.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the plenary binary runs");
    Run {
        args,
        code: out.status.code(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn repo(path: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).expect(path)
}

/// The well-formed files the corpus mangles: the SG12 document, the small base file of
/// every importer (the fuzz seeds), and the SG12 example exported to each interchange
/// format (the Excel workbook is imported too, so its mangled copies are damaged
/// workbooks).
fn bases() -> Vec<(&'static str, Vec<u8>)> {
    let sg12 =
        plenary::document::load(&String::from_utf8(repo(EXAMPLE)).expect("the example is UTF-8"))
            .expect("the example loads");
    let render = |format| {
        let options = plenary::export::ExportOptions::new(
            plenary::model::Lang::En,
            chrono::NaiveDate::from_ymd_opt(2017, 9, 1)
                .and_then(|d| d.and_hms_opt(9, 0, 0))
                .expect("a date"),
        );
        plenary::export::render(&sg12, format, &options)
            .expect("the example exports")
            .bytes
    };
    vec![
        ("sg12.plenary.json", repo(EXAMPLE)),
        (
            "small.plenary.json",
            repo("fuzz/corpus/document/small-hostile-base.plenary.json"),
        ),
        (
            "small.xml",
            repo("fuzz/corpus/frab_xml/small-hostile-base.xml"),
        ),
        (
            "small.json",
            repo("fuzz/corpus/frab_json/small-hostile-base.json"),
        ),
        ("small.ics", repo("fuzz/corpus/ics/small-hostile-base.ics")),
        (
            "small.xcal",
            repo("fuzz/corpus/xcal/small-hostile-base.xcal"),
        ),
        ("small.csv", repo("fuzz/corpus/csv/small-hostile-base.csv")),
        ("sg12.ics", render(ExportFormat::Ics)),
        ("sg12.xml", render(ExportFormat::FrabXml)),
        ("sg12.frab.json", render(ExportFormat::FrabJson)),
        ("sg12.csv", render(ExportFormat::Csv)),
        ("sg12.xlsx", render(ExportFormat::Xlsx)),
    ]
}

/// The mangled copies of `bytes`: cut at a third and two thirds (possibly inside a
/// character), eight bytes flipped, a chunk deleted, a chunk doubled, and "é" put at byte 14.
fn mangled(bytes: &[u8], rng: &mut SplitMix64) -> Vec<(&'static str, Vec<u8>)> {
    let n = bytes.len().max(1);
    let mut flipped = bytes.to_vec();
    for _ in 0..8 {
        let at = rng.below(n);
        if let Some(b) = flipped.get_mut(at) {
            *b ^= 1 << rng.below(8);
        }
    }
    let (from, len) = (rng.below(n), rng.below(n / 4 + 1));
    let to = (from + len).min(bytes.len());
    let deleted = [&bytes[..from.min(bytes.len())], &bytes[to..]].concat();
    let doubled = [&bytes[..to], &bytes[from.min(bytes.len())..]].concat();
    let mut accent = bytes.to_vec();
    accent.splice(14.min(accent.len())..14.min(accent.len()), "é".bytes());
    vec![
        ("third", bytes[..bytes.len() / 3].to_vec()),
        ("two-thirds", bytes[..bytes.len() * 2 / 3].to_vec()),
        ("flipped", flipped),
        ("deleted", deleted),
        ("doubled", doubled),
        ("accent", accent),
    ]
}

/// Writes the corpus into `dir`: the bases, their mangled copies (each keeping its base's
/// name, so detection by extension is exercised too), random bytes and empty files under
/// every extension detection knows.
fn corpus(dir: &Path) -> Vec<PathBuf> {
    let mut rng = SplitMix64::new(15);
    let mut files = Vec::new();
    let mut put = |name: String, bytes: &[u8]| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).expect("write the corpus");
        files.push(path);
    };
    for (name, bytes) in bases() {
        put(name.to_owned(), &bytes);
        for (how, bytes) in mangled(&bytes, &mut rng) {
            put(format!("{how}-{name}"), &bytes);
        }
    }
    for ext in [
        "bin",
        "plenary.json",
        "json",
        "xml",
        "xcal",
        "ics",
        "csv",
        "txt",
        "xlsx",
    ] {
        for size in [15, 300, 5000] {
            let random: Vec<u8> = (0..size).map(|_| rng.next_u64() as u8).collect();
            put(format!("random-{size}.{ext}"), &random);
        }
        put(format!("empty.{ext}"), b"");
    }
    put("noextension".to_owned(), b"\x00\x01BEGIN:VCALENDA\xff");
    files
}

/// Every subcommand's argument lists for `file` (a copy for those that rewrite it), the
/// outputs under `out`. Every export format and layout runs on files that open; on those
/// that do not (`check` said 2) each export fails in the same `open`, so one stands for all.
fn invocations(file: &Path, out: &Path, opens: bool) -> Vec<Vec<String>> {
    let f = file.display().to_string();
    let o = |name: &str| out.join(name).display().to_string();
    let s = |args: &[&str]| args.iter().map(|a| (*a).to_owned()).collect::<Vec<_>>();
    let mut all = vec![
        s(&["check", "--format", "json", &f]),
        s(&["import", &f, "-o", &o("imported.plenary.json")]),
        s(&["revisions", &f]),
        s(&["diff", &f, "--from", "Rev.1"]),
        s(&[
            "diff", &f, "--from", "Rev.1", "--to", "Rev.2", "--format", "json",
        ]),
        s(&["fmt", "--check", &f]),
        s(&["notes", &f]),
        s(&["notes", &f, "--layout", "bodies", "--format", "json"]),
        s(&["publish", &f, &o("site")]),
        s(&["suggest", &f, "--session", "q4-20am"]),
        s(&["suggest", &f, "--session", "nope", "--format", "json"]),
        s(&[
            "arrange",
            &f,
            "-o",
            &o("arranged.plenary.json"),
            "--from-scratch",
            "--budget",
            "2000",
            "--seconds",
            "2",
            "--report",
            "json",
        ]),
        s(&[
            "arrange",
            &f,
            "--scope",
            "day:2017-09-20",
            "--budget",
            "500",
        ]),
        // The hostile file as the commands, applied (dry run) to the example.
        s(&[
            "apply",
            "--dry-run",
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/examples/itu-t-sg12-2017.plenary.json"
            ),
            &f,
        ]),
    ];
    for from in plenary::interop::Format::ALL.map(plenary::interop::Format::name) {
        all.push(s(&["import", "--from", from, &f, "-o", "-"]));
    }
    // The rewriting commands work on copies, so every other run sees the corpus file.
    for (command, extra) in [
        ("fmt", &[][..]),
        ("revise", &["--date", "2017-09-01"][..]),
        (
            "arrange",
            &["--in-place", "--budget", "500", "--seconds", "2"][..],
        ),
        // The hostile file as the document, given no command to apply.
        ("apply", &["-"][..]),
    ] {
        let copy = out.join(format!(
            "{command}-{}",
            file.file_name().expect("a name").display()
        ));
        std::fs::copy(file, &copy).expect("copy");
        let mut args = s(&[command, &copy.display().to_string()]);
        args.extend(s(extra));
        all.push(args);
    }
    let formats: Vec<ExportFormat> = if opens {
        ExportFormat::ALL.to_vec()
    } else {
        vec![ExportFormat::AnnexHtml]
    };
    for format in formats {
        let layouts: &[Layout] = match format {
            // One layout for the PDF: typesetting is slow in a debug build, and the layouts
            // differ before it (the same annex model the other formats render).
            ExportFormat::AnnexPdf => &[Layout::Days],
            f if f.is_annex() => &Layout::ALL,
            _ => &[Layout::Days],
        };
        for layout in layouts {
            all.push(s(&[
                "export",
                &f,
                "--format",
                format.name(),
                "--layout",
                layout.name(),
                "-o",
                &o(&format!("out.{}", format.extension())),
            ]));
        }
    }
    all
}

#[test]
fn every_subcommand_answers_every_hostile_file_with_exit_0_1_or_2_and_a_reason() {
    let dir = tempfile::tempdir().expect("temp dir");
    let files = corpus(dir.path());
    let faults = Mutex::new(Vec::new());
    let runs = Mutex::new(0usize);
    let next = Mutex::new(files.iter().enumerate());
    std::thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| {
                loop {
                    let Some((i, file)) = next.lock().expect("queue").next() else {
                        return;
                    };
                    let out = dir.path().join(format!("out-{i}"));
                    std::fs::create_dir_all(&out).expect("output folder");
                    let check = run(vec!["check".into(), file.display().to_string()]);
                    let mut done = vec![check.fault()];
                    for args in invocations(file, &out, check.code != Some(2)) {
                        done.push(run(args).fault());
                    }
                    *runs.lock().expect("count") += done.len();
                    faults
                        .lock()
                        .expect("faults")
                        .extend(done.into_iter().flatten());
                }
            });
        }
    });
    // Generate's numbers are hostile input too: nothing of some kind, one day.
    let target = dir
        .path()
        .join("generated.plenary.json")
        .display()
        .to_string();
    for args in [
        "--sessions 0",
        "--sessions 40 --rooms 0",
        "--sessions 40 --days 0",
        "--sessions 40 --persons 0",
        "--sessions 40 --bodies 0",
        "--sessions 40 --days 1",
    ] {
        let mut all = vec!["generate".to_owned(), "-o".into(), target.clone()];
        all.extend(args.split(' ').map(str::to_owned));
        let generated = run(all);
        *runs.lock().expect("count") += 1;
        faults.lock().expect("faults").extend(generated.fault());
    }
    let faults = faults.into_inner().expect("faults");
    let runs = runs.into_inner().expect("count");
    assert!(
        runs > 1000,
        "the corpus should drive well over a thousand runs, not {runs}"
    );
    assert!(
        faults.is_empty(),
        "{} of {runs} runs misbehaved:\n{}",
        faults.len(),
        faults.join("\n")
    );
}
