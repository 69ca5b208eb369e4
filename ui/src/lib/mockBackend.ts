/**
 * An in-memory `Backend` for unit tests and the browser preview (outside Tauri).
 *
 * It holds a copy of a `Snapshot` and answers `snapshot()` with it. Of the commands it only
 * does `moveSession` (keeping the length) and `publishRevision` (a frozen copy, kept beside
 * the snapshot as the core keeps it in the document), with undo and redo; `revisionDiff` compares placements and rooms only; annex notes are the hours note
 * and one per session shown as a note, reordered and overridden in memory (not undoable;
 * one text per note whatever the language); exports write nothing and the
 * annex preview is a stand-in page, and it never recomputes
 * conflicts: it has no scheduling rules, the core has them. Its view is the snapshot's,
 * with the next revision label following publications; the diff's lines are worded for
 * moves and room changes only, in the core's English; `exportChoices` answers the core's
 * list and `today` a fixed date. Everything else is refused with
 * `commandRefused`, as the real shell refuses a bad command. Every call is recorded in
 * `calls`, so tests can check what the UI sent.
 */
import type { Applied } from "../bindings/Applied";
import type { BodyGrid } from "../bindings/BodyGrid";
import type { AnnexWarning } from "../bindings/AnnexWarning";
import type { ArrangeMode } from "../bindings/ArrangeMode";
import type { ArrangeScope } from "../bindings/ArrangeScope";
import type { Feasibility } from "../bindings/Feasibility";
import type { FeasibilityRequest } from "../bindings/FeasibilityRequest";
import type { Place } from "../bindings/Place";
import type { Translations } from "../bindings/Translations";
import type { Command } from "../bindings/Command";
import type { RevisionChanges } from "../bindings/RevisionChanges";
import type { ChangeLine } from "../bindings/ChangeLine";
import type { Diff } from "../bindings/Diff";
import type { ExportChoices } from "../bindings/ExportChoices";
import type { FormatChoice } from "../bindings/FormatChoice";
import type { Layout } from "../bindings/Layout";
import type { Placement } from "../bindings/Placement";
import type { DryRun } from "../bindings/DryRun";
import type { ErrorPayload } from "../bindings/ErrorPayload";
import type { Arg } from "../bindings/Arg";
import type { Message } from "../bindings/Message";
import type { HistoryState } from "../bindings/HistoryState";
import type { Lang } from "../bindings/Lang";
import type { LockChoice } from "../bindings/LockChoice";
import type { RecoveryEntry } from "../bindings/RecoveryEntry";
import type { SaveAnswer } from "../bindings/SaveAnswer";
import type { NoteView } from "../bindings/NoteView";
import type { Session } from "../bindings/Session";
import type { SessionDiff } from "../bindings/SessionDiff";
import type { Snapshot } from "../bindings/Snapshot";
import type { RevisionSummary } from "../bindings/RevisionSummary";
import type { Timetable } from "../bindings/Timetable";
import type { TimetableChange } from "../bindings/TimetableChange";
import type { ExportVersion } from "../bindings/ExportVersion";
import type { WindowStart } from "../bindings/WindowStart";
import type { Backend } from "./backend";
import { DAY_MINUTES, addDays, daysBetween, formatStamp, formatTime, longDate, parseStamp } from "./time";

