//! The builder a command compiles with: it records the command's edits and applies each at
//! once, so every later step of the command reads the timetable as the steps before it left
//! it, and every recorded index is where the item is at that moment. Finishing (or dropping,
//! on a refusal or a panic) undoes them all, so compiling leaves the timetable as it found
//! it.

use std::fmt::Display;
use std::hash::Hash;

use super::edit::{Change, Edit};
use super::error::CommandError;
use crate::model::{AnnexNote, Day, IdMap, Session, Timetable};

/// Where the items of one kind live in a timetable and how their edits are wrapped.
pub(super) trait Keyed: Clone + Sized {
    /// The item's id type.
    type Id: Clone + Eq + Hash + Display;
    /// The collection's name in messages ("room").
    const WHAT: &'static str;
    /// The item's id.
    fn id(&self) -> &Self::Id;
    /// The collection in `t`.
    fn map(t: &Timetable) -> &IdMap<Self::Id, Self>;
    /// The collection in `t`, to change.
    fn map_mut(t: &mut Timetable) -> &mut IdMap<Self::Id, Self>;
    /// `change` as an [`Edit`].
    fn wrap(change: Change<Self::Id, Self>) -> Edit;
    /// The change inside `edit` when it is an edit of this kind of item.
    fn change_mut(edit: &mut Edit) -> Option<&mut Change<Self::Id, Self>>;
}

/// What adding or removing an item of one kind entails (see the module doc).
pub(super) trait Item: Keyed {
    /// Makes a new item fit to add (gives it an id when it has none). Nothing by default.
    fn admit(&mut self, _t: &Timetable) {}

    /// Refuses a value no item may have, added or edited. Nothing by default.
    fn check(&self) -> Result<(), CommandError> {
        Ok(())
    }

    /// Takes the item `id` (which exists) out of everything that names it, or refuses its
    /// removal. Nothing by default.
    fn detach(_b: &mut Builder<'_>, _id: &Self::Id) -> Result<(), CommandError> {
        Ok(())
    }

    /// The item as a command leaves it, `before` being what it was (`None` for a new one):
    /// where a field follows from others, it is made to follow here, once for every command.
    /// The item itself by default.
    fn settle(self, _before: Option<&Self>, _t: &Timetable) -> Self {
        self
    }
}

/// Records the edits of one command while applying them to the timetable it compiles against.
pub(super) struct Builder<'t> {
    t: &'t mut Timetable,
    edits: Vec<Edit>,
}

impl<'t> Builder<'t> {
    /// A builder over `t`, with no edit yet.
    pub(super) fn new(t: &'t mut Timetable) -> Builder<'t> {
        Builder {
            t,
            edits: Vec::new(),
        }
    }

    /// The timetable as the edits recorded so far left it.
    pub(super) fn timetable(&self) -> &Timetable {
        self.t
    }

    /// Undoes every recorded edit and answers them, in order.
    pub(super) fn finish(mut self) -> Vec<Edit> {
        self.undo();
        std::mem::take(&mut self.edits)
    }

    fn undo(&mut self) {
        for e in self.edits.iter().rev() {
            e.inverted().apply(self.t);
        }
    }

    /// Applies `edit` and records it.
    pub(super) fn push(&mut self, edit: Edit) {
        edit.apply(self.t);
        self.edits.push(edit);
    }

    /// The item `id`, or a refusal naming it.
    pub(super) fn get<I: Item>(&self, id: &I::Id) -> Result<&I, CommandError> {
        I::map(self.t)
            .get(id)
            .ok_or_else(|| CommandError::not_found(I::WHAT, id))
    }

    /// Gives item `id` the value `after` (`None` removes it).
    ///
    /// An update of an item this command already edited is folded into that edit, so a
    /// command holds one edit per item where it can (a session moved twice is sent once).
    /// Folding an update is safe because an update moves no item: the indexes of the edits
    /// in between stay right.
    pub(super) fn set<I: Item>(&mut self, id: I::Id, after: Option<I>) {
        let map: &IdMap<I::Id, I> = I::map(self.t);
        let after = after.map(|a| a.settle(map.get(&id), self.t));
        let change = Change {
            index: map.get_index_of(&id).unwrap_or(map.len()),
            before: map.get(&id).cloned(),
            id,
            after,
        };
        change.apply_to(I::map_mut(self.t));
        if change.before.is_some() && change.after.is_some() {
            let earlier = self
                .edits
                .iter_mut()
                .rev()
                .find_map(|e| I::change_mut(e).filter(|c| c.id == change.id));
            if let Some(earlier) = earlier {
                earlier.after = change.after;
                return;
            }
        }
        self.edits.push(I::wrap(change));
    }

    /// Adds `item`, refusing an id already taken or a value no item may have (see
    /// [`Item::admit`], [`Item::check`]).
    pub(super) fn add<I: Item>(&mut self, mut item: I) -> Result<(), CommandError> {
        item.admit(self.t);
        item.check()?;
        if I::map(self.t).contains_key(item.id()) {
            return Err(CommandError::Duplicate {
                what: I::WHAT,
                id: item.id().to_string(),
            });
        }
        self.set(item.id().clone(), Some(item));
        Ok(())
    }

    /// Replaces the item with `item`'s id by `item`, refusing an unknown id or a value no item
    /// may have ([`Item::check`]).
    pub(super) fn edit<I: Item>(&mut self, item: I) -> Result<(), CommandError> {
        self.get::<I>(item.id())?;
        item.check()?;
        self.set(item.id().clone(), Some(item));
        Ok(())
    }

    /// Removes item `id` after detaching it (see [`Item::detach`]), refusing an unknown id.
    pub(super) fn remove<I: Item>(&mut self, id: &I::Id) -> Result<(), CommandError> {
        self.get::<I>(id)?;
        I::detach(self, id)?;
        self.set::<I>(id.clone(), None);
        Ok(())
    }

    /// Gives each session for which `change` answers a new value that value.
    pub(super) fn update_sessions(&mut self, change: impl Fn(&Session) -> Option<Session>) {
        let changed: Vec<Session> = self.t.sessions.values().filter_map(change).collect();
        for s in changed {
            self.set(s.id.clone(), Some(s));
        }
    }

    /// Replaces the list of days.
    pub(super) fn days(&mut self, after: Vec<Day>) {
        self.push(Edit::Days {
            before: self.t.days.clone(),
            after,
        });
    }

    /// Replaces the annex note overrides, when they change.
    pub(super) fn annex_notes(&mut self, after: Vec<AnnexNote>) {
        if after != self.t.annex_notes {
            self.push(Edit::AnnexNotes {
                before: self.t.annex_notes.clone(),
                after,
            });
        }
    }
}

impl Drop for Builder<'_> {
    /// A command refused (or a panic) midway: undo what it applied, so the timetable is as
    /// it was. After [`Builder::finish`] there is nothing left to undo.
    fn drop(&mut self) {
        self.undo();
    }
}
