//! Why a command is refused.

use chrono::NaiveDate;

use crate::model::{BodyId, ConstraintId, RuleFault, SessionId};
use crate::time::Stamp;

/// Why a command was refused; nothing changed. Each message names the value at fault and the
/// item it belongs to; the editor puts the command's label in front ("Move session: session
/// 'q4' is not scheduled; ...").
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CommandError {
    /// The command names an item that does not exist: a session, room, ... id, a day's date,
    /// an acknowledged conflict's key, an annex note's key.
    #[error("there is no {what} '{id}'")]
    NotFound {
        /// Which collection ("session", "room", "day", ...).
        what: &'static str,
        /// The id that was asked for.
        id: String,
    },
    /// An add names an id (or, for a day, a date) that an item already has.
    #[error("a {what} with id '{id}' already exists")]
    Duplicate {
        /// Which collection.
        what: &'static str,
        /// The id.
        id: String,
    },
    /// A move, resize or nudge names a session that is in the palette.
    #[error("session '{session}' is not scheduled; schedule it before moving or resizing it")]
    NotScheduled {
        /// The session.
        session: SessionId,
    },
    /// An add, schedule, resize or duplicate gives a session a placement that ends at or
    /// before its start.
    ///
    /// Said as the user typed it, in clock times (the label in front names the session).
    #[error("the end ({}) must be after the start ({}); the times are unchanged", .end.time(), .start.time())]
    EndNotAfterStart {
        /// The session.
        session: SessionId,
        /// The start asked for.
        start: Stamp,
        /// The end asked for.
        end: Stamp,
    },
    /// A point in time or open-ended item was given an end (resized).
    #[error(
        "session '{session}' is a point in time or open-ended and has no end to set; make it \
         a span first"
    )]
    NoLength {
        /// The session.
        session: SessionId,
    },
    /// A move would take a time past the range of dates the model can hold.
    #[error("{what} '{id}': {start} plus {minutes} minutes is out of range")]
    OutOfRange {
        /// What is moved ("session", "constraint").
        what: &'static str,
        /// Its id.
        id: String,
        /// The time that would move out of range.
        start: Stamp,
        /// By how much it would move.
        minutes: i64,
    },
    /// Moving the meeting would take a date past the range of dates the model can hold.
    #[error("{date} moved by {days} days is out of range")]
    DateOutOfRange {
        /// The date (of a day or a break).
        date: NaiveDate,
        /// By how many days it would move.
        days: i64,
    },
    /// Removing a body that other bodies name as their parent.
    #[error("body '{body}' still has '{child}' under it; remove or move that first")]
    BodyHasChildren {
        /// The body to remove.
        body: BodyId,
        /// One of the bodies under it.
        child: BodyId,
    },
    /// Putting a body under itself.
    #[error("cannot put {body} under itself")]
    BodyUnderItself {
        /// The body's short name.
        body: String,
    },
    /// Putting a body under one of the bodies under it.
    #[error("cannot put {body} under {parent}: {parent} is one of the bodies under {body}")]
    BodyCycle {
        /// The body's short name.
        body: String,
        /// The short name of the parent asked for.
        parent: String,
    },
    /// A series of bodies whose text cannot be read.
    #[error(transparent)]
    Series(#[from] crate::bodies::SeriesError),
    /// A series to go under a body that does not exist.
    #[error(
        "there is no body {name} to put the series under; add it first or check its short name"
    )]
    SeriesParentUnknown {
        /// The name typed after "under".
        name: String,
    },
    /// A series that would add a body whose short name is taken.
    #[error("there is already a body {short}; the series would add it twice")]
    SeriesTaken {
        /// The short name.
        short: String,
    },
    /// Acknowledging a conflict without saying why.
    #[error("conflict '{key}': an acknowledgement needs a reason (why the conflict is acceptable)")]
    NoReason {
        /// The conflict's key.
        key: String,
    },
    /// Swapping a date with itself.
    #[error("cannot swap {date} with itself")]
    SwapWithItself {
        /// The date given twice.
        date: NaiveDate,
    },
    /// Publishing a revision with a blank label.
    #[error("a revision needs a label (e.g. Rev.1)")]
    BlankRevisionLabel,
    /// Publishing a revision under a label already published.
    #[error("a revision labelled '{label}' already exists; choose another label")]
    RevisionLabelTaken {
        /// The label.
        label: String,
    },
    /// The set-up form's command cannot be applied as given (no title, no language, an
    /// unknown city, dates in the wrong order, sessions left outside the new dates).
    #[error(transparent)]
    Setup(#[from] crate::template::SetupError),
    /// Moving a meeting that has no days.
    #[error("the meeting has no days to move")]
    NoDays,
    /// Moving the meeting to a first day on another weekday than its current first day.
    #[error(
        "{start} is a {} but the meeting starts on a {}; choose a {} so every day keeps its \
         weekday",
        weekday(.start),
        weekday(.first),
        weekday(.first)
    )]
    WeekdayChanged {
        /// The new first day asked for.
        start: NaiveDate,
        /// The meeting's current first day.
        first: NaiveDate,
    },
    /// A constraint whose rule relates a session to itself or names too few sessions.
    #[error("constraint '{constraint}': {fault}")]
    PointlessRule {
        /// The constraint.
        constraint: ConstraintId,
        /// What is wrong with its rule.
        fault: RuleFault,
    },
    /// A note command names a note key that is not one (`hours`, `session:<id>`,
    /// `free:<id>`).
    #[error("{why}")]
    BadNoteKey {
        /// What is wrong with the key, naming it.
        why: String,
    },
    /// A paste or delete of several sessions names none.
    #[error("no session given")]
    NoSessions,
    /// An arrangement no placement can satisfy (too few room-hours, an order cycle, a
    /// pinned clash), said at once.
    #[error("{0}")]
    Infeasible(#[from] crate::arrange::Infeasible),
    /// An arrangement previewed on a state of the document that is no longer the current
    /// one (an edit came in between): applying it could undo that edit.
    #[error("the document changed since this arrangement was made; arrange again")]
    StaleArrangement,
    /// A preference given the weight "hard": a preference only ever costs.
    #[error("a preference ({0:?}) takes a soft weight (a whole number), not \"hard\"")]
    HardPreference(crate::model::Preference),
}

