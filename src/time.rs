//! Clock values of a timetable: a time of day and a local date-time, both to the minute.
//!
//! All times in a document are wall-clock times in the meeting's own time zone (the
//! `Meeting::time_zone`), the way a secretariat writes them in the letter. Minutes are the
//! finest unit: no meeting is scheduled to the second, and whole minutes keep files readable
//! (`"09:00"`, `"2017-09-19T11:00"`) and arithmetic exact.

use std::fmt;
use std::str::FromStr;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use ts_rs::TS;

/// A time of day in whole minutes after midnight, written `"HH:MM"`.
///
/// Invariant: `0 <= minutes <= 1440`; `"24:00"` is allowed so that a day's hours or a
/// break can end at midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, TS)]
#[ts(type = "string")]
pub struct TimeOfDay(u16);

impl TimeOfDay {
    /// Midnight at the start of the day.
    pub const MIDNIGHT: TimeOfDay = TimeOfDay(0);
    /// Midnight at the end of the day (`"24:00"`).
    pub const END_OF_DAY: TimeOfDay = TimeOfDay(1440);

    /// The time `hour:minute`; `None` past 24:00 or for a minute over 59.
    pub fn hm(hour: u16, minute: u16) -> Option<TimeOfDay> {
        (minute < 60 && hour * 60 + minute <= 1440).then_some(TimeOfDay(hour * 60 + minute))
    }

    /// The time that many minutes after midnight; `None` past 24:00.
    pub fn from_minutes(minutes: u32) -> Option<TimeOfDay> {
        (minutes <= 1440).then_some(TimeOfDay(minutes as u16))
    }

    /// Minutes after midnight.
    pub fn minutes(self) -> u32 {
        u32::from(self.0)
    }

    /// The same time on `date`; `"24:00"` becomes midnight of the next day.
    pub fn on(self, date: NaiveDate) -> Stamp {
        Stamp(date.and_time(NaiveTime::MIN) + chrono::Duration::minutes(i64::from(self.0)))
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

/// Why a text is not a time of day or date-time.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{text}' is not a {expected}")]
pub struct ClockParseError {
    text: String,
    expected: &'static str,
}

impl FromStr for TimeOfDay {
    type Err = ClockParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || ClockParseError {
            text: s.to_owned(),
            expected: "time HH:MM (00:00 to 24:00)",
        };
        let (h, m) = s.split_once(':').ok_or_else(err)?;
        if h.len() != 2 || m.len() != 2 {
            return Err(err());
        }
        let h: u16 = h.parse().map_err(|_| err())?;
        let m: u16 = m.parse().map_err(|_| err())?;
        TimeOfDay::hm(h, m).ok_or_else(err)
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeOfDay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// A local date and time to the minute, written `"YYYY-MM-DDTHH:MM"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, TS)]
#[ts(type = "string")]
pub struct Stamp(NaiveDateTime);

impl Stamp {
    /// `date` at `time`.
    pub fn new(date: NaiveDate, time: TimeOfDay) -> Stamp {
        time.on(date)
    }

    /// The stamp for a chrono value, truncated to the minute.
    pub fn from_naive(value: NaiveDateTime) -> Stamp {
        Stamp(
            value
                .with_second(0)
                .and_then(|v| v.with_nanosecond(0))
                .unwrap_or(value),
        )
    }

    /// The calendar date.
    pub fn date(self) -> NaiveDate {
        self.0.date()
    }

    /// The time of day.
    pub fn time(self) -> TimeOfDay {
        TimeOfDay((self.0.hour() * 60 + self.0.minute()) as u16)
    }

    /// The chrono value.
    pub fn naive(self) -> NaiveDateTime {
        self.0
    }

    /// Minutes since 1970-01-01T00:00 (local); the engine's cheap ordering key.
    pub fn epoch_minutes(self) -> i64 {
        self.0.and_utc().timestamp().div_euclid(60)
    }

    /// This stamp moved by `minutes` (negative moves earlier); `None` if out of chrono's range.
    pub fn plus_minutes(self, minutes: i64) -> Option<Stamp> {
        self.0
            .checked_add_signed(chrono::Duration::minutes(minutes))
            .map(Stamp)
    }

    /// Minutes from `self` to `later` (negative if `later` is earlier).
    pub fn minutes_until(self, later: Stamp) -> i64 {
        later.epoch_minutes() - self.epoch_minutes()
    }
}

impl fmt::Display for Stamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%dT%H:%M"))
    }
}

impl FromStr for Stamp {
    type Err = ClockParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Some(stamp) = canonical_stamp(s) {
            return Ok(stamp);
        }
        NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M")
            .map(Stamp)
            .map_err(|_| ClockParseError {
                text: s.to_owned(),
                expected: "date-time YYYY-MM-DDTHH:MM",
            })
    }
}

