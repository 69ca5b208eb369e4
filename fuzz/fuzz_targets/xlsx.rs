//! Fuzz target: the Excel importer must answer any bytes with a valid timetable or an error,
//! never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plenary::interop::{Format, ImportOptions, import};

fuzz_target!(|data: &[u8]| {
    if let Ok(imported) = import(Format::Xlsx, data, &ImportOptions::default()) {
        assert!(imported.timetable.validate().is_empty());
    }
});
