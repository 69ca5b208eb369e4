/**
 * Which days are in or near the visible part of the grid. Only those draw their sessions
 * (the day columns themselves, cheap and carrying the test hooks, are always drawn), so a
 * document of many days lays out and repaints only what can be seen.
 *
 * `scroller` is an action for the grid's scrolling element (the observer's root): it
 * observes every day column inside it. `day` is an action for each day column, observed as
 * it is drawn (days come and go with edits). A day counts as near within half a viewport of
 * the visible part, so a scroll finds it drawn. Without IntersectionObserver (jsdom), every
 * day is drawn.
 */
import type { Action } from "svelte/action";

/** The selector of the day columns, each carrying its date in `data-date`. */
const DAY_COLUMNS = '[data-testid="day-column"]';

/**
 * `near` after the observer reported `entries` (a date and whether it intersects); the same
 * object when nothing changed, so nothing that reads it is redrawn.
 */
export function nearAfter(
  near: ReadonlySet<string>,
  entries: readonly { date: string | undefined; isIntersecting: boolean }[],
): ReadonlySet<string> {
  const next = new Set(near);
  for (const e of entries) {
    if (!e.date) continue;
    if (e.isIntersecting) next.add(e.date);
    else next.delete(e.date);
  }
  return next.size !== near.size || [...next].some((d) => !near.has(d)) ? next : near;
}

export class VisibleDays {
  /** Whether the page can tell (IntersectionObserver exists); if not, every day is drawn. */
  readonly observing = typeof IntersectionObserver !== "undefined";
  /** The dates of the days in or near view. */
  #near = $state.raw<ReadonlySet<string>>(new Set());
  #observer: IntersectionObserver | null = null;

  /** Whether the day of `date` draws its sessions. */
  drawn(date: string): boolean {
    return !this.observing || this.#near.has(date);
  }

  /** The action for the grid's scrolling element. */
  readonly scroller: Action<HTMLElement> = (root) => {
    if (!this.observing) return;
    const io = new IntersectionObserver(
      (entries) => {
        this.#near = nearAfter(
          this.#near,
          entries.map((e) => ({ date: (e.target as HTMLElement).dataset["date"], isIntersecting: e.isIntersecting })),
        );
      },
      { root, rootMargin: "50%" },
    );
    this.#observer = io;
    for (const el of root.querySelectorAll<HTMLElement>(DAY_COLUMNS)) io.observe(el);
    return {
      destroy: () => {
        io.disconnect();
        this.#observer = null;
      },
    };
  };

  /** The action for each day column. */
  readonly day: Action<HTMLElement> = (el) => {
    this.#observer?.observe(el);
    return { destroy: () => this.#observer?.unobserve(el) };
  };
}
