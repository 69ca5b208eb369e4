//! The pages of the published site: one folder per meeting language (`en/`, `ar/`, ...)
//! holding the same file names, so the language switcher links to the same page in the
//! other folder. A root `index.html` leads to the main language. Shared `style.css`
//! (screen, phone and print), `search.js` (search over titles, from a prebuilt
//! `search-index.js` per language) and `subscribe.js` (a `webcal:` link beside each calendar
//! when the site is served over HTTP): the only scripts, and every page reads fully
//! without them.
//!
//! Every text from the document goes through [`esc`]; file names are slugs of ids and
//! names ([`super::feeds::unique_names`]), so no text reaches a URL unescaped.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use chrono::NaiveDate;

use super::feeds::{body_names, room_names, unique_names};
use super::grid::day_grid;
use super::words::{own_name, words};
use super::{Published, SiteFile};
use crate::annex::html::escape as esc;
use crate::i18n::{self, Dates};
use crate::model::{Lang, Session, SessionId, Timetable, text_in};
use crate::revision::{LineKind, compare};

/// What every page of one language shares.
pub(super) struct Ctx<'a> {
    pub p: &'a Published<'a>,
    pub lang: Lang,
    pub dates: Dates,
    pub bodies: HashMap<String, String>,
    pub rooms: HashMap<String, String>,
    pub sessions: HashMap<String, String>,
}

