//! The feeds of a published site: frab `schedule.xml` and `schedule.json` (in the meeting's
//! main language), `calendar.ics` with every session, and one calendar per body
//! (`calendars/body-<name>.ics`, the body and the bodies under it) and per room
//! (`calendars/room-<name>.ics`), each written by the exporters of [`crate::interop`].

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveTime;

use super::{Published, SiteFile};
use crate::interop::{self, ExportError, FrabOptions, IcsOptions, slug};
use crate::model::{SessionId, Timetable};
use crate::revision::diff;

/// How many times each session changed in `revisions[..=upto]`: one for each revision
/// whose diff from the one before lists it. Sessions that never changed are listed with 0.
pub fn sequences(document: &Timetable, upto: Option<usize>) -> BTreeMap<SessionId, u32> {
    let published = match upto {
        Some(i) => document.revisions[i].timetable.timetable(),
        None => document,
    };
    let mut counts: BTreeMap<SessionId, u32> = published
        .sessions
        .keys()
        .map(|id| (id.clone(), 0))
        .collect();
    let mut chain: Vec<&Timetable> = match upto {
        Some(i) => document.revisions[..=i]
            .iter()
            .map(|r| r.timetable.timetable())
            .collect(),
        None => document
            .revisions
            .iter()
            .map(|r| r.timetable.timetable())
            .collect(),
    };
    if upto.is_none() && !chain.is_empty() {
        chain.push(document);
    }
    for pair in chain.windows(2) {
        for changed in diff(pair[0], pair[1]).sessions {
            if let Some(n) = counts.get_mut(&changed.id) {
                *n += 1;
            }
        }
    }
    counts
}

/// File names for items: each name's slug, made unique (`-2`, `-3`, ...) in the order
/// given. Maps the item's id to its name.
pub(crate) fn unique_names<'a>(
    items: impl Iterator<Item = (&'a str, &'a str)>,
) -> HashMap<String, String> {
    let mut taken = std::collections::HashSet::new();
    let mut out = HashMap::new();
    for (id, name) in items {
        let base = slug(name, '-');
        let mut candidate = base.clone();
        let mut n = 2;
        while !taken.insert(candidate.clone()) {
            candidate = format!("{base}-{n}");
            n += 1;
        }
        out.insert(id.to_owned(), candidate);
    }
    out
}

/// The file names of bodies (by body id) and rooms (by room id) in `t`.
pub(crate) fn body_names(t: &Timetable) -> HashMap<String, String> {
    unique_names(t.bodies.values().map(|b| (b.id.as_str(), b.short.as_str())))
}

/// See [`body_names`].
pub(crate) fn room_names(t: &Timetable) -> HashMap<String, String> {
    unique_names(t.rooms.values().map(|r| (r.id.as_str(), r.name.as_str())))
}

pub(super) fn feeds(p: &Published<'_>) -> Result<Vec<SiteFile>, ExportError> {
    let t = p.timetable;
    let mut files = Vec::new();
    let frab = FrabOptions {
        version: p.label.clone(),
        lang: p.main(),
        namespace: None,
        document: Some(p.id.clone()),
    };
    let mut bytes = Vec::new();
    interop::write_frab_xml(t, &frab, &mut bytes)?;
    files.push(SiteFile {
        path: "schedule.xml".into(),
        bytes,
    });
    let mut bytes = Vec::new();
    interop::write_frab_json(t, &frab, &mut bytes)?;
    files.push(SiteFile {
        path: "schedule.json".into(),
        bytes,
    });
    let mut ics = IcsOptions::new(p.date.and_time(NaiveTime::MIN));
    ics.lang = p.main();
    ics.document = Some(p.id.clone());
    ics.sequences = sequences(p.document, p.index);
    let calendar = |options: &IcsOptions| -> Result<Vec<u8>, ExportError> {
        let mut bytes = Vec::new();
        interop::write_ics(t, options, &mut bytes)?;
        Ok(bytes)
    };
    files.push(SiteFile {
        path: "calendar.ics".into(),
        bytes: calendar(&ics)?,
    });
    let bodies = body_names(t);
    for body in t.bodies.values() {
        let mut options = ics.clone();
        options.body = Some(body.id.clone());
        files.push(SiteFile {
            path: format!("calendars/body-{}.ics", bodies[body.id.as_str()]),
            bytes: calendar(&options)?,
        });
    }
    let rooms = room_names(t);
    for room in t.rooms.values() {
        let mut options = ics.clone();
        options.room = Some(room.id.clone());
        files.push(SiteFile {
            path: format!("calendars/room-{}.ics", rooms[room.id.as_str()]),
            bytes: calendar(&options)?,
        });
    }
    Ok(files)
}
