//! The rules a timetable must respect beyond its sessions' own data ([`Constraint`],
//! [`Rule`]), the kinds of conflict and their severities, and acknowledgements.

use serde::{Deserialize, Serialize};

use super::{ConstraintId, Placement, SessionId};

/// A rule between sessions that the timetable must respect.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Constraint {
    /// Stable id.
    pub id: ConstraintId,
    /// The rule.
    pub rule: Rule,
    /// Why it exists, in the secretariat's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The rules a [`Constraint`] can state. Unscheduled sessions satisfy every rule (there is
/// nothing to check until they are placed).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "type", deny_unknown_fields)]
pub enum Rule {
    /// Every session of `earlier` ends before any session of `later` starts ("all Working
    /// Party closings before the closing plenary").
    #[serde(rename_all = "camelCase")]
    Before {
        /// Sessions that must come first.
        earlier: Vec<SessionId>,
        /// Sessions that must come after.
        later: Vec<SessionId>,
    },
    /// The sessions follow one another in this order, none overlapping the next.
    #[serde(rename_all = "camelCase")]
    InSequence {
        /// The sessions in their required order.
        sessions: Vec<SessionId>,
    },
    /// No two of these sessions may overlap.
    #[serde(rename_all = "camelCase")]
    NoOverlap {
        /// The sessions that must not overlap.
        sessions: Vec<SessionId>,
    },
    /// The session must be placed exactly here.
    #[serde(rename_all = "camelCase")]
    FixedTime {
        /// The session.
        session: SessionId,
        /// Where it must be.
        placement: Placement,
    },
}

impl Rule {
    /// The rule's type as files and the wire name it (`before`, `inSequence`, ...).
    pub fn name(&self) -> &'static str {
        match self {
            Rule::Before { .. } => "before",
            Rule::InSequence { .. } => "inSequence",
            Rule::NoOverlap { .. } => "noOverlap",
            Rule::FixedTime { .. } => "fixedTime",
        }
    }

    /// Every session the rule names, in order of appearance.
    pub fn sessions(&self) -> Vec<&SessionId> {
        match self {
            Rule::Before { earlier, later } => earlier.iter().chain(later).collect(),
            Rule::InSequence { sessions } | Rule::NoOverlap { sessions } => {
                sessions.iter().collect()
            }
            Rule::FixedTime { session, .. } => vec![session],
        }
    }

    /// Why the rule says nothing, if it does not: a session it names twice (a session is
    /// always in sequence with, not overlapping and before itself only in a meaningless
    /// way), too few sessions to relate, or an empty side of a `before`. Such a rule is
    /// refused by the commands that add or edit it; a file that holds one still opens (the
    /// conflict engine reads it as it is).
    pub fn fault(&self) -> Option<RuleFault> {
        let mut seen = std::collections::HashSet::new();
        if let Some(twice) = self.sessions().into_iter().find(|s| !seen.insert(*s)) {
            return Some(RuleFault::Repeated(twice.clone()));
        }
        match self {
            Rule::Before { earlier, later } if earlier.is_empty() || later.is_empty() => {
                Some(RuleFault::OneSided)
            }
            Rule::InSequence { sessions } | Rule::NoOverlap { sessions } if sessions.len() < 2 => {
                Some(RuleFault::TooFew)
            }
            _ => None,
        }
    }
}

/// Why a [`Rule`] says nothing (see [`Rule::fault`]).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RuleFault {
    /// It names this session twice.
    #[error("it names session '{0}' twice; a rule relates different sessions")]
    Repeated(SessionId),
    /// A sequence or a no-overlap rule with fewer than two sessions.
    #[error("it needs at least two different sessions")]
    TooFew,
    /// A `before` with no session on one side.
    #[error("it needs a session before and a session after")]
    OneSided,
}

