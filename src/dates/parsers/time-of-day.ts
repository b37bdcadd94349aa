// Clock times: "10:35 a.m.", "5 p.m. EST", "around 7:15 p.m.", "noon", "midnight", "4 in the
// morning". The day is the reference day here; merge-date-time attaches a day written next to it
// ("5 p.m. EST, Nov. 6", "noon Thursday").

import { formatDay } from '../calendar.js';
import { B, candidate, E, pattern, type Parser } from '../parser.js';

const MOD = String.raw`(?:(?:about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?`;
const ZONE = String.raw`(?:\s+(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|EET|MSK|local\s+time|\([A-Z]{2,5}\)))?`;
const CLOCK_RE = pattern(
  `${B}${MOD}(?:(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.\\s?m\\.?|p\\.\\s?m\\.?|am|pm|AM|PM|A\\.M\\.?|P\\.M\\.?)(?![\\p{L}])|(\\d{1,2}):(\\d{2})(?![\\d:])(?:\\s*(?:h|hrs|hours))?|(\\d{1,2})(?::(\\d{2}))?\\s+(?:o['’]clock\\s+)?in\\s+the\\s+(morning|afternoon|evening)|(\\d{1,2})\\s+o['’]clock|(noon|midday|midnight))${ZONE}`,
  'gu',
);

function hhmm(h: number, min: number): string {
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

export const clockParser: Parser = {
  name: 'clock',
  pattern: CLOCK_RE,
  // the digit (or word) each branch of CLOCK_RE needs next to its time word or colon
  cue: /\d\s*(?:a\.\s?m|p\.\s?m|am|pm|AM|PM|A\.M|P\.M)|\d:\d\d|\d\s+(?:o['’]clock|in\s+the\s+(?:morning|afternoon|evening))|noon|midday|midnight/u,
  extract(ctx, m, offset) {
    let h: number;
    let min = 0;
    if (m[1] !== undefined) {
      h = +m[1];
      min = m[2] ? +m[2] : 0;
      const pm = /^p/i.test(m[3]);
      if (h < 1 || h > 12) return null;
      h = (h % 12) + (pm ? 12 : 0);
    } else if (m[4] !== undefined) {
      h = +m[4];
      min = +m[5];
      if (h > 24 || min > 59) return null;
      // "3:1" scores or ratios are not times; a clock time is written with two-digit minutes
    } else if (m[6] !== undefined) {
      h = +m[6];
      min = m[7] ? +m[7] : 0;
      if (h < 1 || h > 12) return null;
      if (m[8] !== 'morning' && h < 12) h += 12;
    } else if (m[9] !== undefined) {
      h = +m[9];
      if (h < 1 || h > 12) return null;
    } else {
      const w = m[10].toLowerCase();
      h = w === 'midnight' ? 24 : 12;
    }
    const time = hhmm(h, min);
    const dayPart = ctx.ref ? formatDay(ctx.ref) : 'XXXX-XX-XX';
    return candidate(this.name, offset + m.index, m[0], { type: 'TIME', value: `${dayPart}T${time}`, point: ctx.ref ? { date: ctx.ref, gran: 'day' } : null });
  },
};
void E;
