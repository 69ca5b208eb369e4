//! Time zones chosen by city: the list the set-up form offers, and the zone of a city.
//!
//! A secretariat knows where the meeting is, not the IANA name of its zone: "Geneva" is in
//! `Europe/Zurich`, a name that would show "Zurich" on a Geneva meeting. So the user picks a
//! city, the document keeps the zone (every time is in it) and the city's name
//! ([`crate::model::Meeting::city`]), and the grid shows the city picked.
//!
//! The list is two sources, the first winning on a name both have:
//! - [`MEETING_CITIES`], a short table kept here of the cities where standards bodies (ITU,
//!   ISO, IEC, ETSI, 3GPP, IETF, IEEE) meet and whose zone is named after another city (or
//!   that people would look for under their usual English name);
//! - the city of every canonical zone of the IANA database as chrono-tz compiles it
//!   (`Europe/Zurich` gives "Zurich", `America/Argentina/Buenos_Aires` "Buenos Aires"), so
//!   that every zone can be picked by its own city and the list follows the database that
//!   chrono-tz updates.
//!
//! The IANA database itself lists no other cities, and no maintained crate maps city names
//! to zones without bringing a gazetteer of millions of places; the short table is the part
//! a person has to keep.

use std::collections::BTreeMap;

use chrono_tz::Tz;
use serde::Serialize;
use ts_rs::TS;

/// A city that can be picked for a meeting's time zone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct City {
    /// Its name as the list shows it and the document keeps it ("Geneva").
    pub name: String,
    /// The IANA zone of its clocks ("Europe/Zurich").
    pub time_zone: String,
}

/// Cities where standards meetings take place whose zone bears another name (or whose zone
/// city is spelt otherwise), with their zone. Kept in alphabetical order, accents aside.
pub const MEETING_CITIES: &[(&str, &str)] = &[
    ("Abu Dhabi", "Asia/Dubai"),
    ("Antalya", "Europe/Istanbul"),
    ("Barcelona", "Europe/Madrid"),
    ("Beijing", "Asia/Shanghai"),
    ("Bengaluru", "Asia/Kolkata"),
    ("Bern", "Europe/Zurich"),
    ("Busan", "Asia/Seoul"),
    ("Cancún", "America/Cancun"),
    ("Chengdu", "Asia/Shanghai"),
    ("Delft", "Europe/Amsterdam"),
    ("Florence", "Europe/Rome"),
    ("Frankfurt", "Europe/Berlin"),
    ("Geneva", "Europe/Zurich"),
    ("Guangzhou", "Asia/Shanghai"),
    ("Hangzhou", "Asia/Shanghai"),
    ("Hyderabad", "Asia/Kolkata"),
    ("Incheon", "Asia/Seoul"),
    ("Kyiv", "Europe/Kyiv"),
    ("Kyoto", "Asia/Tokyo"),
    ("Lausanne", "Europe/Zurich"),
    ("Los Angeles", "America/Los_Angeles"),
    ("Lyon", "Europe/Paris"),
    ("Marrakesh", "Africa/Casablanca"),
    ("Montreal", "America/Toronto"),
    ("Munich", "Europe/Berlin"),
    ("New Delhi", "Asia/Kolkata"),
    ("New York", "America/New_York"),
    ("Nice", "Europe/Paris"),
    ("Osaka", "Asia/Tokyo"),
    ("Ottawa", "America/Toronto"),
    ("Philadelphia", "America/New_York"),
    ("Quebec City", "America/Toronto"),
    ("Rio de Janeiro", "America/Sao_Paulo"),
    ("Saint Petersburg", "Europe/Moscow"),
    ("San Diego", "America/Los_Angeles"),
    ("San Francisco", "America/Los_Angeles"),
    ("Sanya", "Asia/Shanghai"),
    ("São Paulo", "America/Sao_Paulo"),
    ("Sapporo", "Asia/Tokyo"),
    ("Seattle", "America/Los_Angeles"),
    ("Sharm El Sheikh", "Africa/Cairo"),
    ("Shenzhen", "Asia/Shanghai"),
    ("Sophia Antipolis", "Europe/Paris"),
    ("The Hague", "Europe/Amsterdam"),
    ("Washington", "America/New_York"),
    ("Wuhan", "Asia/Shanghai"),
    ("Xi'an", "Asia/Shanghai"),
    ("Yokohama", "Asia/Tokyo"),
];

/// The regions of the IANA names whose last part is a city (not `Etc/GMT+3`, `US/Eastern`).
const CITY_REGIONS: &[&str] = &[
    "Africa/",
    "America/",
    "Asia/",
    "Atlantic/",
    "Australia/",
    "Europe/",
    "Indian/",
    "Pacific/",
];

/// Every city that can be picked, sorted by name (case and accents aside): the meeting
/// cities, then the city of each IANA zone that no meeting city already names.
pub fn all() -> Vec<City> {
    let mut by_key: BTreeMap<String, City> = BTreeMap::new();
    for (name, zone) in MEETING_CITIES {
        by_key.insert(
            key(name),
            City {
                name: (*name).to_owned(),
                time_zone: (*zone).to_owned(),
            },
        );
    }
    for tz in chrono_tz::TZ_VARIANTS {
        let zone = tz.name();
        let Some(name) = zone_city(zone) else {
            continue;
        };
        // A link (`Asia/Calcutta`) names the same clocks as its target: keep the canonical.
        if is_link(zone) {
            continue;
        }
        by_key.entry(key(&name)).or_insert(City {
            name,
            time_zone: zone.to_owned(),
        });
    }
    by_key.into_values().collect()
}

