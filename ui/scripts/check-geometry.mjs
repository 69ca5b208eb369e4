// Compares the grid's arithmetic (src/lib/gridGeometry.ts) with the boxes Chromium lays out:
// every day's box (and the box its blocks are placed in) and every room strip, in days and
// rooms, columns and rows, English and Arabic (right to left), on the built UI (ui/dist):
//   npm --prefix ui run build
//   (cd ui && npx vite build --ssr src/lib/gridGeometry.ts --outDir node_modules/.geometry)
//   node ui/scripts/check-geometry.mjs /tmp/plenary-perf/sg12.plenary.json
//   W=3000 CONDENSED=1 node ui/scripts/check-geometry.mjs DOC   (a wide window: the days share it)
// Prints the largest difference in pixels of each case.
import { readFileSync, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { gridSizes, cellBox, innerBox, dropColumns } from "../node_modules/.geometry/gridGeometry.js";
const dist = fileURLToPath(new URL("../dist", import.meta.url));
const docPath = process.argv[2];
const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://x");
  const file = url.pathname === "/doc.json" ? docPath : join(dist, url.pathname === "/" ? "index.html" : url.pathname);
  if (!existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
  const T = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };
  res.writeHead(200, { "content-type": T[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
const parse = (t) =>
  t
    .trim()
    .split(/ (?![^(]*\))/)
    .map((x) => (x.startsWith("minmax(") ? { px: parseFloat(x.slice(7)), flex: true } : { px: parseFloat(x) }));
let worst = 0;
for (const lang of ["en", "ar"])
  for (const rooms of [false, true])
    for (const rows of [false, true]) {
      const page = await browser.newPage({ viewport: { width: Number(process.env.W ?? 1280), height: 800 } });
      await page.addInitScript((l) => localStorage.setItem("plenary.uiLang", l), lang);
      await page.goto(`http://127.0.0.1:${server.address().port}/?document=/doc.json`);
      await page.waitForSelector('[data-testid="day-column"]', { timeout: 60000 });
      if (rooms) await page.click('[data-testid="view-rooms"]');
      if (rows) await page.click('[data-testid="orientation"]');
      if (process.env.CONDENSED) await page.click(`[data-testid="condensed"]`);
      await page.waitForTimeout(800);
      const m = await page.evaluate(() => {
        const g = document.querySelector('[data-testid="grid"]');
        const s = g.parentElement;
        const o = g.getBoundingClientRect();
        const rel = (r) => ({ left: r.left - o.left, top: r.top - o.top, width: r.width, height: r.height });
        return {
          cols: g.style.gridTemplateColumns,
          rows: g.style.gridTemplateRows,
          vw: s.clientWidth,
          rtl: getComputedStyle(s).direction === "rtl",
          width: o.width,
          days: [...g.querySelectorAll('[data-testid="day-column"]')].map((d) => ({
            date: d.dataset.date,
            outer: rel(d.getBoundingClientRect()),
            pad: { dl: d.clientLeft, dt: d.clientTop, w: d.clientWidth, h: d.clientHeight },
          })),
          strips: [...g.querySelectorAll('[data-testid="room-column"]')].map((d) => ({
            date: d.dataset.date,
            room: d.dataset.room,
            r: rel(d.getBoundingClientRect()),
          })),
        };
      });
      const sizes = gridSizes({ columns: parse(m.cols), rows: parse(m.rows), viewportWidth: m.vw, rtl: m.rtl });
      const days = m.days.map((d, i) => {
        const outer = rows ? cellBox(sizes, 1, i + 1) : cellBox(sizes, i + 1, 1);
        return { date: d.date, outer, inner: innerBox(outer, rows, m.rtl) };
      });
      let err = Math.abs(sizes.width - m.width);
      m.days.forEach((d, i) => {
        const c = days[i];
        for (const k of ["left", "top", "width", "height"]) err = Math.max(err, Math.abs(d.outer[k] - c.outer[k]));
        err = Math.max(
          err,
          Math.abs(d.outer.left + d.pad.dl - c.inner.left),
          Math.abs(d.pad.w - c.inner.width),
          Math.abs(d.pad.h - c.inner.height),
        );
      });
      if (rooms) {
        const drops = dropColumns(days, rows, [...new Set(m.strips.map((s) => s.room))]);
        for (const s of m.strips) {
          const d = drops.find((x) => x.date === s.date && x.room === s.room);
          err = Math.max(
            err,
            Math.abs((rows ? s.r.top : s.r.left) - d.from),
            Math.abs((rows ? s.r.top + s.r.height : s.r.left + s.r.width) - d.to),
          );
        }
      }
      worst = Math.max(worst, err);
      console.log(
        `${lang} ${rooms ? "rooms" : "days"} ${rows ? "rows" : "columns"}: ${m.days.length} days, rtl ${m.rtl}, grid ${m.width.toFixed(1)} px (model ${sizes.width.toFixed(1)}), largest difference ${err.toFixed(2)} px`,
      );
      await page.close();
    }
await browser.close();
server.close();
console.log(`worst ${worst.toFixed(2)} px`);
