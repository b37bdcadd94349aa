// WordNet semantic fields of verbs and event-like nouns (data/events/wordnet-senses.tsv), looked up
// through a small WordNet-style lemmatiser: the classifier learns from the field ("communication",
// "cognition", "act") what it cannot learn from a word unseen in training.

import fs from 'node:fs';
import { dataFile } from '../model/files.js';
import { isLongRun } from '../model/long-run.js';

/**
 * The table, looked up in the file text itself. Splitting the file's ~28,000 lines into maps took
 * ~45 ms of every cold `newsx events`, though an article looks up a few hundred words. The lines of
 * each kind form one block sorted by word in UTF-16 code unit order (scripts/train-events.ts writes
 * them so), so a word is found by binary search in its block, with nothing built at load. A batch
 * looks up thousands of words, where that costs more than hashing: after INDEX_AFTER look-ups
 * (a few articles) the lines are hashed once into an open-addressing table of line offsets (~10
 * ms, no strings made; it also checks the sort order the binary search relies on), at the first
 * look-up in a batch (isLongRun). Both ways find the same line.
 */
export interface SenseTable {
  /** Whether the table has a line of that kind (v: verb, n: noun, x: irregular form) for the word. */
  has(kind: Kind, word: string): boolean;
  /**
   * The columns after the word on that line, or null: a verb's fields ("communication,cognition")
   * and the complements its frames take ("that,toinf"); a noun's fields and "deverbal" when it names
   * the act of a verb ("invasion"); an irregular form's base ("went": "go").
   */
  fields(kind: Kind, word: string): string[] | null;
}

type Kind = 'v' | 'n' | 'x';
const KINDS: readonly Kind[] = ['v', 'n', 'x'];
/** A few articles' worth of look-ups (a word costs ~5-20 with its lemma candidates). */
const INDEX_AFTER = 8_000;

export function parseSenses(source: string): SenseTable {
  // Each kind's block runs from its first line to the first line of the block after it.
  const firstLine = (k: Kind): number => (source.startsWith(`${k}\t`) ? 0 : source.indexOf(`\n${k}\t`) + 1 || -1);
  const starts = KINDS.map(firstLine);
  const blocks = {} as Record<Kind, { lo: number; hi: number }>;
  KINDS.forEach((k, i) => {
    const lo = starts[i];
    const hi = lo < 0 ? -1 : Math.min(source.length, ...starts.filter((x) => x > lo));
    if (lo >= 0 && source.lastIndexOf(`\n${k}\t`) >= hi) throw new Error(`wordnet-senses.tsv: the '${k}' lines are not one block`);
    blocks[k] = { lo, hi };
  });

  let finds = 0;
  let index: LineIndex | null = null;

  /** Offset of the tab after `word` on its `kind` line, or -1. */
  function find(kind: Kind, word: string): number {
    if (index) return index.find(kind, word);
    if (++finds === INDEX_AFTER || isLongRun()) {
      index = new LineIndex(source, blocks);
      return index.find(kind, word);
    }
    let { lo, hi } = blocks[kind];
    // lo and hi stay line starts; the line that holds the midpoint is compared
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const line = Math.max(lo, source.lastIndexOf('\n', mid - 1) + 1);
      const c = compareWord(word, source, line + 2);
      if (c === 0) return line + 2 + word.length;
      if (c < 0) hi = line;
      else lo = source.indexOf('\n', line) + 1 || hi;
    }
    return -1;
  }
  /** The tab-separated fields after the word on its `kind` line, or null. */
  function fields(kind: Kind, word: string): string[] | null {
    const tab = find(kind, word);
    if (tab < 0) return null;
    let end = source.indexOf('\n', tab);
    if (end < 0) end = source.length;
    return source.slice(tab + 1, end).split('\t');
  }
  return { has: (kind, w) => find(kind, w) >= 0, fields };
}

