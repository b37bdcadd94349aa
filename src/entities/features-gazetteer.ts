// Gazetteer membership for the entity recogniser: which known name lists (first names, surnames,
// countries, cities, regions, organisations, sports teams, demonyms, titles, organisation and
// place head words) a word or a run of up to four words belongs to. The list is
// data/gazetteers/names.tsv, derived from compromise's lexicon by scripts/train-ner.ts (see its
// header line for source and licence), plus the hand-kept data/gazetteers/modern.tsv.
//
// names.tsv (7,800 lines) is not parsed: its lines are lower-case names, unique and sorted (the
// generator writes them so; tests/ner-features.test.ts checks), so a name is found by binary
// search over the file's text. Building Maps of it took 7-15 ms of a cold run, against ~1 ms for
// the few thousand searches of one article. modern.tsv, a hundred lines, is read into Maps.

import fs from 'node:fs';
import { dataFile } from '../model/files.js';
import { mapPacked } from '../model/packed.js';

export const GAZETTEER_FILE = ['gazetteers', 'names.tsv'] as const;
/** Hand-kept supplement: present-day organisations, platforms, short country names (see its header). */
export const MODERN_FILE = ['gazetteers', 'modern.tsv'] as const;
export const MAX_PHRASE = 4;

/** The sorted lines of names.tsv: text[from, to) holds whole lines "name\tcategories\n". */
interface SortedList {
  text: string;
  from: number;
  to: number;
}

interface Gazetteer {
  names: SortedList;
  /** Lower-cased phrase → its categories joined by ',' (modern.tsv). */
  lower: Map<string, string>;
  /** Phrases written with capitals, matched only as written ("US" the country, not "us"). */
  exact: Map<string, string>;
  /** Every run of first words (one word or more) of modern.tsv's phrases of more than one word, as written: a word alone in it opens a listed phrase. */
  prefixes: Set<string>;
}

let table: Gazetteer | null = null;

function readSorted(parts: readonly string[]): SortedList {
  const file = dataFile(...parts);
  let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (text && !text.endsWith('\n')) text += '\n';
  // The header comment lines come first.
  let from = 0;
  while (from < text.length && text[from] === '#') from = text.indexOf('\n', from) + 1 || text.length;
  return { text, from, to: text.length };
}

/** Binary search of the sorted list: the start of the first line whose name is >= key, `to` if none. */
function lowerBound(list: SortedList, key: string): number {
  const { text } = list;
  let lo = list.from;
  let hi = list.to;
  while (lo < hi) {
    // The line holding the middle character; lo and hi are always line starts.
    const start = text.lastIndexOf('\n', ((lo + hi) >>> 1) - 1) + 1;
    const tab = text.indexOf('\t', start);
    if (before(text, start, tab, key)) lo = text.indexOf('\n', tab) + 1;
    else hi = start;
  }
  return lo;
}

/**
 * Whether text[start, end) < key, as strings compare (UTF-16 code units), read in place: the
 * search compares a dozen lines per word and cutting each out as a string cost more than the rest.
 */
function before(text: string, start: number, end: number, key: string): boolean {
  const len = end - start;
  const n = Math.min(len, key.length);
  for (let k = 0; k < n; k++) {
    const a = text.charCodeAt(start + k);
    const b = key.charCodeAt(k);
    if (a !== b) return a < b;
  }
  return len < key.length;
}

/** What names.tsv says of a lower-cased word or phrase. */
interface Entry {
  cats: string | undefined;
  /** A longer name starts with this word or phrase and a space. */
  opens: boolean;
}

// Words repeat (Zipf), within an article and more so over a corpus: each is searched once.
// Emptied when full, so memory stays bounded on any input.
const entries = new Map<string, Entry>();
const CACHE_LIMIT = 50_000;

function nameEntry(list: SortedList, key: string): Entry {
  let e = entries.get(key);
  if (e) return e;
  if (entries.size >= CACHE_LIMIT) entries.clear();
  const { text } = list;
  let at = lowerBound(list, key);
  let cats: string | undefined;
  if (text.startsWith(key + '\t', at)) {
    const end = text.indexOf('\n', at + key.length);
    cats = text.slice(at + key.length + 1, end);
    at = end + 1;
  }
  // Names starting "key " sort right after key itself (no name has a character below ' ').
  e = { cats, opens: text.startsWith(key + ' ', at) };
  entries.set(key, e);
  return e;
}

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
    for (let at = space; at > 0; at = name.indexOf(' ', at + 1)) g.prefixes.add(name.slice(0, at));
    const had = map.get(name);
    map.set(name, had ? had + ',' + cats : cats);
  }
}

export function gazetteer(): Gazetteer {
  if (table) return table;
  const g: Gazetteer = { names: readSorted(GAZETTEER_FILE), lower: new Map(), exact: new Map(), prefixes: new Set() };
  readInto(g, MODERN_FILE);
  return (table = g);
}

/** Categories of a word or phrase: names.tsv's, then modern.tsv's as lower-cased and as written. */
function lookup(g: Gazetteer, lower: string, exact: string): string | undefined {
  const n = nameEntry(g.names, lower).cats;
  const m = g.lower.get(lower);
  const a = n === undefined ? m : m === undefined ? n : n + ',' + m;
  const b = g.exact.get(exact);
  return a === undefined ? b : b === undefined ? a : a + ',' + b;
}

/** What the lists say of one word: its categories, and whether a listed phrase starts with it. */
export interface GazetteerWord {
  cats: string | undefined;
  opens: boolean;
}

/** The gazetteer entry of a word (`lower`: the word lower-cased). */
export function gazetteerWord(word: string, lower: string): GazetteerWord {
  const g = gazetteer();
  return { cats: lookup(g, lower, word), opens: g.prefixes.has(lower) || g.prefixes.has(word) || nameEntry(g.names, lower).opens };
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
 * token's own and its neighbours' single-word categories). `lower`: the words lower-cased;
 * `entries`: gazetteerWord of each word (the recogniser keeps it with the word form's lexeme).
 */
export function gazetteerInto(
  words: readonly string[],
  lower: readonly string[] = mapPacked(words, (w) => w.toLowerCase()),
  entries: readonly GazetteerWord[] = mapPacked(words, (w, i) => gazetteerWord(w, lower[i])),
): (i: number, sink: Sink) => void {
  const g = gazetteer();
  const n = words.length;
  const single: (string | undefined)[] = mapPacked(entries, (e) => e.cats);
  /** Length (> 1) and categories of the longest phrase starting at each token (0: none). */
  const found = new Int32Array(n);
  const phraseCats: (string | undefined)[] = new Array<string | undefined>(n);
  for (let i = 0; i < n; i++) {
    if (!entries[i].opens) continue;
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
      // No listed name starts with this phrase and a space: no longer phrase is listed ("the" opens
      // band names, "the government" nothing).
      if (!nameEntry(g.names, phrase).opens && !g.prefixes.has(phrase) && !g.prefixes.has(exact)) break;
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
