//! The IPC commands: each locks the one open document, calls the core and maps the error.
//! Their names and argument names are the UI's contract (`ui/src/backend`); each needs an
//! `allow-<name>` grant in `capabilities/main.json` and an entry in `build.rs`.

use std::path::PathBuf;

use plenary::annex::{self, html};
use plenary::atomic::{self, Backup};
use plenary::editor::DryRun;
use plenary::export::{self, ExportFormat, ExportOptions};
use plenary::history::Direction;
use plenary::messages::Message;
use plenary::model::{Lang, UnknownRevision};
use plenary::revision::{self, Diff};
use plenary::template::{MeetingSetup, SetupChoices};
use plenary::wire::{
    Applied, ErrorCode, ErrorPayload, ImportAnswer, ImportReport, Opened, SaveAnswer, Snapshot,
};
use plenary::{Command, Editor};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager, Runtime, State};
use ts_rs::TS;

use crate::doclock::{DocumentLock, LockError, Me};
use crate::files::{self, PathOrigin};
use crate::guard::guarded;
use crate::windows::MAIN;
use crate::{AppState, Doc, OpenDocument, autosave, refresh, remember};

/// Everything needed to draw the open document from scratch.
#[tauri::command]
pub fn snapshot(doc: Doc) -> Snapshot {
    doc.document.lock().editor.snapshot()
}

/// The Bodies view's table as the document is now: bodies in tree order, a column per slot
/// of each day, the sessions of each body in each cell, flagged from the current conflicts
/// (`plenary::bodies::BodyGrid`). The view asks again after every change.
#[tauri::command]
pub fn bodies_grid(doc: Doc) -> plenary::bodies::BodyGrid {
    doc.document.lock().editor.bodies_grid()
}

/// Every text of the document with the meeting languages each lacks
/// (`plenary::translations::Translations`): the Translations view's rows, and what the
/// export dialog says is missing. Asked again after every change.
#[tauri::command]
pub fn translations(doc: Doc) -> plenary::translations::Translations {
    doc.document.lock().editor.translations()
}

/// Applies one user intent, or with `dryRun: "yes"` only answers what it would do.
#[tauri::command]
pub fn apply<R: Runtime>(
    app: AppHandle<R>,
    doc: Doc,
    command: Command,
    dry_run: DryRun,
) -> Result<Applied, ErrorPayload> {
    guarded("applying a change", || {
        let mut document = doc.document.lock();
        let applied = document.editor.apply(&command, dry_run)?;
        if applied.changed {
            edited(&app, &doc.label, &mut document);
        }
        Ok(applied)
    })
}

/// After an edit: the title and menus follow, the edit is counted and journalled soon.
pub(crate) fn edited<R: Runtime>(app: &AppHandle<R>, label: &str, document: &mut OpenDocument) {
    document.edits = document.edits.saturating_add(1);
    refresh(app, label, document);
    autosave::touch(app, label);
}

/// Undoes the last applied command (a no-op answer when there is none).
#[tauri::command]
pub fn undo<R: Runtime>(app: AppHandle<R>, doc: Doc) -> Result<Applied, ErrorPayload> {
    step(&app, &doc, Direction::Undo)
}

/// Redoes the last undone command (a no-op answer when there is none).
#[tauri::command]
pub fn redo<R: Runtime>(app: AppHandle<R>, doc: Doc) -> Result<Applied, ErrorPayload> {
    step(&app, &doc, Direction::Redo)
}

/// Undo and redo: one step through the history, counted and journalled like any edit.
fn step<R: Runtime>(
    app: &AppHandle<R>,
    doc: &Doc,
    direction: Direction,
) -> Result<Applied, ErrorPayload> {
    let doing = match direction {
        Direction::Undo => "undoing",
        Direction::Redo => "redoing",
    };
    guarded(doing, || {
        let mut document = doc.document.lock();
        let applied = document.editor.step(direction);
        if applied.changed {
            edited(app, &doc.label, &mut document);
        }
        Ok(applied)
    })
}

/// Replaces the open document with a new one (untitled, clean): the meeting the set-up form
/// describes, built by the core, or an empty document (no days) when `setup` is null. A
/// set-up the core refuses (no title, an unknown city, the last day before the first) is a
/// `commandRefused` error saying why; the open document stays as it was.
#[tauri::command]
pub fn new_document<R: Runtime>(
    app: AppHandle<R>,
    doc: Doc,
    setup: Option<MeetingSetup>,
) -> Result<Snapshot, ErrorPayload> {
    let new = match setup {
        Some(setup) => guarded("setting up a meeting", || OpenDocument::set_up(&setup))?,
        None => OpenDocument::blank(),
    };
    let mut document = doc.document.lock();
    *document = new;
    refresh(&app, &doc.label, &document);
    autosave::record(&app, &doc.label, &document);
    Ok(document.editor.snapshot())
}

