//! Commands on what is published: revisions of the timetable, and the notes under the annex
//! table (their order and their texts).

use chrono::NaiveDate;

use super::build::Builder;
use super::edit::Edit;
use super::error::CommandError;
use crate::annex::{Layout, all_note_keys, note_keys_in_order, notes};
use crate::model::{AnnexNote, Frozen, Lang, Revision, Timetable};

/// Publishes the timetable as it is now under `label` (or the suggested next label), dated
/// `date`; the label must be new.
pub(super) fn publish_revision(
    b: &mut Builder<'_>,
    label: &Option<String>,
    date: NaiveDate,
    comment: &Option<String>,
) -> Result<(), CommandError> {
    let t = b.timetable();
    let label = match label {
        Some(l) if l.trim().is_empty() => return Err(CommandError::BlankRevisionLabel),
        Some(l) => l.trim().to_owned(),
        None => suggest_revision_label(t),
    };
    if t.revision(&label).is_some() {
        return Err(CommandError::RevisionLabelTaken { label });
    }
    let comment = comment
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_owned);
    let revision = Revision {
        label,
        date,
        comment,
        timetable: Frozen::of(t),
    };
    b.push(Edit::Revision {
        index: t.revisions.len(),
        before: None,
        after: Some(Box::new(revision)),
    });
    Ok(())
}

/// The label to suggest for the next revision: `Rev.N` with N one more than the highest
/// `Rev.N` published so far (`Rev.1` for the first), so labels the user typed by hand
/// ("Rev.3-draft", "Final") never block the suggestion and it is never a duplicate.
pub fn suggest_revision_label(t: &Timetable) -> String {
    let highest = t
        .revisions
        .iter()
        .filter_map(|r| r.label.strip_prefix("Rev.")?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    format!("Rev.{}", highest.saturating_add(1))
}

/// Moves note `key` to `to_index` among the notes of `layout` (days when absent).
pub(super) fn move_annex_note(
    b: &mut Builder<'_>,
    key: &str,
    to_index: u32,
    layout: Option<Layout>,
) -> Result<(), CommandError> {
    let t = b.timetable();
    let order = note_keys_in_order(t, layout.unwrap_or(Layout::Days));
    let after = notes::moved(&t.annex_notes, &order, key, to_index as usize)
        .ok_or_else(|| CommandError::not_found("annex note", key))?;
    b.annex_notes(after);
    Ok(())
}

/// Sets (or, with no or blank text, clears) the text of note `key` in `lang`.
pub(super) fn set_annex_note_text(
    b: &mut Builder<'_>,
    key: &str,
    lang: Lang,
    text: Option<&str>,
) -> Result<(), CommandError> {
    let t = b.timetable();
    let text = text.filter(|t| !t.trim().is_empty());
    let mut after = t.annex_notes.clone();
    match after.iter().position(|e| e.key == key) {
        Some(i) => {
            match text {
                Some(text) => after[i].text.insert(lang, text.to_owned()),
                None => after[i].text.remove(&lang),
            };
            // A free note is its entry: it stays when its last text is cleared.
            if !after[i].ordered && after[i].text.is_empty() && !notes::is_free(key) {
                after.remove(i);
            }
        }
        None => {
            if !all_note_keys(t).iter().any(|k| k == key) {
                return Err(CommandError::not_found("annex note", key));
            }
            if let Some(text) = text {
                after.push(AnnexNote {
                    key: key.to_owned(),
                    ordered: false,
                    text: [(lang, text.to_owned())].into_iter().collect(),
                });
            }
        }
    }
    b.annex_notes(after);
    Ok(())
}

/// Forgets the order the user gave the notes, keeping their texts.
pub(super) fn reset_annex_note_order(b: &mut Builder<'_>) {
    let after = b
        .timetable()
        .annex_notes
        .iter()
        .filter(|e| !e.text.is_empty() || notes::is_free(&e.key))
        .map(|e| AnnexNote {
            ordered: false,
            ..e.clone()
        })
        .collect();
    b.annex_notes(after);
}
