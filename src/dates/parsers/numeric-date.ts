// Dates written in figures: ISO "2024-03-14" (with a time and zone: "2024-03-14T09:30:00Z",
// "2024-03-14 09:30"), "2024/03/14", US "3/14/2024", "11-05-2021", "3/14/24", European
// "14.03.2024", and a month/day without a year ("3/14") where it cannot be a fraction or a score.
// Slashes and dashes read month first, as American news writes them, unless the first number
// cannot be a month ("14/03/2024"); dots read day first, as European text writes them.

import { day, formatDay } from '../calendar.js';
import { textAfter, textBefore } from '../context.js';
import { candidate, pattern, type Parser } from '../parser.js';
import { dayCandidate } from './absolute-date.js';

const NUMERIC_RE = pattern(
  String.raw`(?<![\p{L}\p{N}/.:-])(?:` +
    // 1-3: ISO date; 4-7: its time (seconds, fraction); 8: its zone
    String.raw`(\d{4})-(\d{2})-(\d{2})(?:(?:T|\s+)(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?` +
    // 9-11: year first with slashes
    String.raw`|(\d{4})\/(\d{1,2})\/(\d{1,2})` +
    // 12-15: two numbers then a year, with slashes or dashes (the same one twice)
    String.raw`|(\d{1,2})([/-])(\d{1,2})\13(\d{4}|\d{2})` +
    // 16-18: day.month.year
    String.raw`|(\d{1,2})\.(\d{1,2})\.(\d{4})` +
    // 19-20: month/day, no year
    String.raw`|(\d{1,2})\/(\d{1,2})` +
    String.raw`)(?![\p{L}\p{N}/%]|[.:-]\d)`,
  'gu',
);

// "1/2 cup", "3/4 of the seats", "2/3 majority", "24/7": quantities, not days
const QUANTITY_AFTER = /^\s*(?:of|cups?|teaspoons?|tablespoons?|inch(?:es)?|miles?|pounds?|majority|share|stake|split|times?|ratio|scale|odds|chance|vote|basis|percent|per\s*cent)\b/iu;
const SCORE_BEFORE = /(?:score[ds]?|rated?|rating|won|lost|beat|odds|ratio|of|out\s+of|shot|shooting|went|goes|go)\s+$/iu;
// a date word or a weekday before a bare month/day makes it a date
const DATE_WORD_BEFORE = /(?:^|\s)(?:on|by|until|till|since|from|before|after|through|starting|ending|dated?|due|[A-Z][a-z]{2,5}day,?|[A-Z][a-z]{2}\.?,?)\s+$/u;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Month and day of two numbers read month first, or day first when the first cannot be a month. */
function monthDay(a: number, b: number, dayFirst: boolean): [number, number] | null {
  let [mo, d] = dayFirst ? [b, a] : [a, b];
  if (mo > 12 && d <= 12) [mo, d] = [d, mo];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? [mo, d] : null;
}

/** "Z" or "+02:00": the ISO zone as TIMEX3 keeps it (hours and minutes with a colon). */
function zoneOf(z: string | undefined): string {
  if (!z) return '';
  if (z === 'Z') return 'Z';
  const m = /^([+-]\d{2}):?(\d{2})?$/.exec(z)!;
  return `${m[1]}:${m[2] ?? '00'}`;
}

export const numericDateParser: Parser = {
  name: 'numeric-date',
  pattern: NUMERIC_RE,
  cue: /\d[-/.]\d/u,
  extract(ctx, m, offset) {
    const start = offset + m.index;
    if (m[1]) {
      const d = day(+m[1], +m[2], +m[3]);
      if (!d) return null;
      if (m[4] === undefined) return candidate(this.name, start, m[0], { type: 'DATE', value: formatDay(d), point: { date: d, gran: 'day' } });
      const h = +m[4];
      const min = +m[5];
      if (h > 24 || min > 59 || (m[6] && +m[6] > 59)) return null;
      const time = `${pad(h)}:${pad(min)}${m[6] ? `:${m[6]}` : ''}`;
      return candidate(this.name, start, m[0], { type: 'TIME', value: `${formatDay(d)}T${time}${zoneOf(m[8])}`, point: { date: d, gran: 'day' } });
    }
    let y: number;
    let md: [number, number] | null;
    if (m[9]) {
      y = +m[9];
      md = monthDay(+m[10], +m[11], false);
    } else if (m[12]) {
      y = m[15].length === 2 ? 2000 + +m[15] : +m[15];
      // "3-4-15" with a two-digit year is a score or a code more often than a date
      if (m[15].length === 2 && m[13] === '-') return null;
      if (m[15].length === 2 && ctx.ref && y > ctx.ref.getFullYear() + 10) y -= 100;
      md = monthDay(+m[12], +m[14], false);
    } else if (m[16]) {
      y = +m[18];
      md = monthDay(+m[16], +m[17], true);
    } else {
      // month/day without a year: only where a date can stand, never a fraction, ratio or score
      const a = +m[19];
      const b = +m[20];
      if (QUANTITY_AFTER.test(textAfter(ctx, start + m[0].length, 20))) return null;
      const before = textBefore(ctx, start, 20);
      if (SCORE_BEFORE.test(before)) return null;
      // a common fraction ("1/2", "3/4", "5/8") needs a date word before it to be a day
      const fraction = a < b && [2, 3, 4, 5, 6, 8, 10, 16, 32].includes(b);
      if ((fraction || b > 31 || a > 12) && !DATE_WORD_BEFORE.test(before)) return null;
      md = monthDay(a, b, false);
      if (!md || md[0] !== a) return null;
      return dayCandidate(ctx, this.name, start, m[0], md[0], md[1], null, undefined);
    }
    if (!md) return null;
    return dayCandidate(ctx, this.name, start, m[0], md[0], md[1], y, undefined);
  },
};
