/**
 * The arrangement's preview on the grid (the Arrange panel's overlay): while an arrangement
 * waits for Apply, the grid draws each session it moves or places at its proposed place,
 * marked like the revisions overlay marks a moved session, and outlines the place each one
 * leaves. Every proposed placement is the core's answer (`ArrangePreview.moves`); this only
 * says where to draw them. Nothing here decides where a session may go.
 */
import type { Move } from "../bindings/Move";
import type { Session } from "../bindings/Session";
import type { ChangeGhost, ChangeMark } from "./layout";
import { sessionSpan } from "./layout";

/**
 * `sessions` as the arrangement would leave them: each one it moves at its proposed place
 * and room, each one it leaves out unscheduled (so it is not drawn); the others unchanged
 * (the same objects, so their blocks are not drawn again).
 */
export function arrangedSessions(sessions: readonly Session[], moves: readonly Move[]): Session[] {
  if (moves.length === 0) return [...sessions];
  const by = new Map(moves.map((m) => [m.session, m]));
  return sessions.map((s) => {
    const m = by.get(s.id);
    if (!m) return s;
    const { placement: _placement, room: _room, ...rest } = s;
    const room = m.to ? m.toRoom : s.room;
    return { ...rest, ...(m.to ? { placement: m.to } : {}), ...(room !== undefined ? { room } : {}) };
  });
}

/**
 * The mark of each session the arrangement puts somewhere: `arranged` when it moves from a
 * place, `placed` when it was unscheduled. `what` words it (the block's tooltip and
 * accessible name): `said(move)` is given the move, in the UI's language.
 */
export function arrangeMarks(moves: readonly Move[], said: (m: Move) => string): Map<string, ChangeMark> {
  const out = new Map<string, ChangeMark>();
  for (const m of moves) if (m.to) out.set(m.session, { kind: m.from ? "arranged" : "placed", what: said(m) });
  return out;
}

/**
 * Where the sessions the arrangement moves are now, outlined: `away` when it moves them
 * elsewhere, `out` when it leaves them unscheduled. Keyed by date.
 */
export function arrangeGhosts(moves: readonly Move[], titleOf: (id: string) => string): Map<string, ChangeGhost[]> {
  const out = new Map<string, ChangeGhost[]>();
  for (const m of moves) {
    const span = m.from ? sessionSpan({ placement: m.from } as Session) : null;
    if (!span) continue;
    const ghost: ChangeGhost = { id: m.session, title: titleOf(m.session), kind: m.to ? "away" : "out", ...span };
    if (m.fromRoom !== undefined) ghost.room = m.fromRoom;
    out.set(span.date, [...(out.get(span.date) ?? []), ghost]);
  }
  return out;
}

/** How many of `moves` the arrangement moves from a place, places from the palette, and leaves out. */
export function arrangeCounts(moves: readonly Move[]): { moved: number; placed: number; out: number } {
  let moved = 0;
  let placed = 0;
  let out = 0;
  for (const m of moves) {
    if (!m.to) out++;
    else if (m.from) moved++;
    else placed++;
  }
  return { moved, placed, out };
}
