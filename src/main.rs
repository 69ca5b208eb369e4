//! The `plenary` command-line tool (placeholder while the core is written).
fn main() {}
