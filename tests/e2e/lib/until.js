// Waiting in the end-to-end tests: one poll loop for every spec.

/**
 * Polls `probe` every 100 ms until `predicate` holds on its answer (by default: the answer
 * is truthy), and returns that answer; fails after `timeoutMs` naming `what` and the last
 * answer.
 */
export async function until(what, probe, predicate = Boolean, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (predicate(value)) return value;
    if (Date.now() > deadline) {
      throw new Error(`waited ${timeoutMs} ms for ${what}; got ${JSON.stringify(value)?.slice(0, 600)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
