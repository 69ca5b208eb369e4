//! Integration tests of the core crate: one test binary, a module per topic.

mod conflicts;
