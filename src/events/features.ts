// Features of the event classifiers: one token in its sentence, with POS tags, read the same way at
// training time (scripts/train-events.ts) and at run time (recognize.ts).
//
// Features are hashed straight from their parts (FNV-1a, the hash of the shared perceptron, so
// "w=" + word hashes as the string would) without building a string per feature. What depends on
// the word form alone (lemma, WordNet fields, suffixes) is computed once per distinct form and kept
// in a process-wide cache, with the hashes of the features that read only the word and its tag.

import { Interner } from '../model/interner.js';
import { mapPacked } from '../model/packed.js';
import { normWord, shape } from '../model/pos.js';
import { cueClassesOf } from './classes.js';
import { sensesOf } from './senses.js';

/** Per-word facts, computed once per distinct word form. */
export interface WordInfo {
  word: string;
  lower: string;
  /** Has a letter: a token without one is never an event. */
  letter: boolean;
  /** Starts with a capital letter. */
  capital: boolean;
  lemma: string;
  /** WordNet lemma (verb, else noun), or the crude lemma when WordNet knows neither. */
  base: string;
  verbFields: readonly string[];
  nounFields: readonly string[];
  /** Complements the verb's WordNet frames take: that, toinf, objinf, whether, ing. */
  frames: readonly string[];
  /** WordNet has an act/event sense of the noun derived from a verb ("invasion", "surrender"). */
  deverbal: boolean;
  /** TimeML classes the word usually takes when not an OCCURRENCE (data/events/class-cues.txt). */
  cues: readonly string[];
  /** Hashes of the features that read only the word form. */
  fixed: Int32Array;
  /** Hashes of the features that read the word form and its tag, by tag number (lazily). */
  byTag: (Int32Array | undefined)[];
  /** Scores of fixed + byTag[tag] under `scoredBy`, by tag number (run time only, lazily). */
  scored: (Float32Array | undefined)[];
  scoredBy: unknown;
}

export interface TaggedSentence {
  words: readonly string[];
  lower: readonly string[];
  tags: readonly string[];
  info: readonly WordInfo[];
  /** Tag numbers (tagNumber), parallel to tags. */
  tagIds: Int32Array;
}

export function taggedSentence(words: readonly string[], tags: readonly string[]): TaggedSentence {
  const info = mapPacked(words, infoOf);
  const tagIds = new Int32Array(tags.length);
  for (let i = 0; i < tags.length; i++) tagIds[i] = tagNumber(tags[i]);
  return { words, lower: mapPacked(info, (x) => x.lower), tags, info, tagIds };
}

// Tags that an event trigger can carry: verbs, common nouns, adjectives and adverbs. Of the
// 11,127 TBAQ events, 66 fall on other tags (mostly proper nouns and prepositions tagged by
// mistake); skipping those tokens leaves out more than half of all tokens.
const CANDIDATE_TAGS = new Set(['NN', 'NNS', 'JJ', 'JJR', 'RB', 'RBR', 'VB', 'VBD', 'VBG', 'VBN', 'VBP', 'VBZ']);

/** Can token i be an event at all? Tokens that cannot are labelled O without scoring. */
export function isCandidate(s: TaggedSentence, i: number): boolean {
  return s.info[i].letter && CANDIDATE_TAGS.has(s.tags[i]);
}

// --- tags as small numbers ---------------------------------------------------------------------

const tagNumbers = new Interner();

export function tagNumber(tag: string): number {
  return tagNumbers.id(tag);
}

// --- hashing -----------------------------------------------------------------------------------

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const BAR = 124; // '|'

/** FNV-1a state after `s`, continuing from h (hashFeature(a + b) === add(add(OFFSET, a), b) >>> 0). */
function add(h: number, s: string): number {
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h;
}

function bar(h: number): number {
  return Math.imul(h ^ BAR, FNV_PRIME);
}

