//! From a timetable to an [`Annex`]: the rules that turn exact session times into half-day
//! cells and numbered notes. Deterministic: the same timetable and options always give the
//! same annex, and the structure (which items, lines, spans, note numbers) does not depend
//! on the language, only the texts do.
//!
//! ## Cells (days layout)
//! 1. A session is *in the table* when it is placed and its annex placement is `cell` or
//!    `both`; it belongs to the day it starts on and to every slot it overlaps (a session
//!    overlapping no slot, such as one over lunch or in the evening, goes to the nearest
//!    slot, the earlier one on a tie).
//! 2. In one day and slot, sessions with the same label (their `annexLabel`, else their
//!    title, compared in all languages at once) and the same tentative flag form one *item*.
//! 3. An item that is the only item of two or more consecutive slots of a day, and whose
//!    sessions run one after another (no two overlap), fills one cell across those slots
//!    (the seed's Working Party closings). Parallel sessions (the Question meetings) keep
//!    one cell per slot even when their label repeats.
//! 4. In a slot, items are taken in time order and chained: an item joins the first line
//!    whose last item ends when or before it starts ("A, then B"); otherwise it opens a new
//!    line (parallel items, as the BSG training beside the Question meetings). Lines are
//!    ordered by when their first item's label first occurs that day, so the same label
//!    keeps the same line in the morning and the afternoon.
//! 5. Consecutive non-working days without sessions in the table collapse into one
//!    "Weekend" row with one empty cell across all slots. A non-working day that has such
//!    sessions gets a row of its own.
//!
//! ## Notes
//! 1. A note is derived for every placed session whose placement is `note` or `both`; in the
//!    bodies layout also for a `cell` session held jointly by several bodies or whose times
//!    differ from its slot's (the cell only says that a body meets). A `cell` session
//!    placed outside the meeting's days has no row to show in, so it gets a note too, with
//!    a warning.
//!    The times follow the wording after a colon, or replace `{times}` where the wording
//!    has it ("Welcome ... building: {times}; meeting point at reception").
//! 2. Sessions with the same note wording (`annexNote`, else the title) and tentative flag
//!    share one note that lists all their dates and times.
//! 3. Notes are ordered by the start of their first session (then by session id), and the
//!    standard-hours note ("All other sessions: 09:00-12:30 and 14:00-17:30, with 30-minute
//!    coffee breaks") comes last; it lists the slots' standard times and, when every
//!    standard coffee break has the same length, that length.
//! 4. An item whose sessions have a note carries the lowest such note number as marker.
//! 5. A `cell` item whose times differ from its slot's standard times and that no note
//!    explains gets a warning in the export report, not a note: `cell` means "in a cell
//!    only" in the model, and the seed letter indeed gives no note for the opening plenary
//!    at 11:00.
//!
//! Texts come from the document in the annex language; a missing one falls back to English,
//! then to any language, with a visible mark (`"[en] "`) and a warning.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::{Annex, Cell, Column, HeadCell, Item, Layout, Line, Note, Options, Row, Warning};
use crate::i18n::{self, Dates, Strings};
use crate::model::{AnnexPlacement, DayKind, Lang, Placement, Session, SessionId, Text, Timetable};
use crate::time::{Stamp, TimeOfDay};

/// Where a note wording (`annexNote`) wants the times, if not at its end.
pub const TIMES: &str = "{times}";

/// A slot as the annex uses it.
struct SlotInfo {
    name: String,
    start: TimeOfDay,
    end: TimeOfDay,
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
    };
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
        notes_heading: strings.notes.to_owned(),
        notes,
        changes,
        warnings: ctx.warnings,
    }
}

/// Start and end of a placement as times of its start day; a session running past
/// midnight ends at the end of that day.
fn day_times(p: &Placement) -> (TimeOfDay, TimeOfDay) {
    let end = if p.end.date() > p.start.date() {
        TimeOfDay::END_OF_DAY
    } else {
        p.end.time()
    };
    (p.start.time(), end)
}

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

