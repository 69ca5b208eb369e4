//! Every fixed string of the annex and of the change summary, in the six languages, in one
//! reviewed table; and the dates, which come from ICU4X (CLDR data compiled into the binary).
//!
//! A leaf module: it knows the model's `Lang` and times of day and nothing above them, so both
//! the annex ([`crate::annex`]) and the change summary ([`crate::revision`]) use it without
//! either depending on the other.
//!
//! What comes from where:
//! - weekday names and day-month dates ("Tuesday" / "19 September", "星期二" / "9月19日",
//!   "mardi" / "19 septembre"): ICU4X `icu_datetime` with the field sets `E` and `MD`, long
//!   length. English uses the `en-GB` locale (day before month, as ITU letters write it);
//!   Arabic uses `ar-u-nu-latn` (Latin digits, so dates agree with the times, which the ITU
//!   prints with Latin digits in Arabic texts too).
//! - times of day: written here, `09:00` in every language but Chinese, which writes `9:00`
//!   as the seed letter does.
//! - everything else (slot names when the document has none in the language, "Weekend",
//!   "TBD", "Notes", the standard-hours note, "then", list conjunctions): the [`Strings`]
//!   table below. A change to it should be reviewed by a reader of that language.
//!
//! Why one file of this length: the table is reviewed as a whole, one row per string with its six
//! languages; splitting it would scatter the review.

use chrono::{Datelike, NaiveDate};
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{E, MD, YMD};
use icu_locale_core::Locale;

use crate::model::Lang;
use crate::time::TimeOfDay;

/// Which way a language is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic).
    Rtl,
}

