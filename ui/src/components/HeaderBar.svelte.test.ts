// @vitest-environment jsdom
import { flushSync } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import App from "../App.svelte";
import { setUiLocale, uiLocale } from "../lib/i18n.svelte";
import { mockBackend } from "../lib/mockBackend";
import { fixture } from "../test/fixture";
import { mountInPage, settle, unmountAll } from "../test/mount";
import HeaderBar from "./HeaderBar.svelte";

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

afterEach(() => {
  unmountAll();
  setUiLocale("en", false);
  localStorage.clear();
});

const history = {
  canUndo: true,
  canRedo: false,
  undoLabel: "Move Opening to 10:30",
  undoWords: {
    id: "undo-move",
    args: {
      session: { type: "title", value: { titles: { fr: "Ouverture" }, otherwise: "Opening" } },
      to: { type: "time", value: "10:30" },
    },
  },
  dirty: true,
};
const noop = () => {};

function header() {
  return mountInPage(HeaderBar, {
    title: "SG12",
    venue: "Geneva",
    summary: { errors: 2, warnings: 0, infos: 1, acknowledged: 0 },
    history,
    onUndo: noop,
    onRedo: noop,
    onOpen: noop,
    onSave: noop,
  } as never);
}

const menu = (root: ParentNode) => root.querySelector<HTMLSelectElement>('[data-testid="ui-lang"]')!;
const save = (root: ParentNode) => root.querySelector('[data-testid="save"]')!.textContent?.trim();

describe("the UI's language", () => {
  it("says what Undo would undo in the UI's language, naming the session by its title there", () => {
    const target = header();
    flushSync();
    const undo = () => target.querySelector('[data-testid="undo"]')?.getAttribute("title");
    expect(undo()).toBe("Undo Move Opening to 10:30 (Ctrl+Z)");
    setUiLocale("fr", false);
    flushSync();
    expect(undo()).toContain("Déplacer Ouverture vers 10:30");
  });

  it("lists the six languages, each in itself, and starts in English", () => {
    const target = header();
    flushSync();
    expect([...menu(target).options].map((o) => o.textContent)).toEqual([
      "العربية",
      "中文",
      "English",
      "Français",
      "Русский",
      "Español",
    ]);
    expect(menu(target).value).toBe("en");
    expect(save(target)).toBe("Save");
    expect(target.querySelector('[data-testid="conflict-summary"]')?.textContent).toContain("2 errors");
  });

  it("re-renders the strings when another is picked, without a restart, and keeps the pick", () => {
    const target = header();
    flushSync();
    menu(target).value = "fr";
    menu(target).dispatchEvent(new Event("change", { bubbles: true }));
    flushSync();
    expect(uiLocale()).toBe("fr");
    expect(save(target)).toBe("Enregistrer");
    expect(target.querySelector('[data-testid="conflict-summary"]')?.textContent).toContain("2 erreurs");
    expect(target.querySelector('[data-testid="undo"]')?.getAttribute("title")).toBe(
      "Annuler Déplacer Ouverture vers 10:30 (Ctrl+Z)",
    );
    expect(localStorage.getItem("plenary.uiLang")).toBe("fr");
    setUiLocale("ru", false);
    flushSync();
    expect(save(target)).toBe("Сохранить");
    expect(target.querySelector('[data-testid="conflict-summary"]')?.textContent).toContain("2 ошибки");
  });

  it("lays the whole page out right to left in Arabic, and back", async () => {
    const backend = mockBackend(fixture());
    const target = mountInPage(App, { backend: Promise.resolve(backend) });
    await settle();
    expect(document.documentElement.dir).toBe("ltr");
    setUiLocale("ar", false);
    await settle();
    expect(document.documentElement.dir).toBe("rtl");
    expect(document.documentElement.lang).toBe("ar");
    expect(target.querySelector('[data-testid="day-header"][data-date="2017-09-22"]')?.textContent).toContain("الجمعة");
    setUiLocale("zh", false);
    await settle();
    expect(document.documentElement.dir).toBe("ltr");
    expect(document.documentElement.lang).toBe("zh-Hans");
    expect(target.querySelector('[data-testid="save"]')?.textContent?.trim()).toBe("保存");
  });
});

describe("the native menus", () => {
  it("are sent their texts in the UI's language at start and at each change", async () => {
    const backend = mockBackend(fixture());
    mountInPage(App, { backend: Promise.resolve(backend) });
    await settle();
    const sent = () => backend.calls.flatMap((c) => (c.method === "setMenuLanguage" ? [c.labels] : [])).at(-1) ?? {};
    expect(sent()["menu-file-save"]).toBe("Save");
    expect(sent()["menu-edit-copy-mac"]).toBe("Copy Sessions");
    setUiLocale("ru", false);
    await settle();
    expect(sent()["menu-file-save"]).toBe("Сохранить");
    setUiLocale("ar", false);
    await settle();
    const last = backend.calls.filter((c) => c.method === "setMenuLanguage").at(-1);
    expect(last).toMatchObject({ rtl: true });
    expect(sent()["menu-file-save"]).toBe("حفظ");
    setUiLocale("ru", false);
    await settle();
    expect(
      Object.keys(sent()).every(
        (id) => id.startsWith("menu-") || id.startsWith("window-title-") || id === "ui-language",
      ),
    ).toBe(true);
    expect(sent()["ui-language"], "and the language the shell writes Undo's words in").toBe("ru");
    expect(sent()["window-title-untitled"], "the window titles' words go with them").toBe("Без названия");
    expect(Object.keys(sent()).length).toBeGreaterThan(40);
  });
});
