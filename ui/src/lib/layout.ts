/**
 * Geometry of the timetable grid: which day columns to draw, the time range of the rows,
 * where breaks and off-hours are shaded, and where each session block goes.
 *
 * Pure functions of the timetable and the core's view of it: no DOM, no backend (this
 * module must not import `backend.ts`). None of this is a scheduling rule: each day's hours
 * and breaks come from the core's `View` (`Timetable::hours_on`, `Timetable::breaks_on`),
 * conflicts from the core's list; this only turns them into geometry.
 */
import type { Break } from "../bindings/Break";
import type { Day } from "../bindings/Day";
import type { Lang } from "../bindings/Lang";
import type { Placement } from "../bindings/Placement";
import type { RevisionChanges } from "../bindings/RevisionChanges";
import type { Session } from "../bindings/Session";
import type { Timetable } from "../bindings/Timetable";
import type { View } from "../bindings/View";
import { DAY_MINUTES, longDate, parseStamp, parseTime, shortDate } from "./time";

/** A half-open interval `[start, end)` in minutes after midnight. */
export interface Span {
  start: number;
  end: number;
}

/** Where an item sits among its overlapping neighbours (see `lanes.ts`). */
export interface Lane {
  /** 0-based lane, left to right. */
  lane: number;
  /** Lanes in its cluster (items linked by overlaps), so widths are `1 / lanes`. */
  lanes: number;
}

/** What a column stands for: a meeting day of some kind, or a date outside the meeting. */
export type ColumnKind = "working" | "weekend" | "holiday" | "outside";

/** A shaded break band in a column. */
export interface BreakBand extends Span {
  id: string;
  name: string;
  kind: Break["kind"];
}

/** One day column of the grid. */
export interface DayColumn {
  date: string;
  /** "Tuesday 19 September". */
  label: string;
  /** "Tue 19", for narrow columns. */
  short: string;
  kind: ColumnKind;
  /** The meeting's day, when the date is one. */
  day?: Day;
  /** The day's hours (its own, else the meeting's standard hours). */
  hours: Span;
  /** Breaks in force that day, in time order. */
  breaks: BreakBand[];
  /** Drawn narrow: a weekend or holiday with no sessions. */
  narrow: boolean;
}

/**
 * Where `textIn` looks when a text lacks the language asked: the core's order
 * (`View.textFallback`), which the document store hands over with every view it keeps.
 */
let textFallback: readonly Lang[] = [];

/** Takes the core's fallback order of texts (see `textIn`). */
export function useTextFallback(order: readonly Lang[]): void {
  textFallback = order;
}

/** Text in `lang`, else in the first language of the core's fallback order it has; "" when none. */
export function textIn(text: { [key in Lang]?: string }, lang: Lang): string {
  const direct = text[lang];
  if (direct !== undefined) return direct;
  for (const l of textFallback) {
    const v = text[l];
    if (v !== undefined) return v;
  }
  return "";
}

/**
 * Spans by session object. Sessions are never edited in place (an answer replaces a changed
 * session with a new object), so a session's span is parsed once, not on every redraw.
 */
const spans = new WeakMap<Session, (Span & { date: string }) | null>();

/** A session's time span within its start day (clipped at midnight), or null if unscheduled. */
export function sessionSpan(session: Session): (Span & { date: string }) | null {
  let span = spans.get(session);
  if (span === undefined) {
    span = parseSpan(session);
    spans.set(session, span);
  }
  return span;
}

function parseSpan(session: Session): (Span & { date: string }) | null {
  if (!session.placement) return null;
  const start = parseStamp(session.placement.start);
  const end = parseStamp(session.placement.end);
  if (!start || !end) return null;
  const endMinutes = end.date === start.date ? end.minutes : DAY_MINUTES;
  return { date: start.date, start: start.minutes, end: Math.max(endMinutes, start.minutes) };
}

/**
 * The columns to draw: every meeting day, plus every other date that holds a scheduled
 * session (such as a management meeting the day before), in date order; breaks named in
 * `lang`.
 */
