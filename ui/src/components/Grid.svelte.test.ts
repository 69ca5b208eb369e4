// @vitest-environment jsdom
// The grid as a component: both orientations keep the test hooks, and the changes overlay
// marks changed blocks and draws where removed or moved sessions were.
import { flushSync, mount, unmount } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import type { Command } from "../bindings/Command";
import type { RevisionChanges } from "../bindings/RevisionChanges";
import type { Feasibility } from "../bindings/Feasibility";
import type { FeasibilityRequest } from "../bindings/FeasibilityRequest";
import type { Timetable } from "../bindings/Timetable";
import type { Session } from "../bindings/Session";
import type { Orientation } from "../lib/layout";
import { fixture } from "../test/fixture";
import Grid from "./Grid.svelte";
import { gridProps } from "../test/gridProps";
import { setUiLocale } from "../lib/i18n.svelte";
import { printMode, type PrintHost } from "../lib/print.svelte";
import type { Move } from "../bindings/Move";
import { arrangedSessions } from "../lib/arrangeOverlay";

// jsdom has no layout: the grid's size bindings need a ResizeObserver, which never fires here.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

let grid: ReturnType<typeof mount> | null = null;

afterEach(() => {
  if (grid) void unmount(grid);
  grid = null;
  document.body.innerHTML = "";
});

function draw(orientation: Orientation, changes: RevisionChanges | null = null, more: Record<string, unknown> = {}) {
  const target = document.createElement("div");
  document.body.appendChild(target);
  grid = mount(Grid, {
    target,
    props: { ...gridProps(orientation), changes, changesLabel: "Rev.2", ...more },
  });
  flushSync();
  return target;
}

const at = (date: string, from: string, to: string) => ({ start: `${date}T${from}`, end: `${date}T${to}` });

