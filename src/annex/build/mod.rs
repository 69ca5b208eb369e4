//! From a timetable to an [`Annex`]: the rules that turn exact session times into half-day
//! cells and numbered notes. Deterministic: the same timetable and options always give the
//! same annex, and the structure (which items, lines, spans, note numbers) does not depend
//! on the language, only the texts do.
//!
//! One module per layout, each with its rules in its opening doc and its tests beside it:
//! - `days.rs`: one row per meeting day, one column per slot (the seed letter's Annex C);
//! - `bodies.rs`: one row per body, two half-day columns per day;
//! - `plan.rs`: one row per slot, one column per day, short codes in the cells;
//! - `agenda.rs`: one row per item with its time, grouped by day (a programme).
//!
//! What every layout shares lives here: the slots as the annex names them, the sessions
//! shown in cells and how they group into items and lines, the language fallbacks, and the
//! queries the notes editor and the note commands ask ([`note_views`], [`all_note_keys`],
//! [`note_keys_in_order`]). The notes under the table are derived in `derived_notes.rs`
//! before any layout is drawn (an item's marker is its note's number), and `changes.rs`
//! marks what changed since a revision afterwards.
//!
//! Texts come from the document in the annex language; a missing one falls back to English,
//! then to any language, with a visible mark (`"[en] "`) and a warning.

mod agenda;
mod bodies;
mod changes;
mod days;
mod derived_notes;
mod plan;

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::notes::NoteView;
use super::{Annex, HeadCell, Item, Layout, Line, Options, Warning};
use crate::i18n::{self, Dates, Strings};
use crate::messages::{Arg, Message};
use crate::model::{AnnexPlacement, DayKind, Lang, Placement, Session, SessionId, Text, Timetable};
use crate::time::{Stamp, TimeOfDay};

pub use derived_notes::TIMES;

/// A slot as the annex uses it.
struct SlotInfo {
    /// Its name in the annex's language (the annex's own word for it where it has none).
    name: String,
    /// Its name in every language, as an annex in that language names it: a warning,
    /// written in whatever language its reader reads, names the slot in that one.
    names: Text,
    start: TimeOfDay,
    end: TimeOfDay,
    /// Its other times on some days ([`crate::model::Slot::days`]).
    days: BTreeMap<NaiveDate, crate::model::Hours>,
}

impl SlotInfo {
    /// Its start and end on `date`: that day's own, else the standard ones.
    fn times_on(&self, date: NaiveDate) -> (TimeOfDay, TimeOfDay) {
        self.days
            .get(&date)
            .map_or((self.start, self.end), |h| (h.start, h.end))
    }
}

/// Sessions sharing a label in one day and slot.
#[derive(Clone)]
struct Group<'a> {
    key: (&'a Text, bool),
    sessions: Vec<&'a Session>,
    start: Stamp,
    end: Stamp,
}

/// A column group of the bodies and plan layouts.
enum ColumnGroup {
    /// A day with one column per slot (bodies) or one column (plan).
    Day(NaiveDate),
    /// A run of non-working days without sessions: one narrow column.
    Off(Vec<NaiveDate>),
}

/// A note as derived from the sessions, before the user's order and text: its key, text,
/// the times its text gives, its sessions and the language its wording fell back to.
type DerivedNote<'a> = (String, String, String, Vec<&'a Session>, Option<Lang>);

struct Ctx<'a> {
    tt: &'a Timetable,
    lang: Lang,
    strings: &'static Strings,
    dates: Dates,
    slots: Vec<SlotInfo>,
    warnings: Vec<Warning>,
    fallbacks_reported: BTreeSet<(SessionId, &'static str)>,
    note_of: BTreeMap<&'a SessionId, u32>,
}

