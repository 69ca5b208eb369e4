//! The Plenary desktop app. Usage: `plenary-desktop [FILE]`; without a file it opens the
//! bundled example.

// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    plenary_desktop::run();
}
