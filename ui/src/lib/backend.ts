/**
 * The one module that talks to the Rust shell. Everything else in the UI goes through the
 * `Backend` interface, so tests and the browser preview can swap in `mockBackend`.
 *
 * One typed method per Tauri command; arguments are sent camelCase, as the shell expects.
 * Failures are rejected promises carrying an `ErrorPayload` (`{ code, message }`).
 */
import { Channel, invoke } from "@tauri-apps/api/core";
import { getCurrentWebviewWindow } from "@tauri-apps/api/webviewWindow";
import { open as openDialog, save as saveDialog } from "@tauri-apps/plugin-dialog";
import type { PublishPlan } from "../bindings/PublishPlan";
import type { PublishedSite } from "../bindings/PublishedSite";
import type { Applied } from "../bindings/Applied";
import type { Message } from "../bindings/Message";
import type { BodyGrid } from "../bindings/BodyGrid";
import type { Opened } from "../bindings/Opened";
import type { Command } from "../bindings/Command";
import type { RevisionChanges } from "../bindings/RevisionChanges";
import type { ExportChoices } from "../bindings/ExportChoices";
import type { FormatChoice } from "../bindings/FormatChoice";
import type { Layout } from "../bindings/Layout";
import type { DryRun } from "../bindings/DryRun";
import type { ErrorCode } from "../bindings/ErrorCode";
import type { ErrorPayload } from "../bindings/ErrorPayload";
import type { ExportVersion } from "../bindings/ExportVersion";
import type { ImportAnswer } from "../bindings/ImportAnswer";
import type { Lang } from "../bindings/Lang";
import type { LockChoice } from "../bindings/LockChoice";
import type { MeetingSetup } from "../bindings/MeetingSetup";
import type { SetupChoices } from "../bindings/SetupChoices";
import type { StartChoices } from "../bindings/StartChoices";
import type { RecoveryEntry } from "../bindings/RecoveryEntry";
import type { SaveAnswer } from "../bindings/SaveAnswer";
import type { NoteView } from "../bindings/NoteView";
import type { Snapshot } from "../bindings/Snapshot";
import type { AnnexWarning } from "../bindings/AnnexWarning";
import type { ArrangePreview } from "../bindings/ArrangePreview";
import type { Progress } from "../bindings/Progress";
import type { ArrangeMode } from "../bindings/ArrangeMode";
import type { ArrangeScope } from "../bindings/ArrangeScope";
import type { Feasibility } from "../bindings/Feasibility";
import type { FeasibilityRequest } from "../bindings/FeasibilityRequest";
import type { Place } from "../bindings/Place";
import type { Translations } from "../bindings/Translations";
import type { WindowStart } from "../bindings/WindowStart";
import { t } from "./i18n.svelte";

