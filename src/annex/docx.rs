//! The annex as a Word document (DOCX), written with `docx-rs`: a real Word table, A4
//! portrait or landscape, the header rows repeated on every page, merged cells as
//! `gridSpan`, rows that do not split across pages, fonts that cover the language, and the
//! notes as numbered paragraphs under the table. With change marks, a changed cell is
//! shaded yellow and its changed items are bold, followed by `*`; a legend line with a
//! shaded sample follows the table.
//!
//! Fonts: Latin and Cyrillic text in Times New Roman (the ITU's letter font); Chinese in
//! SimSun (the east-Asian font of Chinese ITU letters; LibreOffice substitutes an installed
//! CJK font such as Noto Sans CJK SC where SimSun is missing); Arabic, a complex script, in
//! Arial for Word's `cs` font slot, with every paragraph marked `bidi` and the table
//! `bidiVisual`, so Word and LibreOffice lay the table out from the right.
//!
//! `docx-rs` has no API for `w:tblHeader` nor `w:bidiVisual`; they are added to the
//! generated document XML before packing (see [`patch_document_xml`]).

use std::io::{self, Cursor};

use docx_rs::{
    AlignmentType, Docx, PageMargin, PageOrientationType, Paragraph, Run, RunFonts, Shading,
    ShdType, SpecialIndentType, Table, TableCell, TableCellMargins, TableLayoutType, TableRow,
    VertAlignType, WidthType,
};

pub use super::Orientation;
use super::{Annex, Cell, Direction, fit};
use crate::model::Lang;

// A4 in twentieths of a point.
const A4_SHORT: u32 = 11906;
const A4_LONG: u32 = 16838;
const MARGIN: i32 = 1134; // 2 cm
/// Left and right padding of a table cell, in twips (4 pt).
const CELL_PADDING: usize = 80;
const TEXT_SIZE: usize = 22; // 11 pt outside the table
/// The page and cells the table is fitted to (2 cm margins, 4 pt padding).
pub const PAGE: fit::Page = fit::Page {
    margin: MARGIN as f32 / 20.0,
    inset: CELL_PADDING as f32 / 20.0,
};
/// Shading of a cell that changed since the compared revision (a light yellow that prints
/// as a light grey on black-and-white printers).
const CHANGED_FILL: &str = "FFF2A0";

fn fonts(lang: Lang) -> RunFonts {
    let base = RunFonts::new()
        .ascii("Times New Roman")
        .hi_ansi("Times New Roman")
        .cs("Times New Roman");
    match lang {
        Lang::Zh => base.east_asia("SimSun"),
        Lang::Ar => base.cs("Arial"),
        _ => base.east_asia("Times New Roman"),
    }
}

struct Ctx<'a> {
    annex: &'a Annex,
    fonts: RunFonts,
    rtl: bool,
    /// How time ranges are kept whole in this language ([`fit::RangeGlue`]).
    glue: fit::RangeGlue,
    fit: fit::Fit,
    /// Text size of the table, in half-points.
    size: usize,
}

impl Ctx<'_> {
    fn run(&self, text: &str, size: usize) -> Run {
        Run::new()
            .add_text(xml_safe(&fit::keep_ranges(text, self.glue)))
            .fonts(self.fonts.clone())
            .size(size)
    }

    fn paragraph(&self) -> Paragraph {
        let mut p = Paragraph::new();
        if self.rtl {
            p.property = p.property.bidi(true);
        }
        p
    }

    fn cell_paragraph(&self, text: &str, bold: bool, centred: bool) -> Paragraph {
        self.sized_paragraph(text, bold, centred, self.size)
    }

    fn sized_paragraph(&self, text: &str, bold: bool, centred: bool, size: usize) -> Paragraph {
        let mut run = self.run(text, size);
        if bold {
            run = run.bold();
        }
        let mut p = self.paragraph().add_run(run);
        if centred {
            p = p.align(AlignmentType::Center);
        }
        p
    }
}

/// Renders the annex as the bytes of a `.docx` file.
pub fn to_docx(annex: &Annex, orientation: Orientation) -> io::Result<Vec<u8>> {
    let mut buf = Cursor::new(Vec::new());
    package(annex, orientation)
        .pack(&mut buf)
        .map_err(io::Error::other)?;
    Ok(buf.into_inner())
}

/// The main part of the package, `word/document.xml`, as [`to_docx`] writes it (for tests
/// and for tools that inspect the table).
pub fn document_xml(annex: &Annex, orientation: Orientation) -> String {
    String::from_utf8_lossy(&package(annex, orientation).document).into_owned()
}

