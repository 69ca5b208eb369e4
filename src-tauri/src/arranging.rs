//! Arranging from the app: the core's arranger (`plenary::arrange`) runs on a worker thread
//! on a copy of the open document, telling the UI how it goes through a channel; Stop ends
//! it with its best so far; the result is previewed (each session that would move, from
//! where to where, and what was left out and why) and applied as one undoable step, or
//! discarded. The UI stays responsive throughout: no lock on the document is held while the
//! search runs.
//!
//! The applied step records exactly the previewed placements (the search is not run again),
//! so redo replays them even when the search was stopped early. A preview made on a state
//! the document has since left is refused on Apply (the core's `Editor::apply_arranged`).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use parking_lot::Mutex;
use plenary::Timetable;
use plenary::arrange::{ArrangeMode, ArrangeScope, Options, Progress, Report, Watch, arrange};
use plenary::messages::Message;
use plenary::model::{RoomId, SessionId};
use plenary::wire::timetable::Placement;
use plenary::wire::{Applied, ErrorCode, ErrorPayload};
use serde::Serialize;
use tauri::ipc::Channel;
use tauri::{AppHandle, Runtime};
use ts_rs::TS;

use crate::Doc;
use crate::guard::guarded;

/// How often at most the UI is told how the search goes.
const TELL_EVERY: Duration = Duration::from_millis(100);

/// A window's arrangement in progress or waiting for Apply (one at a time in a window: the
/// dialog is modal).
#[derive(Default)]
pub struct Runs {
    /// Set to stop the running search.
    stop: Mutex<Option<Arc<AtomicBool>>>,
    /// The last finished run: the timetable it started from and the one it answered.
    pending: Mutex<Option<(Timetable, Timetable)>>,
}

/// One session that the arrangement would place elsewhere.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct Move {
    /// The session.
    pub session: SessionId,
    /// Where it is now; absent: unscheduled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub from: Option<Placement>,
    /// Its room now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub from_room: Option<RoomId>,
    /// Where it would be; absent: left unscheduled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub to: Option<Placement>,
    /// Its room then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub to_room: Option<RoomId>,
}

/// What `arrange_run` answers: the arrangement, not applied yet.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct ArrangePreview {
    /// What the arrangement did and what it left out, with the reasons.
    pub report: Report,
    /// Each session it would place elsewhere, in the order of where it would go.
    pub moves: Vec<Move>,
}

fn refused(words: Message, message: impl ToString) -> ErrorPayload {
    ErrorPayload::worded(ErrorCode::CommandRefused, words, message.to_string())
}

/// Runs the arranger on a copy of the open document with the document's weights, off the
/// UI's thread, sending its progress to `progress` (at most ten times a second, and once
/// when it ends); answers the preview and keeps the result for `arrange_apply`. An input no
/// arrangement can satisfy is refused with the reason.
#[tauri::command]
pub async fn arrange_run(
    doc: Doc,
    scope: ArrangeScope,
    mode: ArrangeMode,
    seconds: Option<u32>,
    progress: Channel<Progress>,
) -> Result<ArrangePreview, ErrorPayload> {
    let base = doc.document.lock().editor.timetable().clone();
    let stop = Arc::new(AtomicBool::new(false));
    *doc.runs.stop.lock() = Some(stop.clone());
    *doc.runs.pending.lock() = None;
    let mut options = Options::new(scope, mode, 1, Options::default_budget(base.sessions.len()));
    let last = Mutex::new(None::<Instant>);
    let channel = progress.clone();
    options.watch = Watch {
        stop: Some(stop),
        // The user's time limit: the search then answers its best so far, as a Stop does.
        deadline: seconds.map(|s| Instant::now() + std::time::Duration::from_secs(s.into())),
        progress: Some(Arc::new(move |p: &Progress| {
            let mut last = last.lock();
            if last.is_none_or(|t| t.elapsed() >= TELL_EVERY) {
                *last = Some(Instant::now());
                let _ = channel.send(p.clone());
            }
        })),
    };
    let worker = tauri::async_runtime::spawn_blocking(move || {
        let outcome = guarded("arranging", || {
            arrange(&base, &options)
                .map_err(|e| ErrorPayload::said(ErrorCode::CommandRefused, e.message()))
        });
        (base, outcome)
    });
    let (base, outcome) = worker.await.map_err(|e| {
        refused(
            Message::new("app-arrange-thread-failed").with("error", e.to_string()),
            format!("the arranging thread failed: {e}"),
        )
    })?;
    *doc.runs.stop.lock() = None;
    let outcome = outcome?;
    let moves = moves(&base, &outcome.timetable, &outcome.report.moved);
    *doc.runs.pending.lock() = Some((base, outcome.timetable));
    Ok(ArrangePreview {
        report: outcome.report,
        moves,
    })
}

/// The sessions of `moved`, from `base` to `arranged`, ordered by where they would go (left
/// out last), then by id.
fn moves(base: &Timetable, arranged: &Timetable, moved: &[SessionId]) -> Vec<Move> {
    let mut out: Vec<(Option<plenary::time::Stamp>, Move)> = moved
        .iter()
        .filter_map(|id| {
            let (was, now) = (base.sessions.get(id)?, arranged.sessions.get(id)?);
            Some((
                now.placement.map(|p| p.start),
                Move {
                    session: id.clone(),
                    from: was.placement.map(Into::into),
                    from_room: was.placement.and(was.room.clone()),
                    to: now.placement.map(Into::into),
                    to_room: now.placement.and(now.room.clone()),
                },
            ))
        })
        .collect();
    out.sort_by(|a, b| (a.0.is_none(), a.0, &a.1.session).cmp(&(b.0.is_none(), b.0, &b.1.session)));
    out.into_iter().map(|(_, m)| m).collect()
}

/// Stops the running arrangement: it answers its best so far (`arrange_run` returns).
#[tauri::command]
pub fn arrange_stop(doc: Doc) {
    if let Some(stop) = doc.runs.stop.lock().as_ref() {
        stop.store(true, Ordering::Relaxed);
    }
}

/// Applies the previewed arrangement as one undoable step ("Arrange N sessions"). Refused
/// when there is none, or when the document changed since it was made.
#[tauri::command]
pub fn arrange_apply<R: Runtime>(app: AppHandle<R>, doc: Doc) -> Result<Applied, ErrorPayload> {
    guarded("applying the arrangement", || {
        let Some((base, arranged)) = doc.runs.pending.lock().take() else {
            return Err(refused(
                Message::new("app-arrange-nothing-to-apply"),
                "there is no arrangement to apply; arrange first",
            ));
        };
        let mut document = doc.document.lock();
        let applied = document.editor.apply_arranged(&base, &arranged)?;
        if applied.changed {
            crate::commands::edited(&app, &doc.label, &mut document);
        }
        Ok(applied)
    })
}

/// Forgets the previewed arrangement (Cancel): the document is as it was.
#[tauri::command]
pub fn arrange_discard(doc: Doc) {
    *doc.runs.pending.lock() = None;
}
