// Starts the real desktop app for a test: its own Xvfb (unless E2E_DISPLAY names one),
// WebKitWebDriver on a free port, and a WebDriver session whose "browser" is the app
// binary. Every process is started in its own process group and killed with it, also when
// a test fails or the runner is interrupted.

import { spawn, execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
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

/**
 * Launches the app (optionally on `file`) and returns `{ session, display, screenshot, close }`.
 * Set E2E_APP to test another binary, E2E_DISPLAY to use a running X server.
 */
export async function launchApp({ file, binary = process.env.E2E_APP ?? defaultBinary } = {}) {
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
    const env = { ...process.env, DISPLAY: display, TAURI_WEBVIEW_AUTOMATION: 'true' };
    delete env.WAYLAND_DISPLAY;
    const driver = start('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    started.push(driver);
    const base = `http://127.0.0.1:${port}`;
    await waitForDriver(base);
    const session = await Session.create(base, {
      'webkitgtk:browserOptions': { binary, args: file ? [file] : [] },
    });
    return {
      session,
      display,
      /** Saves a PNG of the app's page to the artifacts folder; returns its path. */
      async screenshot(name) {
        mkdirSync(artifactsDir, { recursive: true });
        const path = join(artifactsDir, `${name}.png`);
        writeFileSync(path, await session.screenshot());
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
      },
    };
  } catch (e) {
    await close();
    throw e;
  }
}
