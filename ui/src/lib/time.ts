/**
 * Dates, times of day and stamps as they travel on the wire, and their arithmetic in whole
 * minutes. Dates are `"YYYY-MM-DD"` calendar dates with no time zone: every time in a
 * document is local to the meeting, so all arithmetic here is done in UTC to avoid the
 * machine's own zone and its daylight-saving jumps.
 */
import type { Stamp } from "../bindings/Stamp";
import type { TimeOfDay } from "../bindings/TimeOfDay";

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
 * Weekday, day and month names come from the platform's `Intl` (CLDR data), like the core's
 * ICU4X: the UI writes no calendar names of its own. One formatter for all calls (building
 * one per call is slow over a big grid). Dates are formatted in UTC, as they are parsed.
 */
const DATE_PARTS = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  timeZone: "UTC",
});

function parts(date: string): { weekday: string; day: string; month: string } {
  const out = { weekday: "", day: "", month: "" };
  for (const p of DATE_PARTS.formatToParts(utc(date))) {
    if (p.type === "weekday" || p.type === "day" || p.type === "month") out[p.type] = p.value;
  }
  return out;
}

/** English weekday name ("Tuesday"). */
export function weekdayName(date: string): string {
  return parts(date).weekday;
}

/** The date as the letter writes it in English: "Tuesday 19 September". */
export function longDate(date: string): string {
  const p = parts(date);
  return `${p.weekday} ${p.day} ${p.month}`;
}

/** A short form for narrow columns: "Sat 23". */
export function shortDate(date: string): string {
  const p = parts(date);
  return `${p.weekday.slice(0, 3)} ${p.day}`;
}

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
