// The app's native file dialogs (GTK's file chooser, which the dialog plugin opens) answered
// as a person would: type the path into the dialog and press Enter. Only a path picked in
// such a dialog is accepted by the shell, so this is the one way for a test to open, import
// or export a file of its choice through the real app.
//
// Driven with xdotool on the app's X display: wait for the dialog's window by its title,
// give it the keyboard focus (there is no window manager under Xvfb), open the location
// field with Ctrl+L, type the path, press Enter.

import { execFileSync } from 'node:child_process';

function xdotool(display, args) {
  return execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: display }, encoding: 'utf8' }).trim();
}

/** The ids of the visible windows named exactly `title` (none yet: empty). */
function windows(display, title) {
  try {
    return xdotool(display, ['search', '--onlyvisible', '--name', `^${title}$`]).split('\n').filter(Boolean);
  } catch {
    return []; // xdotool exits 1 when nothing matches
  }
}

/**
 * Waits for the file dialog titled `title` on `display`, types `path` into it and accepts;
 * then waits until the dialog is gone.
 */
export async function answerFileDialog(display, title, path, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let ids = [];
  while ((ids = windows(display, title)).length === 0) {
    if (Date.now() > deadline) throw new Error(`no file dialog titled "${title}" appeared within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const id = ids[ids.length - 1];
  // GTK builds the dialog's widgets just after mapping it; typing earlier loses keys.
  await new Promise((r) => setTimeout(r, 500));
  xdotool(display, ['windowfocus', '--sync', id]);
  xdotool(display, ['key', '--clearmodifiers', '--window', id, 'ctrl+l']);
  await new Promise((r) => setTimeout(r, 200));
  // Select what the field holds (a save dialog proposes a name), then type over it.
  xdotool(display, ['key', '--clearmodifiers', 'ctrl+a']);
  xdotool(display, ['type', '--clearmodifiers', '--delay', '10', path]);
  await new Promise((r) => setTimeout(r, 200));
  xdotool(display, ['key', '--clearmodifiers', 'Return']);
  while (windows(display, title).length > 0) {
    if (Date.now() > deadline) throw new Error(`the file dialog "${title}" did not close after typing ${path}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
