//! What a new document starts as: empty, or built from the set-up form ([`MeetingSetup`]).
//!
//! The core has no clock: nothing here reads today's date; the set-up names the meeting's
//! dates, and a document made without it has no days at all (the app then shows what to do
//! first rather than inventing a week).
//!
//! The set-up is applied by one command ([`crate::Command::SetUpMeeting`]), both to the empty
//! document of File > New ([`crate::editor::from_setup`]) and to an open document (the Meeting panel), so
//! the form builds a meeting the same way wherever it is used. Its dates come from chrono's
//! calendar, never from hand-written date arithmetic.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::cities::{self, City};
use crate::model::{
    Break, BreakId, BreakKind, Day, DayKind, Hours, IdMap, Lang, Meeting, Slot, SlotId, Text,
    Timetable,
};
use crate::time::TimeOfDay;

/// The longest meeting the set-up form creates at once, in days: a year. Longer spans are
/// typing mistakes (2013 for 2031), and each day is an item the grid draws.
pub const MAX_SETUP_DAYS: i64 = 366;

/// A day of the week, as the set-up form names the weekly days off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl Weekday {
    /// Monday to Sunday.
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    /// The weekday of `date`.
    pub fn of(date: NaiveDate) -> Weekday {
        Weekday::ALL[date.weekday().num_days_from_monday() as usize]
    }
}

/// The standard hours, slots and breaks a meeting is set up with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub enum HoursTemplate {
    /// ITU-T: 09:30-12:30 and 14:30-17:30, a 30-minute coffee break in each, lunch between.
    ItuT,
    /// As [`HoursTemplate::ItuT`], with mornings from 09:00.
    ItuTEarly,
    /// Standard hours 09:00-18:00, no slot and no break: the user adds their own.
    Blank,
    /// The open document's hours, slots and breaks as they are (a new one gets none).
    Keep,
}

impl HoursTemplate {
    /// What the set-up form offers a new meeting, in its order (`Keep` only for an open one).
    pub const ALL: [HoursTemplate; 4] = [
        HoursTemplate::ItuT,
        HoursTemplate::ItuTEarly,
        HoursTemplate::Blank,
        HoursTemplate::Keep,
    ];

    /// Its name in the form.
    pub fn label(self) -> &'static str {
        match self {
            HoursTemplate::ItuT => "ITU-T: 09:30-12:30 and 14:30-17:30, coffee 30 min",
            HoursTemplate::ItuTEarly => "ITU-T with 09:00 mornings",
            HoursTemplate::Blank => "Blank: no slots or breaks",
            HoursTemplate::Keep => "Keep the current hours, slots and breaks",
        }
    }

    /// Standard hours, slots (`(id, start, end)`, morning then afternoon) and breaks
    /// (`(id, kind, start, end)`); `None` for [`HoursTemplate::Keep`].
    #[allow(clippy::type_complexity)]
    fn shape(
        self,
    ) -> Option<(
        (&'static str, &'static str),
        &'static [(&'static str, &'static str, &'static str)],
        &'static [(&'static str, BreakKind, &'static str, &'static str)],
    )> {
        const SLOTS: [(&str, &str, &str); 2] = [
            ("morning", "09:30", "12:30"),
            ("afternoon", "14:30", "17:30"),
        ];
        const BREAKS: [(&str, BreakKind, &str, &str); 3] = [
            ("coffee-am", BreakKind::Coffee, "10:45", "11:15"),
            ("lunch", BreakKind::Meal, "12:30", "14:30"),
            ("coffee-pm", BreakKind::Coffee, "15:45", "16:15"),
        ];
        const EARLY_SLOTS: [(&str, &str, &str); 2] = [
            ("morning", "09:00", "12:30"),
            ("afternoon", "14:30", "17:30"),
        ];
        const EARLY_BREAKS: [(&str, BreakKind, &str, &str); 3] = [
            ("coffee-am", BreakKind::Coffee, "10:30", "11:00"),
            ("lunch", BreakKind::Meal, "12:30", "14:30"),
            ("coffee-pm", BreakKind::Coffee, "15:45", "16:15"),
        ];
        match self {
            HoursTemplate::ItuT => Some((("09:30", "17:30"), &SLOTS, &BREAKS)),
            HoursTemplate::ItuTEarly => Some((("09:00", "17:30"), &EARLY_SLOTS, &EARLY_BREAKS)),
            HoursTemplate::Blank => Some((("09:00", "18:00"), &[], &[])),
            HoursTemplate::Keep => None,
        }
    }
}

