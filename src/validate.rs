//! The invariants of a [`Timetable`], checked in one place.
//!
//! Loading a file and applying a command both end here, so a document that passes is one
//! every other part of Plenary may trust (no dangling id, no negative duration, no cycle).

use std::collections::BTreeSet;

use crate::model::{Problem, Rule, Timetable};

fn problem(path: String, message: String) -> Problem {
    Problem { path, message }
}

impl Timetable {
    /// Checks every invariant listed in [`crate::model`]'s docs; returns every problem
    /// found, in document order. An empty list means the timetable is sound.
    pub fn validate(&self) -> Vec<Problem> {
        problems(self)
    }
}

/// Every broken invariant of `t`, in document order.
fn problems(t: &Timetable) -> Vec<Problem> {
    let mut out = Vec::new();
    let p = &mut out;

    if t.meeting.time_zone.parse::<chrono_tz::Tz>().is_err() {
        p.push(problem(
            "meeting.timeZone".into(),
            format!(
                "'{}' is not an IANA time zone (e.g. Europe/Zurich)",
                t.meeting.time_zone
            ),
        ));
    }
    if t.meeting
        .city
        .as_deref()
        .is_some_and(|c| c.trim().is_empty())
    {
        p.push(problem(
            "meeting.city".into(),
            "the meeting's city is empty; name it or leave it out to show the time zone's own city"
                .into(),
        ));
    }
    for (key, weight) in &t.arrange_weights {
        if let (
            crate::model::ArrangeWeightKey::Preference(pref),
            crate::model::ArrangeWeight::Hard,
        ) = (key, weight)
        {
            let name = serde_json::to_string(pref).unwrap_or_default();
            p.push(problem(
                format!("arrangeWeights.{}", name.trim_matches('"')),
                "a preference takes a soft weight (a whole number), not \"hard\"".into(),
            ));
        }
    }
    if t.meeting.default_session_minutes == Some(0) {
        p.push(problem(
            "meeting.defaultSessionMinutes".into(),
            "a new session's length cannot be 0 minutes".into(),
        ));
    }
    for (lang, heading) in &t.meeting.note_style.heading {
        if heading.trim().is_empty() {
            p.push(problem(
                format!("meeting.noteStyle.heading.{}", lang.code()),
                format!(
                    "the {} heading of the annex notes is blank; write one or leave it out \
                     for the usual heading",
                    lang.code()
                ),
            ));
        }
    }
    if t.meeting.hours.start >= t.meeting.hours.end {
        p.push(problem(
            "meeting.hours".into(),
            format!(
                "end {} is not after start {}",
                t.meeting.hours.end, t.meeting.hours.start
            ),
        ));
    }

    for (i, day) in t.days.iter().enumerate() {
        if i > 0 && t.days[i - 1].date >= day.date {
            p.push(problem(
                format!("days[{i}].date"),
                format!(
                    "{} is not after the previous day {} (days are unique and in date order)",
                    day.date,
                    t.days[i - 1].date
                ),
            ));
        }
        if let Some(h) = day.hours
            && h.start >= h.end
        {
            p.push(problem(
                format!("days[{i}].hours"),
                format!("end {} is not after start {}", h.end, h.start),
            ));
        }
    }

    for (i, (id, slot)) in t.slots.iter().enumerate() {
        check_id(p, "slots", i, id.as_str(), &slot.id.0);
        if slot.start >= slot.end {
            p.push(problem(
                format!("slots[{i}]"),
                format!(
                    "slot '{id}' ends at {} before it starts at {}",
                    slot.end, slot.start
                ),
            ));
        }
        for (date, h) in &slot.days {
            let at = format!("slots[{i}].days.{date}");
            if t.day(*date).is_none() {
                p.push(problem(
                    at,
                    format!("slot '{id}' has times on {date}, which is not a day of the meeting"),
                ));
            } else if h.start >= h.end {
                p.push(problem(
                    at,
                    format!(
                        "slot '{id}' ends at {} before it starts at {} on {date}",
                        h.end, h.start
                    ),
                ));
            }
        }
    }

    for (i, (id, br)) in t.breaks.iter().enumerate() {
        check_id(p, "breaks", i, id.as_str(), &br.id.0);
        if br.start >= br.end {
            p.push(problem(
                format!("breaks[{i}]"),
                format!(
                    "break '{id}' ends at {} before it starts at {}",
                    br.end, br.start
                ),
            ));
        }
        if let Some(date) = br.day
            && t.day(date).is_none()
        {
            p.push(problem(
                format!("breaks[{i}].day"),
                format!("break '{id}' is on {date}, which is not a day of the meeting"),
            ));
        }
    }

    for (i, (id, room)) in t.rooms.iter().enumerate() {
        check_id(p, "rooms", i, id.as_str(), &room.id.0);
    }
    for (i, (id, person)) in t.persons.iter().enumerate() {
        check_id(p, "persons", i, id.as_str(), &person.id.0);
    }

    for (i, (id, body)) in t.bodies.iter().enumerate() {
        check_id(p, "bodies", i, id.as_str(), &body.id.0);
        for (k, h) in body.hours.iter().enumerate() {
            if h.start >= h.end {
                p.push(problem(
                    format!("bodies[{i}].hours[{k}]"),
                    format!(
                        "body '{id}' has hours that end at {} before they start at {}",
                        h.end, h.start
                    ),
                ));
            } else if k > 0 && body.hours[k - 1].end > h.start {
                p.push(problem(
                    format!("bodies[{i}].hours[{k}]"),
                    format!(
                        "body '{id}' has hours from {} that do not follow the previous ones \
                         (they are in time order and do not overlap)",
                        h.start
                    ),
                ));
            }
        }
        if let Some(room) = &body.preferred_room
            && !t.rooms.contains_key(room)
        {
            p.push(problem(
                format!("bodies[{i}].preferredRoom"),
                format!("body '{id}' prefers room '{room}', which is not a room"),
            ));
        }
        if let Some(parent) = &body.parent {
            if !t.bodies.contains_key(parent) {
                p.push(problem(
                    format!("bodies[{i}].parent"),
                    format!("body '{id}' has parent '{parent}', which is not a body"),
                ));
            } else if has_cycle(t, &body.id) {
                p.push(problem(
                    format!("bodies[{i}].parent"),
                    format!("body '{id}' is its own ancestor (the body tree has a cycle)"),
                ));
            }
        }
    }

    for (i, s) in t.sessions.values().enumerate() {
        check_session(p, t, i, s);
    }

    for (i, (id, c)) in t.constraints.iter().enumerate() {
        check_id(p, "constraints", i, id.as_str(), &c.id.0);
        for (j, s) in c.rule.sessions().into_iter().enumerate() {
            if !t.sessions.contains_key(s) {
                p.push(problem(
                    format!("constraints[{i}].rule"),
                    format!("constraint '{id}' names session '{s}' (#{j}), which is not a session"),
                ));
            }
        }
        if let Rule::FixedTime { placement, .. } = &c.rule
            && placement.start >= placement.end
        {
            p.push(problem(
                format!("constraints[{i}].rule.placement"),
                format!(
                    "constraint '{id}' fixes an end {} before its start",
                    placement.end
                ),
            ));
        }
    }

    for (key, ack) in &t.acknowledgements {
        if key != &ack.key {
            p.push(problem(
                format!("acknowledgements[{key}]"),
                format!(
                    "acknowledgement is filed under '{key}' but names '{}'",
                    ack.key
                ),
            ));
        }
    }

    let mut labels = BTreeSet::new();
    for (i, r) in t.revisions.iter().enumerate() {
        if r.label.trim().is_empty() {
            p.push(problem(
                format!("revisions[{i}].label"),
                "a revision needs a label (e.g. Rev.1)".into(),
            ));
        } else if !labels.insert(r.label.as_str()) {
            p.push(problem(
                format!("revisions[{i}].label"),
                format!("revision label '{}' is used twice", r.label),
            ));
        }
    }

    annex_note_problems(p, t);

    out
}