export function dayColumns(tt: Timetable, view: View, lang: Lang = view.mainLang): DayColumn[] {
  const facts = new Map(view.days.map((d) => [d.date, d]));
  const busy = new Set<string>();
  for (const s of Object.values(tt.sessions)) {
    const span = sessionSpan(s);
    if (span) busy.add(span.date);
  }
  const byDate = new Map<string, Day | undefined>();
  for (const d of tt.days) byDate.set(d.date, d);
  for (const date of busy) if (!byDate.has(date)) byDate.set(date, undefined);
  const dates = [...byDate.keys()].sort();
  return dates.map((date) => {
    const day = byDate.get(date);
    const kind: ColumnKind = day ? day.kind : "outside";
    const fact = facts.get(date) ?? view.elsewhere;
    // In the core's order (by time); a break the view names is always in the timetable.
    const breaks: BreakBand[] = [];
    for (const id of fact.breaks) {
      const b = tt.breaks[id];
      if (b)
        breaks.push({ id, name: textIn(b.name, lang), kind: b.kind, start: parseTime(b.start), end: parseTime(b.end) });
    }
    const column: DayColumn = {
      date,
      label: longDate(date),
      short: shortDate(date),
      kind,
      hours: { start: parseTime(fact.hours.start), end: parseTime(fact.hours.end) },
      breaks,
      narrow: (kind === "weekend" || kind === "holiday") && !busy.has(date),
    };
    if (day) column.day = day;
    return column;
  });
}

/**
 * The rows' time range: from the earliest working-day start (or session start) to the
 * latest working-day end (or session end), widened to whole hours. Weekends, holidays and
 * outside dates count only through their sessions. 09:00-18:00 when there is nothing.
 */
export function timeRange(columns: DayColumn[], sessions: Session[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const c of columns) {
    if (c.kind !== "working") continue;
    start = Math.min(start, c.hours.start);
    end = Math.max(end, c.hours.end);
  }
  for (const s of sessions) {
    const span = sessionSpan(s);
    if (!span) continue;
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) {
    return { start: 9 * 60, end: 18 * 60 };
  }
  return {
    start: Math.max(0, Math.floor(start / 60) * 60),
    end: Math.min(DAY_MINUTES, Math.ceil(end / 60) * 60),
  };
}

/** The whole hours inside `range`, for hour lines and labels. */
export function hourMarks(range: Span): number[] {
  const marks: number[] = [];
  for (let m = Math.ceil(range.start / 60) * 60; m <= range.end; m += 60) marks.push(m);
  return marks;
}

/** A session block placed in its day column. */
export interface Block extends Span, Lane {
  session: Session;
  date: string;
  /** In a room view: the room sub-column (0-based) and how many there are; else 0 of 1. */
  col: number;
  cols: number;
}

/** The key of a session's room sub-column in a room view: its room, or "" for none. */
export function roomKey(session: Session): string {
  return session.room ?? "";
}

/**
 * The room sub-columns of a room view: every room of the timetable in its order, then ""
 * (no room) when some of `sessions` is scheduled without a room.
 */
export function roomColumns(tt: Timetable, sessions: readonly Session[]): string[] {
  const rooms = Object.keys(tt.rooms);
  const roomless = sessions.some((s) => s.placement !== undefined && s.room === undefined);
  return roomless ? [...rooms, ""] : rooms;
}

/** Vertical placement in pixels of a span on a grid showing `range` at `pxPerMinute`. */
export function verticalBox(span: Span, range: Span, pxPerMinute: number): { top: number; height: number } {
  const start = Math.max(span.start, range.start);
  const end = Math.min(span.end, range.end);
  return {
    top: (start - range.start) * pxPerMinute,
    height: Math.max(0, end - start) * pxPerMinute,
  };
}

/** Horizontal placement of a lane (in its room sub-column, if any), in percent of the day's width. */
export function horizontalBox(lane: Lane & { col?: number; cols?: number }): { left: number; width: number } {
  const cols = lane.cols ?? 1;
  const width = 100 / cols / lane.lanes;
  return { left: ((lane.col ?? 0) * 100) / cols + lane.lane * width, width };
}

/** Whether any block covers part of `span` (a break's label is then hidden). */
export function covered(span: Span, blocks: readonly Span[]): boolean {
  return blocks.some((b) => b.start < span.end && span.start < b.end);
}

/** The parts of `range` outside the day's hours, to shade lightly. */
export function offHours(hours: Span, range: Span): Span[] {
  const out: Span[] = [];
  if (hours.start > range.start) out.push({ start: range.start, end: Math.min(hours.start, range.end) });
  if (hours.end < range.end) out.push({ start: Math.max(hours.end, range.start), end: range.end });
  return out.filter((s) => s.end > s.start);
}