/// What the set-up form offers: the hours templates, the cities, the default days off.
#[tauri::command]
pub fn setup_choices() -> SetupChoices {
    SetupChoices::all()
}

/// The set-up form filled in from the open document (to set it up again from the Meeting
/// panel); null when it has no days yet.
#[tauri::command]
pub fn meeting_setup(doc: Doc) -> Option<MeetingSetup> {
    MeetingSetup::of(doc.document.lock().editor.timetable())
}

/// What the start screen offers besides setting up a meeting: the recent files (most recent
/// first) and the bundled example's title.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct StartChoices {
    /// The recently opened or saved documents, as paths, most recent first.
    pub recent: Vec<String>,
    /// The bundled example's title.
    pub example: String,
}

/// The recent files and the example, for the start screen.
#[tauri::command]
pub fn start_choices<R: Runtime>(app: AppHandle<R>) -> StartChoices {
    let example = plenary::document::load(crate::EXAMPLE)
        .map(|t| plenary::model::text_in(&t.meeting.title, t.main_lang()).to_owned())
        .unwrap_or_default();
    StartChoices {
        recent: crate::recent_files(&app)
            .iter()
            .map(|p| p.display().to_string())
            .collect(),
        example,
    }
}

/// Opens the recent file `path` as `open_document` does; refused unless it is in the recent
/// list (the user chose it once, so it joins the file scope).
#[tauri::command]
pub fn open_recent<R: Runtime>(
    app: AppHandle<R>,
    doc: Doc,
    path: String,
) -> Result<Opened, ErrorPayload> {
    let wanted = PathBuf::from(&path);
    if !crate::recent_files(&app).contains(&wanted) {
        return Err(refused(
            Message::new("app-not-a-recent-file").with("path", path.as_str()),
            format!("{path} is not a recent file"),
        ));
    }
    files::picked(&app, wanted, PathOrigin::CommandLine)?;
    open_document(app, doc, path, None)
}

/// Replaces the open document with the bundled example: untitled (Save asks where), and
/// named "Example" in the title bar.
#[tauri::command]
pub fn open_example<R: Runtime>(app: AppHandle<R>, doc: Doc) -> Snapshot {
    let mut document = doc.document.lock();
    *document = OpenDocument::example();
    refresh(&app, &doc.label, &document);
    autosave::record(&app, &doc.label, &document);
    document.editor.snapshot()
}

/// The file name Save (`format` null) or Export in `format` proposes for the open document:
/// its title and year, and the format's extension.
#[tauri::command]
pub fn suggested_file_name(doc: Doc, format: Option<String>) -> Result<String, ErrorPayload> {
    let format = format.map(|f| export_format(&f)).transpose()?;
    Ok(plenary::file_name::suggested(
        doc.document.lock().editor.timetable(),
        format,
    ))
}

/// Closes the calling window once the user answered the unsaved-changes question: after
/// saving, or choosing not to save. Either way the journal drops its document's entry (the
/// user had their say), as a clean close does.
#[tauri::command]
pub fn close_window<R: Runtime>(app: AppHandle<R>, doc: Doc) {
    if let Some(autosave) = app.try_state::<autosave::Autosave>() {
        autosave.discard(&doc.label);
    }
    if let Some(window) = app.get_webview_window(&doc.label) {
        let _ = window.destroy();
    }
    crate::windows::closed(&app, &doc.label);
}

