/**
 * Values that change only when they really do. An edit replaces the document, and
 * everything derived from it would otherwise reach every session block (Svelte marks all
 * that depends on a changed value, even when the new value is equal); the grid's blocks read
 * these settled copies, so an edit updates only the blocks it changed.
 */
import { untrack } from "svelte";

/**
 * A copy of `get()` that changes only when its value really does (by `same`). Call it while
 * a component initialises: it runs an effect.
 */
export function settled<T>(get: () => T, same: (a: T, b: T) => boolean): { readonly value: T } {
  let value = $state.raw(untrack(get));
  $effect.pre(() => {
    const next = get();
    const current = untrack(() => value);
    if (!same(current, next)) value = next;
  });
  return {
    get value() {
      return value;
    },
  };
}

/** Equal as JSON (or the same object). */
export const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The same keys with the same (===) values. */
export const sameMap = <K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>) =>
  a === b || (a.size === b.size && [...a].every(([k, v]) => b.get(k) === v));

/** The same members. */
export const sameSet = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) =>
  a === b || (a.size === b.size && [...a].every((x) => b.has(x)));
