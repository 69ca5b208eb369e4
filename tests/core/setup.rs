//! Setting up a meeting: the form's one command builds the meeting, its days, hours, slots
//! and breaks; a city picks the zone and is kept; a new document without it is empty.

use chrono::NaiveDate;
use plenary::command::Command;
use plenary::document;
use plenary::model::{BreakKind, DayKind, Lang, Text};
use plenary::template::{self, HoursTemplate, MeetingSetup, SetupChoices, Weekday};
use plenary::{DryRun, Editor, cities, editor, file_name};

fn date(s: &str) -> NaiveDate {
    s.parse().expect("a valid date")
}

/// The ITU-T SG2 meeting of September 2013, as a secretariat fills the form in.
fn sg2() -> MeetingSetup {
    MeetingSetup {
        title: Text::from([
            (Lang::En, "ITU-T Study Group 2".to_owned()),
            (Lang::Fr, "Commission d'études 2 de l'UIT-T".to_owned()),
            (Lang::Zh, "ITU-T第2研究组".to_owned()),
        ]),
        venue: "ITU headquarters, Geneva".into(),
        place: "Geneva".into(),
        first_day: date("2013-09-17"),
        last_day: date("2013-09-26"),
        days_off: vec![Weekday::Sat, Weekday::Sun],
        template: HoursTemplate::ItuT,
        languages: vec![Lang::En, Lang::Fr, Lang::Zh],
    }
}

fn times(start: impl ToString, end: impl ToString) -> (String, String) {
    (start.to_string(), end.to_string())
}

#[test]
fn sg2_set_up_creates_ten_days_with_the_weekend_off() {
    let t = editor::from_setup(&sg2()).expect("the SG2 set-up is accepted");
    assert!(t.validate().is_empty(), "{:?}", t.validate());
    assert_eq!(t.days.len(), 10, "17 to 26 September, both included");
    let off: Vec<String> = t
        .days
        .iter()
        .filter(|d| d.kind == DayKind::Weekend)
        .map(|d| d.date.to_string())
        .collect();
    assert_eq!(off, ["2013-09-21", "2013-09-22"], "Saturday and Sunday");
    assert_eq!(t.meeting.languages, [Lang::En, Lang::Fr, Lang::Zh]);
    assert_eq!(
        t.main_lang(),
        Lang::En,
        "the first language is the main one"
    );
    assert_eq!(
        t.meeting.title[&Lang::Zh],
        "ITU-T第2研究组",
        "every title is kept"
    );
    assert_eq!(t.meeting.venue, "ITU headquarters, Geneva");
    assert!(t.sessions.is_empty());
}

#[test]
fn a_city_gives_its_zone_and_the_document_keeps_the_city_picked() {
    let t = editor::from_setup(&sg2()).expect("accepted");
    assert_eq!(
        t.meeting.time_zone, "Europe/Zurich",
        "Geneva keeps Zurich's clocks"
    );
    assert_eq!(
        t.meeting.city.as_deref(),
        Some("Geneva"),
        "the meeting shows Geneva, not Zurich"
    );
    let saved = document::save(&t);
    assert!(saved.contains("\"city\": \"Geneva\""), "{saved}");
    assert_eq!(document::load(&saved).expect("reloads"), t);

    let lower = MeetingSetup {
        place: "  geneva ".into(),
        ..sg2()
    };
    let t = editor::from_setup(&lower).expect("case and spaces aside");
    assert_eq!(
        t.meeting.city.as_deref(),
        Some("Geneva"),
        "spelt as the list does"
    );

    let zone = MeetingSetup {
        place: "America/New_York".into(),
        ..sg2()
    };
    let t = editor::from_setup(&zone).expect("an IANA zone typed as such");
    assert_eq!(t.meeting.time_zone, "America/New_York");
    assert_eq!(t.meeting.city, None, "the zone's own city is shown");
}

