// Calendar dates written out: "October 20", "Oct. 20, 2024", "Oct 20", "20 October 2024", "the
// third of May", "May 3rd", "May the 3rd", "May 9 next year", "Friday, Oct. 20", "Fri, Mar 8". A
// missing year is chosen near the reference date; a weekday written with the date picks the year
// whose date falls on it, and otherwise never overrides the date (the mismatch is `newsx check`'s).
// Lower-case and period-less month names need a day or a date word (month-context.ts).

import { day, formatDay, isoWeekday } from '../calendar.js';
import type { Candidate, ParsingContext } from '../context.js';
import { monthWordIsMonth } from '../month-context.js';
import { B, candidate, E, pattern, type Parser } from '../parser.js';
import { yearFor } from '../resolve.js';
import { MONTHS, MONTH_ANY_CUE_SOURCE, MONTH_ANY_SOURCE, ORDINAL_DAYS, ORDINAL_DAY_SOURCE, WEEKDAYS, WEEKDAY_PREFIX_SOURCE } from '../vocabulary.js';

// What each pattern needs next to its month word, so most sentences ("market", "decision", "may")
// are passed over before the patterns run: a day after it, or a day before it.
const MONTH_DAY_CUE = new RegExp(`(?:${MONTH_ANY_CUE_SOURCE})[A-Za-z]*\\.?\\s+(?:the\\s+)?(?:\\d|(?:[A-Za-z]+[-\\s])?[A-Za-z]*(?:first|second|third|th)(?![A-Za-z]))`, 'u');
const DAY_MONTH_CUE = new RegExp(`(?:\\d|st|nd|rd|th)\\s+(?:of\\s+)?(?:${MONTH_ANY_CUE_SOURCE})`, 'u');

// group 1: the weekday written before the date
// ("this coming Sunday, March 8": the shift words go with the weekday into the date's span)
const WEEKDAY_PREFIX = String.raw`(?:(?:(?:[Tt]his\s+)?(?:[Cc]oming|[Pp]ast)\s+|[Nn]ext\s+|[Ll]ast\s+)?(${WEEKDAY_PREFIX_SOURCE}),?\s+)?`;
// a day as a number ("20", "20th") or an ordinal word ("twentieth")
const DAY = String.raw`(?:(\d{1,2})(?:st|nd|rd|th)?(?![\d:.,]\d)|(${ORDINAL_DAY_SOURCE}))`;
const YEAR_TAIL = String.raw`(?:,?\s+(\d{4})(?![\d]|,\d)|\s+(next|last|this)\s+year${E})?`;

// group 2: shift words before the month ("last Oct. 23", "next March 5", "this coming June 3")
const SHIFT = String.raw`(?:((?:[Tt]his\s+)?(?:[Pp]ast|[Cc]oming)|[Ll]ast|[Nn]ext|[Tt]his)\s+)?`;
const MONTH_DAY_RE = pattern(`${B}${WEEKDAY_PREFIX}${SHIFT}(${MONTH_ANY_SOURCE})\\s+(?:the\\s+)?${DAY}${E}${YEAR_TAIL}`, 'gu');
const DAY_MONTH_RE = pattern(`${B}${WEEKDAY_PREFIX}(?:the\\s+)?${DAY}\\s+(?:of\\s+)?(${MONTH_ANY_SOURCE})(?![\\p{L}])${YEAR_TAIL}`, 'gu');

export function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

function dayNumber(digits: string | undefined, word: string | undefined): number {
  return digits ? +digits : ORDINAL_DAYS[word!.toLowerCase().replace(/\s+/g, ' ')];
}

// "Edmonton Sun, August 16": an abbreviated weekday after a capitalised word ends a name
const NAME_BEFORE = /\p{Lu}[\p{L}.&-]*\s+$/u;

