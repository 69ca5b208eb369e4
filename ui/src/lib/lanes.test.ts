import { describe, expect, it } from "vitest";
import { laneNumbers, lanesAfterEdit, type DrawnLanes, type DrawnLane, type LaneItem } from "./lanes";
import type { Lane } from "./layout";

/** `laneNumbers`' answer by item id. */
function assignLanes(items: readonly LaneItem[], previous?: DrawnLanes): Map<string, Lane> {
  const { lane, lanes } = laneNumbers(items, previous);
  return new Map(items.map((item, i) => [item.id, { lane: lane[i]!, lanes: lanes[i]! }]));
}

const h = (hh: number, mm = 0) => hh * 60 + mm;

describe("assignLanes", () => {
  it("gives a lone item the full width", () => {
    expect(assignLanes([{ id: "a", start: 0, end: 60 }]).get("a")).toEqual({ lane: 0, lanes: 1 });
  });

  it("puts overlapping items side by side", () => {
    const lanes = assignLanes([
      { id: "a", start: h(14), end: h(17, 30) },
      { id: "b", start: h(14), end: h(17, 30) },
      { id: "c", start: h(15), end: h(16, 30) },
    ]);
    expect(lanes.get("a")).toEqual({ lane: 0, lanes: 3 });
    expect(lanes.get("b")).toEqual({ lane: 1, lanes: 3 });
    expect(lanes.get("c")).toEqual({ lane: 2, lanes: 3 });
  });

  it("reuses a lane freed before the next item starts; touching items do not overlap", () => {
    const lanes = assignLanes([
      { id: "long", start: h(9), end: h(12) },
      { id: "first", start: h(9), end: h(10) },
      { id: "second", start: h(10), end: h(11) },
    ]);
    expect(lanes.get("long")).toEqual({ lane: 0, lanes: 2 });
    expect(lanes.get("first")).toEqual({ lane: 1, lanes: 2 });
    expect(lanes.get("second"), "it starts when 'first' ends, so takes its lane").toEqual({ lane: 1, lanes: 2 });
  });

  it("counts lanes per cluster, not per day", () => {
    const lanes = assignLanes([
      { id: "a", start: h(9), end: h(10) },
      { id: "b", start: h(9), end: h(10) },
      { id: "c", start: h(14), end: h(15) },
    ]);
    expect(lanes.get("a")?.lanes).toBe(2);
    expect(lanes.get("c"), "the afternoon session is alone").toEqual({ lane: 0, lanes: 1 });
  });

  it("orders ties by id in natural order", () => {
    const lanes = assignLanes([
      { id: "q12", start: 0, end: 30 },
      { id: "q4", start: 0, end: 30 },
      { id: "q9", start: 0, end: 30 },
    ]);
    expect([lanes.get("q4")?.lane, lanes.get("q9")?.lane, lanes.get("q12")?.lane]).toEqual([0, 1, 2]);
  });

  it("is independent of input order", () => {
    const items = [
      { id: "x", start: 0, end: 30 },
      { id: "y", start: 0, end: 30 },
      { id: "z", start: 15, end: 45 },
    ];
    const forward = assignLanes(items);
    const backward = assignLanes([...items].reverse());
    expect([...backward.entries()].sort()).toEqual([...forward.entries()].sort());
  });
  it("orders tied sessions by natural id order, whatever ids were seen before", () => {
    const span = { start: 0, end: 60 };
    const lanes = assignLanes([
      { id: "q12", ...span },
      { id: "q4", ...span },
      { id: "q100", ...span },
    ]);
    expect([lanes.get("q4")?.lane, lanes.get("q12")?.lane, lanes.get("q100")?.lane]).toEqual([0, 1, 2]);
    const more = assignLanes([
      { id: "q12", ...span },
      { id: "q5", ...span },
    ]);
    expect([more.get("q5")?.lane, more.get("q12")?.lane]).toEqual([0, 1]);
  });
});