fn any_overlap(sessions: &[&Session]) -> bool {
    let mut placements: Vec<Placement> = sessions.iter().filter_map(|s| s.placement).collect();
    placements.sort_by_key(|p| (p.start, p.end));
    placements.windows(2).any(|w| w[0].overlaps(&w[1]))
}

impl<'a> Ctx<'a> {
    fn slot_infos(&mut self) -> Vec<SlotInfo> {
        let mut slots: Vec<SlotInfo> = Vec::new();
        for slot in self.tt.slots.values() {
            let name = match slot.name.get(&self.lang) {
                Some(n) => n.clone(),
                None => self.strings.slot_name(slot.start).to_owned(),
            };
            slots.push(SlotInfo {
                name,
                start: slot.start,
                end: slot.end,
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
                    self.warnings.push(Warning {
                        message: format!(
                            "session {session}: no {} {what}; used the {} one, marked [{}]",
                            self.lang.code(),
                            lang.code(),
                            lang.code()
                        ),
                        sessions: vec![session.clone()],
                    });
                }
                (t.clone(), Some(lang))
            }
            None => (session.to_string(), None),
        }
    }

    fn header_of_day(&self, date: NaiveDate) -> Vec<String> {
        vec![self.dates.weekday(date), self.dates.month_day(date)]
    }

