// The statistical entity recogniser: two averaged perceptrons decoding BILOU labels greedily left
// to right. The first pass reads the token and its sentence; the second pass also reads what the
// first pass said about the other occurrences of the same word in the document (a surname after
// the full name, a team name in a results table, a place in a capitals headline) and about the
// next token. Trained by scripts/train-ner.ts; the weights of both ship in one joint table,
// models/ner.bin, so the features both read are looked up once.

import { modelFile } from '../model/files.js';
import { Interner } from '../model/interner.js';
import { mapPacked } from '../model/packed.js';
import { FrozenPerceptron, type JointScorer, type Scorer } from '../model/perceptron.js';
import { IN_CHUNK, ScoreRows } from '../model/score-rows.js';
import { normWord, posModel, tagWords } from '../model/pos.js';
import {
  buildDocContext,
  foldWord,
  HashSink,
  isAllCaps,
  labelHistoryInto,
  labelWordInto,
  lexemeOf,
  NEIGHBOURS,
  neighbour,
  posFeaturesInto,
  posKey,
  restFeaturesInto,
  sentenceView,
  shapeFeaturesInto,
  shapeKey,
  staticFeaturesInto,
  StringSink,
  wordFeaturesInto,
  wordShape,
  type DocContext,
  type FeatureRows,
  type FeatureSink,
  type Lexeme,
  type NerSentence,
} from './features.js';

/** Both passes' models, joined (joinModelFiles): the first pass's classes, then the second's. */
export const NER_MODEL = 'ner.bin';

/** Entity types the model tags, as CoNLL names them. */
export type NerType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/**
 * A document ready for tagging: words, tags and document-wide word facts only. Token features are
 * built and hashed sentence by sentence inside the decoding loop and dropped after it, so memory
 * does not grow with the ~40 feature strings of every token of the document.
 */
export interface NerDocument {
  sentences: NerSentence[];
  doc: DocContext;
}

/**
 * Sentences of raw words, as the tokenizer split them, made ready for tagging. `tags`: the POS
 * tags of the raw words when the caller has them (articleTags): the shared tagger folds quotes and
 * dashes as foldWord does (see tagWords), so they are the tags of the folded words.
 */
export function prepareDocument(words: readonly (readonly string[])[], tags?: readonly (readonly string[])[], pos: Scorer = posModel()): NerDocument {
  const sentences = mapPacked(words, (ws, si) => {
    const lexemes = mapPacked(ws, (w) => lexemeOf(foldWord(w)));
    const folded = mapPacked(lexemes, (x) => x.form);
    return { words: folded, lexemes, tags: tags ? (tags[si] as string[]) : tagWords(pos, folded), allCaps: isAllCaps(folded) };
  });
  return { sentences, doc: buildDocContext(sentences) };
}

/**
 * Which label may follow which (last row: sentence start): I-X and L-X only continue B-X or I-X.
 * Everything else may follow anything, so a name the model opened (B-X) may still end at once
 * when the next word is plainly not part of it: greedy decoding never has to drag a name over
 * "after his" because it started one at "West".
 */
export function transitionTable(classes: readonly string[]): boolean[][] {
  const may = (prev: string, c: string) => {
    if (!c.startsWith('I-') && !c.startsWith('L-')) return true;
    return (prev.startsWith('B-') || prev.startsWith('I-')) && prev.slice(2) === c.slice(2);
  };
  return [...classes.map((prev) => classes.map((c) => may(prev, c))), classes.map((c) => may('<s>', c))];
}

/** What the recogniser needs of a model: scores in parts (addInto), trained or loaded. */
export type NerScorer = Scorer & Pick<FrozenPerceptron, 'addInto' | 'newSums'>;

/** Called on each token during training with all its buckets and the chosen label. */
export type Teacher = (token: number, buckets: Int32Array, guess: number) => void;

/** The static features of one sentence, hashed for `sink.mask`, into `sink` (reset first). */
export function sentenceFeatures(doc: NerDocument, si: number, sink: HashSink): HashSink {
  sink.reset();
  staticFeaturesInto(doc.sentences[si], doc.doc, sink);
  return sink;
}