/** One recorded call: the method and its arguments. */
export type MockCall =
  | { method: "snapshot" | "undo" | "redo" | "documentPath" | "startupError" | "newDocument" }
  | { method: "pickDocumentToOpen" }
  | { method: "printWindow"; landscape?: boolean }
  | { method: "pickDocumentToSave"; defaultPath: string | null }
  | { method: "apply"; command: Command; dryRun: DryRun }
  | { method: "setMenuLanguage"; labels: Record<string, string>; rtl: boolean }
  | { method: "openDocument"; path: string; lock?: LockChoice }
  | { method: "lockedAtStartup" }
  | { method: "saveDocument"; path: string | null; overwrite?: true }
  | { method: "recoveryEntries" }
  | { method: "openWindow"; start: WindowStart }
  | { method: "recoverEntry" | "discardEntry"; id: string }
  | { method: "pickFileToImport" }
  | { method: "importDocument"; path: string; timeZone?: string }
  | { method: "pickExportPath"; format: FormatChoice }
  | ({ method: "exportDocument"; path: string; format: string; layout: Layout; lang: Lang } & ExportVersion)
  | { method: "pickPublishFolder" }
  | { method: "publishFolder" | "planPublish" | "publishSite" | "openPublishedSite" }
  | { method: "choosePublishFolder"; dir: string }
  | ({ method: "annexPreview"; layout: Layout; lang: Lang } & ExportVersion)
  | { method: "revisionDiff"; from: string; to: string | null; lang?: Lang }
  | { method: "exportChoices" | "today" }
  | { method: "annexNotes"; layout: Layout; lang: Lang }
  | { method: "annexWarnings"; layout: Layout; lang: Lang }
  | { method: "bodiesGrid" }
  | { method: "translations" }
  | { method: "feasibility"; request: FeasibilityRequest }
  | { method: "arrangeRun"; scope: ArrangeScope; mode: ArrangeMode }
  | { method: "arrangeStop" }
  | { method: "arrangeApply" }
  | { method: "arrangeDiscard" }
  | { method: "suggestPlaces"; id: string; count: number; minutes?: number }
  | { method: "revisionSummary"; from: string; to: string | null; lang: Lang; plain: boolean };

/** The mock backend, with its record of calls. */
export interface MockBackend extends Backend {
  readonly calls: MockCall[];
  /** What the autosave journal holds (recoverEntry answers the initial snapshot, dirty). */
  journal: RecoveryEntry[];
  /** What `openWindow` answers: whether a new window opened (false: the document is done here). */
  newWindows: boolean;
  /** What `windowStart` answers: what this window was opened for. */
  start: WindowStart | null;
  /** When set, saving to the document's own file answers this question instead of saving. */
  changedOnDisk: string | null;
  /** What `today()` answers ("YYYY-MM-DD"). */
  todayIs: string;
  /** What `bodiesGrid()` answers: the mock computes no grid (that is the core's rule). */
  grid: BodyGrid;
  /** What `translations()` answers: the mock lists no texts itself (that is the core's rule). */
  texts: Translations;
  /** What `annexWarnings()` answers; the mock builds no annex (the core's). */
  annexWarningList: AnnexWarning[];
  /** What `feasibility()` answers (null: refused); the mock judges no place (the core's rule). */
  fits: Feasibility | null;
  /** What `suggestPlaces()` answers; the mock ranks no place itself (the core's rule). */
  best: Place[];
}

/** The core's export formats and layouts (`ExportChoices::all`), as the shell answers them. */
export const EXPORT_CHOICES: ExportChoices = {
  formats: [
    { name: "annex-docx", label: "Word document", extension: "docx", annex: true },
    { name: "annex-pdf", label: "PDF", extension: "pdf", annex: true },
    { name: "annex-html", label: "Web page", extension: "html", annex: true },
    { name: "annex-md", label: "Markdown", extension: "md", annex: true },
    { name: "annex-txt", label: "Plain text", extension: "txt", annex: true },
    { name: "frab-xml", label: "frab schedule.xml", extension: "xml", annex: false },
    { name: "frab-json", label: "frab schedule.json", extension: "json", annex: false },
    { name: "ics", label: "iCalendar", extension: "ics", annex: false },
    { name: "csv", label: "CSV (one row per session)", extension: "csv", annex: false },
    { name: "xlsx", label: "Excel workbook", extension: "xlsx", annex: false },
  ],
  layouts: [
    { name: "days", label: "Days × slots" },
    { name: "bodies", label: "Bodies × half-days" },
    { name: "plan", label: "Time management plan" },
    { name: "agenda", label: "Agenda (one row per item)" },
  ],
};

/** One undoable change: a session's move, or a published revision (`before` absent). */
interface Step {
  label: string;
  before?: Session;
  after?: Session;
  revision?: RevisionSummary;
}

/** A refusal said in English only (what the mock does that the core would not). */
function refuse(message: string): ErrorPayload {
  return { code: "commandRefused", message };
}

/**
 * A refused change as the core answers it: `edit-refused` with the command's `label` and
 * `reason` (a core message), in words for the UI's language and in English.
 */
