/** How sessions and conflicts are named on screen. Pure; no backend. */
import type { Session } from "../bindings/Session";
import type { SessionKind } from "../bindings/SessionKind";
import type { ConflictKind } from "../bindings/ConflictKind";
import type { Lang } from "../bindings/Lang";
import type { Severity } from "../bindings/Severity";
import type { Timetable } from "../bindings/Timetable";
import type { View } from "../bindings/View";
import { sessionSpan, textIn } from "./layout";
import { localeTag, t, uiLocale } from "./i18n.svelte";

const intlLocale = () => (uiLocale() === "en" ? "en" : localeTag(uiLocale()));
import { clockTime, shortDate } from "./time";

/**
 * The language the core words things in for the UI (such as the lines of a diff): the UI's
 * own (`i18n.svelte.ts`; its six are the core's six). Titles are shown in `readingLang`.
 */
export function coreLang(): Lang {
  return uiLocale();
}

/**
 * The language the document's own texts (titles, names of bodies, slots and breaks) are
 * shown in: the UI's language when the meeting is held in it, else the document's main
 * language (`View.mainLang`). So a French-speaking secretariat reads the French titles of a
 * meeting in English and French, as the core's messages name sessions (`Arg::Title`); a text
 * missing in that language falls back as `textIn` says. Fields that edit one language's
 * text say which language they edit and do not follow this. Reactive (the UI's language).
 */
export function readingLang(tt: Timetable, view: View): Lang {
  const ui = uiLocale();
  return tt.meeting.languages.includes(ui) ? ui : view.mainLang;
}

/**
 * The message id of each kind's name (a record, so that a new kind fails to compile until
 * it has a name in the message files).
 */
const KIND_IDS: Record<SessionKind, string> = {
  plenary: "kind-plenary",
  workingParty: "kind-working-party",
  question: "kind-question",
  training: "kind-training",
  management: "kind-management",
  briefing: "kind-briefing",
  webinar: "kind-webinar",
  social: "kind-social",
  other: "kind-other",
};

/** The session kinds, in the order menus list them. */
export const SESSION_KINDS = Object.keys(KIND_IDS) as SessionKind[];

/** A kind's name for legends and tooltips, in the UI's language ("Working Party"). */
export function kindName(kind: SessionKind): string {
  return t(KIND_IDS[kind]);
}

/** Severity names with their count, in the UI's plural forms ("1 error", "3 notes"). */
export function severityCount(severity: Severity | "acknowledged", n: number): string {
  return t(`count-${severity}`, { n });
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
  return parts.length ? parts : [{ severity: "none", text: t("no-conflicts") }];
}

/**
 * The title in `lang` (`readingLang`), else as `textIn` falls back;
 * a session with none is "Untitled session" with its day and times (never its id, which is
 * the document's, not the user's).
 */
export function sessionTitle(session: Session, lang: Lang): string {
  const title = textIn(session.title, lang);
  if (title.trim()) return title;
  const span = sessionSpan(session);
  return span
    ? t("untitled-session-at", { day: shortDate(span.date), times: timeSpan(span.start, span.end) })
    : t("untitled-session");
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

/** "09:00–12:30", in the UI's language's clock. */
export function timeSpan(start: number, end: number): string {
  return `${clockTime(start)}–${clockTime(end)}`;
}

/** The message id of each conflict kind's name, for the severity settings (exhaustive). */
const CONFLICT_KIND_IDS: Record<ConflictKind, string> = {
  roomClash: "conflict-kind-room-clash",
  personClash: "conflict-kind-person-clash",
  bodyClash: "conflict-kind-body-clash",
  exclusiveOverlap: "conflict-kind-exclusive-overlap",
  breakOverlap: "conflict-kind-break-overlap",
  outsideDayHours: "conflict-kind-outside-day-hours",
  nonWorkingDay: "conflict-kind-non-working-day",
  outsideMeetingDates: "conflict-kind-outside-meeting-dates",
  orderViolation: "conflict-kind-order-violation",
  capacityExceeded: "conflict-kind-capacity-exceeded",
  interpretationUnavailable: "conflict-kind-interpretation-unavailable",
  interpretersOverbooked: "conflict-kind-interpreters-overbooked",
};

/** The conflict kinds, in the order the settings list them. */
export const CONFLICT_KINDS = Object.keys(CONFLICT_KIND_IDS) as ConflictKind[];

/** A conflict kind's name in the UI's language ("Room clash"). */
export function conflictKindName(kind: ConflictKind): string {
  return t(CONFLICT_KIND_IDS[kind]);
}

/**
 * A meeting language's name in the UI's language ("French", "français"), from the
 * platform's CLDR data (the list of languages is the core's).
 */
export function langName(code: Lang): string {
  return new Intl.DisplayNames([intlLocale()], { type: "language" }).of(code) ?? code;
}
