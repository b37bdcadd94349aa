// Recurring times (TIMEX3 SET). ("quarterly" is left out: in news it is nearly always the
// adjective of "quarterly dividend", not a frequency.)
//: "daily", "weekly", "annually", "every week", "each Thursday",
// "every two years", "on Tuesdays", and rates such as "$33 million a year" or "50,000 copies per
// week" (a number shortly before "a year" makes it a frequency, not a duration).

import { durationValue } from '../duration.js';
import { textAfter, textBefore } from '../context.js';
import { NUMBER_RE_SOURCE, NUMBER_START_CUE_SOURCE, parseNumber } from '../numbers.js';
import { B, candidate, E, pattern, type Parser } from '../parser.js';
import { MONTHS, MONTH_CUE_SOURCE, MONTH_WORD_SOURCE, PARTS_OF_DAY, SEASONS, unitOf, WEEKDAYS, WEEKDAY_WORD_SOURCE } from '../vocabulary.js';

const ADVERB: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', semiannually: 'P6M', biannually: 'P6M',
};
const ADVERB_RE = pattern(`${B}(${Object.keys(ADVERB).join('|')})${E}`, 'giu');
const EVERY_RE = pattern(
  `${B}(?:every|each)\\s+(?:(other)\\s+|(${NUMBER_RE_SOURCE})\\s+)?(seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|morning|afternoon|evening|night|weekend|${WEEKDAY_WORD_SOURCE}|${MONTH_WORD_SOURCE}|spring|summer|fall|autumn|winter)${E}`,
  'giu',
);
// What every word EVERY_RE takes after every/each (and "other") starts with.
const EVERY_WHAT_CUE_SOURCE = `second|minute|hour|day|week|month|quarter|year|decade|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|${MONTH_CUE_SOURCE}|spring|summer|fall|autumn|winter`;
const RATE_RE = pattern(`${B}(?:a|an|per)\\s+(second|minute|hour|day|week|month|year)${E}`, 'giu');
const NUMBER_BEFORE = /(?:\d|\b(?:million|billion|thousand|hundred|dozen|percent|times|once|twice|thrice|one|two|three|four|five|six|seven|eight|nine|ten)\b)[^.;:!?\d]{0,30}$/iu;
const PLURAL_WEEKDAY_RE = pattern(`${B}(?:on\\s+)?(Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)(?:\\s+(mornings|afternoons|evenings|nights))?${E}`, 'gu');

export const adverbSetParser: Parser = {
  name: 'adverb-set',
  pattern: ADVERB_RE,
  cue: new RegExp(Object.keys(ADVERB).join('|'), 'iu'),
  extract(ctx, m, offset) {
    const start = offset + m.index;
    // "LA Weekly", "the Communist Party daily Granma": a newspaper's name or the noun "daily"
    if (/^\p{Lu}/u.test(m[1]) && start > ctx.sentence.start && !/^\s*$/.test(textBefore(ctx, start, 3))) return null;
    if (/\p{Lu}[\p{L}.]*\s+$/u.test(textBefore(ctx, start, 20)) && /^\s+\p{Lu}/u.test(textAfter(ctx, start + m[0].length, 3))) return null;
    if (/\p{Lu}[\p{L}.]*\s+$/u.test(textBefore(ctx, start, 20)) && /^\p{Lu}/u.test(m[1])) return null;
    return candidate(this.name, start, m[0], { type: 'SET', value: ADVERB[m[1].toLowerCase()] });
  },
};

export const everySetParser: Parser = {
  name: 'every-set',
  pattern: EVERY_RE,
  // every/each, then a number, "other" and a unit, or at once a unit, part of the day, weekday,
  // month or season word (their first letters: "each other," passes no more)
  cue: new RegExp(`(?:every|each)\\s+(?:other\\s+)?(?:${NUMBER_START_CUE_SOURCE}|${EVERY_WHAT_CUE_SOURCE})`, 'iu'),
  extract(ctx, m, offset) {
    const w = m[3];
    const lw = w.toLowerCase();
    const month = MONTHS[lw.replace(/\.$/, '')];
    let value: string;
    if (lw in WEEKDAYS) value = `XXXX-WXX-${WEEKDAYS[lw]}`;
    else if (month !== undefined) {
      // "they each may ...", "the bands each march ...": a lower-case modal or verb after a pronoun
      if ((lw === 'may' || lw === 'march') && !/^\p{Lu}/u.test(w)) return null;
      value = `XXXX-${String(month).padStart(2, '0')}`;
    }
    else if (lw in SEASONS) value = `XXXX-${SEASONS[lw]}`;
    else if (lw in PARTS_OF_DAY) value = `XXXX-XX-XXT${PARTS_OF_DAY[lw]}`;
    else if (lw === 'weekend') value = 'XXXX-WXX-WE';
    else if (lw.startsWith('quarter')) value = m[2] ? durationValue(parseNumber(m[2]), 'quarter') : 'P1Q';
    else {
      const n = m[1] ? 2 : m[2] ? parseNumber(m[2]) : 1;
      value = durationValue(n, unitOf(w));
    }
    return candidate(this.name, offset + m.index, m[0], { type: 'SET', value });
  },
};

export const rateSetParser: Parser = {
  name: 'rate-set',
  pattern: RATE_RE,
  cue: /(?:a|an|per)\s+(?:second|minute|hour|day|week|month|year)/iu,
  extract(ctx, m, offset) {
    const start = offset + m.index;
    if (!NUMBER_BEFORE.test(textBefore(ctx, start, 40))) return null;
    // "a second" after a number is mostly the ordinal ("two donations, in 2007 and a second")
    if (m[1].toLowerCase() === 'second' && !/^per/i.test(m[0])) return null;
    return candidate(this.name, start, m[0], { type: 'SET', value: durationValue(1, unitOf(m[1])) });
  },
};

export const pluralWeekdayParser: Parser = {
  name: 'plural-weekday',
  pattern: PLURAL_WEEKDAY_RE,
  cue: /days/u,
  extract(ctx, m, offset) {
    const wd = WEEKDAYS[m[1].toLowerCase().replace(/s$/, '')];
    const part = m[2] ? `T${PARTS_OF_DAY[m[2].toLowerCase().replace(/s$/, '')]}` : '';
    return candidate(this.name, offset + m.index, m[0], { type: 'SET', value: `XXXX-WXX-${wd}${part}` });
  },
};
