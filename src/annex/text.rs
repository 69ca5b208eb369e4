//! The annex as plain text (for e-mail) and as Markdown.
//!
//! Plain text lists the table row by row ("Tuesday 19 September", then one line per
//! non-empty cell: "  Morning: SG12 opening plenary"), since a grid of CJK or Arabic text in
//! a proportional e-mail font cannot be aligned. Markdown writes a real pipe table: a cell
//! spanning several columns holds its text in its first column and an arrow ("←", "→" in
//! Arabic) in the others, parallel lines are separated by `<br>`, and an Arabic annex is
//! wrapped in `<div dir="rtl">`. Note markers are superscript digits ("¹") in both.
//! Right-to-left plain text starts each line with a RIGHT-TO-LEFT MARK so that mail
//! readers lay out each line from the right. With change marks, a changed item or note
//! ends in `*` (escaped in Markdown) and the legend follows the table.

use std::io::{self, Write};

use super::{Annex, Direction};

/// A marker ("12", "c", "(c)") in superscript characters ("¹²", "ᶜ", "⁽ᶜ⁾"); a letter with
/// no superscript form (q) stays as it is.
pub fn superscript(marker: &str) -> String {
    marker
        .chars()
        .map(|c| match c {
            '0' => '⁰',
            '1' => '¹',
            '2' => '²',
            '3' => '³',
            '4' => '⁴',
            '5' => '⁵',
            '6' => '⁶',
            '7' => '⁷',
            '8' => '⁸',
            '9' => '⁹',
            '(' => '⁽',
            ')' => '⁾',
            'a'..='z' => {
                const LETTERS: [char; 26] = [
                    'ᵃ', 'ᵇ', 'ᶜ', 'ᵈ', 'ᵉ', 'ᶠ', 'ᵍ', 'ʰ', 'ⁱ', 'ʲ', 'ᵏ', 'ˡ', 'ᵐ', 'ⁿ', 'ᵒ', 'ᵖ',
                    'q', 'ʳ', 'ˢ', 'ᵗ', 'ᵘ', 'ᵛ', 'ʷ', 'ˣ', 'ʸ', 'ᶻ',
                ];
                LETTERS[(c as u8 - b'a') as usize]
            }
            other => other,
        })
        .collect()
}

/// Writes the annex as plain text.
pub fn write_text(annex: &Annex, out: &mut impl Write) -> io::Result<()> {
    let rlm = if annex.direction == Direction::Rtl {
        "\u{200f}"
    } else {
        ""
    };
    let colon = annex.strings().colon;
    let sep = if annex.lang == crate::model::Lang::Zh {
        ""
    } else {
        " "
    };
    if let Some(h) = &annex.heading {
        writeln!(out, "{rlm}{h}")?;
    }
    writeln!(out, "{rlm}{}", annex.title)?;
    if let Some(r) = &annex.revision {
        writeln!(out, "{rlm}{r}")?;
    }
    writeln!(out)?;
    for row in &annex.rows {
        writeln!(out, "{rlm}{}", row.header.join(sep))?;
        let mut col = 0;
        for cell in &row.cells {
            if !cell.is_empty() {
                let label = annex.column_label(col, cell.span);
                let mut lines: Vec<String> = Vec::new();
                if let Some(t) = &cell.time {
                    lines.push(t.clone());
                }
                lines.extend(cell.lines.iter().map(|l| annex.line_text(l, superscript)));
                if lines.len() == 1 {
                    writeln!(out, "{rlm}  {label}{colon}{}", lines[0])?;
                } else {
                    writeln!(out, "{rlm}  {label}{}", colon.trim_end())?;
                    for l in lines {
                        writeln!(out, "{rlm}    - {l}")?;
                    }
                }
            }
            col += cell.span;
        }
    }
    let legend = annex.legend_lines();
    if !legend.is_empty() {
        writeln!(out)?;
        for line in legend {
            writeln!(out, "{rlm}{line}")?;
        }
    }
    if !annex.notes.is_empty() {
        writeln!(out)?;
        writeln!(out, "{rlm}{}", annex.notes_heading)?;
        for note in &annex.notes {
            writeln!(
                out,
                "{rlm}{} {}",
                annex.note_label(note.number),
                annex.note_text(note)
            )?;
        }
    }
    Ok(())
}

