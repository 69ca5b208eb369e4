import { describe, expect, it } from "vitest";
import type { Applied } from "../bindings/Applied";
import type { Command } from "../bindings/Command";
import type { ImportReport } from "../bindings/ImportReport";
import { fixture } from "../test/fixture";
import type { Backend } from "./backend";
import { DocumentStore } from "./document.svelte";
import { mockBackend } from "./mockBackend";

const MOVE_Q4: Command = { type: "moveSession", id: "q4", start: "2017-09-25T10:00" };

async function loaded(backend: Backend = mockBackend(fixture())): Promise<DocumentStore> {
  const store = new DocumentStore(() => Promise.resolve(backend));
  await store.load();
  return store;
}

/** The mock's own answer to a move of q4, changed by `change` (the mock only moves). */
async function answer(change: Partial<Applied>): Promise<Applied> {
  return { ...(await mockBackend(fixture()).apply(MOVE_Q4, "no")), ...change };
}

describe("the document store", () => {
  it("loads the open document, the startup error and the journal", async () => {
    const backend = mockBackend(fixture());
    backend.journal = [{ id: "j1", name: "j1", savedAt: 0, title: "Draft", sessions: 5, unsavedEdits: 1 }];
    const store = await loaded({ ...backend, startupError: async () => ({ code: "io", message: "no such file" }) });
    expect(store.loading).toBe(false);
    expect(store.doc?.timetable.sessions["q4"]).toBeDefined();
    expect(store.error?.message).toBe("no such file");
    expect(store.recovery.map((e) => e.id)).toEqual(["j1"]);
  });

  it("hands a document to a new window when the shell opens one, keeping its own", async () => {
    const backend = mockBackend(fixture());
    backend.newWindows = true;
    backend.pickDocumentToOpen = async () => "/m/sg2.plenary";
    backend.pickFileToImport = async () => "/m/sg2.xml";
    backend.journal = [{ id: "j1", name: "j1", savedAt: 0, title: "Draft", sessions: 5, unsavedEdits: 1 }];
    const store = await loaded(backend);
    await store.apply(MOVE_Q4);
    await store.open();
    await store.importDocument();
    await store.openExample();
    await store.openRecent("/m/old.plenary");
    await store.recover("j1");
    expect(backend.calls.filter((c) => c.method === "openWindow").map((c) => c.start)).toEqual([
      { kind: "open", path: "/m/sg2.plenary" },
      { kind: "import", path: "/m/sg2.xml" },
      { kind: "example" },
      { kind: "recent", path: "/m/old.plenary" },
      { kind: "recover", id: "j1" },
    ]);
    expect(backend.calls.some((c) => ["openDocument", "importDocument", "recoverEntry"].includes(c.method))).toBe(
      false,
    );
    expect(store.unsavedPrompt, "nothing here is replaced, so nothing is asked").toBeNull();
    expect(store.doc?.history.dirty, "this window keeps its edited document").toBe(true);
    expect(store.recovery, "the entry recovered elsewhere leaves the prompt").toEqual([]);
  });

  it("opens a document in its own window when the shell says it is blank", async () => {
    const backend = mockBackend(fixture());
    backend.pickDocumentToOpen = async () => "/m/sg2.plenary";
    const store = await loaded(backend);
    await store.open();
    expect(backend.calls).toContainEqual({ method: "openWindow", start: { kind: "open", path: "/m/sg2.plenary" } });
    expect(backend.calls).toContainEqual({ method: "openDocument", path: "/m/sg2.plenary" });
  });

  it("folds each answer in and marks the conflicts the edit brought", async () => {
    const store = await loaded();
    const conflict = fixture().conflicts[0]!;
    const fresh = { ...conflict, key: "new:q4" };
    const backend = {
      ...mockBackend(fixture()),
      apply: async () => answer({ conflicts: { added: [conflict, fresh], removed: [] } }),
    };
    store.backend = backend;
    await store.apply(MOVE_Q4);
    expect(store.doc?.timetable.sessions["q4"]?.placement?.start).toBe("2017-09-25T10:00");
    expect([...store.arisen].sort(), "the edit brought both").toEqual([conflict.key, "new:q4"].sort());
    expect([...store.fresh], "only one of them is new").toEqual(["new:q4"]);
  });

  it("replacing the document by open, new, import or recover forgets what was picked in the old one", async () => {
    const snapshot = await mockBackend(fixture()).snapshot();
    const report: ImportReport = { format: "frab", events: 0, breakEvents: 0, items: [], guessedZone: null };
    const backend: Backend = {
      ...mockBackend(fixture()),
      openDocument: async () => ({ snapshot, report: null }),
      newDocument: async () => snapshot,
      pickFileToImport: async () => "/tmp/x.xml",
      importDocument: async () => ({ snapshot, report }),
      recoverEntry: async () => snapshot,
    };
    const store = await loaded(backend);
    const gestures: [string, () => Promise<void>][] = [
      ["open", () => store.open("/tmp/a.plenary.json")],
      ["new", () => store.newDocument()],
      ["import", () => store.importDocument()],
      ["recover", () => store.recover("j1")],
    ];
    for (const [name, replace] of gestures) {
      store.selectMany(["q1", "q4"], false);
      store.toggleConflict("roomClash:q1+q2@k");
      store.importReport = report;
      const before = store.doc;
      await replace();
      expect(store.doc, `${name} replaces the document`).not.toBe(before);
      expect(store.selected.size, `${name} clears the selection`).toBe(0);
      expect(store.activeConflict, `${name} clears the highlighted conflict`).toBeNull();
      expect(store.importReport, `only an import shows a report (${name})`).toBe(name === "import" ? report : null);
    }
  });

  it("a failed call shows in the banner, answers null, and the next call still runs", async () => {
    const store = await loaded();
    expect(await store.apply({ type: "deleteSession", id: "q4" })).toBeNull();
    expect(store.error?.message).toContain("does not do deleteSession");
    expect(await store.apply(MOVE_Q4)).not.toBeNull();
  });

  it("runs the calls one after another, in the order of the gestures", async () => {
    const order: string[] = [];
    let releaseFirst: () => void = () => {};
    const store = await loaded();
    const first = store.run(async () => {
      await new Promise<void>((r) => (releaseFirst = r));
      order.push("first");
    });
    const second = store.run(async () => order.push("second"));
    await new Promise((r) => setTimeout(r, 0));
    expect(order, "the second waits for the first").toEqual([]);
    releaseFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(["first", "second"]);
  });

  it("a session the answer removes leaves the selection; an added one becomes it", async () => {
    const store = await loaded();
    store.selectMany(["q1", "q4"], false);
    store.backend = { ...mockBackend(fixture()), apply: async () => answer({ sessions: [], removedSessions: ["q4"] }) };
    await store.apply({ type: "deleteSession", id: "q4" });
    expect([...store.selected]).toEqual(["q1"]);

    const added = { ...fixture().timetable.sessions["q4"]!, id: "s-new" };
    store.backend = { ...mockBackend(fixture()), apply: async () => answer({ sessions: [added] }) };
    await store.apply({ type: "duplicateSession", id: "q1" });
    expect([...store.selected]).toEqual(["s-new"]);
  });

  it("paste and delete of several sessions are one command each; the pasted copies become the selection", async () => {
    const store = await loaded();
    const sent: Command[] = [];
    const copies = ["q1-copy", "q4-copy"].map((id) => ({ ...fixture().timetable.sessions["q1"]!, id }));
    store.backend = {
      ...mockBackend(fixture()),
      apply: async (command) => (
        sent.push(command),
        answer({ sessions: command.type === "pasteSessions" ? copies : [] })
      ),
    };
    store.selectMany(["q1", "q4", "gone"], false);
    store.copySelection();
    store.paste();
    await store.run(async () => null);
    expect(sent, "a copied session that no longer exists is left out").toEqual([
      { type: "pasteSessions", ids: ["q1", "q4"] },
    ]);
    expect([...store.selected].sort()).toEqual(["q1-copy", "q4-copy"]);
    store.deleteSelection();
    await store.run(async () => null);
    expect(sent[1]).toEqual({ type: "deleteSessions", ids: ["q1-copy", "q4-copy"] });
  });

  it("a session dragged back from the palette keeps the length it had, as the core keeps it", async () => {
    const store = await loaded();
    expect(store.lengthOf("webinar"), "a palette session: the length the core gives it").toBe(90);
    // The core answers the unscheduled session with the length it had (Session.minutes).
    const q4 = structuredClone(fixture().timetable.sessions["q4"]!);
    delete q4.placement;
    q4.minutes = 90;
    store.backend = { ...mockBackend(fixture()), apply: async () => answer({ sessions: [q4] }) };
    await store.apply({ type: "unscheduleSession", id: "q4" });
    expect(store.lengthOf("q4"), "q4 ran 15:00–16:30").toBe(90);
  });

  it("selects, toggles, extends and clears like the grid's clicks and bands", async () => {
    const store = await loaded();
    store.select("q1", "only");
    store.select("q4", "toggle");
    expect([...store.selected]).toEqual(["q1", "q4"]);
    store.select("q1", "toggle");
    expect([...store.selected]).toEqual(["q4"]);
    store.selectMany(["q2"], true);
    expect([...store.selected]).toEqual(["q4", "q2"]);
    expect(store.toggleConflict("roomClash:q1+q2@k"), "the conflict's sessions, to scroll to").toEqual(["q1", "q2"]);
    expect(store.activeConflict).toBe("roomClash:q1+q2@k");
    store.selectAll(["q1", "q4"]);
    expect(store.activeConflict, "select all keeps the highlighted conflict").toBe("roomClash:q1+q2@k");
    store.select(null, "only");
    expect(store.selected.size).toBe(0);
    expect(store.activeConflict, "a click elsewhere stops highlighting").toBeNull();
  });

  it("saving over a file that changed on disk asks first; Overwrite then saves and marks it saved", async () => {
    const backend = mockBackend(fixture());
    await backend.apply(MOVE_Q4, "no");
    await backend.saveDocument("/tmp/a.plenary.json");
    await backend.apply({ ...MOVE_Q4, start: "2017-09-25T11:00" }, "no");
    backend.changedOnDisk = "a.plenary.json changed on disk since you opened it.";
    const store = await loaded(backend);
    expect(store.doc?.history.dirty).toBe(true);
    await store.save(false);
    expect(store.diskPrompt).toBe(backend.changedOnDisk);
    expect(store.doc?.history.dirty, "nothing saved yet").toBe(true);
    await store.answerDiskPrompt("overwrite");
    expect(store.diskPrompt).toBeNull();
    expect(store.doc?.history.dirty).toBe(false);
    expect(store.doc?.history, "the history the save answered, undo kept").toMatchObject({
      canUndo: true,
      undoLabel: "Move session",
    });
  });

  describe("a timetable someone else has open", () => {
    const LOCKED = {
      code: "locked",
      message: "sg12.plenary.json is open by ada on lab-1 since 2026-12-04 10:32.",
    } as const;

    /** A backend whose file is open elsewhere: refused until the user chooses how to open it. */
    function lockedBackend(): Backend & { opened: (string | undefined)[] } {
      const base = mockBackend(fixture());
      const opened: (string | undefined)[] = [];
      return {
        ...base,
        opened,
        openDocument: async (_path, lock) => {
          if (!lock) throw LOCKED;
          opened.push(lock);
          return { snapshot: await base.snapshot(), report: null };
        },
        openRecent: async () => {
          throw LOCKED;
        },
      };
    }

    it("is a question naming who has it, not an error, and each answer opens it so", async () => {
      for (const choice of ["readOnly", "copy", "anyway"] as const) {
        const backend = lockedBackend();
        const store = await loaded(backend);
        await store.open("/share/sg12.plenary.json");
        expect(store.error).toBeNull();
        expect(store.lockPrompt).toEqual({ path: "/share/sg12.plenary.json", error: LOCKED });
        const before = store.doc;
        await store.answerLockPrompt(choice);
        expect(store.lockPrompt).toBeNull();
        expect(backend.opened).toEqual([choice]);
        expect(store.doc, `${choice} replaces the document`).not.toBe(before);
      }
    });

    it("cancel leaves the open document as it was", async () => {
      const backend = lockedBackend();
      const store = await loaded(backend);
      await store.openRecent("/share/sg12.plenary.json");
      expect(store.lockPrompt?.path, "a recent file asks too").toBe("/share/sg12.plenary.json");
      const before = store.doc;
      await store.answerLockPrompt("cancel");
      expect(store.lockPrompt).toBeNull();
      expect(backend.opened).toEqual([]);
      expect(store.doc).toBe(before);
    });

    it("named on the command line, it is asked about at start instead of shown as an error", async () => {
      const store = await loaded({
        ...lockedBackend(),
        startupError: async () => LOCKED,
        lockedAtStartup: async () => "/share/sg12.plenary.json",
      });
      expect(store.error).toBeNull();
      expect(store.lockPrompt).toEqual({ path: "/share/sg12.plenary.json", error: LOCKED });
    });

    it("opened read-only, Save becomes Save As", async () => {
      const base = mockBackend(fixture());
      const asked: (string | null)[] = [];
      const store = await loaded({
        ...base,
        documentPath: async () => "/share/sg12.plenary.json",
        pickDocumentToSave: async (proposed) => (asked.push(proposed), "/home/bob/mine.plenary.json"),
        saveDocument: async (path) => {
          if (path === null) throw { code: "readOnly", message: "sg12.plenary.json is open read-only" };
          return base.saveDocument(path);
        },
      });
      await store.save(false);
      expect(store.error, "no error: the Save As dialog is the answer").toBeNull();
      expect(asked).toEqual(["/share/sg12.plenary.json"]);
    });
  });
});

