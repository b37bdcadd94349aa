// Inputs for the benchmarks, built at run time from the shared corpora (their texts are not ours
// to copy into the project): CoNLL-2003 dev as newsx JSONL, and one long text made of it.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SHARED = process.env.NEWSX_SHARED ?? '/work/shared';
export const CONLL_DEV = path.join(SHARED, 'corpora/conll2003-en/dev.jsonl');

export function seedArticle(root) {
  const own = path.join(root, 'fixtures/serbia-russia-call.txt');
  return fs.existsSync(own) ? own : path.join(SHARED, 'fixtures/serbia-russia-call.txt');
}

/** Words as score.mjs counts them: runs of non-space. */
export function countWords(text) {
  return text.split(/\s+/).filter(Boolean).length;
}

export function goldDocs(file = CONLL_DEV) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

export function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-bench-'));
}

/** The gold corpus as `{id, text, date}` lines (what `--input-format jsonl` reads). */
export function writeJsonl(file, docs) {
  fs.writeFileSync(file, docs.map((d) => JSON.stringify({ id: d.id, text: d.text, date: d.dct || d.date || undefined })).join('\n') + '\n');
}

/** About `bytes` of text: the corpus documents one after another, repeated as needed. */
export function longText(docs, bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i = (i + 1) % docs.length) {
    parts.push(docs[i].text);
    size += Buffer.byteLength(docs[i].text) + 1;
  }
  return parts.join('\n');
}

/** The same text cut at line breaks into `n` pieces of about equal size. */
export function splitText(text, n) {
  const lines = text.split('\n');
  const target = text.length / n;
  const pieces = [];
  let cur = [];
  let len = 0;
  for (const line of lines) {
    cur.push(line);
    len += line.length + 1;
    if (len >= target && pieces.length < n - 1) {
      pieces.push(cur.join('\n'));
      cur = [];
      len = 0;
    }
  }
  if (cur.length) pieces.push(cur.join('\n'));
  return pieces;
}
