//! The arranger: places sessions for the secretariat, keeps what is pinned, and says why it
//! could not place what it left out. See `docs/arrange.md` for the algorithm and its limits.
//!
//! One set of rules: every move the search keeps or rejects is scored by the conflict
//! engine's incremental update ([`crate::conflict::Engine::update`] with
//! [`crate::conflict::Scope::Sessions`]), weighted per kind by the document's arrange
//! weights ([`crate::model::ArrangeWeight`]); the cheap occupancy estimate of `problem.rs`
//! only chooses which places are worth asking the engine about.
//!
//! Deterministic: the same timetable, options and seed give the same placements, because
//! the budget is a count of evaluated moves and the random numbers come from the seed
//! ([`crate::generate::SplitMix64`], the same on every platform and Rust version). A client
//! may also stop the search early (a Stop button, a wall-clock cap) through the options'
//! [`Watch`]; the search is anytime: the best placements found so far are answered, and a
//! client that applies them records exactly those (the search is not run again).
//!
//! | file | what it holds |
//! |---|---|
//! | `mod.rs` | the options, the answer ([`Outcome`], [`Report`]), [`arrange`] |
//! | `problem.rs` | which sessions move, where each may go, the occupancy estimate |
//! | `score.rs` | the score: weighted engine conflicts, unplaced sessions, preferences |
//! | `search.rs` | greedy start, then late-acceptance local search (moves, swaps, kicks) |
//! | `explain.rs` | why a session was left out, the rules that block it, what would free it |
//! | `infeasible.rs` | inputs answered at once: too few room-hours, an order cycle, a pinned clash |

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::messages::Message;
use crate::model::{SessionId, Timetable};

mod explain;
mod infeasible;
mod prefer;
mod problem;
mod score;
mod search;

pub use infeasible::Infeasible;

/// Which sessions an arrangement may move.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase", tag = "type")]
pub enum ArrangeScope {
    /// Every session that is not pinned.
    All,
    /// Only the unscheduled ones (the palette); the others stay where they are.
    Unscheduled,
    /// These sessions (pinned ones excepted).
    #[serde(rename_all = "camelCase")]
    Selection {
        /// The sessions.
        ids: Vec<SessionId>,
    },
    /// The sessions of one day, within that day.
    #[serde(rename_all = "camelCase")]
    Day {
        /// The day.
        #[ts(type = "string")]
        date: NaiveDate,
    },
}

/// How far an arrangement may depart from the placements it starts from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase", tag = "type")]
pub enum ArrangeMode {
    /// Every session in scope may go anywhere; their placements are ignored.
    FromScratch,
    /// Change as little as possible: each session in scope that ends up elsewhere than in
    /// the reference (the current placements, or those of a published revision) costs.
    #[serde(rename_all = "camelCase")]
    Repair {
        /// The label of the published revision to stay close to; absent: the current
        /// placements.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        from_revision: Option<String>,
    },
}

/// What to arrange and how long to search.
#[derive(Clone, Debug)]
pub struct Options {
    /// Which sessions may move.
    pub scope: ArrangeScope,
    /// From scratch or repair.
    pub mode: ArrangeMode,
    /// The seed of the search's random choices.
    pub seed: u64,
    /// How many moves the search may evaluate (each one engine update); the search also
    /// ends once nothing is left to improve or nothing improved for a long while.
    pub budget: u64,
    /// How a client follows and stops the search (nothing by default: a run decided by
    /// the budget alone, which is deterministic).
    pub watch: Watch,
}

impl Options {
    /// `scope` in `mode` with `seed` and `budget`, not watched.
    pub fn new(scope: ArrangeScope, mode: ArrangeMode, seed: u64, budget: u64) -> Options {
        Options {
            scope,
            mode,
            seed,
            budget,
            watch: Watch::default(),
        }
    }

    /// The budget a client uses when the user gives none: enough moves for a meeting of
    /// `sessions` sessions to settle (most stop well before it).
    pub fn default_budget(sessions: usize) -> u64 {
        (sessions as u64).saturating_mul(400).max(50_000)
    }
}

/// The progress callback of a [`Watch`].
pub type OnProgress = Arc<dyn Fn(&Progress) + Send + Sync>;

/// How a client follows and stops a search: a stop flag, a wall-clock deadline and a
/// progress callback, each optional. Stopping (by the flag or the deadline) ends the search
/// at its next look (at most 64 proposals later, or 64 sessions of the greedy start) with
/// the best placements found so far; [`Report::stopped`] says so. The callback is called
/// when the greedy start ends and then every 64 proposals, on the searching thread: it
/// should be quick (a client that sends it elsewhere throttles it).
#[derive(Clone, Default)]
pub struct Watch {
    /// Set (from any thread) to stop the search.
    pub stop: Option<Arc<AtomicBool>>,
    /// The search stops once this instant is past.
    pub deadline: Option<Instant>,
    /// Told how the search goes.
    pub progress: Option<OnProgress>,
}

