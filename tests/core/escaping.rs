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

/// Why a member of a zip package could not be read: the cases a test must tell apart.
#[derive(Debug)]
enum ZipFailure {
    /// The bytes are not a readable zip archive.
    Corrupt(String),
    /// The archive has no member of that name.
    NoMember,
}

/// A member of a zip package (DOCX, XLSX) as text, read with the `zip` crate, so no system
/// tool can be missing and no failure passes for another.
fn zip_member(bytes: &[u8], member: &str) -> Result<String, ZipFailure> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| ZipFailure::Corrupt(e.to_string()))?;
    let mut file = match archive.by_name(member) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Err(ZipFailure::NoMember),
        Err(e) => return Err(ZipFailure::Corrupt(e.to_string())),
    };
    let mut text = String::new();
    file.read_to_string(&mut text)
        .map_err(|e| ZipFailure::Corrupt(format!("{member}: {e}")))?;
    Ok(text)
}

/// A member the package must have: a corrupt archive or a missing member fails the test.
fn unzip(bytes: &[u8], member: &str) -> String {
    match zip_member(bytes, member) {
        Ok(text) => text,
        Err(ZipFailure::NoMember) => panic!("the package has no {member}"),
        Err(ZipFailure::Corrupt(why)) => panic!("the package is not a readable zip: {why}"),
    }
}

#[test]
fn unzip_tells_a_corrupt_archive_from_a_missing_member() {
    let docx = render(&timetable(), ExportFormat::AnnexDocx).bytes;
    assert!(
        zip_member(&docx, "word/document.xml").is_ok_and(|x| x.contains("<w:document")),
        "a DOCX holds its document"
    );
    assert!(
        matches!(
            zip_member(&docx, "word/nothing.xml"),
            Err(ZipFailure::NoMember)
        ),
        "a missing member is told as such"
    );
    assert!(
        matches!(
            zip_member(b"PK not a zip", "word/document.xml"),
            Err(ZipFailure::Corrupt(_))
        ),
        "garbage is a corrupt archive, not a missing member"
    );
    let cut = &docx[..docx.len() / 2];
    assert!(
        matches!(
            zip_member(cut, "word/document.xml"),
            Err(ZipFailure::Corrupt(_))
        ),
        "a truncated package is corrupt"
    );
    // A DOCX without word/document.xml: the helper the tests use refuses it.
    let mut stripped = Vec::new();
    {
        use std::io::Read;
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&docx[..])).expect("zip");
        let mut writer = zip::ZipWriter::new(std::io::Cursor::new(&mut stripped));
        for i in 0..archive.len() {
            let mut f = archive.by_index(i).expect("member");
            let name = f.name().expect("a member name").into_owned();
            if name == "word/document.xml" {
                continue;
            }
            let mut data = Vec::new();
            f.read_to_end(&mut data).expect("readable");
            writer
                .start_file(name, zip::write::SimpleFileOptions::default())
                .expect("writes");
            writer.write_all(&data).expect("writes");
        }
        writer.finish().expect("finishes");
    }
    let refused = std::panic::catch_unwind(|| unzip(&stripped, "word/document.xml"));
    assert!(refused.is_err(), "a DOCX without word/document.xml fails");
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
    let xml = unzip(&docx.bytes, "word/document.xml");
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
    if pdf.warnings.iter().any(|w| w.contains("no fonts")) {
        crate::require::missing(&format!(
            "the PDF was typeset without fonts, so its text cannot be checked: {:?}; \
             install: apt-get install fonts-noto-core fonts-noto-cjk",
            pdf.warnings
        ));
        return;
    }
    if !crate::require::tool(
        "pdftotext",
        &["-v"],
        "apt-get install poppler-utils (scripts/install-deps.sh test)",
    ) {
        return;
    }
    let mut child = Command::new("pdftotext")
        .args(["-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("pdftotext, found above, starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(&pdf.bytes)
        .expect("pipe");
    let out = child.wait_with_output().expect("pdftotext runs");
    assert!(out.status.success(), "pdftotext reads the PDF: {out:?}");
    let shown = String::from_utf8_lossy(&out.stdout);
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
/// A workbook's text cells say they are text, so a spreadsheet shows `=HYPERLINK(...)` and
/// never runs it: no cell is a formula, and the texts are written as they are, without
/// the CSV export's guard (which Excel would show as a literal apostrophe).
fn xlsx_export_writes_text_cells_only_and_formula_starters_as_they_are() {
    let t = timetable();
    let xlsx = render(&t, ExportFormat::Xlsx).bytes;
    assert!(xlsx.starts_with(b"PK"));
    let sheet = unzip(&xlsx, "xl/worksheets/sheet1.xml");
    let doc = roxmltree::Document::parse(&sheet).expect("well-formed sheet");
    assert!(
        !doc.descendants().any(|n| n.has_tag_name("f")),
        "no cell holds a formula"
    );
    // Shared strings are optional in XLSX (cells may hold inline strings); a corrupt
    // package is not.
    let strings = match zip_member(&xlsx, "xl/sharedStrings.xml") {
        Ok(text) => text,
        Err(ZipFailure::NoMember) => String::new(),
        Err(e) => panic!("the XLSX package is corrupt: {e:?}"),
    };
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
    let cells: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("c")).collect();
    assert!(
        cells
            .iter()
            .all(|c| matches!(c.attribute("t"), None | Some("s" | "inlineStr"))),
        "text cells are typed text; the others numbers (the times)"
    );
    for f in FORMULAS.iter().filter(|f| !f.starts_with(['\t', '\r'])) {
        assert!(texts.iter().any(|x| x == f), "{f:?} as it is in {texts:?}");
    }
    assert!(
        !texts.iter().any(|x| x.starts_with('\'')),
        "no guard: {texts:?}"
    );
}