function refuseEdit(label: string, reason: Message, english: string): ErrorPayload {
  // The command's name as the core words it: `command-` and its label in lower case with
  // dashes ("Move session" is `command-move-session`).
  const labelId = `command-${label
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^a-z0-9]/g, ""))
    .filter((w) => w)
    .join("-")}`;
  const named: Arg = { type: "message", value: { id: labelId } };
  return {
    code: "commandRefused",
    message: `${label}: ${english}`,
    words: { id: "edit-refused", args: { label: named, reason: { type: "message", value: reason } } },
  };
}

/** The core's refusal of an id that names no `what` ("session"). */
function notFound(label: string, what: string, id: string): ErrorPayload {
  return refuseEdit(
    label,
    {
      id: "refusal-not-found",
      args: { what: { type: "message", value: { id: `item-${what}` } }, id: { type: "text", value: id } },
    },
    `there is no ${what} '${id}'`,
  );
}

function moved(session: Session, start: string): Session {
  const placement = session.placement;
  if (!placement) {
    throw refuseEdit(
      "Move session",
      { id: "refusal-not-scheduled", args: { session: { type: "text", value: session.id } } },
      `session '${session.id}' is not scheduled; schedule it before moving or resizing it`,
    );
  }
  const from = parseStamp(placement.start);
  const to = parseStamp(placement.end);
  const next = parseStamp(start);
  if (!from || !to || !next) throw refuse(`bad start ${start}`);
  const length = daysBetween(from.date, to.date) * DAY_MINUTES + to.minutes - from.minutes;
  const endTotal = next.minutes + length;
  const endDate = addDays(next.date, Math.floor(endTotal / DAY_MINUTES));
  const end = formatStamp(endDate, endTotal % DAY_MINUTES);
  return { ...session, placement: { start, end } };
}

/**
 * A mock backend over a copy of `initial`; `published` holds the timetables frozen in its
 * revisions, by label (the wire's snapshot only names them).
 */
