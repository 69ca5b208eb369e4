//! Hostile and broken input, systematically: for document loading and for every importer
//! (frab XML, frab JSON, iCalendar, xCal, CSV), each kind of bad input the robustness issue
//! lists: truncated files, invalid UTF-8, wrong types, deep nesting, ~100 MB files,
//! duplicate ids, dangling references, end before start, impossible dates, times past
//! 24:00, zero-length and 13-hour sessions.
//!
//! Each test asserts three things: no panic (a panic fails the test), a message that says
//! WHAT is wrong and WHERE (line and column, a JSON path, or a line/record number), and
//! the outcome: documents are strict (refused whole, nothing half-loaded); importers are
//! lenient (the item is skipped, guessed or repaired, and the report says so with its
//! position) unless the file cannot be read at all. `docs/robustness.md` tabulates the same.

use std::time::Instant;

use plenary::conflict;
use plenary::document::{self, LoadError};
use plenary::interop::{self, Action, Format, ImportError, ImportOptions, Imported, Position};
use plenary::model::{ConflictKind, SessionId, Timetable, Timing};

// ---------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------

/// A small valid document: one day, one room, a body, a person, two sessions (line numbers
/// matter to the assertions below).
const DOC: &str = r#"{
  "format": "plenary",
  "version": 2,
  "meeting": {
    "title": { "en": "Small" }, "venue": "Geneva", "timeZone": "Europe/Zurich",
    "languages": ["en"], "hours": { "start": "09:00", "end": "17:30" }
  },
  "days": [{ "date": "2017-03-01", "kind": "working" }],
  "rooms": [{ "id": "popov", "name": "Popov" }],
  "bodies": [{ "id": "wp1", "short": "WP1", "name": { "en": "Working Party 1" }, "kind": "workingParty" }],
  "persons": [{ "id": "ada", "name": "Ada" }],
  "sessions": [
    { "id": "s1", "title": { "en": "Opening" }, "kind": "plenary", "room": "popov",
      "bodies": ["wp1"], "persons": ["ada"], "annex": "cell",
      "placement": { "start": "2017-03-01T09:30", "end": "2017-03-01T10:30" } },
    { "id": "s2", "title": { "en": "Second" }, "kind": "question", "room": "popov", "annex": "cell",
      "placement": { "start": "2017-03-01T11:00", "end": "2017-03-01T12:00" } }
  ]
}
"#;

fn edited(from: &str, to: &str) -> String {
    assert!(DOC.contains(from), "the base document contains {from:?}");
    DOC.replacen(from, to, 1)
}

/// The document's error, which must exist; its text must contain each of `needles`.
fn refused(text: &str, needles: &[&str]) -> LoadError {
    let err = document::load_bytes(text.as_bytes()).expect_err("must be refused");
    let shown = err.to_string();
    for n in needles {
        assert!(shown.contains(n), "{shown:?} lacks {n:?}");
    }
    err
}

#[test]
fn the_base_document_is_valid() {
    let t = document::load(DOC).expect("loads");
    assert_eq!(t.sessions.len(), 2);
}

#[test]
fn every_truncation_of_a_document_is_refused_with_line_and_column() {
    let full = DOC.trim_end();
    for cut in 0..full.len() {
        if !full.is_char_boundary(cut) {
            continue;
        }
        match document::load(&full[..cut]) {
            Err(LoadError::Syntax { line, column, .. }) => {
                assert!(line >= 1 && column >= 1, "cut {cut}");
                let lines = full[..cut].lines().count().max(1);
                assert!(line <= lines + 1, "cut {cut}: line {line} past the end");
            }
            other => panic!("cut at {cut}: expected a syntax error, got {other:?}"),
        }
    }
    let err = refused(&DOC[..DOC.find("\"rooms\"").unwrap()], &["line 9", "EOF"]);
    assert!(matches!(err, LoadError::Syntax { .. }));
}

#[test]
fn invalid_utf8_in_a_document_names_line_column_and_offset() {
    let mut bytes = DOC.as_bytes().to_vec();
    let at = DOC.find("Popov").unwrap();
    bytes[at] = 0xc3; // a lead byte followed by ASCII: invalid
    let err = document::load_bytes(&bytes).expect_err("not UTF-8");
    let line = DOC[..at].lines().count();
    let shown = err.to_string();
    assert!(
        shown.contains(&format!("line {line}, column"))
            && shown.contains("UTF-8")
            && shown.contains(&format!("offset {at}")),
        "{shown}"
    );
    // Latin-1 text (a file saved by an old editor) and UTF-16 are refused the same way.
    let latin1 = edited("Geneva", "Gen\u{e8}ve");
    let latin1: Vec<u8> = latin1
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap())
        .collect();
    assert!(
        document::load_bytes(&latin1)
            .unwrap_err()
            .to_string()
            .contains("line 5")
    );
    let utf16: Vec<u8> = DOC.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let mut bom = vec![0xff, 0xfe];
    bom.extend(utf16);
    assert!(
        document::load_bytes(&bom)
            .unwrap_err()
            .to_string()
            .contains("UTF-8")
    );
}

#[test]
fn wrong_types_in_a_document_name_the_json_path_and_line() {
    let cases: [(&str, &str, &[&str]); 5] = [
        (
            "\"title\": { \"en\": \"Opening\" }",
            "\"title\": 5",
            &["sessions[0].title", "line 13", "invalid type"],
        ),
        (
            "\"rooms\": [{ \"id\": \"popov\", \"name\": \"Popov\" }]",
            "\"rooms\": { \"popov\": 1 }",
            &["rooms", "line 9", "expected a sequence"],
        ),
        (
            "\"kind\": \"question\"",
            "\"kind\": \"lecture\"",
            &["sessions[1].kind", "line 16", "unknown variant `lecture`"],
        ),
        (
            "\"bodies\": [\"wp1\"]",
            "\"bodies\": \"wp1\"",
            &["sessions[0].bodies", "line 14"],
        ),
        (
            "\"version\": 2",
            "\"version\": \"two\"",
            &["\"version\"", "not a whole number"],
        ),
    ];
    for (from, to, needles) in cases {
        refused(&edited(from, to), needles);
    }
    refused("[1, 2]", &["not a Plenary document", "\"format\""]);
    refused("{\"format\": \"frab\", \"version\": 1}", &["\"frab\""]);
}

