// Four-digit clock times of military, police and aviation usage: "0600 hours", "1430 GMT", "at
// 2100". A four-digit number is also a count ("1800 workers", "worked 1800 hours") or a year, so it
// is a time only with a leading zero, a zone after it, or a clock preposition before it.

import { textBefore } from '../context.js';
import { B, pattern, type Parser } from '../parser.js';
import { ZONE_SOURCE, zoneSuffix } from '../time-zones.js';
import { clockCandidate, hhmm } from './time-of-day.js';

const MILITARY_RE = pattern(`${B}([01]\\d|2[0-3])([0-5]\\d)(?:(\\s*(?:hours|hrs|h)(?![\\p{L}\\p{N}]))|${ZONE_SOURCE}|(?![\\p{L}\\p{N}]|[.,:/-]\\d))`, 'gu');
const CLOCK_PREPOSITION_BEFORE = /(?:^|\s)(?:at|from|until|till|before|after|around|about|by)\s+$/iu;

export const militaryTimeParser: Parser = {
  name: 'military-time',
  pattern: MILITARY_RE,
  cue: /[012]\d[0-5]\d/u,
  extract(ctx, m, offset) {
    const start = offset + m.index;
    const zone = m[4];
    const leadingZero = m[1].startsWith('0');
    const prepositionBefore = CLOCK_PREPOSITION_BEFORE.test(textBefore(ctx, start, 10));
    // "0600 hours", "at 2100 hours", "1430 GMT", "at 0900"; not "1800 hours of work", "in 1945"
    const isTime = m[3] ? leadingZero || prepositionBefore : zone ? true : leadingZero && prepositionBefore;
    if (!isTime) return null;
    return clockCandidate(ctx, this.name, start, m[0], hhmm(+m[1], +m[2]) + zoneSuffix(zone, m[5], m[6]));
  },
};
