// cueThen (src/dates/parser.ts) answers what a cue /A[^]*?B/ answers, in one pass over a sentence
// instead of one per A (issue 17: a 100 KB sentence of "in"s and no time unit read itself once per
// "in").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cueThen } from '../src/dates/parser.js';

describe('cueThen', () => {
  const pairs: [RegExp, RegExp][] = [
    [/in\s/iu, /second|minute|hour/iu],
    [/(?:every|each)\s/iu, /day|week|Jan/iu],
  ];
  it.each(pairs)('%s then %s is /A[^]*?B/', (first, then) => {
    const whole = new RegExp(`${first.source}[^]*?(?:${then.source})`, first.flags);
    const cue = cueThen(first, then);
    const words = fc.constantFrom('in', 'IN', ' ', '\n', 'second', 'Minute', 'each', 'every', 'day', 'jan', 'x', 'week', 'ın', 'ea');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(cue.test(text)).toBe(whole.test(text));
      }),
      { numRuns: 2000, seed: 17 },
    );
  });
  it('finds the unit after the first "in", not before it', () => {
    const cue = cueThen(/in\s/iu, /second|minute|hour/iu);
    expect(cue.test('Back in an hour')).toBe(true);
    expect(cue.test('an hour in ')).toBe(false);
    expect(cue.test('an hour in, in a minute')).toBe(true);
  });
});
