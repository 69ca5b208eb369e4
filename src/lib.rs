//! Plenary's core: the timetable model, document files, undoable edit commands and the
//! conflict engine. Pure Rust with no I/O (but the atomic file writer both clients share),
//! no clock and no GUI: the `plenary` CLI and the
//! desktop shell (`src-tauri/`) are thin clients of this crate.
//!
//! | module | what it holds |
//! |---|---|
//! | [`model`] | the timetable: meeting, days, slots, breaks, sessions, bodies, rooms, ... |
//! | [`time`] | times of day and local date-times, to the minute |
//! | [`document`] | the versioned JSON file format: load with located errors, stable save |
//! | [`command`] | user intents (`Command`) and the primitive edits they compile to |
//! | [`editor`] | apply, dry-run, undo and redo; answers with what changed and the conflicts |
//! | [`history`] | the undo history: entries, what clears redo, the saved mark, its limits |
//! | [`conflict`] | the conflict engine, full and incremental |
//! | [`interop`] | import and export of frab XML/JSON, iCalendar, CSV and Excel, with reports |
//! | [`file_name`] | the file name Save and Export suggest, and the extension a typed name gets |
//! | [`fnv`] | FNV-1a, the stable hash of export ids and of the app's disk stamps |
//! | [`generate`] | synthetic conferences of any size, for benchmarks and tests |
//! | [`revision`] | what changed between two revisions (or a revision and now), and its summary |
//! | [`template`] | the empty document a new file starts as, and the set-up form's meeting (titles, city, dates, days off, hours template, languages) |
//! | [`cities`] | time zones chosen by city: the list the set-up form offers, a city's zone |
//! | [`view`] | what the core derives for drawing: main language, each day's hours and breaks, body trees, the next revision label |
//! | [`new_items`] | what a new slot, break, room, body, person or session starts as, and fresh ids |
//! | [`wire`] | the error and state shapes sent across IPC |
//! | [`messages`] | the core's user-facing messages as ids with arguments, written in any of the six languages from the shared Fluent files |
//! | [`i18n`] | every fixed string of the annex and change summary in six languages; dates from ICU4X |
//! | [`atomic`] | the one atomic file writer of the app and the CLI (the core's only I/O) |
//! | [`bodies`] | the body tree in order, a series of Questions typed at once, the bodies grid the Bodies view draws |
//! | [`annex`] | the annex of the letter: build it in a layout and language, render it as text, Markdown, HTML, DOCX, PDF |
//! | [`translations`] | every text of the document in every meeting language, what each lacks; a session's name for people |
//! | [`publish`] | a document as a static website, frab feeds, calendars per body and room, and a changelog: files in memory |
//! | [`places`] | where one session can go: what a drop at each day, start and room would bring, and its best places |
//! | [`export`] | every export format (annex and interchange) by name, rendered to bytes |
#![deny(missing_docs)]
// The core holds no unsafe code at all (the workspace only denies it: see Cargo.toml).
#![forbid(unsafe_code)]

pub mod annex;
pub mod arrange;
pub mod atomic;
pub mod bodies;
pub mod cities;
pub mod command;
pub mod conflict;
pub mod document;
pub mod editor;
pub mod export;
pub mod file_name;
pub mod fnv;
pub mod generate;
pub mod history;
pub mod i18n;
pub mod interop;
pub mod messages;
pub mod model;
pub mod new_items;
pub mod places;
pub mod publish;
pub mod revision;
pub mod template;
pub mod time;
pub mod translations;
mod validate;
pub mod view;
pub mod wire;

pub use command::Command;
pub use conflict::Conflict;
pub use editor::{Applied, DryRun, Editor};
pub use model::Timetable;