impl Serialize for Stamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// `YYYY-MM-DDTHH:MM` read by hand: the form every document writes, read some 40,000 times
/// when a 20,000-session document is loaded, where chrono's general format parser was a
/// quarter of the load. `None` for anything else (chrono then decides, so what is accepted
/// and the error are unchanged).
fn canonical_stamp(s: &str) -> Option<Stamp> {
    let b = s.as_bytes();
    if b.len() != 16 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' {
        return None;
    }
    let num = |from: usize, to: usize| {
        b[from..to].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let date = NaiveDate::from_ymd_opt(i32::try_from(num(0, 4)?).ok()?, num(5, 7)?, num(8, 10)?)?;
    let time = NaiveTime::from_hms_opt(num(11, 13)?, num(14, 16)?, 0)?;
    Some(Stamp(NaiveDateTime::new(date, time)))
}

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        /// Reads the text where it lies when it can (no copy of each stamp).
        struct Text;
        impl serde::de::Visitor<'_> for Text {
            type Value = Stamp;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Stamp, E> {
                text.parse().map_err(E::custom)
            }
        }
        d.deserialize_str(Text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_read_by_hand_read_as_chrono_reads_them() {
        for text in [
            "2020-02-01T09:30",
            "1999-12-31T23:59",
            "2024-02-29T00:00",
            "2023-02-29T10:00",
            "2020-13-01T10:00",
            "2020-01-01T24:00",
            "2020-01-01T10:60",
            "2020-1-01T10:00",
            "2020-01-01 10:00",
            "20a0-01-01T10:00",
            "2020-01-01T10:00:00",
            "",
        ] {
            let chrono = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").ok();
            assert_eq!(text.parse::<Stamp>().ok().map(|s| s.0), chrono, "{text}");
        }
    }

    #[test]
    fn time_of_day_round_trips_through_text() {
        for text in ["00:00", "09:00", "12:30", "24:00"] {
            let t: TimeOfDay = text.parse().expect("valid time");
            assert_eq!(t.to_string(), text);
        }
    }

    #[test]
    fn time_of_day_rejects_past_midnight_and_bad_shapes() {
        for text in ["24:01", "25:00", "9:00", "09:60", "0900", "", "ab:cd"] {
            assert!(text.parse::<TimeOfDay>().is_err(), "{text} must be refused");
        }
    }

    #[test]
    fn end_of_day_is_next_midnight() {
        let d = NaiveDate::from_ymd_opt(2017, 9, 19).expect("date");
        let s = TimeOfDay::END_OF_DAY.on(d);
        assert_eq!(s.to_string(), "2017-09-20T00:00");
    }

    #[test]
    fn stamp_round_trips_and_orders() {
        let a: Stamp = "2017-09-19T11:00".parse().expect("stamp");
        let b: Stamp = "2017-09-19T12:30".parse().expect("stamp");
        assert_eq!(a.to_string(), "2017-09-19T11:00");
        assert_eq!(a.minutes_until(b), 90);
        assert!(
            "2017-02-30T10:00".parse::<Stamp>().is_err(),
            "impossible date refused"
        );
    }
}
