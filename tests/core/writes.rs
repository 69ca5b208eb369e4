//! Every CLI command that writes a file (`export`, `import -o`, `fmt`, `revise`,
//! `generate`) writes through the core's atomic writer: the previous version kept as `.bak`,
//! the file's mode kept, a symlink written through, no temporary file left, and a device or
//! FIFO written into, never renamed over. The writer's own cases are unit tests beside it
//! (`src/atomic.rs`); these prove each command uses it.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::cli::plenary;

const EXAMPLE: &str = "examples/itu-t-sg12-2017.plenary.json";

/// A command that writes, as the argument list that writes to `out` (`csv` names a CSV
/// file to import); `in_place` when the command rewrites its input (`out` must then hold a
/// document first).
struct Writer {
    name: &'static str,
    args: fn(out: &str, csv: &str) -> Vec<String>,
    in_place: bool,
}

fn owned(args: &[&str]) -> Vec<String> {
    args.iter().map(|a| (*a).to_owned()).collect()
}

const WRITERS: [Writer; 6] = [
    Writer {
        name: "export (annex)",
        args: |out, _| owned(&["export", EXAMPLE, "--format", "annex-txt", "-o", out]),
        in_place: false,
    },
    Writer {
        name: "export (interchange)",
        args: |out, _| owned(&["export", EXAMPLE, "--format", "csv", "-o", out]),
        in_place: false,
    },
    Writer {
        name: "import -o",
        args: |out, csv| owned(&["import", csv, "--from", "csv", "-o", out]),
        in_place: false,
    },
    Writer {
        name: "generate",
        args: |out, _| owned(&["generate", "--sessions", "20", "-o", out]),
        in_place: false,
    },
    Writer {
        name: "fmt",
        args: |file, _| owned(&["fmt", file]),
        in_place: true,
    },
    Writer {
        name: "revise",
        args: |file, _| owned(&["revise", file, "--date", "2017-09-05"]),
        in_place: true,
    },
];

/// A document `fmt` will rewrite (the example, not in canonical form) for the in-place
/// commands; anything for the others, which replace it whole.
fn previous_content(writer: &Writer) -> Vec<u8> {
    if writer.in_place {
        let text = fs::read_to_string(EXAMPLE).expect("the example is readable");
        // Valid JSON, not canonical: `fmt` has something to rewrite.
        format!("{}\n\n", text.trim_end()).into_bytes()
    } else {
        b"the previous version".to_vec()
    }
}

/// Runs `writer` writing to `path`; the CSV it may import is made beside `path`'s folder
/// (in a folder of its own, so the folders the tests inspect hold only what they wrote).
fn run(writer: &Writer, path: &Path) -> (i32, String) {
    let scratch = tempfile::tempdir().expect("temp dir");
    let csv = scratch.path().join("input.csv");
    let csv = csv.to_str().expect("UTF-8 temp path");
    let (code, _, err) = plenary(&["export", EXAMPLE, "--format", "csv", "-o", csv]);
    assert_eq!(code, 0, "the example exports as CSV: {err}");
    let args = (writer.args)(path.to_str().expect("UTF-8 temp path"), csv);
    let (code, _, err) = plenary(&args.iter().map(String::as_str).collect::<Vec<_>>());
    (code, err)
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("readable folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn bak(path: &Path) -> PathBuf {
    let mut name = path.file_name().expect("a file name").to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

#[test]
fn every_writing_command_keeps_the_previous_version_and_leaves_no_temporary() {
    for writer in &WRITERS {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("out.plenary.json");
        let before = previous_content(writer);
        fs::write(&file, &before).expect("write the previous version");
        let (code, err) = run(writer, &file);
        assert_eq!(code, 0, "{}: {err}", writer.name);
        assert_ne!(fs::read(&file).unwrap(), before, "{}: new content", writer.name);
        assert_eq!(
            fs::read(bak(&file)).unwrap(),
            before,
            "{}: the previous version is the .bak",
            writer.name
        );
        assert_eq!(
            names(dir.path()),
            ["out.plenary.json", "out.plenary.json.bak"],
            "{}: no temporary file is left",
            writer.name
        );
    }
}

#[cfg(unix)]
#[test]
fn every_writing_command_keeps_the_mode_and_writes_through_a_symlink() {
    use std::os::unix::fs::PermissionsExt;
    for writer in &WRITERS {
        let dir = tempfile::tempdir().expect("temp dir");
        let real = dir.path().join("real.plenary.json");
        fs::write(&real, previous_content(writer)).unwrap();
        fs::set_permissions(&real, fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("link.plenary.json");
        std::os::unix::fs::symlink("real.plenary.json", &link).unwrap();
        let (code, err) = run(writer, &link);
        assert_eq!(code, 0, "{}: {err}", writer.name);
        assert!(
            fs::symlink_metadata(&link).unwrap().file_type().is_symlink(),
            "{}: the link is still a link",
            writer.name
        );
        let mode = fs::metadata(&real).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640, "{}: the target keeps its mode", writer.name);
        assert_ne!(
            fs::read(&real).unwrap(),
            previous_content(writer),
            "{}: the target got the new bytes",
            writer.name
        );
    }
}

/// A FIFO gets the bytes; it is still a FIFO afterwards and nothing appears beside it.
#[cfg(unix)]
#[test]
fn every_replacing_command_writes_into_a_fifo_without_renaming_over_it() {
    use std::os::unix::fs::FileTypeExt;
    for writer in WRITERS.iter().filter(|w| !w.in_place) {
        let dir = tempfile::tempdir().expect("temp dir");
        let fifo = dir.path().join("pipe");
        let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
        assert!(made.success());
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || fs::read(fifo).expect("the FIFO reads"))
        };
        let (code, err) = run(writer, &fifo);
        assert_eq!(code, 0, "{}: {err}", writer.name);
        assert!(!reader.join().unwrap().is_empty(), "{}: bytes came through", writer.name);
        assert!(
            fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(),
            "{}: the FIFO is still a FIFO",
            writer.name
        );
        assert_eq!(names(dir.path()), ["pipe"], "{}: nothing beside it", writer.name);
    }
}

/// A character device like `/dev/null`, made with `mknod` in a temporary folder (root
/// only; skipped otherwise), stays a device: before the writer checked, a rename turned
/// `/dev/null` itself into a regular file. The real `/dev/null` is never used here.
#[cfg(unix)]
#[test]
fn every_replacing_command_writes_into_a_character_device_and_keeps_it() {
    use std::os::unix::fs::FileTypeExt;
    let probe = tempfile::tempdir().expect("temp dir");
    let made = Command::new("mknod")
        .arg(probe.path().join("null"))
        .args(["c", "1", "3"])
        .status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mknod needs root here; the character-device case is not checked");
        return;
    }
    for writer in WRITERS.iter().filter(|w| !w.in_place) {
        let dir = tempfile::tempdir().expect("temp dir");
        let null = dir.path().join("null");
        let made = Command::new("mknod")
            .arg(&null)
            .args(["c", "1", "3"])
            .status()
            .expect("mknod runs");
        assert!(made.success());
        let (code, err) = run(writer, &null);
        assert_eq!(code, 0, "{}: {err}", writer.name);
        assert!(
            fs::symlink_metadata(&null).unwrap().file_type().is_char_device(),
            "{}: the device is still a device",
            writer.name
        );
        assert_eq!(names(dir.path()), ["null"], "{}: nothing beside it", writer.name);
    }
}
