// Issue 17, "no input of 100 KB over 1 s": the event rules read a sentence's arrays (its words,
// tags, entities, tokens) and its parse around each trigger, date and pronoun. A document whose
// text is one sentence of thousands of tokens ("he met her in Paris on Monday." repeated: no
// capital after the period, so no sentence end) made every per-trigger walk over the whole
// sentence quadratic: the dependents of the parse's root read once per verb, the sentence walked
// back for a person before every "he", the tokens walked for every date. This counts the reads
// findEvents makes instead of timing it: linear means a bounded number per token.
import { describe, expect, it, vi } from 'vitest';

let reads = 0;

/** The array, counting every read of an element. */
function counted<T>(list: readonly T[]): readonly T[] {
  return new Proxy(list, {
    get(target, key, receiver) {
      if (typeof key === 'string' && key.length && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
}

vi.mock('../src/events/context.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/events/context.js')>();
  return {
    ...original,
    sentenceContext: (...args: Parameters<typeof original.sentenceContext>) => {
      const c = original.sentenceContext(...args);
      return {
        ...c,
        words: counted(c.words),
        lower: counted(c.lower),
        tags: counted(c.tags),
        tokens: counted(c.tokens),
        labels: counted(c.labels),
        entityAt: counted(c.entityAt),
        quoted: counted(c.quoted),
        timex: counted(c.timex),
      };
    },
  };
});

vi.mock('../src/syntax/tree.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/syntax/tree.js')>();
  const wrapped = new WeakMap<object, readonly (readonly number[])[]>();
  return {
    ...original,
    dependentsOf: (p: Parameters<typeof original.dependentsOf>[0]) => {
      let d = wrapped.get(p);
      if (!d) wrapped.set(p, (d = original.dependentsOf(p).map((list) => counted(list))));
      return d;
    },
  };
});

let parsed = 0;
vi.mock('../src/syntax/sentence-parse.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/syntax/sentence-parse.js')>();
  return { ...original, parseOf: (...args: Parameters<typeof original.parseOf>) => (parsed++, original.parseOf(...args)) };
});

const { analyze } = await import('../src/index.js');
const { buildArticle } = await import('../src/article/article.js');
const { findDates } = await import('../src/dates/index.js');
const { findEntities } = await import('../src/entities/index.js');
const { findEvents } = await import('../src/events/index.js');

describe('event rules are linear in the length of a sentence', () => {
  it.each(['he met her in Paris on Monday. ', 'said ', 'Smith said ', 'met Ana on Monday and ', 'the summit on Monday '])('%j repeated over 12 KB', (unit) => {
    const article = buildArticle(unit.repeat(Math.ceil(12_000 / unit.length)), { date: '2024-10-21' });
    expect(article.sentences).toHaveLength(1);
    const entities = findEntities(article);
    const dates = findDates(article);
    reads = 0;
    const events = findEvents(article, entities, dates);
    expect(events.length).toBeGreaterThan(100);
    expect(reads).toBeLessThan(400 * article.tokens.length);
  });

  it('reads the same arguments as before on a short text', () => {
    // what the rules rewritten for linear time must still find: a pronoun for a person of the same
    // sentence its gender fits ("her", not "he", is Ana), a date attached to the verb before it, a place
    const r = analyze('Ana Lind said he met her in Paris on Monday.', { date: '2024-10-21', tasks: ['events'] });
    expect(r.events!.map((e) => [e.trigger.text, e.actors, e.targets, e.date?.value ?? null, e.place])).toEqual([
      ['said', ['Ana Lind'], [], null, null],
      ['met', [], ['Ana Lind'], '2024-10-21', 'Paris'],
    ]);
  });

  it('parses sentences, not 250 tokens and more of text without sentence ends', () => {
    // the word-order rules read the arguments of a "sentence" past MAX_PARSED_TOKENS
    const long = analyze('he met her in Paris on Monday. '.repeat(40), { date: '2024-10-21', tasks: ['events'] });
    parsed = 0;
    const r = analyze('Ana Lind met him in Paris on Monday. ' + 'he met her in Paris on Monday. '.repeat(40), { date: '2024-10-21', tasks: ['events'] });
    expect(parsed).toBe(0);
    expect(r.events).toHaveLength(41);
    expect(r.events![0].actors).toEqual(['Ana Lind']);
    expect(long.events).toHaveLength(40);
    parsed = 0;
    analyze('he met her in Paris on Monday. '.repeat(30), { date: '2024-10-21', tasks: ['events'] });
    expect(parsed).toBe(1);
  });
});
