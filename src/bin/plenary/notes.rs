//! `plenary notes`: list the notes under a document's annex table (their keys, order,
//! markers and texts) and how they are marked and headed, for people (text) and scripts
//! (`--format json`). Scripts change them with `plenary apply` and the note commands (see
//! `docs/annex.md`).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use plenary::annex::{Layout, NoteView, Options, note_views};
use plenary::model::{Lang, MarkerStyle};
use serde::Serialize;

use crate::{Failure, Format, open};

/// Arguments of `plenary notes`.
#[derive(Args)]
pub struct NotesArgs {
    /// The document (or any importable file).
    pub(crate) file: PathBuf,
    /// The layout whose notes to list (the bodies layout has notes the others do not).
    #[arg(long, value_parser = crate::choices::layout(), default_value = "days")]
    layout: Layout,
    /// The language of the texts (ISO 639-1); the document's main language when absent.
    #[arg(long, value_parser = crate::choices::lang())]
    lang: Option<Lang>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

/// What `--format json` prints.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Listing<'a> {
    layout: Layout,
    lang: Lang,
    /// How notes are numbered and marked.
    markers: MarkerStyle,
    /// Whether the cells carry no markers.
    hide_markers: bool,
    /// The heading the annex prints in `lang`.
    heading: String,
    /// The heading per language, where the document sets one.
    headings: &'a plenary::model::Text,
    /// The notes in final order, each with the marker the annex prints.
    notes: Vec<Listed>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Listed {
    marker: String,
    free: bool,
    #[serde(flatten)]
    view: NoteView,
}

pub fn notes(args: &NotesArgs) -> Result<ExitCode, Failure> {
    let t = open(&args.file)?;
    let lang = args.lang.unwrap_or_else(|| t.main_lang());
    let options = Options::new(args.layout, lang);
    let style = &t.meeting.note_style;
    let annex = plenary::annex::build(&t, &options);
    let listed: Vec<Listed> = note_views(&t, &options)
        .into_iter()
        .map(|view| Listed {
            marker: annex.marker(view.number),
            free: plenary::annex::notes::is_free(&view.key),
            view,
        })
        .collect();
    let out = match args.format {
        Format::Json => {
            let listing = Listing {
                layout: args.layout,
                lang,
                markers: style.markers,
                hide_markers: style.hide_markers,
                heading: annex.notes_heading.clone(),
                headings: &style.heading,
                notes: listed,
            };
            let mut s = serde_json::to_string_pretty(&listing)
                .map_err(|e| Failure(format!("cannot write the notes as JSON: {e}")))?;
            s.push('\n');
            s
        }
        Format::Text => {
            let mut s = format!(
                "{} ({} layout, {}; markers: {}{})\n",
                annex.notes_heading,
                args.layout,
                lang.code(),
                style.markers.name(),
                if style.hide_markers {
                    ", hidden in the cells"
                } else {
                    ""
                }
            );
            let width = listed.iter().map(|n| n.view.key.len()).max().unwrap_or(0);
            for n in &listed {
                let mut flags = Vec::new();
                if n.view.ordered {
                    flags.push("ordered");
                }
                if n.view.overridden {
                    flags.push("own text");
                }
                let flags = if flags.is_empty() {
                    String::new()
                } else {
                    format!(" [{}]", flags.join(", "))
                };
                s += &format!(
                    "{:>4}  {:<width$}  {}{flags}\n",
                    n.marker, n.view.key, n.view.text
                );
            }
            if listed.is_empty() {
                s += "No notes.\n";
            }
            s
        }
    };
    crate::emit(&out)?;
    Ok(ExitCode::SUCCESS)
}
