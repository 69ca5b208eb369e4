//! The annex: the SG12 example against the seed letter's Annex C, snapshots of every layout
//! and language, and the renderers' invariants.

use plenary::annex::{self, Annex, Layout, Options, docx, html, text};
use plenary::document;
use plenary::model::{Lang, Timetable};

use crate::sg12;

fn build(layout: Layout, lang: Lang) -> Annex {
    annex::build(&sg12(), &Options::new(layout, lang))
}

/// The texts of a cell's lines, markers left out ("A, then B" joined with the language's
/// "then").
fn cell_lines(annex: &Annex, row: usize, cell: usize) -> Vec<String> {
    annex.rows[row].cells[cell]
        .lines
        .iter()
        .map(|l| annex.line_text(l, |_| String::new()))
        .collect()
}

/// Items of each line, without prefix or marker.
fn cell_items(annex: &Annex, row: usize, cell: usize) -> Vec<Vec<String>> {
    annex.rows[row].cells[cell]
        .lines
        .iter()
        .map(|l| l.items.iter().map(|i| i.text.clone()).collect())
        .collect()
}

#[test]
fn sg12_in_chinese_by_days_reproduces_the_seed_annex_c() {
    let a = build(Layout::Days, Lang::Zh);
    assert_eq!(a.title, "时间表草案");
    let head: Vec<String> = a.head[0].iter().map(|c| c.lines.join("")).collect();
    assert_eq!(
        head,
        ["", "上午", "下午"],
        "one column per slot, as the seed"
    );

    let headers: Vec<Vec<String>> = a.rows.iter().map(|r| r.header.clone()).collect();
    let expected: Vec<Vec<&str>> = vec![
        vec!["星期二", "9月19日"],
        vec!["星期三", "9月20日"],
        vec!["星期四", "9月21日"],
        vec!["星期五", "9月22日"],
        vec!["周末"],
        vec!["星期一", "9月25日"],
        vec!["星期二", "9月26日"],
        vec!["星期三", "9月27日"],
        vec!["星期四", "9月28日"],
    ];
    assert_eq!(
        headers, expected,
        "the seed's rows: 19-22 Sept, 周末, 25-28 Sept"
    );

    let q = "所有工作组课题的特别会议（并行召开）";
    // 19 Sept.
    assert_eq!(cell_lines(&a, 0, 0), ["第12研究组全体开幕会议"]);
    assert_eq!(
        cell_lines(&a, 0, 1),
        ["第12研究组第1、第2和第3工作组会议依次开始"]
    );
    // 20 Sept: two lines in each slot, the Questions first.
    assert_eq!(cell_lines(&a, 1, 0), [q, "待定：BSG实践培训"]);
    assert_eq!(cell_lines(&a, 1, 1), [q, "待定：BSG实践培训"]);
    // 21 and 22 Sept.
    assert_eq!(cell_lines(&a, 2, 0), [q]);
    assert_eq!(cell_lines(&a, 2, 1), [q]);
    assert_eq!(cell_lines(&a, 3, 0), [q]);
    assert_eq!(cell_lines(&a, 3, 1), ["第1和2/12号课题特别会议"]);
    // The weekend: one empty row.
    assert_eq!(a.rows[4].cells.len(), 1);
    assert_eq!(a.rows[4].cells[0].span, 2);
    assert!(a.rows[4].cells[0].is_empty());
    // 25 and 26 Sept.
    for row in [5, 6] {
        assert_eq!(cell_lines(&a, row, 0), [q]);
        assert_eq!(cell_lines(&a, row, 1), [q]);
    }
    // 27 Sept: one cell across both columns.
    assert_eq!(a.rows[7].cells.len(), 1, "27 Sept is one merged cell");
    assert_eq!(a.rows[7].cells[0].span, 2);
    assert_eq!(
        cell_lines(&a, 7, 0),
        ["第12研究组第3、第2和第1工作组会议依次结束"]
    );
    // 28 Sept: management team then closing plenary; closing plenary then webinar.
    assert_eq!(
        cell_items(&a, 8, 0),
        [vec!["管理班子会议", "第12研究组全体闭幕会议"]]
    );
    assert_eq!(
        cell_items(&a, 8, 1),
        [vec!["第12研究组全体闭幕会议", "会议成果网络研讨会"]]
    );

    // The notes carry the seed's times, in the seed's order (the example's `annexNotes`).
    let notes: Vec<&str> = a.notes.iter().map(|n| n.text.as_str()).collect();
    let seed_times: [&[&str]; 7] = [
        &["9月18日14:00-17:00", "9月28日9:00-10:30"],
        &["待定：", "9月20日9:30-12:30和14:00-17:30"],
        &["9月19日10:30-11:00", "Montbrillant大楼接待处", "11:00开始"],
        &["9月20日13:00-14:00"],
        &["全体闭幕会议", "10:30-12:00和13:30-15:30"],
        &["所有其他会议时间均为9:00-12:30和14:00-17:30，其中有30分钟茶歇。"],
        &["网络研讨会", "9月28日15:45-16:30"],
    ];
    assert_eq!(notes.len(), 7, "seven notes, as the seed: {notes:#?}");
    for (i, wanted) in seed_times.iter().enumerate() {
        assert!(
            wanted.iter().all(|w| notes[i].contains(w)),
            "note {} is the seed's ({wanted:?}): {notes:#?}",
            i + 1
        );
    }
    // Markers agree with the notes.
    let bsg = &a.rows[1].cells[0].lines[1].items[0];
    assert!(bsg.tentative);
    let n = bsg.marker.expect("the BSG training has a note");
    assert!(a.notes[n as usize - 1].text.contains("BSG"));
    assert!(a.warnings.iter().all(|w| !w.message.contains("no zh")));
}

