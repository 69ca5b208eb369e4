// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import type { Timetable } from "../bindings/Timetable";
import { setUiLocale } from "../lib/i18n.svelte";
import { mockBackend } from "../lib/mockBackend";
import { fixture } from "../test/fixture";
import { mountInPage, settle, unmountAll } from "../test/mount";
import AnnexView from "./AnnexView.svelte";

afterEach(unmountAll);

describe("AnnexView", () => {
  it("shows the core's annex in a sandboxed frame, in the document's language, and asks again after an edit", async () => {
    const snapshot = fixture();
    const backend = mockBackend(snapshot);
    const props = $state({ backend, timetable: snapshot.timetable as Timetable, lang: "fr" as const });
    const target = mountInPage(AnnexView, props);
    await settle();
    const asked = () => backend.calls.filter((c) => c.method === "annexPreview");
    expect(asked()).toEqual([{ method: "annexPreview", layout: "days", lang: "fr" }]);
    const frame = target.querySelector<HTMLIFrameElement>('[data-testid="annex-frame"]');
    expect(frame?.getAttribute("sandbox"), "no scripts, no same origin").toBe("");
    expect(frame?.getAttribute("srcdoc")).toContain("Annex preview: days, fr");
    expect(target.querySelector('[data-testid="annex-view"]')).not.toBeNull();

    props.timetable = { ...snapshot.timetable };
    await settle();
    expect(asked(), "an applied edit (a new timetable) re-fetches the annex").toHaveLength(2);

    const select = target.querySelector<HTMLSelectElement>('[data-testid="annex-layout"]');
    if (!select) throw new Error("no layout picker");
    select.value = "bodies";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    await settle();
    expect(asked().at(-1)).toEqual({ method: "annexPreview", layout: "bodies", lang: "fr" });
    expect(target.querySelector('[data-testid="annex-frame"]')?.getAttribute("srcdoc")).toContain("bodies, fr");
  });

  it("reads the annex in any of the meeting's languages, starting in the main one", async () => {
    const snapshot = fixture();
    const backend = mockBackend(snapshot);
    const target = mountInPage(AnnexView, {
      backend,
      timetable: snapshot.timetable as Timetable,
      lang: "en" as const,
      languages: ["en", "fr", "zh"] as const,
    });
    await settle();
    const asked = () => backend.calls.filter((c) => c.method === "annexPreview");
    expect(asked().at(-1)).toEqual({ method: "annexPreview", layout: "days", lang: "en" });
    const select = target.querySelector<HTMLSelectElement>('[data-testid="annex-lang"]');
    if (!select) throw new Error("no language picker");
    expect([...select.options].map((o) => o.textContent)).toEqual(["English", "French", "Chinese"]);
    select.value = "fr";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    await settle();
    expect(asked().at(-1)).toEqual({ method: "annexPreview", layout: "days", lang: "fr" });
    expect(target.querySelector('[data-testid="annex-frame"]')?.getAttribute("srcdoc")).toContain("days, fr");
  });

  it("offers no language choice for a meeting in one language, and says nothing internal", async () => {
    const snapshot = fixture();
    const target = mountInPage(AnnexView, {
      backend: mockBackend(snapshot),
      timetable: snapshot.timetable as Timetable,
      lang: "en" as const,
      languages: ["en"] as const,
    });
    await settle();
    expect(target.querySelector('[data-testid="annex-lang"]')).toBeNull();
    expect(target.textContent).not.toMatch(/core/);
  });

  it("lists what the annex does not say as the timetable has it, above the page", async () => {
    const snapshot = fixture();
    const backend = mockBackend(snapshot);
    backend.annexWarningList = [
      {
        message: "free note 'free:1' has no text in any language; left out",
        words: { id: "annex-free-note-empty", args: { key: { type: "text", value: "free:1" } } },
        sessions: [],
      },
    ];
    const target = mountInPage(AnnexView, { backend, timetable: snapshot.timetable as Timetable, lang: "en" as const });
    await settle();
    const listed = [...target.querySelectorAll('[data-testid="annex-warning"]')].map((li) => li.textContent);
    expect(listed).toEqual([backend.annexWarningList[0]?.message]);
    expect(target.querySelector('[data-testid="annex-warnings"] summary')?.textContent).toContain(
      "1 thing the annex does not say",
    );
    // In the UI's language, from the core's message files.
    setUiLocale("fr", false);
    await settle();
    expect(target.querySelector('[data-testid="annex-warning"]')?.textContent).toBe(
      "la note libre «\u00a0free:1\u00a0» n’a de texte dans aucune langue\u00a0; laissée de côté",
    );
    setUiLocale("en", false);
  });
});
