// @vitest-environment jsdom
// A replaced set read member by member: a reader of one id re-runs only when that id joins
// or leaves (after the first change since it first asked, when it reads once more).
import { flushSync } from "svelte";
import { describe, expect, it } from "vitest";
import { members, type Members } from "./members.svelte";

describe("members", () => {
  it("re-runs a reader of an id only when that id joins or leaves the set", () => {
    let source = $state.raw<ReadonlySet<string>>(new Set(["a"]));
    const runs: Record<"a" | "b" | "c", number> = { a: 0, b: 0, c: 0 };
    const seen: Record<string, boolean> = {};
    let m: Members | undefined;
    const stop = $effect.root(() => {
      m = members(() => source);
      for (const id of ["a", "b", "c"] as const) {
        $effect(() => {
          seen[id] = m!.has(id);
          runs[id]++;
        });
      }
    });
    flushSync();
    expect(seen).toEqual({ a: true, b: false, c: false });
    expect(runs).toEqual({ a: 1, b: 1, c: 1 });

    // The first change after a reader first asked: it reads again once (it made the flag).
    source = new Set(["a", "b"]);
    flushSync();
    expect(seen).toEqual({ a: true, b: true, c: false });
    expect(runs).toEqual({ a: 2, b: 2, c: 2 });

    source = new Set(["a"]);
    flushSync();
    expect(seen).toEqual({ a: true, b: false, c: false });
    expect(runs, "only b left").toEqual({ a: 2, b: 3, c: 2 });

    source = new Set(["a"]);
    flushSync();
    expect(runs, "the same members in a new set move nothing").toEqual({ a: 2, b: 3, c: 2 });

    source = new Set(["c"]);
    flushSync();
    expect(seen).toEqual({ a: false, b: false, c: true });
    expect(runs).toEqual({ a: 3, b: 3, c: 3 });
    stop();
  });

  it("answers an id first asked after the set changed from the set as it is then", () => {
    let source = $state.raw<ReadonlySet<string>>(new Set());
    let m: Members | undefined;
    const stop = $effect.root(() => {
      m = members(() => source);
    });
    flushSync();
    source = new Set(["late"]);
    flushSync();
    expect(m!.has("late")).toBe(true);
    expect(m!.has("never")).toBe(false);
    stop();
  });
});
