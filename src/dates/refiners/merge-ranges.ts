// Spans of days written as one expression: "22 to 24 October", "October 22-24". The expression's
// value is its first day and its `range` the inclusive first and last day. Runs before overlap
// removal so the merged span wins.
// Only an elliptical end (a bare day borrowing the other end's month) makes one expression. Two
// dates that each stand alone ("from Aug. 26 to Oct. 20", "between May and July", "today through
// Nov. 17", "January 23 - March 9") are two TIMEX3 expressions, as in the TimeML guidelines, where
// each end point of a range is its own TIMEX3. Listed days ("April 24 and 25") are split likewise.

import { day, formatDay } from '../calendar.js';
import type { Candidate, ParsingContext } from '../context.js';
import type { Refiner } from '../refiner.js';

const DAY_BEFORE = /(?<![\p{L}\p{N}.,])(?:(from|between)\s+)?(\d{1,2})(?:st|nd|rd|th)?\s*(to|through|until|till|-|–|and|or)\s*$/iu;
const DAY_AFTER = /^\s*(-|–|to|through|until|till|and|or)\s*(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}:]|[.,]\d)/iu;
// "and"/"or" list days ("on 22 and 24 October", "April 24 or 25"); "between 22 and 24 October" is a span
const LIST_JOINER = /^(?:and|or)$/iu;
const YEAR_AFTER = /^,?\s+(\d{4})(?![\p{L}\p{N}])/u;
const LIST_DAY_END = /^(?:\s*$|\s*[.,;:!?)'"”’]|\s+(?:in|at|on|of|to|for|when|while|as|this|next|last|respectively)\b)/u;

function rangeOf(from: Date, to: Date): { start: string; end: string } | null {
  return from <= to ? { start: formatDay(from), end: formatDay(to) } : null;
}

/** A bare day of a list, borrowing month and year from its neighbour: its own TIMEX3. */
function listDay(c: Candidate, from: number, text: string, date: Date): Candidate {
  return { ...c, start: from, end: from + text.length, value: formatDay(date), range: null, point: { date, gran: 'day' }, derived: true };
}

function mergeBareDays(ctx: ParsingContext, c: Candidate): Candidate[] {
  // (a clock time sits on a day too, but "2:30-3:15pm" is clock-ranges' business)
  if (c.type !== 'DATE' || c.point?.gran !== 'day' || c.source === 'numeric-date') return [c];
  const d = c.point.date;
  const before = DAY_BEFORE.exec(ctx.text.slice(Math.max(ctx.sentence.start, c.start - 20), c.start));
  if (before && /^\d/.test(ctx.text.slice(c.start, c.end))) {
    // "22 to 24 October": the first number borrows the month and year of the second
    const first = day(d.getFullYear(), d.getMonth() + 1, +before[2]);
    const start = c.start - before[0].length + (before[1] ? before[1].length + 1 : 0);
    const lead = Math.max(ctx.text.slice(start, c.start).search(/\d/), 0);
    if (first && LIST_JOINER.test(before[3]) && !/between/i.test(before[1] ?? '')) {
      // "on 22 and 24 October": two days, each its own expression
      return [listDay(c, start + lead, /^\d+(?:st|nd|rd|th)?/iu.exec(ctx.text.slice(start + lead, c.start))![0], first), c];
    }
    const range = first ? rangeOf(first, d) : null;
    if (first && range) {
      return [{ ...c, start: start + lead, value: formatDay(first), range, point: { date: first, gran: 'day' } }];
    }
  }
  const after = DAY_AFTER.exec(ctx.text.slice(c.end, Math.min(ctx.sentence.end, c.end + 20)));
  if (after && !/\d{4}$/.test(ctx.text.slice(c.start, c.end))) {
    const last = day(d.getFullYear(), d.getMonth() + 1, +after[2]);
    const tail = ctx.text.slice(c.end + after[0].length, Math.min(ctx.sentence.end, c.end + after[0].length + 12));
    // a counted noun after the number ("April 24 and 25 people") makes it a quantity, not a day
    if (LIST_JOINER.test(after[1])) {
      if (!last || !LIST_DAY_END.test(tail)) return [c];
      // "April 24 and 25": the second day is its own expression
      const numAt = c.end + after[0].search(/\d/);
      return [c, listDay(c, numAt, ctx.text.slice(numAt, c.end + after[0].length), last)];
    }
    // "October 22-24", and "October 22-24, 2021", whose year comes after the second day
    const year = YEAR_AFTER.exec(ctx.text.slice(c.end + after[0].length, Math.min(ctx.sentence.end, c.end + after[0].length + 8)));
    if (year && last) {
      const first = day(+year[1], d.getMonth() + 1, d.getDate());
      const end = day(+year[1], d.getMonth() + 1, +after[2]);
      const range = first && end ? rangeOf(first, end) : null;
      if (first && range) return [{ ...c, end: c.end + after[0].length + year[0].length, value: formatDay(first), range, point: { date: first, gran: 'day' } }];
    }
    const range = last ? rangeOf(d, last) : null;
    if (range) return [{ ...c, end: c.end + after[0].length, range }];
  }
  return [c];
}

/** The candidates inside a longer one, in one sweep by start (a pairwise test was quadratic in a
 *  sentence of thousands of dates; issue 17). Spans that start no later and end no sooner, other
 *  than the same span, are the longer ones that contain a candidate. */
function containedInLonger(cs: readonly Candidate[]): Set<Candidate> {
  const order = [...cs].sort((a, b) => a.start - b.start || b.end - a.end);
  const inside = new Set<Candidate>();
  let maxEnd = -Infinity;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j].start === order[i].start && order[j].end === order[i].end) j++;
    if (maxEnd >= order[i].end) for (let k = i; k < j; k++) inside.add(order[k]);
    maxEnd = Math.max(maxEnd, order[i].end);
    i = j;
  }
  return inside;
}

export const mergeRanges: Refiner = {
  name: 'merge-ranges',
  refine(ctx, candidates) {
    const merged = candidates.flatMap((c) => mergeBareDays(ctx, c));
    // a year that a day span took in ("October 22-24, 2021") is no longer an expression of its own
    const inside = containedInLonger(merged);
    return merged.filter((c) => !inside.has(c)).sort((a, b) => a.start - b.start || b.end - a.end);
  },
};
