/**
 * Lanes: where each session sits among the sessions that overlap it in its day (or room
 * strip), so that parallel sessions are drawn side by side. Drawing only: which sessions
 * overlap in a way that matters is the core's conflict rules, not this.
 *
 * A fresh layout is the greedy one calendar views use. After an edit, the sessions it did
 * not move keep their lanes (`laneNumbers`' `previous`): moving one session redraws that
 * one block, not the neighbours a fresh layout would shuffle, and a person sees move only
 * what they moved.
 */
import type { Lane, Span } from "./layout";

/** Ids in natural order ("q4" before "q12"), so parallel Questions line up by number. */
function compareIds(a: string, b: string): number {
  return ID_ORDER.compare(a, b);
}
/** One collator for every comparison: `localeCompare` with options builds one per call (slow over 1,000 sessions). */
const ID_ORDER = new Intl.Collator("en", { numeric: true });

/**
 * Each id's place in natural order (`compareIds`), so that the lane sort compares numbers:
 * with the collator in its comparator, re-assigning the lanes of a day of 5,000 sessions
 * after each edit spent most of its time comparing ids. Ids are ranked when first seen (all
 * known ids sorted again, once), so an edit that adds no session compares none.
 */
const idRanks = new Map<string, number>();

/** Makes sure every id of `items` has a rank in `idRanks`. */
function rankIds(items: readonly { id: string }[]): void {
  if (items.every((item) => idRanks.has(item.id))) return;
  // Keep the ranks of the ids in use; forget those of documents long closed.
  const ids = new Set(idRanks.size > 4 * items.length + 1000 ? [] : idRanks.keys());
  for (const item of items) ids.add(item.id);
  idRanks.clear();
  [...ids].sort(compareIds).forEach((id, i) => idRanks.set(id, i));
}

/** How long a point in time's marker counts for when lanes are assigned (its label's room). */
export const MARKER_MINUTES = 20;

/** Something with an id and a span, for lane assignment. */
export interface LaneItem extends Span {
  id: string;
}

/** An item's span and lane in the layout drawn before an edit. */
export interface DrawnLane extends Span {
  lane: number;
}

/**
 * At most this many items of a cluster may differ from the layout drawn before for their
 * lanes to be kept. An edit a person makes moves one session, or a few (a series, a pasted
 * selection); a new document, a filter or an applied arrangement changes many, and is laid
 * out afresh.
 */
export const MOST_MOVED = 16;

/** The layout drawn before an edit, by item id (a `Map`, or a lookup that makes no copy). */
export interface DrawnLanes {
  get(id: string): DrawnLane | undefined;
}

/**
 * Greedy lane assignment, the way calendar views do it: items sorted by start (longer
 * first on ties, then by id for a stable answer) each take the lowest lane free at their
 * start. Items that overlap, directly or through others, form a cluster and share its lane
 * count; an item with no overlap gets the full width. Touching items (`a.end == b.start`)
 * do not overlap, matching the core's half-open intervals.
 *
 * With `previous` (the layout drawn before an edit), a cluster keeps the lanes of its
 * unchanged items (same id and span) and puts the few that changed in the lane nearest their
 * former one that is free over their whole span (a new item: nearest the first): no other
 * block moves.
 * This is taken only when it needs no more lanes than the fresh layout (the greedy count
 * is the fewest possible, the most items overlapping at one moment), so the widths are
 * never narrower for it; otherwise the cluster is laid out afresh.
 *
 * Answered by the items' positions: `lane[i]` and `lanes[i]` are item `i`'s, with no object
 * made per item (a day of 5,000 sessions is laid out again on each of its edits).
 */
