import { describe, expect, it } from "vitest";
import { fixture } from "../test/fixture";
import { toErrorPayload } from "./backend";
import { mockBackend } from "./mockBackend";
import { applyApplied, fromSnapshot } from "./state";

describe("mockBackend", () => {
  it("moves a session keeping its length, and undoes and redoes it", async () => {
    const backend = mockBackend(fixture());
    let state = fromSnapshot(await backend.snapshot());
    const a = await backend.apply({ type: "moveSession", id: "q4", start: "2017-09-25T10:00" }, "no");
    state = applyApplied(state, a);
    expect(state.timetable.sessions["q4"]?.placement).toEqual({ start: "2017-09-25T10:00", end: "2017-09-25T11:30" });
    expect(state.history).toMatchObject({ canUndo: true, undoLabel: "Move session", dirty: true });
    state = applyApplied(state, await backend.undo());
    expect(state.timetable.sessions["q4"]?.placement?.start).toBe("2017-09-22T15:00");
    expect(state.history).toMatchObject({ canUndo: false, canRedo: true, redoLabel: "Move session", dirty: false });
    state = applyApplied(state, await backend.redo());
    expect(state.timetable.sessions["q4"]?.placement?.start).toBe("2017-09-25T10:00");
  });

  it("does not change anything on a dry run", async () => {
    const backend = mockBackend(fixture());
    const a = await backend.apply({ type: "moveSession", id: "q4", start: "2017-09-25T10:00" }, "yes");
    expect(a.dryRun).toBe(true);
    expect((await backend.snapshot()).timetable.sessions["q4"]?.placement?.start).toBe("2017-09-22T15:00");
  });

  it("refuses what it cannot do with an ErrorPayload", async () => {
    const backend = mockBackend(fixture());
    const err = await backend.apply({ type: "deleteSession", id: "q4" }, "no").catch(toErrorPayload);
    expect(err).toMatchObject({ code: "commandRefused" });
    const unscheduled = await backend
      .apply({ type: "moveSession", id: "tour", start: "2017-09-25T10:00" }, "no")
      .then(() => null, toErrorPayload);
    expect(unscheduled).toMatchObject({
      code: "commandRefused",
      message: "Move session: session 'tour' is not scheduled; schedule it before moving or resizing it",
      words: { id: "edit-refused" },
    });
    expect(unscheduled?.words?.args?.["reason"]).toEqual({
      type: "message",
      value: { id: "refusal-not-scheduled", args: { session: { type: "text", value: "tour" } } },
    });
  });

  it("publishes a revision with undo and redo, and compares it with the current state", async () => {
    const backend = mockBackend(fixture());
    let state = fromSnapshot(await backend.snapshot());
    state = applyApplied(
      state,
      await backend.apply({ type: "publishRevision", label: "Rev.1", date: "2017-09-01" }, "no"),
    );
    expect(state.timetable.revisions?.map((r) => r.label)).toEqual(["Rev.1"]);
    expect(state.history).toMatchObject({ canUndo: true, undoLabel: "Publish revision" });
    await backend.apply({ type: "moveSession", id: "q4", start: "2017-09-25T10:00" }, "no");
    const diff = await backend.revisionDiff("Rev.1", null);
    expect(diff.sessions).toEqual([
      {
        id: "q4",
        title: { en: "Question 4/12" },
        change: {
          type: "changed",
          aspects: [
            {
              type: "moved",
              from: { start: "2017-09-22T15:00", end: "2017-09-22T16:30" },
              to: { start: "2017-09-25T10:00", end: "2017-09-25T11:30" },
            },
          ],
        },
      },
    ]);
    await backend.undo();
    state = applyApplied(state, await backend.undo());
    expect(
      state.timetable.revisions,
      "no revision is left, and the list is absent as in the core's timetable",
    ).toBeUndefined();
    const err = await backend.revisionDiff("Rev.1", null).catch(toErrorPayload);
    expect(err).toMatchObject({
      code: "commandRefused",
      message: "there is no revision 'Rev.1': none has been published yet",
    });
    state = applyApplied(state, await backend.redo());
    expect(state.timetable.revisions?.map((r) => r.label)).toEqual(["Rev.1"]);
  });
});

describe("toErrorPayload", () => {
  it("keeps a payload, wraps anything else as internal", () => {
    expect(toErrorPayload({ code: "io", message: "disk full" })).toEqual({ code: "io", message: "disk full" });
    expect(toErrorPayload({ code: "weird", message: "m" })).toEqual({ code: "internal", message: "m" });
    expect(toErrorPayload("boom")).toEqual({ code: "internal", message: "boom" });
    expect(toErrorPayload(new Error("bad"))).toEqual({ code: "internal", message: "bad" });
  });
  it("keeps the words of a payload, for the UI to write it in its language", () => {
    const words = { id: "app-untitled" };
    expect(toErrorPayload({ code: "io", message: "no file yet", words })).toEqual({
      code: "io",
      message: "no file yet",
      words,
    });
    expect(toErrorPayload({ code: "io", message: "m", words: "not a message" })).toEqual({ code: "io", message: "m" });
  });
  it("answers the core's export choices, today, and a diff with its lines", async () => {
    const backend = mockBackend(fixture());
    expect((await backend.exportChoices()).formats[0]).toEqual({
      name: "annex-docx",
      label: "Word document",
      extension: "docx",
      annex: true,
    });
    expect(await backend.today()).toBe("2017-09-05");
    await backend.apply({ type: "publishRevision", label: "Rev.1", date: "2017-09-01" }, "no");
    await backend.apply({ type: "moveSession", id: "q4", start: "2017-09-25T10:00" }, "no");
    const changes = await backend.revisionDiff("Rev.1", null, "en");
    expect(changes.sessions.map((s) => s.id)).toEqual(["q4"]);
    expect(changes.lines).toEqual([
      {
        kind: "changed",
        id: "q4",
        subject: "Question 4/12",
        details: ["moved from Friday 22 September 15:00–16:30 to Monday 25 September 10:00–11:30"],
      },
    ]);
    expect(backend.calls.at(-1)).toEqual({ method: "revisionDiff", from: "Rev.1", to: null, lang: "en" });
  });
});
