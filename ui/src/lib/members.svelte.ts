import { untrack } from "svelte";

/** Whether an id is a member, read one id at a time. */
export interface Members<T = string> {
  has(id: T): boolean;
}

/**
 * A set that is replaced as a whole (the selection, the sessions a drag holds, the conflicts
 * an edit made new), read member by member: `has(id)` read in a reaction (a block's "is it
 * selected") re-runs that reaction only when `id` joins or leaves the set, not each time the
 * set is replaced. Read from the set itself, every block drawn (hundreds on a busy day) and
 * every listed conflict checked its membership again whenever one session was selected or
 * dropped: about 1,100 reactions a drop on the 5,000-session day, where the change concerned
 * two (docs/performance.md, "Fewer blocks in the page, and membership read per member").
 *
 * Each id asked about gets a flag, set from the set as it is then; the flags of the ids that
 * joined or left are turned as the set changes, in a pre-effect (as `settled`), before the
 * component's children read them. An id never asked about costs nothing.
 *
 * A reaction does not depend on state it made itself (Svelte's rule, so that a reaction may
 * make and change its own state), so the reaction that first asks about an id, which makes
 * its flag, depends on the next change of the whole set instead, once: it then reads the
 * flag like any other.
 */
export function members<T>(get: () => ReadonlySet<T>): Members<T> {
  let current = untrack(get);
  const flags = new Map<T, { value: boolean }>();
  /** Bumped at a change of the set when flags were made since the last: their makers re-read. */
  let version = $state(0);
  let made = false;
  const turn = (id: T, on: boolean) => {
    const f = flags.get(id);
    if (f) f.value = on;
  };
  $effect.pre(() => {
    const next = get();
    const before = current;
    if (next === before) return;
    current = next;
    for (const id of before) if (!next.has(id)) turn(id, false);
    for (const id of next) if (!before.has(id)) turn(id, true);
    if (made) {
      made = false;
      untrack(() => version++);
    }
  });
  return {
    has(id) {
      let f = flags.get(id);
      if (!f) {
        f = cell(current.has(id));
        flags.set(id, f);
        made = true;
        void version;
      }
      return f.value;
    },
  };
}

/** One value of its own state: what `members` and `ConflictMarks` keep per id. */
export function cell<T>(initial: T): { value: T } {
  let value = $state(initial);
  return {
    get value() {
      return value;
    },
    set value(next) {
      value = next;
    },
  };
}