/** What the UI can ask of the document's owner. */
export interface Backend {
  /** The open document, from scratch. */
  snapshot(): Promise<Snapshot>;
  /** Apply one command (one user gesture); with `dryRun: "yes"` nothing changes. */
  apply(command: Command, dryRun: DryRun): Promise<Applied>;
  /** Undo the last change; a no-op (changed: false) when there is nothing to undo. */
  undo(): Promise<Applied>;
  /** Redo the last undone change; a no-op when there is nothing to redo. */
  redo(): Promise<Applied>;
  /**
   * Replace the open document with a new one (untitled): the meeting `setup` describes, built
   * by the core (a refusal says why), or an empty one (no days) when `setup` is null.
   */
  newDocument(setup: MeetingSetup | null): Promise<Snapshot>;
  /** What the set-up form offers: templates, cities, the default days off. */
  setupChoices(): Promise<SetupChoices>;
  /** The set-up form filled in from the open document; null when it has no days. */
  meetingSetup(): Promise<MeetingSetup | null>;
  /** The recent files and the example's title, for the start screen. */
  startChoices(): Promise<StartChoices>;
  /** Open a recent file (one of `startChoices().recent`), replacing the open document. */
  openRecent(path: string): Promise<Opened>;
  /** Replace the open document with the bundled example (untitled, named "Example"). */
  openExample(): Promise<Snapshot>;
  /** The file name Save (`format` null) or Export in `format` proposes: title, year, extension. */
  suggestedFileName(format: string | null): Promise<string>;
  /** Close the window (the user has answered the unsaved-changes question). */
  closeWindow(): Promise<void>;
  /**
   * Do `start` in a new window, unless this window's document is blank and untouched:
   * answers whether a new window opened (false: do it here).
   */
  openWindow(start: WindowStart): Promise<boolean>;
  /** What this window was opened for (once; null for the first window). */
  windowStart(): Promise<WindowStart | null>;
  /**
   * Build the native menus again in the UI's language: `labels` are the `menu-*` messages
   * of the UI's message files, by id (`menu-file-save` → "Enregistrer"); `rtl` when the
   * language is written right to left, so that the menu bar runs from the right too.
   */
  setMenuLanguage(labels: Record<string, string>, rtl: boolean): Promise<void>;
  /**
   * Open the platform's print dialog on the page as it is drawn (File > Print); answers once
   * the dialog is asked for, which may be before it closes. `landscape`: set its pages up
   * landscape (where the engine does not follow the page's `@page` rule: WebKitGTK).
   */
  printWindow(landscape?: boolean): Promise<void>;
  /**
   * Open a document file, replacing the open one; a file another tool wrote (frab,
   * iCalendar, xCal, CSV) is imported, untitled, and answered with its report. A document
   * someone else has open is refused with a `locked` error until `lock` says what the user
   * chose: read-only, an untitled copy, or anyway (taking the lock over).
   */
  openDocument(path: string, lock?: LockChoice): Promise<Opened>;
  /**
   * Save to `path`, or to the current path when `null`. Answers the history once saved (the
   * core's saved mark: not dirty); or, without saving, the question to put to the user when
   * the document's file changed on disk since it was opened ("X changed on disk since you
   * opened it."): `overwrite: true` then saves.
   */
  saveDocument(path: string | null, overwrite?: boolean): Promise<SaveAnswer>;
  /** Where the open document lives, if it was opened from or saved to a file. */
  documentPath(): Promise<string | null>;
  /** Why the document named on the command line could not be opened, if it could not. */
  startupError(): Promise<ErrorPayload | null>;
  /** The file named on the command line when someone else had it open (the start-up error is then `locked`). */
  lockedAtStartup(): Promise<string | null>;
  /** Ask the user for a document to open (the native dialog); null when cancelled. */
  pickDocumentToOpen(): Promise<string | null>;
  /** Ask the user where to save (the native dialog); null when cancelled. */
  pickDocumentToSave(defaultPath: string | null): Promise<string | null>;
  /** Ask for a file another tool wrote to import (the native dialog); null when cancelled. */
  pickFileToImport(): Promise<string | null>;
  /**
   * Import a frab XML/JSON, iCalendar or CSV file, replacing the open document (untitled,
   * unsaved); answers it with the import report.
   */
  importDocument(path: string, timeZone?: string): Promise<ImportAnswer>;
  /** Ask where to export in `format` (the native dialog, proposing `defaultPath`); null when cancelled. */
  pickExportPath(format: FormatChoice, defaultPath?: string | null): Promise<string | null>;
  /**
   * Write the open document to `path` in `format` (or the published revision `version`
   * names, with the changes since another marked); answers the export's warnings, as
   * messages the UI writes in its language (`say`).
   */
  exportDocument(path: string, format: string, layout: Layout, lang: Lang, version?: ExportVersion): Promise<Message[]>;
  /**
   * Ask for the folder to publish the website into (the native folder dialog, opening in
   * `near` when given: the document's own folder); null when cancelled.
   */
  pickPublishFolder(near?: string | null): Promise<string | null>;
  /** The folder the open document publishes into (chosen in this run, or remembered for its file); null when none yet. */
  publishFolder(): Promise<string | null>;
  /** Make `dir`, picked in the folder dialog, the open document's publish folder; answers it made absolute. */
  choosePublishFolder(dir: string): Promise<string>;
  /** What publishing into the document's folder would add, change, keep and remove (nothing is written). */
  planPublish(): Promise<PublishPlan>;
  /**
   * Publish the open document (its latest revision, else as it is) as a website with frab
   * feeds, calendars and a changelog into its folder, replaced as a whole.
   */
  publishSite(): Promise<PublishedSite>;
  /** Open the published site's start page in the system's browser. */
  openPublishedSite(): Promise<void>;
  /** The annex of the open document (or of `version`) as a standalone HTML page, rendered by the core. */
  annexPreview(layout: Layout, lang: Lang, version?: ExportVersion): Promise<string>;
  /**
   * What changed from the revision labelled `from` to the one labelled `to`, or to the
   * current state when `to` is null (the core's diff; an unknown label is refused).
   */
  revisionDiff(from: string, to: string | null, lang?: Lang): Promise<RevisionChanges>;
  /** The export formats and annex layouts there are, with labels (the core's one list). */
  exportChoices(): Promise<ExportChoices>;
  /** Today's date ("YYYY-MM-DD") as the shell reads it: the one clock reading the UI uses. */
  today(): Promise<string>;
  /**
   * The changes from `from` to `to` (null: the current state) written for the e-mail that
   * goes with a new revision: Markdown, or plain text when `plain`, in `lang`.
   */
  revisionSummary(from: string, to: string | null, lang: Lang, plain: boolean): Promise<string>;
  /** The notes under the annex table in `layout` and `lang`, in their final order. */
  annexNotes(layout: Layout, lang: Lang): Promise<NoteView[]>;
  /** What the annex in `layout` and `lang` does not say or says otherwise (the core's warnings). */
  annexWarnings(layout: Layout, lang: Lang): Promise<AnnexWarning[]>;
  /** The Bodies view's table as the document is now (the core's `BodyGrid`). */
  bodiesGrid(): Promise<BodyGrid>;
  /** Every text of the document with the meeting languages each lacks (the core's `Translations`). */
  translations(): Promise<Translations>;
  /**
   * How each day, start and room suits one session (the core's `Feasibility`): what the
   * grid colours while the session is dragged.
   */
  feasibility(request: FeasibilityRequest): Promise<Feasibility>;
  /**
   * Runs the core's arranger on the sessions of `scope` in `mode` off the UI's thread,
   * telling `onProgress` how it goes; answers the preview (nothing is applied yet).
   */
  arrangeRun(
    scope: ArrangeScope,
    mode: ArrangeMode,
    onProgress: (p: Progress) => void,
    seconds?: number | null,
  ): Promise<ArrangePreview>;
  /** Stops the running arrangement: `arrangeRun` answers its best so far. */
  arrangeStop(): Promise<void>;
  /** Applies the previewed arrangement as one undoable step. */
  arrangeApply(): Promise<Applied>;
  /** Forgets the previewed arrangement. */
  arrangeDiscard(): Promise<void>;
  /** The `count` best places for session `id`, best first, each with the command that takes it. */
  suggestPlaces(id: string, count: number, minutes?: number): Promise<Place[]>;
  /** Unsaved documents the autosave journal kept from a run that crashed or was killed. */
  recoveryEntries(): Promise<RecoveryEntry[]>;
  /** Open journal entry `id` as the document: unsaved, its original file kept. */
  recoverEntry(id: string): Promise<Snapshot>;
  /** Delete journal entry `id`. */
  discardEntry(id: string): Promise<void>;
  /** Listen to the shell about this window: menu clicks and files to open; returns how to stop. */
  onShellEvent(listener: (event: ShellEvent) => void): Promise<() => void>;
}

