import { describe, expect, it } from "vitest";
import { fixture } from "../test/fixture";
import { annexGrid } from "./annexView";

describe("annex grid view", () => {
  it("has a column per slot and a row per day, with sessions in the slots they overlap", () => {
    const tt = fixture().timetable;
    const { slots, rows } = annexGrid(tt);
    expect(slots).toEqual(["Morning", "Afternoon"]);
    expect(rows.map((r) => r.date)).toContain("2017-09-22");
    const friday = rows.find((r) => r.date === "2017-09-22");
    expect(friday?.cells).toHaveLength(2);
    expect(rows.find((r) => r.date === "2017-09-23")?.kind).toBe("weekend");
  });

  it("follows edits: a session moved to the afternoon shows there", () => {
    const tt = fixture().timetable;
    const q4 = tt.sessions["q4"];
    if (!q4) throw new Error("fixture has q4");
    q4.placement = { start: "2017-09-22T09:00", end: "2017-09-22T10:00" };
    const before = annexGrid(tt).rows.find((r) => r.date === "2017-09-22");
    q4.placement = { start: "2017-09-22T15:00", end: "2017-09-22T16:00" };
    const after = annexGrid(tt).rows.find((r) => r.date === "2017-09-22");
    const title = q4.title.en ?? "";
    expect(before?.cells[0]?.some((l) => l.includes(title))).toBe(true);
    expect(after?.cells[1]?.some((l) => l.includes(title))).toBe(true);
  });
});
