// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import type { Command } from "../bindings/Command";
import { fixture } from "../test/fixture";
import { mountInPage, settle, unmountAll } from "../test/mount";
import BodyTree from "./BodyTree.svelte";

afterEach(unmountAll);

/** The tree on the fixture; every command it sends is recorded, and answered `applied`. */
async function open(applied: unknown = {}) {
  const f = fixture();
  const sent: Command[] = [];
  const target = mountInPage(BodyTree, {
    timetable: f.timetable,
    view: f.view,
    onCommand: async (command: Command) => {
      sent.push(command);
      return applied;
    },
  });
  await settle();
  return { target, sent };
}

function el<T extends HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

function drag(from: HTMLElement, to: HTMLElement) {
  from.dispatchEvent(new Event("dragstart", { bubbles: true }));
  const over = new Event("dragover", { bubbles: true, cancelable: true });
  to.dispatchEvent(over);
  to.dispatchEvent(new Event("drop", { bubbles: true, cancelable: true }));
  return over.defaultPrevented;
}

describe("BodyTree", () => {
  it("lists the bodies in the core's tree order, indented by depth", async () => {
    const { target } = await open();
    const rows = [...target.querySelectorAll<HTMLElement>("[role=treeitem]")];
    expect(rows.map((r) => r.dataset.testid)).toEqual([
      "body-sg12",
      "body-wp1",
      "body-q1",
      "body-q2",
      "body-q4",
      "body-mgmt",
    ]);
    expect(rows.map((r) => r.getAttribute("aria-level"))).toEqual(["1", "2", "3", "3", "3", "2"]);
    const q1 = rows[2] as HTMLElement;
    expect(el<HTMLInputElement>(q1, "input.name").value).toBe("Question 1");
    expect(el<HTMLInputElement>(q1, "input.short").value).toBe("Q1/12");
  });

  it("adds a series typed at once as one command and clears the field", async () => {
    const { target, sent } = await open();
    const input = el<HTMLInputElement>(target, "[data-testid=body-series]");
    input.value = "Q5/12-Q7/12 under WP1/12";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await settle();
    el<HTMLFormElement>(target, "form.series").dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    await settle();
    expect(sent).toEqual([{ type: "addBodySeries", series: "Q5/12-Q7/12 under WP1/12" }]);
    expect(input.value).toBe("");
  });

  it("keeps the series text when the core refuses it", async () => {
    const { target } = await open(null);
    const input = el<HTMLInputElement>(target, "[data-testid=body-series]");
    input.value = "Q7-Q5/12";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await settle();
    el<HTMLFormElement>(target, "form.series").dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    await settle();
    expect(input.value).toBe("Q7-Q5/12");
  });

  it("reparents by a drag onto another body, one command", async () => {
    const { target, sent } = await open();
    const taken = drag(el(target, "[data-testid=body-q4]"), el(target, "[data-testid=body-sg12]"));
    expect(taken).toBe(true);
    expect(sent).toEqual([{ type: "reparentBody", id: "q4", parent: "sg12" }]);
  });

  it("refuses a drop onto the body itself or a body under it", async () => {
    const { target, sent } = await open();
    expect(drag(el(target, "[data-testid=body-wp1]"), el(target, "[data-testid=body-q1]"))).toBe(false);
    expect(drag(el(target, "[data-testid=body-wp1]"), el(target, "[data-testid=body-wp1]"))).toBe(false);
    expect(sent).toEqual([]);
  });

  it("offers a parent picker for the keyboard, without the bodies under it", async () => {
    const { target, sent } = await open();
    const picker = el<HTMLSelectElement>(target, "[aria-label='Parent of WP1/12']");
    const offered = [...picker.options].map((o) => o.value);
    expect(offered).toEqual(["", "sg12", "mgmt"]);
    picker.value = "";
    picker.dispatchEvent(new Event("change", { bubbles: true }));
    picker.value = "mgmt";
    picker.dispatchEvent(new Event("change", { bubbles: true }));
    expect(sent).toEqual([
      { type: "reparentBody", id: "wp1" },
      { type: "reparentBody", id: "wp1", parent: "mgmt" },
    ]);
  });

  it("removes a body and adds a new one with one command each", async () => {
    const { target, sent } = await open();
    el<HTMLButtonElement>(target, "[aria-label='Remove body Q2/12']").click();
    [...target.querySelectorAll("button")].find((b) => b.textContent?.trim() === "Add body")?.click();
    expect(sent.map((c) => c.type)).toEqual(["removeBody", "addBody"]);
  });

  it("marks a body as meeting in parallel with its parent and gives it its own hours", async () => {
    const { target, sent } = await open();
    el<HTMLButtonElement>(target, "[data-testid=body-expand-wp1]").click();
    await settle();
    const parallel = el<HTMLInputElement>(target, "[data-testid=body-parallel-wp1]");
    parallel.checked = true;
    parallel.dispatchEvent(new Event("change", { bubbles: true }));
    const first = sent.at(-1);
    expect(first?.type === "editBody" && first.body.parallelWithParent).toBe(true);
    const hours = el<HTMLElement>(target, "[data-testid=body-hours-wp1]");
    [...hours.querySelectorAll("button")].find((b) => b.textContent === "Add period")?.click();
    const second = sent.at(-1);
    expect(second?.type === "editBody" && second.body.hours).toEqual([{ start: "09:00", end: "17:30" }]);
  });
});
