/**
 * The arithmetic of the grid's pointer gestures: moving one or several sessions, resizing
 * an edge, scheduling a palette session, creating a session on empty grid, and dropping a
 * session back on the palette. Given where the pointer is (a day, maybe a room, a minute),
 * it says where the session would land and which one command the drop sends.
 *
 * Pure: the component measures the columns and feeds pointer positions in. No scheduling
 * rule lives here (the core's dry run colours the target). Must not import `backend.ts`.
 */
import type { Command } from "../bindings/Command";
import type { Session } from "../bindings/Session";
import type { Stamp } from "../bindings/Stamp";
import { sessionSpan, type Orientation } from "./layout";
import { DAY_MINUTES, addDays, daysBetween, formatStamp } from "./time";

/** The snap steps the user can choose, in minutes. */
export const SNAP_STEPS = [5, 15, 30] as const;
/** A snap step. */
export type SnapStep = (typeof SNAP_STEPS)[number];
/** The snap step of a fresh window. */
export const DEFAULT_SNAP: SnapStep = 15;

/** A press that moves less than this (in pixels, either way) is a click, not a drag. */
export const DRAG_THRESHOLD_PX = 4;

/**
 * A drop target's extent across the days: a day, or one room's strip of a day. `from` and
 * `to` are pixels from the grid's origin along the days axis: x when days are columns, y
 * when days are rows.
 */
export interface ColumnRect {
  date: string;
  /** The room of a room view's sub-column. */
  room?: string;
  from: number;
  to: number;
}

/** Where the pointer is, in the grid's terms. */
export interface Pointer {
  /** The column under the pointer (the nearest one beside the grid); null over none. */
  column: ColumnRect | null;
  /** Minutes after midnight at the pointer (not clamped, not snapped). */
  minute: number;
  /** Over the palette (a drop there unschedules). */
  overPalette: boolean;
}

/** One session as a gesture sees it. */
export interface Held {
  id: string;
  date: string;
  /** Minutes after midnight. */
  start: number;
  end: number;
  room?: string;
}

/** A gesture in progress. */
export type Gesture =
  /** Dragging `held[0]` (the grabbed one) and the rest of the selection with it. */
  | { kind: "move"; held: Held[]; grab: number }
  /** Dragging one edge of a session. */
  | { kind: "resize"; held: Held; edge: "start" | "end" }
  /** Dragging a palette session onto the grid. */
  | { kind: "schedule"; id: string; minutes: number }
  /** Drawing a new session on empty grid, from `anchor` on `date`. */
  | { kind: "create"; date: string; room?: string; anchor: number };

/** Where the dragged session(s) would land: one span per session, or back to the palette. */
export type Proposal =
  { kind: "place"; spans: (Held & { id: string })[] } | { kind: "unschedule"; id: string } | { kind: "none" };

/** `minutes` rounded to the nearest multiple of `step`. */
export function snap(minutes: number, step: number = DEFAULT_SNAP): number {
  return Math.round(minutes / step) * step;
}

/** Whether the pointer at (`x`, `y`) is far enough from the press at (`x0`, `y0`) to drag. */
export function pastThreshold(x0: number, y0: number, x: number, y: number): boolean {
  return Math.abs(x - x0) >= DRAG_THRESHOLD_PX || Math.abs(y - y0) >= DRAG_THRESHOLD_PX;
}

/**
 * The column under `x` (a position across the days); before the first column is the
 * first, after the last is the last, and a gap between columns belongs to the nearer one.
 * Null when there are none.
 */
