//! The published website: every page in every meeting language, links that all resolve
//! inside the site, no remote resource, Arabic pages right to left, the day grid with the
//! SG12 sessions, change lines on session pages and in the changelog, and hostile text
//! kept as text.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use plenary::model::{Frozen, Lang, Revision, Timetable};
use plenary::publish::{PublishOptions, publish};

use crate::sg12;

fn site(t: &Timetable) -> BTreeMap<String, String> {
    publish(t, &PublishOptions::default())
        .expect("publishes")
        .into_iter()
        .filter(|f| {
            [".html", ".css", ".js", ".json"]
                .iter()
                .any(|e| f.path.ends_with(e))
        })
        .map(|f| (f.path, String::from_utf8(f.bytes).expect("UTF-8")))
        .collect()
}

fn revise(t: &mut Timetable, label: &str, day: u32) {
    let revision = Revision {
        label: label.into(),
        date: NaiveDate::from_ymd_opt(2017, 8, day).expect("date"),
        comment: Some(format!("{label} comment")),
        timetable: Frozen::of(t),
    };
    t.revisions.push(revision);
}

/// Every `href` and `src` value of an HTML page.
fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            rest = &rest[i + attr.len()..];
            let end = rest.find('"').expect("closed attribute");
            out.push(rest[..end].to_owned());
        }
    }
    out
}

/// `link` from the page at `page`, as a path inside the site (`..` resolved).
fn resolve(page: &str, link: &str) -> String {
    if link.starts_with('#') {
        return page.to_owned();
    }
    let link = link.split('#').next().unwrap_or_default();
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for part in link.split('/') {
        match part {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            p => parts.push(p),
        }
    }
    parts.join("/")
}

#[test]
fn every_link_of_every_page_resolves_inside_the_site_and_nothing_is_remote() {
    let mut t = sg12();
    t.meeting.languages = vec![Lang::En, Lang::Fr, Lang::Ar];
    revise(&mut t, "Rev.1", 1);
    let all: Vec<String> = publish(&t, &PublishOptions::default())
        .expect("publishes")
        .into_iter()
        .map(|f| f.path)
        .collect();
    let pages = site(&t);
    for lang in ["en", "fr", "ar"] {
        for page in [
            "index.html",
            "changes.html",
            "annex.html",
            "day-2017-09-20.html",
        ] {
            assert!(
                pages.contains_key(&format!("{lang}/{page}")),
                "{lang}/{page}"
            );
        }
    }
    for (path, text) in &pages {
        for remote in [
            "http://",
            "https://",
            "src=\"//",
            "href=\"//",
            "@import",
            "url(",
        ] {
            assert!(
                !text.contains(remote),
                "{path} has a remote resource ({remote})"
            );
        }
        if !path.ends_with(".html") {
            continue;
        }
        // `data:` is inline (the empty icon that spares browsers a request), not a file.
        for link in links(text).into_iter().filter(|l| !l.starts_with("data:")) {
            let target = resolve(path, &link);
            assert!(
                all.contains(&target),
                "{path}: the link {link} ({target}) goes nowhere"
            );
        }
    }
}

#[test]
fn each_language_has_its_pages_and_arabic_pages_are_right_to_left() {
    let mut t = sg12();
    t.meeting.languages = vec![Lang::En, Lang::Ar];
    let pages = site(&t);
    let en: Vec<&String> = pages.keys().filter(|p| p.starts_with("en/")).collect();
    for p in &en {
        let ar = format!("ar/{}", &p[3..]);
        assert!(pages.contains_key(&ar), "{ar} mirrors {p}");
        if ar.ends_with(".html") {
            assert!(
                pages[&ar].contains("<html lang=\"ar\" dir=\"rtl\">"),
                "{ar} is RTL"
            );
            assert!(pages[p.as_str()].contains("<html lang=\"en\" dir=\"ltr\">"));
        }
    }
    let day = &pages["en/day-2017-09-20.html"];
    assert!(
        day.contains("href=\"../ar/day-2017-09-20.html\""),
        "the switcher links the same page in Arabic"
    );
}