fn package(annex: &Annex, orientation: Orientation) -> docx_rs::XMLDocx {
    let fit = fit::fit(annex, orientation, PAGE);
    let landscape = fit.orientation == Orientation::Landscape;
    let ctx = Ctx {
        annex,
        fonts: fonts(annex.lang),
        rtl: annex.direction == Direction::Rtl,
        glue: fit::RangeGlue::of(annex.lang, annex.direction, true),
        size: (fit.size * 2.0).round() as usize,
        fit,
    };
    let (width, height) = if landscape {
        (A4_LONG, A4_SHORT)
    } else {
        (A4_SHORT, A4_LONG)
    };
    let mut doc = Docx::new()
        .page_size(width, height)
        .page_orient(if landscape {
            PageOrientationType::Landscape
        } else {
            PageOrientationType::Portrait
        })
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN)
                .header(567)
                .footer(567),
        )
        .default_fonts(ctx.fonts.clone())
        .default_size(TEXT_SIZE);

    if let Some(h) = &annex.heading {
        doc = doc.add_paragraph(
            ctx.paragraph()
                .add_run(ctx.run(h, 24).bold())
                .align(AlignmentType::Center),
        );
    }
    doc = doc.add_paragraph(
        ctx.paragraph()
            .add_run(ctx.run(&annex.title, 24).bold())
            .align(AlignmentType::Center),
    );
    if let Some(r) = &annex.revision {
        doc = doc.add_paragraph(
            ctx.paragraph()
                .add_run(ctx.run(r, TEXT_SIZE))
                .align(AlignmentType::Center),
        );
    }
    doc = doc.add_paragraph(ctx.paragraph());
    let avail = width as usize - 2 * MARGIN as usize;
    for (i, part) in ctx.fit.parts.iter().enumerate() {
        if i > 0 {
            doc = doc.add_paragraph(ctx.paragraph());
        }
        doc = doc.add_table(table(&ctx, part, avail));
    }

    if let Some(c) = &annex.changes {
        doc = doc.add_paragraph(ctx.paragraph());
        // The legend: a shaded sample of a changed cell, then what it means.
        let sample = Table::new(vec![TableRow::new(vec![
            TableCell::new()
                .width(450, WidthType::Dxa)
                .shading(Shading::new().shd_type(ShdType::Clear).fill(CHANGED_FILL))
                .add_paragraph(ctx.cell_paragraph(&c.mark, true, true)),
            TableCell::new()
                .width(8000, WidthType::Dxa)
                .add_paragraph(ctx.paragraph().add_run(ctx.run(&c.legend, TEXT_SIZE))),
        ])])
        .set_grid(vec![450, 8000])
        .width(8450, WidthType::Dxa);
        doc = doc.add_table(sample);
        if let Some(removed) = &c.removed {
            doc = doc.add_paragraph(ctx.paragraph().add_run(ctx.run(removed, TEXT_SIZE)));
        }
    }

    if !annex.notes.is_empty() {
        doc = doc.add_paragraph(ctx.paragraph());
        doc = doc.add_paragraph(
            ctx.paragraph()
                .add_run(ctx.run(&annex.notes_heading, TEXT_SIZE).bold()),
        );
        for note in &annex.notes {
            doc = doc.add_paragraph(
                ctx.paragraph()
                    .indent(Some(567), Some(SpecialIndentType::Hanging(567)), None, None)
                    .add_run(ctx.run(&annex.marker(note.number), TEXT_SIZE).add_tab())
                    .add_run(ctx.run(&annex.note_text(note), TEXT_SIZE)),
            );
        }
    }

    let mut xml = doc.build();
    xml.document = patch_document_xml(&xml.document, ctx.rtl);
    xml
}

/// The grid of a part in twips, from the fit's widths in points, rounded down so that it
/// never exceeds `avail`.
fn grid(part: &fit::Part, avail: usize) -> Vec<usize> {
    let mut g: Vec<usize> = part
        .widths
        .iter()
        .map(|w| (w * 20.0).floor().max(0.0) as usize)
        .collect();
    let total: usize = g.iter().sum();
    if total > avail
        && let Some(first) = g.first_mut()
    {
        *first = first.saturating_sub(total - avail);
    }
    g
}

