//! `plenary`: the command-line client of the Plenary core.
//!
//! A thin shell over the library: it reads files, calls the core and prints. Exit codes are
//! part of the interface (scripts rely on them):
//! - 0: success (for `check`: no unacknowledged error),
//! - 1: `check` found at least one unacknowledged error,
//! - 2: the input could not be read or understood (the reason, naming the file and the
//!   position, is on stderr).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use plenary::Conflict;
use plenary::document;
use plenary::model::{Severity, Timetable};

/// Meeting timetables for standards-body secretariats.
#[derive(Parser)]
#[command(name = "plenary", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// List the conflicts of a timetable (exit 1 if an unacknowledged error remains).
    Check {
        /// The timetable: a Plenary document (.plenary.json).
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Rewrite a document in canonical form (stable key order, current format version).
    Fmt {
        /// The document to rewrite in place.
        file: PathBuf,
        /// Only report whether the file is already canonical (exit 1 if not).
        #[arg(long)]
        check: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// One line per conflict, for people.
    Text,
    /// A JSON array of conflicts, for scripts.
    Json,
}

/// A failure that ends the command with exit code 2.
struct Failure(String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Cmd::Check { file, format } => check(&file, format),
        Cmd::Fmt { file, check } => fmt(&file, check),
    };
    match result {
        Ok(code) => code,
        Err(Failure(message)) => {
            eprintln!("plenary: {message}");
            ExitCode::from(2)
        }
    }
}

fn read(file: &Path) -> Result<String, Failure> {
    let bytes =
        std::fs::read(file).map_err(|e| Failure(format!("cannot read {}: {e}", file.display())))?;
    String::from_utf8(bytes).map_err(|e| {
        Failure(format!(
            "{}: not UTF-8 text (invalid byte at offset {})",
            file.display(),
            e.utf8_error().valid_up_to()
        ))
    })
}

fn open(file: &Path) -> Result<Timetable, Failure> {
    let text = read(file)?;
    document::load(&text).map_err(|e| match e {
        document::LoadError::Invalid(problems) => Failure(format!(
            "{}: {} problem(s):\n{}",
            file.display(),
            problems.len(),
            problems
                .iter()
                .map(|p| format!("  {p}"))
                .collect::<Vec<_>>()
                .join("\n")
        )),
        other => Failure(format!("{}: {other}", file.display())),
    })
}

fn check(file: &Path, format: Format) -> Result<ExitCode, Failure> {
    let timetable = open(file)?;
    let conflicts = plenary::conflict::check(&timetable);
    match format {
        Format::Json => {
            let text = serde_json::to_string_pretty(&conflicts)
                .map_err(|e| Failure(format!("cannot write JSON: {e}")))?;
            println!("{text}");
        }
        Format::Text => print_text(&conflicts),
    }
    let blocking = conflicts
        .iter()
        .any(|c| c.severity == Severity::Error && !c.acknowledged);
    Ok(if blocking {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn print_text(conflicts: &[Conflict]) {
    if conflicts.is_empty() {
        println!("No conflicts.");
        return;
    }
    for c in conflicts {
        let severity = match c.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        let ids: Vec<&str> = c.sessions.iter().map(|s| s.as_str()).collect();
        println!(
            "{severity:<7} {:<25} [{}] {}",
            c.kind.name(),
            ids.join(", "),
            c.message
        );
        if let Some(reason) = &c.reason {
            println!("        acknowledged: {reason}");
        }
    }
    let summary = plenary::editor::ConflictSummary::of(conflicts);
    println!(
        "{} error(s), {} warning(s), {} info(s), {} acknowledged",
        summary.errors, summary.warnings, summary.infos, summary.acknowledged
    );
}

fn fmt(file: &Path, check_only: bool) -> Result<ExitCode, Failure> {
    let text = read(file)?;
    let timetable = open(file)?;
    let canonical = document::save(&timetable);
    if canonical == text {
        return Ok(ExitCode::SUCCESS);
    }
    if check_only {
        eprintln!(
            "plenary: {} is not in canonical form (run `plenary fmt` on it)",
            file.display()
        );
        return Ok(ExitCode::from(1));
    }
    write_replacing(file, &canonical)
        .map_err(|e| Failure(format!("cannot write {}: {e}", file.display())))?;
    Ok(ExitCode::SUCCESS)
}

/// Writes beside the target then renames over it, so an interrupted write never leaves a
/// half-written document.
fn write_replacing(file: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut tmp = file.as_os_str().to_owned();
    tmp.push(".plenary-tmp");
    let tmp = PathBuf::from(tmp);
    let mut out = std::fs::File::create(&tmp)?;
    out.write_all(text.as_bytes())?;
    out.sync_all()?;
    std::fs::rename(&tmp, file)
}