export function mockBackend(initial: Snapshot, published: Record<string, Timetable> = {}): MockBackend {
  const doc: Snapshot = structuredClone(initial);
  const frozenCopies = new Map<string, Timetable>(Object.entries(structuredClone(published)));
  const done: Step[] = [];
  const undone: Step[] = [];
  let saved = 0;
  let path: string | null = null;
  /** The folder File > Publish writes into, and whether a site was published there. */
  let publishFolder: string | null = null;
  let sitePublished = false;
  const calls: MockCall[] = [];
  /** Note keys in the order the user gave, and overridden texts by key. */
  let noteOrder: string[] = [];
  const noteTexts = new Map<string, string>();
  const notes = (): NoteView[] => {
    const derived: { key: string; text: string; sessions: string[] }[] = [
      { key: "hours", text: "All other sessions: 09:00–12:30 and 14:00–17:30.", sessions: [] },
    ];
    for (const s of Object.values(doc.timetable.sessions)) {
      if ((s.annex === "note" || s.annex === "both") && s.placement) {
        derived.push({
          key: `session:${s.id}`,
          text: `${s.title.en ?? s.id}: ${s.placement.start}–${s.placement.end}.`,
          sessions: [s.id],
        });
      }
    }
    const rank = (k: string) => (noteOrder.includes(k) ? noteOrder.indexOf(k) : noteOrder.length);
    const ordered = derived.map((n, i) => ({ n, i })).sort((a, b) => rank(a.n.key) - rank(b.n.key) || a.i - b.i);
    return ordered.map(({ n }, i) => {
      const text = noteTexts.get(n.key);
      return {
        key: n.key,
        number: i + 1,
        text: text ?? n.text,
        derived: n.text,
        overridden: text !== undefined,
        ordered: noteOrder.includes(n.key),
        sessions: n.sessions,
      };
    });
  };

  const history = (): HistoryState => {
    const h: HistoryState = {
      canUndo: done.length > 0,
      canRedo: undone.length > 0,
      dirty: done.length !== saved,
    };
    const u = done[done.length - 1];
    const r = undone[undone.length - 1];
    if (u) h.undoLabel = u.label;
    if (r) h.redoLabel = r.label;
    return h;
  };
  const answer = (label: string, dryRun: boolean, changed: Session[], changes?: TimetableChange): Applied => ({
    label,
    dryRun,
    changed: !dryRun && (changed.length > 0 || changes !== undefined),
    sessions: changed,
    removedSessions: [],
    ...(changes ? { changes, view: view() } : {}),
    conflicts: { added: [], removed: [] },
    summary: doc.summary,
    history: history(),
  });
  const revisions = () => (doc.timetable.revisions ??= []);
  /** The snapshot's view, the next label following what was published (as the core's does). */
  const view = () => {
    const numbers = revisions().map((r) => Number(/^Rev\.(\d+)$/.exec(r.label)?.[1] ?? 0));
    return { ...structuredClone(doc.view), nextRevisionLabel: `Rev.${Math.max(0, ...numbers) + 1}` };
  };
  /** Put a step's "before" (undo) or "after" (redo) state in place; answers its sessions. */
  const put = (step: Step, forward: boolean): Applied => {
    if (step.revision) {
      const list = revisions();
      if (forward) list.push(step.revision);
      else list.splice(list.indexOf(step.revision), 1);
      return answer(step.label, false, [], { revisions: structuredClone(list) });
    }
    const s = forward ? step.after : step.before;
    if (!s) return answer(step.label, false, []);
    doc.timetable.sessions[s.id] = s;
    return answer(step.label, false, [s]);
  };
  const frozen = (label: string): Timetable => {
    const r = revisions().some((x) => x.label === label) ? frozenCopies.get(label) : undefined;
    if (!r) {
      const known = revisions().map((x) => x.label);
      throw refuse(
        known.length === 0
          ? `there is no revision '${label}': none has been published yet`
          : `there is no revision '${label}' (published: ${known.join(", ")})`,
      );
    }
    return r;
  };

  return {
    calls,
    async snapshot() {
      calls.push({ method: "snapshot" });
      return structuredClone({ ...doc, view: view(), history: history() });
    },
    async apply(command, dryRun) {
      calls.push({ method: "apply", command, dryRun });
      if (command.type === "publishRevision") {
        const label = (command.label ?? "").trim() || view().nextRevisionLabel;
        if (revisions().some((r) => r.label === label)) {
          throw refuseEdit(
            "Publish revision",
            { id: "refusal-revision-label-taken", args: { label: { type: "text", value: label } } },
            `a revision labelled '${label}' already exists; choose another label`,
          );
        }
        if (dryRun === "yes") return answer("Publish revision", true, []);
        const { revisions: _, ...rest } = structuredClone(doc.timetable);
        frozenCopies.set(label, rest);
        const revision = { label, date: command.date, ...(command.comment ? { comment: command.comment } : {}) };
        const step: Step = { label: "Publish revision", revision };
        if (saved > done.length) saved = -1;
        done.push(step);
        undone.length = 0;
        return put(step, true);
      }
      if (command.type === "moveAnnexNote" || command.type === "setAnnexNoteText") {
        const keys = notes().map((n) => n.key);
        if (!keys.includes(command.key)) throw refuse(`there is no note '${command.key}'`);
        if (dryRun === "yes") return answer("Edit annex note", true, []);
        if (command.type === "moveAnnexNote") {
          const rest = keys.filter((k) => k !== command.key);
          rest.splice(Math.max(0, command.toIndex), 0, command.key);
          noteOrder = rest;
        } else if (command.text?.trim()) {
          noteTexts.set(command.key, command.text);
        } else {
          noteTexts.delete(command.key);
        }
        // The mock keeps its notes beside the timetable, so the change names nothing.
        return answer(command.type === "moveAnnexNote" ? "Move annex note" : "Edit annex note", false, [], {});
      }
      if (command.type !== "moveSession") {
        throw refuse(`the mock backend does not do ${command.type}`);
      }
      const session = doc.timetable.sessions[command.id];
      if (!session) throw notFound("Move session", "session", command.id);
      const after = moved(session, command.start);
      if (command.room !== undefined) after.room = command.room;
      if (dryRun === "yes") return answer("Move session", true, [after]);
      doc.timetable.sessions[command.id] = after;
      if (saved > done.length) saved = -1;
      done.push({ label: "Move session", before: session, after });
      undone.length = 0;
      return answer("Move session", false, [after]);
    },
    async undo() {
      calls.push({ method: "undo" });
      const step = done.pop();
      if (!step) return answer("", false, []);
      undone.push(step);
      return put(step, false);
    },
    async redo() {
      calls.push({ method: "redo" });
      const step = undone.pop();
      if (!step) return answer("", false, []);
      done.push(step);
      return put(step, true);
    },
    async newDocument() {
      calls.push({ method: "newDocument" });
      throw { code: "io", message: "the mock backend cannot make a new document" } satisfies ErrorPayload;
    },
    async openDocument(p, lock) {
      calls.push(lock ? { method: "openDocument", path: p, lock } : { method: "openDocument", path: p });
      throw { code: "io", message: `the mock backend cannot open ${p}` } satisfies ErrorPayload;
    },
    async saveDocument(p, overwrite): Promise<SaveAnswer> {
      calls.push(overwrite ? { method: "saveDocument", path: p, overwrite } : { method: "saveDocument", path: p });
      if (this.changedOnDisk !== null && !overwrite && (p === null || p === path)) {
        const file = (p ?? path ?? "").split(/[\\/]/).pop() ?? "";
        return {
          type: "changedOnDisk",
          question: this.changedOnDisk,
          words: { id: "app-changed-on-disk", args: { file: { type: "text", value: file } } },
        };
      }
      if (p !== null) path = p;
      if (path === null)
        throw {
          code: "io",
          message: "this document has no file yet: choose where to save it",
          words: { id: "app-untitled" },
        } satisfies ErrorPayload;
      saved = done.length;
      return { type: "saved", history: history() };
    },
    journal: [],
    changedOnDisk: null,
    newWindows: false,
    start: null,
    async recoveryEntries() {
      calls.push({ method: "recoveryEntries" });
      return structuredClone(this.journal);
    },
    async recoverEntry(id) {
      calls.push({ method: "recoverEntry", id });
      const entry = this.journal.find((e) => e.id === id);
      if (!entry) throw { code: "invalidDocument", message: `'${id}' is not a journal entry` } satisfies ErrorPayload;
      path = entry.path ?? null;
      saved = -1;
      return structuredClone({ ...doc, view: view(), history: history() });
    },
    async discardEntry(id) {
      calls.push({ method: "discardEntry", id });
      this.journal = this.journal.filter((e) => e.id !== id);
    },
    async documentPath() {
      calls.push({ method: "documentPath" });
      return path;
    },
    async startupError() {
      calls.push({ method: "startupError" });
      return null;
    },
    async lockedAtStartup() {
      calls.push({ method: "lockedAtStartup" });
      return null;
    },
    // No dialogs in the mock: as if the user cancelled.
    async pickDocumentToOpen() {
      calls.push({ method: "pickDocumentToOpen" });
      return null;
    },
    async pickDocumentToSave(defaultPath) {
      calls.push({ method: "pickDocumentToSave", defaultPath });
      return null;
    },
    async setupChoices() {
      return {
        templates: [
          { template: "ituT", label: "ITU-T: 09:30-12:30 and 14:30-17:30, coffee 30 min" },
          { template: "ituTEarly", label: "ITU-T with 09:00 mornings" },
          { template: "blank", label: "Blank: no slots or breaks" },
          { template: "keep", label: "Keep the current hours, slots and breaks" },
        ],
        cities: [
          { name: "Geneva", timeZone: "Europe/Zurich" },
          { name: "Zurich", timeZone: "Europe/Zurich" },
        ],
        daysOff: ["sat", "sun"],
        template: "ituT",
        languages: ["ar", "zh", "en", "fr", "ru", "es"],
      };
    },
    async meetingSetup() {
      return null;
    },
    async startChoices() {
      return { recent: [], example: "Example meeting" };
    },
    async openRecent(p) {
      throw { code: "io", message: `the mock backend cannot open ${p}` } satisfies ErrorPayload;
    },
    async openExample() {
      return structuredClone({ ...doc, view: view(), history: history() });
    },
    async suggestedFileName(format) {
      return format === null ? "meeting.plenary" : `meeting.${format}`;
    },
    async closeWindow() {},
    async openWindow(start) {
      calls.push({ method: "openWindow", start });
      return this.newWindows;
    },
    async windowStart() {
      return this.start;
    },
    async setMenuLanguage(labels, rtl) {
      calls.push({ method: "setMenuLanguage", labels, rtl });
    },
    async printWindow(landscape) {
      calls.push(landscape === undefined ? { method: "printWindow" } : { method: "printWindow", landscape });
      // The browser preview prints through the browser; jsdom has no print.
      if (typeof window !== "undefined" && !navigator.userAgent.includes("jsdom")) window.print();
    },
    async pickFileToImport() {
      calls.push({ method: "pickFileToImport" });
      return null;
    },
    async importDocument(p, timeZone) {
      calls.push(timeZone ? { method: "importDocument", path: p, timeZone } : { method: "importDocument", path: p });
      throw { code: "io", message: `the mock backend cannot import ${p}` } satisfies ErrorPayload;
    },
    async pickExportPath(format) {
      calls.push({ method: "pickExportPath", format });
      return null;
    },
    // Writes nothing; answers as a clean export would.
    async exportDocument(p, format, layout, lang, version = {}) {
      calls.push({ method: "exportDocument", path: p, format, layout, lang, ...version });
      return [];
    },
    async pickPublishFolder() {
      calls.push({ method: "pickPublishFolder" });
      return null;
    },
    async publishFolder() {
      calls.push({ method: "publishFolder" });
      return publishFolder;
    },
    async choosePublishFolder(dir) {
      calls.push({ method: "choosePublishFolder", dir });
      publishFolder = dir;
      return dir;
    },
    // A site of 12 files: all new before the first publish, all unchanged after it.
    async planPublish() {
      calls.push({ method: "planPublish" });
      if (publishFolder === null) throw { code: "commandRefused", message: "choose the folder to publish into first" };
      const files = Array.from({ length: 12 }, (_, i) => (i === 0 ? "index.html" : `en/page-${i}.html`));
      const label = doc.timetable.revisions?.at(-1)?.label ?? null;
      return {
        dir: publishFolder,
        revision: label,
        files: files.length,
        bytes: 48_000,
        exists: sitePublished,
        added: sitePublished ? [] : files,
        changed: [],
        unchanged: sitePublished ? files.length : 0,
        removed: [],
        warnings: [],
      };
    },
    // Writes nothing; answers as a publish of that small site would.
    async publishSite() {
      calls.push({ method: "publishSite" });
      if (publishFolder === null) throw { code: "commandRefused", message: "choose the folder to publish into first" };
      sitePublished = true;
      return { dir: publishFolder, files: 12 };
    },
    async openPublishedSite() {
      calls.push({ method: "openPublishedSite" });
    },
    // A stand-in page naming what was asked (the core renders the real annex).
    async annexPreview(layout, lang, version = {}) {
      calls.push({ method: "annexPreview", layout, lang, ...version });
      const list = notes()
        .map((n) => `<li>${n.text}</li>`)
        .join("");
      const shown = [layout, lang, version.revision, version.changesSince && `changes since ${version.changesSince}`];
      return `<!DOCTYPE html><html lang="${lang}"><body><p>Annex preview: ${shown.filter(Boolean).join(", ")}</p><ol>${list}</ol></body></html>`;
    },
    // Placements and rooms only, matched by id; the core compares everything.
    async revisionDiff(from, to, lang) {
      calls.push(
        lang === undefined ? { method: "revisionDiff", from, to } : { method: "revisionDiff", from, to, lang },
      );
      const a = frozen(from);
      const b = to === null ? doc.timetable : frozen(to);
      const diff = compare(a, b);
      return { ...diff, lines: lines(diff, a, b) } satisfies RevisionChanges;
    },
    async exportChoices() {
      calls.push({ method: "exportChoices" });
      return structuredClone(EXPORT_CHOICES);
    },
    todayIs: "2017-09-05",
    grid: { days: [], slots: [], rows: [] },
    texts: { languages: [], rows: [] },
    fits: null,
    best: [],
    annexWarningList: [],
    async today() {
      calls.push({ method: "today" });
      return this.todayIs;
    },
    // One line per changed session, in English whatever `lang`; the core writes the real one.
    async revisionSummary(from, to, lang, plain) {
      calls.push({ method: "revisionSummary", from, to, lang, plain });
      const diff = compare(frozen(from), to === null ? doc.timetable : frozen(to));
      const heading = to === null ? `Changes since ${from}` : `Changes from ${from} to ${to}`;
      const lines = diff.sessions.map(
        (s) => `- ${plain ? "" : "**"}${s.title.en ?? s.id}${plain ? "" : "**"}: ${s.change.type}`,
      );
      return [plain ? heading : `# ${heading}`, "", ...(lines.length ? lines : ["No changes."])].join("\n") + "\n";
    },
    async bodiesGrid() {
      calls.push({ method: "bodiesGrid" });
      return structuredClone(this.grid);
    },
    async translations() {
      calls.push({ method: "translations" });
      return structuredClone(this.texts);
    },
    async arrangeRun(scope, mode) {
      calls.push({ method: "arrangeRun", scope, mode });
      throw refuse("the mock arranges nothing (the core's rule)");
    },
    async arrangeStop() {
      calls.push({ method: "arrangeStop" });
    },
    async arrangeApply() {
      calls.push({ method: "arrangeApply" });
      throw refuse("there is no arrangement to apply; arrange first");
    },
    async arrangeDiscard() {
      calls.push({ method: "arrangeDiscard" });
    },
    async feasibility(request) {
      calls.push({ method: "feasibility", request });
      if (!this.fits) throw refuse("the mock judges no place");
      return structuredClone(this.fits);
    },
    async suggestPlaces(id, count, minutes) {
      calls.push({ method: "suggestPlaces", id, count, ...(minutes === undefined ? {} : { minutes }) });
      return structuredClone(this.best.slice(0, count));
    },
    async annexWarnings(layout, lang) {
      calls.push({ method: "annexWarnings", layout, lang });
      return structuredClone(this.annexWarningList);
    },
    async annexNotes(layout, lang) {
      calls.push({ method: "annexNotes", layout, lang });
      return notes();
    },
    async onShellEvent() {
      return () => {};
    },
  };
}

