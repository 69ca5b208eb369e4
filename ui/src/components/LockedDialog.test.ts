// @vitest-environment jsdom
import { flushSync, mount, unmount } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import LockedDialog, { type LockAnswer } from "./LockedDialog.svelte";

let dialog: ReturnType<typeof mount> | null = null;

afterEach(() => {
  if (dialog) void unmount(dialog);
  dialog = null;
  document.body.innerHTML = "";
});

const HELD = "sg12.plenary.json is open by ada on lab-1 since 2026-12-04 10:32.";

function show() {
  const chosen: LockAnswer[] = [];
  const target = document.createElement("div");
  document.body.appendChild(target);
  dialog = mount(LockedDialog, { target, props: { message: HELD, onChoose: (c: LockAnswer) => chosen.push(c) } });
  flushSync();
  return { target, chosen };
}

describe("the dialog for a timetable someone else has open", () => {
  it("names who has it and since when", () => {
    const { target } = show();
    expect(target.querySelector("[data-testid='locked-holder']")?.textContent).toBe(HELD);
  });

  it("has Open Read-Only focused, so Enter never takes the file from the other person", () => {
    show();
    expect((document.activeElement as HTMLElement | null)?.dataset["testid"]).toBe("locked-read-only");
  });

  it("answers each button with its choice, and Escape with cancel", () => {
    const { target, chosen } = show();
    for (const id of ["locked-read-only", "locked-copy", "locked-anyway", "locked-cancel"]) {
      target.querySelector<HTMLButtonElement>(`[data-testid='${id}']`)!.click();
    }
    document.activeElement?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(chosen).toEqual(["readOnly", "copy", "anyway", "cancel", "cancel"]);
  });
});