/** The match without its weekday prefix when that prefix is an abbreviation ending a name. */
function withoutNamePrefix(ctx: ParsingContext, start: number, text: string, weekday: string | undefined): [number, string, string | undefined] {
  if (!weekday || /day$/iu.test(weekday) || !NAME_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 25), start))) return [start, text, weekday];
  const cut = text.search(/\s/u);
  const rest = text.slice(cut).trimStart();
  return [start + text.length - rest.length, rest, undefined];
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
  weekday?: number,
): Candidate | null {
  if (dayOfMonth < 1 || dayOfMonth > 31) return null;
  let y = year;
  if (y === null && ctx.ref) {
    const refYear = ctx.ref.getFullYear();
    const w = yearWord?.toLowerCase();
    y = w === 'next' ? refYear + 1 : w === 'last' ? refYear - 1 : w === 'this' ? refYear : yearFor(ctx, start, start + text.length, ctx.ref, month, dayOfMonth);
    if (!w && weekday !== undefined) y = yearOnWeekday(y, month, dayOfMonth, weekday);
  }
  if (y === null) {
    const v = `XXXX-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
    return candidate(source, start, text, { type: 'DATE', value: v, point: null });
  }
  const d = day(y, month, dayOfMonth);
  if (!d) return null;
  return candidate(source, start, text, { type: 'DATE', value: formatDay(d), point: { date: d, gran: 'day' } });
}

/** "last Oct. 23": the latest such day before the reference date; "next March 5" the first after
 *  it; "this June 3" the one of its year. */
function shiftedDay(ctx: ParsingContext, source: string, start: number, text: string, month: number, dayOfMonth: number, shiftWord: string): Candidate | null {
  if (!ctx.ref) return dayCandidate(ctx, source, start, text, month, dayOfMonth, null, undefined);
  const refYear = ctx.ref.getFullYear();
  const w = shiftWord.toLowerCase().split(/\s+/u).pop();
  let y = refYear;
  if (w === 'last' || w === 'past') {
    const inRefYear = day(refYear, month, dayOfMonth);
    y = inRefYear && inRefYear < ctx.ref ? refYear : refYear - 1;
  } else if (w === 'next' || w === 'coming') {
    const inRefYear = day(refYear, month, dayOfMonth);
    y = inRefYear && inRefYear > ctx.ref ? refYear : refYear + 1;
  }
  return dayCandidate(ctx, source, start, text, month, dayOfMonth, y, undefined);
}

/** "Friday, March 8" without a year: the year next to `y` whose March 8 is a Friday, else `y`. */
function yearOnWeekday(y: number, month: number, dayOfMonth: number, weekday: number): number {
  for (const candidateYear of [y, y - 1, y + 1]) {
    const d = day(candidateYear, month, dayOfMonth);
    if (d && isoWeekday(d) === weekday) return candidateYear;
  }
  return y;
}

const weekdayOf = (word: string | undefined): number | undefined => (word ? WEEKDAYS[word.toLowerCase().replace(/\.$/, '')] : undefined);

// "Theresa May second", "June third place": a spelled ordinal after a bare capitalised month needs
// a date word before it, or "the" ("May the third")
const ORDINAL_NEEDS = /(?:^|\s)(?:on|by|until|till|since|from|before|after|of)\s+$/iu;

export const monthDayParser: Parser = {
  name: 'month-day',
  pattern: MONTH_DAY_RE,
  cue: MONTH_DAY_CUE,
  extract(ctx, m, offset) {
    const start = offset + m.index;
    const [, weekdayWord, shiftWord, monthWord, digits, ordinal, yearDigits, yearWord] = m;
    const monthAt = start + m[0].indexOf(monthWord, shiftWord ? shiftWord.length : 0);
    const year = yearDigits ? +yearDigits : null;
    if (!monthWordIsMonth(ctx, weekdayWord ? start : monthAt, monthWord, true, year !== null || !!weekdayWord || !!shiftWord)) return null;
    if (ordinal && !weekdayWord && !/\sthe\s/iu.test(m[0]) && !ORDINAL_NEEDS.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 10), start))) return null;
    const month = monthNumber(monthWord);
    const dayOfMonth = dayNumber(digits, ordinal);
    if (shiftWord && year === null && !yearWord) return shiftedDay(ctx, this.name, start, m[0], month, dayOfMonth, shiftWord);
    const [from, text, weekday] = withoutNamePrefix(ctx, start, m[0], weekdayWord);
    return dayCandidate(ctx, this.name, from, text, month, dayOfMonth, year, yearWord, weekdayOf(weekday));
  },
};

export const dayMonthParser: Parser = {
  name: 'day-month',
  pattern: DAY_MONTH_RE,
  cue: DAY_MONTH_CUE,
  extract(ctx, m, offset) {
    const start = offset + m.index;
    const monthAt = start + m[0].lastIndexOf(m[4]);
    const year = m[5] ? +m[5] : null;
    // "the third of may" is a date; "3 mar" needs a date word like any bare abbreviation
    if (!monthWordIsMonth(ctx, monthAt, m[4], true, year !== null || /\sof\s/u.test(m[0]) || !!m[1])) return null;
    // a spelled ordinal before a month needs "the" or "of": "third May" alone is rare and often a rank
    if (m[3] && !/^(?:\S+,?\s+)?the\s/iu.test(m[0]) && !/\sof\s/u.test(m[0])) return null;
    const [from, text, weekday] = withoutNamePrefix(ctx, start, m[0], m[1]);
    return dayCandidate(ctx, this.name, from, text, monthNumber(m[4]), dayNumber(m[2], m[3]), year, m[6], weekdayOf(weekday));
  },
};
