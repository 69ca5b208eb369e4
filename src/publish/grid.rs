//! A day's page: the grid of rooms (columns) and time (rows of five minutes) as HTML with
//! CSS grid placement, no script and no table. In the document the cells come room by
//! room (the room's heading, then its sessions in time order), so on a narrow screen,
//! where the style sheet turns the grid into a plain flow, each room becomes a list.

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::site::{Ctx, page};
use super::words::words;
use crate::annex::html::escape as esc;
use crate::i18n;
use crate::model::{Session, text_in};

const STEP: u32 = 5;

pub(super) fn day_grid(c: &Ctx<'_>, date: NaiveDate, file: &str) -> String {
    let t = c.t();
    let w = words(c.lang);
    let mut sessions: Vec<&Session> = t
        .sessions
        .values()
        .filter(|s| s.placement.is_some_and(|p| p.start.date() == date))
        .collect();
    sessions.sort_by_key(|s| (s.placement.map(|p| p.start), s.id.clone()));
    let hours = t.hours_on(date);
    let minute_of = |s: crate::time::Stamp| -> u32 {
        if s.date() == date {
            s.time().minutes()
        } else {
            24 * 60
        }
    };
    let breaks = t.breaks_on(date);
    let first = sessions
        .iter()
        .filter_map(|s| s.placement.map(|p| p.start.time().minutes()))
        .chain(breaks.iter().map(|b| b.start.minutes()))
        .chain([hours.start.minutes()])
        .min()
        .unwrap_or(0)
        / 60
        * 60;
    let last = sessions
        .iter()
        .filter_map(|s| s.placement.map(|p| minute_of(p.end)))
        .chain(breaks.iter().map(|b| b.end.minutes()))
        .chain([hours.end.minutes()])
        .max()
        .unwrap_or(24 * 60)
        .max(first + 60);
    let row = |minute: u32| (minute.clamp(first, last) - first) / STEP + 2;
    // Columns: the rooms used this day in the document's order, then "no room".
    let mut columns: Vec<Option<&crate::model::RoomId>> = t
        .rooms
        .keys()
        .filter(|r| sessions.iter().any(|s| s.room.as_ref() == Some(*r)))
        .map(Some)
        .collect();
    if sessions
        .iter()
        .any(|s| s.room.as_ref().is_none_or(|r| !t.rooms.contains_key(r)))
    {
        columns.push(None);
    }
    let mut b = String::new();
    let _ = writeln!(
        b,
        "<div class=\"grid\" style=\"grid-template-columns: 4rem repeat({}, minmax(9rem, 1fr)); \
         grid-template-rows: auto repeat({}, 0.45rem)\">",
        columns.len().max(1),
        (last - first) / STEP
    );
    let mut hour = first;
    while hour < last {
        let _ = writeln!(
            b,
            "<div class=\"hour\" style=\"grid-column: 1; grid-row: {} / span {}\">{:02}:00</div>",
            row(hour),
            60 / STEP,
            hour / 60
        );
        hour += 60;
    }
    for (i, column) in columns.iter().enumerate() {
        let name = match column {
            Some(r) => esc(&t.rooms[*r].name),
            None => esc(w.no_room),
        };
        let head = match column {
            Some(r) => format!("<a href=\"room-{}.html\">{name}</a>", c.rooms[r.as_str()]),
            None => name,
        };
        let _ = writeln!(
            b,
            "<h2 class=\"room\" style=\"grid-column: {}; grid-row: 1\">{head}</h2>",
            i + 2
        );
        for s in sessions.iter().filter(|s| {
            let known = s.room.as_ref().filter(|r| t.rooms.contains_key(*r));
            known == *column
        }) {
            let Some(p) = s.placement else { continue };
            let _ = writeln!(
                b,
                "<div class=\"session{}\" style=\"grid-column: {}; grid-row: {} / {}\">\
                 <span class=\"time\">{}</span> {} <span class=\"bodies\">{}</span></div>",
                if s.tentative { " tentative" } else { "" },
                i + 2,
                row(p.start.time().minutes()),
                row(minute_of(p.end)).max(row(p.start.time().minutes()) + 1),
                c.range(s),
                c.session_link(s),
                c.body_shorts(s)
            );
        }
    }
    if !breaks.is_empty() {
        let _ = writeln!(b, "<h2 class=\"list-only\">{}</h2>", esc(w.breaks));
        for br in &breaks {
            let _ = writeln!(
                b,
                "<div class=\"break\" style=\"grid-column: 2 / -1; grid-row: {} / {}\">\
                 <span class=\"time\">{}</span> {}</div>",
                row(br.start.minutes()),
                row(br.end.minutes()).max(row(br.start.minutes()) + 1),
                i18n::strings(c.lang).range(br.start, br.end),
                esc(text_in(&br.name, c.lang))
            );
        }
    }
    b.push_str("</div>\n");
    if let Some(note) = t.day(date).and_then(|d| d.note.as_deref()) {
        b = format!("<p class=\"note\">{}</p>\n{b}", esc(note));
    }
    page(c, file, &esc(&c.dates.full_date(date)), &b)
}
