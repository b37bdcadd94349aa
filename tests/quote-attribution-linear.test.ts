// Fault 3 of issue 17, quote attribution: a backward search for a cue from the start of the
// sentence, once per quotation, made 100 KB of “Yes,” in one sentence quadratic (21 s). This
// counts the cue look-ups findQuotes makes instead of timing it: linear means a few per token.
import { describe, expect, it, vi } from 'vitest';

let lookups = 0;
vi.mock('../src/quotes/context.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/quotes/context.js')>();
  return {
    ...original,
    buildContext: (...args: Parameters<typeof original.buildContext>) => {
      const ctx = original.buildContext(...args);
      const { isCue, isVerb } = ctx;
      ctx.isCue = (i) => (lookups++, isCue(i));
      ctx.isVerb = (i) => (lookups++, isVerb(i));
      return ctx;
    },
  };
});

const { buildArticle } = await import('../src/article/article.js');
const { findQuotes } = await import('../src/quotes/index.js');

describe('quote attribution is linear in the length of a sentence', () => {
  it.each(['“Yes,” ', '„’s ', '“No” and “yes” ', '"a" '])('%j repeated over 20 KB', (unit) => {
    const article = buildArticle(unit.repeat(Math.ceil(20_000 / unit.length)));
    lookups = 0;
    findQuotes(article, []);
    expect(lookups).toBeLessThan(10 * article.tokens.length);
  });
});
