//! The Plenary desktop app. Usage: `plenary-desktop [FILE]`; without a file it opens the
//! bundled example.

// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // Without a graphics device, paint on the CPU (see `rendering`): set for this process, or
    // by starting again where it cannot be; if that fails, go on composited.
    #[cfg(target_os = "linux")]
    if let Some(mut again) = plenary_desktop::rendering::prepare_painting() {
        let error = std::os::unix::process::CommandExt::exec(&mut again);
        eprintln!(
            "plenary: could not start again painting on the CPU ({error}); compositing instead"
        );
    }
    plenary_desktop::run();
}
