//! The interchange options of `plenary export` (frab-xml, frab-json, ics, csv, xlsx): the
//! one body of an iCalendar export. The core renders.

use plenary::export::ExportOptions;
use plenary::model::{BodyId, Timetable};

use crate::Failure;
use crate::export_args::ExportArgs;

/// Sets the interchange options `args` asks for.
pub fn options(
    timetable: &Timetable,
    args: &ExportArgs,
    options: &mut ExportOptions,
) -> Result<(), Failure> {
    options.body = match &args.body {
        None => None,
        Some(wanted) => Some(body_named(timetable, wanted)?),
    };
    Ok(())
}
/// The body with this id or short name.
fn body_named(timetable: &Timetable, wanted: &str) -> Result<BodyId, Failure> {
    timetable
        .bodies
        .values()
        .find(|b| b.id.as_str() == wanted)
        .or_else(|| timetable.bodies.values().find(|b| b.short == wanted))
        .map(|b| b.id.clone())
        .ok_or_else(|| {
            let known: Vec<&str> = timetable
                .bodies
                .values()
                .map(|b| b.short.as_str())
                .collect();
            crate::said(
                plenary::messages::Message::new("cli-unknown-body")
                    .with("body", wanted)
                    .with("known", known.join(", ")),
            )
        })
}
