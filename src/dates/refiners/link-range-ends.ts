// Spans of time written with two dates that each stand alone ("from Aug. 26 to Oct. 20", "between
// May and July 2025", "January 23 - March 9"). TimeML keeps each end as its own TIMEX3, and so do
// we; but a reader wants the span, so both ends carry the `range` of inclusive days from the start
// of the first to the end of the second. The ends are also made consistent: an end without a
// written year takes the other end's, and the second end never falls before the first.
// Runs after anchors are resolved, when every end has its calendar point.

import { addDays, addMonths, addYears, calendarDay, formatDay, monthEnd, quarterStart, seasonEnd, seasonStart, valueOf, type Point } from '../calendar.js';
import type { Candidate } from '../context.js';
import type { Refiner } from '../refiner.js';

// "from A to B", "A through B", "between A and B", "A - B": the words between the two ends and,
// for "and", the "between" that must open the span.
const JOINER = /^\s*(?:-|–|—|to|through|thru|until|till|and)\s*$/iu;
const AND = /^\s*and\s*$/iu;
const BETWEEN = /\bbetween\s*$/iu;
const WRITTEN_YEAR = /\b\d{4}\b|['’]\d\d\b/u;
const LINKABLE = new Set(['day', 'week', 'month', 'quarter', 'season', 'year']);

function periodStart(p: Point): Date {
  const d = p.date;
  switch (p.gran) {
    case 'day':
      return d;
    case 'week':
      return addDays(d, -((d.getDay() + 6) % 7));
    case 'month':
      return calendarDay(d.getFullYear(), d.getMonth() + 1, 1);
    case 'quarter':
      return quarterStart(d.getFullYear(), Math.floor(d.getMonth() / 3) + 1);
    case 'season':
      return p.season ? seasonStart(d.getFullYear(), p.season) : d;
    default:
      return calendarDay(d.getFullYear(), 1, 1);
  }
}

function periodEnd(p: Point): Date {
  const d = p.date;
  switch (p.gran) {
    case 'day':
      return d;
    case 'week':
      return addDays(periodStart(p), 6);
    case 'month':
      return monthEnd(d);
    case 'quarter':
      return monthEnd(addMonths(periodStart(p), 2));
    case 'season':
      return p.season ? seasonEnd(d.getFullYear(), p.season) : d;
    default:
      return calendarDay(d.getFullYear(), 12, 31);
  }
}

function withYear(c: Candidate, p: Point, year: number): Candidate {
  const point: Point = { ...p, date: addYears(p.date, year - p.date.getFullYear()) };
  return { ...c, point, value: valueOf(point) + c.value.slice(valueOf(p).length) };
}

function linkable(c: Candidate): c is Candidate & { point: Point } {
  return c.type === 'DATE' && !!c.point && LINKABLE.has(c.point.gran) && c.range === null;
}

export const linkRangeEnds: Refiner = {
  name: 'link-range-ends',
  refine(ctx, candidates) {
    const out = [...candidates];
    for (let i = 0; i + 1 < out.length; i++) {
      let a = out[i];
      let b = out[i + 1];
      // ends of one span name the same kind of period; "revised Friday to December's figures" does not
      if (!linkable(a) || !linkable(b) || a.point.gran !== b.point.gran) continue;
      const between = ctx.text.slice(a.end, b.start);
      if (!JOINER.test(between)) continue;
      if (AND.test(between) && !BETWEEN.test(ctx.text.slice(Math.max(ctx.sentence.start, a.start - 12), a.start))) continue;
      const aYear = WRITTEN_YEAR.test(ctx.text.slice(a.start, a.end));
      const bYear = WRITTEN_YEAR.test(ctx.text.slice(b.start, b.end));
      if (!aYear && bYear && a.point.gran !== 'year') {
        a = withYear(a, a.point, b.point.date.getFullYear());
        if (periodStart(a.point!) > periodEnd(b.point)) a = withYear(a, a.point!, b.point.date.getFullYear() - 1);
      } else if (aYear !== bYear || !aYear) {
        if (b.point.gran !== 'year') {
          b = withYear(b, b.point, a.point.date.getFullYear());
          if (periodEnd(b.point!) < periodStart(a.point)) b = withYear(b, b.point!, a.point.date.getFullYear() + 1);
        }
      }
      const from = periodStart(a.point!);
      const to = periodEnd(b.point!);
      if (from > to) continue;
      const range = { start: formatDay(from), end: formatDay(to) };
      out[i] = { ...a, range };
      out[i + 1] = { ...b, range };
      i++;
    }
    return out;
  },
};
