// Trains the dependency parser (models/parser.bin, models/parser-labels.bin) on UD English EWT
// train and reports attachment scores and speed on EWT dev, and attachment on the GUM news trees (a
// measure only: never trained on).
// Usage: node dist/scripts/train-parser.js [EWT_DIR] [EPOCHS]   (env: PARSER_SEED, PRUNE, *_BITS)
//        node dist/scripts/train-parser.js --eval [EWT_DIR]   (the shipped models on dev, no training)
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
const EPOCHS = Number(args[1] ?? 10);
const MOVE_BITS = Number(process.env.MOVE_BITS ?? 21);
const LABEL_BITS = Number(process.env.LABEL_BITS ?? 18);
// Bits of bucket per entry of the shipped tables (src/syntax/parser-model.ts).
const MOVE_LOW = Number(process.env.MOVE_LOW ?? 5);
const LABEL_LOW = Number(process.env.LABEL_LOW ?? 2);

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
const moves = new Perceptron(['SHIFT', 'LEFT', 'RIGHT'], MOVE_BITS);
const labels = new Perceptron(labelNames, LABEL_BITS);
const models: ParserModels = { moves, labels };

let seed = Number(process.env.PARSER_SEED ?? 11);
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);

const mb = new Int32Array(MOVE_FEATURES);
const lb = new Int32Array(LABEL_FEATURES);
const moveMask = (1 << MOVE_BITS) - 1;
const labelMask = (1 << LABEL_BITS) - 1;
const scores = new Float32Array(3);
const labelSums = new Float64Array(labelNames.length);
const costs = [0, 0, 0];

function trainSentence(e: Example, explore: boolean): void {
  const n = e.words.length;
  const x = parseAtoms(e.words, e.tags);
  const s = new ArcHybrid(n);
  while (!s.done()) {
    moves.scores(moveBuckets(s, x, moveMask, mb), scores);
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
    const move = explore && rand() < 0.9 ? guess : best;
    let label = -1;
    if (move !== SHIFT) {
      const [head, dep] = s.arcOf(move);
      labelBuckets(s, x, head, dep, labelMask, lb);
      const predicted = bestLabel(labels, lb, labelSums);
      label = predicted;
      if (e.heads[dep] === head && e.labels[dep] !== 'root') {
        const truth = labelIndex.get(e.labels[dep]) ?? predicted;
        labels.update(truth, predicted, lb);
        label = truth;
      }
    }
    s.apply(move, label);
  }
}

function score(m: ParserModels, set: Example[]): { uas: number; las: number; full: number; wps: number } {
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
      if (p.heads[i] === gold) {
        uas++;
        if (p.labels[i].split(':')[0] === e.labels[i].split(':')[0]) las++;
        if (p.labels[i] === e.labels[i]) full++;
      }
      total++;
    }
  });
  return { uas: (100 * uas) / total, las: (100 * las) / total, full: (100 * full) / total, wps: total / seconds };
}

if (evalOnly) {
  const shipped = parserModels();
  score(shipped, dev);
  const runs = [0, 1, 2].map(() => score(shipped, dev));
  const r = runs[0];
  const wps = runs.map((x) => Math.round(x.wps)).sort((a, b) => a - b);
  console.log(`dev (shipped models): UAS ${r.uas.toFixed(2)} LAS ${r.las.toFixed(2)} (labels with subtypes ${r.full.toFixed(2)}), ${wps[1]} words/s (median of 3 warm passes; ${wps.join(', ')})`);
  if (gum.length) {
    const g = score(shipped, gum);
    console.log(`GUM news (shipped models, measure only): UAS ${g.uas.toFixed(2)} LAS ${g.las.toFixed(2)}`);
  }
  process.exit(0);
}

for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const t0 = Date.now();
  const order = train.map((_, i) => i).sort(() => rand() - 0.5);
  for (const k of order) trainSentence(train[k], epoch > 0);
  console.log(`epoch ${epoch + 1} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
moves.average();
labels.average();
// DUMP_WEIGHTS=PREFIX writes the averaged weights (Float32, bucket-major) to PREFIX.moves.f32 and
// PREFIX.labels.f32, to try ways of storing them without training again.
if (process.env.DUMP_WEIGHTS) {
  fs.writeFileSync(`${process.env.DUMP_WEIGHTS}.moves.f32`, moves.weightTable);
  fs.writeFileSync(`${process.env.DUMP_WEIGHTS}.labels.f32`, labels.weightTable);
}
const full = score(models, dev);
console.log(`dev (full weights): UAS ${full.uas.toFixed(2)} LAS ${full.las.toFixed(2)}`);
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
  console.log(`prune ${p}: ${kb(PARSER_MODEL)} + ${kb(LABELS_MODEL)} kB, dev UAS ${r.uas.toFixed(2)} LAS ${r.las.toFixed(2)}, ${Math.round(r.wps)} words/s${g ? `; GUM news UAS ${g.uas.toFixed(2)} LAS ${g.las.toFixed(2)}` : ''}`);
}
console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
