// A source's bytes to what the analyzers read: the format decided (`auto`: a web page by its name,
// its Content-Type or its first bytes; else text), the bytes decoded, a page read for its article
// and metadata. Used by the CLI for files, standard input, URLs and JSONL lines, and by the library.

import { emptyMetadata } from '../article/article.js';
import type { DocumentMetadata } from '../types.js';
import { decodeBytes } from './charset.js';
import { isHtmlType, looksLikeHtml } from './detect.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, fetchPage } from './fetch.js';
import { loadPageReader } from './page-reader.js';

export type ReadFormat = 'auto' | 'text' | 'html';

export interface Reading {
  text: string;
  metadata: DocumentMetadata;
  /** Problems that did not stop the reading. */
  warnings: string[];
}

/** A web page's article and metadata. `url`: where the page came from. */
export async function readHtml(html: string, url: string | null, warnings: string[] = []): Promise<Reading> {
  const { readPage } = await loadPageReader();
  const page = readPage(html, { url });
  return { text: page.text, metadata: page.metadata, warnings: [...warnings, ...page.warnings] };
}

/** Library: a web page's article text (headline first, one paragraph per line) and metadata. */
export function readPage(html: string, options: { url?: string | null } = {}): Promise<Reading> {
  return readHtml(html, options.url ?? null);
}

/** The bytes of a file or of standard input (`name` is the file's name, for `auto`). */
export async function readBytes(bytes: Uint8Array, name: string, format: ReadFormat): Promise<Reading> {
  const warnings: string[] = [];
  if (format === 'text') return { text: decodeBytes(bytes, warnings), metadata: emptyMetadata(), warnings };
  const text = decodeBytes(bytes, warnings, { html: true });
  if (format === 'html' || looksLikeHtml(name, text)) return readHtml(text, null, warnings);
  return { text, metadata: emptyMetadata(), warnings };
}

export interface UrlOptions {
  timeoutMs?: number;
  maxBytes?: number;
  userAgent?: string;
}

/** A page fetched over HTTP(S); throws an Error with a one-line reason. */
export async function readUrl(url: string, o: UrlOptions = {}): Promise<Reading> {
  const page = await fetchPage(url, {
    timeoutMs: o.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: o.maxBytes ?? DEFAULT_MAX_BYTES,
    userAgent: o.userAgent ?? 'newsx',
  });
  // A server that names no type gets the benefit of the doubt; one that names another does not.
  if (page.contentType && !isHtmlType(page.contentType)) throw new Error(`not a web page (Content-Type: ${page.contentType.split(';')[0].trim()})`);
  const warnings: string[] = [];
  const html = decodeBytes(page.body, warnings, { contentType: page.contentType, html: true });
  return readHtml(html, page.url, warnings);
}
