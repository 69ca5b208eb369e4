//! Points in time ("17:30 Steering Committee") and open-ended items ("18:00– conference
//! dinner"): the document, the conflict rules, the command, the importers and the annex.

use plenary::annex::{self, Layout, Options};
use plenary::command::Command;
use plenary::document;
use plenary::editor::{DryRun, Editor};
use plenary::interop::{self, Format, ImportOptions};
use plenary::model::{
    ConflictKind, Lang, Placement, SessionId, Slot, SlotId, Text, Timetable, Timing,
};

const V6: &str = include_str!("../fixtures/documents/v6/points.plenary.json");

fn fixture() -> Timetable {
    document::load(V6).expect("the v6 fixture opens")
}

fn id(s: &str) -> SessionId {
    SessionId::from(s)
}

fn conflicts_of(t: &Timetable, session: &str) -> Vec<ConflictKind> {
    plenary::conflict::check(t)
        .into_iter()
        .filter(|c| c.sessions.contains(&id(session)))
        .map(|c| c.kind)
        .collect()
}

#[test]
fn v6_fixture_keeps_its_points_and_is_canonical() {
    let t = fixture();
    assert_eq!(t.sessions[&id("steering")].timing, Timing::Point);
    assert_eq!(t.sessions[&id("dinner")].timing, Timing::OpenEnded);
    assert_eq!(t.sessions[&id("wp1")].timing, Timing::Span);
    // Canonical but for the version, which a save writes as the current one.
    assert_eq!(
        document::save(&t),
        V6.replacen(
            "\"version\": 6",
            &format!("\"version\": {}", document::FORMAT_VERSION),
            1
        ),
        "the fixture is canonical"
    );
}

#[test]
fn version_5_documents_cannot_name_a_timing() {
    let v5 = V6.replacen("\"version\": 6", "\"version\": 5", 1);
    let err = document::load(&v5).expect_err("version 5 had no timing");
    let text = err.to_string();
    assert!(
        text.contains("sessions[1].timing") && text.contains("version 6"),
        "the field and the version that has it: {text}"
    );
}

#[test]
fn a_point_whose_placement_has_an_end_is_refused_with_its_path() {
    let broken = V6.replacen(
        "\"end\": \"2017-09-19T17:30\"\n      },\n      \"timing\": \"point\"",
        "\"end\": \"2017-09-19T18:30\"\n      },\n      \"timing\": \"point\"",
        1,
    );
    assert_ne!(broken, V6);
    let err = document::load(&broken).expect_err("a point has no end");
    assert!(err.to_string().contains("sessions[1].placement"), "{err}");
}

/// Why a point at 17:30 does not clash with a session 14:30-17:30 of its room: sessions are
/// half-open intervals, so that one has ended at 17:30, as two sessions meeting at 17:30 do
/// not clash. A point occupies the minute of its start, so a point at 15:00 does clash.
#[test]
fn a_point_clashes_only_with_what_runs_at_its_start() {
    let mut t = fixture();
    assert!(
        !conflicts_of(&t, "steering").contains(&ConflictKind::RoomClash),
        "17:30 is after 14:30-17:30"
    );
    let steering = t.sessions.get_mut(&id("steering")).expect("steering");
    let at = "2017-09-19T15:00".parse().expect("stamp");
    steering.placement = Some(Placement { start: at, end: at });
    assert!(conflicts_of(&t, "steering").contains(&ConflictKind::RoomClash));
    let steering = t.sessions.get_mut(&id("steering")).expect("steering");
    let at = "2017-09-19T14:30".parse().expect("stamp");
    steering.placement = Some(Placement { start: at, end: at });
    assert!(
        conflicts_of(&t, "steering").contains(&ConflictKind::RoomClash),
        "at the session's first minute"
    );
}

