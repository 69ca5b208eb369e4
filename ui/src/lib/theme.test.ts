// Read from disk: a CSS import is styles, not text, under vitest. (The UI's types have no
// Node typings, so the module is typed here for the one call.)
const fs = (
  globalThis as unknown as {
    process: { getBuiltinModule(id: "node:fs"): { readFileSync(path: URL, encoding: "utf8"): string } };
  }
).process.getBuiltinModule("node:fs");
const css = fs.readFileSync(new URL("../app.css", import.meta.url), "utf8");
import { describe, expect, it } from "vitest";
import { THEME_KEY, resolve, startTheme, storedChoice } from "./theme";

/** The variables of a block of app.css (`:root {` or `:root[data-theme="dark"] {`). */
function block(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`app.css has no ${selector} block`);
  const body = css.slice(start, css.indexOf("}", start));
  const vars: Record<string, string> = {};
  for (const m of body.matchAll(/--([\w-]+):\s*([^;]+);/g)) vars[m[1] ?? ""] = (m[2] ?? "").trim();
  return vars;
}

const light = block(css, ":root");
const dark = { ...light, ...block(css, ':root[data-theme="dark"]') };

type Rgba = [number, number, number, number];

function parse(colour: string): Rgba {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour);
  if (hex) {
    const n = parseInt(hex[1] ?? "", 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
  }
  const rgba = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?\s*\)$/.exec(colour);
  if (rgba) return [Number(rgba[1]), Number(rgba[2]), Number(rgba[3]), rgba[4] === undefined ? 1 : Number(rgba[4])];
  throw new Error(`cannot read the colour ${colour}`);
}

