/**
 * Which of a day's blocks are in or near the visible part of the grid, along both axes.
 * A day is drawn only when it is near the viewport (visibleDays.svelte.ts); within a drawn
 * day, only the blocks whose box meets the viewport grown by a margin are put in the DOM, so a
 * day of 5,000 sessions in 200 lanes lays out and paints the few dozen that can be seen.
 *
 * Geometry only: a block's box is the one `place` gives it (its minutes along the time axis,
 * its lane's share across the day), and a day's box is computed from the grid's tracks
 * (gridGeometry.ts), so a drop that widens a day culls again without reading the page. Blocks in `keep` (selected, dragged, highlighted) are
 * always drawn, so the keyboard and the conflicts panel can reach and scroll to them.
 */
import { acrossBox, alongBox, type Block, type Span } from "./layout";

/** The visible part of the grid's scrolling element, in pixels of the grid. */
export interface Viewport {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The part of a day to draw, in pixels of the day: along its time axis and across its lanes. */
export interface DayWindow {
  along: Span;
  across: Span;
}

/**
 * `scroll` snapped down to a multiple of a quarter of `size`: the viewport a scroll reports,
 * so the blocks drawn change only every quarter viewport, not at every scrolled pixel.
 */
export function snapScroll(scroll: number, size: number): number {
  const step = Math.max(1, Math.round(size / 4));
  return Math.floor(scroll / step) * step;
}

/**
 * The window of a day at `day` (its top-left corner in the grid) for `viewport`, grown by
 * `margin` times the viewport's size and the snap's quarter on every side. The snapped
 * viewport lags the real one by up to a quarter, so the window reaches at least `margin`
 * beyond what is seen: by default a quarter of a viewport, which a scroll of up to a quarter
 * in the frame before the viewport is read again finds drawn (a wheel's step is about a
 * tenth). A wider margin puts more blocks in the page for every edit to restyle and lay out:
 * half a viewport put 445 of the 5,000-session day's blocks in it, a quarter 282. Columns:
 * time runs down (y), lanes across (x); rows: the reverse.
 */
export function dayWindow(
  viewport: Viewport,
  day: { left: number; top: number },
  rows: boolean,
  margin = 0.25,
): DayWindow {
  const mx = viewport.width * margin + viewport.width / 4;
  const my = viewport.height * margin + viewport.height / 4;
  const x = { start: viewport.left - day.left - mx, end: viewport.left + viewport.width - day.left + mx };
  const y = { start: viewport.top - day.top - my, end: viewport.top + viewport.height - day.top + my };
  return rows ? { along: x, across: y } : { along: y, across: x };
}

/**
 * The blocks of a day to draw: those meeting `window`, and those in `keep`. `breadthPx` is
 * the day's breadth across less the create gutter (what a lane's percentages are of). The
 * same array when every block is in, and `previous` when the answer has the same blocks, so
 * a scroll within the margin redraws nothing.
 */
export function blocksInView(
  blocks: readonly Block[],
  window: DayWindow | null,
  geometry: { range: Span; pxPerMinute: number; breadthPx: number },
  keep: ReadonlySet<string>,
  previous: readonly Block[] = [],
): readonly Block[] {
  if (!window || geometry.breadthPx <= 0) return blocks;
  const out: Block[] = [];
  for (const b of blocks) {
    if (keep.has(b.session.id) || meets(b, window, geometry)) out.push(b);
  }
  if (out.length === blocks.length) return blocks;
  return sameBlocks(out, previous) ? previous : out;
}

function meets(b: Block, w: DayWindow, g: { range: Span; pxPerMinute: number; breadthPx: number }): boolean {
  const along = alongBox(b, g.range, g.pxPerMinute);
  if (along.offset > w.along.end || along.offset + along.length < w.along.start) return false;
  const across = acrossBox(b);
  const from = (across.start * g.breadthPx) / 100;
  const to = ((across.start + across.size) * g.breadthPx) / 100;
  return from <= w.across.end && to >= w.across.start;
}

/** The blocks of a day not drawn (it is far from view) that must be: those in `keep`. */
export function keptBlocks(blocks: readonly Block[], keep: ReadonlySet<string>, previous: readonly Block[] = []) {
  if (keep.size === 0) return NONE;
  const out = blocks.filter((b) => keep.has(b.session.id));
  if (out.length === 0) return NONE;
  return sameBlocks(out, previous) ? previous : out;
}
const NONE: readonly Block[] = [];

function sameBlocks(a: readonly Block[], b: readonly Block[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