const prefix = (p: string): number => add(FNV_OFFSET, p);
const f1 = (p: number, a: string): number => add(p, a);
const f2 = (p: number, a: string, b: string): number => add(bar(add(p, a)), b);
const f3 = (p: number, a: string, b: string, c: string): number => add(bar(add(bar(add(p, a)), b)), c);
const f4 = (p: number, a: string, b: string, c: string, d: string): number => add(bar(f3(p, a, b, c)), d);

/** Collects feature hashes without allocating per feature. */
export class FeatureBuffer {
  hashes = new Int32Array(96);
  length = 0;

  push(h: number): void {
    if (this.length === this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[this.length++] = h;
  }

  /** The hashes as perceptron buckets (masked to the model's 2^bits), in a new array. */
  buckets(bits: number): Int32Array {
    const mask = (1 << bits) - 1;
    const out = new Int32Array(this.length);
    for (let k = 0; k < this.length; k++) out[k] = this.hashes[k] & mask;
    return out;
  }
}

// --- per-word facts ----------------------------------------------------------------------------

// Crude lemma by suffix stripping: "promised"/"promises"/"promising" → "promis", so an inflection
// unseen in training shares weights with the seen ones. Nominal suffixes are stripped separately
// (stem below) so "invasion" meets "invade" only through the stem feature.
export function lemmaOf(w: string): string {
  if (w.length <= 4) return w;
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.endsWith('ing') && w.length > 5) return undouble(w.slice(0, -3));
  if (w.endsWith('ed')) return undouble(w.slice(0, -2).replace(/e$/, ''));
  if (w.endsWith('es') && /(ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1).replace(/e$/, '');
  return w.replace(/e$/, '');
}

function undouble(s: string): string {
  return /([bdgklmnprt])\1$/.test(s) ? s.slice(0, -1) : s.replace(/e$/, '');
}

const NOMINAL = /(?:ations?|itions?|tions?|sions?|ments?|ances?|ences?|als?|ures?|ings?|als?)$/;

/** Stem shared by a verb and its nominalisation ("invade"/"invasion" → "inva", "agree"/"agreement"). */
export function stemOf(w: string): string {
  const s = w.replace(NOMINAL, '');
  return (s.length >= 3 ? s : w).slice(0, 5);
}

const P = {
  b: prefix('b'),
  w: prefix('w='),
  l: prefix('l='),
  st: prefix('st='),
  s3: prefix('s3='),
  s4: prefix('s4='),
  sh: prefix('sh='),
  wl: prefix('wl='),
  t: prefix('t='),
  lt: prefix('lt='),
  wf: prefix('wf='),
  wv: prefix('wv='),
  wn: prefix('wn='),
  wff: prefix('wff='),
  t1: prefix('t1='),
  tn1: prefix('t+1='),
  tt: prefix('tt='),
  w1: prefix('w-1='),
  w2: prefix('w-2='),
  n1: prefix('w+1='),
  n2: prefix('w+2='),
  w1l: prefix('w-1l='),
  ln1: prefix('lw+1='),
  aux: prefix('aux='),
  auxw: prefix('auxw='),
  cap: prefix('cap='),
  wfa: prefix('wfa='),
  dv: prefix('dv='),
  cx: prefix('cx='),
  lcx: prefix('lcx='),
  np: prefix('np='),
  fr: prefix('fr='),
  cue: prefix('cue='),
  nom: prefix('nom='),
  cuecx: prefix('cuecx='),
  frcx: prefix('frcx='),
  p: prefix('p='),
  pt: prefix('pt='),
} as const;

// Per-word facts are the costly part of the features (regexes, WordNet look-ups) and words
// repeat: computed once per distinct word form. Bounded so a long run cannot grow it without end.
const WORD_CACHE_LIMIT = 100_000;
const wordCache = new Map<string, WordInfo>();

export function infoOf(word: string): WordInfo {
  let info = wordCache.get(word);
  if (info) return info;
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  const lower = normWord(word);
  const sense = sensesOf(lower);
  const lemma = lemmaOf(lower);
  // Typed arrays filled in place, not built from arrays: Int32Array.from and spreads go through the
  // iterator protocol, which costs most in the not yet optimised code that fills this cache.
  const fixed = new Int32Array(8);
  fixed[0] = P.b;
  fixed[1] = f1(P.w, lower);
  fixed[2] = f1(P.l, lemma);
  fixed[3] = f1(P.st, stemOf(lower));
  fixed[4] = f1(P.s3, lower.slice(-3));
  fixed[5] = f1(P.s4, lower.slice(-4));
  fixed[6] = f1(P.sh, shape(word).slice(0, 4));
  fixed[7] = f1(P.wl, sense.lemma);
  info = {
    word,
    lower,
    letter: /\p{L}/u.test(word),
    capital: /^\p{Lu}/u.test(word),
    lemma,
    base: sense.lemma || lemma,
    verbFields: sense.verb ? sense.verb.split(',') : [],
    nounFields: sense.noun ? sense.noun.split(',') : [],
    frames: sense.frames ? sense.frames.split(',') : [],
    cues: cueClassesOf(lower, sense.lemma, lemma),
    deverbal: sense.deverbal,
    fixed,
    byTag: [],
    scored: [],
    scoredBy: null,
  };
  wordCache.set(word, info);
  return info;
}

/** Hashes of the features of a word with its tag (fixed ones included), cached on the word. */
export function wordTagHashes(info: WordInfo, tag: string, tagId: number): Int32Array {
  let h = info.byTag[tagId];
  if (h) return h;
  const t2 = tag.slice(0, 2);
  const fields = tag.startsWith('V') ? info.verbFields : tag.startsWith('N') ? info.nounFields : [];
  const first = fields[0] ?? '';
  const { fixed, frames, cues } = info;
  h = new Int32Array(fixed.length + 6 + fields.length + frames.length + cues.length);
  h.set(fixed);
  let k = fixed.length;
  h[k++] = f1(P.t, tag);
  h[k++] = f2(P.lt, info.lemma, t2);
  h[k++] = f2(P.wf, first, t2);
  h[k++] = f2(P.wv, info.verbFields[0] ?? '', t2);
  h[k++] = f2(P.wn, (info.nounFields.length ? '1' : '0') + (info.verbFields.length ? '1' : '0'), t2);
  // Every field of the first senses, so "surrender" (feeling, communication, act) shares weights
  // with other nouns that can name an act.
  for (let j = 0; j < fields.length; j++) h[k++] = f2(P.wff, fields[j], t2);
  for (let j = 0; j < frames.length; j++) h[k++] = f2(P.fr, frames[j], t2);
  for (let j = 0; j < cues.length; j++) h[k++] = f2(P.cue, cues[j], t2);
  h[k++] = f2(P.nom, info.deverbal ? 'dev' : '-', t2);
  info.byTag[tagId] = h;
  return h;
}

// --- context -----------------------------------------------------------------------------------

// Words that carry tense, aspect or mood for the verb after them; their presence before a token
// says it is a verb in a verbal group (an event) rather than a noun.
const AUX_CLASS = new Map<string, string>();
for (const w of "be is are was were been being am 's 're 'm".split(' ')) AUX_CLASS.set(w, 'be');
for (const w of "have has had having 've 'd".split(' ')) AUX_CLASS.set(w, 'have');
for (const w of 'do does did'.split(' ')) AUX_CLASS.set(w, 'do');
for (const w of 'get got'.split(' ')) AUX_CLASS.set(w, 'get');
for (const w of "will would shall should may might can could must 'll".split(' ')) AUX_CLASS.set(w, 'modal');
AUX_CLASS.set('to', 'to');

/** Nearest auxiliary before token i, skipping adverbs and negation; -1 when none. */
function auxBefore(s: TaggedSentence, i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (AUX_CLASS.has(s.lower[k])) return k;
    if (!(s.tags[k] === 'RB' || s.lower[k] === "n't")) return -1;
  }
  return -1;
}