#[test]
fn a_point_has_no_invented_end_for_breaks_or_hours() {
    let t = fixture();
    assert!(
        conflicts_of(&t, "ceremony").is_empty(),
        "a point at 12:30, in the lunch break, takes no time from it: {:?}",
        conflicts_of(&t, "ceremony")
    );
    assert!(
        conflicts_of(&t, "steering").is_empty(),
        "17:30 is within hours ending at 17:30"
    );
    assert_eq!(
        conflicts_of(&t, "dinner"),
        [ConflictKind::OutsideDayHours],
        "an open-ended item starting at 18:00 starts after the hours, by its start alone"
    );
}

#[test]
fn making_a_session_a_point_and_back_is_one_undo_step_each() {
    let mut ed = Editor::new(fixture());
    let applied = ed
        .apply(
            &Command::SetSessionTiming {
                id: id("wp1"),
                timing: Timing::Point,
            },
            DryRun::No,
        )
        .expect("a point");
    assert_eq!(
        applied.history.undo_label.as_deref(),
        Some("Make WP1/12 a point in time")
    );
    let s = &ed.timetable().sessions[&id("wp1")];
    let pl = s.placement.expect("still placed");
    assert_eq!(
        (s.timing, pl.start, pl.end),
        (Timing::Point, pl.start, pl.start)
    );
    assert!(
        ed.apply(
            &Command::ResizeSession {
                id: id("wp1"),
                start: pl.start,
                end: "2017-09-19T18:00".parse().expect("stamp"),
            },
            DryRun::No,
        )
        .is_err(),
        "a point has no end to resize"
    );
    ed.apply(
        &Command::SetSessionTiming {
            id: id("wp1"),
            timing: Timing::Span,
        },
        DryRun::No,
    )
    .expect("a span again");
    let pl = ed.timetable().sessions[&id("wp1")]
        .placement
        .expect("placed");
    assert_eq!(
        pl.minutes(),
        i64::from(ed.timetable().default_session_minutes()),
        "a span again gets the default length"
    );
    ed.undo();
    ed.undo();
    assert_eq!(
        ed.timetable(),
        &fixture(),
        "two undos give the fixture back"
    );
}

fn import_csv(text: &str, file_name: Option<&str>) -> interop::Imported {
    interop::import(
        Format::Csv,
        text.as_bytes(),
        &ImportOptions {
            time_zone: Some("Europe/Zurich".into()),
            file_name: file_name.map(str::to_owned),
        },
    )
    .expect("imports")
}

#[test]
fn csv_rows_with_no_length_import_as_points_and_the_report_says_so() {
    let csv = "title,start,end\n\
               Steering Committee,2024-03-01 17:30,2024-03-01 17:30\n\
               Conference dinner,2024-03-01 18:00,\n\
               Plenary,2024-03-01 09:30,2024-03-01 12:30\n";
    let imported = import_csv(csv, None);
    let by_title = |title: &str| {
        imported
            .timetable
            .sessions
            .values()
            .find(|s| s.title.get(&Lang::En).map(String::as_str) == Some(title))
            .expect("imported")
    };
    assert_eq!(by_title("Steering Committee").timing, Timing::Point);
    assert_eq!(by_title("Conference dinner").timing, Timing::OpenEnded);
    assert_eq!(by_title("Plenary").timing, Timing::Span);
    assert!(
        by_title("Conference dinner").placement.is_some(),
        "scheduled"
    );
    let report: Vec<String> = imported
        .report
        .items
        .iter()
        .map(|i| i.to_string())
        .collect();
    assert!(
        report
            .iter()
            .any(|r| r.contains("line 2") && r.contains("point in time")),
        "{report:?}"
    );
    assert!(
        report.iter().any(|r| r.contains("open-ended")),
        "{report:?}"
    );
    // Exported and imported again, each keeps its kind.
    let mut out = Vec::new();
    interop::write_csv(&imported.timetable, Lang::En, &mut out).expect("exports");
    let again = import_csv(std::str::from_utf8(&out).expect("utf-8"), None);
    let mut timings: Vec<Timing> = again
        .timetable
        .sessions
        .values()
        .map(|s| s.timing)
        .collect();
    timings.sort_by_key(|t| format!("{t:?}"));
    assert_eq!(timings, [Timing::OpenEnded, Timing::Point, Timing::Span]);
}