/// Opens the document at `path`, which the user must have picked (or dropped, or chose in
/// Open Recent); on error the open document stays as it was. A file another tool wrote
/// (frab, iCalendar, xCal, CSV: [`plenary::interop::foreign_format`]) is imported as
/// File > Import does, untitled and unsaved, and answered with its report.
///
/// A document someone else has open (its lock, [`crate::doclock`]) is not opened: the answer
/// is a `locked` error naming who and since when, and the UI asks again with `lock`:
/// `"readOnly"` (opened without a lock; Save cannot write over the file), `"copy"` (an
/// untitled copy: Save asks where) or `"anyway"` (the lock is taken over; saves are still
/// checked against the file on disk).
#[tauri::command]
pub fn open_document<R: Runtime>(
    app: AppHandle<R>,
    doc: Doc,
    path: String,
    lock: Option<LockChoice>,
) -> Result<Opened, ErrorPayload> {
    let path = files::picked(&app, PathBuf::from(path), PathOrigin::Ui)?;
    guarded("opening a file", || {
        if files::is_importable(&path) {
            let answer = import_at(&app, &doc, &path, None)?;
            return Ok(Opened {
                snapshot: answer.snapshot,
                report: Some(answer.report),
            });
        }
        let (timetable, disk) = files::read_document_stamped(&path)?;
        let opened = if lock == Some(LockChoice::Copy) {
            OpenDocument::copy_of(timetable)
        } else {
            let (held, read_only) = lock_document(&path, &me(&app), lock)?;
            let mut opened =
                OpenDocument::new(Editor::new(timetable), Some(path.clone()), Some(disk));
            opened.lock = held;
            opened.read_only = read_only;
            opened
        };
        let mut document = doc.document.lock();
        *document = opened;
        refresh(&app, &doc.label, &document);
        autosave::record(&app, &doc.label, &document);
        remember(&app, &path);
        Ok(Opened {
            snapshot: document.editor.snapshot(),
            report: None,
        })
    })
}

/// The file given on the command line when someone else had it open: the app started with
/// an empty document and a `locked` start-up error, and the UI asks the user what to do,
/// then opens this path with their choice. Null otherwise, and for the windows opened after
/// the first.
#[tauri::command]
pub fn locked_at_startup(state: State<'_, AppState>, doc: Doc) -> Option<String> {
    if doc.label != MAIN {
        return None;
    }
    state
        .locked_at_startup
        .as_ref()
        .map(|p| p.to_string_lossy().into_owned())
}

/// Who this app is in the locks it takes: the managed [`Me`] (tests are two people), else
/// this process.
pub(crate) fn me<R: Runtime>(app: &impl Manager<R>) -> Me {
    app.try_state::<Me>()
        .map_or_else(Me::this_process, |me| me.inner().clone())
}

/// What the user chose when the document is open elsewhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub enum LockChoice {
    /// Open it without taking the lock; Save cannot write over the file (Save As can).
    ReadOnly,
    /// Open an untitled copy of it (unsaved: Save asks where); the file and its lock are
    /// left alone.
    Copy,
    /// Take the lock over and open it for editing.
    Anyway,
}

/// Takes the lock of the document at `path` as `choice` says: the lock (if one could be
/// taken) and whether the document opens read-only; a `locked` error naming the holder when
/// someone else has it and the user has not chosen yet. A folder where no lock can be
/// written (a read-only share) opens the document unlocked, and says so on stderr.
pub(crate) fn lock_document(
    path: &std::path::Path,
    me: &Me,
    choice: Option<LockChoice>,
) -> Result<(Option<DocumentLock>, bool), ErrorPayload> {
    let me = me.now();
    match choice {
        Some(LockChoice::ReadOnly | LockChoice::Copy) => return Ok((None, true)),
        Some(LockChoice::Anyway) => {
            return Ok((DocumentLock::take_over(path, &me).ok(), false));
        }
        None => {}
    }
    match DocumentLock::acquire(path, &me) {
        Ok(acquired) => {
            if let Some(stale) = &acquired.replaced {
                eprintln!(
                    "plenary: {}: took over the lock left by {} (no longer running)",
                    path.display(),
                    stale.describe()
                );
            }
            Ok((Some(acquired.lock), false))
        }
        Err(LockError::Held(holder)) => Err(files::locked(path, &holder)),
        Err(LockError::Io(e)) => {
            eprintln!(
                "plenary: {}: no lock file can be written beside it ({e}); others are not told \
                 it is open",
                path.display()
            );
            Ok((None, false))
        }
    }
}

