//! How the paged formats (DOCX, PDF) lay the table on A4: the orientation, the text size,
//! full or abbreviated day names, every column's width, and, for a table too wide for any
//! of these, the column ranges printed as tables of their own. Both renderers follow the
//! same [`Fit`], so the Word file and the PDF break the table alike.
//!
//! The rules, in the order they are tried:
//! 1. A column is never narrower than the widest piece of text that may not be broken in
//!    it ([`measure::longest_unit`]): a word, a time range, a marker with its symbol, a day
//!    or month name (CJK ones too), plus the cell's padding. A cell over several columns
//!    shares its need among them. A narrow column (days off) is exactly as wide as its
//!    stacked weekday abbreviations; a snug column (the agenda's times) exactly as wide as
//!    its widest unbreakable text.
//! 2. The row-header column gets its natural width, at most 30 % of the table; the data
//!    columns share the rest evenly, a column that needs more getting what it needs (so the
//!    table always fills the width between the margins).
//! 3. Portrait at 10 pt first; when the columns' needs exceed the page width: landscape
//!    (unless the user asked for an orientation), then 9 pt, then abbreviated day and
//!    month names ("Tue", "19 Sept"), then 8 pt.
//! 4. Still too wide (a month-long meeting in the bodies layout): the data columns are cut,
//!    between days and never through a merged cell, into consecutive tables that each fit
//!    and repeat the row headers.

use std::borrow::Cow;
use std::ops::Range;

use super::{Annex, Cell, Direction, HeadCell, Orientation, measure};
use crate::model::Lang;

/// A4, short side and long side, in points.
pub const A4: (f32, f32) = (595.28, 841.89);

/// The text size of the table in points, before any reduction.
pub const TABLE_SIZE: f32 = 10.0;

/// Size of the stacked labels in a narrow column, relative to the table's text.
pub const NARROW_SCALE: f32 = 0.8;

/// Size of a superscript marker relative to the text.
const MARKER_SCALE: f32 = 0.65;

/// What the renderer's page and cells are like.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Page {
    /// Left and right page margins, in points.
    pub margin: f32,
    /// Padding on each side of a cell's text, in points.
    pub inset: f32,
}

/// The layout of the table on the page.
#[derive(Clone, Debug, PartialEq)]
pub struct Fit {
    /// Portrait or landscape (never [`Orientation::Auto`]).
    pub orientation: Orientation,
    /// Text size of the table, in points.
    pub size: f32,
    /// Whether day and month names are abbreviated (the `short` forms of the annex).
    pub short: bool,
    /// The tables to print, left to right (one unless the table had to be cut).
    pub parts: Vec<Part>,
}

/// One printed table: a range of the annex's data columns and the widths of its columns.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// The data columns it shows.
    pub columns: Range<usize>,
    /// Widths in points: the row headers, then each of its data columns.
    pub widths: Vec<f32>,
}

impl Fit {
    /// The lines of a head cell as this fit prints them: abbreviated when it says so and
    /// the cell has a short form; over a narrow column, the stacked weekday abbreviations.
    pub fn head_lines<'a>(&self, cell: &'a HeadCell, narrow: bool) -> &'a [String] {
        if (self.short || narrow) && !cell.short.is_empty() {
            &cell.short
        } else {
            &cell.lines
        }
    }

    /// The row header's lines as this fit prints them.
    pub fn row_header<'a>(&self, row: &'a super::Row) -> &'a [String] {
        if self.short && !row.short_header.is_empty() {
            &row.short_header
        } else {
            &row.header
        }
    }
}

/// How a range's hyphen is kept from breaking ([`keep_ranges`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeGlue {
    /// A non-breaking hyphen (U+2011, which Noto Serif and Times New Roman have; Word's own
    /// `w:noBreakHyphen` in a DOCX): left to right.
    NoBreakHyphen,
    /// The hyphen-minus followed by a WORD JOINER: right to left, because U+2011 is a
    /// neutral for the bidi algorithm and would make "09:00-12:30" read "12:30-09:00" in an
    /// Arabic line.
    Rtl,
    /// The hyphen-minus between two WORD JOINERs: Chinese in a word processor. With a
    /// U+2011 (or a `w:noBreakHyphen`) in Chinese text LibreOffice breaks the range inside
    /// its digits ("13:00-1" / "4:00"); joined so, the range stays whole.
    Cjk,
}

