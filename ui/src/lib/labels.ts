/** How sessions and conflicts are named on screen. Pure; no backend. */
import type { Session } from "../bindings/Session";
import type { SessionKind } from "../bindings/SessionKind";
import type { ConflictKind } from "../bindings/ConflictKind";
import type { Lang } from "../bindings/Lang";
import type { Severity } from "../bindings/Severity";
import type { Timetable } from "../bindings/Timetable";
import { sessionSpan, textIn } from "./layout";
import { formatTime, shortDate } from "./time";

/**
 * The language the UI itself is written in (its buttons, headings and messages): what it
 * asks the core to word things in for it, such as the lines of a diff. Titles are shown in
 * the document's main language (`View.mainLang`), not this one.
 */
export const UI_LANG: Lang = "en";

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

/** Severity names, plural-aware, as a person counts them ("1 error", "3 notes"). */
export function severityCount(severity: Severity | "acknowledged", n: number): string {
  const word: Record<Severity | "acknowledged", [string, string]> = {
    error: ["error", "errors"],
    warning: ["warning", "warnings"],
    info: ["note", "notes"],
    acknowledged: ["acknowledged", "acknowledged"],
  };
  return `${n} ${word[severity][n === 1 ? 0 : 1]}`;
}

/**
 * The conflict summary in words, leaving out what there is none of: "1 error, 2 notes";
 * "No conflicts" when there is nothing at all.
 */
export function summaryParts(summary: {
  errors: number;
  warnings: number;
  infos: number;
  acknowledged: number;
}): { severity: Severity | "acknowledged" | "none"; text: string }[] {
  const parts = (
    [
      ["error", summary.errors],
      ["warning", summary.warnings],
      ["info", summary.infos],
      ["acknowledged", summary.acknowledged],
    ] as const
  )
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => ({ severity, text: severityCount(severity, n) }));
  return parts.length ? parts : [{ severity: "none", text: "No conflicts" }];
}

/**
 * The title in `lang` (the core's main language, `View.mainLang`), else English, else any;
 * a session with none is "Untitled session" with its day and times (never its id, which is
 * the document's, not the user's).
 */
export function sessionTitle(session: Session, lang: Lang): string {
  const title = textIn(session.title, lang);
  if (title.trim()) return title;
  const span = sessionSpan(session);
  return span ? `Untitled session, ${shortDate(span.date)} ${timeSpan(span.start, span.end)}` : "Untitled session";
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

/** What a session block shows besides times. */
export interface SessionLabels {
  title: string;
  room: string;
  bodies: string;
}

/**
 * The labels of `session`, cached per session object: the UI replaces a session object
 * only when it changes, so a redraw after an edit recomputes the labels of the edited
 * sessions only. A new cache is needed when rooms, bodies or languages change. Titles are
 * in `lang`, the core's main language.
 */
export function labelCache(tt: Timetable, lang: Lang): (session: Session) => SessionLabels {
  const cache = new WeakMap<Session, SessionLabels>();
  return (session) => {
    let labels = cache.get(session);
    if (!labels) {
      labels = { title: sessionTitle(session, lang), room: roomName(tt, session), bodies: bodyShorts(tt, session) };
      cache.set(session, labels);
    }
    return labels;
  };
}

/** "09:00–12:30". */
export function timeSpan(start: number, end: number): string {
  return `${formatTime(start)}–${formatTime(end)}`;
}

/** Conflict kind names for the severity settings (exhaustive). */
export const CONFLICT_KIND_NAMES: Record<ConflictKind, string> = {
  roomClash: "Room clash",
  personClash: "Person in two places",
  bodyClash: "Body meets twice",
  exclusiveOverlap: "Beside an exclusive session",
  breakOverlap: "Over a break",
  outsideDayHours: "Outside the day's hours",
  nonWorkingDay: "On a weekend or holiday",
  outsideMeetingDates: "Outside the meeting's dates",
  orderViolation: "Broken order",
  capacityExceeded: "Room too small",
  interpretationUnavailable: "No interpretation booths",
  interpretersOverbooked: "Interpreters overbooked",
};

/** Language names in English, from the platform's CLDR data (the list of languages is the core's). */
const LANGUAGE_NAMES = new Intl.DisplayNames(["en"], { type: "language" });

/** A language's name for people ("French"). */
export function langName(code: Lang): string {
  return LANGUAGE_NAMES.of(code) ?? code;
}