#[test]
fn csv_meeting_title_comes_from_the_file_else_from_its_name() {
    let rows = "title,start,end\nPlenary,2024-03-01 09:30,2024-03-01 12:30\n";
    let named = import_csv(rows, Some("ITU-T_SG12_timetable.csv"));
    assert_eq!(
        named
            .timetable
            .meeting
            .title
            .get(&Lang::En)
            .map(String::as_str),
        Some("ITU-T SG12 timetable")
    );
    let captioned = import_csv(
        &format!("\"Title: Interop meeting, Geneva 2024\",,\n{rows}"),
        Some("export.csv"),
    );
    assert_eq!(
        captioned
            .timetable
            .meeting
            .title
            .get(&Lang::En)
            .map(String::as_str),
        Some("Interop meeting, Geneva 2024"),
        "{:?}",
        captioned.report.items
    );
    let column = import_csv(
        "meeting,title,start,end\nSG12 Geneva,Plenary,2024-03-01 09:30,2024-03-01 12:30\n",
        Some("export.csv"),
    );
    assert_eq!(
        column
            .timetable
            .meeting
            .title
            .get(&Lang::En)
            .map(String::as_str),
        Some("SG12 Geneva")
    );
}

#[test]
fn ics_event_with_no_end_and_frab_event_of_no_duration_are_points() {
    let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:sc@x\r\n\
               DTSTART;TZID=Europe/Zurich:20240301T173000\r\nSUMMARY:Steering Committee\r\n\
               END:VEVENT\r\nEND:VCALENDAR\r\n";
    let t = interop::import(Format::Ics, ics.as_bytes(), &ImportOptions::default())
        .expect("imports")
        .timetable;
    let s = t.sessions.values().next().expect("one session");
    assert_eq!(s.timing, Timing::Point);
    let frab = r#"{"schedule":{"version":"1","conference":{"acronym":"x","title":"X",
        "start":"2024-03-01","end":"2024-03-01","daysCount":1,"timeslot_duration":"00:15",
        "time_zone_name":"Europe/Zurich","days":[{"index":0,"date":"2024-03-01",
        "day_start":"2024-03-01T06:00:00+01:00","day_end":"2024-03-02T04:00:00+01:00",
        "rooms":{"Main":[{"id":1,"guid":"g1","date":"2024-03-01T17:30:00+01:00",
        "start":"17:30","duration":"00:00","room":"Main","slug":"sc","title":"Steering Committee",
        "track":"Admin","type":"meeting","language":"en","persons":[]}]}}]}}}"#;
    let imported = interop::import(Format::FrabJson, frab.as_bytes(), &ImportOptions::default())
        .expect("imports");
    let s = imported
        .timetable
        .sessions
        .values()
        .next()
        .expect("one session");
    assert_eq!(s.timing, Timing::Point, "{:?}", imported.report.items);
}

/// The fixture with the usual two slots, so the slot layouts have cells.
fn with_slots() -> Timetable {
    let mut t = fixture();
    for (slot, start, end) in [("am", "09:30", "12:30"), ("pm", "14:30", "17:30")] {
        t.slots.insert(
            SlotId::from(slot),
            Slot {
                id: SlotId::from(slot),
                name: Text::new(),
                start: start.parse().expect("time"),
                end: end.parse().expect("time"),
                days: Default::default(),
            },
        );
    }
    t
}

