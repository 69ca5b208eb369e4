//! Why a command is refused.

use std::fmt;

use chrono::NaiveDate;

use crate::messages::{Arg, Message};

use crate::model::{BodyId, ConstraintId, RuleFault, SessionId};
use crate::time::Stamp;

/// Why a command was refused; nothing changed. Each message names the value at fault and the
/// item it belongs to; the editor puts the command's label in front ("Move session: session
/// 'q4' is not scheduled; ...").
///
/// What it says is [`CommandError::message`], an id of the message files with its
/// arguments, so it can be written in any language; `Display` writes it in English.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CommandError {
    /// The command names an item that does not exist: a session, room, ... id, a day's date,
    /// an acknowledged conflict's key, an annex note's key.
    NotFound {
        /// Which collection ("session", "room", "day", ...).
        what: &'static str,
        /// The id that was asked for.
        id: String,
    },
    /// An add names an id (or, for a day, a date) that an item already has.
    Duplicate {
        /// Which collection.
        what: &'static str,
        /// The id.
        id: String,
    },
    /// A move, resize or nudge names a session that is in the palette.
    NotScheduled {
        /// The session.
        session: SessionId,
    },
    /// An add, schedule, resize or duplicate gives a session a placement that ends at or
    /// before its start.
    ///
    /// Said as the user typed it, in clock times (the label in front names the session).
    EndNotAfterStart {
        /// The session.
        session: SessionId,
        /// The start asked for.
        start: Stamp,
        /// The end asked for.
        end: Stamp,
    },
    /// A point in time or open-ended item was given an end (resized).
    NoLength {
        /// The session.
        session: SessionId,
    },
    /// A move would take a time past the range of dates the model can hold.
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
    DateOutOfRange {
        /// The date (of a day or a break).
        date: NaiveDate,
        /// By how many days it would move.
        days: i64,
    },
    /// Removing a body that other bodies name as their parent.
    BodyHasChildren {
        /// The body to remove.
        body: BodyId,
        /// One of the bodies under it.
        child: BodyId,
    },
    /// Putting a body under itself.
    BodyUnderItself {
        /// The body's short name.
        body: String,
    },
    /// Putting a body under one of the bodies under it.
    BodyCycle {
        /// The body's short name.
        body: String,
        /// The short name of the parent asked for.
        parent: String,
    },
    /// A series of bodies whose text cannot be read.
    Series(#[from] crate::bodies::SeriesError),
    /// A series to go under a body that does not exist.
    SeriesParentUnknown {
        /// The name typed after "under".
        name: String,
    },
    /// A series that would add a body whose short name is taken.
    SeriesTaken {
        /// The short name.
        short: String,
    },
    /// Acknowledging a conflict without saying why.
    NoReason {
        /// The conflict's key.
        key: String,
    },
    /// Swapping a date with itself.
    SwapWithItself {
        /// The date given twice.
        date: NaiveDate,
    },
    /// Publishing a revision with a blank label.
    BlankRevisionLabel,
    /// Publishing a revision under a label already published.
    RevisionLabelTaken {
        /// The label.
        label: String,
    },
    /// The set-up form's command cannot be applied as given (no title, no language, an
    /// unknown city, dates in the wrong order, sessions left outside the new dates).
    Setup(#[from] crate::template::SetupError),
    /// Moving a meeting that has no days.
    NoDays,
    /// Moving the meeting to a first day on another weekday than its current first day.
    WeekdayChanged {
        /// The new first day asked for.
        start: NaiveDate,
        /// The meeting's current first day.
        first: NaiveDate,
    },
    /// A constraint whose rule relates a session to itself or names too few sessions.
    PointlessRule {
        /// The constraint.
        constraint: ConstraintId,
        /// What is wrong with its rule.
        fault: RuleFault,
    },
    /// A note command names a note key that is not one (`hours`, `session:<id>`,
    /// `free:<id>`).
    BadNoteKey {
        /// What is wrong with the key, naming it (boxed: an error stays small).
        why: Box<Message>,
    },
    /// A paste or delete of several sessions names none.
    NoSessions,
    /// An arrangement no placement can satisfy (too few room-hours, an order cycle, a
    /// pinned clash), said at once.
    Infeasible(#[from] crate::arrange::Infeasible),
    /// An arrangement previewed on a state of the document that is no longer the current
    /// one (an edit came in between): applying it could undo that edit.
    StaleArrangement,
    /// A preference given the weight "hard": a preference only ever costs.
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

impl CommandError {
    /// What the refusal says, as a message id with its arguments (`Display` writes it in
    /// English). A refusal that passes on another part's own words (a series that cannot be
    /// read, the set-up form, an arrangement no placement can satisfy, a rule's fault, a
    /// note key) carries those words as they are, in English.
    pub fn message(&self) -> Message {
        use CommandError as E;
        match self {
            E::NotFound { what, id } => Message::new("refusal-not-found")
                .with("what", item(what))
                .with("id", id),
            E::Duplicate { what, id } => Message::new("refusal-duplicate")
                .with("what", item(what))
                .with("id", id),
            E::NotScheduled { session } => {
                Message::new("refusal-not-scheduled").with("session", session.as_str())
            }
            E::EndNotAfterStart { start, end, .. } => Message::new("refusal-end-not-after-start")
                .with("start", start.time())
                .with("end", end.time()),
            E::NoLength { session } => {
                Message::new("refusal-no-length").with("session", session.as_str())
            }
            E::OutOfRange {
                what,
                id,
                start,
                minutes,
            } => Message::new("refusal-out-of-range")
                .with("what", item(what))
                .with("id", id)
                .with("start", start.to_string())
                .with("minutes", *minutes),
            E::DateOutOfRange { date, days } => Message::new("refusal-date-out-of-range")
                .with("date", date.to_string())
                .with("days", *days),
            E::BodyHasChildren { body, child } => Message::new("refusal-body-has-children")
                .with("body", body.as_str())
                .with("child", child.as_str()),
            E::BodyUnderItself { body } => {
                Message::new("refusal-body-under-itself").with("body", body)
            }
            E::BodyCycle { body, parent } => Message::new("refusal-body-cycle")
                .with("body", body)
                .with("parent", parent),
            E::SeriesParentUnknown { name } => {
                Message::new("refusal-series-parent-unknown").with("name", name)
            }
            E::SeriesTaken { short } => Message::new("refusal-series-taken").with("short", short),
            E::NoReason { key } => Message::new("refusal-no-reason").with("key", key),
            E::SwapWithItself { date } => {
                Message::new("refusal-swap-with-itself").with("date", date.to_string())
            }
            E::BlankRevisionLabel => Message::new("refusal-blank-revision-label"),
            E::RevisionLabelTaken { label } => {
                Message::new("refusal-revision-label-taken").with("label", label)
            }
            E::NoDays => Message::new("refusal-no-days"),
            E::WeekdayChanged { start, first } => Message::new("refusal-weekday-changed")
                .with("start", start.to_string())
                .with("weekday", Arg::Weekday(*start))
                .with("firstWeekday", Arg::Weekday(*first)),
            E::PointlessRule { constraint, fault } => Message::new("refusal-pointless-rule")
                .with("constraint", constraint.as_str())
                .with("fault", fault.message()),
            E::NoSessions => Message::new("refusal-no-sessions"),
            E::StaleArrangement => Message::new("refusal-stale-arrangement"),
            E::HardPreference(preference) => Message::new("refusal-hard-preference")
                .with("preference", format!("{preference:?}")),
            E::Series(e) => e.message(),
            E::Setup(e) => e.message(),
            E::Infeasible(e) => e.message(),
            E::BadNoteKey { why } => (**why).clone(),
        }
    }
}

/// The refusal in English.
impl fmt::Display for CommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

/// The name of the collection `what` ("session", "annex note") as a message, so each
/// language names it in its own words; a name the files lack is written as it is.
fn item(what: &str) -> Arg {
    let id = match what {
        "session" => "item-session",
        "room" => "item-room",
        "body" => "item-body",
        "person" => "item-person",
        "slot" => "item-slot",
        "break" => "item-break",
        "constraint" => "item-constraint",
        "day" => "item-day",
        "annex note" => "item-annex-note",
        "free note" => "item-free-note",
        "acknowledged conflict" => "item-acknowledged-conflict",
        other => return Arg::Text(other.to_owned()),
    };
    Message::new(id).into()
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

    /// Every refusal reads in English as it did before it was written from the message
    /// files, and in each other language differently (it was translated, not left out).
    #[test]
    fn every_refusal_is_written_from_the_message_files_in_english_as_before() {
        let date = |s: &str| s.parse::<NaiveDate>().expect("date");
        let stamp = |s: &str| s.parse::<Stamp>().expect("stamp");
        let cases = [
            (
                CommandError::not_found("annex note", "session:q1"),
                "there is no annex note 'session:q1'",
            ),
            (
                CommandError::Duplicate {
                    what: "day",
                    id: "2017-09-18".into(),
                },
                "a day with id '2017-09-18' already exists",
            ),
            (
                CommandError::NotScheduled {
                    session: "q4".into(),
                },
                "session 'q4' is not scheduled; schedule it before moving or resizing it",
            ),
            (
                CommandError::NoLength {
                    session: "q4".into(),
                },
                "session 'q4' is a point in time or open-ended and has no end to set; make it a span first",
            ),
            (
                CommandError::OutOfRange {
                    what: "session",
                    id: "q4".into(),
                    start: stamp("2017-09-20T10:00"),
                    minutes: -30,
                },
                "session 'q4': 2017-09-20T10:00 plus -30 minutes is out of range",
            ),
            (
                CommandError::OutOfRange {
                    what: "constraint",
                    id: "c".into(),
                    start: stamp("2017-09-20T10:00"),
                    minutes: i64::MAX,
                },
                "constraint 'c': 2017-09-20T10:00 plus 9223372036854775807 minutes is out of range",
            ),
            (
                CommandError::DateOutOfRange {
                    date: date("2017-09-18"),
                    days: 3,
                },
                "2017-09-18 moved by 3 days is out of range",
            ),
            (
                CommandError::BodyHasChildren {
                    body: "wp1".into(),
                    child: "q1".into(),
                },
                "body 'wp1' still has 'q1' under it; remove or move that first",
            ),
            (
                CommandError::BodyUnderItself {
                    body: "WP1/12".into(),
                },
                "cannot put WP1/12 under itself",
            ),
            (
                CommandError::BodyCycle {
                    body: "WP1/12".into(),
                    parent: "Q1/12".into(),
                },
                "cannot put WP1/12 under Q1/12: Q1/12 is one of the bodies under WP1/12",
            ),
            (
                CommandError::SeriesParentUnknown {
                    name: "WP9/12".into(),
                },
                "there is no body WP9/12 to put the series under; add it first or check its short name",
            ),
            (
                CommandError::SeriesTaken {
                    short: "Q1/12".into(),
                },
                "there is already a body Q1/12; the series would add it twice",
            ),
            (
                CommandError::NoReason {
                    key: "roomClash:a+b@k".into(),
                },
                "conflict 'roomClash:a+b@k': an acknowledgement needs a reason (why the conflict is acceptable)",
            ),
            (
                CommandError::SwapWithItself {
                    date: date("2017-09-18"),
                },
                "cannot swap 2017-09-18 with itself",
            ),
            (
                CommandError::BlankRevisionLabel,
                "a revision needs a label (e.g. Rev.1)",
            ),
            (
                CommandError::RevisionLabelTaken {
                    label: "Rev.1".into(),
                },
                "a revision labelled 'Rev.1' already exists; choose another label",
            ),
            (CommandError::NoDays, "the meeting has no days to move"),
            (
                CommandError::PointlessRule {
                    constraint: "c1".into(),
                    fault: RuleFault::TooFew,
                },
                "constraint 'c1': it needs at least two different sessions",
            ),
            (
                CommandError::BadNoteKey {
                    why: Box::new(crate::annex::notes::key_problem("free: x").expect("a bad key")),
                },
                "free note key 'free: x' needs an id without spaces after 'free:'",
            ),
            (CommandError::NoSessions, "no session given"),
            (
                CommandError::StaleArrangement,
                "the document changed since this arrangement was made; arrange again",
            ),
            (
                CommandError::HardPreference(crate::model::Preference::SplitAcrossLunch),
                "a preference (SplitAcrossLunch) takes a soft weight (a whole number), not \"hard\"",
            ),
            (
                CommandError::Series(crate::bodies::SeriesError::Empty),
                "type a series such as Q1/2-Q4/2 under WP1/2",
            ),
        ];
        for (error, message) in cases {
            assert_eq!(error.to_string(), message, "{error:?}");
            let said = error.message();
            for lang in crate::model::Lang::ALL {
                assert!(!said.text(lang).is_empty(), "{error:?} in {lang:?}");
            }
        }
        let pointless = CommandError::PointlessRule {
            constraint: "c1".into(),
            fault: RuleFault::Repeated("q4".into()),
        };
        assert_eq!(
            pointless.to_string(),
            "constraint 'c1': it names session 'q4' twice; a rule relates different sessions"
        );
        assert_eq!(
            pointless.message().text(crate::model::Lang::Es),
            "restricción «c1»: nombra dos veces la sesión «q4»; una regla relaciona sesiones distintas"
        );
        assert_eq!(
            CommandError::PointlessRule {
                constraint: "c1".into(),
                fault: RuleFault::OneSided,
            }
            .message()
            .text(crate::model::Lang::Zh),
            "约束“c1”：它需要一个在前的会议和一个在后的会议"
        );
        let refused = CommandError::not_found("room", "popov").message();
        assert_eq!(
            refused.text(crate::model::Lang::Fr),
            "il n’y a pas de salle «\u{a0}popov\u{a0}»"
        );
        assert_eq!(refused.text(crate::model::Lang::Zh), "没有会议室“popov”");
        let weekday = CommandError::WeekdayChanged {
            start: date("2017-09-19"),
            first: date("2017-09-18"),
        }
        .message();
        assert_eq!(
            weekday.text(crate::model::Lang::Fr),
            "le 2017-09-19 est un mardi, mais la réunion commence un lundi\u{a0}; choisissez un lundi pour que chaque jour garde son jour de la semaine"
        );
    }
}
