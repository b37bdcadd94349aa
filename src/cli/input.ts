// Turning the command line's inputs into documents: files, `-` (stdin), URLs, plain text, web
// pages or JSONL; reading them is src/input/'s (read.ts), this file picks the source.
// Each bad input becomes a Doc with an error, so one bad file or line never stops the others.

import fs from 'node:fs';
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import { emptyMetadata } from '../article/article.js';
import { isIsoDate } from '../article/reference-date.js';
import { isUrl } from '../input/detect.js';
import { readBytes, readHtml, readUrl, type Reading, type UrlOptions } from '../input/read.js';
import type { DocumentMetadata } from '../types.js';
import { describe } from './errors.js';

export type InputFormat = 'auto' | 'text' | 'html' | 'jsonl';

export interface Doc {
  id: string | null;
  text: string;
  date: string | null;
  /** What the page said about itself (all unknown for plain text). */
  metadata: DocumentMetadata;
  /** Why the input could not be read, naming the file or line; the document is then reported as an error. */
  error: string | null;
  /** Problems that did not stop the reading (e.g. invalid UTF-8 replaced). */
  warnings: string[];
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

function errorDoc(id: string | null, error: string): Doc {
  return { id, text: '', date: null, metadata: emptyMetadata(), error, warnings: [] };
}

function readingDoc(id: string | null, r: Reading, date: string | null = null): Doc {
  return { id, text: r.text, date, metadata: r.metadata, error: null, warnings: r.warnings };
}

async function readWhole(source: string): Promise<Buffer> {
  if (source === '-') return readAll(process.stdin);
  const stat = await fs.promises.stat(source);
  if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  return fs.promises.readFile(source);
}

/** One document per file, standard input or URL (the URL is its id). */
async function wholeDoc(source: string, format: 'auto' | 'text' | 'html', o: UrlOptions): Promise<Doc> {
  const id = source === '-' ? 'stdin' : source;
  try {
    if (isUrl(source) && format !== 'text') return readingDoc(id, await readUrl(source, o));
    return readingDoc(id, await readBytes(await readWhole(source), source, format));
  } catch (err) {
    return errorDoc(id, `${id}: ${describe(err)}`);
  }
}

/**
 * A JSONL line `{"id", "text", "date"?}`, or `{"id"?, "html", "url"?, "date"?}` for a web page (its
 * id defaults to the url), as a document, or an error document.
 */
export async function parseJsonlLine(line: string, where: string): Promise<Doc> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return errorDoc(null, `${where}: not valid JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return errorDoc(null, `${where}: not a JSON object`);
  const o = value as Record<string, unknown>;
  const id = typeof o.id === 'string' ? o.id : typeof o.id === 'number' ? String(o.id) : null;
  const url = typeof o.url === 'string' && isUrl(o.url) ? o.url : null;
  const html = typeof o.text !== 'string' && typeof o.html === 'string' ? o.html : null;
  if (typeof o.text !== 'string' && html === null) return errorDoc(id ?? url, `${where}: no "text" or "html" string`);
  let date: string | null = null;
  if (o.date !== undefined && o.date !== null) {
    if (typeof o.date !== 'string' || !isIsoDate(o.date)) return errorDoc(id ?? url, `${where}: "date" is not a YYYY-MM-DD date`);
    date = o.date;
  }
  if (html === null) return { id, text: o.text as string, date, metadata: emptyMetadata(), error: null, warnings: [] };
  try {
    return readingDoc(id ?? url, await readHtml(html, url), date);
  } catch (err) {
    return errorDoc(id ?? url, `${where}: ${describe(err)}`);
  }
}

/** Documents of one JSONL source, streamed line by line so memory does not grow with the corpus. */
async function* jsonlDocs(source: string): AsyncGenerator<Doc> {
  const name = source === '-' ? 'stdin' : source;
  let stream: Readable;
  try {
    if (source === '-') stream = process.stdin;
    else {
      const stat = await fs.promises.stat(source);
      if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      stream = fs.createReadStream(source);
    }
  } catch (err) {
    yield errorDoc(null, `${name}: ${describe(err)}`);
    return;
  }
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      yield await parseJsonlLine(line, `${name}:${n}`);
    }
  } catch (err) {
    yield errorDoc(null, `${name}: ${describe(err)}`);
  }
}

export async function* documents(sources: readonly string[], format: InputFormat, o: UrlOptions = {}): AsyncGenerator<Doc> {
  for (const source of sources) {
    if (format === 'jsonl') yield* jsonlDocs(source);
    else yield await wholeDoc(source, format, o);
  }
}
