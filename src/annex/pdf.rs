//! The annex as a PDF, typeset by typst used as a library (feature `pdf`).
//!
//! The annex is written as typst markup ([`to_typst`]): a `table` with a repeated
//! `table.header`, `colspan` for merged cells, the notes as a numbered list, every text
//! passed as a typst string literal (so nothing in the data is read as markup). A minimal
//! [`World`] serves that one source and the fonts of a [`Fonts`] collection; typst lays it
//! out (CJK line breaking, Arabic shaping and bidi, right-to-left tables for Arabic) and
//! `typst-pdf` writes the PDF with the fonts embedded.
//!
//! Fonts are the one input from disk, and the core does not read it: the client (the CLI,
//! the desktop app) finds the font files (the system's, or the CLI's `--fonts`) and hands
//! [`Fonts::new`] their paths with a function that reads one. The faces asked for are Noto
//! Serif (Latin, Cyrillic), Noto Serif CJK SC (Chinese) and Noto Naskh Arabic, each with
//! fallbacks; Debian's `fonts-noto-core` and `fonts-noto-cjk` have them. With none of them
//! installed, typst falls back to any face that has the glyphs, or leaves them out and the
//! export reports it as a warning.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook, FontInfo};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

use super::{Annex, Direction, Orientation, fit};
use crate::model::Lang;

/// Why a PDF could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    /// typst refused the generated markup (a bug in this module) or could not lay it out.
    #[error("typesetting failed: {0}")]
    Typeset(String),
    /// typst-pdf could not write the document.
    #[error("PDF export failed: {0}")]
    Export(String),
}

/// One face found in a font file.
struct Slot {
    path: PathBuf,
    index: u32,
    font: OnceLock<Option<Font>>,
}

/// Reads one font file for [`Fonts`]: `None` when it cannot be read (the file is then
/// skipped). Usually `|path| std::fs::read(path).ok()` in the client.
pub type ReadFont = dyn Fn(&Path) -> Option<Vec<u8>> + Send + Sync;

/// The fonts typst may use: their metadata, read once, and the faces themselves, read again
/// on first use (a system has hundreds of megabytes of fonts; an annex uses a few faces).
/// Build it once and reuse it for several exports.
pub struct Fonts {
    book: LazyHash<FontBook>,
    slots: Vec<Slot>,
    read: Arc<ReadFont>,
}

impl fmt::Debug for Fonts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Fonts")
            .field("faces", &self.slots.len())
            .finish_non_exhaustive()
    }
}

impl Fonts {
    /// The fonts in `files` (`.ttf`, `.otf`, `.ttc`, `.otc`), each read with `read` now for
    /// its metadata and again when typst first uses one of its faces. Unreadable files and
    /// non-fonts are skipped; an empty collection is allowed (the PDF then lacks text
    /// glyphs, see the module docs).
    pub fn new(
        files: impl IntoIterator<Item = PathBuf>,
        read: impl Fn(&Path) -> Option<Vec<u8>> + Send + Sync + 'static,
    ) -> Fonts {
        let mut files: Vec<PathBuf> = files.into_iter().collect();
        files.sort();
        files.dedup();
        let mut infos = Vec::new();
        let mut slots = Vec::new();
        for path in files {
            let Some(data) = read(&path) else {
                continue;
            };
            for (index, info) in FontInfo::iter(&data).enumerate() {
                infos.push(info);
                slots.push(Slot {
                    path: path.clone(),
                    index: index as u32,
                    font: OnceLock::new(),
                });
            }
        }
        Fonts {
            book: LazyHash::new(FontBook::from_infos(infos)),
            slots,
            read: Arc::new(read),
        }
    }

    /// How many faces were found.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// Whether no face was found.
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    fn font(&self, index: usize) -> Option<Font> {
        let slot = self.slots.get(index)?;
        slot.font
            .get_or_init(|| {
                let data = (self.read)(&slot.path)?;
                Font::new(Bytes::new(data), slot.index)
            })
            .clone()
    }
}

/// The smallest world typst needs: one source, the fonts, no files, no date.
struct AnnexWorld<'a> {
    library: LazyHash<Library>,
    source: Source,
    fonts: &'a Fonts,
}