#[test]
fn sg12_in_english_reads_like_domain_md() {
    let a = build(Layout::Days, Lang::En);
    assert_eq!(a.rows[0].header, ["Tuesday", "19 September"]);
    assert_eq!(
        cell_lines(&a, 8, 0),
        ["Management team meeting, then SG12 closing plenary"]
    );
    assert_eq!(
        cell_lines(&a, 8, 1),
        ["SG12 closing plenary, then Meeting results webinar"]
    );
    // The seed's order: the standard hours sixth, the webinar last.
    assert_eq!(
        a.notes[5].text,
        "All other sessions: 09:00-12:30 and 14:00-17:30, with 30-minute coffee breaks."
    );
    assert!(a.notes[6].text.starts_with("Meeting results webinar"));
    assert_eq!(
        a.notes[0].text,
        "SG12 management team meeting: 18 September 14:00-17:00 and 28 September 09:00-10:30."
    );
}

#[test]
fn missing_translation_falls_back_to_english_with_a_mark_and_a_warning() {
    let a = build(Layout::Days, Lang::Fr);
    let item = &a.rows[0].cells[0].lines[0].items[0];
    assert_eq!(item.fallback, Some(Lang::En));
    assert!(annex::text::to_text(&a).contains("[en] SG12 opening plenary"));
    assert!(
        a.warnings.iter().any(|w| w.message.contains("no fr")),
        "the export report says which texts fell back"
    );
    assert_eq!(a.rows[0].header, ["Mardi", "19 septembre"]);
}

#[test]
fn cell_only_session_at_odd_times_is_reported_not_noted() {
    let a = build(Layout::Days, Lang::En);
    assert!(
        a.warnings
            .iter()
            .any(|w| w.sessions.iter().any(|s| s.as_str() == "opening")),
        "the opening plenary at 11:00 is cell-only: a hint, as the seed gives no note"
    );
}

#[test]
fn a_warning_names_the_slot_in_the_language_it_is_written_in() {
    // The English annex warns of the opening plenary's times; the app may show that warning
    // in a Chinese UI, which should not read "Morning" inside a Chinese sentence.
    let a = build(Layout::Days, Lang::En);
    let w = a
        .warnings
        .iter()
        .find(|w| {
            w.words.id == "annex-times-differ" && w.sessions.iter().any(|s| s.as_str() == "opening")
        })
        .expect("the opening plenary's times are warned of");
    assert!(w.message.contains("Morning"), "{}", w.message);
    let chinese = w.words.text(Lang::Zh);
    assert!(
        chinese.contains("上午") && !chinese.contains("Morning"),
        "{chinese}"
    );
    let french = w.words.text(Lang::Fr);
    assert!(
        french.contains("Matin") && !french.contains("Morning"),
        "no French name in the document: French's own word, as a French annex writes it: {french}"
    );
}

#[test]
fn arabic_is_right_to_left_in_every_format() {
    let a = build(Layout::Days, Lang::Ar);
    assert_eq!(a.direction, annex::Direction::Rtl);
    let page = html::to_html(&a);
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(text::to_markdown(&a).starts_with("<div dir=\"rtl\">"));
    assert!(
        text::to_text(&a)
            .lines()
            .all(|l| l.is_empty() || l.starts_with('\u{200f}'))
    );
    let bytes = docx::to_docx(&a, docx::Orientation::Portrait).expect("docx");
    assert!(bytes.starts_with(b"PK"), "a ZIP package");
    let xml = docx::document_xml(&a, docx::Orientation::Portrait);
    assert!(xml.contains("<w:bidiVisual />"), "the table is mirrored");
    assert!(xml.contains("<w:bidi"), "paragraphs are right to left");
}

