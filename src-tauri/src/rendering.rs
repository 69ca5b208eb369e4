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
//! driver of Mesa and the proprietary drivers open) the app sets WebKit's
//! `WEBKIT_DISABLE_COMPOSITING_MODE` for itself as it starts, or starts itself again with it
//! set where it cannot ([`prepare_painting`]). WebKit's own switches win:
//! `WEBKIT_DISABLE_COMPOSITING_MODE` and `WEBKIT_FORCE_COMPOSITING_MODE` set by the user are
//! left to WebKit.
//!
//! Painting on the CPU, the window needs no OpenGL of GTK's either: GTK 3 opens GLX as its
//! display starts (to choose visuals), which loads Mesa's software driver and LLVM, about 25
//! ms of the launch. So the app also sets GTK's `GDK_GL=disable` there, unless the user set
//! `GDK_GL` ([`painting_variables`]). Where the page is composited GTK's OpenGL is left on:
//! WebKit draws the composited page into the window through it.

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

/// Where the machine calls for painting on the CPU and nothing was chosen yet, sets WebKit's
/// `WEBKIT_DISABLE_COMPOSITING_MODE` (and GTK's `GDK_GL`, [`painting_variables`]) for this
/// process: for `main` to call first, before GTK and WebKit start. `None` when that is done
/// or not called for; otherwise the command that starts this program again, the same way,
/// with the variables set, for `main` to `exec`.
///
/// Why the variable rather than a setting: WebKit reads its policy when a web view is
/// created, and setting "never accelerate" on a web view already made (tauri makes it before
/// the app can reach its settings) left it painting on the CPU but receiving no mouse-wheel
/// event at all (WebKitGTK 2.50); the variable, read at the start, works in full.
///
/// Why set here when it can: a process may change its own environment only while no other
/// thread reads or writes it. At the start of `main`, before GTK, WebKit or tauri start, the
/// threads running are those the libraries' initializers started: with WebKitGTK 2.50, one,
/// JavaScriptCore's memory scavenger (libpas), which never touches the environment. So the
/// program sets the variables when it sees no more threads than that (`THREADS_AT_START`),
/// and otherwise starts again with them set (`exec` keeps the process's id, its arguments and
/// its standard streams), which costs loading the program's libraries twice: about 60 ms of
/// the launch (docs/performance.md).
#[cfg(target_os = "linux")]
pub fn prepare_painting() -> Option<std::process::Command> {
    use std::os::unix::process::CommandExt;
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
    if choose(Path::new("/dev/dri"), set) != Some(Drawing::Painted) {
        return None;
    }
    let variables = painting_variables(|name| std::env::var_os(name).is_some());
    if threads_as_at_start(Path::new("/proc/self/task")) {
        paint_without_compositing_here(&variables);
        return None;
    }
    let mut args = std::env::args_os();
    let mut command = std::process::Command::new(program_to_restart(std::env::current_exe()));
    if let Some(name) = args.next() {
        command.arg0(name);
    }
    command.args(args).envs(variables);
    Some(command)
}

/// The environment that makes WebKit and GTK paint on the CPU, for a process whose
/// environment has the variables for which `present` is true: WebKit's switch, and GTK's
/// `GDK_GL=disable` unless the user set `GDK_GL` (to anything: it also takes other flags).
pub fn painting_variables(present: impl Fn(&str) -> bool) -> Vec<(&'static str, &'static str)> {
    let mut variables = vec![("WEBKIT_DISABLE_COMPOSITING_MODE", "1")];
    if !present("GDK_GL") {
        variables.push(("GDK_GL", "disable"));
    }
    variables
}

/// The threads a process of this program has when `main` starts: its own and libpas's
/// scavenger, which WebKitGTK's initializer starts as the library loads.
#[cfg(target_os = "linux")]
const THREADS_AT_START: usize = 2;

/// Whether the process whose threads are listed in `tasks` (normally `/proc/self/task`) has
/// no thread but those it has at the start ([`THREADS_AT_START`]): none of them reads or
/// writes the environment. An unreadable list counts as more.
#[cfg(target_os = "linux")]
fn threads_as_at_start(tasks: &Path) -> bool {
    std::fs::read_dir(tasks).is_ok_and(|threads| threads.count() <= THREADS_AT_START)
}

/// Sets `variables` ([`painting_variables`]) in this process's environment. Only for
/// [`prepare_painting`], once it has seen no thread but those at the start.
#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
fn paint_without_compositing_here(variables: &[(&str, &str)]) {
    for (name, value) in variables {
        // SAFETY: `set_var` is sound while no other thread reads or writes the environment.
        // `prepare_painting` calls this at the start of `main`, before anything of the
        // program's starts a thread, and only when `/proc/self/task` lists no thread but this
        // one and libpas's scavenger, which never touches the environment (see
        // `prepare_painting`).
        unsafe { std::env::set_var(name, value) }
    }
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

    #[test]
    fn painting_on_the_cpu_turns_off_gtks_opengl_unless_the_user_chose() {
        assert_eq!(
            painting_variables(|_| false),
            [
                ("WEBKIT_DISABLE_COMPOSITING_MODE", "1"),
                ("GDK_GL", "disable")
            ]
        );
        assert_eq!(
            painting_variables(|n| n == "GDK_GL"),
            [("WEBKIT_DISABLE_COMPOSITING_MODE", "1")],
            "GDK_GL set by the user is GTK's to read"
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_environment_is_set_here_only_with_the_threads_at_start() {
        let start = dri_with(&["4242", "4243"]);
        assert!(
            threads_as_at_start(start.path()),
            "its own and libpas's scavenger"
        );
        let more = dri_with(&["4242", "4243", "4250"]);
        assert!(
            !threads_as_at_start(more.path()),
            "a thread more may read the environment"
        );
        assert!(
            !threads_as_at_start(Path::new("/nonexistent/task")),
            "unknown counts as more"
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
