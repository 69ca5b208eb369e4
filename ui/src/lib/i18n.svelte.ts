/**
 * The language the UI is written in: its buttons, headings, messages and dates. Not the
 * meeting's languages (the document's title translations and its exports), which are the
 * document's and are chosen in Meeting › Set up and in Export.
 *
 * Messages come from Fluent files (`src/locales/<code>.ftl`), one per language, that
 * translators edit without touching code; `@fluent/bundle` formats them (CLDR plural
 * categories through `Intl.PluralRules`, so Arabic's six forms and Russian's three work).
 * The language follows the system (`navigator.languages`) until the user picks one; the pick
 * is kept in `localStorage`. The current language is reactive state: every `t(...)` read in
 * a template re-renders when it changes, with no restart.
 *
 * What the core says (conflicts, refusals, import reports, annex warnings) comes as message
 * ids of the core's own files, written in this language by `coreMessages.ts`.
 */
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { negotiateLanguages } from "@fluent/langneg";
import ar from "../locales/ar.ftl?raw";
import en from "../locales/en.ftl?raw";
import es from "../locales/es.ftl?raw";
import fr from "../locales/fr.ftl?raw";
import ru from "../locales/ru.ftl?raw";
import zh from "../locales/zh.ftl?raw";

/**
 * Each UI language's Fluent source, as translators edit it, in the order the language menu
 * lists them (the UN's order). A language is added by adding its file here. These are the
 * UI's languages, not the meeting's (`View.languages`, the core's list).
 */
export const SOURCES = { ar, zh, en, fr, ru, es } as const;
export type UiLocale = keyof typeof SOURCES;

/** The UI's languages, in the language menu's order. */
export const UI_LOCALES = Object.keys(SOURCES) as readonly UiLocale[];

/** Where the user's pick is kept between runs. */
export const STORAGE_KEY = "plenary.uiLang";

/** The BCP 47 tag for `Intl` and `lang=` (the UI's Chinese is Simplified). */
export function localeTag(locale: UiLocale): string {
  return locale === "zh" ? "zh-Hans" : locale;
}

function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === "string" && (UI_LOCALES as readonly string[]).includes(value);
}

/** The language the system asks for, among the UI's; English when none fits. */
export function systemLocale(wanted: readonly string[]): UiLocale {
  const [best] = negotiateLanguages(wanted, UI_LOCALES, { defaultLocale: "en", strategy: "lookup" });
  return isUiLocale(best) ? best : "en";
}

function storedLocale(): UiLocale | null {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isUiLocale(v) ? v : null;
  } catch {
    return null;
  }
}

function initialLocale(): UiLocale {
  const nav = globalThis.navigator;
  return storedLocale() ?? systemLocale(nav?.languages?.length ? nav.languages : [nav?.language ?? "en"]);
}

const bundles = new Map<UiLocale, FluentBundle>();

/** The bundle of `locale`, built on first use; a syntax error in a file is reported, not thrown. */
function bundle(locale: UiLocale): FluentBundle {
  let b = bundles.get(locale);
  if (!b) {
    // Placeables are isolated (FSI/PDI) only in Arabic, where a Latin name or a number
    // inside right-to-left text would otherwise be reordered.
    // Counts in Arabic are written in Latin digits, as the times and dates are.
    b = new FluentBundle(locale === "ar" ? "ar-u-nu-latn" : localeTag(locale), { useIsolating: locale === "ar" });
    const errors = b.addResource(new FluentResource(SOURCES[locale]));
    for (const e of errors) console.error(`locales/${locale}.ftl: ${e.message}`);
    bundles.set(locale, b);
  }
  return b;
}

const state = $state({ locale: initialLocale() });

/** The UI's current language. Reactive. */
export function uiLocale(): UiLocale {
  return state.locale;
}

/** The UI's writing direction: right to left in Arabic. Reactive. */
export function uiDir(): "rtl" | "ltr" {
  return state.locale === "ar" ? "rtl" : "ltr";
}

/** Switch the UI's language now; `remember` keeps the pick for the next run. */
export function setUiLocale(locale: UiLocale, remember = true): void {
  state.locale = locale;
  if (!remember) return;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // A browser without storage keeps the pick for this run only.
  }
}

/** Arguments of a message: numbers pick plural forms and are formatted in the UI's locale. */
export type Args = Record<string, FluentVariable>;

/**
 * The message `id` in the UI's language, falling back to English when a translation lacks
 * it, and to the id itself (visible, never blank) when English lacks it too.
 */
export function t(id: string, args?: Args): string {
  for (const locale of state.locale === "en" ? (["en"] as const) : ([state.locale, "en"] as const)) {
    const b = bundle(locale);
    const msg = b.getMessage(id);
    if (msg?.value) {
      const errors: Error[] = [];
      const text = b.formatPattern(msg.value, args, errors);
      for (const e of errors) console.error(`locales/${locale}.ftl ${id}: ${e.message}`);
      return text;
    }
  }
  return id;
}

/**
 * The language's name in itself ("Français"), for the language menu: its file's
 * `language-autonym`, a plain one-line message, read from the file's text. The menu lists
 * every language at start-up, and building each language's bundle for one word parsed all
 * six files there (in JavaScriptCore's cold start, a good part of the first render).
 */
export function autonym(locale: UiLocale): string {
  return /^language-autonym = (.+)$/m.exec(SOURCES[locale])?.[1]?.trim() ?? locale;
}

/** The ids of the English file's `menu-*` and `window-title-*` messages, parsed once. */
let menuIds: string[] | undefined;

/**
 * The texts of the native menus in the UI's language, by message id (`menu-file-save`): every
 * `menu-*` message, for the shell to build its menus with, and the `window-title-*` words
 * it writes the window titles with ("Untitled", "(read-only)"). Reactive.
 */
export function menuLabels(): Record<string, string> {
  const ids = (menuIds ??= new FluentResource(SOURCES.en).body
    .map((m) => m.id)
    .filter((id) => id.startsWith("menu-") || id.startsWith("window-title-")));
  // Menus are native: no isolation marks in them, whatever the language. `ui-language`
  // tells the shell the language it writes the core's words in (Undo's "Move …").
  return {
    ...Object.fromEntries(ids.map((id) => [id, t(id).replace(/[\u2068\u2069]/g, "")])),
    "ui-language": state.locale,
  };
}
