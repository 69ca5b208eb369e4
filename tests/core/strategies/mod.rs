//! Random timetables and random commands for property tests, as proptest strategies.
//!
//! Everything here is built from proptest's own strategies (ranges, vectors, [`Index`]), never
//! from a seed fed to a private generator, so a failing case shrinks: fewer sessions, fewer
//! days, smaller moves, earlier command kinds.
//!
//! - [`timetable`] / [`timetable_sized`]: a small valid timetable with days of every kind
//!   (working, weekend, holiday, with and without their own hours, gaps between days that
//!   fall outside the meeting), slots, standard and per-day breaks of every kind, rooms with
//!   and without capacity and booths, a forest of bodies (tracks among them), persons,
//!   sessions placed and unplaced (some outside the meeting's dates, a few over midnight),
//!   constraints of every rule, interpreter teams, severity overrides and acknowledgements.
//! - [`Gesture`] / [`gesture`]: one command in the abstract (its [`Kind`] and a few picks and
//!   amounts), resolved against whatever timetable is current with [`Gesture::command`]. A
//!   sequence of gestures therefore keeps naming things that exist after earlier commands
//!   changed the timetable, and shrinks like any vector.
//! - [`command`]: one concrete command against a given timetable.
//! - [`Step`] / [`steps`]: apply, dry run, undo and redo, for history properties.
//!
//! Every [`Kind`] is drawn (a test checks it), and about nine gestures in ten are meant to
//! be accepted; the rest are deliberately refused (an unknown id, an end before its start,
//! an unknown time zone, a blank reason) so refusals are exercised too. [`Kind::of`] matches
//! [`Command`] exhaustively: a new command variant does not compile until it is added here.

//!
//! Files: `timetable.rs` (timetables), `kind.rs` (the command kinds and how often each is
//! drawn), `command.rs` (gestures resolved into commands, and steps).

mod command;
mod kind;
mod timetable;

pub use command::{Gesture, MISSING, Step, command, gesture, step, steps};
pub use kind::Kind;
pub use timetable::{Size, timetable, timetable_sized};

mod tests {
    use plenary::editor::{DryRun, Editor};
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    use std::collections::{BTreeMap, BTreeSet};

    use plenary::model::{BodyKind, DayKind};

    use proptest::strategy::Strategy;

    use super::*;

    /// Every generated timetable is valid, and across many the variety the docs promise
    /// shows up (weekends, gaps, per-day breaks, body trees, placed and unplaced sessions).
    #[test]
    fn generated_timetables_are_valid_and_varied() {
        let mut runner = TestRunner::deterministic();
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        let strategy = timetable();
        for _ in 0..300 {
            let t = strategy
                .new_tree(&mut runner)
                .expect("a strategy without filters always draws")
                .current();
            assert!(t.validate().is_empty(), "{:?}", t.validate());
            let mut saw = |what, yes: bool| *seen.entry(what).or_default() += usize::from(yes);
            saw("weekend", t.days.iter().any(|d| d.kind == DayKind::Weekend));
            saw("holiday", t.days.iter().any(|d| d.kind == DayKind::Holiday));
            saw("own hours", t.days.iter().any(|d| d.hours.is_some()));
            saw(
                "gap",
                t.days
                    .windows(2)
                    .any(|w| (w[1].date - w[0].date).num_days() > 1),
            );
            saw("per-day break", t.breaks.values().any(|b| b.day.is_some()));
            saw("standard break", t.breaks.values().any(|b| b.day.is_none()));
            saw("child body", t.bodies.values().any(|b| b.parent.is_some()));
            saw(
                "track",
                t.bodies.values().any(|b| b.kind == BodyKind::Track),
            );
            saw("placed", t.sessions.values().any(|s| s.placement.is_some()));
            saw(
                "unplaced",
                t.sessions.values().any(|s| s.placement.is_none()),
            );
            saw("constraint", !t.constraints.is_empty());
            saw("acknowledged", !t.acknowledgements.is_empty());
            saw("conflict", !plenary::conflict::check(&t).is_empty());
        }
        for (what, n) in &seen {
            assert!(
                *n >= 10,
                "only {n} of 300 timetables had: {what} ({seen:?})"
            );
        }
    }

