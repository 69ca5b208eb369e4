/**
 * state.ts's fold against the core's answers: `fold-trace.json` is a snapshot and every answer
 * of a random editing session (structural edits, moves, acknowledgements, severities, dry
 * runs, undo, redo), with the state expected after each. The Rust twin of this fold
 * (`tests/core/client_fold.rs`) wrote it, and checks over long random sequences that folding
 * gives what a fresh snapshot says; here the TypeScript fold must reach the very same states,
 * keys in the same order, so the two folds cannot drift apart.
 */
import { describe, expect, it } from "vitest";
import type { Applied } from "../bindings/Applied";
import type { Snapshot } from "../bindings/Snapshot";
import { applyApplied, fromSnapshot, type DocumentState } from "./state";
import text from "./fold-trace.json?raw";

interface Trace {
  snapshot: Snapshot;
  steps: { what: string; applied: Applied; expected: DocumentState }[];
}

const trace = JSON.parse(text) as Trace;

/** The state with the order of every keyed collection made visible (toEqual ignores key order). */
function ordered(state: DocumentState) {
  const t = state.timetable;
  const keys = (o: object) => Object.keys(o);
  return {
    state,
    order: {
      sessions: keys(t.sessions),
      slots: keys(t.slots),
      breaks: keys(t.breaks),
      rooms: keys(t.rooms),
      bodies: keys(t.bodies),
      persons: keys(t.persons),
      constraints: keys(t.constraints),
      acknowledgements: keys(t.acknowledgements),
      conflicts: state.conflicts.map((c) => c.key),
    },
  };
}

describe("the fold of answers, on the core's recorded trace", () => {
  it("has structural changes to fold", () => {
    const changed = trace.steps.filter((s) => s.applied.changes !== undefined);
    expect(changed.length, "a trace of session moves alone would not check the structural fold").toBeGreaterThan(5);
  });

  it("reaches the state the core's twin reached after every answer", () => {
    let state = fromSnapshot(trace.snapshot);
    for (const [i, step] of trace.steps.entries()) {
      state = applyApplied(state, step.applied);
      expect(ordered(state), `after step ${i}: ${step.what}`).toStrictEqual(ordered(step.expected));
    }
  });
});
