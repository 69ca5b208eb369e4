import { afterEach, describe, expect, it } from "vitest";
import type { HoursTemplate } from "../bindings/HoursTemplate";
import { setUiLocale, UI_LOCALES } from "./i18n.svelte";
import { templateLabel } from "./setupLabels";

const TEMPLATES: HoursTemplate[] = ["ituT", "ituTEarly", "blank", "keep"];

describe("the set-up form's words in the UI's language", () => {
  afterEach(() => setUiLocale("en", false));

  it("names the hours templates in each of the six languages", () => {
    setUiLocale("fr", false);
    expect(templateLabel({ template: "blank", label: "Blank: no slots or breaks" })).toBe(
      "Vide : ni créneaux ni pauses",
    );
    for (const locale of UI_LOCALES) {
      setUiLocale(locale, false);
      for (const template of TEMPLATES) {
        const label = templateLabel({ template, label: "" });
        expect(label, `${locale} ${template}`).not.toMatch(/^setup-template/);
      }
    }
  });
});
