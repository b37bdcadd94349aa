// Features of one token for the entity recogniser: the word and its case-folded form, shape,
// affixes, part-of-speech tags around it, window words, sentence casing (CoNLL headlines are all
// capitals) and what the rest of the document says about the same word. Each feature is written
// once, as a few string parts given to a FeatureSink: the HashSink (training and run time) hashes
// the parts in sequence into buckets without building the string; the StringSink joins them (tests,
// debugging). Both give the same buckets as hashing the joined string (tests/ner-features.test.ts).

import { FNV_START, hashMore } from '../model/perceptron.js';
import { mapPacked } from '../model/packed.js';
import { foldPunct, memo, normWord } from '../model/pos.js';
import { gazetteerInto, gazetteerWord, type GazetteerWord } from './features-gazetteer.js';

/** Receives the features of a sentence, token by token: a feature is the concatenation of its parts. */
export interface FeatureSink {
  add(a: string, b?: string, c?: string, d?: string, e?: string, f?: string): void;
  /** Closes the current token's features. */
  endToken(): void;
}

/**
 * Buckets of the features of one sentence, flat: token t's are buckets[starts[t], starts[t + 1]).
 * Reused from sentence to sentence (reset), so decoding allocates nothing per token.
 */
export class HashSink implements FeatureSink {
  buckets = new Int32Array(2048);
  starts = new Int32Array(129);
  length = 0;
  tokens = 0;
  constructor(readonly mask: number) {}

  reset(): void {
    this.length = 0;
    this.tokens = 0;
  }

  add(a: string, b?: string, c?: string, d?: string, e?: string, f?: string): void {
    let h = hashMore(FNV_START, a);
    if (b !== undefined) {
      h = hashMore(h, b);
      if (c !== undefined) {
        h = hashMore(h, c);
        if (d !== undefined) {
          h = hashMore(h, d);
          if (e !== undefined) {
            h = hashMore(h, e);
            if (f !== undefined) h = hashMore(h, f);
          }
        }
      }
    }
    if (this.length === this.buckets.length) {
      const grown = new Int32Array(this.buckets.length * 2);
      grown.set(this.buckets);
      this.buckets = grown;
    }
    this.buckets[this.length++] = h & this.mask;
  }

