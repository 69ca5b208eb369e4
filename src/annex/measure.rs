//! How wide a text is set, estimated without the fonts: what [`super::fit`] sizes the paged
//! formats' columns with.
//!
//! The estimate is deliberately on the wide side of what any of the annex's faces give, so
//! a column sized from it never lets a word run over its border:
//! - Latin and digits: the advance widths of Noto Serif (regular and bold), which is wider
//!   than Times New Roman; the PDF is set in Noto Serif, and LibreOffice substitutes it for
//!   the DOCX's Times New Roman where that is missing (Word with Times New Roman has room to
//!   spare);
//! - Cyrillic, Greek and accented Latin: Noto Serif's average for the block, plus a margin;
//! - CJK ideographs, kana and full-width forms: one em;
//! - Arabic: the isolated forms' average of Noto Naskh Arabic (joined forms are narrower);
//! - invisible controls (bidi isolates, the word joiner): nothing.
//!
//! Widths are in ems of the text's size; [`width`] and [`longest_unit`] scale them, with
//! 5 % to spare.

/// Noto Serif Regular, advance widths of ASCII 32-126 in thousandths of an em.
const REGULAR: [u16; 95] = [
    260, 332, 408, 559, 559, 896, 742, 220, 346, 346, 500, 559, 250, 310, 250, 288, 559, 559, 559,
    559, 559, 559, 559, 559, 559, 559, 286, 286, 559, 559, 559, 474, 921, 705, 654, 614, 727, 623,
    590, 714, 793, 367, 357, 700, 623, 938, 763, 742, 604, 742, 656, 544, 613, 717, 675, 1047, 660,
    625, 592, 360, 288, 360, 559, 459, 274, 563, 614, 492, 614, 535, 369, 538, 635, 320, 300, 585,
    310, 945, 645, 577, 614, 614, 471, 451, 352, 635, 579, 862, 578, 565, 511, 428, 559, 428, 559,
];

/// Noto Serif Bold, advance widths of ASCII 32-126 in thousandths of an em.
const BOLD: [u16; 95] = [
    260, 382, 508, 559, 559, 906, 801, 290, 400, 400, 502, 559, 294, 310, 294, 288, 559, 559, 559,
    559, 559, 559, 559, 559, 559, 559, 304, 304, 559, 559, 559, 550, 921, 753, 672, 668, 767, 653,
    621, 769, 819, 401, 397, 734, 654, 952, 788, 787, 638, 787, 707, 586, 653, 747, 698, 1067, 732,
    693, 666, 414, 288, 414, 559, 459, 334, 599, 649, 527, 649, 571, 407, 560, 667, 352, 345, 636,
    352, 986, 667, 613, 645, 648, 523, 488, 405, 667, 606, 856, 646, 579, 529, 442, 559, 442, 559,
];

/// Whether `c` is set one em wide and may be broken before or after (CJK).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FFF | 0x3000..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// The advance of `c` in ems.
pub fn advance(c: char, bold: bool) -> f32 {
    let code = c as u32;
    if let 0x20..=0x7E = code {
        let table = if bold { &BOLD } else { &REGULAR };
        return f32::from(table[(code - 0x20) as usize]) / 1000.0;
    }
    // Thousandths of an em, regular and bold.
    let (regular, heavy): (u16, u16) = match code {
        // Controls, bidi marks and isolates, zero-width spaces and joiners.
        0x00..=0x1F | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2069 | 0xFEFF => (0, 0),
        0xA0 => (260, 260),
        // Non-breaking hyphen, en and em dash.
        0x2010..=0x2012 => (320, 320),
        0x2013 => (520, 520),
        0x2014 => (1000, 1000),
        // Superscript digits.
        0x00B9 | 0x00B2 | 0x00B3 | 0x2070..=0x2079 => (380, 380),
        // Accented Latin and Latin Extended: uppercase and wide ligatures take more.
        0xC0..=0xDE => (780, 800),
        0xDF..=0x024F => (600, 640),
        // Greek and Cyrillic: uppercase, then lowercase (Noto Serif's block averages plus a
        // margin for the wide letters ш, щ, ж, ю, м).
        0x0370..=0x042F => (790, 830),
        0x0430..=0x04FF => (700, 740),
        // Geometric shapes (● ○), bullets.
        0x2022 | 0x25A0..=0x25FF => (800, 800),
        _ if is_cjk(c) => (1000, 1000),
        _ if is_arabic(c) => (620, 640),
        _ => (700, 740),
    };
    f32::from(if bold { heavy } else { regular }) / 1000.0
}

