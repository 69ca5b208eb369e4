import { describe, expect, it } from "vitest";
import { columnAt, dropTarget, isUnmoved, moveCommand, pastThreshold, snap, type ColumnRect, type DragOrigin } from "./drag";

const columns: ColumnRect[] = [
  { date: "2017-09-22", left: 100, right: 200 },
  { date: "2017-09-23", left: 200, right: 240 },
  { date: "2017-09-25", left: 240, right: 340 },
];
const origin: DragOrigin = { id: "q4", date: "2017-09-22", start: 15 * 60, minutes: 90, x: 150, y: 300 };

describe("drag arithmetic", () => {
  it("snaps to the nearest quarter hour", () => {
    expect(snap(7)).toBe(0);
    expect(snap(8)).toBe(15);
    expect(snap(-8)).toBe(-15);
  });

  it("treats tiny moves as a click", () => {
    expect(pastThreshold(origin, 152, 302)).toBe(false);
    expect(pastThreshold(origin, 150, 305)).toBe(true);
  });

  it("finds the column under the pointer, the nearest one outside", () => {
    expect(columnAt(columns, 210)).toBe("2017-09-23");
    expect(columnAt(columns, 20)).toBe("2017-09-22");
    expect(columnAt(columns, 999)).toBe("2017-09-25");
    expect(columnAt([], 10)).toBeNull();
  });

  it("moves by the vertical distance, snapped", () => {
    // 1.5 px per minute: 50 px is 33.3 minutes, which snaps to 15:30.
    expect(dropTarget(origin, 150, 350, columns, 1.5)).toEqual({ date: "2017-09-22", start: 15 * 60 + 30 });
    expect(dropTarget(origin, 300, 300 - 90, columns, 1.5)).toEqual({ date: "2017-09-25", start: 14 * 60 });
  });

  it("keeps an off-grid start when the vertical move is under half a step", () => {
    const offGrid = { ...origin, start: 15 * 60 + 5 };
    expect(dropTarget(offGrid, 300, 305, columns, 1).start).toBe(15 * 60 + 5);
    expect(dropTarget(offGrid, 300, 310, columns, 1).start, "15:15 after 10 minutes").toBe(15 * 60 + 15);
  });

  it("keeps the block inside the day", () => {
    expect(dropTarget(origin, 150, -5000, columns, 1).start).toBe(0);
    expect(dropTarget(origin, 150, 5000, columns, 1).start).toBe(1440 - 90);
  });

  it("knows a drop back in place", () => {
    expect(isUnmoved(origin, { date: "2017-09-22", start: 900 })).toBe(true);
    expect(isUnmoved(origin, { date: "2017-09-25", start: 900 })).toBe(false);
  });

  it("sends one moveSession with the start as a stamp", () => {
    expect(moveCommand("q4", { date: "2017-09-25", start: 9 * 60 + 45 })).toEqual({
      type: "moveSession",
      id: "q4",
      start: "2017-09-25T09:45",
    });
  });
});
