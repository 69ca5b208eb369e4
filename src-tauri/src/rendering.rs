//! How the web view draws the page on Linux: composited with OpenGL where the machine has a
//! graphics device, painted on the CPU where it has none.
//!
//! WebKitGTK composites its layers with OpenGL. Without a graphics device (a virtual
//! machine, a remote desktop, a server's X display) Mesa runs that OpenGL on the CPU
//! (llvmpipe), and every frame then costs the whole window's compositing in software:
//! measured on a 2-core machine under Xvfb, about 20 ms of CPU for an empty window and 45 ms
//! for a grid, on both cores, so an edit's frame waits behind the compositor and the machine
//! stays busy for seconds after the document opens. Painting without compositing touches
//! only what changed, on the page's own thread: there a drop on FOSDEM 2020 is drawn in about
//! two thirds of the time, and the app takes about 130 MB less memory (docs/performance.md,
//! "Drawing without a graphics device").
//!
//! So on a machine with no DRM render node (`/dev/dri/renderD*`, which every hardware OpenGL
//! driver of Mesa and the proprietary drivers open) the app starts itself again with
//! WebKit's `WEBKIT_DISABLE_COMPOSITING_MODE` set ([`painted_restart`]). WebKit's own
//! switches win: `WEBKIT_DISABLE_COMPOSITING_MODE` and `WEBKIT_FORCE_COMPOSITING_MODE` set by
//! the user are left to WebKit.

use std::path::Path;

/// How the web view should draw, as decided for this machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Drawing {
    /// WebKit's default: composited with OpenGL.
    Composited,
    /// Painted on the CPU, without compositing.
    Painted,
}

/// The drawing for a machine whose DRM devices are in `dri` (normally `/dev/dri`), with the
/// environment read through `env`. `None`: leave WebKit's default (the user chose through
/// WebKit's own variables).
pub fn choose(dri: &Path, env: impl Fn(&str) -> bool) -> Option<Drawing> {
    if env("WEBKIT_DISABLE_COMPOSITING_MODE") || env("WEBKIT_FORCE_COMPOSITING_MODE") {
        return None;
    }
    Some(if has_render_node(dri) {
        Drawing::Composited
    } else {
        Drawing::Painted
    })
}

/// Whether `dri` holds a DRM render node (`renderD128`, ...). An unreadable or missing
/// folder has none.
fn has_render_node(dri: &Path) -> bool {
    std::fs::read_dir(dri).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with("renderD"))
    })
}

/// Where the machine calls for painting on the CPU and nothing was chosen yet, the command
/// that starts this program again, the same way, with WebKit's
/// `WEBKIT_DISABLE_COMPOSITING_MODE` set: for `main` to `exec`, before GTK and WebKit start.
///
/// Why again rather than a setting: WebKit reads its policy when a web view is created, and
/// setting "never accelerate" on a web view already made (tauri makes it before the app can
/// reach its settings) left it painting on the CPU but receiving no mouse-wheel event at
/// all (WebKitGTK 2.50); the variable, read at the start, works in full. The program cannot
/// set its own environment once threads may run (`set_var` is unsafe), and replacing the
/// process (`exec`) keeps its id, its arguments and its standard streams, at the cost of
/// loading the program's libraries twice.
#[cfg(target_os = "linux")]
pub fn painted_restart() -> Option<std::process::Command> {
    use std::os::unix::process::CommandExt;
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
    if choose(Path::new("/dev/dri"), set) != Some(Drawing::Painted) {
        return None;
    }
    let mut args = std::env::args_os();
    let mut command = std::process::Command::new(program_to_restart(std::env::current_exe()));
    if let Some(name) = args.next() {
        command.arg0(name);
    }
    command
        .args(args)
        .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    Some(command)
}

/// The program to `exec` again: its own path, so that the process keeps its name (the kernel
/// names a process after the file it runs: `/proc/self/exe` would show as "exe" in every
/// process list); `/proc/self/exe` (this very file) when the path is unknown or gone, as
/// while a package upgrade replaces it.
#[cfg(target_os = "linux")]
fn program_to_restart(own: std::io::Result<std::path::PathBuf>) -> std::path::PathBuf {
    own.ok()
        .filter(|path| path.is_file())
        .unwrap_or_else(|| "/proc/self/exe".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dri_with(nodes: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("a temporary folder");
        for n in nodes {
            std::fs::write(dir.path().join(n), b"").expect("a node");
        }
        dir
    }

    #[test]
    fn a_machine_without_a_render_node_paints_on_the_cpu() {
        let none = |_: &str| false;
        assert_eq!(choose(dri_with(&[]).path(), none), Some(Drawing::Painted));
        assert_eq!(
            choose(dri_with(&["card0"]).path(), none),
            Some(Drawing::Painted),
            "a display controller alone (card0, as a virtual GPU shows) renders nothing"
        );
        assert_eq!(
            choose(Path::new("/nonexistent/dri"), none),
            Some(Drawing::Painted)
        );
    }

    #[test]
    fn a_machine_with_a_render_node_composites() {
        let dri = dri_with(&["card0", "renderD128"]);
        assert_eq!(choose(dri.path(), |_| false), Some(Drawing::Composited));
    }

    #[test]
    fn webkits_own_switches_are_left_to_webkit() {
        let dri = dri_with(&[]);
        assert_eq!(
            choose(dri.path(), |n| n == "WEBKIT_FORCE_COMPOSITING_MODE"),
            None
        );
        assert_eq!(
            choose(dri.path(), |n| n == "WEBKIT_DISABLE_COMPOSITING_MODE"),
            None
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_restart_runs_the_program_by_its_own_name() {
        let dir = dri_with(&["plenary-desktop"]);
        let own = dir.path().join("plenary-desktop");
        assert_eq!(program_to_restart(Ok(own.clone())), own);
        let gone = dir.path().join("replaced (deleted)");
        assert_eq!(
            program_to_restart(Ok(gone)),
            Path::new("/proc/self/exe"),
            "a program file gone is run from the process's own image"
        );
        assert_eq!(
            program_to_restart(Err(std::io::Error::other("unknown"))),
            Path::new("/proc/self/exe")
        );
    }
}
