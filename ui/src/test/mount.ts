/**
 * Mounting components in component tests (jsdom): each goes into a fresh element of the
 * page, and `unmountAll` (run after each test) unmounts them and empties the page, so no
 * test sees what an earlier one left behind.
 */
import { flushSync, mount, tick, unmount, type Component } from "svelte";

const mounted = new Set<ReturnType<typeof mount>>();

/** Mounts `component` with `props` into a new element appended to the page; returns that element. */
export function mountInPage<Props extends Record<string, unknown>>(
  component: Component<Props>,
  props: Props,
): HTMLDivElement {
  const target = document.createElement("div");
  document.body.appendChild(target);
  mounted.add(mount(component, { target, props }));
  return target;
}

/** Unmounts everything `mountInPage` mounted and empties the page. */
export function unmountAll() {
  for (const component of mounted) void unmount(component);
  mounted.clear();
  document.body.innerHTML = "";
}

/** Lets pending promises, timers and effects run, so the DOM shows their outcome. */
export async function settle() {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await tick();
  }
  flushSync();
}

/**
 * Waits until the next frame is painted, then settles: what the app draws after a first
 * paint (the side panel's lists after the grid's first frame) is there then.
 */
export async function painted() {
  await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  await settle();
}
