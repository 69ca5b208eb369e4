import { flushSync } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import { VisibleDays, nearAfter } from "./visibleDays.svelte";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("visible days", () => {
  it("adds the days that come near the view and removes those that leave", () => {
    const near = new Set(["2017-09-22", "2017-09-23"]);
    const next = nearAfter(near, [
      { date: "2017-09-22", isIntersecting: false },
      { date: "2017-09-25", isIntersecting: true },
      { date: undefined, isIntersecting: true },
    ]);
    expect([...next].sort()).toEqual(["2017-09-23", "2017-09-25"]);
  });

  it("keeps the same set when nothing changed, so nothing redraws", () => {
    const near = new Set(["2017-09-22"]);
    expect(nearAfter(near, [{ date: "2017-09-22", isIntersecting: true }])).toBe(near);
    expect(nearAfter(near, [{ date: "2017-09-23", isIntersecting: false }])).toBe(near);
  });

  it("draws every day where the page cannot tell (no IntersectionObserver)", () => {
    const days = new VisibleDays();
    expect(days.observing).toBe(false);
    expect(days.drawn("2017-09-22")).toBe(true);
  });

  it("observes every day column of the scroller and each day drawn later, and draws those near", () => {
    let report: (entries: { target: unknown; isIntersecting: boolean }[]) => void = () => {};
    const observed = new Set<unknown>();
    vi.stubGlobal(
      "IntersectionObserver",
      class {
        constructor(callback: typeof report) {
          report = callback;
        }
        observe(el: unknown) {
          observed.add(el);
        }
        unobserve(el: unknown) {
          observed.delete(el);
        }
        disconnect() {
          observed.clear();
        }
      },
    );
    const day = (date: string) => ({ dataset: { date } }) as unknown as HTMLElement;
    const friday = day("2017-09-22");
    const monday = day("2017-09-25");
    const scroller = { querySelectorAll: () => [friday] } as unknown as HTMLElement;

    const days = new VisibleDays();
    const stop = days.scroller(scroller);
    expect(observed.has(friday), "the days drawn before the observer are observed").toBe(true);
    const added = days.day(monday);
    expect(observed.has(monday), "a day drawn later is observed as it is drawn").toBe(true);
    expect(days.drawn("2017-09-22")).toBe(false);

    report([{ target: friday, isIntersecting: true }]);
    flushSync();
    expect(days.drawn("2017-09-22")).toBe(true);
    expect(days.drawn("2017-09-25")).toBe(false);

    added?.destroy?.();
    expect(observed.has(monday)).toBe(false);
    stop?.destroy?.();
    expect(observed.size).toBe(0);
  });
});
