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
use plenary::document;
use plenary::model::Timetable;

mod check;
mod diff;
mod export;
mod export_annex;
mod export_interop;
mod fmt;
mod generate;
mod import;
mod revise;
mod revisions;

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
        /// The timetable: a Plenary document (.plenary.json) or any importable file (frab
        /// XML/JSON, iCalendar, CSV), chosen by content and extension.
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Export a timetable: the annex of the letter, or a format other tools read.
    Export(export::ExportArgs),
    /// Import a file another tool wrote (frab XML/JSON, iCalendar, CSV) as a Plenary
    /// document; what was skipped, guessed or repaired is listed on stderr.
    Import(import::ImportArgs),
    /// Write a synthetic conference of any size (for trying Plenary at scale).
    Generate(generate::GenerateArgs),
    /// List the revisions published in a document (label, date, session count, comment).
    Revisions {
        /// The document.
        file: PathBuf,
    },
    /// Show what changed since a revision, or between two revisions.
    Diff(diff::DiffArgs),
    /// Publish a revision: freeze the document's current state under a label, in place.
    Revise(revise::ReviseArgs),
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
pub(crate) enum Format {
    /// One line per conflict, for people.
    Text,
    /// A JSON array of conflicts, for scripts.
    Json,
}

/// A failure that ends the command with exit code 2.
pub(crate) struct Failure(pub(crate) String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Cmd::Check { file, format } => check::check(&file, format),
        Cmd::Fmt { file, check } => fmt::fmt(&file, check),
        Cmd::Export(args) => export::export(&args),
        Cmd::Generate(args) => generate::generate(&args),
        Cmd::Import(args) => import::import(&args),
        Cmd::Revisions { file } => revisions::revisions(&file),
        Cmd::Diff(args) => diff::diff(&args),
        Cmd::Revise(args) => revise::revise(&args),
    };
    match result {
        Ok(code) => code,
        Err(Failure(message)) => {
            eprintln!("plenary: {message}");
            ExitCode::from(2)
        }
    }
}

/// Writes `text` to standard output. A closed pipe (`plenary check ... | head`) ends the
/// output quietly instead of panicking.
pub(crate) fn emit(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(text.as_bytes()).and_then(|()| out.flush())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("plenary: cannot write to standard output: {e}");
    }
}

pub(crate) fn read(file: &Path) -> Result<String, Failure> {
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

/// The timetable in `file`: a Plenary document, or any file an importer reads (chosen by
/// content, then extension), whose import report goes to stderr.
pub(crate) fn open(file: &Path) -> Result<Timetable, Failure> {
    if let Some(format) = import::foreign_format(file)? {
        return import::import_file(file, format, &plenary::interop::ImportOptions::default());
    }
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
