//! Where a session can go: the map the grid colours while a session is dragged, and the
//! best places the properties panel and the palette offer (`plenary::places`). Both read
//! the open document only.

use plenary::model::SessionId;
use plenary::places::{self, Feasibility, FeasibilityRequest, Place, PlacesError};
use plenary::wire::{ErrorCode, ErrorPayload};

use crate::Doc;

/// How each day, start and room suits the session of `request` (a drop there would bring
/// no conflict, infos, warnings or errors).
#[tauri::command]
pub fn feasibility(doc: Doc, request: FeasibilityRequest) -> Result<Feasibility, ErrorPayload> {
    let document = doc.document.lock();
    places::feasibility(document.editor.timetable(), &request).map_err(refused)
}

/// The `count` best places for session `id`, best first, each with the command that puts
/// it there; `minutes` is its length when given (a palette session's).
#[tauri::command]
pub fn suggest_places(
    doc: Doc,
    id: SessionId,
    count: usize,
    minutes: Option<u32>,
) -> Result<Vec<Place>, ErrorPayload> {
    let document = doc.document.lock();
    places::suggest(document.editor.timetable(), &id, count, minutes).map_err(refused)
}

fn refused(e: PlacesError) -> ErrorPayload {
    ErrorPayload::worded(ErrorCode::CommandRefused, e.message(), e.to_string())
}
