//! Revisions: publishing (undoable, labels unique), surviving save/load and the v1 → v2
//! migration, and the diff on scripted edits of the SG12 example and on the two real LSWT
//! 2019 revisions.

use std::path::Path;

use chrono::NaiveDate;
use plenary::command::suggest_revision_label;
use plenary::document;
use plenary::interop::{self, Format, ImportOptions};
use plenary::model::{BodyId, Lang, PersonId, Placement, RoomId, SessionId, Timetable};
use plenary::revision::{
    Aspect, BreakDiff, Compared, DayDiff, Diff, SessionChange, diff, summary, summary_text,
};
use plenary::time::Stamp;
use plenary::{Command, DryRun, Editor};

use crate::document::EXAMPLE;

fn date(s: &str) -> NaiveDate {
    s.parse().expect("a valid date in the test")
}

fn stamp(s: &str) -> Stamp {
    Stamp::from_naive(
        format!("{s}:00")
            .parse()
            .expect("a valid date-time in the test"),
    )
}

fn editor() -> Editor {
    Editor::new(document::load(EXAMPLE).expect("the example loads"))
}

fn publish(e: &mut Editor, label: Option<&str>) {
    e.apply(
        &Command::PublishRevision {
            label: label.map(str::to_owned),
            date: date("2017-09-01"),
            comment: None,
        },
        DryRun::No,
    )
    .expect("publishing succeeds");
}

fn apply(e: &mut Editor, c: Command) {
    e.apply(&c, DryRun::No).expect("the scripted edit applies");
}

/// The diff from the editor's revision `label` to its current state.
fn since(e: &Editor, label: &str) -> Diff {
    let t = e.timetable();
    diff(
        t.revision(label).expect("published").timetable.timetable(),
        t,
    )
}

fn aspects_of(d: &Diff, id: &str) -> Vec<Aspect> {
    let found: Vec<_> = d.sessions.iter().filter(|s| s.id.as_str() == id).collect();
    assert_eq!(found.len(), 1, "{id} is listed exactly once: {d:#?}");
    match &found[0].change {
        SessionChange::Changed { aspects } => aspects.clone(),
        other => panic!("{id} should be changed, not {other:?}"),
    }
}

#[test]
fn an_unknown_revision_label_is_refused_naming_the_published_ones() {
    let mut e = editor();
    let err = e
        .timetable()
        .revision_timetable("Rev.1")
        .expect_err("nothing published yet");
    assert_eq!(
        err.to_string(),
        "there is no revision 'Rev.1': none has been published yet"
    );
    publish(&mut e, Some("Rev.1"));
    publish(&mut e, Some("Rev.2"));
    assert!(e.timetable().revision_timetable("Rev.2").is_ok());
    let err = e
        .timetable()
        .revision_timetable("Rev.9")
        .expect_err("Rev.9 was never published");
    assert_eq!(
        err.to_string(),
        "there is no revision 'Rev.9' (published: Rev.1, Rev.2)"
    );
}

#[test]
fn publish_revision_suggests_rev_n_and_refuses_a_duplicate_label() {
    let mut e = editor();
    assert_eq!(suggest_revision_label(e.timetable()), "Rev.1");
    publish(&mut e, None);
    publish(&mut e, Some("Rev.7"));
    assert_eq!(suggest_revision_label(e.timetable()), "Rev.8");
    publish(&mut e, Some("Final draft"));
    let labels: Vec<_> = e
        .timetable()
        .revisions
        .iter()
        .map(|r| r.label.clone())
        .collect();
    assert_eq!(labels, ["Rev.1", "Rev.7", "Final draft"]);
    let err = e
        .apply(
            &Command::PublishRevision {
                label: Some("Rev.1".into()),
                date: date("2017-09-02"),
                comment: None,
            },
            DryRun::No,
        )
        .expect_err("a label is used once")
        .to_string();
    assert!(err.contains("'Rev.1' already exists"), "{err}");
    assert_eq!(e.timetable().revisions.len(), 3, "refused: nothing changed");
    assert!(
        e.timetable().revisions[0]
            .timetable
            .timetable()
            .revisions
            .is_empty(),
        "a frozen timetable has no revisions of its own"
    );
}

