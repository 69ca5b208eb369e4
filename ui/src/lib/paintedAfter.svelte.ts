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