#[test]
fn the_day_page_shows_the_sg12_sessions_of_the_day_in_their_rooms() {
    let t = sg12();
    let pages = site(&t);
    let day = &pages["en/day-2017-09-20.html"];
    let sessions = t.sessions.values().filter(|s| {
        s.placement
            .is_some_and(|p| p.start.date().to_string() == "2017-09-20")
    });
    let mut n = 0;
    for s in sessions {
        n += 1;
        assert!(
            day.contains(&format!("session-{}.html", s.id)),
            "{} shown",
            s.id
        );
    }
    assert!(n > 10, "the 20th is a full day ({n} sessions)");
    let mut t = t;
    let palette = t.sessions.values_mut().next().expect("a session");
    palette.placement = None;
    let id = palette.id.to_string();
    let pages = site(&t);
    assert!(
        !pages.contains_key(&format!("en/session-{id}.html")),
        "a session in the palette is not published"
    );
    assert!(day.contains("Room B") && day.contains("class=\"grid\""));
    assert!(pages["style.css"].contains("@media print"), "print style");
    assert!(
        pages["style.css"].contains("@media (max-width"),
        "phone layout"
    );
}

#[test]
fn session_pages_and_the_changelog_say_what_changed_since_the_previous_revision() {
    let mut t = sg12();
    revise(&mut t, "Rev.1", 1);
    let moved = t
        .sessions
        .values_mut()
        .find(|s| s.id.as_str() == "q4-20am")
        .expect("q4-20am");
    let old = moved.placement.expect("scheduled");
    moved.placement = Some(plenary::model::Placement {
        start: old.start.plus_minutes(24 * 60).expect("a day later"),
        end: old.end.plus_minutes(24 * 60).expect("a day later"),
    });
    revise(&mut t, "Rev.2", 15);
    let pages = site(&t);
    let page = &pages["en/session-q4-20am.html"];
    assert!(page.contains("Changes since Rev.1"), "{page}");
    assert!(page.contains("moved"), "the move is said: {page}");
    assert!(pages["en/session-q5-20am.html"].contains("No change."));
    let log = &pages["en/changes.html"];
    assert!(log.contains("Rev.2") && log.contains("Rev.1 comment") && log.contains("moved"));
    let json: serde_json::Value = serde_json::from_str(&pages["changes.json"]).expect("JSON");
    assert_eq!(json["published"], "Rev.2");
    assert_eq!(json["revisions"][1]["since"], "Rev.1");
    assert_eq!(json["revisions"][1]["changes"]["en"][0]["id"], "q4-20am");
    assert!(
        json["revisions"][1]["changes"]["zh"].is_array(),
        "every meeting language"
    );
}

#[test]
fn hostile_text_stays_text_on_every_page() {
    const HOSTILE: &str = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
    let mut t = sg12();
    t.meeting
        .title
        .insert(Lang::En, format!("Meeting {HOSTILE}"));
    t.meeting.venue = format!("Venue {HOSTILE}");
    for s in t.sessions.values_mut() {
        s.title.insert(Lang::En, format!("T {HOSTILE}"));
    }
    for r in t.rooms.values_mut() {
        r.name = format!("R {HOSTILE}");
    }
    for b in t.bodies.values_mut() {
        b.short = format!("B {HOSTILE}");
    }
    for p in t.persons.values_mut() {
        p.name = format!("P {HOSTILE}");
    }
    revise(&mut t, "Rev.1", 1);
    t.revisions[0].comment = Some(format!("C {HOSTILE}"));
    let pages = site(&t);
    for (path, text) in pages.iter().filter(|(p, _)| p.ends_with(".html")) {
        assert!(!text.contains("<script>alert"), "{path} runs a title");
        assert!(!text.contains("<img"), "{path} shows markup");
        assert!(!text.contains("onerror=alert(2)>"), "{path}");
    }
    assert!(pages["en/index.html"].contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(pages["en/changes.html"].contains("C &lt;script&gt;"));
    assert!(!pages["en/search-index.js"].contains("</script>"));
}
