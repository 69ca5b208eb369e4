// The published website as its readers get it (issue 19): the SG12 example (English and
// Chinese) and the ITU Council 2018 plan (six languages, Arabic among them) published by the
// CLI, then served by a plain static file server and opened in headless Chromium. Every page
// loads without a console error or a failed request and every link resolves; the day grid
// shows each session of its day; the language switch leads to the same page in the other
// language; Arabic pages are laid out right to left; axe-core finds no serious or critical
// accessibility violation on any kind of page in any language; every calendar parses with
// ical.js and has what RFC 5545 requires of it.
//
// Needs Chromium (scripts/install-deps.sh installs it) and the CLI (target/debug/plenary,
// which `cargo test` builds); scripts/check-site.sh runs this with both.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, relative, resolve, sep } from "node:path";
import { after, before, describe, test } from "node:test";

import axe from "axe-core";
import ICAL from "ical.js";
import { chromium } from "playwright-core";

const ROOT = resolve(import.meta.dirname, "../..");
const BIN = process.env.PLENARY_BIN ?? join(ROOT, "target/debug/plenary");
const CHROMIUM = process.env.PLENARY_CHROMIUM ?? "/usr/bin/chromium";

const EXAMPLES = {
  sg12: "examples/itu-t-sg12-2017.plenary.json",
  council: "examples/itu-council-2018.plenary.json",
};

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".ics": "text/calendar; charset=utf-8",
  ".pdf": "application/pdf",
  ".docx":
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** Every file under `dir`, as paths relative to it with `/` separators. */
function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      out.push(...filesUnder(path).map((f) => `${name}/${f}`));
    else out.push(name);
  }
  return out.sort();
}

