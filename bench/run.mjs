#!/usr/bin/env node
// newsx benchmarks (not tests): cold start, batch throughput overall and per analyzer, one long
// document against the same text as 100 documents, the slowest of a set of pathological 100 KB
// documents, peak memory. Prints a table and writes
// bench/results/<date>-<commit>.json and bench/results/latest.json for comparison across commits.
//
//   npm run bench                       full run (~1-2 minutes on 2 cores)
//   npm run bench -- --quick            fewer repetitions, a 256 kB long document
//   npm run bench -- --compare-bin OTHER/dist/cli/bin.cjs   cold start of a second build, and its
//                                       analyze --jobs 1 throughput, each interleaved with ours
//                                       (--compare-runs N pairs of the throughput, default 5)
//   npm run bench -- --no-write         print only
//   npm run bench -- --only cold        some sections only: cold, throughput, long, pathological (implies --no-write)
//   npm run bench -- --bin OTHER/dist/bin/newsx.js --no-jobs   a build from before --jobs
//
// Every timing is wall-clock time of a whole `node <bin.newsx> ...` process, as a user (and the
// scorer) sees it, so start-up and model loading are included. Timings on a shared machine are
// noisy: medians are taken and the load average is recorded next to them.

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { pageTimes } from './pages.mjs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countWords, goldDocs, longText, seedArticle, splitText, tempDir, writeJsonl, CONLL_DEV } from './corpus.mjs';
import { BENCH_PATTERNS, repeatTo } from './pathological.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);

const quick = flag('--quick');
const only = value('--only', 'cold,throughput,long,pages,pathological').split(',');
const write = !flag('--no-write') && !flag('--only');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const bin = path.resolve(ROOT, value('--bin', pkg.bin.newsx));
const compareBin = value('--compare-bin', null) && path.resolve(ROOT, value('--compare-bin'));
const coldRuns = Number(value('--cold-runs', quick ? 5 : 15));
const batchRuns = Number(value('--runs', quick ? 1 : 3));
const longBytes = Number(value('--long-bytes', quick ? 256_000 : 1_000_000));
const COMMANDS = ['entities', 'dates', 'quotes', 'events', 'analyze', 'timeline'];
const TASKS = ['entities', 'dates', 'quotes', 'events'];
const withJobs = !flag('--no-jobs'); // --no-jobs: for builds from before the --jobs option
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

const tmp = tempDir();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const load = () => os.loadavg().map((x) => +x.toFixed(2));

