import type { Applied } from "../bindings/Applied";

/** An applied answer of a move that changed nothing else, with `over` in its place. */
export function applied(over: Partial<Applied>): Applied {
  return {
    label: "Move session",
    dryRun: false,
    changed: true,
    sessions: [],
    removedSessions: [],
    conflicts: { added: [], removed: [] },
    summary: { errors: 0, warnings: 0, infos: 1, acknowledged: 1 },
    history: { canUndo: true, canRedo: false, undoLabel: "Move session", dirty: true },
    ...over,
  };
}
