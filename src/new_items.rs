//! What a new item starts as, and the fresh id the core gives an item added without one.
//!
//! The UI never makes up ids or default values: it adds [`NewItems`]' item of the kind
//! (which travels in [`crate::view::View`]) with an empty id, and the add command gives it
//! [`id_or_fresh`]'s id. Ids are only keys: a fresh one is short, readable in the file and
//! never taken.

use std::hash::Hash;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{
    AnnexPlacement, Body, BodyKind, Break, BreakKind, IdMap, Person, Room, Session, SessionKind,
    Slot, Text, Timetable,
};

/// What a new slot, break, room, body, person and session start as when the user adds one:
/// each with an empty id, which [`crate::Command`]'s add commands replace with a fresh id,
/// and names in the main language. The user edits them afterwards.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct NewItems {
    /// "Evening", 18:00-20:00.
    pub slot: Slot,
    /// A standard coffee break, 15:30-16:00.
    pub r#break: Break,
    /// "New room".
    pub room: Room,
    /// "New body", of kind other, with no parent.
    pub body: Body,
    /// "New person".
    pub person: Person,
    /// "New session", of kind other, in the annex's cells, unscheduled with the document's
    /// default length (the client adds the placement and room of the gesture that created
    /// it, or drags it from the palette at that length).
    pub session: Session,
}

impl NewItems {
    /// The new items of `timetable`, named in its main language.
    pub fn of(timetable: &Timetable) -> NewItems {
        let lang = timetable.main_lang();
        let text = |s: &str| Text::from([(lang, s.to_owned())]);
        let time = |s: &str| s.parse().expect("the defaults' times are valid HH:MM");
        NewItems {
            slot: Slot {
                id: "".into(),
                name: text("Evening"),
                start: time("18:00"),
                end: time("20:00"),
                days: Default::default(),
            },
            r#break: Break {
                id: "".into(),
                name: text("Coffee"),
                kind: BreakKind::Coffee,
                start: time("15:30"),
                end: time("16:00"),
                day: None,
            },
            room: Room {
                id: "".into(),
                name: "New room".into(),
                capacity: None,
                interpretation: false,
            },
            body: Body {
                preferred_room: None,
                id: "".into(),
                short: "New body".into(),
                name: Text::new(),
                kind: BodyKind::Other,
                parent: None,
                hours: Vec::new(),
                parallel_with_parent: false,
            },
            person: Person {
                id: "".into(),
                name: "New person".into(),
                role: None,
            },
            session: Session {
                pinned: false,
                windows: Vec::new(),
                preferred_room: None,
                id: "".into(),
                title: text("New session"),
                kind: SessionKind::Other,
                bodies: Vec::new(),
                room: None,
                persons: Vec::new(),
                placement: None,
                tentative: false,
                exclusive: false,
                interpretation: Vec::new(),
                attendance: None,
                annex: AnnexPlacement::Cell,
                annex_label: Text::new(),
                annex_note: Text::new(),
                timing: Default::default(),
                minutes: Some(timetable.default_session_minutes()),
                annex_mark: None,
            },
        }
    }
}

/// `id` itself, or when it is empty or blank, a [`fresh_id`] named `prefix`. A given id is
/// kept as it is (a duplicate is then refused by the command, not renamed).
pub fn id_or_fresh<K, V>(id: &K, map: &IdMap<K, V>, prefix: &str) -> K
where
    K: Clone + std::hash::Hash + Eq + AsRef<str> + for<'a> From<&'a str>,
{
    if id.as_ref().trim().is_empty() {
        fresh_id(map, prefix, Numbering::PlainFirst)
    } else {
        id.clone()
    }
}

/// Whether a fresh id may be the bare prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Numbering {
    /// `room`, then `room-N`: the prefix names the item well on its own.
    PlainFirst,
    /// Always `s-N`: the prefix is only a kind's letter.
    Always,
}

/// The one way the core makes up an id: `prefix` (unless [`Numbering::Always`]) when `map`
/// does not hold it, else the first `prefix-N` it does not hold, trying N from the
/// collection's size + 1 (2 or more when the prefix is taken), so a fresh id is found at once in a collection whose
/// items were all numbered this way. Ids are only keys: short, readable in the file, never
/// taken.
pub fn fresh_id<K, V>(map: &IdMap<K, V>, prefix: &str, numbering: Numbering) -> K
where
    K: Hash + Eq + for<'a> From<&'a str>,
{
    if numbering == Numbering::PlainFirst {
        let plain = K::from(prefix);
        if !map.contains_key(&plain) {
            return plain;
        }
    }
    // Ids are unique, so at most `len` of the numbers from `len + 1` on are taken.
    (map.len() + 1..)
        .map(|n| K::from(format!("{prefix}-{n}").as_str()))
        .find(|id| !map.contains_key(id))
        .expect("an unbounded range always yields a free id")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Day, DayKind, RoomId};
    use chrono::NaiveDate;

    fn date(s: &str) -> NaiveDate {
        s.parse().expect("a valid date")
    }

    fn sample() -> Timetable {
        crate::template::standard_week(date("2026-11-26"))
    }

    #[test]
    fn an_empty_id_becomes_the_first_free_one_and_a_given_id_is_kept() {
        let mut rooms: IdMap<RoomId, ()> = IdMap::default();
        assert_eq!(id_or_fresh(&RoomId::from(""), &rooms, "room").0, "room");
        rooms.insert("room".into(), ());
        assert_eq!(id_or_fresh(&RoomId::from(""), &rooms, "room").0, "room-2");
        rooms.insert("room-2".into(), ());
        assert_eq!(
            id_or_fresh(&RoomId::from("  "), &rooms, "room").0,
            "room-3",
            "blank counts as empty"
        );
        assert_eq!(
            id_or_fresh(&RoomId::from("room"), &rooms, "x").0,
            "room",
            "a given id is kept"
        );
    }

    #[test]
    fn new_items_are_valid_once_given_an_id() {
        let mut t = sample();
        t.days.push(Day {
            date: date("2026-12-05"),
            kind: DayKind::Weekend,
            hours: None,
            note: None,
        });
        let n = NewItems::of(&t);
        let mut slot = n.slot;
        slot.id = "evening".into();
        t.slots.insert(slot.id.clone(), slot);
        let mut session = n.session;
        session.id = "s1".into();
        t.sessions.insert(session.id.clone(), session);
        assert!(t.validate().is_empty(), "{:?}", t.validate());
    }
}