impl Ctx<'_> {
    pub fn t(&self) -> &Timetable {
        self.p.timetable
    }

    /// A session's title in this page's language, escaped.
    pub fn title(&self, s: &Session) -> String {
        esc(text_in(&s.title, self.lang))
    }

    /// `start–end` as the annex writes times.
    pub fn range(&self, s: &Session) -> String {
        match s.placement {
            Some(p) => i18n::strings(self.lang).range(p.start.time(), p.end.time()),
            None => String::new(),
        }
    }

    /// A link to a session's page.
    pub fn session_link(&self, s: &Session) -> String {
        format!(
            "<a href=\"session-{}.html\">{}</a>",
            self.sessions[s.id.as_str()],
            self.title(s)
        )
    }

    pub fn room_name(&self, s: &Session) -> String {
        s.room
            .as_ref()
            .and_then(|r| self.t().rooms.get(r))
            .map_or_else(|| esc(words(self.lang).no_room), |r| esc(&r.name))
    }

    pub fn body_shorts(&self, s: &Session) -> String {
        s.bodies
            .iter()
            .filter_map(|b| self.t().bodies.get(b))
            .map(|b| {
                format!(
                    "<a href=\"body-{}.html\">{}</a>",
                    self.bodies[b.id.as_str()],
                    esc(&b.short)
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The scheduled sessions of `t` in time order (then room, then id), filtered.
fn scheduled(t: &Timetable, keep: impl Fn(&Session) -> bool) -> Vec<&Session> {
    let mut list: Vec<&Session> = t
        .sessions
        .values()
        .filter(|s| s.placement.is_some() && keep(s))
        .collect();
    list.sort_by(|a, b| {
        (a.placement.map(|p| p.start), &a.room, &a.id).cmp(&(
            b.placement.map(|p| p.start),
            &b.room,
            &b.id,
        ))
    });
    list
}

/// A whole page: head, navigation with the language switcher, `body`.
pub(super) fn page(c: &Ctx<'_>, file: &str, title: &str, body: &str) -> String {
    page_with(c, file, title, "", body)
}

/// [`page`] with `head` (style rules of its own) added to the head.
fn page_with(c: &Ctx<'_>, file: &str, title: &str, head: &str, body: &str) -> String {
    let w = words(c.lang);
    let dir = i18n::strings(c.lang).direction.html();
    let meeting = esc(text_in(&c.t().meeting.title, c.lang));
    let mut out = String::with_capacity(body.len() + 2048);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{code}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title} – {meeting}</title>\n<link rel=\"stylesheet\" href=\"../style.css\">\n\
         <link rel=\"icon\" href=\"data:,\">\n{head}</head>\n<body>\n<header>\n<p class=\"meeting\"><a href=\"index.html\">{meeting}</a> \
         <span class=\"revision\">{revision}</span></p>\n<nav aria-label=\"{languages}\" \
         class=\"languages\"><ul>",
        code = c.lang.code(),
        revision = esc(&revision_line(c)),
        languages = esc(w.languages),
    );
    for l in &c.p.langs {
        if *l == c.lang {
            let _ = write!(
                out,
                "<li><a aria-current=\"page\" href=\"{file}\">{}</a></li>",
                own_name(*l)
            );
        } else {
            let _ = write!(
                out,
                "<li><a href=\"../{}/{file}\" hreflang=\"{}\" lang=\"{}\">{}</a></li>",
                l.code(),
                l.code(),
                l.code(),
                own_name(*l)
            );
        }
    }
    let _ = write!(
        out,
        "</ul></nav>\n<nav class=\"sections\"><ul><li><a href=\"index.html\">{}</a></li>\
         <li><a href=\"annex.html\">{}</a></li><li><a href=\"changes.html\">{}</a></li>\
         </ul></nav>\n</header>\n<main>\n<h1>{title}</h1>\n{body}</main>\n</body>\n</html>\n",
        esc(w.home),
        esc(w.annex),
        esc(w.changes),
    );
    out
}

fn revision_line(c: &Ctx<'_>) -> String {
    match c.p.index {
        Some(_) => i18n::revision_line(c.lang, &c.p.label, c.p.date),
        None => words(c.lang).draft.to_owned(),
    }
}

/// A list of sessions, one line each: time, title, room, bodies.
pub(super) fn session_list(c: &Ctx<'_>, sessions: &[&Session], with_date: bool) -> String {
    if sessions.is_empty() {
        return format!("<p>{}</p>\n", esc(words(c.lang).no_sessions));
    }
    let mut out = String::from("<ul class=\"sessions\">\n");
    let mut day: Option<NaiveDate> = None;
    for s in sessions {
        let Some(p) = s.placement else { continue };
        if with_date && day != Some(p.start.date()) {
            day = Some(p.start.date());
            let _ = writeln!(
                out,
                "<li class=\"date\"><a href=\"day-{}.html\">{}</a></li>",
                p.start.date(),
                esc(&c.dates.full_date(p.start.date()))
            );
        }
        let _ = writeln!(
            out,
            "<li><span class=\"time\">{}</span> {} <span class=\"room\">{}</span> \
             <span class=\"bodies\">{}</span></li>",
            c.range(s),
            c.session_link(s),
            c.room_name(s),
            c.body_shorts(s)
        );
    }
    out.push_str("</ul>\n");
    out
}

fn dates_of(t: &Timetable) -> Vec<NaiveDate> {
    let mut dates: Vec<NaiveDate> = t.days.iter().map(|d| d.date).collect();
    dates.extend(
        t.sessions
            .values()
            .filter_map(|s| s.placement.map(|p| p.start.date())),
    );
    dates.sort();
    dates.dedup();
    dates
}

fn start_page(c: &Ctx<'_>) -> String {
    let w = words(c.lang);
    let t = c.t();
    let mut b = String::new();
    let dates = dates_of(t);
    if let (Some(first), Some(last)) = (dates.first(), dates.last()) {
        let _ = writeln!(
            b,
            "<p class=\"dates\">{} – {}</p>",
            esc(&c.dates.full_date(*first)),
            esc(&c.dates.full_date(*last))
        );
    }
    let _ = writeln!(
        b,
        "<dl><dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{}</dd></dl>",
        esc(w.venue),
        esc(&t.meeting.venue),
        esc(w.languages),
        c.p.langs
            .iter()
            .map(|l| own_name(*l))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(
        b,
        "<div id=\"search\" hidden><label for=\"q\">{}</label> <input id=\"q\" type=\"search\">\
         <ul id=\"results\"></ul></div>\n<script src=\"search-index.js\" defer></script>\
         <script src=\"../search.js\" defer></script>\
         <script src=\"../subscribe.js\" defer></script>",
        esc(w.search)
    );
    let _ = writeln!(b, "<h2>{}</h2>\n<ul>", esc(w.days));
    for d in &dates {
        let _ = writeln!(
            b,
            "<li><a href=\"day-{d}.html\">{}</a></li>",
            esc(&c.dates.full_date(*d))
        );
    }
    let _ = writeln!(b, "</ul>\n<h2>{}</h2>\n<ul>", esc(w.bodies));
    for body in t.bodies.values() {
        let _ = writeln!(
            b,
            "<li><a href=\"body-{}.html\">{}</a> {}</li>",
            c.bodies[body.id.as_str()],
            esc(&body.short),
            esc(text_in(&body.name, c.lang))
        );
    }
    let _ = writeln!(b, "</ul>\n<h2>{}</h2>\n<ul>", esc(w.rooms));
    for room in t.rooms.values() {
        let _ = writeln!(
            b,
            "<li><a href=\"room-{}.html\">{}</a></li>",
            c.rooms[room.id.as_str()],
            esc(&room.name)
        );
    }
    let _ = writeln!(
        b,
        "</ul>\n<h2>{}</h2>\n<ul><li><a href=\"../calendar.ics\" data-subscribe=\"{}\">{}</a></li>\
         <li><a href=\"../schedule.xml\">schedule.xml</a> (frab)</li>\
         <li><a href=\"../schedule.json\">schedule.json</a> (frab)</li>\
         <li><a href=\"../changes.json\">changes.json</a></li></ul>",
        esc(w.feeds),
        esc(w.subscribe),
        esc(w.calendar)
    );
    let _ = write!(
        b,
        "<h2>{}</h2>\n<ul><li><a href=\"annex.html\">HTML</a></li>\
         <li><a href=\"annex.docx\">DOCX</a></li>",
        esc(w.annex)
    );
    if c.p.pdf {
        b.push_str("<li><a href=\"annex.pdf\">PDF</a></li>");
    }
    b.push_str("</ul>\n");
    page(c, "index.html", &esc(text_in(&t.meeting.title, c.lang)), &b)
}

/// The change lines of the published revision against the one before, by session.
fn changes_by_session(c: &Ctx<'_>) -> Option<(String, HashMap<SessionId, Vec<String>>)> {
    let index = c.p.index?;
    let previous = index.checked_sub(1)?;
    let from = &c.p.document.revisions[previous].label;
    let comparison = compare(c.p.document, from, Some(&c.p.label)).ok()?;
    let mut map: HashMap<SessionId, Vec<String>> = HashMap::new();
    for line in comparison.lines(c.lang) {
        if let (Some(id), LineKind::Added | LineKind::Changed) = (line.id, line.kind) {
            map.entry(id).or_default().extend(line.details);
        }
    }
    Some((from.clone(), map))
}

fn session_page(
    c: &Ctx<'_>,
    s: &Session,
    changes: &Option<(String, HashMap<SessionId, Vec<String>>)>,
) -> String {
    let w = words(c.lang);
    let t = c.t();
    let mut b = String::new();
    let _ = writeln!(b, "<dl>");
    if let Some(p) = s.placement {
        let _ = writeln!(
            b,
            "<dt>{}</dt><dd><a href=\"day-{}.html\">{}</a> {}</dd>",
            esc(w.time),
            p.start.date(),
            esc(&c.dates.full_date(p.start.date())),
            c.range(s)
        );
    }
    let _ = writeln!(b, "<dt>{}</dt><dd>{}</dd>", esc(w.room), c.room_name(s));
    let _ = writeln!(b, "<dt>{}</dt><dd>{}</dd>", esc(w.bodies), c.body_shorts(s));
    let persons: Vec<String> = s
        .persons
        .iter()
        .filter_map(|p| t.persons.get(p))
        .map(|p| esc(&p.name))
        .collect();
    if !persons.is_empty() {
        let _ = writeln!(
            b,
            "<dt>{}</dt><dd>{}</dd>",
            esc(w.persons),
            persons.join(", ")
        );
    }
    let note = text_in(&s.annex_note, c.lang);
    if !note.is_empty() {
        let _ = writeln!(
            b,
            "<dt>{}</dt><dd>{}</dd>",
            esc(i18n::strings(c.lang).notes),
            esc(note)
        );
    }
    let _ = writeln!(
        b,
        "</dl>\n<h2>{}</h2>\n<ul class=\"titles\">",
        esc(w.titles)
    );
    for l in &c.p.langs {
        if let Some(title) = s.title.get(l) {
            let _ = writeln!(
                b,
                "<li lang=\"{}\" dir=\"{}\">{}</li>",
                l.code(),
                i18n::strings(*l).direction.html(),
                esc(title)
            );
        }
    }
    let _ = writeln!(b, "</ul>");
    if let Some((since, map)) = changes {
        let _ = writeln!(
            b,
            "<h2>{}</h2>",
            esc(&w.changes_since.replace("{label}", since))
        );
        match map.get(&s.id) {
            Some(lines) => {
                let _ = writeln!(b, "<ul class=\"changes\">");
                for line in lines {
                    let _ = writeln!(b, "<li>{}</li>", esc(line));
                }
                let _ = writeln!(b, "</ul>");
            }
            None => {
                let _ = writeln!(b, "<p>{}</p>", esc(w.unchanged));
            }
        }
    }
    let file = format!("session-{}.html", c.sessions[s.id.as_str()]);
    page(c, &file, &c.title(s), &b)
}

/// The search index of one language: `[title, page]` pairs in time order.
fn search_index(c: &Ctx<'_>) -> String {
    let entries: Vec<(String, String)> = scheduled(c.t(), |_| true)
        .into_iter()
        .map(|s| {
            (
                text_in(&s.title, c.lang).to_owned(),
                format!("session-{}.html", c.sessions[s.id.as_str()]),
            )
        })
        .collect();
    let json = serde_json::to_string(&entries).unwrap_or_else(|_| "[]".into());
    // A script file, not an inline one, so no text can close a <script> element; `<` is
    // escaped anyway for any viewer that shows it as HTML.
    format!(
        "window.PLENARY_SEARCH = {};\n",
        json.replace('<', "\\u003c")
    )
}

fn root_index(p: &Published<'_>) -> String {
    let main = p.main();
    let mut links = String::new();
    for l in &p.langs {
        let _ = write!(
            links,
            "<li><a href=\"{code}/index.html\" hreflang=\"{code}\" lang=\"{code}\">{}</a></li>",
            own_name(*l),
            code = l.code()
        );
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"refresh\" content=\"0; url={code}/index.html\">\n\
         <title>{title}</title>\n<link rel=\"stylesheet\" href=\"style.css\">\n\
         <link rel=\"icon\" href=\"data:,\">\n</head>\n\
         <body>\n<main>\n<h1>{title}</h1>\n<ul>{links}</ul>\n</main>\n</body>\n</html>\n",
        code = main.code(),
        dir = i18n::strings(main).direction.html(),
        title = esc(text_in(&p.timetable.meeting.title, main)),
    )
}

pub(super) fn pages(p: &Published<'_>) -> Vec<SiteFile> {
    let t = p.timetable;
    let mut files: BTreeMap<String, String> = BTreeMap::new();
    files.insert("index.html".into(), root_index(p));
    files.insert("style.css".into(), STYLE.into());
    files.insert("search.js".into(), SEARCH.into());
    files.insert("subscribe.js".into(), SUBSCRIBE.into());
    let bodies = body_names(t);
    let rooms = room_names(t);
    let sessions = unique_names(t.sessions.values().map(|s| (s.id.as_str(), s.id.as_str())));
    for lang in &p.langs {
        let c = Ctx {
            p,
            lang: *lang,
            dates: Dates::new(*lang),
            bodies: bodies.clone(),
            rooms: rooms.clone(),
            sessions: sessions.clone(),
        };
        let code = lang.code();
        let w = words(*lang);
        let mut put = |name: String, html: String| {
            files.insert(format!("{code}/{name}"), html);
        };
        put("index.html".into(), start_page(&c));
        put("changes.html".into(), super::changes::html_page(&c));
        put("search-index.js".into(), search_index(&c));
        for date in dates_of(t) {
            let file = format!("day-{date}.html");
            let html = day_grid(&c, date, &file);
            put(file, html);
        }
        for body in t.bodies.values() {
            let list = scheduled(t, |s| {
                s.bodies
                    .iter()
                    .any(|b| t.body_and_ancestors(b).contains(&&body.id))
            });
            let name = &bodies[body.id.as_str()];
            let file = format!("body-{name}.html");
            let body_html = format!(
                "<p>{}</p>\n<p><a href=\"../calendars/body-{name}.ics\" data-subscribe=\"{}\">{}</a></p>\n{}{SUBSCRIBE_TAG}",
                esc(text_in(&body.name, *lang)),
                esc(w.subscribe),
                esc(w.calendar_of),
                session_list(&c, &list, true)
            );
            let html = page(&c, &file, &esc(&body.short), &body_html);
            put(file, html);
        }
        for room in t.rooms.values() {
            let list = scheduled(t, |s| s.room.as_ref() == Some(&room.id));
            let name = &rooms[room.id.as_str()];
            let file = format!("room-{name}.html");
            let body_html = format!(
                "<p><a href=\"../calendars/room-{name}.ics\" data-subscribe=\"{}\">{}</a></p>\n{}{SUBSCRIBE_TAG}",
                esc(w.subscribe),
                esc(w.calendar_of),
                session_list(&c, &list, true)
            );
            let html = page(&c, &file, &esc(&room.name), &body_html);
            put(file, html);
        }
        let changes = changes_by_session(&c);
        // Scheduled sessions only, as in the feeds: the palette is the secretariat's.
        for s in t.sessions.values().filter(|s| s.placement.is_some()) {
            let html = session_page(&c, s, &changes);
            put(format!("session-{}.html", sessions[s.id.as_str()]), html);
        }
        let annex = crate::annex::build(t, &annex_options(p, *lang));
        put("annex.html".into(), annex_page(&c, &annex));
    }
    files
        .into_iter()
        .map(|(path, html)| SiteFile {
            path,
            bytes: html.into_bytes(),
        })
        .collect()
}

/// The annex of the letter inside the site's page (header, language switch), drawn with the
/// annex's own table rules and fonts; the DOCX and PDF beside it are the letter's.
fn annex_page(c: &Ctx<'_>, annex: &crate::annex::Annex) -> String {
    use crate::annex::html;
    let title = annex
        .heading
        .clone()
        .unwrap_or_else(|| words(c.lang).annex.to_owned());
    let head = format!(
        "<style>\n.annex {{ font-family: {}; }}{}</style>\n",
        html::font_family(c.lang),
        html::TABLE_STYLE
    );
    let body = format!("<div class=\"annex\">\n{}</div>\n", html::table_html(annex));
    page_with(c, "annex.html", &esc(&title), &head, &body)
}

fn annex_options(p: &Published<'_>, lang: Lang) -> crate::annex::Options {
    let mut options = crate::annex::Options::new(crate::annex::Layout::Days, lang);
    if p.index.is_some() {
        options.revision = Some(i18n::revision_line(lang, &p.label, p.date));
    }
    options
}

const STYLE: &str = include_str!("style.css");
const SEARCH: &str = include_str!("search.js");
const SUBSCRIBE: &str = include_str!("subscribe.js");
/// Loads `subscribe.js` on a page with calendar links.
const SUBSCRIBE_TAG: &str = "\n<script src=\"../subscribe.js\" defer></script>";
