// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import type { Applied } from "../bindings/Applied";
import type { BodyGrid } from "../bindings/BodyGrid";
import type { Command } from "../bindings/Command";
import { fixture } from "../test/fixture";
import { mockBackend } from "../lib/mockBackend";
import { mountInPage, settle, unmountAll } from "../test/mount";
import BodiesGrid from "./BodiesGrid.svelte";

afterEach(unmountAll);

const empty = () => ({ sessions: [] as string[] });

/** Two days (a Friday and a Saturday off), two slots, Q1 meeting on Friday morning with a clash. */
function grid(): BodyGrid {
  const cells = () => [empty(), empty(), empty(), empty()];
  const q1 = cells();
  q1[0] = { sessions: ["q1"], conflict: "error" } as (typeof q1)[0];
  return {
    days: [
      { date: "2017-09-22", working: true },
      { date: "2017-09-23", working: false },
    ],
    slots: [
      { id: "am", start: "09:00", end: "12:30" },
      { id: "pm", start: "14:00", end: "17:30" },
    ],
    rows: [
      { body: "sg12", depth: 0, cells: cells() },
      { body: "q1", depth: 2, cells: q1 },
    ],
  };
}

async function open(table: BodyGrid = grid()) {
  const f = fixture();
  const backend = mockBackend(f);
  backend.grid = table;
  const sent: Command[] = [];
  const selected: string[] = [];
  const target = mountInPage(BodiesGrid, {
    backend,
    timetable: f.timetable,
    view: f.view,
    selected: new Set<string>(),
    onSelect: (id: string) => selected.push(id),
    onCommand: async (command: Command) => {
      sent.push(command);
      return { sessions: [{ id: "new-one" }] } as unknown as Applied;
    },
  });
  await settle();
  return { target, sent, selected };
}

function cell(root: ParentNode, body: string, date: string, slot: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(`[data-body="${body}"][data-date="${date}"][data-slot="${slot}"]`);
  if (!found) throw new Error(`no cell ${body} ${date} ${slot}`);
  return found;
}

function pointer(type: string, target: EventTarget, x: number) {
  const e = new MouseEvent(type, { bubbles: true, clientX: x, clientY: 0, button: 0 });
  target.dispatchEvent(e);
}

describe("BodiesGrid", () => {
  it("draws a row per body in the core's order, a day off as one narrow column, and marks the clash", async () => {
    const { target } = await open();
    const rows = [...target.querySelectorAll<HTMLElement>("tbody tr")].map((r) => r.dataset.testid);
    expect(rows).toEqual(["bodies-row-sg12", "bodies-row-q1"]);
    expect(target.querySelectorAll("tbody tr:first-child td.cell")).toHaveLength(2);
    expect(target.querySelectorAll("tbody tr:first-child td.narrow")).toHaveLength(1);
    const q1am = cell(target, "q1", "2017-09-22", "am");
    expect(q1am.classList.contains("c-error")).toBe(true);
    // The chip says when the session is (the fixture's q1), whatever cell the core put it in.
    expect(q1am.querySelector(".chip")?.textContent).toBe("14:00–17:30");
  });

  it("places the body's meeting with a click in an empty cell and selects it", async () => {
    const { target, sent, selected } = await open();
    cell(target, "q1", "2017-09-22", "pm").querySelector<HTMLButtonElement>("button.place")?.click();
    await settle();
    expect(sent).toEqual([{ type: "placeBodyMeeting", body: "q1", date: "2017-09-22", slot: "pm" }]);
    expect(selected).toEqual(["new-one"]);
  });

  it("selects a meeting with a click and moves it with a drag to another cell of its row", async () => {
    const { target, sent, selected } = await open();
    const chip = cell(target, "q1", "2017-09-22", "am").querySelector<HTMLElement>(".chip");
    if (!chip) throw new Error("no chip");
    pointer("pointerdown", chip, 0);
    pointer("pointerup", chip, 0);
    expect(selected).toEqual(["q1"]);
    expect(sent).toEqual([]);

    const to = cell(target, "q1", "2017-09-22", "pm");
    pointer("pointerdown", chip, 0);
    pointer("pointermove", to, 40);
    await settle();
    expect(to.classList.contains("drop")).toBe(true);
    pointer("pointerup", to, 40);
    expect(sent).toEqual([{ type: "moveSessionToSlot", id: "q1", date: "2017-09-22", slot: "pm" }]);
  });

  it("refuses a drop in the row of a body the session does not have", async () => {
    const { target, sent } = await open();
    const chip = cell(target, "q1", "2017-09-22", "am").querySelector<HTMLElement>(".chip");
    if (!chip) throw new Error("no chip");
    pointer("pointerdown", chip, 0);
    pointer("pointermove", cell(target, "sg12", "2017-09-22", "pm"), 40);
    pointer("pointerup", cell(target, "sg12", "2017-09-22", "pm"), 40);
    expect(sent).toEqual([]);
  });

  it("adds bodies typed as a series where their rows appear, also before there is any", async () => {
    const { target, sent } = await open({ ...grid(), rows: [] });
    expect(target.querySelector('[data-testid="bodies-empty"]')?.textContent).toMatch(/No bodies yet.*SG2/s);
    const input = target.querySelector<HTMLInputElement>('[data-testid="bodies-series"]');
    if (!input) throw new Error("no series field in the empty view");
    input.value = "SG2";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.form?.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    await settle();
    expect(sent).toEqual([{ type: "addBodySeries", series: "SG2" }]);
    expect(input.value, "cleared once the core applied it").toBe("");
  });

  it("keeps the focus in the series field when the first bodies turn the empty view into rows", async () => {
    const f = fixture();
    const backend = mockBackend(f);
    backend.grid = { ...grid(), rows: [] };
    // Only the document is live (a new one after each edit); the backend stays a plain object.
    const live = $state({ timetable: f.timetable });
    const target = mountInPage(BodiesGrid, {
      backend,
      get timetable() {
        return live.timetable;
      },
      view: f.view,
      selected: new Set<string>(),
      onSelect: () => {},
      onCommand: async () => ({ sessions: [] }) as unknown as Applied,
    });
    await settle();
    const first = target.querySelector<HTMLInputElement>('[data-testid="bodies-series"]');
    if (!first) throw new Error("no series field");
    first.focus();
    first.value = "SG2";
    first.dispatchEvent(new Event("input", { bubbles: true }));
    first.form?.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    await settle();
    backend.grid = grid();
    live.timetable = { ...f.timetable };
    await settle();
    const next = target.querySelector<HTMLInputElement>('[data-testid="bodies-series"]');
    expect(target.querySelector("tbody tr"), "the rows are drawn").not.toBeNull();
    expect(next).not.toBe(first);
    expect(document.activeElement, "the next series is typed at once").toBe(next);
  });

  it("keeps the series field under the rows once there are bodies", async () => {
    const { target } = await open();
    expect(target.querySelectorAll('[data-testid="bodies-series"]')).toHaveLength(1);
  });
});
