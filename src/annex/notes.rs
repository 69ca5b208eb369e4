//! The user's order and wording of the notes under the annex table.
//!
//! Notes are derived from the sessions on every build (see [`build`](mod@super::build)).
//! The document may carry [`AnnexNote`] entries that reorder them and replace their text;
//! this module names notes by a stable key and orders them by those entries, and defines
//! the [`NoteView`]s the app's notes editor shows. It is pure list arithmetic on keys and
//! imports nothing of the annex: the queries that need a built annex ([`note_views`],
//! [`all_note_keys`], [`note_keys_in_order`]) live beside `build`.
//!
//! [`note_views`]: super::build::note_views
//! [`all_note_keys`]: super::build::all_note_keys
//! [`note_keys_in_order`]: super::build::note_keys_in_order
//!
//! ## Keys
//! - `"hours"`: the standard-hours note ("All other sessions: ...").
//! - `"session:<id>"`: a note about sessions, `<id>` being the lowest session id (in string
//!   order) among the sessions it lists. Session ids never change and are never reused, so
//!   the key survives every edit that keeps that session in the note: moving or retiming
//!   it, renaming it, editing its note wording in any language, adding sessions to the
//!   note. It changes only when that session leaves the note (deleted, unscheduled, set to
//!   `cell` or `hidden`, given another wording or tentative flag), and then the entry is
//!   kept but ignored with a warning. A key from the wording would instead break on every
//!   wording or translation edit, and a key from the note's position on every move.
//! - `"free:<id>"`: a free note, the user's own, tied to no session. It is its entry: it
//!   comes after the derived notes (in entry order) until placed, says the entry's text
//!   (else English, else any language, with the fallback mark), and goes when the entry
//!   goes. Sessions may carry its marker ([`Session::annex_mark`]).
//!
//! [`Session::annex_mark`]: crate::model::Session::annex_mark
//!
//! ## Order
//! The entries marked `ordered`, in list order, fix the order of their notes. Every other
//! note keeps its derived place relative to them: it comes right after the nearest
//! ordered note that precedes it in derived order (notes before any ordered note come
//! first), in derived order among themselves. So until the user moves a note, notes follow
//! the derived order (by time, standard hours last) as sessions move; a new note appears
//! where time order puts it. [`Command::MoveAnnexNote`](crate::command::Command) marks
//! every note of the moved-in layout ordered, so the order shown is exactly kept.
//!
//! ## Text
//! An entry's text in the annex language replaces the whole derived note text (the
//! "TBD: " prefix and the final full stop included); `{times}` in it is replaced by the
//! derived dates and times (for the standard-hours note, the slots' times). A language the
//! entry has no text for shows the derived text. Markers in the table always carry the
//! final numbers.

use serde::Serialize;
use ts_rs::TS;

use crate::model::{AnnexNote, SessionId};

/// The key of the standard-hours note.
pub const HOURS_KEY: &str = "hours";

/// What the key of a free note starts with: `free:<id>`.
pub const FREE_PREFIX: &str = "free:";

/// Whether `key` names a free note (`free:<id>`): one the user wrote, tied to no session.
pub fn is_free(key: &str) -> bool {
    key.starts_with(FREE_PREFIX)
}

/// What is wrong with `key` as a note key, if anything: a free note's (`free:<id>`) needs
/// an id without spaces. Other keys are not checked here: a key that names no note is kept
/// and ignored with a warning, as files always had it (a blank key is refused on load).
pub fn key_problem(key: &str) -> Option<crate::messages::Message> {
    match key.strip_prefix(FREE_PREFIX) {
        Some(id) if id.is_empty() || id.chars().any(char::is_whitespace) => {
            Some(crate::messages::Message::new("problem-free-note-key").with("key", key))
        }
        _ => None,
    }
}

/// The key of a note about `sessions` (not empty): `session:` and their lowest id.
pub fn session_note_key<'a>(sessions: impl IntoIterator<Item = &'a SessionId>) -> String {
    let lowest = sessions.into_iter().min().map_or("", |id| id.as_str());
    format!("session:{lowest}")
}

/// One note as the app's notes editor shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct NoteView {
    /// Its stable key (`"hours"`, `"session:<id>"`): what the note commands name.
    pub key: String,
    /// Its number under the table (1-based), after the user's order.
    pub number: u32,
    /// The text the annex prints: the override with `{times}` filled in, else the derived
    /// text.
    pub text: String,
    /// The derived text, as it would be without an override.
    pub derived: String,
    /// Whether the user's text replaces the derived one in this language.
    pub overridden: bool,
    /// Whether the user placed this note (it keeps its place when sessions move).
    pub ordered: bool,
    /// The sessions it is about; empty for the standard-hours note.
    pub sessions: Vec<SessionId>,
}

