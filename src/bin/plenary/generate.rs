//! `plenary generate`: write a synthetic conference, to try Plenary at scale.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use plenary::generate::{Spec, conference};

use crate::Failure;

/// Arguments of `plenary generate`.
#[derive(Args, Debug)]
pub struct GenerateArgs {
    /// Number of sessions.
    #[arg(long, default_value_t = 1_000)]
    pub sessions: usize,
    /// Number of rooms (default: in proportion to sessions, 200 per 20,000).
    #[arg(long)]
    pub rooms: Option<usize>,
    /// Number of persons (default: in proportion, 2,000 per 20,000 sessions).
    #[arg(long)]
    pub persons: Option<usize>,
    /// Number of bodies (default: in proportion, 300 per 20,000 sessions).
    #[arg(long)]
    pub bodies: Option<usize>,
    /// Number of consecutive days, weekends included.
    #[arg(long, default_value_t = 10)]
    pub days: usize,
    /// Seed: the same arguments always give the same conference.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Where to write the document.
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
}

/// Writes the generated document.
pub fn generate(args: &GenerateArgs) -> Result<ExitCode, Failure> {
    let base = Spec::scaled(args.sessions);
    let spec = Spec {
        sessions: args.sessions,
        rooms: args.rooms.unwrap_or(base.rooms),
        persons: args.persons.unwrap_or(base.persons),
        bodies: args.bodies.unwrap_or(base.bodies),
        days: args.days,
        seed: args.seed,
    };
    let text = plenary::document::save(&conference(&spec));
    crate::write_file(&args.output, text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