impl Direction {
    /// The value of an HTML `dir` attribute.
    pub fn html(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// The fixed strings of one language.
#[derive(Debug)]
pub struct Strings {
    /// The language.
    pub lang: Lang,
    /// Writing direction.
    pub direction: Direction,
    /// The title of the annex table ("Draft timetable").
    pub title: &'static str,
    /// Column name of a morning slot when the document names it in no form for this language.
    pub morning: &'static str,
    /// Name of a slot that spans the whole day (an imported programme whose sessions run
    /// through midday).
    pub whole_day: &'static str,
    /// Same for an afternoon slot.
    pub afternoon: &'static str,
    /// Same for an evening slot.
    pub evening: &'static str,
    /// Short names of morning, afternoon and evening slots, for the narrow columns of the
    /// bodies layout.
    pub short_slots: [&'static str; 3],
    /// The row of consecutive weekend days.
    pub weekend: &'static str,
    /// A holiday.
    pub holiday: &'static str,
    /// Prefix of a tentative item ("TBD: ").
    pub tbd: &'static str,
    /// Heading of the notes under the table.
    pub notes: &'static str,
    /// The letters of the letter marker styles ("a", "b", ...; Russian "а", "б", "в" as
    /// GOST 2.105 lists them; Arabic in abjad order), see [`crate::model::MarkerStyle`].
    pub note_letters: &'static [&'static str],
    /// Between two items that follow each other in one cell ("A, then B").
    pub then: &'static str,
    /// Between the last two members of a list ("A and B").
    pub and: &'static str,
    /// The agenda layout's column heads: the day, the time, the item.
    pub agenda_day: &'static str,
    /// See [`Strings::agenda_day`].
    pub agenda_time: &'static str,
    /// See [`Strings::agenda_day`].
    pub agenda_item: &'static str,
    /// The start of an open-ended item, `{time}` being its time ("{time}–": "18:00– dinner").
    pub open_from: &'static str,
    /// Between other members of a list ("A, B and C").
    pub comma: &'static str,
    /// Between a note's subject and its times ("Closing plenary: 28 September ...").
    pub colon: &'static str,
    /// Between the dates of a note when a date has several times.
    pub semicolon: &'static str,
    /// Between a date and its times ("28 September 10:30-12:00"; nothing in Chinese).
    pub date_time_gap: &'static str,
    /// End of a note.
    pub full_stop: &'static str,
    /// Standard-hours note; `{times}` is replaced by the slot times.
    pub all_other: &'static str,
    /// Its ending when every standard coffee break lasts `{n}` minutes.
    pub coffee: &'static str,
    /// After its times, the days whose slots have other times (`{days}`: each day and its
    /// times, "Friday 20 September: 09:00-12:00", joined by semicolons).
    pub except: &'static str,
    /// A day named with its weekday in running text: `{weekday}` and `{date}` ("Friday 20
    /// September").
    pub weekday_date: &'static str,
    /// Mark of a filled cell in the bodies layout.
    pub meets: &'static str,
    /// Whether times drop the hour's leading zero (`9:00`).
    pub short_hour: bool,
    /// Whether weekday names are capitalised at the start of a cell (ICU gives "mardi").
    pub capitalise_weekday: bool,
    /// The revision line under the title: `{label}` and the long date `{date}`
    /// ("Rev.2, 5 September 2017").
    pub revision_line: &'static str,
    /// The legend of the change marks ("Changed since Rev.1"), after the mark or a sample
    /// of the highlight; `{label}` is the revision.
    pub changed_since: &'static str,
    /// Before the list of sessions no longer in the annex ("Removed since Rev.1: ").
    pub removed_since: &'static str,
}

/// The mark after an item that changed since the compared revision, in the formats that
/// cannot highlight (text, Markdown), and before the legend in every format.
pub const CHANGE_MARK: &str = "*";

const AR: Strings = Strings {
    lang: Lang::Ar,
    direction: Direction::Rtl,
    title: "مشروع الجدول الزمني",
    morning: "صباحاً",
    whole_day: "طوال اليوم",
    afternoon: "بعد الظهر",
    evening: "مساءً",
    short_slots: ["ص", "م", "مساءً"],
    weekend: "عطلة نهاية الأسبوع",
    holiday: "عطلة رسمية",
    tbd: "يُحدَّد لاحقاً: ",
    notes: "ملاحظات:",
    note_letters: &[
        "أ", "ب", "ج", "د", "ه", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص",
        "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ",
    ],
    then: "، ثم ",
    open_from: "من {time}",
    agenda_day: "اليوم",
    agenda_time: "الوقت",
    agenda_item: "الجلسة",
    and: " و",
    comma: "، ",
    colon: ": ",
    semicolon: "؛ ",
    date_time_gap: " ",
    full_stop: ".",
    all_other: "جميع الجلسات الأخرى: {times}",
    coffee: "، مع استراحات لتناول القهوة مدة كل منها {n} دقيقة",
    except: "، باستثناء {days}",
    weekday_date: "{weekday} {date}",
    meets: "●",
    short_hour: false,
    capitalise_weekday: false,
    revision_line: "{label}، {date}",
    changed_since: "عُدِّل منذ {label}",
    removed_since: "حُذف منذ {label}: ",
};

const ZH: Strings = Strings {
    lang: Lang::Zh,
    direction: Direction::Ltr,
    title: "时间表草案",
    morning: "上午",
    whole_day: "全天",
    afternoon: "下午",
    evening: "晚上",
    short_slots: ["上午", "下午", "晚上"],
    weekend: "周末",
    holiday: "假日",
    tbd: "待定：",
    notes: "说明：",
    note_letters: crate::model::LATIN,
    then: "，随后",
    open_from: "{time}起",
    agenda_day: "日期",
    agenda_time: "时间",
    agenda_item: "会议",
    and: "和",
    comma: "、",
    colon: "：",
    semicolon: "；",
    date_time_gap: "",
    full_stop: "。",
    all_other: "所有其他会议时间均为{times}",
    coffee: "，其中有{n}分钟茶歇",
    except: "，但{days}除外",
    weekday_date: "{date}{weekday}",
    meets: "●",
    short_hour: true,
    capitalise_weekday: false,
    revision_line: "{label}，{date}",
    changed_since: "自{label}以来有改动",
    removed_since: "自{label}以来删除：",
};

const EN: Strings = Strings {
    lang: Lang::En,
    direction: Direction::Ltr,
    title: "Draft timetable",
    morning: "Morning",
    whole_day: "All day",
    afternoon: "Afternoon",
    evening: "Evening",
    short_slots: ["AM", "PM", "Eve."],
    weekend: "Weekend",
    holiday: "Holiday",
    tbd: "TBD: ",
    notes: "Notes:",
    note_letters: crate::model::LATIN,
    then: ", then ",
    open_from: "{time}–",
    agenda_day: "Day",
    agenda_time: "Time",
    agenda_item: "Session",
    and: " and ",
    comma: ", ",
    colon: ": ",
    semicolon: "; ",
    date_time_gap: " ",
    full_stop: ".",
    all_other: "All other sessions: {times}",
    coffee: ", with {n}-minute coffee breaks",
    except: ", except {days}",
    weekday_date: "{weekday} {date}",
    meets: "●",
    short_hour: false,
    capitalise_weekday: true,
    revision_line: "{label}, {date}",
    changed_since: "Changed since {label}",
    removed_since: "Removed since {label}: ",
};

const FR: Strings = Strings {
    lang: Lang::Fr,
    direction: Direction::Ltr,
    title: "Projet de calendrier",
    morning: "Matin",
    whole_day: "Toute la journée",
    afternoon: "Après-midi",
    evening: "Soir",
    short_slots: ["Mat.", "A.-m.", "Soir"],
    weekend: "Week-end",
    holiday: "Jour férié",
    tbd: "À confirmer\u{a0}: ",
    notes: "Notes\u{a0}:",
    note_letters: crate::model::LATIN,
    then: ", puis ",
    open_from: "{time}–",
    agenda_day: "Jour",
    agenda_time: "Heure",
    agenda_item: "Séance",
    and: " et ",
    comma: ", ",
    colon: "\u{a0}: ",
    semicolon: "; ",
    date_time_gap: " ",
    full_stop: ".",
    all_other: "Toutes les autres séances\u{a0}: {times}",
    coffee: ", avec des pauses café de {n} minutes",
    except: ", sauf le {days}",
    weekday_date: "{weekday} {date}",
    meets: "●",
    short_hour: false,
    capitalise_weekday: true,
    revision_line: "{label}, {date}",
    changed_since: "Modifié depuis {label}",
    removed_since: "Supprimé depuis {label}\u{a0}: ",
};

const RU: Strings = Strings {
    lang: Lang::Ru,
    direction: Direction::Ltr,
    title: "Проект расписания",
    morning: "Первая половина дня",
    whole_day: "Весь день",
    afternoon: "Вторая половина дня",
    evening: "Вечер",
    short_slots: ["Утро", "День", "Вечер"],
    weekend: "Выходные дни",
    holiday: "Праздничный день",
    tbd: "Подлежит подтверждению: ",
    notes: "Примечания:",
    note_letters: &[
        "а", "б", "в", "г", "д", "е", "ж", "и", "к", "л", "м", "н", "п", "р", "с", "т", "у", "ф",
        "х", "ц", "ш", "щ", "э", "ю", "я",
    ],
    then: ", затем ",
    open_from: "с {time}",
    agenda_day: "День",
    agenda_time: "Время",
    agenda_item: "Заседание",
    and: " и ",
    comma: ", ",
    colon: ": ",
    semicolon: "; ",
    date_time_gap: " ",
    full_stop: ".",
    all_other: "Все остальные заседания: {times}",
    coffee: ", с перерывами на кофе по {n} минут",
    except: ", кроме: {days}",
    weekday_date: "{weekday}, {date}",
    meets: "●",
    short_hour: false,
    capitalise_weekday: true,
    revision_line: "{label}, {date}",
    changed_since: "Изменено после {label}",
    removed_since: "Исключено после {label}: ",
};

const ES: Strings = Strings {
    lang: Lang::Es,
    direction: Direction::Ltr,
    title: "Proyecto de calendario",
    morning: "Mañana",
    whole_day: "Todo el día",
    afternoon: "Tarde",
    evening: "Noche",
    short_slots: ["Mañ.", "Tarde", "Noche"],
    weekend: "Fin de semana",
    holiday: "Día festivo",
    tbd: "Por confirmar: ",
    notes: "Notas:",
    note_letters: crate::model::LATIN,
    then: ", luego ",
    open_from: "{time}–",
    agenda_day: "Día",
    agenda_time: "Hora",
    agenda_item: "Sesión",
    and: " y ",
    comma: ", ",
    colon: ": ",
    semicolon: "; ",
    date_time_gap: " ",
    full_stop: ".",
    all_other: "Todas las demás sesiones: {times}",
    coffee: ", con pausas para el café de {n} minutos",
    except: ", excepto el {days}",
    weekday_date: "{weekday} {date}",
    meets: "●",
    short_hour: false,
    capitalise_weekday: true,
    revision_line: "{label}, {date}",
    changed_since: "Modificado desde {label}",
    removed_since: "Suprimido desde {label}: ",
};

/// The fixed strings of `lang`.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Ar => &AR,
        Lang::Zh => &ZH,
        Lang::En => &EN,
        Lang::Fr => &FR,
        Lang::Ru => &RU,
        Lang::Es => &ES,
    }
}

