//! The core's user-facing messages as ids with arguments, written in any of the six languages.
//!
//! A [`Message`] is what the core says to a person (a conflict, a refusal, an import note):
//! an id of the message files and typed arguments. The text is written only where it is
//! shown, in the language of whoever reads it: the UI writes it in the UI's language with
//! `@fluent/bundle`, the CLI in the language of `--ui-lang` with [`Message::text`].
//!
//! The message files (`src/messages/locales/<lang>.ftl`, [Project Fluent] syntax) are the one
//! source for both: they are compiled into the library here and imported by the UI's bundle
//! (`ui/src/lib/coreMessages.ts`), so the app and the CLI write the same words. English is
//! the reference and the fallback: a message a translation lacks is written in English, and
//! one English lacks is written as its id (visible, never blank). A test holds every id the
//! core uses to all six files with the same variables.
//!
//! Arguments are typed so that each language writes them its own way: a [`Arg::Number`]
//! picks the plural form (CLDR categories), a [`Arg::Date`], [`Arg::Stamp`] or [`Arg::Span`]
//! is written as the language writes a short date ("Wed 20 Sep 09:00–12:30" in English,
//! from chrono exactly as before; ICU4X's short weekday and day-month elsewhere), and
//! [`Arg::List`] and [`Arg::Clauses`] are joined by the language's separators, and an
//! [`Arg::Title`] (a session's title in each language it has) is the title in the language
//! written, else the name it falls back to. Text is written without Unicode isolation marks,
//! so a terminal shows no stray characters.
//!
//! What other libraries say in English is read back into messages where it has a fixed form
//! (serde_json's, [`json::reason`]); anything else is passed on as it is ([`Message::as_said`]).
//!
//! [Project Fluent]: https://projectfluent.org/fluent/guide/

use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;

use chrono::NaiveDate;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::Lang;
use crate::time::{Stamp, TimeOfDay};

pub mod json;
#[cfg(test)]
mod tests;

/// Each language's message file, in [`Lang::ALL`]'s order.
pub const SOURCES: [(Lang, &str); 6] = [
    (Lang::Ar, include_str!("locales/ar.ftl")),
    (Lang::Zh, include_str!("locales/zh.ftl")),
    (Lang::En, include_str!("locales/en.ftl")),
    (Lang::Fr, include_str!("locales/fr.ftl")),
    (Lang::Ru, include_str!("locales/ru.ftl")),
    (Lang::Es, include_str!("locales/es.ftl")),
];

/// What the core says to a person: a message id of the message files and its arguments.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Message {
    /// The message's id in the message files (`conflict-room-clash`).
    pub id: String,
    /// Its arguments by name, as the message files use them (`{ $room }`).
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    #[ts(optional, as = "Option<IndexMap<String, Arg>>")]
    pub args: IndexMap<String, Arg>,
}

/// One argument of a [`Message`], typed so that each language writes it its own way.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(tag = "type", content = "value", rename_all = "camelCase")]
pub enum Arg {
    /// Text written as it is (a name, a title, an id).
    Text(String),
    /// A whole number: written as it is, and picks the plural form of the words around it.
    Number(#[ts(type = "number")] i64),
    /// A date, written short with its weekday ("Wed 20 Sep").
    Date(NaiveDate),
    /// A weekday, named in full ("Tuesday").
    Weekday(NaiveDate),
    /// A time of day ("09:00"; "24:00" at midnight at the end of a day).
    Time(TimeOfDay),
    /// A date and time ("Wed 20 Sep 09:00").
    Stamp(Stamp),
    /// A stretch of time on the clock ("Wed 20 Sep 09:00–12:30"): an end at midnight reads
    /// 24:00, a stretch over midnight names both dates, and one whose end is not after its
    /// start (a point in time) is its start only.
    Span {
        /// Where it starts.
        start: Stamp,
        /// Where it ends.
        end: Stamp,
    },
    /// Items joined by the language's list separator ("Ana, Bo").
    List(Vec<Arg>),
    /// Clauses joined by the language's "and" between clauses ("A contains B, and ...").
    Clauses(Vec<Arg>),
    /// A message inside a message (a reason, a quoted title).
    Message(Box<Message>),
    /// A name the document gives in several languages (a session's title): written in the
    /// language the message is written in where it has a non-blank one there, else as
    /// `otherwise` (how the session was named before: its title in the main language, or
    /// its bodies). Resolved where the text is written, so a French UI names a session by
    /// its French title.
    Title {
        /// The name in each language the document has it in, those that read as
        /// `otherwise` left out (they would say the same).
        #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
        #[ts(optional, as = "Option<crate::model::Text>")]
        titles: crate::model::Text,
        /// The name where `titles` lacks the language written in.
        otherwise: String,
    },
}

impl Message {
    /// The message `id` without arguments yet.
    pub fn new(id: &str) -> Message {
        Message {
            id: id.to_owned(),
            args: IndexMap::new(),
        }
    }

