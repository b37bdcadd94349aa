// Trains the dependency parser (models/parser.bin, models/parser-labels.bin) on UD English EWT
// train and reports attachment scores and speed on EWT dev, and attachment on the GUM news trees (a
// measure only: never trained on).
// Usage: node dist/scripts/train-parser.js [EWT_DIR] [EPOCHS]   (env: PARSER_SEED, PRUNE, *_BITS,
//          EPOCHS, EXPLORE, PARSER_SEEDS, RETRAIN: see below)
//        node dist/scripts/train-parser.js --eval [EWT_DIR]   (the shipped models on dev, no training)
// Besides attachment (UAS, LAS) it prints subjects: of the gold nsubj arcs (any subtype) the share
// found with their head and a subject label, and of those it gives the share right (the events
// analyzer reads actors off them).
//
// PARSER_SEEDS=11,12,13 RETRAIN=0.08 PRUNE=0 trains a better parser of the same size and speed
// (session 11: EWT dev LAS 75.68 -> 76.83, GUM news 71.53 -> 72.60) that is not shipped: every
// retrained parser moves eval:events and the PolNeAR speakers by chance (docs/event-arguments.md,
// "Parser, session 11").
//
// The parser reads the tags of newsx's own tagger, never the treebank's: so it learns from the
// tags it will see, mistakes included (on train, jackknifed where the tagger saw EWT train: see
// trainTags). Moves are learnt with Goldberg and Nivre's dynamic oracle: from the second epoch on
// the parser follows its own (possibly wrong) moves and learns the best move from there, as it
// will have to when parsing.
import fs from 'node:fs';
import path from 'node:path';
import { modelFile } from '../src/model/files.js';
import { Perceptron } from '../src/model/perceptron.js';
import { posModel, tagWords } from '../src/model/pos.js';
import { ArcHybrid, RIGHT, SHIFT } from '../src/syntax/arc-hybrid.js';
import { LABEL_FEATURES, labelBuckets, MOVE_FEATURES, moveBuckets, parseAtoms } from '../src/syntax/parse-features.js';
import { bestLabel, LABELS_MODEL, PARSER_MODEL, parserModels, parseWords, type ParserModels } from '../src/syntax/parser.js';
import { ParserTable } from '../src/syntax/parser-model.js';
import { readConllu, type UdSentence } from './conllu.js';
import { GUM_NEWS_DIR, gumNewsTrees, JACKKNIFE_TAGS } from './pos-corpora.js';

const evalOnly = process.argv[2] === '--eval';
const args = process.argv.slice(evalOnly ? 3 : 2);
const dir = args[0] ?? path.resolve('../shared/corpora/ud-english-ewt');
const EPOCHS = Number(args[1] ?? process.env.EPOCHS ?? 10);
const MOVE_BITS = Number(process.env.MOVE_BITS ?? 21);
const LABEL_BITS = Number(process.env.LABEL_BITS ?? 18);
// Bits of bucket per entry of the shipped tables (src/syntax/parser-model.ts).
const MOVE_LOW = Number(process.env.MOVE_LOW ?? 5);
const LABEL_LOW = Number(process.env.LABEL_LOW ?? 2);
// From the second epoch on, the share of moves the parser follows its own guess (else the best).
const EXPLORE = Number(process.env.EXPLORE ?? 0.9);

interface Example {
  words: string[];
  tags: string[];
  heads: Int32Array;
  labels: string[];
}

const tagger = posModel();
function examples(s: UdSentence[], given?: string[][]): Example[] {
  return s.map((x, k) => {
    const words = x.tokens.map((t) => t.form);
    const n = words.length;
    return {
      words,
      tags: given?.[k] ?? tagWords(tagger, words),
      heads: Int32Array.from(x.tokens, (t) => (t.head < 0 ? n : t.head)),
      labels: x.tokens.map((t) => t.deprel),
    };
  });
}

