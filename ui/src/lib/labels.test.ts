import { describe, expect, it } from "vitest";
import type { Diff } from "../bindings/Diff";
import { fixture } from "../test/fixture";
import { diffLines, nextRevisionLabel, placementText } from "./labels";

const tt = fixture().timetable;
const frozen = { ...tt, revisions: undefined };

describe("nextRevisionLabel", () => {
  it("suggests Rev.1 first, then one past the highest Rev.N, ignoring other labels", () => {
    expect(nextRevisionLabel(tt)).toBe("Rev.1");
    const revisions = ["Rev.1", "Draft B", "Rev.12", "Rev.3"].map((label) => ({
      label,
      date: "2017-09-01",
      timetable: frozen,
    }));
    expect(nextRevisionLabel({ ...tt, revisions })).toBe("Rev.13");
  });
});

describe("placementText", () => {
  it("names the day and times, and the end's day when it differs", () => {
    expect(placementText({ start: "2017-09-22T15:00", end: "2017-09-22T16:30" })).toBe(
      "Friday 22 September 15:00–16:30",
    );
    expect(placementText({ start: "2017-09-22T22:00", end: "2017-09-23T01:00" })).toBe(
      "Friday 22 September 22:00–Saturday 23 September 01:00",
    );
    expect(placementText(undefined)).toBe("unscheduled");
  });
});

describe("diffLines", () => {
  it("words every kind of session change with names from the timetable", () => {
    const diff: Diff = {
      sessions: [
        {
          id: "new",
          title: { en: "Extra meeting" },
          change: { type: "added", placement: { start: "2017-09-25T09:00", end: "2017-09-25T10:00" }, room: "k" },
        },
        {
          id: "gone",
          title: { en: "Cancelled" },
          change: { type: "removed", placement: { start: "2017-09-21T14:00", end: "2017-09-21T15:00" } },
        },
        {
          id: "q4",
          title: { en: "Question 4/12" },
          change: {
            type: "changed",
            aspects: [
              {
                type: "moved",
                from: { start: "2017-09-22T15:00", end: "2017-09-22T16:30" },
                to: { start: "2017-09-25T10:00", end: "2017-09-25T11:30" },
              },
              {
                type: "retimed",
                from: { start: "2017-09-25T10:00", end: "2017-09-25T11:30" },
                to: { start: "2017-09-25T10:00", end: "2017-09-25T12:00" },
              },
              { type: "renamed", from: { en: "Q4" }, to: { en: "Question 4/12" } },
              { type: "room", from: "l", to: "popov" },
              { type: "bodies", from: ["q4"], to: ["q1", "q4"] },
              { type: "persons", from: [], to: ["chair"] },
              { type: "tentative", from: false, to: true },
              { type: "exclusive", from: true, to: false },
              { type: "other", fields: ["kind", "attendance"] },
            ],
          },
        },
      ],
      breaks: [],
      days: [],
    };
    const lines = diffLines(tt, diff);
    expect(lines.map((l) => [l.kind, l.id, l.subject])).toEqual([
      ["added", "new", "Extra meeting"],
      ["removed", "gone", "Cancelled"],
      ["changed", "q4", "Question 4/12"],
    ]);
    expect(lines[0]?.details).toEqual(["added: Monday 25 September 09:00–10:00, Room K"]);
    expect(lines[1]?.details).toEqual(["removed: was Thursday 21 September 14:00–15:00"]);
    expect(lines[2]?.details).toEqual([
      "moved from Friday 22 September 15:00–16:30 to Monday 25 September 10:00–11:30",
      "retimed from Monday 25 September 10:00–11:30 to Monday 25 September 10:00–12:00",
      "renamed from “Q4” to “Question 4/12”",
      "room changed from Room L to Popov",
      "bodies changed from Q4/12 to Q1/12, Q4/12",
      "persons changed from none to K. Rahrer",
      "now tentative (TBD)",
      "no longer exclusive",
      "also changed: kind, attendance",
    ]);
  });

  it("words breaks and days after the sessions", () => {
    const coffee = { id: "coffee", name: { en: "Coffee" }, kind: "coffee" as const, start: "10:30", end: "11:00" };
    const diff: Diff = {
      sessions: [],
      breaks: [
        { type: "added", break: { ...coffee, day: "2017-09-25" } },
        { type: "changed", from: coffee, to: { ...coffee, start: "10:45", end: "11:15" } },
      ],
      days: [
        { type: "added", day: { date: "2017-09-26", kind: "working" } },
        {
          type: "changed",
          from: { date: "2017-09-25", kind: "working" },
          to: { date: "2017-09-25", kind: "holiday", hours: { start: "09:00", end: "12:00" } },
        },
      ],
    };
    expect(diffLines(tt, diff).map((l) => `${l.kind}: ${l.subject}: ${l.details.join("; ")}`)).toEqual([
      "break: Break: added: Coffee 10:30–11:00 on Monday 25 September",
      "break: Break: changed from Coffee 10:30–11:00 (every day) to Coffee 10:45–11:15 (every day)",
      "day: Tuesday 26 September: day added (working)",
      "day: Monday 25 September: now holiday (was working); hours changed from the standard hours to 09:00–12:00",
    ]);
  });
});