export function laneNumbers(
  items: readonly LaneItem[],
  previous?: DrawnLanes,
): { lane: Int32Array; lanes: Int32Array } {
  rankIds(items);
  const n = items.length;
  const order = byStart(items);
  const lane = new Int32Array(n);
  const lanesOf = new Int32Array(n);
  let from = 0;
  let lanes = 0;
  let clusterEnd = -Infinity;
  // The lanes still busy, by when they free up, and the free ones, lowest first: each item
  // takes the lowest lane free at its start in log time (not a scan of every lane, which
  // made a day of 200 lanes side by side cost 200 steps a session).
  const busy = new MinHeap(n);
  const free = new MinHeap(n);
  /** Closes the cluster `order[from..to)`, whose fresh layout needs `lanes` lanes. */
  const flush = (to: number) => {
    const kept = previous && lanes > 1 ? keptLanes(items, order, from, to, lanes, previous) : null;
    for (let k = from; k < to; k++) {
      const i = order[k]!;
      if (kept) lane[i] = kept[k - from]!;
      lanesOf[i] = lanes;
    }
    from = to;
    lanes = 0;
    busy.clear();
    free.clear();
  };
  for (let k = 0; k < n; k++) {
    const item = items[order[k]!]!;
    if (item.start >= clusterEnd) flush(k);
    while (busy.size > 0 && busy.peek() <= item.start) {
      free.push(busy.peekValue(), 0);
      busy.pop();
    }
    let l: number;
    if (free.size > 0) {
      l = free.peek();
      free.pop();
    } else l = lanes++;
    busy.push(item.end, l);
    lane[order[k]!] = l;
    clusterEnd = Math.max(clusterEnd, item.end);
  }
  flush(n);
  return { lane, lanes: lanesOf };
}

/**
 * The lanes after an edit that changed only the items at positions `changed` of `spans`
 * (the lane spans by position after the edit, `starts[i]` to `ends[i]`), worked out from the
 * layout drawn before without laying the others out again. `before[i]` is the lane drawn
 * before of the item now at `i` (undefined: it is new here), `wasSpan(i)` its span then,
 * `id(i)` its id (for ties, as `laneNumbers` orders them); an item outside `changed` is the
 * same, with the same span. Items the edit took away are
 * simply not among them.
 *
 * Answers, by position in `changed`, the lanes `laneNumbers` with the same `previous`
 * gives them; null when that answer would move or widen any other item, which then needs
 * the full layout: more than MOST_MOVED changed, a cluster whose lane count changed, a
 * changed item that fits in no lane, or spans that are not whole minutes within two days.
 *
 * Why: an edit on a day of 5,000 sessions moves one, and laying out the 4,999 others again
 * (a sort and a sweep, and an object per session) was most of the grid's own work on each
 * such edit, in the JIT tier code that runs once per edit stays in. Here the clusters and
 * their lane counts come from the minutes each is covered (a pass over the items, no sort):
 * the greedy count of a cluster is the most items overlapping at one moment in it.
 */
