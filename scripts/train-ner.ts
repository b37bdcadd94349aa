// Trains the entity recogniser (both passes, joined into models/ner.bin) on CoNLL-2003 train and reports
// strict span F1 per type on dev, before and after saving (the shipped, pruned, quantised model).
// Texts go through OUR tokenizer and sentence splitter, so training sees the tokens run time sees;
// gold spans (code points) become BIO labels on those tokens.
// The second pass learns from first-pass labels made on documents the first pass was NOT trained on
// (k-fold jackknife), so it learns how far to trust them on unseen text.
// Usage: node dist/scripts/train-ner.js [CORPUS_DIR]   (env: NER_EPOCHS, NER_FOLDS, NER_BITS)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildArticle } from '../src/article/article.js';
import { GAZETTEER_FILE } from '../src/entities/features-gazetteer.js';
import { dataFile, modelFile } from '../src/model/files.js';
import { FrozenPerceptron, joinModelFiles, Perceptron } from '../src/model/perceptron.js';
import { HashSink, type FeatureRows } from '../src/entities/features.js';
import {
  Decoder,
  firstPassCounts,
  firstPassLabels,
  NER_MODEL,
  prepareDocument,
  secondPassInto,
  sentenceFeatures,
  spansOf,
  tagDocument,
  type NerDocument,
  type NerScorer,
} from '../src/entities/ner.js';

const dir = process.argv[2] ?? path.resolve('../shared/corpora/conll2003-en');
const EPOCHS = Number(process.env.NER_EPOCHS ?? 8);
const FOLDS = Number(process.env.NER_FOLDS ?? 4);
const BITS = Number(process.env.NER_BITS ?? 20);
const PRUNE = Number(process.env.NER_PRUNE ?? 0.0002);
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const BILOU = (process.env.NER_SCHEME ?? 'BILOU') === 'BILOU';
const CLASSES = ['O', ...TYPES.flatMap((t) => (BILOU ? ['B-', 'I-', 'L-', 'U-'] : ['B-', 'I-']).map((p) => p + t))];
const INDEX = new Map(CLASSES.map((c, i) => [c, i]));

interface GoldSpan {
  start: number;
  end: number;
  type: string;
}

interface Example {
  id: string;
  doc: NerDocument;
  /** Gold label per sentence and token. */
  gold: string[][];
  /** Token offsets per sentence (UTF-16), to score in characters. */
  offsets: { start: number; end: number }[][];
  spans: GoldSpan[];
}

/** Code-point offset → UTF-16 offset for one text. */
function utf16Of(text: string): (cp: number) => number {
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[cp];
}

let misaligned = 0;

function load(file: string): Example[] {
  const out: Example[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { id: string; text: string; entities: { start: number; end: number; type: string }[] };
    const article = buildArticle(d.text);
    const u = utf16Of(article.text);
    const spans = d.entities.map((e) => ({ start: u(e.start), end: u(e.end), type: e.type }));
    const gold = article.sentences.map((s) =>
      s.tokens.map((t) => {
        const e = spans.find((g) => t.start >= g.start && t.end <= g.end);
        if (!e) {
          if (spans.some((g) => t.start < g.end && g.start < t.end)) misaligned++;
          return 'O';
        }
        const first = t.start === e.start;
        const last = t.end === e.end;
        if (!BILOU) return (first ? 'B-' : 'I-') + e.type;
        return (first ? (last ? 'U-' : 'B-') : last ? 'L-' : 'I-') + e.type;
      }),
    );
    const doc = prepareDocument(article.sentences.map((s) => s.tokens.map((t) => t.text)));
    out.push({ id: d.id, doc, gold, offsets: article.sentences.map((s) => s.tokens.map((t) => ({ start: t.start, end: t.end }))), spans });
  }
  return out;
}

let seed = 11;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
function shuffled<T>(xs: readonly T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Trains one pass; `firstOf` gives the (jackknifed) first-pass labels of an example for the second pass. */
function train(examples: readonly Example[], firstOf?: (e: Example) => string[][], label = ''): Perceptron {
  const model = new Perceptron(CLASSES, BITS);
  const decoder = new Decoder(model);
  const sink = new HashSink((1 << BITS) - 1);
  // Features hashed once for all epochs (training keeps them; run time hashes per sentence).
  const stats = new Map<Example, FeatureRows[]>();
  const extras = new Map<Example, FeatureRows[]>();
  for (const e of examples) {
    stats.set(e, e.doc.sentences.map((_, si) => sentenceFeatures(e.doc, si, sink).freeze()));
    if (firstOf) {
      const first = firstOf(e);
      const counts = firstPassCounts(e.doc, first);
      extras.set(
        e,
        e.doc.sentences.map((s, si) => {
          sink.reset();
          secondPassInto(s, first[si], counts, sink);
          return sink.freeze();
        }),
      );
    }
  }
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    let right = 0;
    let total = 0;
    for (const e of shuffled(examples)) {
      const extra = extras.get(e);
      for (const si of shuffled(e.doc.sentences.map((_, k) => k))) {
        const s = e.doc.sentences[si];
        decoder.decode(s, stats.get(e)![si], new Uint8Array(s.words.length), undefined, extra?.[si], (i, buckets, guess) => {
          const truth = INDEX.get(e.gold[si][i])!;
          model.update(truth, guess, buckets);
          right += +(truth === guess);
          total++;
        });
      }
    }
    if (label) console.log(`${label} epoch ${epoch + 1}: token accuracy ${((100 * right) / total).toFixed(2)}`);
  }
  model.average();
  return model;
}

function firstPass(model: NerScorer, e: Example): string[][] {
  return firstPassLabels(model, e.doc);
}

