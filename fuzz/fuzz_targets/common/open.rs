//! What the app and the CLI do with a file the user names: judge its kind from its content
//! and name (`interop::detect`), then load it as a Plenary document or import it. Shared by
//! the `open` and `export` fuzz targets.

use plenary::interop::{self, Detected, ImportOptions};
use plenary::model::Timetable;

/// The names a fuzzed file may carry: the first byte of the input picks one, so detection
/// by extension is fuzzed too.
const NAMES: [&str; 10] = [
    "a.plenary.json",
    "a.json",
    "a.xml",
    "a.xcal",
    "a.ics",
    "a.csv",
    "a.txt",
    "a.bin",
    "noextension",
    "a.ICS",
];

/// Opens `data` as a user's file: the first byte picks its name, the rest is its content.
/// Any answer but a panic is fine; a timetable answered is valid.
pub fn open(data: &[u8]) -> Option<Timetable> {
    let (&pick, bytes) = data.split_first()?;
    let name = NAMES[usize::from(pick) % NAMES.len()];
    let timetable = match interop::detect(Some(name), bytes) {
        Some(Detected::Foreign(format)) => {
            interop::import(format, bytes, &ImportOptions::default())
                .ok()?
                .timetable
        }
        Some(Detected::Plenary) => plenary::document::load_bytes(bytes).ok()?,
        None => {
            // What `plenary import` says then must not panic either.
            let _ = interop::why_undetected(Some(name), bytes);
            return None;
        }
    };
    assert!(
        timetable.validate().is_empty(),
        "an opened timetable is valid"
    );
    Some(timetable)
}
