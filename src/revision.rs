//! What changed between two versions of a timetable: any two revisions, or a revision and
//! the current state.
//!
//! [`diff`] is pure and deterministic. Sessions are matched by their stable id, so a moved
//! session is one change, never a removal and an addition. Days are matched by date. Breaks
//! are matched by id, and then, since importers derive break ids from names, an unmatched
//! removed break and an unmatched added break with the same day and times are paired as one
//! changed (renamed) break.
//!
//! How a placement change is named: the session *moved* when it changed day, or kept its
//! length at another time, or was scheduled or unscheduled; it was *retimed* when it stayed
//! on its day and its length changed (a resize).
//!
//! Limits: changes to the meeting itself, slots, rooms, bodies, persons (as items),
//! constraints, severities and acknowledgements are not listed; a session's other fields
//! (kind, interpretation, attendance, annex wording) are listed by name only
//! ([`Aspect::Other`]).
//!
//! [`summary`] renders a diff as Markdown that also reads as plain text, for the e-mail that
//! goes with a new revision, in any of the six languages (phrases from the reviewed table
//! in `crate::i18n`, dates from ICU4X as in the annex).
//!
//! Why one file of this length: the diff, the comparison of two versions and its wording in
//! six languages change together; the wording is the part to move out when it grows.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{
    Break, BreakId, Day, Lang, Placement, RoomId, Session, SessionId, Text, Timetable, text_in,
};
use crate::time::Stamp;

/// Everything that changed from one timetable to another, in a stable order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct Diff {
    /// Sessions added, removed or changed, in time order (by their new placement, or their
    /// old one when removed or unscheduled; sessions with neither last), then by id.
    pub sessions: Vec<SessionDiff>,
    /// Breaks added, removed or changed, by day (standard breaks first), start, then id.
    pub breaks: Vec<BreakDiff>,
    /// Days added, removed or changed, by date.
    pub days: Vec<DayDiff>,
}

impl Diff {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.sessions.is_empty() && self.breaks.is_empty() && self.days.is_empty()
    }
}

/// One session's change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SessionDiff {
    /// The session.
    pub id: SessionId,
    /// Its title now (or, when removed, its last title).
    pub title: Text,
    /// What happened to it.
    pub change: SessionChange,
}

/// Whether a session is new, gone, or changed in some aspects.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "type")]
pub enum SessionChange {
    /// The session is new.
    #[serde(rename_all = "camelCase")]
    Added {
        /// Where it is placed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        placement: Option<Placement>,
        /// Its room.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        room: Option<RoomId>,
    },
    /// The session is gone.
    #[serde(rename_all = "camelCase")]
    Removed {
        /// Where it used to be.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        placement: Option<Placement>,
        /// The room it used to be in.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        room: Option<RoomId>,
    },
    /// The session is in both, with these differences (never empty).
    #[serde(rename_all = "camelCase")]
    Changed {
        /// What differs, in the order of [`Aspect`]'s variants.
        aspects: Vec<Aspect>,
    },
}

/// One way a session differs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "type")]
pub enum Aspect {
    /// Another day, or another time with the same length, or (un)scheduled.
    #[serde(rename_all = "camelCase")]
    Moved {
        /// Before (`None`: it was unscheduled).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        from: Option<Placement>,
        /// After (`None`: it is unscheduled now).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        to: Option<Placement>,
    },
    /// Same day, another length.
    #[serde(rename_all = "camelCase")]
    Retimed {
        /// Before.
        from: Placement,
        /// After.
        to: Placement,
    },
    /// The title changed in at least one language.
    #[serde(rename_all = "camelCase")]
    Renamed {
        /// Before.
        from: Text,
        /// After.
        to: Text,
    },
    /// Another room.
    #[serde(rename_all = "camelCase")]
    Room {
        /// Before.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        from: Option<RoomId>,
        /// After.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        to: Option<RoomId>,
    },
    /// Other bodies meet (compared as sets; listed sorted).
    #[serde(rename_all = "camelCase")]
    Bodies {
        /// Before.
        from: Vec<crate::model::BodyId>,
        /// After.
        to: Vec<crate::model::BodyId>,
    },
    /// Other persons are needed (compared as sets; listed sorted).
    #[serde(rename_all = "camelCase")]
    Persons {
        /// Before.
        from: Vec<crate::model::PersonId>,
        /// After.
        to: Vec<crate::model::PersonId>,
    },
    /// Tentative ("TBD") or no longer.
    #[serde(rename_all = "camelCase")]
    Tentative {
        /// Before.
        from: bool,
        /// After.
        to: bool,
    },
    /// Exclusive or no longer.
    #[serde(rename_all = "camelCase")]
    Exclusive {
        /// Before.
        from: bool,
        /// After.
        to: bool,
    },
    /// Any other field changed, named as in the file (`kind`, `attendance`, ...).
    #[serde(rename_all = "camelCase")]
    Other {
        /// The fields, in file order.
        fields: Vec<String>,
    },
}