#[test]
fn deeply_nested_documents_stop_at_the_nesting_limit_without_overflowing_the_stack() {
    // serde_json stops at 128 levels ("recursion limit exceeded") where it builds values;
    // where it skips them (the loader's first pass reads only "format" and "version") it
    // walks without recursion and the unclosed nest ends the file.
    let cases = [
        (
            "[".repeat(100_000),
            "line 1, column 128: not valid JSON: recursion limit exceeded",
        ),
        (
            "{\"a\":".repeat(100_000),
            "line 1, column 500000: not valid JSON: EOF",
        ),
        (
            format!(
                "{{\"format\": \"plenary\", \"version\": 2, \"meeting\": {}",
                "[".repeat(100_000)
            ),
            "line 1, column 100047: not valid JSON: EOF while parsing a list",
        ),
    ];
    for (text, expected) in cases {
        let err = document::load(&text).expect_err("too deep");
        assert!(err.to_string().contains(expected), "{err}");
    }
    // Closed, so the first pass succeeds: the second, building typed values, stops at the
    // first value of the wrong type, long before any depth.
    let closed = format!(
        "{{\"format\": \"plenary\", \"version\": 2, \"meeting\": {}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let err = document::load(&closed).expect_err("too deep");
    assert!(
        err.to_string()
            .contains("(line 1, column 48): invalid type: sequence, expected a map"),
        "{err}"
    );
    // The same depth as the value of a text field, the way a hostile title would be.
    let deep_note = edited(
        "\"venue\": \"Geneva\"",
        &format!("\"venue\": {}", "[".repeat(100_000)),
    );
    refused(&deep_note, &["line 5, column", "not valid JSON"]);
}

/// A valid document of about 100 MB: 100,000 sessions with 1,000-character titles. The
/// loader has no size limit: a document that large loads (a real one is under 10 MB: the
/// 20,000-session benchmark conference saves to 8 MB).
fn hundred_megabyte_document() -> String {
    let mut text = DOC[..DOC.find("  \"sessions\": [").unwrap()].to_owned();
    text.push_str("  \"sessions\": [\n");
    let filler = "x".repeat(1_000);
    for i in 0..100_000 {
        if i > 0 {
            text.push_str(",\n");
        }
        text.push_str(&format!(
            "    {{ \"id\": \"s{i}\", \"title\": {{ \"en\": \"Session {i} {filler}\" }}, \
             \"kind\": \"question\", \"room\": \"popov\", \"annex\": \"cell\" }}"
        ));
    }
    text.push_str("\n  ]\n}\n");
    text
}

#[test]
fn a_hundred_megabyte_document_loads_and_a_hundred_megabytes_of_garbage_is_refused_at_its_start() {
    let text = hundred_megabyte_document();
    assert!(text.len() > 100_000_000, "{} bytes", text.len());
    let started = Instant::now();
    let t = document::load_bytes(text.as_bytes()).expect("loads");
    let took = started.elapsed();
    eprintln!("100 MB document: {} bytes loaded in {took:?}", text.len());
    assert_eq!(t.sessions.len(), 100_000);
    // A generous bound (a debug build on a busy 2-core machine takes a few seconds).
    assert!(took.as_secs() < 120, "{took:?}");

    // 100 MB of spaces and then garbage: refused, naming where the garbage is.
    let mut garbage = " ".repeat(100_000_000);
    garbage.push_str("\u{0}garbage");
    let err = document::load(&garbage).expect_err("garbage");
    assert!(
        err.to_string().contains("line 1, column 100000001"),
        "{err}"
    );
    // 100 MB of one unterminated string: refused at the end of the file.
    let mut open = "{\"format\": \"plenary\", \"version\": 2, \"meeting\": \"".to_owned();
    open.push_str(&"y".repeat(100_000_000));
    let err = document::load(&open).expect_err("unterminated");
    assert!(
        err.to_string().contains("EOF while parsing a string"),
        "{err}"
    );
}

#[test]
fn duplicate_ids_in_a_document_are_refused_naming_both_places() {
    let dup = edited("\"id\": \"s2\"", "\"id\": \"s1\"");
    refused(
        &dup,
        &[
            "sessions[1].id",
            "duplicate id 's1'",
            "first used at sessions[0]",
        ],
    );
    let dup_room = edited(
        "{ \"id\": \"popov\", \"name\": \"Popov\" }",
        "{ \"id\": \"popov\", \"name\": \"Popov\" }, { \"id\": \"popov\", \"name\": \"Popov 2\" }",
    );
    refused(&dup_room, &["rooms[1].id", "duplicate id 'popov'"]);
}

#[test]
fn dangling_references_in_a_document_are_all_reported_with_their_paths() {
    let text = edited(
        "\"room\": \"popov\",\n      \"bodies\": [\"wp1\"], \"persons\": [\"ada\"]",
        "\"room\": \"atlantis\",\n      \"bodies\": [\"wp9\"], \"persons\": [\"bob\"]",
    );
    let err = refused(
        &text,
        &[
            "3 problem(s)",
            "sessions[0].room: session 's1' is in room 'atlantis', which is not a room",
            "sessions[0].bodies[0]: session 's1' names body 'wp9'",
            "sessions[0].persons[0]: session 's1' names person 'bob'",
        ],
    );
    assert!(matches!(err, LoadError::Invalid(p) if p.len() == 3));
    let parent = edited(
        "\"kind\": \"workingParty\"",
        "\"kind\": \"workingParty\", \"parent\": \"sg99\"",
    );
    refused(
        &parent,
        &["bodies[0].parent", "'sg99', which is not a body"],
    );
    let cycle = edited(
        "\"kind\": \"workingParty\"",
        "\"kind\": \"workingParty\", \"parent\": \"wp1\"",
    );
    refused(&cycle, &["bodies[0].parent", "its own ancestor"]);
}

#[test]
fn a_session_ending_before_it_starts_is_refused_with_its_path() {
    let text = edited(
        "\"end\": \"2017-03-01T10:30\"",
        "\"end\": \"2017-03-01T08:30\"",
    );
    refused(
        &text,
        &[
            "sessions[0].placement",
            "ends at 2017-03-01T08:30 before it starts at 2017-03-01T09:30",
        ],
    );
    let hours = edited("\"end\": \"17:30\"", "\"end\": \"08:00\"");
    refused(
        &hours,
        &["meeting.hours", "end 08:00 is not after start 09:00"],
    );
}

#[test]
fn impossible_dates_in_a_document_name_the_value_path_and_line() {
    refused(
        &edited("2017-03-01T09:30", "2017-02-30T09:30"),
        &["sessions[0].placement.start", "line 15", "2017-02-30T09:30"],
    );
    refused(
        &edited("\"date\": \"2017-03-01\"", "\"date\": \"2017-02-30\""),
        &["days[0].date", "line 8"],
    );
    refused(
        &edited("\"date\": \"2017-03-01\"", "\"date\": \"2017-13-01\""),
        &["days[0].date", "line 8"],
    );
}

#[test]
fn times_past_midnight_are_refused_with_path_and_line_but_24_00_is_the_end_of_the_day() {
    refused(
        &edited("\"end\": \"17:30\"", "\"end\": \"24:30\""),
        &["meeting.hours.end", "line 6", "24:30", "00:00 to 24:00"],
    );
    refused(
        &edited("2017-03-01T10:30", "2017-03-01T25:00"),
        &["sessions[0].placement.end", "line 15", "25:00"],
    );
    refused(
        &edited("2017-03-01T10:30", "2017-03-01T10:60"),
        &["sessions[0].placement.end", "10:60"],
    );
    // 24:00 as the end of the meeting's hours is midnight at the end of the day.
    let t = document::load(&edited("\"end\": \"17:30\"", "\"end\": \"24:00\"")).expect("24:00");
    assert_eq!(t.meeting.hours.end.to_string(), "24:00");
}

#[test]
fn a_zero_length_session_is_refused_and_a_thirteen_hour_one_loads_flagged_outside_hours() {
    refused(
        &edited(
            "\"end\": \"2017-03-01T10:30\"",
            "\"end\": \"2017-03-01T09:30\"",
        ),
        &[
            "sessions[0].placement",
            "session 's1' has no length: it starts and ends at 2017-03-01T09:30",
        ],
    );
    // 09:30 to 22:30: a legitimate (if unusual) session, so it loads; the conflict check
    // flags it as outside the day's hours (09:00-17:30), which the user sees and may
    // acknowledge.
    let long = edited(
        "\"end\": \"2017-03-01T10:30\"",
        "\"end\": \"2017-03-01T22:30\"",
    );
    let t = document::load(&long).expect("a 13-hour session is allowed");
    let conflicts = conflict::check(&t);
    assert!(
        conflicts
            .iter()
            .any(|c| c.kind == ConflictKind::OutsideDayHours
                && c.sessions == [SessionId::from("s1")]),
        "{conflicts:?}"
    );
}

// ---------------------------------------------------------------------------------------
// Importers
// ---------------------------------------------------------------------------------------

const FRAB_XML: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <version>1.0</version>
  <conference>
    <acronym>small</acronym>
    <title>Small</title>
    <start>2017-03-01</start>
    <end>2017-03-01</end>
    <days>1</days>
    <timeslot_duration>00:05</timeslot_duration>
    <time_zone_name>Europe/Zurich</time_zone_name>
  </conference>
  <day index="1" date="2017-03-01" start="2017-03-01T09:00:00+01:00" end="2017-03-01T17:30:00+01:00">
    <room name="Popov">
      <event guid="88f9ebd5-ca3f-8b41-8120-f571c46aff9c" id="1">
        <date>2017-03-01T09:30:00+01:00</date>
        <start>09:30</start>
        <duration>01:00</duration>
        <room>Popov</room>
        <title>Opening</title>
        <track>WP1</track>
        <type>plenary</type>
        <persons>
          <person id="1">Ada</person>
        </persons>
      </event>
      <event guid="8903ebd5-ca47-8fc6-8ee0-f571d03b9b9c" id="2">
        <date>2017-03-01T11:00:00+01:00</date>
        <start>11:00</start>
        <duration>01:00</duration>
        <room>Popov</room>
        <title>Second</title>
        <type>question</type>
      </event>
    </room>
  </day>
</schedule>
"#;

const FRAB_JSON: &str = r#"{
  "schedule": {
    "version": "1.0",
    "conference": {
      "acronym": "small",
      "title": "Small",
      "start": "2017-03-01",
      "end": "2017-03-01",
      "daysCount": 1,
      "timeslot_duration": "00:05",
      "time_zone_name": "Europe/Zurich",
      "rooms": [{ "name": "Popov" }],
      "days": [
        {
          "index": 1,
          "date": "2017-03-01",
          "day_start": "2017-03-01T09:00:00+01:00",
          "day_end": "2017-03-01T17:30:00+01:00",
          "rooms": {
            "Popov": [
              {
                "guid": "88f9ebd5-ca3f-8b41-8120-f571c46aff9c",
                "id": 1,
                "date": "2017-03-01T09:30:00+01:00",
                "start": "09:30",
                "end": "2017-03-01T10:30:00+01:00",
                "duration": "01:00",
                "room": "Popov",
                "title": "Opening",
                "track": "WP1",
                "type": "plenary",
                "persons": [{ "id": 1, "public_name": "Ada" }]
              },
              {
                "guid": "8903ebd5-ca47-8fc6-8ee0-f571d03b9b9c",
                "id": 2,
                "date": "2017-03-01T11:00:00+01:00",
                "start": "11:00",
                "end": "2017-03-01T12:00:00+01:00",
                "duration": "01:00",
                "room": "Popov",
                "title": "Second",
                "type": "question",
                "persons": []
              }
            ]
          }
        }
      ]
    }
  }
}
"#;

