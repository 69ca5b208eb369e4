/**
 * The window's keyboard shortcuts: which key does what. Most keys do what a menu item does
 * and answer its id ("file:save"); Escape clears the selection, and arrows nudge it (their
 * arithmetic is drag.ts's `arrowNudge`).
 *
 * - Ctrl/Cmd with O, S, Shift+S, N, E, W, P work anywhere, even while typing in a field.
 * - The other shortcuts leave a field being typed in alone, so its own keys (select all,
 *   Backspace, arrows) keep working there; Ctrl/Cmd+Z (and Shift+Z, Y) there undo (redo) the
 *   typing, which WebKitGTK leaves to the app (its text fields have no undo key of their own).
 * - N makes a new session (as the toolbar's New session button does).
 * - Delete, Enter and the arrows act on the selection, and only when there is one.
 */

/** What a key press asks for. */
export type Shortcut =
  /** The menu item `id`'s action; `preventDefault`: the page must not act on the key too. */
  | { menu: string; preventDefault: boolean }
  /** Escape: nothing selected, no conflict highlighted. */
  | "deselect"
  /** An arrow: nudge the selection (when the arrow is one of the grid's). */
  | "nudge"
  /** Undo or redo the typing in the field being typed in (not the timetable). */
  | { text: "undo" | "redo" };

/** The parts of a KeyboardEvent a shortcut depends on. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  target: EventTarget | { isContentEditable?: boolean; tagName?: string } | null;
}

/** Whether `target` is a field the user is typing in. */
function typingIn(target: KeyPress["target"]): boolean {
  const t = target as { isContentEditable?: boolean; tagName?: string } | null;
  return Boolean(t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName ?? "")));
}

const menu = (id: string, preventDefault = true): Shortcut => ({ menu: id, preventDefault });

/** The shortcut of `e`, or null when the key is not one; `hasSelection`: sessions are selected. */
export function shortcut(e: KeyPress, hasSelection: boolean): Shortcut | null {
  const typing = typingIn(e.target);
  const key = e.key.toLowerCase();
  if ((e.ctrlKey || e.metaKey) && !e.altKey) {
    if (key === "o" && !e.shiftKey) return menu("file:open");
    if (key === "s") return menu(e.shiftKey ? "file:save-as" : "file:save");
    if (key === "n" && !e.shiftKey) return menu("file:new");
    if (key === "e" && !e.shiftKey) return menu("file:export");
    if (key === "w" && !e.shiftKey) return menu("file:close");
    if (key === "p" && !e.shiftKey) return menu("file:print");
    if (typing && key === "z") return { text: e.shiftKey ? "redo" : "undo" };
    if (typing && key === "y" && !e.shiftKey) return { text: "redo" };
    if (typing) return null;
    if (key === "z" && !e.shiftKey) return menu("edit:undo");
    if ((key === "z" && e.shiftKey) || key === "y") return menu("edit:redo");
    if (key === "c") return menu("edit:copy", false);
    if (key === "v") return menu("edit:paste");
    if (key === "a") return menu("edit:select-all");
    return null;
  }
  if (typing || e.altKey) return null;
  if (e.key === "Escape") return "deselect";
  if (key === "n" && !e.shiftKey) return menu("edit:new-session");
  if (!hasSelection) return null;
  if (e.key === "Delete" || e.key === "Backspace") return menu("edit:delete");
  if (e.key === "Enter") return menu("edit:properties");
  return "nudge";
}
