// Starts the real desktop app for a test: its own Xvfb (unless E2E_DISPLAY names one),
// WebKitWebDriver on a free port, and a WebDriver session whose "browser" is the app
// binary. Every process is started in its own process group and killed with it, also when
// a test fails or the runner is interrupted.

import { spawn, execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { Session, waitForDriver } from './webdriver.js';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../../..');
export const artifactsDir = join(repoRoot, 'tests/e2e/artifacts');
export const defaultBinary = join(repoRoot, 'target/debug/plenary-desktop');

/** Process groups to kill when the test process exits, whatever the reason. */
const groups = new Set();

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

process.on('exit', () => {
  for (const pid of groups) killGroup(pid, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => process.exit(130));
}

/** Spawns `command` in a new process group, remembered for cleanup. */
function start(command, args, options = {}) {
  const child = spawn(command, args, { ...options, detached: true });
  groups.add(child.pid);
  child.on('exit', () => groups.delete(child.pid));
  return child;
}

/** Ends a process group politely, then firmly after `graceMs`. */
async function stop(child, graceMs = 3_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  killGroup(child.pid, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  killGroup(child.pid, 'SIGKILL'); // the app and WebKit helpers may outlive their leader
  groups.delete(child.pid);
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Starts Xvfb on a free display (it writes the number it chose to fd 3). */
async function startXvfb() {
  const xvfb = start('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  xvfb.stderr.on('data', (d) => (stderr += d));
  const display = await new Promise((resolveDisplay, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start in 10 s: ${stderr}`)), 10_000);
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolveDisplay(`:${out.trim()}`);
      }
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr}`)));
  });
  return { xvfb, display };
}

/** The app's identifier (tauri.conf.json): its folder under the XDG data and config homes. */
export const APP_ID = 'org.plenary.desktop';

/**
 * A fresh, private pair of XDG homes for the app's data (the autosave journal, the log) and
 * its config (recent files, window size), so that no test sees what another left behind.
 * Pass the same homes to two launches to play a restart.
 */
export function freshHomes() {
  const root = mkdtempSync(join(tmpdir(), 'plenary-e2e-home-'));
  const homes = { root, data: join(root, 'data'), config: join(root, 'config') };
  mkdirSync(homes.data);
  mkdirSync(homes.config);
  return homes;
}

/** The app's data folder under `homes` (where `<app data>/journal/` lives). */
export function appDataDir(homes) {
  return join(homes.data, APP_ID);
}

/** The ids of the journal entries in `homes` (one per unsaved document). */
export function journalEntries(homes) {
  const dir = join(appDataDir(homes), 'journal');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.plenary.json'))
    .map((n) => n.slice(0, -'.plenary.json'.length));
}

/** The process ids whose parent is `pid` (Linux /proc). */
function childrenOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** The process id of `binary` started by the driver `driverPid` (searched among its descendants). */
function appPid(driverPid, binary) {
  const queue = [driverPid];
  while (queue.length) {
    const pid = queue.shift();
    for (const child of childrenOf(pid)) {
      try {
        const exe = readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0')[0];
        if (exe === binary || exe.endsWith('/plenary-desktop')) return child;
      } catch {
        // gone
      }
      queue.push(child);
    }
  }
  return undefined;
}

/**
 * Launches the app (optionally on `file`, or with `example: true` on the bundled example, opened
 * from the start screen as a person does) and returns `{ session, display, homes, pid(),
 * screenshot, close }`. Each launch gets fresh XDG data and config homes unless `homes` (from
 * `freshHomes()`) is given. Set E2E_APP to test another binary, E2E_DISPLAY to use a running
 * X server.
 *
 * `drawing`: how WebKit draws the page. `"composited"` (the default) asks WebKit to composite
 * with OpenGL, as the app does on a machine with a graphics device: on one without (Xvfb
 * here) the app paints on the CPU instead (src-tauri/src/rendering.rs), and there
 * WebKitWebDriver leaves some snapshots unanswered and loses the page of a second window
 * now and then, which the behaviour under test has nothing to do with. `"as-decided"` leaves
 * the choice to the app, as its users get it: the drawing test and the perf scripts.
 */
export async function launchApp({
  file,
  example = false,
  homes: given,
  binary = process.env.E2E_APP ?? defaultBinary,
  drawing = 'composited',
} = {}) {
  // Homes made here are removed on close; homes given by the test are the test's to keep.
  const homes = given ?? freshHomes();
  if (!existsSync(binary)) {
    throw new Error(`${binary} is missing: build it with \`make e2e\` (tauri build --debug --no-bundle)`);
  }
  const started = [];
  const close = async () => {
    for (const child of started.reverse()) await stop(child);
  };
  try {
    let display = process.env.E2E_DISPLAY;
    if (!display) {
      const x = await startXvfb();
      started.push(x.xvfb);
      display = x.display;
    }
    const port = await freePort();
    const env = {
      ...process.env,
      DISPLAY: display,
      TAURI_WEBVIEW_AUTOMATION: 'true',
      XDG_DATA_HOME: homes.data,
      XDG_CONFIG_HOME: homes.config,
    };
    delete env.WAYLAND_DISPLAY;
    if (drawing === 'composited' && !env.WEBKIT_DISABLE_COMPOSITING_MODE) env.WEBKIT_FORCE_COMPOSITING_MODE = '1';
    const driver = start('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    started.push(driver);
    const base = `http://127.0.0.1:${port}`;
    await waitForDriver(base);
    // When the app was asked for (the driver starts it at once): `make perf`'s launch time.
    const launchedAt = Date.now();
    const session = await Session.create(base, {
      'webkitgtk:browserOptions': { binary, args: file ? [file] : [] },
    });
    if (example) {
      // Started without a file, the app shows what to do first; the example is one click away.
      const [button] = await session.waitForAll('[data-testid="start-example"]', { timeoutMs: 30_000 });
      await button.click();
    }
    return {
      session,
      display,
      homes,
      launchedAt,
      /** The app's process id (a child of the driver), to kill it as a crash would. */
      pid() {
        return appPid(driver.pid, binary);
      },
      /** The app's process and its descendants (WebKit's web and network processes). */
      pids() {
        const app = appPid(driver.pid, binary);
        if (app === undefined) return [];
        const all = [app];
        for (let i = 0; i < all.length; i++) all.push(...childrenOf(all[i]));
        return all;
      },
      /**
       * Saves a PNG of the app's page to the artifacts folder; returns its path. WebKitGTK
       * painting without compositing (`drawing: "as-decided"` on a machine without a
       * graphics device) leaves WebDriver's snapshot of some pages unanswered (the start
       * screen, a dialog over it); the page is drawn on the screen all the same, so the
       * screen's pixels are saved instead.
       */
      async screenshot(name) {
        mkdirSync(artifactsDir, { recursive: true });
        const path = join(artifactsDir, `${name}.png`);
        try {
          writeFileSync(path, await session.screenshot(10_000));
        } catch (e) {
          if (e?.name !== 'TimeoutError') throw e;
          console.error(`screenshot ${name}: WebDriver's snapshot did not come; the screen instead`);
          execFileSync('import', ['-display', display, '-window', 'root', path]);
        }
        return path;
      },
      /** Saves a PNG of the whole X screen (window decorations and all), when ImageMagick is there. */
      screenshotScreen(name) {
        mkdirSync(artifactsDir, { recursive: true });
        const path = join(artifactsDir, `${name}.png`);
        execFileSync('import', ['-display', display, '-window', 'root', path]);
        return path;
      },
      /** The names of the X windows on the display (window titles). */
      windowNames() {
        const out = execFileSync('xdotool', ['search', '--name', '.', 'getwindowname', '%@'], {
          env: { ...process.env, DISPLAY: display },
          encoding: 'utf8',
        });
        return out.split('\n').filter(Boolean);
      },
      async close() {
        await session.delete().catch(() => {});
        await close();
        if (!given) rmSync(homes.root, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await close();
    throw e;
  }
}
