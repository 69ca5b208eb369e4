/**
 * How a field in a given language is marked up: its `lang` (so the platform picks the right
 * fonts, Simplified Chinese glyphs for zh) and its writing direction (Arabic right to left).
 */
import type { Lang } from "../bindings/Lang";

/** The BCP 47 tag of a field in `lang` (the documents' Chinese is Simplified). */
export function htmlLang(lang: Lang): string {
  return lang === "zh" ? "zh-Hans" : lang;
}

/** The writing direction of a field in `lang`. */
export function textDir(lang: Lang): "rtl" | "ltr" {
  return lang === "ar" ? "rtl" : "ltr";
}

/** The language's two-letter code as a short column or field tag ("FR"). */
export function langTag(lang: Lang): string {
  return lang.toUpperCase();
}