#[test]
fn publish_revision_is_undone_and_redone() {
    let mut e = editor();
    let before = document::save(e.timetable());
    publish(&mut e, None);
    assert_eq!(e.history().undo_label.as_deref(), Some("Publish revision"));
    let undone = e.undo();
    assert!(undone.changed);
    assert!(
        e.timetable().revisions.is_empty(),
        "undo withdraws the revision"
    );
    assert_eq!(document::save(e.timetable()), before, "undo is exact");
    e.redo();
    assert_eq!(
        e.timetable().revisions[0].label,
        "Rev.1",
        "redo publishes it again"
    );
}

#[test]
fn revisions_survive_save_and_load() {
    let mut e = editor();
    publish(&mut e, None);
    apply(
        &mut e,
        Command::MoveSession {
            id: "wp1-open".into(),
            start: stamp("2017-09-20T14:00"),
            room: None,
        },
    );
    e.apply(
        &Command::PublishRevision {
            label: None,
            date: date("2017-09-05"),
            comment: Some("WP1 opening moved".into()),
        },
        DryRun::No,
    )
    .expect("publish");
    let text = document::save(e.timetable());
    assert!(
        text.contains(&format!("\"version\": {}", document::FORMAT_VERSION)),
        "saved as the current format version"
    );
    let loaded = document::load(&text).expect("the saved document loads");
    assert_eq!(&loaded, e.timetable(), "revisions round-trip");
    assert_eq!(document::save(&loaded), text, "save is a fixed point");
    assert_eq!(
        loaded.revisions[1].comment.as_deref(),
        Some("WP1 opening moved")
    );
}

#[test]
fn version_1_documents_migrate_with_no_revisions_and_cannot_name_them() {
    let current = format!("\"version\": {}", document::FORMAT_VERSION);
    // Version 1 had no annex notes: the example without its note order.
    let mut value: serde_json::Value = serde_json::from_str(EXAMPLE).expect("JSON");
    value
        .as_object_mut()
        .expect("an object")
        .remove("annexNotes");
    let v1 = serde_json::to_string_pretty(&value)
        .expect("JSON")
        .replace(&current, "\"version\": 1");
    let t = document::load(&v1).expect("a version 1 document still opens");
    assert!(t.revisions.is_empty());
    assert!(
        document::save(&t).contains(&current),
        "saved as the current version"
    );

    let mut e = Editor::new(t);
    publish(&mut e, None);
    let saved = document::save(e.timetable());
    let err = document::load(&saved.replacen(&current, "\"version\": 1", 1))
        .expect_err("version 1 had no revisions");
    assert!(err.to_string().contains("revisions"), "{err}");
}

#[test]
fn v2_fixture_with_revisions_opens() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/documents/v2/revisions.plenary.json");
    let text = std::fs::read_to_string(&path).expect("the v2 fixture exists");
    let t = document::load(&text).expect("the v2 fixture opens");
    let labels: Vec<_> = t.revisions.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels, ["Rev.1", "Rev.2"]);
    let d = diff(
        t.revision("Rev.1").expect("Rev.1").timetable.timetable(),
        &t,
    );
    assert!(!d.is_empty(), "the fixture changed after Rev.1");
}

#[test]
fn moved_session_is_one_change_with_old_and_new_day_and_time() {
    let mut e = editor();
    publish(&mut e, None);
    apply(
        &mut e,
        Command::MoveSession {
            id: "wp1-open".into(),
            start: stamp("2017-09-20T14:00"),
            room: None,
        },
    );
    let d = since(&e, "Rev.1");
    assert_eq!(d.sessions.len(), 1, "one session moved, one change: {d:#?}");
    assert_eq!(
        aspects_of(&d, "wp1-open"),
        [Aspect::Moved {
            from: Some(Placement {
                start: stamp("2017-09-19T14:00"),
                end: stamp("2017-09-19T15:00")
            }),
            to: Some(Placement {
                start: stamp("2017-09-20T14:00"),
                end: stamp("2017-09-20T15:00")
            }),
        }]
    );
}

#[test]
fn resize_on_the_same_day_is_retimed_and_unscheduling_is_moved() {
    let mut e = editor();
    publish(&mut e, None);
    apply(
        &mut e,
        Command::ResizeSession {
            id: "wp2-open".into(),
            start: stamp("2017-09-19T15:00"),
            end: stamp("2017-09-19T16:00"),
        },
    );
    apply(
        &mut e,
        Command::UnscheduleSession {
            id: "welcome".into(),
        },
    );
    let d = since(&e, "Rev.1");
    assert!(matches!(
        aspects_of(&d, "wp2-open")[..],
        [Aspect::Retimed { .. }]
    ));
    assert!(matches!(
        aspects_of(&d, "welcome")[..],
        [Aspect::Moved {
            from: Some(_),
            to: None
        }]
    ));
}

