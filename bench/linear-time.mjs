#!/usr/bin/env node
// Does any pathological input take more than linear time? For each pattern of
// bench/pathological.mjs, analyze() (in this process, all four analyzers) on 25 KB and on 100 KB
// of it; linear time gives a ratio near 4, quadratic 16. Fails (exit 1) when a ratio is above 6.
// The times are the best of --runs runs each (default 1), after a warm-up, so a burst of load on a
// shared machine does not fail it; a failing pattern is measured again before it counts.
//
//   node bench/linear-time.mjs [--runs 1] [--only PATTERN_INDEXES] [--json]
// Reads the compiled modules (npm run build first).

import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PATTERNS, repeatTo } from './pathological.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const value = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(value('--runs', 1));
const only = value('--only', null)?.split(',').map(Number);
const MAX_RATIO = 6;
const NEGLIGIBLE_MS = 50; // 100 KB in less than this is no fault, whatever the ratio
const { analyze } = await import(pathToFileURL(path.join(ROOT, 'dist/src/index.js')).href);

analyze('Warm-up: “Yes,” Smith said in Paris on Monday. U.S. talks -- ... ended.', { date: '2024-10-21' });

function best(text) {
  let t = Infinity;
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    analyze(text, { date: '2024-10-21' });
    t = Math.min(t, performance.now() - s);
  }
  return t;
}

function measure(unit) {
  const small = best(repeatTo(unit, 25_000));
  const large = best(repeatTo(unit, 100_000));
  // below 10 ms the clock and the collector are most of a measure: a floor keeps noise from a ratio
  return { small, large, ratio: large / Math.max(small, 10) };
}

const rows = [];
let failed = 0;
for (const [i, unit] of PATTERNS.entries()) {
  if (only && !only.includes(i)) continue;
  let m = measure(unit);
  const over = (x) => x.ratio > MAX_RATIO && x.large > NEGLIGIBLE_MS;
  if (over(m)) m = measure(unit); // once more: a burst of load, or a real fault
  const bad = over(m);
  failed += bad ? 1 : 0;
  rows.push({ pattern: unit, ms25k: +m.small.toFixed(1), ms100k: +m.large.toFixed(1), ratio: +m.ratio.toFixed(2), ok: !bad });
  if (!args.includes('--json')) process.stdout.write(`${bad ? 'FAIL' : 'ok  '} ${JSON.stringify(unit).padEnd(22)} 25 KB ${m.small.toFixed(0).padStart(6)} ms  100 KB ${m.large.toFixed(0).padStart(6)} ms  ratio ${m.ratio.toFixed(2)}\n`);
}
const slowest = rows.reduce((a, b) => (b.ms100k > a.ms100k ? b : a), rows[0]);
if (args.includes('--json')) console.log(JSON.stringify({ maxRatio: MAX_RATIO, rows, slowest }, null, 1));
else console.log(`${rows.length} patterns, ${failed} above ratio ${MAX_RATIO}; slowest 100 KB: ${JSON.stringify(slowest.pattern)} ${slowest.ms100k} ms; largest ratio ${Math.max(...rows.map((r) => r.ratio)).toFixed(2)}`);
process.exit(failed ? 1 : 0);
