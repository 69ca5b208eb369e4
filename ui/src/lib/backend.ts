/**
 * The one module that talks to the Rust shell. Everything else in the UI goes through the
 * `Backend` interface, so tests and the browser preview can swap in `mockBackend`.
 *
 * One typed method per Tauri command; arguments are sent camelCase, as the shell expects.
 * Failures are rejected promises carrying an `ErrorPayload` (`{ code, message }`).
 */
import { invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import { ask, open as openDialog, save as saveDialog } from "@tauri-apps/plugin-dialog";
import type { Applied } from "../bindings/Applied";
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
import type { RecoveryEntry } from "../bindings/RecoveryEntry";
import type { SaveAnswer } from "../bindings/SaveAnswer";
import type { NoteView } from "../bindings/NoteView";
import type { Snapshot } from "../bindings/Snapshot";

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
  /** Replace the open document with a new, blank one (untitled). */
  newDocument(): Promise<Snapshot>;
  /**
   * Open a document file, replacing the open one; a file another tool wrote (frab,
   * iCalendar, xCal, CSV) is imported, untitled, and answered with its report.
   */
  openDocument(path: string): Promise<Opened>;
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
  /** Ask the user for a document to open (the native dialog); null when cancelled. */
  pickDocumentToOpen(): Promise<string | null>;
  /** Ask the user where to save (the native dialog); null when cancelled. */
  pickDocumentToSave(defaultPath: string | null): Promise<string | null>;
  /** Ask whether to discard unsaved changes (the native dialog); true to go on. */
  confirmDiscard(): Promise<boolean>;
  /** Ask for a file another tool wrote to import (the native dialog); null when cancelled. */
  pickFileToImport(): Promise<string | null>;
  /**
   * Import a frab XML/JSON, iCalendar or CSV file, replacing the open document (untitled,
   * unsaved); answers it with the import report.
   */
  importDocument(path: string): Promise<ImportAnswer>;
  /** Ask where to export in `format` (the native dialog); null when cancelled. */
  pickExportPath(format: FormatChoice): Promise<string | null>;
  /**
   * Write the open document to `path` in `format` (or the published revision `version`
   * names, with the changes since another marked); answers the export's warnings.
   */
  exportDocument(path: string, format: string, layout: Layout, lang: Lang, version?: ExportVersion): Promise<string[]>;
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
  /** Unsaved documents the autosave journal kept from a run that crashed or was killed. */
  recoveryEntries(): Promise<RecoveryEntry[]>;
  /** Open journal entry `id` as the document: unsaved, its original file kept. */
  recoverEntry(id: string): Promise<Snapshot>;
  /** Delete journal entry `id`. */
  discardEntry(id: string): Promise<void>;
  /** Listen to the shell: native menu clicks and files to open; returns how to stop. */
  onShellEvent(listener: (event: ShellEvent) => void): Promise<() => void>;
}

/** What the shell tells the UI on its own: a menu item was clicked, or a file should open. */
export type ShellEvent = { kind: "menu"; id: string } | { kind: "openFile"; path: string };

const DOCUMENT_FILTERS = [{ name: "Plenary timetable", extensions: ["json"] }];
const IMPORT_FILTERS = [
  { name: "Schedules (frab, iCalendar, xCal, CSV)", extensions: ["xml", "json", "ics", "xcal", "csv"] },
  { name: "frab schedule XML", extensions: ["xml"] },
  { name: "frab schedule JSON", extensions: ["json"] },
  { name: "iCalendar", extensions: ["ics"] },
  { name: "xCal (iCalendar in XML)", extensions: ["xcal"] },
  { name: "CSV", extensions: ["csv"] },
];

/** The real backend: the Tauri commands of `src-tauri/`. */
export const tauriBackend: Backend = {
  snapshot: () => invoke<Snapshot>("snapshot"),
  apply: (command, dryRun) => invoke<Applied>("apply", { command, dryRun }),
  undo: () => invoke<Applied>("undo"),
  redo: () => invoke<Applied>("redo"),
  newDocument: () => invoke<Snapshot>("new_document"),
  openDocument: (path) => invoke<Opened>("open_document", { path }),
  saveDocument: (path, overwrite = false) => invoke<SaveAnswer>("save_document", { path, overwrite }),
  documentPath: () => invoke<string | null>("document_path"),
  startupError: () => invoke<ErrorPayload | null>("startup_error"),
  // Paths picked here are the only ones the shell accepts (the dialog adds them to its scope).
  pickDocumentToOpen: () =>
    openDialog({ multiple: false, directory: false, filters: DOCUMENT_FILTERS, title: "Open timetable" }),
  pickDocumentToSave: (defaultPath) =>
    saveDialog({ filters: DOCUMENT_FILTERS, title: "Save timetable", ...(defaultPath ? { defaultPath } : {}) }),
  confirmDiscard: () =>
    ask("The timetable has unsaved changes. Discard them?", {
      title: "Unsaved changes",
      kind: "warning",
      okLabel: "Discard Changes",
      cancelLabel: "Cancel",
    }),
  pickFileToImport: () =>
    openDialog({ multiple: false, directory: false, filters: IMPORT_FILTERS, title: "Import a schedule" }),
  importDocument: (path) => invoke<ImportAnswer>("import_document", { path }),
  pickExportPath: (format) =>
    saveDialog({ title: "Export", filters: [{ name: format.label, extensions: [format.extension] }] }),
  exportDocument: (path, format, layout, lang, version = {}) =>
    invoke<string[]>("export_document", { path, format, layout, lang, version }),
  annexPreview: (layout, lang, version = {}) => invoke<string>("annex_preview", { layout, lang, version }),
  revisionDiff: (from, to, lang) => invoke<RevisionChanges>("revision_diff", { from, to, lang: lang ?? null }),
  exportChoices: () => invoke<ExportChoices>("export_choices"),
  today: () => invoke<string>("today"),
  annexNotes: (layout, lang) => invoke<NoteView[]>("annex_notes", { layout, lang }),
  revisionSummary: (from, to, lang, plain) => invoke<string>("revision_summary", { from, to, lang, plain }),
  recoveryEntries: () => invoke<RecoveryEntry[]>("recovery_entries"),
  recoverEntry: (id) => invoke<Snapshot>("recover_entry", { id }),
  discardEntry: (id) => invoke<void>("discard_entry", { id }),
  async onShellEvent(listener) {
    const stops = await Promise.all([
      listen<string>("menu", (e) => listener({ kind: "menu", id: e.payload })),
      listen<string>("open-file", (e) => listener({ kind: "openFile", path: e.payload })),
    ]);
    return () => stops.forEach((stop) => stop());
  },
};

/** Whether the page runs inside the Tauri shell (rather than a plain browser). */
export function insideTauri(): boolean {
  return typeof window !== "undefined" && "__TAURI_INTERNALS__" in window;
}

const ERROR_CODES: readonly ErrorCode[] = ["commandRefused", "invalidDocument", "io", "internal"];

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
      return { code: known ?? "internal", message };
    }
  }
  if (typeof reason === "string") return { code: "internal", message: reason };
  return { code: "internal", message: String(reason) };
}