/// The annex notes' entries: well-formed keys (each key once is checked on load, with
/// the first place it was written).
fn annex_note_problems(p: &mut Vec<Problem>, t: &Timetable) {
    for (i, entry) in t.annex_notes.iter().enumerate() {
        if let Some(why) = crate::annex::notes::key_problem(&entry.key) {
            p.push(problem(format!("annexNotes[{i}].key"), why));
        }
    }
}

/// Every broken invariant inside the frozen timetables of `t`'s revisions, with paths into
/// the document. Kept apart from [`problems`]: a frozen timetable never changes after it is
/// published (a copy of a valid state), so only loading a file needs to check it.
pub(crate) fn revision_problems(t: &Timetable) -> Vec<Problem> {
    t.revisions
        .iter()
        .enumerate()
        .flat_map(|(i, r)| {
            problems(r.timetable.timetable())
                .into_iter()
                .map(move |p| problem(format!("revisions[{i}].timetable.{}", p.path), p.message))
        })
        .collect()
}

/// Ids must be non-empty and match the key the item is filed under (a mismatch means an
/// edit changed an id in place, which would break every reference to it).
fn check_id(p: &mut Vec<Problem>, list: &str, i: usize, key: &str, id: &str) {
    if id.trim().is_empty() {
        p.push(problem(format!("{list}[{i}].id"), "id is empty".into()));
    } else if key != id {
        p.push(problem(
            format!("{list}[{i}].id"),
            format!("id '{id}' is filed under '{key}'"),
        ));
    }
}

