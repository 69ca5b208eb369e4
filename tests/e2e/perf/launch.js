// Launch to grid painted, and the memory of the app with its web processes once settled.
// Usage (after a build; E2E_APP names the binary, e.g. the release one):
//   E2E_APP=target/release/plenary-desktop node tests/e2e/perf/launch.js FILE [--runs=3]
// Each run starts the app on FILE under its own Xvfb through WebKitWebDriver and reads the
// page's `plenary:grid-painted` mark (Grid.svelte: the frame after the grid's first render
// is painted) against the moment the driver was asked to start the app (so the figure
// includes the driver's own start of it); its phases include `sessions-painted`, the first
// painted frame with sessions in it, which the grid's frame may precede by a frame (the days
// draw their sessions once they are known to be near the view). Then, 5 s later, the
// proportional set size (PSS,
// /proc/PID/smaps_rollup) of the app and every process under it (WebKit's web and network
// processes). Prints one JSON line: medians and every run.
import { readFileSync } from 'node:fs';
import { launchApp } from '../lib/app.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) throw new Error('usage: launch.js FILE [--runs=N]');
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 3);

/** PSS in MB of `pid` (0 when it is gone). */
function pssMb(pid) {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

const launches = [];
const pss = [];
const phases = [];
const pssByProcess = [];
for (let i = 0; i < runs; i++) {
  const app = await launchApp({ file, drawing: 'as-decided' });
  try {
    await app.session.waitForAll('[data-testid="day-column"]', { timeoutMs: 60_000 });
    let painted = null;
    for (let t = 0; t < 200 && painted === null; t++) {
      painted = await app.session.execute(
        `const m = performance.getEntriesByName('plenary:grid-painted')[0]; return m ? performance.timeOrigin + m.startTime : null;`,
      );
      if (painted === null) await new Promise((r) => setTimeout(r, 50));
    }
    if (painted === null) throw new Error('the grid-painted mark never came');
    launches.push(Math.round(painted - app.launchedAt));
    // Where the time went, in ms from the driver's request: the page's navigation starts
    // (the app, its window and WebKit's web process are up), its script has run, the
    // document is asked for and answered, the grid is painted (the page's marks).
    const marks = await app.session.execute(
      `const at = { page: performance.timeOrigin };
       for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('plenary:')) at[m.name.slice(8)] = performance.timeOrigin + m.startTime;
       return at;`,
    );
    phases.push(Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, Math.round(v - app.launchedAt)])));
    await new Promise((r) => setTimeout(r, 5000));
    pss.push(Math.round(app.pids().reduce((sum, pid) => sum + pssMb(pid), 0)));
    // Each process's share (the app, WebKit's web and network processes), by name.
    const each = {};
    for (const pid of app.pids()) {
      let name = String(pid);
      try {
        name = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      } catch {
        continue;
      }
      each[name] = Math.round((each[name] ?? 0) + pssMb(pid));
    }
    pssByProcess.push(each);
  } finally {
    await app.close();
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const phaseMedians = Object.fromEntries(
  [...new Set(phases.flatMap(Object.keys))].map((k) => [k, median(phases.map((p) => p[k]).filter((v) => v !== undefined))]),
);
console.log(JSON.stringify({ launchToGridMs: median(launches), launches, phases: phaseMedians, pssMb: median(pss), pss, pssByProcess }));
