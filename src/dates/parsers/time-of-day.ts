// Clock times: "10:35 a.m.", "5 p.m. EST", "around 7:15 p.m.", "11:05:47", "15:11 GMT", "noon",
// "midnight", "4 in the morning". The day is the reference day here; merge-date-time attaches a
// day written next to it ("5 p.m. EST, Nov. 6", "noon Thursday"). A zone with a known offset is
// kept in the value as ISO 8601 writes it ("10 a.m. PST" → T10:00-08:00).

import { formatDay } from '../calendar.js';
import type { ParsingContext } from '../context.js';
import { B, candidate, E, pattern, type Parser } from '../parser.js';
import { ZONE_SOURCE, zoneSuffix } from '../time-zones.js';

const MOD = String.raw`(?:(?:about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?`;
export const MERIDIEM_SOURCE = String.raw`(?:a\.\s?m\.?|p\.\s?m\.?|am|pm|AM|PM|A\.M\.?|P\.M\.?)(?![\p{L}])`;
const CLOCK_RE = pattern(
  `${B}${MOD}(?:` +
    // 1-4: hour[:minutes[:seconds]] a.m./p.m.
    String.raw`(\d{1,2})(?::(\d{2})(?::(\d{2}))?)?\s*(${MERIDIEM_SOURCE})` +
    // 5-7: hour:minutes[:seconds], 24-hour clock
    String.raw`|(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])(?:\s*(?:h|hrs|hours)${E})?` +
    // 8-10: "4 in the morning"
    String.raw`|(\d{1,2})(?::(\d{2}))?\s+(?:o['’]clock\s+)?in\s+the\s+(morning|afternoon|evening)` +
    // 11: "7 o'clock"
    String.raw`|(\d{1,2})\s+o['’]clock` +
    // 12
    String.raw`|(noon|midday|midnight)` +
    `)(?:${ZONE_SOURCE})?`,
  'gu',
);

export function hhmm(h: number, min: number, sec?: number): string {
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}${sec === undefined ? '' : `:${String(sec).padStart(2, '0')}`}`;
}

/** A TIME candidate at h:min[:sec] on the reference day (merge-date-time moves it to a written day). */
export function clockCandidate(ctx: ParsingContext, source: string, start: number, text: string, time: string) {
  const dayPart = ctx.ref ? formatDay(ctx.ref) : 'XXXX-XX-XX';
  return candidate(source, start, text, { type: 'TIME', value: `${dayPart}T${time}`, point: ctx.ref ? { date: ctx.ref, gran: 'day' } : null });
}

export const clockParser: Parser = {
  name: 'clock',
  pattern: CLOCK_RE,
  // the digit (or word) each branch of CLOCK_RE needs next to its time word or colon
  cue: /\d\s*(?:a\.\s?m|p\.\s?m|am|pm|AM|PM|A\.M|P\.M)|\d:\d\d|\d\s+(?:o['’]clock|in\s+the\s+(?:morning|afternoon|evening))|noon|midday|midnight/u,
  extract(ctx, m, offset) {
    let h: number;
    let min = 0;
    let sec: number | undefined;
    if (m[1] !== undefined) {
      h = +m[1];
      min = m[2] ? +m[2] : 0;
      sec = m[3] ? +m[3] : undefined;
      const pm = /^p/i.test(m[4]);
      if (h < 1 || h > 12 || min > 59) return null;
      h = (h % 12) + (pm ? 12 : 0);
    } else if (m[5] !== undefined) {
      h = +m[5];
      min = +m[6];
      sec = m[7] ? +m[7] : undefined;
      // "3:1" scores or ratios are not times; a clock time is written with two-digit minutes
      if (h > 24 || min > 59) return null;
    } else if (m[8] !== undefined) {
      h = +m[8];
      min = m[9] ? +m[9] : 0;
      if (h < 1 || h > 12) return null;
      if (m[10] !== 'morning' && h < 12) h += 12;
    } else if (m[11] !== undefined) {
      h = +m[11];
      if (h < 1 || h > 12) return null;
    } else {
      const w = m[12].toLowerCase();
      h = w === 'midnight' ? 24 : 12;
    }
    if (sec !== undefined && sec > 59) return null;
    return clockCandidate(ctx, this.name, offset + m.index, m[0], hhmm(h, min, sec) + zoneSuffix(m[13], m[14], m[15]));
  },
};