#[test]
fn the_itu_t_template_has_its_half_days_and_30_minute_coffee_breaks() {
    let t = editor::from_setup(&sg2()).expect("accepted");
    let slots: Vec<(String, String)> = t.slots.values().map(|s| times(s.start, s.end)).collect();
    assert_eq!(
        slots,
        [times("09:30", "12:30"), times("14:30", "17:30")],
        "09:30-12:30 and 14:30-17:30"
    );
    for b in t.breaks.values().filter(|b| b.kind == BreakKind::Coffee) {
        assert_eq!(
            b.end.minutes() - b.start.minutes(),
            30,
            "coffee 30 min: {}",
            b.id
        );
    }
    let lunch = t
        .breaks
        .values()
        .find(|b| b.kind == BreakKind::Meal)
        .expect("a lunch break");
    assert_eq!(times(lunch.start, lunch.end), times("12:30", "14:30"));
    assert_eq!(
        times(t.meeting.hours.start, t.meeting.hours.end),
        times("09:30", "17:30")
    );
    let morning = t.slots.values().next().expect("a morning");
    assert!(
        [Lang::En, Lang::Fr, Lang::Zh]
            .iter()
            .all(|l| morning.name.get(l).is_some_and(|n| !n.is_empty())),
        "slot names in every meeting language: {:?}",
        morning.name
    );

    let early = editor::from_setup(&MeetingSetup {
        template: HoursTemplate::ItuTEarly,
        ..sg2()
    })
    .expect("accepted");
    let morning = early.slots.values().next().expect("a morning");
    assert_eq!(times(morning.start, morning.end), times("09:00", "12:30"));

    let blank = editor::from_setup(&MeetingSetup {
        template: HoursTemplate::Blank,
        ..sg2()
    })
    .expect("accepted");
    assert!(blank.slots.is_empty() && blank.breaks.is_empty());
    assert_eq!(blank.days.len(), 10, "days all the same");
}

#[test]
fn days_off_are_the_weekdays_the_form_names() {
    let t = editor::from_setup(&MeetingSetup {
        days_off: vec![Weekday::Fri, Weekday::Sat],
        ..sg2()
    })
    .expect("accepted");
    let off: Vec<String> = t
        .days
        .iter()
        .filter(|d| d.kind != DayKind::Working)
        .map(|d| d.date.to_string())
        .collect();
    assert_eq!(off, ["2013-09-20", "2013-09-21"]);
    let none = editor::from_setup(&MeetingSetup {
        days_off: Vec::new(),
        ..sg2()
    })
    .expect("accepted");
    assert!(none.days.iter().all(|d| d.kind == DayKind::Working));
}

#[test]
fn an_incomplete_set_up_is_refused_saying_what_to_fix() {
    let cases = [
        (
            MeetingSetup {
                last_day: date("2013-09-16"),
                ..sg2()
            },
            "the last day (2013-09-16) is before the first day (2013-09-17)",
        ),
        (
            MeetingSetup {
                place: "Atlantis".into(),
                ..sg2()
            },
            "there is no city or time zone 'Atlantis'",
        ),
        (
            MeetingSetup {
                languages: Vec::new(),
                ..sg2()
            },
            "choose at least one language",
        ),
        (
            MeetingSetup {
                title: Text::from([(Lang::En, "  ".to_owned())]),
                ..sg2()
            },
            "give the meeting a title",
        ),
        (
            MeetingSetup {
                last_day: date("2031-09-26"),
                ..sg2()
            },
            "a meeting set up at once lasts at most 366",
        ),
    ];
    for (setup, expected) in cases {
        let err = editor::from_setup(&setup).expect_err(expected).to_string();
        assert!(err.contains(expected), "{err}");
    }
}

#[test]
fn setting_up_an_open_meeting_again_is_one_undoable_edit_that_keeps_its_sessions() {
    let mut editor = Editor::new(editor::from_setup(&sg2()).expect("accepted"));
    let mut session = plenary::new_items::NewItems::of(editor.timetable()).session;
    session.id = "q1".into();
    session.title = Text::from([(Lang::En, "Q1/2".to_owned())]);
    session.placement = Some(plenary::model::Placement {
        start: "2013-09-18T09:30".parse().expect("a stamp"),
        end: "2013-09-18T12:30".parse().expect("a stamp"),
    });
    session.minutes = None;
    editor
        .apply(&Command::AddSession { session }, DryRun::No)
        .expect("a session on the 18th");
    let before = document::save(editor.timetable());

    let later = MeetingSetup {
        last_day: date("2013-09-27"),
        place: "Lausanne".into(),
        template: HoursTemplate::Keep,
        ..sg2()
    };
    let applied = editor
        .apply(&Command::SetUpMeeting { setup: later }, DryRun::No)
        .expect("accepted");
    assert!(applied.changed);
    let t = editor.timetable();
    assert_eq!(t.days.len(), 11, "one more day");
    assert_eq!(t.meeting.city.as_deref(), Some("Lausanne"));
    assert_eq!(t.slots.len(), 2, "Keep keeps the slots");
    assert!(
        t.sessions[&plenary::model::SessionId::from("q1")]
            .placement
            .is_some(),
        "the session stays"
    );
    assert_eq!(
        editor.history().undo_label.as_deref(),
        Some("Set up meeting"),
        "one step with the form's name"
    );

    let narrower = MeetingSetup {
        first_day: date("2013-09-19"),
        ..sg2()
    };
    let err = editor
        .apply(&Command::SetUpMeeting { setup: narrower }, DryRun::No)
        .expect_err("the 18th has a session")
        .to_string();
    assert!(
        err.contains("1 session(s) are placed outside") && err.contains("2013-09-18"),
        "{err}"
    );

    editor.step(plenary::history::Direction::Undo);
    assert_eq!(
        document::save(editor.timetable()),
        before,
        "undo gives back the bytes"
    );
}

