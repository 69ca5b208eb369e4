// @vitest-environment jsdom
import { flushSync, mount, unmount } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import type { RecoveryEntry } from "../bindings/RecoveryEntry";
import { setUiLocale } from "../lib/i18n.svelte";
import RecoveryDialog from "./RecoveryDialog.svelte";

let dialog: ReturnType<typeof mount> | null = null;

afterEach(() => {
  if (dialog) void unmount(dialog);
  dialog = null;
  document.body.innerHTML = "";
});

const SG12: RecoveryEntry = {
  id: "1-2-0",
  path: "/meetings/sg12.plenary.json",
  name: "sg12.plenary.json",
  savedAt: Date.UTC(2026, 10, 26, 17, 5),
  title: "ITU-T Study Group 12 meeting",
  sessions: 34,
  unsavedEdits: 1,
};

function show(entries: RecoveryEntry[]) {
  const chosen: string[] = [];
  const target = document.createElement("div");
  document.body.appendChild(target);
  dialog = mount(RecoveryDialog, {
    target,
    props: {
      entries,
      onRecover: (id: string) => chosen.push(`recover ${id}`),
      onDiscard: (id: string) => chosen.push(`discard ${id}`),
      onLater: () => chosen.push("later"),
    },
  });
  flushSync();
  return { target, chosen };
}

const button = (root: ParentNode, testid: string) => {
  const b = root.querySelector<HTMLButtonElement>(`[data-testid="${testid}"]`);
  if (!b) throw new Error(`no ${testid}`);
  return b;
};

describe("RecoveryDialog", () => {
  it("shows what it would restore: file, title, when, sessions, unsaved edits", () => {
    const { target } = show([SG12]);
    const text = target.querySelector('[data-testid="recovery"]')?.textContent ?? "";
    expect(text).toContain("sg12.plenary.json");
    expect(text).toContain("ITU-T Study Group 12 meeting");
    expect(text).toContain("/meetings/sg12.plenary.json");
    expect(text).toContain("34 sessions");
    expect(text).toContain("1 unsaved edit");
    expect(text).toContain("2026");
    expect(document.activeElement?.textContent?.trim(), "Recover has the focus").toBe("Recover");
  });

  it("names an untitled document Untitled", () => {
    const { target } = show([{ ...SG12, id: "2", path: undefined, name: "Untitled" }]);
    expect(target.querySelector('[data-testid="recovery-name"]')?.textContent).toBe("Untitled");
  });

  it("names an untitled document in the UI's language", () => {
    setUiLocale("fr", false);
    try {
      const { target } = show([{ ...SG12, id: "2", path: undefined, name: "Untitled" }]);
      expect(target.querySelector('[data-testid="recovery-name"]')?.textContent).toBe("Sans titre");
    } finally {
      setUiLocale("en", false);
    }
  });

  it("answers Recover, Discard and Later for the entry clicked", () => {
    const { target, chosen } = show([SG12, { ...SG12, id: "3-2-0", name: "other.plenary.json" }]);
    const rows = target.querySelectorAll<HTMLElement>('[data-testid="recovery-entry"]');
    expect(rows).toHaveLength(2);
    button(rows[1]!, "recovery-discard").click();
    button(rows[0]!, "recovery-recover").click();
    button(target, "recovery-later").click();
    expect(chosen).toEqual(["discard 3-2-0", "recover 1-2-0", "later"]);
    expect(target.textContent).toContain("offered again at the next start");
  });

  it("offers only Discard for an entry that cannot be read, saying why", () => {
    const { target } = show([{ ...SG12, problem: "9-9-0.plenary.json: line 1: unexpected end" }]);
    expect(target.querySelector('[data-testid="recovery-recover"]')).toBeNull();
    expect(target.querySelector('[data-testid="recovery-problem"]')?.textContent).toContain("unexpected end");
    expect(target.querySelector('[data-testid="recovery-discard"]')).not.toBeNull();
  });

  it("Escape means Later", () => {
    const { target, chosen } = show([SG12]);
    target
      .querySelector('[data-testid="recovery"]')
      ?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(chosen).toEqual(["later"]);
  });
});