impl RuleFault {
    /// What is wrong, as a message of the message files (`Display` is its English).
    pub fn message(&self) -> crate::messages::Message {
        use crate::messages::Message;
        match self {
            RuleFault::Repeated(session) => {
                Message::new("rule-fault-repeated").with("session", session.as_str())
            }
            RuleFault::TooFew => Message::new("rule-fault-too-few"),
            RuleFault::OneSided => Message::new("rule-fault-one-sided"),
        }
    }
}

/// How bad a conflict is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    /// Must be fixed before the timetable is published.
    Error,
    /// Probably wrong; acknowledge it if intended.
    Warning,
    /// Worth knowing.
    Info,
}

/// The kinds of problem the conflict engine finds (see `crate::conflict`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ConflictKind {
    /// Two overlapping sessions in the same room.
    RoomClash,
    /// A person in two overlapping sessions.
    PersonClash,
    /// Two overlapping sessions of the same body, or of a body and one of its ancestors
    /// (tracks excepted: see [`BodyKind::Track`](super::BodyKind::Track); nor above a body that meets in parallel
    /// with its parent: see [`Body::parallel_with_parent`](super::Body::parallel_with_parent)).
    BodyClash,
    /// A session beside an exclusive one.
    ExclusiveOverlap,
    /// A session over a break.
    BreakOverlap,
    /// A session outside its day's hours (and outside its bodies' own: [`Body::hours`](super::Body::hours)).
    OutsideDayHours,
    /// A session on a weekend or holiday.
    NonWorkingDay,
    /// A session on a date outside the meeting's days.
    OutsideMeetingDates,
    /// A broken order or sequence constraint, or a fixed-time session moved.
    OrderViolation,
    /// More expected participants than the room seats.
    CapacityExceeded,
    /// Interpretation needed in a room without booths.
    InterpretationUnavailable,
    /// More interpreted sessions at once than interpreter teams.
    InterpretersOverbooked,
}

impl ConflictKind {
    /// Every kind, in a fixed order.
    pub const ALL: [ConflictKind; 12] = [
        ConflictKind::RoomClash,
        ConflictKind::PersonClash,
        ConflictKind::BodyClash,
        ConflictKind::ExclusiveOverlap,
        ConflictKind::BreakOverlap,
        ConflictKind::OutsideDayHours,
        ConflictKind::NonWorkingDay,
        ConflictKind::OutsideMeetingDates,
        ConflictKind::OrderViolation,
        ConflictKind::CapacityExceeded,
        ConflictKind::InterpretationUnavailable,
        ConflictKind::InterpretersOverbooked,
    ];

    /// The camelCase name used in files, JSON output and conflict keys.
    pub fn name(self) -> &'static str {
        match self {
            ConflictKind::RoomClash => "roomClash",
            ConflictKind::PersonClash => "personClash",
            ConflictKind::BodyClash => "bodyClash",
            ConflictKind::ExclusiveOverlap => "exclusiveOverlap",
            ConflictKind::BreakOverlap => "breakOverlap",
            ConflictKind::OutsideDayHours => "outsideDayHours",
            ConflictKind::NonWorkingDay => "nonWorkingDay",
            ConflictKind::OutsideMeetingDates => "outsideMeetingDates",
            ConflictKind::OrderViolation => "orderViolation",
            ConflictKind::CapacityExceeded => "capacityExceeded",
            ConflictKind::InterpretationUnavailable => "interpretationUnavailable",
            ConflictKind::InterpretersOverbooked => "interpretersOverbooked",
        }
    }

    /// The severity a new document gives this kind.
    pub fn default_severity(self) -> Severity {
        match self {
            ConflictKind::RoomClash
            | ConflictKind::BodyClash
            | ConflictKind::ExclusiveOverlap
            | ConflictKind::OrderViolation
            | ConflictKind::InterpretationUnavailable => Severity::Error,
            ConflictKind::PersonClash
            | ConflictKind::BreakOverlap
            | ConflictKind::OutsideDayHours
            | ConflictKind::NonWorkingDay
            | ConflictKind::CapacityExceeded
            | ConflictKind::InterpretersOverbooked => Severity::Warning,
            ConflictKind::OutsideMeetingDates => Severity::Info,
        }
    }
}