describe("assignLanes after an edit (previous layout given)", () => {
  const drawn = (items: LaneItem[]): Map<string, DrawnLane> => {
    const lanes = assignLanes(items);
    return new Map(items.map((i) => [i.id, { start: i.start, end: i.end, lane: lanes.get(i.id)!.lane }]));
  };
  const lanesOf = (m: Map<string, { lane: number }>, ids: string[]) => ids.map((id) => m.get(id)?.lane);
  // B moves a quarter of an hour later: a fresh layout then moves C from lane 1 to lane 2.
  const before = [
    { id: "a", start: h(9), end: h(10) },
    { id: "b", start: h(9), end: h(9, 30) },
    { id: "c", start: h(9, 30), end: h(10, 30) },
    { id: "d", start: h(10), end: h(11) },
  ];
  const after = before.map((i) => (i.id === "b" ? { ...i, start: h(9, 15), end: h(9, 45) } : i));

  it("keeps the lanes of the items the edit did not move, where a fresh layout would shuffle them", () => {
    expect(lanesOf(assignLanes(after), ["a", "c", "d"]), "a fresh layout moves c").toEqual([0, 2, 0]);
    const kept = assignLanes(after, drawn(before));
    expect(lanesOf(kept, ["a", "c", "d"])).toEqual([0, 1, 0]);
    expect(kept.get("b"), "the moved item takes the lane left free over its span").toEqual({ lane: 2, lanes: 3 });
  });

  it("keeps a moved item in its former lane when that lane is free over its new span", () => {
    const items = [
      { id: "a", start: h(9), end: h(10) },
      { id: "b", start: h(9), end: h(10) },
      { id: "c", start: h(9), end: h(10) },
    ];
    const moved = items.map((i) => (i.id === "a" ? { ...i, start: h(9, 15) } : i));
    expect(assignLanes(moved).get("a")?.lane, "fresh, the later start sorts it last").toBe(2);
    expect(assignLanes(moved, drawn(items)).get("a")).toEqual({ lane: 0, lanes: 3 });
  });

  it("moves a block whose lane is taken to the nearest free lane, not the first", () => {
    const previous = new Map<string, DrawnLane>([
      ["p0", { start: h(9), end: h(9, 20), lane: 0 }],
      ["q0", { start: h(10, 30), end: h(10, 40), lane: 0 }],
      ["b1", { start: h(9), end: h(11), lane: 1 }],
      ["b2", { start: h(9), end: h(11), lane: 2 }],
      ["b3", { start: h(9), end: h(11), lane: 3 }],
      ["e", { start: h(9, 10), end: h(9, 40), lane: 4 }],
      ["f", { start: h(9, 40), end: h(11), lane: 4 }],
      ["r5", { start: h(10, 30), end: h(10, 40), lane: 5 }],
    ]);
    const items = [...previous].map(([id, d]) => ({ id, start: d.start, end: d.end }));
    const moved = items.map((i) => (i.id === "e" ? { ...i, start: h(9, 20), end: h(9, 50) } : i));
    // Lane 4 is f's from 9:40; lanes 0 and 5 are free over e's new span, and 5 is nearer.
    expect(assignLanes(moved, previous).get("e")).toEqual({ lane: 5, lanes: 6 });
  });

  it("never needs more lanes than a fresh layout: a lane kept beyond them is given up", () => {
    const previous = new Map([
      ["a", { start: h(9), end: h(10), lane: 0 }],
      ["b", { start: h(9), end: h(10), lane: 2 }],
    ]);
    const lanes = assignLanes(
      [
        { id: "a", start: h(9), end: h(10) },
        { id: "b", start: h(9), end: h(10) },
      ],
      previous,
    );
    expect(lanesOf(lanes, ["a", "b"])).toEqual([0, 1]);
    expect(lanes.get("b")?.lanes).toBe(2);
    const alone = assignLanes([{ id: "b", start: h(9), end: h(10) }], previous);
    expect(alone.get("b"), "alone, it takes the full width").toEqual({ lane: 0, lanes: 1 });
  });

  it("lays a cluster out afresh when a moved item fits in no lane the others left", () => {
    // b sits in lane 1 from an earlier edit; c now overlaps both a and b.
    const previous = new Map([
      ["a", { start: h(9), end: h(10), lane: 0 }],
      ["b", { start: h(10), end: h(11), lane: 1 }],
      ["c", { start: h(8), end: h(8, 30), lane: 0 }],
    ]);
    const items = [
      { id: "a", start: h(9), end: h(10) },
      { id: "b", start: h(10), end: h(11) },
      { id: "c", start: h(9, 30), end: h(10, 30) },
    ];
    expect(assignLanes(items, previous)).toEqual(assignLanes(items));
  });

  it("lays a cluster out afresh when many of its items changed (a new document, a filter)", () => {
    const items = Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, start: h(9) + i, end: h(12) }));
    const previous = new Map(items.map((it, i) => [it.id, { start: it.start + 1, end: it.end, lane: 19 - i }]));
    expect(assignLanes(items, previous)).toEqual(assignLanes(items));
  });

  it("does not trust a drawn layout whose unchanged items overlap in one lane", () => {
    const previous = new Map([
      ["a", { start: h(9), end: h(10), lane: 1 }],
      ["b", { start: h(9, 30), end: h(10, 30), lane: 1 }],
    ]);
    const items = [
      { id: "a", start: h(9), end: h(10) },
      { id: "b", start: h(9, 30), end: h(10, 30) },
    ];
    expect(assignLanes(items, previous)).toEqual(assignLanes(items));
  });
});

describe("assignLanes' order", () => {
  it("is the same for spans it sorts as packed numbers and for spans it compares", () => {
    const whole = [
      { id: "b", start: h(9), end: h(10) },
      { id: "a", start: h(9), end: h(11) },
      { id: "c", start: h(9, 30), end: h(10) },
      { id: "d", start: h(9), end: h(10) },
    ];
    // A fraction of a minute is not packed: the same layout, found by comparing.
    const fractional = [...whole, { id: "z", start: h(20) + 0.5, end: h(21) }];
    const lanes = (m: Map<string, { lane: number }>) => whole.map((i) => m.get(i.id)?.lane);
    expect(lanes(assignLanes(whole))).toEqual([1, 0, 3, 2]);
    expect(lanes(assignLanes(fractional))).toEqual([1, 0, 3, 2]);
  });
});