/// One break's change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "type")]
pub enum BreakDiff {
    /// A new break.
    #[serde(rename_all = "camelCase")]
    Added {
        /// The break.
        r#break: Break,
    },
    /// A break that is gone.
    #[serde(rename_all = "camelCase")]
    Removed {
        /// The break.
        r#break: Break,
    },
    /// A break that differs (name, kind, times or day).
    #[serde(rename_all = "camelCase")]
    Changed {
        /// Before.
        from: Break,
        /// After.
        to: Break,
    },
}

/// One day's change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "type")]
pub enum DayDiff {
    /// A new day.
    #[serde(rename_all = "camelCase")]
    Added {
        /// The day.
        day: Day,
    },
    /// A day that is gone.
    #[serde(rename_all = "camelCase")]
    Removed {
        /// The day.
        day: Day,
    },
    /// A day whose kind, hours or note changed.
    #[serde(rename_all = "camelCase")]
    Changed {
        /// Before.
        from: Day,
        /// After.
        to: Day,
    },
}

/// What changed from `from` to `to` (their revisions are ignored).
pub fn diff(from: &Timetable, to: &Timetable) -> Diff {
    Diff {
        sessions: session_diffs(from, to),
        breaks: break_diffs(from, to),
        days: day_diffs(from, to),
    }
}

fn session_diffs(from: &Timetable, to: &Timetable) -> Vec<SessionDiff> {
    let mut out: Vec<(Option<Stamp>, SessionDiff)> = Vec::new();
    for (id, old) in &from.sessions {
        match to.sessions.get(id) {
            None => out.push((
                old.placement.map(|p| p.start),
                SessionDiff {
                    id: id.clone(),
                    title: old.title.clone(),
                    change: SessionChange::Removed {
                        placement: old.placement,
                        room: old.room.clone(),
                    },
                },
            )),
            Some(new) => {
                let aspects = aspects(old, new);
                if !aspects.is_empty() {
                    out.push((
                        new.placement.or(old.placement).map(|p| p.start),
                        SessionDiff {
                            id: id.clone(),
                            title: new.title.clone(),
                            change: SessionChange::Changed { aspects },
                        },
                    ));
                }
            }
        }
    }
    for (id, new) in to
        .sessions
        .iter()
        .filter(|(id, _)| !from.sessions.contains_key(*id))
    {
        out.push((
            new.placement.map(|p| p.start),
            SessionDiff {
                id: id.clone(),
                title: new.title.clone(),
                change: SessionChange::Added {
                    placement: new.placement,
                    room: new.room.clone(),
                },
            },
        ));
    }
    out.sort_by(|(a, x), (b, y)| (a.is_none(), a, &x.id).cmp(&(b.is_none(), b, &y.id)));
    out.into_iter().map(|(_, d)| d).collect()
}

