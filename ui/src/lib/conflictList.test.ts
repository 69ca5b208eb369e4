import { describe, expect, it } from "vitest";
import type { Conflict } from "../bindings/Conflict";
import type { ConflictKind } from "../bindings/ConflictKind";
import type { Severity } from "../bindings/Severity";
import { NO_PINS, PINNED_SELECTION_MAX, groupBySeverityAndKind, shownConflicts, type Pins } from "./conflictList";

function conflict(
  n: number,
  kind: ConflictKind = "personClash",
  severity: Severity = "warning",
  acknowledged = false,
): Conflict {
  return {
    key: `${kind}:s${n}+t${n}@p`,
    kind,
    severity,
    sessions: [`s${n}`, `t${n}`],
    message: `conflict ${n}`,
    words: { id: "conflict-quoted", args: { title: { type: "text", value: `conflict ${n}` } } },
    acknowledged,
  };
}

const many = (count: number, kind?: ConflictKind) => Array.from({ length: count }, (_, i) => conflict(i, kind));
const pins = (p: Partial<Pins>): Pins => ({ ...NO_PINS, ...p });
const keys = (cs: readonly Conflict[]) => cs.map((c) => c.key);

describe("groupBySeverityAndKind", () => {
  it("groups by severity, then kind in a fixed order, counting every conflict", () => {
    const cs = [
      conflict(1, "personClash"),
      conflict(2, "roomClash", "error"),
      conflict(3, "breakOverlap"),
      conflict(4, "personClash", "warning", true),
      conflict(5, "personClash"),
    ];
    const groups = groupBySeverityAndKind(cs);
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ["error", 1],
      ["warning", 3],
      ["acknowledged", 1],
    ]);
    const warnings = groups[1]!;
    // Kinds in the fixed order (person clash before break overlap), whatever the input order.
    expect(warnings.kinds.map((k) => k.kind)).toEqual(["personClash", "breakOverlap"]);
    // In the core's order; the acknowledged one is listed as acknowledged, not among warnings.
    expect(warnings.kinds[0]!.conflicts.map((c) => c.message)).toEqual(["conflict 1", "conflict 5"]);
    expect(groups[2]!.kinds[0]!.conflicts.map((c) => c.message)).toEqual(["conflict 4"]);
  });

  it("lists an acknowledged error as acknowledged, not under Errors", () => {
    const groups = groupBySeverityAndKind([conflict(1, "roomClash", "error", true)]);
    expect(groups.map((g) => g.severity)).toEqual(["acknowledged"]);
  });

  it("returns no group for no conflicts", () => {
    expect(groupBySeverityAndKind([])).toEqual([]);
  });
});

describe("shownConflicts", () => {
  it("draws every conflict of a small group", () => {
    const group = many(10);
    expect(shownConflicts(group, NO_PINS, false, 50)).toEqual({ conflicts: group, hidden: 0 });
  });

  it("draws the first `limit` of a big group and says how many are left out", () => {
    const group = many(1041);
    const shown = shownConflicts(group, NO_PINS, false, 50);
    expect(keys(shown.conflicts)).toEqual(keys(group.slice(0, 50)));
    expect(shown.hidden).toBe(991);
  });

  it("draws them all once expanded", () => {
    const group = many(120);
    expect(shownConflicts(group, NO_PINS, true, 50)).toEqual({ conflicts: group, hidden: 0 });
  });

  it("lists the open conflicts the last edit brought first, even those from beyond the cap", () => {
    const group = many(200);
    const arisen = new Set([group[150]!.key, group[199]!.key]);
    const shown = shownConflicts(group, pins({ arisen }), false, 50);
    expect(keys(shown.conflicts.slice(0, 2))).toEqual([group[150]!.key, group[199]!.key]);
    expect(keys(shown.conflicts.slice(2))).toEqual(keys(group.slice(0, 48)));
    expect(shown.hidden).toBe(150);
  });

  it("keeps an acknowledged conflict the last edit changed in its place, still drawn", () => {
    const group = [...many(100), { ...conflict(500), acknowledged: true, reason: "fine" }];
    const acknowledged = group[100]!;
    const shown = shownConflicts(group, pins({ arisen: new Set([acknowledged.key]) }), false, 50);
    expect(shown.conflicts.at(-1)).toBe(acknowledged);
    expect(shown.conflicts[0]).toBe(group[0]);
    expect(shown.hidden).toBe(50);
  });

  it("never hides the highlighted conflict or the one being acknowledged", () => {
    const group = many(300);
    const shown = shownConflicts(group, pins({ keys: new Set([group[260]!.key, group[299]!.key]) }), false, 50);
    expect(keys(shown.conflicts)).toContain(group[260]!.key);
    expect(keys(shown.conflicts)).toContain(group[299]!.key);
    expect(shown.hidden).toBe(248);
  });

  it("never hides the conflicts of the selected sessions, unless very many are selected", () => {
    const group = many(300);
    const one = shownConflicts(group, pins({ selected: new Set(["t280"]) }), false, 50);
    expect(keys(one.conflicts)).toContain(group[280]!.key);
    const all = new Set(Array.from({ length: PINNED_SELECTION_MAX + 1 }, (_, i) => `s${200 + i}`));
    expect(shownConflicts(group, pins({ selected: all }), false, 50).conflicts).toHaveLength(50);
  });

  it("lists the first of a very big change first, and keeps the rest behind the cap", () => {
    const group = many(1000);
    const arisen = new Set(keys(group.slice(500)));
    const shown = shownConflicts(group, pins({ arisen }), false, 50);
    expect(keys(shown.conflicts)).toEqual(keys(group.slice(500, 550)));
    expect(shown.hidden).toBe(950);
  });
});