impl World for AnnexWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.fonts.book
    }

    fn main(&self) -> FileId {
        self.source.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.source.id() {
            Ok(self.source.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.source.id() {
            Ok(Bytes::from_string(self.source.clone()))
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.font(index)
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

fn library() -> &'static LazyHash<Library> {
    static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();
    LIBRARY.get_or_init(|| LazyHash::new(Library::default()))
}

/// Typesets the annex and returns the PDF's bytes. Warnings of typst (a glyph no font
/// has) are returned beside it.
pub fn to_pdf(
    annex: &Annex,
    orientation: Orientation,
    fonts: &Fonts,
) -> Result<(Vec<u8>, Vec<String>), PdfError> {
    let world = AnnexWorld {
        library: library().clone(),
        source: Source::detached(markup(annex, orientation, |f| {
            fonts.book.contains_family(&f.to_lowercase())
        })),
        fonts,
    };
    let warned = typst::compile::<PagedDocument>(&world);
    let warnings = warned.warnings.iter().map(describe).collect();
    let document = warned.output.map_err(|errors| {
        PdfError::Typeset(errors.iter().map(describe).collect::<Vec<_>>().join("; "))
    })?;
    let bytes = typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default()).map_err(|errors| {
        PdfError::Export(errors.iter().map(describe).collect::<Vec<_>>().join("; "))
    })?;
    Ok((bytes, warnings))
}

fn describe(d: &SourceDiagnostic) -> String {
    d.message.to_string()
}

/// A typst string literal holding `s` exactly.
fn lit(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The faces asked for, best first; only those the collection has are named (typst warns
/// about unknown families), and with none of them typst falls back to any face that has
/// the glyphs.
fn families_for(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Zh => &[
            "Noto Serif CJK SC",
            "Noto Sans CJK SC",
            "Noto Serif",
            "DejaVu Serif",
        ],
        Lang::Ar => &[
            "Noto Naskh Arabic",
            "Noto Sans Arabic",
            "Noto Serif",
            "DejaVu Sans",
        ],
        _ => &[
            "Noto Serif",
            "Liberation Serif",
            "DejaVu Serif",
            "Noto Serif CJK SC",
        ],
    }
}

/// Fill of a cell that changed since the compared revision (as in the DOCX).
const CHANGED_FILL: &str = "rgb(\"#fff2a0\")";

/// The page and cells the PDF is set on: 1.5 cm margins, 4 pt of padding each side.
pub const PAGE: fit::Page = fit::Page {
    margin: 42.52,
    inset: 4.0,
};

/// The typst markup of the annex, asking for every preferred face (public for
/// tests and for debugging a layout).
pub fn to_typst(annex: &Annex, orientation: Orientation) -> String {
    markup(annex, orientation, |_| true)
}

/// A text as typst code: a string literal with its ranges' hyphens non-breaking (`rtl`:
/// in a right-to-left annex).
fn text_code(s: &str, rtl: bool) -> String {
    let glue = if rtl {
        fit::RangeGlue::Rtl
    } else {
        fit::RangeGlue::NoBreakHyphen
    };
    lit(&fit::keep_ranges(s, glue))
}

/// A header line: bold, and kept on one line when it has no space to break at (a CJK day
/// or month name such as "星期二" or "9月19日", which typst would otherwise break anywhere).
fn header_line(line: &str, rtl: bool) -> String {
    let strong = format!("strong({})", text_code(line, rtl));
    if line.contains(char::is_whitespace) {
        format!("#{strong}")
    } else {
        format!("#box({strong})")
    }
}

fn markup(annex: &Annex, orientation: Orientation, has: impl Fn(&str) -> bool) -> String {
    let families: Vec<String> = families_for(annex.lang)
        .iter()
        .filter(|f| has(f))
        .map(|f| lit(f))
        .collect();
    let font = if families.is_empty() {
        String::new()
    } else {
        format!("font: ({},), ", families.join(", "))
    };
    let fit = fit::fit(annex, orientation, PAGE);
    let rtl = annex.direction == Direction::Rtl;
    let mut t = String::new();
    let flipped = fit.orientation == Orientation::Landscape;
    let dir = match annex.direction {
        Direction::Ltr => "ltr",
        Direction::Rtl => "rtl",
    };
    t.push_str(&format!(
        "#set page(paper: \"a4\", flipped: {flipped}, margin: {}pt)\n\
         #set text({font}size: 10pt, lang: \"{}\", dir: {dir}, fallback: true, hyphenate: false)\n\
         #set par(justify: false, leading: 0.5em)\n",
        PAGE.margin,
        annex.lang.code()
    ));
    if let Some(h) = &annex.heading {
        t.push_str(&format!(
            "#align(center, text(size: 12pt, weight: \"bold\", {}))\n",
            lit(h)
        ));
    }
    t.push_str(&format!(
        "#align(center, text(size: 12pt, weight: \"bold\", {}))\n",
        lit(&annex.title)
    ));
    if let Some(r) = &annex.revision {
        t.push_str(&format!("#align(center, text({}))\n", lit(r)));
    }
    t.push_str("#v(0.5em)\n");
    for (i, part) in fit.parts.iter().enumerate() {
        if i > 0 {
            t.push_str("#v(1em)\n");
        }
        table(&mut t, annex, &fit, part);
    }
    if let Some(c) = &annex.changes {
        t.push_str(&format!(
            "#box(fill: {CHANGED_FILL}, stroke: 0.5pt, inset: 3pt, strong({}))#h(0.5em)#{}\n",
            lit(&c.mark),
            text_code(&c.legend, rtl)
        ));
        if let Some(removed) = &c.removed {
            t.push_str(&format!("\n#{}\n", text_code(removed, rtl)));
        }
    }
    if !annex.notes.is_empty() {
        t.push_str(&format!(
            "#v(0.8em)\n#strong({})\n#v(0.3em)\n",
            lit(&annex.notes_heading)
        ));
        // Number, then the text with a hanging indent, as a typed list of notes.
        t.push_str("#grid(columns: (1cm, 1fr), row-gutter: 0.6em,\n");
        for note in &annex.notes {
            t.push_str(&format!(
                "  [#{}], [#{}],\n",
                lit(&annex.marker(note.number)),
                text_code(&annex.note_text(note), rtl)
            ));
        }
        t.push_str(")\n");
    }
    t
}

/// One table of the annex: the data columns of `part`, with the row headers and every
/// header row, repeated on each page.
fn table(t: &mut String, annex: &Annex, fit: &fit::Fit, part: &fit::Part) {
    let rtl = annex.direction == Direction::Rtl;
    let cols: Vec<String> = part.widths.iter().map(|w| format!("{w:.2}pt")).collect();
    t.push_str(&format!(
        "#[#set text(size: {}pt)\n#table(\n  columns: ({}),\n  stroke: 0.5pt,\n  \
         inset: (x: {}pt, y: 3pt),\n  align: start + top,\n",
        fit.size,
        cols.join(", "),
        PAGE.inset
    ));
    t.push_str("  table.header(\n");
    for row in &annex.head {
        let Some((corner, cells)) = row.split_first() else {
            continue;
        };
        let corner = fit
            .head_lines(corner, false)
            .iter()
            .map(|l| header_line(l, rtl))
            .collect::<Vec<_>>()
            .join("#linebreak()");
        t.push_str(&format!(
            "    table.cell(align: center, fill: luma(235))[{corner}],\n"
        ));
        let mut col = part.columns.start;
        for cell in fit::slice(cells, |c| c.span, &part.columns) {
            let span = cell.span.max(1);
            let narrow = span == 1 && annex.columns.get(col).is_some_and(|c| c.narrow);
            col += span;
            let mut body = fit
                .head_lines(cell, narrow)
                .iter()
                .map(|l| header_line(l, rtl))
                .collect::<Vec<_>>()
                .join("#linebreak()");
            if narrow && !body.is_empty() {
                // The days off, one abbreviation a line, upright and small.
                body = format!("#text(size: {:.1}pt)[{body}]", fit.size * fit::NARROW_SCALE);
            }
            t.push_str(&format!(
                "    table.cell(colspan: {span}, align: center, fill: luma(235))[{body}],\n"
            ));
        }
    }
    t.push_str("  ),\n");
    for row in &annex.rows {
        let header = fit
            .row_header(row)
            .iter()
            .map(|l| header_line(l, rtl))
            .collect::<Vec<_>>()
            .join("#linebreak()");
        t.push_str(&format!("  [{header}],\n"));
        for cell in fit::slice(&row.cells, |c| c.span, &part.columns) {
            data_cell(t, annex, cell);
        }
    }
    t.push_str(")]\n");
}

fn data_cell(t: &mut String, annex: &Annex, cell: &super::Cell) {
    let rtl = annex.direction == Direction::Rtl;
    let mut parts = Vec::new();
    if let Some(time) = &cell.time {
        parts.push(format!("#emph({})", text_code(time, rtl)));
    }
    for line in &cell.lines {
        let items = line
            .items
            .iter()
            .map(|item| {
                let mut text = format!("{}{}", annex.item_prefix(item), annex.item_text(item));
                if item.marker.is_some() {
                    // WORD JOINER: the marker never goes to the next line alone.
                    text.push('\u{2060}');
                }
                let mut s = format!("#{}", text_code(&text, rtl));
                let mark = annex.change_mark(item.changed);
                if !mark.is_empty() {
                    s = format!("#strong[{s}]");
                }
                if let Some(n) = item.marker {
                    s.push_str(&format!("#super({})", lit(&annex.marker(n))));
                }
                if !mark.is_empty() {
                    s.push_str(&format!("#strong({})", lit(mark)));
                }
                s
            })
            .collect::<Vec<_>>()
            .join(&format!("#{}", lit(annex.strings().then)));
        parts.push(items);
    }
    let body = parts.join("#linebreak()");
    let mut opts = Vec::new();
    if cell.span > 1 {
        opts.push(format!("colspan: {}", cell.span));
    }
    let changed = cell.changed && annex.changes.is_some();
    if cell.filled {
        let fill = if changed { CHANGED_FILL } else { "luma(215)" };
        opts.push(format!("fill: {fill}, align: center"));
    } else if changed {
        opts.push(format!("fill: {CHANGED_FILL}"));
    }
    t.push_str(&format!("  table.cell({})[{body}],\n", opts.join(", ")));
}

#[cfg(test)]
mod tests {
    use super::lit;

    #[test]
    fn literals_keep_markup_characters_as_text() {
        assert_eq!(lit(r#"a "b" \ #c"#), r#""a \"b\" \\ #c""#);
    }
}