type Sums = Int32Array | Float64Array;
const CACHE_LIMIT = 50_000;

/** The pairs of Lexeme.rows: which cache keyed by a word form a lexeme remembers its row of. */
const enum LexemeRow {
  Word = 0,
  WordCaps = 2,
  AfterO = 4,
  Neighbour = 6,
}

/**
 * Scores of a feature group (features a pure function of a key: see features.ts) per key, for one
 * or more models side by side (the first model's classes, then the next's). Keys repeat (word forms
 * follow Zipf's law, shapes and tag triples are few), so most tokens add a cached row instead of
 * probing the weight tables once per feature. Integer sums: the scores are exactly those of
 * scoring every feature. Emptied when full, so memory stays bounded on any input.
 */
class GroupCache<K extends string | number> {
  /** Key → offset of its row in `rows`. */
  private readonly map = new Map<K, number>();
  private readonly sinks: HashSink[];
  /** The models' joint table, when they share one: a key's features probed once for all. */
  private readonly joint: JointScorer | null;
  /** Sums per role: the classes of all models. */
  readonly width: number;
  /** The rows: a key's roles side by side in one row (offsets valid in rows' generation, see rowFor). */
  readonly rows: ScoreRows;

  /**
   * `roles`: features of a key in several roles (a word as each neighbour), one row each, side by
   * side. `pinned`: get never empties the cache, so offsets stay valid until trim() (called
   * between sentences).
   */
  constructor(
    private readonly models: readonly NerScorer[],
    private readonly emit: (key: K, sink: FeatureSink, role: number) => void,
    private readonly roles = 1,
    private readonly pinned = false,
  ) {
    this.sinks = models.map((m) => new HashSink((1 << m.bits) - 1));
    this.width = models.reduce((a, m) => a + m.classes.length, 0);
    this.joint = FrozenPerceptron.joint(models);
    this.rows = new ScoreRows((n) => models[0].newSums(n));
  }

  /** Empties a full cache (for a pinned one: when no offset is held). */
  trim(): void {
    if (this.map.size < CACHE_LIMIT) return;
    this.map.clear();
    this.rows.clear();
  }

  /** get(key), remembered in `x.rows` at `pair` while the cache is not emptied: `key` is x's form or a function of it. */
  rowFor(x: Lexeme, pair: LexemeRow, key: K): number {
    const r = x.rows;
    if (r[pair + 1] === this.rows.generation) return r[pair];
    const at = this.get(key);
    r[pair] = at;
    r[pair + 1] = this.rows.generation;
    return at;
  }

  /** Offset of the key's row (its first role's sums) in `rows`: rows.chunk(offset), from offset & IN_CHUNK. */
  get(key: K): number {
    const hit = this.map.get(key);
    if (hit !== undefined) return hit;
    if (!this.pinned) this.trim();
    const at = this.rows.take(this.width * this.roles);
    const slab = this.rows.chunk(at);
    for (let r = 0; r < this.roles; r++) {
      let to = (at & IN_CHUNK) + r * this.width;
      if (this.joint) {
        const sink = this.sinks[0];
        sink.reset();
        this.emit(key, sink, r);
        this.joint.addInto(sink.buckets, 0, sink.length, slab, to);
        continue;
      }
      for (let k = 0; k < this.models.length; k++) {
        const sink = this.sinks[k];
        sink.reset();
        this.emit(key, sink, r);
        this.models[k].addInto(sink.buckets, 0, sink.length, slab, to);
        to += this.models[k].classes.length;
      }
    }
    this.map.set(key, at);
    return at;
  }
}

/**
 * Greedy decoding of one sentence for one model, with its scratch buffers. Scores are summed in
 * parts: the token's static features (or their sums, precomputed), the features of the previous
 * labels, and in training the second pass's features; nothing per token is allocated.
 */
export class Decoder {
  readonly classes: readonly string[];
  private readonly allowed: boolean[][];
  private readonly sums: Sums;
  private readonly labelSink: HashSink;
  private teachBuf = new Int32Array(256);
  /** Scores of the label-history features per (previous, one before) label, for frozen models. */
  private readonly history: (Sums | undefined)[] | null;

