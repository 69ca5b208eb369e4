/**
 * The formats of File > Export, as the shell's `export_document` names them (the core's
 * `ExportFormat`), with what the Export dialog shows and the file dialog filters by.
 */

/** An export format's wire name. */
export type ExportFormatName =
  | "annex-docx"
  | "annex-pdf"
  | "annex-html"
  | "annex-md"
  | "annex-txt"
  | "frab-xml"
  | "frab-json"
  | "ics"
  | "csv"
  | "xlsx";

/** What the Export dialog knows of a format. */
export interface ExportFormatInfo {
  name: ExportFormatName;
  /** What it is, for people. */
  label: string;
  /** The file extension, without the dot. */
  extension: string;
  /** The annex of the letter (layout applies), rather than an interchange format. */
  annex: boolean;
}

/** Every format, annex first, in the order the dialog lists them. */
export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
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
];

/** The annex layouts, as the core names them. */
export type AnnexLayout = "days" | "bodies" | "plan";

/** Each layout with what the dialog shows. */
export const ANNEX_LAYOUTS: readonly { name: AnnexLayout; label: string }[] = [
  { name: "days", label: "Days × slots" },
  { name: "bodies", label: "Bodies × half-days" },
  { name: "plan", label: "Time management plan" },
];

/** The format's information (the first, Word, for an unknown name). */
export function formatInfo(name: ExportFormatName): ExportFormatInfo {
  return EXPORT_FORMATS.find((f) => f.name === name) ?? (EXPORT_FORMATS[0] as ExportFormatInfo);
}

/** `path` ending in `.extension`, added when the user typed a name without it. */
export function withExtension(path: string, extension: string): string {
  return path.toLowerCase().endsWith(`.${extension}`) ? path : `${path}.${extension}`;
}
