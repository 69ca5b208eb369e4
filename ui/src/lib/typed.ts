/**
 * What a person types into a time or date field, read in one place: every time field and
 * every date field of the UI goes through `readTime` and `readDate`, so they accept the
 * same spellings and refuse the same way.
 *
 * The one rule: a typed value is read as the value it says or refused with why, never
 * turned into another one. "0930", "930", "9:30", "9.30", "9h30" and "9:30 am" are all
 * 09:30; "2575" is refused (there is no minute 75), not clamped to 23:59 or rolled over,
 * and "12:5" is refused (12:05 or 12:50?), not guessed.
 *
 * Dates are typed in the order of the user's locale (day/month/year in most of the world,
 * month/day/year in the US), with the year in full or as two digits, or as ISO
 * "YYYY-MM-DD", or with the month's name in the locale or in English ("17 Sept 2013").
 * A date that does not exist (31 April) is refused, never moved to 1 May.
 */
import type { TimeOfDay } from "../bindings/TimeOfDay";
import { t } from "./i18n.svelte";

/** A value read from what was typed, or why it cannot be. */
export type Typed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Marks of writing direction that Arabic dates carry around their separators. */
const BIDI_MARKS = /[\u200e\u200f\u061c]/g;

/** Arabic-Indic and Persian digits as ASCII digits, direction marks dropped. */
function plainDigits(text: string): string {
  return text
    .replace(BIDI_MARKS, "")
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function refuse<T>(message: string): Typed<T> {
  return { ok: false, message };
}

/** The time of day `text` says, as `"HH:MM"` (00:00 to 24:00), or why it is not one. */
export function readTime(text: string): Typed<TimeOfDay> {
  const typed = plainDigits(text).trim().toLowerCase().replace(/\s+/g, " ");
  if (typed === "") return refuse(t("typed-time-empty"));
  const m = /^(\d{1,4})(?:\s*[:.h]\s*(\d{1,2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(typed);
  if (!m || m[1] === undefined) return refuse(t("typed-time-malformed", { text: text.trim() }));
  const digits = m[1];
  let hours: number;
  let minutes: number;
  if (m[2] !== undefined) {
    if (digits.length > 2) return refuse(t("typed-time-malformed", { text: text.trim() }));
    if (m[2].length !== 2) return refuse(t("typed-time-minutes-digits", { text: text.trim() }));
    hours = Number(digits);
    minutes = Number(m[2]);
  } else if (digits.length <= 2) {
    hours = Number(digits);
    minutes = 0;
  } else {
    hours = Number(digits.slice(0, -2));
    minutes = Number(digits.slice(-2));
  }
  const suffix = m[3];
  if (suffix !== undefined) {
    if (hours < 1 || hours > 12) return refuse(t("typed-time-am-pm", { text: text.trim() }));
    const pm = suffix.startsWith("p");
    hours = (hours % 12) + (pm ? 12 : 0);
  }
  if (minutes > 59) return refuse(t("typed-time-minutes", { text: text.trim() }));
  if (hours > 24 || (hours === 24 && minutes > 0)) {
    return refuse(t("typed-time-day-end", { text: text.trim() }));
  }
  return { ok: true, value: `${pad2(hours)}:${pad2(minutes)}` };
}

/** The order of day, month and year in `locale`'s numeric dates ("dmy", "mdy" or "ymd"). */
export function dateOrder(locale?: string): "dmy" | "mdy" | "ymd" {
  const parts = new Intl.DateTimeFormat(locale, { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" })
    .formatToParts(new Date(Date.UTC(2013, 8, 17)))
    .map((p) => p.type)
    .filter((t) => t === "day" || t === "month" || t === "year");
  const key = parts.map((t) => t[0]).join("");
  return key === "mdy" || key === "ymd" ? key : "dmy";
}

/** How a date is typed in `locale`, for a field's placeholder ("dd/mm/yyyy"), with `name` the letters of each part. */
export function datePattern(
  locale?: string,
  name: Record<"d" | "m" | "y", string> = { d: "dd", m: "mm", y: "yyyy" },
): string {
  const order = dateOrder(locale);
  const separator =
    new Intl.DateTimeFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" })
      .formatToParts(new Date(Date.UTC(2013, 8, 17)))
      .find((p) => p.type === "literal")
      ?.value.replace(BIDI_MARKS, "") ?? "/";
  return [...order].map((c) => name[c as "d" | "m" | "y"]).join(separator.trim() || "/");
}

/** `iso` ("YYYY-MM-DD") as `locale` writes a date with its weekday and year. */
export function showDate(iso: string, locale?: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(d);
}

/** `iso` as `locale` writes it in numbers, the way `readDate` reads it back. */
export function numericDate(iso: string, locale?: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const sep = datePattern(locale).replace(/[dmy]/g, "")[0] ?? "/";
  const byOrder = { d, m: mo, y } as Record<string, string | undefined>;
  return [...dateOrder(locale)].map((c) => byOrder[c]).join(sep);
}

function monthNames(locale: string | undefined): Map<string, number> {
  const names = new Map<string, number>();
  for (const loc of [locale, "en"]) {
    for (const month of ["long", "short"] as const) {
      const format = new Intl.DateTimeFormat(loc, { month, timeZone: "UTC" });
      for (let i = 0; i < 12; i++) {
        const name = format
          .format(new Date(Date.UTC(2013, i, 15)))
          .toLowerCase()
          .replace(/\.$/, "");
        if (!names.has(name)) names.set(name, i + 1);
      }
    }
  }
  return names;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Eight digits cut in `order`'s parts: four for the year, two for the month and the day. */
function unpack(digits: string, order: string): string[] {
  const parts: string[] = [];
  let at = 0;
  for (const part of order) {
    const width = part === "y" ? 4 : 2;
    parts.push(digits.slice(at, at + width));
    at += width;
  }
  return parts;
}

/** The date `text` says, as `"YYYY-MM-DD"`, read in `locale`'s order; or why it is not one. */
export function readDate(text: string, locale?: string): Typed<string> {
  const typed = plainDigits(text).trim();
  const example = numericDate("2013-09-17", locale);
  if (typed === "") return refuse(t("typed-date-empty", { example }));
  // Eight digits typed without separators ("17092013") are the locale's order with a full
  // year, as the date field's own mask would read them.
  const packed = /^\d{8}$/.test(typed) ? unpack(typed, dateOrder(locale)) : null;
  const words =
    packed ??
    typed
      .toLowerCase()
      .split(/[\s/.,-]+/)
      .filter((w) => w !== "");
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    const names = monthNames(locale);
    const named = words.filter((w) => !/^\d+$/.test(w));
    const numbers = words.filter((w) => /^\d+$/.test(w));
    if (named.length === 1 && numbers.length === 2) {
      const name = named[0] ?? "";
      month = names.get(name) ?? [...names].find(([n]) => name.length >= 3 && n.startsWith(name))?.[1];
      if (month === undefined) return refuse(t("typed-date-no-month-name", { text: typed, name }));
      const [a, b] = numbers as [string, string];
      [day, year] =
        a.length === 4 ? [Number(b), Number(a)] : [Number(a), b.length === 2 ? 2000 + Number(b) : Number(b)];
    } else if (named.length === 0 && numbers.length === 3) {
      const order = dateOrder(locale);
      const at = (c: string) => numbers[order.indexOf(c)] ?? "";
      const y = at("y");
      if (y.length !== 4 && y.length !== 2) return refuse(t("typed-date-year", { text: typed, example }));
      year = y.length === 2 ? 2000 + Number(y) : Number(y);
      month = Number(at("m"));
      day = Number(at("d"));
    } else {
      return refuse(t("typed-date-malformed", { text: typed, example }));
    }
  }
  if (month < 1 || month > 12) return refuse(t("typed-date-no-month", { text: typed, month, example }));
  if (day < 1 || day > daysIn(year, month)) {
    return refuse(t("typed-date-days", { text: typed, days: daysIn(year, month) }));
  }
  return { ok: true, value: `${year}-${pad2(month)}-${pad2(day)}` };
}
