// Geometry of both orientations (days as columns, days as rows) and of the changes overlay.
import { describe, expect, it } from "vitest";
import type { RevisionChanges } from "../bindings/RevisionChanges";
import { arrowNudge, axesOf, ghostBox, locate, nudgeCommand, propose, type ColumnRect, type Gesture } from "./drag";
import {
  acrossBox,
  alongBox,
  boxStyle,
  changeGhosts,
  changeMarks,
  CREATE_GUTTER_PX,
  dayBreadth,
  maxLanes,
  place,
} from "./layout";

const h = (hh: number, mm = 0) => hh * 60 + mm;

describe("placing boxes in either orientation", () => {
  const along = alongBox({ start: h(10), end: h(11, 30) }, { start: h(9), end: h(18) }, 2);
  const across = acrossBox({ lane: 1, lanes: 2 });

  it("measures time along the axis and lanes across the day", () => {
    expect(along).toEqual({ offset: 120, length: 180 });
    expect(across).toEqual({ start: 50, size: 50 });
  });

  it("runs time downwards and lanes side by side when days are columns", () => {
    expect(place("columns", along, across)).toEqual({ top: "120px", height: "180px", left: "50%", width: "50%" });
  });

  it("runs time rightwards and lanes stacked when days are rows", () => {
    expect(place("rows", along, across)).toEqual({ left: "120px", width: "180px", top: "50%", height: "50%" });
  });

  it("keeps an inset free across the day only", () => {
    const box = place("rows", along, across, 1);
    expect(box.top).toBe("calc(50% + 1px)");
    expect(box.height).toBe("calc(50% - 2px)");
    expect(box.left).toBe("120px");
    expect(boxStyle(box)).toBe("left:120px;top:calc(50% + 1px);width:180px;height:calc(50% - 2px)");
  });

  it("gives a day room for its busiest moment, a room strip each in a room view, and narrow empty weekends", () => {
    const opts = { rooms: null, lanePx: 24, min: 72, narrowPx: 30 };
    expect(
      maxLanes([
        { lane: 0, lanes: 1 },
        { lane: 2, lanes: 5 },
      ]),
    ).toBe(5);
    expect(dayBreadth({ narrow: false }, 5, opts)).toBe(120);
    expect(dayBreadth({ narrow: false }, 1, opts), "never below the minimum").toBe(72);
    expect(dayBreadth({ narrow: true }, 1, opts)).toBe(30);
    expect(dayBreadth({ narrow: true }, 1, { ...opts, rooms: 40 }), "a room view keeps every strip").toBe(960);
    expect(dayBreadth({ narrow: false }, 80, { ...opts, rooms: 40 }), "two lanes in the busiest room").toBe(1920);
  });

  it("widens a day with many parallel sessions to a readable lane each, plus the create gutter", () => {
    const opts = { rooms: null, lanePx: 78, min: 72, narrowPx: 44, gutterPx: CREATE_GUTTER_PX };
    // Twelve Questions in parallel: twelve readable lanes, not twelve 8-pixel stripes.
    expect(dayBreadth({ narrow: false }, 12, opts)).toBe(12 * 78 + CREATE_GUTTER_PX);
    expect(dayBreadth({ narrow: false }, 1, opts)).toBe(78 + CREATE_GUTTER_PX);
  });

  it("keeps the create gutter free at the end of a day across, in either orientation", () => {
    const last = acrossBox({ lane: 3, lanes: 4 });
    // 75% of (W - 14px) = 75% - 10.5px; the lane is 25% of (W - 14px) less the inset twice.
    expect(place("columns", along, last, 1, 14)).toMatchObject({
      left: "calc(75% - 9.5px)",
      width: "calc(25% - 5.5px)",
    });
    expect(place("rows", along, last, 0, 14)).toMatchObject({ top: "calc(75% - 10.5px)", height: "calc(25% - 3.5px)" });
    expect(place("columns", along, acrossBox({ lane: 0, lanes: 1 }), 0, 14).width).toBe("calc(100% - 14px)");
  });
});

