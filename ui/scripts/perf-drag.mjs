// Frame times of a scripted drag, and the time from an applied edit to its redraw, in
// Chromium (Debian's /usr/bin/chromium through playwright-core, no browser download) on the
// built UI with the mock backend and a generated document:
//   cargo run --bin plenary -- generate --sessions 1000 --rooms 40 --days 10 -o /tmp/g1000.plenary.json
//   npm --prefix ui run build && node ui/scripts/perf-drag.mjs /tmp/g1000.plenary.json
// The page is served from ui/dist by a small static server, with the document at /doc.json
// (the UI's browser preview: `?document=/doc.json`). In the page, a pointer is pressed on a
// session and moved once per animation frame across days and times for 3 x 60 frames; each
// frame's duration is recorded. Each drag is then dropped on another day and timed until the
// block is drawn there (the mock backend answers at once, so this is the UI's own time:
// fold, redraw, layout and paint). Prints median and 95th percentile; targets: 16 ms a
// frame, 50 ms an edit.
import { readFileSync, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const dist = resolve(fileURLToPath(import.meta.url), "../../dist");
const docPath = process.argv[2] ?? "/tmp/g1000.plenary.json";
if (!existsSync(join(dist, "index.html"))) throw new Error("build the UI first: npm --prefix ui run build");
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml" };

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://x");
  const file = url.pathname === "/doc.json" ? docPath : join(dist, url.pathname === "/" ? "index.html" : url.pathname);
  if (!file.startsWith(dist) && file !== docPath) return res.writeHead(403).end();
  if (!existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
  res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const port = server.address().port;

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`http://127.0.0.1:${port}/?document=/doc.json`);
  await page.waitForSelector('[data-testid="session"]', { timeout: 60_000 });
  await page.waitForTimeout(1000);
  const result = await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const columns = [...document.querySelectorAll('[data-testid="day-column"]')];
    const blocks = [...document.querySelectorAll('[data-testid="session"]')];
    const fire = (target, type, x, y) =>
      target.dispatchEvent(new PointerEvent(type, { bubbles: true, clientX: x, clientY: y, pointerId: 7, button: 0, buttons: type === "pointerup" ? 0 : 1, isPrimary: true }));
    const stats = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      const q = (p) => Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))] * 10) / 10;
      return { n: s.length, median: q(0.5), p95: q(0.95), max: q(1) };
    };
    const frames = [];
    const drops = [];
    for (let round = 0; round < 3; round++) {
      const block = blocks[Math.floor((blocks.length * (round + 1)) / 7)];
      const id = block.dataset.sessionId;
      const from = block.closest('[data-testid="day-column"]');
      const r = block.getBoundingClientRect();
      const x0 = r.left + Math.min(10, r.width / 2);
      const y0 = r.top + Math.min(12, r.height / 2);
      fire(block, "pointerdown", x0, y0);
      await frame();
      let last = performance.now();
      for (let i = 1; i <= 60; i++) {
        const c = columns[Math.floor(((columns.length - 1) * i) / 60)].getBoundingClientRect();
        fire(window, "pointermove", Math.max(60, Math.min(c.left + c.width / 2, innerWidth - 520)), y0 + Math.sin(i / 6) * 120);
        await frame();
        const now = performance.now();
        frames.push(now - last);
        last = now;
      }
      const target = columns[(columns.indexOf(from) + 1) % columns.length];
      const t = target.getBoundingClientRect();
      const tx = Math.max(60, Math.min(t.left + t.width / 2, innerWidth - 520));
      fire(window, "pointermove", tx, y0);
      await frame();
      await new Promise((res) => setTimeout(res, 200));
      const t0 = performance.now();
      fire(window, "pointerup", tx, y0);
      for (;;) {
        const el = document.querySelector(`[data-testid="session"][data-session-id="${CSS.escape(id)}"]`);
        if (el?.closest('[data-testid="day-column"]') === target || performance.now() - t0 > 5000) break;
        await new Promise((res) => setTimeout(res, 0));
      }
      await frame();
      drops.push(performance.now() - t0);
      await new Promise((res) => setTimeout(res, 200));
    }
    return { sessions: blocks.length, days: columns.length, frameMs: stats(frames), editToRedrawMs: stats(drops) };
  });
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  server.close();
}
