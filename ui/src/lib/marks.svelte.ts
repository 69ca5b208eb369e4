import { untrack } from "svelte";
import type { Conflict } from "../bindings/Conflict";
import { cell } from "./members.svelte";
import { foldOf, MARK_RANK, type ConflictMark } from "./state";
import { timed } from "./timing";

/** A session's conflict mark, read one session at a time (a `Map` is one too). */
export interface MarkReader {
  get(id: string): ConflictMark | undefined;
}

/** The marks by rank (`MARK_RANK`), lowest first. */
const BY_RANK = (Object.keys(MARK_RANK) as ConflictMark[]).sort((a, b) => MARK_RANK[a] - MARK_RANK[b]);

/** The conflicts of no document. */
const NONE: readonly Conflict[] = [];

/**
 * The conflict mark of every session (its worst open severity, else acknowledged: the same
 * as `conflictMarks`), kept as the document's conflicts change, and read one session at a
 * time.
 *
 * Why: worked out afresh at every edit, the marks took a pass over every conflict (5,700 on
 * the day of 5,000 sessions), and a new map then had every block drawn read its mark again
 * after a comparison of the old map with the new (together about 3 ms of a drop). An edit's
 * answer names the few conflicts it removed and added (`foldOf`), so only their sessions'
 * counts change; and `get(id)` read in a reaction (a block's mark) re-runs that reaction
 * only when `id`'s mark changes.
 *
 * Each session keeps a count of its conflicts at each mark; its mark is the highest with a
 * count. Each id asked about gets a cell, turned when its mark changes. A reaction does not
 * depend on state it made itself (Svelte's rule), so the reaction that first asks about an
 * id, which makes its cell, depends once on the next change of the marks instead (as
 * `members`).
 */
export class ConflictMarks implements MarkReader {
  #of: readonly Conflict[] | null = null;
  #counts = new Map<string, number[]>();
  #marks = new Map<string, ConflictMark>();
  #cells = new Map<string, { value: ConflictMark | undefined }>();
  /** Bumped at a change of the marks when cells were made since the last: their makers re-read. */
  #version = $state(0);
  #made = false;

  get(id: string): ConflictMark | undefined {
    let mark = this.#cells.get(id);
    if (!mark) {
      mark = cell(this.#marks.get(id));
      this.#cells.set(id, mark);
      this.#made = true;
      void this.#version;
    }
    return mark.value;
  }

  /**
   * Follows `conflicts`: by the conflicts an edit dropped and added when it was folded from
   * the list followed last, else worked out afresh (a document opened, loaded or replaced).
   */
  follow(conflicts: readonly Conflict[] = NONE): void {
    if (conflicts === this.#of) return;
    timed("marks", () => {
      const fold = foldOf(conflicts);
      const touched = new Set<string>();
      if (fold && this.#of !== null && fold.from === this.#of) {
        this.#count(fold.dropped, -1, touched);
        this.#count(fold.added, 1, touched);
      } else {
        for (const id of this.#counts.keys()) touched.add(id);
        this.#counts.clear();
        this.#count(conflicts, 1, touched);
      }
      this.#of = conflicts;
      for (const id of touched) this.#remark(id);
    });
    if (this.#made) {
      this.#made = false;
      untrack(() => this.#version++);
    }
  }

  #count(conflicts: readonly Conflict[], by: 1 | -1, touched: Set<string>): void {
    for (const c of conflicts) {
      const rank = MARK_RANK[c.acknowledged ? "acknowledged" : c.severity];
      for (const id of c.sessions) {
        let counts = this.#counts.get(id);
        if (!counts) this.#counts.set(id, (counts = [0, 0, 0, 0]));
        counts[rank] = (counts[rank] ?? 0) + by;
        touched.add(id);
      }
    }
  }

  #remark(id: string): void {
    const counts = this.#counts.get(id);
    let mark: ConflictMark | undefined;
    if (counts) {
      let rank = counts.length - 1;
      while (rank >= 0 && !(counts[rank]! > 0)) rank--;
      if (rank < 0) this.#counts.delete(id);
      else mark = BY_RANK[rank];
    }
    if (mark === undefined) this.#marks.delete(id);
    else this.#marks.set(id, mark);
    const shown = this.#cells.get(id);
    if (shown && shown.value !== mark) shown.value = mark;
  }
}
