import { FluentBundle, FluentResource } from "@fluent/bundle";
import { afterEach, describe, expect, it } from "vitest";
import {
  SOURCES,
  UI_LOCALES,
  autonym,
  setUiLocale,
  systemLocale,
  t,
  uiDir,
  uiLocale,
  type UiLocale,
} from "./i18n.svelte";
import { longDate, shortDate, clockTime } from "./time";
import { kindName, severityCount } from "./labels";

afterEach(() => setUiLocale("en", false));

/** The message ids of a Fluent source, as the library parses them (junk has no id). */
function ids(source: string): string[] {
  return new FluentResource(source).body.map((m) => m.id);
}

/** Each message's source text, by id: its first line and the indented lines under it. */
function blocks(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(/^([a-z][a-z0-9-]*) =(.*(?:\n(?:[ \t]+.*|))*)/gm)) out.set(m[1]!, m[2]!);
  return out;
}

const variables = (text: string) => new Set([...text.matchAll(/\{\s*\$([a-z]+)/g)].map((m) => m[1]));

const english = ids(SOURCES.en);
const others = UI_LOCALES.filter((l) => l !== "en");

describe("message files", () => {
  it("has the six languages of the UN", () => {
    expect([...UI_LOCALES].sort()).toEqual(["ar", "en", "es", "fr", "ru", "zh"]);
  });

  it("names each language in itself, as its file's language-autonym says", () => {
    for (const locale of UI_LOCALES) {
      const bundle = new FluentBundle(locale, { useIsolating: false });
      bundle.addResource(new FluentResource(SOURCES[locale]));
      const message = bundle.getMessage("language-autonym");
      expect(message?.value, `${locale}.ftl has language-autonym`).toBeTruthy();
      expect(autonym(locale)).toBe(bundle.formatPattern(message!.value!));
    }
    expect(autonym("fr")).toBe("Français");
  });

  it("parses every line of English, with no id twice", () => {
    expect(english.length).toBeGreaterThan(400);
    expect(new Set(english).size).toBe(english.length);
    expect(english.length, "every `id = text` line is a message, none is junk").toBe(blocks(SOURCES.en).size);
  });

  for (const locale of others) {
    it(`${locale}.ftl has every message of English and no other`, () => {
      const have = ids(SOURCES[locale]);
      expect(have.length, "every `id = text` line parses (no junk)").toBe(blocks(SOURCES[locale]).size);
      expect(
        english.filter((id) => !have.includes(id)),
        "missing",
      ).toEqual([]);
      expect(
        have.filter((id) => !english.includes(id)),
        "stray",
      ).toEqual([]);
      expect(new Set(have).size, "no id twice").toBe(have.length);
    });

    it(`${locale}.ftl uses only the variables English gives`, () => {
      const en = blocks(SOURCES.en);
      const wrong: string[] = [];
      for (const [id, text] of blocks(SOURCES[locale])) {
        const given = variables(en.get(id) ?? "");
        for (const v of variables(text)) if (!given.has(v)) wrong.push(`${id}: $${v}`);
      }
      expect(wrong).toEqual([]);
    });

    it(`${locale}.ftl formats every message without errors, plurals for 0 to 1000`, () => {
      const bundle = new FluentBundle(locale, { useIsolating: false });
      bundle.addResource(new FluentResource(SOURCES[locale]));
      const en = blocks(SOURCES.en);
      const errors: string[] = [];
      for (const id of english) {
        const msg = bundle.getMessage(id);
        const names = [...variables(en.get(id) ?? "")];
        for (const n of [0, 1, 2, 3, 5, 11, 21, 100, 1000]) {
          const args = Object.fromEntries(names.map((v) => [v, v === "n" || v === "more" ? n : "X"]));
          const errs: Error[] = [];
          const text = msg?.value ? bundle.formatPattern(msg.value, args, errs) : "";
          if (errs.length || !text.trim()) errors.push(`${id} (${n}): ${errs.map((e) => e.message).join("; ")}`);
        }
      }
      expect(errors).toEqual([]);
    });
  }
});

describe("the UI's language", () => {
  it("follows the system's languages, English when none is the UI's", () => {
    expect(systemLocale(["fr-CH", "en"])).toBe("fr");
    expect(systemLocale(["de-DE", "ru"])).toBe("ru");
    expect(systemLocale(["zh-CN"])).toBe("zh");
    expect(systemLocale(["ar-EG"])).toBe("ar");
    expect(systemLocale(["de-DE"])).toBe("en");
  });

  it("is English in the tests, and is kept when picked", () => {
    expect(uiLocale()).toBe("en");
    setUiLocale("es");
    expect(globalThis.localStorage?.getItem("plenary.uiLang") ?? "es").toBe("es");
    expect(t("toolbar-days")).toBe("Días");
  });

  it("words counts in each language's plural forms", () => {
    const forms: [UiLocale, number, string][] = [
      ["en", 1, "1 error"],
      ["en", 2, "2 errors"],
      ["fr", 2, "2 erreurs"],
      ["ru", 1, "1 ошибка"],
      ["ru", 3, "3 ошибки"],
      ["ru", 5, "5 ошибок"],
      ["ru", 21, "21 ошибка"],
      ["ar", 1, "خطأ واحد"],
      ["ar", 2, "خطآن"],
      ["ar", 3, "3 أخطاء"],
      ["ar", 11, "11 خطأً"],
    ];
    for (const [locale, n, text] of forms) {
      setUiLocale(locale, false);
      expect(severityCount("error", n).replace(/[\u2068\u2069]/g, ""), `${locale} ${n}`).toBe(text);
    }
  });

  it("is right to left in Arabic only", () => {
    for (const l of UI_LOCALES) {
      setUiLocale(l, false);
      expect(uiDir()).toBe(l === "ar" ? "rtl" : "ltr");
    }
  });

  it("writes dates and times by the platform's rules for the language", () => {
    expect(longDate("2017-09-19")).toBe("Tuesday 19 September");
    setUiLocale("fr", false);
    expect(longDate("2017-09-19")).toBe("mardi 19 septembre");
    expect(kindName("workingParty")).toBe("Groupe de travail");
    setUiLocale("zh", false);
    expect(shortDate("2017-09-19")).toContain("19");
    expect(clockTime(9 * 60 + 30)).toBe("09:30");
    setUiLocale("ar", false);
    expect(clockTime(9 * 60 + 30), "Arabic keeps Latin digits in times").toBe("09:30");
  });
});