const CLAUSE_WORDS = new Set(['that', 'whether', 'if']);
const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
const OBJECT_TAGS = new Set(['DT', 'PRP', 'PRP$', 'NN', 'NNS', 'NNP', 'NNPS', 'JJ', 'CD', 'POS']);
const PUNCT_NEXT = new Set([',', ':', ';', '"', "''", '``', '.', '(', ')', '-', '--']);

/**
 * What follows token i, as the complement types that tell reporting, intensional and aspectual
 * events apart: "to"-infinitive ("agreed to pay"), an object then "to" ("urged them to pay"),
 * a "that"/"whether" clause, a bare clause ("said he would"), a gerund ("stopped paying"), "of",
 * other prepositions, punctuation, a plain object.
 */
export function complementOf(s: TaggedSentence, i: number): string {
  let k = i + 1;
  const n = s.tags.length;
  while (k < n && k <= i + 2 && (s.tags[k] === 'RB' || s.tags[k] === 'RP')) k++;
  if (k >= n) return 'end';
  const w = s.lower[k];
  const t = s.tags[k];
  if (w === 'to') return k + 1 < n && (s.tags[k + 1] === 'VB' || (s.tags[k + 1] === 'RB' && s.tags[k + 2] === 'VB')) ? 'to-vb' : 'to';
  if (CLAUSE_WORDS.has(w)) return 'that';
  if (t === 'VBG') return 'ing';
  if (PUNCT_NEXT.has(w)) return w === '.' ? 'end' : 'punct';
  if (t === 'IN') return w === 'of' || w === 'for' || w === 'about' || w === 'on' || w === 'against' || w === 'by' || w === 'with' ? w : 'in';
  if (OBJECT_TAGS.has(t)) {
    for (let j = k; j < n && j <= k + 5; j++) {
      const tj = s.tags[j];
      if (s.lower[j] === 'to' && s.tags[j + 1] === 'VB') return 'obj-to';
      if (j > k && FINITE.has(tj)) return t === 'DT' && j === k + 1 ? 'np' : 'clause';
      if (!OBJECT_TAGS.has(tj)) break;
    }
    return 'np';
  }
  if (t.startsWith('VB')) return 'verb';
  return t;
}

