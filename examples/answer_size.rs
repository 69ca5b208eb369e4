//! What crosses IPC when a document is edited: the bytes of the JSON answer (`Applied`) the
//! app sends the UI for one structural edit (a room renamed) and one session moved by a day,
//! and of the `Snapshot` sent when the document is opened, with the time to serialize each.
//!
//! ```text
//! cargo run --bin plenary -- generate --sessions 1000 --rooms 40 --days 10 -o /tmp/g1000.plenary.json
//! for i in $(seq 1 10); do cargo run --bin plenary -- revise /tmp/g1000.plenary.json --date 2026-01-$((i + 10)); done
//! cargo run --example answer_size -- /tmp/g1000.plenary.json [OUT_DIR]
//! ```
//!
//! With `OUT_DIR`, also writes the answers there as the UI receives them (`snapshot.json`,
//! `rename-room.json` and `move-session.json`, each with the answer to its undo beside it,
//! `*-undo.json`, and `replay.json` naming the moved session), so that
//! `ui/scripts/perf-drag.mjs --replay=OUT_DIR` times the UI's redraw of exactly these.

use std::path::PathBuf;
use std::time::Instant;

use plenary::{Command, DryRun, Editor, document};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args_os().skip(1);
    let doc = PathBuf::from(args.next().ok_or("usage: answer_size DOC [OUT_DIR]")?);
    let out = args.next().map(PathBuf::from);
    let timetable = document::load(&std::fs::read_to_string(&doc)?)?;
    let revisions = timetable.revisions.len();
    let sessions = timetable.sessions.len();
    let mut editor = Editor::new(timetable);

    let snapshot = timed_json(&editor.snapshot());

    // A structural edit: the first room renamed.
    let mut room = editor
        .timetable()
        .rooms
        .values()
        .next()
        .ok_or("the document has no room")?
        .clone();
    room.name.push_str(" (renamed)");
    let rename = editor.apply(&Command::EditRoom { room }, DryRun::No)?;
    let rename = timed_json(&rename);
    let rename_undo = timed_json(&editor.undo());

    // A session move: the scheduled session a third of the way through, one day later.
    let scheduled: Vec<_> = editor
        .timetable()
        .sessions
        .values()
        .filter(|s| s.placement.is_some())
        .collect();
    let session = scheduled
        .get(scheduled.len() / 3)
        .ok_or("the document has no scheduled session")?;
    let id = session.id.clone();
    let start = session.placement.expect("filtered on placement").start;
    let start = start
        .plus_minutes(24 * 60)
        .ok_or("the session cannot move a day later")?;
    let moved = editor.apply(
        &Command::MoveSession {
            id: id.clone(),
            start,
            room: None,
        },
        DryRun::No,
    )?;
    let moved = timed_json(&moved);
    let moved_undo = timed_json(&editor.undo());

    println!(
        "{{\"document\": {:?}, \"sessions\": {sessions}, \"revisions\": {revisions}, \
         \"snapshotBytes\": {}, \"snapshotSerializeMs\": {:.2}, \
         \"renameRoomBytes\": {}, \"renameRoomSerializeMs\": {:.2}, \
         \"moveSessionBytes\": {}, \"moveSessionSerializeMs\": {:.2}}}",
        doc.display(),
        snapshot.0.len(),
        snapshot.1,
        rename.0.len(),
        rename.1,
        moved.0.len(),
        moved.1
    );
    if let Some(out) = out {
        std::fs::create_dir_all(&out)?;
        std::fs::write(out.join("snapshot.json"), &snapshot.0)?;
        std::fs::write(out.join("rename-room.json"), &rename.0)?;
        std::fs::write(out.join("rename-room-undo.json"), &rename_undo.0)?;
        std::fs::write(out.join("move-session.json"), &moved.0)?;
        std::fs::write(out.join("move-session-undo.json"), &moved_undo.0)?;
        std::fs::write(
            out.join("replay.json"),
            format!("{{\"movedSession\": {:?}}}", id.as_str()),
        )?;
    }
    Ok(())
}

/// `value` as the shell sends it (serde_json, as Tauri serializes a command's answer), and the
/// milliseconds that took (the best of five).
fn timed_json<T: serde::Serialize>(value: &T) -> (String, f64) {
    let mut best = f64::INFINITY;
    let mut text = String::new();
    for _ in 0..5 {
        let start = Instant::now();
        text = serde_json::to_string(value).expect("answers always serialize");
        best = best.min(start.elapsed().as_secs_f64() * 1000.0);
    }
    (text, best)
}
