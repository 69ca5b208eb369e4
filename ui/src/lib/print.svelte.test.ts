// @vitest-environment jsdom
// Printing: the page rule, fitting to the page width, the header, and print mode's order of
// events (drawn before the dialog, kept until the next gesture, undone after).
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  PRINTABLE_WIDTH_PX,
  PrintMode,
  fitZoom,
  pageRule,
  printHeader,
  wideIn,
  widestIn,
  type PrintHost,
} from "./print.svelte";

function host(over: Partial<PrintHost> = {}) {
  const events: string[] = [];
  let gesture: (() => void) | null = null;
  const h: PrintHost = {
    root: document.documentElement,
    head: document.head,
    drawn: async () => void events.push("drawn"),
    contentWidth: () => 2 * PRINTABLE_WIDTH_PX,
    print: () => void events.push("print"),
    nextGesture: (end) => {
      gesture = end;
      return () => (gesture = null);
    },
    ...over,
  };
  return { h, events, gesture: () => gesture?.() };
}

afterEach(() => {
  document.documentElement.removeAttribute("data-print");
  document.documentElement.removeAttribute("data-theme");
  document.documentElement.removeAttribute("style");
  document.head.innerHTML = "";
  document.body.innerHTML = "";
});

describe("print", () => {
  it("fits a view wider than the page to its width and never enlarges a narrower one", () => {
    expect(fitZoom(PRINTABLE_WIDTH_PX * 2)).toBe(0.5);
    expect(fitZoom(PRINTABLE_WIDTH_PX)).toBe(1);
    expect(fitZoom(300)).toBe(1);
    expect(fitZoom(0)).toBe(1);
    expect(fitZoom(3000, 1000)).toBeLessThanOrEqual(1 / 3);
  });

  it("prints views landscape and the annex on the core's portrait A4", () => {
    expect(pageRule("view")).toContain("landscape");
    expect(pageRule("annex")).toContain("A4 portrait");
  });

  it("heads a printed view with the meeting's title and the day it was printed", () => {
    const h = printHeader("ITU-T SG12", "2026-12-05", "en-GB");
    expect(h).toEqual({ title: "ITU-T SG12", printed: "Printed 5 December 2026" });
    expect(printHeader("  ", "2026-12-05", "en-GB").title).toBe("Untitled meeting");
  });

  it("measures the widest scrolling content of the main area", () => {
    document.body.innerHTML = `<main><div class="scroller"></div><div class="scroll"></div></main>`;
    const main = document.querySelector("main")!;
    Object.defineProperty(main.querySelector(".scroller")!, "scrollWidth", { value: 2400 });
    Object.defineProperty(main.querySelector(".scroll")!, "scrollWidth", { value: 900 });
    expect(widestIn(main)).toBe(2400);
    expect(widestIn(null)).toBe(0);
  });

  it("sets the pages up landscape for content wider than tall (the grid's scroller counts)", () => {
    const main = document.createElement("main");
    main.innerHTML = '<div class="scroller"></div>';
    const scroller = main.querySelector(".scroller")!;
    Object.defineProperty(scroller, "scrollWidth", { value: 2400 });
    Object.defineProperty(scroller, "scrollHeight", { value: 1100, configurable: true });
    expect(wideIn(main)).toBe(true);
    Object.defineProperty(scroller, "scrollHeight", { value: 3000 });
    expect(wideIn(main), "a grid of days as rows, taller than wide").toBe(false);
    expect(wideIn(null)).toBe(false);
  });

  it("draws every block before opening the dialog, fitted, in the light palette, and keeps it until the next gesture", async () => {
    const mode = new PrintMode();
    const { h, events, gesture } = host({
      print: () => {
        events.push(`print active=${mode.active}`);
      },
    });
    document.documentElement.dataset["theme"] = "dark";
    await mode.print(h, "view");
    expect(events).toEqual(["drawn", "print active=true"]);
    expect(mode.active).toBe(true);
    const root = document.documentElement;
    expect(root.dataset["print"]).toBe("view");
    expect(root.dataset["theme"]).toBe("light");
    expect(root.style.getPropertyValue("--print-zoom")).toBe("0.5");
    expect(document.head.querySelector("style[data-print-page]")?.textContent).toContain("landscape");

    gesture(); // the dialog has closed: the user clicks in the page
    expect(mode.active).toBe(false);
    expect(root.dataset["print"]).toBeUndefined();
    expect(root.dataset["theme"]).toBe("dark");
    expect(root.style.getPropertyValue("--print-zoom")).toBe("");
    expect(document.head.querySelector("style[data-print-page]")).toBeNull();
  });

  it("prints the annex at its own size, portrait", async () => {
    const mode = new PrintMode();
    const { h } = host();
    await mode.print(h, "annex");
    expect(mode.kind).toBe("annex");
    expect(document.documentElement.style.getPropertyValue("--print-zoom")).toBe("1");
    expect(document.head.querySelector("style[data-print-page]")?.textContent).toContain("portrait");
    mode.end();
  });

  it("leaves print mode at once when the dialog cannot be opened, and says so", async () => {
    const mode = new PrintMode();
    const { h } = host({ print: vi.fn().mockRejectedValue("no printing here") });
    await expect(mode.print(h, "view")).rejects.toBe("no printing here");
    expect(mode.active).toBe(false);
    expect(document.documentElement.dataset["print"]).toBeUndefined();
  });
});
