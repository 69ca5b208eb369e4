/**
 * Aggregated blocks: when a day holds more sessions side by side than can be read at the
 * lowest zoom (the condensed view), its sessions are drawn as one block per lane group and
 * hour ("42 sessions") instead of hundreds of slivers; a click (or leaving the condensed
 * view) expands the day. Layout arithmetic only: which sessions share a group comes from
 * their lanes and start times; their conflict marks are the core's (`conflictMarks`), and an
 * aggregate shows the worst of its members' and how many are marked.
 */
import type { Block, Span } from "./layout";
import type { MarkReader } from "./marks.svelte";
import { MARK_RANK, type ConflictMark } from "./state";
import { t } from "./i18n.svelte";

/** More lanes side by side than this in the condensed view: the day is aggregated. */
export const AGGREGATE_LANES = 16;
/** Lane groups across an aggregated day. */
export const AGGREGATE_GROUPS = 8;
/** The length of an aggregate along the time axis, in minutes. */
export const AGGREGATE_MINUTES = 60;

/** One aggregate: the sessions starting in its hour whose lanes fall in its group. */
export interface Aggregate extends Span {
  /** Stable across edits: its group and hour ("3@540"). */
  key: string;
  /** Its lane group, 0-based, of `groups`. */
  group: number;
  groups: number;
  /** Its sessions' ids, in lane order. */
  ids: string[];
  /** The worst conflict mark among them (null when none is marked). */
  mark: ConflictMark | null;
  /** How many of them carry an open conflict (not acknowledged). */
  inConflict: number;
}

/** Whether a day of `lanes` lanes side by side is aggregated (see the module's doc). */
export function isAggregated(lanes: number, condensed: boolean, roomView: boolean, expanded: boolean): boolean {
  return condensed && !roomView && !expanded && lanes > AGGREGATE_LANES;
}

/**
 * The aggregates of a day's `blocks`: a session falls in the group of its lane's share across
 * the day (lane / lanes of its cluster) and the hour its start is in (hours counted from
 * midnight, clipped to `range`); empty aggregates are left out. Ordered by hour, then group.
 */
export function aggregate(
  blocks: readonly Block[],
  marks: MarkReader,
  range: Span,
  groups = AGGREGATE_GROUPS,
): Aggregate[] {
  const byKey = new Map<string, Aggregate & { lanes: number[] }>();
  for (const b of blocks) {
    const group = Math.min(groups - 1, Math.floor(((b.lane + 0.5) / b.lanes) * groups));
    const hour = Math.floor(b.start / AGGREGATE_MINUTES) * AGGREGATE_MINUTES;
    const key = `${group}@${hour}`;
    let a = byKey.get(key);
    if (!a) {
      a = {
        key,
        group,
        groups,
        start: Math.max(range.start, hour),
        end: Math.min(range.end, hour + AGGREGATE_MINUTES),
        ids: [],
        lanes: [],
        mark: null,
        inConflict: 0,
      };
      byKey.set(key, a);
    }
    a.ids.push(b.session.id);
    a.lanes.push(b.lane);
    const mark = marks.get(b.session.id);
    if (mark) {
      if (mark !== "acknowledged") a.inConflict++;
      if (a.mark === null || MARK_RANK[mark] > MARK_RANK[a.mark]) a.mark = mark;
    }
  }
  return [...byKey.values()]
    .sort((x, y) => x.start - y.start || x.group - y.group)
    .map(({ lanes, ids, ...a }) => {
      const order = ids.map((id, i) => ({ id, lane: lanes[i] ?? 0 })).sort((p, q) => p.lane - q.lane);
      return { ...a, ids: order.map((o) => o.id) };
    });
}

/** What an aggregate says, in words: "42 sessions, 3 in conflict". */
export function aggregateText(a: Pick<Aggregate, "ids" | "inConflict">): string {
  const count = t("aggregate-sessions", { n: a.ids.length });
  return a.inConflict > 0 ? t("aggregate-in-conflict", { count, n: a.inConflict }) : count;
}