  /**
   * Scores of the label-word features after an 'O' (most tokens) per word form, for frozen models
   * (see tagDocument's caches), this model's at `afterOColumn` of a row; null: always hashed and probed.
   */
  private readonly afterO: GroupCache<string> | null;
  private readonly afterOColumn: number;
  private readonly o: number;

  constructor(
    readonly model: NerScorer,
    afterO: GroupCache<string> | null = null,
    afterOColumn = 0,
  ) {
    this.afterO = afterO;
    this.afterOColumn = afterOColumn;
    this.o = model.classes.indexOf('O');
    this.classes = model.classes;
    this.allowed = transitionTable(model.classes);
    this.sums = model.newSums(model.classes.length);
    this.labelSink = new HashSink((1 << model.bits) - 1);
    this.history = model instanceof FrozenPerceptron ? [] : null;
  }

  private label(c: number): string {
    return c === this.classes.length ? '<s>' : this.classes[c];
  }

  private historyScores(prev: number, prev2: number): Sums {
    const k = prev * (this.classes.length + 1) + prev2;
    let v = this.history![k];
    if (!v) {
      const sink = this.labelSink;
      sink.reset();
      labelHistoryInto(this.label(prev), this.label(prev2), sink);
      v = this.model.newSums(this.classes.length);
      this.model.addInto(sink.buckets, 0, sink.length, v);
      this.history![k] = v;
    }
    return v;
  }

  /**
   * Labels (class indexes) of sentence `s` into `out`. `stat`: its static feature buckets, or null
   * when `base` holds their sums (classes per token, flat). `extra`: second-pass buckets. `teach`,
   * during training, sees every decision (the history stays the model's own guesses, as at run time).
   */
  decode(s: NerSentence, stat: FeatureRows | null, out: Uint8Array, base?: Sums, extra?: FeatureRows, teach?: Teacher): Uint8Array {
    const { model, allowed, sums, labelSink } = this;
    const n = this.classes.length;
    const start = allowed.length - 1;
    let prev = start;
    let prev2 = start;
    for (let i = 0; i < s.words.length; i++) {
      if (stat) {
        sums.fill(0);
        model.addInto(stat.buckets, stat.starts[i], stat.starts[i + 1], sums);
      } else for (let c = 0; c < n; c++) sums[c] = base![i * n + c];
      if (this.history) {
        const h = this.historyScores(prev, prev2);
        for (let c = 0; c < n; c++) sums[c] += h[c];
        labelSink.reset();
      } else {
        labelSink.reset();
        labelHistoryInto(this.label(prev), this.label(prev2), labelSink);
      }
      const w = s.words[i];
      if (prev === this.o && this.afterO && !teach) {
        const off = this.afterO.rowFor(s.lexemes[i], LexemeRow.AfterO, w);
        const row = this.afterO.rows.chunk(off);
        const at = (off & IN_CHUNK) + this.afterOColumn;
        for (let c = 0; c < n; c++) sums[c] += row[at + c];
      } else {
        labelWordInto(this.label(prev), s.lexemes[i].norm, s.lexemes[i].shape, labelSink);
        model.addInto(labelSink.buckets, 0, labelSink.length, sums);
      }
      if (extra) model.addInto(extra.buckets, extra.starts[i], extra.starts[i + 1], sums);
      const row = allowed[prev];
      let best = -1;
      for (let c = 0; c < n; c++) if (row[c] && (best < 0 || sums[c] > sums[best])) best = c;
      if (teach) teach(i, this.gather(stat, i, extra), best);
      out[i] = best;
      prev2 = prev;
      prev = best;
    }
    return out;
  }

  /** All buckets of token i (training: the update needs them together). */
  private gather(stat: FeatureRows | null, i: number, extra?: FeatureRows): Int32Array {
    const parts: [Int32Array, number, number][] = [[this.labelSink.buckets, 0, this.labelSink.length]];
    if (stat) parts.push([stat.buckets, stat.starts[i], stat.starts[i + 1]]);
    if (extra) parts.push([extra.buckets, extra.starts[i], extra.starts[i + 1]]);
    let len = 0;
    for (const [, a, b] of parts) len += b - a;
    if (this.teachBuf.length < len) this.teachBuf = new Int32Array(len * 2);
    let at = 0;
    for (const [arr, a, b] of parts) {
      this.teachBuf.set(arr.subarray(a, b), at);
      at += b - a;
    }
    return this.teachBuf.subarray(0, len);
  }
}

