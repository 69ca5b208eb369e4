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

#[cfg(feature = "pdf")]
fn pdf(
    annex: &annex::Annex,
    orientation: docx::Orientation,
    args: &ExportArgs,
) -> Result<Vec<u8>, Failure> {
    let paths = if args.fonts.is_empty() {
        system_font_dirs()
    } else {
        args.fonts.clone()
    };
    let fonts = annex::pdf::Fonts::load(&paths);
    if fonts.is_empty() {
        eprintln!(
            "plenary: warning: no fonts found in {}; the PDF will lack text (install \
             fonts-noto-core and fonts-noto-cjk, or pass --fonts DIR)",
            paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let (bytes, warnings) = annex::pdf::to_pdf(annex, orientation, &fonts)
        .map_err(|e| Failure(format!("cannot make the PDF: {e}")))?;
    for w in warnings {
        eprintln!("plenary: warning: PDF: {w}");
    }
    Ok(bytes)
}

/// Where fonts usually are, on Linux, macOS and Windows.
#[cfg(feature = "pdf")]
fn system_font_dirs() -> Vec<std::path::PathBuf> {
    let mut dirs: Vec<std::path::PathBuf> = [
        "/usr/share/fonts",
        "/usr/local/share/fonts",
        "/System/Library/Fonts",
        "/Library/Fonts",
        "C:\\Windows\\Fonts",
    ]
    .iter()
    .map(std::path::PathBuf::from)
    .collect();
    if let Some(home) = std::env::var_os("HOME") {
        let home = std::path::PathBuf::from(home);
        dirs.push(home.join(".local/share/fonts"));
        dirs.push(home.join(".fonts"));
        dirs.push(home.join("Library/Fonts"));
    }
    dirs.into_iter().filter(|d| d.is_dir()).collect()
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