#[test]
fn html_escapes_every_text_and_has_no_script() {
    let mut tt = sg12();
    let s = tt.sessions.values_mut().next().expect("a session");
    s.title
        .insert(Lang::En, "<script>alert('x')</script> & co\u{1}".into());
    let page = html::to_html(&annex::build(&tt, &Options::new(Layout::Days, Lang::En)));
    assert!(!page.contains("<script"), "no script, even from the data");
    assert!(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"));
    assert!(page.contains("<th scope=\"row\">"));
    assert!(page.contains("<th scope=\"col\">Morning</th>"));
    assert!(page.contains("<caption>"));
    let a = annex::build(&tt, &Options::new(Layout::Days, Lang::En));
    let xml = docx::document_xml(&a, docx::Orientation::Portrait);
    assert!(xml.contains("&lt;script&gt;"), "escaped in Word too");
    assert!(!xml.contains('\u{1}'), "no control character XML forbids");
}

#[test]
fn html_slot_headers_never_wrap_inside_a_word() {
    // "A.-m." (après-midi) in a narrow column of the bodies layout would otherwise break
    // after its hyphen into "A.-" over "m.".
    let page = html::to_html(&build(Layout::Bodies, Lang::Fr));
    assert!(page.contains("<th scope=\"col\">A.-m.</th>"), "{page}");
    assert!(
        page.contains("thead th[scope=col]:not(.narrow) { white-space: nowrap; }"),
        "a one-column header keeps its text on one line"
    );
    assert!(
        page.contains(
            "<th scope=\"col\" class=\"narrow\"><span class=\"vertical\">Week-end</span></th>"
        ),
        "the weekend's narrow column turns its text inside the cell, which every engine does"
    );
}

#[test]
fn docx_repeats_the_header_row_and_merges_cells() {
    let a = build(Layout::Days, Lang::Zh);
    let bytes = docx::to_docx(&a, docx::Orientation::Portrait).expect("docx");
    assert!(bytes.starts_with(b"PK"), "a ZIP package");
    let xml = docx::document_xml(&a, docx::Orientation::Portrait);
    assert!(
        xml.contains("<w:tblHeader />"),
        "header row repeated on each page"
    );
    assert!(xml.contains("<w:gridSpan w:val=\"2\" />"), "27 Sept merged");
    assert!(xml.contains("第12研究组第3、第2和第1工作组会议依次结束"));
    assert!(xml.contains("SimSun"), "a font that covers Chinese");
    assert!(xml.contains("w:w=\"11906\""), "A4");
}

#[test]
fn docx_orientation_follows_the_table_width_with_fixed_columns_and_unbreakable_ranges() {
    let days = docx::document_xml(&build(Layout::Days, Lang::En), docx::Orientation::Auto);
    assert!(
        days.contains("w:orient=\"portrait\""),
        "two slot columns fit portrait"
    );
    assert!(
        days.contains("<w:tblLayout w:type=\"fixed\" />"),
        "Word keeps the widths"
    );
    assert!(
        days.contains("09:00</w:t><w:noBreakHyphen />"),
        "a time range never breaks at its hyphen"
    );
    let wide = plenary::generate::study_group(8, 30, 2);
    let bodies = annex::build(&wide, &Options::new(Layout::Bodies, Lang::Fr));
    let xml = docx::document_xml(&bodies, docx::Orientation::Auto);
    assert!(
        xml.contains("w:orient=\"landscape\""),
        "8 days of AM and PM"
    );
    let asked = docx::document_xml(&bodies, docx::Orientation::Portrait);
    assert!(
        asked.contains("w:orient=\"portrait\""),
        "the user's choice is kept"
    );
    let ar = docx::document_xml(&build(Layout::Days, Lang::Ar), docx::Orientation::Auto);
    assert!(
        !ar.contains("noBreakHyphen") && ar.contains("09:00-\u{2060}12:30"),
        "right to left, a hyphen and a word joiner keep the times in order"
    );
}

#[test]
fn every_layout_and_language_builds_and_renders() {
    let tt = sg12();
    for layout in Layout::ALL {
        for lang in Lang::ALL {
            let a = annex::build(&tt, &Options::new(layout, lang));
            let width = a.columns.len();
            for (i, row) in a.rows.iter().enumerate() {
                let spans: usize = row.cells.iter().map(|c| c.span).sum();
                assert_eq!(
                    spans, width,
                    "{layout} {lang:?} row {i} covers every column"
                );
            }
            for head in &a.head {
                let spans: usize = head.iter().skip(1).map(|c| c.span).sum();
                assert_eq!(spans, width, "{layout} {lang:?} header covers every column");
            }
            for (i, n) in a.notes.iter().enumerate() {
                assert_eq!(n.number as usize, i + 1, "notes numbered in order");
            }
            assert!(!text::to_text(&a).is_empty());
            assert!(!text::to_markdown(&a).is_empty());
            assert!(html::to_html(&a).ends_with("</html>\n"));
            docx::to_docx(&a, docx::Orientation::Landscape).expect("docx");
        }
    }
}

#[test]
fn empty_timetable_gives_an_empty_annex_without_panicking() {
    let mut tt = sg12();
    tt.sessions.clear();
    tt.slots.clear();
    tt.days.clear();
    for layout in Layout::ALL {
        for lang in Lang::ALL {
            let a = annex::build(&tt, &Options::new(layout, lang));
            assert!(a.rows.is_empty() || a.columns.is_empty());
            let _ = text::to_text(&a);
            let _ = html::to_html(&a);
            docx::to_docx(&a, docx::Orientation::Portrait).expect("docx");
        }
    }
}

#[test]
fn snapshots_of_every_layout_and_language() {
    let tt = sg12();
    for layout in Layout::ALL {
        for lang in Lang::ALL {
            let a = annex::build(&tt, &Options::new(layout, lang));
            insta::assert_snapshot!(
                format!("annex_{}_{}_txt", layout, lang.code()),
                text::to_text(&a)
            );
            insta::assert_snapshot!(
                format!("annex_{}_{}_md", layout, lang.code()),
                text::to_markdown(&a)
            );
        }
    }
}

#[test]
fn cli_exports_the_annex_and_reports_fallbacks() {
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/itu-t-sg12-2017.plenary.json"
    );
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
            .args(args)
            // English, whatever the locale of the machine running the tests.
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .output()
            .expect("the CLI runs")
    };
    let out = run(&[
        "export",
        example,
        "--format",
        "annex-txt",
        "--lang",
        "zh",
        "--heading",
        "附件C",
        "-o",
        "-",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(text.starts_with("附件C\n时间表草案\n"));
    assert_eq!(text, {
        let mut o = Options::new(Layout::Days, Lang::Zh);
        o.heading = Some("附件C".into());
        text::to_text(&annex::build(&sg12(), &o))
    });

    let out = run(&[
        "export", example, "--format", "annex-md", "--lang", "fr", "-o", "-",
    ]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("warning: session \"SG12 opening plenary\": no fr"),
        "a session is named by its title, never its id: {stderr}"
    );
    assert!(!stderr.contains("session opening"), "{stderr}");

    let out = run(&[
        "export",
        example,
        "--format",
        "annex-html",
        "--layout",
        "rows",
        "-o",
        "-",
    ]);
    assert_eq!(
        out.status.code(),
        Some(64),
        "an unknown layout is a usage error"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("invalid value 'rows' for '--layout <LAYOUT>'")
            && err.contains("[possible values: days, bodies, plan, agenda]"),
        "{err}"
    );
}

#[cfg(feature = "pdf")]
#[test]
fn pdf_is_typeset_with_a_repeated_header_and_merged_cells() {
    use plenary::annex::{Orientation, pdf};
    let a = build(Layout::Days, Lang::Zh);
    let markup = pdf::to_typst(&a, Orientation::Portrait);
    assert!(
        markup.contains("table.header("),
        "header row repeated on each page"
    );
    assert!(markup.contains("table.cell(colspan: 2)"), "27 Sept merged");
    assert!(markup.contains("dir: ltr"));
    let ar = pdf::to_typst(&build(Layout::Days, Lang::Ar), Orientation::Landscape);
    assert!(ar.contains("dir: rtl") && ar.contains("flipped: true"));

    // Typesetting needs fonts; the Noto fonts come with scripts/install-deps.sh.
    let fonts = crate::fonts::system();
    let (bytes, _warnings) = pdf::to_pdf(&a, Orientation::Portrait, &fonts).expect("typeset");
    assert!(bytes.starts_with(b"%PDF"), "a PDF");
}

fn place(tt: &mut Timetable, id: &str, start: &str, end: &str) {
    let s = tt
        .sessions
        .get_mut(&plenary::model::SessionId::from(id))
        .expect("the session exists");
    s.placement = Some(plenary::model::Placement {
        start: start.parse().expect("stamp"),
        end: end.parse().expect("stamp"),
    });
}

#[test]
fn session_alone_across_both_slots_fills_one_cell() {
    let mut tt = sg12();
    tt.sessions.retain(|_, s| {
        s.placement
            .is_none_or(|p| p.start.date().to_string() != "2017-09-22")
            || s.id.as_str() == "q1q2-22pm"
    });
    place(&mut tt, "q1q2-22pm", "2017-09-22T09:00", "2017-09-22T17:30");
    let a = annex::build(&tt, &Options::new(Layout::Days, Lang::En));
    let row = &a.rows[3];
    assert_eq!(row.header, ["Friday", "22 September"]);
    assert_eq!(row.cells.len(), 1, "one merged cell");
    assert_eq!(row.cells[0].span, 2);
    assert_eq!(cell_lines(&a, 3, 0), ["Meeting of Questions 1/12 and 2/12"]);
}

#[test]
fn weekend_day_with_a_session_gets_its_own_row() {
    let mut tt = sg12();
    place(&mut tt, "q1q2-22pm", "2017-09-23T14:00", "2017-09-23T17:30");
    let a = annex::build(&tt, &Options::new(Layout::Days, Lang::En));
    let headers: Vec<String> = a.rows.iter().map(|r| r.header.join(" ")).collect();
    assert_eq!(
        headers[4..6],
        [
            "Saturday 23 September".to_string(),
            "Sunday 24 September".to_string()
        ],
        "Saturday has a row of its own; Sunday alone is named by its weekday, not Weekend"
    );
    assert_eq!(cell_lines(&a, 4, 1), ["Meeting of Questions 1/12 and 2/12"]);
}

#[test]
fn cell_session_outside_the_meeting_days_is_noted_with_a_warning() {
    let mut tt = sg12();
    place(&mut tt, "q1q2-22pm", "2017-09-29T09:00", "2017-09-29T10:00");
    let a = annex::build(&tt, &Options::new(Layout::Days, Lang::En));
    assert!(
        a.notes
            .iter()
            .any(|n| n.text == "Meeting of Questions 1/12 and 2/12: 29 September 09:00-10:00.")
    );
    assert!(
        a.warnings
            .iter()
            .any(|w| w.message.contains("outside the meeting's days"))
    );
}

#[test]
fn plan_shows_day_times_that_differ_and_items_outside_the_slot_with_their_time() {
    let mut tt = sg12();
    place(&mut tt, "webinar", "2017-09-28T17:45", "2017-09-28T18:00");
    let a = annex::build(&tt, &Options::new(Layout::Plan, Lang::En));
    assert_eq!(a.rows[1].header, ["Afternoon", "14:00-17:30"]);
    let thursday = a.rows[1].cells.last().expect("28 Sept");
    assert_eq!(
        thursday.time.as_deref(),
        Some("13:30-18:00"),
        "that afternoon's real times"
    );
    let items: Vec<String> = thursday
        .lines
        .iter()
        .map(|l| a.line_text(l, |_| String::new()))
        .collect();
    assert_eq!(
        items,
        ["SG12 closing plenary, then 17:45 Meeting results webinar"],
        "a point-in-time item after the slot carries its time"
    );
    assert_eq!(
        a.rows[0].cells[0].time.as_deref(),
        Some("11:00-12:30"),
        "19 Sept starts late"
    );
}

// ---------------------------------------------------------------- the user's notes

/// The example with its notes in their derived order (without the seed's order the
/// document sets), for the tests of how the user's order and wording work.
fn sg12_derived() -> Timetable {
    let mut tt = sg12();
    tt.annex_notes.clear();
    tt
}

fn notes_of(tt: &Timetable, lang: Lang) -> Vec<(String, String)> {
    annex::note_views(tt, &Options::new(Layout::Days, lang))
        .into_iter()
        .map(|n| (n.key, n.text))
        .collect()
}

fn run(e: &mut plenary::Editor, command: plenary::Command) {
    e.apply(&command, plenary::DryRun::No)
        .unwrap_or_else(|err| panic!("{command:?} applies: {err}"));
}

#[test]
fn note_keys_are_stable_when_sessions_move() {
    let mut tt = sg12_derived();
    let before = notes_of(&tt, Lang::En);
    assert_eq!(before.last().map(|n| n.0.as_str()), Some("hours"));
    assert!(before.iter().any(|n| n.0 == "session:mt-1"), "{before:?}");
    // Move the first management-team meeting to the last day: the note's key stays.
    place(&mut tt, "mt-1", "2017-09-28T08:00", "2017-09-28T08:45");
    let after = notes_of(&tt, Lang::En);
    let mut keys_before: Vec<&String> = before.iter().map(|n| &n.0).collect();
    let mut keys_after: Vec<&String> = after.iter().map(|n| &n.0).collect();
    keys_before.sort();
    keys_after.sort();
    assert_eq!(keys_before, keys_after);
}

#[test]
fn moving_a_note_renumbers_notes_and_markers_and_undo_restores() {
    let tt = sg12_derived();
    let derived = annex::build(&tt, &Options::new(Layout::Days, Lang::En));
    let mut e = plenary::Editor::new(tt);
    run(
        &mut e,
        plenary::Command::MoveAnnexNote {
            key: "hours".into(),
            to_index: 0,
            layout: None,
        },
    );
    let a = annex::build(e.timetable(), &Options::new(Layout::Days, Lang::En));
    assert_eq!(a.notes[0].key, "hours");
    assert_eq!(a.notes[0].number, 1);
    assert!(a.notes[0].ordered);
    // Every other note moved down one, and every marker with it.
    for (old, new) in derived.notes.iter().zip(a.notes.iter().skip(1)) {
        assert_eq!(old.key, new.key);
        assert_eq!(new.number, old.number + 1);
    }
    let markers = |a: &Annex| -> Vec<Option<u32>> {
        a.rows
            .iter()
            .flat_map(|r| &r.cells)
            .flat_map(|c| &c.lines)
            .flat_map(|l| &l.items)
            .map(|i| i.marker)
            .collect()
    };
    let shifted: Vec<Option<u32>> = markers(&derived).iter().map(|m| m.map(|n| n + 1)).collect();
    assert_eq!(markers(&a), shifted, "markers carry the final numbers");
    assert!(markers(&a).contains(&Some(2)));
    assert_eq!(e.history().undo_label.as_deref(), Some("Move note"));

    e.undo();
    let back = annex::build(e.timetable(), &Options::new(Layout::Days, Lang::En));
    assert_eq!(back, derived, "undo restores the derived order");
    assert!(e.timetable().annex_notes.is_empty());
}

#[test]
fn overriding_a_note_text_fills_in_times_per_language_and_clears() {
    let mut e = plenary::Editor::new(sg12_derived());
    run(
        &mut e,
        plenary::Command::SetAnnexNoteText {
            key: "session:mt-1".into(),
            lang: Lang::En,
            text: Some("Management team (closed): {times}.".into()),
        },
    );
    let views = annex::note_views(e.timetable(), &Options::new(Layout::Days, Lang::En));
    let mt = views
        .iter()
        .find(|n| n.key == "session:mt-1")
        .expect("the note");
    assert!(mt.overridden);
    assert!(!mt.ordered, "a text override does not fix the order");
    assert_eq!(
        mt.text,
        "Management team (closed): 18 September 14:00-17:00 and 28 September 09:00-10:30."
    );
    assert!(
        mt.derived.starts_with("SG12 management team meeting: "),
        "{}",
        mt.derived
    );
    // Another language keeps its derived text.
    let zh = annex::note_views(e.timetable(), &Options::new(Layout::Days, Lang::Zh));
    let mt_zh = zh.iter().find(|n| n.key == "session:mt-1").expect("note");
    assert!(!mt_zh.overridden);
    assert_eq!(mt_zh.text, mt_zh.derived);
    // The export shows it; the order is unchanged.
    let txt = text::to_text(&annex::build(
        e.timetable(),
        &Options::new(Layout::Days, Lang::En),
    ));
    assert!(
        txt.contains("Management team (closed): 18 September"),
        "{txt}"
    );
    assert_eq!(
        notes_of(e.timetable(), Lang::En)
            .iter()
            .map(|n| n.0.clone())
            .collect::<Vec<_>>(),
        notes_of(&sg12_derived(), Lang::En)
            .iter()
            .map(|n| n.0.clone())
            .collect::<Vec<_>>()
    );
    // The standard-hours note's {times} are the slots' times.
    run(
        &mut e,
        plenary::Command::SetAnnexNoteText {
            key: "hours".into(),
            lang: Lang::En,
            text: Some("Sessions run {times} unless noted.".into()),
        },
    );
    let last = notes_of(e.timetable(), Lang::En).pop().expect("notes");
    assert_eq!(
        last.1,
        "Sessions run 09:00-12:30 and 14:00-17:30 unless noted."
    );
    // None clears; the entry goes away when nothing is left in it.
    for key in ["hours", "session:mt-1"] {
        run(
            &mut e,
            plenary::Command::SetAnnexNoteText {
                key: key.into(),
                lang: Lang::En,
                text: None,
            },
        );
    }
    assert!(e.timetable().annex_notes.is_empty());
    assert_eq!(e.history().undo_label.as_deref(), Some("Edit note text"));
}

#[test]
fn unknown_note_key_is_refused_by_the_commands() {
    let mut e = plenary::Editor::new(sg12());
    for command in [
        plenary::Command::MoveAnnexNote {
            key: "session:nope".into(),
            to_index: 0,
            layout: None,
        },
        plenary::Command::SetAnnexNoteText {
            key: "session:nope".into(),
            lang: Lang::En,
            text: Some("x".into()),
        },
    ] {
        let err = e
            .apply(&command, plenary::DryRun::No)
            .expect_err("no such note");
        assert!(err.to_string().contains("session:nope"), "{err}");
    }
}

#[test]
fn note_overrides_survive_save_and_load_and_stale_keys_only_warn() {
    let mut e = plenary::Editor::new(sg12());
    run(
        &mut e,
        plenary::Command::MoveAnnexNote {
            key: "hours".into(),
            to_index: 1,
            layout: None,
        },
    );
    run(
        &mut e,
        plenary::Command::SetAnnexNoteText {
            key: "session:welcome".into(),
            lang: Lang::Zh,
            text: Some("欢迎：{times}。".into()),
        },
    );
    let saved = document::save(e.timetable());
    assert!(saved.contains("\"annexNotes\""), "{saved}");
    let loaded = document::load(&saved).expect("loads");
    assert_eq!(&loaded, e.timetable());
    assert_eq!(document::save(&loaded), saved, "save is a fixed point");

    // Delete the welcome session: its override is kept but ignored, with a warning.
    run(
        &mut e,
        plenary::Command::DeleteSession {
            id: "welcome".into(),
        },
    );
    assert!(
        e.timetable()
            .annex_notes
            .iter()
            .any(|n| n.key == "session:welcome"),
        "kept"
    );
    let a = annex::build(e.timetable(), &Options::new(Layout::Days, Lang::Zh));
    assert!(a.notes.iter().all(|n| !n.text.starts_with("欢迎：")));
    assert!(
        a.warnings
            .iter()
            .any(|w| w.message.contains("session:welcome") && w.message.contains("ignored")),
        "{:?}",
        a.warnings
    );
}

// ---------------------------------------------------------------- change marks

/// The SG12 example with Rev.1 published, then the Question 1/12 and 2/12 meeting moved
/// to the morning, the second management-team meeting retimed and the afternoon BSG
/// training deleted.
fn sg12_revised() -> Timetable {
    let mut e = plenary::Editor::new(sg12());
    run(
        &mut e,
        plenary::Command::PublishRevision {
            label: Some("Rev.1".into()),
            date: "2017-08-20".parse().expect("date"),
            comment: None,
        },
    );
    let mut tt = e.timetable().clone();
    place(&mut tt, "q1q2-22pm", "2017-09-22T09:00", "2017-09-22T12:30");
    place(&mut tt, "mt-2", "2017-09-28T09:00", "2017-09-28T11:00");
    tt.sessions
        .shift_remove(&plenary::model::SessionId::from("bsg-pm"));
    tt
}

fn with_changes(tt: &Timetable, lang: Lang) -> Annex {
    let rev1 = tt.revision("Rev.1").expect("published");
    let mut options = Options::new(Layout::Days, lang);
    options.changes_since = Some(annex::Changes::between(
        rev1.timetable.timetable(),
        "Rev.1",
        tt,
    ));
    annex::build(tt, &options)
}

#[test]
fn changes_since_a_revision_mark_items_cells_and_notes_with_a_legend() {
    let tt = sg12_revised();
    let a = with_changes(&tt, Lang::En);
    let changed: Vec<String> = a
        .rows
        .iter()
        .flat_map(|r| &r.cells)
        .flat_map(|c| &c.lines)
        .flat_map(|l| &l.items)
        .filter(|i| i.changed)
        .map(|i| i.text.clone())
        .collect();
    assert_eq!(
        changed,
        [
            "Meeting of Questions 1/12 and 2/12",
            "Management team meeting"
        ]
    );
    let changed_cells = a
        .rows
        .iter()
        .flat_map(|r| &r.cells)
        .filter(|c| c.changed)
        .count();
    assert_eq!(changed_cells, 2);
    let notes: Vec<bool> = a.notes.iter().map(|n| n.changed).collect();
    assert_eq!(
        notes.iter().filter(|c| **c).count(),
        1,
        "the management note"
    );
    let legend = a.changes.as_ref().expect("a legend");
    assert_eq!(legend.legend, "Changed since Rev.1");
    assert_eq!(
        legend.removed.as_deref(),
        Some("Removed since Rev.1: BSG hands-on training (20 September 14:00-17:30).")
    );
    // Without changes_since, nothing is marked and there is no legend.
    let plain = annex::build(&tt, &Options::new(Layout::Days, Lang::En));
    assert!(plain.changes.is_none());
    assert!(!text::to_text(&plain).contains('*'));

    // Every format shows the marks and the legend.
    let txt = text::to_text(&a);
    assert!(txt.contains("Meeting of Questions 1/12 and 2/12*"), "{txt}");
    assert!(txt.contains("* Changed since Rev.1"), "{txt}");
    assert!(txt.contains("Removed since Rev.1: BSG"), "{txt}");
    let md = text::to_markdown(&a);
    assert!(md.contains("2/12\\*"), "{md}");
    assert!(md.contains("\\* Changed since Rev.1"), "{md}");
    let page = html::to_html(&a);
    assert!(page.contains("class=\"changed\""), "{page}");
    assert!(page.contains("<mark class=\"change\">*</mark>"));
    assert!(page.contains("Changed since Rev.1"));
    let xml = docx::document_xml(&a, annex::Orientation::Portrait);
    assert!(xml.contains("FFF2A0"), "changed cells shaded");
    assert!(xml.contains("Changed since Rev.1"));
    assert!(xml.contains("Removed since Rev.1"));
}

#[test]
fn change_legend_is_translated_in_the_six_languages() {
    let tt = sg12_revised();
    let mut legends = std::collections::BTreeSet::new();
    for lang in Lang::ALL {
        let a = with_changes(&tt, lang);
        let legend = a.changes.expect("legend");
        assert!(legend.legend.contains("Rev.1"), "{lang:?}");
        assert!(
            legend
                .removed
                .as_deref()
                .is_some_and(|r| r.contains("Rev.1")),
            "{lang:?}"
        );
        legends.insert(legend.legend);
    }
    assert_eq!(legends.len(), 6, "one legend per language");
}

#[test]
fn export_of_a_revision_uses_its_timetable_and_a_localized_revision_line() {
    use plenary::export::{ExportFormat, ExportOptions, RenderError, render};
    let mut tt = sg12_revised();
    // Publish the revised state as Rev.2, then change the current state again.
    tt.revisions.push(plenary::model::Revision {
        label: "Rev.2".into(),
        date: "2017-09-05".parse().expect("date"),
        comment: None,
        timetable: plenary::model::Frozen::of(&tt),
    });
    place(&mut tt, "webinar", "2017-09-28T16:00", "2017-09-28T16:45");
    let now = "2017-09-05T12:00:00".parse().expect("date-time");
    let mut options = ExportOptions::new(Lang::Zh, now);
    options.revision = Some("Rev.2".into());
    options.changes_since = Some("Rev.1".into());
    let out = render(&tt, ExportFormat::AnnexTxt, &options).expect("renders");
    let txt = String::from_utf8(out.bytes).expect("utf-8");
    assert!(txt.contains("Rev.2，2017年9月5日"), "{txt}");
    assert!(
        txt.contains("15:45-16:30"),
        "Rev.2's webinar time, not today's: {txt}"
    );
    assert!(txt.contains("自Rev.1以来有改动"), "{txt}");
    // A line of one's own wins over the revision's.
    options.annex.revision = Some("DT/2(Rev.2)".into());
    let out = render(&tt, ExportFormat::AnnexMd, &options).expect("renders");
    assert!(String::from_utf8_lossy(&out.bytes).contains("DT/2(Rev.2)"));
    // An unknown label lists the published ones.
    options.revision = Some("Rev.9".into());
    let err = render(&tt, ExportFormat::AnnexTxt, &options).expect_err("no Rev.9");
    assert!(matches!(err, RenderError::UnknownRevision { .. }));
    assert_eq!(
        err.to_string(),
        "there is no revision 'Rev.9' (published: Rev.1, Rev.2)"
    );
}

#[test]
fn snapshot_of_the_annex_marked_against_a_revision() {
    let tt = sg12_revised();
    for lang in [Lang::En, Lang::Zh] {
        let mut a = with_changes(&tt, lang);
        a.revision = Some("Rev.2".into());
        insta::assert_snapshot!(
            format!("changes_since_rev1_{}", lang.code()),
            text::to_text(&a)
        );
    }
}

/// An imported programme (CSV: no slots in the file) gets morning and afternoon slots from
/// its lunch gap, so the days layout shows its sessions; a table with nothing to show says
/// why in its first warning, never empty in silence.
#[test]
fn an_imported_schedule_fills_the_days_layout_and_an_empty_table_says_why() {
    use plenary::interop::{self, Format, ImportOptions};
    let csv = "title,start,end,room\n\
               Opening,2026-03-02 09:30,2026-03-02 10:30,Hall\n\
               Tutorial,2026-03-02 11:00,2026-03-02 12:30,Hall\n\
               Panel,2026-03-02 14:00,2026-03-02 15:30,Hall\n\
               Closing,2026-03-03 16:00,2026-03-03 17:00,Hall\n";
    let imported =
        interop::import(Format::Csv, csv.as_bytes(), &ImportOptions::default()).expect("imports");
    let mut t = imported.timetable;
    let slots: Vec<(String, String)> = t
        .slots
        .values()
        .map(|s| (s.start.to_string(), s.end.to_string()))
        .collect();
    assert_eq!(
        slots,
        [
            ("09:30".to_owned(), "12:30".to_owned()),
            ("14:00".to_owned(), "17:00".to_owned())
        ],
        "split at the lunch gap"
    );
    let days = annex::build(&t, &Options::new(Layout::Days, Lang::En));
    let shown: String = format!("{days:?}");
    for title in ["Opening", "Tutorial", "Panel", "Closing"] {
        assert!(shown.contains(title), "{title} is in the days layout");
    }
    assert!(
        days.warnings
            .iter()
            .all(|w| !w.message.contains("table is empty")),
        "{:?}",
        days.warnings
    );

    let bodies = annex::build(&t, &Options::new(Layout::Bodies, Lang::En));
    assert!(
        bodies.warnings[0]
            .message
            .starts_with("the annex table is empty: the bodies layout has a row per body"),
        "{:?}",
        bodies.warnings
    );
    t.slots.clear();
    let plan = annex::build(&t, &Options::new(Layout::Plan, Lang::En));
    assert!(
        plan.warnings[0].message.contains(
            "the plan layout shows sessions by slot (morning, afternoon) and the meeting has none"
        ),
        "{:?}",
        plan.warnings
    );
}

/// The bodies layout prints a row for a body only where it meets: a Working Party whose
/// Questions meet but which does not meet itself gets no empty row.
#[test]
fn the_bodies_layout_prints_no_empty_body_row() {
    let mut tt = sg12();
    let wp1 = plenary::model::BodyId::from("wp1");
    for s in tt.sessions.values_mut() {
        s.bodies.retain(|b| *b != wp1);
    }
    let a = annex::build(&tt, &Options::new(Layout::Bodies, Lang::En));
    let headers: Vec<&str> = a.rows.iter().map(|r| r.header[0].as_str()).collect();
    assert!(
        headers.contains(&"Q4/12"),
        "its Questions meet: {headers:?}"
    );
    assert!(!headers.contains(&"WP1/12"), "WP1/12 does not: {headers:?}");
    for row in &a.rows {
        assert!(
            row.cells.iter().any(|c| !c.lines.is_empty()),
            "{} has a row with nothing in it",
            row.header[0]
        );
    }
}

/// A Council's plan with a Friday morning and a Wednesday afternoon of their own: each day's
/// times come once (in the plan's cell), the bodies layout makes no note of a session that
/// keeps to its slot that day, and the hours note names both days in one line.
#[test]
fn slots_times_of_a_day_are_named_once_in_the_hours_note_in_every_layout() {
    let t = document::load(include_str!(
        "../fixtures/documents/v6/windows.plenary.json"
    ))
    .expect("the v6 fixture opens");
    let want = "All other sessions: 09:30-12:30 and 14:30-17:30, except Wednesday 18 \
                September: 15:00-18:00; Friday 20 September: 09:00-12:00.";
    for layout in [Layout::Days, Layout::Bodies, Layout::Plan] {
        let a = annex::build(&t, &Options::new(layout, Lang::En));
        let notes: Vec<&str> = a.notes.iter().map(|n| n.text.as_str()).collect();
        assert_eq!(notes.last().copied(), Some(want), "{layout}: {notes:?}");
    }
    let bodies = annex::build(&t, &Options::new(Layout::Bodies, Lang::En));
    let rows: Vec<&str> = bodies.rows.iter().map(|r| r.header[0].as_str()).collect();
    assert_eq!(
        rows,
        ["C24", "Q4/12", "SC"],
        "a row for each body that meets, none empty"
    );
}
