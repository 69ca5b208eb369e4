// @vitest-environment jsdom
// A drop's fit bands and its held block's fading stay until its answer is drawn and go with
// it, so the days under them are redrawn once, with the move; the core is not asked for the
// bands again. Its ghost stays as it was, its conflicts worded, until then too.
import { flushSync, mount, unmount } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Applied } from "../bindings/Applied";
import type { Command } from "../bindings/Command";
import type { Conflict } from "../bindings/Conflict";
import type { Feasibility } from "../bindings/Feasibility";
import type { FeasibilityRequest } from "../bindings/FeasibilityRequest";
import type { Timetable } from "../bindings/Timetable";
import { fixture } from "../test/fixture";
import Grid from "./Grid.svelte";
import { gridProps } from "../test/gridProps";

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

/** The scroller's size, as the page would report it (jsdom lays nothing out). */
const VIEWPORT = { width: 1200, height: 700 };

beforeEach(() => {
  for (const name of ["clientWidth", "clientHeight"] as const)
    vi.spyOn(Element.prototype, name, "get").mockImplementation(function (this: Element) {
      return this.classList.contains("scroller") ? VIEWPORT[name === "clientWidth" ? "width" : "height"] : 0;
    });
  vi.spyOn(Element.prototype, "getBoundingClientRect").mockImplementation(function (this: Element) {
    return this.classList.contains("scroller") ? new DOMRect(0, 0, VIEWPORT.width, VIEWPORT.height) : new DOMRect();
  });
});

let grid: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (grid) void unmount(grid);
  grid = null;
  document.body.innerHTML = "";
  vi.restoreAllMocks();
});

function pointer(type: string, target: EventTarget, x: number, y: number) {
  target.dispatchEvent(new MouseEvent(type, { bubbles: true, clientX: x, clientY: y, button: 0 }));
}

const settle = async () => {
  for (let i = 0; i < 4; i++) await Promise.resolve();
  flushSync();
};

describe("a drop's fit bands", () => {
  it("stay until the drop's answer is drawn with the held block faded, go with it, and are not asked for again", async () => {
    const timetable: Timetable = fixture().timetable;
    const asked: FeasibilityRequest[] = [];
    const everywhereClean = (request: FeasibilityRequest): Feasibility => ({
      session: request.session,
      minutes: 60,
      from: request.from,
      step: request.step,
      starts: 1,
      rooms: ["", ...Object.keys(timetable.rooms)],
      days: timetable.days.map((d) => ({ date: d.date, fits: "c".repeat(Object.keys(timetable.rooms).length + 1) })),
    });
    let answer: () => void = () => {};
    const sent: Command[] = [];
    const props = $state({
      ...gridProps(),
      // The drop's answer comes when the test says: the document moved, then the promise.
      onCommand: (c: Command) => {
        sent.push(c);
        return new Promise<void>((resolve) => {
          answer = () => {
            const s = props.timetable.sessions["open"]!;
            const next = { ...s, placement: { start: "2017-09-25T10:00", end: "2017-09-25T11:00" } };
            props.timetable = { ...props.timetable, sessions: { ...props.timetable.sessions, open: next } };
            props.sessions = Object.values(props.timetable.sessions);
            resolve();
          };
        });
      },
      onFeasibility: async (request: FeasibilityRequest) => (asked.push(request), everywhereClean(request)),
    });
    const target = document.createElement("div");
    document.body.appendChild(target);
    grid = mount(Grid, { target, props });
    flushSync();
    await new Promise((r) => setTimeout(r, 50));
    const bands = () => target.querySelectorAll('[data-testid="fit-band"]').length;

    const block = target.querySelector<HTMLElement>('[data-session-id="open"]');
    if (!block) throw new Error("no block");
    pointer("pointerdown", block, 300, 120);
    for (const [x, y] of [
      [340, 160],
      [600, 200],
      [900, 220],
    ] as const)
      pointer("pointermove", window, x, y);
    await settle();
    expect(
      asked.map((r) => r.session),
      "the drag asks once where the session fits",
    ).toEqual(["open"]);
    expect(bands()).toBeGreaterThan(0);
    const faded = () => target.querySelector('[data-session-id="open"]')?.classList.contains("dragging");
    expect(faded(), "the held block is drawn faded while dragged").toBe(true);

    pointer("pointerup", window, 900, 220);
    await settle();
    expect(sent.map((c) => c.type)).toEqual(["moveSession"]);
    expect(bands(), "while the answer is awaited the bands stay, as the ghost does").toBeGreaterThan(0);
    expect(target.querySelector('[data-testid="drag-ghost"]')).not.toBeNull();
    expect(faded(), "and the held block stays faded, not drawn again at its old place").toBe(true);

    answer();
    await settle();
    await settle();
    expect(bands(), "the bands go with the drop's answer").toBe(0);
    expect(target.querySelector('[data-testid="drag-ghost"]')).toBeNull();
    expect(faded(), "the moved block comes back with the answer").toBe(false);
    expect(asked, "the drop's answer does not ask for the bands again").toHaveLength(1);
  });

  it("leave the ghost as it was, its conflicts worded, until the drop's answer is drawn", async () => {
    const [, clash] = fixture().conflicts as [Conflict, Conflict];
    // The dry run of any cell: the dragged session would clash.
    const dryRun = (command: Command): Applied => ({
      label: "Move session",
      dryRun: true,
      changed: true,
      sessions: [fixture().timetable.sessions["open"]!],
      removedSessions: [],
      conflicts: { added: [{ ...clash, sessions: ["open"] }], removed: [] },
      summary: { errors: 1, warnings: 0, infos: 0, acknowledged: 0 },
      history: { canUndo: true, canRedo: false, undoLabel: command.type, dirty: true },
    });
    let answer: () => void = () => {};
    const props = $state({
      ...gridProps(),
      onPreview: async (command: Command) => dryRun(command),
      onCommand: () => new Promise<void>((resolve) => (answer = resolve)),
    });
    const target = document.createElement("div");
    document.body.appendChild(target);
    grid = mount(Grid, { target, props });
    flushSync();
    await new Promise((r) => setTimeout(r, 50));
    const note = () => target.querySelector('[data-testid="drag-ghost"] .ghost-note');

    const block = target.querySelector<HTMLElement>('[data-session-id="open"]');
    if (!block) throw new Error("no block");
    pointer("pointerdown", block, 300, 120);
    pointer("pointermove", window, 340, 160);
    pointer("pointermove", window, 600, 200);
    await settle();
    await settle();
    expect(note(), "the dragged ghost words the conflict its dry run found").not.toBeNull();

    pointer("pointerup", window, 600, 200);
    await settle();
    expect(target.querySelector('[data-testid="drag-ghost"]')).not.toBeNull();
    expect(note(), "while the answer is awaited the ghost keeps its words").not.toBeNull();

    answer();
    await settle();
    await settle();
    expect(target.querySelector('[data-testid="drag-ghost"]')).toBeNull();
  });
});
