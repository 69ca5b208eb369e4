//! Excel workbook export (rust_xlsxwriter): a `Sessions` sheet with the CSV columns
//! (start and end as real Excel date-times) and a `Grid` sheet with one row per day and one
//! column per slot, each cell listing the sessions that overlap the slot. Both sheets have a
//! bold, shaded header row, set column widths and frozen panes; the session list has an
//! autofilter. A timetable with no slots gets two: morning (before 13:00) and afternoon.
//!
//! Text is written as typed text cells, as it is: unlike CSV, whose cells a spreadsheet
//! program parses (hence the CSV export's formula guard, a leading `'`), a workbook's cell
//! says it is text, so `=SUM(A1)` or `-x` is shown and never computed, and a guard would
//! show as a literal apostrophe.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate, Timelike};
use rust_xlsxwriter::{
    Color, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use super::ExportError;
use super::csv_table::{CSV_COLUMNS, row_of, sessions_in_order};
use crate::model::{DayKind, Lang, Timetable, text_in};
use crate::time::{Stamp, TimeOfDay};

fn xerr(e: XlsxError) -> ExportError {
    ExportError::Xlsx(e.to_string())
}

fn excel_time(s: Stamp) -> Result<ExcelDateTime, XlsxError> {
    let n = s.naive();
    let year = u16::try_from(n.year()).unwrap_or(1900);
    ExcelDateTime::from_ymd(year, n.month() as u8, n.day() as u8)?.and_hms(
        n.hour() as u16,
        n.minute() as u8,
        0,
    )
}

/// The workbook's bytes.
pub fn xlsx_bytes(timetable: &Timetable, lang: Lang) -> Result<Vec<u8>, ExportError> {
    let t = timetable;
    let mut book = Workbook::new();
    let header = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xD9E1F2))
        .set_border_bottom(FormatBorder::Thin);
    let when = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);

    let sheet = book.add_worksheet();
    sheet.set_name("Sessions").map_err(xerr)?;
    for (c, name) in CSV_COLUMNS.iter().enumerate() {
        sheet
            .write_string_with_format(0, c as u16, *name, &header)
            .map_err(xerr)?;
    }
    let widths = [
        12.0, 48.0, 14.0, 17.0, 17.0, 20.0, 20.0, 30.0, 10.0, 10.0, 8.0,
    ];
    for (c, w) in widths.iter().enumerate() {
        sheet.set_column_width(c as u16, *w).map_err(xerr)?;
    }
    let sessions = sessions_in_order(t);
    for (i, s) in sessions.iter().enumerate() {
        let r = (i + 1) as u32;
        for (c, cell) in row_of(t, s, lang).iter().enumerate() {
            let c = c as u16;
            match (c, s.placement) {
                (3, Some(p)) => {
                    sheet
                        .write_datetime_with_format(r, c, excel_time(p.start).map_err(xerr)?, &when)
                        .map_err(xerr)?;
                }
                // An open-ended item has no end (its cell is empty, as in CSV).
                (4, Some(p)) if !cell.is_empty() => {
                    sheet
                        .write_datetime_with_format(r, c, excel_time(p.end).map_err(xerr)?, &when)
                        .map_err(xerr)?;
                }
                _ if cell.is_empty() => {}
                _ => {
                    sheet.write_string(r, c, cell).map_err(xerr)?;
                }
            }
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(xerr)?;
    sheet
        .autofilter(0, 0, sessions.len() as u32, (CSV_COLUMNS.len() - 1) as u16)
        .map_err(xerr)?;

    let grid = book.add_worksheet();
    write_grid(grid, t, lang, &header, &wrap)?;
    book.save_to_buffer().map_err(xerr)
}

fn write_grid(
    sheet: &mut Worksheet,
    t: &Timetable,
    lang: Lang,
    header: &Format,
    wrap: &Format,
) -> Result<(), ExportError> {
    sheet.set_name("Grid").map_err(xerr)?;
    // Each column's name and its times on a date (a slot's own times that day, if any).
    type Times<'t> = Box<dyn Fn(NaiveDate) -> (TimeOfDay, TimeOfDay) + 't>;
    let slots: Vec<(String, Times<'_>)> = if t.slots.is_empty() {
        let noon = TimeOfDay::hm(13, 0).unwrap_or(TimeOfDay::MIDNIGHT);
        vec![
            (
                "Morning".into(),
                Box::new(move |_| (TimeOfDay::MIDNIGHT, noon)),
            ),
            (
                "Afternoon".into(),
                Box::new(move |_| (noon, TimeOfDay::END_OF_DAY)),
            ),
        ]
    } else {
        t.slots
            .values()
            .map(|s| {
                let name = format!("{} {}-{}", text_in(&s.name, lang), s.start, s.end);
                let times: Times<'_> = Box::new(|date| s.times_on(date));
                (name, times)
            })
            .collect()
    };
    sheet
        .write_string_with_format(0, 0, "Day", header)
        .map_err(xerr)?;
    sheet.set_column_width(0, 26.0).map_err(xerr)?;
    for (i, (name, _)) in slots.iter().enumerate() {
        let c = (i + 1) as u16;
        sheet
            .write_string_with_format(0, c, name.as_str(), header)
            .map_err(xerr)?;
        sheet.set_column_width(c, 45.0).map_err(xerr)?;
    }
    let mut dates: BTreeSet<NaiveDate> = t.days.iter().map(|d| d.date).collect();
    if dates.is_empty() {
        dates.extend(
            t.sessions
                .values()
                .filter_map(|s| s.placement.map(|p| p.start.date())),
        );
    }
    let sessions = sessions_in_order(t);
    for (i, date) in dates.iter().enumerate() {
        let r = (i + 1) as u32;
        let mut label = date.format("%A %-d %B %Y").to_string();
        match t.day(*date).map(|d| d.kind) {
            Some(DayKind::Weekend) => label.push_str(" (weekend)"),
            Some(DayKind::Holiday) => label.push_str(" (holiday)"),
            _ => {}
        }
        sheet
            .write_string_with_format(r, 0, label, wrap)
            .map_err(xerr)?;
        for (c, (_, times)) in slots.iter().enumerate() {
            let (from, to) = times(*date);
            let slot = crate::model::Placement {
                start: from.on(*date),
                end: to.on(*date),
            };
            let mut titles: Vec<String> = Vec::new();
            for s in &sessions {
                if let Some(p) = s.placement
                    && p.overlaps(&slot)
                {
                    let title = text_in(&s.title, lang);
                    let title = if s.tentative {
                        format!("TBD: {title}")
                    } else {
                        title.to_owned()
                    };
                    if !titles.contains(&title) {
                        titles.push(title);
                    }
                }
            }
            if !titles.is_empty() {
                sheet
                    .write_string_with_format(r, (c + 1) as u16, titles.join("\n"), wrap)
                    .map_err(xerr)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 1).map_err(xerr)?;
    Ok(())
}