fn table(ctx: &Ctx<'_>, part: &fit::Part, avail: usize) -> Table {
    let annex = ctx.annex;
    let fit = &ctx.fit;
    let grid = grid(part, avail);
    let width_of =
        |first: usize, span: usize| -> usize { grid.iter().skip(first).take(span.max(1)).sum() };
    let head_fill = || Shading::new().shd_type(ShdType::Clear).fill("EEEEEE");
    let mut rows = Vec::new();
    for head_row in &annex.head {
        let Some((corner, head_cells)) = head_row.split_first() else {
            continue;
        };
        let mut c = TableCell::new()
            .width(width_of(0, 1), WidthType::Dxa)
            .shading(head_fill());
        c = add_lines(ctx, c, fit.head_lines(corner, false), ctx.size);
        let mut cells = vec![c];
        let mut col = 1usize; // grid column, 0 = row headers
        let mut data_col = part.columns.start;
        for cell in fit::slice(head_cells, |c| c.span, &part.columns) {
            let span = cell.span.max(1);
            let mut c = TableCell::new()
                .width(width_of(col, span), WidthType::Dxa)
                .shading(head_fill());
            if span > 1 {
                c = c.grid_span(span);
            }
            let narrow = span == 1 && annex.columns.get(data_col).is_some_and(|c| c.narrow);
            // Over a narrow column: the days off stacked, upright, in a smaller size.
            let size = if narrow {
                (fit.size * fit::NARROW_SCALE * 2.0).round() as usize
            } else {
                ctx.size
            };
            c = add_lines(ctx, c, fit.head_lines(cell, narrow), size);
            cells.push(c);
            col += span;
            data_col += span;
        }
        // Marked so that patch_document_xml makes it a repeated header row.
        rows.push(TableRow::new(cells).cant_split());
    }
    for row in &annex.rows {
        let mut cells = Vec::new();
        let mut header = TableCell::new().width(width_of(0, 1), WidthType::Dxa);
        for line in fit.row_header(row) {
            header = header.add_paragraph(ctx.cell_paragraph(line, true, false));
        }
        if row.header.is_empty() {
            header = header.add_paragraph(ctx.paragraph());
        }
        cells.push(header);
        let mut col = 1usize;
        for cell in fit::slice(&row.cells, |c| c.span, &part.columns) {
            let span = cell.span.max(1);
            cells.push(data_cell(ctx, cell, width_of(col, span)));
            col += span;
        }
        rows.push(TableRow::new(cells));
    }
    Table::new(rows)
        .set_grid(grid.clone())
        .width(grid.iter().sum(), WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .margins(
            TableCellMargins::new()
                .margin_left(CELL_PADDING, WidthType::Dxa)
                .margin_right(CELL_PADDING, WidthType::Dxa)
                .margin_top(20, WidthType::Dxa)
                .margin_bottom(20, WidthType::Dxa),
        )
}

/// `lines` as bold centred paragraphs of `size` half-points (an empty paragraph for none).
fn add_lines(ctx: &Ctx<'_>, mut c: TableCell, lines: &[String], size: usize) -> TableCell {
    if lines.is_empty() {
        return c.add_paragraph(ctx.paragraph());
    }
    for line in lines {
        c = c.add_paragraph(ctx.sized_paragraph(line, true, true, size));
    }
    c
}

fn data_cell(ctx: &Ctx<'_>, cell: &Cell, width: usize) -> TableCell {
    let annex = ctx.annex;
    let span = cell.span.max(1);
    let mut c = TableCell::new().width(width, WidthType::Dxa);
    if span > 1 {
        c = c.grid_span(span);
    }
    if cell.changed && annex.changes.is_some() {
        c = c.shading(Shading::new().shd_type(ShdType::Clear).fill(CHANGED_FILL));
    } else if cell.filled {
        c = c.shading(Shading::new().shd_type(ShdType::Clear).fill("D9D9D9"));
    }
    let mut any = false;
    if let Some(t) = &cell.time {
        c = c.add_paragraph(ctx.paragraph().add_run(ctx.run(t, ctx.size).italic()));
        any = true;
    }
    for line in &cell.lines {
        let mut p = ctx.paragraph();
        if cell.filled {
            p = p.align(AlignmentType::Center);
        }
        for (i, item) in line.items.iter().enumerate() {
            if i > 0 {
                p = p.add_run(ctx.run(annex.strings().then, ctx.size));
            }
            let text = format!("{}{}", annex.item_prefix(item), annex.item_text(item));
            let mark = annex.change_mark(item.changed);
            let bold = |r: Run| if mark.is_empty() { r } else { r.bold() };
            p = p.add_run(bold(ctx.run(&text, ctx.size)));
            if let Some(n) = item.marker {
                // WORD JOINER first: the marker never goes to the next line alone.
                let mut r = ctx.run(&format!("\u{2060}{}", annex.marker(n)), ctx.size);
                r.run_property = r.run_property.vert_align(VertAlignType::SuperScript);
                p = p.add_run(r);
            }
            if !mark.is_empty() {
                p = p.add_run(ctx.run(mark, ctx.size).bold());
            }
        }
        c = c.add_paragraph(p);
        any = true;
    }
    if !any {
        c = c.add_paragraph(ctx.paragraph());
    }
    c
}

/// `text` without the control characters XML 1.0 forbids (Word refuses a file with them;
/// a document could hold one in a title).
fn xml_safe(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// Adds what `docx-rs` cannot express: rows marked `cantSplit` (only the header rows are)
/// also get `tblHeader`, so Word and LibreOffice repeat them on every page; a
/// non-breaking hyphen (U+2011, in time ranges) becomes Word's own `w:noBreakHyphen`; and,
/// right to left, the table gets `bidiVisual` (its first column on the right).
pub fn patch_document_xml(xml: &[u8], rtl: bool) -> Vec<u8> {
    let mut s = String::from_utf8_lossy(xml).into_owned();
    for form in ["<w:cantSplit />", "<w:cantSplit/>"] {
        s = s.replace(form, "<w:cantSplit /><w:tblHeader />");
    }
    if s.contains('\u{2011}') {
        s = s.replace(
            '\u{2011}',
            "</w:t><w:noBreakHyphen /><w:t xml:space=\"preserve\">",
        );
    }
    if rtl {
        s = s.replace("<w:tblPr>", "<w:tblPr><w:bidiVisual />");
    }
    s.into_bytes()
}
