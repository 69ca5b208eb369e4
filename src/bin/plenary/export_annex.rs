//! The annex formats of `plenary export` (annex-docx, annex-pdf, annex-html, annex-md,
//! annex-txt): parse the annex options, build the annex with the core, render it, and
//! print the export report (texts that fell back to another language, times no note
//! gives) on standard error.

use plenary::annex::{self, Layout, Options, docx, html, text};
use plenary::model::{Lang, Timetable};

use crate::Failure;
use crate::export::{ExportArgs, ExportFormat};

fn lang(code: &str) -> Result<Lang, Failure> {
    Lang::ALL
        .into_iter()
        .find(|l| l.code() == code)
        .ok_or_else(|| {
            Failure(format!(
                "unknown language {code:?}; expected one of ar, zh, en, fr, ru, es"
            ))
        })
}

/// Renders the annex as `args` asks.
pub fn render(timetable: &Timetable, args: &ExportArgs) -> Result<Vec<u8>, Failure> {
    let layout: Layout = args
        .layout
        .parse()
        .map_err(|e: annex::UnknownLayout| Failure(e.to_string()))?;
    let options = Options {
        layout,
        lang: lang(&args.lang)?,
        heading: args.heading.clone(),
        revision: args.revision.clone(),
    };
    let annex = annex::build(timetable, &options);
    for warning in &annex.warnings {
        eprintln!("plenary: warning: {warning}");
    }
    let orientation = if args.landscape {
        docx::Orientation::Landscape
    } else {
        docx::Orientation::Portrait
    };
    match args.format {
        ExportFormat::AnnexTxt => Ok(text::to_text(&annex).into_bytes()),
        ExportFormat::AnnexMd => Ok(text::to_markdown(&annex).into_bytes()),
        ExportFormat::AnnexHtml => Ok(html::to_html(&annex).into_bytes()),
        ExportFormat::AnnexDocx => docx::to_docx(&annex, orientation)
            .map_err(|e| Failure(format!("cannot write the DOCX package: {e}"))),
        ExportFormat::AnnexPdf => pdf(&annex, orientation, args),
        other => Err(Failure(format!("{other:?} is not an annex format"))),
    }
}

#[cfg(not(feature = "pdf"))]
fn pdf(
    _annex: &annex::Annex,
    _orientation: docx::Orientation,
    _args: &ExportArgs,
) -> Result<Vec<u8>, Failure> {
    Err(Failure(
        "this plenary was built without the `pdf` feature; rebuild with \
         `cargo build --features pdf`, or export annex-docx and convert it"
            .into(),
    ))
}
