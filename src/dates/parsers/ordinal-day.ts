// A day of the month without its month: "Thursday the 21st", "Thursday, the 21st", "on the 21st",
// "by the third". The month is the one near the reference date in which that day exists (and, with
// a weekday, falls on it), in the direction the clause points. A bare "the 21st" needs a date
// preposition before it and no noun after it ("the 21st floor", "the 21st century" are not days).

import { calendarDay, day, formatDay, isoWeekday } from '../calendar.js';
import { textAfter, textBefore, type ParsingContext } from '../context.js';
import { directionOf } from '../direction.js';
import { B, candidate, E, pattern, type Parser } from '../parser.js';
import { ORDINAL_DAYS, ORDINAL_DAY_SOURCE, WEEKDAYS, WEEKDAY_ANY_SOURCE } from '../vocabulary.js';

const ORDINAL_DAY_RE = pattern(
  `${B}(?:(${WEEKDAY_ANY_SOURCE}),?\\s+)?the\\s+(?:(\\d{1,2})(st|nd|rd|th)|(${ORDINAL_DAY_SOURCE}))${E}`,
  'gu',
);
const PREPOSITION_BEFORE = /(?:^|\s)(?:on|by|until|till|since|from|before|after|through)\s+$/iu;
// after the day: the end of the clause, or a word that cannot make it an ordinal of a noun
const DAY_END_AFTER = /^(?:\s*$|\s*[.,;:!?)'"”’–—-]|\s+(?:at|in|to|through|until|when|as|of\s+(?:this|next|last)\s+month)\b)/iu;
const SUFFIX: Record<number, string> = { 1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd', 31: 'st' };

/** The day numbered `n` nearest ref in the clause's direction (on `weekday`, when given). */
function nearestDay(ctx: ParsingContext, start: number, end: number, ref: Date, n: number, weekday: number | undefined): Date | null {
  const options: Date[] = [];
  for (let k = -13; k <= 13; k++) {
    const first = calendarDay(ref.getFullYear(), ref.getMonth() + 1 + k, 1);
    const d = day(first.getFullYear(), first.getMonth() + 1, n);
    if (d && (weekday === undefined || isoWeekday(d) === weekday)) options.push(d);
  }
  if (!options.length) return null;
  const direction = directionOf(ctx, start, end);
  const t = ref.getTime();
  if (direction === 'future') return options.find((d) => d.getTime() >= t) ?? null;
  if (direction === 'past') return [...options].reverse().find((d) => d.getTime() <= t) ?? null;
  // no direction: a bare day is this month's; with a weekday, the nearest such date
  if (weekday === undefined) return day(ref.getFullYear(), ref.getMonth() + 1, n);
  return options.reduce((a, b) => (Math.abs(b.getTime() - t) < Math.abs(a.getTime() - t) ? b : a));
}

export const ordinalDayParser: Parser = {
  name: 'ordinal-day',
  pattern: ORDINAL_DAY_RE,
  // a preposition or a weekday right before "the" and an ordinal after it (the pattern's extract
  // demands one of the two), so "the month", "the north", "the first time" rarely wake the pattern
  cue: /(?:on|by|until|till|since|from|before|after|through|day|DAY),?\s+the\s+(?:\d{1,2}(?:st|nd|rd|th)|[a-z]*(?:first|second|third|th))/iu,
  extract(ctx, m, offset) {
    const start = offset + m.index;
    const end = start + m[0].length;
    const n = m[2] ? +m[2] : ORDINAL_DAYS[m[4].toLowerCase().replace(/\s+/g, ' ')];
    if (!n || n > 31) return null;
    // a digit's suffix must be its own ("the 21th" is a typo of something else)
    if (m[3] && (SUFFIX[n] ?? 'th') !== m[3].toLowerCase()) return null;
    const weekday = m[1] ? WEEKDAYS[m[1].toLowerCase()] : undefined;
    if (!DAY_END_AFTER.test(textAfter(ctx, end, 24))) return null;
    if (weekday === undefined && !PREPOSITION_BEFORE.test(textBefore(ctx, start, 10))) return null;
    // a lower-case weekday needs a preposition too ("on thursday the 21st")
    if (m[1] && /^\p{Ll}/u.test(m[1]) && !PREPOSITION_BEFORE.test(textBefore(ctx, start, 10))) return null;
    if (!ctx.ref) return candidate(this.name, start, m[0], { type: 'DATE', value: `XXXX-XX-${String(n).padStart(2, '0')}` });
    const d = nearestDay(ctx, start, end, ctx.ref, n, weekday);
    if (!d) return null;
    return candidate(this.name, start, m[0], { type: 'DATE', value: formatDay(d), point: { date: d, gran: 'day' } });
  },
};
