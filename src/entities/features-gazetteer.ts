// Gazetteer membership for the entity recogniser: which known name lists (first names, surnames,
// countries, cities, regions, organisations, sports teams, demonyms, titles, organisation and
// place head words) a word or a run of up to four words belongs to. The list is
// data/gazetteers/names.tsv, derived from compromise's lexicon by scripts/train-ner.ts (see its
// header line for source and licence); it is read once, into one Map.

import fs from 'node:fs';
import { dataFile } from '../model/files.js';

export const GAZETTEER_FILE = ['gazetteers', 'names.tsv'] as const;
/** Hand-kept supplement: present-day organisations, platforms, short country names (see its header). */
export const MODERN_FILE = ['gazetteers', 'modern.tsv'] as const;
export const MAX_PHRASE = 4;

interface Gazetteer {
  /** Lower-cased phrase → its categories joined by ','. */
  lower: Map<string, string>;
  /** Phrases written with capitals, matched only as written ("US" the country, not "us"). */
  exact: Map<string, string>;
  /** First words of the phrases of more than one word (lower-cased and as written): only they start a phrase lookup. */
  openers: Set<string>;
}

let table: Gazetteer | null = null;

function readInto(g: Gazetteer, parts: readonly string[]): void {
  const file = dataFile(...parts);
  if (!fs.existsSync(file)) return;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    const name = line.slice(0, tab);
    const cats = line.slice(tab + 1);
    const map = name === name.toLowerCase() ? g.lower : g.exact;
    const space = name.indexOf(' ');
    if (space > 0) g.openers.add(name.slice(0, space));
    const had = map.get(name);
    map.set(name, had ? had + ',' + cats : cats);
  }
}

export function gazetteer(): Gazetteer {
  if (table) return table;
  const g: Gazetteer = { lower: new Map(), exact: new Map(), openers: new Set() };
  readInto(g, GAZETTEER_FILE);
  readInto(g, MODERN_FILE);
  return (table = g);
}

function lookup(g: Gazetteer, lower: string, exact: string): string | undefined {
  const a = g.lower.get(lower);
  const b = g.exact.get(exact);
  return a === undefined ? b : b === undefined ? a : a + ',' + b;
}

/**
 * Gazetteer features per token: for the longest listed phrase starting at each token, every token
 * it covers gets `category|position` (U single, B/I/L in a run); single-word categories of the
 * neighbours say "after a title", "before an organisation word".
 */
export function gazetteerFeatures(words: readonly string[]): string[][] {
  const g = gazetteer();
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const out: string[][] = lower.map(() => []);
  const single: (string | undefined)[] = lower.map((w, i) => lookup(g, w, words[i]));
  for (let i = 0; i < n; i++) {
    let phrase = lower[i];
    let exact = words[i];
    let found = 0;
    let cats: string | undefined;
    const opens = g.openers.has(lower[i]) || g.openers.has(words[i]);
    for (let k = 1; opens && k < MAX_PHRASE && i + k < n; k++) {
      phrase += ' ' + lower[i + k];
      exact += ' ' + words[i + k];
      const c = lookup(g, phrase, exact);
      if (c !== undefined) {
        found = k + 1;
        cats = c;
      }
    }
    if (found > 1) {
      for (const c of cats!.split(',')) {
        for (let k = 0; k < found; k++) out[i + k].push('gz=' + c + '|' + (k === 0 ? 'B' : k === found - 1 ? 'L' : 'I'));
      }
    }
    const s = single[i];
    if (s !== undefined) for (const c of s.split(',')) out[i].push('gz=' + c + '|U');
    if (i > 0 && single[i - 1] !== undefined) for (const c of single[i - 1]!.split(',')) out[i].push('gz-1=' + c);
    if (i + 1 < n && single[i + 1] !== undefined) for (const c of single[i + 1]!.split(',')) out[i].push('gz+1=' + c);
  }
  return out;
}
