//! The arranger says why by message ids with arguments: its English on the wire is those
//! messages written in English, and each language writes them in its own words.

use plenary::arrange::{ArrangeScope, Infeasible, arrange};
use plenary::model::{Lang, SessionId};

use crate::arrange::{options, wp_meeting};

#[test]
fn the_arrangers_reasons_are_messages_written_in_each_language() {
    // Q1 may only meet on the first day, which its Working Party (pinned) fills.
    let t = wp_meeting(
        r#"{ "id": "wp", "title": { "en": "WP1" }, "kind": "question", "annex": "cell", "bodies": ["wp1"], "pinned": true,
             "placement": { "start": "2030-01-07T09:00", "end": "2030-01-07T17:30" }, "room": "a" },
           { "id": "qa", "title": { "en": "Q1 a" }, "kind": "question", "annex": "cell", "bodies": ["q1"], "minutes": 90,
             "windows": [{ "date": "2030-01-07", "start": "09:00", "end": "17:30" }] }"#,
        "",
    );
    let out = arrange(&t, &options(ArrangeScope::All, 1, 5_000)).expect("answered");
    let qa = out
        .report
        .left
        .iter()
        .find(|l| l.session == SessionId("qa".into()))
        .expect("Q1 is left out");
    assert_eq!(qa.words.id, "arrange-no-free-place", "{qa:?}");
    assert_eq!(qa.reason, qa.words.to_string(), "the English is the words'");
    assert!(
        qa.reason.starts_with("Q1 a has no free place: all "),
        "{}",
        qa.reason
    );
    assert!(
        qa.reason.contains("(58 body WP1 meeting, 29 room A taken)"),
        "{}",
        qa.reason
    );
    let rules: Vec<String> = qa.rule_words.iter().map(ToString::to_string).collect();
    assert_eq!(qa.rules, rules, "one message per rule");
    let relaxation = qa.relaxation_words.as_ref().expect("one rule alone blocks");
    assert_eq!(
        qa.relaxation.as_deref(),
        Some(relaxation.to_string().as_str())
    );
    assert!(
        qa.relaxation
            .as_deref()
            .is_some_and(|r| r.contains("(first Mon 7 Jan 09:00 in ")),
        "{:?}",
        qa.relaxation
    );

    let french = qa.words.text(Lang::Fr);
    assert!(
        french.starts_with("Q1 a n’a aucune place libre"),
        "{french}"
    );
    assert!(french.contains("réunion de WP1"), "{french}");
    let french = relaxation.text(Lang::Fr);
    assert!(french.contains("lun. 7 janv. 09:00"), "{french}");
    for lang in Lang::ALL {
        let text = qa.words.text(lang);
        assert!(!text.contains("arrange-"), "{lang:?}: {text}");
        assert!(
            text.contains("Q1 a") && text.contains("WP1"),
            "{lang:?}: {text}"
        );
    }
}

#[test]
fn an_infeasible_arrangement_is_refused_in_the_readers_language() {
    // A day to arrange that is not a working day of the meeting.
    let t = wp_meeting(
        r#"{ "id": "qb", "title": { "en": "Q2 b" }, "kind": "question", "annex": "cell", "bodies": ["q2"], "minutes": 90 }"#,
        "",
    );
    let scope = ArrangeScope::Day {
        date: "2030-01-09".parse().expect("a date"),
    };
    let refused = arrange(&t, &options(scope, 1, 1_000)).expect_err("no such working day");
    assert_eq!(
        refused,
        Infeasible::NotAWorkingDay("2030-01-09".parse().expect("a date"))
    );
    assert_eq!(
        refused.to_string(),
        "nothing can be arranged: 2030-01-09 is not a working day of the meeting"
    );
    let spanish = refused.message().text(Lang::Es);
    assert!(spanish.contains("no es un día laborable"), "{spanish}");

    // A cycle names "A before B before A" in each language's word for "before".
    let cycle = Infeasible::OrderCycle(vec!["A".into(), "B".into(), "A".into()]);
    assert_eq!(
        cycle.to_string(),
        "the order constraints go round in a circle: A before B before A; no order can satisfy them"
    );
    assert!(cycle.message().text(Lang::Fr).contains("A avant B avant A"));
    assert!(cycle.message().text(Lang::Zh).contains("A早于B早于A"));
}