impl Watch {
    /// Whether the client asked the search to end.
    pub(crate) fn stopped(&self) -> bool {
        self.stop
            .as_ref()
            .is_some_and(|s| s.load(Ordering::Relaxed))
            || self.deadline.is_some_and(|d| Instant::now() >= d)
    }

    pub(crate) fn tell(&self, progress: &Progress) {
        if let Some(f) = &self.progress {
            f(progress);
        }
    }
}

impl std::fmt::Debug for Watch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Watch")
            .field("stop", &self.stop)
            .field("deadline", &self.deadline)
            .field("progress", &self.progress.as_ref().map(|_| "…"))
            .finish()
    }
}

/// Which part of the search is running.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub enum Phase {
    /// Placing each session once, hardest first.
    Greedy,
    /// Improving by local search.
    Search,
}

/// How a search goes, as its [`Watch`] is told.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    /// The part running.
    pub phase: Phase,
    /// Moves evaluated by the engine so far (the local search's; 0 in the greedy start).
    #[ts(type = "number")]
    pub evaluated: u64,
    /// The budget of moves.
    #[ts(type = "number")]
    pub budget: u64,
    /// The best score so far (lower is better, see `docs/arrange.md`).
    #[ts(type = "number")]
    pub best_score: i64,
    /// In the best state so far: unacknowledged conflicts of a hard kind.
    pub hard_conflicts: u32,
    /// In the best state so far: sessions in scope left unscheduled.
    pub unplaced: u32,
    /// Sessions in scope.
    pub in_scope: u32,
}

/// A session the arrangement left unscheduled or in a hard conflict, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct Left {
    /// The session.
    pub session: SessionId,
    /// Whether it was left unscheduled (else it is placed, in a hard conflict).
    pub unplaced: bool,
    /// Why, in plain words ("Q4/12 has no free place: of 120 places, 80 overlap WP1/12").
    pub reason: String,
    /// The rules that block it ("body clash with WP1/12", "person Ms Smith busy").
    pub rules: Vec<String>,
    /// The smallest relaxation that would let it fit, when one rule alone would.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub relaxation: Option<String>,
    /// `reason` as a message of the message files, for a client that writes it in its
    /// reader's language (`reason` is its English).
    pub words: Message,
    /// `rules` as messages, one for one.
    pub rule_words: Vec<Message>,
    /// `relaxation` as a message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub relaxation_words: Option<Message>,
}

/// What an arrangement did, for the user and the CLI's report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// Sessions the arrangement could move.
    pub in_scope: u32,
    /// Of those, how many are placed now.
    pub placed: u32,
    /// Sessions whose place or room changed.
    pub moved: Vec<SessionId>,
    /// Sessions left unscheduled or in a hard conflict, with the reasons.
    pub left: Vec<Left>,
    /// Unacknowledged conflicts of a hard kind in the result (the engine's full check).
    pub hard_conflicts: u32,
    /// Of those, the ones no session in scope takes part in, in the engine's words: every
    /// session in them is pinned or outside the scope, so no arrangement of this scope can
    /// remove them (the search ends as soon as nothing else is left to gain).
    pub out_of_reach: Vec<String>,
    /// `out_of_reach` as the conflicts' messages, one for one.
    pub out_of_reach_words: Vec<Message>,
    /// Unacknowledged conflicts of a soft kind in the result.
    pub soft_conflicts: u32,
    /// The final score, on the same scale as `greedy_score` (lower is better; see
    /// `docs/arrange.md`).
    #[ts(type = "number")]
    pub score: i64,
    /// The score of the greedy start, before local search.
    #[ts(type = "number")]
    pub greedy_score: i64,
    /// Moves evaluated by the engine.
    #[ts(type = "number")]
    pub evaluated: u64,
    /// Whether the client's stop ended the search before its budget or its own end.
    pub stopped: bool,
}

/// The arranged timetable and its report.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The timetable with the arranged placements (every other value as it was).
    pub timetable: Timetable,
    /// What was done.
    pub report: Report,
}

/// Arranges `t` as `options` say. Without a stop or a deadline in `options.watch` the
/// result depends only on `t`, the scope, the mode, the seed and the budget.
///
/// Refuses at once, with the reason, an input no arrangement can satisfy
/// ([`Infeasible`]).
pub fn arrange(t: &Timetable, options: &Options) -> Result<Outcome, Infeasible> {
    let reference = match &options.mode {
        ArrangeMode::Repair {
            from_revision: Some(label),
        } => Some(
            t.revision_timetable(label)
                .map_err(Infeasible::UnknownRevision)?,
        ),
        _ => None,
    };
    let problem = problem::Problem::new(t, options, reference)?;
    infeasible::check(t, &problem)?;
    let mut state = search::State::new(t, &problem);
    let greedy_score = state.greedy(&options.watch);
    let (evaluated, stopped) = state.improve(options);
    let score = state.score();
    let timetable = state.finish(t);
    let mut report = explain::report(&problem, t, &timetable, greedy_score, evaluated, stopped);
    report.score = score;
    Ok(Outcome { timetable, report })
}
