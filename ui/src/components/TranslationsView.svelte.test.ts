// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import type { Command } from "../bindings/Command";
import type { Translations } from "../bindings/Translations";
import { fixture } from "../test/fixture";
import { mockBackend } from "../lib/mockBackend";
import { mountInPage, settle, unmountAll } from "../test/mount";
import TranslationsView from "./TranslationsView.svelte";

afterEach(unmountAll);

/** The core's list for a meeting in English, French and Arabic (what `translations` answers). */
function texts(): Translations {
  return {
    languages: ["en", "fr", "ar"],
    rows: [
      {
        place: { kind: "meetingTitle" },
        owner: "SG12 meeting",
        texts: { en: "SG12 meeting", fr: "Réunion de la CE12", ar: "اجتماع" },
        missing: [],
      },
      {
        place: { kind: "sessionTitle", session: "q4" },
        owner: "Question 4/12",
        start: "2017-09-22T09:00",
        texts: { en: "Question 4/12" },
        missing: ["fr", "ar"],
      },
      {
        place: { kind: "bodyName", body: "q4" },
        owner: "Q4/12",
        texts: { en: "Question 4/12: objective assessment", fr: "Question 4/12" },
        missing: ["ar"],
      },
    ],
  };
}

async function open(props: { missingOnly?: boolean; missingLang?: "fr" | "ar" | null } = {}, list = texts()) {
  const f = fixture();
  const backend = mockBackend(f);
  backend.texts = list;
  const sent: Command[] = [];
  const target = mountInPage(TranslationsView, {
    backend,
    timetable: f.timetable,
    onCommand: async (command: Command) => {
      sent.push(command);
      return null;
    },
    ...props,
  });
  await settle();
  return { target, sent };
}

const rows = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('[data-testid="translation-row"]')];
const cell = (root: ParentNode, item: string, kind: string, lang: string) => {
  const found = root.querySelector<HTMLTableCellElement>(
    `[data-testid="translation-row"][data-item="${item}"][data-kind="${kind}"] td[data-lang="${lang}"]`,
  );
  if (!found) throw new Error(`no cell ${item} ${kind} ${lang}`);
  return found;
};

describe("TranslationsView lists the core's texts, one column per meeting language", () => {
  it("shows a row per text and a column per language, the missing cells highlighted", async () => {
    const { target } = await open();
    expect(rows(target)).toHaveLength(3);
    const headers = [...target.querySelectorAll("thead th")].map((th) => th.textContent?.trim());
    expect(headers).toEqual(["Text", "English EN", "French FR", "Arabic AR"]);
    expect(cell(target, "q4", "sessionTitle", "fr").classList.contains("missing")).toBe(true);
    expect(cell(target, "q4", "sessionTitle", "en").classList.contains("missing")).toBe(false);
    expect(target.querySelector('[data-testid="translations-counts"]')?.textContent).toContain("French: 1 missing");
  });

  it("writes Arabic right to left and names rows by their owner, never an id", async () => {
    const { target } = await open();
    const input = cell(target, "q4", "bodyName", "ar").querySelector("input");
    expect(input?.getAttribute("dir")).toBe("rtl");
    expect(input?.getAttribute("lang")).toBe("ar");
    const label = target.querySelector('[data-kind="bodyName"] th')?.textContent ?? "";
    expect(label).toContain("Q4/12");
    const session = target.querySelector('[data-kind="sessionTitle"] th')?.textContent ?? "";
    expect(session, "sessions sharing a title are told apart by when they meet").toContain(
      "Friday 22 September, 09:00",
    );
  });

  it("sends one setText command for an edited cell, and none for a cell left as it was", async () => {
    const { target, sent } = await open();
    const input = cell(target, "q4", "sessionTitle", "fr").querySelector("input")!;
    input.dispatchEvent(new FocusEvent("blur"));
    expect(sent).toEqual([]);
    input.value = "Question 4/12 (fr)";
    input.dispatchEvent(new FocusEvent("blur"));
    expect(sent).toEqual([
      { type: "setText", place: { kind: "sessionTitle", session: "q4" }, lang: "fr", text: "Question 4/12 (fr)" },
    ]);
  });

  it("starts a missing cell from another language's text with Copy from", async () => {
    const { target, sent } = await open();
    const td = cell(target, "q4", "bodyName", "ar");
    const select = td.querySelector<HTMLSelectElement>('[data-testid="copy-from"]')!;
    expect([...select.options].map((o) => o.value)).toEqual(["", "en", "fr"]);
    select.value = "fr";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    const input = td.querySelector("input")!;
    expect(input.value).toBe("Question 4/12");
    input.dispatchEvent(new FocusEvent("blur"));
    expect(sent).toEqual([
      { type: "setText", place: { kind: "bodyName", body: "q4" }, lang: "ar", text: "Question 4/12" },
    ]);
  });

  it("filters to the rows lacking a text, in one language or any, and says when none is left", async () => {
    const any = await open({ missingOnly: true, missingLang: null });
    expect(rows(any.target).map((r) => r.dataset.kind)).toEqual(["sessionTitle", "bodyName"]);
    unmountAll();
    const fr = await open({ missingOnly: true, missingLang: "fr" });
    expect(rows(fr.target).map((r) => r.dataset.kind)).toEqual(["sessionTitle"]);
    unmountAll();
    const complete = texts();
    complete.rows = complete.rows.slice(0, 1);
    const none = await open({ missingOnly: true, missingLang: "fr" }, complete);
    expect(rows(none.target)).toHaveLength(0);
    expect(none.target.querySelector('[data-testid="translations-empty"]')?.textContent).toContain(
      "No text is missing in French.",
    );
  });
});
