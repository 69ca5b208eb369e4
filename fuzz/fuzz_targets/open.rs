//! Fuzz target: opening any file as the app and the CLI do (detect, then load or import),
//! then `check`: never a panic; what opens is valid, and its full conflict check equals
//! the editor's incremental one.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common {
    pub mod open;
}

fuzz_target!(|data: &[u8]| {
    if let Some(timetable) = common::open::open(data) {
        let checked = plenary::conflict::check(&timetable);
        let editor = plenary::Editor::new(timetable);
        assert_eq!(
            editor.conflicts(),
            checked,
            "the editor agrees with a full check"
        );
    }
});
