// @vitest-environment jsdom
import { flushSync, mount, unmount } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import type { ArrangeWeight } from "../bindings/ArrangeWeight";
import ArrangeWeightField from "./ArrangeWeightField.svelte";

let shown: ReturnType<typeof mount> | null = null;

afterEach(() => {
  if (shown) void unmount(shown);
  shown = null;
  document.body.innerHTML = "";
});

function show(value: ArrangeWeight | undefined, allowHard = true) {
  const set: (ArrangeWeight | undefined)[] = [];
  const target = document.createElement("div");
  document.body.appendChild(target);
  shown = mount(ArrangeWeightField, {
    target,
    props: { value, label: "Room clash", testid: "w", allowHard, onSet: (w: ArrangeWeight | undefined) => set.push(w) },
  });
  flushSync();
  const select = target.querySelector<HTMLSelectElement>("[data-testid='w']")!;
  const choose = (v: string) => {
    select.value = v;
    select.dispatchEvent(new Event("change", { bubbles: true }));
    flushSync();
  };
  return { target, set, select, choose };
}

describe("an arrange weight", () => {
  it("shows the document's weight and sends one choice per gesture", () => {
    const { select, set, choose } = show("hard");
    expect(select.value).toBe("hard");
    choose("");
    choose("soft");
    expect(set).toEqual([undefined, 10]);
  });

  it("sends a soft weight typed and left, and refuses what is not a whole number", () => {
    const { target, set } = show(25);
    const n = target.querySelector<HTMLInputElement>("[data-testid='w-n']")!;
    expect(n.value).toBe("25");
    n.value = "2.5";
    n.dispatchEvent(new Event("input", { bubbles: true }));
    n.dispatchEvent(new Event("change", { bubbles: true }));
    flushSync();
    expect(set).toEqual([]);
    expect(target.querySelector("[role='alert']")?.textContent).toContain("whole number");
    n.value = "40";
    n.dispatchEvent(new Event("input", { bubbles: true }));
    n.dispatchEvent(new Event("change", { bubbles: true }));
    flushSync();
    expect(set).toEqual([40]);
  });

  it("offers no hard choice for a preference", () => {
    const { select } = show(undefined, false);
    expect([...select.options].map((o) => o.value)).toEqual(["", "soft"]);
  });
});

describe("the preferences' weights", () => {
  it("show the document's weight and send one setArrangeWeight keyed by the preference", async () => {
    const { default: PreferenceWeights } = await import("./PreferenceWeights.svelte");
    const { fixture } = await import("../test/fixture");
    const timetable = fixture().timetable;
    timetable.arrangeWeights = { workingPartyDays: 3 };
    const sent: unknown[] = [];
    const target = document.createElement("div");
    document.body.appendChild(target);
    shown = mount(PreferenceWeights, { target, props: { timetable, onCommand: (c: unknown) => sent.push(c) } });
    flushSync();
    const n = target.querySelector<HTMLInputElement>("[data-testid='weight-workingPartyDays-n']")!;
    expect(n.value).toBe("3");
    const lunch = target.querySelector<HTMLSelectElement>("[data-testid='weight-splitAcrossLunch']")!;
    expect([...lunch.options].map((o) => o.value)).toEqual(["", "soft"]);
    lunch.value = "soft";
    lunch.dispatchEvent(new Event("change", { bubbles: true }));
    flushSync();
    expect(sent).toEqual([{ type: "setArrangeWeight", kind: "splitAcrossLunch", weight: 10 }]);
  });
});
