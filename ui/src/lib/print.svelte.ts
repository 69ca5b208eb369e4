/**
 * Printing (File > Print, Ctrl+P; Cmd+P on macOS): what the user is looking at, on paper or
 * in a PDF, through the platform's print dialog.
 *
 * - The Annex view prints the core's HTML annex (the page the preview shows, portrait A4 as
 *   the core's own stylesheet asks); every other view prints its main area, landscape,
 *   fitted to the page width, under a header naming the meeting and the day it was printed.
 *   Toolbars, panels and dialogs are left off (`app.css`, `@media print`).
 * - The grid draws only the blocks near its viewport (cull.ts, visibleDays.svelte.ts). While
 *   printing it draws every block of every day: `printMode.active` turns culling off, the
 *   page is drawn (two animation frames), and only then is the print dialog opened.
 * - Views print landscape by the `@page` rule where the engine follows it (WebView2, WebKit on
 *   macOS, Chromium); WebKitGTK takes the orientation from its print operation instead, which
 *   the shell sets up landscape when the view is wider than tall (`wideIn`), and shrinks the
 *   page to the paper's width itself.
 * - The dialog is the shell's (Tauri's `print()`: GTK's on Linux, the system's elsewhere),
 *   which answers at once while the dialog is still open; the pages are drawn after the user
 *   confirms. So print mode ends at the user's next gesture in the page (the dialog is modal:
 *   none reaches the page while it is open), or after the browser's `afterprint`. Until then
 *   the grid just draws more than it needs.
 * - A print the browser starts itself (its own Ctrl+P in the preview) goes through
 *   `beforeprint`, which enters print mode synchronously, so it prints every block too.
 */
import { t } from "./i18n.svelte";
import { flushSync } from "svelte";

/** What is printed: the annex preview, or the view in the main area. */
export type PrintKind = "annex" | "view";

/** The printable width of a landscape page in CSS pixels: Letter (the narrower of A4 and Letter) less 10 mm margins. */
export const PRINTABLE_WIDTH_PX = Math.floor(((279.4 - 20) / 25.4) * 96);

/** The page rule of each kind (one `@page` for the whole document, so it is put in while printing). */
export function pageRule(kind: PrintKind): string {
  return kind === "annex" ? "@page { size: A4 portrait; margin: 1.5cm; }" : "@page { size: landscape; margin: 10mm; }";
}

/** The zoom that fits content `contentWidth` pixels wide into `pageWidth` (never enlarged). */
export function fitZoom(contentWidth: number, pageWidth = PRINTABLE_WIDTH_PX): number {
  if (!(contentWidth > pageWidth)) return 1;
  return Math.floor((pageWidth / contentWidth) * 1000) / 1000;
}

/**
 * The header of a printed view: the meeting's title and the day it was printed ("Printed 5
 * December 2026"); `today` is the shell's date ("YYYY-MM-DD", the one clock reading the UI uses).
 */
export function printHeader(title: string, today: string, locale?: string): { title: string; printed: string } {
  const [y = 1970, m = 1, d = 1] = today.split("-").map(Number);
  const day = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(y, m - 1, d)));
  return { title: title.trim() || t("print-untitled"), printed: t("print-printed", { date: day }) };
}

/** What print mode needs from the page (the browser's, or a test's). */
export interface PrintHost {
  /** The root element: gets `data-print` while printing, and the `--print-zoom` variable. */
  root: HTMLElement;
  /** Where the page rule goes (document.head). */
  head: HTMLElement;
  /** Waits for the page to be drawn (two animation frames in a browser). */
  drawn: () => Promise<void>;
  /** The width of the content to fit to the page, measured once it is drawn (0: nothing to fit). */
  contentWidth: () => number;
  /** Opens the print dialog (the shell's, or `window.print()`). */
  print: () => Promise<void> | void;
  /** Calls `end` at the user's next gesture in the page; answers the function that stops listening. */
  nextGesture: (end: () => void) => () => void;
}

export class PrintMode {
  /** Printing: the grid draws every block; the print header shows. */
  active = $state(false);
  /** What is being printed. */
  kind = $state<PrintKind>("view");
  #style: HTMLStyleElement | null = null;
  #stopListening: (() => void) | null = null;
  #host: PrintHost | null = null;
  /** The theme the page had (paper is always printed in the light palette). */
  #theme: string | undefined;

