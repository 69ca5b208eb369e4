import { describe, expect, it } from "vitest";
import {
  columnAt,
  commandFor,
  createAt,
  isUnmoved,
  minuteAt,
  nudgeCommand,
  pastThreshold,
  pasteAt,
  propose,
  snap,
  stampAt,
  type ColumnRect,
  type Gesture,
  type Held,
  type Pointer,
} from "./drag";
import { sessionSpan } from "./layout";
import { fixture } from "../test/fixture";

/** The core's new session, as its view sends it. */
const NEW = fixture().view.newItems.session;

const columns: ColumnRect[] = [
  { date: "2017-09-22", from: 100, to: 200 },
  { date: "2017-09-23", from: 200, to: 240 },
  { date: "2017-09-25", from: 240, to: 340 },
];
const q4: Held = { id: "q4", date: "2017-09-22", start: 15 * 60, end: 16 * 60 + 30, room: "k" };
const at = (date: string, minute: number, room?: string): Pointer => ({
  column: { date, from: 0, to: 1, ...(room ? { room } : {}) },
  minute,
  overPalette: false,
});

describe("snapping and hit testing", () => {
  it("snaps to the nearest multiple of the step", () => {
    expect(snap(7)).toBe(0);
    expect(snap(8)).toBe(15);
    expect(snap(-8)).toBe(-15);
    expect(snap(33, 5)).toBe(35);
    expect(snap(44, 30)).toBe(30);
    expect(snap(46, 30)).toBe(60);
  });

  it("treats tiny moves as a click", () => {
    expect(pastThreshold(150, 300, 152, 302)).toBe(false);
    expect(pastThreshold(150, 300, 150, 305)).toBe(true);
  });

  it("finds the column under the pointer, the nearest one outside", () => {
    expect(columnAt(columns, 210)?.date).toBe("2017-09-23");
    expect(columnAt(columns, 20)?.date).toBe("2017-09-22");
    expect(columnAt(columns, 999)?.date).toBe("2017-09-25");
    expect(columnAt([], 10)).toBeNull();
  });

  it("turns a pixel offset into minutes", () => {
    expect(minuteAt(90, 9 * 60, 1.5)).toBe(9 * 60 + 60);
  });

  it("writes minutes past midnight as the next day's stamp", () => {
    expect(stampAt("2017-09-22", 1440)).toBe("2017-09-23T00:00");
    expect(stampAt("2017-09-22", -30)).toBe("2017-09-21T23:30");
  });
});

