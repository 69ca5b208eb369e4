//! The notes under the annex table, derived from the sessions before any layout is drawn
//! (an item's marker is its note's number), then put in the user's order with the user's
//! texts ([`crate::annex::notes`]).
//!
//! ## Rules
//! 1. A note is derived for every placed session whose placement is `note` or `both`; in the
//!    bodies layout also for a `cell` session held jointly by several bodies or whose times
//!    differ from its slot's times that day (the cell only says that a body meets; a slot's
//!    other times on a day are in the standard-hours note, not a note per session). A `cell` session
//!    placed outside the meeting's days has no row to show in, so it gets a note too, with
//!    a warning.
//!    The times follow the wording after a colon, or replace `{times}` where the wording
//!    has it ("Welcome ... building: {times}; meeting point at reception").
//! 2. Sessions with the same note wording (`annexNote`, else the title) and tentative flag
//!    share one note that lists all their dates and times.
//! 3. Notes are ordered by the start of their first session (then by session id), and the
//!    standard-hours note ("All other sessions: 09:00-12:30 and 14:00-17:30, with 30-minute
//!    coffee breaks") comes last; it lists the slots' standard times, then in the same line
//!    the working days on which a slot has other times ("except Friday 20 September:
//!    09:00-12:00"), and, when every standard coffee break has the same length, that length.
//! 4. An item whose sessions have a note carries the lowest such note number as marker.
//! 5. A `cell` item whose times differ from its slot's standard times and that no note
//!    explains gets a warning in the export report, not a note: `cell` means "in a cell
//!    only" in the model, and the seed letter indeed gives no note for the opening plenary
//!    at 11:00.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::{Ctx, DerivedNote, day_times, note_wording_of};
use crate::annex::{Layout, Note, Warning};
use crate::messages::Message;
use crate::model::{AnnexPlacement, Lang, Placement, Session, Text};

/// Where a note wording (`annexNote`) wants the times, if not at its end.
pub const TIMES: &str = "{times}";