/** The verb that governs token i through "to", a determiner or nothing ("began the attack"); -1 when none. */
export function governorOf(s: TaggedSentence, i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = s.tags[k];
    if (t.startsWith('VB')) return AUX_CLASS.has(s.lower[k]) ? -1 : k;
    if (!(s.lower[k] === 'to' || t === 'RB' || t === 'DT' || t === 'PRP$' || t === 'JJ' || t === 'TO')) return -1;
  }
  return -1;
}

const EDGE_BEFORE = '<s>';
const EDGE_AFTER = '</s>';

/**
 * Features of token i that read its neighbours (not the previous decision); always the same number
 * of them, so the run-time scorer reuses one bucket array.
 */
export function contextFeatures(s: TaggedSentence, i: number, out: FeatureBuffer): void {
  const n = s.tags.length;
  const info = s.info[i];
  const t = s.tags[i];
  const t2 = t.slice(0, 2);
  const lemma = info.lemma;
  const w1 = i > 0 ? s.lower[i - 1] : EDGE_BEFORE;
  const w2 = i > 1 ? s.lower[i - 2] : EDGE_BEFORE;
  const n1 = i + 1 < n ? s.lower[i + 1] : EDGE_AFTER;
  const n2 = i + 2 < n ? s.lower[i + 2] : EDGE_AFTER;
  const t1 = i > 0 ? s.tags[i - 1] : EDGE_BEFORE;
  const tn1 = i + 1 < n ? s.tags[i + 1] : EDGE_AFTER;
  const a = auxBefore(s, i);
  const aux = a >= 0 ? s.lower[a] : '';
  const auxClass = a >= 0 ? AUX_CLASS.get(aux)! : '-';
  const fields = t.startsWith('V') ? info.verbFields : t.startsWith('N') ? info.nounFields : [];
  const field = fields[0] ?? '';
  const poss = t1 === 'POS' || t1 === 'PRP$' ? 'poss' : t1 === 'DT' ? 'det' : '-';
  const cx = complementOf(s, i);
  out.push(f1(P.t1, t1));
  out.push(f1(P.tn1, tn1));
  out.push(f3(P.tt, t1, t, tn1));
  out.push(f1(P.w1, w1));
  out.push(f1(P.w2, w2));
  out.push(f1(P.n1, n1));
  out.push(f1(P.n2, n2));
  out.push(f2(P.w1l, w1, lemma));
  out.push(f2(P.ln1, lemma, n1));
  out.push(f2(P.aux, auxClass, t));
  out.push(f2(P.auxw, aux, lemma));
  out.push(f1(P.cap, (info.capital && i > 0 ? 'C' : 'l') + t));
  out.push(f2(P.wfa, field, auxClass));
  // A noun that is also a verb, before "of"/"to"/"by", usually names the act ("surrender to").
  out.push(f4(P.dv, info.verbFields.length ? 'V' : '-', t2, n1, poss === 'poss' ? 'poss' : '-'));
  out.push(f2(P.cx, cx, t2));
  out.push(f3(P.lcx, lemma, t2, cx));
  // A noun with a possessor or determiner before it and a complement after it, by whether WordNet
  // has an act/event sense for it: "Germany's surrender to", "the invasion of", "their visit to".
  out.push(f3(P.np, poss, cx, t2 === 'NN' ? eventNoun(info) : '-'));
  out.push(f2(P.frcx, frameMatch(info, cx), t2));
  out.push(f2(P.cuecx, info.cues[0] ?? '-', cx));
}