describe("moving", () => {
  const grabbed: Gesture = { kind: "move", held: [q4], grab: 20 };

  it("follows the pointer minus where the block was grabbed, snapped", () => {
    const p = propose(grabbed, at("2017-09-25", 10 * 60 + 20 + 7), 15);
    expect(p).toEqual({ kind: "place", spans: [{ id: "q4", date: "2017-09-25", start: 600, end: 690, room: "k" }] });
    expect(commandFor(grabbed, p, NEW)).toEqual({ type: "moveSession", id: "q4", start: "2017-09-25T10:00" });
  });

  it("snaps to the chosen step", () => {
    const p = propose(grabbed, at("2017-09-22", 15 * 60 + 20 + 40), 30);
    expect(p.kind === "place" && p.spans[0]?.start).toBe(15 * 60 + 30);
  });

  it("keeps an off-grid start when the move is under half a step", () => {
    const off: Gesture = { kind: "move", held: [{ ...q4, start: 905, end: 995 }], grab: 0 };
    const p = propose(off, at("2017-09-25", 905 + 5), 15);
    expect(p.kind === "place" && p.spans[0]?.start).toBe(905);
  });

  it("keeps the block inside the day", () => {
    const early = propose(grabbed, at("2017-09-22", -500), 15);
    const late = propose(grabbed, at("2017-09-22", 5000), 15);
    expect(early.kind === "place" && early.spans[0]?.start).toBe(0);
    expect(late.kind === "place" && late.spans[0]?.end).toBe(1440);
  });

  it("knows a drop back in place, and sends nothing for it", () => {
    const p = propose(grabbed, at("2017-09-22", 15 * 60 + 20), 15);
    expect(isUnmoved(grabbed, p)).toBe(true);
    expect(commandFor(grabbed, p, NEW)).toBeNull();
  });

  it("takes the room of a room column", () => {
    const p = propose(grabbed, at("2017-09-22", 16 * 60 + 20, "popov"), 15);
    expect(commandFor(grabbed, p, NEW)).toEqual({
      type: "moveSession",
      id: "q4",
      start: "2017-09-22T16:00",
      room: "popov",
    });
  });

  it("moves a selection together by one offset", () => {
    const q1: Held = { id: "q1", date: "2017-09-22", start: 9 * 60, end: 12 * 60 };
    const both: Gesture = { kind: "move", held: [q4, q1], grab: 0 };
    const p = propose(both, at("2017-09-25", 14 * 60), 15);
    expect(p.kind === "place" && p.spans.map((s) => [s.date, s.start])).toEqual([
      ["2017-09-25", 14 * 60],
      ["2017-09-25", 8 * 60],
    ]);
    expect(commandFor(both, p, NEW)).toEqual({ type: "moveSessions", ids: ["q4", "q1"], byMinutes: 3 * 1440 - 60 });
  });

  it("unschedules one session dropped on the palette, but not a selection", () => {
    const over = { column: null, minute: 0, overPalette: true };
    expect(commandFor(grabbed, propose(grabbed, over, 15), NEW)).toEqual({ type: "unscheduleSession", id: "q4" });
    const both: Gesture = { kind: "move", held: [q4, { ...q4, id: "q1" }], grab: 0 };
    expect(commandFor(both, propose(both, over, 15), NEW)).toBeNull();
  });
});

describe("resizing, scheduling, creating", () => {
  it("moves the bottom edge, never shorter than a step", () => {
    const g: Gesture = { kind: "resize", held: q4, edge: "end" };
    expect(commandFor(g, propose(g, at("2017-09-22", 17 * 60 + 20), 15), NEW)).toEqual({
      type: "resizeSession",
      id: "q4",
      start: "2017-09-22T15:00",
      end: "2017-09-22T17:15",
    });
    const p = propose(g, at("2017-09-22", 10 * 60), 15);
    expect(p.kind === "place" && p.spans[0]?.end).toBe(15 * 60 + 15);
  });

  it("moves the top edge", () => {
    const g: Gesture = { kind: "resize", held: q4, edge: "start" };
    const p = propose(g, at("2017-09-22", 14 * 60 + 2), 5);
    expect(p.kind === "place" && p.spans[0]).toMatchObject({ start: 14 * 60, end: 16 * 60 + 30 });
  });

  it("schedules a palette session at the pointer with its length", () => {
    const g: Gesture = { kind: "schedule", id: "webinar", minutes: 45 };
    expect(commandFor(g, propose(g, at("2017-09-25", 15 * 60 + 50, "l"), 15), NEW)).toEqual({
      type: "scheduleSession",
      id: "webinar",
      placement: { start: "2017-09-25T15:45", end: "2017-09-25T16:30" },
      room: "l",
    });
    expect(propose(g, { column: null, minute: 0, overPalette: true }, 15).kind).toBe("none");
  });

  it("creates a session from the press to the pointer, each end snapped to the nearest step, with an empty id", () => {
    const g: Gesture = { kind: "create", date: "2017-09-22", anchor: 9 * 60 + 5 };
    const template = { ...fixture().view.newItems.session, title: { fr: "New session" } };
    const command = commandFor(g, propose(g, at("2017-09-22", 10 * 60 + 20), 15), template);
    expect(command).toEqual({
      type: "addSession",
      session: {
        id: "",
        title: { fr: "New session" },
        kind: "other",
        annex: "cell",
        // The template as the core gave it; a placed session keeps no length (the core settles it).
        minutes: 90,
        placement: { start: "2017-09-22T09:00", end: "2017-09-22T10:15" },
      },
    });
    const upwards = propose(g, at("2017-09-22", 8 * 60), 30);
    expect(upwards.kind === "place" && upwards.spans[0]).toMatchObject({ start: 8 * 60, end: 9 * 60 });
  });

  it("ends a created session where the pointer was released, not a step later", () => {
    const g: Gesture = { kind: "create", date: "2017-09-22", anchor: 11 * 60 };
    const released = (minute: number) => {
      const p = propose(g, at("2017-09-22", minute), 15);
      return p.kind === "place" ? p.spans[0]?.end : null;
    };
    expect(released(12 * 60 + 30), "on 12:30").toBe(12 * 60 + 30);
    expect(released(12 * 60 + 34), "just past 12:30").toBe(12 * 60 + 30);
    expect(released(12 * 60 + 38), "nearer 12:45").toBe(12 * 60 + 45);
    expect(released(11 * 60 + 3), "never shorter than a step").toBe(11 * 60 + 15);
  });
});

