// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import type { Timetable } from "../bindings/Timetable";
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
        message: "session Opening plenary: 2027-03-09 09:30-11:00 differs from Morning 09:30-12:30",
        sessions: ["opening"],
      },
    ];
    const target = mountInPage(AnnexView, { backend, timetable: snapshot.timetable as Timetable, lang: "en" as const });
    await settle();
    const listed = [...target.querySelectorAll('[data-testid="annex-warning"]')].map((li) => li.textContent);
    expect(listed).toEqual([backend.annexWarningList[0]?.message]);
    expect(target.querySelector('[data-testid="annex-warnings"] summary')?.textContent).toContain(
      "1 thing the annex does not say",
    );
  });
});
