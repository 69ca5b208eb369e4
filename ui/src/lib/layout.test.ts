import { describe, expect, it } from "vitest";
import type { Session } from "../bindings/Session";
import { fixture } from "../test/fixture";
import {
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
