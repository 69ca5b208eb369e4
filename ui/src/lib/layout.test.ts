import { describe, expect, it } from "vitest";
import type { Session } from "../bindings/Session";
import { fixture } from "../test/fixture";
import {
  blockCache,
  blocksByDate,
  roomColumns,
  covered,
  dayColumns,
  horizontalBox,
  hourMarks,
  offHours,
  textIn,
  useTextFallback,
  timeRange,
  unscheduled,
  verticalBox,
  type Block,
} from "./layout";

const h = (hh: number, mm = 0) => hh * 60 + mm;

// The core's fallback order of texts, as the store hands it over with each view.
useTextFallback(fixture().view.textFallback);

describe("dayColumns", () => {
  const columns = dayColumns(fixture().timetable, fixture().view);

  it("lists meeting days and outside dates holding sessions, in date order", () => {
    expect(
      columns.map((c) => c.date),
      "21 September holds the management meeting",
    ).toEqual(["2017-09-21", "2017-09-22", "2017-09-23", "2017-09-24", "2017-09-25"]);
  });

  it("labels days the way the letter writes them", () => {
    expect(columns.map((c) => c.label)).toEqual([
      "Thursday 21 September",
      "Friday 22 September",
      "Saturday 23 September",
      "Sunday 24 September",
      "Monday 25 September",
    ]);
    expect(columns[2]?.short).toBe("Sat 23");
  });

  it("marks kinds and draws empty weekends narrow", () => {
    expect(columns.map((c) => c.kind)).toEqual(["outside", "working", "weekend", "weekend", "working"]);
    expect(columns.map((c) => c.narrow)).toEqual([false, false, true, true, false]);
  });

  it("draws a weekend that holds a session at full width", () => {
    const tt = fixture().timetable;
    const s = tt.sessions["webinar"] as Session;
    s.placement = { start: "2017-09-23T10:00", end: "2017-09-23T11:00" };
    const cols = dayColumns(tt, fixture().view);
    expect(cols.find((c) => c.date === "2017-09-23")?.narrow).toBe(false);
    expect(cols.find((c) => c.date === "2017-09-24")?.narrow).toBe(true);
  });

  it("uses a day's own hours, else the meeting's", () => {
    expect(columns[1]?.hours).toEqual({ start: h(9), end: h(17, 30) });
    expect(columns[4]?.hours).toEqual({ start: h(9, 30), end: h(18) });
    expect(columns[0]?.hours, "an outside date gets the standard hours").toEqual({ start: h(9), end: h(17, 30) });
  });

  it("shades a day's own breaks, else the standard ones, none at weekends", () => {
    expect(columns[1]?.breaks.map((b) => b.id)).toEqual(["coffeeAm", "lunch"]);
    expect(
      columns[4]?.breaks.map((b) => b.id),
      "25 September has its own lunch only",
    ).toEqual(["lunch25"]);
    expect(columns[2]?.breaks).toEqual([]);
    expect(columns[0]?.breaks, "like breaks_on, a date outside the meeting has no breaks").toEqual([]);
    expect(columns[4]?.breaks[0]).toMatchObject({ name: "Lunch", kind: "meal", start: h(13), end: h(14, 30) });
  });

  it("draws the hours and breaks the core's view gives each day (breaks_on is the core's)", () => {
    const { timetable, view } = fixture();
    timetable.days[0] = { date: "2017-09-22", kind: "holiday" };
    view.days[0] = { date: "2017-09-22", hours: { start: "10:00", end: "12:00" }, breaks: [] };
    const friday = dayColumns(timetable, view).find((c) => c.date === "2017-09-22");
    expect(friday?.breaks, "no breaks on a holiday, as the core says").toEqual([]);
    expect(friday?.hours).toEqual({ start: h(10), end: h(12) });
  });
});

