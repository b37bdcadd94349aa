#!/usr/bin/env node
// Summarise a V8 .cpuprofile (from `node --cpu-prof`): self time per function, heaviest first,
// with file:line, so a superlinear hot spot can be named precisely.
// Usage: node bench/profile-summary.mjs FILE.cpuprofile [--top N] [--by file]

import fs from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: node bench/profile-summary.mjs FILE.cpuprofile [--top N] [--by file]');
  process.exit(2);
}
const topIdx = args.indexOf('--top');
const top = topIdx >= 0 ? Number(args[topIdx + 1]) : 25;
const byFile = args.includes('--by') && args[args.indexOf('--by') + 1] === 'file';

const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const agg = new Map();
for (const [id, us] of self) {
  const { callFrame: f } = nodes.get(id);
  const where = (f.url || '(native)').replace(/^file:\/\//, '').replace(process.cwd() + '/', '');
  const key = byFile ? where : `${f.functionName || '(anonymous)'}  ${where}:${f.lineNumber + 1}`;
  agg.set(key, (agg.get(key) ?? 0) + us);
}
const rows = [...agg].sort((a, b) => b[1] - a[1]).slice(0, top);
console.log(`total sampled ${(total / 1000).toFixed(0)} ms`);
for (const [key, us] of rows) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
