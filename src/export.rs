//! Every export in one place: the annex of the letter ([`crate::annex`]) and the formats
//! other tools speak ([`crate::interop`]), chosen by an [`ExportFormat`] and rendered to
//! bytes by [`render`]. The CLI (`plenary export`) and the desktop app (File > Export) both
//! call it, so they write the same files.
//!
//! No I/O here: the caller finds and reads the PDF's fonts (`ExportOptions::fonts`) and
//! writes the bytes where it wants.

use std::fmt;

use chrono::NaiveDateTime;

use crate::annex::{self, Orientation};
use crate::interop::{self, FrabOptions, IcsOptions};
use crate::messages::Message;
use crate::model::{BodyId, Lang, Timetable, UnknownRevision};

/// A format Plenary exports to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// The annex as a Word document.
    AnnexDocx,
    /// The annex as a PDF (needs the `pdf` feature).
    AnnexPdf,
    /// The annex as a standalone HTML page.
    AnnexHtml,
    /// The annex as Markdown.
    AnnexMd,
    /// The annex as plain text.
    AnnexTxt,
    /// frab/Pentabarf schedule.xml.
    FrabXml,
    /// frab schedule.json.
    FrabJson,
    /// iCalendar (RFC 5545).
    Ics,
    /// CSV, one row per session.
    Csv,
    /// Excel workbook: session list and annex grid.
    Xlsx,
}

impl ExportFormat {
    /// Every format.
    pub const ALL: [ExportFormat; 10] = [
        ExportFormat::AnnexDocx,
        ExportFormat::AnnexPdf,
        ExportFormat::AnnexHtml,
        ExportFormat::AnnexMd,
        ExportFormat::AnnexTxt,
        ExportFormat::FrabXml,
        ExportFormat::FrabJson,
        ExportFormat::Ics,
        ExportFormat::Csv,
        ExportFormat::Xlsx,
    ];

    /// The name on the command line and on the wire (`annex-docx`, `frab-xml`, ...).
    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::AnnexDocx => "annex-docx",
            ExportFormat::AnnexPdf => "annex-pdf",
            ExportFormat::AnnexHtml => "annex-html",
            ExportFormat::AnnexMd => "annex-md",
            ExportFormat::AnnexTxt => "annex-txt",
            ExportFormat::FrabXml => "frab-xml",
            ExportFormat::FrabJson => "frab-json",
            ExportFormat::Ics => "ics",
            ExportFormat::Csv => "csv",
            ExportFormat::Xlsx => "xlsx",
        }
    }

    /// The format with this name.
    pub fn from_name(name: &str) -> Option<ExportFormat> {
        ExportFormat::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::AnnexDocx => "docx",
            ExportFormat::AnnexPdf => "pdf",
            ExportFormat::AnnexHtml => "html",
            ExportFormat::AnnexMd => "md",
            ExportFormat::AnnexTxt => "txt",
            ExportFormat::FrabXml => "xml",
            ExportFormat::FrabJson => "json",
            ExportFormat::Ics => "ics",
            ExportFormat::Csv => "csv",
            ExportFormat::Xlsx => "xlsx",
        }
    }

    /// Whether it is the annex (layout, heading and orientation apply).
    pub fn is_annex(self) -> bool {
        matches!(
            self,
            ExportFormat::AnnexDocx
                | ExportFormat::AnnexPdf
                | ExportFormat::AnnexHtml
                | ExportFormat::AnnexMd
                | ExportFormat::AnnexTxt
        )
    }
}

impl ExportFormat {
    /// What it is, for people choosing one ("Word document", "iCalendar").
    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::AnnexDocx => "Word document",
            ExportFormat::AnnexPdf => "PDF",
            ExportFormat::AnnexHtml => "Web page",
            ExportFormat::AnnexMd => "Markdown",
            ExportFormat::AnnexTxt => "Plain text",
            ExportFormat::FrabXml => "frab schedule.xml",
            ExportFormat::FrabJson => "frab schedule.json",
            ExportFormat::Ics => "iCalendar",
            ExportFormat::Csv => "CSV (one row per session)",
            ExportFormat::Xlsx => "Excel workbook",
        }
    }
}

/// What a client lists in its export dialog: every format and every annex layout, in the
/// core's order, with their names on the wire and labels for people. The one list there is
/// (the CLI takes its `--format` names from [`ExportFormat::ALL`] too).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct ExportChoices {
    /// Every format, annex formats first.
    pub formats: Vec<FormatChoice>,
    /// Every annex layout.
    pub layouts: Vec<LayoutChoice>,
}

/// One export format as a client lists it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct FormatChoice {
    /// Its name on the wire (`annex-docx`, `ics`, ...): what `export_document` takes.
    pub name: String,
    /// What it is, for people.
    pub label: String,
    /// The file extension, without the dot.
    pub extension: String,
    /// The annex of the letter (a layout applies), rather than an interchange format.
    pub annex: bool,
}

/// One annex layout as a client lists it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct LayoutChoice {
    /// The layout.
    pub name: annex::Layout,
    /// What it is, for people.
    pub label: String,
}

