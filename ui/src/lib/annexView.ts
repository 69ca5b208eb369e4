/**
 * The compact annex grid as a view of the timetable: one row per day, one column per slot
 * (Morning, Afternoon), each cell listing the sessions of the annex ("cell" or "both")
 * that overlap the slot. Sessions of one cell with the same annex label share one line, the
 * way the letter writes "Meetings of all Working Party Questions". This is only a preview
 * drawn in step with edits; the letter's annex itself is rendered by the core's exporters.
 */
import type { Timetable } from "../bindings/Timetable";
import { mainLang, sessionSpan, textIn } from "./layout";
import { parseTime } from "./time";

/** One row of the annex grid. */
export interface AnnexRow {
  date: string;
  kind: "working" | "weekend" | "holiday" | "outside";
  /** One cell per slot: its lines of text. */
  cells: string[][];
}

/** The slots (columns) and the rows of the annex grid. */
export function annexGrid(tt: Timetable): { slots: string[]; rows: AnnexRow[] } {
  const lang = mainLang(tt);
  const slots = Object.values(tt.slots)
    .map((s) => ({ name: textIn(s.name, lang), start: parseTime(s.start), end: parseTime(s.end) }))
    .sort((a, b) => a.start - b.start);
  const dates = new Map<string, AnnexRow["kind"]>(tt.days.map((d) => [d.date, d.kind]));
  const inAnnex = Object.values(tt.sessions).filter((s) => s.annex === "cell" || s.annex === "both");
  for (const s of inAnnex) {
    const span = sessionSpan(s);
    if (span && !dates.has(span.date)) dates.set(span.date, "outside");
  }
  const rows = [...dates.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, kind]) => {
      const cells = slots.map((slot) => {
        const lines: string[] = [];
        const sessions = inAnnex
          .map((s) => ({ s, span: sessionSpan(s) }))
          .filter(({ span }) => span && span.date === date && span.start < slot.end && slot.start < span.end)
          .sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
        for (const { s } of sessions) {
          const label = textIn(s.annexLabel ?? {}, lang) || textIn(s.title, lang) || s.id;
          const line = s.tentative ? `TBD: ${label}` : label;
          if (!lines.includes(line)) lines.push(line);
        }
        return lines;
      });
      return { date, kind, cells };
    });
  return { slots: slots.map((s) => s.name), rows };
}