describe("an arrangement's preview", () => {
  const PREVIEW = {
    report: {
      inScope: 1,
      placed: 1,
      moved: ["webinar"],
      left: [],
      hardConflicts: 0,
      outOfReach: [],
      outOfReachWords: [],
      softConflicts: 0,
      score: 0,
      greedyScore: 0,
      evaluated: 0,
      stopped: false,
    },
    moves: [{ session: "webinar", to: { start: "2017-09-21T09:00", end: "2017-09-21T10:00" }, toRoom: "k" }],
  };

  it("is kept while it waits for Apply and forgotten on Discard or Apply", async () => {
    const base = mockBackend(fixture());
    const calls: string[] = [];
    const store = await loaded({
      ...base,
      arrangeRun: async () => (calls.push("run"), PREVIEW),
      arrangeDiscard: async () => void calls.push("discard"),
      arrangeApply: async () => (calls.push("apply"), base.apply(MOVE_Q4, "no")),
    });
    expect(store.arrangement).toBeNull();
    await store.arrangeRun({ type: "unscheduled" }, { type: "repair" }, () => {});
    expect(store.arrangement?.moves).toEqual(PREVIEW.moves);
    await store.arrangeDiscard();
    expect(store.arrangement).toBeNull();
    await store.arrangeRun({ type: "unscheduled" }, { type: "repair" }, () => {});
    expect(await store.arrangeApply()).toBe(true);
    expect(store.arrangement).toBeNull();
    expect(calls).toEqual(["run", "discard", "run", "apply"]);
  });
});
