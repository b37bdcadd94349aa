// The entity recogniser's fast paths must agree with its definitions: features written once as
// string parts are hashed in parts (HashSink) exactly as the joined strings would hash; run-time
// tagging with cached group scores gives the labels of plain decoding over every feature's
// buckets (the training path); and the recogniser reuses the shared POS tags of the raw words,
// which must be the tags of its folded words (typographic quotes and dashes, headlines in capitals).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/article/article.js';
import { GAZETTEER_FILE, gazetteerInto, MAX_PHRASE } from '../src/entities/features-gazetteer.js';
import { foldWord, HashSink, labelFeatures, labelHistoryInto, labelWordInto, staticFeatures, staticFeaturesInto, StringSink, wordShape } from '../src/entities/features.js';
import {
  Decoder,
  firstPassCounts,
  nerModels,
  prepareDocument,
  secondPassFeatures,
  secondPassInto,
  sentenceFeatures,
  tagDocument,
  type NerDocument,
} from '../src/entities/ner.js';
import { dataFile } from '../src/model/files.js';
import { hashFeature } from '../src/model/perceptron.js';
import { articleTags, normWord, posModel, tagWords } from '../src/model/pos.js';
import { fixture } from './helpers/cli.js';

const texts = [
  fs.readFileSync(fixture('serbia-russia-call.txt'), 'utf8'),
  ...fs
    .readFileSync(fixture('scale-articles.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, 3)
    .map((l) => (JSON.parse(l) as { text: string }).text),
  // Written for this test: a headline in capitals with typographic quotes and dashes, then prose
  // repeating its names.
  'MINISTER’S VISIT — “NO DEAL” FOR ACME CORP IN OSLO\nThe minister – who met Acme Corp in Oslo – said “no deal” was near. Acme said so too.',
];

const docOf = (text: string): { words: string[][]; doc: NerDocument; article: ReturnType<typeof buildArticle> } => {
  const article = buildArticle(text);
  const words = article.sentences.map((s) => s.tokens.map((t) => t.text));
  return { words, doc: prepareDocument(words, articleTags(article)), article };
};

const MASK = (1 << 20) - 1;
const hashed = (features: readonly string[]) => features.map((f) => hashFeature(f) & MASK);

describe('features hashed in parts', () => {
  it('give the buckets of the joined feature strings (static, label and second-pass features)', () => {
    let checked = 0;
    for (const text of texts) {
      const { doc } = docOf(text);
      const sink = new HashSink(MASK);
      doc.sentences.forEach((s, si) => {
        const strings = staticFeatures(s, doc.doc);
        sink.reset();
        staticFeaturesInto(s, doc.doc, sink);
        strings.forEach((f, i) => {
          expect(Array.from(sink.buckets.subarray(sink.starts[i], sink.starts[i + 1]))).toEqual(hashed(f));
          checked++;
        });
        const w = s.words[0];
        sink.reset();
        labelHistoryInto('B-PER', '<s>', sink);
        labelWordInto('B-PER', normWord(w), wordShape(w), sink);
        expect(Array.from(sink.buckets.subarray(0, sink.length))).toEqual(hashed(labelFeatures('B-PER', '<s>', normWord(w), wordShape(w))));
      });
      const first = doc.sentences.map((s) => s.words.map((_, i) => (i % 3 === 0 ? 'U-ORG' : 'O')));
      const strings = secondPassFeatures(doc, first);
      const counts = firstPassCounts(doc, first);
      doc.sentences.forEach((s, si) => {
        sink.reset();
        secondPassInto(s, first[si], counts, sink);
        strings[si].forEach((f, i) => expect(Array.from(sink.buckets.subarray(sink.starts[i], sink.starts[i + 1]))).toEqual(hashed(f)));
      });
    }
    expect(checked).toBeGreaterThan(500);
  });
});

describe('gazetteer', () => {
  // names.tsv is searched, not parsed (features-gazetteer.ts): it must stay sorted and clean.
  const lines = fs.readFileSync(dataFile(...GAZETTEER_FILE), 'utf8').split('\n');
  const body = lines.slice(lines.findIndex((l) => !l.startsWith('#')));
  const rows = body.slice(0, -1).map((l) => l.split('\t'));

  it('names.tsv: header, then lower-case names, unique and sorted, one per line with its categories', () => {
    expect(body.at(-1)).toBe('');
    for (const [i, row] of rows.entries()) {
      const [name] = row;
      expect(row.length, name).toBe(2);
      expect(name, name).toBe(name.toLowerCase());
      // No comment-like or blank start, no control character (a name "x\u0001..." would sort between "x" and "x ...").
      expect(/^[^\s#][^\0-\x1f]*$/.test(name), name).toBe(true);
      if (i > 0) expect(rows[i - 1][0] < name, name).toBe(true);
    }
  });

  it('finds every name of names.tsv, alone as a sentence, with its categories', () => {
    const got: string[] = [];
    const sink = { add: (a: string, b = '', c = '') => got.push(a + b + c) };
    for (const [name, cats] of rows) {
      const words = name.split(' ');
      if (words.length > MAX_PHRASE || words.some((w) => !w)) continue;
      got.length = 0;
      gazetteerInto(words)(0, sink);
      const at = words.length === 1 ? '|U' : '|B';
      for (const c of cats.split(',')) expect(got, name).toContain(`gz=${c}${at}`);
    }
  });
});

describe('run-time tagging', () => {
  /** Both passes decoded over every feature's buckets, nothing cached (as training decodes). */
  function plain(doc: NerDocument): string[][] {
    const { first: m1, second: m2 } = nerModels();
    const d1 = new Decoder(m1);
    const d2 = new Decoder(m2);
    const sink = new HashSink((1 << m1.bits) - 1);
    const first = doc.sentences.map((s, si) => Array.from(d1.decode(s, sentenceFeatures(doc, si, sink), new Uint8Array(s.words.length)), (c) => m1.classes[c]));
    const counts = firstPassCounts(doc, first);
    const extra = new HashSink((1 << m2.bits) - 1);
    return doc.sentences.map((s, si) => {
      extra.reset();
      secondPassInto(s, first[si], counts, extra);
      const stat = sentenceFeatures(doc, si, sink);
      return Array.from(d2.decode(s, stat, new Uint8Array(s.words.length), undefined, extra), (c) => m2.classes[c]);
    });
  }

  it('labels as plain decoding does, with cold and warm caches', () => {
    for (const text of texts) {
      const { doc } = docOf(text);
      const expected = plain(doc);
      expect(tagDocument(nerModels(), doc)).toEqual(expected);
      expect(tagDocument(nerModels(), doc)).toEqual(expected);
    }
  });

  it('labels as plain decoding does after its caches were emptied', () => {
    // A document tagged (its word forms remember their cache rows: Lexeme.rows), then one with
    // more new word forms than the caches hold (50,000), which empties them, then the first again:
    // the rows it remembers are stale and must not be used.
    const { doc } = docOf(texts[0]);
    const expected = plain(doc);
    expect(tagDocument(nerModels(), doc)).toEqual(expected);
    const made = Array.from({ length: 2_600 }, (_, k) =>
      Array.from({ length: 20 }, (_, j) => (j % 3 === 0 ? `Q${(k * 20 + j).toString(36)}x` : `q${(k * 20 + j).toString(36)}`)),
    );
    const big = prepareDocument(made);
    expect(tagDocument(nerModels(), big)).toEqual(plain(big));
    expect(tagDocument(nerModels(), doc)).toEqual(expected);
  }, 60_000);
});

describe('shared POS tags', () => {
  it('are the tags of the folded words, also for a headline in capitals with curly quotes and dashes', () => {
    const { words, doc, article } = docOf(texts[texts.length - 1]);
    expect(doc.sentences[0].allCaps).toBe(true);
    const shared = articleTags(article);
    words.forEach((ws, si) => expect(shared[si]).toEqual(tagWords(posModel(), ws.map(foldWord))));
    // The recogniser's own tagging (no tags given) agrees with the shared tags.
    expect(prepareDocument(words).sentences.map((s) => s.tags)).toEqual(shared);
    // A dash reads as the '--' of the training text (punctuation), not as a proper noun.
    const dash = words[0].indexOf('—');
    expect(shared[0][dash]).toBe(':');
  });
});
