/** How sessions and conflicts are named on screen. Pure; no backend. */
import type { Session } from "../bindings/Session";
import type { SessionKind } from "../bindings/SessionKind";
import type { ConflictKind } from "../bindings/ConflictKind";
import type { Lang } from "../bindings/Lang";
import type { Severity } from "../bindings/Severity";
import type { Timetable } from "../bindings/Timetable";
import type { Aspect } from "../bindings/Aspect";
import type { Break } from "../bindings/Break";
import type { Diff } from "../bindings/Diff";
import type { Placement } from "../bindings/Placement";
import { mainLang, textIn } from "./layout";
import { formatTime, longDate, parseStamp } from "./time";

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

/** What a session block shows besides times. */
export interface SessionLabels {
  title: string;
  room: string;
  bodies: string;
}

/**
 * The labels of `session`, cached per session object: the UI replaces a session object
 * only when it changes, so a redraw after an edit recomputes the labels of the edited
 * sessions only. A new cache is needed when rooms, bodies or languages change.
 */
export function labelCache(tt: Timetable): (session: Session) => SessionLabels {
  const cache = new WeakMap<Session, SessionLabels>();
  return (session) => {
    let labels = cache.get(session);
    if (!labels) {
      labels = { title: sessionTitle(tt, session), room: roomName(tt, session), bodies: bodyShorts(tt, session) };
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

/** Language names, in their own words' English form. */
export const LANG_NAMES: Record<Lang, string> = {
  ar: "Arabic",
  zh: "Chinese",
  en: "English",
  fr: "French",
  ru: "Russian",
  es: "Spanish",
};

/**
 * A fresh id for a new item named `name`: its letters and digits in lower case, with a
 * number added when that id is taken. Ids are only keys; the core refuses duplicates.
 */
export function freshId(name: string, taken: { [id: string]: unknown }, fallback: string): string {
  const base =
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 24) || fallback;
  if (!(base in taken)) return base;
  for (let n = 2; ; n++) if (!(`${base}-${n}` in taken)) return `${base}-${n}`;
}

/**
 * The label a new revision is offered: "Rev.N" after the highest "Rev.N" published, as the
 * core suggests when it is given none (the user may type another).
 */
export function nextRevisionLabel(tt: Timetable): string {
  let highest = 0;
  for (const r of tt.revisions ?? []) {
    const m = /^Rev\.(\d+)$/.exec(r.label);
    if (m?.[1]) highest = Math.max(highest, Number(m[1]));
  }
  return `Rev.${highest + 1}`;
}

/** "Tuesday 19 September 11:00–12:30" (the end's date too when it differs). */
export function placementText(p: Placement | undefined): string {
  if (!p) return "unscheduled";
  const a = parseStamp(p.start);
  const b = parseStamp(p.end);
  if (!a || !b) return `${p.start}–${p.end}`;
  const end = b.date === a.date ? formatTime(b.minutes) : `${longDate(b.date)} ${formatTime(b.minutes)}`;
  return `${longDate(a.date)} ${formatTime(a.minutes)}–${end}`;
}

/** One line of a diff as the Revisions panel lists it. */
export interface DiffLine {
  /** What kind of change: sessions `added`, `removed`, `changed`; `break`; `day`. */
  kind: "added" | "removed" | "changed" | "break" | "day";
  /** The session's id, for session lines. */
  id?: string;
  /** Who or what changed ("Opening plenary", "Coffee", "Tuesday 19 September"). */
  subject: string;
  /** What happened to it, one phrase per aspect. */
  details: string[];
}

function names(ids: readonly string[], name: (id: string) => string): string {
  return ids.length === 0 ? "none" : ids.map(name).join(", ");
}

/** One aspect of a changed session in words, names looked up in `tt` (the current state). */
export function aspectText(tt: Timetable, a: Aspect): string {
  const lang = mainLang(tt);
  const room = (id: string | undefined) => (id === undefined ? "no room" : (tt.rooms[id]?.name ?? id));
  switch (a.type) {
    case "moved":
      return `moved from ${placementText(a.from)} to ${placementText(a.to)}`;
    case "retimed":
      return `retimed from ${placementText(a.from)} to ${placementText(a.to)}`;
    case "renamed":
      return `renamed from “${textIn(a.from, lang)}” to “${textIn(a.to, lang)}”`;
    case "room":
      return `room changed from ${room(a.from)} to ${room(a.to)}`;
    case "bodies": {
      const body = (id: string) => tt.bodies[id]?.short ?? id;
      return `bodies changed from ${names(a.from, body)} to ${names(a.to, body)}`;
    }
    case "persons": {
      const person = (id: string) => tt.persons[id]?.name ?? id;
      return `persons changed from ${names(a.from, person)} to ${names(a.to, person)}`;
    }
    case "tentative":
      return a.to ? "now tentative (TBD)" : "no longer tentative";
    case "exclusive":
      return a.to ? "now exclusive" : "no longer exclusive";
    case "other":
      return `also changed: ${a.fields.join(", ")}`;
  }
}

function breakText(tt: Timetable, b: Break): string {
  const name = textIn(b.name, mainLang(tt)) || b.id;
  return `${name} ${b.start}–${b.end}${b.day ? ` on ${longDate(b.day)}` : " (every day)"}`;
}

/** A diff as lines to list: sessions in the core's order, then breaks, then days. */
export function diffLines(tt: Timetable, diff: Diff): DiffLine[] {
  const lang = mainLang(tt);
  const room = (id: string | undefined) => (id === undefined ? "" : `, ${tt.rooms[id]?.name ?? id}`);
  const out: DiffLine[] = [];
  for (const s of diff.sessions) {
    const subject = textIn(s.title, lang) || s.id;
    const c = s.change;
    if (c.type === "added") {
      out.push({ kind: "added", id: s.id, subject, details: [`added: ${placementText(c.placement)}${room(c.room)}`] });
    } else if (c.type === "removed") {
      out.push({
        kind: "removed",
        id: s.id,
        subject,
        details: [`removed: was ${placementText(c.placement)}${room(c.room)}`],
      });
    } else {
      out.push({ kind: "changed", id: s.id, subject, details: c.aspects.map((a) => aspectText(tt, a)) });
    }
  }
  for (const b of diff.breaks) {
    if (b.type === "added")
      out.push({ kind: "break", subject: "Break", details: [`added: ${breakText(tt, b.break)}`] });
    else if (b.type === "removed")
      out.push({ kind: "break", subject: "Break", details: [`removed: ${breakText(tt, b.break)}`] });
    else
      out.push({
        kind: "break",
        subject: "Break",
        details: [`changed from ${breakText(tt, b.from)} to ${breakText(tt, b.to)}`],
      });
  }
  for (const d of diff.days) {
    if (d.type === "added")
      out.push({ kind: "day", subject: longDate(d.day.date), details: [`day added (${d.day.kind})`] });
    else if (d.type === "removed")
      out.push({ kind: "day", subject: longDate(d.day.date), details: [`day removed (was ${d.day.kind})`] });
    else {
      const parts: string[] = [];
      if (d.from.kind !== d.to.kind) parts.push(`now ${d.to.kind} (was ${d.from.kind})`);
      const hours = (x: typeof d.from) => (x.hours ? `${x.hours.start}–${x.hours.end}` : "the standard hours");
      if (hours(d.from) !== hours(d.to)) parts.push(`hours changed from ${hours(d.from)} to ${hours(d.to)}`);
      if ((d.from.note ?? "") !== (d.to.note ?? "")) parts.push(`note changed to “${d.to.note ?? ""}”`);
      out.push({ kind: "day", subject: longDate(d.to.date), details: parts.length ? parts : ["day changed"] });
    }
  }
  return out;
}