fn has_cycle(t: &Timetable, start: &crate::model::BodyId) -> bool {
    let mut seen = BTreeSet::new();
    let mut current = start;
    loop {
        if !seen.insert(current) {
            return true;
        }
        match t.bodies.get(current).and_then(|b| b.parent.as_ref()) {
            Some(parent) => current = parent,
            None => return false,
        }
    }
}

/// Problems of the given sessions only: the cheap check after an edit that changed nothing
/// but these sessions (the rest of the timetable was valid before and is unchanged).
pub(crate) fn session_problems(
    t: &Timetable,
    ids: &BTreeSet<crate::model::SessionId>,
) -> Vec<Problem> {
    let mut out = Vec::new();
    for id in ids {
        if let Some((i, _, s)) = t.sessions.get_full(id) {
            check_session(&mut out, t, i, s);
        }
    }
    out
}

/// The invariants of one session at index `i`: id, title, references, placement.
fn check_session(out: &mut Vec<Problem>, t: &Timetable, i: usize, s: &crate::model::Session) {
    let id = &s.id;
    check_id(
        out,
        "sessions",
        i,
        t.sessions.get_index(i).map_or("", |(k, _)| k.as_str()),
        &id.0,
    );
    if s.title.values().all(|v| v.trim().is_empty()) {
        out.push(problem(
            format!("sessions[{i}].title"),
            format!("session '{id}' has no title"),
        ));
    }
    if let Some(room) = &s.room
        && !t.rooms.contains_key(room)
    {
        out.push(problem(
            format!("sessions[{i}].room"),
            format!("session '{id}' is in room '{room}', which is not a room"),
        ));
    }
    if let Some(room) = &s.preferred_room
        && !t.rooms.contains_key(room)
    {
        out.push(problem(
            format!("sessions[{i}].preferredRoom"),
            format!("session '{id}' prefers room '{room}', which is not a room"),
        ));
    }
    for (j, w) in s.windows.iter().enumerate() {
        if w.start >= w.end {
            out.push(problem(
                format!("sessions[{i}].windows[{j}]"),
                format!(
                    "session '{id}' has a window from {} to {}, which ends before it starts",
                    w.start, w.end
                ),
            ));
        }
    }
    for (j, b) in s.bodies.iter().enumerate() {
        if !t.bodies.contains_key(b) {
            out.push(problem(
                format!("sessions[{i}].bodies[{j}]"),
                format!("session '{id}' names body '{b}', which is not a body"),
            ));
        }
    }
    for (j, person) in s.persons.iter().enumerate() {
        if !t.persons.contains_key(person) {
            out.push(problem(
                format!("sessions[{i}].persons[{j}]"),
                format!("session '{id}' names person '{person}', who is not a person"),
            ));
        }
    }
    if let Some(key) = &s.annex_mark {
        if key.trim().is_empty() {
            out.push(problem(
                format!("sessions[{i}].annexMark"),
                format!(
                    "session '{id}' is marked with a blank note key; name a note or leave it out"
                ),
            ));
        } else if let Some(why) = crate::annex::notes::key_problem(key) {
            out.push(problem(
                format!("sessions[{i}].annexMark"),
                format!("session '{id}': {why}"),
            ));
        } else if crate::annex::notes::is_free(key) && !t.annex_notes.iter().any(|e| &e.key == key)
        {
            out.push(problem(
                format!("sessions[{i}].annexMark"),
                format!("session '{id}' is marked with free note '{key}', which is not a note"),
            ));
        }
    }
    match (s.placement.is_some(), s.minutes) {
        (true, Some(_)) => out.push(problem(
            format!("sessions[{i}].minutes"),
            format!("session '{id}' is scheduled, so its length is its placement's, not minutes"),
        )),
        (false, Some(0)) => out.push(problem(
            format!("sessions[{i}].minutes"),
            format!("session '{id}' is unscheduled with a length of 0 minutes"),
        )),
        _ => {}
    }
    if let Some(pl) = &s.placement
        && !s.timing.is_span()
        && pl.start != pl.end
    {
        out.push(problem(
            format!("sessions[{i}].placement"),
            format!(
                "session '{id}' is a point in time or open-ended, so its placement ends where \
                 it starts ({}), not at {}",
                pl.start, pl.end
            ),
        ));
    }
    if let Some(pl) = &s.placement
        && s.timing.is_span()
        && pl.start >= pl.end
    {
        out.push(problem(
            format!("sessions[{i}].placement"),
            if pl.start == pl.end {
                format!(
                    "session '{id}' has no length: it starts and ends at {}",
                    pl.start
                )
            } else {
                format!(
                    "session '{id}' ends at {} before it starts at {}",
                    pl.end, pl.start
                )
            },
        ));
    }
}
