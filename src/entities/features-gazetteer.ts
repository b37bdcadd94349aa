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

/** Receives gazetteer features (FeatureSink of features.ts, structurally). */
interface Sink {
  add(a: string, b?: string, c?: string): void;
}

// A token's category list ("city,country") split once per distinct list, not once per token.
const splitCache = new Map<string, string[]>();
function split(cats: string): string[] {
  let out = splitCache.get(cats);
  if (!out) splitCache.set(cats, (out = cats.split(',')));
  return out;
}

/**
 * Gazetteer features per token: for the longest listed phrase starting at each token, every token
 * it covers gets `category|position` (U single, B/I/L in a run); single-word categories of the
 * neighbours say "after a title", "before an organisation word". Looks the sentence up once and
 * returns the emitter of token i's features (phrases starting at or before i, in order, then the
 * token's own and its neighbours' single-word categories).
 */
export function gazetteerInto(words: readonly string[]): (i: number, sink: Sink) => void {
  const g = gazetteer();
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const single: (string | undefined)[] = lower.map((w, i) => lookup(g, w, words[i]));
  /** Length (> 1) and categories of the longest phrase starting at each token (0: none). */
  const found = new Int32Array(n);
  const phraseCats: (string | undefined)[] = new Array<string | undefined>(n);
  for (let i = 0; i < n; i++) {
    if (!(g.openers.has(lower[i]) || g.openers.has(words[i]))) continue;
    let phrase = lower[i];
    let exact = words[i];
    for (let k = 1; k < MAX_PHRASE && i + k < n; k++) {
      phrase += ' ' + lower[i + k];
      exact += ' ' + words[i + k];
      const c = lookup(g, phrase, exact);
      if (c !== undefined) {
        found[i] = k + 1;
        phraseCats[i] = c;
      }
    }
  }
  return (i, sink) => {
    for (let j = Math.max(0, i - MAX_PHRASE + 1); j <= i; j++) {
      const len = found[j];
      if (len < 2 || j + len <= i) continue;
      const k = i - j;
      const at = k === 0 ? '|B' : k === len - 1 ? '|L' : '|I';
      for (const c of split(phraseCats[j]!)) sink.add('gz=', c, at);
    }
    const s = single[i];
    if (s !== undefined) for (const c of split(s)) sink.add('gz=', c, '|U');
    if (i > 0 && single[i - 1] !== undefined) for (const c of split(single[i - 1]!)) sink.add('gz-1=', c);
    if (i + 1 < n && single[i + 1] !== undefined) for (const c of split(single[i + 1]!)) sink.add('gz+1=', c);
  };
}