impl Strings {
    /// A time of day as this language writes it in the annex.
    pub fn time(&self, t: TimeOfDay) -> String {
        let m = t.minutes();
        if self.short_hour {
            format!("{}:{:02}", m / 60, m % 60)
        } else {
            format!("{:02}:{:02}", m / 60, m % 60)
        }
    }

    /// The start of an open-ended item ("18:00–"; Chinese "18:00起", Russian "с 18:00").
    pub fn open_from(&self, start: TimeOfDay) -> String {
        self.open_from.replace("{time}", &self.time(start))
    }

    /// A range of times ("09:00-12:30").
    pub fn range(&self, start: TimeOfDay, end: TimeOfDay) -> String {
        format!("{}-{}", self.time(start), self.time(end))
    }

    /// Joins a list: "A", "A and B", "A, B and C".
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{}{}{}", init.join(self.comma), self.and, last),
        }
    }

    /// The standard-hours note: `times` already joined, `coffee_minutes` when every standard
    /// coffee break has that length.
    /// `except`, when not empty, is the days whose slots have other times, already worded
    /// ([`Strings::except_day`]), joined after the times in one line.
    pub fn standard_hours(
        &self,
        times: &str,
        except: &[String],
        coffee_minutes: Option<u32>,
    ) -> String {
        let mut s = self.all_other.replace("{times}", times);
        if !except.is_empty() {
            s.push_str(&self.except.replace("{days}", &except.join(self.semicolon)));
        }
        if let Some(n) = coffee_minutes {
            s.push_str(&self.coffee.replace("{n}", &n.to_string()));
        }
        s.push_str(self.full_stop);
        s
    }

    /// One day of the standard-hours note's exceptions: "Friday 20 September: 09:00-12:00"
    /// (`weekday` as [`Dates::weekday`] gives it, written lower case inside the sentence in
    /// the languages whose weekdays are common nouns).
    pub fn except_day(&self, weekday: &str, date: &str, times: &str) -> String {
        let weekday = if self.capitalise_weekday && self.lang != Lang::En {
            weekday.to_lowercase()
        } else {
            weekday.to_owned()
        };
        let day = self
            .weekday_date
            .replace("{weekday}", &weekday)
            .replace("{date}", date);
        format!("{day}{}{times}", self.colon)
    }

    /// Name of a slot the document does not name in this language, from its start time.
    pub fn slot_name(&self, start: TimeOfDay) -> &'static str {
        [self.morning, self.afternoon, self.evening][part_of_day(start)]
    }

    /// Short name of a slot ("AM", "PM"), from its times; a slot from the morning into the
    /// afternoon (an imported programme's whole day) is named as the whole day.
    pub fn short_slot_name(&self, start: TimeOfDay, end: TimeOfDay) -> &'static str {
        if part_of_day(start) == 0 && end.minutes() > 14 * 60 {
            self.whole_day
        } else {
            self.short_slots[part_of_day(start)]
        }
    }
}

