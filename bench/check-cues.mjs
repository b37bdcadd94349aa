#!/usr/bin/env node
// Guard for the date parsers' cues (src/dates/parser.ts, Parser.cue): a cue only saves time, so it
// must never change a date. Finds the dates of every document of the given JSON Lines corpora
// ({"text": ..., "date"?: ...} per line) with the cues and again with every cue removed, and fails
// (exit 1) on any document whose dates differ. Then, for information, the lines where a pattern
// (compiled whole, boundaries included) matches and its cue does not: where the parser's extract
// rejects such a match anyway ("in the first half" for ordinal-day, whose cue holds the
// preposition extract demands), the cue is right to skip it. Needs the tsc output (npm run build).
//
//   node bench/check-cues.mjs /work/shared/corpora/*/gold.jsonl /work/shared/corpora/*/dev.jsonl

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (file) => import(pathToFileURL(path.join(ROOT, 'dist/src', file)).href);
const { PARSERS } = await dist('dates/configuration.js');
const { findDates } = await dist('dates/index.js');
const { buildArticle } = await dist('article/article.js');
const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: node bench/check-cues.mjs CORPUS.jsonl...');
  process.exit(2);
}
// 1. the dates, with the cues and without them
const docs = files.flatMap((file) =>
  fs.readFileSync(file, 'utf8').split('\n').filter((row) => row.trim()).map((row) => JSON.parse(row)).filter((d) => typeof d.text === 'string'),
);
const datesOf = (doc) => JSON.stringify(findDates(buildArticle(doc.text, { date: doc.date ?? undefined })));
const withCues = docs.map(datesOf);
const cues = PARSERS.map((p) => p.cue);
for (const p of PARSERS) delete p.cue;
const withoutCues = docs.map(datesOf);
PARSERS.forEach((p, i) => { if (cues[i]) p.cue = cues[i]; });
const changed = docs.filter((_, i) => withCues[i] !== withoutCues[i]);
console.log(`${docs.length} documents: ${changed.length} whose dates the cues change${changed.length ? ': ' + changed.slice(0, 20).map((d) => d.id ?? d.text.slice(0, 40)).join(', ') : ''}`);

// 2. for information: lines where a pattern matches and its cue does not
const whole = new Map(PARSERS.map((p) => [p, new RegExp(p.pattern.source, p.pattern.flags.replace('g', ''))]));
const matched = new Map();
const misses = [];
const byParser = new Map();
let lines = 0;
for (const doc of docs) {
  for (const line of doc.text.split(/\n+/)) {
    lines++;
    for (const p of PARSERS) {
      if (!p.cue || !whole.get(p).test(line)) continue;
      matched.set(p.name, (matched.get(p.name) ?? 0) + 1);
      if (p.cue.test(line)) continue;
      misses.push(`${p.name}: ${line.slice(0, 160)}`);
      byParser.set(p.name, (byParser.get(p.name) ?? 0) + 1);
    }
  }
}
console.log(`${lines} lines; lines each pattern matches: ${[...matched].map(([k, v]) => `${k} ${v}`).join(', ')}`);
if (misses.length) {
  console.log(`${misses.length} lines where a pattern matches and its cue does not (${[...byParser].map(([k, v]) => `${k} ${v}`).join(', ')}); the first:\n${misses.slice(0, 5).join('\n')}`);
} else console.log('every cue passes wherever its pattern matches');
if (changed.length) process.exit(1);
