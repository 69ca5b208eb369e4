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

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

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

/** English weekday name ("Tuesday"). */
export function weekdayName(date: string): string {
  return WEEKDAYS[utc(date).getUTCDay()] ?? "";
}

/** The date as the letter writes it in English: "Tuesday 19 September". */
export function longDate(date: string): string {
  const d = utc(date);
  return `${weekdayName(date)} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ""}`;
}

/** A short form for narrow columns: "Sat 23". */
export function shortDate(date: string): string {
  return `${weekdayName(date).slice(0, 3)} ${utc(date).getUTCDate()}`;
}
