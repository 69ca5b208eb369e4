//! The annex of the collective letter: the timetable as a compact table in one layout and
//! one language, with numbered notes under it.
//!
//! Two steps. [`build()`] turns a [`Timetable`] into an [`Annex`]: a small, format-free model
//! of the table (header rows, rows with a header cell and data cells that may span columns
//! and hold several lines of items) and its notes, with every text already in the chosen
//! language. The renderers then write that model: [`text`] (plain text and Markdown),
//! [`html`], [`docx`] and, with the `pdf` feature, [`pdf`]. A renderer never looks at the
//! timetable, so every format shows the same cells and the same notes.
//!
//! The rules that derive cells and notes from exact session times are in `docs/annex.md`
//! and on the functions of [`build`](mod@build); in short:
//! - a session shows where its `annex` placement says: `cell` in a cell only, `note` in a
//!   note only, `both` in a cell and a note with its exact times, `hidden` nowhere;
//! - sessions of one day and slot with the same annex label (or title) share one item;
//!   items that run one after another in a slot share a line ("A, then B"), parallel ones
//!   get lines of their own;
//! - notes are numbered by the date and time they start, the standard-hours note last, and
//!   an item whose sessions have a note carries that note's number as its marker.
//!
//! The user may reorder notes and replace their text: the document's `annexNotes` entries
//! name notes by stable keys ([`notes`]); [`note_views`] lists the notes as the app's notes
//! editor shows them. With [`Options::changes_since`], items, cells and notes whose sessions
//! changed since a published revision carry a `changed` mark, and the annex a legend.

pub mod build;
pub mod docx;
pub mod fit;
pub mod html;
pub mod measure;
pub mod notes;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod text;

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use serde::Serialize;
use ts_rs::TS;

use crate::i18n;
pub use crate::i18n::Direction;
use crate::messages::Message;
use crate::model::{AnnexPlacement, Lang, MarkerStyle, Session, SessionId, Timetable};
pub use build::{all_note_keys, note_keys_in_order, note_views};
pub use notes::NoteView;

/// How the annex arranges the timetable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Layout {
    /// One row per meeting day, one column per slot (the seed letter's Annex C).
    Days,
    /// One row per body in tree order, columns are days split into slots.
    Bodies,
    /// Days as columns, slots as rows, short session codes (a "time management plan").
    Plan,
    /// One row per item with its time, grouped by day (a conference programme).
    Agenda,
}

impl Layout {
    /// All layouts.
    pub const ALL: [Layout; 4] = [Layout::Days, Layout::Bodies, Layout::Plan, Layout::Agenda];

    /// What it is, for people choosing one ("Days × slots").
    pub fn label(self) -> &'static str {
        match self {
            Layout::Days => "Days × slots",
            Layout::Bodies => "Bodies × half-days",
            Layout::Plan => "Time management plan",
            Layout::Agenda => "Agenda (one row per item)",
        }
    }

    /// The name used on the command line and in file names.
    pub fn name(self) -> &'static str {
        match self {
            Layout::Days => "days",
            Layout::Bodies => "bodies",
            Layout::Plan => "plan",
            Layout::Agenda => "agenda",
        }
    }
}

impl fmt::Display for Layout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A layout name that is not one of `days`, `bodies`, `plan`, `agenda`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown annex layout {0:?}; expected days, bodies, plan or agenda")]
pub struct UnknownLayout(pub String);

impl UnknownLayout {
    /// The refusal as a message of the message files (`Display` is its English).
    pub fn message(&self) -> crate::messages::Message {
        crate::messages::Message::new("refusal-unknown-layout").with("layout", &self.0)
    }
}

impl FromStr for Layout {
    type Err = UnknownLayout;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Layout::ALL
            .into_iter()
            .find(|l| l.name() == s)
            .ok_or_else(|| UnknownLayout(s.to_owned()))
    }
}

/// Page orientation of a paged format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Orientation {
    /// Chosen from the table's width: portrait when the table fits it, else landscape
    /// (see [`fit`]).
    #[default]
    Auto,
    /// A4 upright (the letter's own pages).
    Portrait,
    /// A4 on its side, for wide tables (the bodies and plan layouts).
    Landscape,
}

impl Orientation {
    /// All orientations.
    pub const ALL: [Orientation; 3] = [
        Orientation::Auto,
        Orientation::Portrait,
        Orientation::Landscape,
    ];

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Orientation::Auto => "auto",
            Orientation::Portrait => "portrait",
            Orientation::Landscape => "landscape",
        }
    }

    /// What it is, for people choosing one.
    pub fn label(self) -> &'static str {
        match self {
            Orientation::Auto => "portrait unless the table is too wide for it",
            Orientation::Portrait => "A4 upright",
            Orientation::Landscape => "A4 on its side",
        }
    }
}

