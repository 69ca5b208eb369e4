//! The message files hold together: each parses, each has English's ids with the variables
//! English gives it, every id the core's code names is there, and a few messages read as
//! they should in each language.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;

use super::*;

type Vars = BTreeSet<String>;

/// Each message of `source` with the variables it uses, those used only as a selector apart.
fn messages(lang: Lang, source: &str) -> BTreeMap<String, (Vars, Vars)> {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{}.ftl does not parse: {errors:?}", lang.code()));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let (mut shown, mut selectors) = (Vars::new(), Vars::new());
                if let Some(value) = &m.value {
                    pattern_vars(value, &mut shown, &mut selectors);
                }
                let selectors = selectors.difference(&shown).cloned().collect();
                let id = m.id.name.to_owned();
                assert!(
                    out.insert(id.clone(), (shown, selectors)).is_none(),
                    "{}.ftl has {id} twice",
                    lang.code()
                );
            }
            ast::Entry::Junk { content } => panic!("{}.ftl: cannot read {content:?}", lang.code()),
            _ => {}
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, shown: &mut Vars, selectors: &mut Vars) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, shown, selectors);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, shown: &mut Vars, selectors: &mut Vars) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, selectors, &mut Vars::new());
            for v in variants {
                pattern_vars(&v.value, shown, selectors);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, shown, selectors),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, shown: &mut Vars, selectors: &mut Vars) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            shown.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => {
            expression_vars(expression, shown, selectors);
        }
        _ => {}
    }
}

#[test]
fn every_file_parses_and_has_englishs_ids_with_its_variables() {
    let (_, en) = SOURCES[2];
    let english = messages(Lang::En, en);
    for (lang, source) in SOURCES {
        let file = messages(lang, source);
        let code = lang.code();
        let ids = |m: &BTreeMap<String, (Vars, Vars)>| m.keys().cloned().collect::<Vars>();
        assert_eq!(
            ids(&file),
            ids(&english),
            "{code}.ftl: ids differ from en.ftl"
        );
        for (id, (shown, selectors)) in &english {
            let (t_shown, t_selectors) = &file[id];
            let all: Vars = shown.union(selectors).cloned().collect();
            // A translation writes every value English writes; a variable English only
            // chooses words by (a count for "is"/"are") may be unused where the language
            // has no such choice (Chinese has no plural forms).
            assert!(
                shown.is_subset(&t_shown.union(t_selectors).cloned().collect()),
                "{code}.ftl {id}: writes {t_shown:?}, English writes {shown:?}"
            );
            assert!(
                t_shown.union(t_selectors).all(|v| all.contains(v)),
                "{code}.ftl {id}: uses a variable English does not give: {t_shown:?} {t_selectors:?}"
            );
        }
    }
}

/// Every `Message::new("...")` of the core's and the CLI's code, read from their sources.
fn ids_in_code() -> Vars {
    fn walk(dir: &Path, out: &mut Vars) {
        for entry in std::fs::read_dir(dir).expect("src is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs")
                && !path.ends_with("messages/tests.rs")
            {
                let text = std::fs::read_to_string(&path).expect("a source file is text");
                for (i, _) in text.match_indices("Message::new(\"") {
                    let rest = &text[i + "Message::new(\"".len()..];
                    if let Some(end) = rest.find('"') {
                        out.insert(rest[..end].to_owned());
                    }
                }
            }
        }
    }
    let mut out = Vars::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    // Only what reads as an id (the scan also meets this file's own prose).
    out.retain(|id| {
        !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    });
    out
}

#[test]
fn every_id_the_code_names_is_in_every_file() {
    let ids = ids_in_code();
    assert!(ids.len() > 20, "the scan finds the core's ids: {ids:?}");
    for (lang, _) in SOURCES {
        for id in &ids {
            assert!(has(lang, id), "{}.ftl lacks {id}", lang.code());
        }
    }
}

