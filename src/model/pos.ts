// Part-of-speech tagger (Penn Treebank tags), greedy left to right over an averaged perceptron,
// trained by scripts/train-pos.ts on the POS column of CoNLL-2003 train. Entities and events use
// its tags as features.

import { modelFile } from './files.js';
import { mapPacked } from './packed.js';
import { FNV_START, FrozenPerceptron, hashMore, type Scorer } from './perceptron.js';
import { IN_CHUNK, ScoreRows } from './score-rows.js';

export const POS_MODEL = 'pos.bin';

// normWord and shape run for every token of every sentence, several times over (POS, entities,
// events): their results are memoised per word form. Word forms repeat (Zipf), so the caches hit
// most of the time; they are emptied when full, so memory stays bounded on any input.
const MEMO_LIMIT = 50_000;

export function memo(f: (w: string) => string): (w: string) => string {
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
  const ascii = asciiShape(w);
  if (ascii !== null) return ascii;
  const s = w.replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'").replace(/\p{Lu}/gu, 'X').replace(/\p{Ll}/gu, 'x').replace(/\p{N}/gu, 'd');
  return s.replace(/(.)\1{2,}/g, '$1$1');
}

/**
 * shapeOf of a word in printable ASCII (nearly every word), in one pass without regular
 * expressions: null for any other word. There the letter and digit classes are A-Z, a-z and 0-9,
 * and no quote needs folding.
 */
function asciiShape(w: string): string | null {
  let out = '';
  let last = -1;
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    let c = w.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return null;
    if (c >= 65 && c <= 90) c = 88; // X
    else if (c >= 97 && c <= 122) c = 120; // x
    else if (c >= 48 && c <= 57) c = 100; // d
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 2) out += String.fromCharCode(c);
  }
  return out;
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
  posWordBuckets(norms[i], shapes[i], mask, out);
  posHistoryBuckets(prev, prev2, mask, out);
  return posContextBuckets(norms, shapes, i, prev, mask, out);
}

/** Features 6–8 of featuresAt: those of the previous two tags alone. */
function posHistoryBuckets(prev: string, prev2: string, mask: number, out: Int32Array): void {
  out[6] = hashMore(H['t1='], prev) & mask;
  out[7] = hashMore(H['t2='], prev2) & mask;
  out[8] = hashMore(hashMore(hashMore(H['t12='], prev), BAR), prev2) & mask;
}

/** Features 0–5 of featuresAt: those of the word alone (bias, word, affixes, shape). */
function posWordBuckets(n: string, sh: string, mask: number, out: Int32Array): void {
  out[0] = H['b'] & mask;
  out[1] = hashMore(H['w='], n) & mask;
  out[2] = tail(H['s3='], n, 3) & mask;
  out[3] = tail(H['s2='], n, 2) & mask;
  out[4] = head1(H['p1='], n) & mask;
  out[5] = hashMore(H['sh='], sh) & mask;
}

/** Features 9–16 of featuresAt: previous tag with the word, neighbours, sentence start. */
function posContextBuckets(norms: readonly string[], shapes: readonly string[], i: number, prev: string, mask: number, out: Int32Array): Int32Array {
  const n = norms[i];
  const p1 = i > 0 ? norms[i - 1] : '-START-';
  const p2 = i > 1 ? norms[i - 2] : '-START2-';
  const n1 = i + 1 < norms.length ? norms[i + 1] : '-END-';
  const n2 = i + 2 < norms.length ? norms[i + 2] : '-END2-';
  out[9] = hashMore(hashMore(hashMore(H['t1w='], prev), BAR), n);
  out[10] = hashMore(H['w-1='], p1);
  out[11] = tail(H['s-1='], p1, 3);
  out[12] = hashMore(H['w-2='], p2);
  out[13] = hashMore(H['w+1='], n1);
  out[14] = tail(H['s+1='], n1, 3);
  out[15] = hashMore(H['w+2='], n2);
  out[16] = head1(i === 0 ? H['first=1'] : H['first=0'], shapes[i]);
  for (let k = 9; k < 17; k++) out[k] &= mask;
  return out;
}

// Quotes and dashes written either way in news (“ ” ‘ ’ — vs " ' --) read as the ASCII forms the
// CoNLL training text uses. The entity recogniser learns from these folded forms too, and reuses
// the shared tags of the raw words: with the fold here, they are the tags of its folded words.
const PUNCT_FOLD = new Map<string, string>([
  ['“', '"'], ['”', '"'], ['„', '"'], ['«', '"'], ['»', '"'], ['‘', "'"], ['’', "'"], ['—', '--'], ['–', '--'],
]);