export function columnAt(columns: readonly ColumnRect[], x: number): ColumnRect | null {
  let best: ColumnRect | null = null;
  let bestDistance = Infinity;
  for (const c of columns) {
    if (x >= c.from && x < c.to) return c;
    const distance = x < c.from ? c.from - x : x - c.to;
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}

/** The minute at `offset` pixels below the top of a grid body that starts at `rangeStart`. */
export function minuteAt(offset: number, rangeStart: number, pxPerMinute: number): number {
  return rangeStart + offset / pxPerMinute;
}

/**
 * A point relative to the grid's top-left corner split into its two axes: `across` the
 * days (x when days are columns, y when they are rows) and `along` time (the other one).
 */
export function axesOf(orientation: Orientation, x: number, y: number): { across: number; along: number } {
  return orientation === "columns" ? { across: x, along: y } : { across: y, along: x };
}

/**
 * The drop column and the minute under the grid point (`x`, `y`), in either orientation.
 * `timeStartPx` is where the shown range starts along the time axis (below the day headers
 * in columns, right of the day labels in rows).
 */
export function locate(
  orientation: Orientation,
  columns: readonly ColumnRect[],
  x: number,
  y: number,
  scale: { timeStartPx: number; rangeStart: number; pxPerMinute: number },
): { column: ColumnRect | null; minute: number } {
  const { across, along } = axesOf(orientation, x, y);
  return {
    column: columnAt(columns, across),
    minute: minuteAt(along - scale.timeStartPx, scale.rangeStart, scale.pxPerMinute),
  };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), hi);
}

/**
 * Where the gesture would put things for the pointer `p`, snapped to `step`:
 * - move: the grabbed session's start follows the pointer (minus where it was grabbed),
 *   snapped and kept inside the day; the others keep their offsets from it. A move under
 *   half a step keeps an off-grid start. Over the palette a single session is unscheduled.
 *   In a room view, a single session takes the room of the column it is dropped in.
 * - resize: the dragged edge follows the pointer, snapped, leaving at least one step.
 * - schedule: the session starts at the pointer, snapped, with its length.
 * - create: from the anchor to the pointer, each end snapped to the nearest step (releasing
 *   on 12:30 gives 12:30, on 12:34 too), at least one step long.
 */
export function propose(g: Gesture, p: Pointer, step: number): Proposal {
  switch (g.kind) {
    case "move": {
      const first = g.held[0];
      if (!first) return { kind: "none" };
      if (p.overPalette) return g.held.length === 1 ? { kind: "unschedule", id: first.id } : { kind: "none" };
      if (!p.column) return { kind: "none" };
      const date = p.column.date;
      const length = first.end - first.start;
      const wanted = p.minute - g.grab;
      let start = Math.abs(wanted - first.start) < step / 2 ? first.start : snap(wanted, step);
      start = clamp(start, 0, Math.max(0, DAY_MINUTES - length));
      const byDays = daysBetween(first.date, date);
      const byMinutes = start - first.start;
      const room = g.held.length === 1 && p.column.room !== undefined ? p.column.room : undefined;
      return {
        kind: "place",
        spans: g.held.map((h) => {
          const span: Held = {
            id: h.id,
            date: addDays(h.date, byDays),
            start: h.start + byMinutes,
            end: h.end + byMinutes,
          };
          const r = room ?? h.room;
          if (r !== undefined) span.room = r;
          return span;
        }),
      };
    }
    case "resize": {
      const h = g.held;
      if (!p.column) return { kind: "none" };
      const at = snap(p.minute, step);
      const span: Held = { ...h };
      if (g.edge === "end") span.end = clamp(at, h.start + step, DAY_MINUTES);
      else span.start = clamp(at, 0, h.end - step);
      return { kind: "place", spans: [span] };
    }
    case "schedule": {
      if (!p.column || p.overPalette) return { kind: "none" };
      const start = clamp(snap(p.minute, step), 0, Math.max(0, DAY_MINUTES - g.minutes));
      const span: Held = { id: g.id, date: p.column.date, start, end: start + g.minutes };
      if (p.column.room !== undefined) span.room = p.column.room;
      return { kind: "place", spans: [span] };
    }
    case "create": {
      if (!p.column) return { kind: "none" };
      const lo = Math.min(g.anchor, p.minute);
      const hi = Math.max(g.anchor, p.minute);
      const start = clamp(snap(lo, step), 0, DAY_MINUTES - step);
      const end = clamp(snap(hi, step), start + step, DAY_MINUTES);
      const span: Held = { id: "", date: g.date, start, end };
      if (g.room !== undefined) span.room = g.room;
      return { kind: "place", spans: [span] };
    }
  }
}

/** `minutes` after midnight of `date` as a stamp; 1440 and beyond roll over to later days. */
export function stampAt(date: string, minutes: number): Stamp {
  const days = Math.floor(minutes / DAY_MINUTES);
  return formatStamp(addDays(date, days), minutes - days * DAY_MINUTES);
}

