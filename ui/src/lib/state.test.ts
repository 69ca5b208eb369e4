import { describe, expect, it } from "vitest";
import type { Conflict } from "../bindings/Conflict";
import type { Session } from "../bindings/Session";
import { applied } from "../test/applied";
import { fixture } from "../test/fixture";
import { applyApplied, conflictMarks, dropPreview, fromSnapshot, groupConflicts } from "./state";

describe("applyApplied", () => {
  it("takes the core's view sent with a structural answer, and keeps it otherwise", () => {
    const state = fromSnapshot(fixture());
    const kept = applyApplied(state, applied({}));
    expect(kept.view, "an edit of sessions alone does not change the view").toBe(state.view);
    const view = { ...state.view, nextRevisionLabel: "Rev.2" };
    const next = applyApplied(state, applied({ changes: { meeting: state.timetable.meeting }, view }));
    expect(next.view.nextRevisionLabel).toBe("Rev.2");
    expect(applyApplied(state, applied({ dryRun: true, view })).view, "a dry run changes nothing").toBe(state.view);
  });

  it("keeps the very list of conflicts when an answer changes none, so nothing drawn from it is redone", () => {
    const state = fromSnapshot(fixture());
    expect(applyApplied(state, applied({})).conflicts).toBe(state.conflicts);
    const gone = applyApplied(state, applied({ conflicts: { removed: [state.conflicts[0]!.key], added: [] } }));
    expect(gone.conflicts).not.toBe(state.conflicts);
    expect(gone.conflicts).toHaveLength(state.conflicts.length - 1);
  });

  it("upserts changed sessions and drops removed ones", () => {
    const state = fromSnapshot(fixture());
    const q2 = { ...(state.timetable.sessions["q2"] as Session), room: "l" };
    const extra: Session = { id: "new", title: { en: "New" }, kind: "other", annex: "hidden" };
    const next = applyApplied(state, applied({ sessions: [q2, extra], removedSessions: ["tour"] }));
    expect(next.timetable.sessions["q2"]?.room).toBe("l");
    expect(next.timetable.sessions["new"]).toEqual(extra);
    expect(next.timetable.sessions["tour"]).toBeUndefined();
    expect(state.timetable.sessions["q2"]?.room, "the old state is not mutated").toBe("k");
    expect(state.timetable.sessions["tour"]).toBeDefined();
  });

  it("removes conflict keys, then replaces or appends added conflicts by key", () => {
    const state = fromSnapshot(fixture());
    const ackClash: Conflict = { ...(state.conflicts[2] as Conflict), acknowledged: true, reason: "ok" };
    const fresh: Conflict = {
      key: "bodyClash:q1+wp1",
      kind: "bodyClash",
      severity: "error",
      sessions: ["q1", "wp1"],
      message: "clash",
      words: { id: "conflict-at-some-time" },
      acknowledged: false,
    };
    const next = applyApplied(
      state,
      applied({ conflicts: { removed: ["outsideMeetingDates:mt1"], added: [ackClash, fresh] } }),
    );
    expect(next.conflicts.map((c) => c.key)).toEqual([
      "breakOverlap:brief@lunch25",
      "roomClash:q1+q2@k",
      "bodyClash:q1+wp1",
    ]);
    expect(next.conflicts[1]?.acknowledged).toBe(true);
    expect(state.conflicts).toHaveLength(3);
  });

  it("a key both removed and added ends up present (remove first, then upsert)", () => {
    const state = fromSnapshot(fixture());
    const c = state.conflicts[1] as Conflict;
    const next = applyApplied(state, applied({ conflicts: { removed: [c.key], added: [{ ...c, message: "new" }] } }));
    expect(next.conflicts.find((x) => x.key === c.key)?.message).toBe("new");
  });

  it("takes summary and history as sent", () => {
    const next = applyApplied(fromSnapshot(fixture()), applied({}));
    expect(next.summary.errors).toBe(0);
    expect(next.history.undoLabel).toBe("Move session");
  });

  it("folds what changed besides sessions collection by collection, then applies session changes", () => {
    const state = fromSnapshot(fixture());
    const [first, ...rest] = state.timetable.days;
    const rooms = Object.keys(state.timetable.rooms);
    const [keep, gone] = rooms as [string, string];
    const renamed = { ...state.timetable.rooms[keep]!, name: "Renamed" };
    const added = { id: "new-room", name: "New" };
    const moved = { ...(state.timetable.sessions["open"] as Session), room: "new-room" };
    const next = applyApplied(
      state,
      applied({
        changes: {
          days: { added: [], changed: [], removed: rest.map((d) => d.date) },
          rooms: { added: [{ index: 1, item: added }], changed: [renamed], removed: [gone] },
        },
        sessions: [moved],
      }),
    );
    expect(next.timetable.days).toEqual([first]);
    expect(Object.keys(next.timetable.rooms), "the new room at its index, the others in their order").toEqual([
      keep,
      "new-room",
      ...rooms.slice(2),
    ]);
    expect(next.timetable.rooms[keep]?.name).toBe("Renamed");
    expect(next.timetable.sessions["open"]?.room).toBe("new-room");
    expect(next.timetable.slots, "collections the change does not name are kept as they were").toBe(
      state.timetable.slots,
    );
    expect(state.timetable.days, "the old state is not mutated").toHaveLength(rest.length + 1);
  });

  it("takes the revisions whole, and drops the list when none is left as the core does", () => {
    const state = fromSnapshot(fixture());
    const one = applyApplied(state, applied({ changes: { revisions: [{ label: "Rev.1", date: "2017-09-01" }] } }));
    expect(one.timetable.revisions?.map((r) => r.label)).toEqual(["Rev.1"]);
    const none = applyApplied(one, applied({ changes: { revisions: [] } }));
    expect("revisions" in none.timetable, "an empty list is absent, as in a snapshot").toBe(false);
  });

  it("ignores a dry run", () => {
    const state = fromSnapshot(fixture());
    const next = applyApplied(state, applied({ dryRun: true, changed: false, removedSessions: ["q1"] }));
    expect(next).toBe(state);
  });
});

