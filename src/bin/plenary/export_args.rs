//! The arguments of `plenary export`, shared by the command (`export.rs`) and the options of
//! each family of formats (`export_annex.rs`, `export_interop.rs`).

use std::path::PathBuf;

use clap::Args;
use clap::builder::TypedValueParser;
use plenary::export::ExportFormat;

/// Arguments of `plenary export`.
#[derive(Args, Debug)]
pub struct ExportArgs {
    /// The timetable to export.
    pub file: PathBuf,
    /// Output format: the annex (annex-docx, annex-pdf, annex-html, annex-md, annex-txt) or
    /// an interchange format (frab-xml, frab-json, ics, csv, xlsx).
    #[arg(long, value_parser = format_parser())]
    pub format: ExportFormat,
    /// Where to write; `-` for standard output.
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
    /// Annex layout: days (days x slots), bodies (bodies x half-days), plan (days as columns),
    /// agenda (one row per item with its time, grouped by day).
    #[arg(long, default_value = "days")]
    pub layout: String,
    /// Language of the annex: ar, zh, en, fr, ru, es.
    #[arg(long, default_value = "en")]
    pub lang: String,
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
    #[arg(long, value_name = "auto|portrait|landscape", default_value = "auto")]
    pub orientation: String,
    /// Annex (DOCX, PDF): A4 landscape, the same as `--orientation landscape`.
    #[arg(long, conflicts_with = "orientation")]
    pub landscape: bool,
    /// Annex (PDF): a font file or directory to typeset with; repeatable. Default: the
    /// system's fonts (fontconfig's folders: /usr/share/fonts, ~/.local/share/fonts, ...).
    #[arg(long = "fonts", value_name = "PATH")]
    pub fonts: Vec<PathBuf>,
}

/// Parses `--format` by the core's names, so the list of formats lives in one place
/// (`plenary::export::ExportFormat`).
fn format_parser() -> impl TypedValueParser<Value = ExportFormat> {
    clap::builder::PossibleValuesParser::new(ExportFormat::ALL.map(ExportFormat::name)).map(
        |name| ExportFormat::from_name(&name).expect("clap lets only the listed names through"),
    )
}
