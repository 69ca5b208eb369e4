//! `plenary`: the command-line client of the Plenary core.
//!
//! A thin shell over the library: it reads files, calls the core and prints. Exit codes are
//! part of the interface (scripts rely on them; the README's table says the same):
//! - 0: success (for `check`: no unacknowledged error; for `arrange`: no hard conflict
//!   left; for `fmt --check`: canonical), and `--help`, `--version`,
//! - 1: `check` found at least one unacknowledged error, `arrange` left a hard conflict
//!   or was given an input no arrangement can satisfy, `fmt --check` found the file not
//!   canonical,
//! - 2: the input could not be read or understood (the reason, naming the file and the
//!   position, is on stderr), or the program failed inside ("internal error while check
//!   FILE: ..."): a panic is caught here and reported, never the runtime's exit 101,
//! - 64 ([`EXIT_USAGE`], `EX_USAGE` of sysexits.h): the command line is wrong (an unknown
//!   subcommand or option, a missing argument, a value outside an option's list, options
//!   that do not go together); nothing was read. clap's own code for this is 2, which
//!   would not tell a typo from a damaged file.
//!
//! A reader closing the pipe early (`plenary export ... -o - | head -1`) changes none of
//! these: the output ends quietly and the code is the command's own ([`emit_bytes`]).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Mutex, OnceLock};

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use plenary::document;
use plenary::model::{Lang, Timetable};

mod apply;
mod arrange;
mod check;
mod choices;
mod diff;
mod export;
mod export_annex;
mod export_args;
mod export_interop;
mod fmt;
#[cfg(feature = "pdf")]
mod fonts;
mod generate;
mod import;
mod notes;
mod publish;
mod revise;
mod revisions;
mod suggest;