/// What the set-up form asks: everything a new meeting needs before its first session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MeetingSetup {
    /// The title in each language it is written in (blank ones are dropped).
    pub title: Text,
    /// Where it takes place, as the letter writes it.
    pub venue: String,
    /// The city whose clocks the meeting keeps ("Geneva"), as [`crate::cities::find`] reads
    /// it: a city of the list or an IANA zone.
    pub place: String,
    /// The first day.
    #[ts(type = "string")]
    pub first_day: NaiveDate,
    /// The last day (the days between are all created).
    #[ts(type = "string")]
    pub last_day: NaiveDate,
    /// The weekdays that are days off (weekend days), Saturday and Sunday by default.
    pub days_off: Vec<Weekday>,
    /// The standard hours, slots and breaks.
    pub template: HoursTemplate,
    /// The meeting's languages, the main one first.
    pub languages: Vec<Lang>,
}

impl MeetingSetup {
    /// The form filled in from `t`, to set it up again: its titles, venue, city, first and
    /// last day, the weekdays all of whose days are days off, its hours kept, its languages.
    /// `None` when it has no days (the form then starts from its own defaults).
    pub fn of(t: &Timetable) -> Option<MeetingSetup> {
        let (first, last) = (t.days.first()?.date, t.days.last()?.date);
        let mut days_off: Vec<Weekday> = Weekday::ALL
            .into_iter()
            .filter(|w| {
                let mut of_weekday = t.days.iter().filter(|d| Weekday::of(d.date) == *w);
                let mut any = false;
                let all_off = of_weekday.all(|d| {
                    any = true;
                    d.kind != DayKind::Working
                });
                any && all_off
            })
            .collect();
        if days_off.is_empty() && t.days.len() < 7 {
            days_off = vec![Weekday::Sat, Weekday::Sun];
        }
        Some(MeetingSetup {
            title: t.meeting.title.clone(),
            venue: t.meeting.venue.clone(),
            place: cities::shown(&t.meeting.time_zone, t.meeting.city.as_deref()),
            first_day: first,
            last_day: last,
            days_off,
            template: HoursTemplate::Keep,
            languages: t.meeting.languages.clone(),
        })
    }
}

/// Why a set-up cannot be applied; nothing changed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SetupError {
    /// No language is chosen.
    #[error("choose at least one language of the meeting")]
    NoLanguage,
    /// Every title is blank.
    #[error("give the meeting a title")]
    NoTitle,
    /// The place names no city of the list and no IANA zone.
    #[error(
        "there is no city or time zone '{0}'; pick a city of the list (e.g. Geneva) or type \
         an IANA zone (e.g. Europe/Zurich)"
    )]
    UnknownPlace(String),
    /// The last day is before the first.
    #[error("the last day ({last}) is before the first day ({first})")]
    LastBeforeFirst {
        /// The first day asked for.
        first: NaiveDate,
        /// The last day asked for.
        last: NaiveDate,
    },
    /// The dates span more than [`MAX_SETUP_DAYS`].
    #[error("{first} to {last} is {days} days; a meeting set up at once lasts at most {max}")]
    TooLong {
        /// The first day asked for.
        first: NaiveDate,
        /// The last day asked for.
        last: NaiveDate,
        /// How many days that is.
        days: i64,
        /// [`MAX_SETUP_DAYS`].
        max: i64,
    },
    /// Sessions are placed on days of the meeting that the new dates leave out.
    #[error(
        "{count} session(s) are placed outside {first} to {last} (the first on {date}); move \
         or unschedule them before changing the dates"
    )]
    SessionsOutside {
        /// How many.
        count: usize,
        /// The date of the first.
        date: NaiveDate,
        /// The first day asked for.
        first: NaiveDate,
        /// The last day asked for.
        last: NaiveDate,
    },
}

