// Trains the part-of-speech model (models/pos.bin) on CoNLL-2003 train and reports accuracy on dev.
// Usage: node dist/scripts/train-pos.js [CONLL_DIR]
import path from 'node:path';
import { modelFile } from '../src/model/files.js';
import { FrozenPerceptron, Perceptron, type Scorer } from '../src/model/perceptron.js';
import { posFeatures, tagWords, POS_MODEL } from '../src/model/pos.js';
import { readConll } from './conll.js';

const dir = process.argv[2] ?? path.resolve('../shared/corpora/conll2003-en/raw');
const train = readConll(path.join(dir, 'train.txt')).flat();
const dev = readConll(path.join(dir, 'valid.txt')).flat();
const classes = [...new Set(train.flat().map((t) => t.pos))].sort();
const model = new Perceptron(classes, 18);
const index = new Map(classes.map((c, i) => [c, i]));
const EPOCHS = 6;

// Deterministic shuffle so training is reproducible.
let seed = 7;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);

for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const order = train.map((_, i) => i).sort(() => rand() - 0.5);
  let right = 0;
  let total = 0;
  for (const s of order) {
    const words = train[s].map((t) => t.word);
    const tags: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const b = model.buckets(posFeatures(words, i, tags[i - 1] ?? '-START-', tags[i - 2] ?? '-START2-'));
      const guess = model.predict(b);
      const truth = index.get(train[s][i].pos)!;
      model.update(truth, guess, b);
      tags.push(classes[guess]);
      right += +(guess === truth);
      total++;
    }
  }
  console.log(`epoch ${epoch + 1}: train accuracy ${((100 * right) / total).toFixed(2)}`);
}
model.average();
function accuracy(m: Scorer): string {
  let right = 0;
  let total = 0;
  for (const s of dev) {
    const tags = tagWords(m, s.map((t) => t.word));
    s.forEach((t, i) => {
      right += +(tags[i] === t.pos);
      total++;
    });
  }
  return ((100 * right) / total).toFixed(2);
}
console.log(`dev accuracy ${accuracy(model)} (full weights)`);
model.save(modelFile(POS_MODEL), 0.04);
console.log(`dev accuracy ${accuracy(FrozenPerceptron.load(modelFile(POS_MODEL)))} (shipped model)`);
