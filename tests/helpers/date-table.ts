// Table-driven date cases: a sentence read at a reference date, and every time expression it must
// yield (span text, TIMEX3 type, value), in order, nothing more. Row forms:
//   [sentence, text, type, value]                       one expression
//   [sentence, text, type, value, ref]                  at another reference date
//   [sentence, [[text, type, value], ...], ref?]        several (or none: [])
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/article/article.js';
import { findDates } from '../../src/dates/index.js';

/** Monday 21 October 2024: the reference date of every row that names none. */
export const REF = '2024-10-21';

export type Expected = [text: string, type: string, value: string];
export type Row = [sentence: string, text: string, type: string, value: string, ref?: string] | [sentence: string, expected: Expected[], ref?: string];

export function found(sentence: string, ref: string | null = REF): Expected[] {
  return findDates(buildArticle(sentence, { date: ref })).map((d) => [d.text, d.type, d.value]);
}

function expectedOf(row: Row): { expected: Expected[]; ref: string } {
  if (Array.isArray(row[1])) return { expected: row[1], ref: (row[2] as string | undefined) ?? REF };
  const [, text, type, value, ref] = row as [string, string, string, string, string?];
  return { expected: [[text, type, value]], ref: ref ?? REF };
}

/** One describe block per family; one test per row, named after its sentence. */
export function family(name: string, rows: readonly Row[]): void {
  describe(name, () => {
    for (const row of rows) {
      const { expected, ref } = expectedOf(row);
      it(`${row[0]}${ref === REF ? '' : ` @${ref}`}`, () => {
        expect(found(row[0], ref)).toEqual(expected);
      });
    }
  });
}

/** How many cases a set of families holds (the README and the issue count them). */
export function count(...tables: readonly (readonly Row[])[]): number {
  return tables.reduce((n, t) => n + t.length, 0);
}