/// The final order of notes whose keys are `derived` (in derived order), as indices into
/// `derived`, after the ordered entries of `overrides` (see the module docs).
pub fn final_order(derived: &[&str], overrides: &[AnnexNote]) -> Vec<usize> {
    // Ordered keys that name a note, first occurrence only, in list order.
    let mut ordered: Vec<usize> = Vec::new();
    for entry in overrides.iter().filter(|e| e.ordered) {
        if let Some(i) = derived.iter().position(|k| *k == entry.key)
            && !ordered.contains(&i)
        {
            ordered.push(i);
        }
    }
    // Each unordered note follows the nearest ordered note before it in derived order.
    let mut anchored: Vec<(Option<usize>, usize)> = Vec::new();
    let mut anchor = None;
    for i in 0..derived.len() {
        if ordered.contains(&i) {
            anchor = Some(i);
        } else {
            anchored.push((anchor, i));
        }
    }
    let mut out: Vec<usize> = anchored
        .iter()
        .filter(|(a, _)| a.is_none())
        .map(|(_, i)| *i)
        .collect();
    for o in ordered {
        out.push(o);
        out.extend(
            anchored
                .iter()
                .filter(|(a, _)| *a == Some(o))
                .map(|(_, i)| *i),
        );
    }
    out
}

/// The override entries after moving note `key` to position `to_index` of `order` (the
/// current final order of one layout's keys): every key of `order` becomes an ordered
/// entry in the new order (keeping its text), followed by the other entries unchanged.
/// `None` when `key` is not in `order`.
pub fn moved(
    overrides: &[AnnexNote],
    order: &[String],
    key: &str,
    to_index: usize,
) -> Option<Vec<AnnexNote>> {
    let from = order.iter().position(|k| k == key)?;
    let mut order = order.to_vec();
    let k = order.remove(from);
    order.insert(to_index.min(order.len()), k);
    let mut out: Vec<AnnexNote> = order
        .iter()
        .map(|k| AnnexNote {
            key: k.clone(),
            ordered: true,
            text: overrides
                .iter()
                .find(|e| &e.key == k)
                .map(|e| e.text.clone())
                .unwrap_or_default(),
        })
        .collect();
    out.extend(
        overrides
            .iter()
            .filter(|e| !order.contains(&e.key))
            .cloned(),
    );
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(key: &str, ordered: bool) -> AnnexNote {
        AnnexNote {
            key: key.into(),
            ordered,
            text: Default::default(),
        }
    }

    #[test]
    fn without_ordered_entries_the_derived_order_stands() {
        let derived = ["a", "b", "c", "hours"];
        assert_eq!(final_order(&derived, &[]), vec![0, 1, 2, 3]);
        assert_eq!(
            final_order(&derived, &[entry("c", false), entry("a", false)]),
            vec![0, 1, 2, 3]
        );
        // One ordered note alone keeps its place too.
        assert_eq!(final_order(&derived, &[entry("c", true)]), vec![0, 1, 2, 3]);
    }

    #[test]
    fn ordered_notes_follow_the_list_and_others_follow_their_predecessor() {
        let derived = ["a", "b", "c", "d", "hours"];
        // The user put hours first, then a; b and c follow a, d follows... d is unordered
        // after c, whose nearest ordered predecessor is a.
        let o = final_order(&derived, &[entry("hours", true), entry("a", true)]);
        assert_eq!(o, vec![4, 0, 1, 2, 3]);
        // A new note "x" between a and b in derived order stays right after a.
        let derived = ["a", "x", "b", "hours"];
        let o = final_order(
            &derived,
            &[entry("b", true), entry("a", true), entry("hours", true)],
        );
        assert_eq!(o, vec![2, 0, 1, 3]);
        // Stale keys are ignored.
        let o = final_order(&derived, &[entry("gone", true), entry("hours", true)]);
        assert_eq!(o, vec![0, 1, 2, 3]);
    }

    #[test]
    fn moving_orders_every_note_of_the_layout() {
        let order: Vec<String> = ["a", "b", "hours"].map(String::from).to_vec();
        let mut text = crate::model::Text::new();
        text.insert(crate::model::Lang::En, "B!".into());
        let overrides = vec![
            AnnexNote {
                key: "b".into(),
                ordered: false,
                text: text.clone(),
            },
            entry("stale", true),
        ];
        let out = moved(&overrides, &order, "hours", 0).expect("known key");
        let keys: Vec<&str> = out.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(keys, ["hours", "a", "b", "stale"]);
        assert!(out[..3].iter().all(|e| e.ordered));
        assert_eq!(out[2].text, text);
        assert!(moved(&overrides, &order, "nope", 0).is_none());
        let derived = ["a", "b", "hours"];
        assert_eq!(final_order(&derived, &out), vec![2, 0, 1]);
    }
}