/// Meeting timetables for standards-body secretariats.
#[derive(Parser)]
#[command(
    name = "plenary",
    version,
    about,
    long_about = None,
    after_help = "Exit codes: 0 success; 1 a finding (check: an unacknowledged error; \
                  arrange: a hard conflict left; fmt --check: not canonical); 2 the input \
                  cannot be read or understood, or an internal error; 64 a wrong command \
                  line (nothing was read)."
)]
struct Cli {
    /// The language of the messages: conflicts, refusals, import reports (by default the
    /// language LC_ALL, LC_MESSAGES or LANG names, if one of these; else English).
    #[arg(long, global = true, value_name = "LANG", value_parser = choices::lang())]
    ui_lang: Option<Lang>,
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// List the conflicts of a timetable (exit 1 if an unacknowledged error remains).
    Check {
        /// The timetable: a Plenary document (.plenary, or .plenary.json as older ones are
        /// named) or any importable file (frab XML/JSON, iCalendar, xCal, CSV, Excel),
        /// chosen by content and extension.
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Arrange the sessions of a timetable: place them without hard conflicts where it
    /// can, keep pinned ones, and say why anything is left out (exit 1 if a hard conflict
    /// remains).
    Arrange(arrange::ArrangeArgs),
    /// Export a timetable: the annex of the letter, or a format other tools read.
    Export(export_args::ExportArgs),
    /// Import a file another tool wrote (frab XML/JSON, iCalendar, xCal, CSV, Excel) as a
    /// Plenary document; what was skipped, guessed or repaired is listed on stderr.
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
    /// List the notes under the annex table: keys, order, markers and texts.
    Notes(notes::NotesArgs),
    /// Apply commands (JSON, as the app sends them) to a document, in place, all or nothing.
    Apply(apply::ApplyArgs),
    /// Publish a document as a static website with frab feeds, calendars (all, per body,
    /// per room) and a changelog, into a folder replaced as a whole.
    Publish(publish::PublishArgs),
    /// The best places for one session (day, start, room), best first, with what a drop
    /// there would bring.
    Suggest(suggest::SuggestArgs),
    /// Rewrite a document in canonical form (stable key order, current format version).
    Fmt {
        /// The document to rewrite in place.
        file: PathBuf,
        /// Only report whether the file is already canonical (exit 1 if not).
        #[arg(long)]
        check: bool,
    },
    /// Write the shell completion script for plenary (install it where your shell looks:
    /// the packages put them in bash-completion's, zsh's and fish's folders).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Write the man page of plenary to standard output, or with --dir the pages of plenary
    /// and of each subcommand (plenary.1, plenary-check.1, ...) into a folder.
    Man {
        /// The folder to write every page into (made if missing).
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
    /// Panics on purpose, to test that a panic ends in an internal error and exit 2 (debug
    /// builds only; hidden from help).
    #[cfg(debug_assertions)]
    #[command(hide = true, name = "debug-panic")]
    DebugPanic {
        /// Named in the report, like any command's file.
        file: PathBuf,
    },
}

impl Cmd {
    /// The command and its file, as the internal-error report names them ("check a.json").
    fn describe(&self) -> String {
        let (name, file) = match self {
            Cmd::Completions { shell } => return format!("completions {shell}"),
            Cmd::Man { dir: None } => return "man".to_owned(),
            Cmd::Man { dir: Some(dir) } => ("man --dir", dir),
            Cmd::Check { file, .. } => ("check", file),
            Cmd::Export(args) => ("export", &args.file),
            Cmd::Arrange(args) => ("arrange", &args.file),
            Cmd::Import(args) => ("import", &args.file),
            Cmd::Generate(args) => ("generate", &args.output),
            Cmd::Revisions { file } => ("revisions", file),
            Cmd::Diff(args) => ("diff", &args.file),
            Cmd::Revise(args) => ("revise", &args.file),
            Cmd::Publish(args) => ("publish", &args.file),
            Cmd::Fmt { file, .. } => ("fmt", file),
            Cmd::Notes(args) => ("notes", &args.file),
            Cmd::Apply(args) => ("apply", &args.file),
            Cmd::Suggest(args) => ("suggest", &args.file),
            #[cfg(debug_assertions)]
            Cmd::DebugPanic { file } => ("debug-panic", file),
        };
        format!("{name} {}", file.display())
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum Format {
    /// One line per conflict, for people.
    Text,
    /// A JSON array of conflicts, for scripts.
    Json,
}

/// The exit code of a wrong command line (`EX_USAGE` of sysexits.h).
pub(crate) const EXIT_USAGE: u8 = 64;

/// A failure that ends the command with exit code 2: the input cannot be read or
/// understood, or cannot be written.
pub(crate) struct Failure(pub(crate) String);

/// Why a command stops early: its input ([`Failure`], exit 2) or its command line (exit
/// [`EXIT_USAGE`]: options that parse one by one but do not go together).
pub(crate) enum Stop {
    /// The input: exit 2.
    Failure(Failure),
    /// The command line: exit 64, with a pointer to the subcommand's `--help`.
    Usage {
        /// The subcommand, for "see plenary export --help".
        command: &'static str,
        /// What is wrong.
        message: String,
    },
}

impl From<Failure> for Stop {
    fn from(failure: Failure) -> Stop {
        Stop::Failure(failure)
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    let _ = UI_LANG.set(
        cli.ui_lang
            .unwrap_or_else(|| lang_of_environment(|name| std::env::var(name).ok())),
    );
    let what = cli.command.describe();
    guarded(&what, move || run(cli.command))
}

/// The language of the messages this run writes (`--ui-lang`), set once in `main`.
static UI_LANG: OnceLock<Lang> = OnceLock::new();

/// The language the messages are written in: `--ui-lang`, else the environment's.
pub(crate) fn ui_lang() -> Lang {
    UI_LANG.get().copied().unwrap_or(Lang::En)
}

/// A failure saying `words` in the language of `--ui-lang`.
pub(crate) fn said(words: plenary::messages::Message) -> Failure {
    Failure(words.text(ui_lang()))
}

/// A failure saying `words` after the name of `file` ("a.plenary.json: ...").
pub(crate) fn said_of(file: &Path, words: plenary::messages::Message) -> Failure {
    Failure(format!("{}: {}", file.display(), words.text(ui_lang())))
}

/// `plenary import` it first: `file` is not a Plenary document.
pub(crate) fn not_a_document(file: &Path) -> Failure {
    said(
        plenary::messages::Message::new("cli-not-a-document")
            .with("file", file.display().to_string()),
    )
}

/// `file` cannot be read, the system says `e`.
pub(crate) fn cannot_read(file: &Path, e: &std::io::Error) -> Failure {
    said(
        plenary::messages::Message::new("cli-cannot-read")
            .with("file", file.display().to_string())
            .with("error", e.to_string()),
    )
}

/// The language of the locale the environment names: the first non-empty of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` decides (as POSIX orders them); English when it names none of
/// the six (`C`, `POSIX`, `de_DE.UTF-8`).
fn lang_of_environment(var: impl Fn(&str) -> Option<String>) -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|name| var(name).filter(|v| !v.is_empty()))
        .next()
        .and_then(|locale| plenary::messages::lang_of_locale(&locale))
        .unwrap_or(Lang::En)
}

/// What clap found on the command line: `--help` and `--version` are answered with exit
/// 0; anything else is a usage error, exit [`EXIT_USAGE`], clap's message on stderr.
fn usage_error(e: &clap::Error) -> ExitCode {
    let _ = e.print();
    if e.use_stderr() {
        ExitCode::from(EXIT_USAGE)
    } else {
        ExitCode::SUCCESS
    }
}

fn run(command: Cmd) -> Result<ExitCode, Stop> {
    let done = match command {
        Cmd::Export(args) => return export::export(&args),
        Cmd::Arrange(args) => return arrange::run(&args),
        other => run_reading(other),
    };
    done.map_err(Stop::from)
}

/// The subcommands whose only way to fail is their input.
fn run_reading(command: Cmd) -> Result<ExitCode, Failure> {
    match command {
        Cmd::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "plenary", &mut out);
            emit_bytes(&out)?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Man { dir } => man(dir.as_deref()),
        Cmd::Check { file, format } => check::check(&file, format),
        Cmd::Fmt { file, check } => fmt::fmt(&file, check),
        Cmd::Export(_) | Cmd::Arrange(_) => unreachable!("run answers them"),
        Cmd::Generate(args) => generate::generate(&args),
        Cmd::Import(args) => import::import(&args),
        Cmd::Revisions { file } => revisions::revisions(&file),
        Cmd::Diff(args) => diff::diff(&args),
        Cmd::Revise(args) => revise::revise(&args),
        Cmd::Notes(args) => notes::notes(&args),
        Cmd::Apply(args) => apply::apply(&args),
        Cmd::Publish(args) => publish::publish(&args),
        Cmd::Suggest(args) => suggest::suggest(&args),
        #[cfg(debug_assertions)]
        Cmd::DebugPanic { file } => panic!("asked to panic on {}", file.display()),
    }
}

/// The man page of plenary on standard output, or every page (plenary and each
/// subcommand) into `dir`.
fn man(dir: Option<&Path>) -> Result<ExitCode, Failure> {
    let command = Cli::command();
    match dir {
        None => {
            let mut out = Vec::new();
            clap_mangen::Man::new(command)
                .render(&mut out)
                .map_err(|e| Failure(format!("cannot write the man page: {e}")))?;
            emit_bytes(&out)?;
        }
        Some(dir) => {
            std::fs::create_dir_all(dir)
                .and_then(|()| clap_mangen::generate_to(command, dir))
                .map_err(|e| Failure(format!("cannot write into {}: {e}", dir.display())))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `body` (the command `what`, e.g. "check a.json") and turns its outcome into the
/// exit code: its own code, 2 with the message for a [`Failure`], [`EXIT_USAGE`] for a
/// [`Stop::Usage`], and 2 with "internal error while `what`: message (at file:line)" for a
/// panic, which the runtime would otherwise end with exit 101 and a backtrace hint that
/// tells the user nothing.
fn guarded(what: &str, body: impl FnOnce() -> Result<ExitCode, Stop>) -> ExitCode {
    match catch_panic(body) {
        Ok(Ok(code)) => code,
        Ok(Err(Stop::Failure(Failure(message)))) => {
            eprintln!("plenary: {message}");
            ExitCode::from(2)
        }
        Ok(Err(Stop::Usage { command, message })) => {
            eprintln!(
                "plenary: {message}\n\nFor more information, try 'plenary {command} --help'."
            );
            ExitCode::from(EXIT_USAGE)
        }
        Err(panic) => {
            eprintln!("plenary: internal error while {what}: {panic}");
            ExitCode::from(2)
        }
    }
}

/// The message and place of the last panic, kept by the hook [`catch_panic`] installs
/// (the hook sees the location; the unwound payload does not carry it).
static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Runs `body`, answering a panic's message and location instead of unwinding. The
/// default hook's report is replaced by [`guarded`]'s single line.
fn catch_panic<T>(body: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "an unknown panic".to_owned());
        let message = match info.location() {
            Some(at) => format!("{message} (at {}:{})", at.file(), at.line()),
            None => message,
        };
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = Some(message);
        }
    }));
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(body));
    let _ = std::panic::take_hook();
    outcome.map_err(|_| {
        LAST_PANIC
            .lock()
            .ok()
            .and_then(|mut last| last.take())
            .unwrap_or_else(|| "an unknown panic".to_owned())
    })
}