  endToken(): void {
    if (this.tokens + 2 > this.starts.length) {
      const grown = new Int32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[++this.tokens] = this.length;
  }

  /** A copy that outlives the next reset (training caches features over epochs). */
  freeze(): { buckets: Int32Array; starts: Int32Array } {
    return { buckets: this.buckets.slice(0, this.length), starts: this.starts.slice(0, this.tokens + 1) };
  }
}

/** The feature strings themselves, per token (tests and debugging). */
export class StringSink implements FeatureSink {
  readonly tokens: string[][] = [];
  private current: string[] = [];
  add(a: string, b = '', c = '', d = '', e = '', f = ''): void {
    this.current.push(a + b + c + d + e + f);
  }
  endToken(): void {
    this.tokens.push(this.current);
    this.current = [];
  }
}

/** Flat buckets of a sentence as a HashSink holds them (or its frozen copy). */
export interface FeatureRows {
  buckets: Int32Array;
  starts: Int32Array;
}

/** One sentence as the recogniser sees it. */
export interface NerSentence {
  /** The folded words: each the `form` of its lexeme, one string object per distinct form. */
  words: string[];
  lexemes: Lexeme[];
  /** Part-of-speech tags from the shared tagger. */
  tags: string[];
  /** The sentence has letters and none of them lower-case (a headline in capitals). */
  allCaps: boolean;
}

/** Facts about word forms gathered once over the whole document (linear in its length). */
export interface DocContext {
  /** Lower-cased forms seen written in lower case somewhere in the document. */
  lowerSeen: Set<string>;
  /** Lower-cased forms seen capitalised away from the start of a sentence in a mixed-case sentence. */
  capSeen: Set<string>;
}

/** The form the recogniser learns from: typographic quotes and dashes folded (the shared tagger's fold). */
export const foldWord: (w: string) => string = foldPunct;

/**
 * What the recogniser reads of a (folded) word form alone, made once per distinct form. Every
 * token of the form shares the lexeme and its strings, so the Maps and Sets keyed by them (group
 * caches, document context, first-pass counts) hash each string once, not once per token, and
 * compare keys by identity.
 */
export interface Lexeme {
  form: string;
  /** normWord(form). */
  norm: string;
  lower: string;
  /** wordShape(form), its short shape, and that one's key character (see keyOf). */
  shape: string;
  short: string;
  shortChar: number;
  /** The form has a letter. */
  letter: boolean;
  /** What the gazetteer says of the form. */
  gz: GazetteerWord;
  /**
   * Rows of the recogniser's group caches for this form, remembered so a token finds them without
   * a Map lookup: pairs of (offset, generation of the cache it is valid in); see GroupCache.rowFor.
   */
  rows: number[];
}

// Emptied when full, so memory stays bounded on any input; lexemes already handed out stay valid.
const lexemes = new Map<string, Lexeme>();
const LEXEME_LIMIT = 50_000;

export function lexemeOf(form: string): Lexeme {
  let x = lexemes.get(form);
  if (!x) {
    if (lexemes.size >= LEXEME_LIMIT) lexemes.clear();
    const shape = wordShape(form);
    const short = shortShape(shape);
    const lower = form.toLowerCase();
    x = { form, norm: normWord(form), lower, shape, short, shortChar: keyChar(short), letter: HAS_LETTER.test(form), gz: gazetteerWord(form, lower), rows: [-1, 0, -1, 0, -1, 0, -1, 0] };
    lexemes.set(form, x);
  }
  return x;
}

const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;
const CAPITALISED = /^\p{Lu}/u;

export function isAllCaps(words: readonly string[]): boolean {
  let letters = 0;
  for (const w of words) {
    if (HAS_LOWER.test(w)) return false;
    if (HAS_LETTER.test(w)) letters++;
  }
  return letters > 0;
}

export function buildDocContext(sentences: readonly NerSentence[]): DocContext {
  const lowerSeen = new Set<string>();
  const capSeen = new Set<string>();
  for (const s of sentences) {
    if (s.allCaps) continue;
    s.lexemes.forEach((x, i) => {
      if (!x.letter) return;
      const w = x.form;
      const first = w.charAt(0);
      if (first !== first.toUpperCase()) lowerSeen.add(x.lower);
      else if (i > 0 && CAPITALISED.test(w) && !isQuoteOpen(s.words[i - 1])) capSeen.add(x.lower);
    });
  }
  return { lowerSeen, capSeen };
}

function isQuoteOpen(w: string): boolean {
  return w === '"' || w === "'" || w === '(' || w === '--' || w === ':';
}

/**
 * Word shape: X upper, x lower, d digit, other characters kept; runs longer than two cut to two
 * ("Xxx" for any capitalised word of 3+ letters, "XX" for an acronym, "dd-dd"). One pass over the
 * characters, no regular expression: it runs on every token.
 */
export const wordShape: (w: string) => string = memo(wordShapeOf);

function wordShapeOf(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    const code = ch.charCodeAt(0);
    let c: string;
    if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : ch;
    else {
      const up = ch.toUpperCase();
      const low = ch.toLowerCase();
      c = up === low ? (/\p{N}/u.test(ch) ? 'd' : ch) : ch === up ? 'X' : 'x';
    }
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 2) out += c;
  }
  return out;
}

/** Short shape: runs of the same character class collapsed ("Xx", "X.X.", "d-d"); made once per lexeme. */
function shortShape(sh: string): string {
  let out = '';
  for (const c of sh) if (out.charAt(out.length - 1) !== c) out += c;
  return out;
}

/**
 * How the sentence is cased: A all capitals (CoNLL headlines), T most words capitalised (title
 * case headlines, results tables, name lists), N ordinary prose. Capitalisation means less in A and T.
 */
function casing(s: NerSentence, shapes: readonly string[]): string {
  if (s.allCaps) return 'A';
  let words = 0;
  let caps = 0;
  for (const sh of shapes) {
    const c = sh.charAt(0);
    if (c === 'X') caps++;
    if (c === 'X' || c === 'x') words++;
  }
  return words >= 4 && caps * 4 >= words * 3 ? 'T' : 'N';
}

const JOINERS = new Set(['of', 'de', 'and', '&', 'for', 'the', 'del', 'van', 'von', 'la']);

// Small numbers as strings without allocating ('runlen=' features).
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Per-token features that do not depend on predicted labels (strings: tests and debugging). */
export function staticFeatures(s: NerSentence, doc: DocContext): string[][] {
  const sink = new StringSink();
  staticFeaturesInto(s, doc, sink);
  return sink.tokens;
}