/// The city an IANA zone is named after ("Europe/Zurich" gives "Zurich"), if it is one.
pub fn zone_city(zone: &str) -> Option<String> {
    if !CITY_REGIONS.iter().any(|r| zone.starts_with(r)) {
        return None;
    }
    zone.rsplit('/').next().map(|c| c.replace('_', " "))
}

/// Where a meeting is, as the set-up form names it: a city of the list (by name, case and
/// accents aside), or an IANA zone typed as such.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// The zone of every time of the meeting.
    pub time_zone: String,
    /// The city's name as the list spells it; `None` when a zone was typed.
    pub city: Option<String>,
}

/// The place `text` names: a city of [`all`] (its zone, and its name as the list spells it),
/// or an IANA zone (no city: the zone's own is shown). `None` when it is neither.
pub fn find(text: &str) -> Option<Place> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if let Ok(tz) = text.parse::<Tz>() {
        return Some(Place {
            time_zone: tz.name().to_owned(),
            city: None,
        });
    }
    let wanted = key(text);
    all()
        .into_iter()
        .find(|c| key(&c.name) == wanted)
        .map(|c| Place {
            time_zone: c.time_zone,
            city: Some(c.name),
        })
}

/// The name a meeting in `zone` shows: the city picked, else the zone's own city, else the
/// zone's name.
pub fn shown(zone: &str, city: Option<&str>) -> String {
    city.map(str::to_owned)
        .or_else(|| zone_city(zone))
        .unwrap_or_else(|| zone.to_owned())
}

/// Whether `zone` is a backward-compatible link rather than a zone of its own (the IANA
/// `backward` file's usual renames that chrono-tz still compiles).
fn is_link(zone: &str) -> bool {
    const LINKS: &[&str] = &[
        "Asia/Calcutta",
        "Asia/Katmandu",
        "Asia/Saigon",
        "Asia/Rangoon",
        "Asia/Ulan_Bator",
        "Asia/Dacca",
        "Asia/Thimbu",
        "Asia/Ujung_Pandang",
        "Asia/Macao",
        "Asia/Chungking",
        "Asia/Chongqing",
        "Asia/Harbin",
        "Asia/Kashgar",
        "Asia/Tel_Aviv",
        "Asia/Istanbul",
        "Asia/Ashkhabad",
        "Europe/Kiev",
        "Europe/Uzhgorod",
        "Europe/Zaporozhye",
        "Europe/Nicosia",
        "Europe/Belfast",
        "Europe/Tiraspol",
        "America/Buenos_Aires",
        "America/Catamarca",
        "America/Cordoba",
        "America/Jujuy",
        "America/Mendoza",
        "America/Indianapolis",
        "America/Knox_IN",
        "America/Louisville",
        "America/Fort_Wayne",
        "America/Montreal",
        "America/Godthab",
        "America/Ensenada",
        "America/Santa_Isabel",
        "America/Shiprock",
        "America/Porto_Acre",
        "America/Atka",
        "America/Virgin",
        "Atlantic/Faeroe",
        "Atlantic/Jan_Mayen",
        "Australia/ACT",
        "Australia/NSW",
        "Australia/North",
        "Australia/Queensland",
        "Australia/South",
        "Australia/Tasmania",
        "Australia/Victoria",
        "Australia/West",
        "Australia/LHI",
        "Australia/Yancowinna",
        "Australia/Canberra",
        "Pacific/Samoa",
        "Pacific/Truk",
        "Pacific/Yap",
        "Pacific/Ponape",
        "Pacific/Enderbury",
        "Pacific/Johnston",
        "Africa/Asmera",
        "Africa/Timbuktu",
    ];
    LINKS.contains(&zone)
}

/// A name for comparing: lower case, accents and punctuation aside ("São Paulo" and
/// "sao paulo", "Xi'an" and "Xian" are one key).
fn key(name: &str) -> String {
    name.chars()
        .filter_map(|c| {
            let plain = match c {
                'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => {
                    'a'
                }
                'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
                'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Î' => 'i',
                'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ô' | 'Ö' => 'o',
                'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ü' => 'u',
                'ç' | 'Ç' => 'c',
                'ñ' | 'Ñ' => 'n',
                c if c.is_alphanumeric() => c.to_lowercase().next().unwrap_or(c),
                ' ' | '-' | '_' => ' ',
                _ => return None,
            };
            Some(plain)
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_meeting_city_names_a_zone_chrono_tz_knows() {
        for (name, zone) in MEETING_CITIES {
            assert!(zone.parse::<Tz>().is_ok(), "{name}: {zone}");
        }
        let names: Vec<&str> = MEETING_CITIES.iter().map(|(n, _)| *n).collect();
        let mut sorted = names.clone();
        sorted.sort_by_key(|n| key(n));
        assert_eq!(names, sorted, "kept in alphabetical order");
    }

    #[test]
    fn keys_set_case_accents_and_punctuation_aside() {
        assert_eq!(key("São  Paulo"), "sao paulo");
        assert_eq!(key("Xi'an"), key("xian"));
        assert_eq!(key("Port-au-Prince"), "port au prince");
    }
}
