//! Excel import: a workbook (`.xlsx`, read by calamine) whose sheet of sessions has the CSV
//! columns ([`super::CSV_COLUMNS`]), as Plenary's own Excel export writes it. Its rows
//! become the same [`Table`] as a CSV file's, so the columns, the rules and the report are
//! the CSV importer's; only positions differ (`sheet 'Sessions', row 3, column D`).
//!
//! The sheet read is the one named `Sessions` (any case), else the first whose first row
//! (or the row under a one-cell caption) has a `title` column; the others are reported as
//! skipped. Cells are read by their type: text as it is, numbers as written (`3`, `2.5`),
//! TRUE/FALSE as `true`/`false` (which the flag columns read), dates and times as
//! `YYYY-MM-DD HH:MM` (to the nearest minute; a time without a date as `HH:MM`, which the
//! `start` and `end` columns refuse, saying so), an error value (`#REF!`) as empty, reported
//! with its cell.
//!
//! Cells are read one by one, never as the sheet's whole rectangle, so a stray cell at
//! `XFD1048576` costs one cell; a damaged package or sheet is an [`ImportError::Workbook`]
//! naming the member or sheet (and the last row read), never a panic.

use crate::messages::Message;
use std::collections::BTreeMap;
use std::io::Cursor;
use std::rc::Rc;

use calamine::{DataRef, Reader, Xlsx};
use chrono::{Duration, Timelike};

use super::table::{self, Place, Row, Source, Table, caption_of};
use super::{Action, ImportError, ImportOptions, Imported, Position};

/// One worksheet as read: rows (1-based) of `(column (0-based), text)` cells, and the
/// cells it could not take as they were.
struct Sheet {
    name: Rc<str>,
    rows: BTreeMap<usize, Vec<(u32, String)>>,
    notes: Vec<(Position, Action, Message)>,
}

/// Imports the workbook in `bytes`.
///
/// The workbook reader (calamine) is third-party code fed untrusted bytes, and a damaged
/// file has been seen to make it panic (an arithmetic overflow reading a mangled cell
/// reference): such a panic is caught here and answered as a damaged workbook, so a bad
/// file never takes the app or the CLI down.
pub fn import(bytes: &[u8], options: &ImportOptions) -> Result<Imported, ImportError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        read_workbook(bytes, options)
    }))
    .unwrap_or_else(|_| {
        Err(ImportError::Workbook {
            message: Box::new(Message::new("import-xlsx-damaged")),
        })
    })
}

fn read_workbook(bytes: &[u8], options: &ImportOptions) -> Result<Imported, ImportError> {
    let mut book = Xlsx::new(Cursor::new(bytes)).map_err(|e| ImportError::Workbook {
        message: Box::new(not_opened(bytes, e.to_string())),
    })?;
    let names = book.sheet_names();
    if names.is_empty() {
        return Err(ImportError::Workbook {
            message: Box::new(Message::new("import-xlsx-no-worksheet")),
        });
    }
    // The sheet named Sessions first, then the others in the workbook's order.
    let mut order: Vec<&String> = names.iter().collect();
    order.sort_by_key(|n| !n.eq_ignore_ascii_case("sessions"));
    let mut first_refusal = None;
    for name in order {
        let sheet = read_sheet(&mut book, name)?;
        let table = match to_table(sheet) {
            Ok(table) => table,
            Err(refusal) => {
                first_refusal.get_or_insert(refusal);
                continue;
            }
        };
        let read = table.header.place.clone();
        let mut imported = table::import(table, options)?;
        let others: Vec<&str> = names
            .iter()
            .filter(|n| *n != name)
            .map(String::as_str)
            .collect();
        if !others.is_empty() {
            let at = match read {
                Place::Sheet { sheet, .. } => Position::Sheet {
                    sheet: sheet.to_string(),
                    row: None,
                    column: None,
                },
                Place::Line(_) => Position::File,
            };
            imported.report.items.insert(
                0,
                super::ReportItem::new(
                    at,
                    Action::Skipped,
                    Message::new("import-other-sheets-ignored").with(
                        "sheets",
                        crate::messages::Arg::List(
                            others.iter().map(|o| o.to_string().into()).collect(),
                        ),
                    ),
                ),
            );
        }
        return Ok(imported);
    }
    Err(first_refusal.unwrap_or_else(|| ImportError::Workbook {
        message: Box::new(Message::new("import-xlsx-no-title-sheet")),
    }))
}

/// What a failed open says (`reason`: the reader's own words), with a hint when the bytes
/// are not a ZIP package at all.
fn not_opened(bytes: &[u8], reason: String) -> Message {
    if bytes.starts_with(b"PK") {
        Message::as_said(reason)
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        Message::new("import-xlsx-old-xls").with("reason", reason)
    } else {
        Message::new("import-xlsx-not-zip").with("reason", reason)
    }
}