describe("pointer geometry in either orientation", () => {
  const days: ColumnRect[] = [
    { date: "2017-09-18", from: 50, to: 150 },
    { date: "2017-09-19", from: 150, to: 250 },
  ];
  const scale = { timeStartPx: 40, rangeStart: h(9), pxPerMinute: 2 };

  it("splits a point into across-days and along-time", () => {
    expect(axesOf("columns", 10, 20)).toEqual({ across: 10, along: 20 });
    expect(axesOf("rows", 10, 20)).toEqual({ across: 20, along: 10 });
  });

  it("finds the day by x and the minute by y when days are columns", () => {
    const p = locate("columns", days, 200, 40 + 120, scale);
    expect(p.column?.date).toBe("2017-09-19");
    expect(p.minute).toBe(h(10));
  });

  it("finds the day by y and the minute by x when days are rows", () => {
    const p = locate("rows", days, 40 + 120, 200, scale);
    expect(p.column?.date).toBe("2017-09-19");
    expect(p.minute).toBe(h(10));
  });

  it("moves a session to another day dragged across rows", () => {
    const g: Gesture = { kind: "move", held: [{ id: "q4", date: "2017-09-18", start: h(10), end: h(11) }], grab: 0 };
    const p = locate("rows", days, 40 + 2 * 60 * 2, 160, scale);
    expect(propose(g, { ...p, overPalette: false }, 15)).toEqual({
      kind: "place",
      spans: [{ id: "q4", date: "2017-09-19", start: h(11), end: h(12) }],
    });
  });

  it("puts the drag ghost over its day, or its room's strip, in either orientation", () => {
    const along = { offset: 120, length: 60 };
    expect(
      ghostBox(days, { date: "2017-09-19" }, { orientation: "columns", timeStartPx: 52, along, inset: 2 }),
    ).toEqual({
      x: 152,
      y: 172,
      width: 96,
      height: 60,
    });
    expect(ghostBox(days, { date: "2017-09-19" }, { orientation: "rows", timeStartPx: 118, along, inset: 2 })).toEqual({
      x: 238,
      y: 152,
      width: 60,
      height: 96,
    });
    const strips: ColumnRect[] = [
      { date: "2017-09-19", room: "a", from: 0, to: 50 },
      { date: "2017-09-19", room: "b", from: 50, to: 100 },
    ];
    const o = { orientation: "rows" as const, timeStartPx: 0, along, inset: 0 };
    expect(ghostBox(strips, { date: "2017-09-19", room: "b" }, o)).toEqual({ x: 120, y: 50, width: 60, height: 50 });
    expect(ghostBox(strips, { date: "2017-09-19" }, o), "no room: the whole day").toEqual({
      x: 120,
      y: 0,
      width: 60,
      height: 100,
    });
    expect(ghostBox(strips, { date: "2017-09-30" }, o)).toBeNull();
  });

  it("maps arrows to time along the time axis and to days across, in both orientations", () => {
    expect(arrowNudge("ArrowDown", false, "columns")).toBe("later");
    expect(arrowNudge("ArrowRight", false, "columns")).toBe("dayAfter");
    expect(arrowNudge("ArrowRight", false, "rows")).toBe("later");
    expect(arrowNudge("ArrowDown", false, "rows")).toBe("dayAfter");
    expect(arrowNudge("ArrowUp", false, "rows")).toBe("dayBefore");
    expect(arrowNudge("ArrowLeft", true, "rows")).toBe("shorter");
    expect(arrowNudge("ArrowUp", true, "columns")).toBe("shorter");
    expect(arrowNudge("ArrowLeft", true, "columns")).toBe("startEarlier");
    expect(arrowNudge("ArrowUp", true, "rows")).toBe("startEarlier");
    expect(arrowNudge("Enter", false, "rows")).toBeNull();
    const held = [{ id: "q4", date: "2017-09-18", start: h(10), end: h(11) }];
    expect(nudgeCommand(held, arrowNudge("ArrowDown", false, "rows") ?? "earlier", 15)).toEqual({
      type: "moveSession",
      id: "q4",
      start: "2017-09-19T10:00",
    });
  });
});

