// "the week of March 6": the ISO week holding the day, as one DATE ("2000-W10"). The words before
// the day are part of the expression, as TimeML keeps "the end of" in "the end of the year".

import { valueOf } from '../calendar.js';
import type { Candidate } from '../context.js';
import type { Refiner } from '../refiner.js';
import { pushWidened } from './widen.js';

const WEEK_OF = /(?<![\p{L}\p{N}])(?:the\s+)?week\s+of\s+$/iu;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const weekOf: Refiner = {
  name: 'week-of',
  refine(ctx, candidates) {
    const out: Candidate[] = [];
    for (const c of candidates) {
      if (c.type !== 'DATE' || !DAY.test(c.value) || c.point?.gran !== 'day' || c.anchor) {
        out.push(c);
        continue;
      }
      const m = WEEK_OF.exec(ctx.text.slice(Math.max(ctx.sentence.start, c.start - 16), c.start));
      if (!m) {
        out.push(c);
        continue;
      }
      const point = { date: c.point.date, gran: 'week' as const };
      const week: Candidate = { ...c, start: c.start - m[0].length, value: valueOf(point), point };
      pushWidened(out, week, c);
    }
    return out;
  },
};