/** Whether the proposal leaves everything where the gesture found it. */
export function isUnmoved(g: Gesture, proposal: Proposal): boolean {
  if (proposal.kind !== "place") return proposal.kind === "none";
  if (g.kind === "move" || g.kind === "resize") {
    const held = g.kind === "move" ? g.held : [g.held];
    return proposal.spans.every((s, i) => {
      const h = held[i];
      return h !== undefined && h.date === s.date && h.start === s.start && h.end === s.end && h.room === s.room;
    });
  }
  return false;
}

/**
 * A session drawn on the grid: the core's new session (`View.newItems.session`, empty id:
 * the core picks one) placed where it was drawn; the properties panel edits the rest.
 */
export function newSession(template: Session, span: Held): Session {
  const session: Session = {
    ...template,
    placement: { start: stampAt(span.date, span.start), end: stampAt(span.date, span.end) },
  };
  if (span.room !== undefined) session.room = span.room;
  return session;
}

/**
 * The one command a drop sends, or null when there is nothing to send (no target, or the
 * drop leaves everything in place). A created session starts as `template` (the core's).
 */
export function commandFor(g: Gesture, proposal: Proposal, template: Session): Command | null {
  if (isUnmoved(g, proposal)) return null;
  if (proposal.kind === "unschedule") return { type: "unscheduleSession", id: proposal.id };
  if (proposal.kind !== "place") return null;
  const span = proposal.spans[0];
  if (!span) return null;
  switch (g.kind) {
    case "move": {
      const first = g.held[0];
      if (!first) return null;
      if (g.held.length > 1) {
        const byMinutes = daysBetween(first.date, span.date) * DAY_MINUTES + span.start - first.start;
        return { type: "moveSessions", ids: g.held.map((h) => h.id), byMinutes };
      }
      const command: Command = { type: "moveSession", id: span.id, start: stampAt(span.date, span.start) };
      if (span.room !== undefined && span.room !== first.room) command.room = span.room;
      return command;
    }
    case "resize":
      return {
        type: "resizeSession",
        id: span.id,
        start: stampAt(span.date, span.start),
        end: stampAt(span.date, span.end),
      };
    case "schedule": {
      const command: Command = {
        type: "scheduleSession",
        id: span.id,
        placement: { start: stampAt(span.date, span.start), end: stampAt(span.date, span.end) },
      };
      if (span.room !== undefined) command.room = span.room;
      return command;
    }
    case "create":
      return { type: "addSession", session: newSession(template, span) };
  }
}

/**
 * The command of a double-click (or "New session here") at `minute` of `date`, in `room`'s
 * strip of a room view: the core's new session (`template`) starting at the nearest step,
 * as long as the core's default length (`template.minutes`, else one hour), kept inside the
 * day. It goes beside whatever is there already (a new lane): the core's conflicts say
 * whether that is a problem.
 */
export function createAt(
  date: string,
  room: string | undefined,
  minute: number,
  step: number,
  template: Session,
): Command {
  const length = Math.max(step, template.minutes ?? 60);
  const start = clamp(snap(minute, step), 0, Math.max(0, DAY_MINUTES - length));
  const span: Held = { id: "", date, start, end: start + length };
  if (room !== undefined && room !== "") span.room = room;
  return { type: "addSession", session: newSession(template, span) };
}

/**
 * The command of "Paste here" for the copied sessions `copied` (scheduled or not) at
 * `minute` of `date`: one session is duplicated there (snapped, its length and room kept);
 * several are pasted together, the earliest scheduled one starting there and the others
 * keeping their distance from it (the core moves each copy by `byMinutes`); copies of
 * unscheduled sessions stay unscheduled. Null when nothing is copied.
 */
export function pasteAt(copied: readonly Session[], date: string, minute: number, step: number): Command | null {
  const [only] = copied;
  if (!only) return null;
  const target = snap(minute, step);
  if (copied.length > 1) {
    const ids = copied.map((s) => s.id);
    const starts = copied.flatMap((s) => {
      const span = sessionSpan(s);
      return span ? [daysBetween(date, span.date) * DAY_MINUTES + span.start] : [];
    });
    if (starts.length === 0) return { type: "pasteSessions", ids };
    return { type: "pasteSessions", ids, byMinutes: target - Math.min(...starts) };
  }
  const span = sessionSpan(only);
  const length = span ? span.end - span.start : Math.max(step, only.minutes ?? 60);
  const start = clamp(target, 0, Math.max(0, DAY_MINUTES - length));
  return {
    type: "duplicateSession",
    id: only.id,
    placement: { start: stampAt(date, start), end: stampAt(date, start + length) },
  };
}

