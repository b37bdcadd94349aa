// Offsets counted from the moment of writing: "3 days from now", "two weeks from today", "a month
// from tomorrow", and, for clock units, "in 20 minutes", "in half an hour".
// They name a point, not a length, so they resolve against the reference date: a DATE at the grain
// the count gives ("three weeks from now" a day, "two years from now" a year). The reference is a
// day without a clock time, so minutes and hours ahead name a TIME on that day. ("in two weeks",
// "within 48 hours", "in less than an hour" stay DURATIONs: TimeML reads them as the length of the wait.)

import { addDays, granularityOfShift, shift, valueOf, type Point } from '../calendar.js';
import { MODIFIER_RE_SOURCE } from '../modifiers.js';
import { NUMBER_END_CUE_SOURCE, NUMBER_RE_SOURCE, parseNumber } from '../numbers.js';
import { B, candidate, cueThen, E, pattern, type Parser } from '../parser.js';
import { unitOf, UNIT_WORD_SOURCE } from '../vocabulary.js';

const FROM_NOW_RE = pattern(`${B}${MODIFIER_RE_SOURCE}(${NUMBER_RE_SOURCE})\\s+(${UNIT_WORD_SOURCE})\\s+from\\s+(now|today|tomorrow|yesterday|tonight)${E}`, 'giu');
const IN_CLOCK_UNITS_RE = pattern(
  `${B}in\\s+((?:about|around|roughly|another|just)\\s+)?(${NUMBER_RE_SOURCE})\\s+(seconds?|minutes?|hours?)(?:['’]s?\\s+time)?${E}`,
  'giu',
);
const BASE_DAY: Record<string, number> = { now: 0, today: 0, tonight: 0, tomorrow: 1, yesterday: -1 };

export const fromNowParser: Parser = {
  name: 'from-now',
  pattern: FROM_NOW_RE,
  cue: /\sfrom\s+(?:now|today|tomorrow|yesterday|tonight)/iu,
  extract(ctx, m, offset) {
    const start = offset + m.index;
    const n = parseNumber(m[1]);
    const unit = unitOf(m[2]);
    if (n === null || n <= 0) return null;
    if (!ctx.ref) return candidate(this.name, start, m[0], { type: 'DATE', value: 'FUTURE_REF' });
    const base = addDays(ctx.ref, BASE_DAY[m[3].toLowerCase()]);
    const clock = unit === 'second' || unit === 'minute' || unit === 'hour';
    const p: Point = { date: shift(base, unit, n), gran: granularityOfShift(unit, n) };
    return candidate(this.name, start, m[0], { type: clock ? 'TIME' : 'DATE', value: valueOf(p), point: p, derived: true });
  },
};

export const inClockUnitsParser: Parser = {
  name: 'in-clock-units',
  pattern: IN_CLOCK_UNITS_RE,
  // "in", then a number's last word right before a clock unit
  cue: cueThen(/in\s/iu, new RegExp(`${NUMBER_END_CUE_SOURCE}\\s+(?:second|minute|hour)`, 'iu')),
  extract(ctx, m, offset) {
    const start = offset + m.index;
    const n = parseNumber(m[2]);
    // "in a second" is mostly "in a second round", "in one second" a count; digits or words >1 count
    if (n === null || n <= 0 || (/^seconds?$/i.test(m[3]) && !/\d/.test(m[2]))) return null;
    if (!ctx.ref) return candidate(this.name, start, m[0], { type: 'TIME', value: 'FUTURE_REF' });
    const p: Point = { date: shift(ctx.ref, unitOf(m[3]), n), gran: 'day' };
    return candidate(this.name, start, m[0], { type: 'TIME', value: valueOf(p), point: p, derived: true });
  },
};
