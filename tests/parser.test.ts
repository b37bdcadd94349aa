// The dependency parser: the transition system can build any projective tree (its oracle walks to
// the gold tree), the shipped models read the relations events and roles depend on, and an
// article's parse is made once per sentence and shared.
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/article/article.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ArcHybrid, LEFT, RIGHT, SHIFT } from '../src/syntax/arc-hybrid.js';
import { CONTEXT_FEATURES, MOVE_FEATURES, moveBuckets, moveContextBuckets, parseAtoms } from '../src/syntax/parse-features.js';
import { PositionRows } from '../src/syntax/position-rows.js';
import { ParserTable } from '../src/syntax/parser-model.js';
import { parserModels, parseWords } from '../src/syntax/parser.js';
import { MAX_PARSED_TOKENS, parsedOrNull, parseOf } from '../src/syntax/sentence-parse.js';

/** Follows zero-cost moves from the start: the tree it ends with. */
function oracleTree(gold: number[]): number[] {
  const n = gold.length;
  const g = Int32Array.from(gold, (h) => (h < 0 ? n : h));
  const s = new ArcHybrid(n);
  while (!s.done()) {
    let move = -1;
    for (let m = SHIFT; m <= RIGHT && move < 0; m++) if (s.valid(m) && s.cost(m, g) === 0) move = m;
    if (move < 0) throw new Error('no zero-cost move');
    s.apply(move, 0);
  }
  return Array.from(s.heads.subarray(0, n), (h) => (h === n ? -1 : h));
}

describe('arc-hybrid oracle', () => {
  it('reaches every projective gold tree', () => {
    const trees = [
      // The minister signed the deal .
      [1, 2, -1, 4, 2, 2],
      // The minister , who arrived , signed the deal
      [1, 6, 4, 4, 1, 4, -1, 8, 6],
      [-1],
      [1, -1, 1],
      // He said talks began
      [1, -1, 3, 1],
    ];
    for (const t of trees) expect(oracleTree(t)).toEqual(t);
  });
});

/** word -> [head word, label] of a parse of one sentence. */
function relations(text: string): Record<string, [string, string]> {
  const article = buildArticle(text);
  const p = parseOf(article, 0);
  const words = article.sentences[0].tokens.map((t) => t.text);
  return Object.fromEntries(words.map((w, i) => [w, [p.heads[i] < 0 ? 'ROOT' : words[p.heads[i]], p.labels[i]]]));
}

describe('parseOf', () => {
  it('finds subject, object and root of a plain clause', () => {
    const r = relations('The minister signed the agreement.');
    expect(r.signed).toEqual(['ROOT', 'root']);
    expect(r.minister).toEqual(['signed', 'nsubj']);
    expect(r.agreement).toEqual(['signed', 'obj']);
  });

  it('reads a passive with its agent', () => {
    const r = relations('The town was attacked by rebels.');
    expect(r.town).toEqual(['attacked', 'nsubj:pass']);
    expect(r.was).toEqual(['attacked', 'aux:pass']);
    expect(r.rebels).toEqual(['attacked', 'obl:agent']);
  });

  it('parses each sentence once and shares the result', () => {
    const article = buildArticle('Shares fell. The company said it would cut jobs.');
    const first = parseOf(article, 1);
    expect(parseOf(article, 1)).toBe(first);
    expect(first.heads.length).toBe(article.sentences[1].tokens.length);
    expect(first.labels.filter((l) => l === 'root')).toHaveLength(1);
  });

  it('gives no parse of a sentence past MAX_PARSED_TOKENS, the same parse below it', () => {
    // one "sentence" of 2 + 3 * 100 tokens (no sentence end inside), then a short one
    const article = buildArticle(`Officials said ${'red , blue '.repeat(100)}today. The company said it would cut jobs.`);
    expect(article.sentences[0].tokens.length).toBeGreaterThan(MAX_PARSED_TOKENS);
    expect(parsedOrNull(article, 0)).toBeNull();
    expect(parsedOrNull(article, 1)).toBe(parseOf(article, 1));
  });

  it('skips no scored move: the last word of a one-word sentence hangs on the root', () => {
    const p = parseOf(buildArticle('Thanks.'), 0);
    expect(Array.from(p.heads)).toEqual([-1, 0]);
    expect(p.labels).toEqual(['root', 'punct']);
  });
});

describe('ParserTable', () => {
  it('keeps the buckets with a large weight, all their non-zero weights, Int8-quantised', () => {
    // 2^6 buckets of 3 classes; the largest weight is 2.54, so one Int8 step is 0.02.
    const w = new Float32Array(3 << 6);
    w.set([2.54, -1.0, 0], 5 * 3); // bucket 5: kept, its 0 left out
    w.set([0.1, 0.3, -0.04], 6 * 3); // bucket 6: kept (0.3 > 0.1 * 2.54), -0.04 kept as -2
    w.set([0.2, 0, 0], 40 * 3); // bucket 40: 0.2 < 0.254, dropped
    w.set([0, 0, 0.005], 63 * 3); // bucket 63: dropped
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-table-')), 't.bin');
    ParserTable.save(file, ['a', 'b', 'c'], 6, w, 0.1, 3);
    const t = ParserTable.load(file);
    expect(t.scale).toBeCloseTo(0.02, 6);
    const sums = new Int32Array(3);
    const add = (...buckets: number[]) => {
      sums.fill(0);
      t.addInto(Int32Array.from(buckets), 0, buckets.length, sums);
      return Array.from(sums);
    };
    expect(add(5)).toEqual([127, -50, 0]);
    expect(add(6)).toEqual([5, 15, -2]);
    expect(add(5, 6, 40, 63, 7)).toEqual([132, -35, -2]);
    expect(add(40, 63, 0, 4)).toEqual([0, 0, 0]);
    // Entries hold 8 bits of bucket and class: 2 of class leave at most 6.
    expect(() => ParserTable.save(file, ['a', 'b', 'c'], 6, w, 0.1, 7)).toThrow(/at most 6 bits/);
  });
});

