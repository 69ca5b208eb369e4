//! The changelog: `changes.json` and one `changes.html` per language, listing each
//! published revision up to the one published (its label, date and comment) and what
//! changed from the revision before, in the core's words ([`crate::revision`]'s change
//! lines, in every meeting language).

use std::fmt::Write as _;

use serde_json::{Map, Value, json};

use super::site::{Ctx, page};
use super::words::words;
use super::{Published, SiteFile};
use crate::annex::html::escape as esc;
use crate::i18n;
use crate::revision::{ChangeLine, compare};

/// The change lines from revision `i - 1` to revision `i` in `lang`; `None` for the first.
fn lines(p: &Published<'_>, i: usize, lang: crate::model::Lang) -> Option<Vec<ChangeLine>> {
    let revisions = &p.document.revisions;
    let from = &revisions[i.checked_sub(1)?].label;
    let to = &revisions[i].label;
    compare(p.document, from, Some(to))
        .ok()
        .map(|c| c.lines(lang))
}

fn published_range(p: &Published<'_>) -> std::ops::Range<usize> {
    0..p.index.map_or(0, |i| i + 1)
}

pub(super) fn json_file(p: &Published<'_>) -> SiteFile {
    let revisions: Vec<Value> = published_range(p)
        .map(|i| {
            let r = &p.document.revisions[i];
            let mut changes = Map::new();
            if i > 0 {
                for lang in &p.langs {
                    let lines = lines(p, i, *lang).unwrap_or_default();
                    changes.insert(
                        lang.code().into(),
                        serde_json::to_value(lines).unwrap_or(Value::Null),
                    );
                }
            }
            json!({
                "label": r.label,
                "date": r.date.to_string(),
                "comment": r.comment,
                "since": i.checked_sub(1).map(|j| p.document.revisions[j].label.clone()),
                "changes": if i > 0 { Value::Object(changes) } else { Value::Null },
            })
        })
        .collect();
    let doc = json!({
        "published": p.label,
        "languages": p.langs.iter().map(|l| l.code()).collect::<Vec<_>>(),
        "revisions": revisions,
    });
    let mut bytes = serde_json::to_vec_pretty(&doc).unwrap_or_default();
    bytes.push(b'\n');
    SiteFile {
        path: "changes.json".into(),
        bytes,
    }
}

pub(super) fn html_page(c: &Ctx<'_>) -> String {
    let p = c.p;
    let w = words(c.lang);
    let mut b = String::new();
    if p.index.is_none() {
        let _ = writeln!(b, "<p>{}</p>", esc(w.draft));
    }
    for i in published_range(p).rev() {
        let r = &p.document.revisions[i];
        let _ = writeln!(
            b,
            "<section>\n<h2>{}</h2>",
            esc(&i18n::revision_line(c.lang, &r.label, r.date))
        );
        if let Some(comment) = &r.comment {
            let _ = writeln!(b, "<p class=\"comment\">{}</p>", esc(comment));
        }
        match lines(p, i, c.lang) {
            None => {
                let _ = writeln!(b, "<p>{}</p>", esc(w.first));
            }
            Some(lines) if lines.is_empty() => {
                let _ = writeln!(b, "<p>{}</p>", esc(w.unchanged));
            }
            Some(lines) => {
                let _ = writeln!(b, "<ul class=\"changes\">");
                for line in lines {
                    let details = esc(&line.details.join("; "));
                    match &line.subject {
                        Some(subject) => {
                            let _ = writeln!(
                                b,
                                "<li><strong>{}</strong>: {details}</li>",
                                esc(subject)
                            );
                        }
                        None => {
                            let _ = writeln!(b, "<li>{details}</li>");
                        }
                    }
                }
                let _ = writeln!(b, "</ul>");
            }
        }
        let _ = writeln!(b, "</section>");
    }
    page(c, "changes.html", &esc(w.changes), &b)
}