fn clash() -> Message {
    Message::new("conflict-room-clash")
        .with("a", "Q1/12")
        .with("b", "Q2/12")
        .with("room", "Popov")
        .with(
            "when",
            Arg::Span {
                start: "2017-09-20T09:00".parse().expect("stamp"),
                end: "2017-09-20T12:30".parse().expect("stamp"),
            },
        )
}

fn overbooked(teams: u32) -> Message {
    let quoted = |t: &str| Arg::from(Message::new("conflict-quoted").with("title", t));
    Message::new("conflict-interpreters-overbooked")
        .with("peak", 3u32)
        .with("teams", teams)
        .with(
            "when",
            Arg::Span {
                start: "2017-09-20T09:00".parse().expect("stamp"),
                end: "2017-09-21T00:00".parse().expect("stamp"),
            },
        )
        .with("sessions", Arg::List(vec![quoted("A"), quoted("B")]))
}

#[test]
fn english_reads_as_the_messages_always_did() {
    assert_eq!(
        clash().to_string(),
        "“Q1/12” and “Q2/12” both use room Popov on Wed 20 Sep 09:00–12:30"
    );
    assert_eq!(
        overbooked(0).to_string(),
        "up to 3 interpreted sessions run at once on Wed 20 Sep 09:00–24:00, but there are no \
         interpreter teams: “A”, “B”"
    );
    assert!(
        overbooked(1)
            .to_string()
            .contains("there is only 1 interpreter team:")
    );
    assert!(
        overbooked(2)
            .to_string()
            .contains("there are only 2 interpreter teams:")
    );
}

#[test]
fn each_language_writes_its_own_words_dates_and_plural_forms() {
    let cases = [
        (
            Lang::Fr,
            "«\u{a0}Q1/12\u{a0}» et «\u{a0}Q2/12\u{a0}» occupent toutes deux la salle Popov le mer. 20 sept. 09:00–12:30",
        ),
        (
            Lang::Es,
            "«Q1/12» y «Q2/12» usan la sala Popov el mié 20 sept 09:00–12:30",
        ),
        (
            Lang::Ru,
            "«Q1/12» и «Q2/12» одновременно занимают зал Popov (ср 20 сент. 09:00–12:30)",
        ),
        (
            Lang::Zh,
            "“Q1/12”和“Q2/12”在 周三 9月20日 09:00–12:30 同时使用会议室 Popov",
        ),
        (
            Lang::Ar,
            "«Q1/12» و«Q2/12» تستخدمان القاعة Popov في الأربعاء 20 سبتمبر 09:00–12:30",
        ),
    ];
    for (lang, want) in cases {
        assert_eq!(clash().text(lang), want, "{lang:?}");
    }
    assert!(
        overbooked(2)
            .text(Lang::Ru)
            .contains("есть только 2 группы переводчиков: «A», «B»")
    );
    assert!(
        overbooked(5)
            .text(Lang::Ru)
            .contains("есть только 5 групп переводчиков")
    );
    assert!(
        overbooked(0).text(Lang::Fr).contains(
            "il n’y a aucune équipe d’interprètes\u{a0}: «\u{a0}A\u{a0}», «\u{a0}B\u{a0}»"
        )
    );
    assert!(
        overbooked(2)
            .text(Lang::Zh)
            .contains("只有 2 个口译小组：“A”、“B”")
    );
}

#[test]
fn an_import_note_and_its_place_read_in_each_language() {
    let columns = Message::new("import-unknown-columns")
        .with("columns", Arg::List(vec!["foo".into(), "bar".into()]));
    assert_eq!(columns.to_string(), "unknown column(s) ignored: foo, bar");
    assert_eq!(
        columns.text(Lang::Fr),
        "colonne(s) inconnue(s) ignorée(s)\u{a0}: foo, bar"
    );
    assert_eq!(columns.text(Lang::Zh), "已忽略未知的列：foo、bar");
    let at = crate::interop::Position::Sheet {
        sheet: "Sessions".into(),
        row: Some(4),
        column: Some(4),
    };
    assert_eq!(at.to_string(), "sheet 'Sessions', row 4, column D");
    assert_eq!(
        at.message().text(Lang::Ru),
        "лист «Sessions», строка 4, столбец D"
    );
}

