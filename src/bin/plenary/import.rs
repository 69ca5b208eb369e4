//! `plenary import`: read a file another tool wrote and save it as a Plenary document.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use plenary::document;
use plenary::interop::{self, Format, ImportOptions};
use plenary::messages::Message;

use crate::Failure;

/// Arguments of `plenary import`.
#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The file to import.
    pub file: PathBuf,
    /// Its format; by default judged from its content, then its extension.
    #[arg(long, value_parser = crate::choices::import_format())]
    pub from: Option<Format>,
    /// The meeting's IANA time zone (e.g. Europe/Brussels); by default the file's own, else
    /// a guess that the report states.
    #[arg(long)]
    pub time_zone: Option<String>,
    /// Where to write the Plenary document; `-` for standard output.
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
}

/// Runs the import: the report on stderr, the document to `--output`.
pub fn import(args: &ImportArgs) -> Result<ExitCode, Failure> {
    let options = ImportOptions {
        time_zone: args.time_zone.clone(),
        file_name: None,
    };
    let bytes = std::fs::read(&args.file).map_err(|e| crate::cannot_read(&args.file, &e))?;
    let name = args.file.file_name().and_then(|n| n.to_str());
    let format = match args.from {
        Some(f) => f,
        None => match interop::foreign_format(name, &bytes) {
            Some(f) => f,
            None => return Err(undetected(&args.file)),
        },
    };
    let timetable = import_bytes(&args.file, &bytes, format, &options)?;
    let text = document::save(&timetable);
    if args.output.as_os_str() == "-" {
        crate::emit(&text)?;
        return Ok(ExitCode::SUCCESS);
    }
    crate::write_file(&args.output, text.as_bytes())?;
    let wrote = Message::new("cli-wrote-import")
        .with("file", args.output.display().to_string())
        .with("sessions", timetable.sessions.len())
        .with("rooms", timetable.rooms.len())
        .with("persons", timetable.persons.len())
        .with("days", timetable.days.len());
    eprintln!("plenary: {}", wrote.text(crate::ui_lang()));
    Ok(ExitCode::SUCCESS)
}

/// Why `file` cannot be imported without `--from`: it is a Plenary document already, or
/// JSON that is neither a Plenary document nor a frab schedule, or neither its content nor
/// its name says a format (the core says what the content is and where it stops being text).
fn undetected(file: &Path) -> Failure {
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) => return crate::cannot_read(file, &e),
    };
    let name = file.file_name().and_then(|n| n.to_str());
    let why = match interop::detect(name, &bytes) {
        Some(interop::Detected::Plenary) => match document::load_bytes(&bytes) {
            Ok(_) => {
                return crate::said(
                    Message::new("cli-already-a-document").with("file", file.display().to_string()),
                );
            }
            Err(e) => Message::new("cli-taken-for-a-document").with("reason", e.message()),
        },
        Some(interop::Detected::Foreign(_)) | None => interop::why_undetected_words(name, &bytes),
    };
    crate::said(
        Message::new("cli-not-importable")
            .with("file", file.display().to_string())
            .with("reason", why)
            .with("formats", Format::ALL.map(Format::name).join("|")),
    )
}

/// Imports `bytes`, the content of `file`, as `format`, printing the report on stderr (one
/// line per item, prefixed with the file name).
pub fn import_bytes(
    file: &Path,
    bytes: &[u8],
    format: Format,
    options: &ImportOptions,
) -> Result<plenary::Timetable, Failure> {
    let options = ImportOptions {
        file_name: file.file_name().map(|n| n.to_string_lossy().into_owned()),
        ..options.clone()
    };
    let imported = interop::import(format, bytes, &options).map_err(|e| {
        let said = plenary::messages::Message::new("cli-import-failed")
            .with("file", file.display().to_string())
            .with("format", format.to_string())
            .with("reason", e.message());
        Failure(said.text(crate::ui_lang()))
    })?;
    let lang = crate::ui_lang();
    for item in &imported.report.items {
        eprintln!(
            "{}: {}: {}: {}",
            file.display(),
            item.position.message().text(lang),
            item.action.message().text(lang),
            item.words.text(lang)
        );
    }
    Ok(imported.timetable)
}