const ICS: &str = "BEGIN:VCALENDAR\r\n\
VERSION:2.0\r\n\
PRODID:-//Plenary//Plenary 0.1.0//EN\r\n\
X-WR-CALNAME:Small\r\n\
BEGIN:VEVENT\r\n\
UID:one@plenary\r\n\
DTSTAMP:20170101T000000Z\r\n\
DTSTART;TZID=Europe/Zurich:20170301T093000\r\n\
DTEND;TZID=Europe/Zurich:20170301T103000\r\n\
SUMMARY:Opening\r\n\
LOCATION:Popov\r\n\
CATEGORIES:plenary,WP1\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\n\
UID:two@plenary\r\n\
DTSTAMP:20170101T000000Z\r\n\
DTSTART;TZID=Europe/Zurich:20170301T110000\r\n\
DTEND;TZID=Europe/Zurich:20170301T120000\r\n\
SUMMARY:Second\r\n\
LOCATION:Popov\r\n\
END:VEVENT\r\n\
END:VCALENDAR\r\n";

const XCAL: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<icalendar xmlns="urn:ietf:params:xml:ns:icalendar-2.0">
 <vcalendar>
  <properties><x-wr-calname><text>Small</text></x-wr-calname></properties>
  <components>
   <vevent>
    <properties>
     <uid><text>one@plenary</text></uid>
     <dtstart><parameters><tzid><text>Europe/Zurich</text></tzid></parameters><date-time>2017-03-01T09:30:00</date-time></dtstart>
     <dtend><parameters><tzid><text>Europe/Zurich</text></tzid></parameters><date-time>2017-03-01T10:30:00</date-time></dtend>
     <summary><text>Opening</text></summary>
     <location><text>Popov</text></location>
    </properties>
   </vevent>
   <vevent>
    <properties>
     <uid><text>two@plenary</text></uid>
     <dtstart><parameters><tzid><text>Europe/Zurich</text></tzid></parameters><date-time>2017-03-01T11:00:00</date-time></dtstart>
     <dtend><parameters><tzid><text>Europe/Zurich</text></tzid></parameters><date-time>2017-03-01T12:00:00</date-time></dtend>
     <summary><text>Second</text></summary>
     <location><text>Popov</text></location>
    </properties>
   </vevent>
  </components>
 </vcalendar>
</icalendar>
"#;

const CSV: &str = "id,title,kind,start,end,room,bodies,persons,tentative,exclusive,annex\n\
s1,Opening,plenary,2017-03-01 09:30,2017-03-01 10:30,Popov,WP1,Ada,,,cell\n\
s2,Second,question,2017-03-01 11:00,2017-03-01 12:00,Popov,,,,,cell\n";

fn base(format: Format) -> &'static str {
    match format {
        Format::FrabXml => FRAB_XML,
        Format::FrabJson => FRAB_JSON,
        Format::Ics => ICS,
        Format::Xcal => XCAL,
        Format::Csv => CSV,
        Format::Xlsx => unreachable!("a workbook is not text: see tests/core/xlsx.rs"),
    }
}

fn zurich() -> ImportOptions {
    ImportOptions {
        time_zone: Some("Europe/Zurich".into()),
        ..Default::default()
    }
}

fn import(format: Format, text: &str) -> Result<Imported, ImportError> {
    let result = interop::import(format, text.as_bytes(), &zurich());
    if let Ok(imp) = &result {
        assert!(imp.timetable.validate().is_empty(), "imports are valid");
    }
    result
}

/// `from` replaced by `to` (once) in the base file of `format`.
fn variant(format: Format, from: &str, to: &str) -> String {
    let text = base(format);
    assert!(text.contains(from), "{format} base contains {from:?}");
    text.replacen(from, to, 1)
}

/// The one report item of `action` whose message contains every needle; it must have a
/// position in the file (not the file as a whole). Returns the item's full text.
fn reported(imp: &Imported, action: Action, needles: &[&str]) -> String {
    let found: Vec<_> = imp
        .report
        .of(action)
        .filter(|i| needles.iter().all(|n| i.message.contains(n)))
        .collect();
    assert!(
        found.len() == 1,
        "expected one {action} item with {needles:?}, report: {:#?}",
        imp.report.items
    );
    assert_ne!(found[0].position, Position::File, "{}", found[0]);
    found[0].to_string()
}

fn session<'t>(t: &'t Timetable, title: &str) -> &'t plenary::model::Session {
    t.sessions
        .values()
        .find(|s| s.title.values().any(|v| v == title))
        .unwrap_or_else(|| panic!("session {title:?} in {:?}", t.sessions.keys()))
}

