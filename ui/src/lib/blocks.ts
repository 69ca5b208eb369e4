/**
 * The session blocks of each day: every scheduled session with its day, its place along the
 * day and its lane (`lanes.ts`), for the grid to position. Drawing only, as `layout.ts`.
 *
 * Laid out again after every edit, so this is on an edit's path: with the blocks drawn
 * before (`BlockCache`), the days and room strips an edit left alone keep their very blocks,
 * and one it changed in a few sessions gets new blocks for those only (see
 * `blocksAfterEdit`), so that the views of the others are not touched and a day of 5,000
 * sessions is not laid out again for one move.
 */
import type { Session } from "../bindings/Session";
import { laneNumbers, lanesAfterEdit, MARKER_MINUTES, MOST_MOVED, type DrawnLanes } from "./lanes";
import { roomKey, sessionSpan, type Block, type Span } from "./layout";

/**
 * What `blocksByDate` drew last, so that the next call re-assigns the lanes of the days (and
 * room strips) whose sessions changed only: an edit re-lays one or two days, not the whole
 * meeting, and the days it left alone keep their very arrays of blocks (their views are not
 * touched). Mutated by each call that is given it.
 */
export interface BlockCache {
  /** Per date and room strip (`date|col`): its sessions, as objects, and their blocks. */
  cells: Map<string, { sessions: Session[]; cols: number; blocks: Block[] }>;
  /** Per date: the blocks last answered. */
  days: Map<string, Block[]>;
}

/** An empty cache for `blocksByDate`. */
export function blockCache(): BlockCache {
  return { cells: new Map(), days: new Map() };
}

/**
 * The scheduled sessions of each date, with lanes, keyed by date. With `rooms` (a room
 * view), each session goes in its room's sub-column and lanes are counted per room. With
 * `cache`, a date or room strip whose sessions are the same objects as last time keeps its
 * blocks, and a date whose blocks are all the same keeps its array.
 */
export function blocksByDate(
  sessions: readonly Session[],
  rooms?: readonly string[],
  cache?: BlockCache,
): Map<string, Block[]> {
  const colOf = new Map((rooms ?? []).map((r, i) => [r, i]));
  const cols = rooms ? Math.max(1, rooms.length) : 1;
  const perCell = new Map<string, { sessions: Session[]; spans: Span[]; date: string; col: number }>();
  for (const session of sessions) {
    const span = sessionSpan(session);
    if (!span) continue;
    const col = rooms ? (colOf.get(roomKey(session)) ?? 0) : 0;
    const key = `${span.date}|${col}`;
    let cell = perCell.get(key);
    if (!cell) perCell.set(key, (cell = { sessions: [], spans: [], date: span.date, col }));
    cell.sessions.push(session);
    cell.spans.push(span);
  }
  const out = new Map<string, Block[]>();
  const cells = new Map<string, { sessions: Session[]; cols: number; blocks: Block[] }>();
  for (const [key, { sessions: list, spans, date, col }] of perCell) {
    const old = cache?.cells.get(key);
    const blocks =
      (old && old.cols === cols ? blocksAfterEdit(old, list, spans, date, col) : null) ??
      cellBlocks(list, spans, date, col, cols, old?.blocks);
    cells.set(key, { sessions: list, cols, blocks });
    const day = out.get(date);
    if (day) day.push(...blocks);
    else out.set(date, [...blocks]);
  }
  if (cache) {
    for (const [date, blocks] of out) {
      const old = cache.days.get(date);
      if (old && old.length === blocks.length && old.every((b, i) => b === blocks[i])) out.set(date, old);
    }
    cache.cells = cells;
    cache.days = out;
  }
  return out;
}

/**
 * The blocks of a date's room strip after an edit that replaced, added or took away a few
 * of the sessions drawn before (`old`), the others staying in the same order: the very
 * `old.blocks` when nothing changed, else new blocks for those few only, the others' kept
 * as they are and their lanes not laid out again (`lanesAfterEdit`). A session moved to
 * another day or room leaves one strip and joins another, each by this. Null when that
 * cannot be done (many changed, another order, lanes that must change): lay the strip out
 * again.
 */
