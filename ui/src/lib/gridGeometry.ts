/**
 * Where each day of the grid is, by arithmetic: the grid's tracks are one list, written as
 * the CSS grid's template (`template`) and used to compute every day's box (`cellBoxes`),
 * so nothing reads a position back from the page. A read of layout (getBoundingClientRect,
 * offsetLeft, clientWidth) made while an edit's update is being drawn makes the browser lay
 * out the whole grid at once, in the middle of the update (142 ms for one drop of the SG12
 * example in WebKitGTK); arithmetic costs microseconds.
 *
 * Coordinates are pixels of the grid's own box, from its top-left corner, as the page lays
 * it out: right to left (an Arabic UI) the first track is at the right.
 */
import type { ColumnRect } from "./drag";
import type { Band } from "./dragController";
import { CREATE_GUTTER_PX, acrossBox, alongBox, type Block, type Span } from "./layout";

/** One track of the CSS grid: `px` wide, or with `flex` `minmax(px, 1fr)` (it shares what the window has left). */
export interface Track {
  px: number;
  flex?: boolean;
}

/** The tracks as a `grid-template-columns`/`-rows` value. */
export function template(tracks: readonly Track[]): string {
  return tracks.map((t) => (t.flex ? `minmax(${t.px}px, 1fr)` : `${t.px}px`)).join(" ");
}

/**
 * Each track's size in a grid `available` pixels wide, as CSS Grid sizes it ("find the size
 * of an fr", css-grid-1 § 12.7.1, every flex factor 1): a flexible track gets the share of
 * the space the fixed tracks leave, or its minimum when that is more (it then counts as
 * fixed and the others share again). With no space to share (the grid is as wide as its
 * minimums, `min-width: min-content`), every track keeps its minimum.
 */
export function trackSizes(tracks: readonly Track[], available: number): number[] {
  const fixed = new Set<number>();
  tracks.forEach((t, i) => {
    if (!t.flex) fixed.add(i);
  });
  let fr = 0;
  for (;;) {
    let left = available;
    for (const i of fixed) left -= tracks[i]?.px ?? 0;
    const count = tracks.length - fixed.size;
    if (count === 0) break;
    fr = Math.max(0, left / count);
    let again = false;
    tracks.forEach((t, i) => {
      if (!fixed.has(i) && t.px > fr) {
        fixed.add(i);
        again = true;
      }
    });
    if (!again) break;
  }
  return tracks.map((t) => (t.flex ? Math.max(t.px, fr) : t.px));
}

/** Where each track starts: the sum of those before it. */
export function trackStarts(sizes: readonly number[]): number[] {
  let at = 0;
  return sizes.map((s) => {
    const start = at;
    at += s;
    return start;
  });
}

/** A box in the grid, in pixels from its top-left corner. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The grid's tracks and the width it is laid out in. */
export interface GridTracks {
  columns: readonly Track[];
  rows: readonly Track[];
  /** The width of the grid's scrolling element (the grid is as wide, or as wide as its tracks' minimums). */
  viewportWidth: number;
  /** The page runs right to left: the first column is at the right. */
  rtl: boolean;
}

/** The sizes and starts of the grid's tracks, and the grid's width. */
export interface GridSizes {
  width: number;
  columns: { sizes: number[]; starts: number[] };
  rows: { sizes: number[]; starts: number[] };
  rtl: boolean;
}

/** Lays out the tracks of `g` (see `trackSizes`): the grid is as wide as the window, or as its tracks. */
export function gridSizes(g: GridTracks): GridSizes {
  const columns = trackSizes(g.columns, g.viewportWidth);
  // The grid's height is its content's: its rows keep their minimums.
  const rows = trackSizes(g.rows, 0);
  const sum = columns.reduce((a, b) => a + b, 0);
  return {
    width: Math.max(g.viewportWidth, sum),
    columns: { sizes: columns, starts: trackStarts(columns) },
    rows: { sizes: rows, starts: trackStarts(rows) },
    rtl: g.rtl,
  };
}

/** The box of the cell in column `c` and row `r` (from 0). Right to left, columns run from the right edge. */
export function cellBox(s: GridSizes, c: number, r: number): Box {
  const width = s.columns.sizes[c] ?? 0;
  const start = s.columns.starts[c] ?? 0;
  return {
    left: s.rtl ? s.width - start - width : start,
    top: s.rows.starts[r] ?? 0,
    width,
    height: s.rows.sizes[r] ?? 0,
  };
}

/**
 * A day column's border (DayColumn.svelte: 1px at its inline start in columns, at its bottom
 * in rows), which its blocks' box (its padding box) is inside of.
 */
export const DAY_BORDER_PX = 1;

/** A day's place in the grid: its cell (`outer`, a drop column) and the box its blocks are placed in (`inner`). */
export interface DayBox {
  date: string;
  outer: Box;
  inner: Box;
}

/** `outer` less the day column's border (see `DAY_BORDER_PX`). */
export function innerBox(outer: Box, rows: boolean, rtl: boolean): Box {
  if (rows) return { ...outer, height: Math.max(0, outer.height - DAY_BORDER_PX) };
  return {
    ...outer,
    left: rtl ? outer.left : outer.left + DAY_BORDER_PX,
    width: Math.max(0, outer.width - DAY_BORDER_PX),
  };
}