/// Escapes Markdown's inline specials (`&` too, so a literal `&amp;` stays visible), and
/// the pipe that would end a table cell; a line
/// break in a text (CR, LF or CRLF) becomes `<br>`, so it cannot end a table row or a
/// list item.
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' || c == '\n' {
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push_str("<br>");
            continue;
        }
        if matches!(
            c,
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '~' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Writes the annex as Markdown (a GitHub-flavoured pipe table and a numbered list).
pub fn write_markdown(annex: &Annex, out: &mut impl Write) -> io::Result<()> {
    let rtl = annex.direction == Direction::Rtl;
    if rtl {
        writeln!(out, "<div dir=\"rtl\">")?;
        writeln!(out)?;
    }
    if let Some(h) = &annex.heading {
        writeln!(out, "# {}", md_escape(h))?;
        writeln!(out)?;
    }
    writeln!(out, "## {}", md_escape(&annex.title))?;
    writeln!(out)?;
    if let Some(r) = &annex.revision {
        writeln!(out, "{}", md_escape(r))?;
        writeln!(out)?;
    }
    let ncols = annex.columns.len();
    let arrow = if rtl { "→" } else { "←" };
    // Header: one Markdown header row; several header rows are joined per column.
    let mut header = vec![String::new()];
    for col in 0..ncols {
        header.push(md_escape(&annex.column_label(col, 1)));
    }
    writeln!(out, "| {} |", header.join(" | "))?;
    writeln!(out, "|{}", "---|".repeat(ncols + 1))?;
    for row in &annex.rows {
        let mut cells = vec![format!("**{}**", md_escape(&row.header.join(" ")))];
        for cell in &row.cells {
            let mut parts: Vec<String> = Vec::new();
            if let Some(t) = &cell.time {
                parts.push(md_escape(t));
            }
            parts.extend(
                cell.lines
                    .iter()
                    .map(|l| md_escape(&annex.line_text(l, superscript))),
            );
            cells.push(parts.join("<br>"));
            for _ in 1..cell.span {
                cells.push(if cell.is_empty() {
                    String::new()
                } else {
                    arrow.to_owned()
                });
            }
        }
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    let legend = annex.legend_lines();
    if !legend.is_empty() {
        writeln!(out)?;
        for line in legend {
            // Two trailing spaces: a line break within the paragraph.
            writeln!(out, "{}  ", md_escape(&line))?;
        }
    }
    if !annex.notes.is_empty() {
        writeln!(out)?;
        writeln!(out, "**{}**", md_escape(&annex.notes_heading))?;
        writeln!(out)?;
        for note in &annex.notes {
            // Numbers make an ordered list; other labels are lines of one paragraph, each
            // ended by a hard break (two spaces).
            let label = annex.note_label(note.number);
            let text = md_escape(&annex.note_text(note));
            if annex.markers == crate::model::MarkerStyle::Numbers {
                writeln!(out, "{label} {text}")?;
            } else {
                writeln!(out, "{}  {text}  ", md_escape(&label))?;
            }
        }
    }
    if rtl {
        writeln!(out)?;
        writeln!(out, "</div>")?;
    }
    Ok(())
}

/// The annex as plain text.
pub fn to_text(annex: &Annex) -> String {
    let mut buf = Vec::new();
    write_text(annex, &mut buf).expect("writing to a Vec cannot fail");
    String::from_utf8(buf).expect("the renderer writes UTF-8")
}

/// The annex as Markdown.
pub fn to_markdown(annex: &Annex) -> String {
    let mut buf = Vec::new();
    write_markdown(annex, &mut buf).expect("writing to a Vec cannot fail");
    String::from_utf8(buf).expect("the renderer writes UTF-8")
}
