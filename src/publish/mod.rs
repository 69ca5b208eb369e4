//! Publishing: one document becomes a static website, the feeds conference apps read
//! (frab `schedule.xml` and `schedule.json`), calendars (one for everything, one per body,
//! one per room) and a changelog, as a list of files ([`publish`]).
//!
//! Pure like the rest of the core: [`publish`] answers `(relative path, bytes)` pairs and
//! writes nothing; the CLI (`plenary publish FILE DIR`) writes them into a folder atomically
//! ([`crate::atomic::write_folder`]).
//!
//! What is published: the latest published revision of the document (its label is the
//! feeds' `version` and its date the calendars' `DTSTAMP`), or a named one; a document with
//! no revision is published as it is, labelled `draft`, stamped with its first day.
//!
//! Invariants, each tested:
//! - **deterministic**: the same document gives the same bytes (no clock, no hash-map
//!   order, no randomness);
//! - **stable identities**: a session's frab guid and calendar UID are the UUID version 5
//!   of the document's id and the session's id ([`crate::interop`]'s `document_uuid`); the
//!   document's id is the meeting's title in its main language as its first revision had
//!   it (the current title when there is none), so renaming the meeting later keeps every
//!   guid;
//! - **SEQUENCE** of a session is the number of revisions, up to the published one, in
//!   which it changed ([`crate::revision::diff`]), so calendars replace their entry;
//! - **escaped**: every text of the document reaches HTML through `site`'s escaping, and
//!   the feeds through their exporters' own;
//! - **no remote resource**: pages link only to files of the site.

mod changes;
mod feeds;
mod grid;
mod site;
mod words;

use chrono::NaiveDate;

use crate::interop::ExportError;
use crate::messages::Message;
use crate::model::{Lang, Timetable, text_in};

pub use feeds::sequences;

/// How to publish.
#[derive(Clone, Default)]
pub struct PublishOptions {
    /// The revision to publish, by label; `None` for the latest (or the document as it is,
    /// when it has none).
    pub revision: Option<String>,
    /// The fonts to typeset the annex PDFs with, found and read by the client (the core
    /// opens no files); `None` publishes no PDF (the DOCX and HTML annexes are always
    /// there).
    #[cfg(feature = "pdf")]
    pub fonts: Option<std::sync::Arc<crate::annex::pdf::Fonts>>,
}

/// One file of a published site: its path relative to the site's folder (`/`-separated,
/// never absolute, never `..`) and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteFile {
    /// Where it goes (`en/day-2017-09-18.html`).
    pub path: String,
    /// What it holds.
    pub bytes: Vec<u8>,
}

/// Why a document could not be published.
#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    /// The revision asked for is not in the document.
    #[error("no revision labelled {label:?}; the document has: {known}")]
    UnknownRevision {
        /// The label asked for.
        label: String,
        /// The labels there are, comma-separated (or "none").
        known: String,
    },
    /// An exporter failed (an unknown time zone).
    #[error(transparent)]
    Export(#[from] ExportError),
    /// The annex could not be rendered as DOCX or PDF.
    #[error(transparent)]
    Annex(#[from] crate::export::RenderError),
}

impl PublishError {
    /// Why, as a message id with its arguments (`Display` writes it in English).
    pub fn message(&self) -> crate::messages::Message {
        match self {
            PublishError::UnknownRevision { label, known } => {
                crate::messages::Message::new("refusal-publish-unknown-revision")
                    .with("label", label)
                    .with("known", known)
            }
            PublishError::Export(e) => e.message(),
            PublishError::Annex(e) => e.message(),
        }
    }
}

/// What is being published, resolved once for every file.
pub(crate) struct Published<'a> {
    /// The whole document (its revisions give the changelog and the sequences).
    pub document: &'a Timetable,
    /// The timetable published.
    pub timetable: &'a Timetable,
    /// Its index in the document's revisions; `None` for a draft.
    pub index: Option<usize>,
    /// Its label (`draft` when not a revision).
    pub label: String,
    /// Its date (the first meeting day for a draft).
    pub date: NaiveDate,
    /// The document's id for guids and UIDs.
    pub id: String,
    /// The meeting's languages (English when it names none).
    pub langs: Vec<Lang>,
    /// Whether the annex is published as PDF too (fonts were given).
    pub pdf: bool,
}

impl Published<'_> {
    /// The main language.
    pub fn main(&self) -> Lang {
        self.langs[0]
    }
}