/** Sessions waiting in the palette (no placement), by title in `lang`. */
export function unscheduled(sessions: Session[], lang: Lang): Session[] {
  return sessions
    .filter((s) => s.placement === undefined)
    .sort((a, b) => textIn(a.title, lang).localeCompare(textIn(b.title, lang)) || (a.id < b.id ? -1 : 1));
}

/**
 * Which way the grid runs: `columns` draws days as columns and time downwards; `rows`
 * draws days as rows and time from left to right. Everything else (lanes, rooms, breaks)
 * is the same; only the axes swap.
 */
export type Orientation = "columns" | "rows";

/** A box's extent along the time axis, in pixels from the start of the shown range. */
export interface AlongBox {
  offset: number;
  length: number;
}

/** A box's extent across a day (its lane or room share), in percent of the day's breadth. */
export interface AcrossBox {
  start: number;
  size: number;
}

/** CSS position of an absolutely placed box in a day column (or row). */
export interface CssBox {
  left: string;
  top: string;
  width: string;
  height: string;
}

/** Where a span sits along the time axis (clipped to `range`), in pixels. */
export function alongBox(span: Span, range: Span, pxPerMinute: number): AlongBox {
  const { top, height } = verticalBox(span, range, pxPerMinute);
  return { offset: top, length: height };
}

/** A lane (and room sub-column) as an extent across its day, in percent. */
export function acrossBox(lane: Lane & { col?: number; cols?: number }): AcrossBox {
  const { left, width } = horizontalBox(lane);
  return { start: left, size: width };
}

/**
 * Pixels kept free at the end of every day across (right of the lanes in columns, below them
 * in rows): empty grid beside even the busiest slot, where a press or a double-click creates
 * a new session (a new lane) instead of grabbing the block underneath.
 */
export const CREATE_GUTTER_PX = 14;

/**
 * The CSS box of something `along` the time axis and `across` a day, leaving `inset`
 * pixels free on either side across (so neighbouring lanes do not touch). In columns, time
 * runs down (top, height) and lanes side by side (left, width); in rows, the reverse.
 * With `reserve`, the percentages are of the day's breadth less `reserve` pixels at its end
 * (see `CREATE_GUTTER_PX`): `p%` of `(W - R)` is `calc(p% - p*R/100 px)`.
 */
export function place(orientation: Orientation, along: AlongBox, across: AcrossBox, inset = 0, reserve = 0): CssBox {
  const time = { at: `${along.offset}px`, size: `${along.length}px` };
  const cross = {
    at: percentLess(across.start, (across.start * reserve) / 100 - inset),
    size: percentLess(across.size, (across.size * reserve) / 100 + 2 * inset),
  };
  return orientation === "columns"
    ? { top: time.at, height: time.size, left: cross.at, width: cross.size }
    : { left: time.at, width: time.size, top: cross.at, height: cross.size };
}

/** `p%` less `px` pixels, as CSS ("50%", "calc(50% - 2px)", "calc(50% + 1px)"). */
function percentLess(p: number, px: number): string {
  const round = Math.round(px * 100) / 100;
  if (round === 0) return `${p}%`;
  return round > 0 ? `calc(${p}% - ${round}px)` : `calc(${p}% + ${-round}px)`;
}

/** A box as an inline `style` value. */
export function boxStyle(p: CssBox): string {
  return `left:${p.left};top:${p.top};width:${p.width};height:${p.height}`;
}

/** The most lanes side by side anywhere among `blocks` (times their room sub-columns). */
export function maxLanes(blocks: readonly (Lane & { cols?: number })[]): number {
  let most = 1;
  for (const b of blocks) most = Math.max(most, b.lanes * (b.cols ?? 1));
  return most;
}

/**
 * The breadth in pixels of a day across (its width in columns, its height in rows): narrow
 * for an empty weekend or holiday in a day view; otherwise enough for its busiest moment's
 * `lanes` (`maxLanes`: in a room view, every room strip holds as many lanes as the busiest
 * room) at `lanePx` each, a readable width, plus the create gutter, and never less than
 * `min`. A day with more parallel sessions than fit the window widens and the grid scrolls,
 * rather than drawing stripes too thin to read.
 */