describe("timeRange", () => {
  it("spans working-day hours and sessions, widened to whole hours", () => {
    const tt = fixture().timetable;
    const range = timeRange(dayColumns(tt, fixture().view), Object.values(tt.sessions));
    expect(range).toEqual({ start: h(9), end: h(18) });
  });

  it("widens for a session outside the hours", () => {
    const tt = fixture().timetable;
    (tt.sessions["mt1"] as Session).placement = { start: "2017-09-21T07:45", end: "2017-09-21T08:30" };
    expect(timeRange(dayColumns(tt, fixture().view), Object.values(tt.sessions)).start).toBe(h(7));
  });

  it("falls back to 09:00-18:00 for an empty timetable", () => {
    expect(timeRange([], [])).toEqual({ start: h(9), end: h(18) });
  });

  it("gives hour marks inclusive of both ends", () => {
    expect(hourMarks({ start: h(9), end: h(12) })).toEqual([h(9), h(10), h(11), h(12)]);
  });
});

describe("blocks", () => {
  it("places scheduled sessions in their day with lanes", () => {
    const blocks = blocksByDate(Object.values(fixture().timetable.sessions));
    const friday = blocks.get("2017-09-22") ?? [];
    expect(friday.map((b) => b.session.id).sort()).toEqual(["open", "q1", "q2", "q4"]);
    const q4 = friday.find((b) => b.session.id === "q4");
    expect(q4).toMatchObject({ start: h(15), end: h(16, 30), lanes: 3 });
    expect(friday.find((b) => b.session.id === "open")).toMatchObject({ lane: 0, lanes: 1 });
    expect(blocks.get("2017-09-21")?.map((b) => b.session.id)).toEqual(["mt1"]);
  });

  it("in a room view, puts each session in its room's sub-column with lanes per room", () => {
    const tt = fixture().timetable;
    const sessions = Object.values(tt.sessions);
    const rooms = roomColumns(tt, sessions);
    expect(rooms.slice(0, 3)).toEqual(["popov", "k", "l"]);
    const friday = blocksByDate(sessions, rooms).get("2017-09-22") ?? [];
    const q4 = friday.find((b) => b.session.id === "q4");
    expect(q4, "q4 is alone in room L: full width of its sub-column").toMatchObject({
      col: 2,
      cols: rooms.length,
      lane: 0,
      lanes: 1,
    });
    const clash = friday.filter((b) => b.session.room === "k");
    expect(
      clash.map((b) => b.lanes),
      "q1 and q2 share room K side by side",
    ).toEqual([2, 2]);
    expect(horizontalBox({ lane: 1, lanes: 2, col: 1, cols: 4 })).toEqual({ left: 37.5, width: 12.5 });
  });

  it("gives a point in time at the start of a session a lane of its own, so its label shows", () => {
    const sessions = Object.values(fixture().timetable.sessions);
    const q4 = sessions.find((s) => s.id === "q4") as Session;
    const point: Session = {
      ...q4,
      id: "sc",
      timing: "point",
      placement: { start: "2017-09-22T15:00", end: "2017-09-22T15:00" },
    };
    const friday = blocksByDate([q4, point]).get("2017-09-22") ?? [];
    const marker = friday.find((b) => b.session.id === "sc");
    expect(marker, "no length of its own").toMatchObject({ start: h(15), end: h(15), lanes: 2 });
    expect(friday.find((b) => b.session.id === "q4")?.lane).not.toBe(marker?.lane);
  });

  it("re-lays only the days an edit changed, and keeps the blocks whose lane and place it left", () => {
    const sessions = Object.values(fixture().timetable.sessions);
    const cache = blockCache();
    const before = blocksByDate(sessions, undefined, cache);
    const q1 = sessions.find((s) => s.id === "q1") as Session;
    // q1 moves later on its day, away from q2 and q4: its day is re-laid, the other day is not.
    const moved: Session = { ...q1, placement: { start: "2017-09-22T17:00", end: "2017-09-22T17:30" } };
    const after = blocksByDate(
      sessions.map((s) => (s === q1 ? moved : s)),
      undefined,
      cache,
    );
    expect(after.get("2017-09-21"), "the untouched day keeps its very array").toBe(before.get("2017-09-21"));
    const friday = after.get("2017-09-22") ?? [];
    const old = before.get("2017-09-22") ?? [];
    expect(friday).not.toBe(old);
    const open = (list: Block[]) => list.find((b) => b.session.id === "open");
    expect(open(friday), "a block whose lane did not change is the same object").toBe(open(old));
    expect(friday.find((b) => b.session.id === "q1")).toMatchObject({ start: h(17), end: h(17, 30) });
  });

  it("redraws only the block an edit moved: its neighbours keep their lanes and their very objects", () => {
    const q4 = fixture().timetable.sessions["q4"] as Session;
    const at = (id: string, start: string, end: string): Session => ({
      ...q4,
      id,
      placement: { start: `2017-09-22T${start}`, end: `2017-09-22T${end}` },
    });
    const day = [at("a", "09:00", "10:00"), at("b", "09:00", "10:00"), at("c", "09:00", "10:00")];
    const cache = blockCache();
    const before = blocksByDate(day, undefined, cache).get("2017-09-22") ?? [];
    // a moves a quarter of an hour later: a fresh layout sorts it last and shifts b and c.
    const edited = day.map((s) => (s.id === "a" ? at("a", "09:15", "10:15") : s));
    const lane = (list: Block[], id: string) => list.find((x) => x.session.id === id)?.lane;
    const fresh = blocksByDate(edited).get("2017-09-22") ?? [];
    expect(["a", "b", "c"].map((id) => lane(fresh, id))).toEqual([2, 0, 1]);
    const after = blocksByDate(edited, undefined, cache).get("2017-09-22") ?? [];
    expect(
      ["a", "b", "c"].map((id) => lane(after, id)),
      "a moves down its own lane",
    ).toEqual([0, 1, 2]);
    const redrawn = (now: Block[] | undefined, was: Block[]) =>
      (now ?? []).filter((block) => !was.includes(block)).map((block) => block.session.id);
    expect(redrawn(after, before)).toEqual(["a"]);
    const renamed = edited.map((s) => (s.id === "c" ? { ...s, title: { en: "Renamed" } } : s));
    expect(redrawn(blocksByDate(renamed, undefined, cache).get("2017-09-22"), after)).toEqual(["c"]);
  });

  it("clips a session that runs past midnight to its start day", () => {
    const s = fixture().timetable.sessions["open"] as Session;
    s.placement = { start: "2017-09-22T23:00", end: "2017-09-23T01:00" };
    expect(blocksByDate([s]).get("2017-09-22")?.[0]).toMatchObject({ start: h(23), end: 1440 });
  });

  it("computes pixel boxes", () => {
    expect(verticalBox({ start: h(10), end: h(11, 30) }, { start: h(9), end: h(18) }, 1.5)).toEqual({
      top: 90,
      height: 135,
    });
    expect(verticalBox({ start: h(7), end: h(9, 30) }, { start: h(9), end: h(18) }, 1), "clipped to the range").toEqual(
      {
        top: 0,
        height: 30,
      },
    );
    expect(horizontalBox({ lane: 1, lanes: 4 })).toEqual({ left: 25, width: 25 });
  });

  it("knows when blocks cover a break", () => {
    expect(covered({ start: h(12, 30), end: h(14) }, [{ start: h(9), end: h(12, 30) }])).toBe(false);
    expect(covered({ start: h(12, 30), end: h(14) }, [{ start: h(13), end: h(14) }])).toBe(true);
  });

  it("shades what lies outside the day's hours", () => {
    expect(offHours({ start: h(9, 30), end: h(18) }, { start: h(9), end: h(18) })).toEqual([
      { start: h(9), end: h(9, 30) },
    ]);
    expect(offHours({ start: h(8), end: h(19) }, { start: h(9), end: h(18) })).toEqual([]);
  });
});

describe("texts and palette", () => {
  it("falls back to the core's order: English, then any language", () => {
    expect(textIn({ en: "Lunch", fr: "Déjeuner" }, "fr")).toBe("Déjeuner");
    expect(textIn({ en: "Lunch" }, "zh")).toBe("Lunch");
    expect(textIn({ ru: "Обед" }, "zh")).toBe("Обед");
    expect(textIn({}, "en")).toBe("");
  });

  it("lists unscheduled sessions by title", () => {
    const list = unscheduled(Object.values(fixture().timetable.sessions), "en");
    expect(list.map((s) => s.id)).toEqual(["webinar", "tour"]);
  });
});
