// The window's layout remembered across runs: what was stored comes back, anything else
// gives the defaults, and storage that refuses never stops the window.
import { describe, expect, it } from "vitest";
import { DEFAULT_LAYOUT, LAYOUT_KEY, readLayout, saveLayout, type WindowLayout } from "./layoutMemory";

function memory() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
}

describe("the window's layout", () => {
  it("comes back as it was saved", () => {
    const storage = memory();
    const layout: WindowLayout = {
      view: "annex",
      roomView: true,
      orientation: "rows",
      condensed: true,
      revisions: true,
    };
    saveLayout(storage, layout);
    expect(readLayout(storage)).toEqual(layout);
  });

  it("is the default when nothing, something unknown or something broken is stored", () => {
    const storage = memory();
    expect(readLayout(storage)).toEqual(DEFAULT_LAYOUT);
    expect(readLayout(undefined)).toEqual(DEFAULT_LAYOUT);
    storage.items.set(LAYOUT_KEY, "{not json");
    expect(readLayout(storage)).toEqual(DEFAULT_LAYOUT);
    storage.items.set(LAYOUT_KEY, JSON.stringify({ view: "gantt", orientation: "diagonal", revisions: "yes" }));
    expect(readLayout(storage)).toEqual(DEFAULT_LAYOUT);
    storage.items.set(LAYOUT_KEY, JSON.stringify({ view: "bodies" }));
    expect(readLayout(storage)).toEqual({ ...DEFAULT_LAYOUT, view: "bodies" });
  });

  it("is not remembered, without failing, when storage refuses", () => {
    const refusing = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(() => saveLayout(refusing, DEFAULT_LAYOUT)).not.toThrow();
    expect(readLayout(refusing)).toEqual(DEFAULT_LAYOUT);
  });
});
