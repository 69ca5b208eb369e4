//! `plenary apply`: apply commands (the app's own gestures, as JSON) to a document, in
//! place: what a script uses to change a document the way a user would (the note commands
//! of `docs/annex.md`, or any other). All or nothing: the first command the core refuses
//! ends the run with its reason and nothing is written.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use plenary::messages::Message;
use plenary::{Command, DryRun, Editor, document};

use crate::{Failure, Source, open_source};

/// Arguments of `plenary apply`.
#[derive(Args)]
pub struct ApplyArgs {
    /// The document; it is rewritten with the commands applied.
    pub(crate) file: PathBuf,
    /// A JSON file of commands: one command object (`{"type": "setNoteMarkers", ...}`) or
    /// an array of them, applied in order; `-` reads standard input.
    commands: PathBuf,
    /// Check that every command applies and report, without writing the document.
    #[arg(long)]
    dry_run: bool,
}

pub fn apply(args: &ApplyArgs) -> Result<ExitCode, Failure> {
    let source = Source::read_document(&args.file)?;
    let (name, text) = if args.commands.as_os_str() == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Failure(format!("cannot read the commands from standard input: {e}")))?;
        ("standard input".to_owned(), text)
    } else {
        (
            args.commands.display().to_string(),
            crate::read(&args.commands)?,
        )
    };
    let commands = parse(&text).map_err(|e| Failure(format!("{name}: {e}")))?;
    let mut editor = Editor::new(open_source(&args.file, source)?);
    for (i, command) in commands.iter().enumerate() {
        let label = command.describe_words(editor.timetable());
        editor.apply(command, DryRun::No).map_err(|e| {
            let refused = Message::new("cli-command-refused")
                .with("file", args.file.display().to_string())
                .with("number", i + 1)
                .with("label", label.clone())
                .with("reason", e.message());
            Failure(refused.text(crate::ui_lang()))
        })?;
        eprintln!("plenary: {}", label.text(crate::ui_lang()));
    }
    if !args.dry_run {
        let text = document::save(editor.timetable());
        crate::write_file(&args.file, text.as_bytes())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// One command or an array of them.
fn parse(text: &str) -> Result<Vec<Command>, String> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let items = match value {
        serde_json::Value::Array(items) => items,
        one => vec![one],
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            serde_json::from_value(item).map_err(|e| format!("command {}: {e}", i + 1))
        })
        .collect()
}
