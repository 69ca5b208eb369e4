//! `plenary export`: write a timetable in another format. Two families, each in its own
//! module: the annex of the letter (`export_annex.rs`) and the formats other tools speak
//! (`export_interop.rs`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use clap::builder::TypedValueParser;
use plenary::export::{ExportFormat, ExportOptions};
use plenary::model::Lang;

use crate::{Failure, open};

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
    /// Annex layout: days (days x slots), bodies (bodies x half-days), plan (days as columns).
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

/// Runs the export: the core renders, warnings go to standard error.
pub fn export(args: &ExportArgs) -> Result<ExitCode, Failure> {
    let timetable = open(&args.file)?;
    let lang: Lang = args
        .lang
        .parse()
        .map_err(|e| Failure(format!("--lang {}: {e}", args.lang)))?;
    let mut options = ExportOptions::new(lang, chrono::Utc::now().naive_utc());
    options.revision = args.revision.clone();
    let format = args.format;
    if !format.is_annex() && (args.changes_since.is_some() || args.revision_text.is_some()) {
        return Err(Failure(format!(
            "--changes-since and --revision-text apply to the annex formats, not {format}"
        )));
    }
    if format.is_annex() {
        crate::export_annex::options(args, &mut options)?;
    } else {
        crate::export_interop::options(&timetable, args, &mut options)?;
    }
    let rendered = plenary::export::render(&timetable, format, &options).map_err(|e| match e {
        plenary::export::RenderError::UnknownRevision { .. } => {
            Failure(format!("{}: {e}", args.file.display()))
        }
        e => Failure(e.to_string()),
    })?;
    for warning in &rendered.warnings {
        eprintln!("plenary: warning: {warning}");
    }
    write_output(&args.output, &rendered.bytes)?;
    Ok(ExitCode::SUCCESS)
}

fn write_output(output: &Path, bytes: &[u8]) -> Result<(), Failure> {
    if output.as_os_str() == "-" {
        return std::io::stdout()
            .write_all(bytes)
            .map_err(|e| Failure(format!("cannot write to standard output: {e}")));
    }
    crate::write_file(output, bytes)
}
