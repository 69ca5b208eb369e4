//! Which fields each format version added, and the refusal of a file that names a field
//! newer than the version it declares.
//!
//! Why refuse rather than accept: a version is bumped exactly so that a Plenary that reads
//! only the older version refuses the newer file instead of dropping the new fields on its
//! next save. A file that declares an old version yet names a newer field was not written by
//! that version's Plenary (it was edited by hand or by another tool), and reading it as the
//! old version would make the field's meaning depend on which build opened it.
//!
//! Every added field is optional: a file without it means what it meant before. So one table
//! ([`ADDED`]) says everything; a new field is one line here, never another hand-written check.
//! A field counts as named when its key is present with a value other than `null`, `false`,
//! an empty array or an empty object (the forms serde reads as "absent" for an optional field).

use serde_json::Value;

/// A field a version added: `(version, path, what it holds)`.
///
/// The path is a dotted path into the document; `[]` stands for every element of an array.
/// Every path is also looked for inside each revision's frozen timetable
/// (`revisions[i].timetable.<path>`), except `revisions` itself.
pub(super) const ADDED: &[(u32, &str, &str)] = &[
    (2, "revisions", "revisions"),
    (3, "annexNotes", "annex note overrides"),
    (4, "meeting.defaultSessionMinutes", "session lengths"),
    (4, "sessions[].minutes", "session lengths"),
    (5, "meeting.city", "the meeting's city"),
    (6, "slots[].days", "a slot's times of one day"),
    (6, "bodies[].hours", "a body's own hours"),
    (
        6,
        "bodies[].parallelWithParent",
        "bodies meeting in parallel with their parent",
    ),
    (
        6,
        "meeting.noteStyle",
        "the annex notes' markers and heading",
    ),
    (
        6,
        "sessions[].annexMark",
        "sessions marked with another note",
    ),
    (
        6,
        "sessions[].timing",
        "points in time and open-ended sessions",
    ),
    (7, "sessions[].pinned", "pinned sessions"),
    (7, "sessions[].windows", "a session's allowed windows"),
    (7, "sessions[].preferredRoom", "a session's preferred room"),
    (7, "bodies[].preferredRoom", "a body's preferred room"),
    (7, "arrangeWeights", "the arrange weights of conflict kinds"),
];

/// The first field of [`ADDED`] that `document` (declaring `version`) names although a later
/// version added it: its concrete JSON path (with indexes) and the refusal's wording.
pub(super) fn newer_field(document: &Value, version: u32) -> Option<(String, String)> {
    for &(since, path, what) in ADDED {
        if version >= since {
            continue;
        }
        let revisions = document.get("revisions").and_then(Value::as_array);
        let in_revisions = revisions
            .into_iter()
            .flatten()
            .enumerate()
            .filter_map(|(i, r)| {
                (path != "revisions")
                    .then(|| r.get("timetable"))
                    .flatten()
                    .and_then(|t| find(t, path, format!("revisions[{i}].timetable")))
            });
        let found = find(document, path, String::new()).or_else(|| in_revisions.into_iter().next());
        if let Some(at) = found {
            let field = path
                .rsplit('.')
                .next()
                .unwrap_or(path)
                .trim_end_matches("[]");
            return Some((
                at,
                format!(
                    "unknown field `{field}` in a version {version} document ({what} need \
                     version {since})"
                ),
            ));
        }
    }
    None
}

/// The concrete path of the first value at `path` under `value` that is named (see the
/// module docs), `prefix` being the path of `value` itself.
fn find(value: &Value, path: &str, prefix: String) -> Option<String> {
    let (head, rest) = match path.split_once('.') {
        Some((head, rest)) => (head, Some(rest)),
        None => (path, None),
    };
    let (key, each) = match head.strip_suffix("[]") {
        Some(key) => (key, true),
        None => (head, false),
    };
    let child = value.get(key)?;
    let here = if prefix.is_empty() {
        key.to_owned()
    } else {
        format!("{prefix}.{key}")
    };
    match (each, rest) {
        (false, None) => is_named(child).then_some(here),
        (false, Some(rest)) => find(child, rest, here),
        (true, rest) => child.as_array()?.iter().enumerate().find_map(|(i, item)| {
            let at = format!("{here}[{i}]");
            match rest {
                Some(rest) => find(item, rest, at),
                None => is_named(item).then_some(at),
            }
        }),
    }
}

fn is_named(value: &Value) -> bool {
    match value {
        Value::Null | Value::Bool(false) => false,
        Value::Array(items) => !items.is_empty(),
        Value::Object(fields) => !fields.is_empty(),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_field_is_found_in_the_document_and_in_each_revision_with_its_index() {
        let doc = json!({
            "sessions": [{ "id": "a" }, { "id": "b", "minutes": 60 }],
            "revisions": [{ "timetable": { "meeting": { "city": "Geneva" } } }]
        });
        let (path, why) = newer_field(&doc, 3).expect("minutes needs 4");
        assert_eq!(path, "sessions[1].minutes");
        assert!(
            why.contains("`minutes` in a version 3") && why.contains("version 4"),
            "{why}"
        );
        let (path, _) = newer_field(&doc, 4).expect("city needs 5");
        assert_eq!(path, "revisions[0].timetable.meeting.city");
        assert_eq!(newer_field(&doc, 5), None);
    }

    #[test]
    fn absent_forms_do_not_count_as_named() {
        let doc = json!({ "annexNotes": [], "meeting": { "city": null }, "revisions": [] });
        assert_eq!(newer_field(&doc, 1), None);
    }

    #[test]
    fn the_table_is_in_version_order_and_names_no_field_twice() {
        assert!(ADDED.windows(2).all(|w| w[0].0 <= w[1].0));
        let mut paths: Vec<&str> = ADDED.iter().map(|a| a.1).collect();
        paths.sort_unstable();
        paths.dedup();
        assert_eq!(paths.len(), ADDED.len());
        assert!(ADDED.iter().all(|a| a.0 <= super::super::FORMAT_VERSION));
    }
}