/// A conflict the user has looked at and accepted, with the reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Acknowledgement {
    /// The conflict's key (see `crate::conflict::Conflict::key`).
    pub key: String,
    /// Why it is acceptable ("intended: the briefing is held over lunch").
    pub reason: String,
}

/// A preference the arranger scores besides the engine's conflicts, with a soft weight of
/// its own in the document's arrange weights (see `crate::arrange`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Preference {
    /// A Question's session on a day its Working Party does not meet (when the Working
    /// Party meets at all): costs the weight per such session.
    WorkingPartyDays,
    /// A body with sessions on both sides of a day's meal break: costs the weight per body
    /// and day.
    SplitAcrossLunch,
}

impl Preference {
    /// Every preference, in order.
    pub const ALL: [Preference; 2] = [Preference::WorkingPartyDays, Preference::SplitAcrossLunch];

    /// The weight a new document gives it.
    pub fn default_weight(self) -> u32 {
        match self {
            Preference::WorkingPartyDays => 8,
            Preference::SplitAcrossLunch => 6,
        }
    }
}

/// What an arrange weight is for: a conflict kind, or a preference. Files write the kind's
/// or the preference's name as the key (`"roomClash"`, `"workingPartyDays"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ArrangeWeightKey {
    /// Conflicts of this kind.
    Conflict(ConflictKind),
    /// This preference (a soft weight only).
    Preference(Preference),
}

impl From<ConflictKind> for ArrangeWeightKey {
    fn from(kind: ConflictKind) -> Self {
        ArrangeWeightKey::Conflict(kind)
    }
}

impl From<Preference> for ArrangeWeightKey {
    fn from(p: Preference) -> Self {
        ArrangeWeightKey::Preference(p)
    }
}

/// How much a conflict of one kind counts when arranging (see `crate::arrange`): `Hard`, it
/// must not remain; `Soft(w)`, each costs `w`. Files write `"hard"` or the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ArrangeWeight {
    /// Must not remain.
    Hard,
    /// Costs this much per conflict.
    Soft(u32),
}

impl ArrangeWeight {
    /// The weight a new document gives `kind`: clashes of rooms, persons, bodies and
    /// exclusive sessions, days off, dates outside the meeting and broken orders are hard;
    /// the rest are soft, a session over the hours costing more than one over a break.
    pub fn default_for(kind: ConflictKind) -> ArrangeWeight {
        match kind {
            ConflictKind::RoomClash
            | ConflictKind::PersonClash
            | ConflictKind::BodyClash
            | ConflictKind::ExclusiveOverlap
            | ConflictKind::NonWorkingDay
            | ConflictKind::OutsideMeetingDates
            | ConflictKind::OrderViolation => ArrangeWeight::Hard,
            ConflictKind::OutsideDayHours => ArrangeWeight::Soft(40),
            ConflictKind::BreakOverlap => ArrangeWeight::Soft(20),
            ConflictKind::InterpretationUnavailable | ConflictKind::InterpretersOverbooked => {
                ArrangeWeight::Soft(20)
            }
            ConflictKind::CapacityExceeded => ArrangeWeight::Soft(10),
        }
    }

    /// Whether a conflict of this weight must not remain.
    pub fn is_hard(self) -> bool {
        self == ArrangeWeight::Hard
    }
}

impl Serialize for ArrangeWeight {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            ArrangeWeight::Hard => s.serialize_str("hard"),
            ArrangeWeight::Soft(w) => s.serialize_u32(*w),
        }
    }
}

impl<'de> Deserialize<'de> for ArrangeWeight {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Repr {
            Word(String),
            Number(u32),
        }
        match Repr::deserialize(d)? {
            Repr::Number(w) => Ok(ArrangeWeight::Soft(w)),
            Repr::Word(w) if w == "hard" => Ok(ArrangeWeight::Hard),
            Repr::Word(w) => Err(serde::de::Error::custom(format!(
                "an arrange weight is \"hard\" or a whole number, not \"{w}\""
            ))),
        }
    }
}
