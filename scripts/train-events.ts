// Trains the event-trigger classifier (models/events.bin) on TempEval-3 TBAQ-cleaned and reports
// HELD-OUT figures: trained on TimeBank/* and scored on AQUAINT/*, and the reverse, with the
// relaxed matching of score.mjs (trigger overlap; class F1 over matches). The shipped model is then
// trained on all documents, so score.mjs on the same corpus gives an inflated (seen) figure.
// Usage: node dist/scripts/train-events.js [GOLD_JSONL] [--no-save]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildArticle } from '../src/article/article.js';
import { CLASSES_MODEL, classBuckets, EVENTS_MODEL, historyBuckets, predictLabels, staticBuckets, type EventScorer } from '../src/events/recognize.js';
import { FeatureBuffer, isCandidate, LABELS, taggedSentence, type TaggedSentence } from '../src/events/features.js';
import { modelFile } from '../src/model/files.js';
import { FrozenPerceptron, Perceptron } from '../src/model/perceptron.js';
import { articleTags } from '../src/model/pos.js';

interface GoldEvent {
  start: number;
  end: number;
  class: string;
}
interface GoldDoc {
  id: string;
  text: string;
  events: GoldEvent[];
}
interface Example {
  doc: string;
  sentence: TaggedSentence;
  /** Token spans (UTF-16) and gold labels. */
  spans: { start: number; end: number }[];
  labels: number[];
}

const args = process.argv.slice(2);
if (args.includes('--wordnet')) {
  writeWordnetSenses(args[args.indexOf('--wordnet') + 1] ?? '/usr/share/wordnet');
  process.exit(0);
}
const corpus = args.find((a) => !a.startsWith('--')) ?? path.resolve('../shared/corpora/tempeval3-tbaq/gold.jsonl');
const save = !args.includes('--no-save');
const EPOCHS = +(process.env.EPOCHS ?? 6);
const BITS = 19;
const PRUNE = +(process.env.PRUNE ?? 0.04);

/** Code-point offset → UTF-16 index. */
function utf16Map(text: string): (cp: number) => number {
  const cps = Array.from(text);
  const map = new Int32Array(cps.length + 1);
  let u = 0;
  cps.forEach((c, i) => {
    map[i] = u;
    u += c.length;
  });
  map[cps.length] = u;
  return (cp) => map[cp];
}

const label = new Map<string, number>(LABELS.map((l, i) => [l, i]));
const docs: GoldDoc[] = fs.readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldDoc);
const examples: Example[] = [];
const goldEvents = new Map<string, GoldEvent[]>();
let unaligned = 0;
for (const d of docs) {
  const toU = utf16Map(d.text);
  const events = d.events.map((e) => ({ start: toU(e.start), end: toU(e.end), class: e.class }));
  goldEvents.set(d.id, events);
  const article = buildArticle(d.text);
  const tags = articleTags(article);
  // Each gold event labels the one token it overlaps first, so a prediction is one token.
  const byToken = new Map<number, number>();
  const tokenIndex = new Map(article.tokens.map((t, i) => [t.start, i]));
  let k = 0;
  for (const e of events.sort((a, b) => a.start - b.start)) {
    while (k < article.tokens.length && article.tokens[k].end <= e.start) k++;
    if (k < article.tokens.length && article.tokens[k].start < e.end) byToken.set(article.tokens[k].start, label.get(e.class) ?? 0);
    else unaligned++;
  }
  void tokenIndex;
  article.sentences.forEach((s, si) => {
    examples.push({
      doc: d.id,
      sentence: taggedSentence(s.tokens.map((t) => t.text), tags[si]),
      spans: s.tokens.map((t) => ({ start: t.start, end: t.end })),
      labels: s.tokens.map((t) => byToken.get(t.start) ?? 0),
    });
  });
}
console.log(`${docs.length} documents, ${examples.length} sentences, ${unaligned} gold events not aligned to a token`);

let seed = 11;
const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;

