// The dependency parse of an article's sentences, made at most once per sentence and shared by
// every analyzer that reads syntax (events, quotes, people's roles): the first to ask parses the
// sentence, the others get the same object. Sentences nobody asks about are never parsed, and
// the parser's models load on the first parse only.

import type { Article } from '../article/article.js';
import { mapPacked } from '../model/packed.js';
import { sentenceTags } from '../model/pos.js';
import { parserModels, parseWords, type Parse } from './parser.js';

export type { Parse };

/**
 * Sentences longer than this are never parsed (parsedOrNull gives null): a "sentence" that long is
 * a list or text whose sentence ends were not found, where a greedy parse is noise and costs as
 * much as a whole article (see src/events/index.ts). Every analyzer that reads the parse reads it
 * through parsedOrNull, so one cap holds for all.
 */
export const MAX_PARSED_TOKENS = 250;

/** parseOf, or null for a sentence longer than MAX_PARSED_TOKENS. */
export function parsedOrNull(article: Article, index: number): Parse | null {
  return article.sentences[index].tokens.length <= MAX_PARSED_TOKENS ? parseOf(article, index) : null;
}

const parses = new WeakMap<object, (Parse | undefined)[]>();

/**
 * The parse of article.sentences[index]: heads[i] (a token index in that sentence, -1 for the
 * root word) and labels[i] (UD relation) for each of its tokens, in the order of sentence.tokens.
 */
export function parseOf(article: Article, index: number): Parse {
  let list = parses.get(article);
  if (!list) parses.set(article, (list = []));
  let p = list[index];
  if (!p) {
    const words = mapPacked(article.sentences[index].tokens, (t) => t.text);
    p = list[index] = parseWords(parserModels(), words, sentenceTags(article, index));
  }
  return p;
}