#[test]
fn a_document_that_cannot_be_opened_says_why_in_english_as_before() {
    use crate::document::LoadError;
    let errors = [
        LoadError::Syntax {
            line: 3,
            column: 14,
            message: "expected `,`".into(),
        },
        LoadError::NotADocument("version 0 never existed".into()),
        LoadError::TooNew {
            found: 99,
            supported: 7,
        },
        LoadError::Shape {
            path: "sessions.q1.room".into(),
            line: 12,
            column: 1200,
            message: "invalid type".into(),
        },
    ];
    for e in errors {
        assert_eq!(e.message().to_string(), e.to_string(), "{e:?}");
        assert!(!e.message().text(Lang::Ar).is_empty());
    }
    let too_new = LoadError::TooNew {
        found: 99,
        supported: 7,
    };
    assert!(
        too_new
            .message()
            .text(Lang::Fr)
            .starts_with("ce document a la version de format 99")
    );
}

#[test]
fn a_message_a_file_lacks_is_written_in_english_then_as_its_id() {
    assert_eq!(
        Message::new("no-such-message").text(Lang::Fr),
        "no-such-message"
    );
}

#[test]
fn locale_names_give_the_language_they_name() {
    assert_eq!(lang_of_locale("fr_FR.UTF-8"), Some(Lang::Fr));
    assert_eq!(lang_of_locale("zh_CN"), Some(Lang::Zh));
    assert_eq!(lang_of_locale("es-419"), Some(Lang::Es));
    assert_eq!(lang_of_locale("AR"), Some(Lang::Ar));
    assert_eq!(lang_of_locale("C.UTF-8"), None);
    assert_eq!(lang_of_locale("de_DE"), None);
}

#[test]
fn the_wire_form_is_an_id_with_typed_arguments() {
    let json = serde_json::to_value(
        Message::new("conflict-quoted")
            .with("title", "A")
            .with("n", 2u32),
    )
    .expect("serializes");
    assert_eq!(
        json,
        serde_json::json!({"id": "conflict-quoted", "args": {
            "title": {"type": "text", "value": "A"},
            "n": {"type": "number", "value": 2}
        }})
    );
    assert_eq!(
        serde_json::to_value(Message::new("x")).expect("serializes"),
        serde_json::json!({"id": "x"})
    );
}

#[test]
fn series_and_setup_refusals_say_by_id_what_they_said_in_english() {
    use crate::bodies::SeriesError;
    use crate::template::SetupError;
    let date = |d: &str| d.parse::<NaiveDate>().expect("a date");
    let series = [
        SeriesError::Empty,
        SeriesError::Unreadable { text: "Q1-".into() },
        SeriesError::NoParentNamed {
            text: "Q1/2 under".into(),
        },
        SeriesError::Backwards { first: 4, last: 1 },
        SeriesError::GroupsDiffer {
            a: "2".into(),
            b: "3".into(),
        },
        SeriesError::KindsDiffer {
            text: "Q1/2-WP3/2".into(),
        },
        SeriesError::TooLong { count: 80 },
    ];
    for e in series {
        assert_eq!(e.message().to_string(), e.to_string());
        assert_ne!(e.message().text(Lang::Fr), e.to_string(), "{e}");
    }
    let setup = [
        SetupError::NoLanguage,
        SetupError::NoTitle,
        SetupError::UnknownPlace("Atlantis".into()),
        SetupError::LastBeforeFirst {
            first: date("2030-01-08"),
            last: date("2030-01-07"),
        },
        SetupError::TooLong {
            first: date("2030-01-01"),
            last: date("2030-12-31"),
            days: 365,
            max: 60,
        },
        SetupError::SessionsOutside {
            count: 2,
            date: date("2030-01-09"),
            first: date("2030-01-07"),
            last: date("2030-01-08"),
        },
    ];
    for e in setup {
        assert_eq!(e.message().to_string(), e.to_string());
        assert_ne!(e.message().text(Lang::Ru), e.to_string(), "{e}");
    }
}