describe("Grid", () => {
  for (const orientation of ["columns", "rows"] as const) {
    it(`keeps the day and session hooks with days as ${orientation}`, () => {
      const root = draw(orientation);
      const g = root.querySelector<HTMLElement>('[data-testid="grid"]');
      expect(g?.dataset["orientation"]).toBe(orientation);
      const day = root.querySelector('[data-testid="day-column"][data-date="2017-09-22"]');
      expect(day?.getAttribute("aria-label")).toBe("Friday 22 September 2017");
      const q4 = day?.querySelector<HTMLElement>('[data-testid="session"][data-session-id="q4"]');
      expect(q4?.getAttribute("aria-label")).toMatch(/^Question 4\/12, 15:00–16:30/);
      // Time runs down in columns and right in rows.
      expect(q4?.style[orientation === "columns" ? "height" : "width"]).toMatch(/px$/);
      expect(q4?.style[orientation === "columns" ? "width" : "height"]).toMatch(/%/);
    });
  }

  it("titles blocks in the UI's language when the meeting is held in it, and follows a change of it", () => {
    const root = draw("columns");
    const open = () => root.querySelector<HTMLElement>('[data-testid="session"][data-session-id="open"]');
    expect(open()?.textContent).toContain("SG12 opening plenary");
    try {
      setUiLocale("fr", false);
      flushSync();
      expect(open()?.textContent).toContain("Plénière d'ouverture de la CE 12");
      expect(open()?.getAttribute("aria-label")).toMatch(/^Plénière d'ouverture de la CE 12/);
    } finally {
      setUiLocale("en", false);
    }
  });

  it("draws every block of every day while printing, though it culls those out of view on screen", () => {
    // An observer that never sees a day in view: on screen, no day draws its blocks.
    const had = globalThis.IntersectionObserver;
    globalThis.IntersectionObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof IntersectionObserver;
    try {
      const root = draw("columns");
      const blocks = () => root.querySelectorAll('[data-testid="session"]').length;
      const placed = Object.values(fixture().timetable.sessions).filter((s) => s.placement).length;
      expect(blocks()).toBe(0);
      const host: PrintHost = {
        root: document.documentElement,
        head: document.head,
        drawn: async () => {},
        contentWidth: () => 0,
        print: () => {},
        nextGesture: () => () => {},
      };
      printMode.begin(host, "view");
      flushSync();
      expect(blocks()).toBe(placed);
      printMode.end();
      flushSync();
      expect(blocks()).toBe(0);
    } finally {
      globalThis.IntersectionObserver = had;
    }
  });

  it("draws a point in time as a marker at its start with its time, without resize handles", () => {
    const timetable: Timetable = fixture().timetable;
    const q4 = timetable.sessions["q4"]!;
    const point = { ...q4, timing: "point" as const, placement: at("2017-09-22", "17:30", "17:30") };
    timetable.sessions["q4"] = point;
    const root = draw("columns", null, {
      timetable,
      sessions: Object.values(timetable.sessions),
      selected: new Set(["q4"]),
    });
    const block = root.querySelector<HTMLElement>('[data-testid="session"][data-session-id="q4"]');
    expect(block?.dataset["timing"]).toBe("point");
    expect(block?.classList.contains("point")).toBe(true);
    expect(block?.getAttribute("aria-label")).toMatch(/^Question 4\/12, 17:30,/);
    expect(block?.querySelector('[data-testid="resize-handle"]')).toBeNull();
  });

  it("draws a day too dense for the condensed view as aggregates with their conflicts; a click expands it", () => {
    const timetable: Timetable = fixture().timetable;
    const q4 = timetable.sessions["q4"]!;
    const many = Array.from({ length: 30 }, (_, i) => ({
      ...q4,
      id: `p${i}`,
      placement: { start: "2017-09-22T09:00", end: "2017-09-22T10:00" },
    }));
    const sessions = [...Object.values(timetable.sessions), ...many];
    const root = draw("columns", null, {
      timetable: { ...timetable, sessions: Object.fromEntries(sessions.map((s) => [s.id, s])) },
      sessions,
      condensed: true,
      marks: new Map([["p3", "error"]]),
      selected: new Set(["p20"]),
    });
    const day = root.querySelector('[data-testid="day-column"][data-date="2017-09-22"]')!;
    const groups = [...day.querySelectorAll<HTMLElement>('[data-testid="session-group"]')];
    expect(groups.length).toBeGreaterThan(1);
    const counted = groups.reduce((n, g) => n + Number(g.dataset["count"]), 0);
    expect(counted).toBe(sessions.filter((s) => s.placement?.start.startsWith("2017-09-22")).length);
    const marked = groups.find((g) => g.dataset["conflict"] === "error");
    expect(marked?.getAttribute("aria-label")).toMatch(/^\d+ sessions, 1 in conflict, 09:00–10:00; expand the day$/);
    // Only the selected session is drawn as a block (the keyboard reaches it); the other days are as they were.
    expect(
      [...day.querySelectorAll<HTMLElement>('[data-testid="session"]')].map((b) => b.dataset["sessionId"]),
    ).toEqual(["p20"]);
    const elsewhere = root.querySelector('[data-testid="day-column"][data-date="2017-09-21"] [data-testid="session"]');
    expect(elsewhere).not.toBeNull();
    marked!.click();
    flushSync();
    expect(day.querySelectorAll('[data-testid="session-group"]')).toHaveLength(0);
    expect(day.querySelectorAll('[data-testid="session"]').length).toBe(counted);
  });

  it("creates a session where the grid is double-clicked, beside what is there, not on a block", () => {
    const sent: Command[] = [];
    const opened: string[] = [];
    const root = draw("columns", null, {
      onCommand: async (c: Command) => void sent.push(c),
      onOpen: (id: string) => opened.push(id),
    });
    const day = root.querySelector<HTMLElement>('[data-testid="day-column"][data-date="2017-09-22"]');
    day?.querySelector('[data-session-id="q4"]')?.dispatchEvent(new MouseEvent("dblclick", { bubbles: true }));
    expect(sent, "a double-click on a block is not a new session").toEqual([]);
    expect(opened, "it opens the block for editing").toEqual(["q4"]);
    day?.dispatchEvent(new MouseEvent("dblclick", { bubbles: true }));
    expect(sent).toHaveLength(1);
    const command = sent[0];
    expect(command?.type).toBe("addSession");
    expect(command?.type === "addSession" && command.session.placement?.start.slice(0, 10)).toBe("2017-09-22");
  });

  it("offers New session here and Paste here on the grid's context menu", () => {
    const sent: Command[] = [];
    const root = draw("columns", null, { onCommand: async (c: Command) => void sent.push(c) });
    const day = root.querySelector<HTMLElement>('[data-testid="day-column"][data-date="2017-09-22"]');
    day?.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
    flushSync();
    const menu = document.querySelector('[data-testid="grid-menu"]');
    expect(menu?.textContent).toContain("Fri 22");
    expect(
      document.querySelector<HTMLButtonElement>('[data-testid="grid-menu-paste"]')?.disabled,
      "nothing copied",
    ).toBe(true);
    document.querySelector<HTMLButtonElement>('[data-testid="grid-menu-new"]')?.click();
    flushSync();
    expect(sent.map((c) => c.type)).toEqual(["addSession"]);
    expect(document.querySelector('[data-testid="grid-menu"]'), "the menu closes").toBeNull();
  });

  it("enables Paste here on an open context menu when a copy arrives after it opened", () => {
    // Ctrl+C can reach the page through the native menu's accelerator, after the menu opened.
    let copied = $state<Session[]>([]);
    const root = draw("columns", null, { copied: () => copied });
    const day = root.querySelector<HTMLElement>('[data-testid="day-column"][data-date="2017-09-22"]');
    day?.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
    flushSync();
    const paste = () => document.querySelector<HTMLButtonElement>('[data-testid="grid-menu-paste"]');
    expect(paste()?.disabled, "nothing copied yet").toBe(true);
    const q4 = fixture().timetable.sessions["q4"];
    if (!q4) throw new Error("the fixture has q4");
    copied = [q4];
    flushSync();
    expect(paste()?.disabled, "the copy arrived").toBe(false);
  });

  it("shows resize handles on the selected block only", () => {
    const root = draw("columns", null, { selected: new Set(["q4"]) });
    const handles = (id: string) =>
      root.querySelectorAll(`[data-testid="session"][data-session-id="${id}"] [data-testid="resize-handle"]`).length;
    expect(root.querySelector('[data-session-id="q1"]'), "q1 is drawn too").not.toBeNull();
    expect(handles("q4")).toBe(2);
    expect(handles("q1"), "a press near an unselected block's edge moves it, never resizes it").toBe(0);
  });

  it("marks added, moved and changed sessions, and draws ghosts where removed and moved ones were", () => {
    const changes: RevisionChanges = {
      lines: [
        { kind: "added", id: "q1", subject: "Question 1", details: ["added: Friday 22 September 14:00–17:30"] },
        { kind: "changed", id: "q4", subject: "Question 4", details: ["retimed from 09:00–10:30 to 15:00–16:30"] },
        { kind: "changed", id: "q2", subject: "Question 2", details: ["renamed from Q2"] },
        { kind: "removed", id: "gone", subject: "Old plenary", details: ["removed"] },
      ],
      breaks: [],
      days: [],
      sessions: [
        {
          id: "q1",
          title: { en: "Question 1" },
          change: { type: "added", placement: at("2017-09-22", "14:00", "17:30") },
        },
        {
          id: "q4",
          title: { en: "Question 4" },
          change: {
            type: "changed",
            aspects: [
              { type: "retimed", from: at("2017-09-22", "09:00", "10:30"), to: at("2017-09-22", "15:00", "16:30") },
            ],
          },
        },
        {
          id: "q2",
          title: { en: "Question 2" },
          change: { type: "changed", aspects: [{ type: "renamed", from: { en: "Q2" }, to: { en: "Question 2" } }] },
        },
        {
          id: "gone",
          title: { en: "Old plenary" },
          change: { type: "removed", placement: at("2017-09-25", "09:00", "10:00") },
        },
      ],
    };
    const root = draw("rows", changes);
    const block = (id: string) => root.querySelector<HTMLElement>(`[data-testid="session"][data-session-id="${id}"]`);
    expect(block("q1")?.dataset["change"]).toBe("added");
    expect(block("q4")?.dataset["change"]).toBe("moved");
    expect(block("q4")?.getAttribute("aria-label")).toMatch(/retimed from 09:00–10:30 to 15:00–16:30 since Rev\.2$/);
    expect(block("q2")?.dataset["change"]).toBe("changed");
    expect(block("open")?.dataset["change"]).toBeUndefined();
    const ghosts = [...root.querySelectorAll<HTMLElement>('[data-testid="change-ghost"]')];
    expect(
      ghosts.map((g) => [
        g.dataset["sessionId"],
        g.closest<HTMLElement>('[data-testid="day-column"]')?.dataset["date"],
      ]),
    ).toEqual([
      ["q4", "2017-09-22"],
      ["gone", "2017-09-25"],
    ]);
    expect(ghosts[0]?.title).toBe("Was here in Rev.2: Question 4, 09:00–10:30");
    expect(ghosts[1]?.title).toBe("Was here in Rev.2: Old plenary, 09:00–10:00");
  });

  for (const [orientation, roomView] of [
    ["columns", false],
    ["rows", false],
    ["columns", true],
  ] as const) {
    it(`draws an arrangement's moves where the core would put them, marked, and outlines the places they leave (${orientation}${roomView ? ", rooms" : ""})`, () => {
      const timetable: Timetable = fixture().timetable;
      const moves: Move[] = [
        {
          session: "q2",
          from: at("2017-09-22", "14:00", "17:30"),
          fromRoom: "k",
          to: at("2017-09-21", "09:00", "12:30"),
          toRoom: "k",
        },
        { session: "tour", to: at("2017-09-25", "09:00", "10:00"), toRoom: "k" },
        { session: "mt1", from: at("2017-09-21", "14:00", "17:00"), fromRoom: "l" },
      ];
      const asked: FeasibilityRequest[] = [];
      const root = draw(orientation, null, {
        sessions: arrangedSessions(Object.values(timetable.sessions), moves),
        arrangement: moves,
        roomView,
        frozen: true,
        selected: new Set(["tour"]),
        onFeasibility: async (request: FeasibilityRequest) => {
          asked.push(request);
          return Promise.reject(new Error("not asked"));
        },
      });
      const block = (id: string) => root.querySelector<HTMLElement>(`[data-testid="session"][data-session-id="${id}"]`);
      const dayOf = (e: HTMLElement | null | undefined) =>
        e?.closest<HTMLElement>('[data-testid="day-column"]')?.dataset["date"];
      expect(root.querySelector<HTMLElement>('[data-testid="grid"]')?.dataset["changes"]).toBe("arrangement");
      expect(block("q2")?.dataset["change"]).toBe("arranged");
      expect(dayOf(block("q2"))).toBe("2017-09-21");
      expect(block("q2")?.getAttribute("aria-label")).toMatch(/would move here from .*22.*14:00–17:30, Room K$/);
      expect(block("tour")?.dataset["change"]).toBe("placed");
      expect(dayOf(block("tour"))).toBe("2017-09-25");
      expect(block("mt1"), "left unscheduled: not drawn").toBeNull();
      expect(block("q1")?.dataset["change"], "not moved: not marked").toBeUndefined();
      const ghosts = [...root.querySelectorAll<HTMLElement>('[data-testid="change-ghost"]')];
      expect(ghosts.map((g) => [g.dataset["sessionId"], g.dataset["change"], dayOf(g)])).toEqual([
        ["mt1", "out", "2017-09-21"],
        ["q2", "away", "2017-09-22"],
      ]);
      expect(ghosts.find((g) => g.dataset["sessionId"] === "q2")?.title).toBe(
        "Question 2/12 (14:00–17:30) would move from here",
      );
      expect(asked, "no feasibility over a preview: it would judge the document as it is").toEqual([]);
      expect(root.querySelector('[data-testid="fit-band"]')).toBeNull();
    });
  }

  it("colours where the one selected palette session can start, as the core judged it, with a legend", async () => {
    const timetable: Timetable = fixture().timetable;
    const unscheduled = Object.values(timetable.sessions).find((s) => !s.placement);
    expect(unscheduled, "the fixture has a palette session").toBeDefined();
    const id = unscheduled?.id ?? "";
    const asked: FeasibilityRequest[] = [];
    const answer = (request: FeasibilityRequest): Feasibility => ({
      session: request.session,
      minutes: 60,
      from: request.from,
      step: request.step,
      starts: 2,
      rooms: ["", ...Object.keys(timetable.rooms)],
      days: timetable.days.map((d) => ({
        date: d.date,
        fits: "c".repeat(Object.keys(timetable.rooms).length + 1) + "e".repeat(Object.keys(timetable.rooms).length + 1),
      })),
    });
    const root = draw("columns", null, {
      selected: new Set([id]),
      onFeasibility: async (request: FeasibilityRequest) => (asked.push(request), answer(request)),
    });
    await Promise.resolve();
    await Promise.resolve();
    flushSync();
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ session: id, minutes: 60, step: 15 });
    const day = root.querySelector(`[data-testid="day-column"][data-date="${timetable.days[0]?.date}"]`);
    const bands = [...(day?.querySelectorAll<HTMLElement>('[data-testid="fit-band"]') ?? [])];
    expect(bands.map((b) => b.dataset["fit"])).toEqual(["clean", "error"]);
    expect(document.querySelector('[data-testid="fit-legend"]')?.textContent).toContain("no conflict");
  });
});
