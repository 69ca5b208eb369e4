/**
 * The open document and every call that changes it: load, open, new, import, recover,
 * apply, undo, redo, save, with the selection and the highlighted conflict that belong to
 * it. Components read its fields (reactive) and call its methods; none of them talks to the
 * backend about the document itself.
 *
 * - Backend calls run one after another, in the order of the gestures (`run`); a failure
 *   shows in `error` and answers null, so a gesture never throws.
 * - The document is replaced wholesale by every answer (`applyApplied`), never edited in place.
 * - Replacing the document (open, new, import, recover) goes through one `#replace`: the
 *   selection, the highlighted conflict and the last edit's marks go with the old document.
 * - Nothing here decides a scheduling fact: the answers carry the conflicts and history.
 */
import { mark, markAfterUpdate, startMark, timed } from "./timing";
import type { Applied } from "../bindings/Applied";
import type { Command } from "../bindings/Command";
import type { Conflict } from "../bindings/Conflict";
import type { RevisionChanges } from "../bindings/RevisionChanges";
import type { ErrorPayload } from "../bindings/ErrorPayload";
import type { Message } from "../bindings/Message";
import type { ImportReport } from "../bindings/ImportReport";
import type { RecoveryEntry } from "../bindings/RecoveryEntry";
import type { SaveAnswer } from "../bindings/SaveAnswer";
import type { Session } from "../bindings/Session";
import type { Snapshot } from "../bindings/Snapshot";
import type { MeetingSetup } from "../bindings/MeetingSetup";
import type { DiskChoice } from "../components/ChangedOnDiskDialog.svelte";
import type { UnsavedChoice } from "../components/UnsavedDialog.svelte";
import type { LockAnswer } from "../components/LockedDialog.svelte";
import type { Opened } from "../bindings/Opened";
import type { WindowStart } from "../bindings/WindowStart";
import { toErrorPayload, type Backend } from "./backend";
import { type Held } from "./drag";
import type { SelectMode } from "./dragController";
import { coreLang } from "./labels";
import { sessionSpan, useTextFallback } from "./layout";
import type { ArrangeMode } from "../bindings/ArrangeMode";
import type { ArrangeScope } from "../bindings/ArrangeScope";
import type { ArrangePreview } from "../bindings/ArrangePreview";
import type { Progress } from "../bindings/Progress";
import { ConflictMarks } from "./marks.svelte";
import { applyApplied, fromSnapshot, type DocumentState } from "./state";
import { t } from "./i18n.svelte";

/** What the last edit did to the conflicts: the keys it brought or changed, and the new ones. */
export interface LastEdit {
  /** The list it produced: the marks hold while the document shows this list. */
  conflicts: Conflict[];
  arisen: ReadonlySet<string>;
  fresh: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

export class DocumentStore {
  readonly #backendPromise: () => Promise<Backend>;
  backend = $state.raw<Backend | null>(null);
  #doc = $state.raw<DocumentState | null>(null);
  /** The open document; replaced wholesale on every answer, never edited in place. */
  get doc(): DocumentState | null {
    return this.#doc;
  }
  set doc(next: DocumentState | null) {
    this.#doc = next;
    this.marks.follow(next?.conflicts);
    if (next) useTextFallback(next.view.textFallback);
  }
  /** The conflict mark of each session of the open document, read one session at a time. */
  readonly marks = new ConflictMarks();
  loading = $state(true);
  error = $state.raw<ErrorPayload | null>(null);
  /** The report of the last import, until dismissed. */
  importReport = $state.raw<ImportReport | null>(null);
  /** The file the open document was imported from, to import again in another zone. */
  importedFrom = $state<string | null>(null);
  /** The Publish dialog is open (File > Publish, or the offer after publishing a revision). */
  publishing = $state(false);
  /** Unsaved documents the journal kept from a run that crashed, offered at start. */
  recovery = $state.raw<RecoveryEntry[]>([]);
  /** The unsaved-changes question while it is asked: what the user is doing ("closing"). */
  unsavedPrompt = $state.raw<{ doing: string } | null>(null);
  #answerUnsaved: ((choice: UnsavedChoice) => void) | null = null;
  /** The document to open that someone else has open, while the user is asked what to do. */
  lockPrompt = $state.raw<{ path: string; error: ErrorPayload } | null>(null);
  /** The question to ask before saving over a file another program changed, while asked. */
  diskPrompt = $state<string | null>(null);
  /** The same question in words the UI writes in its language (`app-changed-on-disk`). */
  diskWords = $state<Message | null>(null);
  /** The selected sessions, in the order they were picked. */
  selected = $state.raw<Set<string>>(new Set());
  /** The conflict whose sessions are highlighted, by key. */
  activeConflict = $state<string | null>(null);
  /** What the last edit did to the conflicts, for the panel (which never hides them). */
  lastEdit = $state.raw<LastEdit | null>(null);
  /** The revision whose changes the grid marks ("changes since Rev.N"); null when off. */
  changesSince = $state<string | null>(null);
  /** The core's diff from `changesSince` to the current state (see `refreshChanges`). */
  changes = $state.raw<RevisionChanges | null>(null);
  /**
   * The arrangement waiting for Apply (the core's answer to `arrangeRun`): the grid draws
   * its moves as an overlay until it is applied or discarded; null when there is none.
   */
  arrangement = $state.raw<ArrangePreview | null>(null);

