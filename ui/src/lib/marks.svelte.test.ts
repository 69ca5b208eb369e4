// @vitest-environment jsdom
// The conflict marks kept as an edit's answers are folded in: the same marks as worked out
// afresh, and a reaction reading one session's mark re-runs only when that mark changes.
import { flushSync } from "svelte";
import { describe, expect, it } from "vitest";
import type { Applied } from "../bindings/Applied";
import type { Conflict } from "../bindings/Conflict";
import type { Severity } from "../bindings/Severity";
import { applied } from "../test/applied";
import { ConflictMarks } from "./marks.svelte";
import { applyApplied, conflictMarks, type DocumentState } from "./state";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

function conflict(key: string, severity: Severity, sessions: string[], acknowledged = false): Conflict {
  return { key, kind: "roomClash", severity, sessions, message: key, acknowledged } as unknown as Conflict;
}

function state(conflicts: Conflict[]): DocumentState {
  return { timetable: { sessions: {} }, conflicts } as unknown as DocumentState;
}

/** An answer that removes the keys `removed` and adds (or replaces) `added`. */
function answer(removed: string[], added: Conflict[]): Applied {
  return applied({ conflicts: { removed, added } });
}

/** A seeded generator (mulberry32): the same sequence of edits at every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function expectSameMarks(marks: ConflictMarks, conflicts: Conflict[], ids: string[], what: string) {
  const fresh = conflictMarks(conflicts);
  for (const id of ids) expect(marks.get(id), `${what}: ${id}`).toBe(fresh.get(id));
}

describe("ConflictMarks", () => {
  it("gives the marks worked out afresh after every edit folded in, and after a document is replaced", () => {
    const next = random(7);
    const ids = Array.from({ length: 12 }, (_, i) => `s${i}`);
    const pick = () => ids[Math.floor(next() * ids.length)]!;
    const made = (key: string) =>
      conflict(key, SEVERITIES[Math.floor(next() * 3)]!, [...new Set([pick(), pick()])], next() < 0.2);
    let doc = state(Array.from({ length: 8 }, (_, i) => made(`c${i}`)));
    const marks = new ConflictMarks();
    marks.follow(doc.conflicts);
    expectSameMarks(marks, doc.conflicts, ids, "at first");
    let serial = 8;
    for (let edit = 0; edit < 200; edit++) {
      const keys = doc.conflicts.map((c) => c.key);
      const removed = keys.filter(() => next() < 0.15);
      // New conflicts, and new versions of kept ones (same key, another severity or sessions).
      const added = [
        ...Array.from({ length: Math.floor(next() * 3) }, () => made(`c${serial++}`)),
        ...keys.filter((k) => !removed.includes(k) && next() < 0.1).map(made),
      ];
      doc = applyApplied(doc, answer(removed, added));
      marks.follow(doc.conflicts);
      expectSameMarks(marks, doc.conflicts, ids, `after edit ${edit + 1}`);
    }
    const other = [conflict("x", "warning", ["s1", "s2"])];
    marks.follow(other);
    expectSameMarks(marks, other, ids, "another document");
  });

  it("re-runs a reaction reading one session's mark only when that mark changes", () => {
    const a = conflict("a", "warning", ["s1"]);
    let doc = state([a]);
    const marks = new ConflictMarks();
    marks.follow(doc.conflicts);
    const seen: (string | undefined)[] = [];
    const stop = $effect.root(() => {
      $effect(() => {
        seen.push(marks.get("s1"));
      });
    });
    flushSync();
    expect(seen).toEqual(["warning"]);

    // Another session gains a conflict: the reaction that made its cell depends once on the
    // next change (it asked first); after that it re-runs only for s1's own mark.
    doc = applyApplied(doc, answer([], [conflict("b", "error", ["s2"])]));
    marks.follow(doc.conflicts);
    flushSync();
    doc = applyApplied(doc, answer(["b"], []));
    marks.follow(doc.conflicts);
    flushSync();
    const settled = seen.length;
    doc = applyApplied(doc, answer([], [conflict("c", "error", ["s3"])]));
    marks.follow(doc.conflicts);
    flushSync();
    expect(seen.length, "s3's new mark does not touch the reader of s1").toBe(settled);

    doc = applyApplied(doc, answer([], [conflict("d", "error", ["s1"])]));
    marks.follow(doc.conflicts);
    flushSync();
    expect(seen.at(-1), "s1's worse conflict reaches its reader").toBe("error");
    doc = applyApplied(doc, answer(["a", "d"], []));
    marks.follow(doc.conflicts);
    flushSync();
    expect(seen.at(-1), "s1 has no conflict left").toBeUndefined();
    stop();
  });
});
