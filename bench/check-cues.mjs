#!/usr/bin/env node
// Guard for the date parsers' cues (src/dates/parser.ts, Parser.cue): a cue must pass on every
// text where its parser's pattern matches, or runParser would silently skip a date. Runs each
// pattern (compiled whole, boundaries included) and its cue over every line of the given JSON Lines
// corpora ({"text": ...} per line) and lists the lines where the pattern matches and the cue does
// not. Needs the tsc output (npm run build).
//
//   node bench/check-cues.mjs /work/shared/corpora/*/gold.jsonl /work/shared/corpora/*/dev.jsonl

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { PARSERS } = await import(pathToFileURL(path.join(ROOT, 'dist/src/dates/configuration.js')).href);
const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: node bench/check-cues.mjs CORPUS.jsonl...');
  process.exit(2);
}
const whole = new Map(PARSERS.map((p) => [p, new RegExp(p.pattern.source, p.pattern.flags.replace('g', ''))]));
const matched = new Map();
const misses = [];
let lines = 0;
for (const file of files) {
  for (const row of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!row.trim()) continue;
    const text = JSON.parse(row).text;
    if (typeof text !== 'string') continue;
    for (const line of text.split(/\n+/)) {
      lines++;
      for (const p of PARSERS) {
        if (!p.cue || !whole.get(p).test(line)) continue;
        matched.set(p.name, (matched.get(p.name) ?? 0) + 1);
        if (!p.cue.test(line)) misses.push(`${p.name}: ${line.slice(0, 160)}`);
      }
    }
  }
}
console.log(`${lines} lines; lines each pattern matches: ${[...matched].map(([k, v]) => `${k} ${v}`).join(', ')}`);
if (misses.length) {
  console.log(`${misses.length} lines where a pattern matches and its cue does not:\n${misses.slice(0, 20).join('\n')}`);
  process.exit(1);
}
console.log('every cue passes wherever its pattern matches');
