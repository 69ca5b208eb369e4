//! Commands on sessions: schedule, move, resize, unschedule, duplicate, and moving several by
//! the same amount. Adding, editing and deleting are the generic ones of `build.rs`.

use std::collections::BTreeSet;

use super::build::Builder;
use super::error::CommandError;
use super::items::check_placement;
use crate::model::{Placement, RoomId, Session, SessionId, Timing};
use crate::new_items::{Numbering, fresh_id};
use crate::time::Stamp;

/// Places session `id` at `placement`, in `room` when given.
pub(super) fn schedule(
    b: &mut Builder<'_>,
    id: &SessionId,
    placement: &Placement,
    room: &Option<RoomId>,
) -> Result<(), CommandError> {
    let mut s = b.get::<Session>(id)?.clone();
    if s.timing.is_span() {
        check_placement(id, placement)?;
    }
    // A point or open-ended item is placed at the start only (settling drops the end).
    s.placement = Some(*placement);
    if let Some(r) = room {
        s.room = Some(r.clone());
    }
    b.set(id.clone(), Some(s));
    Ok(())
}

/// Moves scheduled session `id` to `start`, keeping its length, into `room` when given.
pub(super) fn move_to(
    b: &mut Builder<'_>,
    id: &SessionId,
    start: &Stamp,
    room: &Option<RoomId>,
) -> Result<(), CommandError> {
    let mut s = b.get::<Session>(id)?.clone();
    let minutes = scheduled(&s)?.minutes();
    let end = start
        .plus_minutes(minutes)
        .ok_or_else(|| CommandError::OutOfRange {
            what: "session",
            id: id.to_string(),
            start: *start,
            minutes,
        })?;
    s.placement = Some(Placement { start: *start, end });
    if let Some(r) = room {
        s.room = Some(r.clone());
    }
    b.set(id.clone(), Some(s));
    Ok(())
}

/// Gives scheduled session `id` a new start and end.
pub(super) fn resize(
    b: &mut Builder<'_>,
    id: &SessionId,
    start: &Stamp,
    end: &Stamp,
) -> Result<(), CommandError> {
    let mut s = b.get::<Session>(id)?.clone();
    scheduled(&s)?;
    if !s.timing.is_span() {
        return Err(CommandError::NoLength {
            session: id.clone(),
        });
    }
    let pl = Placement {
        start: *start,
        end: *end,
    };
    check_placement(id, &pl)?;
    s.placement = Some(pl);
    b.set(id.clone(), Some(s));
    Ok(())
}

/// Makes session `id` a span, a point in time or open-ended; scheduled, it keeps its start
/// (settling gives a point no end and a new span the document's default length).
pub(super) fn set_timing(
    b: &mut Builder<'_>,
    id: &SessionId,
    timing: Timing,
) -> Result<(), CommandError> {
    let mut s = b.get::<Session>(id)?.clone();
    s.timing = timing;
    b.set(id.clone(), Some(s));
    Ok(())
}

/// Puts session `id` back in the palette.
pub(super) fn unschedule(b: &mut Builder<'_>, id: &SessionId) -> Result<(), CommandError> {
    let mut s = b.get::<Session>(id)?.clone();
    s.placement = None;
    b.set(id.clone(), Some(s));
    Ok(())
}

/// Adds a copy of session `id` under a fresh id (`<id>-copy`, `<id>-copy-N`), at
/// `placement` or, without one, where the original is.
pub(super) fn duplicate(
    b: &mut Builder<'_>,
    id: &SessionId,
    placement: &Option<Placement>,
) -> Result<(), CommandError> {
    let mut s = b.get::<Session>(id)?.clone();
    s.id = fresh_id(
        &b.timetable().sessions,
        &format!("{id}-copy"),
        Numbering::PlainFirst,
    );
    if let Some(pl) = placement {
        s.placement = Some(*pl);
    }
    b.add(s)
}

/// Moves every session of `ids` (each once; all scheduled) by `by_minutes`.
pub(super) fn move_by(
    b: &mut Builder<'_>,
    ids: &[SessionId],
    by_minutes: i64,
) -> Result<(), CommandError> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            continue;
        }
        let mut s = b.get::<Session>(id)?.clone();
        let pl = scheduled(&s)?;
        s.placement = Some(shifted(pl, "session", id, by_minutes)?);
        b.set(id.clone(), Some(s));
    }
    Ok(())
}

/// Moves every scheduled session for which `by` answers a number of minutes by that many.
pub(super) fn shift_sessions(
    b: &mut Builder<'_>,
    by: impl Fn(&Placement) -> Option<i64>,
) -> Result<(), CommandError> {
    let moved = b
        .timetable()
        .sessions
        .values()
        .filter_map(|s| {
            let pl = s.placement?;
            let minutes = by(&pl)?;
            Some(shifted(&pl, "session", &s.id, minutes).map(|pl| Session {
                placement: Some(pl),
                ..s.clone()
            }))
        })
        .collect::<Result<Vec<Session>, CommandError>>()?;
    for s in moved {
        b.set(s.id.clone(), Some(s));
    }
    Ok(())
}

/// The session's placement, or a refusal: it is in the palette.
fn scheduled(s: &Session) -> Result<&Placement, CommandError> {
    s.placement
        .as_ref()
        .ok_or_else(|| CommandError::NotScheduled {
            session: s.id.clone(),
        })
}

/// `pl` (of the item `what` `id`, for the message) moved by `minutes`.
pub(super) fn shifted(
    pl: &Placement,
    what: &'static str,
    id: &impl ToString,
    minutes: i64,
) -> Result<Placement, CommandError> {
    let out_of_range = || CommandError::OutOfRange {
        what,
        id: id.to_string(),
        start: pl.start,
        minutes,
    };
    Ok(Placement {
        start: pl.start.plus_minutes(minutes).ok_or_else(out_of_range)?,
        end: pl.end.plus_minutes(minutes).ok_or_else(out_of_range)?,
    })
}
