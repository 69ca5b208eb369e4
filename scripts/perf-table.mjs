// The table of `make perf` (scripts/perf.sh): reads its results (one JSON line per
// measurement: doc, where, what, result), prints a Markdown table and writes it into
// docs/performance.md between the `<!-- perf:begin -->` and `<!-- perf:end -->` markers
// (appended as a new section when they are missing).
// Usage: node scripts/perf-table.mjs RESULTS.jsonl docs/performance.md "MACHINE AND LOAD"
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const [resultsPath, docPath, machine = ''] = process.argv.slice(2);
const lines = readFileSync(resultsPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const get = (doc, where, what) => lines.find((l) => l.doc === doc && l.where === where && l.what === what);
const NAMES = { sg12: 'SG12 example', fosdem: 'FOSDEM 2020', day5000: '5,000 sessions, 200 rooms, 1 day' };
const docs = [...new Set(lines.map((l) => l.doc))];

/** "median / p95" of a stats object, or "failed" / "–". */
function pair(entry, pick) {
  if (!entry) return '–';
  if (entry.error) return 'failed';
  const s = pick(entry.result);
  return s ? `${fmt(s.median)} / ${fmt(s.p95)}` : '–';
}
const fmt = (x) => (x === undefined || x === null ? '?' : String(Math.round(x * 10) / 10));
function one(entry, pick, unit = '') {
  if (!entry) return '–';
  if (entry.error) return 'failed';
  const v = pick(entry.result);
  return v === undefined || v === null ? '–' : `${fmt(v)}${unit}`;
}

const header = [
  'document',
  'runs in',
  'drag: frame work (ms)',
  'drag: frame interval (ms)',
  "drag: longest start frame (ms)",
  'drop to painted (ms)',
  'keyboard edit to painted (ms)',
  'elements one edit touches',
  'sessions in the DOM',
  'launch to grid painted',
  'PSS, app + web processes',
];
const rows = [];
for (const doc of docs) {
  for (const where of ['app', 'chromium']) {
    const drag = get(doc, where, 'drag');
    const edits = get(doc, where, 'edits');
    const launch = get(doc, where, 'launch');
    rows.push([
      NAMES[doc] ?? doc,
      where === 'app' ? 'the app (WebKitGTK, release)' : 'Chromium (mock backend)',
      pair(drag, (r) => r.frameWorkMs),
      pair(drag, (r) => r.frameIntervalMs),
      one(drag, (r) => (r.startFrameWorkMs?.length ? Math.max(...r.startFrameWorkMs) : undefined)),
      pair(drag, (r) => r.editToRedrawMs),
      pair(edits, (r) => r.editToRedrawMs),
      one(edits, (r) => r.touched?.median),
      one(edits, (r) => r.sessionsInDom),
      where === 'app' ? one(launch, (r) => r.launchToGridMs, ' ms') : '',
      where === 'app' ? one(launch, (r) => r.pssMb, ' MB') : '',
    ]);
  }
}
const table = [
  `| ${header.join(' | ')} |`,
  `|${header.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
const block = `<!-- perf:begin -->\nMedians / 95th percentiles; ${machine}.\n\n${table}\n<!-- perf:end -->`;
console.log(table);
if (docPath && existsSync(docPath)) {
  const text = readFileSync(docPath, 'utf8');
  const re = /<!-- perf:begin -->[\s\S]*?<!-- perf:end -->/;
  const next = re.test(text)
    ? text.replace(re, block)
    : `${text.trimEnd()}\n\n## Release builds: \`make perf\`\n\n${block}\n`;
  writeFileSync(docPath, next);
  console.log(`written to ${docPath}`);
}
