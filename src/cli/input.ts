// Turning the command line's inputs into documents: files, `-` (stdin), plain text, HTML or JSONL.
// Each bad input becomes a Doc with an error, so one bad file or line never stops the others.

import fs from 'node:fs';
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import { htmlToText } from '../article/html.js';
import { isIsoDate } from '../article/reference-date.js';
import { describe } from './errors.js';

export type InputFormat = 'text' | 'html' | 'jsonl';

export interface Doc {
  id: string | null;
  text: string;
  date: string | null;
  /** Why the input could not be read, naming the file or line; the document is then reported as an error. */
  error: string | null;
  /** Problems that did not stop the reading (e.g. invalid UTF-8 replaced). */
  warnings: string[];
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const LOOSE_UTF8 = new TextDecoder('utf-8');

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

function errorDoc(id: string | null, error: string): Doc {
  return { id, text: '', date: null, error, warnings: [] };
}

async function readWhole(source: string): Promise<Buffer> {
  if (source === '-') return readAll(process.stdin);
  const stat = await fs.promises.stat(source);
  if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  return fs.promises.readFile(source);
}

/** One document per file (text or HTML). */
async function wholeFileDoc(source: string, format: 'text' | 'html'): Promise<Doc> {
  const id = source === '-' ? 'stdin' : source;
  try {
    const warnings: string[] = [];
    const raw = decodeText(await readWhole(source), warnings);
    return { id, text: format === 'html' ? htmlToText(raw) : raw, date: null, error: null, warnings };
  } catch (err) {
    return errorDoc(id, `${id}: ${describe(err)}`);
  }
}

/** A JSONL line `{"id", "text", "date"?}` as a document, or an error document. */
export function parseJsonlLine(line: string, where: string): Doc {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return errorDoc(null, `${where}: not valid JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return errorDoc(null, `${where}: not a JSON object`);
  const o = value as Record<string, unknown>;
  const id = typeof o.id === 'string' ? o.id : typeof o.id === 'number' ? String(o.id) : null;
  if (typeof o.text !== 'string') return errorDoc(id, `${where}: no "text" string`);
  let date: string | null = null;
  if (o.date !== undefined && o.date !== null) {
    if (typeof o.date !== 'string' || !isIsoDate(o.date)) return errorDoc(id, `${where}: "date" is not a YYYY-MM-DD date`);
    date = o.date;
  }
  return { id, text: o.text, date, error: null, warnings: [] };
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
      yield parseJsonlLine(line, `${name}:${n}`);
    }
  } catch (err) {
    yield errorDoc(null, `${name}: ${describe(err)}`);
  }
}

export async function* documents(sources: readonly string[], format: InputFormat): AsyncGenerator<Doc> {
  for (const source of sources) {
    if (format === 'jsonl') yield* jsonlDocs(source);
    else yield await wholeFileDoc(source, format);
  }
}