/** One process, timed: wall seconds, CPU seconds (user + sys) and peak RSS in MB. */
function measure(argv) {
  const out = path.join(tmp, 'time.txt');
  const t0 = process.hrtime.bigint();
  const r = TIME
    ? spawnSync(TIME, ['-f', '%U %S %M', '-o', out, process.execPath, ...argv], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, argv, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${argv.join(' ')} failed (${r.status}): ${String(r.stderr).slice(0, 500)}`);
  if (!TIME) return { wall, cpu: null, rssMB: null };
  const [user, sys, kb] = fs.readFileSync(out, 'utf8').trim().split('\n').pop().split(/\s+/).map(Number);
  return { wall, cpu: +(user + sys).toFixed(2), rssMB: +(kb / 1024).toFixed(1) };
}

function best(runs) {
  return {
    seconds: +median(runs.map((r) => r.wall)).toFixed(3),
    cpuSeconds: runs[0].cpu === null ? null : +median(runs.map((r) => r.cpu)).toFixed(2),
    peakMB: runs[0].rssMB === null ? null : Math.max(...runs.map((r) => r.rssMB)),
  };
}

function repeat(n, argv) {
  return best(Array.from({ length: n }, () => measure(argv)));
}

function commit() {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return { sha, dirty };
  } catch {
    return { sha: 'unknown', dirty: true };
  }
}

const result = {
  date: new Date().toISOString(),
  ...commit(),
  label: value('--label', null),
  quick,
  node: process.version,
  cpus: os.availableParallelism?.() ?? os.cpus().length,
  loadBefore: load(),
  bin: path.relative(ROOT, bin),
};
const seed = seedArticle(ROOT);
const progress = (s) => process.stderr.write(`bench: ${s}\n`);

const gold = goldDocs();
const words = gold.reduce((n, d) => n + countWords(d.text), 0);

// 1. Cold start: every command once on the seed article, against `node -e 0`, interleaved so a
//    burst of load hits all of them alike.
function coldStart() {
  progress(`cold start, ${coldRuns} runs each`);
  const bins = { [path.relative(ROOT, bin)]: bin };
  if (compareBin) bins[path.relative(ROOT, compareBin)] = compareBin;
  const runs = { node: [] };
  for (const b of Object.keys(bins)) for (const c of COMMANDS) runs[`${b} ${c}`] = [];
  for (let i = 0; i < coldRuns; i++) {
    runs.node.push(measure(['-e', '0']));
    for (const [b, file] of Object.entries(bins)) for (const c of COMMANDS) runs[`${b} ${c}`].push(measure([file, c, seed, '--json']));
  }
  const baseline = best(runs.node).seconds;
  const out = { article: path.basename(seed), nodeSeconds: baseline, runs: coldRuns, bins: {} };
  for (const b of Object.keys(bins)) {
    out.bins[b] = Object.fromEntries(
      COMMANDS.map((c) => {
        const m = best(runs[`${b} ${c}`]);
        return [c, { ...m, ratio: +(m.seconds / baseline).toFixed(2) }];
      }),
    );
  }
  return out;
}

// 2. Throughput over CoNLL-2003 dev: analyze with every core and with one, then each analyzer's
//    command alone on one core (quotes also computes entities, events entities and dates: the
//    pipeline's dependencies, see TASK_NEEDS in src/analyze.ts).
function throughput() {
  const devFile = path.join(tmp, 'dev.jsonl');
  writeJsonl(devFile, gold);
  const rate = (m) => ({ ...m, wordsPerSecond: Math.round(words / m.seconds) });
  const batch = (cmd, jobs) => [bin, cmd, '--input-format', 'jsonl', '--json', ...(jobs && withJobs ? ['--jobs', String(jobs)] : []), devFile];
  progress(`throughput on ${gold.length} documents, ${words} words, ${batchRuns} run(s)`);
  return {
    corpus: path.relative(path.dirname(path.dirname(CONLL_DEV)), CONLL_DEV),
    documents: gold.length,
    words,
    analyze: { [`jobs${result.cpus}`]: rate(repeat(batchRuns, batch('analyze'))), jobs1: rate(repeat(batchRuns, batch('analyze', 1))) },
    perCommandJobs1: Object.fromEntries(TASKS.map((t) => [t, rate(repeat(batchRuns, batch(t, 1)))])),
    // `check` reads the analysis it needs (entities, dates, quotes) and runs its rules; its bar is
    // 0.8x of analyze's throughput on one core.
    checkJobs1: rate(repeat(batchRuns, [...batch('check', 1), '--fail-on', 'none'])),
    ...(compareBin && { compare: compareThroughput(batch('analyze', 1), rate) }),
  };
}

// 2b. With --compare-bin: analyze --jobs 1 of this build and of the other, in turn (ours, theirs,
//     ours, ...), so that a drift of the machine's speed hits both alike. The ratio of the two
//     rates is what a machine of another speed keeps: the issue that set the throughput bar
//     measured it against a build of its day.
function compareThroughput(argv, rate) {
  const runs = Number(value('--compare-runs', Math.max(5, batchRuns)));
  const other = [compareBin, ...argv.slice(1)];
  const ours = [];
  const theirs = [];
  const ratios = [];
  const cpuRatios = [];
  progress(`throughput against ${path.relative(ROOT, compareBin)}, ${runs} pairs`);
  for (let i = 0; i < runs; i++) {
    ours.push(measure(argv));
    theirs.push(measure(other));
    ratios.push(ours[i].wall / theirs[i].wall);
    if (ours[i].cpu !== null) cpuRatios.push(ours[i].cpu / theirs[i].cpu);
  }
  return {
    bin: path.relative(ROOT, compareBin),
    pairs: runs,
    ours: rate(best(ours)),
    theirs: rate(best(theirs)),
    speedRatio: +(1 / median(ratios)).toFixed(3),
    // On a loaded machine wall time also counts waiting for a core: the CPU ratio says more.
    cpuSpeedRatio: cpuRatios.length ? +(1 / median(cpuRatios)).toFixed(3) : null,
  };
}

// 3. One long document against the same text as 100 documents: linear cost means equal times
//    on one core. With every core the 100 documents also run in parallel, the one cannot.
function longDocument() {
  const text = longText(gold, longBytes);
  const longFile = path.join(tmp, 'long.txt');
  fs.writeFileSync(longFile, text);
  const piecesFile = path.join(tmp, 'pieces.jsonl');
  writeJsonl(
    piecesFile,
    splitText(text, 100).map((t, i) => ({ id: `piece-${i + 1}`, text: t })),
  );
  progress(`long document: ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, ${countWords(text)} words`);
  const args = ['analyze', '--json', '--date', '1996-08-30'];
  const one = repeat(batchRuns, [bin, ...args, longFile]);
  const hundred1 = repeat(batchRuns, [bin, ...args, '--input-format', 'jsonl', ...(withJobs ? ['--jobs', '1'] : []), piecesFile]);
  const hundredN = repeat(batchRuns, [bin, ...args, '--input-format', 'jsonl', piecesFile]);
  return {
    bytes: Buffer.byteLength(text),
    words: countWords(text),
    oneDocument: one,
    hundredDocumentsJobs1: hundred1,
    [`hundredDocumentsJobs${result.cpus}`]: hundredN,
    ratioJobs1: +(one.seconds / hundred1.seconds).toFixed(2),
    [`ratioJobs${result.cpus}`]: +(one.seconds / hundredN.seconds).toFixed(2),
  };
}

// 4. Pathological documents: 100 KB of one unit repeated (runs of one mark, quotation after
//    quotation, ...), each analysed by one process; the slowest is the figure (bar: under 1 s).
function pathological() {
  progress(`pathological: ${BENCH_PATTERNS.length} documents of 100 KB`);
  const perPattern = BENCH_PATTERNS.map((unit) => {
    const file = path.join(tmp, 'pathological.txt');
    fs.writeFileSync(file, repeatTo(unit, 100_000));
    const m = repeat(batchRuns, [bin, 'analyze', '--json', '--date', '2024-10-21', file]);
    return { pattern: unit, seconds: m.seconds, peakMB: m.peakMB };
  });
  const slowest = perPattern.reduce((a, b) => (b.seconds > a.seconds ? b : a));
  return { bytes: 100_000, slowest, perPattern };
}

if (only.includes('cold')) result.coldStart = coldStart();
if (only.includes('throughput')) result.throughput = throughput();
if (only.includes('long')) result.longDocument = longDocument();
// 5. Web pages: median and slowest time per page of the article-extraction dev pages (bench/pages.mjs).
if (only.includes('pages')) {
  progress('web pages');
  result.pages = await pageTimes();
}
if (only.includes('pathological')) result.pathological = pathological();

// 6. Peak memory: the largest resident set of any process above.
const peaks = [
  ...Object.values(result.coldStart?.bins ?? {}).flatMap((b) => Object.values(b).map((m) => m.peakMB)),
  ...Object.values(result.throughput?.analyze ?? {}).map((m) => m.peakMB),
  ...Object.values(result.throughput?.perCommandJobs1 ?? {}).map((m) => m.peakMB),
  result.throughput?.checkJobs1?.peakMB,
  ...['oneDocument', 'hundredDocumentsJobs1', `hundredDocumentsJobs${result.cpus}`].map((k) => result.longDocument?.[k]?.peakMB),
  ...(result.pathological?.perPattern ?? []).map((m) => m.peakMB),
].filter((x) => typeof x === 'number');
result.peakMemoryMB = peaks.length ? Math.max(...peaks) : null;
result.loadAfter = load();
fs.rmSync(tmp, { recursive: true, force: true });

// The table.
const lines = [];
const row = (a, b, c = '') => lines.push(`${a.padEnd(44)}${String(b).padStart(14)}  ${c}`);
lines.push(`newsx bench ${result.sha}${result.dirty ? '+dirty' : ''} ${result.date.slice(0, 16)}  node ${result.node}, ${result.cpus} cores, load ${result.loadBefore.join(' ')} -> ${result.loadAfter.join(' ')}`);
const C = result.coldStart;
if (C) {
  row('cold start on ' + C.article, 'ratio', `median of ${C.runs}; node -e 0 = ${(C.nodeSeconds * 1000).toFixed(0)} ms`);
  for (const [b, cmds] of Object.entries(C.bins))
    for (const [c, m] of Object.entries(cmds)) row(`  ${b} ${c}`, `${m.ratio}x`, `${(m.seconds * 1000).toFixed(0)} ms, cpu ${m.cpuSeconds} s, ${m.peakMB} MB`);
}
const T = result.throughput;
if (T) {
  row(`throughput (${T.documents} docs, ${T.words} words)`, 'words/s', 'wall s, cpu s, peak MB');
  for (const [k, m] of Object.entries(T.analyze)) row(`  analyze --${k.replace('jobs', 'jobs ')}`, m.wordsPerSecond, `${m.seconds} s, ${m.cpuSeconds} s, ${m.peakMB} MB`);
  for (const [k, m] of Object.entries(T.perCommandJobs1)) row(`  ${k} --jobs 1`, m.wordsPerSecond, `${m.seconds} s, ${m.cpuSeconds} s, ${m.peakMB} MB`);
  const K = T.checkJobs1;
  if (K) row('  check --jobs 1', K.wordsPerSecond, `${K.seconds} s, ${K.cpuSeconds} s, ${K.peakMB} MB; ${(K.wordsPerSecond / T.analyze.jobs1.wordsPerSecond).toFixed(2)}x analyze --jobs 1`);
  const V = T.compare;
  if (V) {
    row(`  analyze --jobs 1 against ${V.bin}`, `${V.speedRatio}x`, `speed (wall), median of ${V.pairs} pairs in turn; by CPU ${V.cpuSpeedRatio}x; ${V.ours.wordsPerSecond} vs ${V.theirs.wordsPerSecond} words/s`);
  }
}
const L = result.longDocument;
if (L) {
  const n = `hundredDocumentsJobs${result.cpus}`;
  row(`one ${(L.bytes / 1e6).toFixed(2)} MB document vs 100 pieces`, 'ratio', 'wall s (cpu s), peak MB');
  row('  --jobs 1', `${L.ratioJobs1}x`, `${L.oneDocument.seconds} s (${L.oneDocument.cpuSeconds}) vs ${L.hundredDocumentsJobs1.seconds} s (${L.hundredDocumentsJobs1.cpuSeconds}); ${L.oneDocument.peakMB} vs ${L.hundredDocumentsJobs1.peakMB} MB`);
  row(`  --jobs ${result.cpus}`, `${L[`ratioJobs${result.cpus}`]}x`, `${L.oneDocument.seconds} s vs ${L[n].seconds} s (${L[n].cpuSeconds}); ${L[n].peakMB} MB`);
}
const P = result.pages;
if (P) row(`web pages (${P.pages}, read one after another)`, `${P.medianMs} ms`, `median per page; slowest ${P.slowestMs} ms, first (loads the reader) ${P.firstMs} ms`);
const X = result.pathological;
if (X) {
  const next = [...X.perPattern].sort((a, b) => b.seconds - a.seconds)[1];
  row('slowest pathological 100 KB document', `${X.slowest.seconds} s`, `${JSON.stringify(X.slowest.pattern)} repeated, of ${X.perPattern.length}; next ${JSON.stringify(next?.pattern)} ${next?.seconds} s`);
}
row('peak memory (any run above)', `${result.peakMemoryMB} MB`);
console.log(lines.join('\n'));

if (write) {
  const dir = path.join(ROOT, 'bench/results');
  fs.mkdirSync(dir, { recursive: true });
  const name = `${result.date.slice(0, 10)}-${result.sha}${result.label ? '-' + result.label.replace(/[^\w.-]+/g, '_') : ''}.json`;
  const json = JSON.stringify(result, null, 2) + '\n';
  fs.writeFileSync(path.join(dir, name), json);
  fs.writeFileSync(path.join(dir, 'latest.json'), json);
  progress(`wrote bench/results/${name} and bench/results/latest.json`);
}
