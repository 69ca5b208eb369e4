//! Time zones named the way foreign files name them, mapped to IANA zones:
//!
//! - **Windows zone names** ("W. Europe Standard Time"), which Outlook and Exchange write
//!   as iCalendar `TZID`s: CLDR's `windowsZones` mapping as ICU4X compiles it
//!   (`icu_time::zone::WindowsParser`, the territory "001", i.e. the zone Windows means
//!   when no country is given), then the BCP-47 zone's canonical IANA name. A fixed offset
//!   from the VTIMEZONE would be an hour wrong half the year.
//! - **City names** (a frab `<city>Brussels</city>` with no `time_zone_name`): the IANA zone
//!   whose exemplar city it is, i.e. whose name ends in it (`Europe/Brussels`), compared
//!   without case and with spaces as underscores ("New York" is `America/New_York`). A
//!   city that is no zone's exemplar (Hamburg) gives nothing: the importer says so.

use chrono_tz::TZ_VARIANTS;
use icu_time::zone::WindowsParser;
use icu_time::zone::iana::IanaParserExtended;

use super::build::Zone;

/// The IANA zone a Windows zone name means ("W. Europe Standard Time" is
/// `Europe/Berlin`), if it is one; surrounding quotes and spaces are ignored.
pub fn windows_zone(name: &str) -> Option<Zone> {
    let name = name.trim().trim_matches('"').trim();
    let bcp47 = WindowsParser::new().parse(name, None)?;
    let canonical = IanaParserExtended::new()
        .iter()
        .find(|z| z.time_zone == bcp47)?
        .canonical;
    Zone::named(canonical)
}

/// The IANA zone whose exemplar city is `city` ("Brussels" is `Europe/Brussels`), if any.
/// Only the city's own name counts: what follows a comma ("Brussels, Belgium") is ignored.
pub fn city_zone(city: &str) -> Option<Zone> {
    let city = city.split(',').next()?.trim();
    if city.is_empty() {
        return None;
    }
    let wanted: String = city
        .chars()
        .map(|c| if c == ' ' { '_' } else { c })
        .collect();
    TZ_VARIANTS
        .iter()
        .filter(|tz| tz.name().contains('/') && !tz.name().starts_with("Etc/"))
        .find(|tz| {
            tz.name()
                .rsplit('/')
                .next()
                .is_some_and(|last| last.eq_ignore_ascii_case(&wanted))
        })
        .and_then(|tz| Zone::named(tz.name()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_zone_names_map_to_their_iana_zones() {
        for (windows, iana) in [
            ("W. Europe Standard Time", "Europe/Berlin"),
            ("Romance Standard Time", "Europe/Paris"),
            ("GMT Standard Time", "Europe/London"),
            ("Eastern Standard Time", "America/New_York"),
            ("Pacific Standard Time", "America/Los_Angeles"),
            ("Tokyo Standard Time", "Asia/Tokyo"),
            ("India Standard Time", "Asia/Kolkata"),
            ("China Standard Time", "Asia/Shanghai"),
            ("\"Central Europe Standard Time\"", "Europe/Budapest"),
        ] {
            assert_eq!(
                windows_zone(windows).map(|z| z.name()),
                Some(iana),
                "{windows}"
            );
        }
        assert!(windows_zone("Mars Standard Time").is_none());
        assert!(
            windows_zone("Europe/Berlin").is_none(),
            "an IANA name is no Windows name"
        );
    }

    #[test]
    fn exemplar_cities_map_to_their_zones() {
        for (city, iana) in [
            ("Brussels", "Europe/Brussels"),
            ("brussels", "Europe/Brussels"),
            ("Zurich, Switzerland", "Europe/Zurich"),
            ("New York", "America/New_York"),
            ("Tokyo", "Asia/Tokyo"),
        ] {
            assert_eq!(city_zone(city).map(|z| z.name()), Some(iana), "{city}");
        }
        assert!(
            city_zone("Hamburg").is_none(),
            "no zone is named after Hamburg"
        );
        assert!(city_zone("").is_none());
    }
}
