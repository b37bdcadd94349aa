#!/usr/bin/env node
// Is analysis linear in document length? Times each stage of the pipeline in this process (no
// start-up) on texts of doubling size made of CoNLL-2003 dev, and fits the exponent k of
// time ~ size^k per stage: k near 1 is linear, k near 2 quadratic. Also the heap after each size.
//
//   node bench/linearity.mjs [--max-bytes 1000000] [--min-bytes 62500] [--json]
//
// Reads the compiled modules under dist/src (run `npx tsc -p .` first). Each stage gets the
// results of the stages before it, as in src/analyze.ts; quotes and events timings are their
// own work only.

import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { countWords, goldDocs, longText } from './corpus.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const value = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const maxBytes = value('--max-bytes', 1_000_000);
const minBytes = value('--min-bytes', 62_500);
const mod = (p) => import(pathToFileURL(path.join(ROOT, 'dist/src', p)).href);

const { buildArticle } = await mod('article/article.js');
const { articleTags } = await mod('model/pos.js');
const { findEntities } = await mod('entities/index.js');
const { findDates } = await mod('dates/index.js');
const { findQuotes } = await mod('quotes/index.js');
const { findEvents } = await mod('events/index.js');
const { toCodePoints } = await mod('analyze.js');
const { codePointMap } = await mod('article/offsets.js');

const STAGES = ['article', 'pos', 'entities', 'dates', 'quotes', 'events', 'codepoints'];
function run(text) {
  const t = {};
  let t0 = performance.now();
  const lap = (name) => {
    const now = performance.now();
    t[name] = now - t0;
    t0 = now;
  };
  const article = buildArticle(text, { date: '1996-08-30' });
  lap('article');
  articleTags(article);
  lap('pos');
  const entities = findEntities(article);
  lap('entities');
  const dates = findDates(article);
  lap('dates');
  const quotes = findQuotes(article, entities);
  lap('quotes');
  const events = findEvents(article, entities, dates);
  lap('events');
  toCodePoints({ schemaVersion: 1, id: null, referenceDate: null, referenceDateSource: null, entities, dates, quotes, events }, codePointMap(article.text));
  lap('codepoints');
  return t;
}

const gold = goldDocs();
run(longText(gold, 50_000)); // warm-up: models loaded, regexes compiled, code optimised
const rows = [];
for (let bytes = minBytes; bytes <= maxBytes * 1.001; bytes *= 2) {
  const text = longText(gold, bytes);
  const t = run(text);
  globalThis.gc?.();
  rows.push({ bytes: Buffer.byteLength(text), words: countWords(text), ms: t, heapMB: +(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1), rssMB: +(process.memoryUsage().rss / 2 ** 20).toFixed(1) });
}

// Least-squares slope of log(time) on log(size) per stage.
const exponent = (stage) => {
  const pts = rows.filter((r) => r.ms[stage] > 0.5).map((r) => [Math.log(r.bytes), Math.log(r.ms[stage])]);
  if (pts.length < 2) return null;
  const mx = pts.reduce((a, p) => a + p[0], 0) / pts.length;
  const my = pts.reduce((a, p) => a + p[1], 0) / pts.length;
  const num = pts.reduce((a, p) => a + (p[0] - mx) * (p[1] - my), 0);
  const den = pts.reduce((a, p) => a + (p[0] - mx) ** 2, 0);
  return +(num / den).toFixed(2);
};
const exponents = Object.fromEntries(STAGES.map((s) => [s, exponent(s)]));

if (args.includes('--json')) console.log(JSON.stringify({ rows, exponents }, null, 2));
else {
  console.log(['bytes', 'words', ...STAGES, 'heap MB', 'rss MB'].map((h) => h.padStart(10)).join(''));
  for (const r of rows) console.log([r.bytes, r.words, ...STAGES.map((s) => r.ms[s].toFixed(0)), r.heapMB, r.rssMB].map((x) => String(x).padStart(10)).join(''));
  console.log(['exponent', '', ...STAGES.map((s) => exponents[s] ?? '-'), '', ''].map((x) => String(x).padStart(10)).join(''));
}
