//! xCal import: iCalendar in XML (RFC 6321), and the older draft form Pentabarf and frab
//! write (`<iCalendar><vcalendar><vevent><dtstart>20161229T211500</dtstart>`).
//!
//! The XML is read into the same properties the iCalendar reader produces (values in
//! iCalendar form: basic date-times, escaped TEXT) and handed to the iCalendar importer's
//! builder, so time zones (`tzid` parameters, VTIMEZONE, UTC, floating), missing ends,
//! `location` as room and the report behave exactly as for `.ics`; positions are the
//! line and column of each element.

use std::collections::HashMap;

use roxmltree::Node;

use super::ical::{self, Calendar, Event, Prop};
use super::{Action, ImportError, ImportOptions, Imported, Position};

/// The RFC 6321 namespace.
pub(super) const NAMESPACE: &str = "urn:ietf:params:xml:ns:icalendar-2.0";

/// Properties whose values are TEXT (escaped as iCalendar TEXT for the shared builder).
const TEXT: [&str; 7] = [
    "SUMMARY",
    "LOCATION",
    "DESCRIPTION",
    "CATEGORIES",
    "COMMENT",
    "X-WR-CALNAME",
    "NAME",
];

/// Imports an xCal document.
pub fn import(text: &str, options: &ImportOptions) -> Result<Imported, ImportError> {
    let doc = super::parse_xml(text)?;
    let at = |node: Node| {
        let p = doc.text_pos_at(node.range().start);
        Position::LineColumn {
            line: p.row as usize,
            column: p.col as usize,
        }
    };
    let root = doc.root_element();
    if !root.tag_name().name().eq_ignore_ascii_case("icalendar") {
        return Err(ImportError::NotXcal {
            position: at(root),
            message: Box::new(
                crate::messages::Message::new("xcal-root-not-icalendar")
                    .with("element", root.tag_name().name()),
            ),
        });
    }
    let Some(vcalendar) = root.children().find(|n| is(*n, "vcalendar")) else {
        return Err(ImportError::NotXcal {
            position: at(root),
            message: Box::new(crate::messages::Message::new("xcal-no-vcalendar")),
        });
    };
    let mut cal = Calendar {
        events: Vec::new(),
        cal_name: String::new(),
        wr_timezone: None,
        vtimezones: HashMap::new(),
        notes: Vec::new(),
    };
    for prop in properties(vcalendar, &at) {
        match prop.name.as_str() {
            "X-WR-CALNAME" | "NAME" => cal.cal_name = ical::unescape(&prop.value),
            "X-WR-TIMEZONE" => cal.wr_timezone = Some(prop.value.clone()),
            _ => {}
        }
    }
    for comp in components(vcalendar) {
        let name = comp.tag_name().name().to_ascii_lowercase();
        match name.as_str() {
            "vevent" => cal.events.push(Event {
                pos: at(comp),
                props: properties(comp, &at),
            }),
            "vtimezone" => {
                let props = properties(comp, &at);
                let Some(id) = props.iter().find(|p| p.name == "TZID") else {
                    continue;
                };
                let id = id.value.trim().to_owned();
                let offset = components(comp)
                    .filter(|c| is(*c, "standard"))
                    .flat_map(|c| properties(c, &at))
                    .find(|p| p.name == "TZOFFSETTO")
                    .and_then(|p| ical::parse_offset(&p.value));
                cal.vtimezones.entry(id).or_insert((offset, at(comp)));
            }
            _ => {}
        }
    }
    if cal.events.is_empty() {
        cal.notes.push((
            at(vcalendar),
            Action::Skipped,
            "the calendar holds no <vevent>".into(),
        ));
    }
    ical::build(cal, options)
}

fn is(node: Node, name: &str) -> bool {
    node.is_element() && node.tag_name().name().eq_ignore_ascii_case(name)
}

/// Elements in no namespace or an iCalendar one (not `pentabarf:title` and the like).
fn ours(node: Node) -> bool {
    node.is_element()
        && node
            .tag_name()
            .namespace()
            .is_none_or(|ns| ns == NAMESPACE || ns.starts_with("urn:ietf:params:xml:ns:"))
}

const COMPONENTS: [&str; 8] = [
    "vevent",
    "vtodo",
    "vjournal",
    "vfreebusy",
    "vtimezone",
    "valarm",
    "standard",
    "daylight",
];

/// The sub-components of `comp`: the children of its `<components>` (RFC 6321) or its
/// component children (the draft form).
fn components<'a, 'i>(comp: Node<'a, 'i>) -> impl Iterator<Item = Node<'a, 'i>> {
    let holder = comp.children().find(|n| is(*n, "components"));
    holder
        .into_iter()
        .flat_map(|h| h.children())
        .chain(comp.children())
        .filter(|n| COMPONENTS.iter().any(|c| is(*n, c)))
}

/// The properties of `comp`: the children of its `<properties>` (RFC 6321) or its other
/// element children (the draft form), as iCalendar properties.
fn properties(comp: Node, at: &dyn Fn(Node) -> Position) -> Vec<Prop> {
    let holder = comp.children().find(|n| is(*n, "properties"));
    holder
        .into_iter()
        .flat_map(|h| h.children())
        .chain(comp.children())
        .filter(|n| ours(*n))
        .filter(|n| {
            !["properties", "components"]
                .iter()
                .chain(COMPONENTS.iter())
                .any(|c| is(*n, c))
        })
        .map(|n| property(n, at))
        .collect()
}