// Which WordNet frame a complement type fills ("agreed to pay": toinf).
const FRAME_OF: Record<string, string> = { 'to-vb': 'toinf', 'obj-to': 'objinf', that: 'that', clause: 'that', ing: 'ing' };

/** Does the complement after a verb fill one of its WordNet frames? "+toinf", "-toinf", or "." */
export function frameMatch(info: WordInfo, cx: string): string {
  const frame = FRAME_OF[cx];
  if (!frame) return info.frames.length ? 'x' : '.';
  if (info.frames.includes(frame)) return '+' + frame;
  // "whether" fills a that-frame's slot too.
  return (cx === 'that' && info.frames.includes('whether') ? '+' : '-') + frame;
}

const EVENT_NOUN_FIELDS = new Set(['act', 'event', 'process', 'phenomenon']);

function eventNoun(info: WordInfo): string {
  if (info.deverbal) return 'dev';
  for (const f of info.nounFields) if (EVENT_NOUN_FIELDS.has(f)) return info.verbFields.length ? 'actV' : 'act';
  return info.verbFields.length ? 'V' : '-';
}

/** Features that read the label chosen for the previous token. */
export function historyFeatures(s: TaggedSentence, i: number, prev: string, out: FeatureBuffer): void {
  out.push(f1(P.p, prev));
  out.push(f2(P.pt, prev, s.tags[i]));
}

// --- second stage: the class of a detected trigger ---------------------------------------------

