//! Saves killed at a random instant (SIGKILL: no handler, no clean-up, as a power cut or an
//! OOM kill): the document on disk is always either the old one or the new one, whole, and
//! loads. The writes are the CLI's (`plenary generate -o`, a large document written through
//! the core's atomic writer, the same writer the app's Save uses).
//!
//! `make test` runs 100 kills; `make soak` runs `PLENARY_KILLS=1000` (figures in
//! docs/robustness.md).

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use plenary::generate::SplitMix64;

/// Sessions in the document saved: large enough that a write takes a while (about 2 MB).
const SESSIONS: &str = "5000";

fn generate(seed: u64, out: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_plenary"));
    command
        .args([
            "generate",
            "--sessions",
            SESSIONS,
            "--seed",
            &seed.to_string(),
            "-o",
        ])
        .arg(out);
    command
}

#[cfg(unix)]
#[test]
fn a_save_killed_at_any_instant_leaves_the_old_or_the_new_document_whole() {
    let kills: usize = std::env::var("PLENARY_KILLS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100);
    let dir = tempfile::tempdir().expect("a temp folder");
    let versions: Vec<Vec<u8>> = [1, 2]
        .iter()
        .map(|&seed| {
            let out = dir.path().join(format!("v{seed}.plenary.json"));
            assert!(generate(seed, &out).status().unwrap().success());
            let bytes = fs::read(&out).unwrap();
            plenary::document::load(std::str::from_utf8(&bytes).unwrap())
                .expect("each version loads");
            bytes
        })
        .collect();
    let file = dir.path().join("meeting.plenary.json");
    fs::write(&file, &versions[0]).unwrap();

    // How long one whole save takes here (the median of three, the machine being shared):
    // kills land anywhere from its start to well after its end.
    let mut times: Vec<Duration> = (0..3)
        .map(|_| {
            let started = Instant::now();
            assert!(generate(2, &file).status().unwrap().success());
            started.elapsed()
        })
        .collect();
    times.sort();
    let whole = times[1];
    fs::write(&file, &versions[0]).unwrap();

    let mut rng = SplitMix64::new(0x5eed);
    let (mut old, mut new) = (0, 0);
    for kill in 0..kills {
        let before = fs::read(&file).unwrap();
        let next = usize::from(before == versions[0]);
        let mut child = generate(next as u64 + 1, &file).spawn().unwrap();
        let micros = whole.as_micros() as usize * 3 / 2;
        std::thread::sleep(Duration::from_micros(rng.below(micros.max(1)) as u64));
        let _ = child.kill();
        let _ = child.wait();
        let after = fs::read(&file).unwrap();
        if after == before {
            old += 1;
        } else if after == versions[next] {
            new += 1;
        } else {
            panic!(
                "kill {kill}: the file is neither the old nor the new document ({} bytes)",
                after.len()
            );
        }
    }
    // Both outcomes seen: the kills really struck before and after the rename.
    assert!(old > 0 && new > 0, "old {old}, new {new} of {kills} kills");
    let temporaries = fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.file_name().to_string_lossy().contains(".tmp-"))
        })
        .count();
    assert!(
        temporaries <= 1,
        "a save removes what killed writers left; only the last kill's may remain: {temporaries}"
    );
    eprintln!(
        "{kills} kills of a {}-byte save taking {whole:?}: {old} left the old document, \
         {new} the new one; {temporaries} temporary file left at the end",
        versions[0].len()
    );
}
