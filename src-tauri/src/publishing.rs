//! File > Publish: the folder a document publishes its website into, what publishing would
//! change there, the publish itself, and opening the published site in the system browser.
//!
//! The folder is asked for once per document: the one the user picks in the folder dialog
//! ([`choose_publish_folder`]) is the document's from then on, and a document with a file
//! finds it again in the settings in a later run. The UI never names a folder to write
//! into: the shell only writes where the user picked, or where they published before.
//!
//! [`plan_publish`] renders the site (the core's [`plenary::publish`]) and compares it with
//! the folder ([`atomic::folder_changes`]) so the dialog shows what will be written before
//! anything is; [`publish_site`] then writes the site it rendered, unless the document has
//! changed since (it renders again then): a site is never rendered twice for one publish.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use plenary::Timetable;
use plenary::atomic;
use plenary::messages::Message;
use plenary::publish::{PublishOptions, SiteFile};
use plenary::wire::{ErrorCode, ErrorPayload};
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime};
use ts_rs::TS;

use crate::files::{self, PathOrigin};
use crate::guard::guarded;
use crate::{Doc, Remembered, settings};

/// A site rendered for the open document, kept between the plan and the publish.
pub struct RenderedSite {
    /// The timetable it was rendered from: the site is stale once the document differs.
    from: Timetable,
    files: Arc<Vec<SiteFile>>,
}

/// What publishing the open document into its folder would do, for the Publish dialog.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PublishPlan {
    /// The folder.
    pub dir: String,
    /// The label of the revision published (the latest), or null for the document as it is
    /// (published as a draft).
    pub revision: Option<String>,
    /// How many files the site has.
    pub files: usize,
    /// Their size in all, in bytes.
    #[ts(type = "number")]
    pub bytes: u64,
    /// Whether the folder exists (else it is created).
    pub exists: bool,
    /// Files the folder does not hold yet, sorted.
    pub added: Vec<String>,
    /// Files it holds with other content, sorted.
    pub changed: Vec<String>,
    /// How many files it holds already as they will be.
    pub unchanged: usize,
    /// Files it holds that the site no longer has, sorted: removed by publishing.
    pub removed: Vec<String>,
    /// What the site's annexes do not say as the timetable has it, each naming its
    /// language's code ([`plenary::publish::annex_warnings`]), to be written in the UI's
    /// language.
    pub warnings: Vec<Message>,
}

/// What a publish wrote.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PublishedSite {
    /// The folder.
    pub dir: String,
    /// How many files the site has.
    pub files: usize,
}

/// The folder the open document publishes into: the one chosen in this run, else the one
/// it was last published into (settings, by its file); null when it has none yet.
#[tauri::command]
pub fn publish_folder<R: Runtime>(app: AppHandle<R>, doc: Doc) -> Option<String> {
    folder_of_open_document(&app, &doc).map(|p| p.to_string_lossy().into_owned())
}

/// Makes `dir`, which the user picked in the folder dialog, the open document's publish
/// folder; answers it made absolute. Nothing is written yet.
#[tauri::command]
pub fn choose_publish_folder<R: Runtime>(
    app: AppHandle<R>,
    doc: Doc,
    dir: String,
) -> Result<String, ErrorPayload> {
    let dir = files::picked(&app, PathBuf::from(dir), PathOrigin::Ui)?;
    doc.document.lock().publish_to = Some(dir.clone());
    Ok(dir.to_string_lossy().into_owned())
}

/// What publishing the open document into its folder would add, change and remove there;
/// refused as the publish would be (no folder chosen, a folder Plenary did not write).
#[tauri::command]
pub fn plan_publish<R: Runtime>(app: AppHandle<R>, doc: Doc) -> Result<PublishPlan, ErrorPayload> {
    let dir = folder_of_open_document(&app, &doc).ok_or_else(no_folder)?;
    let (timetable, site) = rendered(&doc)?;
    let changes =
        atomic::folder_changes(&dir, &pairs(&site)).map_err(|e| files::io_error(&dir, &e))?;
    let warnings = guarded("publishing", || {
        plenary::publish::annex_warnings(&timetable, &PublishOptions::default()).map_err(failed)
    })?;
    Ok(PublishPlan {
        dir: dir.to_string_lossy().into_owned(),
        revision: timetable.revisions.last().map(|r| r.label.clone()),
        files: site.len(),
        bytes: site.iter().map(|f| f.bytes.len() as u64).sum(),
        exists: changes.exists,
        added: changes.added,
        changed: changes.changed,
        unchanged: changes.unchanged,
        removed: changes.removed,
        warnings,
    })
}