  /** Today as the shell reads it ("YYYY-MM-DD"): a new revision's date, a first day's. */
  today = $state("");
  #queue: Promise<unknown> = Promise.resolve();
  #diffTicket = 0;
  /**
   * The ids copied (Ctrl+C). Reactive: the copy can arrive through the native menu's
   * accelerator after a context menu opened, whose "Paste here" then enables.
   */
  #clipboard = $state.raw<string[]>([]);

  /** `backend`: the backend to wait for, read when loading (a prop, in the app). */
  constructor(backend: () => Promise<Backend>) {
    this.#backendPromise = backend;
  }

  /** The conflicts the last edit brought (`arisen`) and made new (`fresh`), while shown. */
  get arisen(): ReadonlySet<string> {
    return this.lastEdit && this.lastEdit.conflicts === this.doc?.conflicts ? this.lastEdit.arisen : NONE;
  }
  get fresh(): ReadonlySet<string> {
    return this.lastEdit && this.lastEdit.conflicts === this.doc?.conflicts ? this.lastEdit.fresh : NONE;
  }

  /** Runs a backend call after the ones before it; a failure shows in `error` and answers null. */
  run<T>(task: (b: Backend) => Promise<T>): Promise<T | null> {
    const next = this.#queue.then(async () => {
      const backend = this.backend;
      if (!backend) return null;
      try {
        return await task(backend);
      } catch (e) {
        this.error = toErrorPayload(e);
        return null;
      }
    });
    this.#queue = next;
    return next;
  }

  /** Waits for the backend, then loads the open document, the startup error and the journal. */
  async load(): Promise<void> {
    this.loading = true;
    this.error = null;
    try {
      const backend = await this.#backendPromise();
      this.backend = backend;
      startMark("snapshot-asked");
      const snapshot = await backend.snapshot();
      startMark("snapshot-answered");
      this.doc = fromSnapshot(snapshot);
      // After Svelte's update of the page (its first render of the document).
      queueMicrotask(() => startMark("rendered"));
      this.today = await backend.today().catch(() => "");
      const startup = await backend.startupError().catch(() => null);
      const locked = startup?.code === "locked" ? await backend.lockedAtStartup().catch(() => null) : null;
      if (startup && locked) this.lockPrompt = { path: locked, error: startup };
      else if (startup) this.error = startup;
      this.recovery = await backend.recoveryEntries().catch(() => []);
    } catch (e) {
      this.error = toErrorPayload(e);
    } finally {
      this.loading = false;
    }
  }

  /** Another document replaces the open one: what was picked in the old one goes with it. */
  #replace(snapshot: Snapshot, report: ImportReport | null, from: string | null = null): void {
    this.doc = fromSnapshot(snapshot);
    this.importReport = report;
    this.importedFrom = report ? from : null;
    this.publishing = false;
    this.activeConflict = null;
    this.selected = new Set();
  }

  /**
   * Selects `ids`; the same selection is left as it is (a new set would re-check every
   * block that reads it, after each keyboard move of the selection).
   */
  #select(ids: readonly string[]): void {
    const now = this.selected;
    if (now.size === new Set(ids).size && ids.every((id) => now.has(id))) return;
    this.selected = new Set(ids);
  }

  /** Folds an answer in; sessions it removed leave the selection. */
  #fold(applied: Applied | null): void {
    const doc = this.doc;
    if (!applied || !doc) return;
    const next = applyApplied(doc, applied);
    this.doc = next;
    const arisen = new Set(applied.conflicts.added.map((c) => c.key));
    // The arisen ones the document did not have: one pass over its conflicts looking up the
    // few arisen keys, not a set of all its keys.
    const fresh = new Set(arisen);
    for (const c of doc.conflicts) {
      if (fresh.size === 0) break;
      fresh.delete(c.key);
    }
    this.lastEdit = { conflicts: next.conflicts, arisen, fresh };
    if ([...this.selected].some((id) => !next.timetable.sessions[id])) {
      this.selected = new Set([...this.selected].filter((id) => next.timetable.sessions[id]));
    }
  }

  /**
   * Sends the one command of a gesture and folds its answer in; the sessions it added,
   * duplicated, pasted, scheduled, moved or resized become the selection (what was just
   * handled is what the next key or the properties panel acts on). Answers null when it
   * failed (shown in `error`).
   */
  async apply(command: Command): Promise<Applied | null> {
    mark("sent");
    const applied = await this.run((b) => b.apply(command, "no"));
    mark("answered");
    timed("fold", () => this.#fold(applied));
    markAfterUpdate("updated");
    if (applied && command.type === "pasteSessions") {
      // A paste only adds: every session the answer carries is a new copy.
      this.selected = new Set(applied.sessions.map((s) => s.id));
    } else if (applied && (command.type === "addSession" || command.type === "duplicateSession")) {
      // The new session is the one session the answer carries.
      const id = applied.sessions[0]?.id;
      if (id) this.selected = new Set([id]);
    } else if (
      applied &&
      (command.type === "moveSession" || command.type === "resizeSession" || command.type === "scheduleSession")
    ) {
      this.#select([command.id]);
    } else if (applied && command.type === "moveSessions") {
      this.#select(command.ids);
    }
    return applied;
  }

  /**
   * Runs the core's arranger on the sessions of `scope` (off the UI's thread; `onProgress`
   * hears how it goes) and answers its preview; null when it was refused (shown in `error`).
   * Nothing changes until `arrangeApply`.
   */
  arrangeRun(
    scope: ArrangeScope,
    mode: ArrangeMode,
    onProgress: (p: Progress) => void,
    seconds: number | null = null,
  ): Promise<ArrangePreview | null> {
    this.arrangement = null;
    return this.run((b) => b.arrangeRun(scope, mode, onProgress, seconds)).then((preview) => {
      this.arrangement = preview;
      return preview;
    });
  }

  /** Stops the running arrangement (outside the queue, which the run holds). */
  async arrangeStop(): Promise<void> {
    await this.backend?.arrangeStop().catch((e: unknown) => {
      this.error = toErrorPayload(e);
    });
  }

  /** Applies the previewed arrangement as one undo step and folds it in; false when refused. */
  async arrangeApply(): Promise<boolean> {
    const applied = await this.run((b) => b.arrangeApply());
    if (!applied) return false;
    this.arrangement = null;
    this.#fold(applied);
    return true;
  }

  /** Forgets the previewed arrangement (its overlay goes; nothing changed). */
  async arrangeDiscard(): Promise<void> {
    this.arrangement = null;
    await this.run((b) => b.arrangeDiscard());
  }

  /** A dry run for the drag preview: outside the queue, and failures stay silent. */
  preview(command: Command): Promise<Applied | null> {
    return this.backend ? this.backend.apply(command, "yes").catch(() => null) : Promise.resolve(null);
  }

  /**
   * The length a palette session is dragged with: the one the core keeps for it
   * (`Session.minutes`: what it had when unscheduled), else the length the core gives a new
   * session (the document's default).
   */
  lengthOf(id: string): number {
    const doc = this.doc;
    if (!doc) return 0;
    return doc.timetable.sessions[id]?.minutes ?? doc.view.newItems.session.minutes ?? 0;
  }

  undo(): Promise<void> {
    return this.#step("undo");
  }

  redo(): Promise<void> {
    return this.#step("redo");
  }

  /** Undo and redo: one step through the core's history, when there is one that way. */
  async #step(direction: "undo" | "redo"): Promise<void> {
    const history = this.doc?.history;
    const possible = direction === "undo" ? history?.canUndo : history?.canRedo;
    if (possible) this.#fold(await this.run((b) => b[direction]()));
  }

  /**
   * Whether the open document may be closed or replaced (`doing`: "closing", "opening
   * another timetable"): no unsaved changes, or the user chose Save (and it was saved) or
   * Don't Save in the unsaved-changes question (`unsavedPrompt`); Cancel keeps it open.
   */
  async mayReplace(doing = t("doing-open-another")): Promise<boolean> {
    if (!this.doc?.history.dirty) return true;
    const choice = await new Promise<UnsavedChoice>((resolve) => {
      this.#answerUnsaved?.("cancel");
      this.#answerUnsaved = resolve;
      this.unsavedPrompt = { doing };
    });
    this.unsavedPrompt = null;
    if (choice === "cancel") return false;
    if (choice === "discard") return true;
    await this.save(false);
    return !this.doc?.history.dirty;
  }

  /** The user's answer to the unsaved-changes question. */
  answerUnsaved(choice: UnsavedChoice): void {
    const answer = this.#answerUnsaved;
    this.#answerUnsaved = null;
    answer?.(choice);
  }

  /** Closes the window, asking first about unsaved changes (File > Close, the window's ×). */
  async close(): Promise<void> {
    if (await this.mayReplace(t("doing-close"))) await this.run((b) => b.closeWindow());
  }

  /**
   * Replaces the open document with the meeting the set-up form describes (the user was
   * asked about unsaved changes when the form opened). Answers why the core refused it, for
   * the form to show, or null when done.
   */
  async setUp(setup: MeetingSetup): Promise<string | null> {
    let refused: string | null = null;
    const snapshot = await this.run(async (b) => {
      try {
        return await b.newDocument(setup);
      } catch (e) {
        refused = toErrorPayload(e).message;
        return null;
      }
    });
    if (snapshot) this.#replace(snapshot, null);
    return snapshot ? null : (refused ?? t("setup-failed"));
  }

  /** Sets the open meeting up again (one undoable command); answers a refusal as `setUp`. */
  async setUpAgain(setup: MeetingSetup): Promise<string | null> {
    let refused: string | null = null;
    const applied = await this.run(async (b) => {
      try {
        return await b.apply({ type: "setUpMeeting", setup }, "no");
      } catch (e) {
        refused = toErrorPayload(e).message;
        return null;
      }
    });
    this.#fold(applied);
    return applied ? null : (refused ?? t("setup-failed"));
  }

  /**
   * Whether `start` was handed to a new window: it is, unless this window's document is the
   * blank one it started with, untouched (the shell decides; one document per window).
   */
  async elsewhere(start: WindowStart): Promise<boolean> {
    return (await this.run((b) => b.openWindow(start))) === true;
  }

  /** What this window was opened for (a document to open, a meeting to set up), once. */
  windowStart(): Promise<WindowStart | null> {
    return this.run((b) => b.windowStart());
  }

  /** Opens a recent file (from the start screen), in a new window unless this one is blank. */
  async openRecent(path: string): Promise<void> {
    if (await this.elsewhere({ kind: "recent", path })) return;
    if (!(await this.mayReplace())) return;
    const opened = await this.run((b) => this.#askIfLocked(path, () => b.openRecent(path)));
    if (opened) this.#replace(opened.snapshot, opened.report);
  }

  /**
   * Opens `path` as `open` does; a file someone else has open is not an error but the
   * question of `lockPrompt` (answered by `answerLockPrompt`), and answers null.
   */
  async #askIfLocked(path: string, open: () => Promise<Opened>): Promise<Opened | null> {
    try {
      return await open();
    } catch (e) {
      const error = toErrorPayload(e);
      if (error.code !== "locked") throw e;
      this.lockPrompt = { path, error };
      return null;
    }
  }

  /** The user's answer to "someone else has this timetable open": open it so, or not at all. */
  async answerLockPrompt(choice: LockAnswer): Promise<void> {
    const asked = this.lockPrompt;
    this.lockPrompt = null;
    if (!asked || choice === "cancel") return;
    const opened = await this.run((b) => b.openDocument(asked.path, choice));
    if (opened) this.#replace(opened.snapshot, opened.report);
  }

  /** Opens the bundled example (untitled, named "Example"), in a new window unless this one is blank. */
  async openExample(): Promise<void> {
    if (await this.elsewhere({ kind: "example" })) return;
    if (!(await this.mayReplace())) return;
    const snapshot = await this.run((b) => b.openExample());
    if (snapshot) this.#replace(snapshot, null);
  }

  /**
   * Opens a document: `path` (the shell chose this window for it: dropped on the window,
   * from Open Recent, handed over by a second start) or one the user picks, which opens in a
   * new window unless this one is blank; the open one is replaced only if that succeeds. A
   * file another tool wrote is imported by the shell, and its report is shown.
   */
  async open(path?: string): Promise<void> {
    if (path === undefined) {
      const picked = await this.run((b) => b.pickDocumentToOpen());
      if (picked === null || (await this.elsewhere({ kind: "open", path: picked }))) return;
      path = picked;
    }
    if (!(await this.mayReplace())) return;
    let chosen: string | null = null;
    const opened = await this.run(async (b) => {
      chosen = path ?? (await b.pickDocumentToOpen());
      const picked = chosen;
      return picked === null ? null : this.#askIfLocked(picked, () => b.openDocument(picked));
    });
    if (opened) this.#replace(opened.snapshot, opened.report, chosen);
  }

  /** Replaces the open document with a new, empty one (no days: the start screen shows). */
  async newDocument(): Promise<void> {
    if (!(await this.mayReplace())) return;
    const snapshot = await this.run((b) => b.newDocument(null));
    if (snapshot) this.#replace(snapshot, null);
  }

  /**
   * Imports a file another tool wrote (`path`, else the user picks it), in a new window
   * unless this one is blank; it replaces the open document only if it can be read, and its
   * report is shown.
   */
  async importDocument(path?: string): Promise<void> {
    if (path === undefined) {
      const picked = await this.run((b) => b.pickFileToImport());
      if (picked === null || (await this.elsewhere({ kind: "import", path: picked }))) return;
      path = picked;
    }
    if (!(await this.mayReplace())) return;
    const chosen = path;
    const answer = await this.run((b) => b.importDocument(chosen));
    if (answer) this.#replace(answer.snapshot, answer.report, chosen);
  }

  /**
   * File > Publish: opens the Publish dialog on the open document's folder, asking for one
   * first (the native folder dialog) when it has none; the shell remembers it for the
   * document. Nothing happens when the folder dialog is cancelled.
   */
  async openPublish(): Promise<void> {
    const dir = await this.run(async (b) => (await b.publishFolder()) ?? (await pickPublishFolder(b)));
    if (dir !== null) this.publishing = true;
  }

  /** Asks for another folder to publish the open document into; answers it, or null when cancelled. */
  choosePublishFolder(): Promise<string | null> {
    return this.run(pickPublishFolder);
  }

  /**
   * Imports the file of the open import again, its times read in `timeZone` (an IANA zone):
   * the answer to an import whose zone was a guess. Edits made since the import are asked
   * about first, as any replacement is (the import itself is unsaved, but nothing is lost).
   */
  async importAgainIn(timeZone: string): Promise<void> {
    const from = this.importedFrom;
    if (from === null) return;
    if (this.doc?.history.canUndo && !(await this.mayReplace(t("doing-import-again")))) return;
    const answer = await this.run((b) => b.importDocument(from, timeZone));
    if (answer) this.#replace(answer.snapshot, answer.report, from);
  }

  /**
   * Opens a document the journal kept (from a crash): unsaved, its file kept for Save; in a
   * new window unless this one is blank, so that each document kept comes back in a window
   * of its own.
   */
  async recover(id: string): Promise<void> {
    const gone = () => (this.recovery = this.recovery.filter((e) => e.id !== id));
    if (await this.elsewhere({ kind: "recover", id })) return void gone();
    if (!(await this.mayReplace())) return;
    const snapshot = await this.run((b) => b.recoverEntry(id));
    if (snapshot) {
      gone();
      this.#replace(snapshot, null);
    }
  }

  /** Deletes a journal entry. */
  async discardEntry(id: string): Promise<void> {
    const done = await this.run(async (b) => (await b.discardEntry(id), true));
    if (done) this.recovery = this.recovery.filter((e) => e.id !== id);
  }

  /**
   * Saves where the document came from; asks where when it has no file yet (or `as`). When
   * its file changed on disk since it was opened, the shell does not save but asks
   * (`diskPrompt`).
   */
  async save(as: boolean): Promise<void> {
    let readOnly = false;
    const answer = await this.run(async (b) => {
      const current = await b.documentPath();
      // A new document is offered a name from its title and year (Save As keeps the file's).
      const proposed = current ?? (as || current === null ? await b.suggestedFileName(null) : null);
      const path = as || current === null ? await b.pickDocumentToSave(proposed) : null;
      if ((as || current === null) && path === null) return null;
      try {
        return await b.saveDocument(path);
      } catch (e) {
        // Opened read-only (someone else has the file): Save is Save As, never an error.
        if (path !== null || toErrorPayload(e).code !== "readOnly") throw e;
        readOnly = true;
        return null;
      }
    });
    if (answer) this.#takeSaveAnswer(answer);
    else if (readOnly) await this.save(true);
  }

  /** Saved: the history as the core now has it (clean), taken as it is; or the question to ask. */
  #takeSaveAnswer(answer: SaveAnswer): void {
    if (answer.type === "changedOnDisk") {
      this.diskPrompt = answer.question;
      this.diskWords = answer.words;
    } else if (this.doc) this.doc = { ...this.doc, history: answer.history };
  }

  /** The user's answer to "X changed on disk since you opened it." */
  async answerDiskPrompt(choice: DiskChoice): Promise<void> {
    this.diskPrompt = null;
    this.diskWords = null;
    if (choice === "overwrite") {
      const answer = await this.run((b) => b.saveDocument(null, true));
      if (answer) this.#takeSaveAnswer(answer);
    } else if (choice === "saveAs") {
      await this.save(true);
    }
  }

  /**
   * Asks for the diff of "changes since" again, for the document now open; an answer to an
   * older state is dropped. Run it in an effect: it reads `changesSince` and `doc`, so it
   * runs again after every edit, undo, redo or open while the overlay is on.
   */
  refreshChanges(): void {
    const label = this.changesSince;
    const current = this.doc;
    const ticket = ++this.#diffTicket;
    if (label === null || !current || !(current.timetable.revisions ?? []).some((r) => r.label === label)) {
      this.changes = null;
      return;
    }
    void this.run((b) => b.revisionDiff(label, null, coreLang())).then((d) => {
      if (ticket === this.#diffTicket) this.changes = d;
    });
  }

  /** A click on a session (`null`: on empty grid) picks it, toggles it, or clears the selection. */
  select(id: string | null, mode: SelectMode): void {
    this.activeConflict = null;
    if (id === null) {
      this.selected = new Set();
    } else if (mode === "toggle") {
      const next = new Set(this.selected);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      this.selected = next;
    } else {
      this.selected = new Set([id]);
    }
  }

  /** A rubber band closed over `ids` (`add`: keeps the current selection too). */
  selectMany(ids: readonly string[], add: boolean): void {
    this.activeConflict = null;
    this.selected = new Set(add ? [...this.selected, ...ids] : ids);
  }

  /** Select all: exactly `ids` (the scheduled sessions shown); a highlighted conflict stays. */
  selectAll(ids: readonly string[]): void {
    this.selected = new Set(ids);
  }

  /** Escape: nothing selected, no conflict highlighted. */
  clearSelection(): void {
    this.selected = new Set();
    this.activeConflict = null;
  }

  /** Highlights a conflict (or stops, when it was); its sessions become the selection. Answers them. */
  toggleConflict(key: string): readonly string[] | null {
    this.activeConflict = this.activeConflict === key ? null : key;
    const c = this.doc?.conflicts.find((x) => x.key === key);
    if (!this.activeConflict || !c) return null;
    this.selected = new Set(c.sessions);
    return c.sessions;
  }

  /** The selected sessions that are scheduled, as the keyboard moves them. */
  heldSelection(): Held[] {
    const doc = this.doc;
    if (!doc) return [];
    const out: Held[] = [];
    for (const id of this.selected) {
      const s = doc.timetable.sessions[id];
      const span = s ? sessionSpan(s) : null;
      if (span) out.push({ id, date: span.date, start: span.start, end: span.end });
    }
    return out;
  }

  copySelection(): void {
    this.#clipboard = [...this.selected];
  }

  /** The copied sessions that still exist (for "Paste here"). */
  copiedSessions(): Session[] {
    const sessions = this.doc?.timetable.sessions ?? {};
    return this.#clipboard.flatMap((id) => sessions[id] ?? []);
  }

  /** Paste duplicates the copied sessions that still exist, each at its place: one command, one undo step. */
  paste(): void {
    const ids = this.#clipboard.filter((id) => this.doc?.timetable.sessions[id]);
    if (ids.length > 0) void this.apply({ type: "pasteSessions", ids });
  }

  /** Deletes the selected sessions: one command, one undo step. */
  deleteSelection(): void {
    const ids = [...this.selected];
    if (ids.length > 0) void this.apply({ type: "deleteSessions", ids });
  }
}

/** The folder picked in the native dialog, made the open document's publish folder; null when cancelled. */
async function pickPublishFolder(b: Backend): Promise<string | null> {
  // The dialog opens beside the document, where its website most likely goes.
  const file = await b.documentPath();
  const near = file === null ? null : file.replace(/[/\\][^/\\]*$/, "") || null;
  const picked = await b.pickPublishFolder(near);
  return picked === null ? null : b.choosePublishFolder(picked);
}
