// Turning the command line's inputs into documents: files, `-` (stdin), plain text, HTML or JSONL.
// Each bad input becomes a Doc with an error, so one bad file or line never stops the others.

import fs from 'node:fs';
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import { htmlToText } from '../article/html.js';
import { isIsoDate } from '../article/reference-date.js';
import { directivesOf, wholeDocument, type Directive } from '../check/directives.js';
import { markdownToText } from '../input/markdown.js';
import { describe } from './errors.js';

export type InputFormat = 'text' | 'html' | 'markdown' | 'jsonl' | 'auto';
type FileFormat = Exclude<InputFormat, 'auto'>;

export interface Doc {
  id: string | null;
  text: string;
  date: string | null;
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

// ignoreBOM keeps a byte-order mark in the decoded text: buildArticle removes one, and only one,
// for files and library callers alike (decoding and building each removing one took two off a
// file that starts with two, and every offset was one too low).
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const LOOSE_UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

export function decodeText(buf: Buffer, warnings: string[]): string {
  if (buf.includes(0)) throw new Error('binary file (contains NUL bytes)');
  try {
    return STRICT_UTF8.decode(buf);
  } catch {
    warnings.push('invalid UTF-8, decoded with replacement characters');
    return LOOSE_UTF8.decode(buf);
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

function errorDoc(id: string | null, error: string, where?: string): Doc {
  return where === undefined ? { id, text: '', date: null, error, warnings: [] } : { id, text: '', date: null, error, where, warnings: [] };
}

async function readWhole(source: string): Promise<Buffer> {
  if (source === '-') return readAll(process.stdin);
  const stat = await fs.promises.stat(source);
  if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  return fs.promises.readFile(source);
}

/** `auto`: the format a file's name says (.md, .html, .jsonl), else text; stdin is text. */
export function fileFormatOf(source: string, format: InputFormat): FileFormat {
  if (format !== 'auto') return format;
  const ext = source === '-' ? '' : source.slice(source.lastIndexOf('.') + 1).toLowerCase();
  if (ext === 'md' || ext === 'markdown' || ext === 'mdx') return 'markdown';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  return 'text';
}

/** One document per file (text, HTML or Markdown). */
async function wholeFileDoc(source: string, format: 'text' | 'html' | 'markdown'): Promise<Doc> {
  const id = source === '-' ? 'stdin' : source;
  try {
    const warnings: string[] = [];
    const raw = decodeText(await readWhole(source), warnings);
    if (format === 'html') return { id, text: htmlToText(raw), date: null, error: null, warnings, directives: wholeDocument(directivesOf(raw)) };
    if (format === 'markdown') {
      // The byte-order mark goes first, as buildArticle would remove it: offsets count after it.
      const md = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      return { id, text: markdownToText(md), date: null, error: null, warnings, source: md, directives: directivesOf(md) };
    }
    return { id, text: raw, date: null, error: null, warnings };
  } catch (err) {
    return errorDoc(id, `${id}: ${describe(err)}`);
  }
}

/** A JSONL line `{"id", "text", "date"?}` as a document, or an error document. `where` (file:N)
 *  goes to stderr only; the error record names the line by its id, or by nothing when it has none. */
export function parseJsonlLine(line: string, where: string): Doc {
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
  const id = typeof o.id === 'string' ? o.id : typeof o.id === 'number' ? String(o.id) : null;
  const named = (reason: string) => (id === null ? reason : `${id}: ${reason}`);
  if (typeof o.text !== 'string') return errorDoc(id, named('no "text" string'), where);
  let date: string | null = null;
  if (o.date !== undefined && o.date !== null) {
    if (typeof o.date !== 'string' || !isIsoDate(o.date)) return errorDoc(id, named('"date" is not a YYYY-MM-DD date'), where);
    date = o.date;
  }
  return { id, text: o.text, date, error: null, where, warnings: [] };
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
      // a byte-order mark opens the stream, not the first document (readline's decoder keeps it)
      yield parseJsonlLine(n === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line, `${name}:${n}`);
    }
  } catch (err) {
    yield errorDoc(null, `${name}: ${describe(err)}`);
  }
}

export async function* documents(sources: readonly string[], format: InputFormat): AsyncGenerator<Doc> {
  for (const source of sources) {
    const f = fileFormatOf(source, format);
    if (f === 'jsonl') yield* jsonlDocs(source);
    else yield await wholeFileDoc(source, f);
  }
}