#[test]
fn the_form_is_filled_in_from_an_open_meeting() {
    let t = editor::from_setup(&sg2()).expect("accepted");
    let again = MeetingSetup::of(&t).expect("it has days");
    assert_eq!(again.place, "Geneva");
    assert_eq!(
        (again.first_day, again.last_day),
        (date("2013-09-17"), date("2013-09-26"))
    );
    assert_eq!(again.days_off, [Weekday::Sat, Weekday::Sun]);
    assert_eq!(again.template, HoursTemplate::Keep);
    assert_eq!(
        editor::from_setup(&again).map(|t| t.days),
        Ok(t.days.clone())
    );
    assert_eq!(
        MeetingSetup::of(&template::blank()),
        None,
        "no days: the form's defaults"
    );
}

#[test]
fn the_city_list_has_the_meeting_cities_and_every_zone_city_once() {
    let choices = SetupChoices::all();
    let geneva = choices
        .cities
        .iter()
        .find(|c| c.name == "Geneva")
        .expect("Geneva is listed");
    assert_eq!(geneva.time_zone, "Europe/Zurich");
    assert!(
        choices.cities.iter().any(|c| c.name == "Zurich"),
        "the zone's own city too"
    );
    let mut names: Vec<String> = choices
        .cities
        .iter()
        .map(|c| c.name.to_lowercase())
        .collect();
    let count = names.len();
    names.dedup();
    assert_eq!(names.len(), count, "each name once");
    assert!(count > 300, "every zone city: {count}");
    assert!(
        choices
            .cities
            .iter()
            .all(|c| c.time_zone.parse::<chrono_tz::Tz>().is_ok()),
        "every city names a zone chrono-tz knows"
    );
    assert_eq!(
        choices.days_off,
        [Weekday::Sat, Weekday::Sun],
        "the default days off"
    );
    assert_eq!(cities::shown("Europe/Zurich", Some("Geneva")), "Geneva");
    assert_eq!(cities::shown("America/New_York", None), "New York");
}

#[test]
fn a_version_4_document_cannot_name_a_city() {
    let t = editor::from_setup(&sg2()).expect("accepted");
    let v5 = document::save(&t);
    let v4 = v5.replacen(
        &format!("\"version\": {}", document::FORMAT_VERSION),
        "\"version\": 4",
        1,
    );
    let err = document::load(&v4)
        .expect_err("version 4 had no city")
        .to_string();
    assert!(
        err.contains("meeting.city") && err.contains("version 5"),
        "{err}"
    );
    let without = v4.replace(",\n    \"city\": \"Geneva\"", "");
    let t = document::load(&without).expect("a version 4 file without a city opens");
    assert_eq!(t.meeting.city, None);
}

#[test]
fn save_and_export_suggest_a_name_from_the_title_and_year() {
    let t = editor::from_setup(&sg2()).expect("accepted");
    assert_eq!(
        file_name::suggested(&t, None),
        "ITU-T Study Group 2 2013.plenary"
    );
    assert_eq!(
        file_name::suggested(&t, Some(plenary::export::ExportFormat::AnnexDocx)),
        "ITU-T Study Group 2 2013.docx"
    );
    let mut odd = t.clone();
    odd.meeting.title = Text::from([(Lang::En, "SG2: 2013/09 <draft>".to_owned())]);
    assert_eq!(
        file_name::suggested(&odd, None),
        "SG2 2013 09 draft.plenary"
    );
}

const V5: &str = include_str!("../fixtures/documents/v5/city.plenary.json");

#[test]
fn v5_fixture_keeps_the_city_picked_and_is_canonical() {
    // Written by the app: the SG2 set-up, saved (tests/e2e/specs/setup.test.js).
    let t = document::load(V5).expect("the v5 fixture opens");
    assert_eq!(t.meeting.city.as_deref(), Some("Geneva"));
    assert_eq!(t.meeting.time_zone, "Europe/Zurich");
    assert_eq!(t.days.len(), 10);
    let current = format!("\"version\": {}", document::FORMAT_VERSION);
    assert_eq!(
        document::save(&t),
        V5.replacen("\"version\": 5", &current, 1),
        "the fixture is canonical"
    );
}