/// Saves the open document to `path` (which the user must have picked), or to where it was
/// opened from or last saved when `path` is null. Answers the history once saved (the core's
/// saved mark makes it clean), or, without saving, the question to ask when that file is the
/// document's own and another program changed it since Plenary read or wrote it ("X changed
/// on disk since you opened it."); the user's `overwrite: true` then saves over it. A file that cannot be written is an `io`
/// error saying why; the document stays open with its unsaved changes, and journalled.
#[tauri::command]
pub fn save_document<R: Runtime>(
    app: AppHandle<R>,
    doc: Doc,
    path: Option<String>,
    overwrite: Option<bool>,
) -> Result<SaveAnswer, ErrorPayload> {
    let mut document = doc.document.lock();
    let path = match path {
        Some(p) => files::picked_to_write(&app, PathBuf::from(p), None)?,
        None => document.path.clone().ok_or_else(files::untitled)?,
    };
    let own_file = document.path.as_deref() == Some(path.as_path());
    if own_file && document.read_only {
        return Err(files::read_only(&path));
    }
    // The file as it was read, when it is the document's own and the user did not choose
    // to overwrite: compared now, and again right before the new version replaces it.
    let expected = document
        .disk
        .clone()
        .filter(|_| own_file && overwrite != Some(true));
    if expected.as_ref().is_some_and(|d| d.changed(&path)) {
        return Ok(files::changed_on_disk(&path));
    }
    // Save As to another file: it is locked for this document first (and refused when
    // someone else has it open).
    let new_lock = if own_file {
        None
    } else {
        match DocumentLock::acquire(&path, &me(&app).now()) {
            Ok(acquired) => Some(acquired.lock),
            Err(LockError::Held(holder)) => return Err(files::locked(&path, &holder)),
            Err(LockError::Io(_)) => None,
        }
    };
    let written = guarded("saving", || {
        files::write_document(&path, document.editor.timetable(), expected.as_ref())
    })?;
    let Some(disk) = written else {
        return Ok(files::changed_on_disk(&path));
    };
    if !own_file {
        document.lock = new_lock;
        document.read_only = false;
    }
    if let Some(lock) = &document.lock {
        lock.refresh();
    }
    let history = document.editor.mark_saved();
    document.path = Some(path.clone());
    document.disk = Some(disk);
    document.edits = 0;
    refresh(&app, &doc.label, &document);
    autosave::record(&app, &doc.label, &document);
    remember(&app, &path);
    Ok(SaveAnswer::Saved { history })
}

/// Where the open document lives; null while it is untitled (new, imported, the example).
#[tauri::command]
pub fn document_path(doc: Doc) -> Option<String> {
    let document = doc.document.lock();
    document.path.as_ref().map(|p| p.display().to_string())
}

/// Why the file given on the command line could not be opened, if it could not (the app
/// then starts empty, on its start screen); told to the first window only.
#[tauri::command]
pub fn startup_error(state: State<'_, AppState>, doc: Doc) -> Option<ErrorPayload> {
    state.startup_error.clone().filter(|_| doc.label == MAIN)
}

/// Imports the file at `path` (which the user must have picked: frab XML or JSON,
/// iCalendar, xCal, CSV) and makes it the open document, untitled and unsaved; answers it with
/// what the importer skipped, guessed or repaired. On error the open document stays as it
/// was. `time_zone` (an IANA name) is the zone the file's times follow, when the user named
/// it after an import whose zone was a guess (`ImportReport.guessedZone`): the file is then
/// imported again in that zone.
#[tauri::command]
pub fn import_document<R: Runtime>(
    app: AppHandle<R>,
    doc: Doc,
    path: String,
    time_zone: Option<String>,
) -> Result<ImportAnswer, ErrorPayload> {
    let path = files::picked(&app, PathBuf::from(path), PathOrigin::Ui)?;
    import_at(&app, &doc, &path, time_zone.as_deref())
}

/// Imports the picked file at `path` and makes it the open document, untitled and unsaved.
fn import_at<R: Runtime>(
    app: &AppHandle<R>,
    doc: &Doc,
    path: &std::path::Path,
    time_zone: Option<&str>,
) -> Result<ImportAnswer, ErrorPayload> {
    let (format, imported) = guarded("importing a file", || files::import_file(path, time_zone))?;
    let mut document = doc.document.lock();
    *document = OpenDocument::imported(imported.timetable);
    refresh(app, &doc.label, &document);
    autosave::record(app, &doc.label, &document);
    Ok(ImportAnswer {
        snapshot: document.editor.snapshot(),
        report: ImportReport::new(format, &imported.report),
    })
}

