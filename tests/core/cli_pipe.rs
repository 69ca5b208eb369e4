//! `plenary` writing into a pipe its reader closes early (`plenary export ... | head -1`,
//! `plenary check big.json --format json | head -c 10`): the output ends quietly, and the
//! exit code and standard error are those of a run whose reader read everything.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};

/// More than a pipe holds unread (64 KiB by default on Linux), so the tool is still
/// writing when the reader goes away.
const MORE_THAN_A_PIPE_HOLDS: usize = 256 * 1024;

/// What a run answered: its exit code and standard error.
#[derive(Debug, PartialEq)]
struct Answer {
    code: Option<i32>,
    stderr: String,
}

fn command(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_plenary"));
    command
        .args(args)
        // English, whatever the locale of the machine running the tests.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    command
}

/// Runs `args` with a reader that reads all of standard output: the answer and how much
/// was written.
fn read_whole(args: &[&str]) -> (Answer, usize) {
    let out = command(args).output().expect("the plenary binary runs");
    let answer = Answer {
        code: out.status.code(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    (answer, out.stdout.len())
}

/// Runs `args` with a reader that reads ten bytes of standard output and closes it, as
/// `head -c 10` does.
fn read_ten_bytes(args: &[&str]) -> Answer {
    let mut child = command(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the plenary binary runs");
    let mut stdout = child.stdout.take().expect("standard output is piped");
    let mut first = [0u8; 10];
    stdout.read_exact(&mut first).expect("ten bytes of output");
    drop(stdout);
    let out = child.wait_with_output().expect("the run ends");
    Answer {
        code: out.status.code(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn path(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 temporary path")
}

#[test]
fn a_reader_closing_the_pipe_early_changes_neither_the_exit_code_nor_the_messages() {
    let dir = tempfile::tempdir().expect("temp dir");
    let document = dir.path().join("busy.plenary.json");
    let calendar = dir.path().join("busy.ics");
    // Many sessions in few rooms: thousands of conflicts, so `check` writes megabytes.
    let (generated, _) = read_whole(&[
        "generate",
        "--sessions",
        "2000",
        "--rooms",
        "5",
        "--days",
        "2",
        "-o",
        path(&document),
    ]);
    assert_eq!(generated.code, Some(0), "{generated:?}");
    let (exported, _) = read_whole(&[
        "export",
        path(&document),
        "--format",
        "ics",
        "-o",
        path(&calendar),
    ]);
    assert_eq!(exported.code, Some(0), "{exported:?}");

    let runs: [&[&str]; 4] = [
        &["check", path(&document), "--format", "json"],
        &["check", path(&document)],
        &["export", path(&document), "--format", "ics", "-o", "-"],
        &["import", path(&calendar), "-o", "-"],
    ];
    for args in runs {
        let what = format!("plenary {}", args.join(" "));
        let (whole, written) = read_whole(args);
        assert!(
            written > MORE_THAN_A_PIPE_HOLDS,
            "{what} writes {written} bytes: too few to outlast the pipe's buffer"
        );
        let cut = read_ten_bytes(args);
        assert_eq!(
            cut, whole,
            "{what}: closing the pipe early changed the answer"
        );
        for said in [
            "panicked",
            "internal error",
            "Broken pipe",
            "standard output",
        ] {
            assert!(!cut.stderr.contains(said), "{what}: {}", cut.stderr);
        }
    }
}