/** Sessions added, removed, moved or moved to another room from `a` to `b`. */
function compare(a: Timetable, b: Timetable): Diff {
  const sessions: SessionDiff[] = [];
  for (const [id, old] of Object.entries(a.sessions)) {
    const now = b.sessions[id];
    if (!now) {
      sessions.push({
        id,
        title: old.title,
        change: { type: "removed", ...(old.placement ? { placement: old.placement } : {}) },
      });
      continue;
    }
    const aspects: Extract<SessionDiff["change"], { type: "changed" }>["aspects"] = [];
    if (JSON.stringify(old.placement) !== JSON.stringify(now.placement)) {
      aspects.push({
        type: "moved",
        ...(old.placement ? { from: old.placement } : {}),
        ...(now.placement ? { to: now.placement } : {}),
      });
    }
    if (old.room !== now.room) {
      aspects.push({ type: "room", ...(old.room ? { from: old.room } : {}), ...(now.room ? { to: now.room } : {}) });
    }
    if (aspects.length) sessions.push({ id, title: now.title, change: { type: "changed", aspects } });
  }
  for (const [id, now] of Object.entries(b.sessions)) {
    if (!a.sessions[id]) {
      sessions.push({
        id,
        title: now.title,
        change: { type: "added", ...(now.placement ? { placement: now.placement } : {}) },
      });
    }
  }
  return { sessions, breaks: [], days: [] };
}