/**
 * The drop columns (see dragController.ts): each day's extent along the days axis (x in
 * columns, y in rows), or in a room view each room strip's, as DayColumn.svelte places them
 * (percentages of the day's breadth less its create gutter).
 */
export function dropColumns(days: readonly DayBox[], rows: boolean, rooms: readonly string[] | null): ColumnRect[] {
  const out: ColumnRect[] = [];
  for (const d of days) {
    if (!rooms) {
      const from = rows ? d.outer.top : d.outer.left;
      out.push({ date: d.date, from, to: from + (rows ? d.outer.height : d.outer.width) });
      continue;
    }
    const start = rows ? d.inner.top : d.inner.left;
    const lanes = Math.max(0, (rows ? d.inner.height : d.inner.width) - CREATE_GUTTER_PX);
    rooms.forEach((room, col) => {
      const a = acrossBox({ lane: 0, lanes: 1, col, cols: rooms.length });
      const from = start + (a.start * lanes) / 100;
      out.push({ date: d.date, room, from, to: from + (a.size * lanes) / 100 });
    });
  }
  return out;
}

/** A block's box in the grid, as DayColumn.svelte places it in its day's `inner` box (1px free on either side across). */
export function blockBox(block: Block, inner: Box, rows: boolean, scale: { range: Span; pxPerMinute: number }): Box {
  const along = alongBox(block, scale.range, scale.pxPerMinute);
  const across = acrossBox(block);
  const breadth = Math.max(0, (rows ? inner.height : inner.width) - CREATE_GUTTER_PX);
  const at = (across.start * breadth) / 100 + 1;
  const size = Math.max(0, (across.size * breadth) / 100 - 2);
  return rows
    ? { left: inner.left + along.offset, top: inner.top + at, width: along.length, height: size }
    : { left: inner.left + at, top: inner.top + along.offset, width: size, height: along.length };
}

/**
 * The ids of the sessions whose blocks the rubber band (in the grid's pixels) touches,
 * drawn or not (a block far from view is not in the page, but the band covers it all the
 * same). The days in `skip` (drawn as aggregates) have no blocks to select.
 */
export function sessionsInBand(
  band: Band,
  days: readonly DayBox[],
  blocks: ReadonlyMap<string, readonly Block[]>,
  rows: boolean,
  scale: { range: Span; pxPerMinute: number },
  skip: ReadonlySet<string> = new Set(),
): string[] {
  const ids: string[] = [];
  for (const d of days) {
    const o = d.outer;
    const meets = (b: Box) =>
      b.left < band.left + band.width &&
      band.left < b.left + b.width &&
      b.top < band.top + band.height &&
      band.top < b.top + b.height;
    if (skip.has(d.date) || !meets(o)) continue;
    for (const block of blocks.get(d.date) ?? []) {
      if (meets(blockBox(block, d.inner, rows, scale))) ids.push(block.session.id);
    }
  }
  return ids;
}

/**
 * Where to scroll the grid (its visible part's new top-left corner, in the grid's pixels) so
 * that `box` is in view, clear of the sticky headers (`sticky.top` at the top, `sticky.start`
 * at the inline start: the left, or the right right to left), by the least scroll; null when
 * it is in view already (to within a pixel). A box larger than the view is shown from its
 * top-left corner.
 */
export function revealScroll(
  box: Box,
  view: Box,
  sticky: { start: number; top: number },
  rtl: boolean,
): { left: number; top: number } | null {
  // A pixel's slack: the page's scroll offsets are whole pixels, the boxes are not.
  const nearest = (at: number, size: number, lo: number, hi: number) => {
    if (at >= lo - 1 && at + size <= hi + 1) return 0;
    if (at < lo || size > hi - lo) return at - lo;
    return at + size - hi;
  };
  const dx = nearest(
    box.left,
    box.width,
    view.left + (rtl ? 0 : sticky.start),
    view.left + view.width - (rtl ? sticky.start : 0),
  );
  const dy = nearest(box.top, box.height, view.top + sticky.top, view.top + view.height);
  return dx === 0 && dy === 0 ? null : { left: view.left + dx, top: view.top + dy };
}

/**
 * How the view goes to a session out of view (`to`, from `revealScroll`): it glides when the
 * session is within a window's breadth of the view, so the eye follows where the session
 * went, and jumps when it is farther, or when the system asks for reduced motion. A glide
 * across thousands of pixels (a move to the next day of a 200-room day) shows nothing
 * readable on the way and redraws every block it passes in each of its frames; where the
 * web view paints on the CPU those frames were most of the next key press's wait (a
 * keyboard move of FOSDEM 2020 drawn in 157 ms median gliding, 85 jumping).
 */
export function revealMotion(view: Box, to: { left: number; top: number }, reducedMotion: boolean): ScrollBehavior {
  if (reducedMotion) return "instant";
  const far = Math.abs(to.left - view.left) > view.width || Math.abs(to.top - view.top) > view.height;
  return far ? "instant" : "smooth";
}
