// Part-of-speech tagger (Penn Treebank tags), greedy left to right over an averaged perceptron,
// trained by scripts/train-pos.ts on the POS column of CoNLL-2003 train. Entities and events use
// its tags as features.

import { modelFile } from './files.js';
import { FNV_START, FrozenPerceptron, hashMore, type Scorer } from './perceptron.js';

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

// The feature prefixes of featuresAt, hashed once: tagging hashes each feature in parts
// (posBuckets) instead of building ~17 strings per token. posFeatures stays the definition (and
// what training uses); tests/scale-pos.test.ts checks that both give the same buckets.
const H = Object.fromEntries(
  ['b', 'w=', 's3=', 's2=', 'p1=', 'sh=', 't1=', 't2=', 't12=', 't1w=', 'w-1=', 's-1=', 'w-2=', 'w+1=', 's+1=', 'w+2=', 'first=1', 'first=0', '|'].map(
    (p) => [p, hashMore(FNV_START, p)],
  ),
) as Record<string, number>;
const BAR = '|';
const tail = (h: number, s: string, n: number) => hashMore(h, s, Math.max(0, s.length - n));
const head1 = (h: number, s: string) => hashMore(h, s, 0, Math.min(1, s.length));

/** The buckets of featuresAt(…, i, prev, prev2) from per-word norms and shapes, into `out`. */
export function posBuckets(norms: readonly string[], shapes: readonly string[], i: number, prev: string, prev2: string, mask: number, out: Int32Array): Int32Array {
  const n = norms[i];
  const p1 = i > 0 ? norms[i - 1] : '-START-';
  const p2 = i > 1 ? norms[i - 2] : '-START2-';
  const n1 = i + 1 < norms.length ? norms[i + 1] : '-END-';
  const n2 = i + 2 < norms.length ? norms[i + 2] : '-END2-';
  const sh = shapes[i];
  out[0] = H['b'];
  out[1] = hashMore(H['w='], n);
  out[2] = tail(H['s3='], n, 3);
  out[3] = tail(H['s2='], n, 2);
  out[4] = head1(H['p1='], n);
  out[5] = hashMore(H['sh='], sh);
  out[6] = hashMore(H['t1='], prev);
  out[7] = hashMore(H['t2='], prev2);
  out[8] = hashMore(hashMore(hashMore(H['t12='], prev), BAR), prev2);
  out[9] = hashMore(hashMore(hashMore(H['t1w='], prev), BAR), n);
  out[10] = hashMore(H['w-1='], p1);
  out[11] = tail(H['s-1='], p1, 3);
  out[12] = hashMore(H['w-2='], p2);
  out[13] = hashMore(H['w+1='], n1);
  out[14] = tail(H['s+1='], n1, 3);
  out[15] = hashMore(H['w+2='], n2);
  out[16] = head1(i === 0 ? H['first=1'] : H['first=0'], sh);
  for (let k = 0; k < 17; k++) out[k] &= mask;
  return out;
}

export function tagWords(model: Scorer, words: readonly string[]): string[] {
  // Each word is normalised once per sentence, not once per feature window it falls in.
  const norms = words.map(normWord);
  const shapes = words.map(shape);
  const mask = (1 << model.bits) - 1;
  const buckets = new Int32Array(17);
  const tags: string[] = [];
  for (let i = 0; i < words.length; i++) {
    posBuckets(norms, shapes, i, tags[i - 1] ?? '-START-', tags[i - 2] ?? '-START2-', mask, buckets);
    tags.push(model.classes[model.predict(buckets)]);
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
