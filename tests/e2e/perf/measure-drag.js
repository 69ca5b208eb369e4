// The in-page half of the drag measurements, shared by ui/scripts/perf-drag.mjs (Chromium,
// mock backend) and tests/e2e/perf/drag-frames.js (the real app through WebDriver). It runs
// inside the page (it must close over nothing): `rounds` times, press on a session, move the
// pointer once per animation frame for 60 frames across the visible days and times, then
// drop on the next visible day and time until the block is drawn there.
//
// Per frame it records the interval between frames (`frameIntervalMs`: bound below by the
// display's 16.7 ms, a missed frame shows as 33 ms) and the main thread's work for the frame
// (`frameWorkMs`: the pointermove handler with Svelte's update, then the frame's style,
// layout and paint, up to a message posted from its animation-frame callback). A drop is
// timed from pointerup until the block is in its new day and that frame is painted
// (`editToRedrawMs`: with the real app, the IPC and the core's apply too).
export async function measureDrag({ rounds = 5 } = {}) {
  const grid = document.querySelector('[data-testid="grid"]');
  const rows = grid.dataset.orientation === "rows";
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  /** The next frame: when its callbacks start, and when its rendering (style, layout, paint) is done. */
  const rendered = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const start = performance.now();
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve({ start, end: performance.now() });
        ch.port2.postMessage(0);
      }),
    );
  const settle = async () => {
    for (let i = 0; i < 4; i++) await Promise.resolve();
  };
  const columns = [...document.querySelectorAll('[data-testid="day-column"]')];
  const fire = (target, type, x, y) =>
    target.dispatchEvent(new PointerEvent(type, { bubbles: true, clientX: x, clientY: y, pointerId: 7, button: 0, buttons: type === "pointerup" ? 0 : 1, isPrimary: true }));
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const q = (p) => Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))] * 10) / 10;
    return { n: s.length, median: q(0.5), p95: q(0.95), max: q(1) };
  };
  const view = grid.parentElement.getBoundingClientRect();
  /** The sticky corner: as wide as the hour gutter or day labels, as tall as the headers. */
  const corner = grid.firstElementChild.getBoundingClientRect();
  /** A point in day column `c` (clamped into the visible grid), `wiggle` pixels along time from `t0`. */
  const pointIn = (c, t0, wiggle) => {
    const r = c.getBoundingClientRect();
    // Away from the edges, where a drag scrolls the grid (that is measured apart, not here).
    const clampX = (x) => Math.max(view.left + corner.width + 45, Math.min(x, view.right - 50));
    const clampY = (y) => Math.max(view.top + corner.height + 45, Math.min(y, view.bottom - 50));
    return rows ? { x: clampX(t0 + wiggle), y: clampY(r.top + r.height / 2) } : { x: clampX(r.left + r.width / 2), y: clampY(t0 + wiggle) };
  };
  const visible = (c) => {
    const r = c.getBoundingClientRect();
    return r.right > view.left + corner.width + 45 && r.left < view.right - 50 && r.bottom > view.top + corner.height + 45 && r.top < view.bottom - 50;
  };
  // In the real app, when the drop's `apply` is answered: the IPC and the core's part. The
  // shell's IPC is a fetch of ipc://localhost/apply, looked up when called, so a wrapper sees it.
  if (window.__TAURI_INTERNALS__ && !window.__perfFetch) {
    const fetch = window.fetch.bind(window);
    window.__perfFetch = true;
    window.fetch = (url, init) => {
      const p = fetch(url, init);
      if (/\/apply$/.test(String(url)) && /"dryRun":"no"/.test(String(init?.body))) {
        p.then(() => (window.__perfAnswered = performance.now()), () => {});
      }
      return p;
    };
  }
  const answered = (since) => (window.__perfAnswered >= since ? Math.round(window.__perfAnswered - since) : undefined);
  // The UI's own marks (ui/src/lib/timing.ts), in ms from the pointerup, per drop.
  window.__plenaryTiming = true;
  const marksSince = (since) => {
    const at = {};
    for (const e of performance.getEntries()) {
      if (!e.name.startsWith("plenary:") || e.startTime < since || e.name === "plenary:grid-painted") continue;
      const name = e.name.slice("plenary:".length);
      if (e.entryType === "measure") at[name + "Ms"] = Math.round(((at[name + "Ms"] ?? 0) + e.duration) * 10) / 10;
      else if (at[name] === undefined) at[name] = Math.round(e.startTime - since);
    }
    return at;
  };
  /**
   * Frame `f` ({ start, end } in ms after `since`) with `end` the first task after its
   * rendering: its own message, or a task the page put after that frame's paint
   * (timing.ts's afterPaint marks `plenary:after-paint`) when that ran first; messages of
   * different channels run in no set order in WebKit, and the page's after-paint work is
   * not the frame's.
   */
  const paintedFrame = (f, since) => {
    const after = performance.getEntriesByName("plenary:after-paint").map((e) => e.startTime - since);
    return { start: f.start, end: Math.min(f.end, ...after.filter((t) => t >= f.start)) };
  };
  const frames = [];
  const work = [];
  const drops = [];
  const phases = [];
  /** The longest frame's work among the first 5 of each drag (the drag's start: its layers). */
  const starts = [];
  let blocks = [...document.querySelectorAll('[data-testid="session"]')];
  for (let round = 0; round < rounds; round++) {
    const block = blocks[Math.floor((blocks.length * (round + 1)) / (rounds + 4))];
    const id = block.dataset.sessionId;
    const from = block.closest('[data-testid="day-column"]');
    block.scrollIntoView({ block: "nearest", inline: "nearest" });
    await frame();
    const r = block.getBoundingClientRect();
    const x0 = r.left + Math.min(10, r.width / 2);
    const y0 = r.top + Math.min(12, r.height / 2);
    const t0 = rows ? x0 : y0;
    fire(block, "pointerdown", x0, y0);
    await frame();
    let last = (await rendered()).start;
    const shown = columns.filter(visible);
    for (let i = 1; i <= 60; i++) {
      const c = shown[Math.floor(((shown.length - 1) * i) / 60)];
      const p = pointIn(c, t0, Math.sin(i / 6) * 120);
      const h0 = performance.now();
      fire(window, "pointermove", p.x, p.y);
      await settle();
      const handled = performance.now() - h0;
      const f = await rendered();
      frames.push(f.start - last);
      work.push(handled + (f.end - f.start));
      if (i <= 5) starts[round] = Math.max(starts[round] ?? 0, handled + (f.end - f.start));
      last = f.start;
    }
    // The next working day after the session's own (the first after the last one), as a
    // user would pick it: a weekend or holiday drawn narrow, or a day outside the meeting,
    // does not take a session. Scrolled into view if it is not. A document of one day: the
    // same day, 90 minutes later or earlier.
    const single = columns.length === 1;
    const working = columns.filter((c) => c.dataset.kind === "working");
    const open = columns.filter((c) => !c.classList.contains("narrow"));
    const candidates = working.length > 1 ? working : open.length > 1 ? open : columns;
    const after = candidates.find((c) => columns.indexOf(c) > columns.indexOf(from));
    const target = single ? from : (after ?? candidates.find((c) => c !== from) ?? from);
    const styleBefore = block.getAttribute("style");
    if (!visible(target)) {
      target.scrollIntoView({ block: "nearest", inline: "nearest" });
      await frame();
    }
    const px = Number(grid.dataset.pxPerMinute) || 1;
    const p = pointIn(target, t0, single ? (round % 2 ? -90 : 90) * px : 0);
    fire(window, "pointermove", p.x, p.y);
    await frame();
    await new Promise((res) => setTimeout(res, 200));
    const start = performance.now();
    // Every frame from the drop until it is drawn: [its callbacks start, its rendering is
    // done], in ms from the pointerup. Each frame's callback is asked for in the frame
    // before, so it runs before any the page asks for while the drop is handled, and its
    // message is the first task after that frame's rendering: the end of the frame that draws
    // the drop, not of the work the page puts after it (its after-paint updates).
    const rafs = [];
    let logging = true;
    const logFrame = () => {
      if (!logging) return;
      const at = performance.now();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => rafs.push({ start: at - start, end: performance.now() - start });
      ch.port2.postMessage(0);
      requestAnimationFrame(logFrame);
    };
    requestAnimationFrame(logFrame);
    // The block in its new day, seen as the page's update makes it so (a MutationObserver's
    // callback runs right after the change), and the frame that follows it: the one that draws
    // it. A poll between tasks saw it only after whatever the page did next, then waited for a
    // later frame than that one.
    const landed = () => {
      // One lookup by id: this runs inside the measured time, on every batch of changes.
      const el = document.querySelector(`[data-testid="session"][data-session-id="${CSS.escape(id)}"]`);
      return el?.closest('[data-testid="day-column"]') === target && (!single || el.getAttribute("style") !== styleBefore);
    };
    let seenAt;
    const observer = new MutationObserver(() => {
      if (seenAt !== undefined || !landed()) return;
      seenAt = performance.now();
      observer.disconnect();
    });
    /** The frame that draws the drop: the first to start after the block was seen moved. */
    const landing = () => (seenAt === undefined ? undefined : rafs.find((f) => f.start >= seenAt - start));
    observer.observe(grid, { subtree: true, childList: true, attributes: true, attributeFilter: ["style"] });
    // What the drop touched, up to its painted frame: the elements changed (attributes, text
    // or children) over the whole page, and where they are (the nearest ancestor's test id).
    const touched = new Map();
    const toucher = new MutationObserver((records) => {
      for (const m of records) {
        const el = m.type === "characterData" ? m.target.parentElement : m.target;
        if (el) touched.set(el, el.closest("[data-testid]")?.dataset.testid ?? "(page)");
      }
    });
    toucher.observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
    fire(window, "pointerup", p.x, p.y);
    await settle();
    const handled = Math.round(performance.now() - start);
    while (!landing()) {
      // A drop that never lands is a failure, not a 5-second measurement.
      if (performance.now() - start > 5000) {
        observer.disconnect();
        throw new Error(`drop ${drops.length + 1}: session ${id} was not in day ${target.dataset.date} 5 s after the drop`);
      }
      await new Promise((res) => setTimeout(res, 10));
    }
    const fr = paintedFrame(landing(), start);
    toucher.disconnect();
    const touchedIn = {};
    for (const where of touched.values()) touchedIn[where] = (touchedIn[where] ?? 0) + 1;
    const seen = seenAt - start;
    drops.push(fr.end);
    // Where the time went: (in the real app) the apply is answered, the block is in its new
    // day (answer, fold, DOM), the next frame starts, that frame is painted.
    logging = false;
    // The properties panel turns to the dropped session a frame after the grid (App.svelte's
    // paintedAfter): when its form shows it and that frame is painted (absent without a panel).
    let panelPainted;
    for (const t0 = performance.now(); performance.now() - t0 < 2000; ) {
      const form = document.querySelector('[data-testid="session-form"]');
      if (form?.dataset.sessionId === id) {
        panelPainted = Math.round((await rendered()).end - start);
        break;
      }
      if (!document.querySelector('[data-testid="panel-properties"][data-collapsed="false"]')) break;
      await new Promise((res) => setTimeout(res, 0));
    }
    phases.push({
      rafs: rafs.map((f) => [Math.round(f.start), Math.round(f.end)]),
      handled,
      // The frame that follows the pointerup (the ghost's last state): when it is painted.
      dropFrame: rafs[0] && Math.round(rafs[0].end),
      answered: answered(start),
      inDom: Math.round(seen),
      frame: Math.round(fr.start),
      painted: Math.round(fr.end),
      panelPainted,
      touched: touched.size,
      touchedIn,
      ...marksSince(start),
    });
    performance.clearMarks();
    performance.clearMeasures();
    await new Promise((res) => setTimeout(res, 200));
    blocks = [...document.querySelectorAll('[data-testid="session"]')];
  }
  window.__plenaryTiming = false;
  return {
    sessions: blocks.length,
    days: columns.length,
    frameIntervalMs: stats(frames),
    frameWorkMs: stats(work),
    startFrameWorkMs: starts.map(Math.round),
    editToRedrawMs: stats(drops),
    drops: drops.map((d) => Math.round(d)),
    dropPhases: phases,
  };
}