impl SetupError {
    /// The refusal as a message of the message files (`Display` is its English).
    pub fn message(&self) -> crate::messages::Message {
        use crate::messages::Message;
        match self {
            SetupError::NoLanguage => Message::new("setup-no-language"),
            SetupError::NoTitle => Message::new("setup-no-title"),
            SetupError::UnknownPlace(place) => {
                Message::new("setup-unknown-place").with("place", place)
            }
            SetupError::LastBeforeFirst { first, last } => Message::new("setup-last-before-first")
                .with("first", first.to_string())
                .with("last", last.to_string()),
            SetupError::TooLong {
                first,
                last,
                days,
                max,
            } => Message::new("setup-too-long")
                .with("first", first.to_string())
                .with("last", last.to_string())
                .with("days", *days)
                .with("max", *max),
            SetupError::SessionsOutside {
                count,
                date,
                first,
                last,
            } => Message::new("setup-sessions-outside")
                .with("count", *count)
                .with("date", date.to_string())
                .with("first", first.to_string())
                .with("last", last.to_string()),
        }
    }
}

/// What the set-up form offers: the templates with their names, the cities to pick from, the
/// default days off.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct SetupChoices {
    /// Every template, with its name in the form.
    pub templates: Vec<TemplateChoice>,
    /// Every city that can be picked, by name.
    pub cities: Vec<City>,
    /// The days off a new meeting starts with.
    pub days_off: Vec<Weekday>,
    /// The template a new meeting starts with.
    pub template: HoursTemplate,
    /// The languages a meeting may have, in the ITU's order.
    pub languages: Vec<Lang>,
}

/// One template of the set-up form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct TemplateChoice {
    /// The template.
    pub template: HoursTemplate,
    /// Its name.
    pub label: String,
}

impl SetupChoices {
    /// The one list of what the form offers.
    pub fn all() -> SetupChoices {
        SetupChoices {
            templates: HoursTemplate::ALL
                .into_iter()
                .map(|template| TemplateChoice {
                    template,
                    label: template.label().to_owned(),
                })
                .collect(),
            cities: cities::all(),
            days_off: vec![Weekday::Sat, Weekday::Sun],
            template: HoursTemplate::ItuT,
            languages: Lang::ALL.to_vec(),
        }
    }
}

/// A new, empty document: no days, slots, breaks or sessions, in English, in Geneva's zone.
/// The app shows it with what to do first (set up the meeting); nothing is invented.
pub fn blank() -> Timetable {
    Timetable {
        arrange_weights: Default::default(),
        meeting: Meeting {
            title: english("New meeting"),
            venue: String::new(),
            time_zone: "Europe/Zurich".into(),
            city: None,
            languages: vec![Lang::En],
            hours: Hours {
                start: time("09:00"),
                end: time("18:00"),
            },
            interpreter_teams: None,
            default_session_minutes: None,
            note_style: Default::default(),
        },
        days: Vec::new(),
        slots: IdMap::default(),
        breaks: IdMap::default(),
        rooms: IdMap::default(),
        bodies: IdMap::default(),
        persons: IdMap::default(),
        sessions: IdMap::default(),
        constraints: IdMap::default(),
        severities: BTreeMap::new(),
        acknowledgements: BTreeMap::new(),
        revisions: Vec::new(),
        annex_notes: Vec::new(),
    }
}