/// Each message's source text in `source`, by id (its continuation lines joined).
fn source_texts(source: &str) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        if let Some((id, text)) = line.split_once(" = ")
            && !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            out.insert(id.to_owned(), text.to_owned());
            current = Some(id.to_owned());
        } else if line.starts_with(' ')
            && let Some(id) = &current
        {
            out.entry(id.clone()).or_default().push_str(line);
        } else {
            current = None;
        }
    }
    out
}

/// Whether English writes words of its own in `text` (not only arguments and punctuation):
/// the placeables removed, a letter is left.
fn has_words(text: &str) -> bool {
    let mut depth = 0;
    text.chars().any(|c| {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        depth == 0 && c.is_alphabetic()
    })
}

#[test]
fn every_message_with_words_is_written_in_each_languages_own_words() {
    // Names that are the same in every language: a JSON keyword, the names of encodings
    // and of a file format; and the symbols of hours and minutes, which French and Spanish
    // write as English does.
    const SAME_EVERYWHERE: [&str; 7] = [
        "json-null",
        "json-found-null",
        "import-utf16-big-endian",
        "import-utf16-little-endian",
        "export-pdf-warning",
        "undo-hours",
        "undo-minutes",
    ];
    let english = source_texts(SOURCES[2].1);
    assert!(
        english.len() > 300,
        "the scan reads the file: {}",
        english.len()
    );
    for (lang, source) in SOURCES {
        if lang == Lang::En {
            continue;
        }
        let file = source_texts(source);
        for (id, text) in &english {
            if !has_words(text) || SAME_EVERYWHERE.contains(&id.as_str()) {
                continue;
            }
            assert_ne!(
                file.get(id),
                Some(text),
                "{}.ftl {id} is English's, not translated",
                lang.code()
            );
        }
    }
}

#[test]
fn a_document_the_json_reader_cannot_read_says_why_in_the_readers_language() {
    let truncated =
        crate::document::load("{\"format\": \"plenary\", \"version\": 7, \"meeting\": {")
            .expect_err("truncated");
    let said = truncated.message();
    assert_eq!(said.to_string(), truncated.to_string());
    assert!(
        said.text(Lang::Fr)
            .starts_with("ligne 1, colonne 48\u{a0}: JSON non valide\u{a0}: le texte s’arrête"),
        "{}",
        said.text(Lang::Fr)
    );
    let unknown =
        crate::document::load("{\"format\": \"plenary\", \"version\": 7, \"meetin\": {}}")
            .expect_err("an unknown field");
    assert_eq!(unknown.message().to_string(), unknown.to_string());
    let ru = unknown.message().text(Lang::Ru);
    assert!(ru.contains("неизвестное поле `meetin`"), "{ru}");
    let not_plenary =
        crate::document::load("{\"format\": \"other\", \"version\": 1}").expect_err("not ours");
    assert_eq!(not_plenary.message().to_string(), not_plenary.to_string());
    assert_eq!(
        not_plenary.message().text(Lang::Es),
        "no es un documento de Plenary: su «format» es \"other\", no «plenary»"
    );
}

#[test]
fn a_documents_broken_invariants_say_what_and_where_in_the_readers_language() {
    let mut t = crate::template::blank();
    t.meeting.time_zone = "Mars/Olympus".into();
    t.meeting.default_session_minutes = Some(0);
    let problems = t.validate();
    assert_eq!(problems.len(), 2, "{problems:?}");
    let invalid = crate::document::LoadError::Invalid(problems);
    assert_eq!(invalid.message().to_string(), invalid.to_string());
    let fr = invalid.message().text(Lang::Fr);
    assert!(
        fr.contains(
            "meeting.timeZone\u{a0}: «\u{a0}Mars/Olympus\u{a0}» n’est pas un fuseau horaire IANA \
             (par ex. Europe/Zurich)\u{a0}; meeting.defaultSessionMinutes\u{a0}: la durée d’une \
             nouvelle séance ne peut pas être de 0 minute"
        ),
        "{fr}"
    );
    let zh = invalid.message().text(Lang::Zh);
    assert!(zh.contains("“Mars/Olympus”不是 IANA 时区"), "{zh}");
}

