// @vitest-environment jsdom
// The grid's context menu opens at the pointer and stays whole in the window.
import { afterEach, describe, expect, it, vi } from "vitest";
import { mountInPage, settle, unmountAll } from "../test/mount";
import GridMenu from "./GridMenu.svelte";

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

function open(x: number, y: number) {
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockReturnValue(
    DOMRect.fromRect({ x, y, width: 180, height: 90 }),
  );
  const noop = () => {};
  mountInPage(GridMenu, { x, y, when: "Mon 12, 17:00", canPaste: false, onNew: noop, onPaste: noop, onClose: noop });
  return document.querySelector<HTMLElement>('[data-testid="grid-menu"]');
}

describe("GridMenu", () => {
  it("opens at the pointer when it fits", async () => {
    const menu = open(100, 120);
    await settle();
    expect([menu?.style.left, menu?.style.top]).toEqual(["100px", "120px"]);
  });

  it("moves in from the window's edges rather than being cut", async () => {
    const menu = open(window.innerWidth - 20, window.innerHeight - 10);
    await settle();
    expect(menu?.style.left).toBe(`${window.innerWidth - 180 - 4}px`);
    expect(menu?.style.top).toBe(`${window.innerHeight - 90 - 4}px`);
  });
});