/**
 * The features of a word form alone (its spelling, shape, affixes, and whether the sentence is in
 * capitals): the same wherever the word occurs, so run time scores them once per word form
 * (tagDocument's word cache) instead of once per token.
 */
export function wordFeaturesInto(w: string, allCaps: boolean, sink: FeatureSink): void {
  const lw = normWord(w);
  sink.add('b');
  sink.add('lw=', lw);
  sink.add('sh=', wordShape(w));
  // Exact spelling says more than the folded form, except in headlines in capitals.
  if (!allCaps) sink.add('w=', w);
  for (let k = 1; k <= 4 && k <= lw.length; k++) {
    sink.add(PREFIX[k], lw.slice(0, k));
    sink.add(SUFFIX[k], lw.slice(-k));
  }
}

/** What the feature groups of a sentence's tokens read, computed once per sentence. */
export interface SentenceView {
  s: NerSentence;
  /** normWord of each word. */
  lower: string[];
  shorts: string[];
  /** Key characters (see keyOf) of each word's short shape and POS tag: -1 once ids ran out. */
  shortIds: Int32Array;
  tagIds: Int32Array;
  /** Sentence casing: A, T or N (see casing), and its key character. */
  ac: string;
  acChar: number;
  runStart: Int32Array;
  runEnd: Int32Array;
  gz: (i: number, sink: FeatureSink) => void;
}

export function sentenceView(s: NerSentence): SentenceView {
  const n = s.words.length;
  const lx = s.lexemes;
  const lower = mapPacked(lx, (x) => x.norm);
  const shapes = mapPacked(lx, (x) => x.shape);
  const shorts = mapPacked(lx, (x) => x.short);
  const ac = casing(s, shapes);
  // Runs of capitalised words (joined by "of", "de", "&"), outside headlines in capitals.
  const runStart = new Int32Array(n);
  const runEnd = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    runStart[i] = runEnd[i] = i;
  }
  if (ac !== 'A') {
    for (let i = 0; i < n; ) {
      if (shapes[i].charAt(0) !== 'X') {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < n && (shapes[j + 1].charAt(0) === 'X' || (JOINERS.has(lower[j + 1]) && j + 2 < n && shapes[j + 2].charAt(0) === 'X'))) j++;
      for (let k = i; k <= j; k++) {
        runStart[k] = i;
        runEnd[k] = j;
      }
      i = j + 1;
    }
  }
  const shortIds = new Int32Array(n);
  const tagIds = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    shortIds[i] = lx[i].shortChar;
    tagIds[i] = keyChar(s.tags[i]);
  }
  return { s, lower, shorts, shortIds, tagIds, ac, acChar: keyChar(ac), runStart, runEnd, gz: gazetteerInto(s.words, mapPacked(lx, (x) => x.lower), mapPacked(lx, (x) => x.gz)) };
}

/**
 * The static features of a token come in groups, each a pure function of a small key, so run time
 * scores a group once per distinct key (tagDocument's caches) instead of once per token; only the
 * rest (word pairs, capitalised runs, gazetteer) is scored per token. The groups:
 * word (wordFeaturesInto, key: the word and allCaps), neighbour (the normWord of the word 1 or 2
 * before or after), shape (shapeKey), pos (posKey), rest (restFeaturesInto).
 */
export const NEIGHBOURS = ['w-1=', 'w-2=', 'w+1=', 'w+2='] as const;

/** The normWord of the neighbour `k` (0: 1 before, 1: 2 before, 2: 1 after, 3: 2 after) of token i. */
export function neighbour(v: SentenceView, i: number, k: number): string {
  const j = k === 0 ? i - 1 : k === 1 ? i - 2 : k === 2 ? i + 1 : i + 2;
  return j < 0 ? '<s>' : j >= v.lower.length ? '</s>' : v.lower[j];
}

// The parts of shape and POS keys (short shapes, tags, casing codes) as one character each, so a
// key is a short flat string (cheap to hash) rather than a concatenation. Parts are few (a few
// hundred shapes in any news text); past the cap, keys spell the parts out (LONG_KEY).
const partIds = new Map<string, number>();
const partNames: string[] = [];
const PART_BASE = 0x100;
const PART_CAP = 0xd000; // below the surrogate range
const LONG_KEY = '\u0000';
const SEP = '\u0001';

