//! The interchange formats of `plenary export` (frab-xml, frab-json, ics, csv, xlsx).

use plenary::model::Timetable;

use crate::Failure;
use crate::export::ExportArgs;

/// Renders the timetable as `args` asks.
pub fn render(_timetable: &Timetable, args: &ExportArgs) -> Result<Vec<u8>, Failure> {
    Err(Failure(format!(
        "{:?} export is not available in this build yet",
        args.format
    )))
}