    /// The message with the argument `name` set to `value`.
    #[must_use]
    pub fn with(mut self, name: &str, value: impl Into<Arg>) -> Message {
        self.args.insert(name.to_owned(), value.into());
        self
    }

    /// Words another part wrote as they are (still in English), for a place that does not
    /// say its message by id yet: the message `as-said` with `text`.
    pub fn as_said(text: impl Into<String>) -> Message {
        Message::new("as-said").with("text", text.into())
    }

    /// The message written in `lang`: in English where `lang`'s file lacks it, as its id
    /// where English lacks it too.
    pub fn text(&self, lang: Lang) -> String {
        let mut out = String::new();
        write_message(&mut out, self, lang);
        out
    }
}

/// The message in English, as the CLI writes it by default.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// Words another part wrote, passed on as they are ([`Message::as_said`]): what lets a
/// place that still writes English text hand it on where a message is taken.
impl From<String> for Message {
    fn from(text: String) -> Message {
        Message::as_said(text)
    }
}

/// As `From<String>`.
impl From<&str> for Message {
    fn from(text: &str) -> Message {
        Message::as_said(text)
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Arg {
        Arg::Text(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Arg {
        Arg::Text(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Arg {
        Arg::Text(value.clone())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Arg {
                Arg::Number(i64::try_from(value).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(i64, i32, u32, u64, usize, u16);

impl From<NaiveDate> for Arg {
    fn from(value: NaiveDate) -> Arg {
        Arg::Date(value)
    }
}

impl From<TimeOfDay> for Arg {
    fn from(value: TimeOfDay) -> Arg {
        Arg::Time(value)
    }
}

impl From<Stamp> for Arg {
    fn from(value: Stamp) -> Arg {
        Arg::Stamp(value)
    }
}

impl From<Message> for Arg {
    fn from(value: Message) -> Arg {
        Arg::Message(Box::new(value))
    }
}

impl Arg {
    /// A name given in several languages, written in the language of the text where it has
    /// one, else as `otherwise` ([`Arg::Title`]).
    pub fn title(titles: &crate::model::Text, otherwise: impl Into<String>) -> Arg {
        let otherwise = otherwise.into();
        Arg::Title {
            titles: titles
                .iter()
                .map(|(l, t)| (*l, t.trim()))
                .filter(|(_, t)| !t.is_empty() && *t != otherwise)
                .map(|(l, t)| (l, t.to_owned()))
                .collect(),
            otherwise,
        }
    }
}

/// The language a POSIX locale name names (`fr_FR.UTF-8`, `zh_CN`, `ar`, `es-419`), if it
/// is one of the six; `C`, `POSIX` and any other language name none. The CLI's default
/// `--ui-lang` is the one of the first non-empty of `LC_ALL`, `LC_MESSAGES` and `LANG`.
pub fn lang_of_locale(locale: &str) -> Option<Lang> {
    let code = locale
        .split(['_', '.', '@', '-'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    Lang::ALL.into_iter().find(|l| l.code() == code)
}

/// Whether `lang`'s message file has the message `id` (the test of every id the core uses).
pub fn has(lang: Lang, id: &str) -> bool {
    bundle(lang)
        .get_message(id)
        .is_some_and(|m| m.value().is_some())
}

type Bundle = FluentBundle<FluentResource>;

/// The bundle of `lang`, built once. A syntax error in a file drops the messages it spoils
/// (the test of every file keeps them out of a release) and never stops the rest.
fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 6] = [const { OnceLock::new() }; 6];
    let i = SOURCES.iter().position(|(l, _)| *l == lang).unwrap_or(2);
    BUNDLES[i].get_or_init(|| {
        let (_, source) = SOURCES[i];
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
        let tag = lang.code().parse().unwrap_or_default();
        let mut b = FluentBundle::new_concurrent(vec![tag]);
        b.set_use_isolating(false);
        // The same ids in one file twice are refused by the test of every file; here the
        // first one is kept.
        let _ = b.add_resource(resource);
        b
    })
}

fn write_message(out: &mut String, m: &Message, lang: Lang) {
    for l in [lang, Lang::En] {
        let b = bundle(l);
        if let Some(pattern) = b.get_message(&m.id).and_then(|x| x.value()) {
            let mut args = FluentArgs::with_capacity(m.args.len());
            for (name, arg) in &m.args {
                let value = match arg {
                    // Fluent holds numbers as f64: beyond 2^53 one is written as text.
                    Arg::Number(n) if n.unsigned_abs() <= 1 << 53 => FluentValue::from(*n),
                    other => FluentValue::from(arg_text(other, lang)),
                };
                args.set(name.as_str(), value);
            }
            let mut errors = Vec::new();
            out.push_str(&b.format_pattern(pattern, Some(&args), &mut errors));
            return;
        }
    }
    out.push_str(&m.id);
}

/// A fixed piece of `lang`'s file (a separator), in English where it lacks it.
fn piece(lang: Lang, id: &str) -> Cow<'static, str> {
    for l in [lang, Lang::En] {
        let b = bundle(l);
        if let Some(pattern) = b.get_message(id).and_then(|x| x.value()) {
            let mut errors = Vec::new();
            return Cow::Owned(b.format_pattern(pattern, None, &mut errors).into_owned());
        }
    }
    Cow::Borrowed(", ")
}

/// An argument as `lang` writes it.
fn arg_text(arg: &Arg, lang: Lang) -> String {
    match arg {
        Arg::Text(s) => s.clone(),
        Arg::Number(n) => n.to_string(),
        Arg::Date(d) => day(*d, lang),
        Arg::Weekday(d) => weekday(*d, lang),
        Arg::Time(t) => t.to_string(),
        Arg::Stamp(s) => format!("{} {}", day(s.date(), lang), s.time()),
        Arg::Span { start, end } => span(*start, *end, lang),
        Arg::List(items) => join(items, lang, "list-separator"),
        Arg::Clauses(items) => join(items, lang, "clause-separator"),
        Arg::Message(m) => m.text(lang),
        Arg::Title { titles, otherwise } => titles
            .get(&lang)
            .map(|t| t.trim())
            .filter(|t| !t.is_empty())
            .unwrap_or(otherwise)
            .to_owned(),
    }
}

fn join(items: &[Arg], lang: Lang, separator: &str) -> String {
    let separator = piece(lang, separator);
    let parts: Vec<String> = items.iter().map(|a| arg_text(a, lang)).collect();
    parts.join(&separator)
}

/// A short date with its weekday: `Wed 20 Sep` in English (chrono, as the messages always
/// were), ICU4X's short weekday and day-month in the other languages ("mer. 20 sept.").
fn day(date: NaiveDate, lang: Lang) -> String {
    if lang == Lang::En {
        return date.format("%a %-d %b").to_string();
    }
    let dates = crate::i18n::Dates::new(lang);
    // The annex capitalises a weekday that heads a row; inside a sentence it is written as
    // CLDR writes it, in lower case in French, Russian and Spanish.
    let weekday = dates.short_weekday(date);
    let weekday = match lang {
        Lang::Fr | Lang::Ru | Lang::Es => weekday.to_lowercase(),
        _ => weekday,
    };
    format!("{weekday} {}", dates.short_month_day(date))
}

/// The weekday's full name, as ICU4X writes it (in lower case inside a sentence where the
/// language writes it so).
fn weekday(date: NaiveDate, lang: Lang) -> String {
    let name = crate::i18n::Dates::new(lang).weekday(date);
    match lang {
        Lang::Fr | Lang::Ru | Lang::Es => name.to_lowercase(),
        _ => name,
    }
}

fn span(start: Stamp, end: Stamp, lang: Lang) -> String {
    let (sd, ed) = (start.date(), end.date());
    if start >= end {
        format!("{} {}", day(sd, lang), start.time())
    } else if sd == ed {
        format!("{} {}–{}", day(sd, lang), start.time(), end.time())
    } else if end.time().minutes() == 0 && sd.succ_opt() == Some(ed) {
        format!("{} {}–24:00", day(sd, lang), start.time())
    } else {
        format!(
            "{} {}–{} {}",
            day(sd, lang),
            start.time(),
            day(ed, lang),
            end.time()
        )
    }
}
