// A web page in, the article's text and the page's metadata out. This module and what it imports
// (linkedom, Readability) load only when a page is read: the CLI bundles it as a chunk of its own
// (dist/cli/page-reader.cjs, see scripts/bundle.mjs), so plain text never pays for the HTML parser.

import { parseHTML } from 'linkedom';
import type { DocumentMetadata } from '../../types.js';
import { extractArticle } from './extract.js';
import { readMetadata } from './metadata.js';

export interface PageReading {
  /** The headline, then the article's paragraphs, one per line. */
  text: string;
  metadata: DocumentMetadata;
  /** Problems that did not stop the reading (no article found). */
  warnings: string[];
}

export interface PageOptions {
  /** The page's address: relative canonical links resolve against it; the canonical url falls back to it. */
  url?: string | null;
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.join(' ') ?? '';

/** Pages longer than this (characters) are refused: parsing one takes seconds and hundreds of MB. */
export const MAX_PAGE_CHARS = 10 * 1024 * 1024;

export function readPage(html: string, options: PageOptions = {}): PageReading {
  if (html.length > MAX_PAGE_CHARS) throw new Error(`page too large to read (${(html.length / 1048576).toFixed(0)} MB of HTML, the limit is ${MAX_PAGE_CHARS / 1048576} MB)`);
  // linkedom reads a string without <html> as a fragment: give it a document to live in.
  const source = /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
  const { document } = parseHTML(source) as unknown as { document: Document };
  const metadata = readMetadata(document, options.url ?? null);
  const extraction = extractArticle(document);
  const warnings = extraction.notFound ? [extraction.notFound] : [];
  const lines = extraction.lines;
  // The headline leads, unless the article's text already starts with it.
  const headline = metadata.title ?? extraction.title;
  if (headline && !extraction.notFound && words(lines[0] ?? '') !== words(headline)) lines.unshift(headline);
  return { text: lines.join('\n'), metadata, warnings };
}
