// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { mountInPage, settle, unmountAll } from "../test/mount";
import ChoiceList from "./ChoiceList.svelte";

afterEach(unmountAll);

/** The list over `n` persons ("Person 0" …, with one accented name), `chosen` ticked. */
async function open(n: number, chosen: string[]) {
  const items = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, label: i === 7 ? "Zoë Ångström" : `Person ${i}` }));
  const toggled: [string, boolean][] = [];
  const target = mountInPage(ChoiceList, {
    items,
    chosen,
    onToggle: (id: string, on: boolean) => toggled.push([id, on]),
    empty: "No persons yet",
    testid: "persons",
  });
  await settle();
  const labels = () => [...target.querySelectorAll("label")].map((l) => l.textContent?.trim());
  const find = async (text: string) => {
    const input = target.querySelector<HTMLInputElement>('[data-testid="persons-find"]');
    if (!input) throw new Error("no search field");
    input.value = text;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await settle();
  };
  return { target, labels, find, toggled };
}

describe("ChoiceList", () => {
  it("shows every item of a short list, ticked as chosen, without a search", async () => {
    const { target, labels, toggled } = await open(5, ["p2"]);
    expect(labels()).toEqual(["Person 0", "Person 1", "Person 2", "Person 3", "Person 4"]);
    expect(target.querySelector('[data-testid="persons-find"]')).toBeNull();
    const boxes = [...target.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((b) => b.checked)).toEqual([false, false, true, false, false]);
    boxes[3]!.click();
    expect(toggled).toEqual([["p3", true]]);
  });

  it("shows a long list's chosen items and only what a search finds, ignoring case and accents", async () => {
    const { target, labels, find, toggled } = await open(842, ["p500"]);
    expect(labels(), "the chosen one alone, not 842 checkboxes").toEqual(["Person 500"]);
    expect(target.querySelector<HTMLInputElement>('[data-testid="persons-find"]')?.placeholder).toBe("Find among 842…");
    await find("zoe angs");
    expect(labels()).toEqual(["Person 500", "Zoë Ångström"]);
    target.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[1]!.click();
    expect(toggled).toEqual([["p7", true]]);
    await find("person 1");
    // Person 1, 10-19, 100-199: 111 matches, 30 shown after the chosen one, the rest counted.
    expect(labels()).toHaveLength(31);
    expect(target.textContent).toContain("81 more match");
    await find("nobody");
    expect(target.textContent).toContain("Nothing matches.");
  });

  it("says so when the document has no items", async () => {
    const { target } = await open(0, []);
    expect(target.textContent).toContain("No persons yet");
  });
});
