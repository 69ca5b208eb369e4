//! The fonts `plenary export --format annex-pdf` typesets with: the files `--fonts` names
//! (files, or folders searched recursively), else the system's fonts as fontconfig (on
//! Linux) or the platform lists them. The core reads no files; this hands it the paths and
//! the function that reads one.

use std::path::PathBuf;

use plenary::annex::pdf::Fonts;

/// The fonts in `paths`, or the system's when `paths` is empty.
pub fn find(paths: &[PathBuf]) -> Fonts {
    let mut db = fontdb::Database::new();
    if paths.is_empty() {
        db.load_system_fonts();
    }
    for path in paths {
        if path.is_dir() {
            db.load_fonts_dir(path);
        } else if db.load_font_file(path).is_err() {
            let unreadable = plenary::messages::Message::new("cli-font-unreadable")
                .with("file", path.display().to_string());
            eprintln!("plenary: warning: {}", unreadable.text(crate::ui_lang()));
        }
    }
    let files = db.faces().filter_map(|face| match &face.source {
        fontdb::Source::File(path) | fontdb::Source::SharedFile(path, _) => Some(path.clone()),
        fontdb::Source::Binary(_) => None,
    });
    Fonts::new(files, |path| std::fs::read(path).ok())
}
