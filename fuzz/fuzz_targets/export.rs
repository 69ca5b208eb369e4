//! Fuzz target: whatever opens (detect, then load or import) exports to every format in
//! every annex layout without a panic (the PDF aside: the fuzz build has no typst).
#![no_main]

use libfuzzer_sys::fuzz_target;
use plenary::annex::Layout;
use plenary::export::{ExportFormat, ExportOptions, render};
use plenary::model::Lang;

mod common {
    pub mod open;
}

fuzz_target!(|data: &[u8]| {
    let Some(timetable) = common::open::open(data) else {
        return;
    };
    let now = chrono::NaiveDate::from_ymd_opt(2017, 9, 1)
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .expect("a date");
    for format in ExportFormat::ALL {
        if format == ExportFormat::AnnexPdf {
            continue;
        }
        let layouts: &[Layout] = if format.is_annex() {
            &Layout::ALL
        } else {
            &[Layout::Days]
        };
        for &layout in layouts {
            // The language follows the input too: right-to-left and CJK annexes included.
            let lang = [Lang::En, Lang::Ar, Lang::Zh, Lang::Fr, Lang::Ru, Lang::Es][data.len() % 6];
            let mut options = ExportOptions::new(lang, now);
            options.annex.layout = layout;
            let _ = render(&timetable, format, &options);
        }
    }
});