/** First stage: O or a class for every candidate token, greedy, with the previous decision. */
function train(set: Example[]): Perceptron {
  const model = new Perceptron(LABELS, BITS);
  const buf = new FeatureBuffer();
  const fixed = set.map((ex) => ex.labels.map((_, i) => (isCandidate(ex.sentence, i) ? staticBuckets(model, ex.sentence, i, buf) : null)));
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const order = set.map((_, i) => i).sort(() => rand() - 0.5);
    for (const x of order) {
      const ex = set[x];
      let prev = 'O';
      for (let i = 0; i < ex.labels.length; i++) {
        const f = fixed[x][i];
        if (!f) {
          prev = 'O';
          continue;
        }
        const h = historyBuckets(model, ex.sentence, i, prev, buf);
        const b = new Int32Array(f.length + h.length);
        b.set(f);
        b.set(h, f.length);
        const guess = model.predict(b);
        model.update(ex.labels[i], guess, b);
        prev = LABELS[guess];
      }
    }
  }
  model.average();
  return model;
}

/** Second stage: the class of every gold event on a candidate token. */
function trainClasses(set: Example[]): Perceptron {
  const model = new Perceptron(LABELS, BITS);
  const buf = new FeatureBuffer();
  const items: { b: Int32Array; y: number }[] = [];
  for (const ex of set) ex.labels.forEach((y, i) => y > 0 && isCandidate(ex.sentence, i) && items.push({ b: classBuckets(model, ex.sentence, i, buf), y }));
  const events = (c: number) => c > 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const order = items.map((_, i) => i).sort(() => rand() - 0.5);
    for (const x of order) model.update(items[x].y, model.predict(items[x].b, events), items[x].b);
  }
  model.average();
  return model;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Relaxed trigger F1 and class F1 over matches, as score.mjs computes them. */
