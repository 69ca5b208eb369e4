//! The annex formats of `plenary export` (annex-docx, annex-pdf, annex-html, annex-md,
//! annex-txt).

use plenary::model::Timetable;

use crate::Failure;
use crate::export::ExportArgs;

/// Renders the annex as `args` asks.
pub fn render(_timetable: &Timetable, args: &ExportArgs) -> Result<Vec<u8>, Failure> {
    Err(Failure(format!(
        "{:?} export is not available in this build yet",
        args.format
    )))
}