#[test]
fn added_removed_renamed_room_bodies_persons_and_flags_are_each_listed() {
    let mut e = editor();
    publish(&mut e, None);
    let t = e.timetable().clone();
    let mut s = t.sessions[&SessionId::from("wp3-open")].clone();
    s.title.insert(Lang::Fr, "Ouverture du GT3".into());
    s.room = Some(RoomId::from("room-b"));
    s.bodies = vec![BodyId::from("wp3"), BodyId::from("sg12")];
    s.persons = vec![PersonId::from("p-chair")];
    s.tentative = true;
    s.exclusive = true;
    s.attendance = Some(80);
    apply(&mut e, Command::EditSession { session: s });
    let mut new = t.sessions[&SessionId::from("welcome")].clone();
    new.id = SessionId::from("extra");
    apply(&mut e, Command::AddSession { session: new });
    apply(&mut e, Command::DeleteSession { id: "mt-1".into() });

    let d = since(&e, "Rev.1");
    let aspects = aspects_of(&d, "wp3-open");
    let names: Vec<&str> = aspects
        .iter()
        .map(|a| match a {
            Aspect::Moved { .. } => "moved",
            Aspect::Retimed { .. } => "retimed",
            Aspect::Renamed { .. } => "renamed",
            Aspect::Room { .. } => "room",
            Aspect::Bodies { .. } => "bodies",
            Aspect::Persons { .. } => "persons",
            Aspect::Tentative { .. } => "tentative",
            Aspect::Exclusive { .. } => "exclusive",
            Aspect::Other { .. } => "other",
        })
        .collect();
    assert_eq!(
        names,
        [
            "renamed",
            "room",
            "bodies",
            "persons",
            "tentative",
            "exclusive",
            "other"
        ],
        "every edited aspect, in order"
    );
    assert!(aspects.contains(&Aspect::Other {
        fields: vec!["attendance".into()]
    }));
    let change = |id: &str| {
        d.sessions
            .iter()
            .find(|s| s.id.as_str() == id)
            .map(|s| s.change.clone())
    };
    assert!(matches!(change("extra"), Some(SessionChange::Added { .. })));
    assert!(matches!(
        change("mt-1"),
        Some(SessionChange::Removed { .. })
    ));
    assert_eq!(d.sessions.len(), 3, "nothing else is reported: {d:#?}");
}

#[test]
fn reordered_persons_are_not_a_change() {
    let mut e = editor();
    publish(&mut e, None);
    let mut s = e.timetable().sessions[&SessionId::from("wp1-open")].clone();
    s.persons.reverse();
    apply(&mut e, Command::EditSession { session: s });
    assert!(since(&e, "Rev.1").is_empty(), "persons compare as a set");
}

