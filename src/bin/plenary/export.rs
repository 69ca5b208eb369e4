//! `plenary export`: write a timetable in another format. Its arguments are in
//! `export_args.rs`; the options of the two families, each in its own module: the annex of
//! the letter (`export_annex.rs`) and the formats other tools speak (`export_interop.rs`).

use std::path::Path;
use std::process::ExitCode;

use plenary::export::{ExportFormat, ExportOptions};

use crate::export_args::ExportArgs;
use crate::{Failure, Stop, open};

/// Runs the export: the core renders, warnings go to standard error. Options that do not
/// go with the format are a usage error, said before the file is read.
pub fn export(args: &ExportArgs) -> Result<ExitCode, Stop> {
    let format = args.format;
    let usage = |message: String| {
        Err(Stop::Usage {
            command: "export",
            message,
        })
    };
    if !format.is_annex() && (args.changes_since.is_some() || args.revision_text.is_some()) {
        return usage(format!(
            "--changes-since and --revision-text apply to the annex formats, not {format}"
        ));
    }
    if args.body.is_some() && format != ExportFormat::Ics {
        return usage(format!(
            "--body applies to --format ics only (one body's calendar), not {format}"
        ));
    }
    let timetable = open(&args.file)?;
    let mut options = ExportOptions::new(args.lang, chrono::Utc::now().naive_utc());
    options.revision = args.revision.clone();
    if format.is_annex() {
        crate::export_annex::options(args, &mut options)?;
    } else {
        crate::export_interop::options(&timetable, args, &mut options)?;
    }
    let rendered = plenary::export::render(&timetable, format, &options).map_err(|e| match e {
        plenary::export::RenderError::UnknownRevision { .. } => {
            crate::said_of(&args.file, e.message())
        }
        e => crate::said(e.message()),
    })?;
    let lang = crate::ui_lang();
    for warning in &rendered.words {
        eprintln!("plenary: warning: {}", warning.text(lang));
    }
    write_output(&args.output, &rendered.bytes)?;
    Ok(ExitCode::SUCCESS)
}

fn write_output(output: &Path, bytes: &[u8]) -> Result<(), Failure> {
    if output.as_os_str() == "-" {
        return crate::emit_bytes(bytes);
    }
    crate::write_file(output, bytes)
}
