//! The arranger's commands: pin, allowed windows, preferred rooms, arrange weights, and
//! `Arrange` itself, whose transaction records the placements the search found, so undo
//! and redo replay exactly those (the search is not run again).

use std::collections::BTreeSet;

use super::build::Builder;
use super::edit::Edit;
use super::error::CommandError;
use super::transaction::Transaction;
use crate::arrange::{ArrangeMode, ArrangeScope, Options, arrange};
use crate::messages::Message;
use crate::model::{
    ArrangeWeight, ArrangeWeightKey, Body, BodyId, RoomId, Session, SessionId, Timetable, Window,
};

/// Pins or unpins each session of `ids` (each once).
pub(super) fn set_pinned(
    b: &mut Builder<'_>,
    ids: &[SessionId],
    pinned: bool,
) -> Result<(), CommandError> {
    if ids.is_empty() {
        return Err(CommandError::NoSessions);
    }
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            continue;
        }
        let mut s = b.get::<Session>(id)?.clone();
        s.pinned = pinned;
        b.set(id.clone(), Some(s));
    }
    Ok(())
}

/// Gives session `id` its allowed windows (validation refuses one that ends before it
/// starts).
pub(super) fn set_windows(
    b: &mut Builder<'_>,
    id: &SessionId,
    windows: &[Window],
) -> Result<(), CommandError> {
    let mut s = b.get::<Session>(id)?.clone();
    s.windows = windows.to_vec();
    b.set(id.clone(), Some(s));
    Ok(())
}

/// Gives session `id` a preferred room, or none.
pub(super) fn set_preferred_room(
    b: &mut Builder<'_>,
    id: &SessionId,
    room: &Option<RoomId>,
) -> Result<(), CommandError> {
    if let Some(r) = room {
        b.get::<crate::model::Room>(r)?;
    }
    let mut s = b.get::<Session>(id)?.clone();
    s.preferred_room = room.clone();
    b.set(id.clone(), Some(s));
    Ok(())
}

/// Gives body `body` a preferred room, or none.
pub(super) fn set_body_preferred_room(
    b: &mut Builder<'_>,
    body: &BodyId,
    room: &Option<RoomId>,
) -> Result<(), CommandError> {
    if let Some(r) = room {
        b.get::<crate::model::Room>(r)?;
    }
    let mut x = b.get::<Body>(body)?.clone();
    x.preferred_room = room.clone();
    b.set(body.clone(), Some(x));
    Ok(())
}

/// Sets how much conflicts of `kind` (or a preference) count when arranging (`None`: the
/// default); a preference is never hard.
pub(super) fn set_weight(
    b: &mut Builder<'_>,
    kind: ArrangeWeightKey,
    weight: Option<ArrangeWeight>,
) -> Result<(), CommandError> {
    if let (ArrangeWeightKey::Preference(p), Some(ArrangeWeight::Hard)) = (kind, weight) {
        return Err(CommandError::HardPreference(p));
    }
    let before = b.timetable().arrange_weights.get(&kind).copied();
    b.push(Edit::ArrangeWeight {
        kind,
        before,
        after: weight,
    });
    Ok(())
}

/// Runs the arranger on `t` and records what it changed, labelled "Arrange N sessions".
pub(super) fn compile(
    t: &mut Timetable,
    scope: &ArrangeScope,
    mode: &ArrangeMode,
    seed: u64,
    budget: u64,
) -> Result<Transaction, CommandError> {
    let options = Options::new(scope.clone(), mode.clone(), seed, budget);
    let outcome = arrange(t, &options)?;
    Ok(record(t, &outcome.timetable))
}

/// The transaction that takes `t` to `arranged` (which differs only in sessions'
/// placements, rooms and kept lengths), labelled by how many sessions it moves.
pub fn record(t: &mut Timetable, arranged: &Timetable) -> Transaction {
    let changed: Vec<Session> = arranged
        .sessions
        .values()
        .filter(|s| t.sessions.get(&s.id) != Some(*s))
        .cloned()
        .collect();
    let n = changed
        .iter()
        .filter(|s| {
            t.sessions
                .get(&s.id)
                .is_some_and(|b| b.placement != s.placement || b.room != s.room)
        })
        .count();
    let mut b = Builder::new(t);
    for s in changed {
        b.set(s.id.clone(), Some(s));
    }
    Transaction::worded(Message::new("undo-arrange").with("count", n), b.finish())
}