fn minutes(t: &Timetable, title: &str) -> Option<i64> {
    session(t, title)
        .placement
        .map(|p| p.start.minutes_until(p.end))
}

#[test]
fn the_base_files_import_cleanly() {
    // The workbook's own hostile tests are in xlsx.rs.
    for format in Format::ALL.into_iter().filter(|f| f.is_text()) {
        let imp = import(format, base(format)).unwrap_or_else(|e| panic!("{format}: {e}"));
        assert_eq!(imp.timetable.sessions.len(), 2, "{format}");
        assert_eq!(minutes(&imp.timetable, "Opening"), Some(60), "{format}");
        assert_eq!(
            session(&imp.timetable, "Opening")
                .placement
                .unwrap()
                .start
                .to_string(),
            "2017-03-01T09:30",
            "{format}"
        );
    }
}

#[test]
fn every_truncation_of_every_importable_file_is_answered_without_panic() {
    // The workbook's own hostile tests are in xlsx.rs.
    for format in Format::ALL.into_iter().filter(|f| f.is_text()) {
        let text = base(format);
        let mut refused = 0;
        for cut in 0..text.len() {
            match import(format, &text[..cut]) {
                Ok(_) => {}
                Err(e) => {
                    refused += 1;
                    let shown = e.to_string();
                    assert!(
                        shown.contains("line ") || shown.contains("(file)"),
                        "{format} cut {cut}: {shown}"
                    );
                }
            }
        }
        eprintln!("{format}: {refused} of {} truncations refused", text.len());
    }
}

#[test]
fn truncated_files_say_where_they_end() {
    // XML and JSON: a syntax error at the end of what is there.
    let cut = &FRAB_JSON[..FRAB_JSON.find("\"title\": \"Second\"").unwrap()];
    let err = import(Format::FrabJson, cut).unwrap_err().to_string();
    assert!(
        err.contains("line 42, column 16") && err.contains("EOF"),
        "{err}"
    );
    let cut = &FRAB_XML[..FRAB_XML.find("<title>Second").unwrap()];
    let err = import(Format::FrabXml, cut).unwrap_err().to_string();
    assert!(
        err.contains("line ") && err.contains("not well-formed XML"),
        "{err}"
    );
    let cut = &XCAL[..XCAL.find("<summary><text>Second").unwrap()];
    let err = import(Format::Xcal, cut).unwrap_err().to_string();
    assert!(
        err.contains("line ") && err.contains("not well-formed XML"),
        "{err}"
    );
    // iCalendar: what the file has is kept, and the report says it ends inside an event.
    let cut = &ICS[..ICS.find("SUMMARY:Second").unwrap()];
    let imp = import(Format::Ics, cut).expect("lenient");
    reported(
        &imp,
        Action::Repaired,
        &["the file ends inside this VEVENT"],
    );
    // CSV: a quoted cell never closed.
    let cut = "id,title\ns1,\"Opening\ns2,Second\n";
    let imp = import(Format::Csv, cut).expect("lenient");
    let item = reported(&imp, Action::Repaired, &["never closed"]);
    assert!(item.starts_with("line 2:"), "{item}");
}

#[test]
fn invalid_utf8_in_any_imported_file_names_line_column_and_offset() {
    // CSV is read in the encoding a spreadsheet wrote it in instead (`interop::tests` and
    // `csv_in_other_encodings_*` below).
    for format in Format::ALL
        .into_iter()
        .filter(|&f| f != Format::Csv && f.is_text())
    {
        let text = base(format);
        let at = text.find("Second").unwrap();
        let mut bytes = text.as_bytes().to_vec();
        bytes[at] = 0xff;
        let err = interop::import(format, &bytes, &zurich()).expect_err("not UTF-8");
        let line = text[..at].matches('\n').count() + 1;
        let column = at - text[..at].rfind('\n').map_or(0, |p| p + 1) + 1;
        assert_eq!(
            err,
            ImportError::NotUtf8 {
                line,
                column,
                offset: at
            },
            "{format}"
        );
        assert!(
            err.to_string()
                .starts_with(&format!("line {line}, column {column}: not UTF-8")),
            "{err}"
        );
    }
}

/// A CSV that is not UTF-8 (a stray Latin-1 byte) is read as Windows-1252, the encoding
/// being the report's first item, naming the byte and its line.
#[test]
fn csv_that_is_not_utf8_is_read_as_windows_1252_and_says_so() {
    let text = base(Format::Csv);
    let at = text.find("Second").unwrap();
    let mut bytes = text.as_bytes().to_vec();
    bytes[at] = 0xC9; // É in Windows-1252 and Latin-1
    let imported = interop::import(Format::Csv, &bytes, &zurich()).expect("read");
    let first = &imported.report.items[0];
    assert_eq!(first.action, Action::Guessed);
    assert!(
        first
            .message
            .starts_with("not UTF-8 (the byte 0xC9 on line 3 is not); read as Windows-1252"),
        "{first}"
    );
    assert!(
        imported
            .timetable
            .sessions
            .values()
            .any(|s| s.title.values().any(|t| t == "Éecond")),
        "the byte is an É"
    );
}

#[test]
fn wrong_types_in_imported_files_are_reported_where_they_are() {
    // frab JSON: a number where the days array should be is skipped with its JSON path.
    let imp = import(
        Format::FrabJson,
        &variant(
            Format::FrabJson,
            "\"days\": [",
            "\"days\": 5, \"unused\": [",
        ),
    )
    .expect("lenient");
    let item = reported(
        &imp,
        Action::Skipped,
        &["\"days\" is a number, not an array"],
    );
    assert!(item.starts_with("schedule.conference.days:"), "{item}");
    // frab JSON: an object where a title should be: the session is titled "(untitled)".
    let imp = import(
        Format::FrabJson,
        &variant(
            Format::FrabJson,
            "\"title\": \"Second\"",
            "\"title\": {\"x\": 1}",
        ),
    )
    .expect("lenient");
    let item = reported(&imp, Action::Repaired, &["has no title"]);
    assert!(
        item.starts_with("schedule.conference.days[0].rooms[\"Popov\"][1]"),
        "{item}"
    );
    // frab XML: a duration that is not one: the timeslot length, reported with line/column.
    let imp = import(
        Format::FrabXml,
        &variant(Format::FrabXml, "<duration>01:00", "<duration>ten"),
    )
    .expect("lenient");
    let item = reported(
        &imp,
        Action::Guessed,
        &["no usable duration ('ten')", "5 min"],
    );
    assert!(item.starts_with("line 15, column 7"), "{item}");
    // iCalendar and xCal: a DTSTART that is no date: the event is skipped, by line.
    let imp = import(
        Format::Ics,
        &variant(
            Format::Ics,
            "DTSTART;TZID=Europe/Zurich:20170301T110000",
            "DTSTART;TZID=Europe/Zurich:tomorrow",
        ),
    )
    .expect("lenient");
    let item = reported(
        &imp,
        Action::Skipped,
        &["DTSTART 'tomorrow' is not a date or date-time"],
    );
    assert!(item.starts_with("line 17:"), "{item}");
    assert_eq!(imp.timetable.sessions.len(), 1);
    let imp = import(
        Format::Xcal,
        &variant(
            Format::Xcal,
            "<date-time>2017-03-01T11:00:00</date-time>",
            "<date-time>tomorrow</date-time>",
        ),
    )
    .expect("lenient");
    let item = reported(&imp, Action::Skipped, &["'tomorrow'"]);
    assert!(item.starts_with("line "), "{item}");
    assert_eq!(imp.timetable.sessions.len(), 1);
    // CSV: a kind and an annex placement that name nothing: guessed, by line.
    let imp = import(
        Format::Csv,
        &variant(Format::Csv, "plenary,2017", "banana,2017").replace(",cell\ns2", ",sideways\ns2"),
    )
    .expect("lenient");
    assert!(reported(&imp, Action::Guessed, &["kind 'banana'"]).starts_with("line 2:"));
    assert!(reported(&imp, Action::Guessed, &["annex 'sideways'"]).starts_with("line 2:"));
    // XML that is not a schedule, JSON that is not one, CSV without a title column.
    let err = import(Format::FrabXml, "<html><body/></html>")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("line 1") && err.contains("not a frab schedule"),
        "{err}"
    );
    let err = import(Format::FrabJson, "{\"schedule\": 5}")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("schedule") && err.contains("not a frab schedule"),
        "{err}"
    );
    let err = import(Format::FrabJson, "[1, 2]").unwrap_err().to_string();
    assert!(err.contains("not a frab schedule"), "{err}");
    let err = import(Format::Csv, "name,when\nx,y\n")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("line 1") && err.contains("no 'title' column"),
        "{err}"
    );
    let err = import(Format::Ics, "BEGIN:VCARD\r\nEND:VCARD\r\n")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("line 1") && err.contains("not iCalendar"),
        "{err}"
    );
}

