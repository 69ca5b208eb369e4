// File > Print in the real app: Ctrl+P (a real X11 key press, through GTK's window) puts the
// page in print mode, with every session of the grid drawn (on screen the grid draws only
// those near its viewport) under a header naming the meeting, and opens GTK's print dialog
// (screenshot `artifacts/print-dialog.png`). Escape closes the dialog and the app goes on:
// the next click leaves print mode and switches views. Then "Print" in the dialog (GTK's
// Print to File, the one printer of a machine without CUPS) writes a PDF of the grid, on
// landscape pages (the grid is wider than tall), whose first page is kept as
// `artifacts/print-grid.png` to look at.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { artifactsDir, launchApp, repoRoot } from '../lib/app.js';
import { until } from '../lib/until.js';
import { Printing } from '../pages/printing.js';

const dir = mkdtempSync(join(tmpdir(), 'plenary-e2e-print-'));
const file = join(dir, 'sg12.plenary');
const example = join(repoRoot, 'examples/itu-t-sg12-2017.plenary.json');
const placed = Object.values(JSON.parse(readFileSync(example, 'utf8')).sessions).filter((s) => s.placement).length;
// GTK's Print to File writes output.pdf into the folder the app was started in: the spec's own.
const home = join(dir, 'home');
let app;
let printing;

function xdotool(args) {
  return execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: app.display }, encoding: 'utf8' }).trim();
}

/** The visible X window named exactly `name`, or undefined. */
function windowNamed(name) {
  try {
    return xdotool(['search', '--onlyvisible', '--name', `^${name}$`]).split('\n')[0] || undefined;
  } catch {
    return undefined; // xdotool exits 1 when nothing matches
  }
}

/** Presses `keys` (xdotool's names) in the window named `name`, through the X server. */
async function press(keys, name) {
  const id = await until(`the window ${name}`, () => windowNamed(name));
  xdotool(['windowfocus', '--sync', id]);
  xdotool(['key', '--clearmodifiers', keys]);
}

before(async () => {
  copyFileSync(example, file);
  mkdirSync(home);
  process.chdir(home);
  app = await launchApp({ file });
  printing = new Printing(app.session);
}, { timeout: 90_000 });

after(async () => {
  await app?.close();
});

test('Ctrl+P opens the print dialog on every session of the grid, under the meeting', async () => {
  await until('the main window', () => windowNamed('sg12.plenary — Plenary'), Boolean, 30_000);
  await app.session.waitForAll('[data-testid="day-column"]', { timeoutMs: 20_000 });
  assert.equal(await printing.mode(), null);
  await press('ctrl+p', 'sg12.plenary — Plenary');
  const dialog = await until('GTK\'s print dialog', () => windowNamed('Print'), Boolean, 20_000);
  assert.equal(await printing.mode(), 'view', 'the page is in print mode while the dialog is open');
  assert.equal(await printing.blocksDrawn(), placed, 'every scheduled session is drawn for printing');
  assert.match(await printing.header(), /Study Group 12.*Printed /s);
  await new Promise((r) => setTimeout(r, 1000));
  app.screenshotScreen('print-dialog');

  xdotool(['windowfocus', '--sync', dialog]);
  xdotool(['key', '--clearmodifiers', 'Escape']);
  await until('the print dialog to close', () => windowNamed('Print') === undefined, Boolean, 10_000);
});

test('after the dialog the app is usable: the next click leaves print mode', async () => {
  const [annex] = await app.session.waitForAll('[data-testid="view-annex"]');
  await annex.click();
  await app.session.waitForAll('[data-testid="annex-view"]', { timeoutMs: 10_000 });
  assert.equal(await printing.mode(), null);
  assert.equal(await printing.header(), null);
  const [grid] = await app.session.waitForAll('[data-testid="view-grid"]');
  await grid.click();
  await app.session.waitForAll('[data-testid="grid"]', { timeoutMs: 10_000 });
});

test('Print to File writes the grid as a PDF (its first page kept to look at)', async () => {
  await press('ctrl+p', 'sg12.plenary — Plenary');
  const dialog = await until('GTK\'s print dialog', () => windowNamed('Print'), Boolean, 20_000);
  await new Promise((r) => setTimeout(r, 1000)); // GTK finds its printers
  xdotool(['windowfocus', '--sync', dialog]);
  // Pick the printer (the list's first row: there is no default one), then Print. (Clicked
  // where GTK puts them in a dialog of this size: without a window manager, keys do not
  // reliably reach the dialog's buttons.)
  xdotool(['mousemove', '--window', dialog, '80', '88', 'click', '1']);
  await new Promise((r) => setTimeout(r, 1000));
  app.screenshotScreen('print-dialog-file');
  xdotool(['mousemove', '--window', dialog, '558', '487', 'click', '1']); // Print
  const pdf = await until(
    'a PDF in the folder the app was started in',
    () => {
      const found = readdirSync(home).find((f) => f.endsWith('.pdf'));
      return found && statSync(join(home, found)).size > 1000 ? join(home, found) : undefined;
    },
    Boolean,
    30_000,
  );
  await new Promise((r) => setTimeout(r, 1000)); // written to its end
  assert.equal(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
  // The grid is wider than tall: its pages are set up landscape, and they are not blank.
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const [, width, height] = info.match(/Page size:\s+([\d.]+) x ([\d.]+)/) ?? [];
  assert.ok(Number(width) > Number(height), `landscape pages: ${info.match(/Page size:.*/)?.[0]}`);
  const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
  assert.match(text, /Study Group 12/, 'the first page shows the grid under its header');
  mkdirSync(artifactsDir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(artifactsDir, 'print-grid')]);
  assert.ok(existsSync(join(artifactsDir, 'print-grid.png')));
});