/// Writes `bytes` to `file` through the core's atomic writer: a regular file is replaced
/// whole (its previous version kept as `<name>.bak`, its mode kept, a symlink written
/// through), a device or FIFO (`-o /dev/null`) written directly.
pub(crate) fn write_file(file: &Path, bytes: &[u8]) -> Result<(), Failure> {
    plenary::atomic::write(file, bytes, plenary::atomic::Backup::Keep)
        .map(|_| ())
        .map_err(|e| {
            said(
                plenary::messages::Message::new("cli-cannot-write")
                    .with("file", file.display().to_string())
                    .with("error", e.to_string()),
            )
        })
}

/// Writes `text` to standard output: [`emit_bytes`].
pub(crate) fn emit(text: &str) -> Result<(), Failure> {
    emit_bytes(text.as_bytes())
}

/// Writes `bytes` to standard output, the one way the subcommands write there.
///
/// A reader that closes the pipe early (`plenary export ... -o - | head -1`, `plenary
/// check big.json --format json | head -c 10`) ends the output quietly: no message, and
/// the exit code is the one the command has anyway (0, or 1 when `check` found an error),
/// as if the reader had read everything. The reader took what it asked for, so this is
/// neither bad input (2) nor a failure of the program, and `check`'s code still says what
/// it found. Dying of SIGPIPE as C tools do (the shell's status 141) was not chosen: it
/// would make a finished command look killed, and fail every `set -o pipefail` pipeline
/// that only wanted the first lines. (Rust programs ignore SIGPIPE, so the write fails
/// with `BrokenPipe` instead of killing the process.) Any other error (a full disk under
/// `> file`) is a failure: exit 2, named.
pub(crate) fn emit_bytes(bytes: &[u8]) -> Result<(), Failure> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Failure(format!("cannot write to standard output: {e}")))
        }
        _ => Ok(()),
    }
}