#[test]
fn deeply_nested_imported_files_are_refused_or_read_without_overflowing_the_stack() {
    let depth = 100_000;
    let json = format!("{{\"schedule\": {}", "[".repeat(depth));
    let err = import(Format::FrabJson, &json).unwrap_err().to_string();
    assert!(
        err.contains("recursion limit exceeded") && err.contains("line 1, column"),
        "{err}"
    );

    let xml = format!(
        "<schedule>{}{}</schedule>",
        "<a>".repeat(depth),
        "</a>".repeat(depth)
    );
    // XML: roxmltree parses without recursion; the importer reads only the elements it
    // knows, so the nest is read and ignored.
    let imp = import(Format::FrabXml, &xml).expect("read");
    assert!(imp.timetable.sessions.is_empty());
    let xcal = format!(
        "<icalendar xmlns=\"urn:ietf:params:xml:ns:icalendar-2.0\"><vcalendar>{}{}</vcalendar></icalendar>",
        "<components><vevent>".repeat(depth),
        "</vevent></components>".repeat(depth)
    );
    match import(Format::Xcal, &xcal) {
        Ok(imp) => assert!(imp.timetable.sessions.is_empty()),
        Err(e) => assert!(e.to_string().contains("line 1"), "{e}"),
    }

    // iCalendar nests components by BEGIN/END lines; 100,000 nested VEVENTs.
    let mut ics = String::from("BEGIN:VCALENDAR\r\n");
    ics.push_str(&"BEGIN:VEVENT\r\n".repeat(depth));
    ics.push_str(&"END:VEVENT\r\n".repeat(depth));
    ics.push_str("END:VCALENDAR\r\n");
    match import(Format::Ics, &ics) {
        Ok(imp) => assert!(!imp.report.items.is_empty()),
        Err(e) => assert!(e.to_string().contains("line "), "{e}"),
    }
    // CSV is flat; the nearest thing is 100,000 quote characters in one cell.
    let csv = format!("id,title\ns1,\"{}\"\n", "\"\"".repeat(depth));
    let imp = import(Format::Csv, &csv).expect("one long cell");
    assert_eq!(imp.timetable.sessions.len(), 1);
}

/// About 100 MB of `filler` inside an otherwise valid file: a 100 MB title (what a
/// pathological export or a hostile file may carry).
fn with_huge_title(format: Format) -> String {
    let huge = "x".repeat(100_000_000);
    match format {
        Format::Ics => {
            // Folded as RFC 5545 wants: 74 octets per continuation line.
            let mut folded = String::with_capacity(huge.len() * 77 / 74);
            for (i, chunk) in huge.as_bytes().chunks(74).enumerate() {
                if i > 0 {
                    folded.push_str("\r\n ");
                }
                folded.push_str(std::str::from_utf8(chunk).unwrap());
            }
            variant(format, "SUMMARY:Second", &format!("SUMMARY:{folded}"))
        }
        Format::Csv => variant(format, ",Second,", &format!(",{huge},")),
        Format::FrabXml => variant(format, "<title>Second", &format!("<title>{huge}")),
        Format::FrabJson => variant(
            format,
            "\"title\": \"Second\"",
            &format!("\"title\": \"{huge}\""),
        ),
        Format::Xcal => variant(format, "<text>Second", &format!("<text>{huge}")),
        Format::Xlsx => unreachable!("a workbook is not text: see tests/core/xlsx.rs"),
    }
}

/// Importers have no size limit either: a 100 MB file imports. Timed here with a 100 MB
/// title; `a_hundred_megabytes_of_real_schedule_imports` (ignored: slow in a debug build)
/// times 250,000 real events.
#[test]
fn a_hundred_megabyte_file_imports_in_every_format() {
    // The workbook's own hostile tests are in xlsx.rs.
    for format in Format::ALL.into_iter().filter(|f| f.is_text()) {
        let text = with_huge_title(format);
        assert!(text.len() > 100_000_000);
        let started = Instant::now();
        let imp = import(format, &text).unwrap_or_else(|e| panic!("{format}: {e}"));
        eprintln!(
            "{format}: {} bytes imported in {:?}",
            text.len(),
            started.elapsed()
        );
        assert_eq!(imp.timetable.sessions.len(), 2, "{format}");
        assert!(
            imp.timetable
                .sessions
                .values()
                .any(|s| s.title.values().any(|t| t.len() == 100_000_000)),
            "{format}: the title is whole"
        );
    }
    // 100 MB of garbage is refused at once, naming where.
    let garbage = "\u{1}".repeat(100_000_000);
    for format in [Format::FrabXml, Format::FrabJson, Format::Xcal, Format::Ics] {
        let err = import(format, &garbage).unwrap_err().to_string();
        assert!(err.contains("line 1"), "{format}: {err}");
    }
    let err = import(Format::Csv, &garbage).unwrap_err().to_string();
    assert!(
        err.contains("line 1") && err.contains("no 'title' column"),
        "{err}"
    );
}

/// 250,000 events (about 100 MB in iCalendar, 170 MB in frab XML). Measured with the
/// debug CLI: see docs/robustness.md. Run with `cargo test --test core -- --ignored hundred`.
#[test]
#[ignore = "slow in a debug build (20-40 s per format, 1.5 GB of memory); figures in docs/robustness.md"]
fn a_hundred_megabytes_of_real_schedule_imports() {
    let t = plenary::generate::conference(&plenary::generate::Spec::scaled(250_000));
    for format in [Format::Ics, Format::FrabXml, Format::Csv] {
        let mut bytes = Vec::new();
        match format {
            Format::Ics => interop::write_ics(
                &t,
                &interop::IcsOptions::new(chrono::NaiveDateTime::default()),
                &mut bytes,
            )
            .unwrap(),
            Format::FrabXml => {
                interop::write_frab_xml(&t, &interop::FrabOptions::default(), &mut bytes).unwrap()
            }
            _ => interop::write_csv(&t, plenary::model::Lang::En, &mut bytes).unwrap(),
        }
        let started = Instant::now();
        let imp = interop::import(format, &bytes, &zurich()).expect("imports");
        eprintln!(
            "{format}: {} bytes, {} sessions in {:?}",
            bytes.len(),
            imp.timetable.sessions.len(),
            started.elapsed()
        );
        assert!(imp.timetable.sessions.len() >= 240_000);
    }
}