/// How `new` differs from `old` (the same session), in [`Aspect`] order.
fn aspects(old: &Session, new: &Session) -> Vec<Aspect> {
    let mut out = Vec::new();
    if old.placement != new.placement {
        match (old.placement, new.placement) {
            (Some(a), Some(b))
                if a.start.date() == b.start.date() && a.minutes() != b.minutes() =>
            {
                out.push(Aspect::Retimed { from: a, to: b })
            }
            (from, to) => out.push(Aspect::Moved { from, to }),
        }
    }
    if old.title != new.title {
        out.push(Aspect::Renamed {
            from: old.title.clone(),
            to: new.title.clone(),
        });
    }
    if old.room != new.room {
        out.push(Aspect::Room {
            from: old.room.clone(),
            to: new.room.clone(),
        });
    }
    let sorted = |v: &[crate::model::BodyId]| v.iter().cloned().collect::<BTreeSet<_>>();
    let (a, b) = (sorted(&old.bodies), sorted(&new.bodies));
    if a != b {
        out.push(Aspect::Bodies {
            from: a.into_iter().collect(),
            to: b.into_iter().collect(),
        });
    }
    let sorted = |v: &[crate::model::PersonId]| v.iter().cloned().collect::<BTreeSet<_>>();
    let (a, b) = (sorted(&old.persons), sorted(&new.persons));
    if a != b {
        out.push(Aspect::Persons {
            from: a.into_iter().collect(),
            to: b.into_iter().collect(),
        });
    }
    if old.tentative != new.tentative {
        out.push(Aspect::Tentative {
            from: old.tentative,
            to: new.tentative,
        });
    }
    if old.exclusive != new.exclusive {
        out.push(Aspect::Exclusive {
            from: old.exclusive,
            to: new.exclusive,
        });
    }
    // Every remaining field, exhaustively: a new field of `Session` fails to compile here
    // until it is either compared above or listed below.
    let Session {
        id: _,
        title: _,
        kind,
        bodies: _,
        room: _,
        persons: _,
        placement: _,
        tentative: _,
        exclusive: _,
        interpretation,
        attendance,
        annex,
        annex_label,
        annex_note,
        annex_mark,
        timing,
        // The length an unscheduled session keeps follows its placement (a move says it)
        // and is never published.
        minutes: _,
        // How arranging treats it is the secretariat's working data, never published.
        pinned: _,
        windows: _,
        preferred_room: _,
    } = old;
    let mut fields = Vec::new();
    let mut other = |changed: bool, name: &str| {
        if changed {
            fields.push(name.to_owned());
        }
    };
    other(*kind != new.kind, "kind");
    other(*interpretation != new.interpretation, "interpretation");
    other(*attendance != new.attendance, "attendance");
    other(*annex != new.annex, "annex");
    other(*annex_label != new.annex_label, "annexLabel");
    other(*annex_note != new.annex_note, "annexNote");
    other(*annex_mark != new.annex_mark, "annexMark");
    other(*timing != new.timing, "timing");
    if !fields.is_empty() {
        out.push(Aspect::Other { fields });
    }
    out
}

