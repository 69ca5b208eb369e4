//! Fuzz target: any command (arbitrary JSON read as a `Command`, as the app's IPC does)
//! applied to the SG12 example never panics; a refused command or a dry run changes
//! nothing (the document saves to the same bytes); an applied one leaves a valid
//! timetable whose conflicts equal a full check, and undo gives back the exact bytes.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use plenary::{Command, DryRun, Editor, document};

static SG12: LazyLock<plenary::model::Timetable> = LazyLock::new(|| {
    document::load(include_str!("../../examples/itu-t-sg12-2017.plenary.json"))
        .expect("the example loads")
});

fuzz_target!(|data: &[u8]| {
    // One command, or a list of them applied in turn.
    let commands: Vec<Command> = match serde_json::from_slice::<Command>(data) {
        Ok(command) => vec![command],
        Err(_) => match serde_json::from_slice::<Vec<Command>>(data) {
            Ok(commands) => commands,
            Err(_) => return,
        },
    };
    let mut editor = Editor::new(SG12.clone());
    let original = document::save(editor.timetable());
    for command in &commands {
        let before = document::save(editor.timetable());
        let _ = editor.apply(command, DryRun::Yes);
        assert_eq!(
            document::save(editor.timetable()),
            before,
            "a dry run changes nothing"
        );
        match editor.apply(command, DryRun::No) {
            Err(_) => assert_eq!(
                document::save(editor.timetable()),
                before,
                "a refused command changes nothing"
            ),
            Ok(_) => {
                assert!(editor.timetable().validate().is_empty(), "still valid");
                assert_eq!(
                    editor.conflicts(),
                    plenary::conflict::check(editor.timetable()),
                    "the incremental conflicts equal a full check"
                );
            }
        }
    }
    while editor.history().can_undo {
        editor.undo();
    }
    assert_eq!(
        document::save(editor.timetable()),
        original,
        "undoing every applied command restores the original bytes"
    );
});