export function dayBreadth(
  column: Pick<DayColumn, "narrow">,
  lanes: number,
  opts: { rooms: number | null; lanePx: number; min: number; narrowPx: number; gutterPx?: number },
): number {
  if (column.narrow && opts.rooms === null) return opts.narrowPx;
  const strips = Math.max(lanes, opts.rooms ?? 1);
  return Math.max(opts.min, strips * opts.lanePx + (opts.gutterPx ?? 0));
}

// Changes since a revision (the Revisions panel's overlay). The diff is the core's; this
// only says where to draw its marks and ghosts.

/**
 * How a session block is marked when changes are shown: since a revision (`added`, `moved`,
 * `changed`), or in an arrangement's preview (`arranged`: it would move here; `placed`: it
 * would be placed here from the palette; see arrangeOverlay.ts).
 */
export type ChangeKind = "added" | "moved" | "changed" | "arranged" | "placed";

/** A session's mark in the changes overlay, and what changed in words. */
export interface ChangeMark {
  kind: ChangeKind;
  /** What changed as the core words it ("moved from … to …"), for the badge's title and the accessible name. */
  what: string;
}

/** A dashed outline where a session was in the revision: removed, or moved/retimed away. */
export interface ChangeGhost extends Span {
  id: string;
  date: string;
  room?: string;
  /** Its title, as the core's change line names it. */
  title: string;
  /**
   * `removed`: gone or unscheduled since; `moved`: it is elsewhere now. In an arrangement's
   * preview, where a session is now: `away`: the arrangement moves it elsewhere; `out`: it
   * leaves it unscheduled.
   */
  kind: "removed" | "moved" | "away" | "out";
}

/** The core's words for each changed session: its title and what happened, by session id. */
function sessionLines(changes: RevisionChanges): Map<string, { subject: string; what: string }> {
  const out = new Map<string, { subject: string; what: string }>();
  for (const l of changes.lines)
    if (l.id !== undefined) out.set(l.id, { subject: l.subject ?? "", what: l.details.join("; ") });
  return out;
}

/**
 * The marks of the sessions that are in the document now: added ones, and changed ones as
 * `moved` when they were moved or retimed (their place in time changed), else `changed`;
 * what changed is the core's wording.
 */
export function changeMarks(changes: RevisionChanges): Map<string, ChangeMark> {
  const words = sessionLines(changes);
  const out = new Map<string, ChangeMark>();
  for (const d of changes.sessions) {
    const what = words.get(d.id)?.what ?? "";
    if (d.change.type === "added") out.set(d.id, { kind: "added", what });
    if (d.change.type === "changed") {
      const moved = d.change.aspects.some((a) => a.type === "moved" || a.type === "retimed");
      out.set(d.id, { kind: moved ? "moved" : "changed", what });
    }
  }
  return out;
}

function placementSpan(p: Placement | undefined): (Span & { date: string }) | null {
  return p ? sessionSpan({ placement: p } as Session) : null;
}

/**
 * Where to draw the revision's placements that are no longer there: removed sessions (and
 * sessions unscheduled since) at their old place, and moved or retimed sessions at their
 * old place (in their old room when the room changed too, else in `roomNow`). Keyed by date.
 */
export function changeGhosts(
  changes: RevisionChanges,
  roomNow: (id: string) => string | undefined = () => undefined,
): Map<string, ChangeGhost[]> {
  const words = sessionLines(changes);
  const out = new Map<string, ChangeGhost[]>();
  const add = (g: ChangeGhost) => out.set(g.date, [...(out.get(g.date) ?? []), g]);
  for (const d of changes.sessions) {
    const title = words.get(d.id)?.subject ?? "";
    const c = d.change;
    if (c.type === "removed") {
      const span = placementSpan(c.placement);
      if (span) add({ id: d.id, title, kind: "removed", ...span, ...(c.room !== undefined ? { room: c.room } : {}) });
    } else if (c.type === "changed") {
      const timed = c.aspects.find((a) => a.type === "moved" || a.type === "retimed");
      if (!timed) continue;
      const span = placementSpan(timed.from);
      if (!span) continue;
      // Unscheduled since the revision: it is gone from the grid, so it reads as removed.
      const kind = timed.type === "moved" && timed.to === undefined ? "removed" : "moved";
      const roomAspect = c.aspects.find((a) => a.type === "room");
      const ghost: ChangeGhost = { id: d.id, title, kind, ...span };
      const room = roomAspect?.type === "room" ? roomAspect.from : roomNow(d.id);
      if (room !== undefined) ghost.room = room;
      add(ghost);
    }
  }
  return out;
}