/**
 * What the shell tells the UI on its own: a menu item was clicked, a file should open, or
 * the window is asked to close with unsaved changes.
 */
export type ShellEvent = { kind: "menu"; id: string } | { kind: "openFile"; path: string } | { kind: "closeRequested" };

/**
 * `ext` for a file dialog's filter in any case: GTK's file chooser (Linux) matches
 * patterns case by case, so "json" becomes "[jJ][sS][oO][nN]" there ("SG2.JSON" is listed
 * too); the other platforms' dialogs ignore case already.
 */
export function anyCase(
  ext: string,
  linux = typeof navigator !== "undefined" && /Linux/.test(navigator.userAgent),
): string {
  if (!linux) return ext;
  return [...ext]
    .map((c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`))
    .join("");
}

// `.plenary` is a document's own extension; `.plenary.json` (the older naming) and any JSON
// keep opening.
const documentFilters = () => [
  { name: t("file-plenary-timetable"), extensions: [anyCase("plenary"), anyCase("json")] },
];
const importFilters = () => [
  { name: t("file-schedules"), extensions: ["xml", "json", "ics", "xcal", "csv", "xlsx"] },
  { name: "frab schedule XML", extensions: ["xml"] },
  { name: "frab schedule JSON", extensions: ["json"] },
  { name: "iCalendar", extensions: ["ics"] },
  { name: "xCal (iCalendar in XML)", extensions: ["xcal"] },
  { name: "CSV", extensions: ["csv"] },
  { name: "Excel (.xlsx)", extensions: ["xlsx"] },
];

/** The real backend: the Tauri commands of `src-tauri/`. */
export const tauriBackend: Backend = {
  snapshot: () => invoke<Snapshot>("snapshot"),
  apply: (command, dryRun) => invoke<Applied>("apply", { command, dryRun }),
  undo: () => invoke<Applied>("undo"),
  redo: () => invoke<Applied>("redo"),
  newDocument: (setup) => invoke<Snapshot>("new_document", { setup }),
  setupChoices: () => invoke<SetupChoices>("setup_choices"),
  meetingSetup: () => invoke<MeetingSetup | null>("meeting_setup"),
  startChoices: () => invoke<StartChoices>("start_choices"),
  openRecent: (path) => invoke<Opened>("open_recent", { path }),
  openExample: () => invoke<Snapshot>("open_example"),
  suggestedFileName: (format) => invoke<string>("suggested_file_name", { format }),
  closeWindow: () => invoke<void>("close_window"),
  openWindow: (start) => invoke<boolean>("open_window", { start }),
  windowStart: () => invoke<WindowStart | null>("window_start"),
  setMenuLanguage: (labels, rtl) => invoke<void>("set_menu_language", { labels, rtl }),
  printWindow: (landscape) => invoke<void>("print_window", { landscape: landscape ?? null }),
  openDocument: (path, lock) => invoke<Opened>("open_document", { path, lock: lock ?? null }),
  saveDocument: (path, overwrite = false) => invoke<SaveAnswer>("save_document", { path, overwrite }),
  documentPath: () => invoke<string | null>("document_path"),
  startupError: () => invoke<ErrorPayload | null>("startup_error"),
  lockedAtStartup: () => invoke<string | null>("locked_at_startup"),
  // Paths picked here are the only ones the shell accepts (the dialog adds them to its scope).
  pickDocumentToOpen: () =>
    openDialog({ multiple: false, directory: false, filters: documentFilters(), title: t("file-open-title") }),
  pickDocumentToSave: (defaultPath) =>
    saveDialog({ filters: documentFilters(), title: t("file-save-title"), ...(defaultPath ? { defaultPath } : {}) }),
  pickFileToImport: () =>
    openDialog({ multiple: false, directory: false, filters: importFilters(), title: t("file-import-title") }),
  importDocument: (path, timeZone) => invoke<ImportAnswer>("import_document", { path, timeZone: timeZone ?? null }),
  pickExportPath: (format, defaultPath) =>
    saveDialog({
      title: t("file-export-title"),
      filters: [{ name: format.label, extensions: [anyCase(format.extension)] }],
      ...(defaultPath ? { defaultPath } : {}),
    }),
  exportDocument: (path, format, layout, lang, version = {}) =>
    invoke<Message[]>("export_document", { path, format, layout, lang, version }),
  pickPublishFolder: (near) =>
    openDialog({
      multiple: false,
      directory: true,
      title: t("publish-pick-title"),
      ...(near ? { defaultPath: near } : {}),
    }),
  publishFolder: () => invoke<string | null>("publish_folder"),
  choosePublishFolder: (dir) => invoke<string>("choose_publish_folder", { dir }),
  planPublish: () => invoke<PublishPlan>("plan_publish"),
  publishSite: () => invoke<PublishedSite>("publish_site"),
  openPublishedSite: () => invoke<void>("open_published_site"),
  annexPreview: (layout, lang, version = {}) => invoke<string>("annex_preview", { layout, lang, version }),
  revisionDiff: (from, to, lang) => invoke<RevisionChanges>("revision_diff", { from, to, lang: lang ?? null }),
  exportChoices: () => invoke<ExportChoices>("export_choices"),
  today: () => invoke<string>("today"),
  annexNotes: (layout, lang) => invoke<NoteView[]>("annex_notes", { layout, lang }),
  annexWarnings: (layout, lang) => invoke<AnnexWarning[]>("annex_warnings", { layout, lang }),
  bodiesGrid: () => invoke<BodyGrid>("bodies_grid"),
  translations: () => invoke<Translations>("translations"),
  feasibility: (request) => invoke<Feasibility>("feasibility", { request }),
  arrangeRun: (scope, mode, onProgress, seconds) => {
    const progress = new Channel<Progress>();
    progress.onmessage = onProgress;
    return invoke<ArrangePreview>("arrange_run", { scope, mode, seconds: seconds ?? null, progress });
  },
  arrangeStop: () => invoke<void>("arrange_stop"),
  arrangeApply: () => invoke<Applied>("arrange_apply"),
  arrangeDiscard: () => invoke<void>("arrange_discard"),
  suggestPlaces: (id, count, minutes) => invoke<Place[]>("suggest_places", { id, count, minutes: minutes ?? null }),
  revisionSummary: (from, to, lang, plain) => invoke<string>("revision_summary", { from, to, lang, plain }),
  recoveryEntries: () => invoke<RecoveryEntry[]>("recovery_entries"),
  recoverEntry: (id) => invoke<Snapshot>("recover_entry", { id }),
  discardEntry: (id) => invoke<void>("discard_entry", { id }),
  async onShellEvent(listener) {
    // This window's events only: each window holds its own document.
    const here = getCurrentWebviewWindow();
    const stops = await Promise.all([
      here.listen<string>("menu", (e) => listener({ kind: "menu", id: e.payload })),
      here.listen<string>("open-file", (e) => listener({ kind: "openFile", path: e.payload })),
      here.listen("close-requested", () => listener({ kind: "closeRequested" })),
    ]);
    return () => stops.forEach((stop) => stop());
  },
};

/** Whether the page runs inside the Tauri shell (rather than a plain browser). */
export function insideTauri(): boolean {
  return typeof window !== "undefined" && "__TAURI_INTERNALS__" in window;
}

/** Every code the shell sends: a record, so that a new code in the core cannot be missed here. */
const ERROR_CODE_SET: Record<ErrorCode, true> = {
  commandRefused: true,
  invalidDocument: true,
  io: true,
  locked: true,
  readOnly: true,
  internal: true,
};
const ERROR_CODES = Object.keys(ERROR_CODE_SET) as ErrorCode[];

/**
 * Whatever a rejected backend call carried, as an `ErrorPayload`. The shell rejects with
 * `{ code, message }`; anything else (a thrown `Error`, a bare string from Tauri itself)
 * is reported as `internal`.
 */
export function toErrorPayload(reason: unknown): ErrorPayload {
  if (typeof reason === "object" && reason !== null) {
    const r = reason as Record<string, unknown>;
    const code = r["code"];
    const message = r["message"];
    if (typeof message === "string") {
      const known = ERROR_CODES.find((c) => c === code);
      const words = r["words"];
      const worded = typeof words === "object" && words !== null && typeof (words as Message).id === "string";
      return worded
        ? { code: known ?? "internal", message, words: words as Message }
        : { code: known ?? "internal", message };
    }
  }
  if (typeof reason === "string") return { code: "internal", message: reason };
  return { code: "internal", message: String(reason) };
}