fn property(node: Node, at: &dyn Fn(Node) -> Position) -> Prop {
    let mut name = node.tag_name().name().to_ascii_uppercase();
    if name == "CATEGORY" {
        name = "CATEGORIES".into();
    }
    let params = node
        .children()
        .find(|n| is(*n, "parameters"))
        .map(|ps| {
            ps.children()
                .filter(Node::is_element)
                .map(|p| {
                    (
                        p.tag_name().name().to_ascii_uppercase(),
                        values(p).join(","),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let text = TEXT.contains(&name.as_str());
    let mut parts = Vec::new();
    let typed: Vec<Node> = node
        .children()
        .filter(|n| n.is_element() && !is(*n, "parameters"))
        .collect();
    if typed.is_empty() {
        parts.push((None, own_text(node)));
    } else {
        for v in typed {
            let kind = v.tag_name().name().to_ascii_lowercase();
            parts.push((Some(kind), own_text(v)));
        }
    }
    let value = parts
        .into_iter()
        .map(|(kind, v)| match kind.as_deref() {
            Some("date" | "date-time" | "utc-offset" | "time") => basic(&v),
            _ if is_time(&name) => basic(&v),
            _ if text => ical::escape(&v),
            _ => v,
        })
        .collect::<Vec<_>>()
        .join(",");
    Prop {
        name,
        params,
        value,
        pos: at(node),
    }
}

fn is_time(name: &str) -> bool {
    matches!(
        name,
        "DTSTART" | "DTEND" | "DUE" | "RECURRENCE-ID" | "DTSTAMP" | "TZOFFSETTO" | "TZOFFSETFROM"
    )
}

/// `2016-12-29T21:15:00Z` as `20161229T211500Z`, `+01:00` as `+0100`.
fn basic(value: &str) -> String {
    value
        .trim()
        .char_indices()
        .filter(|&(i, c)| c != ':' && (c != '-' || i == 0))
        .map(|(_, c)| c)
        .collect()
}

/// The values of a parameter: its typed children's texts, or its own text.
fn values(node: Node) -> Vec<String> {
    let typed: Vec<String> = node
        .children()
        .filter(Node::is_element)
        .map(own_text)
        .collect();
    if typed.is_empty() {
        vec![own_text(node)]
    } else {
        typed
    }
}

fn own_text(node: Node) -> String {
    node.descendants()
        .filter(Node::is_text)
        .filter_map(|n| n.text())
        .collect::<String>()
        .trim()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_6321_events_read_like_their_icalendar() {
        let xml = format!(
            "<?xml version=\"1.0\"?>\n<icalendar xmlns=\"{NAMESPACE}\"><vcalendar>\
             <properties><x-wr-calname><text>Cal</text></x-wr-calname></properties>\
             <components><vevent><properties><uid><text>a@x</text></uid>\
             <dtstart><parameters><tzid><text>Europe/Berlin</text></tzid></parameters>\
             <date-time>2024-03-01T10:00:00</date-time></dtstart>\
             <dtend><date-time>2024-03-01T10:00:00Z</date-time></dtend>\
             <summary><text>One, two</text></summary><location><text>Room</text></location>\
             <categories><text>plenary</text><text>WP1</text></categories>\
             </properties></vevent>\n<vevent><properties><uid><text>b@x</text></uid>\
             <dtstart><date-time>2024-03-01T12:00:00Z</date-time></dtstart>\
             <summary><text>Two</text></summary></properties></vevent></components>\
             </vcalendar></icalendar>"
        );
        let imp = import(&xml, &ImportOptions::default()).expect("imports");
        let t = &imp.timetable;
        assert_eq!(t.meeting.time_zone, "Europe/Berlin");
        let one = &t.sessions[&crate::model::SessionId::from("e-a")];
        let p = one.placement.expect("placed");
        assert_eq!(p.start.to_string(), "2024-03-01T10:00");
        assert_eq!(p.end.to_string(), "2024-03-01T11:00");
        assert_eq!(one.kind, crate::model::SessionKind::Plenary);
        assert_eq!(one.bodies.len(), 1);
        assert_eq!(
            crate::model::text_in(&one.title, crate::model::Lang::En),
            "One, two"
        );
        let two = &t.sessions[&crate::model::SessionId::from("e-b")];
        let at = two.placement.expect("placed");
        assert_eq!(at.start.to_string(), "2024-03-01T13:00");
        assert_eq!(
            (two.timing, at.minutes()),
            (crate::model::Timing::Point, 0),
            "no end: a point in time, as in iCalendar"
        );
        assert!(
            imp.report
                .of(Action::Guessed)
                .any(|i| i.position == Position::LineColumn { line: 3, column: 1 }),
            "{:?}",
            imp.report.items
        );
    }

    #[test]
    fn broken_xcal_gives_a_located_error() {
        let err = import(
            "<icalendar>\n<vcalendar>\n</icalendar>",
            &ImportOptions::default(),
        )
        .expect_err("malformed");
        assert!(err.to_string().contains("line 3"), "{err}");
        let err = import("<schedule/>", &ImportOptions::default()).expect_err("not xcal");
        assert!(err.to_string().contains("line 1"), "{err}");
    }
}
