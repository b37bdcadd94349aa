// A part of the day with an hour: "this evening at 7", "tonight at 8:30", "tomorrow morning at 9",
// "at 7 this evening". The hour takes its half of the day from the part ("evening at 7" is 19:00)
// and the expression becomes one TIME on that day ("2024-10-21T19:00"), as precise as the text.

import type { Candidate } from '../context.js';
import type { Refiner } from '../refiner.js';

const PART_VALUE = /^(\d{4}-\d{2}-\d{2}|XXXX-XX-XX)T(MO|AF|EV|NI)$/;
const HOUR_AFTER = /^\s+at\s+(?:about\s+|around\s+)?(\d{1,2})(?::(\d{2}))?(?![\d:])(?!\s*(?:[ap]\.?\s?m\b|[AP]\.?M\b|%|percent|per\s*cent))/u;
const HOUR_BEFORE = /(?<![\p{L}\p{N}])at\s+(?:about\s+|around\s+)?(\d{1,2})(?::(\d{2}))?\s+$/u;
const MERIDIEM = /[ap]\.?\s?m\b|[AP]\.?M\b|noon|midnight/u;
export const CLOCK_SOURCES: ReadonlySet<string> = new Set(['clock', 'clock-words', 'military-time']);

/** The 24-hour clock of `h` said of a part of the day ("evening at 7" → 19). */
function hourIn(part: string, h: number): number | null {
  if (h < 1 || h > 12) return null;
  if (part === 'MO') return h === 12 ? 0 : h;
  // "tonight at 11" is 23:00; "tonight at 2" is after midnight, kept on the night's own date
  if (part === 'NI') return h === 12 ? 24 : h < 5 ? h : h + 12;
  return h === 12 ? 12 : h + 12;
}

function timeValue(day: string, h: number, min: number): string {
  return `${day}T${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

export const partOfDayClock: Refiner = {
  name: 'part-of-day-clock',
  refine(ctx, candidates) {
    const out: Candidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i];
      const pv = PART_VALUE.exec(c.value);
      if (!pv) {
        out.push(c);
        continue;
      }
      const [, day, part] = pv;
      const next = candidates[i + 1];
      const after = ctx.text.slice(c.end, Math.min(ctx.sentence.end, c.end + 24));
      // "this evening at 7:30" (a clock candidate without a.m./p.m.) or "this evening at 7"
      if (next && CLOCK_SOURCES.has(next.source) && /^\s+at\s+(?:about\s+|around\s+)?$/u.test(ctx.text.slice(c.end, next.start))) {
        const t = /T(\d{2}):(\d{2})/.exec(next.value);
        const h = t && !MERIDIEM.test(ctx.text.slice(next.start, next.end)) ? hourIn(part, +t[1]) : null;
        if (t && h !== null) {
          out.push({ ...c, type: 'TIME', end: next.end, value: timeValue(day, h, +t[2]) + next.value.slice(next.value.indexOf('T') + 6) });
          i++;
          continue;
        }
      }
      const a = HOUR_AFTER.exec(after);
      if (a && (!next || next.start >= c.end + a[0].length)) {
        const h = hourIn(part, +a[1]);
        if (h !== null && (!a[2] || +a[2] < 60)) {
          out.push({ ...c, type: 'TIME', end: c.end + a[0].length, value: timeValue(day, h, a[2] ? +a[2] : 0) });
          continue;
        }
      }
      const prevClock = out[out.length - 1];
      if (prevClock && CLOCK_SOURCES.has(prevClock.source) && /^\s+$/u.test(ctx.text.slice(prevClock.end, c.start)) && !MERIDIEM.test(ctx.text.slice(prevClock.start, prevClock.end))) {
        // "at 7:30 this evening"
        const t = /T(\d{2}):(\d{2})/.exec(prevClock.value);
        const h = t ? hourIn(part, +t[1]) : null;
        if (t && h !== null) {
          out[out.length - 1] = { ...c, type: 'TIME', start: prevClock.start, value: timeValue(day, h, +t[2]) + prevClock.value.slice(prevClock.value.indexOf('T') + 6) };
          continue;
        }
      }
      const before = HOUR_BEFORE.exec(ctx.text.slice(Math.max(ctx.sentence.start, c.start - 20), c.start));
      const prev = out[out.length - 1];
      if (before && (!prev || prev.end <= c.start - before[0].length)) {
        const h = hourIn(part, +before[1]);
        if (h !== null && (!before[2] || +before[2] < 60)) {
          // the span starts at the hour, after "at"
          out.push({ ...c, type: 'TIME', start: c.start - before[0].length + before[0].indexOf(before[1]), value: timeValue(day, h, before[2] ? +before[2] : 0) });
          continue;
        }
      }
      out.push(c);
    }
    return out;
  },
};