impl<'a> Ctx<'a> {
    pub(super) fn notes(&mut self, layout: Layout) -> Vec<Note> {
        let mut noted: Vec<&'a Session> = Vec::new();
        for s in self.tt.sessions.values() {
            let Some(p) = s.placement else { continue };
            let on_meeting_day = self.tt.day(p.start.date()).is_some();
            let wanted = match s.annex {
                AnnexPlacement::Note | AnnexPlacement::Both => true,
                AnnexPlacement::Hidden => false,
                AnnexPlacement::Cell => {
                    if !on_meeting_day {
                        self.warnings.push(Warning::new(
                            Message::new("annex-outside-days")
                                .with("session", crate::translations::session_title(self.tt, s))
                                .with("date", p.start.date().to_string()),
                            vec![s.id.clone()],
                        ));
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
                Some(lang) => crate::annex::isolate(
                    &format!("{}{subject}", crate::annex::fallback_mark(lang)),
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
            let key = crate::annex::notes::session_note_key(sessions.iter().map(|s| &s.id));
            derived.push((key, text, times, sessions, fallback));
        }
        // The agenda gives every item its time: no standard hours to state.
        if let Some((text, times)) = self.standard_hours().filter(|_| layout != Layout::Agenda) {
            derived.push((
                crate::annex::notes::HOURS_KEY.to_owned(),
                text,
                times,
                Vec::new(),
                None,
            ));
        }

        self.free_notes(&mut derived);

        // The user's order and texts (see `notes.rs`).
        let overrides = &self.tt.annex_notes;
        for entry in overrides {
            if !derived.iter().any(|d| d.0 == entry.key)
                && !crate::annex::notes::is_free(&entry.key)
            {
                self.warnings.push(Warning::new(
                    Message::new("annex-override-matches-no-note")
                        .with("key", &entry.key)
                        .with("layout", layout.name()),
                    Vec::new(),
                ));
            }
        }
        let keys: Vec<&str> = derived.iter().map(|d| d.0.as_str()).collect();
        let order = crate::annex::notes::final_order(&keys, overrides);
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
            let free = crate::annex::notes::is_free(&key);
            notes.push(Note {
                number,
                key,
                text,
                derived: derived_text,
                overridden: own.is_some() && !free,
                ordered: entry.is_some_and(|e| e.ordered),
                changed: false,
                sessions: sessions.iter().map(|s| s.id.clone()).collect(),
                fallback: if own.is_some() { None } else { fallback },
            });
        }
        self.marks(layout, &notes);
        notes
    }

    /// Appends the user's free notes to `derived`, in the order of their entries (so a new
    /// free note comes last until the user moves it). A free note says its text in the annex
    /// language, else in English, else in any language, with the fallback mark; one with no
    /// text at all is left out with a warning.
    fn free_notes(&mut self, derived: &mut Vec<DerivedNote<'a>>) {
        for entry in &self.tt.annex_notes {
            if !crate::annex::notes::is_free(&entry.key) || derived.iter().any(|d| d.0 == entry.key)
            {
                continue;
            }
            let found = entry
                .text
                .get(&self.lang)
                .map(|t| (None, t))
                .or_else(|| entry.text.get(&Lang::En).map(|t| (Some(Lang::En), t)))
                .or_else(|| entry.text.iter().next().map(|(l, t)| (Some(*l), t)));
            let Some((fallback, text)) = found else {
                self.warnings.push(Warning::new(
                    Message::new("annex-free-note-empty").with("key", &entry.key),
                    Vec::new(),
                ));
                continue;
            };
            let text = match fallback {
                Some(lang) => {
                    self.warnings.push(Warning::new(
                        Message::new("annex-free-note-fallback")
                            .with("key", &entry.key)
                            .with("lang", self.lang.code())
                            .with("used", lang.code()),
                        Vec::new(),
                    ));
                    crate::annex::isolate(
                        &format!("{}{text}", crate::annex::fallback_mark(lang)),
                        lang,
                        self.strings.direction,
                    )
                }
                None => text.clone(),
            };
            derived.push((entry.key.clone(), text, String::new(), Vec::new(), fallback));
        }
    }

    /// Gives each session marked with a note ([`Session::annex_mark`]) that note's number as
    /// a marker too (the lowest number wins where a session has several); a mark that names
    /// no note of `layout` is ignored with a warning.
    fn marks(&mut self, layout: Layout, notes: &[Note]) {
        for s in self.tt.sessions.values() {
            let Some(key) = &s.annex_mark else { continue };
            if s.placement.is_none() || s.annex == AnnexPlacement::Hidden {
                continue;
            }
            match notes.iter().find(|n| &n.key == key) {
                Some(n) => {
                    let number = self.note_of.entry(&s.id).or_insert(n.number);
                    *number = (*number).min(n.number);
                }
                None => self.warnings.push(Warning::new(
                    Message::new("annex-mark-matches-no-note")
                        .with("session", crate::translations::session_title(self.tt, s))
                        .with("key", key)
                        .with("layout", layout.name()),
                    vec![s.id.clone()],
                )),
            }
        }
    }

    /// Whether `p` fills one slot exactly, at the slot's times on its day (a Friday session
    /// at the Friday morning's own 09:00-12:00 does; the hours note gives those times).
    fn fits_one_slot(&self, p: &Placement) -> bool {
        let times = day_times(p);
        let date = p.start.date();
        self.slots.iter().any(|s| s.times_on(date) == times)
    }

    /// "18 September 14:00-17:00 and 28 September 09:00-10:30"; a date with several
    /// times: "20 September 09:30-12:30 and 14:00-17:30".
    pub(super) fn occurrences(&self, sessions: &[&Session]) -> String {
        let mut by_date: BTreeMap<NaiveDate, Vec<String>> = BTreeMap::new();
        for s in sessions {
            let Some(p) = s.placement else { continue };
            let range = if super::is_point(s) {
                self.start_text(s)
            } else if p.end.date() > p.start.date() {
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
        let except = self.other_slot_times();
        Some((self.strings.standard_hours(&times, &except, minutes), times))
    }

    /// The working days on which some slot has other times, in date order, each worded with
    /// those times ("Friday 20 September: 09:00-12:00"), for the standard-hours note.
    fn other_slot_times(&self) -> Vec<String> {
        let dates: BTreeSet<NaiveDate> = self
            .slots
            .iter()
            .flat_map(|s| s.days.keys().copied())
            .filter(|d| {
                self.tt
                    .day(*d)
                    .is_some_and(|d| d.kind == crate::model::DayKind::Working)
            })
            .collect();
        dates
            .into_iter()
            .filter_map(|date| {
                let times: Vec<String> = self
                    .slots
                    .iter()
                    .filter(|s| s.days.contains_key(&date))
                    .map(|s| {
                        let (start, end) = s.times_on(date);
                        self.strings.range(start, end)
                    })
                    .collect();
                (!times.is_empty()).then(|| {
                    self.strings.except_day(
                        &self.dates.weekday(date),
                        &self.dates.month_day(date),
                        &self.strings.list(&times),
                    )
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::annex::Layout;
    use crate::annex::build::fixture::{build, meeting};

    fn texts(a: &crate::annex::Annex) -> Vec<&str> {
        a.notes.iter().map(|n| n.text.as_str()).collect()
    }

    #[test]
    fn sessions_with_one_wording_share_a_note_and_the_standard_hours_come_last() {
        let tt = meeting(&[
            (
                "v2",
                "Visit",
                &[],
                "2017-09-20T14:00",
                "2017-09-20T15:00",
                "note",
            ),
            (
                "v1",
                "Visit",
                &[],
                "2017-09-18T14:00",
                "2017-09-18T15:00",
                "note",
            ),
            (
                "m",
                "Lunch talk",
                &[],
                "2017-09-19T12:45",
                "2017-09-19T13:30",
                "both",
            ),
        ]);
        let a = build(&tt, Layout::Days);
        assert_eq!(
            texts(&a),
            [
                "Visit: 18 September 14:00-15:00 and 20 September 14:00-15:00.",
                "Lunch talk: 19 September 12:45-13:30.",
                "All other sessions: 09:00-12:30 and 14:00-17:30, with 30-minute coffee breaks.",
            ],
            "ordered by their first session; the standard hours with the one coffee length"
        );
        assert_eq!(a.notes[2].key, crate::annex::notes::HOURS_KEY);
    }

    #[test]
    fn times_go_where_the_wording_asks_for_them() {
        let tt = meeting(&[(
            "tour",
            "Tour: {times}; meet at reception",
            &[],
            "2017-09-18T13:00",
            "2017-09-18T13:30",
            "note",
        )]);
        let a = build(&tt, Layout::Days);
        assert_eq!(
            texts(&a)[0],
            "Tour: 18 September 13:00-13:30; meet at reception."
        );
    }

    #[test]
    fn free_notes_come_last_and_a_marked_session_carries_their_marker() {
        use crate::model::{AnnexNote, Lang, MarkerStyle, SessionId};
        let mut tt = meeting(&[
            (
                "dinner",
                "Dinner",
                &[],
                "2017-09-18T19:00",
                "2017-09-18T21:00",
                "note",
            ),
            (
                "q1",
                "Q1/12",
                &[],
                "2017-09-19T09:00",
                "2017-09-19T12:30",
                "cell",
            ),
        ]);
        tt.annex_notes.push(AnnexNote {
            key: "free:badges".into(),
            ordered: false,
            text: [(Lang::En, "Badges at the entrance.".to_owned())].into(),
        });
        tt.sessions[&SessionId::from("q1")].annex_mark = Some("free:badges".into());
        tt.meeting.note_style.markers = MarkerStyle::ParenLetters;
        let a = build(&tt, Layout::Days);
        let keys: Vec<&str> = a.notes.iter().map(|n| n.key.as_str()).collect();
        assert_eq!(keys, ["session:dinner", "hours", "free:badges"]);
        assert_eq!(a.notes[2].text, "Badges at the entrance.");
        let q1 = a
            .rows
            .iter()
            .flat_map(|r| &r.cells)
            .flat_map(|c| &c.lines)
            .flat_map(|l| &l.items)
            .find(|i| i.text == "Q1/12")
            .expect("Q1/12 has a cell");
        assert_eq!(q1.marker.map(|n| a.marker(n)).as_deref(), Some("(c)"));
        assert_eq!(a.note_label(3), "(c)");

        // Hidden markers: the cells carry none, the notes keep their numbers.
        tt.meeting.note_style.hide_markers = true;
        let a = build(&tt, Layout::Days);
        assert!(
            a.rows
                .iter()
                .flat_map(|r| &r.cells)
                .flat_map(|c| &c.lines)
                .flat_map(|l| &l.items)
                .all(|i| i.marker.is_none())
        );
        assert_eq!(a.notes.len(), 3);

        // A mark naming no note is ignored with a warning.
        tt.sessions[&SessionId::from("q1")].annex_mark = Some("session:gone".into());
        let a = build(&tt, Layout::Days);
        assert!(
            a.warnings
                .iter()
                .any(|w| w.message.contains("'session:gone', which is not a note")),
            "{:?}",
            a.warnings
        );
    }

    #[test]
    fn the_heading_is_the_documents_own_in_its_languages() {
        use crate::model::Lang;
        let mut tt = meeting(&[]);
        tt.meeting
            .note_style
            .heading
            .insert(Lang::En, "Notes by TSB:".into());
        assert_eq!(build(&tt, Layout::Days).notes_heading, "Notes by TSB:");
        let options = crate::annex::Options::new(Layout::Days, Lang::Fr);
        assert_eq!(
            crate::annex::build(&tt, &options).notes_heading,
            "Notes\u{a0}:",
            "a language without one gets the usual heading"
        );
    }

    #[test]
    fn bodies_layout_notes_a_joint_cell_session_the_others_do_not() {
        let tt = meeting(&[(
            "joint",
            "Joint meeting",
            &["qa", "qb"],
            "2017-09-18T09:00",
            "2017-09-18T12:30",
            "cell",
        )]);
        let notes_in = |layout| build(&tt, layout).notes.len();
        assert_eq!(notes_in(Layout::Days), 1, "the standard hours only");
        assert_eq!(
            notes_in(Layout::Bodies),
            2,
            "the joint session, then the standard hours"
        );
    }

    /// Friday morning 09:00-12:00 in a meeting whose mornings run 09:00-12:30.
    fn with_a_short_friday_morning(
        sessions: &[crate::annex::build::fixture::Spec],
    ) -> crate::model::Timetable {
        let mut tt = meeting(sessions);
        tt.slots[0].days.insert(
            "2017-09-22".parse().expect("a date"),
            crate::model::Hours {
                start: "09:00".parse().expect("a time"),
                end: "12:00".parse().expect("a time"),
            },
        );
        tt
    }

    #[test]
    fn a_slots_other_times_on_a_day_are_in_the_hours_note_not_a_note_per_session() {
        let tt = with_a_short_friday_morning(&[
            (
                "f1",
                "Question 1/99",
                &["qa"],
                "2017-09-22T09:00",
                "2017-09-22T12:00",
                "cell",
            ),
            (
                "f2",
                "Question 2/99",
                &["qb"],
                "2017-09-22T09:00",
                "2017-09-22T12:00",
                "cell",
            ),
        ]);
        let a = build(&tt, Layout::Bodies);
        assert_eq!(
            texts(&a),
            [
                "All other sessions: 09:00-12:30 and 14:00-17:30, except Friday 22 September: \
                 09:00-12:00, with 30-minute coffee breaks."
            ],
            "the sessions fill the Friday morning as it is that day: no note of their own"
        );
    }

    #[test]
    fn the_hours_note_names_the_other_times_in_one_line_in_every_language() {
        let tt = with_a_short_friday_morning(&[]);
        for lang in crate::model::Lang::ALL {
            let a =
                crate::annex::build::build(&tt, &crate::annex::Options::new(Layout::Days, lang));
            let hours = &a.notes.last().expect("the hours note").text;
            assert!(
                hours.contains("12:00") && hours.contains("22") && !hours.contains('\n'),
                "{lang:?}: {hours}"
            );
            assert_eq!(a.notes.len(), 1, "{lang:?}: one note");
        }
        let fr = crate::annex::build::build(
            &tt,
            &crate::annex::Options::new(Layout::Days, crate::model::Lang::Fr),
        );
        assert!(
            fr.notes[0]
                .text
                .contains("sauf le vendredi 22 septembre\u{a0}: 09:00-12:00"),
            "{}",
            fr.notes[0].text
        );
    }
}