#[test]
fn breaks_and_days_changes_are_listed() {
    let mut e = editor();
    publish(&mut e, None);
    let t = e.timetable().clone();
    let mut lunch = t.breaks[&plenary::model::BreakId::from("lunch")].clone();
    lunch.end = plenary::time::TimeOfDay::hm(14, 45).expect("valid time");
    apply(&mut e, Command::EditBreak { r#break: lunch });
    apply(
        &mut e,
        Command::RemoveBreak {
            id: "d28-lunch".into(),
        },
    );
    let mut day = t.days[1].clone();
    day.note = Some("Social event in the evening".into());
    apply(&mut e, Command::EditDay { day });
    let d = since(&e, "Rev.1");
    assert!(d.sessions.is_empty());
    assert!(
        matches!(
            d.breaks[..],
            [BreakDiff::Changed { .. }, BreakDiff::Removed { .. }]
        ),
        "{:#?}",
        d.breaks
    );
    assert!(matches!(d.days[..], [DayDiff::Changed { .. }]));
    insta::assert_snapshot!(summary(
        &d,
        t.revision("Rev.1").map_or(&t, |r| r.timetable.timetable()),
        e.timetable(),
        Compared {
            from: "Rev.1",
            to: None,
        },
        Lang::En
    ));
}

#[test]
fn summary_of_scripted_edits_reads_well() {
    let mut e = editor();
    publish(&mut e, None);
    apply(
        &mut e,
        Command::MoveSession {
            id: "wp1-open".into(),
            start: stamp("2017-09-20T14:00"),
            room: Some(RoomId::from("room-c")),
        },
    );
    apply(&mut e, Command::DeleteSession { id: "mt-1".into() });
    let d = since(&e, "Rev.1");
    let rev1 = e.timetable().revision("Rev.1").expect("published");
    insta::assert_snapshot!(summary(
        &d,
        rev1.timetable.timetable(),
        e.timetable(),
        Compared {
            from: "Rev.1",
            to: None,
        },
        Lang::En
    ));
}

fn lswt(name: &str) -> Option<Timetable> {
    let path = crate::require::data(name)?;
    let bytes = std::fs::read(&path).expect("readable data file");
    let imported = interop::import(Format::FrabXml, &bytes, &ImportOptions::default())
        .unwrap_or_else(|e| panic!("{name} imports: {e}"));
    Some(imported.timetable)
}

/// The two published LSWT 2019 schedules differ (read with `diff` on the XML) in: the room
/// and track "Main Track" renamed "Vorträge"; event 101 "Begrüßung" renamed "Welcome" and
/// 202 "Jekyll RDF Benutzung" "Using Jekyll RDF"; the three breaks renamed in German; the
/// persons of two events listed in another order; descriptions translated (not part of the
/// model). No time, day or event changed.
#[test]
fn lswt_2019_staging_to_final_reports_the_real_changes() {
    let (Some(old), Some(new)) = (
        lswt("lswt2019-schedule-v2019-05-31-staging.xml"),
        lswt("lswt2019-schedule-v2019-06-26-final.xml"),
    ) else {
        return;
    };
    let d = diff(&old, &new);
    let main_track = RoomId::from("r-main-track");
    let in_main: Vec<&SessionId> = old
        .sessions
        .values()
        .filter(|s| s.room.as_ref() == Some(&main_track))
        .map(|s| &s.id)
        .collect();
    assert_eq!(
        in_main.len(),
        21,
        "21 events (besides breaks) were in the Main Track room"
    );
    assert_eq!(
        d.sessions.len(),
        22,
        "the 21 Main Track events plus the Jekyll RDF tutorial, nothing else: {d:#?}"
    );
    for s in &d.sessions {
        let SessionChange::Changed { aspects } = &s.change else {
            panic!("no event was added or removed: {s:?}");
        };
        for a in aspects {
            match a {
                Aspect::Room { from, to } => {
                    assert_eq!(from.as_ref(), Some(&main_track));
                    assert_eq!(to.as_ref().map(RoomId::as_str), Some("r-vortr-ge"));
                }
                Aspect::Bodies { from, to } => {
                    assert_eq!(from, &[BodyId::from("b-main-track")]);
                    assert_eq!(to, &[BodyId::from("b-vortr-ge")]);
                }
                Aspect::Renamed { from, to } => {
                    let pair = (from[&Lang::En].as_str(), to[&Lang::En].as_str());
                    assert!(
                        pair == ("Begrüßung", "Welcome")
                            || pair == ("Jekyll RDF Benutzung", "Using Jekyll RDF"),
                        "only two events were renamed: {pair:?}"
                    );
                }
                other => panic!("no time, person or flag changed, yet {other:?} on {}", s.id),
            }
        }
    }
    let renamed = d
        .sessions
        .iter()
        .filter(|s| matches!(&s.change, SessionChange::Changed { aspects } if aspects.iter().any(|a| matches!(a, Aspect::Renamed { .. }))))
        .count();
    assert_eq!(renamed, 2, "Welcome and Using Jekyll RDF");
    assert_eq!(d.breaks.len(), 3, "the three breaks, renamed in German");
    for b in &d.breaks {
        let BreakDiff::Changed { from, to } = b else {
            panic!("a renamed break is paired by its times, not removed and added: {b:?}");
        };
        assert_eq!((from.start, from.end, from.day), (to.start, to.end, to.day));
        assert_ne!(from.name, to.name);
    }
    assert!(d.days.is_empty(), "the one day is unchanged");
    insta::assert_snapshot!(summary(
        &d,
        &old,
        &new,
        Compared {
            from: "the staging schedule",
            to: None,
        },
        Lang::En
    ));
}

/// One edit of each kind a summary names: moved with a new room, removed, added, retimed,
/// renamed and made tentative, made exclusive, a break and a day changed.
fn scripted_changes() -> (Editor, Diff) {
    let mut e = editor();
    publish(&mut e, None);
    apply(
        &mut e,
        Command::MoveSession {
            id: "wp1-open".into(),
            start: stamp("2017-09-20T14:00"),
            room: Some(RoomId::from("room-c")),
        },
    );
    apply(&mut e, Command::DeleteSession { id: "mt-1".into() });
    apply(
        &mut e,
        Command::DuplicateSession {
            id: "briefing".into(),
            placement: Some(Placement {
                start: stamp("2017-09-26T13:00"),
                end: stamp("2017-09-26T14:00"),
            }),
        },
    );
    apply(
        &mut e,
        Command::ResizeSession {
            id: "mt-2".into(),
            start: stamp("2017-09-28T09:00"),
            end: stamp("2017-09-28T11:00"),
        },
    );
    let mut webinar = e.timetable().sessions[&SessionId::from("webinar")].clone();
    webinar.title.insert(Lang::En, "Results webinar".into());
    webinar.title.insert(Lang::Zh, "成果网络研讨会".into());
    webinar.tentative = true;
    webinar.exclusive = !webinar.exclusive;
    apply(&mut e, Command::EditSession { session: webinar });
    let mut lunch = e.timetable().breaks[&plenary::model::BreakId::from("lunch")].clone();
    lunch.end = plenary::time::TimeOfDay::hm(14, 15).expect("valid time");
    apply(&mut e, Command::EditBreak { r#break: lunch });
    let mut day = e.timetable().days[1].clone();
    day.note = Some("Social event".into());
    apply(&mut e, Command::EditDay { day });
    let d = since(&e, "Rev.1");
    (e, d)
}

#[test]
fn summary_is_written_in_each_of_the_six_languages() {
    let (e, d) = scripted_changes();
    let rev1 = e.timetable().revision("Rev.1").expect("published");
    let compared = Compared {
        from: "Rev.1",
        to: None,
    };
    for lang in Lang::ALL {
        let md = summary(
            &d,
            rev1.timetable.timetable(),
            e.timetable(),
            compared,
            lang,
        );
        insta::assert_snapshot!(format!("summary_{}", lang.code()), md);
        let text = summary_text(
            &d,
            rev1.timetable.timetable(),
            e.timetable(),
            compared,
            lang,
        );
        assert!(!text.contains("**") && !text.contains("# "), "{text}");
        // Every session is there, in every language, named by its title (in bold), never
        // by its id.
        assert_eq!(
            md.lines().filter(|l| l.starts_with("- **")).count(),
            5,
            "{lang:?}: five sessions changed: {md}"
        );
        for id in ["wp1-open", "mt-1", "briefing-copy", "mt-2", "webinar"] {
            assert!(
                !md.contains(&format!("({id})")),
                "{lang:?} shows the id {id}: {md}"
            );
        }
    }
    // No English phrase leaks into another language.
    let zh = summary(
        &d,
        rev1.timetable.timetable(),
        e.timetable(),
        compared,
        Lang::Zh,
    );
    for english in [
        "moved", "removed", "added", "retimed", "renamed", "Sessions", "Breaks",
    ] {
        assert!(!zh.contains(english), "{english} in {zh}");
    }
    assert!(zh.contains("9月20日星期三"), "ICU4X dates: {zh}");
}

#[test]
fn summary_of_two_revisions_names_both_in_the_heading() {
    let (mut e, _) = scripted_changes();
    publish(&mut e, Some("Rev.2"));
    let t = e.timetable();
    let (r1, r2) = (
        t.revision("Rev.1").expect("Rev.1").timetable.timetable(),
        t.revision("Rev.2").expect("Rev.2").timetable.timetable(),
    );
    let d = diff(r1, r2);
    let compared = Compared {
        from: "Rev.1",
        to: Some("Rev.2"),
    };
    assert!(summary(&d, r1, r2, compared, Lang::En).starts_with("# Changes from Rev.1 to Rev.2\n"));
    assert!(
        summary(&d, r1, r2, compared, Lang::Fr).starts_with("# Modifications de Rev.1 à Rev.2\n")
    );
    let same = diff(r2, r2);
    assert!(summary(&same, r2, r2, compared, Lang::Ru).contains("Изменений нет."));
}
