//! Integration tests of the core crate: one test binary, a module per topic.

mod annex;
#[cfg(feature = "pdf")]
mod annex_pages;
mod arrange;
mod arrange_props;
mod arrange_words;
mod batch;
mod bodies;
mod cli;
mod cli_hostile;
mod cli_pipe;
mod client_fold;
mod conflicts;
mod document;
mod editor;
mod escaping;
mod examples;
#[cfg(feature = "pdf")]
mod fonts;
mod frab_schema;
mod hostile;
mod interop;
#[cfg(unix)]
mod kill;
mod labels;
mod notes;
mod oracle;
mod places;
mod points;
mod publish;
mod publish_site;
mod require;
mod revision;
mod scenario;
mod setup;
mod strategies;
mod translations;
mod wire;
mod writes;
mod xlsx;

/// The bundled SG12 example, loaded: the timetable most tests start from.
pub(crate) fn sg12() -> plenary::model::Timetable {
    plenary::document::load(document::EXAMPLE).expect("the example loads")
}