#[test]
fn a_title_is_written_in_the_language_of_the_text_else_as_it_was_named() {
    let titles: crate::model::Text = [
        (Lang::En, "Opening".to_owned()),
        (Lang::Fr, "Ouverture".to_owned()),
        (Lang::Ru, "  ".to_owned()),
    ]
    .into_iter()
    .collect();
    let quoted = Message::new("conflict-quoted").with("title", Arg::title(&titles, "Opening"));
    assert_eq!(quoted.to_string(), "“Opening”");
    assert_eq!(quoted.text(Lang::Fr), "«\u{a0}Ouverture\u{a0}»");
    assert_eq!(quoted.text(Lang::Ru), "«Opening»", "a blank title is none");
    assert_eq!(quoted.text(Lang::Zh), "“Opening”", "none in Chinese");
}

#[test]
fn a_file_that_cannot_be_imported_says_why_in_the_readers_language() {
    use crate::interop::{Format, ImportOptions, import};
    let options = ImportOptions::default();
    let xcal = import(
        Format::Xcal,
        b"<?xml version=\"1.0\"?>\n<calendar/>",
        &options,
    )
    .expect_err("not xCal");
    assert_eq!(xcal.message().to_string(), xcal.to_string());
    assert_eq!(
        xcal.message().text(Lang::Fr),
        "ligne 2, colonne 1\u{a0}: ce n’est pas du xCal\u{a0}: l’élément racine est <calendar>, au \
         lieu de <icalendar>"
    );
    let empty = import(
        Format::Xcal,
        b"<icalendar xmlns=\"urn:ietf:params:xml:ns:icalendar-2.0\"/>",
        &options,
    )
    .expect_err("no vcalendar");
    assert_eq!(empty.message().to_string(), empty.to_string());
    assert!(
        empty
            .message()
            .text(Lang::Ar)
            .contains("لا يحتوي <icalendar> على أي <vcalendar>")
    );
    let ical = import(Format::Ics, b"", &options).expect_err("empty");
    assert_eq!(
        ical.message().text(Lang::Ru),
        "строка 1: это не iCalendar: файл пуст"
    );
    let zone = crate::interop::ImportError::UnknownTimeZone("Mars/Olympus".into());
    assert_eq!(zone.message().to_string(), zone.to_string());
    assert_ne!(zone.message().text(Lang::Zh), zone.to_string());
}

#[test]
fn refusals_of_names_asked_for_say_them_in_the_readers_language() {
    let lang = "xx".parse::<Lang>().expect_err("no such language");
    assert_eq!(lang.message().to_string(), lang.to_string());
    assert_eq!(
        lang.message().text(Lang::Fr),
        "il n’y a pas de langue «\u{a0}xx\u{a0}»\u{a0}; valeurs possibles\u{a0}: ar, zh, en, fr, ru ou es"
    );
    let layout = "grid"
        .parse::<crate::annex::Layout>()
        .expect_err("no such layout");
    assert_eq!(layout.message().to_string(), layout.to_string());
    assert!(
        layout
            .message()
            .text(Lang::Es)
            .starts_with("presentación de anexo desconocida")
    );
    let places = crate::places::PlacesError::BadRange {
        from: 600,
        to: 500,
        step: 15,
    };
    assert_eq!(places.message().to_string(), places.to_string());
    assert!(
        places
            .message()
            .text(Lang::Ru)
            .contains("с 600 по 500 мин после полуночи")
    );
    let unknown = crate::places::PlacesError::UnknownSession("q9".into());
    assert_eq!(unknown.message().to_string(), unknown.to_string());
    let export = crate::export::RenderError::NoPdf;
    assert_eq!(export.message().to_string(), export.to_string());
    assert!(export.message().text(Lang::Zh).contains("`pdf`"));
}
