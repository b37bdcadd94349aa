// Spans of days written as one expression: "22 to 24 October", "October 22-24", "from March 1 to
// March 5", "between May and July". The expression's value is its first day (or month) and its
// `range` the inclusive first and last day. Runs before overlap removal so the merged span wins.

import { day, formatDay, monthEnd } from '../calendar.js';
import type { Candidate, ParsingContext } from '../context.js';
import type { Refiner } from '../refiner.js';

const DAY_BEFORE = /(?<![\p{L}\p{N}.,])(?:(from|between)\s+)?(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|through|until|till|-|–|and)\s*$/iu;
const DAY_AFTER = /^\s*(?:-|–|to|through|until|till)\s*(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}:]|[.,]\d)/iu;
const JOINER = /^\s*(?:-|–|to|through|until|till|and)\s*$/iu;
const OPENER_BEFORE = /(?:^|\s)(from|between)\s+$/iu;

function lastDay(c: Candidate): Date | null {
  const p = c.point;
  if (!p) return null;
  if (p.gran === 'day') return p.date;
  if (p.gran === 'month') return monthEnd(p.date);
  if (p.gran === 'year') return day(p.date.getFullYear(), 12, 31);
  return null;
}

function rangeOf(from: Date, to: Date): { start: string; end: string } | null {
  return from <= to ? { start: formatDay(from), end: formatDay(to) } : null;
}

function mergeBareDays(ctx: ParsingContext, c: Candidate): Candidate {
  if (c.point?.gran !== 'day' || c.source === 'numeric-date') return c;
  const d = c.point.date;
  const before = DAY_BEFORE.exec(ctx.text.slice(Math.max(ctx.sentence.start, c.start - 20), c.start));
  if (before && /^\d/.test(ctx.text.slice(c.start, c.end))) {
    // "22 to 24 October": the first number borrows the month and year of the second
    const first = day(d.getFullYear(), d.getMonth() + 1, +before[2]);
    const range = first ? rangeOf(first, d) : null;
    if (first && range) {
      const start = c.start - before[0].length + (before[1] ? before[1].length + 1 : 0);
      const lead = ctx.text.slice(start, c.start).search(/\d/);
      return { ...c, start: start + Math.max(lead, 0), value: formatDay(first), range, point: { date: first, gran: 'day' } };
    }
  }
  const after = DAY_AFTER.exec(ctx.text.slice(c.end, Math.min(ctx.sentence.end, c.end + 20)));
  if (after && !/\d{4}$/.test(ctx.text.slice(c.start, c.end))) {
    // "October 22-24"
    const last = day(d.getFullYear(), d.getMonth() + 1, +after[1]);
    const range = last ? rangeOf(d, last) : null;
    if (range) return { ...c, end: c.end + after[0].length, range };
  }
  return c;
}

export const mergeRanges: Refiner = {
  name: 'merge-ranges',
  refine(ctx, candidates) {
    const list = candidates.map((c) => mergeBareDays(ctx, c)).sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Candidate[] = [];
    for (let i = 0; i < list.length; i++) {
      const a = list[i];
      const b = list.slice(i + 1).find((x) => x.start >= a.end);
      // years stay apart ("between 1985 and 1987" is two dates in TimeML); days and months merge
      const short = (c: Candidate) => c.point?.gran === 'day' || c.point?.gran === 'month';
      if (a.type === 'DATE' && b?.type === 'DATE' && short(a) && short(b) && !a.range) {
        const joiner = ctx.text.slice(a.end, b.start);
        const opener = OPENER_BEFORE.exec(ctx.text.slice(Math.max(ctx.sentence.start, a.start - 10), a.start));
        const isAnd = /and/i.test(joiner);
        // "from May to July", "between May and July", "May-July"; a bare "May and July" is a list
        if (JOINER.test(joiner) && (opener ? (isAnd ? /between/i.test(opener[1]) : true) : /^\s*[-–]\s*$/.test(joiner))) {
          const end = lastDay(b);
          const range = end && a.point ? rangeOf(a.point.date, end) : null;
          if (range) {
            out.push({ ...a, end: b.end, range });
            i = list.indexOf(b);
            continue;
          }
        }
      }
      out.push(a);
    }
    return out;
  },
};
