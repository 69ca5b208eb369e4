// What the conflicts panel lists. A big timetable has a thousand conflicts or more (the
// generated 1,000-session document has 1,041 "person in two places"); drawing them all
// after every edit cost WebKitGTK most of the redraw, and nobody reads past the first few
// dozen of a kind. So the panel groups them by severity and kind, draws the first
// SHOWN_PER_KIND of each kind (more on demand), and never hides one the user needs:
// the conflicts the last edit brought or changed, the highlighted one, the one being
// acknowledged and those of the selected sessions. Counts are always of all conflicts.
import type { Conflict } from "../bindings/Conflict";
import type { ConflictKind } from "../bindings/ConflictKind";
import type { Severity } from "../bindings/Severity";
import { CONFLICT_KINDS } from "./labels";

/** How many conflicts of one kind the panel draws until "Show all" is pressed. */
export const SHOWN_PER_KIND = 50;

/** Selections larger than this (e.g. Select All) do not keep their conflicts shown. */
export const PINNED_SELECTION_MAX = 20;

export interface KindGroup {
  kind: ConflictKind;
  /** `severity:kind`: the group's identity, for keyed lists and "Show all". */
  id: string;
  /** All of its conflicts, in the core's order. */
  conflicts: Conflict[];
}

/** A heading of the panel: a severity's open conflicts, or every acknowledged one. */
export type Group = Severity | "acknowledged";

export interface SeverityGroup {
  severity: Group;
  /** How many conflicts in the group, all kinds. */
  count: number;
  kinds: KindGroup[];
}

const GROUPS: Group[] = ["error", "warning", "info", "acknowledged"];
const KINDS = CONFLICT_KINDS;

/**
 * Open conflicts grouped by severity (errors, warnings, infos), then acknowledged ones in a
 * group of their own (an acknowledged error is not an error to fix), each by kind in a fixed
 * order (so groups do not jump around between edits); empty groups are left out. One pass.
 */
export function groupBySeverityAndKind(conflicts: readonly Conflict[]): SeverityGroup[] {
  const buckets = new Map<string, Conflict[]>();
  for (const c of conflicts) {
    const id = `${c.acknowledged ? "acknowledged" : c.severity}:${c.kind}`;
    let b = buckets.get(id);
    if (!b) buckets.set(id, (b = []));
    b.push(c);
  }
  const out: SeverityGroup[] = [];
  for (const severity of GROUPS) {
    const kinds: KindGroup[] = [];
    let count = 0;
    for (const kind of KINDS) {
      const id = `${severity}:${kind}`;
      const b = buckets.get(id);
      if (!b) continue;
      kinds.push({ kind, id, conflicts: b });
      count += b.length;
    }
    if (kinds.length) out.push({ severity, count, kinds });
  }
  return out;
}

/** The conflicts that stay listed whatever the cap. */
export interface Pins {
  /** Keys of the conflicts the last edit brought or changed (its answer's `added`). */
  arisen: ReadonlySet<string>;
  /** The highlighted conflict and the one whose acknowledgement is being typed. */
  keys: ReadonlySet<string>;
  /** Selected sessions: their conflicts stay listed (ignored when more than PINNED_SELECTION_MAX). */
  selected: ReadonlySet<string>;
}

export const NO_PINS: Pins = { arisen: new Set(), keys: new Set(), selected: new Set() };

export interface Shown {
  /** What to draw, in order: the open conflicts the last edit brought first, then the rest. */
  conflicts: Conflict[];
  /** How many are left out (0 when all are drawn). */
  hidden: number;
}

/**
 * The conflicts of one kind group to draw: the first `limit` (all when `expanded`), plus
 * every pinned one further down. Open conflicts the last edit brought come first, so what
 * a drop just caused is at the top of its group; acknowledged ones it changed keep their
 * place but stay listed.
 */
export function shownConflicts(
  group: readonly Conflict[],
  pins: Pins,
  expanded: boolean,
  limit = SHOWN_PER_KIND,
): Shown {
  const fresh = pins.arisen.size ? group.filter((c) => !c.acknowledged && pins.arisen.has(c.key)) : [];
  const ordered = fresh.length ? [...fresh, ...group.filter((c) => c.acknowledged || !pins.arisen.has(c.key))] : group;
  if (expanded || ordered.length <= limit) return { conflicts: ordered as Conflict[], hidden: 0 };
  const selected = pins.selected.size <= PINNED_SELECTION_MAX ? pins.selected : new Set<string>();
  // An edit that changes very many (new severities, new meeting dates) lists its first
  // ones first, like any other, and the rest behind "Show all".
  const arisen = pins.arisen.size <= limit ? pins.arisen : new Set<string>();
  const pinned = (c: Conflict) =>
    pins.keys.has(c.key) || arisen.has(c.key) || (selected.size > 0 && c.sessions.some((id) => selected.has(id)));
  const conflicts = ordered.filter((c, i) => i < limit || pinned(c));
  return { conflicts, hidden: ordered.length - conflicts.length };
}
