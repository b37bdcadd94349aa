// The Article: the input text read once into paragraphs, sentences and tokens, with the
// reference date every analyzer anchors to. Built once per document and shared by all analyzers.

import type { DocumentMetadata, ReferenceDateSource } from '../types.js';
import { findReferenceDate, isIsoDate } from './reference-date.js';
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
  /** What the page said about itself; every field unknown for plain text. */
  metadata: DocumentMetadata;
}

/** Metadata with every field unknown: plain text says nothing about itself. */
export function emptyMetadata(): DocumentMetadata {
  return { title: null, authors: [], published: null, siteName: null, language: null, url: null };
}

export interface ArticleOptions {
  id?: string | null;
  /** Publication date YYYY-MM-DD; `dateSource` says where it came from. */
  date?: string | null;
  dateSource?: 'option' | 'input';
  /** From the page; its published date is the reference date when no date is given. */
  metadata?: DocumentMetadata | null;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function buildArticle(input: string, options: ArticleOptions = {}): Article {
  const text = stripBom(input);
  const paragraphs = paragraphsOf(text);
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens, paragraphs);
  const { referenceDate, referenceDateSource } = referenceDateOf(text, paragraphs, options);
  return { id: options.id ?? null, text, paragraphs, sentences, tokens, referenceDate, referenceDateSource, metadata: options.metadata ?? emptyMetadata() };
}

/**
 * The date relative expressions anchor to, and where it came from: the one given (--date, a JSONL
 * `date`), else the page's published date (its calendar day as the page wrote it), else a date
 * line in the article's first paragraphs.
 */
export function referenceDateOf(text: string, paragraphs: Paragraph[], options: ArticleOptions): { referenceDate: string | null; referenceDateSource: ReferenceDateSource } {
  if (options.date) return { referenceDate: options.date, referenceDateSource: options.dateSource ?? 'option' };
  const published = options.metadata?.published?.slice(0, 10) ?? null;
  if (published && isIsoDate(published)) return { referenceDate: published, referenceDateSource: 'metadata' };
  const found = findReferenceDate(text, paragraphs);
  return { referenceDate: found, referenceDateSource: found ? 'text' : null };
}

/**
 * An article as numbers in typed arrays, for passing to another thread (the batch pipeline): a
 * structured clone of the token objects cost more than making them again (about 30 ms to write
 * and 55 ms to read on CoNLL-2003 dev, against a few ms for these arrays).
 */
export interface PackedArticle {
  id: string | null;
  text: string;
  /** start, end per paragraph. */
  paragraphs: Int32Array;
  /** start, end, paragraph and token count per sentence: sentences cover the tokens in order. */
  sentences: Int32Array;
  /** start, end per token. */
  tokens: Int32Array;
  referenceDate: string | null;
  referenceDateSource: ReferenceDateSource;
  metadata: DocumentMetadata;
}

export function packArticle(a: Article): PackedArticle {
  const paragraphs = new Int32Array(a.paragraphs.length * 2);
  a.paragraphs.forEach((p, i) => {
    paragraphs[2 * i] = p.start;
    paragraphs[2 * i + 1] = p.end;
  });
  const sentences = new Int32Array(a.sentences.length * 4);
  a.sentences.forEach((s, i) => {
    sentences[4 * i] = s.start;
    sentences[4 * i + 1] = s.end;
    sentences[4 * i + 2] = s.paragraph;
    sentences[4 * i + 3] = s.tokens.length;
  });
  const tokens = new Int32Array(a.tokens.length * 2);
  a.tokens.forEach((t, i) => {
    tokens[2 * i] = t.start;
    tokens[2 * i + 1] = t.end;
  });
  return { id: a.id, text: a.text, paragraphs, sentences, tokens, referenceDate: a.referenceDate, referenceDateSource: a.referenceDateSource, metadata: a.metadata };
}

/** The article packArticle packed: a sentence's tokens are the article's token objects. */
export function unpackArticle(p: PackedArticle): Article {
  const { text } = p;
  const tokens: Token[] = [];
  for (let i = 0; i < p.tokens.length; i += 2) tokens.push({ text: text.slice(p.tokens[i], p.tokens[i + 1]), start: p.tokens[i], end: p.tokens[i + 1] });
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < p.paragraphs.length; i += 2) paragraphs.push({ start: p.paragraphs[i], end: p.paragraphs[i + 1] });
  const sentences: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < p.sentences.length; i += 4) {
    const count = p.sentences[i + 3];
    sentences.push({ start: p.sentences[i], end: p.sentences[i + 1], paragraph: p.sentences[i + 2], tokens: tokens.slice(first, first + count) });
    first += count;
  }
  return { id: p.id, text, paragraphs, sentences, tokens, referenceDate: p.referenceDate, referenceDateSource: p.referenceDateSource, metadata: p.metadata };
}
