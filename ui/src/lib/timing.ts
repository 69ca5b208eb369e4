/**
 * Timing marks of an edit's path through the UI (the answer arrives, is folded, Svelte has
 * updated the page, the grid's blocks are laid out), for the measuring scripts
 * (`tests/e2e/perf/measure-drag.js`, run by `make perf`): they set `__plenaryTiming` on the
 * page and read the marks back with `performance.getEntriesByName`. Off otherwise, so that a
 * long session fills no buffer of marks.
 */
const on = (): boolean => (globalThis as { __plenaryTiming?: boolean }).__plenaryTiming === true;

/** `plenary:NAME` now, when the page is being measured. */
export function mark(name: string): void {
  if (on()) performance.mark(`plenary:${name}`);
}

/** `plenary:NAME` after the microtasks queued so far (Svelte's update of what just changed). */
export function markAfterUpdate(name: string): void {
  if (on()) queueMicrotask(() => performance.mark(`plenary:${name}`));
}

/** Runs `f`, and when measuring records its duration as the measure `plenary:NAME`. */
export function timed<T>(name: string, f: () => T): T {
  if (!on()) return f();
  const start = performance.now();
  try {
    return f();
  } finally {
    performance.measure(`plenary:${name}`, { start, end: performance.now() });
  }
}

/**
 * `plenary:NAME` always: the few steps of the page's start (its script runs, the document is
 * asked for and answered), which `tests/e2e/perf/launch.js` reads to split launch to grid
 * painted. Once per page load each, so they fill no buffer.
 */
export function startMark(name: string): void {
  performance.mark(`plenary:${name}`);
}

/**
 * Runs `f` once the next frame is painted: a task posted from its animation-frame callback
 * runs after that frame's style, layout and paint, when nothing waits to be laid out, so a
 * read of layout there (a scroll offset) or a scroll costs no extra layout of the page.
 * Returns a function that cancels it.
 */
export function afterPaint(f: () => void): () => void {
  let live = true;
  const frame = requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      // The first task after the frame's paint: measuring scripts read the frame's end here
      // when this runs before their own message.
      mark("after-paint");
      if (live) f();
    };
    ch.port2.postMessage(0);
  });
  return () => {
    live = false;
    cancelAnimationFrame(frame);
  };
}
