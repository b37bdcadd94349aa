// Trains the part-of-speech model (models/pos.bin) and reports its tag accuracy on CoNLL-2003 dev,
// UD English EWT dev and GUM news (a measure only: never trained on).
// Usage: node dist/scripts/train-pos.js            train, save, measure
//        node dist/scripts/train-pos.js --eval     measure the shipped model
// POS_SOURCES (default "conll": the shipped model) names the training sets, "ewt,conll" for both:
// UD English EWT train (gold Penn tags, web genres) and CoNLL-2003 train (news, all-caps headlines
// and sports tables; its tags were assigned by a tagger). scripts/pos-corpora.ts puts both in
// newsx's token and tag conventions. POS_FOLDS (default 4): with EWT among the sources, EWT train
// is also tagged by jackknifing for the parser (see below); POS_OUT writes the model elsewhere;
// POS_BITS, POS_EPOCHS, POS_PRUNE.
import fs from 'node:fs';
import path from 'node:path';
import { modelFile } from '../src/model/files.js';
import { FrozenPerceptron, Perceptron, type Scorer } from '../src/model/perceptron.js';
import { posFeatures, posModel, tagWords, POS_MODEL } from '../src/model/pos.js';
import { readConllu } from './conllu.js';
import { conllSentences, gumNewsSentences, JACKKNIFE_TAGS, udSentences, udTagged, type TaggedSentence } from './pos-corpora.js';

const evalOnly = process.argv[2] === '--eval';
const conllDir = path.resolve('../shared/corpora/conll2003-en/raw');
const ewtDir = path.resolve('../shared/corpora/ud-english-ewt');
const sources = (process.env.POS_SOURCES ?? 'conll').split(',');
const EPOCHS = Number(process.env.POS_EPOCHS ?? 6);
const PRUNE = Number(process.env.POS_PRUNE ?? 0.04);

const devSets: [string, TaggedSentence[]][] = [
  ['CoNLL-2003 dev', conllSentences(path.join(conllDir, 'valid.txt'))],
  ['EWT dev', udSentences(path.join(ewtDir, 'dev.conllu.gz'))],
  ['GUM news', gumNewsSentences()],
];

function accuracy(m: Scorer, set: TaggedSentence[]): string {
  let right = 0;
  let total = 0;
  for (const s of set) {
    const tags = tagWords(m, s.map((t) => t.word));
    s.forEach((t, i) => {
      right += +(tags[i] === t.pos);
      total++;
    });
  }
  return ((100 * right) / total).toFixed(2);
}

const report = (m: Scorer, what: string) => console.log(`${what}: ${devSets.map(([name, set]) => `${name} ${accuracy(m, set)}`).join(', ')}`);

if (evalOnly) {
  report(posModel(), 'shipped model');
  process.exit(0);
}

const ewtTrainFile = path.join(ewtDir, 'train.conllu.gz');
// Each training set read once: EWT's trees are kept for jackknifing below.
const ewtTrees = sources.includes('ewt') ? readConllu(ewtTrainFile) : [];
const ewt = ewtTrees.map(udTagged);
const conll = sources.includes('conll') ? conllSentences(path.join(conllDir, 'train.txt')) : [];
const train: TaggedSentence[] = sources.flatMap((s) => {
  if (s === 'ewt') return ewt;
  if (s === 'conll') return conll;
  throw new Error(`unknown POS_SOURCES entry: ${s}`);
});
console.log(`training on ${sources.join(' + ')}: ${train.length} sentences, ${train.reduce((a, s) => a + s.length, 0)} words`);
const classes = [...new Set(train.flat().map((t) => t.pos))].sort();

function trainModel(set: TaggedSentence[], log: boolean): Perceptron {
  const model = new Perceptron(classes, Number(process.env.POS_BITS ?? 18));
  const index = new Map(classes.map((c, i) => [c, i]));
  // Deterministic shuffle so training is reproducible.
  let seed = 7;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const order = set.map((_, i) => i).sort(() => rand() - 0.5);
    let right = 0;
    let total = 0;
    for (const s of order) {
      const words = set[s].map((t) => t.word);
      const tags: string[] = [];
      for (let i = 0; i < words.length; i++) {
        const b = model.buckets(posFeatures(words, i, tags[i - 1] ?? '-START-', tags[i - 2] ?? '-START2-'));
        const guess = model.predict(b);
        const truth = index.get(set[s][i].pos)!;
        model.update(truth, guess, b);
        tags.push(classes[guess]);
        right += +(guess === truth);
        total++;
      }
    }
    if (log) console.log(`epoch ${epoch + 1}: train accuracy ${((100 * right) / total).toFixed(2)}`);
  }
  model.average();
  return model;
}

// The parser learns on EWT train from the tags of this tagger. Tagged by a model that saw those
// very sentences, they would be nearly all right (train accuracy ~97-98%), and the parser would
// learn to trust tags more than it can on new text (~94-95%). So EWT train is tagged here by
// jackknifing: each of POS_FOLDS parts by a model trained without it (with the other training
// sets), as text it has never seen. train-parser.ts reads the tags from JACKKNIFE_TAGS.
const FOLDS = Number(process.env.POS_FOLDS ?? 4);
if (FOLDS > 1 && sources.includes('ewt')) {
  const ud = ewtTrees;
  const others = sources.filter((s) => s !== 'ewt').flatMap((s) => (s === 'conll' ? conll : []));
  const tags: string[][] = new Array(ud.length);
  let right = 0;
  let total = 0;
  for (let k = 0; k < FOLDS; k++) {
    const m = trainModel(ewt.filter((_, i) => i % FOLDS !== k).concat(others), false);
    ud.forEach((s, i) => {
      if (i % FOLDS !== k) return;
      tags[i] = tagWords(m, s.tokens.map((t) => t.form));
      const gold = ewt[i];
      // Accuracy on the joined words, as everywhere here.
      const joined = tagWords(m, gold.map((t) => t.word));
      gold.forEach((t, j) => {
        right += +(joined[j] === t.pos);
        total++;
      });
    });
    console.log(`jackknife fold ${k + 1}/${FOLDS} done`);
  }
  console.log(`EWT train tagged by jackknifing (${FOLDS} folds): accuracy ${((100 * right) / total).toFixed(2)}`);
  fs.mkdirSync(path.dirname(JACKKNIFE_TAGS), { recursive: true });
  fs.writeFileSync(JACKKNIFE_TAGS, JSON.stringify({ file: ewtTrainFile, tags }));
} else {
  // No jackknifed tags for this tagger: stale ones from another must not reach the parser.
  fs.rmSync(JACKKNIFE_TAGS, { force: true });
}

const model = trainModel(train, true);
report(model, 'full weights');
// POS_OUT writes the model elsewhere, to compare training sets side by side.
const out = process.env.POS_OUT ?? modelFile(POS_MODEL);
model.save(out, PRUNE);
report(FrozenPerceptron.load(out), 'shipped model');