function blocksAfterEdit(
  old: { sessions: Session[]; cols: number; blocks: Block[] },
  list: Session[],
  spans: Span[],
  date: string,
  col: number,
): Block[] | null {
  const n = list.length;
  // Each session's block drawn before (undefined: new to the strip), pairing the two lists
  // in their common order; what the walk skips of the old list has left the strip.
  const was = new Array<Block | undefined>(n);
  const changed: number[] = [];
  let gone = 0;
  let o = 0;
  for (let j = 0; j < n; j++) {
    const session = list[j]!;
    if (old.sessions[o] !== session && old.sessions[o]?.id !== session.id && old.sessions[o + 1]?.id === session.id) {
      o++;
      gone++;
    }
    const before = old.sessions[o];
    if (before === session) {
      was[j] = old.blocks[o++];
      continue;
    }
    if (before?.id === session.id) was[j] = old.blocks[o++];
    changed.push(j);
    if (changed.length + gone > MOST_MOVED) return null;
  }
  gone += old.sessions.length - o;
  if (changed.length === 0 && gone === 0) return old.blocks;
  if (changed.length + gone > MOST_MOVED) return null;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    starts[j] = spans[j]!.start;
    ends[j] = laneEnd(list[j]!, spans[j]!);
  }
  const lanes = lanesAfterEdit(
    { starts, ends },
    was,
    changed,
    (j) => ({ start: was[j]!.start, end: laneEnd(was[j]!.session, was[j]!) }),
    (j) => list[j]!.id,
  );
  if (!lanes) return null;
  const blocks = was as Block[];
  changed.forEach((j, k) => {
    const span = spans[j]!;
    blocks[j] = {
      session: list[j]!,
      date,
      start: span.start,
      end: span.end,
      lane: lanes.lane[k]!,
      lanes: lanes.lanes[k]!,
      col,
      cols: old.cols,
    };
  });
  return blocks;
}

/**
 * The blocks of one date's room strip (the whole day outside a room view), in lanes. The
 * sessions an edit did not move keep the lanes of `previous` (see `laneNumbers`), and a
 * block of `previous` that is unchanged (same session object, place and lane) is reused as
 * it is, so its view is not touched: an edit redraws the blocks it moved.
 */
function cellBlocks(
  list: Session[],
  spans: Span[],
  date: string,
  col: number,
  cols: number,
  previous: readonly Block[] = [],
): Block[] {
  const before = new Map(previous.map((b) => [b.session.id, b]));
  // The lanes drawn before, read from the blocks themselves (a block is its own span but
  // for a point in time's marker).
  const drawn: DrawnLanes = {
    get(id) {
      const b = before.get(id);
      return b && !isMarker(b.session) ? b : b && { start: b.start, end: laneEnd(b.session, b), lane: b.lane };
    },
  };
  const { lane: laneOf, lanes: lanesOf } = laneNumbers(
    list.map((session, i) => ({ id: session.id, start: spans[i]!.start, end: laneEnd(session, spans[i]!) })),
    drawn,
  );
  return list.map((session, i) => {
    const lane = laneOf[i]!;
    const lanes = lanesOf[i]!;
    const span = spans[i]!;
    const old = before.get(session.id);
    const same =
      old !== undefined &&
      old.session === session &&
      old.date === date &&
      old.start === span.start &&
      old.end === span.end &&
      old.lane === lane &&
      old.lanes === lanes &&
      old.col === col &&
      old.cols === cols;
    return same ? old : { session, date, start: span.start, end: span.end, lane, lanes, col, cols };
  });
}

/**
 * Where a session ends among the lanes of its day: its own end, but a point in time has no
 * length, and its marker and label take room on screen, so it counts as MARKER_MINUTES long
 * (drawing only: the core's rules ignore this).
 */
function laneEnd(session: Session, span: Span): number {
  return isMarker(session) ? Math.max(span.end, span.start + MARKER_MINUTES) : span.end;
}

/** A point in time or an open-ended item, drawn as a marker at its start. */
function isMarker(session: Session): boolean {
  return (session.timing ?? "span") !== "span";
}