describe("lanesAfterEdit (an edit's lanes without laying out the others again)", () => {
  /** A small deterministic random source, so that a failure can be replayed. */
  function random(seed: number) {
    let x = seed;
    return (n: number) => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return Math.floor((x / 2147483648) * n);
    };
  }
  const spansOf = (items: readonly LaneItem[]) => ({
    starts: Float64Array.from(items, (i) => i.start),
    ends: Float64Array.from(items, (i) => i.end),
  });
  /** `items` laid out, as drawn before an edit. */
  const layout = (items: readonly LaneItem[], previous?: DrawnLanes): Lane[] => {
    const { lane, lanes } = laneNumbers(items, previous);
    return items.map((_, i) => ({ lane: lane[i]!, lanes: lanes[i]! }));
  };
  const lookup = (items: readonly LaneItem[], lanes: readonly Lane[]): DrawnLanes => {
    const by = new Map(items.map((item, i) => [item.id, { start: item.start, end: item.end, lane: lanes[i]!.lane }]));
    return { get: (id) => by.get(id) };
  };

  it("answers as the full layout does, and only where that moves no other item", () => {
    let answered = 0;
    let refused = 0;
    for (let seed = 1; seed <= 600; seed++) {
      const r = random(seed);
      const n = 5 + r(60);
      const item = (id: string): LaneItem => {
        const start = h(8) + 15 * r(40);
        return { id, start, end: start + 15 * (1 + r(12)) };
      };
      const items = Array.from({ length: n }, (_, i) => item(`s${i}`));
      const drawn = layout(items);
      // The edit: a few items moved, and one in three times one taken away (moved to another
      // day) or one new (moved here from another day).
      const moved = new Set(Array.from({ length: 1 + r(3) }, () => r(n)));
      const away = r(3) === 0 ? r(n) : -1;
      const after: LaneItem[] = [];
      const before: (Lane | undefined)[] = [];
      const was: LaneItem[] = [];
      const changed: number[] = [];
      items.forEach((x, i) => {
        if (i === away) return;
        if (moved.has(i)) changed.push(after.length);
        after.push(moved.has(i) ? { ...item(x.id), id: x.id } : x);
        before.push(drawn[i]);
        was.push(x);
      });
      if (r(3) === 0) {
        const at = r(after.length + 1);
        after.splice(at, 0, item("new"));
        before.splice(at, 0, undefined);
        was.splice(at, 0, { id: "new", start: 0, end: 0 });
        for (let k = 0; k < changed.length; k++) if (changed[k]! >= at) changed[k]!++;
        changed.push(at);
        changed.sort((a, b) => a - b);
      }
      const fast = lanesAfterEdit(
        spansOf(after),
        before,
        changed,
        (i) => was[i]!,
        (i) => after[i]!.id,
      );
      const full = layout(after, lookup(items, drawn));
      if (!fast) {
        refused++;
        continue;
      }
      answered++;
      changed.forEach((i, k) =>
        expect({ lane: fast.lane[k], lanes: fast.lanes[k] }, `seed ${seed}, item ${i}`).toEqual(full[i]),
      );
      after.forEach((_, i) => {
        if (!changed.includes(i)) expect(full[i], `seed ${seed}: item ${i} stays`).toEqual(before[i]);
      });
    }
    // Both ways are taken often enough for the comparison to mean something.
    expect(answered).toBeGreaterThan(150);
    expect(refused).toBeGreaterThan(30);
  });

  /** `lanesAfterEdit` for `items` laid out, then changed at `changed` into `after` (same positions). */
  const movedInPlace = (items: LaneItem[], after: LaneItem[], changed: number[]) =>
    lanesAfterEdit(
      spansOf(after),
      layout(items),
      changed,
      (i) => items[i]!,
      (i) => after[i]!.id,
    );

  it("refuses where the edit changes a cluster's lane count (every block of it widens)", () => {
    const items = [
      { id: "a", start: h(9), end: h(10) },
      { id: "b", start: h(9), end: h(10) },
      { id: "c", start: h(9, 30), end: h(10, 30) },
    ];
    const after = items.map((i) => (i.id === "c" ? { ...i, start: h(10), end: h(11) } : i));
    expect(movedInPlace(items, after, [2])).toBeNull();
  });

  it("refuses spans it cannot count in whole minutes", () => {
    const items = [
      { id: "a", start: h(9), end: h(10) },
      { id: "b", start: h(9), end: h(10) },
    ];
    const after = [items[0]!, { id: "b", start: h(9) + 0.5, end: h(10) }];
    expect(movedInPlace(items, after, [1])).toBeNull();
  });
});
