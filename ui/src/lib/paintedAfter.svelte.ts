import { untrack } from "svelte";
import { afterPaint } from "./timing";

/**
 * A value that follows `source`, but takes on a different thing (by `same`) only once the
 * frame that shows the change's other parts is painted; a new state of the same thing is
 * taken at once.
 *
 * Why: the properties panel shows the selected session, and a drop selects the session it
 * moved. Drawn in the drop's own frame, the panel's form (made anew for another session,
 * the first time in JavaScriptCore's interpreter) made that frame 10-60 ms longer, painted
 * on the CPU; a frame later, the block lands first and the form follows it. Edits of the
 * shown session (a title typed) are the same thing, so they are never late.
 *
 * Call it while a component is being set up (it makes an effect).
 */
export function paintedAfter<T>(source: () => T, same: (a: T, b: T) => boolean): { readonly value: T } {
  let settled = $state.raw(untrack(source));
  const value = $derived.by(() => {
    const next = source();
    return same(settled, next) ? next : settled;
  });
  $effect(() => {
    const next = source();
    if (
      same(
        untrack(() => settled),
        next,
      )
    )
      return;
    return afterPaint(() => (settled = next));
  });
  return {
    get value() {
      return value;
    },
  };
}

/**
 * A value that follows `source` a painted frame late: a change (by `same`) is taken once
 * the frame that shows the change's other parts is painted; only the last of quick changes
 * is taken.
 *
 * Why: the conflict panel lists the document's conflicts, and every edit changes them.
 * Regrouped and redrawn in the edit's own frame, the panel was a fifth of a drop's update
 * on a day of 5,000 sessions (its groups, its rows, their text laid out), before the moved
 * block could be painted; a frame later, the block lands first and the list follows it.
 *
 * Call it while a component is being set up (it makes an effect).
 */
export function paintedLate<T>(source: () => T, same: (a: T, b: T) => boolean): { readonly value: T } {
  let value = $state.raw(untrack(source));
  $effect(() => {
    const next = source();
    const current = untrack(() => value);
    if (same(current, next)) return;
    return afterPaint(() => (value = next));
  });
  return {
    get value() {
      return value;
    },
  };
}
