//! `plenary fmt`: rewrite a document in canonical form.

use std::path::Path;
use std::process::ExitCode;

use plenary::document;

use crate::{Failure, Source, load_text, write_file};

pub fn fmt(file: &Path, check_only: bool) -> Result<ExitCode, Failure> {
    let source = Source::read_document(file)?;
    let text = source.into_text(file)?;
    let timetable = load_text(file, &text)?;
    let canonical = document::save(&timetable);
    if canonical == text {
        return Ok(ExitCode::SUCCESS);
    }
    if check_only {
        let not_canonical = plenary::messages::Message::new("cli-not-canonical")
            .with("file", file.display().to_string());
        eprintln!("plenary: {}", not_canonical.text(crate::ui_lang()));
        return Ok(ExitCode::from(1));
    }
    write_file(file, canonical.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
