//! The interchange formats of `plenary export` (frab-xml, frab-json, ics, csv, xlsx).

use plenary::interop::{self, FrabOptions, IcsOptions};
use plenary::model::{BodyId, Lang, Timetable};

use crate::Failure;
use crate::export::{ExportArgs, ExportFormat};

/// Renders the timetable as `args` asks.
pub fn render(timetable: &Timetable, args: &ExportArgs) -> Result<Vec<u8>, Failure> {
    let lang: Lang =
        serde_json::from_value(serde_json::Value::String(args.lang.clone())).map_err(|_| {
            Failure(format!(
                "--lang {}: not one of ar, zh, en, fr, ru, es",
                args.lang
            ))
        })?;
    if args.body.is_some() && args.format != ExportFormat::Ics {
        return Err(Failure(
            "--body applies to --format ics only (one body's calendar)".into(),
        ));
    }
    let mut out = Vec::new();
    let frab = FrabOptions {
        lang,
        ..FrabOptions::default()
    };
    let result = match args.format {
        ExportFormat::FrabXml => interop::write_frab_xml(timetable, &frab, &mut out),
        ExportFormat::FrabJson => interop::write_frab_json(timetable, &frab, &mut out),
        ExportFormat::Ics => {
            let mut options = IcsOptions::new(chrono::Utc::now().naive_utc());
            options.lang = lang;
            options.body = match &args.body {
                None => None,
                Some(wanted) => Some(body_named(timetable, wanted)?),
            };
            interop::write_ics(timetable, &options, &mut out)
        }
        ExportFormat::Csv => interop::write_csv(timetable, lang, &mut out),
        ExportFormat::Xlsx => interop::xlsx_bytes(timetable, lang).map(|bytes| out = bytes),
        other => {
            return Err(Failure(format!("{other:?} is not an interchange format")));
        }
    };
    result.map_err(|e| Failure(format!("{:?} export: {e}", args.format)))?;
    Ok(out)
}

/// The body with this id or short name.
fn body_named(timetable: &Timetable, wanted: &str) -> Result<BodyId, Failure> {
    timetable
        .bodies
        .values()
        .find(|b| b.id.as_str() == wanted)
        .or_else(|| timetable.bodies.values().find(|b| b.short == wanted))
        .map(|b| b.id.clone())
        .ok_or_else(|| {
            let known: Vec<&str> = timetable
                .bodies
                .values()
                .map(|b| b.short.as_str())
                .collect();
            Failure(format!(
                "--body {wanted}: no body has this id or short name (bodies: {})",
                known.join(", ")
            ))
        })
}
