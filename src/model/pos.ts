// Part-of-speech tagger (Penn Treebank tags), greedy left to right over an averaged perceptron,
// trained by scripts/train-pos.ts on the POS column of CoNLL-2003 train. Entities and events use
// its tags as features.

import { modelFile } from './files.js';
import { FrozenPerceptron, type Scorer } from './perceptron.js';

export const POS_MODEL = 'pos.bin';

/** Lower-cased word with digits folded, so "1996" and "2024" share weights. */
export function normWord(w: string): string {
  if (/^\d{4}$/.test(w)) return '!YEAR';
  if (/^\d/.test(w)) return '!DIGITS';
  // Typographic quotes and apostrophes ("“", "Germany’s", "n’t") read as the straight ones the
  // training corpora use.
  return w.toLowerCase().replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'");
}

export function shape(w: string): string {
  const s = w.replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'").replace(/\p{Lu}/gu, 'X').replace(/\p{Ll}/gu, 'x').replace(/\p{N}/gu, 'd');
  return s.replace(/(.)\1{2,}/g, '$1$1');
}

export function posFeatures(words: readonly string[], i: number, prev: string, prev2: string): string[] {
  const w = words[i];
  const n = normWord(w);
  const p1 = i > 0 ? normWord(words[i - 1]) : '-START-';
  const p2 = i > 1 ? normWord(words[i - 2]) : '-START2-';
  const n1 = i + 1 < words.length ? normWord(words[i + 1]) : '-END-';
  const n2 = i + 2 < words.length ? normWord(words[i + 2]) : '-END2-';
  return [
    'b',
    'w=' + n,
    's3=' + n.slice(-3),
    's2=' + n.slice(-2),
    'p1=' + n.slice(0, 1),
    'sh=' + shape(w),
    't1=' + prev,
    't2=' + prev2,
    't12=' + prev + '|' + prev2,
    't1w=' + prev + '|' + n,
    'w-1=' + p1,
    's-1=' + p1.slice(-3),
    'w-2=' + p2,
    'w+1=' + n1,
    's+1=' + n1.slice(-3),
    'w+2=' + n2,
    'first=' + (i === 0 ? '1' : '0') + shape(w).slice(0, 1),
  ];
}

export function tagWords(model: Scorer, words: readonly string[]): string[] {
  const tags: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const f = posFeatures(words, i, tags[i - 1] ?? '-START-', tags[i - 2] ?? '-START2-');
    tags.push(model.classes[model.predict(model.buckets(f))]);
  }
  return tags;
}

let loaded: FrozenPerceptron | null = null;

export function posModel(): FrozenPerceptron {
  return (loaded ??= FrozenPerceptron.load(modelFile(POS_MODEL)));
}

const cache = new WeakMap<object, string[][]>();

/**
 * POS tags of every sentence of an article, computed once per article and shared by the analyzers
 * that need them (entities, events): tags[s][i] is the tag of article.sentences[s].tokens[i].
 */
export function articleTags(article: { sentences: readonly { tokens: readonly { text: string }[] }[] }): string[][] {
  let tags = cache.get(article);
  if (!tags) {
    const model = posModel();
    tags = article.sentences.map((s) => tagWords(model, s.tokens.map((t) => t.text)));
    cache.set(article, tags);
  }
  return tags;
}
