//! The arranger on real timetables: the SG12 example cleared and arranged again, FOSDEM
//! 2020 from scratch, the command's undo step, determinism, and infeasible inputs.

use std::time::Instant;

use plenary::arrange::{ArrangeMode, ArrangeScope, Options, arrange};
use plenary::command::Command;
use plenary::conflict::check;
use plenary::editor::{DryRun, Editor};
use plenary::interop::{self, Format, ImportOptions};
use plenary::model::{ConflictKind, SessionKind, Severity, Timetable};

use crate::require::data;

/// SG12 with every session unpinned and unscheduled except the plenaries, which are pinned.
pub(crate) fn sg12_cleared() -> Timetable {
    let mut t = crate::sg12();
    for s in t.sessions.values_mut() {
        if s.kind == SessionKind::Plenary {
            s.pinned = true;
        } else {
            s.pinned = false;
            if let Some(pl) = s.placement.take() {
                s.minutes = Some(pl.minutes() as u32);
            }
        }
    }
    t
}

fn options(scope: ArrangeScope, seed: u64, budget: u64) -> Options {
    Options {
        scope,
        mode: ArrangeMode::FromScratch,
        seed,
        budget,
    }
}

fn open_errors(t: &Timetable) -> Vec<String> {
    check(t)
        .into_iter()
        .filter(|c| c.severity == Severity::Error && !c.acknowledged)
        .map(|c| c.message)
        .collect()
}

#[test]
fn sg12_cleared_and_arranged_has_no_unacknowledged_error_and_every_session_placed() {
    let t = sg12_cleared();
    let started = Instant::now();
    let out = arrange(&t, &options(ArrangeScope::All, 1, 200_000), &mut || false)
        .expect("SG12 is feasible");
    let took = started.elapsed();
    eprintln!("SG12 arranged in {took:?}: {:?}", {
        let r = &out.report;
        (
            r.placed,
            r.in_scope,
            r.score,
            r.greedy_score,
            r.evaluated,
            &r.left,
        )
    });
    assert_eq!(open_errors(&out.timetable), Vec::<String>::new());
    assert_eq!(
        out.report.placed, out.report.in_scope,
        "{:?}",
        out.report.left
    );
    assert_eq!(out.report.hard_conflicts, 0);
    for (id, s) in &t.sessions {
        if s.pinned {
            assert_eq!(
                out.timetable.sessions[id].placement, s.placement,
                "{id} stays"
            );
        }
    }
}