/// Every cell of the worksheet `name`.
fn read_sheet(book: &mut Xlsx<Cursor<&[u8]>>, name: &str) -> Result<Sheet, ImportError> {
    let sheet: Rc<str> = name.into();
    let mut rows: BTreeMap<usize, Vec<(u32, String)>> = BTreeMap::new();
    let mut notes = Vec::new();
    let mut reader = book
        .worksheet_cells_reader(name)
        .map_err(|e| ImportError::Workbook {
            message: Box::new(
                Message::new("import-xlsx-sheet-unreadable")
                    .with("sheet", name)
                    .with("reason", e.to_string()),
            ),
        })?;
    let mut last_row = 0;
    loop {
        let cell = match reader.next_cell() {
            Ok(Some(cell)) => cell,
            Ok(None) => break,
            Err(e) => {
                let message = if last_row == 0 {
                    Message::new("import-xlsx-sheet-unreadable")
                } else {
                    Message::new("import-xlsx-sheet-unreadable-after").with("row", last_row)
                };
                return Err(ImportError::Workbook {
                    message: Box::new(message.with("sheet", name).with("reason", e.to_string())),
                });
            }
        };
        let (r, c) = cell.get_position();
        let row = r as usize + 1;
        last_row = row;
        let text = match cell.get_value() {
            DataRef::Error(e) => {
                notes.push((
                    Position::Sheet {
                        sheet: name.to_owned(),
                        row: Some(row),
                        column: Some(c as usize + 1),
                    },
                    Action::Repaired,
                    Message::new("import-xlsx-cell-error").with("error", e.to_string()),
                ));
                continue;
            }
            value => text_of(value),
        };
        if !text.is_empty() {
            rows.entry(row).or_default().push((c, text));
        }
    }
    for cells in rows.values_mut() {
        cells.sort_by_key(|(c, _)| *c);
        cells.dedup_by_key(|(c, _)| *c);
    }
    Ok(Sheet {
        name: sheet,
        rows,
        notes,
    })
}

/// The text a cell stands for (see the module's documentation).
fn text_of(value: &DataRef<'_>) -> String {
    match value {
        DataRef::Empty | DataRef::Error(_) => String::new(),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 1e15 {
                format!("{}", *f as i64)
            } else {
                f.to_string()
            }
        }
        DataRef::Bool(b) => b.to_string(),
        DataRef::DateTime(when) => {
            let serial = when.as_f64();
            match when.as_datetime() {
                // Rounded to the minute: a serial number carries 12:59:59.999 for 13:00.
                Some(at) => {
                    let at = at + Duration::seconds(30);
                    let at = at.with_second(0).unwrap_or(at);
                    let at = at.with_nanosecond(0).unwrap_or(at);
                    if when.is_duration() || (0.0..1.0).contains(&serial) {
                        at.format("%H:%M").to_string()
                    } else {
                        at.format("%Y-%m-%d %H:%M").to_string()
                    }
                }
                None => serial.to_string(),
            }
        }
    }
}

/// The sheet as a session table: a caption row (one cell above more rows), the header
/// row, the data rows; `Err` when no header row has a `title` column.
fn to_table(sheet: Sheet) -> Result<Table, ImportError> {
    let Sheet { name, rows, notes } = sheet;
    let place = |row: usize| Place::Sheet {
        sheet: name.clone(),
        row,
    };
    let mut rows = rows.into_iter().map(|(row, cells)| Row {
        place: place(row),
        cells,
    });
    let Some(first) = rows.next() else {
        return Err(ImportError::Sheet {
            position: Position::Sheet {
                sheet: name.to_string(),
                row: None,
                column: None,
            },
            message: Box::new(Message::new("import-xlsx-sheet-empty")),
        });
    };
    let mut rows = rows.peekable();
    let texts: Vec<&str> = first.cells.iter().map(|(_, t)| t.as_str()).collect();
    let (caption, header) = match caption_of(&texts, rows.peek().is_some()) {
        Some(caption) => match rows.next() {
            Some(header) => (Some((caption, first.place.clone())), header),
            None => (None, first),
        },
        None => (None, first),
    };
    let titled = header
        .cells
        .iter()
        .any(|(_, h)| h.trim().eq_ignore_ascii_case("title"));
    if !titled {
        return Err(ImportError::Sheet {
            position: header.place.at(None),
            message: Box::new(table::no_title(&header)),
        });
    }
    Ok(Table {
        source: Source::Excel,
        caption,
        header,
        rows: rows.collect(),
        notes,
        closing: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_that_are_no_zip_package_say_so() {
        let err = import(b"id,title\n1,x\n", &ImportOptions::default()).expect_err("not a zip");
        let shown = err.to_string();
        assert!(
            shown.starts_with("not an Excel workbook") && shown.contains("not one"),
            "{shown}"
        );
        let err = import(&[0xD0, 0xCF, 0x11, 0xE0, 0, 0], &ImportOptions::default())
            .expect_err("an .xls");
        assert!(err.to_string().contains("Excel 97-2003"), "{err}");
    }
}