/** The keyboard's gestures on the selection: one snap step or one day, or an edge. */
export type Nudge =
  "earlier" | "later" | "dayBefore" | "dayAfter" | "shorter" | "longer" | "startEarlier" | "startLater";

/**
 * The nudge of an arrow key (with Shift: resize) in either orientation: the keys along the
 * time axis (up/down in columns, left/right in rows) move by one step, the keys across the
 * days move by one day; with Shift, they move the end and the start edge. Null for other keys.
 */
export function arrowNudge(key: string, shift: boolean, orientation: Orientation): Nudge | null {
  const alongTime = orientation === "columns" ? ["ArrowUp", "ArrowDown"] : ["ArrowLeft", "ArrowRight"];
  const acrossDays = orientation === "columns" ? ["ArrowLeft", "ArrowRight"] : ["ArrowUp", "ArrowDown"];
  const t = alongTime.indexOf(key);
  if (t >= 0) return shift ? (t === 0 ? "shorter" : "longer") : t === 0 ? "earlier" : "later";
  const d = acrossDays.indexOf(key);
  if (d >= 0) return shift ? (d === 0 ? "startEarlier" : "startLater") : d === 0 ? "dayBefore" : "dayAfter";
  return null;
}

/**
 * The command of a keyboard nudge of `held` (the selected, scheduled sessions), or null:
 * arrows move by one step (up/down) or one day (left/right), several at once together;
 * Shift+arrows resize one session's end (up/down) by one step, never below one step.
 */
export function nudgeCommand(held: readonly Held[], nudge: Nudge, step: number): Command | null {
  const first = held[0];
  if (!first) return null;
  const by: Partial<Record<Nudge, number>> = {
    earlier: -step,
    later: step,
    dayBefore: -DAY_MINUTES,
    dayAfter: DAY_MINUTES,
  };
  const move = by[nudge];
  if (move !== undefined) {
    if (held.length > 1) return { type: "moveSessions", ids: held.map((h) => h.id), byMinutes: move };
    const total = first.start + move;
    return { type: "moveSession", id: first.id, start: stampAt(first.date, total) };
  }
  if (held.length !== 1) return null;
  let { start, end } = first;
  if (nudge === "shorter") end = Math.max(start + step, end - step);
  if (nudge === "longer") end = Math.min(DAY_MINUTES, end + step);
  if (nudge === "startEarlier") start = Math.max(0, start - step);
  if (nudge === "startLater") start = Math.min(end - step, start + step);
  if (start === first.start && end === first.end) return null;
  return { type: "resizeSession", id: first.id, start: stampAt(first.date, start), end: stampAt(first.date, end) };
}

/** A drag ghost's box in pixels from the grid's top-left corner. */
export interface GhostBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where the ghost of `span` goes over the measured drop `columns`: across, its room's strip
 * when the columns are room strips and it has one, else its whole day; along, its time box
 * shifted by `timeStartPx` (the headers' extent). `inset` pixels are kept free across.
 * Null when its day is not drawn (a multi-day move can push a session past the last day).
 */
export function ghostBox(
  columns: readonly ColumnRect[],
  span: { date: string; room?: string },
  o: { orientation: Orientation; timeStartPx: number; along: { offset: number; length: number }; inset: number },
): GhostBox | null {
  const day = columns.filter((c) => c.date === span.date);
  if (day.length === 0) return null;
  const strip = span.room !== undefined ? day.find((c) => c.room === span.room) : undefined;
  const from = strip ? strip.from : Math.min(...day.map((c) => c.from));
  const to = strip ? strip.to : Math.max(...day.map((c) => c.to));
  const across = { at: from + o.inset, size: Math.max(0, to - from - 2 * o.inset) };
  const along = { at: o.timeStartPx + o.along.offset, size: o.along.length };
  return o.orientation === "columns"
    ? { x: across.at, y: along.at, width: across.size, height: along.size }
    : { x: along.at, y: across.at, width: along.size, height: across.size };
}
