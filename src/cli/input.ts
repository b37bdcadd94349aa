// Turning the command line's inputs into documents: files, `-` (stdin), URLs, plain text, web
// pages, Markdown or JSONL; reading them is src/input/'s, this file picks the source.
// Each bad input becomes a Doc with an error, so one bad file or line never stops the others.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import { emptyMetadata } from '../article/article.js';
import { isIsoDate } from '../article/reference-date.js';
import { directivesOf, wholeDocument, type Directive } from '../check/directives.js';
import { decodeBytes } from '../input/charset.js';
import { isUrl, looksLikeHtml } from '../input/detect.js';
import { markdownToText } from '../input/markdown.js';
import { readHtml, readUrl, type Reading, type UrlOptions } from '../input/read.js';
import type { DocumentMetadata } from '../types.js';
import { describe } from './errors.js';

export type InputFormat = 'text' | 'html' | 'markdown' | 'jsonl' | 'auto';
type FileFormat = Exclude<InputFormat, 'auto'>;

export interface Doc {
  id: string | null;
  text: string;
  date: string | null;
  /** What the page said about itself (all unknown for plain text). */
  metadata: DocumentMetadata;
  /** Why the input could not be read; the document is then reported as an error record. A JSONL
   *  line's reason names the line by its id, never by its number, so a batch cut into shards gives
   *  the same records as the whole run. */
  error: string | null;
  /** Where a JSONL line is (`file:N`), put before the error in the stderr message only. */
  where?: string;
  /** Problems that did not stop the reading (e.g. invalid UTF-8 replaced). */
  warnings: string[];
  /** The file as written, when its markup was blanked out of `text` (Markdown: same length, same offsets). */
  source?: string;
  /** Inline opt-outs of `newsx check` found by a reader whose text hides them (Markdown, HTML). */
  directives?: Directive[];
}

/** UTF-8 text of a file (a byte-order mark kept: buildArticle removes one, and only one). */
export function decodeText(buf: Buffer, warnings: string[]): string {
  return decodeBytes(buf, warnings);
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

function errorDoc(id: string | null, error: string, where?: string): Doc {
  const doc: Doc = { id, text: '', date: null, metadata: emptyMetadata(), error, warnings: [] };
  if (where !== undefined) doc.where = where;
  return doc;
}

function readingDoc(id: string | null, r: Reading, extra: Partial<Doc> = {}): Doc {
  return { id, text: r.text, date: null, metadata: r.metadata, error: null, warnings: r.warnings, ...extra };
}

// A file is read at once, synchronously: the analysis that follows is synchronous anyway, and
// fs.promises costs a cold start its module, its streams and libuv's thread pool (a few ms).
async function readWhole(source: string): Promise<Buffer> {
  if (source === '-') return readAll(process.stdin);
  const stat = fs.statSync(source);
  if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  return fs.readFileSync(source);
}

/** `auto`: the format a file's name says (.md, .html, .jsonl), else text (whose content may still show a page); stdin is text. */
export function fileFormatOf(source: string, format: InputFormat): FileFormat {
  if (format !== 'auto') return format;
  const ext = source === '-' ? '' : source.slice(source.lastIndexOf('.') + 1).toLowerCase();
  if (ext === 'md' || ext === 'markdown' || ext === 'mdx') return 'markdown';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  return 'text';
}

const withoutBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

/**
 * One document per file, standard input or URL (the URL is its id). `sniff`: a text file whose
 * content starts like an HTML document is read as a page (--input-format auto).
 */
async function wholeFileDoc(source: string, format: 'text' | 'html' | 'markdown', sniff: boolean, o: UrlOptions): Promise<Doc> {
  const id = source === '-' ? 'stdin' : source;
  try {
    if (isUrl(source) && format !== 'text' && format !== 'markdown') return readingDoc(id, await readUrl(source, o));
    if (isUrl(source) && sniff) return readingDoc(id, await readUrl(source, o));
    const warnings: string[] = [];
    const bytes = await readWhole(source);
    const raw = decodeBytes(bytes, warnings, { html: format === 'html' || sniff });
    if (format === 'html' || (sniff && looksLikeHtml(source, raw))) {
      return readingDoc(id, await readHtml(withoutBom(raw), null, warnings), { directives: wholeDocument(directivesOf(raw)) });
    }
    if (format === 'markdown') {
      // The byte-order mark goes first, as buildArticle would remove it: offsets count after it.
      const md = withoutBom(raw);
      return { id, text: markdownToText(md), date: null, metadata: emptyMetadata(), error: null, warnings, source: md, directives: directivesOf(md) };
    }
    return { id, text: raw, date: null, metadata: emptyMetadata(), error: null, warnings };
  } catch (err) {
    return errorDoc(id, `${id}: ${describe(err)}`);
  }
}

/**
 * A JSONL line `{"id", "text", "date"?}`, or `{"id"?, "html", "url"?, "date"?}` for a web page (its
 * id defaults to the url), as a document, or an error document. `where` (file:N) goes to stderr
 * only; the error record names the line by its id, or by nothing when it has none.
 */
export async function parseJsonlLine(line: string, where: string): Promise<Doc> {
  // a blank line is no document, but dropping it would shift every later result off its line
  if (!line.trim()) return errorDoc(null, 'blank line', where);
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return errorDoc(null, 'not valid JSON', where);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return errorDoc(null, 'not a JSON object', where);
  const o = value as Record<string, unknown>;
  const url = typeof o.url === 'string' && isUrl(o.url) ? o.url : null;
  const id = typeof o.id === 'string' ? o.id : typeof o.id === 'number' ? String(o.id) : url;
  const named = (reason: string) => (id === null ? reason : `${id}: ${reason}`);
  const html = typeof o.text !== 'string' && typeof o.html === 'string' ? o.html : null;
  if (typeof o.text !== 'string' && html === null) return errorDoc(id, named('no "text" or "html" string'), where);
  let date: string | null = null;
  if (o.date !== undefined && o.date !== null) {
    if (typeof o.date !== 'string' || !isIsoDate(o.date)) return errorDoc(id, named('"date" is not a YYYY-MM-DD date'), where);
    date = o.date;
  }
  if (html === null) return { id, text: o.text as string, date, metadata: emptyMetadata(), error: null, where, warnings: [] };
  try {
    return readingDoc(id, await readHtml(html, url), { date, where });
  } catch (err) {
    return errorDoc(id, named(describe(err)), where);
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
  // readline (and the streams and promises modules it brings) only for JSONL, not at every start
  const readline = createRequire(import.meta.url)('node:readline') as typeof import('node:readline');
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      // a byte-order mark opens the stream, not the first document (readline's decoder keeps it)
      yield await parseJsonlLine(n === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line, `${name}:${n}`);
    }
  } catch (err) {
    yield errorDoc(null, `${name}: ${describe(err)}`);
  }
}

export async function* documents(sources: readonly string[], format: InputFormat, o: UrlOptions = {}): AsyncGenerator<Doc> {
  for (const source of sources) {
    const f = fileFormatOf(source, format);
    if (f === 'jsonl') yield* jsonlDocs(source);
    else yield await wholeFileDoc(source, f, format === 'auto' && f === 'text', o);
  }
}