function typeOf(label: string): string {
  return label === 'O' ? 'O' : label.slice(2);
}

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

/** How the first pass labelled the occurrences of a word form: counts per type, in order of first sight. */
interface TypeCounts {
  count: Record<string, number>;
}

/** First-pass type counts per case-folded word form over the document (document-level context). */
export function firstPassCounts(doc: NerDocument, first: readonly (readonly string[])[]): Map<string, TypeCounts> {
  const counts = new Map<string, TypeCounts>();
  doc.sentences.forEach((s, si) =>
    s.lexemes.forEach((x, i) => {
      if (!x.letter) return;
      let c = counts.get(x.lower);
      if (!c) counts.set(x.lower, (c = { count: {} }));
      const t = typeOf(first[si][i]);
      c.count[t] = (c.count[t] ?? 0) + 1;
    }),
  );
  return counts;
}

// Label names as small codes (class names and the sentence ends: a few dozen at most), so the keys
// of the second-pass groups are numbers.
const labelCodes = new Interner();

/** Key of the first-pass-label group of token i: the first-pass labels before, at and after it. */
function firstLabelsKey(first: readonly string[], i: number): number {
  return (labelCodes.id(first[i - 1] ?? '<s>') * 1024 + labelCodes.id(first[i])) * 1024 + labelCodes.id(first[i + 1] ?? '</s>');
}

function firstLabelsInto(key: number, sink: FeatureSink): void {
  const before = labelCodes.names[Math.floor(key / (1024 * 1024))];
  const own = labelCodes.names[Math.floor(key / 1024) % 1024];
  const next = labelCodes.names[key % 1024];
  sink.add('f1=', own);
  sink.add('f1-1=', before);
  sink.add('f1+1=', next);
  sink.add('f1+1o=', own, '|', next);
}

const ALL_TYPES = ['O', ...TYPES];
const SHARES = ['all', 'most', 'some'];

/**
 * Key of the document-majority group of token i: what the first pass made of the word's other
 * occurrences. 0: a word without letters (no features); 1: no other occurrence; else the majority
 * type, its share, the token's own type and which types any other occurrence has, packed.
 */
function majorityKey(x: Lexeme, own: string, counts: Map<string, TypeCounts>): number {
  if (!x.letter) return 0;
  const c = counts.get(x.lower)!.count;
  const ownType = typeOf(own);
  let best = '';
  let bestN = 0;
  let others = 0;
  // Insertion order decides ties, as the types were first seen in the document.
  for (const t in c) {
    const n = t === ownType ? c[t] - 1 : c[t];
    others += n;
    if (n > bestN) {
      best = t;
      bestN = n;
    }
  }
  if (others === 0) return 1;
  const share = bestN === others ? 0 : bestN * 2 > others ? 1 : 2;
  // Any other occurrence named as an entity, whatever the majority says.
  let any = 0;
  TYPES.forEach((t, k) => {
    if ((c[t] ?? 0) - (t === ownType ? 1 : 0) > 0) any |= 1 << k;
  });
  return 2 + ((ALL_TYPES.indexOf(best) * 3 + share) * 5 + ALL_TYPES.indexOf(ownType)) * 16 + any;
}

function majorityInto(key: number, sink: FeatureSink): void {
  if (key === 0) return;
  if (key === 1) {
    sink.add('dm=none');
    return;
  }
  const k = key - 2;
  const any = k % 16;
  const ownType = ALL_TYPES[Math.floor(k / 16) % 5];
  const share = SHARES[Math.floor(k / 80) % 3];
  const best = ALL_TYPES[Math.floor(k / 240)];
  sink.add('dm=', best);
  sink.add('dms=', best, '|', share);
  sink.add('dmo=', best, '|', ownType);
  TYPES.forEach((t, b) => {
    if (any & (1 << b)) sink.add('dany=', t);
  });
}