/// 0 for the morning, 1 for the afternoon, 2 for the evening.
fn part_of_day(start: TimeOfDay) -> usize {
    match start.minutes() {
        m if m < 12 * 60 => 0,
        m if m < 18 * 60 => 1,
        _ => 2,
    }
}

/// Weekday and date formatting for one language, from ICU4X. Build it once per annex.
pub struct Dates {
    weekday: Option<FixedCalendarDateTimeFormatter<Gregorian, E>>,
    month_day: Option<FixedCalendarDateTimeFormatter<Gregorian, MD>>,
    short_weekday: Option<FixedCalendarDateTimeFormatter<Gregorian, E>>,
    short_month_day: Option<FixedCalendarDateTimeFormatter<Gregorian, MD>>,
    full: Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    capitalise: bool,
}

impl Dates {
    /// Formatters for `lang`. ICU4X's compiled data covers all six languages, so the
    /// fallback (ISO dates) is only reached if that data were missing.
    pub fn new(lang: Lang) -> Dates {
        let tag = match lang {
            Lang::Ar => "ar-u-nu-latn",
            Lang::Zh => "zh",
            Lang::En => "en-GB",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        };
        let locale: Option<Locale> = tag.parse().ok();
        let weekday = locale.as_ref().and_then(|l| {
            FixedCalendarDateTimeFormatter::try_new(l.clone().into(), E::long()).ok()
        });
        let month_day = locale.as_ref().and_then(|l| {
            FixedCalendarDateTimeFormatter::try_new(l.clone().into(), MD::long()).ok()
        });
        let full = locale.as_ref().and_then(|l| {
            FixedCalendarDateTimeFormatter::try_new(l.clone().into(), YMD::long()).ok()
        });
        let short_weekday = locale.as_ref().and_then(|l| {
            FixedCalendarDateTimeFormatter::try_new(l.clone().into(), E::medium()).ok()
        });
        let short_month_day = locale.as_ref().and_then(|l| {
            FixedCalendarDateTimeFormatter::try_new(l.clone().into(), MD::medium()).ok()
        });
        Dates {
            weekday,
            month_day,
            short_weekday,
            short_month_day,
            full,
            capitalise: strings(lang).capitalise_weekday,
        }
    }

