//! The annex options of `plenary export` (annex-docx, annex-pdf, annex-html, annex-md,
//! annex-txt): layout, heading, revision line, change marks, orientation and fonts. The core
//! renders (and resolves revision labels).

use plenary::annex::{self, Layout, Orientation};
use plenary::export::ExportOptions;

use crate::Failure;
use crate::export_args::ExportArgs;

/// Sets the annex options `args` asks for.
pub fn options(args: &ExportArgs, options: &mut ExportOptions) -> Result<(), Failure> {
    options.annex.layout = args
        .layout
        .parse::<Layout>()
        .map_err(|e: annex::UnknownLayout| Failure(e.to_string()))?;
    options.annex.heading = args.heading.clone();
    options.annex.revision = args.revision_text.clone();
    options.changes_since = args.changes_since.clone();
    options.orientation = match (args.landscape, args.orientation.as_str()) {
        (true, _) | (_, "landscape") => Orientation::Landscape,
        (_, "portrait") => Orientation::Portrait,
        (_, "auto") => Orientation::Auto,
        (_, other) => {
            return Err(Failure(format!(
                "--orientation {other}: expected auto, portrait or landscape"
            )));
        }
    };
    #[cfg(feature = "pdf")]
    if args.format == plenary::export::ExportFormat::AnnexPdf {
        options.fonts = Some(std::sync::Arc::new(crate::fonts::find(&args.fonts)));
    }
    Ok(())
}