fn break_diffs(from: &Timetable, to: &Timetable) -> Vec<BreakDiff> {
    let mut out = Vec::new();
    let mut removed: Vec<&Break> = Vec::new();
    for (id, old) in &from.breaks {
        match to.breaks.get(id) {
            Some(new) if new != old => out.push(BreakDiff::Changed {
                from: old.clone(),
                to: new.clone(),
            }),
            Some(_) => {}
            None => removed.push(old),
        }
    }
    let mut added: Vec<&Break> = to
        .breaks
        .values()
        .filter(|b| !from.breaks.contains_key(&b.id))
        .collect();
    // Pair a removed and an added break at the same day and times as one changed break:
    // importers derive break ids from names, so a renamed break gets a new id.
    for old in removed {
        let same_time = |b: &&Break| b.day == old.day && b.start == old.start && b.end == old.end;
        match added.iter().position(same_time) {
            Some(i) => {
                let new = added.remove(i);
                out.push(BreakDiff::Changed {
                    from: old.clone(),
                    to: new.clone(),
                });
            }
            None => out.push(BreakDiff::Removed {
                r#break: old.clone(),
            }),
        }
    }
    out.extend(
        added
            .into_iter()
            .map(|b| BreakDiff::Added { r#break: b.clone() }),
    );
    out.sort_by_key(break_key);
    out
}

fn break_key(d: &BreakDiff) -> (Option<NaiveDate>, crate::time::TimeOfDay, BreakId) {
    let b = match d {
        BreakDiff::Added { r#break } | BreakDiff::Removed { r#break } => r#break,
        BreakDiff::Changed { to, .. } => to,
    };
    (b.day, b.start, b.id.clone())
}

fn day_diffs(from: &Timetable, to: &Timetable) -> Vec<DayDiff> {
    let mut out = Vec::new();
    for old in &from.days {
        match to.day(old.date) {
            Some(new) if new != old => out.push(DayDiff::Changed {
                from: old.clone(),
                to: new.clone(),
            }),
            Some(_) => {}
            None => out.push(DayDiff::Removed { day: old.clone() }),
        }
    }
    for new in to.days.iter().filter(|d| from.day(d.date).is_none()) {
        out.push(DayDiff::Added { day: new.clone() });
    }
    out.sort_by_key(|d| match d {
        DayDiff::Added { day } | DayDiff::Removed { day } => day.date,
        DayDiff::Changed { to, .. } => to.date,
    });
    out
}

/// Which revisions a summary compares: `from` (a label) and `to` (a label, or `None` for
/// the current state). Only used for the heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Compared<'a> {
    /// The older revision's label ("Rev.1").
    pub from: &'a str,
    /// The newer revision's label; `None` for the current state.
    pub to: Option<&'a str>,
}

/// Two versions of one document resolved for comparing: the revision published as `from`
/// and the one published as `to`, or the current state when `to` is `None`; with what
/// changed between them. Built only by [`compare`], the one place a "from a revision to
/// another or to now" request is resolved, for the app, the CLI and the annex's change marks.
#[derive(Clone, Debug)]
pub struct Comparison<'a> {
    /// The labels compared (for headings).
    pub compared: Compared<'a>,
    /// The older timetable (the revision `from`).
    pub old: &'a Timetable,
    /// The newer timetable (the revision `to`, or the current state).
    pub new: &'a Timetable,
    /// What changed from `old` to `new`.
    pub diff: Diff,
}

/// Resolves `from` (a published revision's label) and `to` (another's, or `None` for the
/// current state) in `current` and diffs them. An unknown label is refused with the labels
/// the document has, the same way in every client.
pub fn compare<'a>(
    current: &'a Timetable,
    from: &'a str,
    to: Option<&'a str>,
) -> Result<Comparison<'a>, crate::model::UnknownRevision> {
    let old = current.revision_timetable(from)?;
    let new = match to {
        Some(label) => current.revision_timetable(label)?,
        None => current,
    };
    Ok(Comparison {
        compared: Compared { from, to },
        old,
        new,
        diff: diff(old, new),
    })
}

impl Comparison<'_> {
    /// The changes as Markdown in `lang` ([`summary`]).
    pub fn summary(&self, lang: Lang) -> String {
        summary(&self.diff, self.old, self.new, self.compared, lang)
    }

    /// The changes as plain text in `lang` ([`summary_text`]).
    pub fn summary_text(&self, lang: Lang) -> String {
        summary_text(&self.diff, self.old, self.new, self.compared, lang)
    }
}

/// The diff as Markdown (which also reads as plain text) in `lang`, for the e-mail that
/// goes with a new revision: a heading ("Changes since Rev.1"), then one line per
/// session, break and day that changed. Every fixed phrase comes from the reviewed table
/// [`crate::i18n::SummaryStrings`]; weekdays and dates from ICU4X as in the annex
/// ("Tuesday 19 September", "9月19日星期二"); times as the annex writes them. Rooms, bodies
/// and persons are named from `from` (what was) and `to` (what is), falling back to their
/// ids; session and break names in `lang`, else English, else any language.
pub fn summary(
    diff: &Diff,
    from: &Timetable,
    to: &Timetable,
    compared: Compared<'_>,
    lang: Lang,
) -> String {
    write_summary(diff, from, to, compared, lang, true)
}

/// [`summary`] as plain text, for a mail client that shows Markdown marks as they are:
/// the heading underlined, section headings ending in a colon, names without bold marks.
pub fn summary_text(
    diff: &Diff,
    from: &Timetable,
    to: &Timetable,
    compared: Compared<'_>,
    lang: Lang,
) -> String {
    write_summary(diff, from, to, compared, lang, false)
}