/** Hash of a line's kind and word (FNV-1a over UTF-16 code units). */
function hashWord(kind: number, s: string, from: number, to: number): number {
  let h = Math.imul(0x811c9dc5 ^ kind, 0x01000193);
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Every line of the blocks by hash of kind and word: offsets of line starts, linear probing. */
class LineIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(
    private readonly source: string,
    blocks: Record<Kind, { lo: number; hi: number }>,
  ) {
    // one pass, sized from the text (lines average ~25 characters): under a quarter full
    let size = 1;
    while (size < source.length / 8) size <<= 1;
    const mask = size - 1;
    const slots = new Int32Array(size).fill(-1);
    for (const kind of KINDS) {
      const k = kind.charCodeAt(0);
      const { lo, hi } = blocks[kind];
      let prev = -1;
      for (let at = lo; at < hi; ) {
        let h = Math.imul(0x811c9dc5 ^ k, 0x01000193);
        let i = at + 2;
        for (let c = source.charCodeAt(i); c !== 9 && c !== 10 && i < hi; c = source.charCodeAt(++i)) h = Math.imul(h ^ c, 0x01000193);
        let slot = (h >>> 0) & mask;
        while (slots[slot] !== -1) slot = (slot + 1) & mask;
        slots[slot] = at;
        if (prev >= 0 && compareKeys(source, prev + 2, at + 2) >= 0) throw new Error(`wordnet-senses.tsv: the '${kind}' lines are not sorted by word (offset ${at})`);
        prev = at;
        at = source.indexOf('\n', i) + 1 || hi;
      }
    }
    this.slots = slots;
    this.mask = mask;
  }

  find(kind: Kind, word: string): number {
    const k = kind.charCodeAt(0);
    const { slots, mask, source } = this;
    let slot = hashWord(k, word, 0, word.length) & mask;
    for (let at = slots[slot]; at !== -1; slot = (slot + 1) & mask, at = slots[slot]) {
      if (source.charCodeAt(at) === k && compareWord(word, source, at + 2) === 0) return at + 2 + word.length;
    }
    return -1;
  }
}

/** Two tab-ended words of the file, in the order of compareWord. */
function compareKeys(s: string, a: number, b: number): number {
  for (let i = 0; ; i++) {
    const ca = s.charCodeAt(a + i);
    const cb = s.charCodeAt(b + i);
    const x = ca === 9 || ca === 10 || Number.isNaN(ca) ? -1 : ca;
    const y = cb === 9 || cb === 10 || Number.isNaN(cb) ? -1 : cb;
    if (x !== y) return x - y;
    if (x === -1) return 0;
  }
}

/** `word` against the tab-ended word at `at` of `s`, in UTF-16 code unit order (as `<` on strings). */
function compareWord(word: string, s: string, at: number): number {
  for (let i = 0; ; i++) {
    const a = i < word.length ? word.charCodeAt(i) : -1;
    const c = s.charCodeAt(at + i);
    const b = c === 9 || c === 10 || Number.isNaN(c) ? -1 : c;
    if (a !== b) return a - b;
    if (a === -1) return 0;
  }
}

let loaded: SenseTable | null = null;

export function senseTable(): SenseTable {
  return (loaded ??= parseSenses(fs.readFileSync(dataFile('events', 'wordnet-senses.tsv'), 'utf8')));
}

// WordNet's "morphy" detachment rules: ending → replacement, tried in order.
const VERB_RULES: [string, string][] = [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']];
const NOUN_RULES: [string, string][] = [['s', ''], ['ses', 's'], ['xes', 'x'], ['ches', 'ch'], ['shes', 'sh'], ['ies', 'y']];

// Indexed loops and a character test instead of for-of, destructuring and a regex: morph runs for
// every distinct word form of a batch, mostly before V8 has optimised it, where each of those
// costs an iterator or a regex call per rule.
function morph(w: string, has: (lemma: string) => boolean, rules: [string, string][]): string | null {
  if (has(w)) return w;
  for (let r = 0; r < rules.length; r++) {
    const end = rules[r][0];
    if (!w.endsWith(end)) continue;
    const base = w.slice(0, w.length - end.length) + rules[r][1];
    if (has(base)) return base;
    // Doubled final consonant: "planned" → "plann" → "plan".
    if (doubledConsonant(base) && has(base.slice(0, -1))) return base.slice(0, -1);
  }
  return null;
}

/** Whether `s` ends in one of b d g k l m n p r t, doubled. */
function doubledConsonant(s: string): boolean {
  const n = s.length;
  return n >= 2 && s.charCodeAt(n - 1) === s.charCodeAt(n - 2) && 'bdgklmnprt'.includes(s[n - 1]);
}

/** Verb lemma of a lower-cased word form, or null when WordNet knows no such verb. */
export function verbLemma(w: string, t: SenseTable = senseTable()): string | null {
  return t.fields('x', w)?.[0] ?? morph(w, (l) => t.has('v', l), VERB_RULES);
}

/**
 * Fields of the word read as a verb ("communication") and as an event-like noun ("act,event"), the
 * complements its verb frames take ("that,toinf"), and whether the noun names a verb's act.
 */
export function sensesOf(
  w: string,
  t: SenseTable = senseTable(),
): { verb: string; noun: string; lemma: string; frames: string; deverbal: boolean } {
  const v = verbLemma(w, t);
  const n = morph(w, (l) => t.has('n', l), NOUN_RULES);
  const vf = v ? t.fields('v', v) : null;
  const nf = n ? t.fields('n', n) : null;
  return {
    verb: vf?.[0] || '',
    noun: nf?.[0] || '',
    lemma: v ?? n ?? '',
    frames: vf?.[1] || '',
    deverbal: nf?.[1] === 'deverbal',
  };
}
