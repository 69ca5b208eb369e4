//! `plenary revise`: publish a revision of a document, in place.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::Args;
use plenary::{Command, DryRun, Editor, document};

use crate::{Failure, Source, open_source};

/// Arguments of `plenary revise`.
#[derive(Args)]
pub struct ReviseArgs {
    /// The document; it is rewritten with the new revision.
    pub(crate) file: PathBuf,
    /// The label; the next "Rev.N" when absent.
    #[arg(long)]
    label: Option<String>,
    /// The publication date (YYYY-MM-DD).
    #[arg(long)]
    date: NaiveDate,
    /// What the revision is for.
    #[arg(long)]
    comment: Option<String>,
}

pub fn revise(args: &ReviseArgs) -> Result<ExitCode, Failure> {
    let source = Source::read_document(&args.file)?;
    let mut editor = Editor::new(open_source(&args.file, source)?);
    let command = Command::PublishRevision {
        label: args.label.clone(),
        date: args.date,
        comment: args.comment.clone(),
    };
    editor.apply(&command, DryRun::No).map_err(|e| {
        let reason = e.message().text(crate::ui_lang());
        Failure(format!("{}: {reason}", args.file.display()))
    })?;
    let text = document::save(editor.timetable());
    crate::write_file(&args.file, text.as_bytes())?;
    if let Some(r) = editor.timetable().revisions.last() {
        let published = plenary::messages::Message::new("cli-revised")
            .with("label", r.label.as_str())
            .with("date", r.date.to_string());
        eprintln!("plenary: {}", published.text(crate::ui_lang()));
    }
    Ok(ExitCode::SUCCESS)
}
