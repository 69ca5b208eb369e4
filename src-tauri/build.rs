//! Generates the Tauri context and the permissions of the app's own commands: each command
//! listed here gets an `allow-<command>` permission that `capabilities/` must grant.

/// The IPC commands of the shell (keep in step with `invoke_handler` in `src/lib.rs`).
const COMMANDS: &[&str] = &[
    "snapshot",
    "apply",
    "undo",
    "redo",
    "new_document",
    "open_document",
    "save_document",
    "document_path",
    "startup_error",
    "locked_at_startup",
    "import_document",
    "export_document",
    "publish_folder",
    "choose_publish_folder",
    "plan_publish",
    "publish_site",
    "open_published_site",
    "annex_preview",
    "recovery_entries",
    "recover_entry",
    "discard_entry",
    "revision_diff",
    "annex_notes",
    "revision_summary",
    "export_choices",
    "today",
    "setup_choices",
    "meeting_setup",
    "start_choices",
    "open_recent",
    "open_example",
    "suggested_file_name",
    "close_window",
    "open_window",
    "window_start",
    "print_window",
    "bodies_grid",
    "translations",
    "annex_warnings",
    "arrange_run",
    "arrange_stop",
    "arrange_apply",
    "arrange_discard",
    "feasibility",
    "suggest_places",
    "set_menu_language",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("the Tauri configuration and capabilities are valid");
}