const started = Date.now();
// Train is tagged as the tagger tags unseen text: by jackknifing (scripts/train-pos.ts writes the
// tags), when they are there for this train file; else by the shipped tagger.
function trainTags(file: string, n: number): string[][] | undefined {
  if (!fs.existsSync(JACKKNIFE_TAGS)) return undefined;
  const j = JSON.parse(fs.readFileSync(JACKKNIFE_TAGS, 'utf8')) as { file: string; tags: string[][] };
  if (path.resolve(j.file) !== path.resolve(file) || j.tags.length !== n) return undefined;
  return j.tags;
}
const trainFile = path.join(dir, 'train.conllu.gz');
const trainTrees = evalOnly ? [] : readConllu(trainFile);
const jackknifed = evalOnly ? undefined : trainTags(trainFile, trainTrees.length);
if (!evalOnly) console.log(`train tags: ${jackknifed ? `jackknifed (${JACKKNIFE_TAGS})` : 'the shipped tagger'}`);
const train = examples(trainTrees, jackknifed);
const dev = examples(readConllu(path.join(dir, 'dev.conllu.gz')));
// GUM news trees: a measure only (never trained on), the genre newsx reads.
const gum = fs.existsSync(GUM_NEWS_DIR) ? examples(gumNewsTrees()) : [];
console.log(`read and tagged ${train.length} + ${dev.length} sentences in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const labelNames = [...new Set(train.flatMap((e) => e.labels))].filter((l) => l !== 'root').sort();
const labelIndex = new Map(labelNames.map((l, i) => [l, i]));
// PARSER_SEEDS="a,b,...": one model per seed (its own shuffles and explored moves), their averaged
// weights averaged again into the model kept: less of one run's chance.
const SEEDS = (process.env.PARSER_SEEDS ?? process.env.PARSER_SEED ?? '11').split(',').map(Number);
let moves = new Perceptron(['SHIFT', 'LEFT', 'RIGHT'], MOVE_BITS);
let labels = new Perceptron(labelNames, LABEL_BITS);

let seed = SEEDS[0];
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);

const mb = new Int32Array(MOVE_FEATURES);
const lb = new Int32Array(LABEL_FEATURES);
const moveMask = (1 << MOVE_BITS) - 1;
const labelMask = (1 << LABEL_BITS) - 1;
const scores = new Float32Array(3);
const labelSums = new Float64Array(labelNames.length);
const costs = [0, 0, 0];

/**
 * Training again on the buckets a first model keeps (RETRAIN=p: those with a weight above p times
 * the largest, as ParserTable.save prunes): a feature whose bucket is not kept reads `nullBucket`,
 * whose weights stay 0, so the model learns what the pruned table can hold.
 */
interface Kept {
  keep: Uint8Array;
  nullBucket: number;
}
let moveKept: Kept | null = null;
let labelKept: Kept | null = null;

function keptBuckets(weights: Float32Array, classes: number, share: number): Kept {
  let max = 0;
  for (let k = 0; k < weights.length; k++) max = Math.max(max, Math.abs(weights[k]));
  const buckets = weights.length / classes;
  const keep = new Uint8Array(buckets);
  let nullBucket = -1;
  for (let b = 0; b < buckets; b++) {
    for (let c = 0; c < classes && !keep[b]; c++) if (Math.abs(weights[b * classes + c]) > share * max) keep[b] = 1;
    if (!keep[b] && nullBucket < 0) nullBucket = b;
  }
  return { keep, nullBucket };
}

function maskBuckets(kept: Kept | null, buckets: Int32Array): Int32Array {
  if (kept) for (let i = 0; i < buckets.length; i++) if (!kept.keep[buckets[i]]) buckets[i] = kept.nullBucket;
  return buckets;
}

function clearNull(kept: Kept | null, p: Perceptron): void {
  if (kept) p.weightTable.fill(0, kept.nullBucket * p.classes.length, (kept.nullBucket + 1) * p.classes.length);
}

function trainSentence(e: Example, explore: boolean): void {
  const n = e.words.length;
  const x = parseAtoms(e.words, e.tags);
  const s = new ArcHybrid(n);
  while (!s.done()) {
    moves.scores(maskBuckets(moveKept, moveBuckets(s, x, moveMask, mb)), scores);
    let guess = -1;
    let best = -1;
    let min = Infinity;
    for (let m = SHIFT; m <= RIGHT; m++) {
      if (!s.valid(m)) continue;
      costs[m] = s.cost(m, e.heads);
      if (costs[m] < min) min = costs[m];
      if (guess < 0 || scores[m] > scores[guess]) guess = m;
    }
    for (let m = SHIFT; m <= RIGHT; m++) if (s.valid(m) && costs[m] === min && (best < 0 || scores[m] > scores[best])) best = m;
    moves.update(costs[guess] === min ? guess : best, guess, mb);
    clearNull(moveKept, moves);
    const move = explore && rand() < EXPLORE ? guess : best;
    let label = -1;
    if (move !== SHIFT) {
      const [head, dep] = s.arcOf(move);
      maskBuckets(labelKept, labelBuckets(s, x, head, dep, labelMask, lb));
      const predicted = bestLabel(labels, lb, labelSums);
      label = predicted;
      if (e.heads[dep] === head && e.labels[dep] !== 'root') {
        const truth = labelIndex.get(e.labels[dep]) ?? predicted;
        labels.update(truth, predicted, lb);
        clearNull(labelKept, labels);
        label = truth;
      }
    }
    s.apply(move, label);
  }
}

interface Scores {
  uas: number;
  las: number;
  full: number;
  wps: number;
  /** Subjects (nsubj, nsubj:pass, ...): of the gold ones, found with their head; of those given, right. */
  subjRecall: number;
  subjPrecision: number;
}

const isSubject = (l: string) => l.startsWith('nsubj');

function score(m: ParserModels, set: Example[]): Scores {
  let goldSubj = 0;
  let givenSubj = 0;
  let rightSubj = 0;
  let uas = 0;
  let las = 0;
  let full = 0;
  let total = 0;
  const t0 = process.hrtime.bigint();
  const parses = set.map((e) => parseWords(m, e.words, e.tags));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  set.forEach((e, k) => {
    const p = parses[k];
    const n = e.words.length;
    for (let i = 0; i < n; i++) {
      // Punctuation counts, as in the CoNLL 2018 shared task's LAS.
      const gold = e.heads[i] === n ? -1 : e.heads[i];
      if (isSubject(e.labels[i])) goldSubj++;
      if (isSubject(p.labels[i])) givenSubj++;
      if (p.heads[i] === gold && isSubject(p.labels[i]) && isSubject(e.labels[i])) rightSubj++;
      if (p.heads[i] === gold) {
        uas++;
        if (p.labels[i].split(':')[0] === e.labels[i].split(':')[0]) las++;
        if (p.labels[i] === e.labels[i]) full++;
      }
      total++;
    }
  });
  return {
    uas: (100 * uas) / total,
    las: (100 * las) / total,
    full: (100 * full) / total,
    wps: total / seconds,
    subjRecall: (100 * rightSubj) / goldSubj,
    subjPrecision: (100 * rightSubj) / givenSubj,
  };
}

/** Subject arcs: recall / precision. */
function subjects(r: Scores): string {
  return `subjects ${r.subjRecall.toFixed(2)} / ${r.subjPrecision.toFixed(2)}`;
}

if (evalOnly) {
  const shipped = parserModels();
  score(shipped, dev);
  const runs = [0, 1, 2].map(() => score(shipped, dev));
  const r = runs[0];
  const wps = runs.map((x) => Math.round(x.wps)).sort((a, b) => a - b);
  console.log(`dev (shipped models): UAS ${r.uas.toFixed(2)} LAS ${r.las.toFixed(2)} (labels with subtypes ${r.full.toFixed(2)}), ${subjects(r)}, ${wps[1]} words/s (median of 3 warm passes; ${wps.join(', ')})`);
  if (gum.length) {
    const g = score(shipped, gum);
    console.log(`GUM news (shipped models, measure only): UAS ${g.uas.toFixed(2)} LAS ${g.las.toFixed(2)}, ${subjects(g)}`);
  }
  process.exit(0);
}

const RETRAIN = process.env.RETRAIN ? Number(process.env.RETRAIN) : null;
const moveSum = new Float32Array(moves.weightTable.length);
const labelSum = new Float32Array(labels.weightTable.length);
for (const [i, sd] of [...SEEDS, ...(RETRAIN === null ? [] : SEEDS)].entries()) {
  seed = sd;
  if (i === SEEDS.length) {
    // The first models' average says which buckets are kept; the same seeds train again on those.
    moveKept = keptBuckets(moveSum, moves.classes.length, RETRAIN!);
    labelKept = keptBuckets(labelSum, labels.classes.length, RETRAIN!);
    moveSum.fill(0);
    labelSum.fill(0);
    console.log(`retraining on the kept buckets: ${moveKept.keep.reduce((a, b) => a + b, 0)} moves, ${labelKept.keep.reduce((a, b) => a + b, 0)} labels`);
  }
  if (i > 0) {
    moves = new Perceptron(moves.classes, MOVE_BITS);
    labels = new Perceptron(labels.classes, LABEL_BITS);
  }
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const t0 = Date.now();
    const order = train.map((_, i) => i).sort(() => rand() - 0.5);
    for (const k of order) trainSentence(train[k], epoch > 0);
    console.log(`epoch ${epoch + 1} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  moves.average();
  labels.average();
  clearNull(moveKept, moves);
  clearNull(labelKept, labels);
  for (let k = 0; k < moveSum.length; k++) moveSum[k] += moves.weightTable[k] / SEEDS.length;
  for (let k = 0; k < labelSum.length; k++) labelSum[k] += labels.weightTable[k] / SEEDS.length;
}
if (SEEDS.length > 1) {
  moves = new Perceptron(moves.classes, MOVE_BITS, moveSum);
  labels = new Perceptron(labels.classes, LABEL_BITS, labelSum);
}
const models: ParserModels = { moves, labels };
// DUMP_WEIGHTS=PREFIX writes the averaged weights (Float32, bucket-major) to PREFIX.moves.f32 and
// PREFIX.labels.f32, to try ways of storing them without training again.
if (process.env.DUMP_WEIGHTS) {
  fs.writeFileSync(`${process.env.DUMP_WEIGHTS}.moves.f32`, moves.weightTable);
  fs.writeFileSync(`${process.env.DUMP_WEIGHTS}.labels.f32`, labels.weightTable);
}
const full = score(models, dev);
console.log(`dev (full weights): UAS ${full.uas.toFixed(2)} LAS ${full.las.toFixed(2)}, ${subjects(full)}`);
// Kept are the buckets with a weight above a share of the largest, quantised
// (src/syntax/parser-model.ts): fewer buckets, smaller files and fewer cache misses while parsing.
// PRUNE="a,b,..." tries several ("m:l": moves and labels apart), the last is kept.
for (const p of (process.env.PRUNE ?? '0.08').split(',')) {
  const [pm, pl] = p.split(':').map(Number);
  ParserTable.save(modelFile(PARSER_MODEL), moves.classes, MOVE_BITS, moves.weightTable, pm, MOVE_LOW);
  ParserTable.save(modelFile(LABELS_MODEL), labels.classes, LABEL_BITS, labels.weightTable, pl ?? pm, LABEL_LOW);
  const shipped = { moves: ParserTable.load(modelFile(PARSER_MODEL)), labels: ParserTable.load(modelFile(LABELS_MODEL)) };
  score(shipped, dev);
  const r = score(shipped, dev);
  const kb = (f: string) => Math.round(fs.statSync(modelFile(f)).size / 1024);
  const g = gum.length ? score(shipped, gum) : null;
  console.log(`prune ${p}: ${kb(PARSER_MODEL)} + ${kb(LABELS_MODEL)} kB, dev UAS ${r.uas.toFixed(2)} LAS ${r.las.toFixed(2)}, ${subjects(r)}, ${Math.round(r.wps)} words/s${g ? `; GUM news UAS ${g.uas.toFixed(2)} LAS ${g.las.toFixed(2)}, ${subjects(g)}` : ''}`);
}
console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
