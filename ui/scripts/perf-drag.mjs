// Frame times of a scripted drag, and the time from an applied edit to its redraw, in
// Chromium (Debian's /usr/bin/chromium through playwright-core, no browser download) on the
// built UI with the mock backend and a generated document:
//   cargo run --bin plenary -- generate --sessions 1000 --rooms 40 --days 10 -o /tmp/g1000.plenary.json
//   npm --prefix ui run build && node ui/scripts/perf-drag.mjs /tmp/g1000.plenary.json
//   node ui/scripts/perf-drag.mjs /tmp/g1000.plenary.json --rows      (days as rows)
//   node ui/scripts/perf-drag.mjs /tmp/g1000.plenary.json --profile   (+ top functions)
//   node ui/scripts/perf-drag.mjs /tmp/g1000.plenary.json --forced-layouts   (+ layouts forced by script)
//   node ui/scripts/perf-drag.mjs --replay=/tmp/answers   (the core's recorded answers, below)
// The page is served from ui/dist by a small static server, with the document at /doc.json
// (the UI's browser preview: `?document=/doc.json`). The drags and what they measure are in
// tests/e2e/perf/measure-drag.js (shared with the real app's script): 5 drags of 60 frames,
// each dropped on another day. The mock backend answers at once, so an edit's time is the
// UI's own: fold, redraw, layout and paint. Prints median and 95th percentile; targets: 16 ms
// of work a frame, 50 ms an edit.
import { readFileSync, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { measureDrag, measureEdits } from "../../tests/e2e/perf/measure-drag.js";

/** The built UI: ui/dist, or PERF_DIST (e.g. an unminified build, `vite build --minify false --outDir DIR`, for --profile). */
const dist = process.env.PERF_DIST
  ? resolve(process.env.PERF_DIST)
  : resolve(fileURLToPath(import.meta.url), "../../dist");
const args = process.argv.slice(2);
const docPath = args.find((a) => !a.startsWith("--")) ?? "/tmp/g1000.plenary.json";
/** `--rows`: drag with days as rows (the toolbar's orientation toggle). */
const orientation = args.includes("--rows") ? "rows" : "columns";
/** `--profile`: also print the functions that took the most time (Chrome's CPU profiler). */
const profile = args.includes("--profile");
/**
 * `--forced-layouts`: also count the style recalculations and layouts the page's script
 * forced (a read of a position or size while something waited to be laid out), from
 * Chrome's trace: its Layout and UpdateLayoutTree events that carry a script's stack.
 */
const forcedLayouts = args.includes("--forced-layouts");
const rounds = 5;
/** `--conflicts=FILE`: the conflicts the core found (`plenary check --format json DOC`), listed as is. */
const conflictsPath = args.find((a) => a.startsWith("--conflicts="))?.slice("--conflicts=".length);
/** `--edits`: instead of drags, 20 keyboard moves of one session (Shift-free arrows), timed to their redraw. */
const editsOnly = args.includes("--edits");
/** `--show-all`: press every "Show all" of the conflicts panel first (the panel drawing every conflict). */
const showAll = args.includes("--show-all");
/**
 * `--replay=DIR`: open the Snapshot the core recorded in DIR (`cargo run --example answer_size
 * -- DOC DIR`) and time the redraw of its recorded answers: 10 renames of a room and 10
 * moves of a session by a day, each followed by its undo, from the keypress that sends the
 * command until the frame after the answer is folded is painted (the answer is parsed from
 * its JSON text, as the real shell's arrives).
 */
const replayDir = args.find((a) => a.startsWith("--replay="))?.slice("--replay=".length);
if (!existsSync(join(dist, "index.html"))) throw new Error("build the UI first: npm --prefix ui run build");
const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://x");
  if (replayDir && url.pathname.startsWith("/replay/")) {
    const file = join(replayDir, url.pathname.slice("/replay/".length));
    if (!existsSync(file)) return res.writeHead(404).end();
    return res.writeHead(200, { "content-type": "application/json" }).end(readFileSync(file));
  }
  if (url.pathname === "/conflicts.json" && conflictsPath) {
    return res.writeHead(200, { "content-type": "application/json" }).end(readFileSync(conflictsPath));
  }
  const file = url.pathname === "/doc.json" ? docPath : join(dist, url.pathname === "/" ? "index.html" : url.pathname);
  if (!file.startsWith(dist) && file !== docPath) return res.writeHead(403).end();
  if (!existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
  res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const port = server.address().port;

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const query = replayDir ? "replay=/replay" : `document=/doc.json${conflictsPath ? "&conflicts=/conflicts.json" : ""}`;
  await page.goto(`http://127.0.0.1:${port}/?${query}`);
  await page.waitForSelector('[data-testid="session"]', { timeout: 60_000 });
  await page.waitForTimeout(1000);
  if (showAll) {
    await page.evaluate(() =>
      document.querySelectorAll('[data-testid="conflicts-show-all"]').forEach((b) => b.click()),
    );
    await page.waitForTimeout(500);
  }
  if (orientation === "rows") {
    await page.click('[data-testid="orientation"]');
    await page.waitForTimeout(1000);
  }
  const cdp = profile ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await cdp.send("Profiler.start");
  }
  const tracer = forcedLayouts ? await page.context().newCDPSession(page) : null;
  const traced = [];
  if (tracer) {
    tracer.on("Tracing.dataCollected", (e) => traced.push(...e.value));
    await tracer.send("Tracing.start", {
      traceConfig: { includedCategories: ["devtools.timeline", "disabled-by-default-devtools.timeline.stack"] },
      transferMode: "ReportEvents",
    });
  }
  const moved = replayDir ? JSON.parse(readFileSync(join(replayDir, "replay.json"), "utf8")).movedSession : null;
  const result = replayDir
    ? await page.evaluate(measureReplay, { moved })
    : await page.evaluate(editsOnly ? measureEdits : measureDrag, { rounds });
  if (tracer) {
    const complete = new Promise((r) => tracer.once("Tracing.tracingComplete", r));
    await tracer.send("Tracing.end");
    await complete;
    result.forced = forcedOf(traced);
  }
  console.log(JSON.stringify({ orientation, ...result }));
  if (cdp) {
    const { profile: p } = await cdp.send("Profiler.stop");
    const self = new Map();
    const dt = new Map();
    for (let i = 0; i < p.samples.length; i++)
      dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
    for (const n of p.nodes) {
      const f = n.callFrame;
      const key = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}:${f.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (dt.get(n.id) ?? 0) / 1000);
    }
    const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
    for (const [k, ms] of top) console.log(`${ms.toFixed(1).padStart(8)} ms  ${k}`);
  }
} finally {
  await browser.close();
  server.close();
}

