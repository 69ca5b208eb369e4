//! The keyed collections of a timetable (sessions, rooms, bodies, persons, slots, breaks,
//! constraints) as one kind of thing, so adding, editing and removing any item is one
//! generic piece of code ([`Builder::add`], [`Builder::edit`], [`Builder::remove`]).
//!
//! What differs between collections lives here, beside each item, as impls of the traits the
//! builder defines ([`Keyed`], [`Item`]):
//! - [`Item::admit`] runs before an item is added: it is where the core picks an id when the
//!   item has none ([`crate::new_items::fresh_id`], the one way ids are made up);
//! - [`Item::check`] runs before an item is added or edited: it refuses values no item may
//!   have (a placement that ends before it starts, a rule that relates a session to itself);
//! - [`Item::detach`] runs before an item is removed: it takes the item out of everything
//!   that names it (a deleted session leaves its constraints, a removed room leaves its
//!   sessions), or refuses (a body with bodies under it).

use super::build::{Builder, Item, Keyed};
use super::edit::{Change, Edit};
use super::error::CommandError;
use crate::model::{
    Body, BodyId, Break, BreakId, Constraint, ConstraintId, IdMap, Person, PersonId, Placement,
    Room, RoomId, Rule, Session, SessionId, Slot, SlotId, Timetable,
};
use crate::new_items::{Numbering, fresh_id, id_or_fresh};

macro_rules! keyed {
    ($($item:ident: $id:ident in $field:ident as $what:literal,
        wrap $wrap:expr, unwrap $pat:pat => $inner:expr;)*) => {
        $(impl Keyed for $item {
            type Id = $id;
            const WHAT: &'static str = $what;
            fn id(&self) -> &$id {
                &self.id
            }
            fn map(t: &Timetable) -> &IdMap<$id, $item> {
                &t.$field
            }
            fn map_mut(t: &mut Timetable) -> &mut IdMap<$id, $item> {
                &mut t.$field
            }
            fn wrap(change: Change<$id, $item>) -> Edit {
                $wrap(change)
            }
            fn change_mut(edit: &mut Edit) -> Option<&mut Change<$id, $item>> {
                match edit {
                    $pat => Some($inner),
                    _ => None,
                }
            }
        })*
    };
}

keyed! {
    Session: SessionId in sessions as "session",
        wrap |c| Edit::Session(Box::new(c)), unwrap Edit::Session(c) => &mut **c;
    Room: RoomId in rooms as "room", wrap Edit::Room, unwrap Edit::Room(c) => c;
    Body: BodyId in bodies as "body", wrap Edit::Body, unwrap Edit::Body(c) => c;
    Person: PersonId in persons as "person", wrap Edit::Person, unwrap Edit::Person(c) => c;
    Slot: SlotId in slots as "slot", wrap Edit::Slot, unwrap Edit::Slot(c) => c;
    Break: BreakId in breaks as "break", wrap Edit::Break, unwrap Edit::Break(c) => c;
    Constraint: ConstraintId in constraints as "constraint",
        wrap Edit::Constraint, unwrap Edit::Constraint(c) => c;
}

impl Item for Session {
    /// A session without an id gets a fresh one (`s-N`).
    fn admit(&mut self, t: &Timetable) {
        if self.id.0.trim().is_empty() {
            self.id = fresh_id(&t.sessions, "s", Numbering::Always);
        }
    }

    /// A span's placement must end after it starts; a point's or open-ended item's ends
    /// where it starts (settling makes it so; see [`Session::settle_minutes`]).
    fn check(&self) -> Result<(), CommandError> {
        match &self.placement {
            Some(pl) if self.timing.is_span() => check_placement(&self.id, pl),
            _ => Ok(()),
        }
    }

    /// An unscheduled session keeps the length it had (see [`Session::settle_minutes`]).
    fn settle(self, before: Option<&Session>, t: &Timetable) -> Session {
        self.settle_minutes(before, t.default_session_minutes())
    }

    /// Every constraint naming the session loses it; one left with nothing meaningful
    /// (a fixed time, a sequence of one) goes.
    fn detach(b: &mut Builder<'_>, id: &SessionId) -> Result<(), CommandError> {
        let narrowed: Vec<(ConstraintId, Option<Constraint>)> = b
            .timetable()
            .constraints
            .values()
            .filter(|c| c.rule.sessions().contains(&id))
            .map(|c| {
                let rule = without_session(&c.rule, id);
                (
                    c.id.clone(),
                    rule.map(|rule| Constraint { rule, ..c.clone() }),
                )
            })
            .collect();
        for (constraint, after) in narrowed {
            b.set(constraint, after);
        }
        Ok(())
    }
}

impl Item for Room {
    /// Added without an id, it gets a fresh one (`room`, `room-2`, ...).
    fn admit(&mut self, t: &Timetable) {
        self.id = id_or_fresh(&self.id, Self::map(t), "room");
    }