/// Writes the open document to `path` (which the user must have picked) in `format`
/// (`annex-docx`, `annex-pdf`, `annex-html`, `annex-md`, `annex-txt`, `frab-xml`,
/// `frab-json`, `ics`, `csv`, `xlsx`), the annex in `layout` (`days`, `bodies`, `plan`),
/// every text in `lang` (`ar`, `zh`, `en`, `fr`, `ru`, `es`), atomically: the published
/// revision `version.revision` names instead of the current state when given (the annex then
/// carries its revision line), and in the annex the changes since `version.changesSince`
/// marked when given. Answers what the person exporting should know (texts
/// that fell back to another language, ...), as messages the UI writes in its language.
#[tauri::command]
pub fn export_document<R: Runtime>(
    app: AppHandle<R>,
    doc: Doc,
    path: String,
    format: String,
    layout: String,
    lang: String,
    version: Option<ExportVersion>,
) -> Result<Vec<plenary::messages::Message>, ErrorPayload> {
    let format = export_format(&format)?;
    let path = files::picked_to_write(&app, PathBuf::from(path), Some(format))?;
    // Now, in UTC (the iCalendar DTSTAMP): the core has no clock, the shell passes it.
    let mut options = ExportOptions::new(language(&lang)?, chrono::Utc::now().naive_utc());
    options.annex.layout = layout_named(&layout)?;
    version.unwrap_or_default().apply(&mut options);
    // Rendered from a copy: a PDF takes a while, and edits need not wait for it.
    let timetable = doc.document.lock().editor.timetable().clone();
    if format == ExportFormat::AnnexPdf {
        options.fonts = Some(std::sync::Arc::new(crate::fonts::system()));
    }
    let rendered = guarded("exporting", || {
        export::render(&timetable, format, &options).map_err(render_error)
    })?;
    atomic::write(&path, &rendered.bytes, Backup::Keep).map_err(|e| files::io_error(&path, &e))?;
    Ok(rendered.words)
}

/// The annex of the open document as an HTML page, in `layout` and `lang` (the document's
/// main language when null), for the Export dialog's preview: of the `version` asked for,
/// as `export_document` writes it.
#[tauri::command]
pub fn annex_preview(
    doc: Doc,
    layout: String,
    lang: Option<String>,
    version: Option<ExportVersion>,
) -> Result<String, ErrorPayload> {
    let layout = layout_named(&layout)?;
    let document = doc.document.lock();
    let timetable = document.editor.timetable();
    let lang = lang_or_main(lang.as_deref(), timetable)?;
    Ok(html::to_html(&shown_annex(
        timetable, layout, lang, version,
    )?))
}

/// The annex of `timetable` in `layout` and `lang`, of the `version` asked for, as
/// `export_document` builds it.
fn shown_annex(
    timetable: &plenary::Timetable,
    layout: annex::Layout,
    lang: Lang,
    version: Option<ExportVersion>,
) -> Result<annex::Annex, ErrorPayload> {
    // The clock only dates iCalendar files; the annex does not read it.
    let mut options = ExportOptions::new(lang, chrono::NaiveDateTime::default());
    options.annex.layout = layout;
    version.unwrap_or_default().apply(&mut options);
    let (source, annex_options) = export::resolve(timetable, &options).map_err(render_error)?;
    Ok(annex::build(source, &annex_options))
}

/// What the annex of the open document in `layout` and `lang` (the main language when null)
/// does not say or says otherwise (`plenary::annex::Warning`): times no note gives, texts
/// taken from another language, sessions it cannot show. The Annex view lists them above
/// the page, so they are seen before the letter goes out, not only in an export's report.
#[tauri::command]
pub fn annex_warnings(
    doc: Doc,
    layout: String,
    lang: Option<String>,
) -> Result<Vec<annex::Warning>, ErrorPayload> {
    let layout = layout_named(&layout)?;
    let document = doc.document.lock();
    let timetable = document.editor.timetable();
    let lang = lang_or_main(lang.as_deref(), timetable)?;
    Ok(shown_annex(timetable, layout, lang, None)?.warnings)
}

/// Which version of the document an export or preview shows: a published revision instead
/// of the current state, and in the annex the changes since another marked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct ExportVersion {
    /// The label of the published revision to show; the current state when absent.
    #[serde(default)]
    #[ts(optional)]
    pub revision: Option<String>,
    /// Annex only: mark what changed since the revision with this label.
    #[serde(default)]
    #[ts(optional)]
    pub changes_since: Option<String>,
}

impl ExportVersion {
    fn apply(self, options: &mut ExportOptions) {
        options.revision = self.revision;
        options.changes_since = self.changes_since;
    }
}