/**
 * The layouts and style recalculations of `events` (a Chrome trace) that a script forced:
 * those whose data carries the script's stack. Their count and time (ms), and the functions
 * that forced them, most first.
 */
function forcedOf(events) {
  const out = { layouts: 0, layoutMs: 0, styles: 0, styleMs: 0, by: {} };
  const open = new Map();
  for (const e of events) {
    if (e.name !== "Layout" && e.name !== "UpdateLayoutTree") continue;
    const key = `${e.pid}:${e.tid}:${e.name}`;
    if (e.ph === "B") {
      open.set(key, e);
      continue;
    }
    const begin = e.ph === "E" ? open.get(key) : e;
    if (!begin) continue;
    open.delete(key);
    const data = begin.args?.beginData ?? begin.args?.data ?? {};
    const stack = data.stackTrace ?? begin.args?.data?.stackTrace;
    if (!stack?.length) continue;
    const ms = (e.ph === "E" ? e.ts - begin.ts : (e.dur ?? 0)) / 1000 || 0;
    if (e.name === "Layout") {
      out.layouts++;
      out.layoutMs += ms;
    } else {
      out.styles++;
      out.styleMs += ms;
    }
    const f = stack[0];
    const where = `${f.functionName || "(anonymous)"} ${String(f.url).split("/").pop()}:${f.lineNumber}`;
    out.by[where] = Math.round(((out.by[where] ?? 0) + ms) * 10) / 10;
  }
  out.layoutMs = Math.round(out.layoutMs * 10) / 10;
  out.styleMs = Math.round(out.styleMs * 10) / 10;
  out.by = Object.fromEntries(
    Object.entries(out.by)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8),
  );
  return out;
}

/**
 * In the page (closes over nothing): select session `moved`, then per recorded answer press
 * the key that sends a command, which the replay backend answers with that answer, and time
 * until the frame after its fold is painted. Each edit is followed by its undo's answer.
 */
async function measureReplay({ moved }) {
  const replay = window.__replay;
  const rendered = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve(performance.now());
        ch.port2.postMessage(0);
      }),
    );
  const block = document.querySelector(`[data-session-id="${moved}"]`);
  if (!block) throw new Error(`session ${moved} is not drawn`);
  block.scrollIntoView({ block: "nearest", inline: "nearest" });
  await rendered();
  const r = block.getBoundingClientRect();
  const at = { bubbles: true, clientX: r.left + 3, clientY: r.top + 3, pointerId: 7, button: 0, isPrimary: true };
  block.dispatchEvent(new PointerEvent("pointerdown", { ...at, buttons: 1 }));
  window.dispatchEvent(new PointerEvent("pointerup", { ...at, buttons: 0 }));
  await rendered();
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const q = (p) => Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))] * 10) / 10;
    return { n: s.length, median: q(0.5), p95: q(0.95), max: q(1) };
  };
  const out = {};
  for (const name of ["rename-room", "move-session"]) {
    const times = [];
    for (let i = 0; i < 20; i++) {
      replay.next = i % 2 ? `${name}-undo` : name;
      replay.answeredAt = 0;
      const start = performance.now();
      window.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
      while (replay.answeredAt === 0) {
        if (performance.now() - start > 5000) throw new Error(`no apply was sent for ${replay.next}`);
        await new Promise((res) => setTimeout(res, 0));
      }
      // The fold and Svelte's update run in the answer's microtasks; a task later they are done.
      await new Promise((res) => setTimeout(res, 0));
      if (i % 2 === 0) times.push((await rendered()) - start);
      else await rendered();
      await new Promise((res) => setTimeout(res, 100));
    }
    out[name] = { bytes: replay.answers[name].length, editToRedrawMs: stats(times), edits: times.map(Math.round) };
  }
  return out;
}