/// What to build.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The layout.
    pub layout: Layout,
    /// The language of every text.
    pub lang: Lang,
    /// A heading above the table, as the letter has it ("Annex C"); none by default.
    pub heading: Option<String>,
    /// A revision line under the title ("Rev.2, 5 September 2017"); none by default.
    pub revision: Option<String>,
    /// Mark what changed since a published revision; none by default.
    pub changes_since: Option<Changes>,
}

impl Options {
    /// `layout` in `lang`, with no heading, no revision line and no change marks.
    pub fn new(layout: Layout, lang: Lang) -> Options {
        Options {
            layout,
            lang,
            heading: None,
            revision: None,
            changes_since: None,
        }
    }
}

/// What changed since a published revision, as the annex marks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Changes {
    /// The revision's label ("Rev.1").
    pub since: String,
    /// Sessions added, or changed in any way ([`crate::revision::diff`]) since then.
    pub changed: BTreeSet<SessionId>,
    /// Sessions the revision's annex showed that this one no longer shows (removed,
    /// unscheduled or hidden since), as they were then, in time order.
    pub removed: Vec<Session>,
}

impl Changes {
    /// The changes from `old` (the timetable of revision `since`) to `new`.
    pub fn between(old: &Timetable, since: &str, new: &Timetable) -> Changes {
        use crate::revision::SessionChange;
        let diff = crate::revision::diff(old, new);
        let changed = diff
            .sessions
            .iter()
            .filter(|d| !matches!(d.change, SessionChange::Removed { .. }))
            .map(|d| d.id.clone())
            .collect();
        let shown = |s: &Session| s.placement.is_some() && s.annex != AnnexPlacement::Hidden;
        let mut removed: Vec<Session> = old
            .sessions
            .values()
            .filter(|s| shown(s) && !new.sessions.get(&s.id).is_some_and(shown))
            .cloned()
            .collect();
        removed.sort_by(|a, b| {
            (a.placement.map(|p| p.start), &a.id).cmp(&(b.placement.map(|p| p.start), &b.id))
        });
        Changes {
            since: since.to_owned(),
            changed,
            removed,
        }
    }
}

/// The annex, ready to render. Every text is in [`Annex::lang`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Annex {
    /// The layout it was built in.
    pub layout: Layout,
    /// Its language.
    pub lang: Lang,
    /// Writing direction of the language; renderers mirror the table for right to left.
    pub direction: Direction,
    /// Heading above the table, if asked for.
    pub heading: Option<String>,
    /// Title of the table ("Draft timetable").
    pub title: String,
    /// Revision line, if asked for.
    pub revision: Option<String>,
    /// Header rows. Each starts with the corner cell above the row headers; the spans of
    /// each row add up to `1 + columns.len()`.
    pub head: Vec<Vec<HeadCell>>,
    /// The data columns (right of the row headers).
    pub columns: Vec<Column>,
    /// The rows; each row's cell spans add up to `columns.len()`.
    pub rows: Vec<Row>,
    /// Heading of the notes ("Notes:", or the document's own: "Notes by TSB:").
    pub notes_heading: String,
    /// How notes are numbered and marked ("1", "a", "(a)"): see [`Annex::marker`].
    pub markers: MarkerStyle,
    /// The notes, numbered from 1 in order.
    pub notes: Vec<Note>,
    /// The legend of the change marks, when asked for with [`Options::changes_since`].
    pub changes: Option<ChangeLegend>,
    /// What the person exporting should know: fallbacks to another language, times that no
    /// note gives. Not part of the annex itself.
    pub warnings: Vec<Warning>,
}

/// A cell of a header row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HeadCell {
    /// Its lines ("Tuesday", "19 September").
    pub lines: Vec<String>,
    /// The same with abbreviated day and month names ("Tue", "19 Sept"), for paged
    /// formats whose table is too narrow for `lines`; empty when there is no shorter form.
    /// Over a narrow column (days off), the short weekday of each day ("Sat", "Sun").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub short: Vec<String>,
    /// How many columns it covers (at least 1).
    pub span: usize,
}

impl HeadCell {
    /// A cell over `span` columns with `lines` and no shorter form.
    pub fn new(lines: Vec<String>, span: usize) -> HeadCell {
        HeadCell {
            lines,
            short: Vec::new(),
            span,
        }
    }
}

/// A data column.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Column {
    /// A narrow column (the weekend in the bodies layout).
    pub narrow: bool,
    /// As wide as its widest unbreakable text and no wider: it takes no share of the
    /// spare width (the agenda's times, so its items get the rest).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub snug: bool,
}