/// Publishes the open document (its latest revision, else as it is) as a static website
/// with frab feeds, calendars and a changelog into its folder ([`plenary::publish`];
/// written whole into a temporary folder beside it and renamed into place,
/// [`atomic::write_folder`], which refuses a non-empty folder that no earlier publish
/// wrote), and remembers the folder for the document's file.
#[tauri::command]
pub fn publish_site<R: Runtime>(
    app: AppHandle<R>,
    doc: Doc,
) -> Result<PublishedSite, ErrorPayload> {
    let dir = folder_of_open_document(&app, &doc).ok_or_else(no_folder)?;
    let (_, site) = rendered(&doc)?;
    atomic::write_folder(&dir, &pairs(&site)).map_err(|e| files::io_error(&dir, &e))?;
    let document_file = {
        let mut document = doc.document.lock();
        document.publish_to = Some(dir.clone());
        document.path.clone()
    };
    if let (Some(file), Some(remembered)) = (document_file, app.try_state::<Remembered>()) {
        let mut s = remembered.0.lock();
        s.remember_publish_folder(&file, &dir);
        settings::save(&app, &s);
    }
    Ok(PublishedSite {
        dir: dir.to_string_lossy().into_owned(),
        files: site.len(),
    })
}

/// Opens the start page of the site the open document was published into in the system's
/// browser.
#[tauri::command]
pub fn open_published_site<R: Runtime>(app: AppHandle<R>, doc: Doc) -> Result<(), ErrorPayload> {
    let dir = folder_of_open_document(&app, &doc).ok_or_else(no_folder)?;
    let start = dir.join("index.html");
    if !start.is_file() {
        return Err(ErrorPayload::worded(
            ErrorCode::Io,
            Message::new("app-publish-nothing-yet").with("folder", dir.display().to_string()),
            format!("{}: nothing is published there yet", dir.display()),
        ));
    }
    let opener = app
        .try_state::<tauri_plugin_opener::Opener<R>>()
        .ok_or_else(|| {
            ErrorPayload::worded(
                ErrorCode::Internal,
                Message::new("app-no-browser"),
                "no browser can be opened from here",
            )
        })?;
    opener
        .open_path(start.to_string_lossy(), None::<&str>)
        .map_err(|e| {
            ErrorPayload::worded(
                ErrorCode::Io,
                Message::new("app-publish-browser")
                    .with("path", start.display().to_string())
                    .with("error", e.to_string()),
                format!("cannot open {} in a browser: {e}", start.display()),
            )
        })
}

fn folder_of_open_document<R: Runtime>(app: &AppHandle<R>, doc: &Doc) -> Option<PathBuf> {
    let (chosen, file) = {
        let document = doc.document.lock();
        (document.publish_to.clone(), document.path.clone())
    };
    chosen.or_else(|| {
        let remembered = app.try_state::<Remembered>()?;
        let s = remembered.0.lock();
        s.publish_folder(file.as_deref()?).map(Path::to_path_buf)
    })
}

/// The site of the open document as it is now: the one rendered last when the document has
/// not changed since, else rendered (from a copy: edits need not wait for the PDFs).
fn rendered(doc: &Doc) -> Result<(Timetable, Arc<Vec<SiteFile>>), ErrorPayload> {
    let timetable = {
        let document = doc.document.lock();
        let timetable = document.editor.timetable();
        if let Some(site) = document.site.as_ref().filter(|s| &s.from == timetable) {
            return Ok((timetable.clone(), site.files.clone()));
        }
        timetable.clone()
    };
    let files = guarded("publishing", || {
        let options = PublishOptions {
            revision: None,
            fonts: Some(Arc::new(crate::fonts::system())),
        };
        plenary::publish::publish(&timetable, &options).map_err(failed)
    })?;
    let files = Arc::new(files);
    let mut document = doc.document.lock();
    if document.editor.timetable() == &timetable {
        document.site = Some(RenderedSite {
            from: timetable.clone(),
            files: files.clone(),
        });
    }
    Ok((timetable, files))
}

fn pairs(site: &[SiteFile]) -> Vec<(&str, &[u8])> {
    site.iter()
        .map(|f| (f.path.as_str(), f.bytes.as_slice()))
        .collect()
}

fn failed(e: plenary::publish::PublishError) -> ErrorPayload {
    ErrorPayload::worded(ErrorCode::Internal, e.message(), e.to_string())
}

fn no_folder() -> ErrorPayload {
    ErrorPayload::worded(
        ErrorCode::CommandRefused,
        Message::new("app-publish-no-folder"),
        "choose the folder to publish into first",
    )
}
