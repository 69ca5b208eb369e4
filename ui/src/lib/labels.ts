/** How sessions and conflicts are named on screen. Pure; no backend. */
import type { Session } from "../bindings/Session";
import type { SessionKind } from "../bindings/SessionKind";
import type { Severity } from "../bindings/Severity";
import type { Timetable } from "../bindings/Timetable";
import { mainLang, textIn } from "./layout";
import { formatTime } from "./time";

/** Kind names for legends and tooltips (match exhaustively: a new kind fails to compile). */
export const KIND_NAMES: Record<SessionKind, string> = {
  plenary: "Plenary",
  workingParty: "Working Party",
  question: "Question",
  training: "Training",
  management: "Management",
  briefing: "Briefing",
  webinar: "Webinar",
  social: "Social",
  other: "Other",
};

/** Severity names, plural-aware. */
export function severityCount(severity: Severity | "acknowledged", n: number): string {
  const word: Record<Severity | "acknowledged", [string, string]> = {
    error: ["error", "errors"],
    warning: ["warning", "warnings"],
    info: ["info", "infos"],
    acknowledged: ["acknowledged", "acknowledged"],
  };
  return `${n} ${word[severity][n === 1 ? 0 : 1]}`;
}

/** The title in the meeting's main language, else English, else any. */
export function sessionTitle(tt: Timetable, session: Session): string {
  return textIn(session.title, mainLang(tt)) || session.id;
}

/** Short names of the bodies that meet ("WP1/12, Q4/12"). */
export function bodyShorts(tt: Timetable, session: Session): string {
  return (session.bodies ?? []).map((id) => tt.bodies[id]?.short ?? id).join(", ");
}

/** The room's name, or "" when there is no room. */
export function roomName(tt: Timetable, session: Session): string {
  if (session.room === undefined) return "";
  return tt.rooms[session.room]?.name ?? session.room;
}

/** "09:00–12:30". */
export function timeSpan(start: number, end: number): string {
  return `${formatTime(start)}–${formatTime(end)}`;
}
