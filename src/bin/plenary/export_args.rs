//! The arguments of `plenary export`, shared by the command (`export.rs`) and the options of
//! each family of formats (`export_annex.rs`, `export_interop.rs`).

use std::path::PathBuf;

use clap::Args;
use plenary::annex::{Layout, Orientation};
use plenary::export::ExportFormat;
use plenary::model::Lang;

use crate::choices;

/// Arguments of `plenary export`.
#[derive(Args, Debug)]
pub struct ExportArgs {
    /// The timetable to export.
    pub file: PathBuf,
    /// Output format: the annex of the letter (annex-*) or a format other tools read.
    #[arg(long, value_parser = choices::export_format())]
    pub format: ExportFormat,
    /// Where to write; `-` for standard output.
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
    /// Annex layout.
    #[arg(long, value_parser = choices::layout(), default_value = "days")]
    pub layout: Layout,
    /// Language of the export (ISO 639-1).
    #[arg(long, value_parser = choices::lang(), default_value = "en")]
    pub lang: Lang,
    /// Only the sessions of this body and its sub-bodies (iCalendar).
    #[arg(long)]
    pub body: Option<String>,
    /// Annex: a heading above the table, as in the letter ("Annex C").
    #[arg(long)]
    pub heading: Option<String>,
    /// Export this published revision (its label, as `plenary revisions` lists them)
    /// instead of the current state; the annex says "Rev.2, 5 September 2017" under its
    /// title, the date in the annex language.
    #[arg(long, value_name = "LABEL")]
    pub revision: Option<String>,
    /// Annex: mark what changed since this published revision (highlighted cells, a
    /// legend, the sessions removed since).
    #[arg(long, value_name = "LABEL")]
    pub changes_since: Option<String>,
    /// Annex: a line of your own under the title instead of the revision's label and date.
    #[arg(long, value_name = "TEXT")]
    pub revision_text: Option<String>,
    /// Annex (DOCX, PDF): page orientation; `auto` (the default) is portrait unless the
    /// table is too wide for it.
    #[arg(long, value_parser = choices::orientation(), default_value = "auto")]
    pub orientation: Orientation,
    /// Annex (DOCX, PDF): A4 landscape, the same as `--orientation landscape`.
    #[arg(long, conflicts_with = "orientation")]
    pub landscape: bool,
    /// Annex (PDF): a font file or directory to typeset with; repeatable. Default: the
    /// system's fonts (fontconfig's folders: /usr/share/fonts, ~/.local/share/fonts, ...).
    #[arg(long = "fonts", value_name = "PATH")]
    pub fonts: Vec<PathBuf>,
}
