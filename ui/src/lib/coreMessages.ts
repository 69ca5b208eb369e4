/**
 * The core's messages (conflicts, refusals, import reports) in the UI's language.
 *
 * The core answers a `Message`: an id of its message files and typed arguments. Its message
 * files (`src/messages/locales/<code>.ftl` in the core, Fluent syntax) are imported here as
 * they are, so the app writes the very words the core and the command line write
 * (`plenary --ui-lang`); translators edit them in one place. They are a bundle apart from
 * the UI's own files, so the two sets of ids never meet.
 *
 * Arguments are written the UI's way: dates and times through `Intl` in the UI's language
 * (`time.ts`), numbers by Fluent (plural forms by CLDR category), lists joined by the
 * files' own separators, a session's title in the UI's language where the session has one. Reactive: a `say(...)` read in a template re-renders when the UI's
 * language changes.
 */
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { Arg } from "../bindings/Arg";
import type { Message } from "../bindings/Message";
import ar from "../../../src/messages/locales/ar.ftl?raw";
import en from "../../../src/messages/locales/en.ftl?raw";
import es from "../../../src/messages/locales/es.ftl?raw";
import fr from "../../../src/messages/locales/fr.ftl?raw";
import ru from "../../../src/messages/locales/ru.ftl?raw";
import zh from "../../../src/messages/locales/zh.ftl?raw";
import { localeTag, uiLocale, type UiLocale } from "./i18n.svelte";
import { parseTime, weekdayDayMonth, weekdayName } from "./time";

/** The core's message file of each UI language, as the core compiles them. */
export const CORE_SOURCES: Record<UiLocale, string> = { ar, zh, en, fr, ru, es };

const bundles = new Map<UiLocale, FluentBundle>();

function bundle(locale: UiLocale): FluentBundle {
  let b = bundles.get(locale);
  if (!b) {
    // As the UI's own bundle: isolated placeables and Latin digits in Arabic.
    b = new FluentBundle(locale === "ar" ? "ar-u-nu-latn" : localeTag(locale), { useIsolating: locale === "ar" });
    const errors = b.addResource(new FluentResource(CORE_SOURCES[locale]));
    for (const e of errors) console.error(`core messages ${locale}.ftl: ${e.message}`);
    bundles.set(locale, b);
  }
  return b;
}

/** A message of the files without arguments (a separator), in `locale` or else English. */
function piece(locale: UiLocale, id: string, fallback: string): string {
  for (const l of locale === "en" ? (["en"] as const) : ([locale, "en"] as const)) {
    const b = bundle(l);
    const m = b.getMessage(id);
    if (m?.value) return b.formatPattern(m.value);
  }
  return fallback;
}

/** "Wed 20 Sep 09:00" in the UI's language. */
function stampText(stamp: string): string {
  return `${weekdayDayMonth(stamp.slice(0, 10))} ${stamp.slice(11, 16)}`;
}

/** A stretch of time as the core words it: 24:00 at midnight, both dates over midnight. */
function spanText(start: string, end: string): string {
  const [sd, ed] = [start.slice(0, 10), end.slice(0, 10)];
  const [st, et] = [start.slice(11, 16), end.slice(11, 16)];
  if (start >= end) return stampText(start);
  if (sd === ed) return `${weekdayDayMonth(sd)} ${st}–${et}`;
  const next = new Date(Date.parse(`${sd}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  if (parseTime(et) === 0 && next === ed) return `${weekdayDayMonth(sd)} ${st}–24:00`;
  return `${stampText(start)}–${stampText(end)}`;
}

/**
 * A name the document gives in several languages (a session's title) as the core writes it:
 * in the UI's language where it has a non-blank one, else as `otherwise` (its main-language
 * title, or however the core named it).
 */
export function titleIn(
  titles: Partial<Record<string, string>> | undefined,
  otherwise: string,
  locale: UiLocale,
): string {
  return titles?.[locale]?.trim() || otherwise;
}

function argText(arg: Arg, locale: UiLocale): string {
  switch (arg.type) {
    case "text":
      return arg.value;
    case "number":
      return String(arg.value);
    case "date":
      return weekdayDayMonth(arg.value);
    case "weekday":
      return weekdayName(arg.value);
    case "time":
      return arg.value;
    case "stamp":
      return stampText(arg.value);
    case "span":
      return spanText(arg.value.start, arg.value.end);
    case "list":
      return arg.value.map((a) => argText(a, locale)).join(piece(locale, "list-separator", ", "));
    case "clauses":
      return arg.value.map((a) => argText(a, locale)).join(piece(locale, "clause-separator", ", "));
    case "message":
      return write(arg.value, locale);
    case "title":
      return titleIn(arg.value.titles, arg.value.otherwise, locale);
  }
}

function write(message: Message, locale: UiLocale): string {
  for (const l of locale === "en" ? (["en"] as const) : ([locale, "en"] as const)) {
    const b = bundle(l);
    const m = b.getMessage(message.id);
    if (!m?.value) continue;
    const args: Record<string, FluentVariable> = {};
    for (const [name, arg] of Object.entries(message.args ?? {})) {
      if (arg) args[name] = arg.type === "number" ? arg.value : argText(arg, locale);
    }
    const errors: Error[] = [];
    const text = b.formatPattern(m.value, args, errors);
    for (const e of errors) console.error(`core messages ${l}.ftl ${message.id}: ${e.message}`);
    return text;
  }
  return message.id;
}

/**
 * The core's `message` in the UI's language: in English where the language's file lacks
 * it, as its id (visible, never blank) where English lacks it too. Reactive.
 */
export function say(message: Message): string {
  return write(message, uiLocale());
}
