//! `plenary suggest`: the best places for one session (day, start, room), best first, each
//! with what a drop there would bring, for people (text) and scripts (`--format json`, each
//! place with the command `plenary apply` takes to put the session there).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use plenary::model::SessionId;
use plenary::places::{Fit, suggest as best_places};

use crate::{Failure, Format, open};

/// Arguments of `plenary suggest`.
#[derive(Args)]
pub struct SuggestArgs {
    /// The document (or any importable file).
    pub(crate) file: PathBuf,
    /// The id of the session to place.
    #[arg(long)]
    session: String,
    /// How many places to list.
    #[arg(short = 'n', long, default_value_t = 5)]
    count: usize,
    /// Its length in minutes; absent: its own (or the document's default).
    #[arg(long)]
    minutes: Option<u32>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

pub fn suggest(args: &SuggestArgs) -> Result<ExitCode, Failure> {
    let t = open(&args.file)?;
    let id = SessionId(args.session.clone());
    let places = best_places(&t, &id, args.count, args.minutes)
        .map_err(|e| crate::said_of(&args.file, e.message()))?;
    let out = match args.format {
        Format::Json => serde_json::to_string_pretty(&places)
            .map_err(|e| Failure(format!("cannot write the places as JSON: {e}")))?,
        Format::Text => {
            let mut lines = Vec::new();
            for (i, p) in places.iter().enumerate() {
                let room = p
                    .room
                    .as_ref()
                    .map(|r| t.rooms.get(r).map_or(r.as_str(), |x| x.name.as_str()))
                    .map_or(String::new(), |name| format!(", {name}"));
                let fit = match p.fit {
                    Fit::Clean => "no conflict".to_owned(),
                    fit => {
                        let kinds: Vec<&str> = p.kinds.iter().map(|k| k.name()).collect();
                        format!("{}: {}", fit_word(fit), kinds.join(", "))
                    }
                };
                lines.push(format!(
                    "{}. {} {}–{}{room}: {fit}",
                    i + 1,
                    p.placement.start.date().format("%a %-d %b %Y"),
                    p.placement.start.time(),
                    p.placement.end.time(),
                ));
            }
            if lines.is_empty() {
                lines.push("No place: the meeting has no days.".to_owned());
            }
            lines.join("\n")
        }
    };
    crate::emit(&format!("{out}\n"))?;
    Ok(ExitCode::SUCCESS)
}

fn fit_word(fit: Fit) -> &'static str {
    match fit {
        Fit::Clean => "clean",
        Fit::Info => "info",
        Fit::Warning => "warnings",
        Fit::Error => "errors",
    }
}