fn write_summary(
    diff: &Diff,
    from: &Timetable,
    to: &Timetable,
    compared: Compared<'_>,
    lang: Lang,
    markdown: bool,
) -> String {
    let w = Words::new(lang);
    let section = |out: &mut String, name: &str| {
        if markdown {
            let _ = writeln!(out, "## {name}\n");
        } else {
            let _ = writeln!(out, "{name}{}", crate::i18n::strings(lang).colon.trim_end());
        }
    };
    let label = |l: &str| crate::i18n::label_in(lang, l);
    let title = match compared.to {
        Some(to) => {
            w.s.title_between
                .replace("{from}", &label(compared.from))
                .replace("{to}", &label(to))
        }
        None => w.s.title_since.replace("{from}", &label(compared.from)),
    };
    let mut out = if markdown {
        format!("# {title}\n\n")
    } else {
        // East Asian characters take two columns in a monospaced mail font.
        let width: usize = title
            .chars()
            .map(|c| {
                if c >= '\u{1100}' && !is_rtl(lang) {
                    2
                } else {
                    1
                }
            })
            .sum();
        let rule = "=".repeat(width.max(3));
        format!("{title}\n{rule}\n\n")
    };
    if diff.is_empty() {
        out.push_str(w.s.no_changes);
        out.push('\n');
        return right_to_left(out, lang, markdown);
    }
    let lines = change_lines(diff, from, to, &w);
    let sections = [
        (ChangeKind::Session, w.s.sessions),
        (ChangeKind::Break, w.s.breaks),
        (ChangeKind::Day, w.s.days),
    ];
    for (kind, name) in sections {
        let of_kind: Vec<&ChangeLine> = lines.iter().filter(|l| l.kind() == kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        section(&mut out, name);
        for l in of_kind {
            let line = l.details.join(w.s.separator);
            let colon = w.annex.colon;
            // A session is named by its title only: its id is the document's, never shown
            // to the people who read the summary.
            match &l.subject {
                Some(name) if markdown => {
                    let _ = writeln!(out, "- **{name}**{colon}{line}");
                }
                Some(name) => {
                    let _ = writeln!(out, "- {name}{colon}{line}");
                }
                _ => {
                    let _ = writeln!(out, "- {line}");
                }
            }
        }
        out.push('\n');
    }
    // One newline at the end, not a blank line.
    while out.ends_with("\n\n") {
        out.pop();
    }
    right_to_left(out, lang, markdown)
}

/// What a listed change is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub enum LineKind {
    /// A session that is new.
    Added,
    /// A session that is gone.
    Removed,
    /// A session that changed.
    Changed,
    /// A break added, removed or changed.
    Break,
    /// A day added, removed or changed.
    Day,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ChangeKind {
    Session,
    Break,
    Day,
}

/// One change of a [`Diff`] in words, as the summary writes it and a client lists it: a
/// session line names the session and says each aspect that changed; a break or day line
/// says what it was and is. Written by [`Comparison::lines`] in any of the six languages,
/// so no client words a diff of its own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct ChangeLine {
    /// What the line is about.
    pub kind: LineKind,
    /// The session, for session lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub id: Option<SessionId>,
    /// The session's title in the language asked (else English, else any), for session
    /// lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub subject: Option<String>,
    /// What happened, one phrase per changed aspect ("moved from Friday 22 September
    /// 14:00–17:30 to Thursday 21 September 14:00–17:30").
    pub details: Vec<String>,
}

impl ChangeLine {
    fn kind(&self) -> ChangeKind {
        match self.kind {
            LineKind::Added | LineKind::Removed | LineKind::Changed => ChangeKind::Session,
            LineKind::Break => ChangeKind::Break,
            LineKind::Day => ChangeKind::Day,
        }
    }
}

impl Comparison<'_> {
    /// The changes as lines in `lang`: sessions in the diff's order, then breaks, then days.
    pub fn lines(&self, lang: Lang) -> Vec<ChangeLine> {
        change_lines(&self.diff, self.old, self.new, &Words::new(lang))
    }
}

