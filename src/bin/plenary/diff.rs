//! `plenary diff`: what changed since a revision (or between two).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use plenary::model::{Lang, Timetable};
use plenary::revision::Compared;

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
    /// Language of the summary: ar, zh, en, fr, ru, es.
    #[arg(long, default_value = "en")]
    lang: String,
}

pub fn diff(args: &DiffArgs) -> Result<ExitCode, Failure> {
    let lang = Lang::from_code(&args.lang).ok_or_else(|| {
        Failure(format!(
            "--lang {}: not one of ar, zh, en, fr, ru, es",
            args.lang
        ))
    })?;
    let timetable = open(&args.file)?;
    let find = |label: &str| -> Result<&Timetable, Failure> {
        timetable
            .revision_timetable(label)
            .map_err(|e| Failure(format!("{}: {e}", args.file.display())))
    };
    let from = find(&args.from)?;
    let to = match &args.to {
        Some(label) => find(label)?,
        None => &timetable,
    };
    let compared = Compared {
        from: &args.from,
        to: args.to.as_deref(),
    };
    let diff = plenary::revision::diff(from, to);
    match args.format {
        DiffFormat::Json => {
            let text = serde_json::to_string_pretty(&diff)
                .map_err(|e| Failure(format!("cannot write JSON: {e}")))?;
            crate::emit(&format!("{text}\n"));
        }
        DiffFormat::Md => crate::emit(&plenary::revision::summary(&diff, from, to, compared, lang)),
        DiffFormat::Text => crate::emit(&plenary::revision::summary_text(
            &diff, from, to, compared, lang,
        )),
    }
    Ok(ExitCode::SUCCESS)
}