function part(x: string): number {
  let id = partIds.get(x);
  if (id === undefined) {
    if (partNames.length >= PART_CAP) return -1;
    id = partNames.length;
    partIds.set(x, id);
    partNames.push(x);
  }
  return id;
}

/** A key of parts: one character per part, or LONG_KEY and the parts joined when the ids ran out. */
function keyOf(parts: readonly string[]): string {
  let key = '';
  for (const x of parts) {
    const id = part(x);
    if (id < 0) return LONG_KEY + parts.join(SEP);
    key += String.fromCharCode(PART_BASE + id);
  }
  return key;
}

/** The key character of a part (see keyOf), or -1 when the ids ran out. */
function keyChar(x: string): number {
  const id = part(x);
  return id < 0 ? -1 : PART_BASE + id;
}

// The key characters of the parts every sentence uses, made once (the first ids: never -1).
const START_CHAR = keyChar('<s>');
const END_CHAR = keyChar('</s>');
const FIRST_CHAR = keyChar('F');
const INSIDE_CHAR = keyChar('');
const LENGTH_CHARS = DIGITS.slice(0, 7).map(keyChar);
const CASING_SEEN = ['00', '01', '10', '11'];
const CASING_SEEN_CHARS = CASING_SEEN.map(keyChar);

/** The parts of a key made by keyOf. */
function partsOf(key: string): string[] {
  if (key.charAt(0) === LONG_KEY) return key.slice(1).split(SEP);
  const out: string[] = [];
  for (let k = 0; k < key.length; k++) out.push(partNames[key.charCodeAt(k) - PART_BASE]);
  return out;
}

/**
 * Key of the shape group of token i: sentence casing, short shapes of the five-word window,
 * sentence start, sentence length, and what the document says of the word's casing.
 */
export function shapeKey(v: SentenceView, doc: DocContext, i: number): string {
  const { shorts, shortIds, ac } = v;
  const n = shorts.length;
  const x = v.s.lexemes[i];
  // A capitalised word the document also writes in lower case is likely a common word.
  // The short shape tells an acronym ("US") from a capitalised word ("Us"): "us" in lower case
  // says little about the acronym.
  let seen = -1;
  if (x.letter) seen = (doc.lowerSeen.has(x.lower) ? 2 : 0) + (doc.capSeen.has(x.lower) ? 1 : 0);
  const dl = seen < 0 ? '' : CASING_SEEN[seen];
  // The key characters of the window's short shapes were made once per sentence (sentenceView);
  // the key is built in one call, a flat string, not a concatenation.
  const c0 = v.acChar;
  const c1 = i > 1 ? shortIds[i - 2] : START_CHAR;
  const c2 = i > 0 ? shortIds[i - 1] : START_CHAR;
  const c3 = shortIds[i];
  const c4 = i + 1 < n ? shortIds[i + 1] : END_CHAR;
  const c5 = i + 2 < n ? shortIds[i + 2] : END_CHAR;
  const c6 = i === 0 ? FIRST_CHAR : INSIDE_CHAR;
  const c7 = LENGTH_CHARS[Math.min(n, 6)];
  const c8 = seen < 0 ? INSIDE_CHAR : CASING_SEEN_CHARS[seen];
  if ((c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8) < 0) {
    SHAPE_PARTS[0] = ac;
    SHAPE_PARTS[1] = i > 1 ? shorts[i - 2] : '<s>';
    SHAPE_PARTS[2] = i > 0 ? shorts[i - 1] : '<s>';
    SHAPE_PARTS[3] = shorts[i];
    SHAPE_PARTS[4] = i + 1 < n ? shorts[i + 1] : '</s>';
    SHAPE_PARTS[5] = i + 2 < n ? shorts[i + 2] : '</s>';
    SHAPE_PARTS[6] = i === 0 ? 'F' : '';
    SHAPE_PARTS[7] = DIGITS[Math.min(n, 6)];
    SHAPE_PARTS[8] = dl;
    return keyOf(SHAPE_PARTS);
  }
  return String.fromCharCode(c0, c1, c2, c3, c4, c5, c6, c7, c8);
}
const SHAPE_PARTS: string[] = new Array<string>(9).fill('');