interface Counts {
  tp: number;
  pred: number;
  gold: number;
}

function evaluate(name: string, examples: readonly Example[], labelsOf: (e: Example) => string[][]): number {
  const per: Record<string, Counts> = Object.fromEntries(['ALL', ...TYPES].map((t) => [t, { tp: 0, pred: 0, gold: 0 }]));
  for (const e of examples) {
    const labels = labelsOf(e);
    const pred = new Set<string>();
    labels.forEach((ls, si) =>
      spansOf(ls).forEach((sp) => {
        const k = `${e.offsets[si][sp.start].start}:${e.offsets[si][sp.end - 1].end}:${sp.type}`;
        pred.add(k);
        per[sp.type].pred++;
        per.ALL.pred++;
      }),
    );
    for (const g of e.spans) {
      per[g.type].gold++;
      per.ALL.gold++;
      if (pred.has(`${g.start}:${g.end}:${g.type}`)) {
        per[g.type].tp++;
        per.ALL.tp++;
      }
    }
  }
  const f1 = (c: Counts) => (c.tp ? (200 * c.tp) / (c.pred + c.gold) : 0);
  console.log(`${name}: F1 ${f1(per.ALL).toFixed(2)} (P ${((100 * per.ALL.tp) / per.ALL.pred).toFixed(2)} R ${((100 * per.ALL.tp) / per.ALL.gold).toFixed(2)}) ` + TYPES.map((t) => `${t} ${f1(per[t]).toFixed(2)}`).join(' '));
  return f1(per.ALL);
}

/**
 * data/gazetteers/names.tsv from compromise's lexicon (MIT): name-like categories only, so the
 * run-time recogniser never loads compromise. Rewritten on each training run so model and list agree.
 */
async function writeGazetteer(): Promise<void> {
  const nlp = (await import('compromise')).default;
  const world = nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> }; two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> } } };
  const CATEGORY: Record<string, string> = {
    FemaleName: 'first', MaleName: 'first', FirstName: 'first', LastName: 'last', Person: 'person',
    Country: 'country', City: 'city', Region: 'region', Place: 'place', Organization: 'org',
    SportsTeam: 'team', Demonym: 'demonym', Honorific: 'title', Actor: 'role',
  };
  const cats = new Map<string, Set<string>>();
  const add = (w: string, c: string) => {
    if (!w || w.includes('\t')) return;
    const set = cats.get(w) ?? new Set<string>();
    set.add(c);
    cats.set(w, set);
  };
  for (const [w, v] of Object.entries(world.model.one.lexicon)) {
    for (const tag of Array.isArray(v) ? v : [v]) if (CATEGORY[tag]) add(w, CATEGORY[tag]);
  }
  for (const w of Object.keys(world.model.two.orgWords)) add(w, 'orgword');
  for (const w of Object.keys(world.model.two.placeWords)) add(w, 'placeword');
  const lines = [...cats].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([w, c]) => `${w}\t${[...c].sort().join(',')}`);
  const { version } = JSON.parse(fs.readFileSync(path.resolve('node_modules/compromise/package.json'), 'utf8')) as { version: string };
  const header = `# Derived by scripts/train-ner.ts from the lexicon, orgWords and placeWords of compromise ${version} (https://github.com/spencermountain/compromise, MIT licence, (c) Spencer Kelly). Columns: lower-cased word or phrase, categories.`;
  const file = dataFile(...GAZETTEER_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, header + '\n' + lines.join('\n') + '\n');
  console.log(`wrote ${file}: ${lines.length} entries`);
}

await writeGazetteer();
const t0 = Date.now();
const trainSet = load(path.join(dir, 'train.jsonl'));
const devSet = load(path.join(dir, 'dev.jsonl'));
console.log(`loaded ${trainSet.length} train and ${devSet.length} dev documents in ${((Date.now() - t0) / 1000).toFixed(1)} s; ${misaligned} gold tokens cut by our tokenizer`);

if (FOLDS === 0) {
  // Quick look at the first pass alone, nothing saved.
  const quick = train(trainSet, undefined, 'pass 1');
  evaluate('dev pass 1', devSet, (e) => firstPass(quick, e));
  process.exit(0);
}
// First-pass labels for every training document from a model that did not see it.
const jack = new Map<Example, string[][]>();
for (let k = 0; k < FOLDS; k++) {
  const held = trainSet.filter((_, i) => i % FOLDS === k);
  const rest = trainSet.filter((_, i) => i % FOLDS !== k);
  const m = train(rest);
  for (const e of held) jack.set(e, firstPass(m, e));
  console.log(`fold ${k + 1}/${FOLDS} done (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
const first = train(trainSet, undefined, 'pass 1');
evaluate('dev pass 1', devSet, (e) => firstPass(first, e));
const second = train(trainSet, (e) => jack.get(e)!, 'pass 2');
evaluate('dev pass 2', devSet, (e) => tagDocument({ first, second }, e.doc));

// Each pass is pruned and quantised on its own, then both go into one joint table.
const parts = ['ner1.bin', 'ner2.bin'].map((f) => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-ner-')), f));
first.save(parts[0], PRUNE);
second.save(parts[1], PRUNE);
joinModelFiles(parts, modelFile(NER_MODEL));
for (const f of parts) fs.rmSync(path.dirname(f), { recursive: true });
const [m1, m2] = FrozenPerceptron.loadAll(modelFile(NER_MODEL));
evaluate('dev shipped', devSet, (e) => tagDocument({ first: m1, second: m2 }, e.doc));
console.log(`saved ${NER_MODEL} (${(fs.statSync(modelFile(NER_MODEL)).size / 1e6).toFixed(1)} MB) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
