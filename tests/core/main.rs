//! Integration tests of the core crate: one test binary, a module per topic.

mod annex;
mod cli;
mod conflicts;
mod document;
mod editor;
mod escaping;
mod hostile;
mod interop;
mod oracle;
mod revision;
mod scenario;
mod wire;
