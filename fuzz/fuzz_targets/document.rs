//! Fuzz target: loading a Plenary document must answer any bytes with a valid timetable or a
//! located error, never a panic; a loaded timetable saves and reloads to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plenary::document::{load, load_bytes, save};

fuzz_target!(|data: &[u8]| {
    if let Ok(t) = load_bytes(data) {
        assert!(t.validate().is_empty());
        let text = save(&t);
        assert_eq!(load(&text).as_ref(), Ok(&t));
    }
});
