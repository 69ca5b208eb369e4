//! `plenary diff`: what changed since a revision (or between two).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use plenary::model::Lang;

use crate::{Failure, open};

/// What `plenary diff` writes.
#[derive(Clone, Copy, ValueEnum)]
pub enum DiffFormat {
    /// A summary for people, as plain text (for an e-mail).
    Text,
    /// The same summary as Markdown.
    Md,
    /// The diff as JSON, for scripts.
    Json,
}

/// Arguments of `plenary diff`.
#[derive(Args)]
pub struct DiffArgs {
    /// The document.
    pub(crate) file: PathBuf,
    /// The revision to compare from ("Rev.1").
    #[arg(long)]
    from: String,
    /// The revision to compare with; the current state when absent.
    #[arg(long)]
    to: Option<String>,
    /// Output format: a summary for people (plain text or Markdown), or the diff as JSON
    /// for scripts.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    format: DiffFormat,
    /// Language of the summary (ISO 639-1).
    #[arg(long, value_parser = crate::choices::lang(), default_value = "en")]
    lang: Lang,
}

pub fn diff(args: &DiffArgs) -> Result<ExitCode, Failure> {
    let lang = args.lang;
    let timetable = open(&args.file)?;
    let compared = plenary::revision::compare(&timetable, &args.from, args.to.as_deref())
        .map_err(|e| crate::said_of(&args.file, e.message()))?;
    match args.format {
        DiffFormat::Json => {
            let text = serde_json::to_string_pretty(&compared.diff)
                .map_err(|e| Failure(format!("cannot write JSON: {e}")))?;
            crate::emit(&format!("{text}\n"))?;
        }
        DiffFormat::Md => crate::emit(&compared.summary(lang))?,
        DiffFormat::Text => crate::emit(&compared.summary_text(lang))?,
    }
    Ok(ExitCode::SUCCESS)
}