describe("keyboard nudges", () => {
  it("moves by a step or a day, a selection together", () => {
    expect(nudgeCommand([q4], "later", 15)).toEqual({ type: "moveSession", id: "q4", start: "2017-09-22T15:15" });
    expect(nudgeCommand([q4], "dayBefore", 15)).toEqual({ type: "moveSession", id: "q4", start: "2017-09-21T15:00" });
    expect(nudgeCommand([q4, { ...q4, id: "q1" }], "earlier", 5)).toEqual({
      type: "moveSessions",
      ids: ["q4", "q1"],
      byMinutes: -5,
    });
  });

  it("resizes one session by a step, never below one step", () => {
    expect(nudgeCommand([q4], "longer", 30)).toEqual({
      type: "resizeSession",
      id: "q4",
      start: "2017-09-22T15:00",
      end: "2017-09-22T17:00",
    });
    expect(nudgeCommand([{ ...q4, end: q4.start + 15 }], "shorter", 15)).toBeNull();
  });
});

describe("creating and pasting at a point of the grid", () => {
  const template = { ...fixture().view.newItems.session, minutes: 90 };

  it("creates the core's new session at the nearest step, its default length long, beside what is there", () => {
    expect(createAt("2017-09-22", undefined, 10 * 60 + 8, 15, template)).toEqual({
      type: "addSession",
      session: { ...template, placement: { start: "2017-09-22T10:15", end: "2017-09-22T11:45" } },
    });
    const inRoom = createAt("2017-09-22", "popov", 23 * 60 + 50, 15, template);
    expect(inRoom.type === "addSession" && inRoom.session).toMatchObject({
      room: "popov",
      placement: { start: "2017-09-22T22:30", end: "2017-09-23T00:00" },
    });
  });

  it("pastes one copied session at the point, keeping its length; several together from there", () => {
    const q4s = fixture().timetable.sessions["q4"];
    if (!q4s) throw new Error("fixture has q4");
    const length = (sessionSpan(q4s)?.end ?? 0) - (sessionSpan(q4s)?.start ?? 0);
    const one = pasteAt([q4s], "2017-09-21", 9 * 60 + 31, 15);
    expect(one).toMatchObject({ type: "duplicateSession", id: "q4" });
    expect(one?.type === "duplicateSession" && one.placement?.start).toBe("2017-09-21T09:30");
    expect(one?.type === "duplicateSession" && one.placement?.end).toBe(stampAt("2017-09-21", 9 * 60 + 30 + length));
    // q1 (Friday 22, 14:00) is the earliest of the two: pasted from Thursday 21 at 10:00,
    // every copy moves 28 hours earlier, q4's with it.
    const q1s = fixture().timetable.sessions["q1"];
    if (!q1s) throw new Error("fixture has q1");
    expect(pasteAt([q4s, q1s], "2017-09-21", 600, 15)).toEqual({
      type: "pasteSessions",
      ids: ["q4", "q1"],
      byMinutes: -28 * 60,
    });
    expect(pasteAt([], "2017-09-21", 600, 15)).toBeNull();
  });
});