/// An export that failed: an unknown revision label is the user's to fix; anything else is
/// the core's.
fn render_error(error: export::RenderError) -> ErrorPayload {
    let code = match error {
        export::RenderError::UnknownRevision { .. } => ErrorCode::CommandRefused,
        _ => ErrorCode::Internal,
    };
    ErrorPayload::worded(code, error.message(), error.to_string())
}

/// The notes under the annex table in `layout` and `lang` (the document's main language
/// when null), in their final order with their derived and final texts: what the Export
/// dialog's notes editor lists.
#[tauri::command]
pub fn annex_notes(
    doc: Doc,
    layout: String,
    lang: Option<String>,
) -> Result<Vec<annex::NoteView>, ErrorPayload> {
    let layout = layout_named(&layout)?;
    let document = doc.document.lock();
    let timetable = document.editor.timetable();
    let lang = lang_or_main(lang.as_deref(), timetable)?;
    Ok(annex::note_views(
        timetable,
        &annex::Options::new(layout, lang),
    ))
}

/// What changed from the revision labelled `from` to the one labelled `to`, or to the
/// current state when `to` is null: the core's diff, and its lines in `lang` (the
/// document's main language when null). An unknown label is refused, naming the known ones.
#[tauri::command]
pub fn revision_diff(
    doc: Doc,
    from: String,
    to: Option<String>,
    lang: Option<String>,
) -> Result<RevisionChanges, ErrorPayload> {
    let document = doc.document.lock();
    let current = document.editor.timetable();
    let lang = lang_or_main(lang.as_deref(), current)?;
    let compared = revision::compare(current, &from, to.as_deref()).map_err(unknown)?;
    Ok(RevisionChanges {
        lines: compared.lines(lang),
        diff: compared.diff,
    })
}

/// What `revision_diff` answers: the diff (for the grid's marks) and its lines as the core
/// words them (for the Revisions panel).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct RevisionChanges {
    /// What changed, as data (its fields at the top level, as before lines were added).
    #[serde(flatten)]
    pub diff: Diff,
    /// The same changes in words.
    pub lines: Vec<revision::ChangeLine>,
}

/// The export formats and annex layouts there are, with labels: what the Export dialog and
/// the annex view list.
#[tauri::command]
pub fn export_choices() -> export::ExportChoices {
    export::ExportChoices::all()
}

/// Today's date ("YYYY-MM-DD", the user's calendar): what the UI offers as a new
/// revision's date and as the first day of a meeting that has none.
#[tauri::command]
pub fn today() -> String {
    crate::today().to_string()
}

/// What changed from the revision labelled `from` to the one labelled `to` (or to the current
/// state when null), written for the e-mail that goes with a new revision: Markdown, or plain
/// text when `plain`, in `lang` (the document's main language when null).
#[tauri::command]
pub fn revision_summary(
    doc: Doc,
    from: String,
    to: Option<String>,
    lang: Option<String>,
    plain: bool,
) -> Result<String, ErrorPayload> {
    let document = doc.document.lock();
    let current = document.editor.timetable();
    let lang = lang_or_main(lang.as_deref(), current)?;
    let compared = revision::compare(current, &from, to.as_deref()).map_err(unknown)?;
    Ok(if plain {
        compared.summary_text(lang)
    } else {
        compared.summary(lang)
    })
}

/// A revision label the document does not have: refused, naming the labels there are.
fn unknown(error: UnknownRevision) -> ErrorPayload {
    refused(error.message(), error.to_string())
}

fn export_format(name: &str) -> Result<ExportFormat, ErrorPayload> {
    ExportFormat::from_name(name).ok_or_else(|| {
        refused(
            Message::new("refusal-unknown-export-format").with("format", name),
            format!("there is no export format '{name}'"),
        )
    })
}

fn layout_named(layout: &str) -> Result<annex::Layout, ErrorPayload> {
    layout
        .parse()
        .map_err(|e: annex::UnknownLayout| refused(e.message(), e.to_string()))
}

/// The language `code` names, else (none given) the document's main language.
fn lang_or_main(code: Option<&str>, timetable: &plenary::Timetable) -> Result<Lang, ErrorPayload> {
    code.map_or_else(|| Ok(timetable.main_lang()), language)
}

fn language(code: &str) -> Result<Lang, ErrorPayload> {
    code.parse()
        .map_err(|e: plenary::model::UnknownLang| refused(e.message(), e.to_string()))
}

/// A refusal in `words` of the core's message files, and in its English `message`.
fn refused(words: Message, message: String) -> ErrorPayload {
    ErrorPayload::worded(ErrorCode::CommandRefused, words, message)
}