  /** Enters print mode for `kind` and draws the page at once (every block, the header). */
  begin(host: PrintHost, kind: PrintKind) {
    this.#host = host;
    this.#stopListening?.();
    this.#stopListening = null;
    flushSync(() => {
      this.kind = kind;
      this.active = true;
    });
    if (!host.root.dataset["print"]) this.#theme = host.root.dataset["theme"];
    host.root.dataset["print"] = kind;
    host.root.dataset["theme"] = "light";
    if (!this.#style) {
      this.#style = document.createElement("style");
      this.#style.dataset["printPage"] = "";
      host.head.append(this.#style);
    }
    this.#style.textContent = pageRule(kind);
  }

  /** Fits the drawn content to the page width (the annex keeps its own page). */
  fit(host: PrintHost) {
    const zoom = this.kind === "annex" ? 1 : fitZoom(host.contentWidth());
    host.root.style.setProperty("--print-zoom", String(zoom));
  }

  /** Leaves print mode: the grid culls again, the header goes. */
  end() {
    this.#stopListening?.();
    this.#stopListening = null;
    if (!this.active) return;
    this.active = false;
    const host = this.#host;
    if (host) {
      delete host.root.dataset["print"];
      if (this.#theme === undefined) delete host.root.dataset["theme"];
      else host.root.dataset["theme"] = this.#theme;
      host.root.style.removeProperty("--print-zoom");
    }
    this.#style?.remove();
    this.#style = null;
  }

  /**
   * File > Print: print mode, the page drawn and fitted, then the print dialog; print mode
   * ends at the next gesture (see the module's comment). A failure to open the dialog ends it
   * at once and is thrown to the caller.
   */
  async print(host: PrintHost, kind: PrintKind): Promise<void> {
    this.begin(host, kind);
    try {
      await host.drawn();
      this.fit(host);
      await host.print();
    } catch (e) {
      this.end();
      throw e;
    }
    if (this.active) this.#stopListening = host.nextGesture(() => this.end());
  }
}

/** The app's print mode (the grid and the print header read it). */
export const printMode = new PrintMode();

/** The gestures that end print mode once the dialog has closed. */
const GESTURES = ["pointerdown", "keydown", "wheel"] as const;

/** The widest scrolling content in `main` (the grid's, the table's), in CSS pixels; 0 without `main`. */
export function widestIn(main: Element | null): number {
  if (!main) return 0;
  let widest = main.scrollWidth;
  for (const el of main.querySelectorAll(".scroller, .scroll")) widest = Math.max(widest, el.scrollWidth);
  return widest;
}

/** The tallest scrolling content in `main`, in CSS pixels; 0 without `main`. */
export function tallestIn(main: Element | null): number {
  if (!main) return 0;
  let tallest = main.scrollHeight;
  for (const el of main.querySelectorAll(".scroller, .scroll")) tallest = Math.max(tallest, el.scrollHeight);
  return tallest;
}

/** Whether the content of `main` is wider than tall: its pages are then set up landscape. */
export function wideIn(main: Element | null): boolean {
  return widestIn(main) > tallestIn(main);
}

/** The running page's print host: `print` opens the dialog; `content` finds what to fit. */
export function pageHost(print: () => Promise<void> | void, contentWidth: () => number): PrintHost {
  return {
    root: document.documentElement,
    head: document.head,
    drawn: () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
    contentWidth,
    print,
    nextGesture: (end) => {
      const once = () => end();
      for (const g of GESTURES) window.addEventListener(g, once, { capture: true, once: true });
      return () => {
        for (const g of GESTURES) window.removeEventListener(g, once, { capture: true });
      };
    },
  };
}

/**
 * Follows prints the browser starts itself (`beforeprint`/`afterprint`): print mode while
 * they last. `kind` tells what the page shows. Answers the function that stops following.
 */
export function followBrowserPrints(host: PrintHost, kind: () => PrintKind): () => void {
  let ours = false;
  const before = () => {
    if (printMode.active) return; // File > Print is already printing
    ours = true;
    printMode.begin(host, kind());
    printMode.fit(host);
  };
  const after = () => {
    if (ours) printMode.end();
    ours = false;
  };
  window.addEventListener("beforeprint", before);
  window.addEventListener("afterprint", after);
  return () => {
    window.removeEventListener("beforeprint", before);
    window.removeEventListener("afterprint", after);
  };
}