/**
 * Second-pass features of one sentence, into `sink`: the first-pass label of each token and of its
 * neighbours, and the types the first pass gave the other occurrences of the same word
 * (case-folded) in the document.
 */
export function secondPassInto(s: NerSentence, first: readonly string[], counts: Map<string, TypeCounts>, sink: FeatureSink): void {
  s.words.forEach((_, i) => {
    firstLabelsInto(firstLabelsKey(first, i), sink);
    majorityInto(majorityKey(s.lexemes[i], first[i], counts), sink);
    sink.endToken();
  });
}

/** Second-pass feature strings per sentence and token (tests and debugging). */
export function secondPassFeatures(doc: NerDocument, first: readonly string[][]): string[][][] {
  const counts = firstPassCounts(doc, first);
  return doc.sentences.map((s, si) => {
    const sink = new StringSink();
    secondPassInto(s, first[si], counts, sink);
    return sink.tokens;
  });
}

export interface NerModels {
  first: NerScorer;
  second: NerScorer;
}

function names(classes: readonly string[], idx: Uint8Array, len: number): string[] {
  const out = new Array<string>(len);
  for (let i = 0; i < len; i++) out[i] = classes[idx[i]];
  return out;
}

/** The group caches of a pair of models: kept across documents for shipped (frozen) models. */
interface Caches {
  second: NerScorer;
  word: GroupCache<string>;
  wordCaps: GroupCache<string>;
  shape: GroupCache<string>;
  pos: GroupCache<string>;
  /** Per normWord: the features a word gives as each neighbour (NEIGHBOURS), for both models. */
  neighbours: GroupCache<string>;
  firstLabels: GroupCache<number>;
  majority: GroupCache<number>;
  /** Per word form: the label-word features after an 'O', the same features for both models. */
  afterO: GroupCache<string>;
  /** The pair's joint table (shipped models): the rest features probed once for both. */
  joint: JointScorer | null;
  /** Scratch: one token's joint sums, both models' classes. */
  jointSums: Sums;
  /** The two passes' decoders: their label-history scores are kept from document to document. */
  d1: Decoder;
  d2: Decoder;
  /** The rest features of a sentence, hashed for each model (one sink when they hash alike). */
  rest1: HashSink;
  rest2: HashSink;
}
const shipped = new WeakMap<NerScorer, Caches>();

function cachesOf(models: NerModels): Caches {
  const { first: m1, second: m2 } = models;
  const hit = shipped.get(m1);
  if (hit && hit.second === m2) return hit;
  const both = [m1, m2];
  const afterOCache = new GroupCache<string>(both, afterO);
  const rest1 = new HashSink((1 << m1.bits) - 1);
  const c: Caches = {
    second: m2,
    word: new GroupCache<string>(both, (w, sink) => wordFeaturesInto(w, false, sink)),
    wordCaps: new GroupCache<string>(both, (w, sink) => wordFeaturesInto(w, true, sink)),
    shape: new GroupCache(both, shapeFeaturesInto),
    neighbours: new GroupCache<string>(both, (lw, sink, role) => sink.add(NEIGHBOURS[role], lw), 4, true),
    pos: new GroupCache(both, posFeaturesInto),
    afterO: afterOCache,
    firstLabels: new GroupCache([m2], firstLabelsInto),
    majority: new GroupCache([m2], majorityInto),
    joint: FrozenPerceptron.joint(both),
    jointSums: m1.newSums(m1.classes.length + m2.classes.length),
    d1: new Decoder(m1, afterOCache),
    d2: new Decoder(m2, afterOCache, m1.classes.length),
    rest1,
    // Both passes are trained with the same number of hash bits, so the features hash alike.
    rest2: m1.bits === m2.bits ? rest1 : new HashSink((1 << m2.bits) - 1),
  };
  // Only frozen weights may be cached across calls (a model in training changes under us).
  if (m1 instanceof FrozenPerceptron && m2 instanceof FrozenPerceptron) shipped.set(m1, c);
  return c;
}

