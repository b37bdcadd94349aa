// A batch builds the long-run look-up structures at their first use (src/model/long-run.ts): the
// parser's table indexes, the WordNet line index, the model tables' interleaved keys. The seed
// article alone never builds them; analysed again once a long run is expected, it reads every
// table through them, and the report must not change.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { parseSenses } from '../src/events/senses.js';
import { dataFile } from '../src/model/files.js';
import { expectLongRun, isLongRun } from '../src/model/long-run.js';
import { fixture } from './helpers/cli.js';

describe('long run', () => {
  it('gives the same report and the same WordNet look-ups with the long-run structures as without them', () => {
    const text = fs.readFileSync(fixture('serbia-russia-call.txt'), 'utf8');
    const options = { referenceDate: '2024-10-21' };
    const source = fs.readFileSync(dataFile('events', 'wordnet-senses.tsv'), 'utf8');
    const words = [...new Set(text.toLowerCase().split(/[^a-z]+/))].concat(['went', 'planned', 'invasion', 'zzz']);
    const lookUps = (t: ReturnType<typeof parseSenses>) => words.flatMap((w) => (['v', 'n', 'x'] as const).map((k) => t.fields(k, w)));

    const before = analyze(text, options);
    const searched = lookUps(parseSenses(source));
    expect(isLongRun()).toBe(false);
    expectLongRun();
    expect(isLongRun()).toBe(true);
    expect(analyze(text, options)).toEqual(before);
    expect(lookUps(parseSenses(source))).toEqual(searched);
  });
});