describe("conflict marks and groups", () => {
  it("marks each session with its worst open severity, else acknowledged", () => {
    const marks = conflictMarks(fixture().conflicts);
    expect(marks.get("q1")).toBe("error");
    expect(marks.get("mt1")).toBe("info");
    expect(marks.get("brief")).toBe("acknowledged");
    expect(marks.has("open")).toBe(false);
  });

  it("an open conflict outranks an acknowledged one", () => {
    const [ack] = fixture().conflicts;
    const open: Conflict = { ...(ack as Conflict), key: "x", acknowledged: false, severity: "info" };
    expect(conflictMarks([ack as Conflict, open]).get("brief")).toBe("info");
  });

  it("groups by severity, open ones before acknowledged ones", () => {
    const conflicts = fixture().conflicts;
    const groups = groupConflicts(conflicts);
    expect(groups.map((g) => g.severity)).toEqual(["error", "warning", "info"]);
    expect(groups[1]?.conflicts[0]?.acknowledged).toBe(true);
  });
});

describe("dropPreview", () => {
  it("reports the worst new open conflict naming the dragged session", () => {
    const [ack, info, clash] = fixture().conflicts as [Conflict, Conflict, Conflict];
    const a = applied({
      dryRun: true,
      conflicts: {
        removed: [],
        added: [
          { ...info, sessions: ["q4"] },
          { ...clash, sessions: ["q2", "q4"] },
          { ...ack, sessions: ["q4"] },
        ],
      },
    });
    expect(dropPreview(a, ["q4"])).toEqual({ severity: "error", messages: [info.words, clash.words] });
    expect(dropPreview(a, ["open"])).toEqual({ severity: null, messages: [] });
  });
});
