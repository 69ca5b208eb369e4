import { describe, expect, it } from "vitest";
import type { Session } from "../bindings/Session";
import { blocksInView, dayWindow, keptBlocks, snapScroll } from "./cull";
import type { Block } from "./layout";

/** A block of `lanes` lanes side by side at `lane`, from `start` to `end` minutes. */
function block(id: string, start: number, end: number, lane = 0, lanes = 1): Block {
  return { session: { id } as Session, date: "2026-03-02", start, end, lane, lanes, col: 0, cols: 1 };
}

// A day 2,000 px wide (20 lanes of 100 px), 08:00 to 20:00 at 1 px a minute.
const geometry = { range: { start: 480, end: 1200 }, pxPerMinute: 1, breadthPx: 2000 };

describe("snapScroll", () => {
  it("snaps down to quarter viewports, so small scrolls change nothing", () => {
    expect(snapScroll(0, 800)).toBe(0);
    expect(snapScroll(199, 800)).toBe(0);
    expect(snapScroll(200, 800)).toBe(200);
    expect(snapScroll(650, 800)).toBe(600);
  });
});

describe("dayWindow", () => {
  const viewport = { left: 1000, top: 100, width: 400, height: 200 };
  it("is the viewport in the day's pixels, grown by a quarter viewport and the snap's quarter", () => {
    const w = dayWindow(viewport, { left: 50, top: 40 }, false);
    expect(w.across).toEqual({ start: 1000 - 50 - 200, end: 1400 - 50 + 200 });
    expect(w.along).toEqual({ start: 100 - 40 - 100, end: 300 - 40 + 100 });
  });
  it("reaches a quarter viewport beyond what is seen however far the scroll is past its snap", () => {
    for (const scrolled of [0, 50, 99]) {
      const top = snapScroll(scrolled, viewport.height);
      const w = dayWindow({ ...viewport, top }, { left: 0, top: 0 }, false);
      expect(w.along.end, `scrolled ${scrolled}`).toBeGreaterThanOrEqual(scrolled + viewport.height + 50);
      expect(w.along.start, `scrolled ${scrolled}`).toBeLessThanOrEqual(scrolled - 50);
    }
  });
  it("swaps the axes when days are rows", () => {
    const w = dayWindow(viewport, { left: 50, top: 40 }, true);
    expect(w.along.start).toBe(1000 - 50 - 200);
    expect(w.across.start).toBe(100 - 40 - 100);
  });
});

describe("blocksInView", () => {
  // 20 lanes at 09:00-10:00 and 20 lanes at 18:00-19:00.
  const morning = Array.from({ length: 20 }, (_, i) => block(`m${i}`, 540, 600, i, 20));
  const evening = Array.from({ length: 20 }, (_, i) => block(`e${i}`, 1080, 1140, i, 20));
  const all = [...morning, ...evening];
  const window = { along: { start: 0, end: 300 }, across: { start: 0, end: 450 } };

  it("draws only the blocks meeting the window along both axes", () => {
    const ids = blocksInView(all, window, geometry, new Set()).map((b) => b.session.id);
    // Lanes 0-4 start at 0, 100, ..., 400 px; the morning is 60-120 px along.
    expect(ids).toEqual(["m0", "m1", "m2", "m3", "m4"]);
  });

  it("always draws the kept blocks (the selection), wherever they are", () => {
    const ids = blocksInView(all, window, geometry, new Set(["e19"])).map((b) => b.session.id);
    expect(ids).toContain("e19");
    expect(ids).toHaveLength(6);
  });

  it("answers the same array when nothing is culled, and the previous one when the same blocks are drawn", () => {
    expect(blocksInView(all, null, geometry, new Set())).toBe(all);
    const wide = { along: { start: -1e6, end: 1e6 }, across: { start: -1e6, end: 1e6 } };
    expect(blocksInView(all, wide, geometry, new Set())).toBe(all);
    const first = blocksInView(all, window, geometry, new Set());
    const moved = { along: { start: 10, end: 310 }, across: { start: 5, end: 455 } };
    expect(blocksInView(all, moved, geometry, new Set(), first)).toBe(first);
  });

  it("culls nothing before the day is measured (no breadth yet)", () => {
    expect(blocksInView(all, window, { ...geometry, breadthPx: 0 }, new Set())).toBe(all);
  });

  it("keeps a 5,000-session day of 200 lanes to what a window shows", () => {
    const big: Block[] = [];
    for (let i = 0; i < 5000; i++)
      big.push(block(`s${i}`, 480 + (i % 25) * 28, 480 + (i % 25) * 28 + 30, i % 200, 200));
    const wide = { ...geometry, breadthPx: 200 * 78 };
    const view = dayWindow({ left: 0, top: 0, width: 1280, height: 800 }, { left: 50, top: 52 }, false);
    const drawn = blocksInView(big, view, wide, new Set());
    expect(drawn.length).toBeLessThan(big.length / 5);
    expect(drawn.length).toBeGreaterThan(0);
  });
});

describe("keptBlocks", () => {
  const blocks = [block("a", 540, 600), block("b", 600, 660)];
  it("draws only the kept blocks of a day far from view, the same empty array when none", () => {
    expect(keptBlocks(blocks, new Set(["b"])).map((b) => b.session.id)).toEqual(["b"]);
    expect(keptBlocks(blocks, new Set())).toBe(keptBlocks(blocks, new Set(["zz"])));
  });
});
