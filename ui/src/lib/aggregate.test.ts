import { describe, expect, it } from "vitest";
import type { Session } from "../bindings/Session";
import { AGGREGATE_LANES, aggregate, aggregateText, isAggregated } from "./aggregate";
import type { Block } from "./layout";
import type { ConflictMark } from "./state";

function block(id: string, start: number, end: number, lane: number, lanes: number): Block {
  return { session: { id } as Session, date: "2026-03-02", start, end, lane, lanes, col: 0, cols: 1 };
}

const range = { start: 480, end: 1200 };

describe("isAggregated", () => {
  it("aggregates only a day too dense for the condensed view, in a day view, not expanded", () => {
    expect(isAggregated(AGGREGATE_LANES + 1, true, false, false)).toBe(true);
    expect(isAggregated(AGGREGATE_LANES, true, false, false)).toBe(false);
    expect(isAggregated(200, false, false, false)).toBe(false);
    expect(isAggregated(200, true, true, false)).toBe(false);
    expect(isAggregated(200, true, false, true)).toBe(false);
  });
});

describe("aggregate", () => {
  // 40 sessions side by side 09:00-09:45 and 40 more 10:00-10:45: 8 groups of 5 lanes per hour.
  const blocks = [
    ...Array.from({ length: 40 }, (_, i) => block(`a${i}`, 540, 585, i, 40)),
    ...Array.from({ length: 40 }, (_, i) => block(`b${i}`, 600, 645, i, 40)),
  ];

  it("makes one aggregate per lane group and hour, covering every session once", () => {
    const aggs = aggregate(blocks, new Map(), range);
    expect(aggs).toHaveLength(16);
    expect(aggs.every((a) => a.ids.length === 5)).toBe(true);
    expect(new Set(aggs.flatMap((a) => a.ids)).size).toBe(80);
    expect(aggs[0]).toMatchObject({ key: "0@540", start: 540, end: 600, group: 0, groups: 8 });
    expect(aggs[0]?.ids).toEqual(["a0", "a1", "a2", "a3", "a4"]);
    expect(aggs[8]).toMatchObject({ start: 600, end: 660, group: 0 });
  });

  it("shows the worst of its sessions' conflict marks (the core's) and how many are open", () => {
    const marks = new Map<string, ConflictMark>([
      ["a0", "warning"],
      ["a1", "error"],
      ["a2", "acknowledged"],
      ["b39", "acknowledged"],
    ]);
    const aggs = aggregate(blocks, marks, range);
    expect(aggs[0]).toMatchObject({ mark: "error", inConflict: 2 });
    expect(aggs.find((a) => a.ids.includes("b39"))).toMatchObject({ mark: "acknowledged", inConflict: 0 });
    expect(aggs[1]).toMatchObject({ mark: null, inConflict: 0 });
  });

  it("clips an hour to the range shown", () => {
    const aggs = aggregate([block("x", 470, 500, 0, 1)], new Map(), range);
    expect(aggs[0]).toMatchObject({ start: 480, end: 480 });
  });

  it("says how many sessions and how many are in conflict", () => {
    expect(aggregateText({ ids: ["a", "b"], inConflict: 0 })).toBe("2 sessions");
    expect(aggregateText({ ids: ["a"], inConflict: 1 })).toBe("1 session, 1 in conflict");
  });
});
