#!/usr/bin/env node
// Does any pathological input take more than linear time? For each pattern of
// bench/pathological.mjs, analyze() (in this process, all four analyzers) on 25 KB and on 100 KB
// of it; linear time gives a ratio near 4, quadratic 16. Fails (exit 1) when a ratio is above 6.
// Then the entity resolver on 500 against 2,000 distinct names (5,000 vs 20,000 mentions).
// The times are the best of --runs runs each (default 1), after a warm-up, so a burst of load on a
// shared machine does not fail it; a failing pattern is measured again before it counts.
//
//   node bench/linear-time.mjs [--runs 1] [--only PATTERN_INDEXES,resolver] [--json]
// Reads the compiled modules (npm run build first).

import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PATTERNS, repeatTo } from './pathological.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const value = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(value('--runs', 1));
const only = value('--only', null)?.split(','); // pattern indexes, and/or 'resolver'
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
  if (only && !only.includes(String(i))) continue;
  let m = measure(unit);
  const over = (x) => x.ratio > MAX_RATIO && x.large > NEGLIGIBLE_MS;
  if (over(m)) m = measure(unit); // once more: a burst of load, or a real fault
  const bad = over(m);
  failed += bad ? 1 : 0;
  rows.push({ pattern: unit, ms25k: +m.small.toFixed(1), ms100k: +m.large.toFixed(1), ratio: +m.ratio.toFixed(2), ok: !bad });
  if (!args.includes('--json')) process.stdout.write(`${bad ? 'FAIL' : 'ok  '} ${JSON.stringify(unit).padEnd(22)} 25 KB ${m.small.toFixed(0).padStart(6)} ms  100 KB ${m.large.toFixed(0).padStart(6)} ms  ratio ${m.ratio.toFixed(2)}\n`);
}
// The entity resolver on many distinct names (it once had a pairwise step; this was a timed test in
// tests/entities.test.ts): 500 and 2,000 names, each mentioned 10 times, straight into
// resolveEntities (the recogniser would not find made-up names reliably).
const { buildArticle } = await import(pathToFileURL(path.join(ROOT, 'dist/src/article/article.js')).href);
const { resolveEntities } = await import(pathToFileURL(path.join(ROOT, 'dist/src/entities/resolve.js')).href);

function manyNames(count) {
  const names = Array.from({ length: count }, (_, i) => `Name${i} Surname${i}`);
  const text = Array.from({ length: 10 }, () => names.join(', ') + '.').join('\n');
  const mentions = [];
  let at = 0;
  for (let r = 0; r < 10; r++) {
    for (const n of names) {
      mentions.push({ start: at, end: at + n.length, text: n, type: 'PERSON' });
      at += n.length + 2;
    }
  }
  return { article: buildArticle(text), mentions };
}

function bestResolve(count) {
  let t = Infinity;
  for (let i = 0; i < Math.max(runs, 2); i++) {
    const { article, mentions } = manyNames(count);
    const s = performance.now();
    resolveEntities(article, mentions);
    t = Math.min(t, performance.now() - s);
  }
  return t;
}

if (!only || only.includes('resolver')) {
  bestResolve(200); // warm-up
  let m = { small: bestResolve(500), large: bestResolve(2000) };
  const over = (x) => x.large / Math.max(x.small, 10) > MAX_RATIO && x.large > NEGLIGIBLE_MS;
  if (over(m)) m = { small: bestResolve(500), large: bestResolve(2000) };
  const ratio = m.large / Math.max(m.small, 10);
  const bad = over(m);
  failed += bad ? 1 : 0;
  rows.push({ kind: 'resolver', pattern: 'resolveEntities: 5,000 vs 20,000 mentions of 500 vs 2,000 names', ms25k: +m.small.toFixed(1), ms100k: +m.large.toFixed(1), ratio: +ratio.toFixed(2), ok: !bad });
  if (!args.includes('--json')) process.stdout.write(`${bad ? 'FAIL' : 'ok  '} resolveEntities, 5,000 vs 20,000 mentions ${m.small.toFixed(0).padStart(6)} ms  ${m.large.toFixed(0).padStart(6)} ms  ratio ${ratio.toFixed(2)}\n`);
}

const patternRows = rows.filter((r) => r.kind !== 'resolver');
const slowest = patternRows.reduce((a, b) => (b.ms100k > a.ms100k ? b : a), patternRows[0]);
if (args.includes('--json')) console.log(JSON.stringify({ maxRatio: MAX_RATIO, rows, slowest }, null, 1));
else console.log(`${patternRows.length} patterns${rows.length > patternRows.length ? ' and the resolver' : ''}, ${failed} above ratio ${MAX_RATIO}; slowest 100 KB: ${JSON.stringify(slowest.pattern)} ${slowest.ms100k} ms; largest ratio ${Math.max(...rows.map((r) => r.ratio)).toFixed(2)}`);
process.exit(failed ? 1 : 0);