/// What every estimate is multiplied by: the faces a renderer falls back to (the digits of
/// Noto Serif CJK, DejaVu where Noto lacks a glyph) run a few percent wider.
const SAFETY: f32 = 1.05;

/// The space typst and LibreOffice put between CJK and Latin letters or digits ("9 月 19
/// 日"), in ems.
const CJK_LATIN_GAP: f32 = 0.25;

/// Whether a gap goes between `a` and `b`: one is CJK, the other a letter or digit.
fn gap(a: char, b: char) -> bool {
    let latin = |c: char| c.is_alphanumeric() && !is_cjk(c);
    (is_cjk(a) && latin(b)) || (latin(a) && is_cjk(b))
}

/// Width of `text` on one line, in points, at `size` points.
pub fn width(text: &str, bold: bool, size: f32) -> f32 {
    let mut ems = 0.0;
    let mut prev = None;
    for c in text.chars() {
        ems += advance(c, bold);
        if prev.is_some_and(|p| gap(p, c)) {
            ems += CJK_LATIN_GAP;
        }
        prev = Some(c);
    }
    ems * size * SAFETY
}

/// Width in points of the widest piece of `text` that a line cannot be broken in, at
/// `size` points: a run between spaces (a hyphen is not taken as a break, so "A.-m." and
/// "09:00-12:30" stay whole). Unless `keep_cjk`, a line may break between CJK characters,
/// so a CJK character counts as a piece of two ems (itself and the punctuation that may
/// not start a line after it). With `keep_cjk` (day and month names: "星期二", "9月19日")
/// a run of CJK is one piece.
pub fn longest_unit(text: &str, bold: bool, size: f32, keep_cjk: bool) -> f32 {
    let mut widest: f32 = 0.0;
    for piece in text.split([' ', '\t', '\n', '\u{3000}']) {
        let mut run = 0.0;
        let mut prev = None;
        for c in piece.chars() {
            if is_cjk(c) && !keep_cjk {
                widest = widest.max(run).max(2.0);
                run = 0.0;
            } else {
                run += advance(c, bold);
                if prev.is_some_and(|p| gap(p, c)) {
                    run += CJK_LATIN_GAP;
                }
            }
            prev = Some(c);
        }
        widest = widest.max(run);
    }
    widest * size * SAFETY
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_measured_whole_and_cjk_breaks_between_characters() {
        let day = longest_unit("Понедельник", true, 10.0, false);
        assert!(day > 75.0, "eleven wide Cyrillic letters, bold: {day}");
        assert_eq!(
            longest_unit("14:30-18:00", false, 10.0, false),
            width("14:30-18:00", false, 10.0),
            "a time range is one piece"
        );
        assert_eq!(
            longest_unit("第12研究组", false, 10.0, false),
            20.0 * SAFETY
        );
        assert_eq!(longest_unit("星期二", true, 10.0, true), 30.0 * SAFETY);
        assert_eq!(
            longest_unit("9月19日", true, 10.0, true),
            width("9月19日", true, 10.0),
            "a CJK date is one piece, with the gaps between its digits and characters"
        );
        assert!(width("9月19日", true, 10.0) > 10.0 * (2.0 + 3.0 * 0.559 + 0.5));
        assert_eq!(
            width("\u{2066}ab\u{2069}", false, 1.0),
            width("ab", false, 1.0)
        );
    }
}
