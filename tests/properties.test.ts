// Property-based tests (fast-check): generated documents of every kind (tests/fuzz/arbitraries.ts)
// keep the properties of tests/fuzz/properties.ts. A fixed seed keeps `npm test` deterministic;
// `npm run fuzz` runs the same properties 20,000 times over other seeds. On a failure fast-check
// prints the shrunk input and the seed and path that replay it.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { fuzzDoc, jsonlLine, mutatedArticle, repetition, unicodeText } from './fuzz/arbitraries.js';
import { checkBatch, checkDocument } from './fuzz/properties.js';

const SEED = 17;

describe('every document keeps its properties (analyze in process)', () => {
  it('no throw, no failed analyzer, exact spans, sorted lists, schema-valid, the same in two time zones', { timeout: 120_000 }, () => {
    fc.assert(fc.property(fuzzDoc(2000), checkDocument), { seed: SEED, numRuns: 150 });
  });
  it('so do mutated articles, random Unicode and long repetitions', { timeout: 120_000 }, () => {
    fc.assert(fc.property(fc.oneof(mutatedArticle, unicodeText).map((text) => ({ text, date: '2024-10-21' })), checkDocument), { seed: SEED, numRuns: 40 });
    fc.assert(fc.property(repetition(20_000).map((text) => ({ text, date: null })), checkDocument), { seed: SEED, numRuns: 8 });
  });
});

describe('every batch keeps its properties (the built CLI)', () => {
  it('no line lost, --jobs 1 = --jobs 2, the batch = its two halves concatenated', { timeout: 120_000 }, () => {
    fc.assert(fc.property(fc.array(jsonlLine(300), { minLength: 1, maxLength: 10 }), fc.nat({ max: 10 }), checkBatch), { seed: SEED, numRuns: 1 });
  });
});
