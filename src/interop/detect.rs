//! What a file is: a Plenary document or one of the importable formats, judged from its
//! content first and its name second ([`detect`]); and, when neither says, why not in words
//! the user can act on ([`why_undetected`]).
//!
//! Detection reads at most the first 4 KiB, decoded lossily: any bytes are answered, and
//! every prefix check compares bytes, never slicing the text at a fixed offset (random bytes
//! decode to 3-byte replacement characters, and a fixed offset may fall inside one).

use super::Format;
use crate::messages::Message;

/// What a file is, judged from its content first and its name second.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Detected {
    /// A Plenary document (load it with [`crate::document::load`]).
    Plenary,
    /// A file one of the importers reads.
    Foreign(Format),
}

/// Tells what `bytes` (named `file_name`, if known) hold: a Plenary document or one of the
/// importable formats; `None` when neither content nor name says.
///
/// The content decides when it is clear (`BEGIN:VCALENDAR`, an XML `<icalendar>` root
/// for xCal, other XML for frab, JSON with a
/// `"format": "plenary"` marker or a `"schedule"` key); the extension decides otherwise
/// (`.ics`, `.xml`, `.xcal`, `.json`, `.csv`). A ZIP package is an Excel workbook when it
/// is named `.xlsx` or lists the member `xl/workbook.xml` (ZIP keeps member names
/// uncompressed), else nothing Plenary imports.
pub fn detect(file_name: Option<&str>, bytes: &[u8]) -> Option<Detected> {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    let head = text.trim_start_matches('\u{feff}').trim_start();
    let ext = file_name
        .and_then(|n| n.rsplit_once('.'))
        .map(|(_, e)| e.to_ascii_lowercase());
    if bytes.starts_with(b"PK\x03\x04") {
        let workbook = matches!(ext.as_deref(), Some("xlsx" | "xlsm"))
            || bytes
                .windows(b"xl/workbook.xml".len())
                .any(|w| w == b"xl/workbook.xml");
        return workbook.then_some(Detected::Foreign(Format::Xlsx));
    }
    // Compared as bytes: `head` is any text (random bytes decode to replacement
    // characters), and a fixed byte offset may fall inside a multi-byte character.
    if starts_with_ignore_ascii_case(head, "BEGIN:VCALENDAR") {
        return Some(Detected::Foreign(Format::Ics));
    }
    if head.starts_with('<') {
        if ext.as_deref() == Some("xcal")
            || xml_root(head).is_some_and(|r| r.eq_ignore_ascii_case("icalendar"))
        {
            return Some(Detected::Foreign(Format::Xcal));
        }
        return Some(Detected::Foreign(Format::FrabXml));
    }
    if head.starts_with('{') {
        let compact: String = head.chars().filter(|c| !c.is_whitespace()).collect();
        if compact.contains("\"format\":\"plenary\"") {
            return Some(Detected::Plenary);
        }
        if compact.contains("\"schedule\":") {
            return Some(Detected::Foreign(Format::FrabJson));
        }
        // Neither marker in the first 4 KiB (a long meeting title comes first): a Plenary
        // document is the likelier, and its loader says clearly when it is not one.
        return Some(Detected::Plenary);
    }
    match ext.as_deref() {
        Some("ics" | "ical" | "ifb" | "icalendar") => Some(Detected::Foreign(Format::Ics)),
        Some("xml") => Some(Detected::Foreign(Format::FrabXml)),
        Some("xcal") => Some(Detected::Foreign(Format::Xcal)),
        Some("csv" | "tsv" | "txt") => Some(Detected::Foreign(Format::Csv)),
        Some("xlsx" | "xlsm") => Some(Detected::Foreign(Format::Xlsx)),
        Some("json" | "plenary") => Some(Detected::Plenary),
        _ => None,
    }
}

