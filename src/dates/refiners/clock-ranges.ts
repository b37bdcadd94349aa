// Spans of clock time: "2:30-3:15pm", "9-11 a.m.", "from 9 to 5 p.m.", "between 10 and 11:30 p.m."
// Each end is its own TIMEX3 (as TimeML writes the ends of a range), and both carry the span's
// `range` {start, end} of date-times. An end written without a.m./p.m. borrows the other's half of
// the day when that keeps the span in order ("2:30-3:15pm" is 14:30 to 15:15, "11-1pm" 11:00 to
// 13:00), and the day the other end was put on. Runs after merge-date-time, which gives the second
// end its day ("2:30-3:15pm on Friday").

import type { Candidate } from '../context.js';
import type { Refiner } from '../refiner.js';
import { CLOCK_SOURCES } from './part-of-day-clock.js';

const JOINER = /^\s*(?:-|–|—|to|until|till|and)\s*$/iu;
const MERIDIEM = /[ap]\.?\s?m\b|[AP]\.?M\b|noon|midnight|\d{4}\s*(?:hours|GMT|UTC)/u;
// a bare hour ("9" in "9-11am"), with what joins it to the end after it
const BARE_HOUR_BEFORE = /(?<![\p{L}\p{N}.,:$£€/-])(\d{1,2})(?::(\d{2}))?\s*(-|–|to|until|till|and)\s*$/u;
const TIME_OF = /^(.*?)T(\d{2}):(\d{2})(.*)$/;

function withHour(value: string, day: string, h: number): string {
  const t = TIME_OF.exec(value)!;
  return `${day}T${String(h).padStart(2, '0')}:${t[3]}${t[4]}`;
}

function isClockTime(c: Candidate): boolean {
  return c.type === 'TIME' && TIME_OF.test(c.value);
}

export const clockRanges: Refiner = {
  name: 'clock-ranges',
  refine(ctx, candidates) {
    const out = [...candidates];
    for (let i = 0; i < out.length; i++) {
      const b = out[i];
      if (!isClockTime(b) || !MERIDIEM.test(ctx.text.slice(b.start, b.end))) continue;
      const tb = TIME_OF.exec(b.value)!;
      const bHour = +tb[2];
      let a = i > 0 ? out[i - 1] : null;
      let aIndex = i - 1;
      if (!a || !CLOCK_SOURCES.has(a.source) || !isClockTime(a) || !JOINER.test(ctx.text.slice(a.end, b.start))) {
        // "9-11am": the first end is a bare number no parser took
        const lo = Math.max(ctx.sentence.start, a ? a.end : 0, b.start - 12);
        const bare = BARE_HOUR_BEFORE.exec(ctx.text.slice(lo, b.start));
        if (!bare || (bare[3].toLowerCase() === 'and' && !/between\s+$/iu.test(ctx.text.slice(Math.max(ctx.sentence.start, lo - 10), lo + bare.index)))) continue;
        const h = +bare[1];
        if (h < 1 || h > 12 || (bare[2] && +bare[2] > 59)) continue;
        const start = lo + bare.index;
        const text = bare[1] + (bare[2] ? `:${bare[2]}` : '');
        a = { start, end: start + text.length, type: 'TIME', value: `${tb[1]}T${String(h).padStart(2, '0')}:${bare[2] ?? '00'}`, range: null, point: b.point, source: 'clock' };
        out.splice(i, 0, a);
        aIndex = i;
        i++;
      } else if (MERIDIEM.test(ctx.text.slice(a.start, a.end))) {
        const ta = TIME_OF.exec(a.value)!;
        const range = { start: a.value, end: b.value };
        if (`${ta[1]}T${ta[2]}:${ta[3]}` <= `${tb[1]}T${tb[2]}:${tb[3]}`) {
          out[aIndex] = { ...a, range };
          out[i] = { ...b, range };
        }
        continue;
      }
      // the first end takes the second's day and, when that keeps the order, its half of the day
      const ta = TIME_OF.exec(a.value)!;
      let aHour = +ta[2];
      if (aHour >= 1 && aHour < 12 && bHour >= 12 && aHour + 12 <= bHour) aHour += 12;
      const first = { ...a, value: withHour(a.value, tb[1], aHour), point: b.point };
      const range = { start: first.value, end: b.value };
      out[aIndex] = { ...first, range };
      out[i] = { ...b, range };
    }
    return out;
  },
};
