// The seven faults the fuzz campaign of issue 17 found, each with the smallest input that showed
// it, and the decisions about blank JSONL lines, a byte-order mark opening a JSONL stream and year
// 0000. Every case here failed before its fix.
import Ajv from 'ajv';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { tokenize } from '../src/article/tokenize.js';
import { jsonLines, newsx, ROOT } from './helpers/cli.js';
import { badSpans } from './helpers/spans.js';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'document.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-faults-'));
const write = (name: string, data: string | Buffer) => {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, data);
  return f;
};
const values = (doc: Record<string, unknown>) => (doc.dates as { text: string; value: string }[]).map((d) => [d.text, d.value]);

describe('1. a valid text never gives an error record', () => {
  it('"each jan." (a lower-case month after each/every) is analysed', () => {
    expect(() => analyze('each jan.', { date: '2024-10-21' })).not.toThrow();
    const r = newsx(['analyze', '--input-format', 'jsonl', '--json', '-'], { input: '{"id":"x","text":"each jan."}\n' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [doc] = jsonLines(r.stdout);
    expect(doc.error).toBeUndefined();
    expect(validate(doc)).toBe(true);
  });
});

describe('2. years 0001-0099 are years, not 19xx', () => {
  it('a JSONL date 0001-01-01 is a reference date', () => {
    const r = newsx(['dates', '--input-format', 'jsonl', '--json', '-'], { input: '{"id":"r","text":"","date":"0001-01-01"}\n' });
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout)[0]).toMatchObject({ id: 'r', referenceDate: '0001-01-01', referenceDateSource: 'input' });
  });
  it('--date 0099-12-31 and 0050-06-01 anchor relative dates in those years', () => {
    const r = newsx(['dates', '--json', '--date', '0099-12-31', '-'], { input: 'It happened on Dec. 30. Next year will tell.' });
    expect(r.status).toBe(0);
    expect(values(jsonLines(r.stdout)[0])).toEqual([
      ['Dec. 30', '0099-12-30'],
      ['Next year', '0100'],
    ]);
    const early = newsx(['dates', '--json', '--date', '0050-06-01', '-'], { input: 'It happened on Dec. 31.' });
    expect(values(jsonLines(early.stdout)[0])).toEqual([['Dec. 31', '0049-12-31']]);
  });
  it('year 0000 is refused, as a usage error and as an error record', () => {
    const r = newsx(['dates', '--date', '0000-06-01', '-'], { input: 'Monday.' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('newsx: --date: expected a calendar date YYYY-MM-DD, got "0000-06-01"\n');
    const j = newsx(['dates', '--input-format', 'jsonl', '--json', '-'], { input: '{"id":"z","text":"","date":"0000-01-01"}\n' });
    expect(j.status).toBe(1);
    expect(jsonLines(j.stdout)).toEqual([{ schemaVersion: 1, id: 'z', error: { message: 'z: "date" is not a YYYY-MM-DD date' } }]);
  });
});

describe('3. time linear in the length of a sentence', () => {
  // A run of one punctuation mark made the token pattern rescan the rest of the run at each
  // position: 100,000 of them took seconds each (now milliseconds). The bound is loose on
  // purpose (a loaded machine); the ratio check of 25 KB against 100 KB is in `npm run fuzz`.
  it.each(['-', '.', '_', '+', '%', 'a.', 'a_', '-a'])('tokenizes 100,000 characters of %j in well under a second', (unit) => {
    const text = unit.repeat(100_000 / unit.length);
    const t = performance.now();
    const tokens = tokenize(text);
    expect(performance.now() - t).toBeLessThan(1500);
    expect(tokens.map((k) => k.text).join('')).toBe(text);
  });
  // quote attribution: see tests/quote-attribution-linear.test.ts (counts the work, not the time)
});

describe('4. the same output in every time zone', () => {
  const args = ['dates', '--json', '-'];
  const text = 'It happened on Dec. 31. Last week was calm, last quarter too.';
  it.each([
    ['Pacific/Kiritimati', '1995-01-04'],
    ['Pacific/Kiritimati', '1994-12-31'],
    ['Pacific/Apia', '2011-12-30'],
    ['America/Los_Angeles', '2024-03-10'],
  ])('TZ=%s --date %s is TZ=UTC', (tz, date) => {
    const utc = newsx([...args, '--date', date], { input: text, env: { TZ: 'UTC' } });
    const there = newsx([...args, '--date', date], { input: text, env: { TZ: tz } });
    expect(there.status).toBe(0);
    expect(there.stdout).toBe(utc.stdout);
  });
  it('"Dec. 31" read on 1995-01-04 in Kiritimati is 1994-12-31', () => {
    const r = newsx([...args, '--date', '1995-01-04'], { input: 'It happened on Dec. 31.', env: { TZ: 'Pacific/Kiritimati' } });
    expect(values(jsonLines(r.stdout)[0])).toEqual([['Dec. 31', '1994-12-31']]);
  });
});

describe('5. one byte-order mark is removed, exactly once', () => {
  it('a file that starts with two keeps the second, and offsets count from after the first', () => {
    const f = write('two-boms.txt', '\ufeff\ufeffSerbia called Paris on Monday.');
    const [doc] = jsonLines(newsx(['entities', '--json', f]).stdout);
    const mentions = (doc.entities as { mentions: { start: number; text: string }[] }[]).flatMap((e) => e.mentions);
    expect(mentions.map((m) => [m.text, m.start])).toEqual(
      expect.arrayContaining([
        ['Serbia', 1],
        ['Paris', 15],
      ]),
    );
    expect(badSpans('\ufeff\ufeffSerbia called Paris on Monday.', doc)).toEqual([]);
  });
  it('a file with one is read as without it', () => {
    const one = jsonLines(newsx(['entities', '--json', write('one-bom.txt', '\ufeffSerbia called Paris.')]).stdout)[0];
    const none = jsonLines(newsx(['entities', '--json', write('no-bom.txt', 'Serbia called Paris.')]).stdout)[0];
    expect(one.entities).toEqual(none.entities);
  });
});

describe('6. a batch cut in two is byte for byte the whole run', () => {
  const lines = [
    '{"id":"a","text":"Mayor Ana Lind said the tram line would open in June."}',
    'not JSON at all',
    '{"id":"b","title":"no text"}',
    '',
    '{"id":"c","text":"Rain on Monday.","date":"2025-02-30"}',
    '{"id":"d","text":"“We will win,” Smith said on Friday.","date":"2024-10-21"}',
  ];
  it('with invalid and blank lines, cut after an invalid line and after a blank one', () => {
    const run = (ls: string[]) => newsx(['analyze', '--input-format', 'jsonl', '--json', '--jobs', '1', '-'], { input: ls.join('\n') + '\n' });
    const whole = run(lines);
    expect(whole.status).toBe(1);
    for (const cut of [2, 4]) expect(run(lines.slice(0, cut)).stdout + run(lines.slice(cut)).stdout).toBe(whole.stdout);
    // the line number is on stderr only
    expect(whole.stderr).toContain('newsx: stdin:2: not valid JSON');
    expect(whole.stdout).not.toContain('stdin');
  });
});

describe('7. TIMEX3 years always have four digits', () => {
  it('weeks and quarters before year 1000', () => {
    const r = newsx(['dates', '--json', '--date', '0486-03-17', '-'], { input: 'Last quarter was bad and last week was worse.' });
    const got = values(jsonLines(r.stdout)[0]);
    expect(got.map(([t]) => t)).toEqual(['Last quarter', 'last week']);
    expect(got[0][1]).toMatch(/^0485-Q[1-4]$/);
    expect(got[1][1]).toBe('0486-W10');
  });
});

describe('the calendar ends at 9999-12-31 (found by npm run fuzz, seed 20261204)', () => {
  it('a range past it is left out rather than written with a five-digit year', () => {
    const doc = analyze('It runs between June and August.', { date: '9999-12-31', tasks: ['dates'] });
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.dates!.map((d) => d.range)).toEqual(doc.dates!.map(() => null));
  });
});

describe('JSONL edges (decided in issue 17)', () => {
  it('a blank line gives an error record, so results stay on their lines', () => {
    const r = newsx(['entities', '--input-format', 'jsonl', '--json', '-'], { input: '{"id":"a","text":"Paris."}\n\n   \n{"id":"b","text":"Rome."}\n' });
    expect(r.status).toBe(1);
    expect(jsonLines(r.stdout).map((l) => [l.id, (l.error as { message: string } | undefined)?.message ?? null])).toEqual([
      ['a', null],
      [null, 'blank line'],
      [null, 'blank line'],
      ['b', null],
    ]);
    expect(r.stderr).toBe('newsx: stdin:2: blank line\nnewsx: stdin:3: blank line\n');
  });
  it('a byte-order mark opening the stream is no part of line 1', () => {
    const f = write('bom.jsonl', '\ufeff{"id":"a","text":"Paris."}\n{"id":"b","text":"Rome."}\n');
    const r = newsx(['entities', '--input-format', 'jsonl', '--json', f]);
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout).map((l) => l.id)).toEqual(['a', 'b']);
  });
});
