// Calendar dates written out: "October 20", "Oct. 20, 2024", "20 October 2024", "May 9 next year",
// "Friday, Oct. 20", "2024-10-20", "10/20/2024". A missing year is chosen near the reference date.

import { day, formatDay } from '../calendar.js';
import type { Candidate, ParsingContext } from '../context.js';
import { B, candidate, E, pattern, type Parser } from '../parser.js';
import { yearFor } from '../resolve.js';
import { MONTHS, MONTH_CUE_SOURCE, MONTH_RE_SOURCE, MONTH_WORD_SOURCE, WEEKDAY_WORD_SOURCE } from '../vocabulary.js';

const MONTH_CUE = new RegExp(MONTH_CUE_SOURCE, 'u');

const WEEKDAY_PREFIX = String.raw`(?:${WEEKDAY_WORD_SOURCE},?\s+)?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?(?![\d:.,]\d)`;
const YEAR_TAIL = String.raw`(?:,?\s+(\d{4})(?![\d]|,\d)|\s+(next|last|this)\s+year${E})?`;

const MONTH_DAY_RE = pattern(`${B}${WEEKDAY_PREFIX}(${MONTH_WORD_SOURCE})\\s+${DAY}${E}${YEAR_TAIL}`, 'gu');
const DAY_MONTH_RE = pattern(`${B}${WEEKDAY_PREFIX}${DAY}\\s+(?:of\\s+)?(${MONTH_RE_SOURCE})${YEAR_TAIL}`, 'gu');
const NUMERIC_RE = pattern(String.raw`(?<![\p{L}\p{N}/.-])(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\/(\d{1,2})\/(\d{4}))(?![\p{L}\p{N}/]|-\d)`, 'gu');

export function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

/** The value of month/day with an explicit year, a "next/last/this year" word, or neither. */
export function dayCandidate(
  ctx: ParsingContext,
  source: string,
  start: number,
  text: string,
  month: number,
  dayOfMonth: number,
  year: number | null,
  yearWord: string | undefined,
): Candidate | null {
  if (dayOfMonth < 1 || dayOfMonth > 31) return null;
  let y = year;
  if (y === null && ctx.ref) {
    const refYear = ctx.ref.getFullYear();
    const w = yearWord?.toLowerCase();
    y = w === 'next' ? refYear + 1 : w === 'last' ? refYear - 1 : w === 'this' ? refYear : yearFor(ctx, start, start + text.length, ctx.ref, month, dayOfMonth);
  }
  if (y === null) {
    const v = `XXXX-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
    return candidate(source, start, text, { type: 'DATE', value: v, point: null });
  }
  const d = day(y, month, dayOfMonth);
  if (!d) return null;
  return candidate(source, start, text, { type: 'DATE', value: formatDay(d), point: { date: d, gran: 'day' } });
}

export const monthDayParser: Parser = {
  name: 'month-day',
  pattern: MONTH_DAY_RE,
  cue: MONTH_CUE,
  extract(ctx, m, offset) {
    return dayCandidate(ctx, this.name, offset + m.index, m[0], monthNumber(m[1]), +m[2], m[3] ? +m[3] : null, m[4]);
  },
};

export const dayMonthParser: Parser = {
  name: 'day-month',
  pattern: DAY_MONTH_RE,
  cue: MONTH_CUE,
  extract(ctx, m, offset) {
    return dayCandidate(ctx, this.name, offset + m.index, m[0], monthNumber(m[2]), +m[1], m[3] ? +m[3] : null, m[4]);
  },
};

export const numericDateParser: Parser = {
  name: 'numeric-date',
  pattern: NUMERIC_RE,
  cue: /\d[-/]\d/u,
  extract(ctx, m, offset) {
    // ISO 2024-10-20, or the US month/day/year order news wires use
    const [y, mo, d] = m[1] ? [+m[1], +m[2], +m[3]] : [+m[6], +m[4], +m[5]];
    if (mo < 1 || mo > 12) return null;
    return dayCandidate(ctx, this.name, offset + m.index, m[0], mo, d, y, undefined);
  },
};
