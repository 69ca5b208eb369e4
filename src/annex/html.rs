//! The annex as one standalone HTML page: no scripts, no external resources, a print
//! stylesheet for A4, and accessible table markup (a `caption`, `th scope="col"` /
//! `scope="colgroup"` over the columns, `th scope="row"` on each row). Every text is
//! escaped. An Arabic annex is `dir="rtl"`, which mirrors the table and aligns cells right.
//! Note markers are superscript links to their note. With change marks, a changed cell has
//! the class `changed` (highlighted), a changed item ends in a visible `*` mark
//! (`<mark class="change">`), and the legend follows the table.

use std::io::{self, Write};

use super::Annex;
use crate::model::Lang;

/// Escapes text for HTML element content and double-quoted attributes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn font_stack(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => {
            "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", SimSun, sans-serif"
        }
        Lang::Ar => "\"Noto Naskh Arabic\", \"Traditional Arabic\", Arial, sans-serif",
        _ => "\"Noto Sans\", Arial, \"Liberation Sans\", sans-serif",
    }
}

/// The standalone page's own rules: its margins, its heading and its paper.
const PAGE_STYLE: &str = "
body { margin: 2em; line-height: 1.35; }
h1 { font-size: 1.3em; text-align: center; margin: 0 0 .3em; }
@page { size: A4; margin: 1.5cm; }
@media print { body { margin: 0; } }
";

