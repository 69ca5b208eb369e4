// @vitest-environment jsdom
// The grid reads no layout from the page while an edit is drawn or a drag follows the
// pointer: a read of a position or size (getBoundingClientRect, offsetLeft, clientWidth,
// scrollLeft, getComputedStyle) made in the middle of an update makes the browser lay the
// whole grid out then and there (142 ms for one drop of the SG12 example in WebKitGTK). The
// days' boxes are computed from the grid's tracks instead (gridGeometry.ts).
import { flushSync, mount, unmount } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import type { Command } from "../bindings/Command";
import type { Session } from "../bindings/Session";
import type { Timetable } from "../bindings/Timetable";
import Grid from "./Grid.svelte";
import { gridProps } from "../test/gridProps";

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

/** What reads layout, on which prototype: each is spied on and must not be called. */
const GETTERS: [object, string][] = [
  [Element.prototype, "clientWidth"],
  [Element.prototype, "clientHeight"],
  [Element.prototype, "clientLeft"],
  [Element.prototype, "clientTop"],
  [Element.prototype, "scrollWidth"],
  [Element.prototype, "scrollHeight"],
  [Element.prototype, "scrollLeft"],
  [Element.prototype, "scrollTop"],
  [HTMLElement.prototype, "offsetLeft"],
  [HTMLElement.prototype, "offsetTop"],
  [HTMLElement.prototype, "offsetWidth"],
  [HTMLElement.prototype, "offsetHeight"],
];
const METHODS: [object, string][] = [
  [Element.prototype, "getBoundingClientRect"],
  [Element.prototype, "getClientRects"],
  [Element.prototype, "scrollIntoView"],
  [window, "getComputedStyle"],
];

/** The scroller's size, as the page would report it (jsdom lays nothing out). */
const VIEWPORT = { width: 1200, height: 700 };
let spies: [string, MockInstance][] = [];

