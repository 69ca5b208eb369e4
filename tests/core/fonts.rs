//! The fonts the tests' PDF exports typeset with: the system's, found as the CLI finds them
//! (the core reads no files), loaded once for the whole test binary.

use std::sync::{Arc, OnceLock};

use plenary::annex::pdf::Fonts;

/// The fonts under `/usr/share/fonts` (the Noto fonts come with scripts/install-deps.sh).
pub fn system() -> Arc<Fonts> {
    static FONTS: OnceLock<Arc<Fonts>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = fontdb::Database::new();
            db.load_fonts_dir("/usr/share/fonts");
            let files = db.faces().filter_map(|face| match &face.source {
                fontdb::Source::File(path) | fontdb::Source::SharedFile(path, _) => {
                    Some(path.clone())
                }
                fontdb::Source::Binary(_) => None,
            });
            Arc::new(Fonts::new(files, |path| std::fs::read(path).ok()))
        })
        .clone()
}
