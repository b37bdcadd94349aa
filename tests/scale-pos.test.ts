// The POS tagger's fast path hashes its features in parts (posBuckets) instead of building the
// feature strings; the strings (posFeatures) stay the definition that training uses. Both must
// give the same buckets, or tagging would silently drift from the trained model.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/article/article.js';
import { normWord, posBuckets, posFeatures, posModel, shape, tagWords } from '../src/model/pos.js';
import { fixture } from './helpers/cli.js';

const texts = [
  fs.readFileSync(fixture('serbia-russia-call.txt'), 'utf8'),
  fs.readFileSync(fixture('bom-crlf-emoji.txt'), 'utf8'),
  ...fs.readFileSync(fixture('scale-articles.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text),
  // one-letter and empty-looking words, digits, curly quotes, a lone token
  'A 1996 “X” b’s U.S. 3.5 — I',
  'Ok',
];

describe('posBuckets is posFeatures hashed', () => {
  const model = posModel();
  const mask = (1 << model.bits) - 1;
  it('gives the same buckets for every token and tag history of the fixtures', () => {
    let checked = 0;
    for (const text of texts) {
      for (const s of buildArticle(text).sentences) {
        const words = s.tokens.map((t) => t.text);
        const tags = tagWords(model, words);
        const norms = words.map(normWord);
        const shapes = words.map(shape);
        for (let i = 0; i < words.length; i++) {
          const prev = tags[i - 1] ?? '-START-';
          const prev2 = tags[i - 2] ?? '-START2-';
          const fast = Array.from(posBuckets(norms, shapes, i, prev, prev2, mask, new Int32Array(17)));
          expect(fast).toEqual(Array.from(model.buckets(posFeatures(words, i, prev, prev2))));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
  it('tags with the fast path as with the feature strings', () => {
    const words = buildArticle(texts[0]).sentences[0].tokens.map((t) => t.text);
    const slow: string[] = [];
    for (let i = 0; i < words.length; i++) slow.push(model.classes[model.predict(model.buckets(posFeatures(words, i, slow[i - 1] ?? '-START-', slow[i - 2] ?? '-START2-')))]);
    expect(tagWords(model, words)).toEqual(slow);
  });
  it('tags the same after its word cache was emptied, also within a sentence', () => {
    const sentences = texts.flatMap((t) => buildArticle(t).sentences.map((s) => s.tokens.map((t) => t.text)));
    const before = sentences.map((ws) => tagWords(model, ws));
    // More new word forms than the cache holds (50,000): it is emptied while tagging them, and the
    // fixture words tagged again after them, or in one sentence with them, are scored afresh.
    const filler = Array.from({ length: 50_500 }, (_, k) => `w${k.toString(36)}x`);
    const long = [...sentences[0], ...filler, ...sentences[0]];
    const tags = tagWords(model, long);
    expect(tags.slice(0, sentences[0].length)).toEqual(before[0]);
    expect(sentences.map((ws) => tagWords(model, ws))).toEqual(before);
  });
});

describe('shape', () => {
  // The definition, as regular expressions; shape takes a faster path for ASCII words.
  const byRegex = (w: string) =>
    w
      .replace(/[“”„«»]/g, '"')
      .replace(/[‘’]/g, "'")
      .replace(/\p{Lu}/gu, 'X')
      .replace(/\p{Ll}/gu, 'x')
      .replace(/\p{N}/gu, 'd')
      .replace(/(.)\1{2,}/g, '$1$1');
  it('is the regex definition for every printable ASCII character in runs, and for other words', () => {
    const words = ['Washington', 'U.S.', '1,000,000', '---', "''''", 'iPhone15', 'ÉLYSÉE', 'Ünïcode', '“Quote”', 'x\ty', '٣٤٥'];
    for (let c = 0x20; c < 0x7f; c++) {
      const ch = String.fromCharCode(c);
      words.push(ch, ch.repeat(3), `a${ch.repeat(4)}B`);
    }
    for (const w of words) expect(shape(w), w).toBe(byRegex(w));
    expect(shape('Washington')).toBe('Xxx');
    expect(shape('1,000,000')).toBe('d,dd,dd');
  });
});
