//! The fonts the PDF export typesets with: the system's, as fontconfig (on Linux) or the
//! platform lists them. The core reads no files; this hands it the paths and the function
//! that reads one.

use plenary::annex::pdf::Fonts;

/// The system's fonts, read afresh (fonts installed while the app runs count).
pub fn system() -> Fonts {
    let mut db = fontdb::Database::new();
    db.load_system_fonts();
    let files = db.faces().filter_map(|face| match &face.source {
        fontdb::Source::File(path) | fontdb::Source::SharedFile(path, _) => Some(path.clone()),
        fontdb::Source::Binary(_) => None,
    });
    Fonts::new(files, |path| std::fs::read(path).ok())
}