/** "Friday 22 September 15:00–16:30", as the core's English summary writes a placement. */
function when(p: Placement | undefined): string {
  if (!p) return "unscheduled";
  const a = parseStamp(p.start);
  const b = parseStamp(p.end);
  if (!a || !b) return `${p.start}–${p.end}`;
  return `${longDate(a.date)} ${formatTime(a.minutes)}–${formatTime(b.minutes)}`;
}

/** The diff's lines in the core's English, for moves, room changes, additions and removals. */
function lines(diff: Diff, a: Timetable, b: Timetable): ChangeLine[] {
  const room = (t: Timetable, id: string | undefined) => (id === undefined ? "no room" : (t.rooms[id]?.name ?? id));
  return diff.sessions.map((s) => {
    const subject = s.title.en ?? s.id;
    const c = s.change;
    if (c.type === "added") return { kind: "added", id: s.id, subject, details: [`added: ${when(c.placement)}`] };
    if (c.type === "removed")
      return { kind: "removed", id: s.id, subject, details: [`removed (was ${when(c.placement)})`] };
    const details = c.aspects.map((x) =>
      x.type === "moved"
        ? `moved from ${when(x.from)} to ${when(x.to)}`
        : x.type === "room"
          ? `room ${room(a, x.from)} → ${room(b, x.to)}`
          : x.type,
    );
    return { kind: "changed", id: s.id, subject, details };
  });
}
