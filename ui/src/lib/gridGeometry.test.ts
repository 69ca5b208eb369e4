import { describe, expect, it } from "vitest";
import type { Block } from "./layout";
import {
  blockBox,
  cellBox,
  dropColumns,
  gridSizes,
  innerBox,
  revealMotion,
  revealScroll,
  sessionsInBand,
  template,
  trackSizes,
  type DayBox,
} from "./gridGeometry";

const block = (id: string, start: number, end: number, lane = 0, lanes = 1) =>
  ({ session: { id }, date: "d", start, end, lane, lanes }) as unknown as Block;

describe("the grid's tracks", () => {
  it("writes the CSS template from the same tracks it sizes", () => {
    expect(template([{ px: 50 }, { px: 92, flex: true }, { px: 44 }])).toBe("50px minmax(92px, 1fr) 44px");
  });

  it("shares the window among the flexible tracks, a wider minimum keeping its own", () => {
    // 1,000 px less 50 and 44 fixed: 906 among three; the 500 px one keeps 500, the others share 406.
    expect(
      trackSizes(
        [{ px: 50 }, { px: 92, flex: true }, { px: 500, flex: true }, { px: 44 }, { px: 92, flex: true }],
        1000,
      ),
    ).toEqual([50, 203, 500, 44, 203]);
  });

  it("keeps every minimum when the window is narrower than them (the grid then scrolls)", () => {
    const tracks = [{ px: 50 }, { px: 600, flex: true }, { px: 700, flex: true }];
    expect(trackSizes(tracks, 1000)).toEqual([50, 600, 700]);
    expect(gridSizes({ columns: tracks, rows: [{ px: 52 }, { px: 900 }], viewportWidth: 1000, rtl: false }).width).toBe(
      1350,
    );
  });

  it("places the first column at the right edge right to left, and rows from the top", () => {
    const g = { columns: [{ px: 50 }, { px: 100 }, { px: 200 }], rows: [{ px: 28 }, { px: 90 }, { px: 60 }] };
    const ltr = gridSizes({ ...g, viewportWidth: 500, rtl: false });
    const rtl = gridSizes({ ...g, viewportWidth: 500, rtl: true });
    expect(cellBox(ltr, 1, 2)).toEqual({ left: 50, top: 118, width: 100, height: 60 });
    // 500 wide: the gutter at 450–500, the next column at 350–450.
    expect(cellBox(rtl, 1, 2)).toEqual({ left: 350, top: 118, width: 100, height: 60 });
  });

  it("leaves out the day's border: at its inline start in columns, at its bottom in rows", () => {
    const outer = { left: 50, top: 52, width: 100, height: 400 };
    expect(innerBox(outer, false, false)).toEqual({ left: 51, top: 52, width: 99, height: 400 });
    expect(innerBox(outer, false, true)).toEqual({ left: 50, top: 52, width: 99, height: 400 });
    expect(innerBox(outer, true, false)).toEqual({ left: 50, top: 52, width: 100, height: 399 });
  });
});

const day = (date: string, left: number, width: number): DayBox => {
  const outer = { left, top: 52, width, height: 600 };
  return { date, outer, inner: innerBox(outer, false, false) };
};

describe("the grid's boxes", () => {
  it("gives the drop columns of the days, or of a room view's strips (the create gutter left out)", () => {
    const days = [day("a", 50, 100), day("b", 150, 215)];
    expect(dropColumns(days, false, null)).toEqual([
      { date: "a", from: 50, to: 150 },
      { date: "b", from: 150, to: 365 },
    ]);
    // Day b: inner 151–365, 214 px less the 14 px gutter, two strips of 100.
    expect(dropColumns(days, false, ["r1", "r2"]).filter((c) => c.date === "b")).toEqual([
      { date: "b", room: "r1", from: 151, to: 251 },
      { date: "b", room: "r2", from: 251, to: 351 },
    ]);
  });

  it("places a block as the day column does: its minutes down, its lane's share across, 1px free each side", () => {
    const d = day("b", 150, 215);
    const scale = { range: { start: 480, end: 1080 }, pxPerMinute: 1 };
    expect(blockBox(block("x", 540, 600, 1, 2), d.inner, false, scale)).toEqual({
      left: 151 + 100 + 1,
      top: 52 + 60,
      width: 98,
      height: 60,
    });
  });

  it("selects the blocks a rubber band touches, drawn or not, and none of an aggregated day", () => {
    const days = [day("a", 50, 215), day("b", 265, 215)];
    const blocks = new Map([
      ["a", [block("a1", 540, 600), block("a2", 900, 960)]],
      ["b", [block("b1", 540, 600)]],
    ]);
    const scale = { range: { start: 480, end: 1080 }, pxPerMinute: 1 };
    const band = { left: 100, top: 100, width: 300, height: 100 };
    expect(sessionsInBand(band, days, blocks, false, scale)).toEqual(["a1", "b1"]);
    expect(sessionsInBand(band, days, blocks, false, scale, new Set(["b"]))).toEqual(["a1"]);
  });

  it("scrolls a box into view by the least, clear of the sticky headers, or not at all", () => {
    const view = { left: 1000, top: 0, width: 800, height: 600 };
    const sticky = { start: 50, top: 52 };
    expect(revealScroll({ left: 1100, top: 100, width: 80, height: 60 }, view, sticky, false)).toBeNull();
    // At the edge but for a fraction of a pixel (scroll offsets are whole pixels): in view.
    expect(revealScroll({ left: 1720.3, top: 100, width: 80, height: 60 }, view, sticky, false)).toBeNull();
    // Under the hour gutter at the left: scrolled left until it clears it.
    expect(revealScroll({ left: 1020, top: 100, width: 80, height: 60 }, view, sticky, false)).toEqual({
      left: 970,
      top: 0,
    });
    // Right to left the gutter is at the right.
    expect(revealScroll({ left: 1020, top: 100, width: 80, height: 60 }, view, sticky, true)).toBeNull();
    expect(revealScroll({ left: 1700, top: 700, width: 80, height: 60 }, view, sticky, true)).toEqual({
      left: 1030,
      top: 160,
    });
  });

  it("glides to a session within a window's breadth, jumps farther or when motion is reduced", () => {
    const view = { left: 1000, top: 0, width: 800, height: 600 };
    expect(revealMotion(view, { left: 1500, top: 0 }, false)).toBe("smooth");
    expect(revealMotion(view, { left: 200, top: 590 }, false)).toBe("smooth");
    expect(revealMotion(view, { left: 4000, top: 0 }, false), "the next day of a wide day").toBe("instant");
    expect(revealMotion(view, { left: 1000, top: 700 }, false)).toBe("instant");
    expect(revealMotion(view, { left: 1500, top: 0 }, true), "reduced motion").toBe("instant");
  });
});