pub(crate) fn read(file: &Path) -> Result<String, Failure> {
    let bytes = std::fs::read(file).map_err(|e| cannot_read(file, &e))?;
    text_of(file, bytes)
}

/// `bytes`, the content of `file`, as text (taken over, not copied).
fn text_of(file: &Path, bytes: Vec<u8>) -> Result<String, Failure> {
    String::from_utf8(bytes).map_err(|e| {
        said_of(
            file,
            plenary::messages::Message::new("json-not-utf8")
                .with("offset", e.utf8_error().valid_up_to().to_string()),
        )
    })
}

/// A file the command line was given, read once: its bytes and the importable format
/// they were judged to be by content, then by name (`None`: a Plenary document, or nothing
/// an importer reads). Reading it again to open it cost as many page faults as the file
/// has pages, and could open other bytes than those judged.
pub(crate) struct Source {
    bytes: Vec<u8>,
    format: Option<plenary::interop::Format>,
}

impl Source {
    pub(crate) fn read(file: &Path) -> Result<Self, Failure> {
        let bytes = std::fs::read(file).map_err(|e| cannot_read(file, &e))?;
        let name = file.file_name().and_then(|n| n.to_str());
        let format = plenary::interop::foreign_format(name, &bytes);
        Ok(Self { bytes, format })
    }

    /// `file` read for a command that writes it back: refused, named, when an importer
    /// reads it (not a Plenary document, so never written over).
    pub(crate) fn read_document(file: &Path) -> Result<Self, Failure> {
        let source = Self::read(file)?;
        if source.is_foreign() {
            return Err(not_a_document(file));
        }
        Ok(source)
    }

    /// Whether an importer reads it: not a Plenary document, so never written over.
    pub(crate) fn is_foreign(&self) -> bool {
        self.format.is_some()
    }