function evaluate(model: EventScorer, set: Example[], classes: EventScorer | null, bias?: number): { p: number; r: number; f1: number; classF1: number } {
  let np = 0;
  let ng = 0;
  let tp = 0;
  let cls = 0;
  const errors = new Map<string, number>();
  let differ = 0;
  let both = 0;
  if (classes && args.includes('--errors')) {
    for (const ex of set) {
      const a = predictLabels(model, ex.sentence, null, bias);
      const b = predictLabels(model, ex.sentence, classes, bias);
      a.forEach((l, i) => {
        if (l !== 'O') both++;
        if (l !== b[i]) differ++;
      });
    }
    console.log(`second stage changes ${differ} of ${both} classes`);
  }
  const preds = new Map<string, { start: number; end: number; class: string; word: string }[]>();
  for (const ex of set) {
    const list = preds.get(ex.doc) ?? [];
    predictLabels(model, ex.sentence, classes, bias).forEach((l, i) => {
      if (l !== "O") list.push({ ...ex.spans[i], class: l, word: ex.sentence.lower[i] });
    });
    preds.set(ex.doc, list);
  }
  for (const [doc, ps] of preds) {
    const gs = goldEvents.get(doc)!;
    np += ps.length;
    ng += gs.length;
    const used = new Set<number>();
    const matched = new Set<GoldEvent>();
    for (const exact of [true, false]) {
      for (const g of gs) {
        if (matched.has(g)) continue;
        const i = ps.findIndex((p, j) => !used.has(j) && (exact ? p.start === g.start && p.end === g.end : overlap(p, g)));
        if (i < 0) continue;
        used.add(i);
        matched.add(g);
        tp++;
        if (ps[i].class === g.class) cls++;
        else {
          const key = `${g.class}->${ps[i].class}` + (args.includes("--words") ? ` ${ps[i].word}` : "");
          errors.set(key, (errors.get(key) ?? 0) + 1);
        }
      }
    }
  }
  const f = (t: number) => {
    const p = np ? t / np : 0;
    const r = ng ? t / ng : 0;
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  if (args.includes('--errors')) console.log([...errors].sort((a, b) => b[1] - a[1]).slice(0, +(process.env.TOP ?? 12)).map(([k, v]) => `${k} ${v}`).join(', '));
  const all = f(tp);
  return { ...all, classF1: f(cls).f1 };
}

const pct = (x: number) => (100 * x).toFixed(1);
const show = (name: string, r: ReturnType<typeof evaluate>) =>
  console.log(`${name}: relaxed P ${pct(r.p)} R ${pct(r.r)} F1 ${pct(r.f1)}, class F1 ${pct(r.classF1)}`);

const timebank = examples.filter((e) => e.doc.startsWith('TimeBank/'));
const aquaint = examples.filter((e) => e.doc.startsWith('AQUAINT/'));
const t0 = Date.now();
// Held-out models are pruned and frozen exactly like the shipped one, so the figures are its.
function frozen(m: Perceptron): FrozenPerceptron {
  const tmp = path.join(os.tmpdir(), `events-heldout-${process.pid}.bin`);
  m.save(tmp, PRUNE);
  const f = FrozenPerceptron.load(tmp);
  fs.rmSync(tmp, { force: true });
  return f;
}
const onTimebank = frozen(train(timebank));
const onAquaint = frozen(train(aquaint));
const classesTimebank = frozen(trainClasses(timebank));
const classesAquaint = frozen(trainClasses(aquaint));
if (args.includes('--bias')) {
  for (const bias of [0, 0.5, 1, 1.5, 2, 3]) {
    show(`bias ${bias} TimeBank -> AQUAINT`, evaluate(onTimebank, aquaint, classesTimebank, bias));
    show(`bias ${bias} AQUAINT -> TimeBank`, evaluate(onAquaint, timebank, classesAquaint, bias));
  }
}
show('HELD-OUT first stage only, train TimeBank -> test AQUAINT', evaluate(onTimebank, aquaint, null));
show('HELD-OUT first stage only, train AQUAINT -> test TimeBank', evaluate(onAquaint, timebank, null));
show('HELD-OUT train TimeBank -> test AQUAINT', evaluate(onTimebank, aquaint, classesTimebank));
show('HELD-OUT train AQUAINT -> test TimeBank', evaluate(onAquaint, timebank, classesAquaint));
if (save) {
  const file = modelFile(EVENTS_MODEL);
  train(examples).save(file, PRUNE);
  const classFile = modelFile(CLASSES_MODEL);
  trainClasses(examples).save(classFile, PRUNE);
  show('SEEN (all documents, shipped models, inflated)', evaluate(FrozenPerceptron.load(file), examples, FrozenPerceptron.load(classFile)));
  for (const f of [file, classFile]) console.log(`${f}: ${(fs.statSync(f).size / 1e6).toFixed(2)} MB`);
}
console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s`);

/**
 * Writes data/events/wordnet-senses.tsv from a WordNet 3.0 database folder (Debian: wordnet-base,
 * /usr/share/wordnet): the lexicographer files (semantic fields) of the two most frequent senses of
 * every one-word verb, of the nouns with an event-like sense (act, event, process, …), and the
 * irregular verb forms. Run once when the WordNet version changes; the file is committed.
 */
function writeWordnetSenses(dir: string): void {
  const names = [
    'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute', 'noun.body',
    'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group', 'noun.location', 'noun.motive',
    'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession', 'noun.process', 'noun.quantity', 'noun.relation',
    'noun.shape', 'noun.state', 'noun.substance', 'noun.time', 'verb.body', 'verb.change', 'verb.cognition', 'verb.communication',
    'verb.competition', 'verb.consumption', 'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion', 'verb.perception',
    'verb.possession', 'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
  ];
  const EVENTISH = new Set(['act', 'event', 'phenomenon', 'process', 'state', 'feeling', 'communication', 'cognition', 'possession']);
  const lines: string[] = [];
  // Verb frames that say which complement a verb takes: that-clause (26, 34: "Somebody ----s that
  // CLAUSE"), to-infinitive (28, 32, 35), object and infinitive (24, 25, 30), whether (29), gerund (33).
  const FRAME_CODES: Record<string, string> = { 26: 'that', 34: 'that', 28: 'toinf', 32: 'toinf', 35: 'toinf', 24: 'objinf', 25: 'objinf', 30: 'objinf', 29: 'whether', 33: 'ing' };
  for (const pos of ['verb', 'noun']) {
    const lexOf = new Map<string, string>();
    // Frames per synset: word number (1-based; 0 = every word) → frame codes.
    const framesOf = new Map<string, { word: number; code: string }[]>();
    const synsetWords = new Map<string, string[]>();
    const deverbal = new Set<string>();
    for (const l of fs.readFileSync(path.join(dir, `data.${pos}`), 'utf8').split('\n')) {
      if (!l || l.startsWith(' ')) continue;
      const [offset, lex] = l.split(' ');
      lexOf.set(offset, names[+lex].split('.')[1]);
      const f = l.split(' | ')[0].split(' ');
      if (pos === 'noun') {
        // A derivational link to a verb ("invasion" → "invade"): the noun names the verb's act.
        const k = 4 + 2 * parseInt(f[3], 16);
        const ptrs = f.slice(k + 1, k + 1 + 4 * +f[k]);
        for (let j = 0; j < ptrs.length; j += 4) if (ptrs[j] === '+' && ptrs[j + 2] === 'v') deverbal.add(offset);
        continue;
      }
      const wCnt = parseInt(f[3], 16);
      let k = 4 + 2 * wCnt;
      const members = f.slice(4, k).filter((_, j) => j % 2 === 0).map((w) => w.toLowerCase());
      k += 1 + 4 * +f[k];
      const frames: { word: number; code: string }[] = [];
      for (let n = +f[k++]; n > 0; n--, k += 3) {
        const code = FRAME_CODES[+f[k + 1]];
        if (code) frames.push({ word: parseInt(f[k + 2], 16), code });
      }
      framesOf.set(offset, frames);
      synsetWords.set(offset, members);
    }
    for (const l of fs.readFileSync(path.join(dir, `index.${pos}`), 'utf8').split('\n')) {
      if (!l || l.startsWith(' ')) continue;
      const f = l.split(' ');
      if (!/^[a-z]+(?:-[a-z]+)?$/.test(f[0])) continue;
      const nPtr = +f[3];
      const offsets = f.slice(4 + nPtr + 2).filter(Boolean);
      const lex = [...new Set(offsets.slice(0, 3).map((o) => lexOf.get(o)!))];
      if (pos === 'noun' && !lex.some((x) => EVENTISH.has(x))) continue;
      if (pos === 'noun') {
        // "deverbal" when one of those senses is an act, event or process derived from a verb.
        const nominal = offsets.slice(0, 3).some((o) => deverbal.has(o) && /^(act|event|process)$/.test(lexOf.get(o)!));
        lines.push(`n\t${f[0]}\t${lex.join(',')}${nominal ? '\tdeverbal' : ''}`);
        continue;
      }
      const codes = new Set<string>();
      for (const o of offsets.slice(0, 3)) {
        const members = synsetWords.get(o) ?? [];
        for (const fr of framesOf.get(o) ?? []) if (fr.word === 0 || members[fr.word - 1] === f[0]) codes.add(fr.code);
      }
      lines.push(`v\t${f[0]}\t${lex.join(',')}\t${[...codes].sort().join(',')}`);
    }
  }
  for (const l of fs.readFileSync(path.join(dir, 'verb.exc'), 'utf8').split('\n')) {
    const [form, base] = l.split(' ');
    if (form && base && /^[a-z]+$/.test(form)) lines.push(`x\t${form}\t${base}`);
  }
  // src/events/senses.ts binary-searches each kind's block of lines by word (UTF-16 code unit
  // order, as `<` on strings): WordNet's index files are sorted so, verb.exc need not be.
  const KIND_ORDER: Record<string, number> = { v: 0, n: 1, x: 2 };
  const word = (l: string): string => l.split('\t', 2)[1];
  lines.sort((a, b) => KIND_ORDER[a[0]] - KIND_ORDER[b[0]] || (word(a) < word(b) ? -1 : word(a) > word(b) ? 1 : 0));
  for (let i = 1; i < lines.length; i++) {
    if (lines[i][0] === lines[i - 1][0] && !(word(lines[i - 1]) < word(lines[i]))) throw new Error(`duplicate ${lines[i]}`);
  }
  const header = [
    '# Semantic fields (WordNet lexicographer files) of English verbs and event-like nouns, for the event',
    '# classifier: "v|n<TAB>lemma<TAB>field,field" (fields of the three most frequent senses; nouns only when',
    '# one is act, event, process, phenomenon, state, feeling, communication, cognition or possession); verb',
    '# lines then "<TAB>complement,complement": the complements that the verb frames of those senses take',
    '# (that, toinf, objinf, whether, ing); noun lines then "<TAB>deverbal" when one of those senses is an act,',
    '# event or process with a derivational link to a verb ("invasion": invade); and',
    '# "x<TAB>irregular verb form<TAB>base".',
    '# Derived by scripts/train-events.ts --wordnet from WordNet 3.0.',
    '# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence: WordNet 3.0 licence',
    '# (permission to use, copy, modify and distribute for any purpose and without fee, with this notice;',
    '# provided "as is" without warranties). https://wordnet.princeton.edu/license-and-commercial-use',
  ];
  fs.writeFileSync(path.resolve('data/events/wordnet-senses.tsv'), header.concat(lines).join('\n') + '\n');
  console.log(`data/events/wordnet-senses.tsv: ${lines.length} entries`);
}