/** The label-word features of a word form after an 'O'. */
function afterO(w: string, sink: FeatureSink): void {
  labelWordInto('O', normWord(w), wordShape(w), sink);
}

/** Adds the cache's row at `off` (see get): the first model's part to base1, the second's to base2. */
function addRow(cache: GroupCache<string>, off: number, base1: Sums, at1: number, n1: number, base2: Sums, at2: number, n2: number): void {
  const v = cache.rows.chunk(off);
  const at = off & IN_CHUNK;
  for (let c = 0; c < n1; c++) base1[at1 + c] += v[at + c];
  for (let c = 0; c < n2; c++) base2[at2 + c] += v[at + n1 + c];
}

/** Scratch of staticSums: each word's neighbour rows (every slot it reads is written first). */
let neighbourOffs = new Int32Array(256);

/** Static sums of sentence si for the first model (`base1`) and the second (`base2`), classes per token. */
function staticSums(m1: NerScorer, m2: NerScorer, caches: Caches, rest1: HashSink, rest2: HashSink, doc: NerDocument, si: number, base1: Sums, base2: Sums): void {
  const n1 = m1.classes.length;
  const n2 = m2.classes.length;
  const s = doc.sentences[si];
  const view = sentenceView(s);
  const len = s.words.length;
  base1.fill(0, 0, len * n1);
  const words = s.allCaps ? caches.wordCaps : caches.word;
  rest1.reset();
  if (rest2 !== rest1) rest2.reset();
  // Each word's neighbour rows, looked up once per token (not once per neighbour it is).
  const nb = caches.neighbours;
  nb.trim();
  if (neighbourOffs.length < len + 4) neighbourOffs = new Int32Array((len + 4) * 2);
  const offs = neighbourOffs;
  offs[0] = nb.get(neighbour(view, 0, 1)); // two before the first word
  offs[1] = nb.get(neighbour(view, 0, 0));
  for (let j = 0; j < len; j++) offs[j + 2] = nb.rowFor(s.lexemes[j], LexemeRow.Neighbour, view.lower[j]);
  offs[len + 2] = nb.get(neighbour(view, len - 1, 2));
  offs[len + 3] = nb.get(neighbour(view, len - 1, 3));
  const W = nb.width;
  for (let i = 0; i < len; i++) {
    const a1 = i * n1;
    const a2 = i * n2;
    addRow(words, words.rowFor(s.lexemes[i], s.allCaps ? LexemeRow.WordCaps : LexemeRow.Word, s.words[i]), base1, a1, n1, base2, a2, n2);
    addRow(caches.shape, caches.shape.get(shapeKey(view, doc.doc, i)), base1, a1, n1, base2, a2, n2);
    addRow(caches.pos, caches.pos.get(posKey(view, i)), base1, a1, n1, base2, a2, n2);
    // Roles: 1 before (word i - 1), 2 before (i - 2), 1 after (i + 1), 2 after (i + 2).
    for (let k = 0; k < 4; k++) {
      const j = k === 0 ? i - 1 : k === 1 ? i - 2 : k === 2 ? i + 1 : i + 2;
      const off = offs[j < -1 ? 0 : j === -1 ? 1 : j === len ? len + 2 : j > len ? len + 3 : j + 2];
      const slab = nb.rows.chunk(off);
      const at = (off & IN_CHUNK) + k * W;
      for (let c = 0; c < n1; c++) base1[a1 + c] += slab[at + c];
      for (let c = 0; c < n2; c++) base2[a2 + c] += slab[at + n1 + c];
    }
    restFeaturesInto(view, i, rest1);
    rest1.endToken();
    if (caches.joint) {
      // One probe per feature for both models (rest2 is rest1: a joint table has one hashing).
      const j = caches.jointSums;
      j.fill(0);
      caches.joint.addInto(rest1.buckets, rest1.starts[i], rest1.starts[i + 1], j);
      for (let c = 0; c < n1; c++) base1[a1 + c] += j[c];
      for (let c = 0; c < n2; c++) base2[a2 + c] += j[n1 + c];
      continue;
    }
    m1.addInto(rest1.buckets, rest1.starts[i], rest1.starts[i + 1], base1, a1);
    if (rest2 !== rest1) {
      restFeaturesInto(view, i, rest2);
      rest2.endToken();
    }
    m2.addInto(rest2.buckets, rest2.starts[i], rest2.starts[i + 1], base2, a2);
  }
}

