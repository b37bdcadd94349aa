// The Article: the input text read once into paragraphs, sentences and tokens, with the
// reference date every analyzer anchors to. Built once per document and shared by all analyzers.

import type { ReferenceDateSource } from '../types.js';
import { findReferenceDate } from './reference-date.js';
import { paragraphsOf, splitSentences, type Paragraph, type Sentence } from './sentences.js';
import { tokenize, type Token } from './tokenize.js';

export type { Paragraph, Sentence, Token };

export interface Article {
  id: string | null;
  /** The text after removing a leading byte-order mark; all offsets index into it (UTF-16). */
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  referenceDate: string | null;
  referenceDateSource: ReferenceDateSource;
}

export interface ArticleOptions {
  id?: string | null;
  /** Publication date YYYY-MM-DD; `dateSource` says where it came from. */
  date?: string | null;
  dateSource?: 'option' | 'input';
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function buildArticle(input: string, options: ArticleOptions = {}): Article {
  const text = stripBom(input);
  const paragraphs = paragraphsOf(text);
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens, paragraphs);
  let referenceDate = options.date ?? null;
  let referenceDateSource: ReferenceDateSource = referenceDate ? (options.dateSource ?? 'option') : null;
  if (!referenceDate) {
    referenceDate = findReferenceDate(text, paragraphs);
    referenceDateSource = referenceDate ? 'text' : null;
  }
  return { id: options.id ?? null, text, paragraphs, sentences, tokens, referenceDate, referenceDateSource };
}
