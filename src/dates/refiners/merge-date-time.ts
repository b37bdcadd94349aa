// A clock time next to a day is one TIME: "5 p.m. EST, Nov. 6", "10 p.m. Wednesday", "noon
// Thursday", "Friday at 3 p.m.", "yesterday at noon". The day's date replaces the reference day
// the clock parser assumed.

import type { Candidate } from '../context.js';
import type { Refiner } from '../refiner.js';
import { CLOCK_SOURCES } from './part-of-day-clock.js';

const TIME_THEN_DAY = /^\s*(?:,\s*|\s+on\s+)?$/iu;
// "tomorrow after 6pm", "Friday before noon", "Monday from 9 a.m.": the time is on that day
const DAY_THEN_TIME = /^\s*(?:,\s*)?(?:(?:at|after|before|by|from|until|till|around)\s+|,\s*)?$/iu;

function dayPart(c: Candidate): string | null {
  const m = /^(\d{4}-\d{2}-\d{2}|XXXX-XX-XX|XXXX-\d{2}-\d{2}|XXXX-WXX-\d)$/.exec(c.value);
  return m ? m[1] : null;
}

export const mergeDateTime: Refiner = {
  name: 'merge-date-time',
  refine(ctx, candidates) {
    const out: Candidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const a = candidates[i];
      const b = candidates[i + 1];
      if (b) {
        const gap = ctx.text.slice(a.end, b.start);
        const clockA = CLOCK_SOURCES.has(a.source);
        const clockB = CLOCK_SOURCES.has(b.source);
        if (clockA && !clockB && dayPart(b) && TIME_THEN_DAY.test(gap)) {
          out.push({ ...a, end: b.end, value: dayPart(b) + a.value.slice(a.value.indexOf('T')), point: b.point, dayWritten: true });
          i++;
          continue;
        }
        if (clockB && !clockA && dayPart(a) && DAY_THEN_TIME.test(gap)) {
          out.push({ ...b, start: a.start, value: dayPart(a) + b.value.slice(b.value.indexOf('T')), point: a.point, dayWritten: true });
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  },
};
