//! Commands on how conflicts are judged: acknowledge one, take the acknowledgement back, set
//! the severity of a kind.

use super::build::Builder;
use super::edit::{Change, Edit};
use super::error::CommandError;
use crate::model::{Acknowledgement, ConflictKind, Severity};

/// Marks conflict `key` as acceptable for `reason`, which must not be blank.
pub(super) fn acknowledge(
    b: &mut Builder<'_>,
    key: &str,
    reason: &str,
) -> Result<(), CommandError> {
    if reason.trim().is_empty() {
        return Err(CommandError::NoReason { key: key.to_owned() });
    }
    let after = Acknowledgement {
        key: key.to_owned(),
        reason: reason.trim().to_owned(),
    };
    let before = b.timetable().acknowledgements.get(key).cloned();
    b.push(Edit::Acknowledgement(Change {
        id: key.to_owned(),
        index: 0,
        before,
        after: Some(after),
    }));
    Ok(())
}

/// Takes back the acknowledgement of conflict `key`.
pub(super) fn unacknowledge(b: &mut Builder<'_>, key: &str) -> Result<(), CommandError> {
    let before = b
        .timetable()
        .acknowledgements
        .get(key)
        .cloned()
        .ok_or_else(|| CommandError::not_found("acknowledged conflict", key))?;
    b.push(Edit::Acknowledgement(Change {
        id: key.to_owned(),
        index: 0,
        before: Some(before),
        after: None,
    }));
    Ok(())
}

/// Sets the severity of conflicts of `kind` (`None`: back to its default).
pub(super) fn set_severity(b: &mut Builder<'_>, kind: ConflictKind, severity: Option<Severity>) {
    let before = b.timetable().severities.get(&kind).copied();
    b.push(Edit::Severity {
        kind,
        before,
        after: severity,
    });
}
