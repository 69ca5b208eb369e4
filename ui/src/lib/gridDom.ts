/**
 * What the grid reads from its DOM: where the drop columns are, which sessions a rubber
 * band covers, and scrolling a session into view. The day columns and session blocks carry
 * their date, room and session id in data attributes (the same hooks the tests use).
 */
import type { Session } from "../bindings/Session";
import type { ColumnRect } from "./drag";
import type { Band } from "./dragController";
import { sessionSpan } from "./layout";

/**
 * The drop columns inside `root` (the room strips in a room view, else the days), relative
 * to its top-left corner, along the days axis (x in columns, y in rows).
 */
export function measureColumns(root: HTMLElement, rows: boolean, roomView: boolean): ColumnRect[] {
  const origin = root.getBoundingClientRect();
  const selector = roomView ? '[data-testid="room-column"]' : '[data-testid="day-column"]';
  return [...root.querySelectorAll<HTMLElement>(selector)].map((el) => {
    const r = el.getBoundingClientRect();
    const date = el.dataset["date"] ?? "";
    const column: ColumnRect = rows
      ? { date, from: r.top - origin.top, to: r.bottom - origin.top }
      : { date, from: r.left - origin.left, to: r.right - origin.left };
    if (roomView) column.room = el.dataset["room"] ?? "";
    return column;
  });
}

/** The ids of the session blocks inside `root` that the band (relative to `root`) touches. */
export function sessionsInBand(root: HTMLElement, r: Band): string[] {
  const origin = root.getBoundingClientRect();
  const ids: string[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('[data-testid="session"]')) {
    const b = el.getBoundingClientRect();
    const left = b.left - origin.left;
    const top = b.top - origin.top;
    if (left < r.left + r.width && r.left < left + b.width && top < r.top + r.height && r.top < top + b.height) {
      const id = el.dataset["sessionId"];
      if (id) ids.push(id);
    }
  }
  return ids;
}

/**
 * Scrolls the first of `ids` drawn inside `root` into view; when none is drawn (its day is
 * far from view, so its sessions are not), scrolls to the day of the first scheduled one
 * and then, once its sessions are drawn, to the session.
 */
export function scrollToSessions(
  root: HTMLElement,
  ids: readonly string[],
  sessions: Readonly<Record<string, Session | undefined>>,
) {
  // Compared through the dataset rather than a selector, so no id needs CSS escaping.
  const find = () => {
    const wanted = new Set(ids);
    for (const el of root.querySelectorAll<HTMLElement>('[data-testid="session"]')) {
      if (el.dataset.sessionId !== undefined && wanted.has(el.dataset.sessionId)) return el;
    }
    return null;
  };
  const el = find();
  if (el) {
    el.scrollIntoView?.({ block: "nearest", inline: "nearest", behavior: "smooth" });
    return;
  }
  const date = ids
    .map((id) => sessions[id])
    .map((s) => (s ? sessionSpan(s)?.date : undefined))
    .find(Boolean);
  const day = [...root.querySelectorAll<HTMLElement>('[data-testid="day-column"]')].find(
    (d) => d.dataset.date === date,
  );
  if (!day) return;
  day.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  // Its sessions are drawn once the day comes near the viewport.
  setTimeout(() => find()?.scrollIntoView?.({ block: "nearest", inline: "nearest", behavior: "smooth" }), 100);
}
