//! Arranging from the app: the core's arranger (`plenary::arrange`) on the open document,
//! applied as one undoable command, with its report (what was placed and moved, what was
//! left out and why) for the Arrange dialog.

use plenary::Command;
use plenary::arrange::{ArrangeMode, ArrangeScope, Options, Report, arrange};
use plenary::editor::DryRun;
use plenary::wire::{Applied, ErrorCode, ErrorPayload};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use crate::AppState;
use crate::guard::guarded;

/// What `arrange_sessions` answers: the applied command (folded like any edit) and the
/// arranger's report.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct Arranged {
    /// The one undoable step that placed the sessions.
    pub applied: Applied,
    /// What the arrangement did and what it left out, with the reasons.
    pub report: Report,
}

/// Arranges the sessions of `scope` in `mode` with the document's weights: the search runs
/// once for the report, then `Command::Arrange` with the same seed and budget applies the
/// same placements as one undo step ("Arrange 12 sessions"); the arranger is deterministic,
/// so both runs agree. An input no arrangement can satisfy is refused with the reason and
/// changes nothing.
#[tauri::command]
pub fn arrange_sessions<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    scope: ArrangeScope,
    mode: ArrangeMode,
) -> Result<Arranged, ErrorPayload> {
    guarded("arranging", || {
        let mut document = state.document.lock();
        let timetable = document.editor.timetable();
        let options = Options {
            scope: scope.clone(),
            mode: mode.clone(),
            seed: 1,
            budget: Options::default_budget(timetable.sessions.len()),
        };
        let outcome = arrange(timetable, &options, &mut || false).map_err(|e| ErrorPayload {
            code: ErrorCode::CommandRefused,
            message: e.to_string(),
        })?;
        let command = Command::Arrange {
            scope,
            mode,
            seed: options.seed,
            budget: options.budget,
        };
        let applied = document.editor.apply(&command, DryRun::No)?;
        if applied.changed {
            crate::commands::edited(&app, &mut document);
        }
        Ok(Arranged {
            applied,
            report: outcome.report,
        })
    })
}