/// The SG2 meeting as a secretariat builds it after the form: its bodies typed as series,
/// the plenaries and a Working Party's and a Question's meetings placed in half-days.
fn sg2_built() -> Editor {
    let mut e = Editor::new(editor::from_setup(&sg2()).expect("accepted"));
    for text in [
        "SG2",
        "WP1/2-WP2/2",
        "Q1/2-Q4/2 under WP1/2",
        "Q5/2-Q7/2 under WP2/2",
    ] {
        let series = Command::AddBodySeries {
            series: text.into(),
        };
        e.apply(&series, DryRun::No).expect(text);
    }
    for (body, date, slot) in [
        ("sg2", "2013-09-17", "morning"),
        ("wp1-2", "2013-09-17", "afternoon"),
        ("q1-2", "2013-09-18", "morning"),
        ("q5-2", "2013-09-18", "morning"),
        ("sg2", "2013-09-26", "afternoon"),
    ] {
        let place = Command::PlaceBodyMeeting {
            body: body.into(),
            date: date.parse().expect("a date"),
            slot: slot.into(),
        };
        e.apply(&place, DryRun::No).expect(body);
    }
    e
}

#[test]
fn sg2_study_group_is_typed_as_a_series_and_its_working_parties_go_under_it() {
    let e = sg2_built();
    let t = e.timetable();
    let sg = &t.bodies[&plenary::model::BodyId::from("sg2")];
    assert_eq!(sg.short, "SG2");
    assert_eq!(sg.kind, plenary::model::BodyKind::StudyGroup);
    assert_eq!(sg.name[&Lang::Fr], "Commission d'études 2");
    assert_eq!(sg.name[&Lang::Zh], "第2研究组");
    let tree: Vec<(String, u32)> = e
        .snapshot()
        .view
        .body_tree
        .iter()
        .map(|n| (n.body.to_string(), n.depth))
        .collect();
    let expected: Vec<(String, u32)> = [
        ("sg2", 0),
        ("wp1-2", 1),
        ("q1-2", 2),
        ("q2-2", 2),
        ("q3-2", 2),
        ("q4-2", 2),
        ("wp2-2", 1),
        ("q5-2", 2),
        ("q6-2", 2),
        ("q7-2", 2),
    ]
    .iter()
    .map(|(b, d)| ((*b).to_owned(), *d))
    .collect();
    assert_eq!(
        tree, expected,
        "WP1/2 and WP2/2, typed without 'under', go under SG2"
    );
}

#[test]
fn sg2_meetings_placed_in_half_days_clash_with_the_plenary_and_read_in_french() {
    let mut e = sg2_built();
    assert!(
        e.conflicts().is_empty(),
        "the story's meetings do not clash: {:?}",
        e.conflicts()
    );
    let clash = Command::PlaceBodyMeeting {
        body: "q2-2".into(),
        date: "2013-09-17".parse().expect("a date"),
        slot: "morning".into(),
    };
    e.apply(&clash, DryRun::No).expect("placed");
    let messages: Vec<String> = e.conflicts().iter().map(|c| c.message.clone()).collect();
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        messages[0].contains("SG2 contains Q2/2"),
        "a Question during the opening plenary: {messages:?}"
    );

    let annex_in_french = |layout| {
        let options = plenary::annex::Options::new(layout, Lang::Fr);
        let annex = plenary::annex::build(e.timetable(), &options);
        assert!(
            annex.warnings.is_empty(),
            "every text has its French: {:?}",
            annex.warnings
        );
        plenary::annex::html::to_html(&annex)
    };
    let bodies = annex_in_french(plenary::annex::Layout::Bodies);
    for row in [
        "SG2",
        "WP1/2",
        "Q1/2",
        "Q2/2",
        "Q5/2",
        "Mardi<br>17 septembre",
    ] {
        assert!(
            bodies.contains(row),
            "{row} in the French annex by bodies:\n{bodies}"
        );
    }
    let days = annex_in_french(plenary::annex::Layout::Days);
    for title in [
        "Commission d&#39;études 2",
        "Groupe de travail 1/2",
        "Question 5/2",
    ] {
        assert!(
            days.contains(title),
            "{title} in the French annex by days:\n{days}"
        );
    }
}

/// The form filled in from the SG12 example (whose management team meets the day before
/// its first day) is accepted as it is: a session already outside the meeting's days does
/// not block setting the meeting up again, and nothing moves.
#[test]
fn the_example_set_up_again_as_the_form_fills_it_in_is_accepted_and_changes_nothing() {
    let t = crate::sg12();
    let again = MeetingSetup::of(&t).expect("it has days");
    let mut e = Editor::new(t.clone());
    e.apply(&Command::SetUpMeeting { setup: again }, DryRun::No)
        .expect("the prefilled form is accepted");
    assert_eq!(e.timetable().sessions, t.sessions, "no session moved");
    assert_eq!(e.timetable().days, t.days, "the same days");
}