pub(super) fn build(tt: &Timetable, options: &Options) -> Annex {
    let lang = options.lang;
    let strings = i18n::strings(lang);
    let mut ctx = Ctx {
        tt,
        lang,
        strings,
        dates: Dates::new(lang),
        slots: Vec::new(),
        warnings: Vec::new(),
        fallbacks_reported: BTreeSet::new(),
        note_of: BTreeMap::new(),
    };
    ctx.slots = ctx.slot_infos();
    let mut notes = ctx.notes(options.layout);
    let (head, columns, mut rows) = match options.layout {
        Layout::Days => ctx.days_layout(),
        Layout::Bodies => ctx.bodies_layout(),
        Layout::Plan => ctx.plan_layout(),
        Layout::Agenda => ctx.agenda_layout(),
    };
    if rows
        .iter()
        .all(|r| r.cells.iter().all(|c| c.lines.is_empty()))
    {
        // Never an empty table in silence: the first warning says why.
        ctx.warnings
            .insert(0, Warning::new(why_empty(tt, options.layout), Vec::new()));
    }
    let style = &tt.meeting.note_style;
    if style.hide_markers {
        for item in rows
            .iter_mut()
            .flat_map(|r| r.cells.iter_mut())
            .flat_map(|c| c.lines.iter_mut())
            .flat_map(|l| l.items.iter_mut())
        {
            item.marker = None;
        }
    }
    let changes = options
        .changes_since
        .as_ref()
        .map(|c| ctx.mark_changes(c, &mut rows, &mut notes));
    Annex {
        layout: options.layout,
        lang,
        direction: strings.direction,
        heading: options.heading.clone(),
        title: strings.title.to_owned(),
        revision: options.revision.clone(),
        head,
        columns,
        rows,
        notes_heading: style
            .heading
            .get(&lang)
            .cloned()
            .unwrap_or_else(|| strings.notes.to_owned()),
        markers: style.markers,
        notes,
        changes,
        warnings: ctx.warnings,
    }
}

/// Why the annex of `tt` in `layout` shows no session, for the person who exported it.
fn why_empty(tt: &Timetable, layout: Layout) -> Message {
    let scheduled = tt.sessions.values().any(|s| s.placement.is_some());
    let reason = if !scheduled {
        Message::new("annex-empty-unscheduled")
    } else if matches!(layout, Layout::Days | Layout::Plan) && tt.slots.is_empty() {
        Message::new("annex-empty-no-slots").with("layout", layout.name())
    } else if layout == Layout::Bodies
        && !tt
            .sessions
            .values()
            .any(|s| s.placement.is_some() && !s.bodies.is_empty())
    {
        Message::new("annex-empty-no-bodies")
    } else {
        Message::new("annex-empty-no-working-day")
    };
    Message::new("annex-empty").with("reason", reason)
}

/// The notes of the annex `options` describe, in their final order, with their derived and
/// final texts: what the app's notes editor lists.
pub fn note_views(timetable: &Timetable, options: &Options) -> Vec<NoteView> {
    let mut options = options.clone();
    // Change marks do not change the notes; skip their work.
    options.changes_since = None;
    build(timetable, &options)
        .notes
        .into_iter()
        .map(|n| NoteView {
            key: n.key,
            number: n.number,
            text: n.text,
            derived: n.derived,
            overridden: n.overridden,
            ordered: n.ordered,
            sessions: n.sessions,
        })
        .collect()
}