    fn icu_date(date: NaiveDate) -> Option<Date<Gregorian>> {
        let month = u8::try_from(date.month()).ok()?;
        let day = u8::try_from(date.day()).ok()?;
        Date::try_new_gregorian(date.year(), month, day).ok()
    }

    /// The weekday ("Tuesday", "星期二", "Mardi").
    pub fn weekday(&self, date: NaiveDate) -> String {
        let text = match (&self.weekday, Self::icu_date(date)) {
            (Some(f), Some(d)) => f.format(&d).to_string(),
            _ => date.format("%A").to_string(),
        };
        if self.capitalise {
            capitalise(&text)
        } else {
            text
        }
    }

    /// Day and month ("19 September", "9月19日", "19 septembre").
    pub fn month_day(&self, date: NaiveDate) -> String {
        match (&self.month_day, Self::icu_date(date)) {
            (Some(f), Some(d)) => f.format(&d).to_string(),
            _ => date.format("%Y-%m-%d").to_string(),
        }
    }

    /// The abbreviated weekday, for tables too narrow for the full one ("Tue", "周二",
    /// "Mar."): ICU4X's medium length, capitalised like [`Dates::weekday`].
    pub fn short_weekday(&self, date: NaiveDate) -> String {
        let text = match (&self.short_weekday, Self::icu_date(date)) {
            (Some(f), Some(d)) => f.format(&d).to_string(),
            _ => date.format("%a").to_string(),
        };
        if self.capitalise {
            capitalise(&text)
        } else {
            text
        }
    }

    /// Day and abbreviated month ("19 Sept", "9月19日", "19 sept."): ICU4X's medium length.
    pub fn short_month_day(&self, date: NaiveDate) -> String {
        match (&self.short_month_day, Self::icu_date(date)) {
            (Some(f), Some(d)) => f.format(&d).to_string(),
            _ => date.format("%d/%m").to_string(),
        }
    }
}

impl Dates {
    /// Day, month and year ("5 September 2017", "2017年9月5日", "5 septembre 2017").
    pub fn full_date(&self, date: NaiveDate) -> String {
        match (&self.full, Self::icu_date(date)) {
            (Some(f), Some(d)) => f.format(&d).to_string(),
            _ => date.format("%Y-%m-%d").to_string(),
        }
    }
}

/// A revision label ("Rev.2") as text of `lang`: in a right-to-left language, a bidi
/// isolate (FSI ... PDI), so that the digits after it ("Rev.2، 5 سبتمبر") do not join
/// the label's left-to-right run.
pub fn label_in(lang: Lang, label: &str) -> String {
    match strings(lang).direction {
        Direction::Rtl => format!("\u{2068}{label}\u{2069}"),
        Direction::Ltr => label.to_owned(),
    }
}

