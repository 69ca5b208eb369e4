/**
 * Light and dark appearance. The user's choice (View > Appearance: as the system, light or
 * dark) is kept in the web view's storage; "system" follows the platform's setting
 * (`prefers-color-scheme`) as it changes. The choice resolves to `data-theme="light"` or
 * `"dark"` on the root element, which selects the palette of `app.css` (one block per
 * theme, every pair of colours checked for contrast by `theme.test.ts`), and is passed to
 * the native window so that its title bar and menus match.
 */

export type ThemeChoice = "system" | "light" | "dark";
export type Theme = "light" | "dark";

export const THEME_KEY = "plenary.theme";

/** The stored choice; "system" when none or an unknown one is stored. */
export function storedChoice(storage: Pick<Storage, "getItem"> | undefined): ThemeChoice {
  let value: string | null;
  try {
    value = storage?.getItem(THEME_KEY) ?? null;
  } catch {
    value = null; // storage refused (private mode): the system's
  }
  return value === "light" || value === "dark" ? value : "system";
}

/** The theme a choice gives when the system prefers dark (`systemDark`) or not. */
export function resolve(choice: ThemeChoice, systemDark: boolean): Theme {
  if (choice === "system") return systemDark ? "dark" : "light";
  return choice;
}

/** What a theme needs from its surroundings (the browser's, or a test's). */
export interface ThemeHost {
  root: HTMLElement;
  storage?: Storage;
  media?: MediaQueryList;
  /** Tells the native window (Tauri's `setTheme`; null: the system's). */
  native?: (theme: Theme | null) => unknown;
}

/** Applies the stored choice and follows the system; answers the function that changes the choice. */
export function startTheme(host: ThemeHost): (choice: ThemeChoice) => void {
  let choice = storedChoice(host.storage);
  const apply = () => {
    const theme = resolve(choice, host.media?.matches ?? false);
    host.root.dataset.theme = theme;
    host.root.dataset.themeChoice = choice;
  };
  host.media?.addEventListener("change", apply);
  apply();
  void host.native?.(choice === "system" ? null : choice);
  return (next) => {
    choice = next;
    try {
      if (next === "system") host.storage?.removeItem(THEME_KEY);
      else host.storage?.setItem(THEME_KEY, next);
    } catch {
      // not remembered, but applied
    }
    apply();
    void host.native?.(next === "system" ? null : next);
  };
}

/** The running app's theme switch (set by `main.ts`; the menu's Appearance items call it). */
export const appTheme: { choose: (choice: ThemeChoice) => void } = { choose: () => {} };