const C = {
  b: prefix('c:b'),
  l: prefix('c:l='),
  w: prefix('c:w='),
  t: prefix('c:t='),
  vf: prefix('c:vf='),
  nf: prefix('c:nf='),
  cx: prefix('c:cx='),
  lcx: prefix('c:lcx='),
  fcx: prefix('c:fcx='),
  aux: prefix('c:aux='),
  gov: prefix('c:gov='),
  govf: prefix('c:govf='),
  w1: prefix('c:w-1='),
  n1: prefix('c:w+1='),
  t1: prefix('c:t-1='),
  tn1: prefix('c:t+1='),
  st: prefix('c:st='),
  s4: prefix('c:s4='),
  rep: prefix('c:rep='),
  fr: prefix('c:fr='),
  frcx: prefix('c:frcx='),
  lfr: prefix('c:lfr='),
  cue: prefix('c:cue='),
  cuecx: prefix('c:cuecx='),
  cuefr: prefix('c:cuefr='),
  lt: prefix('c:lt='),
} as const;

/**
 * Features for the class of trigger i (second stage): the lemma, WordNet lemma and fields, the
 * complement type after it and its pairs with lemma and field, the auxiliary before it, the verb
 * that governs it, and whether it sits where a speech verb does (", he said").
 */
export function classFeatures(s: TaggedSentence, i: number, out: FeatureBuffer): void {
  const n = s.tags.length;
  const info = s.info[i];
  const t = s.tags[i];
  const t2 = t.slice(0, 2);
  const cx = complementOf(s, i);
  const a = auxBefore(s, i);
  const g = governorOf(s, i);
  out.push(C.b);
  out.push(f1(C.l, info.base));
  out.push(f2(C.lt, info.base, t2));
  out.push(f1(C.w, info.lower));
  out.push(f1(C.t, t));
  out.push(f1(C.st, stemOf(info.lower)));
  out.push(f1(C.s4, info.lower.slice(-4)));
  for (const f of info.verbFields) out.push(f2(C.vf, f, t2));
  for (const f of info.nounFields) out.push(f2(C.nf, f, t2));
  for (const f of info.frames) out.push(f2(C.fr, f, t2));
  const fm = frameMatch(info, cx);
  out.push(f2(C.frcx, fm, t2));
  out.push(f2(C.lfr, info.base, fm));
  for (const c of info.cues) {
    out.push(f2(C.cue, c, t2));
    out.push(f2(C.cuecx, c, cx));
    out.push(f2(C.cuefr, c, fm));
  }
  if (!info.cues.length) out.push(f2(C.cuecx, '-', cx));
  out.push(f2(C.cx, cx, t2));
  out.push(f2(C.lcx, info.base, cx));
  out.push(f3(C.fcx, (t2 === 'NN' ? info.nounFields[0] : info.verbFields[0]) ?? '', t2, cx));
  out.push(f1(C.aux, a >= 0 ? AUX_CLASS.get(s.lower[a])! : '-'));
  out.push(f1(C.gov, g >= 0 ? s.info[g].base : '-'));
  out.push(f1(C.govf, g >= 0 ? (s.info[g].verbFields[0] ?? '') : '-'));
  out.push(f1(C.w1, i > 0 ? s.lower[i - 1] : EDGE_BEFORE));
  out.push(f1(C.n1, i + 1 < n ? s.lower[i + 1] : EDGE_AFTER));
  out.push(f1(C.t1, i > 0 ? s.tags[i - 1] : EDGE_BEFORE));
  out.push(f1(C.tn1, i + 1 < n ? s.tags[i + 1] : EDGE_AFTER));
  // Speech verbs after their quotation: `", he said` / `, officials said.`
  const before = i > 1 ? s.lower[i - 2] : EDGE_BEFORE;
  const subj = i > 0 && (s.tags[i - 1] === 'PRP' || s.tags[i - 1].startsWith('NN'));
  out.push(f2(C.rep, subj && PUNCT_NEXT.has(before) ? 'after-quote' : subj ? 'subj' : '-', cx));
}

/** The label set: O and the TimeML classes, in model order. */
export const LABELS = ['O', 'OCCURRENCE', 'REPORTING', 'STATE', 'I_ACTION', 'I_STATE', 'ASPECTUAL', 'PERCEPTION'] as const;
