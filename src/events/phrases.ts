// Noun phrases over POS tags: the stretches of determiners, adjectives, numbers, nouns and
// possessives (and any token inside a named entity) that hold an event's participants.

import type { SentenceContext } from './context.js';

const NP_TAGS = new Set(['DT', 'PDT', 'PRP$', 'JJ', 'JJR', 'JJS', 'NN', 'NNS', 'NNP', 'NNPS', 'CD', 'POS']);

// An acronym in capitals is a name whatever its tag ("US diplomats": not the pronoun "us").
const ACRONYM = /^\p{Lu}{2,}$/u;

export function inPhrase(c: SentenceContext, i: number): boolean {
  if (i < 0 || i >= c.tags.length) return false;
  if (c.entityAt[i] !== null || (ACRONYM.test(c.words[i]) && i > 0)) return true;
  return NP_TAGS.has(c.tags[i]) && /[\p{L}\p{N}]/u.test(c.words[i]);
}

/** A personal pronoun ("US" written in capitals is a name, however it was tagged). */
export function isPronoun(c: SentenceContext, i: number): boolean {
  return c.tags[i] === 'PRP' && c.entityAt[i] === null && !(ACRONYM.test(c.words[i]) && i > 0);
}

/** First token of the noun phrase that ends at token i (i itself when it is a pronoun). */
export function phraseStartingBefore(c: SentenceContext, i: number): number {
  if (isPronoun(c, i)) return i;
  let k = i;
  while (inPhrase(c, k - 1) && !isPossessiveMark(c, k - 1)) k--;
  // "Germany's surrender": the possessor belongs to the phrase of the head after it.
  while (isPossessiveMark(c, k - 1) && inPhrase(c, k - 2)) {
    k -= 2;
    while (inPhrase(c, k - 1) && !isPossessiveMark(c, k - 1)) k--;
  }
  return k;
}

/** Last token of the noun phrase that starts at token i (-1 when none starts there). */
export function phraseEndingAfter(c: SentenceContext, i: number): number {
  if (i >= c.tags.length) return -1;
  if (isPronoun(c, i)) return i;
  if (!inPhrase(c, i)) return -1;
  let k = i;
  while (inPhrase(c, k + 1)) k++;
  // A phrase does not end on a determiner or possessive mark.
  while (k >= i && (c.tags[k] === 'DT' || isPossessiveMark(c, k))) k--;
  return k >= i ? k : -1;
}

export function isPossessiveMark(c: SentenceContext, i: number): boolean {
  return i > 0 && (c.tags[i] === 'POS' || /^['’]s$/i.test(c.words[i]));
}

/** The head of a phrase [from, to]: its last token that is not a possessive mark. */
export function headOf(c: SentenceContext, from: number, to: number): number {
  let h = to;
  while (h > from && isPossessiveMark(c, h)) h--;
  return h;
}