/** First-pass labels of a document. */
export function firstPassLabels(model: NerScorer, doc: NerDocument): string[][] {
  const d = new Decoder(model);
  const sink = new HashSink((1 << model.bits) - 1);
  return doc.sentences.map((s, si) => names(model.classes, d.decode(s, sentenceFeatures(doc, si, sink), new Uint8Array(s.words.length)), s.words.length));
}

/**
 * Both passes over a prepared document: one label per token. Each sentence's static features are
 * scored once, in the first pass, by both models (group caches, the rest hashed per sentence and
 * dropped): the second pass keeps only their sums (classes per token), to which it adds its own
 * features' scores (first-pass labels, document majority) before decoding. Only these sums, the
 * labels and the document context (word facts, first-pass type counts) span the document.
 */
export function tagDocument(models: NerModels, doc: NerDocument): string[][] {
  const { first: m1, second: m2 } = models;
  const caches = cachesOf(models);
  const { d1, d2, rest1, rest2 } = caches;
  const n1 = m1.classes.length;
  const n2 = m2.classes.length;
  const first: string[][] = [];
  // The second pass's sums of every sentence, one array for the document (sentence si's at offsets[si]).
  const offsets = new Int32Array(doc.sentences.length + 1);
  doc.sentences.forEach((s, si) => (offsets[si + 1] = offsets[si] + s.words.length * n2));
  const all2 = m2.newSums(offsets[doc.sentences.length]);
  let base1 = m1.newSums(256 * n1);
  let out = new Uint8Array(256);
  doc.sentences.forEach((s, si) => {
    const len = s.words.length;
    if (base1.length < len * n1) base1 = m1.newSums(len * n1 * 2);
    if (out.length < len) out = new Uint8Array(len * 2);
    staticSums(m1, m2, caches, rest1, rest2, doc, si, base1, all2.subarray(offsets[si], offsets[si + 1]));
    first.push(names(m1.classes, d1.decode(s, null, out, base1), len));
  });
  const counts = firstPassCounts(doc, first);
  return doc.sentences.map((s, si) => {
    const len = s.words.length;
    const sums2 = all2.subarray(offsets[si], offsets[si + 1]);
    const labels = first[si];
    for (let i = 0; i < len; i++) {
      const a = caches.firstLabels.get(firstLabelsKey(labels, i));
      const b = caches.majority.get(majorityKey(s.lexemes[i], labels[i], counts));
      const va = caches.firstLabels.rows.chunk(a);
      const vb = caches.majority.rows.chunk(b);
      const at = a & IN_CHUNK;
      const bt = b & IN_CHUNK;
      for (let c = 0; c < n2; c++) sums2[i * n2 + c] += va[at + c] + vb[bt + c];
    }
    d2.decode(s, null, out, sums2);
    return names(m2.classes, out, len);
  });
}

/** Token index ranges [start, end) and types of the entities a BIO or BILOU label sequence marks. */
export function spansOf(labels: readonly string[]): { start: number; end: number; type: NerType }[] {
  const out: { start: number; end: number; type: NerType }[] = [];
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === 'O') continue;
    const type = labels[i].slice(2) as NerType;
    let j = i + 1;
    if (!labels[i].startsWith('U-') && !labels[i].startsWith('L-')) {
      while (j < labels.length && labels[j].slice(2) === type && (labels[j].startsWith('I-') || labels[j].startsWith('L-'))) {
        j++;
        if (labels[j - 1].startsWith('L-')) break;
      }
    }
    out.push({ start: i, end: j, type });
    i = j - 1;
  }
  return out;
}

let loaded: NerModels | null = null;

export function nerModels(): NerModels {
  if (!loaded) {
    const [first, second] = FrozenPerceptron.loadAll(modelFile(NER_MODEL));
    loaded = { first, second };
  }
  return loaded;
}