/// The meeting, days, slots and breaks `setup` gives `t` (days kept where they fall inside
/// the new dates, with their hours and notes); the command applies them as edits. Refused
/// when the set-up is incomplete or would leave placed sessions outside the meeting.
pub(crate) fn planned(t: &Timetable, setup: &MeetingSetup) -> Result<Planned, SetupError> {
    let mut languages: Vec<Lang> = Vec::new();
    for lang in &setup.languages {
        if !languages.contains(lang) {
            languages.push(*lang);
        }
    }
    if languages.is_empty() {
        return Err(SetupError::NoLanguage);
    }
    let title: Text = setup
        .title
        .iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .map(|(lang, text)| (*lang, text.trim().to_owned()))
        .collect();
    if title.is_empty() {
        return Err(SetupError::NoTitle);
    }
    let place = cities::find(&setup.place)
        .ok_or_else(|| SetupError::UnknownPlace(setup.place.trim().to_owned()))?;
    let (first, last) = (setup.first_day, setup.last_day);
    if last < first {
        return Err(SetupError::LastBeforeFirst { first, last });
    }
    let days = (last - first).num_days() + 1;
    if days > MAX_SETUP_DAYS {
        return Err(SetupError::TooLong {
            first,
            last,
            days,
            max: MAX_SETUP_DAYS,
        });
    }
    // Only sessions the new dates would leave out: one already outside the meeting's days
    // (a management meeting the day before) stays where it is and does not block the form.
    let outside: Vec<NaiveDate> = t
        .sessions
        .values()
        .filter_map(|s| s.placement.as_ref())
        .map(|p| p.start.date())
        .filter(|d| (*d < first || *d > last) && t.day(*d).is_some())
        .collect();
    if let Some(date) = outside.iter().min() {
        return Err(SetupError::SessionsOutside {
            count: outside.len(),
            date: *date,
            first,
            last,
        });
    }

    let shape = setup.template.shape();
    let hours = shape.map_or(t.meeting.hours, |((start, end), _, _)| Hours {
        start: time(start),
        end: time(end),
    });
    let meeting = Meeting {
        title,
        venue: setup.venue.trim().to_owned(),
        time_zone: place.time_zone,
        city: place.city,
        languages: languages.clone(),
        hours,
        ..t.meeting.clone()
    };
    let days = first
        .iter_days()
        .take_while(|d| *d <= last)
        .map(|date| {
            let kept = t.day(date);
            let off = setup.days_off.contains(&Weekday::of(date));
            let kind = match kept.map(|d| d.kind) {
                Some(DayKind::Holiday) => DayKind::Holiday,
                _ if off => DayKind::Weekend,
                _ => DayKind::Working,
            };
            Day {
                date,
                kind,
                hours: kept.and_then(|d| d.hours),
                note: kept.and_then(|d| d.note.clone()),
            }
        })
        .collect();
    let frame = shape.map(|(_, slots, breaks)| {
        let slots = slots
            .iter()
            .map(|(id, start, end)| Slot {
                id: SlotId::from(*id),
                name: in_languages(&languages, |l| {
                    crate::i18n::strings(l).slot_name(time(start))
                }),
                start: time(start),
                end: time(end),
                days: Default::default(),
            })
            .collect();
        let breaks = breaks
            .iter()
            .map(|(id, kind, start, end)| Break {
                id: BreakId::from(*id),
                name: in_languages(&languages, |l| break_name(l, *kind)),
                kind: *kind,
                start: time(start),
                end: time(end),
                day: None,
            })
            .collect();
        (slots, breaks)
    });
    Ok(Planned {
        meeting,
        days,
        frame,
    })
}

/// What a set-up makes of a timetable (see [`planned`]).
pub(crate) struct Planned {
    /// The meeting.
    pub meeting: Meeting,
    /// Every day from the first to the last.
    pub days: Vec<Day>,
    /// The slots and standard breaks that replace the document's; `None`: keep them.
    pub frame: Option<(Vec<Slot>, Vec<Break>)>,
}

/// A break's name in `lang`.
fn break_name(lang: Lang, kind: BreakKind) -> &'static str {
    let meal = !matches!(kind, BreakKind::Coffee);
    match (lang, meal) {
        (Lang::Ar, false) => "استراحة القهوة",
        (Lang::Ar, true) => "الغداء",
        (Lang::Zh, false) => "茶歇",
        (Lang::Zh, true) => "午餐",
        (Lang::En, false) => "Coffee",
        (Lang::En, true) => "Lunch",
        (Lang::Fr, false) => "Pause café",
        (Lang::Fr, true) => "Déjeuner",
        (Lang::Ru, false) => "Перерыв на кофе",
        (Lang::Ru, true) => "Обед",
        (Lang::Es, false) => "Pausa para el café",
        (Lang::Es, true) => "Almuerzo",
    }
}

