// Part-of-speech tagger (Penn Treebank tags), greedy left to right over an averaged perceptron,
// trained by scripts/train-pos.ts on the POS column of CoNLL-2003 train. Entities and events use
// its tags as features.

import { modelFile } from './files.js';
import { FrozenPerceptron, type Scorer } from './perceptron.js';

export const POS_MODEL = 'pos.bin';

// normWord and shape run for every token of every sentence, several times over (POS, entities,
// events): their results are memoised per word form. Word forms repeat (Zipf), so the caches hit
// most of the time; they are emptied when full, so memory stays bounded on any input.
const MEMO_LIMIT = 50_000;

function memo(f: (w: string) => string): (w: string) => string {
  const cache = new Map<string, string>();
  return (w) => {
    let v = cache.get(w);
    if (v === undefined) {
      v = f(w);
      if (cache.size >= MEMO_LIMIT) cache.clear();
      cache.set(w, v);
    }
    return v;
  };
}

/** Lower-cased word with digits folded, so "1996" and "2024" share weights. */
export const normWord: (w: string) => string = memo(normWordOf);

function normWordOf(w: string): string {
  if (/^\d{4}$/.test(w)) return '!YEAR';
  if (/^\d/.test(w)) return '!DIGITS';
  // Typographic quotes and apostrophes ("“", "Germany’s", "n’t") read as the straight ones the
  // training corpora use.
  return w.toLowerCase().replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'");
}

export const shape: (w: string) => string = memo(shapeOf);

function shapeOf(w: string): string {
  const s = w.replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'").replace(/\p{Lu}/gu, 'X').replace(/\p{Ll}/gu, 'x').replace(/\p{N}/gu, 'd');
  return s.replace(/(.)\1{2,}/g, '$1$1');
}

export function posFeatures(words: readonly string[], i: number, prev: string, prev2: string): string[] {
  return featuresAt(words, (j) => normWord(words[j]), (j) => shape(words[j]), i, prev, prev2);
}

/** The features of token i; `norm(j)` and `shapeAt(j)` give normWord and shape of token j. */
function featuresAt(
  words: readonly string[],
  norm: (j: number) => string,
  shapeAt: (j: number) => string,
  i: number,
  prev: string,
  prev2: string,
): string[] {
  const n = norm(i);
  const p1 = i > 0 ? norm(i - 1) : '-START-';
  const p2 = i > 1 ? norm(i - 2) : '-START2-';
  const n1 = i + 1 < words.length ? norm(i + 1) : '-END-';
  const n2 = i + 2 < words.length ? norm(i + 2) : '-END2-';
  const sh = shapeAt(i);
  return [
    'b',
    'w=' + n,
    's3=' + n.slice(-3),
    's2=' + n.slice(-2),
    'p1=' + n.slice(0, 1),
    'sh=' + sh,
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
    'first=' + (i === 0 ? '1' : '0') + sh.slice(0, 1),
  ];
}

export function tagWords(model: Scorer, words: readonly string[]): string[] {
  // Each word is normalised once per sentence, not once per feature window it falls in.
  const norms = words.map(normWord);
  const shapes = words.map(shape);
  const norm = (j: number) => norms[j];
  const shapeAt = (j: number) => shapes[j];
  const tags: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const f = featuresAt(words, norm, shapeAt, i, tags[i - 1] ?? '-START-', tags[i - 2] ?? '-START2-');
    tags.push(model.classes[model.predict(model.buckets(f))]);
  }
  return tags;
}

let loaded: FrozenPerceptron | null = null;

export function posModel(): FrozenPerceptron {
  return (loaded ??= FrozenPerceptron.load(modelFile(POS_MODEL)));
}

const cache = new WeakMap<object, string[][]>();
/** Sentences tagged one by one before the whole article was (see sentenceTags). */
const partial = new WeakMap<object, (string[] | undefined)[]>();

type TaggableArticle = { sentences: readonly { tokens: readonly { text: string }[] }[] };

/**
 * POS tags of one sentence of an article, for an analyzer that needs only a few sentences (dates):
 * shares the article's cache both ways, so no sentence is ever tagged twice.
 */
export function sentenceTags(article: TaggableArticle, index: number): string[] {
  const full = cache.get(article);
  if (full) return full[index];
  let p = partial.get(article);
  if (!p) partial.set(article, (p = []));
  return (p[index] ??= tagWords(posModel(), article.sentences[index].tokens.map((t) => t.text)));
}

/**
 * POS tags of every sentence of an article, computed once per article and shared by the analyzers
 * that need them (entities, events): tags[s][i] is the tag of article.sentences[s].tokens[i].
 */
export function articleTags(article: { sentences: readonly { tokens: readonly { text: string }[] }[] }): string[][] {
  let tags = cache.get(article);
  if (!tags) {
    const model = posModel();
    const done = partial.get(article);
    tags = article.sentences.map((s, i) => done?.[i] ?? tagWords(model, s.tokens.map((t) => t.text)));
    cache.set(article, tags);
  }
  return tags;
}