/// Every note key of `timetable` in any layout (the bodies layout has notes the others do
/// not): the keys a note command may name.
pub fn all_note_keys(timetable: &Timetable) -> Vec<String> {
    let mut keys = Vec::new();
    for layout in [Layout::Days, Layout::Bodies] {
        for key in note_keys_in_order(timetable, layout) {
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
    }
    keys
}

/// The note keys of `layout`, in final order: what moving a note reorders.
pub fn note_keys_in_order(timetable: &Timetable, layout: Layout) -> Vec<String> {
    let options = Options::new(layout, Lang::En);
    build(timetable, &options)
        .notes
        .into_iter()
        .map(|n| n.key)
        .collect()
}

use crate::bodies::day_times;

fn shown_in_cell(s: &Session) -> bool {
    matches!(s.annex, AnnexPlacement::Cell | AnnexPlacement::Both)
}

fn label_of(s: &Session) -> &Text {
    if s.annex_label.is_empty() {
        &s.title
    } else {
        &s.annex_label
    }
}

fn note_wording_of(s: &Session) -> &Text {
    if s.annex_note.is_empty() {
        &s.title
    } else {
        &s.annex_note
    }
}

/// Whether `s` is a point in time or an open-ended item ([`crate::model::Timing`]): it shows
/// as "17:30 Steering Committee" or "18:00– conference dinner" on a line of its own, is never
/// counted into a cell's time range and is never chained after another item ("A, then B"),
/// since it has no end to chain from.
fn is_point(s: &Session) -> bool {
    !s.timing.is_span()
}

fn any_overlap(sessions: &[&Session]) -> bool {
    let mut placements: Vec<Placement> = sessions.iter().filter_map(|s| s.placement).collect();
    placements.sort_by_key(|p| (p.start, p.end));
    placements.windows(2).any(|w| w[0].overlaps(&w[1]))
}

/// `slot`'s name as an annex in `lang` writes it: the document's name in that language, else
/// the language's own word for that part of the day.
fn slot_name_in(slot: &crate::model::Slot, lang: Lang) -> String {
    match slot.name.get(&lang) {
        Some(n) => n.clone(),
        None => i18n::strings(lang).slot_name(slot.start).to_owned(),
    }
}

impl<'a> Ctx<'a> {
    fn slot_infos(&mut self) -> Vec<SlotInfo> {
        let mut slots: Vec<SlotInfo> = Vec::new();
        for slot in self.tt.slots.values() {
            slots.push(SlotInfo {
                name: slot_name_in(slot, self.lang),
                names: Lang::ALL
                    .iter()
                    .map(|&lang| (lang, slot_name_in(slot, lang)))
                    .collect(),
                start: slot.start,
                end: slot.end,
                days: slot.days.clone(),
            });
        }
        slots.sort_by_key(|s| (s.start, s.end));
        slots
    }

    /// `text` in the annex language, else English, else any; `None` when it has none. A
    /// fallback is reported once per session and kind of text.
    fn pick(
        &mut self,
        text: &Text,
        session: &SessionId,
        what: &'static str,
    ) -> (String, Option<Lang>) {
        if let Some(t) = text.get(&self.lang) {
            return (t.clone(), None);
        }
        let found = text
            .get(&Lang::En)
            .map(|t| (Lang::En, t))
            .or_else(|| text.iter().next().map(|(l, t)| (*l, t)));
        match found {
            Some((lang, t)) => {
                if self.fallbacks_reported.insert((session.clone(), what)) {
                    let name = self.tt.sessions.get(session).map_or_else(
                        || Arg::from(session.as_str()),
                        |s| crate::translations::session_title(self.tt, s),
                    );
                    self.warnings.push(Warning::new(
                        Message::new("annex-text-fallback")
                            .with("session", name)
                            .with("lang", self.lang.code())
                            .with(
                                "what",
                                if what == "note wording" {
                                    "note"
                                } else {
                                    "label"
                                },
                            )
                            .with("used", lang.code()),
                        vec![session.clone()],
                    ));
                }
                (t.clone(), Some(lang))
            }
            None => (session.to_string(), None),
        }
    }

    fn header_of_day(&self, date: NaiveDate) -> Vec<String> {
        vec![self.dates.weekday(date), self.dates.month_day(date)]
    }

    /// [`Ctx::header_of_day`] with abbreviated names ("Tue", "19 Sept"); empty when
    /// abbreviating shortens nothing (Chinese: "星期二" / "周二" is shorter, "9月19日" stays).
    fn short_header_of_day(&self, date: NaiveDate) -> Vec<String> {
        let short = vec![
            self.dates.short_weekday(date),
            self.dates.short_month_day(date),
        ];
        if short == self.header_of_day(date) {
            Vec::new()
        } else {
            short
        }
    }

    /// The head cell of a day: its weekday and date, with their abbreviated form.
    fn day_head(&self, date: NaiveDate, span: usize) -> HeadCell {
        HeadCell {
            lines: self.header_of_day(date),
            short: self.short_header_of_day(date),
            span,
        }
    }

    /// What a run of days off is called: "Weekend" for two or more weekend days, "Holiday"
    /// for a run with a holiday in it, and the weekday ("Sunday") for a single day.
    fn off_label(&self, dates: &[NaiveDate]) -> String {
        if let [date] = dates {
            return self.dates.weekday(*date);
        }
        let all_weekend = dates.iter().all(|d| {
            self.tt
                .day(*d)
                .is_none_or(|day| day.kind == DayKind::Weekend)
        });
        if all_weekend {
            self.strings.weekend.to_owned()
        } else {
            self.strings.holiday.to_owned()
        }
    }

    /// The head cell over the narrow column of a run of days off: its label, and the
    /// abbreviated weekday of each day ("Sat", "Sun") that the paged formats stack in the
    /// narrow column, the right way up.
    fn off_head(&self, dates: &[NaiveDate]) -> HeadCell {
        HeadCell {
            lines: vec![self.off_label(dates)],
            short: dates.iter().map(|d| self.dates.short_weekday(*d)).collect(),
            span: 1,
        }
    }

    /// The slots a placement shows in: those it overlaps, else the nearest one, each slot
    /// with its times on the placement's day.
    fn slots_of(&self, p: &Placement) -> Vec<usize> {
        let date = p.start.date();
        let times: Vec<(TimeOfDay, TimeOfDay)> =
            self.slots.iter().map(|s| s.times_on(date)).collect();
        crate::bodies::slots_of(&times, p)
    }

    /// Sessions shown in cells, placed on `date`.
    fn cell_sessions_on(&self, date: NaiveDate) -> Vec<&'a Session> {
        let mut v: Vec<&Session> = self
            .tt
            .sessions
            .values()
            .filter(|s| shown_in_cell(s))
            .filter(|s| s.placement.is_some_and(|p| p.start.date() == date))
            .collect();
        v.sort_by(|a, b| {
            (a.placement.map(|p| (p.start, p.end)), &a.id)
                .cmp(&(b.placement.map(|p| (p.start, p.end)), &b.id))
        });
        v
    }

    /// Groups sessions by label and tentative flag, in time order.
    fn groups(sessions: &[&'a Session]) -> Vec<Group<'a>> {
        let mut groups: Vec<Group<'a>> = Vec::new();
        for s in sessions {
            let Some(p) = s.placement else { continue };
            let key = (label_of(s), s.tentative);
            match groups.iter_mut().find(|g| g.key == key) {
                Some(g) => {
                    g.sessions.push(s);
                    g.start = g.start.min(p.start);
                    g.end = g.end.max(p.end);
                }
                None => groups.push(Group {
                    key,
                    sessions: vec![s],
                    start: p.start,
                    end: p.end,
                }),
            }
        }
        groups.sort_by(|a, b| {
            (a.start, a.end, &a.sessions[0].id).cmp(&(b.start, b.end, &b.sessions[0].id))
        });
        groups
    }

    /// Chains groups into lines: sequential groups share a line, parallel ones do not.
    fn chain(groups: Vec<Group<'a>>) -> Vec<Vec<Group<'a>>> {
        let mut lines: Vec<Vec<Group<'a>>> = Vec::new();
        for g in groups {
            match lines
                .iter_mut()
                .find(|line| line.last().is_some_and(|last| last.end <= g.start))
            {
                Some(line) => line.push(g),
                None => lines.push(vec![g]),
            }
        }
        lines
    }

    /// The time an item of point `s` shows before its text: "17:30" for a point in time,
    /// "18:00–" for an open-ended item.
    fn start_text(&self, s: &Session) -> String {
        let Some(p) = s.placement else {
            return String::new();
        };
        match s.timing {
            crate::model::Timing::OpenEnded => self.strings.open_from(p.start.time()),
            _ => self.strings.time(p.start.time()),
        }
    }

    /// The lines of the points among `sessions` (see [`is_point`]), in time order: one line
    /// each, points with one label, kind and start sharing an item.
    fn point_lines(&mut self, sessions: &[&'a Session]) -> Vec<Line> {
        let mut points: Vec<&'a Session> =
            sessions.iter().copied().filter(|s| is_point(s)).collect();
        points.sort_by_key(|s| (s.placement.map(|p| p.start), s.id.clone()));
        let mut groups: Vec<Group<'a>> = Vec::new();
        for s in points {
            let Some(p) = s.placement else { continue };
            let key = (label_of(s), s.tentative);
            match groups.last_mut() {
                Some(g)
                    if g.key == key && g.start == p.start && g.sessions[0].timing == s.timing =>
                {
                    g.sessions.push(s)
                }
                _ => groups.push(Group {
                    key,
                    sessions: vec![s],
                    start: p.start,
                    end: p.start,
                }),
            }
        }
        groups
            .iter()
            .map(|g| {
                let mut item = self.item(g, g.key.0);
                item.time = Some(self.start_text(g.sessions[0]));
                Line { items: vec![item] }
            })
            .collect()
    }

    fn marker_of(&self, sessions: &[&Session]) -> Option<u32> {
        sessions
            .iter()
            .filter_map(|s| self.note_of.get(&s.id).copied())
            .min()
    }

    fn item(&mut self, group: &Group<'a>, text: &'a Text) -> Item {
        let first = &group.sessions[0].id;
        let (text, fallback) = self.pick(text, first, "annex label or title");
        Item {
            text,
            tentative: group.key.1,
            fallback,
            marker: self.marker_of(&group.sessions),
            time: None,
            sessions: group.sessions.iter().map(|s| s.id.clone()).collect(),
            changed: false,
        }
    }

    /// Warns when a cell-only item's times differ from its slots' standard times and no
    /// note gives them.
    fn check_times(&mut self, group: &Group<'a>, first: usize, last: usize) {
        if self.marker_of(&group.sessions).is_some() {
            return;
        }
        let (Some(a), Some(b)) = (self.slots.get(first), self.slots.get(last)) else {
            return;
        };
        let date = group.start.date();
        let ((a_start, _), (_, b_end)) = (a.times_on(date), b.times_on(date));
        let start = group.start.time();
        let end = if group.end.date() > group.start.date() {
            TimeOfDay::END_OF_DAY
        } else {
            group.end.time()
        };
        if start != a_start || end != b_end {
            let titles: Vec<Arg> = group
                .sessions
                .iter()
                .map(|s| {
                    Message::new("annex-quoted")
                        .with("title", crate::translations::session_title(self.tt, s))
                        .into()
                })
                .collect();
            let name = |s: &SlotInfo| Arg::title(&s.names, s.name.clone());
            let slot = if first == last {
                Message::new("annex-slot").with("slot", name(a))
            } else {
                Message::new("annex-slots")
                    .with("first", name(a))
                    .with("last", name(b))
            };
            self.warnings.push(Warning::new(
                Message::new("annex-times-differ")
                    .with("count", titles.len())
                    .with("sessions", Arg::List(titles))
                    .with("date", group.start.date().to_string())
                    .with("start", start)
                    .with("end", end)
                    .with("slot", slot.with("start", a_start).with("end", b_end)),
                group.sessions.iter().map(|s| s.id.clone()).collect(),
            ));
        }
    }

    /// Days and runs of days off, in date order, for the column layouts.
    fn column_groups(&self, has_sessions: impl Fn(NaiveDate) -> bool) -> Vec<ColumnGroup> {
        let mut groups = Vec::new();
        let mut off = Vec::new();
        for day in &self.tt.days {
            if day.kind != DayKind::Working && !has_sessions(day.date) {
                off.push(day.date);
                continue;
            }
            if !off.is_empty() {
                groups.push(ColumnGroup::Off(std::mem::take(&mut off)));
            }
            groups.push(ColumnGroup::Day(day.date));
        }
        if !off.is_empty() {
            groups.push(ColumnGroup::Off(off));
        }
        groups
    }
}

/// A small meeting for the layouts' unit tests: Monday 18 to Monday 25 September 2017
/// with the weekend between, two slots (09:00-12:30, 14:00-17:30) with coffee breaks of
/// 30 minutes, a Study Group with one Working Party and two Questions under it.
#[cfg(test)]
pub(super) mod fixture {
    use crate::model::{Lang, Placement, SessionId, Timetable};

    /// A session of the test meeting: `(id, title, bodies, start, end, annex)`, `start`
    /// and `end` as "YYYY-MM-DDTHH:MM".
    pub type Spec<'a> = (&'a str, &'a str, &'a [&'a str], &'a str, &'a str, &'a str);

    /// The meeting with `sessions`.
    pub fn meeting(sessions: &[Spec]) -> Timetable {
        let sessions: Vec<serde_json::Value> = sessions
            .iter()
            .map(|(id, title, bodies, start, end, annex)| {
                serde_json::json!({
                    "id": id, "title": { "en": title }, "kind": "question",
                    "bodies": bodies, "placement": { "start": start, "end": end },
                    "annex": annex,
                })
            })
            .collect();
        let days: Vec<serde_json::Value> = (18..=25)
            .map(|d| {
                let kind = if matches!(d, 23 | 24) {
                    "weekend"
                } else {
                    "working"
                };
                serde_json::json!({ "date": format!("2017-09-{d}"), "kind": kind })
            })
            .collect();
        let document = serde_json::json!({
            "format": "plenary", "version": 3,
            "meeting": {
                "title": { "en": "Study Group 99" }, "venue": "Geneva",
                "timeZone": "Europe/Zurich", "languages": ["en"],
                "hours": { "start": "09:00", "end": "17:30" }, "interpreterTeams": 1,
            },
            "days": days,
            "slots": [
                { "id": "am", "name": { "en": "Morning" }, "start": "09:00", "end": "12:30" },
                { "id": "pm", "name": { "en": "Afternoon" }, "start": "14:00", "end": "17:30" },
            ],
            "breaks": [
                { "id": "c1", "name": { "en": "Coffee" }, "kind": "coffee",
                  "start": "10:30", "end": "11:00" },
                { "id": "c2", "name": { "en": "Coffee" }, "kind": "coffee",
                  "start": "15:30", "end": "16:00" },
            ],
            "rooms": [], "persons": [],
            "bodies": [
                { "id": "sg", "name": { "en": "Study Group 99" }, "short": "SG99",
                  "kind": "studyGroup" },
                { "id": "qb", "name": { "en": "Question 2/99" }, "short": "Q2/99",
                  "kind": "question", "parent": "wp" },
                { "id": "qa", "name": { "en": "Question 1/99" }, "short": "Q1/99",
                  "kind": "question", "parent": "wp" },
                { "id": "wp", "name": { "en": "Working Party 1/99" }, "short": "WP1/99",
                  "kind": "workingParty", "parent": "sg" },
            ],
            "sessions": sessions, "constraints": [], "acknowledgements": [],
        });
        crate::document::load(&document.to_string()).expect("the test meeting is valid")
    }

    /// Moves session `id` to `start`-`end`.
    pub fn place(tt: &mut Timetable, id: &str, start: &str, end: &str) {
        let session = tt
            .sessions
            .get_mut(&SessionId::from(id))
            .expect("the session exists");
        session.placement = Some(Placement {
            start: start.parse().expect("a stamp"),
            end: end.parse().expect("a stamp"),
        });
    }

    /// Makes session `id` a point in time (or open-ended) at `start`.
    pub fn point(tt: &mut Timetable, id: &str, start: &str, timing: crate::model::Timing) {
        place(tt, id, start, start);
        let session = tt
            .sessions
            .get_mut(&SessionId::from(id))
            .expect("the session exists");
        session.timing = timing;
        assert!(tt.validate().is_empty(), "{:?}", tt.validate());
    }

    /// The annex of `tt` in `layout`, in English.
    pub fn build(tt: &Timetable, layout: crate::annex::Layout) -> crate::annex::Annex {
        super::build(tt, &crate::annex::Options::new(layout, Lang::En))
    }

    /// The items of every line of a cell, as texts.
    pub fn items(cell: &crate::annex::Cell) -> Vec<Vec<String>> {
        cell.lines
            .iter()
            .map(|l| l.items.iter().map(|i| i.text.clone()).collect())
            .collect()
    }

    /// Asserts the annex's table is well formed: every header row and every body row
    /// spans all the columns.
    pub fn assert_spans_add_up(annex: &crate::annex::Annex) {
        let columns = annex.columns.len();
        for (i, row) in annex.head.iter().enumerate() {
            let spans: usize = row.iter().map(|c| c.span).sum();
            assert_eq!(
                spans,
                1 + columns,
                "header row {i} covers the corner and every column"
            );
        }
        for row in &annex.rows {
            let spans: usize = row.cells.iter().map(|c| c.span).sum();
            assert_eq!(spans, columns, "row {:?} covers every column", row.header);
        }
    }
}