/// Whether `text` starts with `prefix`, ASCII letters compared case-insensitively. Safe on
/// any text: it never slices at a byte offset that could fall inside a character.
fn starts_with_ignore_ascii_case(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// The local name of the first element of an XML text (after declarations, comments and
/// the DOCTYPE), if it is in `head`.
fn xml_root(head: &str) -> Option<&str> {
    let mut rest = head;
    loop {
        let start = rest.find('<')?;
        rest = &rest[start + 1..];
        if rest.starts_with(['?', '!']) {
            continue;
        }
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .unwrap_or(rest.len());
        let name = &rest[..end];
        return Some(name.rsplit(':').next().unwrap_or(name));
    }
}

/// The importable format of `bytes` (named `file_name`, if known), judged as [`detect`]
/// does; `None` for a Plenary document or a file whose kind neither content nor name says.
pub fn foreign_format(file_name: Option<&str>, bytes: &[u8]) -> Option<Format> {
    match detect(file_name, bytes) {
        Some(Detected::Foreign(format)) => Some(format),
        Some(Detected::Plenary) | None => None,
    }
}

/// Why [`detect`] cannot tell what `bytes` (named `file_name`) hold, for a message such as
/// "a.bin: not a file Plenary imports: {this}". Says what the content is (empty, not text
/// with the first offending byte and its line and column, or text beginning with what) and
/// what the name says.
pub fn why_undetected(file_name: Option<&str>, bytes: &[u8]) -> String {
    why_undetected_words(file_name, bytes).to_string()
}

/// [`why_undetected`] as a message id with its arguments, for any language.
pub fn why_undetected_words(file_name: Option<&str>, bytes: &[u8]) -> Message {
    let name = match file_name.and_then(|n| n.rsplit_once('.')) {
        Some((_, ext)) => Message::new("undetected-extension").with("extension", ext),
        None => Message::new("undetected-no-extension"),
    };
    if bytes.is_empty() {
        return Message::new("undetected-empty").with("name", name);
    }
    let content = match std::str::from_utf8(bytes) {
        Err(e) => {
            let offset = e.valid_up_to();
            let (line, column) = crate::document::line_and_column(bytes, offset);
            Message::new("undetected-not-text")
                .with("byte", format!("0x{:02X}", bytes[offset]))
                .with("offset", offset.to_string())
                .with("line", line.to_string())
                .with("column", column.to_string())
        }
        Ok(text) => {
            let start: String = text
                .trim_start_matches('\u{feff}')
                .trim_start()
                .chars()
                .take(40)
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            Message::new("undetected-unknown-text").with("start", start.trim_end())
        }
    };
    Message::new("undetected-content-and-name")
        .with("content", content)
        .with("name", name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detection_prefers_content_over_extension() {
        let ics = Some(Detected::Foreign(Format::Ics));
        let frab_xml = Some(Detected::Foreign(Format::FrabXml));
        let xcal = Some(Detected::Foreign(Format::Xcal));
        let xlsx = Some(Detected::Foreign(Format::Xlsx));
        let cases: [(&str, &str, Option<Detected>); 13] = [
            ("a.xlsx", "PK\u{3}\u{4}anything", xlsx),
            ("a.bin", "PK\u{3}\u{4}..xl/workbook.xml..", xlsx),
            ("a.docx", "PK\u{3}\u{4}..word/document.xml..", None),
            ("a.txt", "BEGIN:VCALENDAR\r\n", ics),
            ("a.txt", "\u{feff}  begin:vcalendar\r\n", ics),
            ("a.json", "<?xml version='1.0'?><schedule/>", frab_xml),
            (
                "a.json",
                "{\"schedule\": {}}",
                Some(Detected::Foreign(Format::FrabJson)),
            ),
            (
                "a.json",
                "{\"format\": \"plenary\"}",
                Some(Detected::Plenary),
            ),
            ("a.csv", "id,title\n", Some(Detected::Foreign(Format::Csv))),
            ("a.bin", "id,title\n", None),
            (
                "a.xml",
                "<?xml version='1.0'?>\n<!-- x -->\n<icalendar xmlns='urn:ietf:params:xml:ns:icalendar-2.0'>",
                xcal,
            ),
            ("a.xcal", "<x/>", xcal),
            ("a.ics", "BEGIN:VCALENDA", ics),
        ];
        for (name, text, expected) in cases {
            assert_eq!(
                detect(Some(name), text.as_bytes()),
                expected,
                "{name} holding {text:?}"
            );
        }
    }

    /// A multi-byte character straddling byte 15 of the head made `detect` slice inside it
    /// and panic (issue: `plenary check` on a file of random bytes exited 101).
    #[test]
    fn detection_never_slices_inside_a_character() {
        for text in [
            "BEGIN:VCALENDA\u{e9}",
            "12345678901234\u{4e2d}\u{6587}",
            "\u{fffd}",
        ] {
            for name in [None, Some("a.ics"), Some("a.bin")] {
                let _ = detect(name, text.as_bytes());
            }
        }
        // Invalid UTF-8 decodes to U+FFFD (3 bytes) each: 0xff at offset 14 puts one
        // across bytes 14..17 of the decoded head.
        let mut bytes = b"BEGIN:VCALENDA".to_vec();
        bytes.extend([0xff, 0xfe, 0x00]);
        assert_eq!(
            detect(Some("x.bin"), &bytes),
            None,
            "not a calendar, and no panic"
        );
    }

    #[test]
    fn detection_of_random_bytes_never_panics() {
        let mut rng = crate::generate::SplitMix64::new(15);
        for length in 0..400 {
            let bytes: Vec<u8> = (0..length % 64).map(|_| rng.next_u64() as u8).collect();
            for name in [
                None,
                Some("a.ics"),
                Some("a.json"),
                Some("a.xml"),
                Some("a.csv"),
            ] {
                let _ = detect(name, &bytes);
            }
        }
    }

    #[test]
    fn an_undetected_file_is_described_by_what_it_holds_and_what_its_name_says() {
        let mut random = b"ab\ncd".to_vec();
        random.extend([0xC3, 0x28, 0x00]);
        assert_eq!(
            why_undetected(Some("dump.bin"), &random),
            "its content is not text (the byte 0xC3 at offset 5, line 2, column 3, is not \
             UTF-8), and its extension '.bin' names no format Plenary imports"
        );
        assert_eq!(
            why_undetected(Some("notes"), b"\n  Dear all,\tthe timetable"),
            "its content is neither XML, JSON nor iCalendar (it begins 'Dear all, the \
             timetable'), and its name has no extension that names a format"
        );
        assert_eq!(
            why_undetected(None, b""),
            "the file is empty, and its name has no extension that names a format"
        );
    }
}
