/**
 * What the window showed, remembered across runs: the view (grid, annex, bodies,
 * translations), rooms or days, the orientation, condensed, and whether the Revisions panel
 * was open. The side panels remember their own folding (SidePanel.svelte) in the same
 * storage: the web view's `localStorage`, as the theme (theme.ts). The window's place and
 * size are the shell's (the window-state plugin).
 *
 * Best effort: storage that refuses (or holds something unknown) gives the defaults.
 */
import type { Orientation } from "./layout";

export type MainView = "grid" | "annex" | "bodies" | "translations";

export interface WindowLayout {
  view: MainView;
  roomView: boolean;
  orientation: Orientation;
  condensed: boolean;
  /** The Revisions panel is open. */
  revisions: boolean;
}

export const LAYOUT_KEY = "plenary.layout";

export const DEFAULT_LAYOUT: WindowLayout = {
  view: "grid",
  roomView: false,
  orientation: "columns",
  condensed: false,
  revisions: false,
};

const VIEWS: readonly MainView[] = ["grid", "annex", "bodies", "translations"];

/** The remembered layout: each part that is stored and known, the default for the others. */
export function readLayout(storage: Pick<Storage, "getItem"> | undefined): WindowLayout {
  let stored: unknown;
  try {
    stored = JSON.parse(storage?.getItem(LAYOUT_KEY) ?? "null");
  } catch {
    stored = null; // refused, or not JSON
  }
  const s = (typeof stored === "object" && stored !== null ? stored : {}) as Record<string, unknown>;
  const bool = (v: unknown, d: boolean) => (typeof v === "boolean" ? v : d);
  return {
    view: VIEWS.find((v) => v === s["view"]) ?? DEFAULT_LAYOUT.view,
    roomView: bool(s["roomView"], DEFAULT_LAYOUT.roomView),
    orientation: s["orientation"] === "rows" || s["orientation"] === "columns" ? s["orientation"] : "columns",
    condensed: bool(s["condensed"], DEFAULT_LAYOUT.condensed),
    revisions: bool(s["revisions"], DEFAULT_LAYOUT.revisions),
  };
}

/** Remembers `layout` (not at all when storage refuses). */
export function saveLayout(storage: Pick<Storage, "setItem"> | undefined, layout: WindowLayout): void {
  try {
    storage?.setItem(LAYOUT_KEY, JSON.stringify(layout));
  } catch {
    // not remembered; the window still shows it
  }
}

/** The web view's lasting storage, or undefined where there is none (or it refuses). */
export function lastingStorage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
