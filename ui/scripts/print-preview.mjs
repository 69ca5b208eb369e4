// What File > Print puts on paper, seen without a printer: the built UI (its browser
// preview, on the mock backend) in Chromium (Debian's /usr/bin/chromium through
// playwright-core), printed to PDF after Ctrl+P has put the page in print mode (every
// block drawn, the header, the page fitted to its width). One PDF per view: the grid with
// days as columns and as rows, the rooms view, and the annex.
//
//   npx vite build --outDir /tmp/plenary-ui && node scripts/print-preview.mjs /tmp/plenary-ui OUT_DIR [DOC]
//
// DOC: a document to show (default: the SG12 example). Look at the PDFs (or
// `pdftoppm -png -r 50 OUT_DIR/grid.pdf OUT_DIR/grid`) to check the pages.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const [distArg, outArg, docArg] = process.argv.slice(2);
if (!distArg || !outArg) throw new Error("usage: node scripts/print-preview.mjs DIST OUT_DIR [DOC]");
const dist = resolve(distArg);
const out = resolve(outArg);
const doc = resolve(docArg ?? join(fileURLToPath(import.meta.url), "../../../examples/itu-t-sg12-2017.plenary.json"));
if (!existsSync(join(dist, "index.html")))
  throw new Error(`${dist} holds no built UI: npx vite build --outDir ${dist}`);
mkdirSync(out, { recursive: true });
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://x");
  const file = url.pathname === "/doc.json" ? doc : join(dist, url.pathname === "/" ? "index.html" : url.pathname);
  if (!file.startsWith(dist) && file !== doc) return res.writeHead(403).end();
  if (!existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
  res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // The print dialog: none here (page.pdf prints); headless Chromium's would hold the page.
  await page.addInitScript(() => (window.print = () => {}));
  await page.goto(`http://127.0.0.1:${server.address().port}/?document=/doc.json`);
  await page.waitForSelector('[data-testid="session"]', { timeout: 60_000 });
  const views = [
    ["grid", async () => {}],
    ["grid-rows", () => page.click('[data-testid="orientation"]')],
    [
      "rooms",
      async () => {
        await page.click('[data-testid="orientation"]');
        await page.click('[data-testid="view-rooms"]');
      },
    ],
    [
      "annex",
      async () => {
        await page.click('[data-testid="view-annex"]');
        await page.waitForSelector('[data-testid="annex-frame"]', { timeout: 30_000 });
      },
    ],
  ];
  for (const [name, show] of views) {
    await show();
    await page.waitForTimeout(500);
    // Ctrl+P as the user presses it: print mode, then the print dialog (none here).
    await page.keyboard.press("Control+p");
    await page.waitForFunction(() => document.documentElement.dataset.print !== undefined, null, { timeout: 10_000 });
    await page.waitForTimeout(300);
    const blocks = await page.evaluate(() => document.querySelectorAll('[data-testid="session"]').length);
    writeFileSync(join(out, `${name}.pdf`), await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    console.log(`${name}.pdf: ${blocks} session blocks drawn`);
    await page.mouse.click(5, 5); // the next gesture ends print mode
  }
} finally {
  await browser.close();
  server.close();
}
