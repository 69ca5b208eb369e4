/**
 * Dates, times of day and stamps as they travel on the wire, and their arithmetic in whole
 * minutes. Dates are `"YYYY-MM-DD"` calendar dates with no time zone: every time in a
 * document is local to the meeting, so all arithmetic here is done in UTC to avoid the
 * machine's own zone and its daylight-saving jumps.
 */
import type { Stamp } from "../bindings/Stamp";
import type { TimeOfDay } from "../bindings/TimeOfDay";
import { localeTag, uiLocale } from "./i18n.svelte";

/** Minutes in a day. */
export const DAY_MINUTES = 1440;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `"HH:MM"` to minutes after midnight (`"24:00"` is 1440). NaN when malformed. */
export function parseTime(time: TimeOfDay): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!m) return NaN;
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Minutes after midnight to `"HH:MM"`. */
export function formatTime(minutes: number): TimeOfDay {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** A stamp split into its date and its minutes after midnight. */
export interface DateTime {
  date: string;
  minutes: number;
}

/** `"YYYY-MM-DDTHH:MM"` to date and minutes; null when malformed. */
export function parseStamp(stamp: Stamp): DateTime | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(stamp);
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  return { date: m[1], minutes: parseTime(m[2]) };
}

/** Date and minutes after midnight (0..1439) to `"YYYY-MM-DDTHH:MM"`. */
export function formatStamp(date: string, minutes: number): Stamp {
  return `${date}T${formatTime(minutes)}`;
}

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** The date `days` days after `date` (negative is earlier). */
export function addDays(date: string, days: number): string {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b).getTime() - utc(a).getTime()) / 86_400_000);
}

/**
 * Weekday, day and month names, and their order, come from the platform's `Intl` (CLDR
 * data) in the UI's language, like the core's ICU4X: the UI writes no calendar names of its
 * own. One formatter per language and shape (building one per call is slow over a big
 * grid). Dates are formatted in UTC, as they are parsed. English is British English, as the
 * letters of a Geneva meeting write it ("Tuesday 19 September"); Arabic keeps Latin digits,
 * as the meeting's Arabic documents and the time fields write them.
 */
const SHAPES = {
  long: { weekday: "long", day: "numeric", month: "long" },
  full: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  short: { weekday: "short", day: "numeric" },
  weekday: { weekday: "long" },
  weekdayShort: { weekday: "short" },
  dayMonth: { day: "numeric", month: "long" },
  dayMonthShort: { day: "numeric", month: "short" },
  weekdayDayMonth: { weekday: "short", day: "numeric", month: "short" },
  clock: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The `Intl` tag of the UI's language for dates and times. */
export function intlTag(): string {
  const locale = uiLocale();
  return locale === "en" ? "en-GB" : locale === "ar" ? "ar-u-nu-latn" : localeTag(locale);
}

/**
 * The locale a typed date is read and shown in: the system's own (its region's order of
 * day, month and year: en-US or en-GB) when the UI speaks the system's language, else the
 * UI's language.
 */
export function dateLocale(): string {
  const system = globalThis.navigator?.language ?? "";
  return system.split("-")[0] === uiLocale() ? system : intlTag();
}

function format(shape: keyof typeof SHAPES, when: Date): string {
  const tag = intlTag();
  const key = `${tag} ${shape}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, { ...SHAPES[shape], timeZone: "UTC" });
    formatters.set(key, f);
  }
  return f.format(when);
}

/** The weekday's name in the UI's language ("Tuesday"). */
export function weekdayName(date: string): string {
  return format("weekday", utc(date));
}

/** The weekday's short name in the UI's language ("Tue"). */
export function weekdayShort(date: string): string {
  return format("weekdayShort", utc(date));
}

/** The date as a letter writes it in the UI's language: "Tuesday 19 September". */
export function longDate(date: string): string {
  return format("long", utc(date));
}

/** The date with its year ("Tuesday 19 September 2017"). */
export function fullDate(date: string): string {
  return format("full", utc(date));
}

/** The day and month without the weekday ("19 September"). */
export function dayMonth(date: string): string {
  return format("dayMonth", utc(date));
}

/** The day and month, the month abbreviated where the language does ("19 Sept"). */
export function dayMonthShort(date: string): string {
  return format("dayMonthShort", utc(date));
}

/** The short date of the core's messages: "Wed 20 Sept". */
export function weekdayDayMonth(date: string): string {
  return format("weekdayDayMonth", utc(date));
}

/** A short form for narrow columns: "Sat 23". */
export function shortDate(date: string): string {
  return format("short", utc(date));
}

/**
 * A time of day (minutes after midnight) for people to read, in the UI's language on a
 * 24-hour clock ("09:30"). `formatTime` is the wire form; this is the screen's.
 */
export function clockTime(minutes: number): string {
  if (minutes >= DAY_MINUTES) return formatTime(minutes); // "24:00" has no Intl form
  // Every block's label reads two of these; `Intl`'s format is slow enough that the labels
  // of an edit's re-laid blocks showed in its profile, so each minute is formatted once per
  // language.
  const tag = intlTag();
  let clocks = clocksByTag.get(tag);
  if (!clocks) clocksByTag.set(tag, (clocks = new Map()));
  let text = clocks.get(minutes);
  if (text === undefined) {
    text = format("clock", new Date(Date.UTC(1970, 0, 1, 0, minutes)));
    clocks.set(minutes, text);
  }
  return text;
}
/** `clockTime`'s answers, per `Intl` tag and minute of the day. */
const clocksByTag = new Map<string, Map<number, string>>();

/**
 * The year or years of the meeting's days ("2013", "2013–2014"), shown in the grid's corner
 * so that day headers without a year are never ambiguous; "" when there are no days.
 */
export function meetingYears(days: readonly { date: string }[]): string {
  const first = days[0]?.date.slice(0, 4);
  const last = days[days.length - 1]?.date.slice(0, 4);
  if (!first || !last) return "";
  return first === last ? first : `${first}–${last}`;
}
