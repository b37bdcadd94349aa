// WordNet semantic fields of verbs and event-like nouns (data/events/wordnet-senses.tsv), looked up
// through a small WordNet-style lemmatiser: the classifier learns from the field ("communication",
// "cognition", "act") what it cannot learn from a word unseen in training.

import fs from 'node:fs';
import { dataFile } from '../model/files.js';

/**
 * The table, looked up in the file text itself. Splitting the file's ~28,000 lines into maps took
 * ~45 ms of every cold `newsx events` (a map from word to line, ~20 ms), though an article looks up a
 * few hundred words. The lines of each kind form one block sorted by word in UTF-16 code unit
 * order (scripts/train-events.ts writes them so, and checks it), so a word is found by binary
 * search in its block: nothing to build at load, and a look-up costs about what a map's did with
 * its build spread over the words (features.ts looks each distinct word form up once).
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

  /** Offset of the tab after `word` on its `kind` line, or -1. */
  function find(kind: Kind, word: string): number {
    let { lo, hi } = blocks[kind];
    // lo and hi stay line starts; the line that holds the midpoint is compared
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      let line = mid;
      while (line > lo && source.charCodeAt(line - 1) !== 10) line--;
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

function morph(w: string, has: (lemma: string) => boolean, rules: [string, string][]): string | null {
  if (has(w)) return w;
  for (const [end, rep] of rules) {
    if (!w.endsWith(end)) continue;
    const base = w.slice(0, w.length - end.length) + rep;
    if (has(base)) return base;
    // Doubled final consonant: "planned" → "plann" → "plan".
    if (/([bdgklmnprt])\1$/.test(base) && has(base.slice(0, -1))) return base.slice(0, -1);
  }
  return null;
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