describe('ParserTable index', () => {
  // Tables like the shipped ones: many buckets of few classes (a bit per bucket of a group) and
  // few buckets of many classes (a start per bucket); sparse weights, some buckets dropped.
  for (const [bits, classes, low] of [
    [19, 3, 5],
    [10, 50, 2],
  ] as const) {
    it(`reads the same weights through its index (${bits} bits, ${classes} classes)`, () => {
      let seed = 7;
      const random = () => ((seed = Math.imul(seed, 48271) % 0x7fffffff) & 0xffff) / 0x10000;
      const w = new Float32Array(classes << bits);
      for (let k = 0; k < w.length; k++) if (random() < 0.05) w[k] = random() * 4 - 2;
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-table-')), 't.bin');
      const names = Array.from({ length: classes }, (_, c) => `c${c}`);
      ParserTable.save(file, names, bits, w, 0.3, low);
      const plain = ParserTable.load(file);
      const indexed = ParserTable.load(file);
      indexed.index();
      const buckets = Int32Array.from({ length: 5000 }, () => Math.floor(random() * (1 << bits)));
      const a = new Int32Array(classes);
      const b = new Int32Array(classes);
      for (let i = 0; i + 20 <= buckets.length; i += 20) {
        a.fill(0);
        b.fill(0);
        plain.addInto(buckets, i, i + 20, a);
        indexed.addInto(buckets, i, i + 20, b);
        expect(Array.from(b)).toEqual(Array.from(a));
      }
      // every bucket alone, in a small table
      if (bits <= 10)
        for (let k = 0; k < 1 << bits; k++) {
          a.fill(0);
          b.fill(0);
          plain.addInto(Int32Array.of(k), 0, 1, a);
          indexed.addInto(Int32Array.of(k), 0, 1, b);
          expect(Array.from(b)).toEqual(Array.from(a));
        }
    });
  }
});

describe('parseWords', () => {
  it('gives the same tree whatever it parsed before (its state is reused)', () => {
    const short = { words: ['Shares', 'fell', '.'], tags: ['NNS', 'VBD', '.'] };
    const long = {
      words: 'The minister , who arrived late on Monday , signed the agreement with the union and left'.split(' '),
      tags: ['DT', 'NN', ',', 'WP', 'VBD', 'RB', 'IN', 'NNP', ',', 'VBD', 'DT', 'NN', 'IN', 'DT', 'NN', 'CC', 'VBD'],
    };
    const m = parserModels();
    const first = parseWords(m, short.words, short.tags);
    parseWords(m, long.words, long.tags);
    const again = parseWords(m, short.words, short.tags);
    expect(Array.from(again.heads)).toEqual(Array.from(first.heads));
    expect(again.labels).toEqual(first.labels);
    expect(Array.from(first.heads)).toEqual([1, -1, 1]);
    expect(first.labels).toEqual(['nsubj', 'root', 'punct']);
  });
});

describe('PositionRows', () => {
  it('gives every state the sums of scoring all its move features', () => {
    const words = 'The minister , who arrived late on Monday , signed the agreement'.split(' ');
    const tags = ['DT', 'NN', ',', 'WP', 'VBD', 'RB', 'IN', 'NNP', ',', 'VBD', 'DT', 'NN'];
    const moves = parserModels().moves as ParserTable;
    const mask = (1 << moves.bits) - 1;
    const x = parseAtoms(words, tags);
    const rows = new PositionRows(moves);
    rows.load(x, words.length);
    const s = new ArcHybrid(words.length);
    const all = new Int32Array(3);
    const parts = new Int32Array(3);
    // Every kind of state: an empty stack, deep stacks, words with dependents on both sides, the root.
    const script = [SHIFT, SHIFT, LEFT, SHIFT, SHIFT, SHIFT, RIGHT, SHIFT, SHIFT, RIGHT, RIGHT, LEFT];
    let states = 0;
    while (!s.done()) {
      all.fill(0);
      moves.addInto(moveBuckets(s, x, mask, new Int32Array(MOVE_FEATURES)), 0, MOVE_FEATURES, all);
      rows.sumsOf(s, parts);
      moves.addInto(moveContextBuckets(s, x, mask, new Int32Array(CONTEXT_FEATURES)), 0, CONTEXT_FEATURES, parts);
      expect(Array.from(parts)).toEqual(Array.from(all));
      states++;
      const next = script.shift();
      s.apply(next !== undefined && s.valid(next) ? next : s.valid(SHIFT) ? SHIFT : s.valid(RIGHT) ? RIGHT : LEFT, 0);
    }
    expect(states).toBeGreaterThan(2 * words.length - 1);
  });
});
