//! The `plenary` command-line tool: output, exit codes, errors naming file and position.

use std::process::Command;

/// Runs the built `plenary` binary in the crate's folder: exit code, stdout, stderr.
pub(crate) fn plenary(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        // English, whatever the locale of the machine running the tests.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the plenary binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const EXAMPLE: &str = "examples/itu-t-sg12-2017.plenary.json";

#[test]
fn check_json_lists_conflicts_with_the_documented_fields() {
    let (code, out, err) = plenary(&["check", EXAMPLE, "--format", "json"]);
    assert_eq!(
        code, 0,
        "the example has no unacknowledged error: {out}{err}"
    );
    let conflicts: serde_json::Value = serde_json::from_str(&out).expect("JSON output");
    let list = conflicts.as_array().expect("an array");
    assert!(
        !list.is_empty(),
        "the example has (acknowledged and warning) conflicts, or the field check below \
         proves nothing: {out}"
    );
    for c in list {
        for field in ["kind", "severity", "sessions", "message", "acknowledged"] {
            assert!(c.get(field).is_some(), "conflict lacks '{field}': {c}");
        }
    }
}

#[test]
fn check_exits_2_naming_the_file_and_position_when_it_cannot_read() {
    let dir = std::env::temp_dir().join(format!("plenary-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let bad = dir.join("bad.plenary.json");
    std::fs::write(
        &bad,
        "{\n  \"format\": \"plenary\",\n  \"version\": 1,\n  \"meeting\": [\n",
    )
    .expect("write");
    let (code, _, err) = plenary(&["check", bad.to_str().expect("utf-8 path")]);
    assert_eq!(code, 2);
    assert!(
        err.contains("bad.plenary.json") && err.contains("line"),
        "{err}"
    );
    let (code, _, err) = plenary(&["check", "does/not/exist.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("does/not/exist.json"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn check_exits_1_when_an_unacknowledged_error_remains() {
    let text = std::fs::read_to_string(format!("{}/{EXAMPLE}", env!("CARGO_MANIFEST_DIR")))
        .expect("example");
    // Put the Q5/12 session of Wednesday morning into Q4/12's room.
    let clash = text.replacen("\"room\": \"room-c\"", "\"room\": \"room-b\"", 1);
    let dir = std::env::temp_dir().join(format!("plenary-cli-clash-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("clash.plenary.json");
    std::fs::write(&file, clash).expect("write");
    let (code, out, _) = plenary(&["check", file.to_str().expect("utf-8 path")]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("roomClash"), "{out}");
    std::fs::remove_dir_all(&dir).ok();
}

/// `--ui-lang` writes the conflicts and the summary in the language asked, and without it
/// the language the environment's locale names; the kinds and severities scripts read stay.
#[test]
fn check_writes_its_messages_in_the_ui_language() {
    let (code, out, err) = plenary(&["--ui-lang", "fr", "check", EXAMPLE]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("outsideMeetingDates"), "{out}");
    assert!(
        out.contains("qui n’est pas un jour de la réunion") && out.contains("acceptés\u{a0}:"),
        "{out}"
    );
    let (code, after, err) = plenary(&["check", EXAMPLE, "--ui-lang", "zh"]);
    assert_eq!(code, 0, "{err}");
    assert!(after.contains("这一天不是会议日"), "{after}");

    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["check", EXAMPLE])
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "ru_RU.UTF-8")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the plenary binary runs");
    let out = String::from_utf8_lossy(&out.stdout);
    assert!(out.contains("это не день собрания"), "{out}");

    let dir = tempfile::tempdir().expect("temp dir");
    let newer = dir.path().join("newer.plenary.json");
    std::fs::write(&newer, r#"{"format": "plenary", "version": 99}"#).expect("write");
    let (code, _, err) = plenary(&["--ui-lang", "es", "check", newer.to_str().expect("utf-8")]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("este documento tiene la versión de formato 99"),
        "a document that cannot be opened says why in the language asked: {err}"
    );

    let (code, _, err) = plenary(&["--ui-lang", "de", "check", EXAMPLE]);
    assert_eq!(
        code, 64,
        "a language outside the six is a usage error: {err}"
    );
    assert!(
        err.contains("ar") && err.contains("es"),
        "the error lists the six: {err}"
    );
}

/// `--ui-lang fr`: a document the JSON reader cannot read, one that breaks an invariant and
/// an xCal file that is not xCal are refused in French, where and what.
#[test]
fn unreadable_documents_and_files_are_refused_in_the_ui_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = |name: &str| dir.path().join(name).to_str().expect("utf-8").to_owned();
    let truncated = path("truncated.plenary.json");
    std::fs::write(
        &truncated,
        "{\"format\": \"plenary\", \"version\": 7, \"meeting\": {",
    )
    .expect("write");
    let (code, _, err) = plenary(&["--ui-lang", "fr", "check", &truncated]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("ligne 1, colonne 48\u{a0}: JSON non valide\u{a0}: le texte s’arrête au milieu d’un objet"),
        "{err}"
    );

    let broken = path("broken.plenary.json");
    let example = std::fs::read_to_string(EXAMPLE).expect("the example");
    let zone = "\"timeZone\": \"Europe/Zurich\"";
    assert!(example.contains(zone), "the example names its zone");
    std::fs::write(
        &broken,
        example.replacen(zone, "\"timeZone\": \"Mars/Olympus\"", 1),
    )
    .expect("write");
    let (code, _, err) = plenary(&["--ui-lang", "fr", "check", &broken]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains(
            "meeting.timeZone\u{a0}: «\u{a0}Mars/Olympus\u{a0}» n’est pas un fuseau horaire IANA"
        ),
        "{err}"
    );

    let xcal = path("calendar.xcs");
    std::fs::write(&xcal, "<?xml version=\"1.0\"?>\n<calendar/>\n").expect("write");
    let out = path("out.plenary.json");
    let (code, _, err) = plenary(&[
        "--ui-lang",
        "fr",
        "import",
        "--from",
        "xcal",
        &xcal,
        "-o",
        &out,
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("(en xcal)\u{a0}: ligne 2, colonne 1\u{a0}: ce n’est pas du xCal\u{a0}: l’élément racine est <calendar>, au lieu de <icalendar>"),
        "{err}"
    );

    let unknown = path("notes.bin");
    std::fs::write(&unknown, "hello").expect("write");
    let (code, _, err) = plenary(&["--ui-lang", "ru", "import", &unknown, "-o", &out]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("Plenary не импортирует такие файлы: его содержимое — не XML, не JSON и не iCalendar (оно начинается с «hello»), и его расширение «.bin»"),
        "{err}"
    );
}

#[test]
fn every_subcommand_has_help() {
    for sub in [&["--help"][..], &["check", "--help"], &["fmt", "--help"]] {
        let (code, out, _) = plenary(sub);
        assert_eq!(code, 0);
        assert!(out.contains("Usage"), "{out}");
    }
}

/// What a secretariat expects on the SG12 example: the lunch-time briefing over lunch
/// (intended, acknowledged) and the management meeting of 18 September outside the meeting's
/// dates; nothing else.
#[test]
fn check_sg12_example_reports_the_expected_conflicts_and_nothing_spurious() {
    let (code, out, err) = plenary(&["check", EXAMPLE]);
    assert_eq!(code, 0, "{err}");
    insta::assert_snapshot!("check_sg12_text", out);
}

#[test]
fn check_names_the_texts_a_meeting_language_lacks_by_title_never_by_id() {
    let text = std::fs::read_to_string(format!("{}/{EXAMPLE}", env!("CARGO_MANIFEST_DIR")))
        .expect("example");
    let mut doc: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    doc["meeting"]["languages"]
        .as_array_mut()
        .expect("languages")
        .push("fr".into());
    let dir = std::env::temp_dir().join(format!("plenary-cli-fr-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("fr.plenary.json");
    std::fs::write(&file, doc.to_string()).expect("write");
    let (code, _, err) = plenary(&["check", file.to_str().expect("utf-8 path")]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("texts have no fr text: the meeting's title, session \"SG12 management team meeting\" (title)"),
        "{err}"
    );
    assert!(!err.contains("mt-1"), "no session id: {err}");
    std::fs::remove_dir_all(&dir).ok();
}

const WITH_REVISIONS: &str = "tests/fixtures/documents/v3/annex-notes.plenary.json";

#[test]
fn export_revision_selects_a_published_revision_and_names_it_in_the_annex() {
    let (code, out, err) = plenary(&[
        "export",
        WITH_REVISIONS,
        "--format",
        "annex-txt",
        "--lang",
        "fr",
        "--revision",
        "Rev.2",
        "--changes-since",
        "Rev.1",
        "-o",
        "-",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Rev.2, 15 août 2017"), "{out}");
    assert!(out.contains("* Modifié depuis Rev.1"), "{out}");
    // A heading line of one's own.
    let (code, out, err) = plenary(&[
        "export",
        WITH_REVISIONS,
        "--format",
        "annex-txt",
        "--revision-text",
        "DT/2(Rev.2)",
        "-o",
        "-",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("DT/2(Rev.2)"), "{out}");
}

#[test]
fn export_with_an_unknown_revision_exits_2_listing_the_published_ones() {
    for flag in ["--revision", "--changes-since"] {
        let (code, out, err) = plenary(&[
            "export",
            WITH_REVISIONS,
            "--format",
            "annex-html",
            flag,
            "Rev.7",
            "-o",
            "-",
        ]);
        assert_eq!(code, 2, "{flag}: {out}");
        assert!(out.is_empty(), "nothing written");
        assert!(
            err.contains("annex-notes.plenary.json")
                && err.contains("'Rev.7'")
                && err.contains("Rev.1, Rev.2"),
            "{err}"
        );
    }
}

#[test]
fn diff_writes_the_summary_in_the_language_and_format_asked() {
    let (code, out, err) = plenary(&[
        "diff",
        WITH_REVISIONS,
        "--from",
        "Rev.1",
        "--to",
        "Rev.2",
        "--lang",
        "zh",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("从Rev.1到Rev.2的变更\n"), "{out}");
    let (code, out, _) = plenary(&["diff", WITH_REVISIONS, "--from", "Rev.1", "--format", "md"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("# Changes since Rev.1\n"), "{out}");
    let (code, out, _) = plenary(&[
        "diff",
        WITH_REVISIONS,
        "--from",
        "Rev.1",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    serde_json::from_str::<serde_json::Value>(&out).expect("JSON");
    let (code, _, err) = plenary(&["diff", WITH_REVISIONS, "--from", "Rev.1", "--lang", "de"]);
    assert_eq!(code, 64, "a language outside the list is a usage error");
    assert!(
        err.contains("invalid value 'de' for '--lang <LANG>'")
            && err.contains("[possible values: ar, zh, en, fr, ru, es]"),
        "{err}"
    );
}

/// The exit codes of the README's table: a wrong command line (64) is told apart from an
/// input that cannot be read (2), a finding (1) and success (0).
#[test]
fn usage_errors_exit_64_and_unreadable_input_exits_2() {
    let usage: [&[&str]; 9] = [
        &[],
        &["frobnicate", EXAMPLE],
        &["check", EXAMPLE, "--colour"],
        &["export", EXAMPLE, "-o", "-"],
        &[
            "export",
            EXAMPLE,
            "--format",
            "annex-html",
            "--layout",
            "rows",
            "-o",
            "-",
        ],
        &[
            "export",
            EXAMPLE,
            "--format",
            "annex-pdf",
            "--orientation",
            "sideways",
            "-o",
            "-",
        ],
        &[
            "export", EXAMPLE, "--format", "csv", "--body", "WP1/12", "-o", "-",
        ],
        &["import", EXAMPLE, "--from", "docx", "-o", "-"],
        &["arrange", EXAMPLE, "--seconds", "-1"],
    ];
    for args in usage {
        let (code, out, err) = plenary(args);
        assert_eq!(code, 64, "plenary {}: {err}", args.join(" "));
        assert!(out.is_empty() && !err.trim().is_empty(), "{args:?}: {err}");
    }
    // The same mistakes on a file that does not exist: the command line is judged first.
    let (code, _, err) = plenary(&[
        "export",
        "no/such.plenary",
        "--format",
        "csv",
        "--body",
        "x",
        "-o",
        "-",
    ]);
    assert_eq!(code, 64, "{err}");
    let unreadable: [&[&str]; 3] = [
        &["check", "no/such.plenary"],
        &["export", "no/such.plenary", "--format", "csv", "-o", "-"],
        &["import", "Cargo.toml", "-o", "-"],
    ];
    for args in unreadable {
        let (code, _, err) = plenary(args);
        assert_eq!(code, 2, "plenary {}: {err}", args.join(" "));
    }
    for args in [&["--help"][..], &["--version"], &["export", "--help"]] {
        let (code, out, _) = plenary(args);
        assert_eq!(code, 0, "{args:?}");
        assert!(!out.is_empty());
    }
}

/// `--help` lists the closed sets of values, and the completions and the man page come from
/// the same parser.
#[test]
fn help_completions_and_man_page_come_from_the_parser() {
    let (_, help, _) = plenary(&["export", "--help"]);
    for listed in [
        "- agenda: Agenda (one row per item)",
        "[possible values: ar, zh, en, fr, ru, es]",
        "- xlsx:",
    ] {
        assert!(help.contains(listed), "{listed} in {help}");
    }
    let (_, help, _) = plenary(&["import", "--help"]);
    assert!(help.contains("- xlsx:"), "{help}");
    for (shell, marker) in [
        ("bash", "_plenary()"),
        ("zsh", "#compdef plenary"),
        ("fish", "complete -c plenary"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion:arg-completer[plenary]"),
    ] {
        let (code, out, err) = plenary(&["completions", shell]);
        assert_eq!(code, 0, "{shell}: {err}");
        assert!(out.contains(marker), "{shell}: {out}");
        // PowerShell's and elvish's scripts complete options, not their values.
        let values = out.contains("annex-docx") && out.contains("agenda");
        assert!(
            values || matches!(shell, "powershell" | "elvish"),
            "{shell} completes values"
        );
    }
    let (code, page, err) = plenary(&["man"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        page.starts_with(".ie") || page.contains(".TH plenary 1"),
        "{page}"
    );
    assert!(
        page.contains("completions") && page.contains("Exit codes"),
        "{page}"
    );
    let dir = tempfile::tempdir().expect("a folder");
    let target = dir.path().join("man1");
    let (code, _, err) = plenary(&["man", "--dir", target.to_str().expect("utf-8")]);
    assert_eq!(code, 0, "{err}");
    for page in [
        "plenary.1",
        "plenary-export.1",
        "plenary-import.1",
        "plenary-completions.1",
    ] {
        let text = std::fs::read_to_string(target.join(page)).expect(page);
        assert!(text.contains(".TH"), "{page}");
    }
    let export = std::fs::read_to_string(target.join("plenary-export.1")).expect("page");
    assert!(
        export.contains("agenda") && export.contains("xlsx"),
        "{export}"
    );
}

/// `plenary import` of a file whose format neither content nor name says names what the
/// file holds and where it stops being text, not "a Plenary document already".
#[test]
fn import_of_an_unrecognised_file_says_what_it_holds_and_where() {
    let dir = tempfile::tempdir().expect("temp dir");
    let random = dir.path().join("dump.bin");
    std::fs::write(&random, [b'a', b'b', b'\n', 0xC3, 0x28, 0xFF]).expect("write");
    let out = dir.path().join("out.plenary.json");
    let (code, _, err) = plenary(&[
        "import",
        random.to_str().expect("utf-8 path"),
        "-o",
        out.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("dump.bin: not a file Plenary imports")
            && err.contains("not text (the byte 0xC3 at offset 3, line 2, column 1")
            && err.contains("'.bin'")
            && err.contains("--from"),
        "{err}"
    );
    assert!(!err.contains("Plenary document already"), "{err}");
    assert!(!out.exists(), "nothing written");

    let (code, _, err) = plenary(&["import", EXAMPLE, "-o", out.to_str().expect("utf-8")]);
    assert_eq!(code, 2);
    assert!(
        err.contains("is a Plenary document already; there is nothing to import"),
        "{err}"
    );
    let not_a_schedule = dir.path().join("list.json");
    std::fs::write(&not_a_schedule, "{\"talks\": []}").expect("write");
    let (code, _, err) = plenary(&[
        "import",
        not_a_schedule.to_str().expect("utf-8"),
        "-o",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("taken for a Plenary document") && err.contains("--from frab-xml|frab-json"),
        "{err}"
    );
}

#[test]
fn suggest_lists_the_best_places_and_the_commands_that_take_them() {
    let (code, out, err) = plenary(&["suggest", EXAMPLE, "--session", "q4-20am", "-n", "3"]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(
        lines[0].starts_with("1. ") && lines[0].ends_with("no conflict"),
        "{out}"
    );

    let (code, out, err) = plenary(&[
        "suggest",
        EXAMPLE,
        "--session",
        "q4-20am",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let places: serde_json::Value = serde_json::from_str(&out).expect("JSON output");
    let first = &places.as_array().expect("an array")[0];
    assert_eq!(first["command"]["type"], "scheduleSession", "{first}");
    assert_eq!(first["command"]["id"], "q4-20am", "{first}");
}

#[test]
fn suggest_for_an_unknown_session_exits_2_naming_it() {
    let (code, out, err) = plenary(&["suggest", EXAMPLE, "--session", "nope"]);
    assert_eq!(code, 2, "{out}");
    assert!(err.contains("no session with id “nope”"), "{err}");
}

#[test]
fn documents_named_dot_plenary_are_read_and_written_as_plenary_json_ones_are() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = |name: &str| dir.path().join(name).to_str().expect("utf-8").to_owned();
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(EXAMPLE),
        path("sg12.plenary"),
    )
    .expect("copy");
    let (code, out, err) = plenary(&["check", &path("sg12.plenary")]);
    assert_eq!(code, 0, "a .plenary document is read: {out}{err}");
    let (code, _, err) = plenary(&["fmt", &path("sg12.plenary")]);
    assert_eq!(code, 0, "and rewritten in place: {err}");

    let (code, _, err) = plenary(&[
        "export",
        &path("sg12.plenary"),
        "--format",
        "frab-xml",
        "-o",
        &path("schedule.xml"),
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = plenary(&["import", &path("schedule.xml"), "-o", &path("back.plenary")]);
    assert_eq!(code, 0, "an import writes a .plenary document: {err}");
    let (code, out, err) = plenary(&["check", &path("back.plenary"), "--format", "json"]);
    assert_ne!(
        code, 2,
        "the imported .plenary document is read back: {out}{err}"
    );
}