fn change_lines(diff: &Diff, from: &Timetable, to: &Timetable, w: &Words) -> Vec<ChangeLine> {
    let lang = w.lang;
    let mut lines = Vec::new();
    let room = |t: &Timetable, id: &Option<RoomId>| match id {
        Some(id) => t
            .rooms
            .get(id)
            .map_or_else(|| id.to_string(), |r| r.name.clone()),
        None => w.s.no_room.to_owned(),
    };
    let bodies = |t: &Timetable, ids: &[crate::model::BodyId]| {
        w.names(ids.iter().map(|id| {
            t.bodies
                .get(id)
                .map_or_else(|| id.to_string(), |b| b.short.clone())
        }))
    };
    let persons = |t: &Timetable, ids: &[crate::model::PersonId]| {
        w.names(ids.iter().map(|id| {
            t.persons
                .get(id)
                .map_or_else(|| id.to_string(), |p| p.name.clone())
        }))
    };
    let two = |pattern: &str, a: &str, b: &str| pattern.replace("{from}", a).replace("{to}", b);
    for d in &diff.sessions {
        let name = text_in(&d.title, lang);
        let details = match &d.change {
            SessionChange::Added { placement, room: r } => vec![w.s.session_added.replace(
                "{what}",
                &format!("{}{}{}", w.when(placement.as_ref()), w.s.comma, room(to, r)),
            )],
            SessionChange::Removed { placement, room: r } => vec![w.s.session_removed.replace(
                "{what}",
                &format!(
                    "{}{}{}",
                    w.when(placement.as_ref()),
                    w.s.comma,
                    room(from, r)
                ),
            )],
            SessionChange::Changed { aspects } => aspects
                .iter()
                .map(|a| match a {
                    Aspect::Moved { from: a, to: b } => {
                        two(w.s.moved, &w.when(a.as_ref()), &w.when(b.as_ref()))
                    }
                    Aspect::Retimed { from: a, to: b } => {
                        two(w.s.retimed, &w.when(Some(a)), &w.times(b))
                    }
                    Aspect::Renamed { from: a, .. } => {
                        w.s.renamed.replace("{old}", text_in(a, lang))
                    }
                    Aspect::Room { from: a, to: b } => two(w.s.room, &room(from, a), &room(to, b)),
                    Aspect::Bodies { from: a, to: b } => {
                        two(w.s.bodies, &bodies(from, a), &bodies(to, b))
                    }
                    Aspect::Persons { from: a, to: b } => {
                        two(w.s.persons, &persons(from, a), &persons(to, b))
                    }
                    Aspect::Tentative { to: b, .. } => {
                        if *b { w.s.now_tentative } else { w.s.confirmed }.to_owned()
                    }
                    Aspect::Exclusive { to: b, .. } => if *b {
                        w.s.now_exclusive
                    } else {
                        w.s.not_exclusive
                    }
                    .to_owned(),
                    Aspect::Other { fields } => {
                        w.s.also_changed
                            .replace("{fields}", &fields.join(w.s.comma))
                    }
                })
                .collect::<Vec<_>>(),
        };
        let kind = match &d.change {
            SessionChange::Added { .. } => LineKind::Added,
            SessionChange::Removed { .. } => LineKind::Removed,
            SessionChange::Changed { .. } => LineKind::Changed,
        };
        lines.push(ChangeLine {
            kind,
            id: Some(d.id.clone()),
            subject: Some(name.to_owned()),
            details,
        });
    }
    for d in &diff.breaks {
        let line = match d {
            BreakDiff::Added { r#break: b } => w.s.item_added.replace("{what}", &w.break_text(b)),
            BreakDiff::Removed { r#break: b } => {
                w.s.item_removed.replace("{what}", &w.break_text(b))
            }
            BreakDiff::Changed { from: a, to: b } => {
                two(w.s.change, &w.break_text(a), &w.break_text(b))
            }
        };
        lines.push(ChangeLine {
            kind: LineKind::Break,
            id: None,
            subject: None,
            details: vec![line],
        });
    }
    for d in &diff.days {
        let line = match d {
            DayDiff::Added { day } => w.s.item_added.replace("{what}", &w.day_text(day)),
            DayDiff::Removed { day } => w.s.item_removed.replace("{what}", &w.day_text(day)),
            DayDiff::Changed { from: a, to: b } => two(w.s.change, &w.day_text(a), &w.day_text(b)),
        };
        lines.push(ChangeLine {
            kind: LineKind::Day,
            id: None,
            subject: None,
            details: vec![line],
        });
    }
    lines
}

fn is_rtl(lang: Lang) -> bool {
    crate::i18n::strings(lang).direction == crate::i18n::Direction::Rtl
}

/// Arabic as the annex writes it: Markdown in a `<div dir="rtl">`, plain text lines
/// starting with a RIGHT-TO-LEFT MARK so mail readers lay them out from the right.
fn right_to_left(text: String, lang: Lang, markdown: bool) -> String {
    if !is_rtl(lang) {
        return text;
    }
    if markdown {
        format!("<div dir=\"rtl\">\n\n{text}\n</div>\n")
    } else {
        text.lines().map(|l| format!("\u{200f}{l}\n")).collect()
    }
}

/// The phrases, dates and times of one language, for [`summary`].
struct Words {
    lang: Lang,
    s: &'static crate::i18n::SummaryStrings,
    annex: &'static crate::i18n::Strings,
    dates: crate::i18n::Dates,
}

impl Words {
    fn new(lang: Lang) -> Words {
        Words {
            lang,
            s: crate::i18n::summary_strings(lang),
            annex: crate::i18n::strings(lang),
            dates: crate::i18n::Dates::new(lang),
        }
    }

    fn names(&self, items: impl Iterator<Item = String>) -> String {
        let list: Vec<String> = items.collect();
        if list.is_empty() {
            self.s.none.to_owned()
        } else {
            list.join(self.s.comma)
        }
    }

    /// "Tuesday 19 September" ("9月19日星期二", "mardi 19 septembre").
    fn date(&self, date: NaiveDate) -> String {
        let mut weekday = self.dates.weekday(date);
        if self.s.lowercase_weekday {
            weekday = weekday.to_lowercase();
        }
        self.s
            .date
            .replace("{weekday}", &weekday)
            .replace("{date}", &self.dates.month_day(date))
    }

    /// "Tuesday 19 September 09:30–12:30", or "unscheduled".
    fn when(&self, p: Option<&Placement>) -> String {
        match p {
            Some(p) => format!("{} {}", self.date(p.start.date()), self.times(p)),
            None => self.s.unscheduled.to_owned(),
        }
    }

    /// "09:30–12:30"; the end's date is added when it ends on another day.
    fn times(&self, p: &Placement) -> String {
        let (a, b) = (
            self.annex.time(p.start.time()),
            self.annex.time(p.end.time()),
        );
        if p.end.date() == p.start.date() {
            format!("{a}–{b}")
        } else {
            format!("{a}–{} {b}", self.date(p.end.date()))
        }
    }

    fn break_text(&self, b: &Break) -> String {
        let day = b
            .day
            .map_or_else(|| self.s.every_day.to_owned(), |d| self.date(d));
        format!(
            "{} ({day} {}–{})",
            text_in(&b.name, self.lang),
            self.annex.time(b.start),
            self.annex.time(b.end)
        )
    }

    fn day_text(&self, d: &Day) -> String {
        let kind = match d.kind {
            crate::model::DayKind::Working => self.s.working_day,
            crate::model::DayKind::Weekend => self.s.weekend,
            crate::model::DayKind::Holiday => self.s.holiday,
        };
        let mut text = format!("{} ({kind}", self.date(d.date));
        if let Some(h) = d.hours {
            let _ = write!(
                text,
                "{}{}–{}",
                self.s.comma,
                self.annex.time(h.start),
                self.annex.time(h.end)
            );
        }
        if let Some(n) = &d.note {
            let _ = write!(text, "{}\"{n}\"", self.s.comma);
        }
        text.push(')');
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_timetables_have_an_empty_diff() {
        let t = crate::generate::conference(&crate::generate::Spec::scaled(50));
        let d = diff(&t, &t);
        assert!(d.is_empty(), "nothing changed: {d:?}");
        let since = Compared {
            from: "Rev.1",
            to: None,
        };
        assert!(summary(&d, &t, &t, since, Lang::En).contains("No changes."));
    }

    fn published(t: &Timetable, label: &str) -> Timetable {
        let mut out = t.clone();
        out.revisions.push(crate::model::Revision {
            label: label.into(),
            date: NaiveDate::from_ymd_opt(2017, 9, 1).expect("a date"),
            comment: None,
            timetable: crate::model::Frozen::of(t),
        });
        out
    }

    fn sample() -> Timetable {
        crate::document::load(include_str!(
            "../tests/fixtures/documents/v2/revisions.plenary.json"
        ))
        .expect("the v2 fixture loads")
    }

    #[test]
    fn compare_resolves_a_revision_against_now_or_another_and_refuses_unknown_labels() {
        let t = sample();
        let labels: Vec<&str> = t.revisions.iter().map(|r| r.label.as_str()).collect();
        let (first, last) = (labels[0], labels[labels.len() - 1]);
        let now = compare(&t, first, None).expect("a published label");
        assert!(std::ptr::eq(now.new, &t), "to `None` is the current state");
        let between = compare(&t, first, Some(last)).expect("two published labels");
        assert!(std::ptr::eq(
            between.new,
            t.revision_timetable(last).unwrap()
        ));
        assert_eq!(
            between.diff,
            diff(between.old, between.new),
            "the diff of the two"
        );
        let refused = compare(&t, "Rev.99", None).expect_err("never published");
        assert!(refused.to_string().contains("'Rev.99'"), "{refused}");
        assert!(
            compare(&t, first, Some("Rev.99")).is_err(),
            "an unknown `to` too"
        );
    }

    #[test]
    fn lines_word_each_change_as_the_summary_does_in_the_language_asked() {
        let mut t = sample();
        let (id, session) = t
            .sessions
            .iter()
            .find(|(_, s)| s.placement.is_some())
            .map(|(id, s)| (id.clone(), s.clone()))
            .expect("a scheduled session");
        let before = published(&t, "Base");
        t = before.clone();
        let s = t.sessions.get_mut(&id).expect("still there");
        let p = session.placement.expect("scheduled");
        s.placement = Some(Placement {
            start: p.start.plus_minutes(24 * 60).expect("in range"),
            end: p.end.plus_minutes(24 * 60).expect("in range"),
        });
        s.tentative = !s.tentative;
        let compared = compare(&t, "Base", None).expect("published");
        let lines = compared.lines(Lang::En);
        assert_eq!(lines.len(), 1, "{lines:?}");
        let line = &lines[0];
        assert_eq!(
            (line.kind, line.id.as_ref()),
            (LineKind::Changed, Some(&id))
        );
        assert_eq!(
            line.subject.as_deref(),
            Some(text_in(&session.title, Lang::En))
        );
        assert_eq!(line.details.len(), 2, "one phrase per aspect: {line:?}");
        assert!(line.details[0].starts_with("moved from "), "{line:?}");
        let summary = compared.summary(Lang::En);
        assert!(
            summary.contains(&line.details.join("; ")),
            "the summary says the same words: {summary}"
        );
        let french = compared.lines(Lang::Fr);
        assert_ne!(
            french[0].details, line.details,
            "worded in French: {french:?}"
        );
    }

    #[test]
    fn lines_list_days_and_breaks_without_a_subject() {
        let t = sample();
        let mut later = t.clone();
        later.days.pop();
        let lines = change_lines(&diff(&t, &later), &t, &later, &Words::new(Lang::En));
        assert!(lines.iter().any(|l| l.kind == LineKind::Day), "{lines:?}");
        for l in lines
            .iter()
            .filter(|l| matches!(l.kind, LineKind::Break | LineKind::Day))
        {
            assert_eq!((l.id.as_ref(), l.subject.as_ref()), (None, None), "{l:?}");
            assert_eq!(l.details.len(), 1);
        }
    }
}