    /// A smaller [`Size`] gives smaller timetables.
    #[test]
    fn timetable_sized_keeps_within_its_size() {
        let mut runner = TestRunner::deterministic();
        let size = Size {
            days: 2,
            rooms: 1,
            bodies: 0,
            persons: 1,
            sessions: 3,
            constraints: 1,
        };
        let tables = timetable_sized(size);
        for _ in 0..100 {
            let t = tables.new_tree(&mut runner).expect("draws").current();
            assert!(t.validate().is_empty(), "{:?}", t.validate());
            assert!(t.days.len() <= 2 && t.rooms.len() == 1 && t.bodies.is_empty());
            assert!(t.persons.len() <= 1 && t.sessions.len() <= 3 && t.constraints.len() <= 1);
        }
    }

    /// Gestures made invalid are mostly refused, and a command naming [`MISSING`] always
    /// is: the refusals the strategies mean to exercise really are refusals.
    #[test]
    fn invalid_gestures_are_refused() {
        let mut runner = TestRunner::deterministic();
        let (tables, steps) = (timetable(), step());
        let (mut tried, mut refused) = (0, 0);
        for _ in 0..64 {
            let t = tables.new_tree(&mut runner).expect("draws").current();
            let mut editor = Editor::new(t);
            for _ in 0..30 {
                let (Step::Apply(g) | Step::DryRun(g)) =
                    steps.new_tree(&mut runner).expect("draws").current()
                else {
                    continue;
                };
                let g = Gesture { invalid: true, ..g };
                let cmd = g.command(editor.timetable());
                let text = serde_json::to_string(&cmd).expect("commands serialize");
                let result = editor.apply(&cmd, DryRun::No);
                assert!(
                    result.is_err() || !text.contains(&format!("\"{MISSING}\"")),
                    "a command naming {MISSING} must be refused: {cmd:?}"
                );
                tried += 1;
                refused += usize::from(result.is_err());
            }
        }
        assert!(
            refused * 100 >= tried * 75,
            "most invalid gestures are refused: {refused} of {tried}"
        );
    }

    /// [`command`] draws concrete commands of every kind against one timetable.
    #[test]
    fn command_strategy_draws_every_kind_against_a_timetable() {
        let mut runner = TestRunner::deterministic();
        let t = timetable().new_tree(&mut runner).expect("draws").current();
        let commands = command(&t);
        let kinds: BTreeSet<Kind> = (0..3000)
            .map(|_| Kind::of(&commands.new_tree(&mut runner).expect("draws").current()))
            .collect();
        let missing: Vec<Kind> = Kind::all().filter(|k| !kinds.contains(k)).collect();
        assert!(missing.is_empty(), "never drawn: {missing:?}");
    }

    /// Every command kind is drawn, and every kind is accepted at least once on generated
    /// timetables: a kind the strategies could only produce refused would test nothing.
    #[test]
    fn every_command_kind_is_drawn_and_accepted() {
        let mut runner = TestRunner::deterministic();
        let mut accepted: BTreeMap<Kind, usize> = BTreeMap::new();
        let mut drawn: BTreeMap<Kind, usize> = BTreeMap::new();
        let (tables, gestures) = (timetable(), gesture());
        for _ in 0..64 {
            let t = tables.new_tree(&mut runner).expect("draws").current();
            let mut editor = Editor::new(t);
            for _ in 0..60 {
                let g = gestures.new_tree(&mut runner).expect("draws").current();
                let cmd = g.command(editor.timetable());
                assert_eq!(Kind::of(&cmd), g.kind, "a gesture resolves to its own kind");
                *drawn.entry(g.kind).or_default() += 1;
                if editor.apply(&cmd, DryRun::No).is_ok() {
                    *accepted.entry(g.kind).or_default() += 1;
                }
            }
        }
        for kind in Kind::all() {
            let (d, a) = (drawn.get(&kind), accepted.get(&kind));
            assert!(d.is_some(), "{kind:?} was never drawn");
            assert!(
                a.is_some(),
                "{kind:?} was drawn {d:?} times but never accepted"
            );
        }
        let total: usize = drawn.values().sum();
        let ok: usize = accepted.values().sum();
        assert!(
            ok * 100 >= total * 75,
            "most gestures are meant to be valid: {ok} of {total} accepted ({accepted:?})"
        );
    }
}
