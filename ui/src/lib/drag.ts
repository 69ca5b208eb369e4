/**
 * The arithmetic of dragging a session block: where the pointer says it would go, snapped
 * to the quarter hour, and the one command sent on drop. Pure: the component measures the
 * columns and feeds pointer positions in. Must not import `backend.ts`.
 */
import type { Command } from "../bindings/Command";
import { DAY_MINUTES, formatStamp } from "./time";

/** Drops snap to this many minutes. */
export const SNAP_MINUTES = 15;

/** A press that moves less than this (in pixels, either way) is a click, not a drag. */
export const DRAG_THRESHOLD_PX = 4;

/** A day column's horizontal extent on screen (client coordinates). */
export interface ColumnRect {
  date: string;
  left: number;
  right: number;
}

/** Where a drag started: the block's date and times and the pointer's position. */
export interface DragOrigin {
  id: string;
  date: string;
  /** Minutes after midnight. */
  start: number;
  /** Length in minutes. */
  minutes: number;
  x: number;
  y: number;
}

/** Where the block would land. */
export interface DropTarget {
  date: string;
  start: number;
}

/** `minutes` rounded to the nearest multiple of `step`. */
export function snap(minutes: number, step: number = SNAP_MINUTES): number {
  return Math.round(minutes / step) * step;
}

/** Whether the pointer has moved far enough from the press to count as a drag. */
export function pastThreshold(origin: DragOrigin, x: number, y: number): boolean {
  return Math.abs(x - origin.x) >= DRAG_THRESHOLD_PX || Math.abs(y - origin.y) >= DRAG_THRESHOLD_PX;
}

/**
 * The column under `x`; left of the first column is the first, right of the last is the
 * last, and a gap between columns belongs to the nearer one. Null when there are none.
 */
export function columnAt(columns: ColumnRect[], x: number): string | null {
  let best: ColumnRect | null = null;
  let bestDistance = Infinity;
  for (const c of columns) {
    if (x >= c.left && x < c.right) return c.date;
    const distance = x < c.left ? c.left - x : x - c.right;
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best ? best.date : null;
}

/**
 * Where the dragged block lands for the pointer at (`x`, `y`): the column under the pointer,
 * and the start moved by the vertical distance, snapped to `SNAP_MINUTES` and kept inside
 * the day (the block never crosses midnight). A vertical move under half a snap step keeps
 * the original start, even if it is not on the snap grid.
 */
export function dropTarget(
  origin: DragOrigin,
  x: number,
  y: number,
  columns: ColumnRect[],
  pxPerMinute: number,
): DropTarget {
  const date = columnAt(columns, x) ?? origin.date;
  const delta = (y - origin.y) / pxPerMinute;
  let start = Math.abs(delta) < SNAP_MINUTES / 2 ? origin.start : snap(origin.start + delta);
  const latest = Math.max(0, DAY_MINUTES - origin.minutes);
  start = Math.min(Math.max(start, 0), latest);
  return { date, start };
}

/** Whether dropping at `target` would leave the block where it was. */
export function isUnmoved(origin: DragOrigin, target: DropTarget): boolean {
  return origin.date === target.date && origin.start === target.start;
}

/** The one command a drop sends. */
export function moveCommand(id: string, target: DropTarget): Command {
  return { type: "moveSession", id, start: formatStamp(target.date, target.start) };
}
