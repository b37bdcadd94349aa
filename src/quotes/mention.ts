// The speaker's noun phrase next to a reporting verb, read off the tokens without a parser: a
// run of words bounded by punctuation and function words, allowed to hold titles with periods
// ("Rep.", "Paul D. Ryan"), possessives ("Johnson’s doctor") and "of"/"for" links ("a spokesman
// for the ministry"). Mentions are token index ranges [from, to] (inclusive).

import type { Token } from '../article/article.js';
import { CAPITALISED_BOUNDARIES, DETERMINERS, NP_BOUNDARIES, NP_LINKS, PRONOUNS } from './words.js';

export interface TokenRange {
  from: number;
  to: number;
}

const WORD_RE = /^[\p{L}\p{N}]/u;
const CAPITAL_RE = /^\p{Lu}/u;
const POSSESSIVE_RE = /^['’]s$/i;
const MAX_NP_TOKENS = 12;

export const isWord = (t: Token): boolean => WORD_RE.test(t.text);
export const isCapitalised = (t: Token): boolean => CAPITAL_RE.test(t.text);

function isBoundary(t: Token): boolean {
  const w = t.text.toLowerCase();
  return isCapitalised(t) ? CAPITALISED_BOUNDARIES.has(w) : NP_BOUNDARIES.has(w);
}

/** A period glued to a title or an initial belongs to the name: "Rep.", "D.". */
function isNamePeriod(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return tokens[i].text === '.' && prev !== undefined && prev.end === tokens[i].start && isCapitalised(prev) && prev.text.length <= 4;
}

function inside(tokens: readonly Token[], i: number, breaks: (i: number) => boolean): boolean {
  const t = tokens[i];
  if (POSSESSIVE_RE.test(t.text)) return true;
  if (t.text === '.') return isNamePeriod(tokens, i);
  return isWord(t) && !isBoundary(t) && !breaks(i);
}

/** Drop leading links and trailing links/possessives: the phrase must start and end on a word. */
function trim(tokens: readonly Token[], from: number, to: number): TokenRange | null {
  while (from <= to && (NP_LINKS.has(tokens[from].text.toLowerCase()) || !isWord(tokens[from]))) from++;
  while (to >= from && (NP_LINKS.has(tokens[to].text.toLowerCase()) || DETERMINERS.has(tokens[to].text.toLowerCase()))) to--;
  return from <= to ? { from, to } : null;
}

/** The noun phrase that ends at token `end`, not reaching before `lo`. */
export function phraseBefore(tokens: readonly Token[], end: number, lo: number, breaks: (i: number) => boolean): TokenRange | null {
  if (end < lo || !isWord(tokens[end]) || !inside(tokens, end, breaks)) return null;
  // A pronoun stands alone, but not after a determiner: "the i" is a newspaper.
  if (PRONOUNS.has(tokens[end].text.toLowerCase()) && !(end - 1 >= lo && DETERMINERS.has(tokens[end - 1].text.toLowerCase()))) return { from: end, to: end };
  let from = end;
  while (from - 1 >= lo && end - from + 1 < MAX_NP_TOKENS && inside(tokens, from - 1, breaks)) {
    // A pronoun does not sit inside a longer speaker phrase ("… yesterday he").
    if (PRONOUNS.has(tokens[from - 1].text.toLowerCase())) break;
    from--;
  }
  return trim(tokens, from, end);
}

/** The noun phrase that starts at token `start`, not reaching `hi` (exclusive). */
export function phraseAfter(tokens: readonly Token[], start: number, hi: number, breaks: (i: number) => boolean): TokenRange | null {
  if (start >= hi || !isWord(tokens[start]) || !inside(tokens, start, breaks)) return null;
  if (PRONOUNS.has(tokens[start].text.toLowerCase())) return { from: start, to: start };
  let to = start;
  while (to + 1 < hi && to - start + 1 < MAX_NP_TOKENS && inside(tokens, to + 1, breaks)) to++;
  return trim(tokens, start, to);
}