#[test]
fn duplicate_ids_in_imported_files_are_repaired_and_reported_where_they_are() {
    let cases = [
        (Format::FrabXml, "id=\"2\"", "id=\"1\"", "line 27, column 7"),
        (
            Format::FrabJson,
            "\"id\": 2,",
            "\"id\": 1,",
            "schedule.conference.days[0].rooms[\"Popov\"][1]",
        ),
        (Format::Ics, "UID:two@plenary", "UID:one@plenary", "line 14"),
        (
            Format::Xcal,
            "<text>two@plenary",
            "<text>one@plenary",
            "line 15",
        ),
        (Format::Csv, "s2,", "s1,", "line 3"),
    ];
    for (format, from, to, at) in cases {
        let imp =
            import(format, &variant(format, from, to)).unwrap_or_else(|e| panic!("{format}: {e}"));
        let item = reported(&imp, Action::Repaired, &["duplicate id", "already exists"]);
        assert!(item.starts_with(at), "{format}: {item}");
        assert_eq!(imp.timetable.sessions.len(), 2, "{format}: both kept");
    }
}

#[test]
fn dangling_references_in_imported_files_are_reported_or_resolved_by_name() {
    // iCalendar and xCal: a TZID no VTIMEZONE defines and no IANA zone has.
    let imp = import(
        Format::Ics,
        &variant(
            Format::Ics,
            "DTSTART;TZID=Europe/Zurich:20170301T110000",
            "DTSTART;TZID=Mars/Base:20170301T110000",
        ),
    )
    .expect("lenient");
    let item = reported(&imp, Action::Guessed, &["TZID 'Mars/Base'"]);
    assert!(item.starts_with("line 17:"), "{item}");
    let imp = import(
        Format::Xcal,
        &variant(
            Format::Xcal,
            "<text>Europe/Zurich</text></tzid></parameters><date-time>2017-03-01T11:00",
            "<text>Mars/Base</text></tzid></parameters><date-time>2017-03-01T11:00",
        ),
    )
    .expect("lenient");
    reported(&imp, Action::Guessed, &["TZID 'Mars/Base'"]);
    // frab: rooms, tracks and persons are named, not referenced by id: an event in a room
    // the conference does not list gets that room (the names are the references).
    let imp = import(
        Format::FrabJson,
        &variant(
            Format::FrabJson,
            "\"room\": \"Popov\",\n                \"title\": \"Second\"",
            "\"room\": \"Atlantis\",\n                \"title\": \"Second\"",
        ),
    )
    .expect("lenient");
    assert!(imp.timetable.rooms.values().any(|r| r.name == "Atlantis"));
    // CSV: bodies and persons named in a cell are created by name.
    let imp =
        import(Format::Csv, &variant(Format::Csv, ",WP1,Ada,", ",WP9,Bob,")).expect("lenient");
    assert!(imp.timetable.bodies.values().any(|b| b.short == "WP9"));
}

#[test]
fn events_ending_before_they_start_are_reported_where_they_are() {
    // frab XML: a negative duration.
    let imp = import(
        Format::FrabXml,
        &variant(Format::FrabXml, "<duration>01:00", "<duration>-01:00"),
    )
    .unwrap();
    let item = reported(
        &imp,
        Action::Guessed,
        &["\"Opening\" has no usable duration ('-01:00')", "5 min"],
    );
    assert!(item.starts_with("line 15, column 7"), "{item}");
    // frab JSON: no duration and an end before the date.
    let text = variant(
        Format::FrabJson,
        "\"duration\": \"01:00\"",
        "\"duration\": null",
    )
    .replacen(
        "\"end\": \"2017-03-01T10:30:00+01:00\"",
        "\"end\": \"2017-03-01T08:30:00+01:00\"",
        1,
    );
    let imp = import(Format::FrabJson, &text).unwrap();
    let item = reported(
        &imp,
        Action::Guessed,
        &[
            "its end '2017-03-01T08:30:00+01:00' is not after its start 2017-03-01T09:30",
            "5 min",
        ],
    );
    assert!(
        item.starts_with("schedule.conference.days[0].rooms[\"Popov\"][0]"),
        "{item}"
    );
    // iCalendar and xCal: DTEND before DTSTART.
    let imp = import(
        Format::Ics,
        &variant(Format::Ics, "20170301T103000", "20170301T083000"),
    )
    .unwrap();
    assert!(
        reported(
            &imp,
            Action::Guessed,
            &["\"Opening\" has no end after its start"]
        )
        .starts_with("line 5:")
    );
    let imp = import(
        Format::Xcal,
        &variant(Format::Xcal, "2017-03-01T10:30:00", "2017-03-01T08:30:00"),
    )
    .unwrap();
    assert!(
        reported(
            &imp,
            Action::Guessed,
            &["\"Opening\" has no end after its start"]
        )
        .starts_with("line ")
    );
    // CSV: the session is kept, unscheduled.
    let imp = import(
        Format::Csv,
        &variant(Format::Csv, "2017-03-01 10:30", "2017-03-01 08:30"),
    )
    .unwrap();
    let item = reported(
        &imp,
        Action::Repaired,
        &[
            "the end 2017-03-01 08:30 is before the start 2017-03-01 09:30",
            "unscheduled",
        ],
    );
    assert!(item.starts_with("line 2:"), "{item}");
    assert_eq!(minutes(&imp.timetable, "Opening"), None);
}

#[test]
fn impossible_dates_in_imported_files_are_reported_where_they_are() {
    // frab: the date of an event is unreadable; its day and start place it, and the report
    // says so.
    let imp = import(
        Format::FrabXml,
        &variant(
            Format::FrabXml,
            "<date>2017-03-01T09:30",
            "<date>2017-02-30T09:30",
        ),
    )
    .unwrap();
    let item = reported(
        &imp,
        Action::Guessed,
        &[
            "its date '2017-02-30T09:30:00+01:00' is no date and time",
            "2017-03-01T09:30",
        ],
    );
    assert!(item.starts_with("line 15, column 7"), "{item}");
    let imp = import(
        Format::FrabJson,
        &variant(
            Format::FrabJson,
            "\"date\": \"2017-03-01T09:30",
            "\"date\": \"2017-02-30T09:30",
        ),
    )
    .unwrap();
    reported(
        &imp,
        Action::Guessed,
        &["its date '2017-02-30T09:30:00+01:00' is no date and time"],
    );
    // frab: a day whose date does not exist.
    let imp = import(
        Format::FrabXml,
        &variant(
            Format::FrabXml,
            "date=\"2017-03-01\"",
            "date=\"2017-02-30\"",
        ),
    )
    .unwrap();
    let item = reported(
        &imp,
        Action::Guessed,
        &["<day> has no valid date attribute ('2017-02-30')"],
    );
    assert!(item.starts_with("line 13, column 3"), "{item}");
    // iCalendar and xCal: the event is skipped.
    let imp = import(
        Format::Ics,
        &variant(Format::Ics, "20170301T093000", "20170230T093000"),
    )
    .unwrap();
    assert!(
        reported(
            &imp,
            Action::Skipped,
            &["DTSTART '20170230T093000' is not a date or date-time"]
        )
        .starts_with("line 8:")
    );
    let imp = import(
        Format::Xcal,
        &variant(Format::Xcal, "2017-03-01T09:30:00", "2017-02-30T09:30:00"),
    )
    .unwrap();
    let item = reported(
        &imp,
        Action::Skipped,
        &["DTSTART '20170230T093000' is not a date"],
    );
    assert!(item.starts_with("line 9, column 6"), "{item}");
    // CSV: the session is kept, unscheduled.
    let imp = import(
        Format::Csv,
        &variant(Format::Csv, "2017-03-01 09:30", "2017-02-30 09:30"),
    )
    .unwrap();
    let item = reported(
        &imp,
        Action::Repaired,
        &[
            "the start '2017-02-30 09:30' is no such date or time of day",
            "unscheduled",
        ],
    );
    assert!(item.starts_with("line 2:"), "{item}");
}