/** The form the models read: typographic quotes and dashes folded, apostrophes straight. */
export function foldPunct(w: string): string {
  // Plain ASCII words (nearly all) have nothing to fold.
  let ascii = true;
  for (let i = 0; i < w.length; i++) {
    if (w.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return w;
  const m = PUNCT_FOLD.get(w);
  if (m) return m;
  return w.includes('’') ? w.replace(/’/g, "'") : w;
}

/**
 * What tagging needs of a (folded) word form, memoised: its norm and shape and, for the shipped
 * model, where the integer scores of its word features sit in the row store (`rows`), so each
 * token probes the weight table for its one feature that reads the tag history and the word.
 * Emptied when full: bounded memory.
 */
interface PosWord {
  norm: string;
  shape: string;
  /** The rows generation its rows belong to: rows of an older one are stale (see ScoreRows). */
  gen: number;
  /**
   * Slab offsets (-1: not scored yet) of the scores of the word's own features (posWordBuckets)
   * with the sentence start feature of a word inside (own) or first (own0), and of the features
   * it gives as a neighbour, by role (ROLE_FEATURES): 1 before, 2 before, 1 after, 2 after.
   * Neighbour features read the neighbour's norm only, so each word form scores them once, not
   * each token.
   */
  own: number;
  own0: number;
  roles: [number, number, number, number];
}

// The score rows of the cached word forms (ScoreRows), cleared with the word cache.
const posWords = new Map<string, PosWord>();
const rows = new ScoreRows<Int32Array>((n) => new Int32Array(n));
let posWordsModel: FrozenPerceptron | null = null;

const newPosWord = (norm: string, shape: string): PosWord => ({ norm, shape, gen: rows.generation, own: -1, own0: -1, roles: [-1, -1, -1, -1] });

function posWordOf(w: string): PosWord {
  let x = posWords.get(w);
  if (!x) {
    if (posWords.size >= MEMO_LIMIT) {
      posWords.clear();
      rows.clear();
    }
    x = newPosWord(normWord(w), shape(w));
    posWords.set(w, x);
  }
  return x;
}

/** The word's rows, none scored when they belong to an older generation of the rows. */
function current(x: PosWord): PosWord {
  if (x.gen !== rows.generation) {
    x.gen = rows.generation;
    x.own = x.own0 = -1;
    x.roles.fill(-1);
  }
  return x;
}

// The words beyond the sentence, as posFeatures names them (their norms are the feature values).
const OUTSIDE = ['-START-', '-START2-', '-END-', '-END2-'];
let outside = OUTSIDE.map((n) => newPosWord(n, ''));

/** Feature indexes (of featuresAt) read from a neighbour in each role: 1 before, 2 before, 1 after, 2 after. */
const ROLE_FEATURES = [
  [10, 11],
  [12],
  [13, 14],
  [15],
];

/** Offset in `rows` of the scores of the features word x gives in neighbour role `role`. */
function roleRow(model: FrozenPerceptron, x: PosWord, role: number, mask: number, scratch: Int32Array): number {
  let at = current(x).roles[role];
  if (at < 0) {
    const n = x.norm;
    if (role === 0) {
      scratch[0] = hashMore(H['w-1='], n) & mask;
      scratch[1] = tail(H['s-1='], n, 3) & mask;
    } else if (role === 1) scratch[0] = hashMore(H['w-2='], n) & mask;
    else if (role === 2) {
      scratch[0] = hashMore(H['w+1='], n) & mask;
      scratch[1] = tail(H['s+1='], n, 3) & mask;
    } else scratch[0] = hashMore(H['w+2='], n) & mask;
    at = x.roles[role] = rows.take(model.classes.length);
    model.addInto(scratch, 0, ROLE_FEATURES[role].length, rows.chunk(at), at & IN_CHUNK);
  }
  return at;
}

/** Offset in `rows` of the scores of word x's own features, as the first word or not. */
function ownRow(model: FrozenPerceptron, x: PosWord, first: boolean, mask: number, scratch: Int32Array): number {
  current(x);
  let at = first ? x.own0 : x.own;
  if (at < 0) {
    posWordBuckets(x.norm, x.shape, mask, scratch);
    scratch[6] = head1(first ? H['first=1'] : H['first=0'], x.shape) & mask;
    at = rows.take(model.classes.length);
    model.addInto(scratch, 0, 7, rows.chunk(at), at & IN_CHUNK);
    if (first) x.own0 = at;
    else x.own = at;
  }
  return at;
}

const scratchBuckets = new Int32Array(17);
let scratchSums = new Int32Array(64);

export function tagWords(model: Scorer, words: readonly string[]): string[] {
  // Each word is normalised once per sentence, not once per feature window it falls in.
  const infos = mapPacked(words, (w) => posWordOf(foldPunct(w)));
  const mask = (1 << model.bits) - 1;
  const buckets = scratchBuckets;
  const tags: string[] = [];
  if (!(model instanceof FrozenPerceptron)) {
    // A model in training: its weights change, nothing is cached.
    const norms = infos.map((x) => x.norm);
    const shapes = infos.map((x) => x.shape);
    for (let i = 0; i < words.length; i++) {
      posBuckets(norms, shapes, i, tags[i - 1] ?? '-START-', tags[i - 2] ?? '-START2-', mask, buckets);
      tags.push(model.classes[model.predict(buckets)]);
    }
    return tags;
  }
  // Scores are cached for one frozen model at a time (the shipped one).
  if (posWordsModel !== model) {
    posWords.clear();
    rows.clear();
    outside = OUTSIDE.map((n) => newPosWord(n, ''));
    posWordsModel = model;
    history = [];
  }
  const nc = model.classes.length;
  const n = words.length;
  if (scratchSums.length < nc) scratchSums = new Int32Array(nc);
  const sums = scratchSums;
  // Tag history as class indexes: nc is '-START-', nc + 1 '-START2-'.
  let prev = nc;
  let prev2 = nc + 1;
  for (let i = 0; i < n; i++) {
    const x = infos[i];
    const own = ownRow(model, x, i === 0, mask, buckets);
    const r0 = roleRow(model, i > 0 ? infos[i - 1] : outside[0], 0, mask, buckets);
    const r1 = roleRow(model, i > 1 ? infos[i - 2] : outside[1], 1, mask, buckets);
    const r2 = roleRow(model, i + 1 < n ? infos[i + 1] : outside[2], 2, mask, buckets);
    const r3 = roleRow(model, i + 2 < n ? infos[i + 2] : outside[3], 3, mask, buckets);
    const h = historySums(model, prev, prev2, mask, buckets);
    const v0 = rows.chunk(own);
    const v1 = rows.chunk(r0);
    const v2 = rows.chunk(r1);
    const v3 = rows.chunk(r2);
    const v4 = rows.chunk(r3);
    const o0 = own & IN_CHUNK;
    const o1 = r0 & IN_CHUNK;
    const o2 = r1 & IN_CHUNK;
    const o3 = r2 & IN_CHUNK;
    const o4 = r3 & IN_CHUNK;
    for (let c = 0; c < nc; c++) sums[c] = v0[o0 + c] + h[c] + v1[o1 + c] + v2[o2 + c] + v3[o3 + c] + v4[o4 + c];
    // The one feature left: the previous tag with this word.
    buckets[0] = hashMore(hashMore(hashMore(H['t1w='], tagName(model, prev)), BAR), x.norm) & mask;
    model.addInto(buckets, 0, 1, sums);
    // Integer sums: their argmax is that of predict's scores (a positive scale), first on ties.
    let best = 0;
    for (let c = 1; c < nc; c++) if (sums[c] > sums[best]) best = c;
    tags.push(model.classes[best]);
    // Before the second word the tag two back is still '-START2-' (posFeatures' history).
    prev2 = i === 0 ? nc + 1 : prev;
    prev = best;
  }
  return tags;
}

function tagName(model: Scorer, c: number): string {
  const nc = model.classes.length;
  return c < nc ? model.classes[c] : c === nc ? '-START-' : '-START2-';
}

/** Scores of the tag-history features (posHistoryBuckets) per pair of previous tags, for posWordsModel. */
let history: (Int32Array | Float64Array | undefined)[] = [];

function historySums(model: FrozenPerceptron, prev: number, prev2: number, mask: number, scratch: Int32Array): Int32Array | Float64Array {
  const nc = model.classes.length;
  const k = prev * (nc + 2) + prev2;
  let h = history[k];
  if (!h) {
    posHistoryBuckets(tagName(model, prev), tagName(model, prev2), mask, scratch);
    h = history[k] = model.newSums(nc);
    model.addInto(scratch, 6, 9, h);
  }
  return h;
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
  return (p[index] ??= tagWords(posModel(), mapPacked(article.sentences[index].tokens, (t) => t.text)));
}

/** Tags computed for this article elsewhere (the batch pipeline's other thread): articleTags returns them. */
export function adoptArticleTags(article: TaggableArticle, tags: string[][]): void {
  cache.set(article, tags);
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
    tags = mapPacked(article.sentences, (s, i) => done?.[i] ?? tagWords(model, mapPacked(s.tokens, (t) => t.text)));
    cache.set(article, tags);
  }
  return tags;
}