/// Whether the annex is published as PDF: fonts were given (and this build typesets PDF).
fn wants_pdf(options: &PublishOptions) -> bool {
    #[cfg(feature = "pdf")]
    return options.fonts.is_some();
    #[cfg(not(feature = "pdf"))]
    {
        let _ = options;
        false
    }
}

fn resolve<'a>(
    document: &'a Timetable,
    options: &PublishOptions,
) -> Result<Published<'a>, PublishError> {
    let revisions = &document.revisions;
    let index = match &options.revision {
        Some(label) => Some(
            revisions
                .iter()
                .position(|r| &r.label == label)
                .ok_or_else(|| PublishError::UnknownRevision {
                    label: label.clone(),
                    known: if revisions.is_empty() {
                        "none".into()
                    } else {
                        revisions
                            .iter()
                            .map(|r| r.label.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    },
                })?,
        ),
        None => revisions.len().checked_sub(1),
    };
    let mut langs = document.meeting.languages.clone();
    if langs.is_empty() {
        langs.push(Lang::En);
    }
    let main = langs[0];
    let id_source = revisions
        .first()
        .map_or(document, |r| r.timetable.timetable());
    let id = text_in(&id_source.meeting.title, main).to_owned();
    Ok(match index {
        Some(i) => {
            let r = &revisions[i];
            Published {
                document,
                timetable: r.timetable.timetable(),
                index: Some(i),
                label: r.label.clone(),
                date: r.date,
                id,
                langs,
                pdf: wants_pdf(options),
            }
        }
        None => Published {
            document,
            timetable: document,
            index: None,
            label: "draft".into(),
            date: document
                .days
                .first()
                .map_or_else(NaiveDate::default, |d| d.date),
            id,
            langs,
            pdf: wants_pdf(options),
        },
    })
}

/// The annex of the letter to download, in each meeting language: DOCX always, PDF when
/// fonts were given; the days layout, with the revision line, as `plenary export` makes it.
fn annex_files(p: &Published<'_>, options: &PublishOptions) -> Result<Vec<SiteFile>, PublishError> {
    use crate::export::{ExportFormat, ExportOptions, render};
    let mut formats = vec![ExportFormat::AnnexDocx];
    if p.pdf {
        formats.push(ExportFormat::AnnexPdf);
    }
    let mut files = Vec::new();
    for lang in &p.langs {
        let mut export = ExportOptions::new(*lang, p.date.and_time(chrono::NaiveTime::MIN));
        if p.index.is_some() {
            export.revision = Some(p.label.clone());
        }
        #[cfg(feature = "pdf")]
        {
            export.fonts = options.fonts.clone();
        }
        #[cfg(not(feature = "pdf"))]
        let _ = options;
        for format in &formats {
            let rendered = render(p.document, *format, &export)?;
            files.push(SiteFile {
                path: format!("{}/annex.{}", lang.code(), format.extension()),
                bytes: rendered.bytes,
            });
        }
    }
    Ok(files)
}

/// What the annexes the site offers for download do not say as the timetable has it (the
/// warnings `plenary export` gives: a time no note gives, a text taken from another
/// language), each naming its language's code (`publish-annex-warning`), in the meeting's
/// languages' order: to be read before the site goes out, as before the letter does.
pub fn annex_warnings(
    document: &Timetable,
    options: &PublishOptions,
) -> Result<Vec<Message>, PublishError> {
    use crate::export::{ExportFormat, ExportOptions, render};
    let p = resolve(document, options)?;
    let mut warnings = Vec::new();
    for lang in &p.langs {
        let mut export = ExportOptions::new(*lang, p.date.and_time(chrono::NaiveTime::MIN));
        if p.index.is_some() {
            export.revision = Some(p.label.clone());
        }
        let rendered = render(p.document, ExportFormat::AnnexDocx, &export)?;
        warnings.extend(rendered.words.into_iter().map(|w| {
            Message::new("publish-annex-warning")
                .with("lang", lang.code())
                .with("warning", w)
        }));
    }
    Ok(warnings)
}

/// Every file of the published site, feeds and calendars of `document`, sorted by path.
pub fn publish(
    document: &Timetable,
    options: &PublishOptions,
) -> Result<Vec<SiteFile>, PublishError> {
    let p = resolve(document, options)?;
    let mut files = feeds::feeds(&p)?;
    files.extend(site::pages(&p));
    files.extend(annex_files(&p, options)?);
    files.push(changes::json_file(&p));
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}