/** `top` painted over `under` (an opaque colour). */
function over(top: Rgba, under: Rgba): Rgba {
  const a = top[3];
  const mix = (i: 0 | 1 | 2) => top[i] * a + under[i] * (1 - a);
  return [mix(0), mix(1), mix(2), 1];
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of `fg` on `bg` (each a variable name, a stack painted bottom up). */
function contrast(theme: Record<string, string>, fg: string, bg: string[]): number {
  const colour = (name: string) => {
    const value = theme[name];
    if (!value) throw new Error(`no --${name}`);
    return parse(value);
  };
  let base = colour(bg[0] ?? "");
  for (const layer of bg.slice(1)) base = over(colour(layer), base);
  const front = over(colour(fg), base);
  const [a, b] = [luminance(front), luminance(base)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

const KINDS = [
  "plenary",
  "workingParty",
  "question",
  "training",
  "management",
  "briefing",
  "webinar",
  "social",
  "other",
];

/** Text (4.5:1, WCAG AA for normal text): what is written on what. */
const TEXT: [string, string[]][] = [
  ...["bg", "surface", "surface-2", "accent-soft", "group-bg"].map((bg) => ["text", [bg]] as [string, string[]]),
  ...["error-soft", "warning-soft", "info-soft"].map((bg) => ["text", [bg]] as [string, string[]]),
  ...["bg", "surface", "surface-2", "group-bg"].map((bg) => ["text-2", [bg]] as [string, string[]]),
  ...["bg", "surface", "surface-2"].map((bg) => ["text-3", [bg]] as [string, string[]]),
  ["accent", ["surface"]],
  ["accent", ["bg"]],
  ["accent", ["accent-soft"]],
  ["error", ["surface"]],
  ["error", ["error-soft"]],
  ["error-text", ["error-soft"]],
  ["error-text", ["error-wash"]],
  ["error-text", ["surface"]],
  ["text", ["ok-soft"]],
  ["warning", ["surface"]],
  ["warning", ["warning-soft"]],
  ["info", ["surface"]],
  ["info", ["info-soft"]],
  ["ack", ["surface"]],
  ["ok", ["surface"]],
  ["break-text", ["surface", "break-meal"]],
  ["ghost-text", ["surface", "ghost-bg"]],
  ["error", ["surface", "ghost-bg"]],
  // Badges and conflict marks: a glyph in --on-strong on a strong colour.
  ...["accent", "error", "mark-warning", "mark-info", "ack", "text-3", "change", "ok"].map(
    (bg) => ["on-strong", [bg]] as [string, string[]],
  ),
  // Session blocks: the title in --text and the kind's label on the kind's background,
  // the "excluded" badge in --on-strong on the kind's colour.
  ...KINDS.flatMap((k) => [
    ["text", [`k-${k}-bg`]] as [string, string[]],
    [`k-${k}`, [`k-${k}-bg`]] as [string, string[]],
    ["on-strong", [`k-${k}`]] as [string, string[]],
  ]),
];

/** Marks that are not text (3:1, WCAG AA for graphical objects): outlines and stripes. */
const MARKS: [string, string[]][] = [
  ["accent", ["surface"]], // the focus ring
  ["change", ["surface"]], // the change overlay's outline
  ...KINDS.map((k) => ["change", [`k-${k}-bg`]] as [string, string[]]),
  ...KINDS.map((k) => ["error", [`k-${k}-bg`]] as [string, string[]]), // a conflict on a block
  ["ghost-line", ["surface"]], // where a session moved from
  ["ok", ["surface"]], // a feasible drop
  ["error", ["surface"]], // an infeasible drop
];

describe.each([
  ["light", light],
  ["dark", dark],
])("the %s theme", (_name, theme) => {
  it("defines every colour of the light theme", () => {
    for (const name of Object.keys(light)) expect(theme[name], name).toBeTruthy();
  });
  it.each(TEXT)("writes --%s on %j legibly (4.5:1)", (fg, bg) => {
    expect(contrast(theme, fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
  it.each(MARKS)("draws --%s on %j visibly (3:1)", (fg, bg) => {
    expect(contrast(theme, fg, bg)).toBeGreaterThanOrEqual(3);
  });
});

describe("the appearance setting", () => {
  const memory = () => {
    const items = new Map<string, string>();
    return {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
      items,
    };
  };

  it("follows the system unless light or dark was chosen", () => {
    expect(resolve("system", true)).toBe("dark");
    expect(resolve("system", false)).toBe("light");
    expect(resolve("light", true)).toBe("light");
    expect(resolve("dark", false)).toBe("dark");
    expect(storedChoice(undefined)).toBe("system");
    expect(storedChoice({ getItem: () => "purple" })).toBe("system");
  });

  it("applies, remembers and tells the window the choice, and follows the system's changes", () => {
    const storage = memory();
    const listeners: (() => void)[] = [];
    const media = {
      matches: false,
      addEventListener: (_: string, f: () => void) => listeners.push(f),
    } as unknown as MediaQueryList;
    const root = { dataset: {} as Record<string, string> } as unknown as HTMLElement;
    const told: (string | null)[] = [];
    const choose = startTheme({ root, storage: storage as unknown as Storage, media, native: (t) => told.push(t) });
    expect(root.dataset.theme).toBe("light");
    (media as { matches: boolean }).matches = true;
    for (const listener of listeners) listener();
    expect(root.dataset.theme, "the system turned dark").toBe("dark");
    choose("light");
    expect(root.dataset.theme).toBe("light");
    expect(storage.items.get(THEME_KEY)).toBe("light");
    choose("system");
    expect(root.dataset.theme).toBe("dark");
    expect(storage.items.has(THEME_KEY)).toBe(false);
    expect(told).toEqual([null, "light", null]);
  });
});

describe("the components", () => {
  it("take every colour from the palette (but the annex's white paper and the brand header)", () => {
    const files = Object.entries(
      import.meta.glob<string>(["../components/*.svelte", "../App.svelte"], {
        query: "?raw",
        import: "default",
        eager: true,
      }),
    );
    expect(files.length).toBeGreaterThan(20);
    const allowed = [
      /\.(page|preview) \{[^}]*background: #fff;/g, // an iframe showing a page of the annex
      /linear-gradient\(135deg, #3d6be0, #2a4fb0\);\s*color: #fff;/g, // the header's brand mark
    ];
    for (const [name, text] of files) {
      const style = text.slice(text.indexOf("<style"));
      let rest = style;
      for (const a of allowed) rest = rest.replace(a, "");
      const literal = /#[0-9a-f]{3,8}\b|rgba?\(|\b(white|black)\b(?!-)/i.exec(rest);
      expect(literal?.[0], `${name} hard-codes a colour`).toBeUndefined();
    }
  });
});

describe("the user guide", () => {
  const guide = fs.readFileSync(new URL("../../public/guide.html", import.meta.url), "utf8");
  const style = guide.slice(guide.indexOf("<style>"), guide.indexOf("</style>"));
  const vars = (text: string) =>
    Object.fromEntries([...text.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? "", (m[2] ?? "").trim()]));
  const darkAt = style.indexOf("@media (prefers-color-scheme: dark)");
  const guideLight = vars(style.slice(0, darkAt));
  const guideDark = { ...guideLight, ...vars(style.slice(darkAt, style.indexOf("}", style.indexOf("{", darkAt) + 1))) };

  it("has the app's colours in both themes, and uses no other", () => {
    for (const [name, value] of Object.entries(guideLight)) expect(value, `light --${name}`).toBe(light[name]);
    for (const [name, value] of Object.entries(guideDark)) expect(value, `dark --${name}`).toBe(dark[name]);
    const rest = style.replace(/--[\w-]+:\s*[^;]+;/g, "");
    expect(/#[0-9a-f]{3,8}\b|rgba?\(/i.exec(rest)?.[0], "a colour outside the variables").toBeUndefined();
  });

  it("draws keys readably in both themes", () => {
    const kbd = style.slice(style.lastIndexOf("kbd {"));
    expect(kbd).toMatch(/color: var\(--text\)/);
    expect(kbd).toMatch(/background: var\(--surface-2\)/);
    for (const theme of [guideLight, guideDark]) {
      expect(contrast(theme, "text", ["surface-2"])).toBeGreaterThanOrEqual(7);
    }
  });
});