/// One row of the table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Row {
    /// The row header's lines ("星期二", "9月19日").
    pub header: Vec<String>,
    /// The row header with abbreviated day and month names ("Tue", "19 Sept"), for paged
    /// formats too narrow for `header`; empty when there is no shorter form.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub short_header: Vec<String>,
    /// The data cells, left to right in reading order.
    pub cells: Vec<Cell>,
}

/// A data cell.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Cell {
    /// How many columns it covers (at least 1).
    pub span: usize,
    /// A time range shown first when the slot's times that day differ from the standard
    /// ones (plan layout).
    pub time: Option<String>,
    /// Parallel lines, top to bottom.
    pub lines: Vec<Line>,
    /// The cell marks a meeting (bodies layout): renderers may shade it.
    pub filled: bool,
    /// One of its items changed since the revision of [`Options::changes_since`]:
    /// renderers highlight the cell.
    pub changed: bool,
}

impl Cell {
    /// An empty cell over `span` columns.
    pub fn empty(span: usize) -> Cell {
        Cell {
            span,
            time: None,
            lines: Vec::new(),
            filled: false,
            changed: false,
        }
    }

    /// Whether it shows nothing.
    pub fn is_empty(&self) -> bool {
        self.time.is_none() && self.lines.is_empty()
    }
}

/// Items that follow one another, shown as "A, then B".
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Line {
    /// The items in time order (at least one).
    pub items: Vec<Item>,
}

/// One item of a cell: a session or a group of sessions sharing a label.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    /// Its text in the annex language (or the fallback language).
    pub text: String,
    /// Not confirmed: rendered with the "TBD" prefix.
    pub tentative: bool,
    /// The language the text had to be taken from, when the annex language was missing.
    pub fallback: Option<Lang>,
    /// Number of the note that gives its exact times.
    pub marker: Option<u32>,
    /// A time shown before the text (a point-in-time item in the plan layout: "17:30").
    pub time: Option<String>,
    /// The sessions it stands for, in time order.
    pub sessions: Vec<SessionId>,
    /// One of its sessions was added or changed since the revision of
    /// [`Options::changes_since`]: renderers mark it.
    pub changed: bool,
}

/// A numbered note under the table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    /// Its number (1-based, in order).
    pub number: u32,
    /// Its stable key (see [`notes`]): `"hours"` or `"session:<lowest session id>"`.
    pub key: String,
    /// Its full text, times included, with the fallback mark (`"[en] "`) before a wording
    /// taken from another language; the user's text when overridden.
    pub text: String,
    /// The text derived from the sessions, as it would be without an override.
    pub derived: String,
    /// Whether the user's text replaces the derived one.
    pub overridden: bool,
    /// Whether the user placed it in the order.
    pub ordered: bool,
    /// One of its sessions was added or changed since the revision of
    /// [`Options::changes_since`].
    pub changed: bool,
    /// The sessions it is about; empty for the standard-hours note.
    pub sessions: Vec<SessionId>,
    /// The language its wording had to be taken from, if not the annex language.
    pub fallback: Option<Lang>,
}

/// The legend under a table with change marks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChangeLegend {
    /// The mark put after a changed item in the text formats (`*`).
    pub mark: String,
    /// What the marks mean ("Changed since Rev.1").
    pub legend: String,
    /// The sessions no longer in the annex ("Removed since Rev.1: Opening plenary
    /// (18 September 09:30-12:30)."); `None` when there are none.
    pub removed: Option<String>,
}

/// Something the person exporting should know about this annex: what it does not say
/// (times no note gives), what it says in another language, what it could not show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export, rename = "AnnexWarning")]
#[serde(rename_all = "camelCase")]
pub struct Warning {
    /// What, in English, naming the session: `words` in English.
    pub message: String,
    /// What, as a message id with its arguments, for any language.
    pub words: Message,
    /// The sessions concerned.
    #[ts(as = "Vec<String>")]
    pub sessions: Vec<SessionId>,
}