impl RangeGlue {
    /// The glue for an annex in `lang` and `direction`; `word_processor` for a DOCX, which
    /// LibreOffice and Word lay out (typst keeps a U+2011 range whole in Chinese too).
    pub fn of(lang: Lang, direction: Direction, word_processor: bool) -> RangeGlue {
        match (direction, lang) {
            (Direction::Rtl, _) => RangeGlue::Rtl,
            (_, Lang::Zh) if word_processor => RangeGlue::Cjk,
            _ => RangeGlue::NoBreakHyphen,
        }
    }
}

/// `text` with the hyphen of every range of times or numbers ("09:30-12:30", "1-3") and of
/// every numbered code ("PL-11", "SC ADM-4") made unbreakable as `glue` says, so a paged
/// format never breaks a range or a code at its hyphen. A hyphen between letters
/// ("Après-midi") still breaks.
pub fn keep_ranges(text: &str, glue: RangeGlue) -> Cow<'_, str> {
    let digit_around = |i: usize| {
        let before = text[..i].chars().next_back();
        let after = text[i + 1..].chars().next();
        before.is_some_and(|c| c.is_ascii_alphanumeric())
            && after.is_some_and(|c| c.is_ascii_digit())
    };
    if !text
        .char_indices()
        .any(|(i, c)| c == '-' && digit_around(i))
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in text.char_indices() {
        match c {
            '-' if digit_around(i) => match glue {
                RangeGlue::NoBreakHyphen => out.push('\u{2011}'),
                RangeGlue::Rtl => out.push_str("-\u{2060}"),
                RangeGlue::Cjk => out.push_str("\u{2060}-\u{2060}"),
            },
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The cells of `items` (head cells without the corner, or a row's data cells) that cover
/// the data columns `range`; the parts of a [`Fit`] never cut a merged cell.
pub fn slice<'a, T>(items: &'a [T], span: impl Fn(&T) -> usize, range: &Range<usize>) -> &'a [T] {
    let mut at = 0;
    let (mut first, mut last) = (items.len(), items.len());
    for (i, item) in items.iter().enumerate() {
        if at == range.start && first == items.len() {
            first = i;
        }
        if at >= range.end {
            last = i;
            break;
        }
        at += span(item).max(1);
    }
    &items[first.min(last)..last]
}

/// Lays out `annex` on A4 in the `asked` orientation ([`Orientation::Auto`]: portrait if
/// the table fits, else landscape).
pub fn fit(annex: &Annex, asked: Orientation, page: Page) -> Fit {
    let tries: Vec<(Orientation, f32, bool)> = match asked {
        Orientation::Auto => vec![
            (Orientation::Portrait, TABLE_SIZE, false),
            (Orientation::Landscape, TABLE_SIZE, false),
            (Orientation::Landscape, 9.0, false),
            (Orientation::Landscape, 9.0, true),
            (Orientation::Landscape, 8.0, true),
        ],
        o => vec![
            (o, TABLE_SIZE, false),
            (o, 9.0, false),
            (o, 9.0, true),
            (o, 8.0, true),
        ],
    };
    let ncols = annex.columns.len();
    let mut last = None;
    for (orientation, size, short) in tries {
        let avail = page_width(orientation) - 2.0 * page.margin;
        let needs = Needs::of(annex, size, short, page.inset);
        if let Some(widths) = needs.allocate(0..ncols, avail) {
            return Fit {
                orientation,
                size,
                short,
                parts: vec![Part {
                    columns: 0..ncols,
                    widths,
                }],
            };
        }
        last = Some((orientation, size, short, needs, avail));
    }
    let (orientation, size, short, needs, avail) = last.expect("at least one try");
    let parts = needs
        .cut(annex, avail)
        .into_iter()
        .map(|columns| {
            let widths = needs
                .allocate(columns.clone(), avail)
                .unwrap_or_else(|| needs.overfull(columns.clone()));
            Part { columns, widths }
        })
        .collect();
    Fit {
        orientation,
        size,
        short,
        parts,
    }
}

fn page_width(o: Orientation) -> f32 {
    match o {
        Orientation::Landscape => A4.1,
        _ => A4.0,
    }
}

/// What each column needs at one text size.
struct Needs {
    /// Least width of each column: the row headers, then the data columns.
    min: Vec<f32>,
    /// Natural width of the row-header column (its longest line).
    header_natural: f32,
    /// Which data columns are fixed at their least width: the narrow and the snug ones.
    fixed: Vec<bool>,
}

impl Needs {
    fn of(annex: &Annex, size: f32, short: bool, inset: f32) -> Needs {
        let probe = Fit {
            orientation: Orientation::Portrait,
            size,
            short,
            parts: Vec::new(),
        };
        let ncols = annex.columns.len();
        let narrow: Vec<bool> = annex.columns.iter().map(|c| c.narrow).collect();
        let pad = 2.0 * inset + 1.0;
        let mut min = vec![pad; ncols + 1];
        let mut header_natural: f32 = 0.0;
        // Needs of merged cells: (first data column, span, width).
        let mut spanning: Vec<(usize, usize, f32)> = Vec::new();
        for row in &annex.head {
            let mut col = 0usize;
            for (i, cell) in row.iter().enumerate() {
                if i == 0 {
                    let (unit, natural) = lines_need(&cell.lines, size, true);
                    min[0] = min[0].max(unit + pad);
                    header_natural = header_natural.max(natural);
                    continue;
                }
                let span = cell.span.max(1);
                let is_narrow = span == 1 && narrow.get(col).copied().unwrap_or(false);
                let lines = probe.head_lines(cell, is_narrow);
                let need = if is_narrow {
                    // Stacked, one abbreviation per line, in the smaller size.
                    lines
                        .iter()
                        .map(|l| measure::width(l, true, size * NARROW_SCALE))
                        .fold(0.0, f32::max)
                } else {
                    lines_need(lines, size, true).0
                };
                spanning.push((col, span, need + pad));
                col += span;
            }
        }
        for row in &annex.rows {
            let (unit, natural) = lines_need(probe.row_header(row), size, true);
            min[0] = min[0].max(unit + pad);
            header_natural = header_natural.max(natural);
            let mut col = 0usize;
            for cell in &row.cells {
                let span = cell.span.max(1);
                spanning.push((col, span, cell_need(annex, cell, size) + pad));
                col += span;
            }
        }
        // Single columns first, then merged cells share what they still lack.
        spanning.sort_by_key(|(_, span, _)| *span);
        for (first, span, need) in spanning {
            let cols: Vec<usize> = (first + 1..=first + span).filter(|c| *c <= ncols).collect();
            let have: f32 = cols.iter().map(|c| min[*c]).sum();
            if need > have {
                let wide: Vec<usize> = cols
                    .iter()
                    .copied()
                    .filter(|c| !narrow[c - 1] || span == 1)
                    .collect();
                let share = if wide.is_empty() { &cols } else { &wide };
                let extra = (need - have) / share.len().max(1) as f32;
                for c in share {
                    min[*c] += extra;
                }
            }
        }
        let fixed = annex.columns.iter().map(|c| c.narrow || c.snug).collect();
        Needs {
            min,
            header_natural: header_natural + pad,
            fixed,
        }
    }

    /// Widths for the row headers and the data columns `cols` in `avail` points, or `None`
    /// when their least widths exceed it.
    fn allocate(&self, cols: Range<usize>, avail: f32) -> Option<Vec<f32>> {
        let data: Vec<usize> = cols.clone().collect();
        let least: f32 = self.min[0] + data.iter().map(|c| self.min[c + 1]).sum::<f32>();
        if least > avail {
            return None;
        }
        let flexible: Vec<usize> = data.iter().copied().filter(|c| !self.fixed[*c]).collect();
        let fixed: f32 = data
            .iter()
            .filter(|c| self.fixed[**c])
            .map(|c| self.min[c + 1])
            .sum();
        let flex_least: f32 = flexible.iter().map(|c| self.min[c + 1]).sum();
        // The row headers: natural width, at most 30 % of the table, at least their need.
        let spare = avail - fixed - flex_least;
        let header = self
            .header_natural
            .min(avail * 0.3)
            .max(self.min[0])
            .min(spare.max(self.min[0]));
        let header = if flexible.is_empty() {
            avail - fixed
        } else {
            header
        };
        let rest = avail - header - fixed;
        let level = water_level(
            &flexible.iter().map(|c| self.min[c + 1]).collect::<Vec<_>>(),
            rest,
        );
        let mut widths = vec![header];
        widths.extend(data.iter().map(|c| {
            if self.fixed[*c] {
                self.min[c + 1]
            } else {
                self.min[c + 1].max(level)
            }
        }));
        Some(widths)
    }

    /// The least widths of `cols`, for a part that cannot fit whatever is done.
    fn overfull(&self, cols: Range<usize>) -> Vec<f32> {
        let mut widths = vec![self.min[0]];
        widths.extend(cols.map(|c| self.min[c + 1]));
        widths
    }

    /// Consecutive ranges of data columns that each fit `avail` with the row headers,
    /// cut only where no merged cell crosses.
    fn cut(&self, annex: &Annex, avail: f32) -> Vec<Range<usize>> {
        let ncols = annex.columns.len();
        let mut can_cut = vec![true; ncols + 1];
        let mut mark = |spans: &mut dyn Iterator<Item = usize>| {
            let mut at = 0;
            for span in spans {
                for k in at + 1..at + span.max(1) {
                    if k < can_cut.len() {
                        can_cut[k] = false;
                    }
                }
                at += span.max(1);
            }
        };
        for row in &annex.head {
            mark(&mut row.iter().skip(1).map(|c| c.span));
        }
        for row in &annex.rows {
            mark(&mut row.cells.iter().map(|c: &Cell| c.span));
        }
        let mut parts = Vec::new();
        let mut start = 0;
        while start < ncols {
            let mut end = start;
            let mut best = None;
            let mut used = self.min[0];
            while end < ncols {
                used += self.min[end + 1];
                end += 1;
                if used > avail && best.is_some() {
                    break;
                }
                if can_cut[end] {
                    best = Some(end);
                }
            }
            let end = best.unwrap_or(ncols);
            parts.push(start..end);
            start = end;
        }
        parts
    }
}

/// The level `l` such that `sum(max(min_i, l))` equals `total` (every column at least its
/// need, the others equal).
fn water_level(min: &[f32], total: f32) -> f32 {
    if min.is_empty() {
        return 0.0;
    }
    let mut sorted = min.to_vec();
    sorted.sort_by(f32::total_cmp);
    let mut fixed = 0.0;
    for (i, m) in sorted.iter().enumerate().rev() {
        let n = (i + 1) as f32;
        let level = (total - fixed) / n;
        if level >= *m {
            return level;
        }
        fixed += m;
    }
    sorted[0]
}

/// The widest unbreakable piece and the longest line of head or row-header lines (bold,
/// day and month names kept whole).
fn lines_need(lines: &[String], size: f32, bold: bool) -> (f32, f32) {
    let unit = lines
        .iter()
        .map(|l| measure::longest_unit(l, bold, size, true))
        .fold(0.0, f32::max);
    let natural = lines
        .iter()
        .map(|l| measure::width(l, bold, size))
        .fold(0.0, f32::max);
    (unit, natural)
}

/// The widest unbreakable piece of a data cell: a word, a time, an item's last word with
/// its marker and change mark.
fn cell_need(annex: &Annex, cell: &Cell, size: f32) -> f32 {
    let mut need: f32 = 0.0;
    if let Some(t) = &cell.time {
        need = need.max(measure::longest_unit(t, false, size, false));
    }
    for line in &cell.lines {
        for item in &line.items {
            let changed = !annex.change_mark(item.changed).is_empty();
            let text = format!("{}{}", annex.item_prefix(item), annex.item_text(item));
            need = need.max(measure::longest_unit(&text, changed, size, false));
            let last = text.rsplit([' ', '\u{3000}']).next().unwrap_or("");
            let last = if last.chars().any(measure::is_cjk) {
                "\u{4e00}\u{4e00}"
            } else {
                last
            };
            let marker = item.marker.map(|n| annex.marker(n)).unwrap_or_default();
            let tail = measure::width(last, changed, size)
                + measure::width(&marker, false, size * MARKER_SCALE)
                + measure::width(annex.change_mark(item.changed), true, size);
            need = need.max(tail);
        }
    }
    need
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::annex::{Layout, Options, build};
    use crate::model::Lang;

    const PAGE: Page = Page {
        margin: 42.5,
        inset: 4.0,
    };

    fn fitted(working_days: usize, layout: Layout, lang: Lang, asked: Orientation) -> Fit {
        let tt = crate::generate::study_group(working_days, 30, 5);
        fit(&build(&tt, &Options::new(layout, lang)), asked, PAGE)
    }

    #[test]
    fn orientation_follows_the_width_of_the_table_unless_asked() {
        let days = fitted(8, Layout::Days, Lang::Fr, Orientation::Auto);
        assert_eq!(days.orientation, Orientation::Portrait, "two slot columns");
        let bodies = fitted(8, Layout::Bodies, Lang::Ru, Orientation::Auto);
        assert_eq!(
            bodies.orientation,
            Orientation::Landscape,
            "8 working days split into AM and PM"
        );
        let asked = fitted(8, Layout::Bodies, Lang::Ru, Orientation::Portrait);
        assert_eq!(asked.orientation, Orientation::Portrait);
        assert!(asked.short || asked.size < TABLE_SIZE || asked.parts.len() > 1);
    }

    #[test]
    fn every_part_fits_the_page_and_a_month_long_table_is_cut_between_days() {
        for (days, layout) in [(8, Layout::Plan), (20, Layout::Bodies), (20, Layout::Plan)] {
            let f = fitted(days, layout, Lang::Ru, Orientation::Auto);
            let avail = page_width(f.orientation) - 2.0 * PAGE.margin;
            for part in &f.parts {
                let total: f32 = part.widths.iter().sum();
                assert!(total <= avail + 0.01, "{layout}: {total} > {avail}");
                assert_eq!(part.widths.len(), part.columns.len() + 1);
            }
            if days == 20 && layout == Layout::Bodies {
                assert!(f.parts.len() > 1, "40 half-day columns cannot fit one page");
                assert!(f.short, "abbreviated before cutting");
                let tt = crate::generate::study_group(days, 30, 5);
                let a = build(&tt, &Options::new(layout, Lang::Ru));
                for part in &f.parts {
                    let spans: usize = slice(&a.head[0][1..], |c| c.span, &part.columns)
                        .iter()
                        .map(|c| c.span)
                        .sum();
                    assert_eq!(spans, part.columns.len(), "never between a day's AM and PM");
                }
            }
        }
    }

    #[test]
    fn a_column_is_never_narrower_than_its_longest_word() {
        let f = fitted(8, Layout::Bodies, Lang::Ru, Orientation::Auto);
        let tt = crate::generate::study_group(8, 30, 5);
        let a = build(&tt, &Options::new(Layout::Bodies, Lang::Ru));
        // "Понедельник" over the two half-days of a Monday.
        let mut first = 0;
        for cell in &a.head[0][1..] {
            if cell.lines.first().is_some_and(|l| l == "Понедельник") {
                let w = &f.parts[0].widths;
                let need = measure::longest_unit("Понедельник", true, f.size, true);
                assert!(w[first + 1] + w[first + 2] >= need + 2.0 * PAGE.inset);
                return;
            }
            first += cell.span;
        }
        panic!("a Monday");
    }

    #[test]
    fn water_level_gives_every_column_its_need_and_shares_the_rest_evenly() {
        assert_eq!(water_level(&[10.0, 10.0], 100.0), 50.0);
        let l = water_level(&[70.0, 10.0, 10.0], 110.0);
        assert_eq!(l, 20.0, "the wide column keeps 70, the others share 40");
    }

    #[test]
    fn ranges_keep_their_hyphen_and_words_do_not_change() {
        assert_eq!(
            keep_ranges("09:30-12:30 and 14:00-17:30", RangeGlue::NoBreakHyphen),
            "09:30\u{2011}12:30 and 14:00\u{2011}17:30"
        );
        assert_eq!(
            keep_ranges("09:30-12:30", RangeGlue::Rtl),
            "09:30-\u{2060}12:30",
            "right to left the hyphen stays a separator of the number"
        );
        assert_eq!(
            keep_ranges("9月20日13:00-14:00。", RangeGlue::Cjk),
            "9月20日13:00\u{2060}-\u{2060}14:00。",
            "joined on both sides in Chinese"
        );
        assert_eq!(
            RangeGlue::of(Lang::Zh, Direction::Ltr, true),
            RangeGlue::Cjk
        );
        assert_eq!(
            RangeGlue::of(Lang::Zh, Direction::Ltr, false),
            RangeGlue::NoBreakHyphen
        );
        assert!(matches!(
            keep_ranges("Après-midi A.-m.", RangeGlue::NoBreakHyphen),
            Cow::Borrowed(_)
        ));
        assert_eq!(
            keep_ranges("PL-11 and SC ADM-4", RangeGlue::NoBreakHyphen),
            "PL\u{2011}11 and SC ADM\u{2011}4",
            "a numbered code stays whole (the Council plan's Russian DOCX broke PL-/11)"
        );
    }

    #[test]
    fn slice_takes_the_cells_over_a_column_range() {
        let spans = [2usize, 1, 2, 1];
        let s = |r: Range<usize>| slice(&spans, |s| *s, &r).to_vec();
        assert_eq!(s(0..2), vec![2]);
        assert_eq!(s(2..5), vec![1, 2]);
        assert_eq!(s(5..6), vec![1]);
        assert_eq!(s(0..6), spans.to_vec());
    }
}