impl ExportChoices {
    /// Every format and layout.
    pub fn all() -> ExportChoices {
        ExportChoices {
            formats: ExportFormat::ALL
                .into_iter()
                .map(|f| FormatChoice {
                    name: f.name().into(),
                    label: f.label().into(),
                    extension: f.extension().into(),
                    annex: f.is_annex(),
                })
                .collect(),
            layouts: annex::Layout::ALL
                .into_iter()
                .map(|l| LayoutChoice {
                    name: l,
                    label: l.label().into(),
                })
                .collect(),
        }
    }
}

impl fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How to export.
#[derive(Clone, Debug)]
pub struct ExportOptions {
    /// Layout, language, heading and revision line of the annex; the language applies to
    /// every format.
    pub annex: annex::Options,
    /// Page orientation of the annex DOCX and PDF; [`Orientation::Auto`] (the default)
    /// takes landscape only for a table too wide for portrait.
    pub orientation: Orientation,
    /// iCalendar only: the sessions of this body and its sub-bodies; `None` for all.
    pub body: Option<BodyId>,
    /// PDF only: the fonts to typeset with, found and read by the client (the core opens
    /// no files); `None` typesets without text glyphs and warns.
    #[cfg(feature = "pdf")]
    pub fonts: Option<std::sync::Arc<annex::pdf::Fonts>>,
    /// When the export is made, in UTC (the iCalendar `DTSTAMP`): the core has no clock.
    pub now: NaiveDateTime,
    /// Export this published revision (by label) instead of the current state: its frozen
    /// timetable, and for the annex the revision line "Rev.2, 5 September 2017" in the
    /// annex language unless `annex.revision` gives a line of its own.
    pub revision: Option<String>,
    /// Annex only: mark what changed since this published revision (by label): changed
    /// items and cells highlighted, a legend, and the sessions removed since.
    pub changes_since: Option<String>,
}

impl ExportOptions {
    /// The days layout in `lang`, orientation from the table's width, every session, no
    /// fonts, made at `now`.
    pub fn new(lang: Lang, now: NaiveDateTime) -> ExportOptions {
        ExportOptions {
            annex: annex::Options::new(annex::Layout::Days, lang),
            orientation: Orientation::Auto,
            body: None,
            #[cfg(feature = "pdf")]
            fonts: None,
            now,
            revision: None,
            changes_since: None,
        }
    }
}

/// An export: the file's bytes and what the person exporting should know (texts that fell
/// back to another language, times no note gives, missing fonts).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rendered {
    /// The file's contents.
    pub bytes: Vec<u8>,
    /// Warnings, in English, one per line: `words` in English.
    pub warnings: Vec<String>,
    /// The warnings as message ids with their arguments, for any language.
    pub words: Vec<Message>,
}

/// Why an export could not be made. Nothing is written on error.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// An interchange format could not be written.
    #[error("{format} export: {source}")]
    Interop {
        /// The format.
        format: ExportFormat,
        /// Why.
        source: interop::ExportError,
    },
    /// The DOCX package could not be written.
    #[error("cannot write the DOCX package: {0}")]
    Docx(std::io::Error),
    /// The PDF could not be typeset.
    #[cfg(feature = "pdf")]
    #[error("cannot make the PDF: {0}")]
    Pdf(#[from] annex::pdf::PdfError),
    /// A revision label names no published revision.
    #[error(transparent)]
    UnknownRevision(#[from] UnknownRevision),
    /// This build has no PDF support.
    #[error(
        "this plenary was built without the `pdf` feature; rebuild with \
         `cargo build --features pdf`, or export annex-docx and convert it"
    )]
    NoPdf,
}

impl RenderError {
    /// Why, as a message id with its arguments (`Display` writes it in English). What the
    /// system or a writer library said (a disk error, the PDF typesetter) is passed on in
    /// its words.
    pub fn message(&self) -> Message {
        match self {
            RenderError::Interop { format, source } => Message::new("export-failed")
                .with("format", format.name())
                .with("reason", source.message()),
            RenderError::Docx(e) => Message::new("export-docx-failed").with("error", e.to_string()),
            #[cfg(feature = "pdf")]
            RenderError::Pdf(e) => Message::new("export-pdf-failed").with("error", e.to_string()),
            RenderError::UnknownRevision(e) => e.message(),
            RenderError::NoPdf => Message::new("export-no-pdf"),
        }
    }
}

/// What `options` export: the current timetable or a published revision's, and the annex
/// options with the revision line and change marks resolved.
pub fn resolve<'a>(
    timetable: &'a Timetable,
    options: &ExportOptions,
) -> Result<(&'a Timetable, annex::Options), RenderError> {
    let mut annex_options = options.annex.clone();
    let source = match &options.revision {
        Some(label) => {
            let revision = timetable.published_revision(label)?;
            if annex_options.revision.is_none() {
                annex_options.revision = Some(crate::i18n::revision_line(
                    annex_options.lang,
                    &revision.label,
                    revision.date,
                ));
            }
            revision.timetable.timetable()
        }
        None => timetable,
    };
    if let Some(label) = &options.changes_since {
        // From the revision `label` to what is exported (another revision, or now).
        let compared = crate::revision::compare(timetable, label, options.revision.as_deref())?;
        annex_options.changes_since =
            Some(annex::Changes::between(compared.old, label, compared.new));
    }
    Ok((source, annex_options))
}

