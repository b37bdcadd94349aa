// The dependency parser: the transition system can build any projective tree (its oracle walks to
// the gold tree), the shipped models read the relations events and roles depend on, and an
// article's parse is made once per sentence and shared.
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/article/article.js';
import { ArcHybrid, RIGHT, SHIFT } from '../src/syntax/arc-hybrid.js';
import { parseOf } from '../src/syntax/sentence-parse.js';

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
  return Array.from(s.heads, (h) => (h === n ? -1 : h));
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
});
