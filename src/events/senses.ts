// WordNet semantic fields of verbs and event-like nouns (data/events/wordnet-senses.tsv), looked up
// through a small WordNet-style lemmatiser: the classifier learns from the field ("communication",
// "cognition", "act") what it cannot learn from a word unseen in training.

import fs from 'node:fs';
import { dataFile } from '../model/files.js';

export interface SenseTable {
  verbs: ReadonlyMap<string, string>;
  /** Complements a verb's frames take ("that,toinf"), by verb lemma. */
  frames: ReadonlyMap<string, string>;
  /** Nouns that name the act of a verb ("invasion", "surrender"). */
  deverbal: ReadonlySet<string>;
  nouns: ReadonlyMap<string, string>;
  irregular: ReadonlyMap<string, string>;
}

export function parseSenses(source: string): SenseTable {
  const verbs = new Map<string, string>();
  const frames = new Map<string, string>();
  const deverbal = new Set<string>();
  const nouns = new Map<string, string>();
  const irregular = new Map<string, string>();
  for (const line of source.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [kind, word, value, complements] = line.split('\t');
    (kind === 'v' ? verbs : kind === 'n' ? nouns : irregular).set(word, value);
    if (kind === 'v' && complements) frames.set(word, complements);
    if (kind === 'n' && complements === 'deverbal') deverbal.add(word);
  }
  return { verbs, frames, deverbal, nouns, irregular };
}

let loaded: SenseTable | null = null;

export function senseTable(): SenseTable {
  return (loaded ??= parseSenses(fs.readFileSync(dataFile('events', 'wordnet-senses.tsv'), 'utf8')));
}

// WordNet's "morphy" detachment rules: ending → replacement, tried in order.
const VERB_RULES: [string, string][] = [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']];
const NOUN_RULES: [string, string][] = [['s', ''], ['ses', 's'], ['xes', 'x'], ['ches', 'ch'], ['shes', 'sh'], ['ies', 'y']];

function morph(w: string, table: ReadonlyMap<string, string>, rules: [string, string][]): string | null {
  if (table.has(w)) return w;
  for (const [end, rep] of rules) {
    if (!w.endsWith(end)) continue;
    const base = w.slice(0, w.length - end.length) + rep;
    if (table.has(base)) return base;
    // Doubled final consonant: "planned" → "plann" → "plan".
    if (/([bdgklmnprt])\1$/.test(base) && table.has(base.slice(0, -1))) return base.slice(0, -1);
  }
  return null;
}

/** Verb lemma of a lower-cased word form, or null when WordNet knows no such verb. */
export function verbLemma(w: string, t: SenseTable = senseTable()): string | null {
  return t.irregular.get(w) ?? morph(w, t.verbs, VERB_RULES);
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
  const n = morph(w, t.nouns, NOUN_RULES);
  return {
    verb: (v && t.verbs.get(v)) || '',
    noun: (n && t.nouns.get(n)) || '',
    lemma: v ?? n ?? '',
    frames: (v && t.frames.get(v)) || '',
    deverbal: n !== null && t.deverbal.has(n),
  };
}