impl Warning {
    /// The warning `words` says about `sessions`.
    pub fn new(words: Message, sessions: Vec<SessionId>) -> Warning {
        Warning {
            message: words.to_string(),
            words,
            sessions,
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl Annex {
    /// The fixed strings of the annex language.
    pub fn strings(&self) -> &'static i18n::Strings {
        i18n::strings(self.lang)
    }

    /// What goes before an item's text: the tentative prefix ("TBD: ") and its time
    /// ("17:30 ").
    pub fn item_prefix(&self, item: &Item) -> String {
        let mut s = String::new();
        if item.tentative {
            s.push_str(self.strings().tbd);
        }
        if let Some(time) = &item.time {
            s.push_str(time);
            s.push(' ');
        }
        s
    }

    /// An item's text, after the fallback mark when it had to be taken from another
    /// language; a fallback written the other way (`[en] ...` in an Arabic annex) is a
    /// bidi isolate so it keeps its own direction.
    pub fn item_text(&self, item: &Item) -> String {
        match item.fallback {
            Some(lang) => isolate(
                &format!("{}{}", fallback_mark(lang), item.text),
                lang,
                self.direction,
            ),
            None => item.text.clone(),
        }
    }

    /// The marker of note `number` in the document's style and the annex language's
    /// letters: "3", "c" or "(c)" ("в" in Russian, "ج" in Arabic). The cells'
    /// markers and the notes' labels both use it, so they always agree.
    pub fn marker(&self, number: u32) -> String {
        self.markers.marker_in(number, self.strings().note_letters)
    }

    /// The label of note `number` under the table: "3.", "c)" or "(c)".
    pub fn note_label(&self, number: u32) -> String {
        match self.markers {
            MarkerStyle::Numbers => format!("{number}."),
            MarkerStyle::Letters => format!("{})", self.marker(number)),
            MarkerStyle::ParenLetters => self.marker(number),
        }
    }

    /// A line as plain text, markers written by `marker` from [`Annex::marker`]
    /// ("A¹, then B").
    pub fn line_text(&self, line: &Line, marker: impl Fn(&str) -> String) -> String {
        line.items
            .iter()
            .map(|item| {
                let mut s = self.item_prefix(item);
                s.push_str(&self.item_text(item));
                if let Some(n) = item.marker {
                    s.push_str(&marker(&self.marker(n)));
                }
                s.push_str(self.change_mark(item.changed));
                s
            })
            .collect::<Vec<_>>()
            .join(self.strings().then)
    }

    /// A note's text (its fallback mark, if any, is part of it), with the change mark
    /// after it when one of its sessions changed.
    pub fn note_text(&self, note: &Note) -> String {
        format!("{}{}", note.text, self.change_mark(note.changed))
    }

    /// The change mark (`*`) when `changed` and the annex marks changes; empty otherwise.
    pub fn change_mark(&self, changed: bool) -> &str {
        match &self.changes {
            Some(c) if changed => &c.mark,
            _ => "",
        }
    }

    /// The legend lines under the table when the annex marks changes: "* Changed since
    /// Rev.1", then the sessions removed since, if any.
    pub fn legend_lines(&self) -> Vec<String> {
        let Some(c) = &self.changes else {
            return Vec::new();
        };
        let mut lines = vec![format!("{} {}", c.mark, c.legend)];
        lines.extend(c.removed.clone());
        lines
    }

    /// The label of data columns `first..first + span` for linear formats: the header
    /// texts above them, joined ("Morning", "Tuesday 19 September, Afternoon",
    /// "Morning – Afternoon").
    pub fn column_label(&self, first: usize, span: usize) -> String {
        let one = |col: usize| -> String {
            let mut parts = Vec::new();
            for row in &self.head {
                let mut at = 0usize;
                for (i, cell) in row.iter().enumerate() {
                    // The corner covers the row-header column, which is not a data column.
                    let (start, len) = if i == 0 {
                        (usize::MAX, 0)
                    } else {
                        (at, cell.span)
                    };
                    if i > 0 {
                        at += cell.span;
                    }
                    if start != usize::MAX && col >= start && col < start + len {
                        let text = cell.lines.join(" ");
                        if !text.is_empty() {
                            parts.push(text);
                        }
                    }
                }
            }
            parts.join(", ")
        };
        let last = first + span.max(1) - 1;
        if last == first {
            one(first)
        } else {
            format!("{} – {}", one(first), one(last))
        }
    }
}

/// `text`, from a text in `lang`, as a Unicode bidi isolate (LRI/RLI ... PDI) when `lang`
/// is written the other way than `direction`; unchanged otherwise.
pub fn isolate(text: &str, lang: Lang, direction: Direction) -> String {
    match (i18n::strings(lang).direction, direction) {
        (Direction::Ltr, Direction::Rtl) => format!("\u{2066}{text}\u{2069}"),
        (Direction::Rtl, Direction::Ltr) => format!("\u{2067}{text}\u{2069}"),
        _ => text.to_owned(),
    }
}

/// The visible mark of a text taken from another language: `"[en] "`.
pub fn fallback_mark(lang: Lang) -> String {
    format!("[{}] ", lang.code())
}

/// Builds the annex of `timetable` as `options` ask. Never fails: a timetable with no days,
/// no slots or no sessions gives a table with no rows or no columns.
pub fn build(timetable: &Timetable, options: &Options) -> Annex {
    build::build(timetable, options)
}