export function lanesAfterEdit(
  spans: { starts: Float64Array; ends: Float64Array },
  before: readonly (Lane | undefined)[],
  changed: readonly number[],
  wasSpan: (i: number) => Span,
  id: (i: number) => string,
): { lane: Int32Array; lanes: Int32Array } | null {
  if (changed.length > MOST_MOVED) return null;
  const { starts, ends } = spans;
  const n = starts.length;
  // How many items start at, and end at, each minute.
  const opening = new Int32Array(SPAN + 1);
  const closing = new Int32Array(SPAN + 1);
  for (let i = 0; i < n; i++) {
    const s = starts[i]!;
    const e = ends[i]!;
    if (!(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e > s && e < SPAN)) return null;
    opening[s]!++;
    closing[e]!++;
  }
  // Sweep the minutes: `cover` items are under minute m; a cluster closes at a point that no
  // item spans across (every item begun before it has ended). Each minute gets its cluster,
  // each cluster the most items over one of its minutes (its fresh lane count).
  const clusterAt = new Int32Array(SPAN);
  const most: number[] = [0];
  let cover = 0;
  for (let m = 0; m < SPAN; m++) {
    if (m > 0 && cover - closing[m]! === 0 && most[most.length - 1]! > 0) most.push(0);
    cover += opening[m]! - closing[m]!;
    clusterAt[m] = most.length - 1;
    if (cover > most[most.length - 1]!) most[most.length - 1] = cover;
  }
  const isChanged = new Uint8Array(n);
  for (const i of changed) isChanged[i] = 1;
  // Every other item keeps its lane only where its cluster keeps its lane count.
  for (let i = 0; i < n; i++) {
    if (!isChanged[i] && before[i]?.lanes !== most[clusterAt[starts[i]!]!]) return null;
  }
  const lane = new Int32Array(changed.length);
  const lanes = new Int32Array(changed.length);
  const placed = new Int32Array(n).fill(-1);
  // As `keptLanes`: those whose span did not change keep their lanes first; then the others,
  // in the order lanes are given (`byStart`), each to the free lane nearest its former one.
  const same = (k: number) => {
    const i = changed[k]!;
    if (!before[i]) return false;
    const was = wasSpan(i);
    return was.start === starts[i] && was.end === ends[i];
  };
  const items = changed.map((i) => ({ id: id(i), start: starts[i]!, end: ends[i]! }));
  rankIds(items);
  const inLaneOrder = byStart(items);
  const order = [...inLaneOrder.filter(same), ...inLaneOrder.filter((k) => !same(k))];
  for (const k of order) {
    const i = changed[k]!;
    const count = most[clusterAt[starts[i]!]!]!;
    const taken = new Uint8Array(count);
    for (let j = 0; j < n; j++) {
      if (j === i || starts[j]! >= ends[i]! || ends[j]! <= starts[i]!) continue;
      const l = isChanged[j] ? placed[j]! : before[j]!.lane;
      if (l >= 0 && l < count) taken[l] = 1;
    }
    const found = nearestLane(count, before[i] ? Math.min(before[i].lane, count - 1) : 0, (l) => !taken[l]);
    if (found < 0) return null;
    placed[i] = found;
    lane[k] = found;
    lanes[k] = count;
  }
  return { lane, lanes };
}

/**
 * The positions of `items` in the order lanes are given: by start, longer first on ties,
 * then by id in natural order. Whole minutes within two days (what the grid draws) are
 * packed with the id's rank into one number each and sorted as numbers, without a compare
 * function (a day of 5,000 sessions sorts in a fraction of the time); anything else is
 * sorted by comparing.
 */
function byStart(items: readonly LaneItem[]): number[] {
  const n = items.length;
  const rank = items.map((item) => idRanks.get(item.id) ?? 0);
  const ranks = idRanks.size + 1;
  const packable = items.every(
    (x) => Number.isInteger(x.start) && Number.isInteger(x.end) && x.start >= 0 && x.end >= x.start && x.end < SPAN,
  );
  if (!packable) return byComparing(items, rank);
  const keys = new Float64Array(n);
  const at = new Map<number, number>();
  items.forEach((x, i) => {
    keys[i] = (x.start * SPAN + (SPAN - 1 - (x.end - x.start))) * ranks + rank[i]!;
    at.set(rank[i]!, i);
  });
  // Ids are unique within a day; were one not, its items would share a key.
  if (at.size < n) return byComparing(items, rank);
  keys.sort();
  return Array.from(keys, (key) => at.get(key % ranks)!);
}
/** `byStart`'s order by a compare function, for spans it cannot pack. */
function byComparing(items: readonly LaneItem[], rank: readonly number[]): number[] {
  const order = Array.from({ length: items.length }, (_, i) => i);
  return order.sort((a, b) => {
    const x = items[a]!;
    const y = items[b]!;
    return x.start - y.start || y.end - y.start - (x.end - x.start) || rank[a]! - rank[b]!;
  });
}
/** The minutes a packed sort key allows for a start and for a length. */
const SPAN = 2 * 24 * 60;

/**
 * The lanes of the cluster `order[from..to)` (indexes of `items`, sorted by start) that
 * keep `previous`'s lanes for its unchanged items, in `count` lanes at most; null when that
 * cannot be done (too many changed, a kept lane beyond `count`, a changed item that fits in
 * no lane).
 */
