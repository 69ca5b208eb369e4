//! Excel workbooks: Plenary's own export imported back, hand-made sheets with mistakes
//! (reported by sheet, row and column), text cells written without the CSV formula guard,
//! and damaged packages answered with a message, never a panic.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use plenary::interop::{self, Action, Format, ImportError, ImportOptions, Imported};
use plenary::model::{Lang, Timetable, text_in};
use rust_xlsxwriter::{ExcelDateTime, Format as CellFormat, Workbook};

fn options(zone: &str) -> ImportOptions {
    ImportOptions {
        time_zone: Some(zone.to_owned()),
        ..Default::default()
    }
}

fn import(bytes: &[u8]) -> Result<Imported, ImportError> {
    let result = interop::import(Format::Xlsx, bytes, &options("Europe/Zurich"));
    if let Ok(imp) = &result {
        assert!(imp.timetable.validate().is_empty(), "imports are valid");
    }
    result
}

/// Each session as the columns say it: id, title, kind, times, timing, room, bodies,
/// persons, flags and annex placement, in id order.
fn sessions(t: &Timetable) -> Vec<String> {
    let mut all: Vec<String> = t
        .sessions
        .values()
        .map(|s| {
            let room = s
                .room
                .as_ref()
                .and_then(|r| t.rooms.get(r))
                .map(|r| &r.name);
            let bodies: Vec<_> = s
                .bodies
                .iter()
                .filter_map(|b| t.bodies.get(b))
                .map(|b| &b.short)
                .collect();
            let persons: Vec<_> = s
                .persons
                .iter()
                .filter_map(|p| t.persons.get(p))
                .map(|p| &p.name)
                .collect();
            format!(
                "{} {:?} {:?} {:?} {:?} {room:?} {bodies:?} {persons:?} {} {} {:?}",
                s.id,
                text_in(&s.title, Lang::En),
                s.kind,
                s.placement,
                s.timing,
                s.tentative,
                s.exclusive,
                s.annex
            )
        })
        .collect();
    all.sort();
    all
}

#[test]
fn a_workbook_from_plenarys_excel_export_imports_back_to_the_same_sessions() {
    let sg12 = crate::sg12();
    let bytes = interop::xlsx_bytes(&sg12, Lang::En).expect("exports");
    assert_eq!(
        interop::foreign_format(Some("sg12.xlsx"), &bytes),
        Some(Format::Xlsx)
    );
    assert_eq!(
        interop::foreign_format(Some("download"), &bytes),
        Some(Format::Xlsx),
        "a workbook is known by its content too"
    );
    let back =
        interop::import(Format::Xlsx, &bytes, &options(&sg12.meeting.time_zone)).expect("imports");
    assert!(back.timetable.validate().is_empty());
    assert_eq!(sessions(&back.timetable), sessions(&sg12));
    // The same rows through CSV give the same timetable and the same report, positions
    // aside: one table, one set of rules.
    let mut csv = Vec::new();
    interop::write_csv(&sg12, Lang::En, &mut csv).expect("exports");
    let by_csv =
        interop::import(Format::Csv, &csv, &options(&sg12.meeting.time_zone)).expect("imports");
    assert_eq!(sessions(&by_csv.timetable), sessions(&back.timetable));
    let messages = |imp: &Imported| -> Vec<String> {
        imp.report
            .items
            .iter()
            .filter(|i| !i.message.contains("other sheet(s) ignored"))
            .map(|i| format!("{}: {}", i.action, i.message))
            .collect()
    };
    assert_eq!(messages(&back), messages(&by_csv));
    let skipped = back
        .report
        .of(Action::Skipped)
        .next()
        .expect("Grid skipped");
    assert_eq!(
        skipped.to_string(),
        "sheet 'Sessions': skipped: the sessions are read from this sheet; other sheet(s) \
         ignored: Grid"
    );
}

