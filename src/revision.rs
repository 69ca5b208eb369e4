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
//! goes with a new revision. It is in English only.

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

/// The diff as Markdown (which also reads as plain text), under the heading `title`
/// ("Changes since Rev.1"). Rooms, bodies and persons are named from `from` (what was) and
/// `to` (what is), falling back to their ids. English only.
pub fn summary(diff: &Diff, from: &Timetable, to: &Timetable, title: &str) -> String {
    let lang = Lang::En;
    let mut out = format!("# {title}\n\n");
    if diff.is_empty() {
        out.push_str("No changes.\n");
        return out;
    }
    let room = |t: &Timetable, id: &Option<RoomId>| match id {
        Some(id) => t
            .rooms
            .get(id)
            .map_or_else(|| id.to_string(), |r| r.name.clone()),
        None => "no room".to_owned(),
    };
    let bodies = |t: &Timetable, ids: &[crate::model::BodyId]| {
        names(ids.iter().map(|id| {
            t.bodies
                .get(id)
                .map_or_else(|| id.to_string(), |b| b.short.clone())
        }))
    };
    let persons = |t: &Timetable, ids: &[crate::model::PersonId]| {
        names(ids.iter().map(|id| {
            t.persons
                .get(id)
                .map_or_else(|| id.to_string(), |p| p.name.clone())
        }))
    };
    if !diff.sessions.is_empty() {
        out.push_str("## Sessions\n\n");
        for d in &diff.sessions {
            let name = text_in(&d.title, lang);
            let line = match &d.change {
                SessionChange::Added { placement, room: r } => {
                    format!("added: {}, {}", when(placement.as_ref()), room(to, r))
                }
                SessionChange::Removed { placement, room: r } => format!(
                    "removed (was {}, {})",
                    when(placement.as_ref()),
                    room(from, r)
                ),
                SessionChange::Changed { aspects } => aspects
                    .iter()
                    .map(|a| match a {
                        Aspect::Moved { from: a, to: b } => {
                            format!("moved from {} to {}", when(a.as_ref()), when(b.as_ref()))
                        }
                        Aspect::Retimed { from: a, to: b } => {
                            format!("retimed from {} to {}", when(Some(a)), times(b))
                        }
                        Aspect::Renamed { from: a, .. } => {
                            format!("renamed (was \"{}\")", text_in(a, lang))
                        }
                        Aspect::Room { from: a, to: b } => {
                            format!("room {} → {}", room(from, a), room(to, b))
                        }
                        Aspect::Bodies { from: a, to: b } => {
                            format!("bodies {} → {}", bodies(from, a), bodies(to, b))
                        }
                        Aspect::Persons { from: a, to: b } => {
                            format!("persons {} → {}", persons(from, a), persons(to, b))
                        }
                        Aspect::Tentative { to: b, .. } => {
                            if *b { "now tentative" } else { "confirmed" }.to_owned()
                        }
                        Aspect::Exclusive { to: b, .. } => if *b {
                            "now exclusive"
                        } else {
                            "no longer exclusive"
                        }
                        .to_owned(),
                        Aspect::Other { fields } => format!("also changed: {}", fields.join(", ")),
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
            };
            let _ = writeln!(out, "- **{name}** ({}): {line}", d.id);
        }
        out.push('\n');
    }
    if !diff.breaks.is_empty() {
        out.push_str("## Breaks\n\n");
        for d in &diff.breaks {
            let line = match d {
                BreakDiff::Added { r#break: b } => format!("added: {}", break_text(b)),
                BreakDiff::Removed { r#break: b } => format!("removed: {}", break_text(b)),
                BreakDiff::Changed { from: a, to: b } => {
                    format!("{} → {}", break_text(a), break_text(b))
                }
            };
            let _ = writeln!(out, "- {line}");
        }
        out.push('\n');
    }
    if !diff.days.is_empty() {
        out.push_str("## Days\n\n");
        for d in &diff.days {
            let line = match d {
                DayDiff::Added { day } => format!("added: {}", day_text(day)),
                DayDiff::Removed { day } => format!("removed: {}", day_text(day)),
                DayDiff::Changed { from: a, to: b } => {
                    format!("{} → {}", day_text(a), day_text(b))
                }
            };
            let _ = writeln!(out, "- {line}");
        }
        out.push('\n');
    }
    // One newline at the end, not a blank line.
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn names(items: impl Iterator<Item = String>) -> String {
    let list: Vec<String> = items.collect();
    if list.is_empty() {
        "none".to_owned()
    } else {
        list.join(", ")
    }
}

/// "Tue 2017-05-16 09:30–12:30", or "unscheduled".
fn when(p: Option<&Placement>) -> String {
    match p {
        Some(p) => format!("{} {}", p.start.date().format("%a %Y-%m-%d"), times(p)),
        None => "unscheduled".to_owned(),
    }
}

/// "09:30–12:30"; the end's date is added when it ends on another day.
fn times(p: &Placement) -> String {
    if p.end.date() == p.start.date() {
        format!("{}–{}", p.start.time(), p.end.time())
    } else {
        format!("{}–{} {}", p.start.time(), p.end.date(), p.end.time())
    }
}

fn break_text(b: &Break) -> String {
    let day = b.day.map_or_else(
        || "every day".to_owned(),
        |d| d.format("%a %Y-%m-%d").to_string(),
    );
    format!(
        "{} ({day} {}–{})",
        text_in(&b.name, Lang::En),
        b.start,
        b.end
    )
}

fn day_text(d: &Day) -> String {
    let kind = match d.kind {
        crate::model::DayKind::Working => "working day",
        crate::model::DayKind::Weekend => "weekend",
        crate::model::DayKind::Holiday => "holiday",
    };
    let mut text = format!("{} ({kind}", d.date.format("%a %Y-%m-%d"));
    if let Some(h) = d.hours {
        let _ = write!(text, ", {}–{}", h.start, h.end);
    }
    if let Some(n) = &d.note {
        let _ = write!(text, ", \"{n}\"");
    }
    text.push(')');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_timetables_have_an_empty_diff() {
        let t = crate::generate::conference(&crate::generate::Spec::scaled(50));
        let d = diff(&t, &t);
        assert!(d.is_empty(), "nothing changed: {d:?}");
        assert!(summary(&d, &t, &t, "Changes").contains("No changes."));
    }
}