function keptLanes(
  items: readonly LaneItem[],
  order: readonly number[],
  from: number,
  to: number,
  count: number,
  previous: DrawnLanes,
): number[] | null {
  const lanes = new Array<number>(to - from);
  const changed: number[] = [];
  // Each lane's spans, in order of start and disjoint (the items come sorted by start).
  const taken: Span[][] = Array.from({ length: count }, () => []);
  for (let i = from; i < to; i++) {
    const item = items[order[i]!]!;
    const was = previous.get(item.id);
    if (was && was.start === item.start && was.end === item.end && was.lane < count) {
      const lane = taken[was.lane]!;
      // A layout drawn before is valid, but do not trust it blindly: two kept items that
      // would overlap in one lane send the cluster to a fresh layout.
      if (lane.length > 0 && lane[lane.length - 1]!.end > item.start) return null;
      lane.push(item);
      lanes[i - from] = was.lane;
    } else if (changed.push(i) > MOST_MOVED) return null;
  }
  for (const i of changed) {
    const item = items[order[i]!]!;
    const was = previous.get(item.id);
    const lane = nearestFreeLane(taken, item, was ? Math.min(was.lane, count - 1) : 0);
    if (lane < 0) return null;
    taken[lane]!.splice(slotFor(taken[lane]!, item), 0, item);
    lanes[i - from] = lane;
  }
  return lanes;
}

/**
 * The lane of `taken` free over all of `span` nearest to lane `near` (the lower one of two
 * as near), or -1 when none is: a moved block stays in its lane when it can, else moves as
 * little across the day as it can.
 */
function nearestFreeLane(taken: readonly (readonly Span[])[], span: Span, near: number): number {
  return nearestLane(taken.length, near, (lane) => slotFor(taken[lane]!, span) >= 0);
}

/** Of lanes `0..count`, the one nearest to `near` (the lower of two as near) that is `free`; -1 when none is. */
function nearestLane(count: number, near: number, free: (lane: number) => boolean): number {
  for (let d = 0; near - d >= 0 || near + d < count; d++) {
    if (near - d >= 0 && free(near - d)) return near - d;
    if (d > 0 && near + d < count && free(near + d)) return near + d;
  }
  return -1;
}

/**
 * Where `span` goes in `lane` (spans disjoint and in order of start, so of end too), or -1
 * when it overlaps one of them.
 */
function slotFor(lane: readonly Span[], span: Span): number {
  // The first span that ends after `span` starts: the only one that can overlap it.
  let lo = 0;
  let hi = lane.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lane[mid]!.end > span.start) hi = mid;
    else lo = mid + 1;
  }
  return lo < lane.length && lane[lo]!.start < span.end ? -1 : lo;
}

/**
 * A binary min-heap of `(key, value)` number pairs, ordered by key, then value, holding at
 * most `capacity`. Kept in typed arrays and sifted in one loop per push or pop: the lanes
 * of a day of 5,000 sessions push and pop some 20,000 times an edit, and in
 * JavaScriptCore's first tiers a call per comparison and per swap was most of their time.
 */
class MinHeap {
  private keys: Float64Array;
  private values: Float64Array;
  size = 0;
  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(1, capacity));
    this.values = new Float64Array(Math.max(1, capacity));
  }
  clear(): void {
    this.size = 0;
  }
  /** The smallest key. */
  peek(): number {
    return this.keys[0]!;
  }
  /** The value of the smallest key. */
  peekValue(): number {
    return this.values[0]!;
  }
  push(key: number, value: number): void {
    const keys = this.keys;
    const values = this.values;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent]!;
      if (pk < key || (pk === key && values[parent]! <= value)) break;
      keys[i] = pk;
      values[i] = values[parent]!;
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }
  /** Removes the smallest `(key, value)`. */
  pop(): void {
    const keys = this.keys;
    const values = this.values;
    const n = --this.size;
    if (n === 0) return;
    // The last pair sinks from the root to its place.
    const key = keys[n]!;
    const value = values[n]!;
    let i = 0;
    for (;;) {
      let m = 2 * i + 1;
      if (m >= n) break;
      const r = m + 1;
      if (r < n && (keys[r]! < keys[m]! || (keys[r] === keys[m] && values[r]! < values[m]!))) m = r;
      if (key < keys[m]! || (key === keys[m] && value <= values[m]!)) break;
      keys[i] = keys[m]!;
      values[i] = values[m]!;
      i = m;
    }
    keys[i] = key;
    values[i] = value;
  }
}
