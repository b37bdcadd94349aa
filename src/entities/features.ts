// Features of one token for the entity recogniser: the word and its case-folded form, shape,
// affixes, part-of-speech tags around it, window words, sentence casing (CoNLL headlines are all
// capitals) and what the rest of the document says about the same word. Built as strings, hashed by
// the perceptron; training (scripts/train-ner.ts) and run time call exactly this code.

import { normWord } from '../model/pos.js';
import { gazetteerFeatures } from './features-gazetteer.js';

/** One sentence as the recogniser sees it. */
export interface NerSentence {
  words: string[];
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

// Quotes and dashes written either way in news (“ ” ‘ ’ — vs " ' --) share weights.
const QUOTE_MAP: Record<string, string> = { '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‘': "'", '’': "'", '—': '--', '–': '--' };

/** The form the recogniser learns from: typographic quotes and dashes folded, apostrophes straight. */
export function foldWord(w: string): string {
  const m = QUOTE_MAP[w];
  if (m) return m;
  return w.includes('’') ? w.replace(/’/g, "'") : w;
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
    s.words.forEach((w, i) => {
      if (!HAS_LETTER.test(w)) return;
      const first = w.charAt(0);
      if (first !== first.toUpperCase()) lowerSeen.add(w.toLowerCase());
      else if (i > 0 && CAPITALISED.test(w) && !isQuoteOpen(s.words[i - 1])) capSeen.add(w.toLowerCase());
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
export function wordShape(w: string): string {
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

/** Short shape: runs of the same character class collapsed ("Xx", "X.X.", "d-d"). */
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

/** Per-token features that do not depend on predicted labels: computed once per sentence. */
export function staticFeatures(s: NerSentence, doc: DocContext): string[][] {
  const n = s.words.length;
  const lower = s.words.map((w) => normWord(w));
  const shapes = s.words.map(wordShape);
  const shorts = shapes.map(shortShape);
  const gz = gazetteerFeatures(s.words);
  const out: string[][] = [];
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
  for (let i = 0; i < n; i++) {
    const w = s.words[i];
    const lw = lower[i];
    const f: string[] = ['b', 'lw=' + lw, 'sh=' + shapes[i], 'ss=' + ac + shorts[i], 'pos=' + s.tags[i]];
    // Exact spelling says more than the folded form, except in headlines in capitals.
    if (!s.allCaps) f.push('w=' + w);
    for (let k = 1; k <= 4 && k <= lw.length; k++) f.push('p' + k + '=' + lw.slice(0, k), 's' + k + '=' + lw.slice(-k));
    const p1 = i > 0 ? lower[i - 1] : '<s>';
    const p2 = i > 1 ? lower[i - 2] : '<s>';
    const n1 = i + 1 < n ? lower[i + 1] : '</s>';
    const n2 = i + 2 < n ? lower[i + 2] : '</s>';
    f.push('w-1=' + p1, 'w-2=' + p2, 'w+1=' + n1, 'w+2=' + n2, 'w-1w=' + p1 + '|' + lw, 'ww+1=' + lw + '|' + n1, 'w-2-1=' + p2 + '|' + p1, 'w+1+2=' + n1 + '|' + n2);
    f.push('sh-1=' + (i > 0 ? shorts[i - 1] : '<s>') + '|' + shorts[i], 'sh+1=' + shorts[i] + '|' + (i + 1 < n ? shorts[i + 1] : '</s>'));
    f.push('sh-2=' + (i > 1 ? shorts[i - 2] : '<s>') + '|' + (i > 0 ? shorts[i - 1] : '<s>') + '|' + shorts[i]);
    f.push('sh+2=' + shorts[i] + '|' + (i + 1 < n ? shorts[i + 1] : '</s>') + '|' + (i + 2 < n ? shorts[i + 2] : '</s>'));
    f.push('pos-1=' + (i > 0 ? s.tags[i - 1] : '<s>'), 'pos+1=' + (i + 1 < n ? s.tags[i + 1] : '</s>'));
    f.push('pos-1+1=' + (i > 0 ? s.tags[i - 1] : '<s>') + '|' + s.tags[i] + '|' + (i + 1 < n ? s.tags[i + 1] : '</s>'));
    // The last word of the run of capitalised words this one belongs to names the kind of thing
    // ("Andy Warhol Foundation", "Kennedy Space Center"), and greedy decoding sees it at the first word.
    if (runEnd[i] > i) f.push('run=' + lower[runEnd[i]], 'runlen=' + Math.min(runEnd[i] - runStart[i] + 1, 4) + '|' + (i - runStart[i]));
    if (i === 0) f.push('first|' + ac + shorts[i]);
    f.push('len=' + Math.min(n, 6) + ac);
    if (HAS_LETTER.test(w)) {
      const key = w.toLowerCase();
      // A capitalised word the document also writes in lower case is likely a common word.
      // The short shape tells an acronym ("US") from a capitalised word ("Us"): "us" in lower case
      // says little about the acronym.
      f.push('dl=' + (doc.lowerSeen.has(key) ? 1 : 0) + (doc.capSeen.has(key) ? 1 : 0) + shorts[i] + ac + (i === 0 ? 'F' : ''));
    }
    out.push(gz[i].length ? f.concat(gz[i]) : f);
  }
  return out;
}

/** Features that depend on the labels already given to the previous tokens (greedy decoding). */
export function labelFeatures(i: number, prev: string, prev2: string, lw: string, sh: string): string[] {
  return ['t-1=' + prev, 't-2=' + prev + '|' + prev2, 't-1w=' + prev + '|' + lw, 't-1s=' + prev + '|' + sh, i === 0 ? 'i0' : 'i+'];
}