    /// Its text (a Plenary document's, for a command that compares it with what it writes).
    pub(crate) fn into_text(self, file: &Path) -> Result<String, Failure> {
        text_of(file, self.bytes)
    }
}

/// The timetable in `file`: a Plenary document, or any file an importer reads (chosen by
/// content, then extension), whose import report goes to stderr.
pub(crate) fn open(file: &Path) -> Result<Timetable, Failure> {
    open_source(file, Source::read(file)?)
}

/// The timetable in `source`, the content of `file` (see [`open`]).
pub(crate) fn open_source(file: &Path, source: Source) -> Result<Timetable, Failure> {
    if let Some(format) = source.format {
        return import::import_bytes(
            file,
            &source.bytes,
            format,
            &plenary::interop::ImportOptions::default(),
        );
    }
    load_text(file, &source.into_text(file)?)
}

/// The Plenary document `text`, the content of `file`; what is wrong with it, named.
pub(crate) fn load_text(file: &Path, text: &str) -> Result<Timetable, Failure> {
    let lang = ui_lang();
    document::load(text).map_err(|e| match e {
        document::LoadError::Invalid(problems) => {
            let heading = plenary::messages::Message::new("cli-invalid-document")
                .with("file", file.display().to_string())
                .with("count", problems.len());
            Failure(format!(
                "{}\n{}",
                heading.text(lang),
                problems
                    .iter()
                    .map(|p| format!("  {}", p.said().text(lang)))
                    .collect::<Vec<_>>()
                    .join("\n")
            ))
        }
        other => Failure(format!(
            "{}: {}",
            file.display(),
            other.message().text(lang)
        )),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The panic hook is global to the process: one test at a time may install it.
    static HOOK: Mutex<()> = Mutex::new(());

    #[test]
    fn the_environment_names_the_language_by_the_first_locale_variable_set() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(lang_of_environment(env(&[])), Lang::En);
        assert_eq!(
            lang_of_environment(env(&[("LANG", "fr_FR.UTF-8")])),
            Lang::Fr
        );
        assert_eq!(
            lang_of_environment(env(&[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "ru_RU")])),
            Lang::Ru
        );
        assert_eq!(
            lang_of_environment(env(&[("LC_ALL", ""), ("LANG", "zh_CN.UTF-8")])),
            Lang::Zh
        );
        assert_eq!(
            lang_of_environment(env(&[("LC_ALL", "C"), ("LANG", "es_ES")])),
            Lang::En
        );
        assert_eq!(
            lang_of_environment(env(&[("LANG", "de_DE.UTF-8")])),
            Lang::En
        );
    }

    #[test]
    fn a_panic_becomes_an_internal_error_with_its_message_and_place() {
        let _serial = HOOK.lock().unwrap_or_else(|e| e.into_inner());
        let caught = catch_panic(|| -> u8 { panic!("index out of range") });
        let message = caught.expect_err("the panic is caught, not propagated");
        assert!(message.starts_with("index out of range (at "), "{message}");
        assert!(
            message.contains("main.rs:"),
            "the location is kept: {message}"
        );
        assert_eq!(
            catch_panic(|| 7),
            Ok(7),
            "no panic, the value passes through"
        );
    }

    /// A subcommand's body, as `main` runs it.
    type Body = fn() -> Result<ExitCode, Stop>;

    #[test]
    fn every_outcome_has_its_exit_code() {
        let _serial = HOOK.lock().unwrap_or_else(|e| e.into_inner());
        let cases: [(&str, Body, ExitCode); 5] = [
            ("success", || Ok(ExitCode::SUCCESS), ExitCode::SUCCESS),
            ("a finding", || Ok(ExitCode::from(1)), ExitCode::from(1)),
            (
                "a failure",
                || Err(Failure("no such file".into()).into()),
                ExitCode::from(2),
            ),
            (
                "a usage error",
                || {
                    Err(Stop::Usage {
                        command: "export",
                        message: "--body applies to --format ics only".into(),
                    })
                },
                ExitCode::from(EXIT_USAGE),
            ),
            ("a panic", || panic!("bug"), ExitCode::from(2)),
        ];
        for (what, body, expected) in cases {
            assert_eq!(guarded("check a.json", body), expected, "{what}");
        }
    }
}
