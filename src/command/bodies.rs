//! Commands of the body tree and the Bodies view: move a body under another, add a series
//! of Questions at once, place a body's meeting in a slot of a day, move a session to a
//! slot. Adding, editing and removing one body are the generic ones of `build.rs`.

use chrono::NaiveDate;

use super::build::Builder;
use super::error::CommandError;
use crate::bodies::{parse_series, slots_in_order, slots_on_day_of};
use crate::model::{
    Body, BodyId, BodyKind, Placement, RoomId, Session, SessionId, SessionKind, SlotId, Text,
    Timetable,
};
use crate::new_items::{NewItems, Numbering, fresh_id};
use crate::time::Stamp;

/// Puts body `id` under `parent` (at the top of the tree for `None`), refusing a parent that
/// is the body itself or under it.
pub(super) fn reparent(
    b: &mut Builder<'_>,
    id: &BodyId,
    parent: &Option<BodyId>,
) -> Result<(), CommandError> {
    let mut body = b.get::<Body>(id)?.clone();
    if let Some(p) = parent {
        let t = b.timetable();
        let under = b.get::<Body>(p)?;
        if p == id {
            return Err(CommandError::BodyUnderItself { body: body.short });
        }
        if t.body_and_ancestors(p).contains(&id) {
            return Err(CommandError::BodyCycle {
                body: body.short.clone(),
                parent: under.short.clone(),
            });
        }
    }
    body.parent = parent.clone();
    // At the top level there is no parent to meet in parallel with.
    body.parallel_with_parent &= parent.is_some();
    b.set(id.clone(), Some(body));
    Ok(())
}

/// The undo label of a series text: "Add Questions 1/2–4/2"; `None` when it cannot be read
/// (the command is then refused and the label is never shown).
pub(super) fn series_label(text: &str) -> Option<String> {
    parse_series(text).ok().map(|s| s.label())
}

/// Adds the bodies `text` names ("Q1/2-Q4/2 under WP1/2", "SG2"), named in each of the
/// meeting's languages, under the body whose short name (or id) follows "under", or without
/// "under" under the Study Group of their number when there is one.
pub(super) fn add_series(b: &mut Builder<'_>, text: &str) -> Result<(), CommandError> {
    let series = parse_series(text)?;
    let t = b.timetable();
    let parent = match &series.parent {
        Some(name) => Some(
            find_body(t, name)
                .ok_or_else(|| CommandError::SeriesParentUnknown { name: name.clone() })?,
        ),
        // Typed without "under": the Study Group of its number, when the meeting has it
        // ("WP1/2-WP2/2" goes under SG2), else the top of the tree.
        None => series
            .study_group()
            .and_then(|sg| find_body(t, &sg))
            .filter(|id| {
                t.bodies
                    .get(id)
                    .is_some_and(|b| b.kind == BodyKind::StudyGroup)
            }),
    };
    let mut langs = t.meeting.languages.clone();
    if langs.is_empty() {
        langs.push(t.main_lang());
    }
    for number in series.numbers() {
        let short = series.short(&number);
        if find_body(b.timetable(), &short).is_some() {
            return Err(CommandError::SeriesTaken { short });
        }
        let id = fresh_id(
            &b.timetable().bodies,
            &id_prefix(&short),
            Numbering::PlainFirst,
        );
        b.add(Body {
            preferred_room: None,
            id,
            name: series.name(&number, &langs),
            short,
            kind: series.kind,
            parent: parent.clone(),
            hours: Vec::new(),
            parallel_with_parent: false,
        })?;
    }
    Ok(())
}

/// The body whose short name (ignoring case and spaces) or id is `name`.
fn find_body(t: &Timetable, name: &str) -> Option<BodyId> {
    let key = |s: &str| {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_lowercase()
    };
    let wanted = key(name);
    t.bodies
        .values()
        .find(|b| key(&b.short) == wanted)
        .or_else(|| t.bodies.values().find(|b| key(b.id.as_str()) == wanted))
        .map(|b| b.id.clone())
}