/// Renders `timetable` in `format` (or the published revision `options.revision` names).
pub fn render(
    timetable: &Timetable,
    format: ExportFormat,
    options: &ExportOptions,
) -> Result<Rendered, RenderError> {
    let (timetable, annex_options) = resolve(timetable, options)?;
    let lang = options.annex.lang;
    let mut warnings = Vec::new();
    // The annex, built only for the annex formats; its warnings join the export's.
    let mut annex = || {
        let built = annex::build(timetable, &annex_options);
        warnings.extend(built.warnings.iter().map(|w| w.words.clone()));
        built
    };
    let frab = FrabOptions {
        lang,
        ..FrabOptions::default()
    };
    let mut bytes = Vec::new();
    let failed = |source| RenderError::Interop { format, source };
    match format {
        ExportFormat::AnnexTxt => bytes = annex::text::to_text(&annex()).into_bytes(),
        ExportFormat::AnnexMd => bytes = annex::text::to_markdown(&annex()).into_bytes(),
        ExportFormat::AnnexHtml => bytes = annex::html::to_html(&annex()).into_bytes(),
        ExportFormat::AnnexDocx => {
            bytes =
                annex::docx::to_docx(&annex(), options.orientation).map_err(RenderError::Docx)?;
        }
        ExportFormat::AnnexPdf => {
            let built = annex();
            bytes = pdf(&built, options, &mut warnings)?;
        }
        ExportFormat::FrabXml => {
            interop::write_frab_xml(timetable, &frab, &mut bytes).map_err(failed)?;
        }
        ExportFormat::FrabJson => {
            interop::write_frab_json(timetable, &frab, &mut bytes).map_err(failed)?;
        }
        ExportFormat::Ics => {
            let mut ics = IcsOptions::new(options.now);
            ics.lang = lang;
            ics.body = options.body.clone();
            interop::write_ics(timetable, &ics, &mut bytes).map_err(failed)?;
        }
        ExportFormat::Csv => interop::write_csv(timetable, lang, &mut bytes).map_err(failed)?,
        ExportFormat::Xlsx => bytes = interop::xlsx_bytes(timetable, lang).map_err(failed)?,
    }
    Ok(Rendered {
        bytes,
        warnings: warnings.iter().map(Message::to_string).collect(),
        words: warnings,
    })
}

#[cfg(feature = "pdf")]
fn pdf(
    annex: &annex::Annex,
    options: &ExportOptions,
    warnings: &mut Vec<Message>,
) -> Result<Vec<u8>, RenderError> {
    let no_fonts = annex::pdf::Fonts::new([], |_| None);
    let fonts = options.fonts.as_deref().unwrap_or(&no_fonts);
    if fonts.is_empty() {
        warnings.push(Message::new("export-no-fonts"));
    }
    let (bytes, typst_warnings) = annex::pdf::to_pdf(annex, options.orientation, fonts)?;
    warnings.extend(
        typst_warnings
            .into_iter()
            .map(|w| Message::new("export-pdf-warning").with("warning", w.to_string())),
    );
    Ok(bytes)
}

#[cfg(not(feature = "pdf"))]
fn pdf(
    _annex: &annex::Annex,
    _options: &ExportOptions,
    _warnings: &mut Vec<Message>,
) -> Result<Vec<u8>, RenderError> {
    Err(RenderError::NoPdf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_reads_back_from_its_name() {
        for format in ExportFormat::ALL {
            assert_eq!(ExportFormat::from_name(format.name()), Some(format));
        }
        assert_eq!(ExportFormat::from_name("annex-odt"), None);
    }

    #[test]
    fn export_choices_list_every_format_and_layout_annex_first_with_labels() {
        let choices = ExportChoices::all();
        let names: Vec<&str> = choices.formats.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            ExportFormat::ALL.map(ExportFormat::name),
            "the core's one list"
        );
        let first_interchange = choices.formats.iter().position(|f| !f.annex);
        assert_eq!(
            first_interchange,
            Some(5),
            "the five annex formats come first"
        );
        assert!(choices.formats[5..].iter().all(|f| !f.annex));
        assert!(
            choices
                .formats
                .iter()
                .all(|f| !f.label.is_empty() && !f.extension.is_empty())
        );
        let word = &choices.formats[0];
        assert_eq!(
            (word.label.as_str(), word.extension.as_str()),
            ("Word document", "docx")
        );
        let layouts: Vec<_> = choices
            .layouts
            .iter()
            .map(|l| (l.name, l.label.as_str()))
            .collect();
        assert_eq!(
            layouts,
            [
                (annex::Layout::Days, "Days × slots"),
                (annex::Layout::Bodies, "Bodies × half-days"),
                (annex::Layout::Plan, "Time management plan"),
                (annex::Layout::Agenda, "Agenda (one row per item)"),
            ]
        );
    }
}
