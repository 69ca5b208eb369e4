// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { createRawSnippet } from "svelte";
import { mountInPage, settle, unmountAll } from "../test/mount";
import SidePanel from "./SidePanel.svelte";

afterEach(() => {
  unmountAll();
  localStorage.clear();
});

const content = createRawSnippet(() => ({ render: () => `<aside data-testid="inside">Properties</aside>` }));

async function open() {
  const target = mountInPage(SidePanel, { name: "properties", label: "Properties", children: content });
  await settle();
  return target;
}

const toggle = (root: ParentNode) => root.querySelector<HTMLButtonElement>('[data-testid="panel-properties-toggle"]')!;

describe("SidePanel folds away so the grid gets the width", () => {
  it("folds to a rail naming the panel, and unfolds again", async () => {
    const target = await open();
    expect(target.querySelector('[data-testid="inside"]')).not.toBeNull();
    expect(toggle(target).getAttribute("aria-label")).toBe("Hide Properties");
    toggle(target).click();
    await settle();
    expect(target.querySelector('[data-testid="inside"]')).toBeNull();
    expect(toggle(target).getAttribute("aria-expanded")).toBe("false");
    expect(toggle(target).textContent).toContain("Properties");
    toggle(target).click();
    await settle();
    expect(target.querySelector('[data-testid="inside"]')).not.toBeNull();
  });

  it("remembers the fold across runs (the web view's lasting storage)", async () => {
    const first = await open();
    toggle(first).click();
    await settle();
    unmountAll();
    const again = await open();
    expect(again.querySelector('[data-testid="panel-properties"]')?.getAttribute("data-collapsed")).toBe("true");
    expect(again.querySelector('[data-testid="inside"]')).toBeNull();
  });
});