/// The revision line of an annex in `lang`: "Rev.2, 5 September 2017".
pub fn revision_line(lang: Lang, label: &str, date: NaiveDate) -> String {
    strings(lang)
        .revision_line
        .replace("{label}", &label_in(lang, label))
        .replace("{date}", &Dates::new(lang).full_date(date))
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The fixed phrases of a change summary ([`crate::revision::summary`]) in one language:
/// one reviewed table, like [`Strings`]. `{what}`, `{from}`, `{to}`, `{old}`, `{fields}`,
/// `{weekday}` and `{date}` are filled in by the summary. A change needs a reader of that
/// language.
#[derive(Debug)]
pub struct SummaryStrings {
    /// Heading of a summary against one revision; `{from}` is its label.
    pub title_since: &'static str,
    /// Heading of a summary between two revisions.
    pub title_between: &'static str,
    /// The whole summary when nothing changed.
    pub no_changes: &'static str,
    /// Section heading: sessions.
    pub sessions: &'static str,
    /// Section heading: breaks.
    pub breaks: &'static str,
    /// Section heading: days.
    pub days: &'static str,
    /// A new session; `{what}` is its day, times and room.
    pub session_added: &'static str,
    /// A session that is gone; `{what}` is where it was.
    pub session_removed: &'static str,
    /// A new break or day; `{what}` describes it.
    pub item_added: &'static str,
    /// A break or day that is gone.
    pub item_removed: &'static str,
    /// A break or day before and after (`{from}`, `{to}`).
    pub change: &'static str,
    /// A session on another day or at another time.
    pub moved: &'static str,
    /// A session of another length on the same day.
    pub retimed: &'static str,
    /// A session with a new title; `{old}` is the old one.
    pub renamed: &'static str,
    /// Another room.
    pub room: &'static str,
    /// Other bodies.
    pub bodies: &'static str,
    /// Other persons.
    pub persons: &'static str,
    /// Now tentative.
    pub now_tentative: &'static str,
    /// No longer tentative.
    pub confirmed: &'static str,
    /// Now exclusive (nothing in parallel).
    pub now_exclusive: &'static str,
    /// No longer exclusive.
    pub not_exclusive: &'static str,
    /// Other fields, named as in the file (`{fields}`).
    pub also_changed: &'static str,
    /// Where an unscheduled session is.
    pub unscheduled: &'static str,
    /// The room of a session without one.
    pub no_room: &'static str,
    /// An empty list of bodies or persons.
    pub none: &'static str,
    /// The day of a standard break.
    pub every_day: &'static str,
    /// Kind of day.
    pub working_day: &'static str,
    /// Kind of day.
    pub weekend: &'static str,
    /// Kind of day.
    pub holiday: &'static str,
    /// A date with its weekday: `{weekday}`, `{date}` (day and month, from ICU4X).
    pub date: &'static str,
    /// Between the changes of one session.
    pub separator: &'static str,
    /// Between a session's time and room, and between list members.
    pub comma: &'static str,
    /// Whether weekday names are lower case inside a sentence ("mardi", not "Mardi").
    pub lowercase_weekday: bool,
}

const SUMMARY_AR: SummaryStrings = SummaryStrings {
    title_since: "التغييرات منذ {from}",
    title_between: "التغييرات من {from} إلى {to}",
    no_changes: "لا تغييرات.",
    sessions: "الجلسات",
    breaks: "الاستراحات",
    days: "الأيام",
    session_added: "أُضيفت: {what}",
    session_removed: "أُلغيت (كانت {what})",
    item_added: "أُضيف: {what}",
    item_removed: "حُذف: {what}",
    change: "من {from} إلى {to}",
    moved: "نُقلت من {from} إلى {to}",
    retimed: "عُدّل توقيتها من {from} إلى {to}",
    renamed: "تغيّر اسمها (كان «{old}»)",
    room: "القاعة: من {from} إلى {to}",
    bodies: "الهيئات: من {from} إلى {to}",
    persons: "الأشخاص: من {from} إلى {to}",
    now_tentative: "أصبحت غير مؤكدة",
    confirmed: "تأكدت",
    now_exclusive: "أصبحت حصرية",
    not_exclusive: "لم تعد حصرية",
    also_changed: "تغييرات أخرى: {fields}",
    unscheduled: "غير مجدولة",
    no_room: "بلا قاعة",
    none: "لا شيء",
    every_day: "كل يوم",
    working_day: "يوم عمل",
    weekend: "عطلة نهاية الأسبوع",
    holiday: "عطلة رسمية",
    date: "{weekday} {date}",
    separator: "؛ ",
    comma: "، ",
    lowercase_weekday: false,
};

const SUMMARY_ZH: SummaryStrings = SummaryStrings {
    title_since: "自{from}以来的变更",
    title_between: "从{from}到{to}的变更",
    no_changes: "无变更。",
    sessions: "会议",
    breaks: "休息",
    days: "日期",
    session_added: "新增：{what}",
    session_removed: "已取消（原为{what}）",
    item_added: "新增：{what}",
    item_removed: "删除：{what}",
    change: "{from} → {to}",
    moved: "改期：{from} → {to}",
    retimed: "时间调整：{from} → {to}",
    renamed: "更名（原为“{old}”）",
    room: "会议室：{from} → {to}",
    bodies: "机构：{from} → {to}",
    persons: "人员：{from} → {to}",
    now_tentative: "改为待定",
    confirmed: "已确认",
    now_exclusive: "改为独占时段",
    not_exclusive: "不再独占时段",
    also_changed: "其他变更：{fields}",
    unscheduled: "未排期",
    no_room: "无会议室",
    none: "无",
    every_day: "每天",
    working_day: "工作日",
    weekend: "周末",
    holiday: "假日",
    date: "{date}{weekday}",
    separator: "；",
    comma: "，",
    lowercase_weekday: false,
};

const SUMMARY_EN: SummaryStrings = SummaryStrings {
    title_since: "Changes since {from}",
    title_between: "Changes from {from} to {to}",
    no_changes: "No changes.",
    sessions: "Sessions",
    breaks: "Breaks",
    days: "Days",
    session_added: "added: {what}",
    session_removed: "removed (was {what})",
    item_added: "added: {what}",
    item_removed: "removed: {what}",
    change: "{from} → {to}",
    moved: "moved from {from} to {to}",
    retimed: "retimed from {from} to {to}",
    renamed: "renamed (was “{old}”)",
    room: "room {from} → {to}",
    bodies: "bodies {from} → {to}",
    persons: "persons {from} → {to}",
    now_tentative: "now tentative",
    confirmed: "confirmed",
    now_exclusive: "now exclusive",
    not_exclusive: "no longer exclusive",
    also_changed: "also changed: {fields}",
    unscheduled: "unscheduled",
    no_room: "no room",
    none: "none",
    every_day: "every day",
    working_day: "working day",
    weekend: "weekend",
    holiday: "holiday",
    date: "{weekday} {date}",
    separator: "; ",
    comma: ", ",
    lowercase_weekday: false,
};

const SUMMARY_FR: SummaryStrings = SummaryStrings {
    title_since: "Modifications depuis {from}",
    title_between: "Modifications de {from} à {to}",
    no_changes: "Aucune modification.",
    sessions: "Séances",
    breaks: "Pauses",
    days: "Jours",
    session_added: "ajoutée\u{a0}: {what}",
    session_removed: "supprimée (prévue {what})",
    item_added: "ajout\u{a0}: {what}",
    item_removed: "suppression\u{a0}: {what}",
    change: "{from} → {to}",
    moved: "déplacée\u{a0}: {from} → {to}",
    retimed: "nouvel horaire\u{a0}: {from} → {to}",
    renamed: "renommée (auparavant «\u{a0}{old}\u{a0}»)",
    room: "salle\u{a0}: {from} → {to}",
    bodies: "organes\u{a0}: {from} → {to}",
    persons: "personnes\u{a0}: {from} → {to}",
    now_tentative: "désormais à confirmer",
    confirmed: "confirmée",
    now_exclusive: "désormais exclusive",
    not_exclusive: "n'est plus exclusive",
    also_changed: "autres modifications\u{a0}: {fields}",
    unscheduled: "non programmée",
    no_room: "sans salle",
    none: "aucun",
    every_day: "chaque jour",
    working_day: "jour ouvrable",
    weekend: "week-end",
    holiday: "jour férié",
    date: "{weekday} {date}",
    separator: "; ",
    comma: ", ",
    lowercase_weekday: true,
};

const SUMMARY_RU: SummaryStrings = SummaryStrings {
    title_since: "Изменения после {from}",
    title_between: "Изменения с {from} по {to}",
    no_changes: "Изменений нет.",
    sessions: "Заседания",
    breaks: "Перерывы",
    days: "Дни",
    session_added: "добавлено: {what}",
    session_removed: "исключено (было: {what})",
    item_added: "добавлено: {what}",
    item_removed: "удалено: {what}",
    change: "{from} → {to}",
    moved: "перенесено: {from} → {to}",
    retimed: "изменено время: {from} → {to}",
    renamed: "переименовано (было «{old}»)",
    room: "зал: {from} → {to}",
    bodies: "органы: {from} → {to}",
    persons: "участники: {from} → {to}",
    now_tentative: "теперь подлежит подтверждению",
    confirmed: "подтверждено",
    now_exclusive: "теперь без параллельных заседаний",
    not_exclusive: "параллельные заседания допускаются",
    also_changed: "также изменено: {fields}",
    unscheduled: "не запланировано",
    no_room: "без зала",
    none: "нет",
    every_day: "ежедневно",
    working_day: "рабочий день",
    weekend: "выходной",
    holiday: "праздничный день",
    date: "{weekday} {date}",
    separator: "; ",
    comma: ", ",
    lowercase_weekday: true,
};

const SUMMARY_ES: SummaryStrings = SummaryStrings {
    title_since: "Cambios desde {from}",
    title_between: "Cambios de {from} a {to}",
    no_changes: "Sin cambios.",
    sessions: "Sesiones",
    breaks: "Pausas",
    days: "Días",
    session_added: "añadida: {what}",
    session_removed: "suprimida (prevista {what})",
    item_added: "se añade: {what}",
    item_removed: "se suprime: {what}",
    change: "{from} → {to}",
    moved: "trasladada: {from} → {to}",
    retimed: "nuevo horario: {from} → {to}",
    renamed: "cambio de nombre (antes «{old}»)",
    room: "sala: {from} → {to}",
    bodies: "órganos: {from} → {to}",
    persons: "personas: {from} → {to}",
    now_tentative: "ahora por confirmar",
    confirmed: "confirmada",
    now_exclusive: "ahora exclusiva",
    not_exclusive: "ya no es exclusiva",
    also_changed: "otros cambios: {fields}",
    unscheduled: "sin programar",
    no_room: "sin sala",
    none: "ninguno",
    every_day: "todos los días",
    working_day: "día laborable",
    weekend: "fin de semana",
    holiday: "día festivo",
    date: "{weekday} {date}",
    separator: "; ",
    comma: ", ",
    lowercase_weekday: true,
};

/// The change-summary phrases of `lang`.
pub fn summary_strings(lang: Lang) -> &'static SummaryStrings {
    match lang {
        Lang::Ar => &SUMMARY_AR,
        Lang::Zh => &SUMMARY_ZH,
        Lang::En => &SUMMARY_EN,
        Lang::Fr => &SUMMARY_FR,
        Lang::Ru => &SUMMARY_RU,
        Lang::Es => &SUMMARY_ES,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    #[test]
    fn dates_come_from_cldr_in_each_language() {
        let date = d(2017, 9, 19);
        let cases = [
            (Lang::Zh, "星期二", "9月19日"),
            (Lang::En, "Tuesday", "19 September"),
            (Lang::Fr, "Mardi", "19 septembre"),
        ];
        for (lang, weekday, month_day) in cases {
            let dates = Dates::new(lang);
            assert_eq!(dates.weekday(date), weekday, "{lang:?} weekday");
            assert_eq!(dates.month_day(date), month_day, "{lang:?} day and month");
        }
        for lang in Lang::ALL {
            let dates = Dates::new(lang);
            assert!(!dates.weekday(date).is_empty(), "{lang:?} weekday");
            assert!(
                dates.month_day(date).contains("19"),
                "{lang:?} date has Latin digits"
            );
        }
    }

    #[test]
    fn revision_lines_carry_the_long_date_of_each_language() {
        let date = d(2017, 9, 5);
        let cases = [
            (Lang::En, "Rev.2, 5 September 2017"),
            (Lang::Zh, "Rev.2，2017年9月5日"),
            (Lang::Fr, "Rev.2, 5 septembre 2017"),
        ];
        for (lang, line) in cases {
            assert_eq!(revision_line(lang, "Rev.2", date), line, "{lang:?}");
        }
        for lang in Lang::ALL {
            let line = revision_line(lang, "Rev.2", date);
            assert!(line.contains("2017") && line.contains("Rev.2"), "{line}");
        }
    }

    #[test]
    fn chinese_drops_the_leading_zero_of_the_hour() {
        let nine = TimeOfDay::hm(9, 0).expect("valid");
        assert_eq!(strings(Lang::Zh).time(nine), "9:00");
        assert_eq!(strings(Lang::En).time(nine), "09:00");
    }

    #[test]
    fn lists_join_with_the_language_conjunction() {
        let items = ["A".to_string(), "B".to_string(), "C".to_string()];
        assert_eq!(strings(Lang::En).list(&items), "A, B and C");
        assert_eq!(strings(Lang::Zh).list(&items), "A、B和C");
    }
}
