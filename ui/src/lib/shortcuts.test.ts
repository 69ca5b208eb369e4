import { describe, expect, it } from "vitest";
import { shortcut, type KeyPress } from "./shortcuts";

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  target: { tagName: "BODY" },
  ...mods,
});
const input = { tagName: "INPUT" };

describe("keyboard shortcuts", () => {
  it("Ctrl or Cmd with a letter does what its menu item does", () => {
    expect(shortcut(press("o", { ctrlKey: true }), false)).toEqual({ menu: "file:open", preventDefault: true });
    expect(shortcut(press("S", { metaKey: true, shiftKey: true }), false)).toEqual({
      menu: "file:save-as",
      preventDefault: true,
    });
    expect(shortcut(press("z", { ctrlKey: true }), false)).toEqual({ menu: "edit:undo", preventDefault: true });
    expect(shortcut(press("z", { ctrlKey: true, shiftKey: true }), false)).toEqual({
      menu: "edit:redo",
      preventDefault: true,
    });
    expect(shortcut(press("y", { ctrlKey: true }), false)).toEqual({ menu: "edit:redo", preventDefault: true });
    expect(shortcut(press("c", { ctrlKey: true }), true), "copy leaves the page's own copy alone").toEqual({
      menu: "edit:copy",
      preventDefault: false,
    });
    expect(shortcut(press("o", { ctrlKey: true, altKey: true }), false), "Alt makes it another key").toBeNull();
  });

  it("N makes a new session, with or without a selection, but not while typing", () => {
    const newSession = { menu: "edit:new-session", preventDefault: true };
    expect(shortcut(press("n"), false)).toEqual(newSession);
    expect(shortcut(press("N"), true), "Caps Lock on").toEqual(newSession);
    expect(shortcut(press("n", { target: input }), false), "typing an n").toBeNull();
    expect(shortcut(press("n", { ctrlKey: true }), false), "Ctrl+N is File > New").toEqual({
      menu: "file:new",
      preventDefault: true,
    });
  });

  it("Ctrl+P (Cmd+P) is File > Print, instead of the page's own printing", () => {
    const print = { menu: "file:print", preventDefault: true };
    expect(shortcut(press("p", { ctrlKey: true }), false)).toEqual(print);
    expect(shortcut(press("p", { metaKey: true }), false)).toEqual(print);
    expect(shortcut(press("p", { ctrlKey: true, target: input }), false), "even while typing").toEqual(print);
    expect(shortcut(press("p"), false)).toBeNull();
  });

  it("while typing in a field only the file shortcuts act; the field keeps its own keys", () => {
    expect(shortcut(press("s", { ctrlKey: true, target: input }), true)).toEqual({
      menu: "file:save",
      preventDefault: true,
    });
    for (const key of ["a", "v", "c"]) {
      expect(shortcut(press(key, { ctrlKey: true, target: input }), true), `Ctrl+${key}`).toBeNull();
    }
    // Undo and redo are the field's typing's, not the timetable's.
    expect(shortcut(press("z", { ctrlKey: true, target: input }), true)).toEqual({ text: "undo" });
    expect(shortcut(press("Z", { metaKey: true, shiftKey: true, target: input }), true)).toEqual({ text: "redo" });
    expect(shortcut(press("y", { ctrlKey: true, target: input }), true)).toEqual({ text: "redo" });
    for (const key of ["Delete", "Backspace", "Enter", "ArrowUp", "Escape"]) {
      expect(shortcut(press(key, { target: input }), true), key).toBeNull();
      expect(shortcut(press(key, { target: { isContentEditable: true } }), true), key).toBeNull();
    }
  });

  it("Escape clears; Delete, Enter and arrows act on a selection, and only when there is one", () => {
    expect(shortcut(press("Escape"), false)).toBe("deselect");
    expect(shortcut(press("Delete"), true)).toEqual({ menu: "edit:delete", preventDefault: true });
    expect(shortcut(press("Backspace"), true)).toEqual({ menu: "edit:delete", preventDefault: true });
    expect(shortcut(press("Enter"), true)).toEqual({ menu: "edit:properties", preventDefault: true });
    expect(shortcut(press("ArrowLeft", { shiftKey: true }), true)).toBe("nudge");
    for (const key of ["Delete", "Enter", "ArrowDown"]) expect(shortcut(press(key), false), key).toBeNull();
    expect(shortcut(press("Delete", { altKey: true }), true)).toBeNull();
  });
});
