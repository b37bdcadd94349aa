// "the day before last Tuesday", "the day after Christmas": the day next to a named day, as one
// DATE, as "the day before yesterday" is. Only "the day": "two days after the vote" counts from an
// event, and "a day after March 3" reads as a duration and its date.

import { addDays, formatDay } from '../calendar.js';
import type { Candidate } from '../context.js';
import type { Refiner } from '../refiner.js';
import { pushWidened } from './widen.js';

const DAY_BESIDE = /(?<![\p{L}\p{N}])the\s+day\s+(before|after)\s+$/iu;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const dayBeside: Refiner = {
  name: 'day-beside',
  refine(ctx, candidates) {
    const out: Candidate[] = [];
    for (const c of candidates) {
      if (c.type !== 'DATE' || !DAY.test(c.value) || c.point?.gran !== 'day' || c.anchor) {
        out.push(c);
        continue;
      }
      const m = DAY_BESIDE.exec(ctx.text.slice(Math.max(ctx.sentence.start, c.start - 20), c.start));
      if (!m) {
        out.push(c);
        continue;
      }
      const date = addDays(c.point.date, m[1].toLowerCase() === 'before' ? -1 : 1);
      const beside: Candidate = { ...c, start: c.start - m[0].length, value: formatDay(date), point: { date, gran: 'day' } };
      pushWidened(out, beside, c);
    }
    return out;
  },
};