impl CommandError {
    /// `id` is not in the collection `what`.
    pub(super) fn not_found(what: &'static str, id: impl ToString) -> CommandError {
        CommandError::NotFound {
            what,
            id: id.to_string(),
        }
    }
}

/// The weekday of `date` in English, as the messages are (ICU4X's names, as in the annex).
fn weekday(date: &NaiveDate) -> String {
    crate::i18n::Dates::new(crate::model::Lang::En).weekday(*date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_names_the_value_at_fault() {
        let date = |s: &str| s.parse::<NaiveDate>().expect("date");
        let cases = [
            (
                CommandError::EndNotAfterStart {
                    session: SessionId::from("q4"),
                    start: "2017-09-20T10:00".parse().expect("stamp"),
                    end: "2017-09-20T09:00".parse().expect("stamp"),
                },
                "the end (09:00) must be after the start (10:00); the times are unchanged",
            ),
            (
                CommandError::WeekdayChanged {
                    start: date("2017-09-19"),
                    first: date("2017-09-18"),
                },
                "2017-09-19 is a Tuesday but the meeting starts on a Monday; choose a Monday so \
                 every day keeps its weekday",
            ),
            (
                CommandError::NotFound {
                    what: "room",
                    id: "popov".into(),
                },
                "there is no room 'popov'",
            ),
        ];
        for (error, message) in cases {
            assert_eq!(error.to_string(), message, "{error:?}");
        }
    }
}
