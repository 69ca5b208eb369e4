//! `plenary publish FILE DIR`: the website, feeds, calendars and changelog of a document,
//! written into DIR atomically. The core renders ([`plenary::publish`]); this writes.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use plenary::messages::Message;
use plenary::publish::{PublishOptions, annex_warnings, publish as render};

use crate::{Failure, open};

/// Arguments of `plenary publish`.
#[derive(Args)]
pub struct PublishArgs {
    /// The document.
    pub file: PathBuf,
    /// The folder to write the site into: created, or replaced as a whole when an earlier
    /// `plenary publish` wrote it (any other non-empty folder is refused).
    pub dir: PathBuf,
    /// The revision to publish (its label); the latest by default, the document as it is
    /// when it has none.
    #[arg(long)]
    pub revision: Option<String>,
    /// Write nothing: list what publishing would add, change and remove in DIR (one
    /// `+ path`, `~ path` or `- path` line each, then a count of the files it would keep).
    #[arg(long)]
    pub dry_run: bool,
}

pub fn publish(args: &PublishArgs) -> Result<ExitCode, Failure> {
    let timetable = open(&args.file)?;
    let options = PublishOptions {
        revision: args.revision.clone(),
        // The system's fonts, as `export --format annex-pdf` finds them.
        #[cfg(feature = "pdf")]
        fonts: Some(std::sync::Arc::new(crate::fonts::find(&[]))),
    };
    let failed = |e: plenary::publish::PublishError| crate::said_of(&args.file, e.message());
    let files = render(&timetable, &options).map_err(failed)?;
    let lang = crate::ui_lang();
    for warning in annex_warnings(&timetable, &options).map_err(failed)? {
        eprintln!("plenary: warning: {}", warning.text(lang));
    }
    let pairs: Vec<(&str, &[u8])> = files
        .iter()
        .map(|f| (f.path.as_str(), f.bytes.as_slice()))
        .collect();
    let cannot = |e: std::io::Error| {
        crate::said(
            plenary::messages::Message::new("cli-cannot-publish")
                .with("folder", args.dir.display().to_string())
                .with("error", e.to_string()),
        )
    };
    if args.dry_run {
        let changes = plenary::atomic::folder_changes(&args.dir, &pairs).map_err(cannot)?;
        let mut out = String::new();
        for (mark, paths) in [
            ('+', &changes.added),
            ('~', &changes.changed),
            ('-', &changes.removed),
        ] {
            for path in paths {
                out.push_str(&format!("{mark} {path}\n"));
            }
        }
        crate::emit(&out)?;
        let would = Message::new(if changes.exists {
            "cli-publish-would"
        } else {
            "cli-publish-would-new"
        })
        .with("files", files.len())
        .with("dir", args.dir.display().to_string())
        .with("added", changes.added.len())
        .with("changed", changes.changed.len())
        .with("unchanged", changes.unchanged)
        .with("removed", changes.removed.len());
        eprintln!("{}", would.text(lang));
        return Ok(ExitCode::SUCCESS);
    }
    plenary::atomic::write_folder(&args.dir, &pairs).map_err(cannot)?;
    let bytes: usize = files.iter().map(|f| f.bytes.len()).sum();
    let published = Message::new("cli-published")
        .with("files", files.len())
        .with("kb", bytes.div_ceil(1024))
        .with("dir", args.dir.display().to_string());
    eprintln!("{}", published.text(lang));
    Ok(ExitCode::SUCCESS)
}
