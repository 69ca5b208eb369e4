//! The document a window holds ([`OpenDocument`]) and how its window is titled.

use std::path::{Path, PathBuf};

use plenary::Editor;
use plenary::wire::ErrorPayload;

use crate::{EXAMPLE, doclock, files, journal, publishing};

/// A document open in the editor.
pub struct OpenDocument {
    /// The timetable with its history and conflicts.
    pub editor: Editor,
    /// Its file; `None` while untitled.
    pub path: Option<PathBuf>,
    /// What its file was when last read or written: Save asks before overwriting a file
    /// another program changed since.
    pub disk: Option<files::DiskStamp>,
    /// Its entry in the autosave journal (one per document opened in this run).
    pub journal_id: String,
    /// Edits (applied, undone, redone) since it was opened or last saved.
    pub edits: u32,
    /// The bundled example (untitled, but named "Example" rather than "Untitled").
    pub example: bool,
    /// The lock beside its file that tells others it is open here ([`doclock`]); `None`
    /// while untitled, read-only, or where no lock file can be written. Released when the
    /// document is closed or replaced (dropped).
    pub lock: Option<doclock::DocumentLock>,
    /// Opened read-only because someone else has it open: Save cannot write over its file
    /// (Save As can write elsewhere).
    pub read_only: bool,
    /// The folder File > Publish writes its website into, once chosen in this run (else
    /// the settings may know the one its file was last published into).
    pub publish_to: Option<PathBuf>,
    /// The site last rendered for it, kept from File > Publish's plan to the publish.
    pub site: Option<publishing::RenderedSite>,
    /// A new, empty document nobody has touched yet ([`OpenDocument::blank`]): a document
    /// opened in its window replaces it rather than opening a window of its own.
    pub blank: bool,
}

impl OpenDocument {
    /// `editor`'s document, from `path` (as read when `disk`), with a fresh journal entry.
    pub fn new(
        editor: Editor,
        path: Option<PathBuf>,
        disk: Option<files::DiskStamp>,
    ) -> OpenDocument {
        OpenDocument {
            editor,
            path,
            disk,
            journal_id: journal::Journal::new_id(),
            edits: 0,
            example: false,
            lock: None,
            read_only: false,
            publish_to: None,
            site: None,
            blank: false,
        }
    }

    /// The bundled example, untitled (Save asks where), named "Example" in the title bar.
    pub fn example() -> OpenDocument {
        let timetable = plenary::document::load(EXAMPLE)
            .expect("the bundled example is a valid document (tested by bundled_example_loads)");
        OpenDocument {
            example: true,
            ..OpenDocument::new(Editor::new(timetable), None, None)
        }
    }
}

impl OpenDocument {
    /// An imported timetable: untitled, with unsaved changes until it is saved.
    pub fn imported(timetable: plenary::Timetable) -> OpenDocument {
        OpenDocument::new(Editor::unsaved(timetable), None, None)
    }

    /// A new, empty document (untitled): the core's [`plenary::template::blank`], no days.
    pub fn blank() -> OpenDocument {
        OpenDocument {
            blank: true,
            ..OpenDocument::new(Editor::new(plenary::template::blank()), None, None)
        }
    }

    /// Whether it is still the blank document its window started with, untouched (no edit,
    /// no file): what File > Open, File > New and a dropped file replace in place; any other
    /// document stays, and they open in a new window.
    pub fn is_untouched(&self) -> bool {
        self.blank && self.edits == 0 && self.path.is_none() && !self.editor.history().can_undo
    }

    /// An untitled copy of a document someone else has open ("Open a Copy"): unsaved, so
    /// Save asks where, and closing asks first.
    pub fn copy_of(timetable: plenary::Timetable) -> OpenDocument {
        OpenDocument::new(Editor::unsaved(timetable), None, None)
    }

    /// A new document built from the set-up form (untitled, clean): the core's
    /// [`plenary::editor::from_setup`].
    pub fn set_up(setup: &plenary::template::MeetingSetup) -> Result<OpenDocument, ErrorPayload> {
        let timetable = plenary::editor::from_setup(setup).map_err(ErrorPayload::from)?;
        Ok(OpenDocument::new(Editor::new(timetable), None, None))
    }
}

/// The words of a window title that are not a file name, in the UI's language: the UI sends
/// them with the menus' labels (`set_menu_language`, the `window-title-*`
/// messages of its files); English until it does, and for any it does not send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TitleWords {
    /// The name of a document that has no file yet ("Untitled").
    pub untitled: String,
    /// The name of the bundled example ("Example").
    pub example: String,
    /// The mark of a document opened read-only ("(read-only)").
    pub read_only: String,
}

impl Default for TitleWords {
    fn default() -> Self {
        TitleWords {
            untitled: "Untitled".into(),
            example: "Example".into(),
            read_only: "(read-only)".into(),
        }
    }
}

impl TitleWords {
    /// The words among the UI's `labels` (by message id), English for any missing.
    pub fn from_labels(labels: &crate::menu::Labels) -> TitleWords {
        let english = TitleWords::default();
        let word = |id: &str, english: String| {
            labels
                .get(id)
                .map(|w| w.trim())
                .filter(|w| !w.is_empty())
                .map_or(english, str::to_owned)
        };
        TitleWords {
            untitled: word("window-title-untitled", english.untitled),
            example: word("window-title-example", english.example),
            read_only: word("window-title-read-only", english.read_only),
        }
    }
}

/// The window title: the file name (or "Untitled"), a mark when there are unsaved changes.
pub fn window_title(path: Option<&Path>, dirty: bool) -> String {
    window_title_in(path, dirty, &TitleWords::default())
}

/// [`window_title`] with the UI's `words`.
pub fn window_title_in(path: Option<&Path>, dirty: bool, words: &TitleWords) -> String {
    let name = path.and_then(|p| p.file_name()).map_or_else(
        || words.untitled.clone(),
        |n| n.to_string_lossy().into_owned(),
    );
    format!("{}{name} — Plenary", if dirty { "• " } else { "" })
}

/// The window title of `document` in English: as [`window_title`], the bundled example
/// named so, and a document opened read-only says so (its Save goes to Save As).
pub fn document_title(document: &OpenDocument) -> String {
    document_title_in(document, &TitleWords::default())
}

/// [`document_title`] with the UI's `words`.
pub fn document_title_in(document: &OpenDocument, words: &TitleWords) -> String {
    let dirty = document.editor.history().dirty;
    let mark = if dirty { "• " } else { "" };
    if document.example && document.path.is_none() {
        return format!("{mark}{} — Plenary", words.example);
    }
    let title = window_title_in(document.path.as_deref(), dirty, words);
    if document.read_only {
        title.replacen(" — Plenary", &format!(" {} — Plenary", words.read_only), 1)
    } else {
        title
    }
}