/// A sheet as someone makes one by hand: a caption above the header, the table not at A1,
/// typed dates, a number as an id, TRUE as a flag, and three mistakes.
fn hand_made() -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Timetable").expect("name");
    let when = CellFormat::new().set_num_format("yyyy-mm-dd hh:mm");
    let clock = CellFormat::new().set_num_format("hh:mm");
    let at = |d: u8, h: u16, m: u8| {
        ExcelDateTime::from_ymd(2017, 9, d)
            .and_then(|t| t.and_hms(h, m, 0))
            .expect("a date")
    };
    sheet.write_string(1, 1, "SG12 Geneva").expect("caption");
    for (c, name) in ["id", "title", "kind", "start", "end", "room", "tentative"]
        .iter()
        .enumerate()
    {
        sheet.write_string(2, 1 + c as u16, *name).expect("header");
    }
    // Row 4: a good session, its id a number, its flag a boolean.
    sheet.write_number(3, 1, 12).expect("id");
    sheet.write_string(3, 2, "Opening plenary").expect("title");
    sheet.write_string(3, 3, "plenary").expect("kind");
    sheet
        .write_datetime_with_format(3, 4, at(19, 9, 30), &when)
        .expect("start");
    sheet
        .write_datetime_with_format(3, 5, at(19, 12, 30), &when)
        .expect("end");
    sheet.write_string(3, 6, "Popov").expect("room");
    sheet.write_boolean(3, 7, true).expect("tentative");
    // Row 5: a start that is no time (column E), a kind that is none (column D).
    sheet.write_string(4, 2, "WP1 opening").expect("title");
    sheet.write_string(4, 3, "banana").expect("kind");
    sheet.write_string(4, 4, "soon").expect("start");
    sheet
        .write_datetime_with_format(4, 5, at(19, 15, 0), &when)
        .expect("end");
    // Row 6: a time without a date as the end (column F).
    sheet.write_string(5, 2, "Q4/12").expect("title");
    sheet
        .write_datetime_with_format(5, 4, at(20, 9, 30), &when)
        .expect("start");
    let time_only = ExcelDateTime::from_hms(10, 30, 0).expect("a time");
    sheet
        .write_datetime_with_format(5, 5, time_only, &clock)
        .expect("end");
    book.save_to_buffer().expect("saves")
}

#[test]
fn a_hand_made_sheet_is_read_by_type_and_its_mistakes_name_sheet_row_and_column() {
    let imp = import(&hand_made()).expect("imports");
    let t = &imp.timetable;
    assert_eq!(t.sessions.len(), 3);
    assert_eq!(text_in(&t.meeting.title, Lang::En), "SG12 Geneva");
    let opening = t.sessions.values().next().expect("the first");
    assert_eq!(opening.id.to_string(), "12", "a number cell is its digits");
    assert!(opening.tentative, "TRUE is a flag");
    assert_eq!(
        opening
            .placement
            .map(|p| (p.start.to_string(), p.end.to_string())),
        Some(("2017-09-19T09:30".into(), "2017-09-19T12:30".into())),
        "typed date-times"
    );
    let shown: Vec<String> = imp.report.items.iter().map(|i| i.to_string()).collect();
    for expected in [
        "sheet 'Timetable', row 2: guessed: the row above the header is the meeting's title: \
         \"SG12 Geneva\"",
        "sheet 'Timetable', row 5, column D: guessed: kind 'banana' is not a Plenary kind; \
         taken as 'other'",
        "sheet 'Timetable', row 5, column E: repaired: the start 'soon' is not a time \
         YYYY-MM-DD HH:MM; the session is unscheduled",
        "sheet 'Timetable', row 6, column F: repaired: the end '10:30' is not a time \
         YYYY-MM-DD HH:MM; the session is unscheduled",
    ] {
        assert!(
            shown.iter().any(|s| s == expected),
            "{expected}\nin {shown:#?}"
        );
    }
}

#[test]
fn a_workbook_without_a_sessions_table_is_refused_naming_the_sheet_and_row() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Rooms").expect("name");
    sheet.write_string(0, 0, "name").expect("cell");
    sheet.write_string(0, 1, "seats").expect("cell");
    sheet.write_string(1, 0, "Popov").expect("cell");
    let bytes = book.save_to_buffer().expect("saves");
    let err = import(&bytes).expect_err("no title column");
    assert_eq!(
        err.to_string(),
        "sheet 'Rooms', row 1: not a Plenary sheet: the header row has no 'title' column \
         (it has: name, seats); the columns are: id, title, kind, start, end, room, bodies, \
         persons, tentative, exclusive, annex"
    );
    let french = err.message().text(Lang::Fr);
    assert!(
        french.contains("la ligne d’en-tête n’a pas de colonne « title » (elle a : name, seats)"),
        "the refusal is written in the reader's language: {french}"
    );
    let old = import(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).expect_err("an .xls file");
    assert!(
        old.to_string().contains("older Excel 97-2003 .xls file"),
        "{old}"
    );
    assert!(
        old.message()
            .text(Lang::Es)
            .contains("archivo .xls antiguo de Excel 97-2003"),
        "{}",
        old.message().text(Lang::Es)
    );
    let empty = Workbook::new().save_to_buffer().expect("saves");
    let err = import(&empty).expect_err("an empty sheet");
    assert!(
        err.to_string()
            .starts_with("sheet 'Sheet1': not a Plenary sheet: the sheet is empty"),
        "{err}"
    );
}