beforeEach(() => {
  Element.prototype.scrollIntoView ??= () => {};
  spies = [
    ...GETTERS.map(([proto, name]): [string, MockInstance] => {
      expect(Object.getOwnPropertyDescriptor(proto, name)?.get, `${name} is a getter here`).toBeTypeOf("function");
      const spy = vi.spyOn(proto as HTMLElement, name as "clientWidth", "get");
      if (name === "clientWidth" || name === "clientHeight")
        spy.mockImplementation(function (this: Element) {
          return this.classList.contains("scroller") ? VIEWPORT[name === "clientWidth" ? "width" : "height"] : 0;
        });
      return [name, spy];
    }),
    ...METHODS.map(([owner, name]): [string, MockInstance] => [
      name,
      vi.spyOn(owner as Element, name as "getBoundingClientRect"),
    ]),
  ];
  // The scroller's box in the window: a drag's pointer is over the grid.
  vi.mocked(Element.prototype.getBoundingClientRect).mockImplementation(function (this: Element) {
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

/** The layout reads made since the last call. */
function reads(): string[] {
  const out = spies.flatMap(([name, spy]) => (spy.mock.calls.length > 0 ? [`${name} ×${spy.mock.calls.length}`] : []));
  for (const [, spy] of spies) spy.mockClear();
  return out;
}

/** The grid on the fixture, settled (its first frame has run), with its props to edit. */
async function open(orientation: "columns" | "rows", roomView = false) {
  const sent: Command[] = [];
  const banded: string[][] = [];
  const props = $state({
    ...gridProps(orientation, roomView),
    onSelectMany: (ids: string[]) => void banded.push(ids),
    onCommand: async (c: Command) => void sent.push(c),
  });
  const target = document.createElement("div");
  document.body.appendChild(target);
  grid = mount(Grid, { target, props });
  flushSync();
  await new Promise((r) => setTimeout(r, 50));
  reads();
  return { target, props, sent, banded };
}

/** `id` moved to `start`–`end`: a new document, as an edit's answer brings. */
function moved(tt: Timetable, id: string, start: string, end: string, room?: string): Timetable {
  const s = tt.sessions[id] as Session;
  const next = { ...s, placement: { start, end }, ...(room === undefined ? {} : { room }) };
  return { ...tt, sessions: { ...tt.sessions, [id]: next } };
}

function pointer(type: string, target: EventTarget, x: number, y: number, shiftKey = false) {
  target.dispatchEvent(new MouseEvent(type, { bubbles: true, clientX: x, clientY: y, button: 0, shiftKey }));
}

describe("Grid's layout reads", () => {
  for (const [orientation, roomView] of [
    ["columns", false],
    ["rows", false],
    ["columns", true],
  ] as const) {
    it(`reads none while an edit that adds a lane to a day is drawn (${orientation}${roomView ? ", rooms" : ""})`, async () => {
      const { target, props } = await open(orientation, roomView);
      const day = () => target.querySelector('[data-testid="day-column"][data-date="2017-09-25"]');
      expect(day()?.querySelectorAll('[data-testid="session"]').length).toBeGreaterThan(0);
      // "open" moves next to "bsg" (in its room): the 25th goes from one lane to two, its
      // column (its row) widens.
      const template = () => target.querySelector<HTMLElement>('[data-testid="grid"]')?.getAttribute("style");
      const before = template();
      const tt = moved(
        props.timetable,
        "open",
        "2017-09-25T09:30",
        "2017-09-25T12:30",
        props.timetable.sessions["bsg"]?.room,
      );
      props.timetable = tt;
      props.sessions = Object.values(tt.sessions);
      flushSync();
      expect(template(), "the day's track widened").not.toBe(before);
      expect(day()?.querySelector('[data-session-id="open"]')).not.toBeNull();
      expect(reads()).toEqual([]);
      // A keyboard move keeps the moved session in view: its place is computed, nothing is
      // read; it is scrolled to only when out of view (the 25th's rooms are right of the window).
      const scrollTo = vi.fn();
      Element.prototype.scrollTo = scrollTo;
      (grid as unknown as { scrollToSessions: (ids: string[]) => void }).scrollToSessions(["open"]);
      await new Promise((r) => setTimeout(r, 100));
      expect(reads()).toEqual([]);
      expect(scrollTo.mock.calls.length).toBe(roomView ? 1 : 0);
    });
  }

  it("reads the grid's place once at a press, then none while dragging and at the drop", async () => {
    const { target, sent } = await open("columns");
    const block = target.querySelector<HTMLElement>('[data-session-id="open"]');
    if (!block) throw new Error("no block");
    pointer("pointerdown", block, 300, 120);
    flushSync();
    expect(reads().length, "the press reads where the grid is").toBeGreaterThan(0);
    for (const [x, y] of [
      [340, 160],
      [600, 200],
      [900, 220],
    ] as const) {
      pointer("pointermove", window, x, y);
      flushSync();
    }
    pointer("pointerup", window, 900, 220);
    flushSync();
    expect(reads()).toEqual([]);
    // Dropped on the day under the pointer, as the arithmetic places the days.
    expect(sent.map((c) => c.type)).toEqual(["moveSession"]);
    expect(JSON.stringify(sent[0])).toContain("2017-09-25T");
  });

  it("follows a scroll under a held press: the drop lands where the pointer is in the grid", async () => {
    const { target, sent } = await open("columns");
    const block = target.querySelector<HTMLElement>('[data-session-id="open"]');
    const scroller = target.querySelector<HTMLElement>(".scroller");
    if (!block || !scroller) throw new Error("no block");
    pointer("pointerdown", block, 300, 120);
    flushSync();
    pointer("pointermove", window, 340, 160);
    flushSync();
    // The wheel scrolls the grid 400 px left under the pointer: x 500 is then the grid's 900,
    // the 25th (the 22nd without the scroll).
    const left = spies.find(([name]) => name === "scrollLeft")?.[1];
    left?.mockImplementation(function (this: Element) {
      return this.classList.contains("scroller") ? 400 : 0;
    });
    scroller.dispatchEvent(new Event("scroll"));
    reads();
    pointer("pointermove", window, 500, 220);
    flushSync();
    expect(reads(), "the offsets only, read once the pointer moves").toEqual(["scrollLeft ×1", "scrollTop ×1"]);
    pointer("pointerup", window, 500, 220);
    flushSync();
    expect(JSON.stringify(sent[0])).toContain("2017-09-25T");
  });

  it("selects with a rubber band by arithmetic, blocks drawn or not", async () => {
    const { target, banded } = await open("columns");
    const day = target.querySelector<HTMLElement>('[data-testid="day-column"][data-date="2017-09-22"]');
    if (!day) throw new Error("no day");
    pointer("pointerdown", day, 60, 60, true);
    flushSync();
    reads();
    pointer("pointermove", window, 1190, 1400, true);
    flushSync();
    pointer("pointerup", window, 1190, 1400, true);
    flushSync();
    expect(reads()).toEqual([]);
    expect(banded).toHaveLength(1);
    expect(banded[0]).toEqual(expect.arrayContaining(["open", "q1", "q2", "q4"]));
  });
});