/**
 * In the page: select one session, move it 20 times by one day with the arrow keys (by the
 * snap step in time, Up and Down, in a document of one day); each timed to its painted
 * frame. `touched`: the elements one edit changed (attributes, text or children), counted by
 * a MutationObserver over the whole page from the key press to the painted frame.
 */
// Keyboard edits: no drag, no ghost, no dry run; only the command, its answer and the redraw.
export async function measureEdits() {
  const rendered = () =>
    new Promise((resolve) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve(performance.now()); ch.port2.postMessage(0); }));
  const grid = document.querySelector('[data-testid="grid"]');
  const single = document.querySelectorAll('[data-testid="day-column"]').length === 1;
  const keys = single
    ? grid.dataset.orientation === "rows" ? ["ArrowRight", "ArrowLeft"] : ["ArrowDown", "ArrowUp"]
    : grid.dataset.orientation === "rows" ? ["ArrowDown", "ArrowUp"] : ["ArrowRight", "ArrowLeft"];
  const blocks = [...document.querySelectorAll('[data-testid="session"]')];
  const block = blocks[Math.floor(blocks.length / 3)];
  const id = block.dataset.sessionId;
  block.scrollIntoView({ block: "nearest", inline: "nearest" });
  await rendered();
  const r = block.getBoundingClientRect();
  const at = { bubbles: true, clientX: r.left + 3, clientY: r.top + 3, pointerId: 7, button: 0, isPrimary: true };
  block.dispatchEvent(new PointerEvent("pointerdown", { ...at, buttons: 1 }));
  window.dispatchEvent(new PointerEvent("pointerup", { ...at, buttons: 0 }));
  // A person reads the selected session in the properties panel before pressing a key: the
  // first key press comes after the panel shows it (drawn a frame after the grid), not
  // while it is being drawn, which timed the click's work as the key's.
  for (const from = performance.now(); performance.now() - from < 3000; ) {
    if (document.querySelector(`[data-testid="session-form"][data-session-id="${id}"]`)) break;
    await new Promise((res) => setTimeout(res, 10));
  }
  await rendered();
  await rendered();
  /**
   * Frame `f` ({ start, end } in ms after `since`) with `end` the first task after its
   * rendering: its own message, or a task the page put after that frame's paint
   * (timing.ts's afterPaint marks `plenary:after-paint`) when that ran first; messages of
   * different channels run in no set order in WebKit, and the page's after-paint work is
   * not the frame's.
   */
  const paintedFrame = (f, since) => {
    const after = performance.getEntriesByName("plenary:after-paint").map((e) => e.startTime - since);
    return { start: f.start, end: Math.min(f.end, ...after.filter((t) => t >= f.start)) };
  };
  const times = [];
  const touched = [];
  // The UI's own marks along an edit's path (ui/src/lib/timing.ts): when the command is
  // sent, answered, folded (a measure), Svelte has updated the page, and the grid's blocks
  // (a measure, summed): in ms from the key press, per edit.
  window.__plenaryTiming = true;
  const phases = [];
  const marksSince = (start) => {
    const at = {};
    for (const e of performance.getEntries()) {
      if (!e.name.startsWith("plenary:") || e.startTime < start || e.name === "plenary:grid-painted") continue;
      const name = e.name.slice("plenary:".length);
      if (e.entryType === "measure") at[name + "Ms"] = Math.round(((at[name + "Ms"] ?? 0) + e.duration) * 10) / 10;
      else if (at[name] === undefined) at[name] = Math.round(e.startTime - start);
    }
    return at;
  };
  const where = () => {
    const el = document.querySelector(`[data-session-id="${id}"]`);
    return single ? el?.getAttribute("style") : el?.closest('[data-testid="day-column"]')?.dataset.date;
  };
  for (let i = 0; i < 20; i++) {
    const before = where();
    const changed = new Set();
    let added = 0;
    let removed = 0;
    const count = (records) => {
      for (const m of records) {
        changed.add(m.type === "characterData" ? m.target.parentElement : m.target);
        for (const n of m.addedNodes) if (n.dataset?.testid === "session") added++;
        for (const n of m.removedNodes) if (n.dataset?.testid === "session") removed++;
      }
    };
    // As for a drop: the frame that draws the edit is the first to start after the observer
    // sees the change, and its end is read by a callback asked for a frame ahead (before
    // whatever the page puts after that frame's paint).
    const frames = [];
    let logging = true;
    const logFrame = () => {
      if (!logging) return;
      const at = performance.now();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => frames.push({ start: at, end: performance.now() });
      ch.port2.postMessage(0);
      requestAnimationFrame(logFrame);
    };
    requestAnimationFrame(logFrame);
    await rendered();
    let inDomAt;
    const mo = new MutationObserver((records) => {
      count(records);
      if (inDomAt !== undefined || where() === before) return;
      inDomAt = performance.now();
    });
    mo.observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
    const landing = () => (inDomAt === undefined ? undefined : frames.find((f) => f.start >= inDomAt));
    const start = performance.now();
    window.dispatchEvent(new KeyboardEvent("keydown", { key: keys[i % 2], bubbles: true }));
    while (!landing()) {
      // An edit that never shows is a failure, not a 3-second measurement.
      if (performance.now() - start > 3000) throw new Error(`edit ${i + 1}: session ${id} was still on ${before} 3 s after the key press`);
      await new Promise((res) => setTimeout(res, 10));
    }
    logging = false;
    const painted = paintedFrame(landing(), 0).end - start;
    const inDom = Math.round(inDomAt - start);
    times.push(painted);
    phases.push({ ...marksSince(start), inDom, painted: Math.round(painted), blocksAdded: added, blocksRemoved: removed });
    count(mo.takeRecords());
    mo.disconnect();
    touched.push(changed.size);
    await new Promise((res) => setTimeout(res, 100));
  }
  window.__plenaryTiming = false;
  performance.clearMarks();
  performance.clearMeasures();
  /** The median of each phase over the edits. */
  const medianPhases = (xs) => {
    const out = {};
    for (const k of new Set(xs.flatMap(Object.keys))) {
      const v = xs.map((x) => x[k]).filter((x) => x !== undefined).sort((a, b) => a - b);
      out[k] = v[Math.floor(v.length / 2)];
    }
    return out;
  };
  const s = [...times].sort((a, b) => a - b);
  const t = [...touched].sort((a, b) => a - b);
  return {
    edits: times.map(Math.round),
    editToRedrawMs: { n: 20, median: Math.round(s[10]), p95: Math.round(s[19]) },
    touched: { median: t[10], max: t[19] },
    phases: medianPhases(phases),
    editPhases: phases,
    sessionsInDom: document.querySelectorAll('[data-testid="session"]').length,
  };
}