#[test]
fn times_past_midnight_in_imported_files_are_reported_where_they_are() {
    // frab XML: a start of 25:30 beside a valid date: the date wins, the report says so.
    let imp = import(
        Format::FrabXml,
        &variant(Format::FrabXml, "<start>09:30", "<start>25:30"),
    )
    .unwrap();
    let item = reported(
        &imp,
        Action::Guessed,
        &["its start '25:30' is not a time of day (00:00 to 24:00)"],
    );
    assert!(item.starts_with("line 15, column 7"), "{item}");
    // frab XML: a start of 25:30 and no date at all: skipped.
    let text = variant(Format::FrabXml, "<start>09:30", "<start>25:30").replacen(
        "<date>2017-03-01T09:30:00+01:00</date>",
        "",
        1,
    );
    let imp = import(Format::FrabXml, &text).unwrap();
    reported(
        &imp,
        Action::Skipped,
        &["\"Opening\" has no usable start", "'25:30'"],
    );
    let imp = import(
        Format::FrabJson,
        &variant(
            Format::FrabJson,
            "\"date\": \"2017-03-01T09:30",
            "\"date\": \"2017-03-01T25:30",
        ),
    )
    .unwrap();
    reported(
        &imp,
        Action::Guessed,
        &["its date '2017-03-01T25:30:00+01:00' is no date and time"],
    );
    let imp = import(
        Format::Ics,
        &variant(Format::Ics, "20170301T093000", "20170301T253000"),
    )
    .unwrap();
    assert!(reported(&imp, Action::Skipped, &["DTSTART '20170301T253000'"]).starts_with("line 8:"));
    let imp = import(
        Format::Xcal,
        &variant(Format::Xcal, "2017-03-01T09:30:00", "2017-03-01T25:30:00"),
    )
    .unwrap();
    reported(&imp, Action::Skipped, &["DTSTART '20170301T253000'"]);
    let imp = import(
        Format::Csv,
        &variant(Format::Csv, "2017-03-01 09:30", "2017-03-01 25:30"),
    )
    .unwrap();
    let item = reported(
        &imp,
        Action::Repaired,
        &["the start '2017-03-01 25:30' is no such date or time of day"],
    );
    assert!(item.starts_with("line 2:"), "{item}");
}

#[test]
fn zero_length_events_are_reported_and_imported_as_points_in_time() {
    let point = |t: &Timetable| {
        let s = session(t, "Opening");
        (s.timing, minutes(t, "Opening"))
    };
    // frab: a duration of 00:00 ("17:30 Steering Committee"), with no end or one at the start.
    let imp = import(
        Format::FrabXml,
        &variant(Format::FrabXml, "<duration>01:00", "<duration>00:00"),
    )
    .unwrap();
    reported(
        &imp,
        Action::Guessed,
        &["\"Opening\" has no length; imported as a point in time"],
    );
    assert_eq!(point(&imp.timetable), (Timing::Point, Some(0)));
    let text = variant(
        Format::FrabJson,
        "\"duration\": \"01:00\"",
        "\"duration\": \"00:00\"",
    )
    .replacen(
        "\"end\": \"2017-03-01T10:30:00+01:00\"",
        "\"end\": \"2017-03-01T09:30:00+01:00\"",
        1,
    );
    let imp = import(Format::FrabJson, &text).unwrap();
    reported(
        &imp,
        Action::Guessed,
        &["has no length; imported as a point in time"],
    );
    assert_eq!(point(&imp.timetable), (Timing::Point, Some(0)));
    // iCalendar and xCal: DTEND = DTSTART ends where it starts (RFC 5545 3.6.1).
    let imp = import(
        Format::Ics,
        &variant(Format::Ics, "20170301T103000", "20170301T093000"),
    )
    .unwrap();
    reported(
        &imp,
        Action::Guessed,
        &["\"Opening\" has no length; imported as a point in time"],
    );
    assert_eq!(point(&imp.timetable), (Timing::Point, Some(0)));
    let imp = import(
        Format::Xcal,
        &variant(Format::Xcal, "2017-03-01T10:30:00", "2017-03-01T09:30:00"),
    )
    .unwrap();
    reported(&imp, Action::Guessed, &["\"Opening\" has no length"]);
    assert_eq!(point(&imp.timetable), (Timing::Point, Some(0)));
    // CSV: the same start and end, a point in time, reported.
    let imp = import(
        Format::Csv,
        &variant(Format::Csv, "2017-03-01 10:30", "2017-03-01 09:30"),
    )
    .unwrap();
    reported(
        &imp,
        Action::Guessed,
        &["at 2017-03-01 09:30 is a point in time"],
    );
    assert_eq!(point(&imp.timetable), (Timing::Point, Some(0)));
}