/** The features of a shape key. */
export function shapeFeaturesInto(key: string, sink: FeatureSink): void {
  const [ac, sp2, sp1, short, sn1, sn2, first, len, dl] = partsOf(key);
  sink.add('ss=', ac, short);
  sink.add('sh-1=', sp1, '|', short);
  sink.add('sh+1=', short, '|', sn1);
  sink.add('sh-2=', sp2, '|', sp1, '|', short);
  sink.add('sh+2=', short, '|', sn1, '|', sn2);
  if (first) sink.add('first|', ac, short);
  sink.add('len=', len, ac);
  if (dl) sink.add('dl=', dl, short, ac, first);
}

/** Key of the POS group of token i: the tags before, at and after it. */
export function posKey(v: SentenceView, i: number): string {
  const t = v.tagIds;
  const c0 = i > 0 ? t[i - 1] : START_CHAR;
  const c1 = t[i];
  const c2 = i + 1 < t.length ? t[i + 1] : END_CHAR;
  if ((c0 | c1 | c2) < 0) {
    const tags = v.s.tags;
    return keyOf([i > 0 ? tags[i - 1] : '<s>', tags[i], i + 1 < tags.length ? tags[i + 1] : '</s>']);
  }
  return String.fromCharCode(c0, c1, c2);
}

export function posFeaturesInto(key: string, sink: FeatureSink): void {
  const [tp, tag, tn] = partsOf(key);
  sink.add('pos=', tag);
  sink.add('pos-1=', tp);
  sink.add('pos+1=', tn);
  sink.add('pos-1+1=', tp, '|', tag, '|', tn);
}

/** The static features of token i outside the cached groups: word pairs, capitalised runs, gazetteer. */
export function restFeaturesInto(v: SentenceView, i: number, sink: FeatureSink): void {
  const lw = v.lower[i];
  const p1 = neighbour(v, i, 0);
  const p2 = neighbour(v, i, 1);
  const n1 = neighbour(v, i, 2);
  const n2 = neighbour(v, i, 3);
  sink.add('w-1w=', p1, '|', lw);
  sink.add('ww+1=', lw, '|', n1);
  sink.add('w-2-1=', p2, '|', p1);
  sink.add('w+1+2=', n1, '|', n2);
  // The last word of the run of capitalised words this one belongs to names the kind of thing
  // ("Andy Warhol Foundation", "Kennedy Space Center"), and greedy decoding sees it at the first word.
  const { runStart, runEnd } = v;
  if (runEnd[i] > i) {
    sink.add('run=', v.lower[runEnd[i]]);
    sink.add('runlen=', DIGITS[Math.min(runEnd[i] - runStart[i] + 1, 4)], '|', String(i - runStart[i]));
  }
  v.gz(i, sink);
}

/** Per-token features that do not depend on predicted labels, into `sink`: every group, token by token. */
export function staticFeaturesInto(s: NerSentence, doc: DocContext, sink: FeatureSink): void {
  const v = sentenceView(s);
  for (let i = 0; i < s.words.length; i++) {
    wordFeaturesInto(s.words[i], s.allCaps, sink);
    for (let k = 0; k < 4; k++) sink.add(NEIGHBOURS[k], neighbour(v, i, k));
    shapeFeaturesInto(shapeKey(v, doc, i), sink);
    posFeaturesInto(posKey(v, i), sink);
    restFeaturesInto(v, i, sink);
    sink.endToken();
  }
}

const PREFIX = ['', 'p1=', 'p2=', 'p3=', 'p4='];
const SUFFIX = ['', 's1=', 's2=', 's3=', 's4='];

/** Features that depend on the labels already given to the previous tokens (greedy decoding). */
export function labelFeatures(prev: string, prev2: string, lw: string, sh: string): string[] {
  const sink = new StringSink();
  labelHistoryInto(prev, prev2, sink);
  labelWordInto(prev, lw, sh, sink);
  sink.endToken();
  return sink.tokens[0];
}

/** The label features of the history alone (the previous two labels; '<s>' before the first word). */
export function labelHistoryInto(prev: string, prev2: string, sink: FeatureSink): void {
  sink.add('t-1=', prev);
  sink.add('t-2=', prev, '|', prev2);
  // The first word is the one whose previous label is the sentence start.
  sink.add(prev === '<s>' ? 'i0' : 'i+');
}

/** The label features of the previous label with this word; `lw` and `sh` are its normWord and wordShape. */
export function labelWordInto(prev: string, lw: string, sh: string, sink: FeatureSink): void {
  sink.add('t-1w=', prev, '|lw=', lw);
  sink.add('t-1s=', prev, '|sh=', sh);
}
