#!/usr/bin/env node
// Where a cold CLI run spends its time, by source file: builds the CLI bundle without minifying
// (dist/cli/profile.js, next to the real one so models/ and data/ are found the same way), runs it
// with --cpu-prof and adds each sample's self time to the source file that esbuild's "// path"
// section comment names for that line. Module evaluation, model loads and regex compilation show
// up under the file that triggers them, which a profile of the minified bundle cannot tell apart.
//
//   node bench/profile-cold.mjs [--runs 3] [--file src/dates] [COMMAND [ARGS...]]
//   (default command: analyze fixtures/serbia-russia-call.txt; prints medians over the runs)

import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const take = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const runs = Number(take('--runs', 3));
const detail = take('--file', null);
const command = args.length ? args : ['analyze', 'fixtures/serbia-russia-call.txt'];

const bundle = path.join(ROOT, 'dist', 'cli', 'profile.js');
// Same options as scripts/bundle.mjs (banner included), minus the minification.
const bundleScript = fs.readFileSync(path.join(ROOT, 'scripts', 'bundle.mjs'), 'utf8');
const banner = /js:\s*("(?:[^"\\]|\\.)*")/.exec(bundleScript);
await build({
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: banner ? JSON.parse(banner[1]) : '' },
  // The CLI's own entry without the code cache (bin/newsx.ts loads the minified bundle with it).
  stdin: {
    contents: "import { tuneV8 } from './src/cli/v8-tuning.ts'; import { run } from './src/cli/run.ts'; tuneV8(process.env); await run();",
    resolveDir: ROOT,
    sourcefile: 'profile-entry.js',
    loader: 'js',
  },
  outfile: bundle,
  logLevel: 'warning',
});

const lines = fs.readFileSync(bundle, 'utf8').split('\n');
const owner = [];
let current = '(bundle)';
for (let i = 0; i < lines.length; i++) {
  const m = /^\/\/ ((?:src|bin|node_modules)\/\S+)$/.exec(lines[i]);
  if (m) current = m[1].startsWith('node_modules/') ? m[1].split('/').slice(0, 2).join('/') : m[1];
  owner[i] = current;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-prof-'));
const perRun = [];
for (let r = 0; r < runs; r++) {
  const out = path.join(dir, String(r));
  execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', out, '--cpu-prof-interval', '100', bundle, ...command], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const file = path.join(out, fs.readdirSync(out)[0]);
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFile = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const f = nodes.get(id).callFrame;
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const key = f.url.endsWith('/profile.js')
      ? owner[f.lineNumber] ?? '(bundle)'
      : f.url.startsWith('node:')
        ? '(node internals)'
        : f.functionName.startsWith('RegExp: ')
          ? '(regex execution)'
          : f.functionName || '(native)';
    byFile.set(key, (byFile.get(key) ?? 0) + dt);
  });
  byFile.set('TOTAL', total);
  perRun.push(byFile);
}
fs.rmSync(dir, { recursive: true, force: true });
fs.rmSync(bundle, { force: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const keys = new Set(perRun.flatMap((m) => [...m.keys()]));
const med = (key) => median(perRun.map((m) => m.get(key) ?? 0)) / 1000;
const group = (key) => (key.startsWith('src/') ? key.split('/').slice(0, 2).join('/') : key);
const groups = new Map();
for (const k of keys) if (k !== 'TOTAL') groups.set(group(k), (groups.get(group(k)) ?? 0) + med(k));
console.log(`newsx ${command.join(' ')}: cold profile, median of ${runs} runs (ms of samples; load ${os.loadavg()[0].toFixed(2)})`);
console.log(`  ${'TOTAL'.padEnd(40)} ${med('TOTAL').toFixed(1).padStart(7)}`);
for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 16)) console.log(`  ${k.padEnd(40)} ${v.toFixed(1).padStart(7)}`);
if (detail) {
  console.log(`files under ${detail}:`);
  for (const k of [...keys].filter((x) => x.startsWith(detail)).sort((a, b) => med(b) - med(a))) console.log(`  ${k.padEnd(40)} ${med(k).toFixed(1).padStart(7)}`);
}
