//! The invariants of a [`Timetable`], checked in one place.
//!
//! Loading a file and applying a command both end here, so a document that passes is one
//! every other part of Plenary may trust (no dangling id, no negative duration, no cycle).

use std::collections::BTreeSet;

use crate::messages::Message;
use crate::model::{Problem, Rule, Timetable};

fn problem(path: String, words: Message) -> Problem {
    Problem::new(path, words)
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
            Message::new("problem-time-zone").with("zone", &t.meeting.time_zone),
        ));
    }
    if t.meeting
        .city
        .as_deref()
        .is_some_and(|c| c.trim().is_empty())
    {
        p.push(problem(
            "meeting.city".into(),
            Message::new("problem-city-empty"),
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
                Message::new("problem-hard-preference"),
            ));
        }
    }
    if t.meeting.default_session_minutes == Some(0) {
        p.push(problem(
            "meeting.defaultSessionMinutes".into(),
            Message::new("problem-zero-default-length"),
        ));
    }
    for (lang, heading) in &t.meeting.note_style.heading {
        if heading.trim().is_empty() {
            p.push(problem(
                format!("meeting.noteStyle.heading.{}", lang.code()),
                Message::new("problem-blank-notes-heading").with("lang", lang.code()),
            ));
        }
    }
    if t.meeting.hours.start >= t.meeting.hours.end {
        p.push(problem(
            "meeting.hours".into(),
            Message::new("problem-end-not-after-start")
                .with("start", t.meeting.hours.start)
                .with("end", t.meeting.hours.end),
        ));
    }

    for (i, day) in t.days.iter().enumerate() {
        if i > 0 && t.days[i - 1].date >= day.date {
            p.push(problem(
                format!("days[{i}].date"),
                Message::new("problem-day-order")
                    .with("date", day.date.to_string())
                    .with("previous", t.days[i - 1].date.to_string()),
            ));
        }
        if let Some(h) = day.hours
            && h.start >= h.end
        {
            p.push(problem(
                format!("days[{i}].hours"),
                Message::new("problem-end-not-after-start")
                    .with("start", h.start)
                    .with("end", h.end),
            ));
        }
    }

    for (i, (id, slot)) in t.slots.iter().enumerate() {
        check_id(p, "slots", i, id.as_str(), &slot.id.0);
        if slot.start >= slot.end {
            p.push(problem(
                format!("slots[{i}]"),
                Message::new("problem-slot-backwards")
                    .with("slot", id.as_str())
                    .with("start", slot.start)
                    .with("end", slot.end),
            ));
        }
        for (date, h) in &slot.days {
            let at = format!("slots[{i}].days.{date}");
            if t.day(*date).is_none() {
                p.push(problem(
                    at,
                    Message::new("problem-slot-not-meeting-day")
                        .with("slot", id.as_str())
                        .with("date", date.to_string()),
                ));
            } else if h.start >= h.end {
                p.push(problem(
                    at,
                    Message::new("problem-slot-day-backwards")
                        .with("slot", id.as_str())
                        .with("start", h.start)
                        .with("end", h.end)
                        .with("date", date.to_string()),
                ));
            }
        }
    }

    for (i, (id, br)) in t.breaks.iter().enumerate() {
        check_id(p, "breaks", i, id.as_str(), &br.id.0);
        if br.start >= br.end {
            p.push(problem(
                format!("breaks[{i}]"),
                Message::new("problem-break-backwards")
                    .with("break", id.as_str())
                    .with("start", br.start)
                    .with("end", br.end),
            ));
        }
        if let Some(date) = br.day
            && t.day(date).is_none()
        {
            p.push(problem(
                format!("breaks[{i}].day"),
                Message::new("problem-break-not-meeting-day")
                    .with("break", id.as_str())
                    .with("date", date.to_string()),
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
                    Message::new("problem-body-hours-backwards")
                        .with("body", id.as_str())
                        .with("start", h.start)
                        .with("end", h.end),
                ));
            } else if k > 0 && body.hours[k - 1].end > h.start {
                p.push(problem(
                    format!("bodies[{i}].hours[{k}]"),
                    Message::new("problem-body-hours-order")
                        .with("body", id.as_str())
                        .with("start", h.start),
                ));
            }
        }
        if let Some(room) = &body.preferred_room
            && !t.rooms.contains_key(room)
        {
            p.push(problem(
                format!("bodies[{i}].preferredRoom"),
                Message::new("problem-body-unknown-room")
                    .with("body", id.as_str())
                    .with("room", room.as_str()),
            ));
        }
        if let Some(parent) = &body.parent {
            if !t.bodies.contains_key(parent) {
                p.push(problem(
                    format!("bodies[{i}].parent"),
                    Message::new("problem-body-unknown-parent")
                        .with("body", id.as_str())
                        .with("parent", parent.as_str()),
                ));
            } else if has_cycle(t, &body.id) {
                p.push(problem(
                    format!("bodies[{i}].parent"),
                    Message::new("problem-body-cycle").with("body", id.as_str()),
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
                    Message::new("problem-constraint-unknown-session")
                        .with("constraint", id.as_str())
                        .with("session", s.as_str())
                        .with("index", j),
                ));
            }
        }
        if let Rule::FixedTime { placement, .. } = &c.rule
            && placement.start >= placement.end
        {
            p.push(problem(
                format!("constraints[{i}].rule.placement"),
                Message::new("problem-constraint-backwards")
                    .with("constraint", id.as_str())
                    .with("end", placement.end.to_string()),
            ));
        }
    }

    for (key, ack) in &t.acknowledgements {
        if key != &ack.key {
            p.push(problem(
                format!("acknowledgements[{key}]"),
                Message::new("problem-acknowledgement-key")
                    .with("key", key)
                    .with("named", &ack.key),
            ));
        }
    }

    let mut labels = BTreeSet::new();
    for (i, r) in t.revisions.iter().enumerate() {
        if r.label.trim().is_empty() {
            p.push(problem(
                format!("revisions[{i}].label"),
                Message::new("refusal-blank-revision-label"),
            ));
        } else if !labels.insert(r.label.as_str()) {
            p.push(problem(
                format!("revisions[{i}].label"),
                Message::new("problem-revision-label-twice").with("label", &r.label),
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
                .map(move |p| problem(format!("revisions[{i}].timetable.{}", p.path), p.words))
        })
        .collect()
}

/// Ids must be non-empty and match the key the item is filed under (a mismatch means an
/// edit changed an id in place, which would break every reference to it).
fn check_id(p: &mut Vec<Problem>, list: &str, i: usize, key: &str, id: &str) {
    if id.trim().is_empty() {
        p.push(problem(
            format!("{list}[{i}].id"),
            Message::new("problem-id-empty"),
        ));
    } else if key != id {
        p.push(problem(
            format!("{list}[{i}].id"),
            Message::new("problem-id-filed-under")
                .with("id", id)
                .with("key", key),
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
            Message::new("problem-session-untitled").with("session", id.as_str()),
        ));
    }
    if let Some(room) = &s.room
        && !t.rooms.contains_key(room)
    {
        out.push(problem(
            format!("sessions[{i}].room"),
            Message::new("problem-session-unknown-room")
                .with("session", id.as_str())
                .with("room", room.as_str()),
        ));
    }
    if let Some(room) = &s.preferred_room
        && !t.rooms.contains_key(room)
    {
        out.push(problem(
            format!("sessions[{i}].preferredRoom"),
            Message::new("problem-session-unknown-preferred-room")
                .with("session", id.as_str())
                .with("room", room.as_str()),
        ));
    }
    for (j, w) in s.windows.iter().enumerate() {
        if w.start >= w.end {
            out.push(problem(
                format!("sessions[{i}].windows[{j}]"),
                Message::new("problem-session-window-backwards")
                    .with("session", id.as_str())
                    .with("start", w.start.to_string())
                    .with("end", w.end.to_string()),
            ));
        }
    }
    for (j, b) in s.bodies.iter().enumerate() {
        if !t.bodies.contains_key(b) {
            out.push(problem(
                format!("sessions[{i}].bodies[{j}]"),
                Message::new("problem-session-unknown-body")
                    .with("session", id.as_str())
                    .with("body", b.as_str()),
            ));
        }
    }
    for (j, person) in s.persons.iter().enumerate() {
        if !t.persons.contains_key(person) {
            out.push(problem(
                format!("sessions[{i}].persons[{j}]"),
                Message::new("problem-session-unknown-person")
                    .with("session", id.as_str())
                    .with("person", person.as_str()),
            ));
        }
    }
    if let Some(key) = &s.annex_mark {
        if key.trim().is_empty() {
            out.push(problem(
                format!("sessions[{i}].annexMark"),
                Message::new("problem-session-blank-mark").with("session", id.as_str()),
            ));
        } else if let Some(why) = crate::annex::notes::key_problem(key) {
            out.push(problem(
                format!("sessions[{i}].annexMark"),
                Message::new("problem-session-bad-mark")
                    .with("session", id.as_str())
                    .with("reason", why),
            ));
        } else if crate::annex::notes::is_free(key) && !t.annex_notes.iter().any(|e| &e.key == key)
        {
            out.push(problem(
                format!("sessions[{i}].annexMark"),
                Message::new("problem-session-unknown-free-note")
                    .with("session", id.as_str())
                    .with("key", key),
            ));
        }
    }
    match (s.placement.is_some(), s.minutes) {
        (true, Some(_)) => out.push(problem(
            format!("sessions[{i}].minutes"),
            Message::new("problem-session-scheduled-minutes").with("session", id.as_str()),
        )),
        (false, Some(0)) => out.push(problem(
            format!("sessions[{i}].minutes"),
            Message::new("problem-session-zero-minutes").with("session", id.as_str()),
        )),
        _ => {}
    }
    if let Some(pl) = &s.placement
        && !s.timing.is_span()
        && pl.start != pl.end
    {
        out.push(problem(
            format!("sessions[{i}].placement"),
            Message::new("problem-session-point-with-end")
                .with("session", id.as_str())
                .with("start", pl.start.to_string())
                .with("end", pl.end.to_string()),
        ));
    }
    if let Some(pl) = &s.placement
        && s.timing.is_span()
        && pl.start >= pl.end
    {
        out.push(problem(
            format!("sessions[{i}].placement"),
            if pl.start == pl.end {
                Message::new("problem-session-no-length")
                    .with("session", id.as_str())
                    .with("start", pl.start.to_string())
            } else {
                Message::new("problem-session-backwards")
                    .with("session", id.as_str())
                    .with("start", pl.start.to_string())
                    .with("end", pl.end.to_string())
            },
        ));
    }
}
