//! Text the user typed is data, never markup, in every export: a timetable whose titles,
//! notes, room, body and person names carry HTML, XML, typst and Markdown markup,
//! iCalendar specials, newlines, carriage returns, very long lines and spreadsheet formula
//! starters is exported in every [`ExportFormat`], and each output shows the text
//! literally (escaped or neutralised as its format requires) and stays well-formed.

use std::io::Write;
use std::process::{Command, Stdio};

use chrono::NaiveDate;
use plenary::document;
use plenary::export::{self, ExportFormat, ExportOptions, Rendered};
use plenary::interop::{self, Format, ImportOptions};
use plenary::model::{Lang, Timetable};
use serde_json::json;

/// Markup of every kind the exports speak, in one title.
const MARKUP: &str =
    "<script>alert(1)</script> &amp; \"dq\" 'sq' ]]> {#set} $x$ #emph \\back *b* |p| [l](u)";
/// iCalendar specials and line breaks.
const SPECIALS: &str = "semi;colon, comma\\slash\nsecond line\rcr";
/// Cells a spreadsheet would run as formulas.
const FORMULAS: [&str; 6] = [
    "=HYPERLINK(\"http://x\",\"y\")",
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\tTab",
    "\rCR",
];

fn long_title() -> String {
    format!(
        "A title longer than seventy-five octets, with multibyte text: {} end",
        "Zürich–Genève ".repeat(8)
    )
}

fn timetable() -> Timetable {
    let mut sessions = vec![
        json!({"id": "markup", "title": {"en": MARKUP}, "kind": "plenary", "room": "r1",
               "bodies": ["b1"], "persons": ["p1"], "annex": "both",
               "annexNote": {"en": format!("note {MARKUP}")},
               "placement": {"start": "2017-03-01T09:30", "end": "2017-03-01T10:30"}}),
        json!({"id": "specials", "title": {"en": SPECIALS}, "kind": "question", "room": "r1",
               "annex": "cell",
               "placement": {"start": "2017-03-01T11:00", "end": "2017-03-01T12:00"}}),
        json!({"id": "long", "title": {"en": long_title()}, "kind": "question", "room": "r1",
               "annex": "cell",
               "placement": {"start": "2017-03-01T14:00", "end": "2017-03-01T15:00"}}),
    ];
    for (i, f) in FORMULAS.iter().enumerate() {
        sessions.push(
            json!({"id": format!("f{i}"), "title": {"en": f}, "kind": "other",
            "room": "r2", "annex": "cell",
            "placement": {"start": format!("2017-03-02T{:02}:00", 9 + i),
                          "end": format!("2017-03-02T{:02}:30", 9 + i)}}),
        );
    }
    let doc = json!({
        "format": "plenary", "version": document::FORMAT_VERSION,
        "meeting": {"title": {"en": format!("Meeting {MARKUP}")}, "venue": "Geneva <b>",
                    "timeZone": "Europe/Zurich", "languages": ["en"],
                    "hours": {"start": "09:00", "end": "17:30"}},
        "days": [{"date": "2017-03-01", "kind": "working", "note": format!("day {MARKUP}")},
                 {"date": "2017-03-02", "kind": "working"}],
        "slots": [{"id": "am", "name": {"en": "Morning"}, "start": "09:00", "end": "12:30"},
                  {"id": "pm", "name": {"en": "Afternoon"}, "start": "14:00", "end": "17:30"}],
        "rooms": [{"id": "r1", "name": format!("Room {MARKUP}")},
                  {"id": "r2", "name": "=cmd|' /C calc'!A0"}],
        "bodies": [{"id": "b1", "short": "@WP<1>", "name": {"en": format!("Body {MARKUP}")},
                    "kind": "workingParty"}],
        "persons": [{"id": "p1", "name": "-Ada \"<Lovelace>\""}],
        "sessions": sessions,
    });
    document::load(&doc.to_string()).unwrap_or_else(|e| panic!("the test timetable loads: {e}"))
}

fn render(t: &Timetable, format: ExportFormat) -> Rendered {
    let now = NaiveDate::from_ymd_opt(2017, 1, 1)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap();
    let options = ExportOptions {
        #[cfg(feature = "pdf")]
        fonts: Some(crate::fonts::system()),
        ..ExportOptions::new(Lang::En, now)
    };
    export::render(t, format, &options).unwrap_or_else(|e| panic!("{format}: {e}"))
}

fn text(r: &Rendered) -> String {
    String::from_utf8(r.bytes.clone()).expect("UTF-8")
}

/// Every text node of a well-formed XML document, joined.
fn xml_text(xml: &str) -> String {
    let doc = roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("well-formed XML: {e}"));
    doc.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join("")
}

