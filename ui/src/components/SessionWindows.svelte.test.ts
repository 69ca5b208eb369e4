// @vitest-environment jsdom
import { flushSync, mount, unmount } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import type { Command } from "../bindings/Command";
import type { Session } from "../bindings/Session";
import { fixture } from "../test/fixture";
import SessionWindows from "./SessionWindows.svelte";

let shown: ReturnType<typeof mount> | null = null;

afterEach(() => {
  if (shown) void unmount(shown);
  shown = null;
  document.body.innerHTML = "";
});

function show(session: Session) {
  const sent: Command[] = [];
  const target = document.createElement("div");
  document.body.appendChild(target);
  shown = mount(SessionWindows, {
    target,
    props: {
      timetable: fixture().timetable,
      session,
      onCommand: async (c: Command) => {
        sent.push(c);
      },
    },
  });
  flushSync();
  return { target, sent };
}

const q1 = (): Session => structuredClone(fixture().timetable.sessions["q1"]!);

function type(target: HTMLElement, testid: string, text: string) {
  const input = target.querySelector<HTMLInputElement>(`[data-testid='${testid}']`)!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
  flushSync();
}

describe("a session's allowed windows", () => {
  it("says anywhere when there are none, and adds one day's window as one command", () => {
    const { target, sent } = show(q1());
    expect(target.textContent).toContain("Anywhere within the day's hours");
    const day = target.querySelector<HTMLSelectElement>("[data-testid='prop-window-day']")!;
    // Only working days are offered, and every day.
    expect([...day.options].map((o) => o.value)).toEqual(["", "2017-09-22", "2017-09-25"]);
    day.value = "2017-09-25";
    day.dispatchEvent(new Event("change", { bubbles: true }));
    type(target, "prop-window-start", "1000");
    type(target, "prop-window-end", "12:30");
    target.querySelector<HTMLButtonElement>("[data-testid='prop-window-add']")!.click();
    expect(sent).toEqual([
      {
        type: "setSessionWindows",
        id: "q1",
        windows: [{ date: "2017-09-25", start: "10:00", end: "12:30" }],
      },
    ]);
  });

  it("lists each window and removes one as one command keeping the others", () => {
    const s = q1();
    s.windows = [
      { start: "09:00", end: "12:30" },
      { date: "2017-09-22", start: "14:00", end: "17:30" },
    ];
    const { target, sent } = show(s);
    const rows = [...target.querySelectorAll("[data-testid='prop-window']")].map((r) => r.textContent);
    expect(rows[0]).toContain("Every day 09:00–12:30");
    expect(rows[1]).toContain("14:00–17:30");
    target.querySelectorAll<HTMLButtonElement>("[data-testid='prop-window-remove']")[0]!.click();
    expect(sent).toEqual([
      { type: "setSessionWindows", id: "q1", windows: [{ date: "2017-09-22", start: "14:00", end: "17:30" }] },
    ]);
  });
});