/// A text written in each of `languages` by `word`.
fn in_languages(languages: &[Lang], word: impl Fn(Lang) -> &'static str) -> Text {
    languages
        .iter()
        .map(|l| (*l, word(*l).to_owned()))
        .collect()
}

/// The date a new day added to `timetable` gets unless the user gives one: the day after
/// its last day, or `today` when it has none.
pub fn new_day_date(timetable: &Timetable, today: NaiveDate) -> NaiveDate {
    timetable
        .days
        .last()
        .and_then(|d| d.date.succ_opt())
        .unwrap_or(today)
}

/// The document File > New made before the set-up form (kept for the unit tests written
/// around it): the five working days of the week after `today`, standard hours 09:00-17:30,
/// a morning and an afternoon slot, coffee breaks in each and a lunch break between.
#[cfg(test)]
pub(crate) fn standard_week(today: NaiveDate) -> Timetable {
    let ahead = 7 - u64::from(today.weekday().num_days_from_monday());
    let monday = today + chrono::Days::new(ahead);
    let days = monday
        .iter_days()
        .take(5)
        .map(|date| Day {
            date,
            kind: DayKind::Working,
            hours: None,
            note: None,
        })
        .collect();
    let slots = [
        ("morning", "Morning", "09:00", "12:30"),
        ("afternoon", "Afternoon", "14:00", "17:30"),
    ]
    .map(|(id, name, start, end)| {
        let slot = Slot {
            id: SlotId::from(id),
            name: english(name),
            start: time(start),
            end: time(end),
            days: Default::default(),
        };
        (slot.id.clone(), slot)
    });
    let breaks = [
        ("coffee-am", "Coffee", BreakKind::Coffee, "10:30", "11:00"),
        ("lunch", "Lunch", BreakKind::Meal, "12:30", "14:00"),
        ("coffee-pm", "Coffee", BreakKind::Coffee, "15:30", "16:00"),
    ]
    .map(|(id, name, kind, start, end)| {
        let b = Break {
            id: BreakId::from(id),
            name: english(name),
            kind,
            start: time(start),
            end: time(end),
            day: None,
        };
        (b.id.clone(), b)
    });
    let mut t = blank();
    t.meeting.hours.end = time("17:30");
    t.days = days;
    t.slots = IdMap::from_iter(slots);
    t.breaks = IdMap::from_iter(breaks);
    t
}

fn english(text: &str) -> Text {
    Text::from([(Lang::En, text.to_owned())])
}

fn time(hh_mm: &str) -> TimeOfDay {
    hh_mm
        .parse()
        .expect("the template's times are written as valid HH:MM")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    #[test]
    fn a_new_document_without_set_up_has_no_days_slots_or_breaks() {
        let blank = blank();
        assert!(blank.validate().is_empty(), "{:?}", blank.validate());
        assert!(blank.days.is_empty(), "no invented week");
        assert!(blank.slots.is_empty() && blank.breaks.is_empty());
        assert!(blank.sessions.is_empty(), "nothing scheduled");
        assert_eq!(blank.main_lang(), Lang::En);
    }

    #[test]
    fn blank_document_saves_and_reloads_as_it_was() {
        let saved = crate::document::save(&blank());
        let loaded = crate::document::load(&saved).expect("the blank document reloads");
        assert_eq!(loaded, blank());
        assert!(saved.contains("\"timeZone\": \"Europe/Zurich\""), "{saved}");
    }

    #[test]
    fn a_new_day_follows_the_last_day_or_is_today() {
        let today = date(2026, 12, 4);
        let mut t = standard_week(date(2026, 11, 26));
        assert_eq!(
            new_day_date(&t, today),
            date(2026, 12, 5),
            "the day after Friday"
        );
        t.days.clear();
        assert_eq!(new_day_date(&t, today), today, "with no days, today");
    }

    #[test]
    fn the_weekday_of_a_date_is_chronos() {
        assert_eq!(Weekday::of(date(2013, 9, 17)), Weekday::Tue);
        assert_eq!(Weekday::of(date(2013, 9, 22)), Weekday::Sun);
    }
}