/** A static file server over `dir` (what "any web server" does: files, no code). */
function serve(dir) {
  const server = createServer((req, res) => {
    const path = normalize(
      join(dir, decodeURIComponent(new URL(req.url, "http://x").pathname)),
    );
    if (!path.startsWith(dir + sep) && path !== dir)
      return res.writeHead(403).end();
    const file =
      existsSync(path) && statSync(path).isDirectory()
        ? join(path, "index.html")
        : path;
    if (!existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

const sites = {};
let browser;
let work;

before(
  async () => {
    assert.ok(
      existsSync(BIN),
      `the CLI is built at ${BIN} (cargo build --bin plenary)`,
    );
    assert.ok(
      existsSync(CHROMIUM),
      `Chromium is installed at ${CHROMIUM} (scripts/install-deps.sh)`,
    );
    work = mkdtempSync(join(tmpdir(), "plenary-site-"));
    for (const [name, file] of Object.entries(EXAMPLES)) {
      const dir = join(work, name);
      execFileSync(BIN, ["publish", join(ROOT, file), dir], {
        stdio: ["ignore", "ignore", "inherit"],
      });
      const server = await serve(dir);
      const document = JSON.parse(readFileSync(join(ROOT, file), "utf8"));
      sites[name] = {
        dir,
        server,
        base: `http://127.0.0.1:${server.address().port}/`,
        files: filesUnder(dir),
        document,
      };
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox"],
    });
  },
  { timeout: 180_000 },
);

after(async () => {
  await browser?.close();
  for (const site of Object.values(sites)) site.server.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Opens `path` of `site` in a fresh page; what went wrong on the way is in `problems`. */
async function open(site, path) {
  const page = await browser.newPage();
  const problems = [];
  page.on(
    "console",
    (m) => m.type() === "error" && problems.push(`console: ${m.text()}`),
  );
  page.on("pageerror", (e) => problems.push(`script error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  page.on(
    "response",
    (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`),
  );
  await page.goto(site.base + path, { waitUntil: "load" });
  return { page, problems };
}

for (const name of Object.keys(EXAMPLES)) {
  describe(`the ${name} site`, () => {
    test("every page loads with no console error or failed request, and every link resolves", async () => {
      const site = sites[name];
      const pages = site.files.filter((f) => f.endsWith(".html"));
      assert.ok(pages.length > 20, `a site of many pages: ${pages.length}`);
      // One tab goes through every page, as a reader clicking around would. (The site has
      // no favicon: its pages say so with an empty inline icon, so no request 404s.)
      const { page, problems } = await open(site, pages[0]);
      for (const path of pages) {
        problems.length = 0;
        await page.goto(site.base + path, { waitUntil: "load" });
        // The root page leads on to the main language's start page by itself.
        if (path === "index.html")
          await page.waitForURL(/\/[a-z]{2}\/index\.html$/);
        const html = readFileSync(join(site.dir, path), "utf8");
        const links = [...html.matchAll(/(?:href|src)="([^"]*)"/g)].map((m) =>
          m[1].replaceAll("&amp;", "&"),
        );
        assert.deepEqual(problems, [], `${path}`);
        for (const link of links) {
          assert.doesNotMatch(
            link,
            /^(https?:)?\/\//,
            `${path} links only inside the site: ${link}`,
          );
          if (/^(mailto|webcal|data):/.test(link) || link.startsWith("#"))
            continue;
          const target = new URL(link, site.base + path);
          const file = relative(
            site.dir,
            join(site.dir, decodeURIComponent(target.pathname)),
          );
          assert.ok(
            site.files.includes(file.split(sep).join("/")),
            `${path} links to ${link}, which is in the site`,
          );
        }
      }
      await page.close();
    });

    test("each day page shows every session placed that day", async () => {
      const site = sites[name];
      const lang = site.document.meeting.languages[0];
      for (const day of site.document.days) {
        const path = `${lang}/day-${day.date}.html`;
        if (!site.files.includes(path)) continue;
        const { page } = await open(site, path);
        const text = await page.locator("main").innerText();
        await page.close();
        const placed = site.document.sessions.filter((s) =>
          s.placement?.start.startsWith(day.date),
        );
        for (const s of placed) {
          const title = s.title[lang] ?? Object.values(s.title)[0];
          assert.ok(text.includes(title), `${path} shows “${title}”`);
        }
      }
    });

    test("the language switch leads to the same page in each other language", async () => {
      const site = sites[name];
      const [first, ...others] = site.document.meeting.languages;
      for (const lang of others) {
        const { page } = await open(site, `${first}/annex.html`);
        await page.click(`nav.languages a[hreflang="${lang}"]`);
        await page.waitForLoadState("load");
        assert.ok(page.url().endsWith(`/${lang}/annex.html`), page.url());
        assert.equal(await page.getAttribute("html", "lang"), lang);
        await page.close();
      }
    });

    test("axe-core finds no serious or critical violation on any kind of page", async () => {
      const site = sites[name];
      // Every kind of page in the main language; the pages whose text and layout differ
      // most by language (start page, a day's grid, the annex) in every other one.
      const [main, ...others] = site.document.meeting.languages;
      const checks = [
        ...[
          "index",
          "day-",
          "body-",
          "room-",
          "session-",
          "annex",
          "changes",
        ].map((kind) => [main, kind]),
        ...others.flatMap((lang) =>
          ["index", "day-", "annex"].map((kind) => [lang, kind]),
        ),
      ];
      for (const [lang, kind] of checks) {
        {
          const path = site.files.find(
            (f) => f.startsWith(`${lang}/${kind}`) && f.endsWith(".html"),
          );
          if (!path) continue;
          const { page } = await open(site, path);
          await page.addScriptTag({ content: axe.source });
          const found = await page.evaluate(() =>
            globalThis.axe.run(document, { resultTypes: ["violations"] }),
          );
          await page.close();
          const bad = found.violations
            .filter((v) => v.impact === "serious" || v.impact === "critical")
            .map(
              (v) =>
                `${v.id} (${v.impact}): ${v.help}; ${v.nodes
                  .slice(0, 3)
                  .map((n) => n.target.join(" "))
                  .join(" | ")}`,
            );
          assert.deepEqual(bad, [], path);
        }
      }
    });

    test("every calendar parses and has what RFC 5545 requires", () => {
      const site = sites[name];
      const calendars = site.files.filter((f) => f.endsWith(".ics"));
      assert.ok(
        calendars.length >= 2,
        `the whole calendar and one per body and room: ${calendars}`,
      );
      for (const path of calendars) {
        const text = readFileSync(join(site.dir, path), "utf8");
        assert.ok(!/[^\r]\n/.test(text), `${path}: every line ends in CRLF`);
        for (const line of text.split("\r\n")) {
          assert.ok(
            Buffer.byteLength(line) <= 75,
            `${path}: a line of at most 75 octets: ${line}`,
          );
        }
        const root = new ICAL.Component(ICAL.parse(text));
        assert.equal(root.name, "vcalendar", path);
        assert.equal(root.getFirstPropertyValue("version"), "2.0", path);
        assert.ok(root.getFirstPropertyValue("prodid"), `${path}: a PRODID`);
        const zones = new Set(
          root
            .getAllSubcomponents("vtimezone")
            .map((z) => z.getFirstPropertyValue("tzid")),
        );
        const uids = new Set();
        for (const event of root.getAllSubcomponents("vevent")) {
          const uid = event.getFirstPropertyValue("uid");
          assert.ok(
            uid && !uids.has(uid),
            `${path}: each event has its own UID (${uid})`,
          );
          uids.add(uid);
          assert.ok(
            event.getFirstPropertyValue("dtstamp"),
            `${path}: ${uid} has a DTSTAMP`,
          );
          const start = event.getFirstProperty("dtstart");
          assert.ok(start, `${path}: ${uid} has a DTSTART`);
          const tzid = start.getParameter("tzid");
          if (tzid)
            assert.ok(
              zones.has(tzid),
              `${path}: ${uid}'s zone ${tzid} is defined in a VTIMEZONE`,
            );
          assert.ok(
            !(event.hasProperty("dtend") && event.hasProperty("duration")),
            `${path}: ${uid} has not both DTEND and DURATION`,
          );
          const sequence = event.getFirstPropertyValue("sequence");
          if (sequence !== null)
            assert.ok(
              Number.isInteger(sequence) && sequence >= 0,
              `${path}: ${uid} SEQUENCE`,
            );
          const event2 = new ICAL.Event(event);
          if (event.hasProperty("dtend"))
            assert.ok(
              event2.endDate.compare(event2.startDate) >= 0,
              `${path}: ${uid} ends after it starts`,
            );
        }
      }
    });
  });
}

test("Arabic pages are laid out right to left, the others left to right", async () => {
  const site = sites.council;
  assert.ok(
    site.document.meeting.languages.includes("ar"),
    "the Council plan has Arabic",
  );
  for (const lang of site.document.meeting.languages) {
    const { page } = await open(site, `${lang}/index.html`);
    const direction = await page.evaluate(
      () => getComputedStyle(document.body).direction,
    );
    const dir = await page.getAttribute("html", "dir");
    await page.close();
    assert.equal(dir, lang === "ar" ? "rtl" : "ltr", `${lang}: dir`);
    assert.equal(
      direction,
      lang === "ar" ? "rtl" : "ltr",
      `${lang}: the laid-out direction`,
    );
  }
});

test("served over HTTP, each calendar link has a webcal link beside it to the same file", async () => {
  const site = sites.sg12;
  const body = site.files.find((f) => /^en\/body-.*\.html$/.test(f));
  assert.ok(body, "a body page");
  for (const path of ["en/index.html", body]) {
    const { page, problems } = await open(site, path);
    const pairs = await page.evaluate(() =>
      [...document.querySelectorAll("a[data-subscribe]")].map((a) => [
        a.href,
        a.nextElementSibling?.getAttribute("href") ?? null,
        a.nextElementSibling?.textContent ?? "",
      ]),
    );
    await page.close();
    assert.deepEqual(problems, [], path);
    assert.ok(pairs.length > 0, `${path} has calendar links`);
    for (const [ics, webcal, label] of pairs) {
      const url = new URL(ics);
      assert.equal(webcal, `webcal://${url.host}${url.pathname}`, `${path}: ${ics}`);
      assert.ok(label.trim().length > 0, "the link says what it does");
    }
  }
});

test("the site also works opened from the file system, with no server", async () => {
  const site = sites.sg12;
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  await page.goto(`file://${join(site.dir, "index.html")}`);
  await page.waitForURL(/\/en\/index\.html$/, { timeout: 10_000 });
  assert.equal(
    await page.locator('a[href^="webcal:"]').count(),
    0,
    "no webcal link without the site's address: the calendars download",
  );
  await page.click('nav.sections a[href="annex.html"]');
  await page.waitForLoadState("load");
  assert.ok(page.url().endsWith("/en/annex.html"), page.url());
  await page.close();
  assert.deepEqual(problems, []);
});
