//! The annex options of `plenary export` (annex-docx, annex-pdf, annex-html, annex-md,
//! annex-txt): layout, heading, revision line, change marks, orientation and fonts. The core
//! renders (and resolves revision labels).

use plenary::annex::Orientation;
use plenary::export::ExportOptions;

use crate::Failure;
use crate::export_args::ExportArgs;

/// Sets the annex options `args` asks for.
pub fn options(args: &ExportArgs, options: &mut ExportOptions) -> Result<(), Failure> {
    options.annex.layout = args.layout;
    options.annex.heading = args.heading.clone();
    options.annex.revision = args.revision_text.clone();
    options.changes_since = args.changes_since.clone();
    options.orientation = if args.landscape {
        Orientation::Landscape
    } else {
        args.orientation
    };
    #[cfg(feature = "pdf")]
    if args.format == plenary::export::ExportFormat::AnnexPdf {
        options.fonts = Some(std::sync::Arc::new(crate::fonts::find(&args.fonts)));
    }
    Ok(())
}
