// A clock time restated in brackets, as wire copy gives the local time and GMT or the reader's
// zone: "10:35 a.m. (0735 GMT) Friday", "at 4 in the morning (4 a.m. EDT Thursday)". Both name
// one instant, so the day written after the brackets, or inside them, is the day of both. The two
// clocks may be in different zones and so on different dates: an instant is at most 14 hours
// apart across zones, so a clock more than 12 hours ahead of the other is on the day before
// ("1 a.m. (2200 GMT) Friday" puts the GMT time on Thursday).

import { addDays, formatDay, parseIsoDay } from '../calendar.js';
import type { Candidate } from '../context.js';
import type { Refiner } from '../refiner.js';
import { CLOCK_SOURCES } from './part-of-day-clock.js';

const OPEN = /^\s*\(\s*$/u;
const CLOSE = /^\s*\)/u;
// the brackets close, then the day follows as it would follow a clock time ("Friday", ", Friday", "on Friday")
const CLOSE_THEN_DAY = /^\s*\)\s*(?:,\s*|on\s+)?$/iu;
const TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const minutesOf = (c: Candidate): number => {
  const m = TIME.exec(c.value)!;
  return +m[2] * 60 + +m[3];
};

/** Clock `c` put on the day written for clock `known` (the same instant, maybe in another zone). */
function onDayOf(c: Candidate, day: string, known: Candidate): Candidate | null {
  const d = parseIsoDay(day);
  if (!d) return null;
  const ahead = minutesOf(c) - minutesOf(known);
  const date = addDays(d, ahead > 720 ? -1 : ahead < -720 ? 1 : 0);
  return { ...c, value: formatDay(date) + c.value.slice(10), point: { date, gran: 'day' }, dayWritten: true, derived: true };
}

/** A clock time whose day is the reference day assumed, not one the text gives. */
const dayAssumed = (c: Candidate): boolean => CLOCK_SOURCES.has(c.source) && !c.dayWritten && TIME.test(c.value);

export const restatedTimes: Refiner = {
  name: 'restated-times',
  refine(ctx, candidates) {
    const out = candidates.slice();
    for (let i = 0; i + 1 < out.length; i++) {
      const a = out[i];
      const b = out[i + 1];
      if (!dayAssumed(a) || !TIME.test(b.value) || !OPEN.test(ctx.text.slice(a.end, b.start)) || !CLOSE.test(ctx.text.slice(b.end, b.end + 4))) continue;
      if (!dayAssumed(b)) {
        // "4 in the morning (4 a.m. EDT Thursday)": the day inside the brackets
        out[i] = onDayOf(a, b.value.slice(0, 10), b) ?? a;
        continue;
      }
      const c = out[i + 2];
      if (c && DAY.test(c.value) && CLOSE_THEN_DAY.test(ctx.text.slice(b.end, c.start))) {
        // "10:35 a.m. (0735 GMT) Friday": the day after the brackets, written for the first clock
        out[i] = onDayOf(a, c.value, a) ?? a;
        out[i + 1] = onDayOf(b, c.value, a) ?? b;
      }
    }
    return out;
  },
};