/// An id readable in the file from a short name: "Q1/2" gives "q1-2".
fn id_prefix(short: &str) -> String {
    short
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// The standard start and end of slot `slot` on `date`, refusing an unknown slot or a date
/// that is not a day of the meeting.
fn slot_times(t: &Timetable, date: NaiveDate, slot: &SlotId) -> Result<Placement, CommandError> {
    let s = t
        .slots
        .get(slot)
        .ok_or_else(|| CommandError::not_found("slot", slot))?;
    if t.day(date).is_none() {
        return Err(CommandError::not_found("day", date));
    }
    let (start, end) = s.times_on(date);
    Ok(Placement {
        start: Stamp::new(date, start),
        end: Stamp::new(date, end),
    })
}

/// Adds a meeting of `body` in `slot` on `date`: a session with the slot's times that day,
/// titled by the body's full name (up to a colon: "Question 4/12"), of the kind that goes
/// with the body's, in the body's usual room ([`usual_room`]).
pub(super) fn place_meeting(
    b: &mut Builder<'_>,
    body: &BodyId,
    date: NaiveDate,
    slot: &SlotId,
) -> Result<(), CommandError> {
    let t = b.timetable();
    let who = b.get::<Body>(body)?.clone();
    let placement = slot_times(t, date, slot)?;
    let mut title: Text = who
        .name
        .iter()
        .map(|(lang, name)| (*lang, headline(name)))
        .filter(|(_, name)| !name.is_empty())
        .collect();
    if title.is_empty() {
        title.insert(t.main_lang(), who.short.clone());
    }
    let id: SessionId = fresh_id(
        &t.sessions,
        &format!("{}-{}-{}", body, date.format("%d"), slot),
        Numbering::PlainFirst,
    );
    let session = Session {
        id,
        title,
        kind: session_kind(who.kind),
        bodies: vec![body.clone()],
        room: usual_room(t, body),
        placement: Some(placement),
        ..NewItems::of(t).session
    };
    b.add(session)
}

/// A full name up to its colon: "Question 4/12: Objective methods ..." gives
/// "Question 4/12".
fn headline(name: &str) -> String {
    name.split([':', '：'])
        .next()
        .unwrap_or(name)
        .trim()
        .to_owned()
}

/// The kind of a body's own meeting.
fn session_kind(kind: BodyKind) -> SessionKind {
    match kind {
        BodyKind::StudyGroup => SessionKind::Plenary,
        BodyKind::WorkingParty => SessionKind::WorkingParty,
        BodyKind::Question => SessionKind::Question,
        BodyKind::Management => SessionKind::Management,
        BodyKind::Other | BodyKind::Track => SessionKind::Other,
    }
}

/// The body's usual room: the room most of its placed sessions are in (the one it met in
/// first on a tie); `None` when none of them has a room. The model keeps no preferred room
/// per body, so where it meets already is the preference.
pub fn usual_room(t: &Timetable, body: &BodyId) -> Option<RoomId> {
    let mut placed: Vec<&Session> = t
        .sessions
        .values()
        .filter(|s| s.placement.is_some() && s.room.is_some() && s.bodies.contains(body))
        .collect();
    placed.sort_by_key(|s| (s.placement.map(|p| p.start), &s.id));
    let mut counts: Vec<(&RoomId, usize)> = Vec::new();
    for s in placed {
        let room = s.room.as_ref()?;
        match counts.iter_mut().find(|(r, _)| *r == room) {
            Some((_, n)) => *n += 1,
            None => counts.push((room, 1)),
        }
    }
    // max_by_key keeps the last maximum; reversed, that is the first met.
    counts
        .iter()
        .rev()
        .max_by_key(|(_, n)| *n)
        .map(|(r, _)| (*r).clone())
}

/// Moves placed session `id` to `slot` on `date`, keeping its length and where it starts
/// within its slot (a session from 11:00 in a 09:30 slot starts 90 minutes into the new
/// one); a session that filled its slot (as it was that day) fills the new one at its
/// times on `date`.
pub(super) fn move_to_slot(
    b: &mut Builder<'_>,
    id: &SessionId,
    date: NaiveDate,
    slot: &SlotId,
) -> Result<(), CommandError> {
    let t = b.timetable();
    let mut s = b.get::<Session>(id)?.clone();
    let pl = s.placement.ok_or_else(|| CommandError::NotScheduled {
        session: id.clone(),
    })?;
    let target = slot_times(t, date, slot)?;
    let slots = slots_in_order(t);
    let from = slots_on_day_of(&slots, &pl)
        .first()
        .map(|k| slots[*k].times_on(pl.start.date()));
    let filled = from.is_some_and(|(start, end)| pl.start.time() == start && pl.end.time() == end);
    s.placement = Some(if filled {
        target
    } else {
        let offset = from.map_or(0, |(start, _)| {
            i64::from(pl.start.time().minutes()) - i64::from(start.minutes())
        });
        let start = target
            .start
            .plus_minutes(offset.max(0))
            .and_then(|start| Some((start, start.plus_minutes(pl.minutes())?)))
            .ok_or_else(|| CommandError::OutOfRange {
                what: "session",
                id: id.to_string(),
                start: target.start,
                minutes: offset,
            })?;
        Placement {
            start: start.0,
            end: start.1,
        }
    });
    b.set(id.clone(), Some(s));
    Ok(())
}
