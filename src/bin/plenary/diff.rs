//! `plenary diff`: what changed since a revision (or between two).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use plenary::model::Timetable;

use crate::{Failure, Format, open};

/// Arguments of `plenary diff`.
#[derive(Args)]
pub struct DiffArgs {
    /// The document.
    file: PathBuf,
    /// The revision to compare from ("Rev.1").
    #[arg(long)]
    from: String,
    /// The revision to compare with; the current state when absent.
    #[arg(long)]
    to: Option<String>,
    /// Output format: a Markdown summary for people, or the diff as JSON for scripts.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

pub fn diff(args: &DiffArgs) -> Result<ExitCode, Failure> {
    let timetable = open(&args.file)?;
    let find = |label: &str| -> Result<&Timetable, Failure> {
        timetable
            .revision(label)
            .map(|r| r.timetable.timetable())
            .ok_or_else(|| {
                let known: Vec<&str> = timetable
                    .revisions
                    .iter()
                    .map(|r| r.label.as_str())
                    .collect();
                Failure(format!(
                    "{}: there is no revision '{label}' (it has: {})",
                    args.file.display(),
                    if known.is_empty() {
                        "none".to_owned()
                    } else {
                        known.join(", ")
                    }
                ))
            })
    };
    let from = find(&args.from)?;
    let (to, title) = match &args.to {
        Some(label) => (
            find(label)?,
            format!("Changes from {} to {label}", args.from),
        ),
        None => (&timetable, format!("Changes since {}", args.from)),
    };
    let diff = plenary::revision::diff(from, to);
    match args.format {
        Format::Json => {
            let text = serde_json::to_string_pretty(&diff)
                .map_err(|e| Failure(format!("cannot write JSON: {e}")))?;
            crate::emit(&format!("{text}\n"));
        }
        Format::Text => crate::emit(&plenary::revision::summary(&diff, from, to, &title)),
    }
    Ok(ExitCode::SUCCESS)
}
