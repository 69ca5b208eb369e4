// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { mockBackend, type MockBackend } from "../lib/mockBackend";
import { setUiLocale } from "../lib/i18n.svelte";
import { fixture } from "../test/fixture";
import { mountInPage, settle, unmountAll } from "../test/mount";
import ExportDialog from "./ExportDialog.svelte";

afterEach(unmountAll);

async function open(backend: MockBackend, onClose: () => void = () => {}) {
  const target = mountInPage(ExportDialog, { backend, lang: "en", languages: fixture().view.languages, onClose });
  await settle();
  return target;
}

function choose(root: ParentNode, testid: string, value: string) {
  const select = root.querySelector<HTMLSelectElement>(`[data-testid="${testid}"]`);
  if (!select) throw new Error(`no ${testid}`);
  select.value = value;
  select.dispatchEvent(new Event("change", { bubbles: true }));
}

const previews = (b: MockBackend) => b.calls.filter((c) => c.method === "annexPreview");

describe("ExportDialog", () => {
  it("shows the core's annex preview in a sandboxed frame, without scripts", async () => {
    const backend = mockBackend(fixture());
    const target = await open(backend);
    expect(previews(backend)).toEqual([{ method: "annexPreview", layout: "days", lang: "en" }]);
    const frame = target.querySelector<HTMLIFrameElement>('[data-testid="export-preview"]');
    expect(frame?.getAttribute("sandbox"), "an empty sandbox: no scripts, no same origin").toBe("");
    expect(frame?.getAttribute("srcdoc")).toContain("Annex preview: days, en");
  });

  it("asks for a new preview when the format, layout or language changes", async () => {
    const backend = mockBackend(fixture());
    const target = await open(backend);
    choose(target, "export-layout", "bodies");
    await settle();
    choose(target, "export-lang", "zh");
    await settle();
    choose(target, "export-format", "annex-pdf");
    await settle();
    expect(previews(backend).map((c) => c.method === "annexPreview" && [c.layout, c.lang])).toEqual([
      ["days", "en"],
      ["bodies", "en"],
      ["bodies", "zh"],
      ["bodies", "zh"],
    ]);
    expect(target.querySelector('[data-testid="export-preview"]')?.getAttribute("srcdoc")).toContain("bodies, zh");
  });

  it("disables the layout for interchange formats", async () => {
    const backend = mockBackend(fixture());
    const target = await open(backend);
    choose(target, "export-format", "ics");
    await settle();
    expect(target.querySelector<HTMLSelectElement>('[data-testid="export-layout"]')?.disabled).toBe(true);
  });

  it("saves once, where the user picks, in the chosen format, layout and language", async () => {
    const backend = mockBackend(fixture());
    backend.pickExportPath = async (format) => {
      backend.calls.push({ method: "pickExportPath", format });
      return "/tmp/annex";
    };
    const target = await open(backend);
    choose(target, "export-layout", "plan");
    choose(target, "export-lang", "fr");
    await settle();
    target.querySelector<HTMLButtonElement>('[data-testid="export-save"]')?.click();
    await settle();
    const exports = backend.calls.filter((c) => c.method === "exportDocument");
    expect(exports).toEqual([
      { method: "exportDocument", path: "/tmp/annex.docx", format: "annex-docx", layout: "plan", lang: "fr" },
    ]);
    expect(target.querySelector('[data-testid="export-saved"]')?.textContent).toContain("/tmp/annex.docx");
    choose(target, "export-lang", "zh");
    await settle();
    expect(
      target.querySelector('[data-testid="export-saved"]'),
      "the report of the French file does not stay once the language changed",
    ).toBeNull();
  });

  it("writes nothing when the save dialog is cancelled", async () => {
    const backend = mockBackend(fixture());
    const target = await open(backend);
    target.querySelector<HTMLButtonElement>('[data-testid="export-save"]')?.click();
    await settle();
    expect(backend.calls.filter((c) => c.method === "pickExportPath")).toHaveLength(1);
    expect(backend.calls.filter((c) => c.method === "exportDocument")).toHaveLength(0);
  });

  it("lists the notes under the table for the chosen layout and language", async () => {
    const backend = mockBackend(fixture());
    const target = await open(backend);
    const keys = [...target.querySelectorAll('[data-testid="annex-note"]')].map((li) => li.getAttribute("data-key"));
    expect(keys[0]).toBe("hours");
    expect(keys.length).toBeGreaterThan(1);
    expect(backend.calls.filter((c) => c.method === "annexNotes")).toEqual([
      { method: "annexNotes", layout: "days", lang: "en" },
    ]);
    choose(target, "export-layout", "bodies");
    await settle();
    expect(backend.calls.filter((c) => c.method === "annexNotes").at(-1)).toEqual({
      method: "annexNotes",
      layout: "bodies",
      lang: "en",
    });
  });

  it("moves a note down with one command and refreshes the notes and the preview", async () => {
    const backend = mockBackend(fixture());
    const target = await open(backend);
    const before = [...target.querySelectorAll('[data-testid="annex-note"]')].map((li) => li.getAttribute("data-key"));
    const down = target.querySelector<HTMLButtonElement>('[data-key="hours"] [data-testid="annex-note-down"]');
    expect(target.querySelector<HTMLButtonElement>('[data-key="hours"] [data-testid="annex-note-up"]')?.disabled).toBe(
      true,
    );
    down?.click();
    await settle();
    expect(backend.calls.filter((c) => c.method === "apply").map((c) => c.method === "apply" && c.command)).toEqual([
      { type: "moveAnnexNote", key: "hours", toIndex: 1, layout: "days" },
    ]);
    const after = [...target.querySelectorAll('[data-testid="annex-note"]')].map((li) => li.getAttribute("data-key"));
    expect(after).toEqual([before[1], "hours", ...before.slice(2)]);
    expect(previews(backend)).toHaveLength(2);
  });

  it("overrides a note's text, shows it in the preview, and resets it to the derived text", async () => {
    const backend = mockBackend(fixture());
    const sent: unknown[] = [];
    const target = mountInPage(ExportDialog, {
      backend,
      lang: "en",
      languages: fixture().view.languages,
      onClose: () => {},
      onCommand: (c) => (sent.push(c), backend.apply(c, "no")),
    });
    await settle();
    const text = target.querySelector<HTMLTextAreaElement>('[data-key="hours"] [data-testid="annex-note-text"]');
    if (!text) throw new Error("no note text");
    text.value = "Sessions run 09:30–12:30 unless noted.";
    text.dispatchEvent(new Event("input", { bubbles: true }));
    await settle();
    target.querySelector<HTMLButtonElement>('[data-key="hours"] [data-testid="annex-note-apply"]')?.click();
    await settle();
    expect(sent).toEqual([
      { type: "setAnnexNoteText", key: "hours", lang: "en", text: "Sessions run 09:30–12:30 unless noted." },
    ]);
    expect(target.querySelector('[data-key="hours"]')?.getAttribute("data-overridden")).toBe("true");
    expect(target.querySelector('[data-testid="export-preview"]')?.getAttribute("srcdoc")).toContain(
      "Sessions run 09:30–12:30 unless noted.",
    );
    target.querySelector<HTMLButtonElement>('[data-key="hours"] [data-testid="annex-note-reset"]')?.click();
    await settle();
    expect(sent.at(-1)).toEqual({ type: "setAnnexNoteText", key: "hours", lang: "en" });
    expect(target.querySelector('[data-key="hours"]')?.getAttribute("data-overridden")).toBe("false");
    expect(target.querySelector<HTMLTextAreaElement>('[data-key="hours"] [data-testid="annex-note-text"]')?.value).toBe(
      "All other sessions: 09:00–12:30 and 14:00–17:30.",
    );
  });

  it("exports a chosen revision with the changes since another marked, previewing the same", async () => {
    const backend = mockBackend(fixture());
    backend.pickExportPath = async () => "/tmp/annex-rev2";
    const target = mountInPage(ExportDialog, {
      backend,
      lang: "en",
      languages: fixture().view.languages,
      onClose: () => {},
      revisions: ["Rev.1", "Rev.2"],
    });
    await settle();
    const options = [...target.querySelectorAll('[data-testid="export-revision"] option')].map((o) => o.textContent);
    expect(options, "the current state, then the newest revision first").toEqual(["Current state", "Rev.2", "Rev.1"]);
    choose(target, "export-revision", "Rev.2");
    choose(target, "export-changes-since", "Rev.1");
    await settle();
    expect(previews(backend).at(-1)).toEqual({
      method: "annexPreview",
      layout: "days",
      lang: "en",
      revision: "Rev.2",
      changesSince: "Rev.1",
    });
    expect(target.querySelector('[data-testid="export-preview"]')?.getAttribute("srcdoc")).toContain(
      "Rev.2, changes since Rev.1",
    );
    expect(
      target.querySelector('[data-testid="annex-notes"]'),
      "a published revision's notes are not edited",
    ).toBeNull();
    expect(target.querySelector('[data-testid="annex-notes-frozen"]')?.textContent).toContain("Rev.2");
    target.querySelector<HTMLButtonElement>('[data-testid="export-save"]')?.click();
    await settle();
    expect(backend.calls.filter((c) => c.method === "exportDocument")).toEqual([
      {
        method: "exportDocument",
        path: "/tmp/annex-rev2.docx",
        format: "annex-docx",
        layout: "days",
        lang: "en",
        revision: "Rev.2",
        changesSince: "Rev.1",
      },
    ]);
  });

  it("offers no version choice when nothing was published, and sends no marks for other formats", async () => {
    const backend = mockBackend(fixture());
    const target = await open(backend);
    expect(target.querySelector('[data-testid="export-revision"]')).toBeNull();
    unmountAll();
    const again = mountInPage(ExportDialog, {
      backend,
      lang: "en",
      languages: fixture().view.languages,
      onClose: () => {},
      revisions: ["Rev.1"],
    });
    await settle();
    choose(again, "export-changes-since", "Rev.1");
    choose(again, "export-format", "ics");
    await settle();
    expect(again.querySelector<HTMLSelectElement>('[data-testid="export-changes-since"]')?.disabled).toBe(true);
    expect(previews(backend).at(-1)).toEqual({ method: "annexPreview", layout: "days", lang: "en" });
  });

  it("names the format in the UI's language on its button and in its hint", async () => {
    setUiLocale("zh", false);
    try {
      const target = await open(mockBackend(fixture()));
      const button = () => target.querySelector('[data-testid="export-save"]')?.textContent?.trim();
      expect(button()).toBe("保存 Word 文档…");
      choose(target, "export-format", "xlsx");
      await settle();
      expect(button()).toBe("保存 Excel 工作簿…");
      expect(target.querySelector(".hint")?.textContent).toContain("Excel 工作簿");
    } finally {
      setUiLocale("en", false);
    }
  });

  it("words the button as a sentence of the language: a format's name is not capitalised mid-sentence", async () => {
    setUiLocale("ru", false);
    try {
      const target = await open(mockBackend(fixture()));
      const button = () => target.querySelector('[data-testid="export-save"]')?.textContent?.trim();
      expect(button()).toBe("Сохранить документ Word…");
      choose(target, "export-format", "annex-html");
      await settle();
      expect(button(), "the web page in the accusative").toBe("Сохранить веб-страницу…");
      choose(target, "export-format", "ics");
      await settle();
      expect(button()).toBe("Сохранить iCalendar…");
    } finally {
      setUiLocale("en", false);
    }
  });

  it("writes the export's warnings in the UI's language", async () => {
    setUiLocale("fr", false);
    try {
      const backend = mockBackend(fixture());
      backend.pickExportPath = async () => "/tmp/annex";
      backend.exportDocument = async () => [
        {
          id: "annex-text-fallback",
          args: {
            session: { type: "text", value: "Q4/12" },
            lang: { type: "text", value: "fr" },
            what: { type: "text", value: "label" },
            used: { type: "text", value: "en" },
          },
        },
      ];
      const target = await open(backend);
      target.querySelector<HTMLButtonElement>('[data-testid="export-save"]')?.click();
      await settle();
      const warnings = target.querySelector('[data-testid="export-saved"] .warnings')?.textContent ?? "";
      expect(warnings).toContain("Q4/12");
      expect(warnings).toContain("pas de libellé ni de titre en fr");
      expect(warnings).toContain("marqué [en]");
    } finally {
      setUiLocale("en", false);
    }
  });

  it("shows a failed export and closes on Escape", async () => {
    const backend = mockBackend(fixture());
    backend.pickExportPath = async () => "/tmp/x.ics";
    backend.exportDocument = async () => {
      throw { code: "io", message: "/tmp/x.ics: disk full" };
    };
    let closed = 0;
    const target = await open(backend, () => closed++);
    choose(target, "export-format", "ics");
    await settle();
    target.querySelector<HTMLButtonElement>('[data-testid="export-save"]')?.click();
    await settle();
    expect(target.querySelector('[data-testid="export-error"]')?.textContent).toContain("disk full");
    target
      .querySelector('[data-testid="export-dialog"]')
      ?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(closed).toBe(1);
  });
});
