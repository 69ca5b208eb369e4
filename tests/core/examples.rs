//! The examples typed from public ITU documents besides the seed letter (docs/annex.md
//! compares each with its original point by point):
//! - `itu-t-sg2-2013`: the draft timetable of the ITU-T Study Group 2 meeting, Geneva,
//!   17-26 September 2013, in the bodies layout (rows of bodies, half-day columns);
//! - `itu-council-2018`: the time management plan of the 2018 session of the ITU Council, in
//!   the plan layout (rows of slots, day columns).
//!
//! Each opens in canonical form without a conflict, its annex is snapshotted in each of its
//! languages (English, French and Chinese for SG2; the six for the Council), and what the original shows is asserted where the model must carry it.

use plenary::annex::{self, Annex, Layout, Options, text};
use plenary::model::{Lang, Timetable};

fn example(name: &str) -> (String, Timetable) {
    let path = format!(
        "{}/examples/{name}.plenary.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("the example is in the repository");
    let t = plenary::document::load(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    (text, t)
}

fn build(t: &Timetable, layout: Layout, lang: Lang) -> Annex {
    annex::build(t, &Options::new(layout, lang))
}

#[test]
fn the_itu_examples_are_canonical_and_free_of_conflicts() {
    for name in ["itu-t-sg2-2013", "itu-council-2018"] {
        let (text, t) = example(name);
        assert_eq!(
            plenary::document::save(&t),
            text,
            "{name} is in canonical form"
        );
        let conflicts = plenary::conflict::check(&t);
        assert!(conflicts.is_empty(), "{name}: {conflicts:#?}");
    }
}

#[test]
fn sg2_2013_has_the_originals_rows_hours_and_notes() {
    let (_, t) = example("itu-t-sg2-2013");
    let a = build(&t, Layout::Bodies, Lang::En);
    let rows: Vec<&str> = a.rows.iter().map(|r| r.header[0].as_str()).collect();
    assert_eq!(
        rows,
        [
            "SG2", "WP1/2", "Q1/2", "Q2/2", "Q3/2", "Q4/2", "WP2/2", "Q5/2", "Q6/2", "Q7/2",
            "JCA-AHF"
        ],
        "the original's rows, in its order (the management team meets before the meeting: \
         a note, no row)"
    );
    // Eight working days of two half-days, and one column for the weekend between.
    assert_eq!(a.columns.len(), 8 * 2 + 1);
    let notes: Vec<&str> = a.notes.iter().map(|n| n.text.as_str()).collect();
    let hours = notes
        .iter()
        .find(|n| n.starts_with("All other sessions"))
        .expect("the hours note");
    assert!(
        hours.contains("09:30-12:30 and 14:30-17:30, except Friday 20 September: 09:00-12:00"),
        "one line for the Friday morning, as the original's working hours: {hours}"
    );
    // The Question meetings of Friday morning fill their slot at its own times: no note each.
    assert!(
        !notes.iter().any(|n| n.contains("20 September 09:00")),
        "{notes:#?}"
    );
    for key in ["free:wp-openings", "free:report", "free:management"] {
        assert!(
            a.notes.iter().any(|n| n.key == key),
            "note {key}: {notes:#?}"
        );
    }
    // The Questions' own hours (08:30-12:30, 13:00-18:00) are the body's, not the day's.
    let q1 = t
        .bodies
        .get(&plenary::model::BodyId::from("q1"))
        .expect("Q1/2");
    assert_eq!(q1.hours.len(), 2);
}

#[test]
fn council_2018_has_its_afternoon_times_steering_points_and_a_parallel_committee() {
    let (_, t) = example("itu-council-2018");
    let a = build(&t, Layout::Plan, Lang::En);
    let plain = text::to_text(&a);
    assert!(
        plain.contains("14:00-17:00"),
        "the first afternoon's own times, once: {plain}"
    );
    assert_eq!(
        plain.matches("17:30 Steering").count(),
        3,
        "the three 17:30 Steering Committee points: {plain}"
    );
    // The standing committee meets beside the plenary by design: no body clash.
    let adm = t
        .bodies
        .get(&plenary::model::BodyId::from("sc-adm"))
        .expect("SC ADM");
    assert!(adm.parallel_with_parent);
    // Ten working days and one narrow column for the weekend.
    assert_eq!(a.columns.len(), 11);
    assert_eq!(a.columns.iter().filter(|c| c.narrow).count(), 1);
}

#[test]
fn snapshots_of_the_itu_examples_in_their_languages() {
    for (name, layout) in [
        ("itu-t-sg2-2013", Layout::Bodies),
        ("itu-council-2018", Layout::Plan),
    ] {
        let (_, t) = example(name);
        for &lang in &t.meeting.languages {
            insta::assert_snapshot!(
                format!("example_{name}_{layout}_{}", lang.code()),
                text::to_text(&build(&t, layout, lang))
            );
        }
    }
}