describe("changes since a revision", () => {
  const at = (date: string, from: string, to: string) => ({ start: `${date}T${from}`, end: `${date}T${to}` });
  const diff: RevisionChanges = {
    lines: [
      { kind: "added", id: "new", subject: "Nouveau", details: ["ajoutée : mardi 19 septembre 09:00–10:00"] },
      { kind: "removed", id: "gone", subject: "Parti", details: ["supprimée"] },
      { kind: "changed", id: "mv", subject: "Déplacé", details: ["déplacée", "salle changée"] },
      { kind: "changed", id: "rt", subject: "Retimed", details: ["retimed"] },
      { kind: "changed", id: "rn", subject: "Renamed", details: ["renamed from Old"] },
      { kind: "changed", id: "un", subject: "Unscheduled", details: ["unscheduled"] },
    ],
    breaks: [],
    days: [],
    sessions: [
      { id: "new", title: { en: "New one" }, change: { type: "added", placement: at("2017-09-19", "09:00", "10:00") } },
      {
        id: "gone",
        title: { en: "Gone", fr: "Parti" },
        change: { type: "removed", placement: at("2017-09-18", "14:00", "15:30"), room: "k" },
      },
      {
        id: "mv",
        title: { en: "Moved" },
        change: {
          type: "changed",
          aspects: [
            { type: "moved", from: at("2017-09-18", "09:00", "10:00"), to: at("2017-09-19", "11:00", "12:00") },
            { type: "room", from: "a", to: "b" },
          ],
        },
      },
      {
        id: "rt",
        title: { en: "Retimed" },
        change: {
          type: "changed",
          aspects: [
            { type: "retimed", from: at("2017-09-19", "09:00", "10:00"), to: at("2017-09-19", "09:00", "11:00") },
          ],
        },
      },
      {
        id: "rn",
        title: { en: "Renamed" },
        change: { type: "changed", aspects: [{ type: "renamed", from: { en: "Old" }, to: { en: "Renamed" } }] },
      },
      {
        id: "un",
        title: { en: "Unscheduled" },
        change: { type: "changed", aspects: [{ type: "moved", from: at("2017-09-20", "09:00", "10:00") }] },
      },
    ],
  };

  it("marks added sessions, moved or retimed ones as moved, and others as changed, in the core's words", () => {
    const marks = changeMarks(diff);
    expect(marks.get("new")).toEqual({ kind: "added", what: "ajoutée : mardi 19 septembre 09:00–10:00" });
    expect(marks.get("mv")).toEqual({ kind: "moved", what: "déplacée; salle changée" });
    expect(marks.get("rt")).toEqual({ kind: "moved", what: "retimed" });
    expect(marks.get("rn")).toEqual({ kind: "changed", what: "renamed from Old" });
    expect(marks.has("gone"), "a removed session has no block to mark").toBe(false);
  });

  it("draws ghosts at the old place of removed, moved and retimed sessions, in their old room", () => {
    const ghosts = changeGhosts(diff, (id) => (id === "rt" ? "k" : undefined));
    expect(ghosts.get("2017-09-18")).toEqual([
      { id: "gone", title: "Parti", kind: "removed", date: "2017-09-18", start: h(14), end: h(15, 30), room: "k" },
      { id: "mv", title: "Déplacé", kind: "moved", date: "2017-09-18", start: h(9), end: h(10), room: "a" },
    ]);
    expect(ghosts.get("2017-09-19")).toEqual([
      { id: "rt", title: "Retimed", kind: "moved", date: "2017-09-19", start: h(9), end: h(10), room: "k" },
    ]);
    expect(ghosts.get("2017-09-20")?.[0]?.kind, "unscheduled since: reads as removed").toBe("removed");
    expect([...ghosts.values()].flat().some((g) => g.id === "new" || g.id === "rn")).toBe(false);
  });
});
