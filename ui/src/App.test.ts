// @vitest-environment jsdom
import { flushSync } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import App from "./App.svelte";
import type { Backend } from "./lib/backend";
import { mockBackend } from "./lib/mockBackend";
import { fixture } from "./test/fixture";
import { setUiLocale } from "./lib/i18n.svelte";
import { mountInPage, painted, settle, unmountAll } from "./test/mount";

// jsdom has no layout: bind:clientHeight needs a ResizeObserver, which never fires here.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

afterEach(() => {
  unmountAll();
  localStorage.clear(); // the window's remembered layout (layoutMemory.ts)
  setUiLocale("en", false);
});

async function start(backend: Backend) {
  const target = mountInPage(App, { backend: Promise.resolve(backend) });
  await settle();
  // The side panel's lists come after the grid's first frame.
  await painted();
  return target;
}

const q = (root: ParentNode, sel: string) => root.querySelector<HTMLElement>(sel);

describe("App", () => {
  it("comes back with the view and the panels it was left with", async () => {
    const first = await start(mockBackend(fixture()));
    q(first, '[data-testid="view-annex"]')!.click();
    q(first, '[data-testid="revisions-toggle"]')!.click();
    q(first, '[data-testid="panel-side-toggle"]')!.click();
    await settle();
    unmountAll();

    const again = await start(mockBackend(fixture()));
    expect(q(again, '[data-testid="annex-view"]')).not.toBeNull();
    expect(q(again, '[data-testid="grid"]')).toBeNull();
    expect(q(again, '[data-testid="revisions"]')).not.toBeNull();
    expect(q(again, '[data-testid="panel-side"]')?.dataset["collapsed"]).toBe("true");
    expect(q(again, '[data-testid="panel-properties"]')?.dataset["collapsed"]).toBe("false");
  });

  it("Ctrl+P prints what is shown: every block drawn under the meeting's header, until the next gesture", async () => {
    const backend = mockBackend(fixture());
    const target = await start(backend);
    expect(q(target, '[data-testid="print-header"]')).toBeNull();
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "p", ctrlKey: true }));
    await new Promise((r) => setTimeout(r, 100)); // the two frames before the dialog
    await settle();
    expect(backend.calls.filter((c) => c.method === "printWindow")).toEqual([
      { method: "printWindow", landscape: false },
    ]); // jsdom lays nothing out: not wider than tall
    expect(document.documentElement.dataset["print"]).toBe("view");
    expect(q(target, '[data-testid="print-header"]')?.textContent).toContain(
      fixture().timetable.meeting.title.en ?? "",
    );
    window.dispatchEvent(new MouseEvent("pointerdown"));
    await settle();
    expect(document.documentElement.dataset["print"]).toBeUndefined();
    expect(q(target, '[data-testid="print-header"]')).toBeNull();
  });

  it("shows a loading state, then draws the snapshot", async () => {
    let resolve: (b: Backend) => void = () => {};
    const target = mountInPage(App, { backend: new Promise<Backend>((r) => (resolve = r)) });
    flushSync();
    expect(target.textContent).toContain("Loading timetable");
    resolve(mockBackend(fixture()));
    await settle();
    expect(q(target, '[data-testid="grid"]')).not.toBeNull();
    expect(q(target, '[data-testid="day-header"][data-date="2017-09-22"]')?.textContent).toContain(
      "Friday 22 September",
    );
    const block = q(
      target,
      '[data-testid="day-column"][data-date="2017-09-22"] [data-testid="session"][data-session-id="q4"]',
    );
    expect(block?.textContent, "the block sits in its day column with its title").toContain("Question 4/12");
    expect(q(target, '[data-session-id="q1"]')?.dataset["conflict"]).toBe("error");
    expect(q(target, '[data-testid="conflict-summary"]')?.textContent).toContain("1 error");
    expect(q(target, '[data-testid="palette"]'), "the side panel's lists come after the grid's first frame").toBeNull();
    await painted();
    expect(q(target, '[data-testid="palette"]')?.textContent).toContain("Meeting results webinar");
  });

  it("asks the shell for today once and offers it as a new revision's date", async () => {
    const backend = mockBackend(fixture());
    backend.todayIs = "2026-12-04";
    const target = await start(backend);
    expect(backend.calls.filter((c) => c.method === "today")).toHaveLength(1);
    q(target, '[data-testid="revisions-toggle"]')?.click();
    await settle();
    const date = q(target, '[data-testid="revision-date"]') as HTMLInputElement | null;
    expect(date?.value, "the shell's today, not the UI's clock").toBe("2026-12-04");
  });

  it("shows the error banner when loading fails", async () => {
    const failing: Backend = {
      ...mockBackend(fixture()),
      snapshot: () => Promise.reject({ code: "io", message: "cannot read plenary.json" }),
    };
    const target = await start(failing);
    expect(q(target, '[data-testid="error"]')?.textContent).toContain("cannot read plenary.json");
  });

  it("undoes and redoes with the buttons and keys, showing the labels", async () => {
    const backend = mockBackend(fixture());
    await backend.apply({ type: "moveSession", id: "q4", start: "2017-09-25T10:00" }, "no");
    const target = await start(backend);
    const undo = q(target, '[data-testid="undo"]') as HTMLButtonElement;
    const redo = q(target, '[data-testid="redo"]') as HTMLButtonElement;
    expect(undo.title).toContain("Undo Move session");
    expect(redo.disabled).toBe(true);
    expect(q(target, '[data-testid="day-column"][data-date="2017-09-25"] [data-session-id="q4"]')).not.toBeNull();

    undo.click();
    await settle();
    expect(q(target, '[data-testid="day-column"][data-date="2017-09-22"] [data-session-id="q4"]')).not.toBeNull();
    expect(redo.title).toContain("Redo Move session");

    window.dispatchEvent(new KeyboardEvent("keydown", { key: "y", ctrlKey: true }));
    await settle();
    expect(q(target, '[data-testid="day-column"][data-date="2017-09-25"] [data-session-id="q4"]')).not.toBeNull();

    window.dispatchEvent(new KeyboardEvent("keydown", { key: "z", ctrlKey: true }));
    await settle();
    expect(q(target, '[data-testid="day-column"][data-date="2017-09-22"] [data-session-id="q4"]')).not.toBeNull();
    expect(backend.calls.filter((c) => c.method === "undo" || c.method === "redo").map((c) => c.method)).toEqual([
      "undo",
      "redo",
      "undo",
    ]);
  });

  it("draws an arrangement's preview on the grid, edits nothing meanwhile, and Discard takes it away", async () => {
    const backend = mockBackend(fixture());
    const target = await start({
      ...backend,
      arrangeRun: async () => ({
        report: {
          inScope: 1,
          placed: 1,
          moved: ["q4"],
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
        moves: [
          {
            session: "q4",
            from: { start: "2017-09-22T15:00", end: "2017-09-22T16:30" },
            fromRoom: "l",
            to: { start: "2017-09-25T10:00", end: "2017-09-25T11:30" },
            toRoom: "l",
          },
        ],
      }),
    });
    const q4In = (date: string) =>
      q(target, `[data-testid="day-column"][data-date="${date}"] [data-testid="session"][data-session-id="q4"]`);
    q(target, '[data-testid="arrange-open"]')!.click();
    await settle();
    q(target, '[data-testid="arrange-run"]')!.click();
    await settle();
    expect(q4In("2017-09-25")?.dataset["change"], "drawn where the arrangement puts it").toBe("arranged");
    expect(q4In("2017-09-22"), "not where it is").toBeNull();
    expect(
      q(
        target,
        '[data-testid="day-column"][data-date="2017-09-22"] [data-testid="change-ghost"][data-session-id="q4"]',
      ),
    ).not.toBeNull();
    // Inert as the page sees it (jsdom knows no `inert`: the property Svelte sets).
    const wrap = q(target, '[data-testid="undo"]')?.closest<HTMLElement>(".contents") as { inert?: unknown } | null;
    expect(wrap?.inert, "the header's undo is inert").toBe(true);
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "z", ctrlKey: true }));
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "Delete" }));
    await settle();
    expect(backend.calls.filter((c) => c.method === "undo" || c.method === "apply")).toEqual([]);

    q(target, '[data-testid="arrange-cancel"]')!.click();
    await settle();
    expect(q(target, '[data-testid="arrange-dialog"]')).toBeNull();
    expect(q4In("2017-09-22")?.dataset["change"], "back where it is, unmarked").toBeUndefined();
    expect(q(target, '[data-testid="change-ghost"]')).toBeNull();
    expect(backend.calls.map((c) => c.method)).toContain("arrangeDiscard");
  });

  it("shows a failed undo in the banner and keeps working", async () => {
    const backend = mockBackend(fixture());
    await backend.apply({ type: "moveSession", id: "q4", start: "2017-09-25T10:00" }, "no");
    let fail = true;
    const flaky: Backend = {
      ...backend,
      undo: () => (fail ? Promise.reject({ code: "internal", message: "the shell is busy" }) : backend.undo()),
    };
    const target = await start(flaky);
    (q(target, '[data-testid="undo"]') as HTMLButtonElement).click();
    await settle();
    expect(q(target, '[data-testid="error"]')?.textContent).toContain("the shell is busy");
    fail = false;
    (q(target, '[data-testid="undo"]') as HTMLButtonElement).click();
    await settle();
    expect(q(target, '[data-testid="day-column"][data-date="2017-09-22"] [data-session-id="q4"]')).not.toBeNull();
  });

  it("highlights a conflict's sessions when it is clicked", async () => {
    const target = await start(mockBackend(fixture()));
    q(target, '[data-testid="conflict"][data-key="roomClash:q1+q2@k"]')?.click();
    await settle();
    const lit = [...target.querySelectorAll<HTMLElement>('[data-testid="session"].highlighted')].map(
      (e) => e.dataset["sessionId"],
    );
    expect(lit.sort()).toEqual(["q1", "q2"]);
  });

  it("saves an untitled document where the user picks, and opens a picked document", async () => {
    const backend = mockBackend(fixture());
    await backend.apply({ type: "moveSession", id: "q4", start: "2017-09-25T10:00" }, "no");
    const other = fixture();
    other.timetable.meeting.title = { en: "Another meeting" };
    const picking: Backend = {
      ...backend,
      pickDocumentToSave: async () => "/tmp/sg12.plenary.json",
      pickDocumentToOpen: async () => "/tmp/other.plenary.json",
      openDocument: async () => ({ snapshot: other, report: null }),
    };
    const target = await start(picking);
    expect(target.textContent).toContain("Edited");
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "s", ctrlKey: true }));
    await settle();
    expect(backend.calls).toContainEqual({ method: "saveDocument", path: "/tmp/sg12.plenary.json" });
    expect(target.textContent).not.toContain("Edited");

    (q(target, '[data-testid="open"]') as HTMLButtonElement).click();
    await settle();
    expect(q(target, "h1")?.textContent).toBe("Another meeting");
  });

  it("offers to recover what the journal kept; Recover opens it unsaved", async () => {
    const backend = mockBackend(fixture());
    backend.journal = [
      {
        id: "1-2-0",
        path: "/tmp/sg12.plenary.json",
        name: "sg12.plenary.json",
        savedAt: 0,
        title: "SG12",
        sessions: 5,
        unsavedEdits: 2,
      },
    ];
    const target = await start(backend);
    expect(q(target, '[data-testid="recovery"]')?.textContent).toContain("sg12.plenary.json");
    q(target, '[data-testid="recovery-recover"]')?.click();
    await settle();
    expect(backend.calls).toContainEqual({ method: "recoverEntry", id: "1-2-0" });
    expect(q(target, '[data-testid="recovery"]')).toBeNull();
    expect(target.textContent, "the recovered document is unsaved").toContain("Edited");
  });

  it("Discard deletes a journal entry and Later keeps the rest", async () => {
    const backend = mockBackend(fixture());
    const entry = { id: "a", name: "Untitled", savedAt: 0, title: "", sessions: 0, unsavedEdits: 1 };
    backend.journal = [entry, { ...entry, id: "b" }];
    const target = await start(backend);
    const rows = target.querySelectorAll<HTMLElement>('[data-testid="recovery-entry"]');
    rows[0]?.querySelector<HTMLButtonElement>('[data-testid="recovery-discard"]')?.click();
    await settle();
    expect(backend.calls).toContainEqual({ method: "discardEntry", id: "a" });
    expect(target.querySelectorAll('[data-testid="recovery-entry"]')).toHaveLength(1);
    q(target, '[data-testid="recovery-later"]')?.click();
    await settle();
    expect(q(target, '[data-testid="recovery"]')).toBeNull();
    expect(
      backend.journal.map((e) => e.id),
      "Later keeps it for the next start",
    ).toEqual(["b"]);
  });

  it("asks before saving over a file that changed on disk; Cancel saves nothing, Overwrite saves", async () => {
    const backend = mockBackend(fixture());
    await backend.saveDocument("/tmp/sg12.plenary.json");
    await backend.apply({ type: "moveSession", id: "q4", start: "2017-09-25T10:00" }, "no");
    backend.changedOnDisk = "sg12.plenary.json changed on disk since you opened it.";
    const target = await start(backend);
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "s", ctrlKey: true }));
    await settle();
    expect(q(target, '[data-testid="changed-on-disk"]')?.textContent).toContain("sg12.plenary.json changed on disk");
    expect(document.activeElement?.getAttribute("data-testid"), "Cancel has the focus").toBe("disk-cancel");
    q(target, '[data-testid="disk-cancel"]')?.click();
    await settle();
    expect(q(target, '[data-testid="changed-on-disk"]')).toBeNull();
    expect(target.textContent, "still unsaved").toContain("Edited");

    window.dispatchEvent(new KeyboardEvent("keydown", { key: "s", ctrlKey: true }));
    await settle();
    q(target, '[data-testid="disk-overwrite"]')?.click();
    await settle();
    expect(backend.calls).toContainEqual({ method: "saveDocument", path: null, overwrite: true });
    expect(target.textContent).not.toContain("Edited");
  });

  it("asks the changed-on-disk question in the UI's language", async () => {
    setUiLocale("fr", false);
    const backend = mockBackend(fixture());
    await backend.saveDocument("/tmp/sg12.plenary.json");
    await backend.apply({ type: "moveSession", id: "q4", start: "2017-09-25T10:00" }, "no");
    backend.changedOnDisk = "sg12.plenary.json changed on disk since you opened it.";
    const target = await start(backend);
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "s", ctrlKey: true }));
    await settle();
    const asked = q(target, '[data-testid="changed-on-disk"]')?.textContent ?? "";
    expect(asked).toContain("sg12.plenary.json a changé sur le disque depuis que vous l’avez ouvert.");
    expect(asked).not.toContain("changed on disk");
  });

  it("Save As… from the changed-on-disk question asks where to save instead", async () => {
    const backend = mockBackend(fixture());
    await backend.saveDocument("/tmp/sg12.plenary.json");
    await backend.apply({ type: "moveSession", id: "q4", start: "2017-09-25T10:00" }, "no");
    backend.changedOnDisk = "sg12.plenary.json changed on disk since you opened it.";
    const target = await start(backend);
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "s", ctrlKey: true }));
    await settle();
    q(target, '[data-testid="disk-save-as"]')?.click();
    await settle();
    expect(backend.calls).toContainEqual({ method: "pickDocumentToSave", defaultPath: "/tmp/sg12.plenary.json" });
    expect(
      q(target, '[data-testid="changed-on-disk"]'),
      "the mock's dialog was cancelled: no question again",
    ).toBeNull();
    expect(target.textContent, "nothing saved").toContain("Edited");
  });

  it("takes the history the save answers instead of deciding by itself that it is saved", async () => {
    const backend = mockBackend(fixture());
    await backend.apply({ type: "moveSession", id: "q4", start: "2017-09-25T10:00" }, "no");
    const answering: Backend = {
      ...backend,
      pickDocumentToSave: async () => "/tmp/sg12.plenary.json",
      saveDocument: async () => ({
        type: "saved",
        history: { canUndo: true, canRedo: false, undoLabel: "Paste 2 sessions", dirty: false },
      }),
    };
    const target = await start(answering);
    expect(target.textContent).toContain("Edited");
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "s", ctrlKey: true }));
    await settle();
    expect(target.textContent, "the core says it is clean").not.toContain("Edited");
    expect(
      (q(target, '[data-testid="undo"]') as HTMLButtonElement).title,
      "the whole answered history is shown",
    ).toContain("Undo Paste 2 sessions");
  });

  it("deletes a selection of several sessions with one command, one undo step", async () => {
    const backend = mockBackend(fixture());
    const target = await start(backend);
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "a", ctrlKey: true }));
    await settle();
    const selected = [...target.querySelectorAll<HTMLElement>('[data-testid="session"].selected')].map(
      (e) => e.dataset["sessionId"],
    );
    expect(selected.length, "Select All picks several scheduled sessions").toBeGreaterThan(1);
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "Delete" }));
    await settle();
    const sent = backend.calls.filter((c) => c.method === "apply");
    expect(sent, "one gesture, one command").toHaveLength(1);
    expect(sent[0]).toMatchObject({ command: { type: "deleteSessions" }, dryRun: "no" });
    const ids = sent[0]?.method === "apply" && sent[0].command.type === "deleteSessions" ? sent[0].command.ids : [];
    expect([...ids].sort()).toEqual([...selected].sort());
  });

  it("pastes several copied sessions with one command, one undo step", async () => {
    const backend = mockBackend(fixture());
    const target = await start(backend);
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "a", ctrlKey: true }));
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "c", ctrlKey: true }));
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "v", ctrlKey: true }));
    await settle();
    const selected = [...target.querySelectorAll<HTMLElement>('[data-testid="session"].selected')].map(
      (e) => e.dataset["sessionId"],
    );
    const sent = backend.calls.filter((c) => c.method === "apply");
    expect(sent, "one gesture, one command").toHaveLength(1);
    expect(sent[0]).toMatchObject({ command: { type: "pasteSessions" }, dryRun: "no" });
    const ids = sent[0]?.method === "apply" && sent[0].command.type === "pasteSessions" ? sent[0].command.ids : [];
    expect([...ids].sort(), "the copied sessions, each once").toEqual([...selected].sort());
  });

  it("does nothing when the user cancels the dialog", async () => {
    const backend = mockBackend(fixture());
    const target = await start(backend);
    (q(target, '[data-testid="open"]') as HTMLButtonElement).click();
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "s", ctrlKey: true }));
    await settle();
    expect(backend.calls.map((c) => c.method)).not.toContain("openDocument");
    expect(backend.calls.map((c) => c.method)).not.toContain("saveDocument");
    expect(q(target, '[data-testid="error"]')).toBeNull();
  });

  it("File > Publish asks for a folder once, shows what will be written, then publishes into it", async () => {
    const backend = mockBackend(fixture());
    let menu: (id: string) => void = () => {};
    backend.onShellEvent = async (listener) => {
      menu = (id) => listener({ kind: "menu", id });
      return () => {};
    };
    const nearby: (string | null | undefined)[] = [];
    backend.documentPath = async () => "/meetings/sg12.plenary";
    backend.pickPublishFolder = async (near) => {
      backend.calls.push({ method: "pickPublishFolder" });
      nearby.push(near);
      return "/srv/site";
    };
    const target = await start(backend);
    menu("file:publish");
    await settle();
    expect(nearby, "the folder dialog opens beside the document").toEqual(["/meetings"]);
    expect(q(target, '[data-testid="publish-folder"]')?.textContent).toBe("/srv/site");
    expect(q(target, '[data-testid="publish-summary"]')?.textContent).toContain("every file is new");
    expect(backend.calls.map((c) => c.method)).not.toContain("publishSite");
    (q(target, '[data-testid="publish-run"]') as HTMLButtonElement).click();
    await settle();
    expect(q(target, '[data-testid="publish-done"]')?.textContent).toContain("Published 12 files into /srv/site");
    (q(target, '[data-testid="publish-open"]') as HTMLButtonElement).click();
    await settle();
    expect(backend.calls.map((c) => c.method)).toContain("openPublishedSite");
    (q(target, '[data-testid="publish-close"]') as HTMLButtonElement).click();
    flushSync();
    expect(q(target, '[data-testid="publish-dialog"]')).toBeNull();

    menu("file:publish");
    await settle();
    expect(q(target, '[data-testid="publish-summary"]')?.textContent).toContain("nothing will change");
    expect(backend.calls.filter((c) => c.method === "pickPublishFolder")).toHaveLength(1);
    expect(backend.calls.filter((c) => c.method === "publishSite")).toHaveLength(1);
  });

  it("File > Publish does nothing when the folder dialog is cancelled", async () => {
    const backend = mockBackend(fixture());
    let menu: (id: string) => void = () => {};
    backend.onShellEvent = async (listener) => {
      menu = (id) => listener({ kind: "menu", id });
      return () => {};
    };
    const target = await start(backend);
    menu("file:publish");
    await settle();
    expect(q(target, '[data-testid="publish-dialog"]')).toBeNull();
    expect(backend.calls.map((c) => c.method)).not.toContain("choosePublishFolder");
    expect(q(target, '[data-testid="error"]')).toBeNull();
  });

  it("File > Import replaces the document and shows the import report; a failed import keeps the document", async () => {
    const backend = mockBackend(fixture());
    let menu: (id: string) => void = () => {};
    backend.onShellEvent = async (listener) => {
      menu = (id) => listener({ kind: "menu", id });
      return () => {};
    };
    backend.pickFileToImport = async () => "/tmp/broken.xml";
    const target = await start(backend);
    menu("file:import");
    await settle();
    expect(q(target, '[data-testid="error"]')?.dataset["code"]).toBe("io");
    expect(q(target, '[data-session-id="q4"]'), "the open document is still drawn").not.toBeNull();
    expect(q(target, '[data-testid="import-report"]')).toBeNull();

    const imported = fixture();
    imported.history = { ...imported.history, dirty: true };
    backend.importDocument = async () => ({
      snapshot: imported,
      report: {
        format: "frab-xml",
        events: 2,
        breakEvents: 0,
        items: [
          {
            position: "line 7, column 7",
            action: "repaired",
            message: "duplicate id 1: renamed e-1-2",
            at: {
              id: "import-at-line-column",
              args: { line: { type: "text", value: "7" }, column: { type: "text", value: "7" } },
            },
            words: { id: "as-said", args: { text: { type: "text", value: "duplicate id 1: renamed e-1-2" } } },
          },
        ],
        guessedZone: null,
      },
    });
    menu("file:import");
    await settle();
    const report = q(target, '[data-testid="import-report"]');
    expect(report?.textContent).toContain("line 7, column 7");
    expect(report?.textContent).toContain("duplicate id 1");
    q(target, '[data-testid="import-report-dismiss"]')?.click();
    flushSync();
    expect(q(target, '[data-testid="import-report"]')).toBeNull();
  });

  it("a dropped file that the shell imported shows its import report", async () => {
    const backend = mockBackend(fixture());
    let drop: (path: string) => void = () => {};
    backend.onShellEvent = async (listener) => {
      drop = (path) => listener({ kind: "openFile", path });
      return () => {};
    };
    const imported = fixture();
    imported.history = { ...imported.history, dirty: true };
    backend.openDocument = async () => ({
      snapshot: imported,
      report: {
        format: "xcal",
        events: 1,
        breakEvents: 0,
        items: [
          {
            position: "line 3, column 1",
            action: "guessed",
            message: "floating time",
            at: {
              id: "import-at-line-column",
              args: { line: { type: "text", value: "3" }, column: { type: "text", value: "1" } },
            },
            words: { id: "as-said", args: { text: { type: "text", value: "floating time" } } },
          },
        ],
        guessedZone: "UTC",
      },
    });
    const again: [string, string | undefined][] = [];
    backend.importDocument = async (path, timeZone) => {
      again.push([path, timeZone]);
      return {
        snapshot: imported,
        report: { format: "xcal", events: 1, breakEvents: 0, items: [], guessedZone: null },
      };
    };
    const target = await start(backend);
    drop("/tmp/schedule.xcal");
    await settle();
    expect(q(target, '[data-testid="import-report"]')?.textContent).toContain("floating time");

    // The zone was a guess: the app asks which clock the times follow, proposing it.
    expect(q(target, '[data-testid="import-zone"]')?.textContent).toContain("read as UTC time");
    const place = target.querySelector<HTMLInputElement>('[data-testid="import-zone-place"]')!;
    place.value = "Europe/Brussels";
    place.dispatchEvent(new Event("input", { bubbles: true }));
    flushSync();
    q(target, '[data-testid="import-zone-again"]')?.click();
    await settle();
    expect(again, "the same file, read again in the zone named").toEqual([["/tmp/schedule.xcal", "Europe/Brussels"]]);
    expect(q(target, '[data-testid="import-zone"]'), "nothing left to ask").toBeNull();
  });

  it("File > Export opens the Export dialog with the core's preview", async () => {
    const backend = mockBackend(fixture());
    let menu: (id: string) => void = () => {};
    backend.onShellEvent = async (listener) => {
      menu = (id) => listener({ kind: "menu", id });
      return () => {};
    };
    const target = await start(backend);
    menu("file:export");
    await settle();
    expect(q(target, '[data-testid="export-dialog"]')).not.toBeNull();
    expect(backend.calls.some((c) => c.method === "annexPreview")).toBe(true);
    q(target, '[data-testid="export-close"]')?.click();
    flushSync();
    expect(q(target, '[data-testid="export-dialog"]')).toBeNull();
  });
});