/// A member of a zip package, through the system's `unzip` (None when it is missing).
fn unzip(bytes: &[u8], member: &str) -> Option<String> {
    let dir = std::env::temp_dir().join(format!("plenary-escaping-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    let path = dir.join(format!("{}.zip", member.replace('/', "_")));
    std::fs::write(&path, bytes).ok()?;
    let out = Command::new("unzip")
        .arg("-p")
        .arg(&path)
        .arg(member)
        .output()
        .ok()?;
    let _ = std::fs::remove_file(&path);
    out.status
        .success()
        .then(|| String::from_utf8(out.stdout).expect("UTF-8 member"))
}

#[test]
fn html_annex_escapes_markup_and_has_no_script() {
    let html = text(&render(&timetable(), ExportFormat::AnnexHtml));
    assert!(!html.to_ascii_lowercase().contains("<script"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    assert!(html.contains("&amp;amp;"), "a literal &amp; stays visible");
    assert!(!html.contains("<b>") && !html.contains("<WP"), "{html}");
}

#[test]
fn text_annex_shows_the_literal_text() {
    let txt = text(&render(&timetable(), ExportFormat::AnnexTxt));
    assert!(txt.contains("<script>alert(1)</script> &amp;"), "{txt}");
}

#[test]
fn markdown_annex_escapes_html_and_table_specials() {
    let md = text(&render(&timetable(), ExportFormat::AnnexMd));
    // Every `<` is escaped (but the `<br>` a line break becomes), so no raw HTML of the
    // user's reaches a Markdown renderer.
    assert!(
        md.match_indices('<')
            .all(|(i, _)| (i > 0 && md.as_bytes()[i - 1] == b'\\') || md[i..].starts_with("<br>")),
        "{md}"
    );
    assert!(md.contains("\\<script\\>alert(1)\\</script\\>"), "{md}");
    assert!(
        md.contains("\\|p\\|"),
        "a pipe cannot end a table cell: {md}"
    );
}

/// A newline in a title must not end the Markdown table row it is in, and a literal `&amp;`
/// must not render as `&`.
#[test]
fn markdown_annex_keeps_a_multi_line_title_in_its_row_and_shows_entities_literally() {
    let md = text(&render(&timetable(), ExportFormat::AnnexMd));
    assert!(
        md.contains("\\&amp;"),
        "a literal &amp; must stay visible: {md}"
    );
    let mut in_table = false;
    for line in md.lines() {
        if line.starts_with('|') {
            in_table = true;
            assert!(line.trim_end().ends_with('|'), "row cut short: {line:?}");
        } else if in_table && !line.trim().is_empty() {
            assert!(
                !line.contains("second line"),
                "a title line fell out of the table: {line:?}"
            );
        }
    }
}

#[test]
fn docx_annex_is_well_formed_and_holds_the_literal_text() {
    let t = timetable();
    let docx = render(&t, ExportFormat::AnnexDocx);
    assert!(docx.bytes.starts_with(b"PK"));
    let Some(xml) = unzip(&docx.bytes, "word/document.xml") else {
        eprintln!("unzip is not installed; DOCX contents not checked");
        return;
    };
    let body = xml_text(&xml);
    assert!(
        body.contains("<script>alert(1)</script> &amp; \"dq\" 'sq' ]]>"),
        "{body}"
    );
    assert!(body.contains("{#set} $x$ #emph \\back"), "{body}");
}

#[test]
fn pdf_annex_renders_markup_as_text() {
    let pdf = render(&timetable(), ExportFormat::AnnexPdf);
    assert!(pdf.bytes.starts_with(b"%PDF"));
    let Ok(mut child) = Command::new("pdftotext")
        .args(["-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
    else {
        eprintln!("pdftotext is not installed; PDF text not checked");
        return;
    };
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(&pdf.bytes)
        .expect("pipe");
    let out = child.wait_with_output().expect("pdftotext runs");
    let shown = String::from_utf8_lossy(&out.stdout);
    if pdf.warnings.iter().any(|w| w.contains("no fonts")) {
        return;
    }
    // Table cells wrap, so compare without whitespace.
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let shown = squeeze(&shown);
    for piece in [
        "<script>alert(1)</script>",
        "&amp;",
        "]]>",
        "{#set}",
        "$x$",
        "#emph",
        "\\back",
    ] {
        assert!(
            shown.contains(&squeeze(piece)),
            "{piece:?} missing from {shown}"
        );
    }
}

#[test]
fn frab_exports_are_well_formed_and_round_trip_the_text() {
    let t = timetable();
    let xml = text(&render(&t, ExportFormat::FrabXml));
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let titles: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("title"))
        .filter_map(|n| n.text())
        .collect();
    assert!(titles.contains(&MARKUP), "{titles:?}");
    // XML turns a raw CR into LF unless written as a reference: the text must survive.
    assert!(
        titles.contains(&SPECIALS),
        "CR and LF survive in XML: {titles:?}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&text(&render(&t, ExportFormat::FrabJson))).expect("valid JSON");
    let all = json.to_string();
    assert!(
        all.contains(&serde_json::to_string(MARKUP).unwrap()),
        "{all}"
    );
    // Both import back to the same titles.
    for (format, bytes) in [
        (Format::FrabXml, xml.into_bytes()),
        (Format::FrabJson, json.to_string().into_bytes()),
    ] {
        let back = interop::import(format, &bytes, &ImportOptions::default()).expect("imports");
        let titles: Vec<String> = back
            .timetable
            .sessions
            .values()
            .flat_map(|s| s.title.values().cloned())
            .collect();
        assert!(titles.iter().any(|x| x == MARKUP), "{format}: {titles:?}");
    }
}

#[test]
fn icalendar_export_escapes_specials_folds_lines_and_round_trips() {
    let t = timetable();
    let ics = text(&render(&t, ExportFormat::Ics));
    // Every line ends in CRLF and is at most 75 octets; no bare CR or LF inside a line.
    assert!(ics.ends_with("\r\n"));
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.contains('\r') && !line.contains('\n'), "{line:?}");
    }
    let unfolded = ics.replace("\r\n ", "");
    assert!(
        unfolded.contains("SUMMARY:semi\\;colon\\, comma\\\\slash\\nsecond line\\ncr\r\n"),
        "{unfolded}"
    );
    // The long title was folded, and unfolds whole.
    assert!(
        unfolded.contains(&format!("SUMMARY:{}", long_title().replace(',', "\\,"))),
        "{unfolded}"
    );
    let back =
        interop::import(Format::Ics, ics.as_bytes(), &ImportOptions::default()).expect("imports");
    let titles: Vec<String> = back
        .timetable
        .sessions
        .values()
        .flat_map(|s| s.title.values().cloned())
        .collect();
    for expected in [MARKUP.to_owned(), long_title()] {
        assert!(titles.contains(&expected), "{expected:?} in {titles:?}");
    }
    // iCalendar text cannot hold a CR: it is written, and comes back, as a line break.
    assert!(
        titles.contains(&"semi;colon, comma\\slash\nsecond line\ncr".to_owned()),
        "{titles:?}"
    );
}

fn is_formula(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

#[test]
fn csv_export_prefixes_every_formula_starter() {
    let t = timetable();
    let csv = render(&t, ExportFormat::Csv).bytes;
    let mut reader = csv::Reader::from_reader(csv.as_slice());
    let mut guarded = 0;
    for record in reader.records() {
        for cell in record.expect("a CSV record").iter() {
            assert!(
                !is_formula(cell),
                "a cell a spreadsheet would run: {cell:?}"
            );
            if cell.starts_with('\'') && is_formula(&cell[1..]) {
                guarded += 1;
            }
        }
    }
    // Six titles, the room of their six sessions, the body and the person.
    assert_eq!(guarded, 6 + 6 + 1 + 1, "guarded cells");
    // The importer takes exactly that quote off again.
    let back = interop::import(Format::Csv, &csv, &ImportOptions::default()).expect("imports");
    for f in FORMULAS {
        assert!(
            back.timetable
                .sessions
                .values()
                .any(|s| s.title.values().any(|x| x == f.trim())),
            "{f:?}"
        );
    }
}

#[test]
fn xlsx_export_writes_text_cells_only_and_prefixes_formula_starters() {
    let t = timetable();
    let xlsx = render(&t, ExportFormat::Xlsx).bytes;
    assert!(xlsx.starts_with(b"PK"));
    let Some(sheet) = unzip(&xlsx, "xl/worksheets/sheet1.xml") else {
        eprintln!("unzip is not installed; XLSX contents not checked");
        return;
    };
    let doc = roxmltree::Document::parse(&sheet).expect("well-formed sheet");
    assert!(
        !doc.descendants().any(|n| n.has_tag_name("f")),
        "no cell holds a formula"
    );
    let strings = unzip(&xlsx, "xl/sharedStrings.xml").unwrap_or_default();
    let texts: Vec<String> = if strings.is_empty() {
        doc.descendants()
            .filter(|n| n.has_tag_name("t"))
            .filter_map(|n| n.text().map(str::to_owned))
            .collect()
    } else {
        roxmltree::Document::parse(&strings)
            .expect("well-formed strings")
            .descendants()
            .filter(|n| n.has_tag_name("t"))
            .filter_map(|n| n.text().map(str::to_owned))
            .collect()
    };
    assert!(texts.iter().any(|x| x == MARKUP), "{texts:?}");
    for x in &texts {
        assert!(!is_formula(x), "a string a spreadsheet may run: {x:?}");
    }
    assert!(
        texts.iter().any(|x| x == "'=HYPERLINK(\"http://x\",\"y\")"),
        "{texts:?}"
    );
}