/// The table's, the legend's and the notes' rules: what a page that holds the annex (the
/// standalone page, a published site's annex page) needs to draw it.
pub const TABLE_STYLE: &str = "
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }
caption { font-weight: bold; font-size: 1.15em; padding-bottom: .4em; }
caption .revision { display: block; font-weight: normal; font-size: .85em; }
th, td { border: 1px solid #000; padding: .35em .5em; vertical-align: top; text-align: start; }
thead th { text-align: center; background: #eee; }
thead th[scope=col]:not(.narrow) { white-space: nowrap; }
tbody th { font-weight: bold; white-space: nowrap; }
td.narrow, th.narrow { width: 1.5em; }
td.snug { width: 1%; white-space: nowrap; }
th.narrow { vertical-align: bottom; }
th.narrow .vertical { display: inline-block; white-space: nowrap; writing-mode: vertical-rl; transform: rotate(180deg); }
td.filled { background: #ddd; text-align: center; }
td p, th p { margin: 0; }
td p + p { margin-top: .3em; }
.time { font-style: italic; }
td.changed { background: #fff3a0; font-weight: bold; }
td.filled.changed { background: #f5d76e; }
mark.change { background: none; color: #b00000; font-weight: bold; }
.legend p { margin: 0 0 .3em; }
.legend .sample { display: inline-block; min-width: 1.5em; background: #fff3a0; border: 1px solid #000; text-align: center; font-weight: bold; }
sup a { text-decoration: none; color: inherit; }
.notes ol { padding-inline-start: 2em; }
.notes ol.labelled { list-style: none; padding-inline-start: 0; }
.notes ol.labelled .label { display: inline-block; min-width: 2em; }
@media print {
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  thead th { background: none; }
}
";

/// Writes the annex as a standalone HTML page.
pub fn write_html(annex: &Annex, out: &mut impl Write) -> io::Result<()> {
    let lang = annex.lang.code();
    let dir = annex.direction.html();
    let title = match &annex.heading {
        Some(h) => format!("{h} – {}", annex.title),
        None => annex.title.clone(),
    };
    writeln!(out, "<!DOCTYPE html>")?;
    writeln!(out, "<html lang=\"{lang}\" dir=\"{dir}\">")?;
    writeln!(out, "<head>")?;
    writeln!(out, "<meta charset=\"utf-8\">")?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    )?;
    writeln!(out, "<title>{}</title>", escape(&title))?;
    writeln!(
        out,
        "<style>\nbody {{ font-family: {}; }}{PAGE_STYLE}{TABLE_STYLE}</style>",
        font_stack(annex.lang)
    )?;
    writeln!(out, "</head>")?;
    writeln!(out, "<body>")?;
    if let Some(h) = &annex.heading {
        writeln!(out, "<h1>{}</h1>", escape(h))?;
    }
    write_table(annex, out)?;
    writeln!(out, "</body>")?;
    writeln!(out, "</html>")?;
    Ok(())
}

/// The font stack the annex is drawn in for its language (CSS `font-family` value).
pub fn font_family(lang: Lang) -> &'static str {
    font_stack(lang)
}

/// The annex without a page around it: the table, the change legend and the notes, for a
/// page that has its own head and heading (a published site's annex page; its style needs
/// [`TABLE_STYLE`]).
pub fn table_html(annex: &Annex) -> String {
    let mut buf = Vec::new();
    write_table(annex, &mut buf).expect("writing to a Vec cannot fail");
    String::from_utf8(buf).expect("the renderer writes UTF-8")
}

fn write_table(annex: &Annex, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "<table>")?;
    write!(out, "<caption>{}", escape(&annex.title))?;
    if let Some(r) = &annex.revision {
        write!(out, "<span class=\"revision\">{}</span>", escape(r))?;
    }
    writeln!(out, "</caption>")?;
    writeln!(out, "<thead>")?;
    for row in &annex.head {
        write!(out, "<tr>")?;
        let mut col = 0usize;
        for (i, cell) in row.iter().enumerate() {
            if i == 0 {
                write!(out, "<td></td>")?;
                continue;
            }
            let narrow = annex.columns.get(col).is_some_and(|c| c.narrow) && cell.span == 1;
            let scope = if cell.span > 1 { "colgroup" } else { "col" };
            write!(out, "<th scope=\"{scope}\"")?;
            if cell.span > 1 {
                write!(out, " colspan=\"{}\"", cell.span)?;
            }
            if narrow {
                write!(out, " class=\"narrow\"")?;
            }
            // A table cell itself does not turn in every engine (WebKit draws its text upside
            // down on one line), so the narrow column's text is turned inside it.
            if narrow {
                write!(
                    out,
                    "><span class=\"vertical\">{}</span></th>",
                    lines_html(&cell.lines)
                )?;
            } else {
                write!(out, ">{}</th>", lines_html(&cell.lines))?;
            }
            col += cell.span;
        }
        writeln!(out, "</tr>")?;
    }
    writeln!(out, "</thead>")?;
    writeln!(out, "<tbody>")?;
    for row in &annex.rows {
        write!(
            out,
            "<tr><th scope=\"row\">{}</th>",
            lines_html(&row.header)
        )?;
        let mut col = 0usize;
        for cell in &row.cells {
            let mut classes = Vec::new();
            if cell.span == 1 && annex.columns.get(col).is_some_and(|c| c.narrow) {
                classes.push("narrow");
            }
            if cell.span == 1 && annex.columns.get(col).is_some_and(|c| c.snug) {
                classes.push("snug");
            }
            if cell.filled {
                classes.push("filled");
            }
            if cell.changed && annex.changes.is_some() {
                classes.push("changed");
            }
            write!(out, "<td")?;
            if cell.span > 1 {
                write!(out, " colspan=\"{}\"", cell.span)?;
            }
            if !classes.is_empty() {
                write!(out, " class=\"{}\"", classes.join(" "))?;
            }
            write!(out, ">")?;
            if let Some(t) = &cell.time {
                write!(out, "<p class=\"time\">{}</p>", escape(t))?;
            }
            for line in &cell.lines {
                let text = line
                    .items
                    .iter()
                    .map(|item| {
                        let mut s = escape(&annex.item_prefix(item));
                        s.push_str(&escape(&annex.item_text(item)));
                        if let Some(n) = item.marker {
                            s.push_str(&format!(
                                "<sup><a href=\"#note-{n}\">{}</a></sup>",
                                escape(&annex.marker(n))
                            ));
                        }
                        let mark = annex.change_mark(item.changed);
                        if !mark.is_empty() {
                            s.push_str(&format!("<mark class=\"change\">{}</mark>", escape(mark)));
                        }
                        s
                    })
                    .collect::<Vec<_>>()
                    .join(&escape(annex.strings().then));
                write!(out, "<p>{text}</p>")?;
            }
            write!(out, "</td>")?;
            col += cell.span;
        }
        writeln!(out, "</tr>")?;
    }
    writeln!(out, "</tbody>")?;
    writeln!(out, "</table>")?;
    if let Some(c) = &annex.changes {
        writeln!(out, "<section class=\"legend\">")?;
        writeln!(
            out,
            "<p><span class=\"sample\">{}</span> {}</p>",
            escape(&c.mark),
            escape(&c.legend)
        )?;
        if let Some(removed) = &c.removed {
            writeln!(out, "<p class=\"removed\">{}</p>", escape(removed))?;
        }
        writeln!(out, "</section>")?;
    }
    if !annex.notes.is_empty() {
        writeln!(out, "<section class=\"notes\">")?;
        writeln!(out, "<h2>{}</h2>", escape(&annex.notes_heading))?;
        // Numbers are the list's own; letters and "(a)" are written as labels.
        let numbered = annex.markers == crate::model::MarkerStyle::Numbers;
        writeln!(
            out,
            "{}",
            if numbered {
                "<ol>"
            } else {
                "<ol class=\"labelled\">"
            }
        )?;
        for note in &annex.notes {
            let label = if numbered {
                String::new()
            } else {
                format!(
                    "<span class=\"label\">{}</span> ",
                    escape(&annex.note_label(note.number))
                )
            };
            writeln!(
                out,
                "<li id=\"note-{n}\" value=\"{n}\">{label}{}</li>",
                escape(&annex.note_text(note)),
                n = note.number
            )?;
        }
        writeln!(out, "</ol>")?;
        writeln!(out, "</section>")?;
    }
    Ok(())
}

fn lines_html(lines: &[String]) -> String {
    lines
        .iter()
        .map(|l| escape(l))
        .collect::<Vec<_>>()
        .join("<br>")
}

/// The annex as an HTML page.
pub fn to_html(annex: &Annex) -> String {
    let mut buf = Vec::new();
    write_html(annex, &mut buf).expect("writing to a Vec cannot fail");
    String::from_utf8(buf).expect("the renderer writes UTF-8")
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escape_neutralises_markup() {
        assert_eq!(
            escape("<script>\"a\" & 'b'</script>"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }
}