    fn off_label(&self, dates: &[NaiveDate]) -> String {
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

    /// The slots a placement shows in: those it overlaps, else the nearest one.
    fn slots_of(&self, p: &Placement) -> Vec<usize> {
        let (start, end) = day_times(p);
        let overlapping: Vec<usize> = self
            .slots
            .iter()
            .enumerate()
            .filter(|(_, s)| start < s.end && s.start < end)
            .map(|(i, _)| i)
            .collect();
        if !overlapping.is_empty() {
            return overlapping;
        }
        let distance = |s: &SlotInfo| -> u32 {
            if end <= s.start {
                s.start.minutes() - end.minutes()
            } else {
                start.minutes().saturating_sub(s.end.minutes())
            }
        };
        self.slots
            .iter()
            .enumerate()
            .min_by_key(|(i, s)| (distance(s), *i))
            .map(|(i, _)| vec![i])
            .unwrap_or_default()
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
        let start = group.start.time();
        let end = if group.end.date() > group.start.date() {
            TimeOfDay::END_OF_DAY
        } else {
            group.end.time()
        };
        if start != a.start || end != b.end {
            let names = group
                .sessions
                .iter()
                .map(|s| s.id.to_string())
                .collect::<Vec<_>>()
                .join(", ");
            let slot = if first == last {
                format!("{} {}-{}", a.name, a.start, a.end)
            } else {
                format!("{} to {} {}-{}", a.name, b.name, a.start, b.end)
            };
            self.warnings.push(Warning {
                message: format!(
                    "{names}: {} {start}-{end} differs from {slot} and no note gives its \
                     times (annex \"cell\" shows no note; set it to \"both\" to add one)",
                    group.start.date()
                ),
                sessions: group.sessions.iter().map(|s| s.id.clone()).collect(),
            });
        }
    }

    // ---------------------------------------------------------------- change marks

    /// Marks items, cells and notes whose sessions are in `changes.changed`; the legend.
    fn mark_changes(
        &mut self,
        changes: &super::Changes,
        rows: &mut [super::Row],
        notes: &mut [Note],
    ) -> super::ChangeLegend {
        let touched = |ids: &[SessionId]| ids.iter().any(|id| changes.changed.contains(id));
        for row in rows.iter_mut() {
            for cell in &mut row.cells {
                for line in &mut cell.lines {
                    for item in &mut line.items {
                        item.changed = touched(&item.sessions);
                        cell.changed |= item.changed;
                    }
                }
            }
        }
        for note in notes.iter_mut() {
            note.changed = touched(&note.sessions);
        }
        let removed: Vec<String> = changes
            .removed
            .iter()
            .map(|s| {
                let (name, fallback) = self.pick(label_of(s), &s.id, "annex label or title");
                let name = match fallback {
                    Some(lang) => super::isolate(
                        &format!("{}{name}", super::fallback_mark(lang)),
                        lang,
                        self.strings.direction,
                    ),
                    None => name,
                };
                let times = self.occurrences(&[s]);
                if self.lang == Lang::Zh {
                    format!("{name}（{times}）")
                } else {
                    format!("{name} ({times})")
                }
            })
            .collect();
        let label = i18n::label_in(self.lang, &changes.since);
        super::ChangeLegend {
            mark: i18n::CHANGE_MARK.to_owned(),
            legend: self.strings.changed_since.replace("{label}", &label),
            removed: (!removed.is_empty()).then(|| {
                format!(
                    "{}{}{}",
                    self.strings.removed_since.replace("{label}", &label),
                    removed.join(self.strings.semicolon),
                    self.strings.full_stop
                )
            }),
        }
    }

    // ---------------------------------------------------------------- notes

    fn notes(&mut self, layout: Layout) -> Vec<Note> {
        let mut noted: Vec<&'a Session> = Vec::new();
        for s in self.tt.sessions.values() {
            let Some(p) = s.placement else { continue };
            let on_meeting_day = self.tt.day(p.start.date()).is_some();
            let wanted = match s.annex {
                AnnexPlacement::Note | AnnexPlacement::Both => true,
                AnnexPlacement::Hidden => false,
                AnnexPlacement::Cell => {
                    if !on_meeting_day {
                        self.warnings.push(Warning {
                            message: format!(
                                "session {}: on {}, outside the meeting's days, so it has no \
                                 row; shown in a note instead",
                                s.id,
                                p.start.date()
                            ),
                            sessions: vec![s.id.clone()],
                        });
                        true
                    } else if layout == Layout::Bodies {
                        s.bodies.len() > 1 || !self.fits_one_slot(&p)
                    } else {
                        false
                    }
                }
            };
            if wanted {
                noted.push(s);
            }
        }

        // Group by wording and tentative flag, keeping the first session's position.
        let mut groups: Vec<((&Text, bool), Vec<&'a Session>)> = Vec::new();
        for s in noted {
            let key = (note_wording_of(s), s.tentative);
            match groups.iter_mut().find(|(k, _)| *k == key) {
                Some((_, v)) => v.push(s),
                None => groups.push((key, vec![s])),
            }
        }
        for (_, sessions) in &mut groups {
            sessions.sort_by_key(|s| (s.placement.map(|p| (p.start, p.end)), s.id.clone()));
        }
        groups.sort_by_key(|(_, v)| (v[0].placement.map(|p| (p.start, p.end)), v[0].id.clone()));

        // Derived notes: (key, text, times, sessions, fallback), in derived order.
        let mut derived: Vec<DerivedNote<'a>> = Vec::new();
        for ((wording, tentative), sessions) in groups {
            let (subject, fallback) = self.pick(wording, &sessions[0].id, "note wording");
            let mut text = String::new();
            if tentative {
                text.push_str(self.strings.tbd);
            }
            let subject = subject.trim_end_matches(['.', '。']);
            let subject = match fallback {
                Some(lang) => super::isolate(
                    &format!("{}{subject}", super::fallback_mark(lang)),
                    lang,
                    self.strings.direction,
                ),
                None => subject.to_owned(),
            };
            let times = self.occurrences(&sessions);
            if subject.contains(TIMES) {
                text.push_str(&subject.replacen(TIMES, &times, 1));
            } else {
                text.push_str(&subject);
                text.push_str(self.strings.colon);
                text.push_str(&times);
            }
            text.push_str(self.strings.full_stop);
            let key = super::notes::session_note_key(sessions.iter().map(|s| &s.id));
            derived.push((key, text, times, sessions, fallback));
        }
        if let Some((text, times)) = self.standard_hours() {
            derived.push((
                super::notes::HOURS_KEY.to_owned(),
                text,
                times,
                Vec::new(),
                None,
            ));
        }

        // The user's order and texts (see `notes.rs`).
        let overrides = &self.tt.annex_notes;
        for entry in overrides {
            if !derived.iter().any(|d| d.0 == entry.key) {
                self.warnings.push(Warning {
                    message: format!(
                        "annex note override '{}' matches no note of the {layout} layout; \
                         ignored",
                        entry.key
                    ),
                    sessions: Vec::new(),
                });
            }
        }
        let keys: Vec<&str> = derived.iter().map(|d| d.0.as_str()).collect();
        let order = super::notes::final_order(&keys, overrides);
        let mut slots: Vec<Option<_>> = derived.into_iter().map(Some).collect();
        let mut notes = Vec::new();
        for i in order {
            let Some((key, derived_text, times, sessions, fallback)) = slots[i].take() else {
                continue;
            };
            let number = notes.len() as u32 + 1;
            let entry = overrides.iter().find(|e| e.key == key);
            let own = entry.and_then(|e| e.text.get(&self.lang));
            let text = match own {
                Some(t) => t.replace(TIMES, &times),
                None => derived_text.clone(),
            };
            for s in &sessions {
                self.note_of.insert(&s.id, number);
            }
            notes.push(Note {
                number,
                key,
                text,
                derived: derived_text,
                overridden: own.is_some(),
                ordered: entry.is_some_and(|e| e.ordered),
                changed: false,
                sessions: sessions.iter().map(|s| s.id.clone()).collect(),
                fallback: if own.is_some() { None } else { fallback },
            });
        }
        notes
    }

    fn fits_one_slot(&self, p: &Placement) -> bool {
        let (start, end) = day_times(p);
        self.slots.iter().any(|s| s.start == start && s.end == end)
    }

    /// "18 September 14:00-17:00 and 28 September 09:00-10:30"; a date with several
    /// times: "20 September 09:30-12:30 and 14:00-17:30".
    fn occurrences(&self, sessions: &[&Session]) -> String {
        let mut by_date: BTreeMap<NaiveDate, Vec<String>> = BTreeMap::new();
        for s in sessions {
            let Some(p) = s.placement else { continue };
            let range = if p.end.date() > p.start.date() {
                format!(
                    "{}-{}{}{}",
                    self.strings.time(p.start.time()),
                    self.dates.month_day(p.end.date()),
                    self.strings.date_time_gap,
                    self.strings.time(p.end.time())
                )
            } else {
                self.strings.range(p.start.time(), p.end.time())
            };
            let ranges = by_date.entry(p.start.date()).or_default();
            if !ranges.contains(&range) {
                ranges.push(range);
            }
        }
        let several_per_date = by_date.values().any(|r| r.len() > 1);
        let parts: Vec<String> = by_date
            .iter()
            .map(|(date, ranges)| {
                format!(
                    "{}{}{}",
                    self.dates.month_day(*date),
                    self.strings.date_time_gap,
                    self.strings.list(ranges)
                )
            })
            .collect();
        if several_per_date && parts.len() > 1 {
            parts.join(self.strings.semicolon)
        } else {
            self.strings.list(&parts)
        }
    }

    /// The standard-hours note and the times it lists.
    fn standard_hours(&self) -> Option<(String, String)> {
        if self.slots.is_empty() {
            return None;
        }
        let times: Vec<String> = self
            .slots
            .iter()
            .map(|s| self.strings.range(s.start, s.end))
            .collect();
        let coffee: BTreeSet<u32> = self
            .tt
            .breaks
            .values()
            .filter(|b| b.day.is_none() && b.kind == crate::model::BreakKind::Coffee)
            .map(|b| b.end.minutes().saturating_sub(b.start.minutes()))
            .collect();
        let minutes = if coffee.len() == 1 {
            coffee.first().copied()
        } else {
            None
        };
        let times = self.strings.list(&times);
        Some((self.strings.standard_hours(&times, minutes), times))
    }

    // ---------------------------------------------------------------- days layout

    fn days_layout(&mut self) -> (Vec<Vec<HeadCell>>, Vec<Column>, Vec<Row>) {
        let n = self.slots.len();
        let mut head = vec![HeadCell {
            lines: Vec::new(),
            span: 1,
        }];
        head.extend(self.slots.iter().map(|s| HeadCell {
            lines: vec![s.name.clone()],
            span: 1,
        }));
        let columns = vec![Column { narrow: false }; n];
        let mut rows = Vec::new();
        let mut off: Vec<NaiveDate> = Vec::new();
        let days: Vec<(NaiveDate, DayKind)> =
            self.tt.days.iter().map(|d| (d.date, d.kind)).collect();
        for (date, kind) in days {
            let sessions = self.cell_sessions_on(date);
            if kind != DayKind::Working && sessions.is_empty() {
                off.push(date);
                continue;
            }
            self.flush_off(&mut off, &mut rows, n);
            let cells = self.day_cells(&sessions);
            rows.push(Row {
                header: self.header_of_day(date),
                cells,
            });
        }
        self.flush_off(&mut off, &mut rows, n);
        (vec![head], columns, rows)
    }

    fn flush_off(&self, off: &mut Vec<NaiveDate>, rows: &mut Vec<Row>, n: usize) {
        if off.is_empty() {
            return;
        }
        let label = self.off_label(off);
        let all_weekend = label == self.strings.weekend;
        if all_weekend || off.len() > 1 {
            rows.push(Row {
                header: vec![label],
                cells: if n == 0 {
                    Vec::new()
                } else {
                    vec![Cell::empty(n)]
                },
            });
        } else {
            for date in off.iter() {
                let mut header = self.header_of_day(*date);
                header.push(label.clone());
                rows.push(Row {
                    header,
                    cells: if n == 0 {
                        Vec::new()
                    } else {
                        vec![Cell::empty(n)]
                    },
                });
            }
        }
        off.clear();
    }

    fn day_cells(&mut self, sessions: &[&'a Session]) -> Vec<Cell> {
        let n = self.slots.len();
        let per_slot: Vec<Vec<Group<'a>>> = (0..n)
            .map(|k| {
                let in_slot: Vec<&Session> = sessions
                    .iter()
                    .copied()
                    .filter(|s| s.placement.is_some_and(|p| self.slots_of(&p).contains(&k)))
                    .collect();
                Self::groups(&in_slot)
            })
            .collect();

        // The day's label order: by the first time each label occurs.
        let mut order: Vec<(Stamp, &SessionId, (&Text, bool))> = Vec::new();
        for g in per_slot.iter().flatten() {
            if let Some(o) = order.iter_mut().find(|o| o.2 == g.key) {
                if (g.start, &g.sessions[0].id) < (o.0, o.1) {
                    o.0 = g.start;
                    o.1 = &g.sessions[0].id;
                }
            } else {
                order.push((g.start, &g.sessions[0].id, g.key));
            }
        }
        order.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        let rank = |key: (&Text, bool)| order.iter().position(|o| o.2 == key).unwrap_or(0);

        let mut cells = Vec::new();
        let mut k = 0;
        while k < n {
            // Rule 3: a sole, sequential item over consecutive slots fills one cell.
            if per_slot[k].len() == 1 {
                let key = per_slot[k][0].key;
                let mut last = k;
                while last + 1 < n
                    && per_slot[last + 1].len() == 1
                    && per_slot[last + 1][0].key == key
                {
                    last += 1;
                }
                if last > k {
                    let mut merged = per_slot[k][0].clone();
                    for g in &per_slot[k + 1..=last] {
                        for s in &g[0].sessions {
                            if !merged.sessions.iter().any(|m| m.id == s.id) {
                                merged.sessions.push(s);
                            }
                        }
                        merged.start = merged.start.min(g[0].start);
                        merged.end = merged.end.max(g[0].end);
                    }
                    if !any_overlap(&merged.sessions) {
                        self.check_times(&merged, k, last);
                        let item = self.item(&merged, merged.key.0);
                        cells.push(Cell {
                            span: last - k + 1,
                            time: None,
                            lines: vec![Line { items: vec![item] }],
                            filled: false,
                            changed: false,
                        });
                        k = last + 1;
                        continue;
                    }
                }
            }
            let mut lines = Self::chain(per_slot[k].clone());
            lines.sort_by_key(|line| rank(line[0].key));
            let mut out = Vec::new();
            for line in lines {
                let mut items = Vec::new();
                for g in &line {
                    self.check_times(g, k, k);
                    items.push(self.item(g, g.key.0));
                }
                out.push(Line { items });
            }
            cells.push(Cell {
                span: 1,
                time: None,
                lines: out,
                filled: false,
                changed: false,
            });
            k += 1;
        }
        cells
    }

    // ---------------------------------------------------------------- bodies layout

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

    /// Bodies in tree order: each root (Study Groups first), then its children depth
    /// first, Working Parties before Questions before the rest, in document order within
    /// a kind. Only bodies that meet in the table, or have a sub-body that does.
    fn bodies_in_tree_order(&self) -> Vec<&'a crate::model::Body> {
        use crate::model::BodyKind;
        // Other groups (and any kind not listed) after these.
        const ORDER: [BodyKind; 4] = [
            BodyKind::StudyGroup,
            BodyKind::WorkingParty,
            BodyKind::Question,
            BodyKind::Management,
        ];
        let rank = |k: BodyKind| ORDER.iter().position(|o| *o == k).unwrap_or(ORDER.len());
        let meets: BTreeSet<&str> = self
            .tt
            .sessions
            .values()
            .filter(|s| shown_in_cell(s) && s.placement.is_some())
            .flat_map(|s| s.bodies.iter().map(|b| b.as_str()))
            .collect();
        let mut wanted: BTreeSet<&str> = BTreeSet::new();
        for b in &meets {
            for a in self.tt.body_and_ancestors(&crate::model::BodyId::from(*b)) {
                if let Some(body) = self.tt.bodies.get(a) {
                    wanted.insert(body.id.as_str());
                }
            }
        }
        let mut children: BTreeMap<Option<&str>, Vec<&crate::model::Body>> = BTreeMap::new();
        for b in self.tt.bodies.values() {
            let parent = b
                .parent
                .as_ref()
                .filter(|p| self.tt.bodies.contains_key(*p))
                .map(|p| p.as_str());
            children.entry(parent).or_default().push(b);
        }
        for v in children.values_mut() {
            v.sort_by_key(|b| rank(b.kind));
        }
        let mut out = Vec::new();
        let mut seen = BTreeSet::new();
        let mut stack: Vec<&crate::model::Body> = children
            .get(&None)
            .map(|v| v.iter().rev().copied().collect())
            .unwrap_or_default();
        while let Some(b) = stack.pop() {
            if !seen.insert(b.id.as_str()) {
                continue;
            }
            if wanted.contains(b.id.as_str()) {
                out.push(b);
            }
            if let Some(kids) = children.get(&Some(b.id.as_str())) {
                stack.extend(kids.iter().rev().copied());
            }
        }
        out
    }

    fn bodies_layout(&mut self) -> (Vec<Vec<HeadCell>>, Vec<Column>, Vec<Row>) {
        let n = self.slots.len().max(1);
        let groups = self.column_groups(|d| !self.cell_sessions_on(d).is_empty());
        let corner = || HeadCell {
            lines: Vec::new(),
            span: 1,
        };
        let mut top = vec![corner()];
        let mut bottom = vec![corner()];
        let mut columns = Vec::new();
        for g in &groups {
            match g {
                ColumnGroup::Day(date) => {
                    top.push(HeadCell {
                        lines: self.header_of_day(*date),
                        span: n,
                    });
                    for k in 0..n {
                        bottom.push(HeadCell {
                            lines: self
                                .slots
                                .get(k)
                                .map(|s| vec![self.strings.short_slot_name(s.start).to_owned()])
                                .unwrap_or_default(),
                            span: 1,
                        });
                        columns.push(Column { narrow: false });
                    }
                }
                ColumnGroup::Off(dates) => {
                    top.push(HeadCell {
                        lines: vec![self.off_label(dates)],
                        span: 1,
                    });
                    bottom.push(corner());
                    columns.push(Column { narrow: true });
                }
            }
        }
        let bodies = self.bodies_in_tree_order();
        let mut rows = Vec::new();
        for body in bodies {
            let mut cells = Vec::new();
            for g in &groups {
                match g {
                    ColumnGroup::Off(_) => cells.push(Cell::empty(1)),
                    ColumnGroup::Day(date) => {
                        let sessions: Vec<&Session> = self
                            .cell_sessions_on(*date)
                            .into_iter()
                            .filter(|s| s.bodies.contains(&body.id))
                            .collect();
                        for k in 0..n {
                            let here: Vec<&Session> = sessions
                                .iter()
                                .copied()
                                .filter(|s| {
                                    s.placement.is_some_and(|p| self.slots_of(&p).contains(&k))
                                })
                                .collect();
                            if here.is_empty() {
                                cells.push(Cell::empty(1));
                                continue;
                            }
                            // ● meets, ○ meets tentatively (a "TBD: " prefix would not
                            // fit the narrow cells; the note says it in words).
                            let tentative = here.iter().all(|s| s.tentative);
                            let item = Item {
                                text: if tentative { "○" } else { self.strings.meets }.to_owned(),
                                tentative: false,
                                fallback: None,
                                marker: self.marker_of(&here),
                                time: None,
                                sessions: here.iter().map(|s| s.id.clone()).collect(),
                                changed: false,
                            };
                            cells.push(Cell {
                                span: 1,
                                time: None,
                                lines: vec![Line { items: vec![item] }],
                                filled: true,
                                changed: false,
                            });
                        }
                    }
                }
            }
            rows.push(Row {
                header: vec![body.short.clone()],
                cells,
            });
        }
        for s in self.tt.sessions.values() {
            if shown_in_cell(s) && s.placement.is_some() && s.bodies.is_empty() {
                let noted = self.note_of.contains_key(&s.id);
                self.warnings.push(Warning {
                    message: format!(
                        "session {}: has no body, so the bodies layout shows it {}",
                        s.id,
                        if noted { "only in its note" } else { "nowhere" }
                    ),
                    sessions: vec![s.id.clone()],
                });
            }
        }
        (vec![top, bottom], columns, rows)
    }

    // ---------------------------------------------------------------- plan layout

    /// Short code of a session: for a Working Party or Question meeting, its bodies' short
    /// names ("WP1/12", "Q1/12+Q2/12"); for anything else (plenaries, trainings, webinars),
    /// its annex label or title, which says what it is.
    fn code_of(&mut self, s: &'a Session) -> (String, Option<Lang>) {
        use crate::model::SessionKind;
        let by_bodies = matches!(s.kind, SessionKind::WorkingParty | SessionKind::Question);
        if s.bodies.is_empty() || !by_bodies {
            self.pick(label_of(s), &s.id, "annex label or title")
        } else {
            let shorts: Vec<&str> = s
                .bodies
                .iter()
                .map(|b| {
                    self.tt
                        .bodies
                        .get(b)
                        .map_or(b.as_str(), |b| b.short.as_str())
                })
                .collect();
            (shorts.join("+"), None)
        }
    }

    fn plan_layout(&mut self) -> (Vec<Vec<HeadCell>>, Vec<Column>, Vec<Row>) {
        let tree = self.bodies_in_tree_order();
        let groups = self.column_groups(|d| !self.cell_sessions_on(d).is_empty());
        let mut head = vec![HeadCell {
            lines: Vec::new(),
            span: 1,
        }];
        let mut columns = Vec::new();
        for g in &groups {
            let (lines, narrow) = match g {
                ColumnGroup::Day(date) => (self.header_of_day(*date), false),
                ColumnGroup::Off(dates) => (vec![self.off_label(dates)], true),
            };
            head.push(HeadCell { lines, span: 1 });
            columns.push(Column { narrow });
        }
        let mut rows = Vec::new();
        for k in 0..self.slots.len() {
            let (slot_start, slot_end) = (self.slots[k].start, self.slots[k].end);
            let mut cells = Vec::new();
            for g in &groups {
                let ColumnGroup::Day(date) = g else {
                    cells.push(Cell::empty(1));
                    continue;
                };
                let here: Vec<&'a Session> = self
                    .cell_sessions_on(*date)
                    .into_iter()
                    .filter(|s| s.placement.is_some_and(|p| self.slots_of(&p).contains(&k)))
                    .collect();
                if here.is_empty() {
                    cells.push(Cell::empty(1));
                    continue;
                }
                // Group by code, then chain like the days layout.
                let mut by_code: Vec<(String, Option<Lang>, Group<'a>)> = Vec::new();
                for s in &here {
                    let Some(p) = s.placement else { continue };
                    let (code, fallback) = self.code_of(s);
                    match by_code
                        .iter_mut()
                        .find(|(c, _, g)| *c == code && g.key.1 == s.tentative)
                    {
                        Some((_, _, g)) => {
                            g.sessions.push(s);
                            g.start = g.start.min(p.start);
                            g.end = g.end.max(p.end);
                        }
                        None => by_code.push((
                            code,
                            fallback,
                            Group {
                                key: (label_of(s), s.tentative),
                                sessions: vec![s],
                                start: p.start,
                                end: p.end,
                            },
                        )),
                    }
                }
                // Same times: in body tree order (Q4/12 before Q12/12), then by code.
                let body_rank = |g: &Group<'a>| {
                    g.sessions[0]
                        .bodies
                        .first()
                        .and_then(|b| tree.iter().position(|t| &t.id == b))
                        .unwrap_or(usize::MAX)
                };
                by_code.sort_by(|a, b| {
                    let ka = (a.2.start, a.2.end, body_rank(&a.2), &a.0);
                    let kb = (b.2.start, b.2.end, body_rank(&b.2), &b.0);
                    ka.cmp(&kb)
                });
                let start = by_code.iter().map(|c| c.2.start).min();
                let end = by_code.iter().map(|c| c.2.end).max();
                let time = match (start, end) {
                    (Some(a), Some(b)) if a.date() == b.date() => {
                        let (a, b) = (a.time(), b.time());
                        (a != slot_start || b != slot_end).then(|| self.strings.range(a, b))
                    }
                    _ => None,
                };
                let mut lines: Vec<Vec<(String, Option<Lang>, Group<'a>)>> = Vec::new();
                for entry in by_code {
                    match lines
                        .iter_mut()
                        .find(|l| l.last().is_some_and(|last| last.2.end <= entry.2.start))
                    {
                        Some(l) => l.push(entry),
                        None => lines.push(vec![entry]),
                    }
                }
                let lines = lines
                    .into_iter()
                    .map(|line| Line {
                        items: line
                            .into_iter()
                            .map(|(code, fallback, g)| {
                                let (s_start, s_end) = (g.start.time(), g.end.time());
                                let outside = s_end <= slot_start || s_start >= slot_end;
                                Item {
                                    text: code,
                                    tentative: g.key.1,
                                    fallback,
                                    marker: self.marker_of(&g.sessions),
                                    time: outside.then(|| self.strings.time(s_start)),
                                    sessions: g.sessions.iter().map(|s| s.id.clone()).collect(),
                                    changed: false,
                                }
                            })
                            .collect(),
                    })
                    .collect();
                cells.push(Cell {
                    span: 1,
                    time,
                    lines,
                    filled: false,
                    changed: false,
                });
            }
            rows.push(Row {
                header: vec![
                    self.slots[k].name.clone(),
                    self.strings.range(slot_start, slot_end),
                ],
                cells,
            });
        }
        (vec![head], columns, rows)
    }
}