    /// Sessions in the room are left without a room; sessions and bodies that preferred it
    /// prefer none.
    fn detach(b: &mut Builder<'_>, id: &RoomId) -> Result<(), CommandError> {
        b.update_sessions(|s| {
            let here = s.room.as_ref() == Some(id);
            let preferred = s.preferred_room.as_ref() == Some(id);
            (here || preferred).then(|| Session {
                room: if here { None } else { s.room.clone() },
                preferred_room: if preferred {
                    None
                } else {
                    s.preferred_room.clone()
                },
                ..s.clone()
            })
        });
        let bodies: Vec<Body> = b
            .timetable()
            .bodies
            .values()
            .filter(|x| x.preferred_room.as_ref() == Some(id))
            .map(|x| Body {
                preferred_room: None,
                ..x.clone()
            })
            .collect();
        for body in bodies {
            b.set(body.id.clone(), Some(body));
        }
        Ok(())
    }
}

impl Item for Body {
    /// Added without an id, it gets a fresh one (`body`, `body-2`, ...).
    fn admit(&mut self, t: &Timetable) {
        self.id = id_or_fresh(&self.id, Self::map(t), "body");
    }

    /// Refused while another body names it as parent; sessions no longer name it.
    fn detach(b: &mut Builder<'_>, id: &BodyId) -> Result<(), CommandError> {
        let t = b.timetable();
        if let Some(child) = t.bodies.values().find(|x| x.parent.as_ref() == Some(id)) {
            return Err(CommandError::BodyHasChildren {
                body: id.clone(),
                child: child.id.clone(),
            });
        }
        b.update_sessions(|s| {
            s.bodies.contains(id).then(|| Session {
                bodies: s.bodies.iter().filter(|x| *x != id).cloned().collect(),
                ..s.clone()
            })
        });
        Ok(())
    }
}

impl Item for Person {
    /// Added without an id, it gets a fresh one (`person`, `person-2`, ...).
    fn admit(&mut self, t: &Timetable) {
        self.id = id_or_fresh(&self.id, Self::map(t), "person");
    }

    /// Sessions no longer name the person.
    fn detach(b: &mut Builder<'_>, id: &PersonId) -> Result<(), CommandError> {
        b.update_sessions(|s| {
            s.persons.contains(id).then(|| Session {
                persons: s.persons.iter().filter(|x| *x != id).cloned().collect(),
                ..s.clone()
            })
        });
        Ok(())
    }
}

/// Slots, breaks, rooms, bodies and persons added without an id get a fresh one named after
/// their kind (see [`id_or_fresh`]).
macro_rules! fresh_when_empty {
    ($($item:ident as $prefix:literal),*) => {$(
        impl Item for $item {
            fn admit(&mut self, t: &Timetable) {
                self.id = id_or_fresh(&self.id, Self::map(t), $prefix);
            }
        }
    )*};
}
fresh_when_empty!(Slot as "slot", Break as "break");

impl Item for Constraint {
    /// A constraint added without an id gets one named after its rule (`c-before`).
    fn admit(&mut self, t: &Timetable) {
        let prefix = format!("c-{}", self.rule.name().to_ascii_lowercase());
        self.id = id_or_fresh(&self.id, &t.constraints, &prefix);
    }

    /// Its rule must relate different sessions (see [`Rule::fault`]).
    fn check(&self) -> Result<(), CommandError> {
        match self.rule.fault() {
            Some(fault) => Err(CommandError::PointlessRule {
                constraint: self.id.clone(),
                fault,
            }),
            None => Ok(()),
        }
    }
}

/// The rule without `id`; `None` when nothing meaningful is left of it.
fn without_session(rule: &Rule, id: &SessionId) -> Option<Rule> {
    let keep = |v: &Vec<SessionId>| v.iter().filter(|s| *s != id).cloned().collect::<Vec<_>>();
    match rule {
        Rule::Before { earlier, later } => {
            let (earlier, later) = (keep(earlier), keep(later));
            (!earlier.is_empty() && !later.is_empty()).then_some(Rule::Before { earlier, later })
        }
        Rule::InSequence { sessions } => {
            let sessions = keep(sessions);
            (sessions.len() >= 2).then_some(Rule::InSequence { sessions })
        }
        Rule::NoOverlap { sessions } => {
            let sessions = keep(sessions);
            (sessions.len() >= 2).then_some(Rule::NoOverlap { sessions })
        }
        Rule::FixedTime { .. } => None,
    }
}

/// Refuses a placement of session `id` that does not end after it starts.
pub(super) fn check_placement(id: &SessionId, pl: &Placement) -> Result<(), CommandError> {
    if pl.start >= pl.end {
        return Err(CommandError::EndNotAfterStart {
            session: id.clone(),
            start: pl.start,
            end: pl.end,
        });
    }
    Ok(())
}