#[test]
fn the_annex_shows_a_point_on_its_own_line_at_its_time_never_chained() {
    let t = with_slots();
    let a = annex::build(&t, &Options::new(Layout::Days, Lang::En));
    let row = &a.rows[0];
    let lines: Vec<String> = row
        .cells
        .iter()
        .flat_map(|c| c.lines.iter().map(|l| a.line_text(l, |_| String::new())))
        .collect();
    assert!(lines.contains(&"WP1/12".to_owned()), "{lines:?}");
    assert!(
        lines.contains(&"17:30 Steering Committee".to_owned()),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"18:00– Conference dinner".to_owned()),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"12:30 WTISD ceremony".to_owned()),
        "{lines:?}"
    );
    assert!(
        lines.iter().all(|l| !l.contains(", then ")),
        "never chained: {lines:?}"
    );
    assert!(
        a.warnings.iter().all(|w| !w.message.contains("Steering")),
        "a point's time is in its item, no warning about its slot: {:?}",
        a.warnings
    );
}

#[test]
fn a_point_prints_its_time_in_every_language_and_format() {
    let t = with_slots();
    for lang in Lang::ALL {
        for layout in [Layout::Days, Layout::Plan, Layout::Agenda] {
            let a = annex::build(&t, &Options::new(layout, lang));
            let open = plenary::i18n::strings(lang).open_from("18:00".parse().expect("time"));
            let html = annex::html::to_html(&a);
            // The agenda says the time in its own column; the slot layouts before the item.
            let point = if layout == Layout::Agenda {
                "17:30"
            } else {
                "17:30 "
            };
            assert!(html.contains(point), "{lang:?} {layout}: {html}");
            assert!(html.contains(&open), "{lang:?} {layout}: {open}");
            let xml = annex::docx::document_xml(&a, annex::Orientation::Auto);
            assert!(xml.contains(&open), "{lang:?} {layout} docx");
            #[cfg(feature = "pdf")]
            {
                let typst = annex::pdf::to_typst(&a, annex::Orientation::Auto);
                assert!(typst.contains(&open), "{lang:?} {layout} pdf: {typst}");
            }
        }
    }
}

/// The annex of the fixture (with slots) in the days, plan and agenda layouts, compared as
/// text: the points sit on lines of their own with their times.
#[test]
fn snapshots_of_points_in_the_slot_layouts_and_the_agenda() {
    let t = with_slots();
    for layout in [Layout::Days, Layout::Plan, Layout::Agenda] {
        for lang in [Lang::En, Lang::Zh] {
            let a = annex::build(&t, &Options::new(layout, lang));
            insta::assert_snapshot!(
                format!("points_{}_{}_txt", layout, lang.code()),
                annex::text::to_text(&a)
            );
        }
    }
}

/// Each session's id and timing, in id order.
fn timings(t: &Timetable) -> Vec<(String, Timing)> {
    let mut v: Vec<(String, Timing)> = t
        .sessions
        .values()
        .map(|s| {
            (
                s.title.get(&Lang::En).cloned().unwrap_or_default(),
                s.timing,
            )
        })
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

#[test]
fn points_travel_through_icalendar_and_frab_exports() {
    let t = fixture();
    let options = ImportOptions {
        time_zone: Some("Europe/Zurich".into()),
        ..Default::default()
    };
    let mut ics = Vec::new();
    let stamp = "2017-09-01T00:00:00".parse().expect("stamp");
    interop::write_ics(&t, &interop::IcsOptions::new(stamp), &mut ics).expect("ics");
    let back = interop::import(Format::Ics, &ics, &options).expect("imports");
    assert_eq!(
        timings(&back.timetable),
        timings(&t),
        "iCalendar keeps all three kinds"
    );
    let mut xml = Vec::new();
    interop::write_frab_xml(&t, &interop::FrabOptions::default(), &mut xml).expect("frab");
    let back = interop::import(Format::FrabXml, &xml, &options).expect("imports");
    let expected: Vec<(String, Timing)> = timings(&t)
        .into_iter()
        .map(|(title, timing)| {
            // frab has no open end: a duration of 00:00 reads back as a point.
            let timing = if timing.is_span() {
                timing
            } else {
                Timing::Point
            };
            (title, timing)
        })
        .collect();
    assert_eq!(timings(&back.timetable), expected);
}