#[test]
fn thirteen_hour_events_import_whole_and_widen_the_imported_hours() {
    let cases = [
        (Format::FrabXml, "<duration>01:00", "<duration>13:00"),
        (
            Format::FrabJson,
            "\"duration\": \"01:00\"",
            "\"duration\": \"13:00\"",
        ),
        (Format::Ics, "20170301T103000", "20170301T223000"),
        (Format::Xcal, "2017-03-01T10:30:00", "2017-03-01T22:30:00"),
        (Format::Csv, "2017-03-01 10:30", "2017-03-01 22:30"),
    ];
    for (format, from, to) in cases {
        let imp = import(format, &variant(format, from, to)).unwrap();
        assert_eq!(
            minutes(&imp.timetable, "Opening"),
            Some(13 * 60),
            "{format}"
        );
        // Imported meeting hours span the imported sessions, so the import itself raises
        // no outside-hours conflict; once the user sets the real hours, it is flagged.
        let hours = imp.timetable.meeting.hours;
        assert_eq!(
            (hours.start.to_string(), hours.end.to_string()),
            ("09:30".into(), "22:30".into()),
            "{format}"
        );
        let mut t = imp.timetable.clone();
        t.meeting.hours.end = plenary::time::TimeOfDay::hm(17, 30).unwrap();
        let id = session(&t, "Opening").id.clone();
        assert!(
            conflict::check(&t)
                .iter()
                .any(|c| c.kind == ConflictKind::OutsideDayHours && c.sessions == [id.clone()]),
            "{format}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Unknown fields in nested objects (nothing the user wrote is dropped on the next save)
// ---------------------------------------------------------------------------------------

/// `DOC` with one published revision whose frozen timetable has the current sessions; the
/// frozen session `s1` carries `extra` after its `"annex": "cell"`.
fn with_revision(extra: &str) -> String {
    let frozen = format!(
        r#",
  "revisions": [{{ "label": "Rev.1", "date": "2017-02-01", "timetable": {{
    "meeting": {{
      "title": {{ "en": "Small" }}, "venue": "Geneva", "timeZone": "Europe/Zurich",
      "languages": ["en"], "hours": {{ "start": "09:00", "end": "17:30" }}
    }},
    "rooms": [{{ "id": "popov", "name": "Popov" }}],
    "sessions": [
      {{ "id": "s1", "title": {{ "en": "Opening" }}, "kind": "plenary", "room": "popov",
        "annex": "cell"{extra} }}
    ]
  }} }}]
}}
"#
    );
    let end = DOC.rfind("\n}").unwrap();
    format!("{}{frozen}", &DOC[..end])
}

#[test]
fn an_unknown_field_in_a_session_is_refused_with_its_path_and_line() {
    let text = edited(
        "\"annex\": \"cell\",\n      \"placement\"",
        "\"annex\": \"cell\", \"titel\": \"Opening\",\n      \"placement\"",
    );
    let err = refused(
        &text,
        &[
            "sessions[0].titel (line 14, column",
            "unknown field `titel`, expected one of",
        ],
    );
    assert!(matches!(err, LoadError::Shape { line: 14, .. }), "{err:?}");
}

#[test]
fn an_unknown_field_in_a_nested_placement_is_refused_with_its_path_and_line() {
    let text = edited(
        "\"end\": \"2017-03-01T12:00\" }",
        "\"end\": \"2017-03-01T12:00\", \"duration\": 60 }",
    );
    refused(
        &text,
        &[
            "sessions[1].placement.duration (line 17, column",
            "unknown field `duration`, expected `start` or `end`",
        ],
    );
}

#[test]
fn an_unknown_field_in_the_meeting_is_refused_with_its_path_and_line() {
    let text = edited(
        "\"venue\": \"Geneva\",",
        "\"venue\": \"Geneva\", \"colour\": \"blue\",",
    );
    refused(
        &text,
        &["meeting.colour (line 5, column", "unknown field `colour`"],
    );
}

#[test]
fn an_unknown_field_in_a_revisions_frozen_timetable_is_refused_with_its_path_and_line() {
    let sound = with_revision("");
    let t = document::load(&sound).expect("the revised document loads");
    assert_eq!(t.revisions.len(), 1);
    let text = with_revision(", \"colour\": \"red\"");
    let line = text.lines().position(|l| l.contains("colour")).unwrap() + 1;
    refused(
        &text,
        &[
            &format!("revisions[0].timetable.sessions[0].colour (line {line}, column"),
            "unknown field `colour`",
        ],
    );
}

#[test]
fn an_unknown_field_in_any_nested_object_of_a_document_is_refused_with_its_path() {
    let v3 = |text: String| text.replacen("\"version\": 2", "\"version\": 3", 1);
    let cases: Vec<(String, &str)> = vec![
        (
            edited(
                "\"kind\": \"working\" }",
                "\"kind\": \"working\", \"x\": 1 }",
            ),
            "days[0].x (line 8,",
        ),
        (
            edited("\"end\": \"17:30\" }", "\"end\": \"17:30\", \"x\": 1 }"),
            "meeting.hours.x (line 6,",
        ),
        (
            edited("\"name\": \"Popov\" }", "\"name\": \"Popov\", \"x\": 1 }"),
            "rooms[0].x (line 9,",
        ),
        (
            edited(
                "\"kind\": \"workingParty\" }",
                "\"kind\": \"workingParty\", \"x\": 1 }",
            ),
            "bodies[0].x (line 10,",
        ),
        (
            edited("\"name\": \"Ada\" }", "\"name\": \"Ada\", \"x\": 1 }"),
            "persons[0].x (line 11,",
        ),
        (
            edited(
                "\"persons\": [{",
                "\"slots\": [{ \"id\": \"am\", \"name\": { \"en\": \"Morning\" }, \
                 \"start\": \"09:00\", \"end\": \"12:00\", \"x\": 1 }],\n  \"persons\": [{",
            ),
            "slots[0].x (line 11,",
        ),
        (
            edited(
                "\"persons\": [{",
                "\"breaks\": [{ \"id\": \"lunch\", \"name\": { \"en\": \"Lunch\" }, \
                 \"kind\": \"meal\", \"start\": \"12:30\", \"end\": \"14:00\", \"x\": 1 }],\n  \
                 \"persons\": [{",
            ),
            "breaks[0].x (line 11,",
        ),
        (
            edited(
                "\"persons\": [{",
                "\"constraints\": [{ \"id\": \"c1\", \"rule\": { \"type\": \"noOverlap\", \
                 \"sessions\": [\"s1\", \"s2\"] }, \"x\": 1 }],\n  \"persons\": [{",
            ),
            "constraints[0].x (line 11,",
        ),
        (
            edited(
                "\"persons\": [{",
                "\"constraints\": [{ \"id\": \"c1\", \"rule\": { \"type\": \"noOverlap\", \
                 \"sessions\": [\"s1\", \"s2\"], \"x\": 1 } }],\n  \"persons\": [{",
            ),
            "constraints[0].rule",
        ),
        (
            edited(
                "\"persons\": [{",
                "\"acknowledgements\": [{ \"key\": \"k\", \"reason\": \"r\", \"x\": 1 }],\n  \
                 \"persons\": [{",
            ),
            "acknowledgements[0].x (line 11,",
        ),
        (
            v3(edited(
                "\"persons\": [{",
                "\"annexNotes\": [{ \"key\": \"hours\", \"x\": 1 }],\n  \"persons\": [{",
            )),
            "annexNotes[0].x (line 11,",
        ),
        (
            with_revision("").replacen(
                "\"label\": \"Rev.1\",",
                "\"label\": \"Rev.1\", \"x\": 1,",
                1,
            ),
            "revisions[0].x (line",
        ),
    ];
    for (text, path) in cases {
        refused(&text, &[path, "unknown field `x`"]);
    }
}

#[test]
fn a_document_with_an_unknown_nested_field_is_left_untouched_on_disk_by_fmt() {
    let dir = std::env::temp_dir().join(format!("plenary-unknown-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let cases = [
        (
            "session",
            edited(
                "\"annex\": \"cell\",\n",
                "\"annex\": \"cell\", \"titel\": \"x\",\n",
            ),
            "sessions[0].titel",
        ),
        (
            "meeting",
            edited(
                "\"venue\": \"Geneva\",",
                "\"venue\": \"Geneva\", \"city\": \"x\",",
            ),
            "meeting.city",
        ),
        (
            "revision",
            with_revision(", \"colour\": \"red\""),
            "revisions[0].timetable.sessions[0].colour",
        ),
    ];
    for (name, text, path) in cases {
        let file = dir.join(format!("{name}.plenary.json"));
        std::fs::write(&file, &text).expect("write");
        let (code, _, err) = crate::cli::plenary(&["fmt", file.to_str().expect("utf-8 path")]);
        assert_eq!(code, 2, "{name}: {err}");
        assert!(err.contains(path) && err.contains("line"), "{name}: {err}");
        assert_eq!(
            std::fs::read_to_string(&file).expect("read back"),
            text,
            "{name}: the file is unchanged"
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_command_from_the_ui_carrying_an_unknown_field_in_its_session_is_refused() {
    let command = r#"{ "type": "editSession", "session": { "id": "s1",
        "title": { "en": "Opening" }, "kind": "plenary", "annex": "cell", "colour": "red" } }"#;
    let err = serde_json::from_str::<plenary::command::Command>(command).expect_err("refused");
    assert!(err.to_string().contains("unknown field `colour`"), "{err}");
    let sound = command.replace(", \"colour\": \"red\"", "");
    serde_json::from_str::<plenary::command::Command>(&sound).expect("the same without it");
}
