#!/usr/bin/env node
// Time to compile each date pattern (src/dates/parser.ts runnerOf + compileOnce), measured as its
// first exec on a 1,000-character subject, the way runParser compiles it. Each round runs in a
// fresh process (V8 caches compiled regexes per source and flags); the median of the rounds per
// pattern, slowest first. Needs the tsc output (npm run build).
//
//   node bench/pattern-compile.mjs [ROUNDS]

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (process.argv[2] === '--child') {
  const { PARSERS } = await import(pathToFileURL(path.join(ROOT, 'dist/src/dates/configuration.js')).href);
  const { runParser } = await import(pathToFileURL(path.join(ROOT, 'dist/src/dates/parser.js')).href);
  const text = 'He said on Monday that nothing would change. '.repeat(3);
  const ctx = { sentenceText: text, sentence: { start: 0, end: text.length }, ref: null };
  const out = {};
  for (const p of PARSERS) {
    // without its cue, keeping nothing: the time is mostly the compilation
    const probe = { name: p.name, pattern: p.pattern, extract: () => null };
    const t0 = process.hrtime.bigint();
    runParser(probe, ctx);
    out[p.name] = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  console.log(JSON.stringify(out));
} else {
  const rounds = +(process.argv[2] ?? 7);
  const runs = [];
  for (let i = 0; i < rounds; i++) runs.push(JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child'], { encoding: 'utf8' })));
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const rows = Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]);
  rows.sort((a, b) => b[1] - a[1]);
  for (const [k, v] of rows) console.log(`${v.toFixed(2).padStart(7)} ms  ${k}`);
  console.log(`${rows.reduce((s, r) => s + r[1], 0).toFixed(1).padStart(7)} ms  all ${rows.length}`);
}