#[test]
fn excel_text_cells_carry_no_formula_guard_and_csv_cells_keep_it() {
    let mut t = crate::sg12();
    let days: Vec<_> = t.days.iter().map(|d| d.date).collect();
    let first = t
        .sessions
        .values_mut()
        .find(|s| s.placement.is_some_and(|p| days.contains(&p.start.date())))
        .expect("a session on a meeting day");
    first.title.insert(Lang::En, "=SUM(A1)".into());
    let id = first.id.to_string();
    let bytes = interop::xlsx_bytes(&t, Lang::En).expect("exports");
    let mut book = Xlsx::new(Cursor::new(bytes.clone())).expect("a workbook");
    let range = book.worksheet_range("Sessions").expect("the sheet");
    let row = range
        .rows()
        .find(|r| r.first() == Some(&Data::String(id.clone())))
        .expect("the session's row");
    assert_eq!(
        row[1],
        Data::String("=SUM(A1)".into()),
        "a typed text cell, as it is"
    );
    let grid = book.worksheet_range("Grid").expect("the grid");
    assert!(
        grid.rows()
            .flatten()
            .any(|c| matches!(c, Data::String(s) if s.lines().any(|l| l == "=SUM(A1)"))),
        "the grid's cells too"
    );
    assert!(
        !range
            .rows()
            .chain(grid.rows())
            .flatten()
            .any(|c| matches!(c, Data::String(s) if s.starts_with('\''))),
        "no cell starts with the guard"
    );
    let back = import(&bytes).expect("imports");
    assert!(
        back.timetable
            .sessions
            .values()
            .any(|s| text_in(&s.title, Lang::En) == "=SUM(A1)")
    );
    let mut csv = Vec::new();
    interop::write_csv(&t, Lang::En, &mut csv).expect("exports");
    assert!(
        String::from_utf8(csv)
            .expect("text")
            .contains(",'=SUM(A1),"),
        "CSV keeps the guard"
    );
}

/// Every truncation (in steps), byte flips and chunks deleted or doubled of a real
/// workbook: a timetable or an error that says what, never a panic.
#[test]
fn damaged_workbooks_are_answered_without_panic_and_say_what_is_wrong() {
    let bytes = interop::xlsx_bytes(&crate::sg12(), Lang::En).expect("exports");
    let mut rng = plenary::generate::SplitMix64::new(18);
    let mut cases: Vec<Vec<u8>> = (0..bytes.len())
        .step_by(7)
        .map(|n| bytes[..n].to_vec())
        .collect();
    for _ in 0..300 {
        let mut flipped = bytes.clone();
        for _ in 0..1 + rng.below(8) {
            let at = rng.below(flipped.len());
            flipped[at] ^= 1 << rng.below(8);
        }
        cases.push(flipped);
        let from = rng.below(bytes.len());
        let to = (from + rng.below(400)).min(bytes.len());
        cases.push([&bytes[..from], &bytes[to..]].concat());
        cases.push([&bytes[..to], &bytes[from..]].concat());
    }
    let (mut read, mut refused) = (0, 0);
    for case in &cases {
        match import(case) {
            Ok(_) => read += 1,
            Err(e) => {
                refused += 1;
                let shown = e.to_string();
                assert!(
                    shown.starts_with("not an Excel workbook") || shown.starts_with("sheet '"),
                    "{shown}"
                );
            }
        }
    }
    eprintln!(
        "{} damaged workbooks: {read} read, {refused} refused",
        cases.len()
    );
    assert!(refused > 0 && read > 0);
    let err = import(&bytes[..bytes.len() / 2]).expect_err("half a package");
    assert!(
        err.to_string()
            .starts_with("not an Excel workbook (.xlsx) Plenary can read: "),
        "{err}"
    );
}

#[test]
fn a_stray_cell_far_away_costs_one_cell_not_the_sheets_rectangle() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "title").expect("cell");
    sheet.write_string(1, 0, "Opening").expect("cell");
    sheet.write_string(1_048_575, 16_383, "far").expect("cell");
    let bytes = book.save_to_buffer().expect("saves");
    let started = std::time::Instant::now();
    let imp = import(&bytes).expect("imports");
    assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
    assert_eq!(imp.timetable.sessions.len(), 2, "the far row is a row too");
}
