// Calendar units counted from the reference date or from the last date mentioned:
//   "last year", "this week", "next month", "this past weekend"      (DATE at the unit's grain)
//   "two and a half years ago", "a week or so ago", "41 years ago"    (from the reference date)
//   "three weeks later", "a year earlier", "the year-earlier"         (anchored: resolve-anchors)
//   "the next day", "the previous day", "the following week"         (anchored)

import { isoWeekday, granularityOfShift, shift, valueOf, type Granularity, type Point } from '../calendar.js';
import { textAfter } from '../context.js';
import { directionOf, pointsToFuture } from '../direction.js';
import { MODIFIER_RE_SOURCE } from '../modifiers.js';
import { parseNumber, NUMBER_RE_SOURCE } from '../numbers.js';
import { B, candidate, E, pattern, type Parser } from '../parser.js';
import { PARTS_OF_DAY, PART_OF_DAY_RE_SOURCE, unitOf, UNIT_WORD_SOURCE, VAGUE_QUANTITY_RE_SOURCE, WEEKDAYS, WEEKDAY_RE_SOURCE, type Unit } from '../vocabulary.js';

const MOD = MODIFIER_RE_SOURCE;

const THIS_UNIT_RE = pattern(
  `${B}(last|this|next|past|coming|current|previous|this\\s+past|the\\s+past|the\\s+last|the\\s+current|the\\s+previous|the\\s+following|the\\s+coming|the\\s+same)\\s+(week|month|year|weekend|decade|century)${E}(?!['’]s\\s+(?:quarter|period))`,
  'giu',
);
// "the year", "the fiscal year", "the week", "the weekend", "year-end": the current one, unless a
// relative clause or "ended"/"before" ties it to something else
const THE_UNIT_RE = pattern(
  `${B}(?:the\\s+(?:(?:full|fiscal|calendar|entire|whole|current\\s+fiscal)\\s+)?(year|week|weekend|month)${E}(?!\\s+(?:before|after|earlier|later|ago|of|in|when|ended|ending|to|and|or)\\b|[-\\s]\\d|-)|(year)[-\\s]end${E}|(year)['’]s\\s+end${E})`,
  'giu',
);
const AGO_RE = pattern(`${B}${MOD}(${NUMBER_RE_SOURCE}|${VAGUE_QUANTITY_RE_SOURCE})?\\s*(${UNIT_WORD_SOURCE})\\s+(?:or\\s+so\\s+)?ago${E}`, 'giu');
const SHIFT_WORDS = 'earlier|later|before|after|afterwards?|previously|on|hence';
const SHIFT_RE = pattern(
  `${B}${MOD}(${NUMBER_RE_SOURCE}|${VAGUE_QUANTITY_RE_SOURCE})\\s+(${UNIT_WORD_SOURCE})\\s+(${SHIFT_WORDS})${E}`,
  'giu',
);
const YEAR_EARLIER_RE = pattern(`${B}year[-\\s](earlier|ago)${E}(?!\\s+(?:quarter|period|nine|six|three|months|first|second|third|fourth))`, 'giu');
const NEIGHBOUR_DAY_RE = pattern(`${B}the\\s+(next|following|previous|preceding|same)\\s+(day|week|month|year)${E}|${B}the\\s+(day|week|month|year)\\s+(before|after)${E}|${B}(that(?:\\s+same)?|the\\s+same)\\s+(day|week|month|year|quarter)${E}(?![-\\s]+(?:old|long)\\b)`, 'giu');

// "the next morning", "the previous night", "the following Monday", "the previous Friday": a day
// counted from the last date named, like "the next day"
const NEIGHBOUR_PART_RE = pattern(`${B}the\\s+(next|following|previous|preceding)\\s+(?:(${PART_OF_DAY_RE_SOURCE})|(${WEEKDAY_RE_SOURCE})(?:\\s+(${PART_OF_DAY_RE_SOURCE}))?)`, 'gu');

const GRAN: Record<string, Granularity> = { week: 'week', month: 'month', year: 'year', weekend: 'week', decade: 'decade', century: 'century', day: 'day' };

function unitPoint(ref: Date, unitWord: string, n: number): Point {
  const u = unitWord.toLowerCase();
  const unit: Unit = u === 'weekend' ? 'week' : (u as Unit);
  return { date: shift(ref, unit, n), gran: GRAN[u] };
}

export const thisUnitParser: Parser = {
  name: 'this-unit',
  pattern: THIS_UNIT_RE,
  cue: /week|month|year|decade|century/iu,
  extract(ctx, m, offset) {
    const start = offset + m.index;
    const w = m[1].toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '');
    const u = m[2].toLowerCase();
    // "ABC's \"This Week\"": a capitalised unit word names a programme or a column, not a week
    // ("Last Year over 4 million visitors came": a capitalised phrase opening a sentence, with the
    // sentence going on in lower case, is the period)
    const opensSentence = start === ctx.sentence.start && /^\s+\p{Ll}/u.test(textAfter(ctx, start + m[0].length, 3));
    if (/^\p{Lu}\p{Ll}/u.test(m[2]) && !opensSentence) return null;
    // "the past century" is the last hundred years, not the century before this one
    if (u === 'century' && (w === 'past' || w === 'last') && /^the\s/i.test(m[1])) {
      return candidate(this.name, start, m[0], { type: 'DURATION', value: 'P100Y' });
    }
    if (w === 'following' || w === 'same' || (w === 'previous' && m[1].toLowerCase().startsWith('the'))) {
      // anchored to the last date mentioned
      const n = w === 'following' ? 1 : w === 'previous' ? -1 : 0;
      return candidate(this.name, start, m[0], { type: 'DATE', value: 'XXXX', anchor: { unit: (u === 'weekend' ? 'week' : u) as Unit, n, quarterAware: false } });
    }
    let n = w === 'last' || w === 'past' || w === 'previous' || w === 'this past' ? -1 : w === 'next' || w === 'coming' ? 1 : 0;
    // "this weekend" said on a weekday is the coming one, unless its verb is in the past ("was a
    // guest at the fair this weekend", written on Tuesday: the one just gone)
    if (u === 'weekend' && w === 'this' && ctx.ref && isoWeekday(ctx.ref) < 6 && directionOf(ctx, start, start + m[0].length) === 'past') n = -1;
    if (!ctx.ref) {
      const v = n < 0 ? 'PAST_REF' : n > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
      return candidate(this.name, start, m[0], { type: 'DATE', value: v });
    }
    const p = unitPoint(ctx.ref, u, n);
    const value = valueOf(p) + (u === 'weekend' ? '-WE' : '');
    return candidate(this.name, start, m[0], { type: 'DATE', value, point: p });
  },
};

export const theUnitParser: Parser = {
  name: 'the-unit',
  pattern: THE_UNIT_RE,
  cue: /the\s+(?:(?:full|fiscal|calendar|entire|whole|current\s+fiscal)\s+)?(?:year|week|month)|year[-\s]end|year['’]s\s+end/iu,
  extract(ctx, m, offset) {
    const start = offset + m.index;
    const u = (m[1] ?? m[2] ?? m[3]).toLowerCase();
    if (!ctx.ref) return candidate(this.name, start, m[0], { type: 'DATE', value: 'PRESENT_REF' });
    // "over the weekend" on a weekday is the one just past, unless the clause looks ahead
    const lastWeekend = u === 'weekend' && isoWeekday(ctx.ref) < 6 && !pointsToFuture(ctx, start);
    const p = unitPoint(ctx.ref, u, lastWeekend ? -1 : 0);
    return candidate(this.name, start, m[0], { type: 'DATE', value: valueOf(p) + (u === 'weekend' ? '-WE' : ''), point: p });
  },
};

export const agoParser: Parser = {
  name: 'ago',
  pattern: AGO_RE,
  cue: /ago/iu,
  extract(ctx, m, offset) {
    const start = offset + m.index;
    const unit = unitOf(m[2]);
    const n = m[1] ? parseNumber(m[1]) : null;
    if (!ctx.ref) return candidate(this.name, start, m[0], { type: 'DATE', value: 'PAST_REF' });
    if (n === null) {
      // "a few years ago", "months ago": a past time known only roughly
      if (unit === 'year' && m[1]) {
        const y = String(ctx.ref.getFullYear() - 3).padStart(4, '0');
        return candidate(this.name, start, m[0], { type: 'DATE', value: `${y.slice(0, 3)}X` });
      }
      return candidate(this.name, start, m[0], { type: 'DATE', value: 'PAST_REF' });
    }
    const p: Point = { date: shift(ctx.ref, unit, -n), gran: granularityOfShift(unit, n) };
    return candidate(this.name, start, m[0], {
      type: 'DATE',
      value: valueOf(p),
      point: p,
      anchor: unit === 'year' && n === 1 ? { unit, n: -1, quarterAware: true, fromRef: true } : undefined,
    });
  },
};

export const shiftParser: Parser = {
  name: 'shift',
  pattern: SHIFT_RE,
  cue: new RegExp(`${UNIT_WORD_SOURCE}\\s+(?:${SHIFT_WORDS})`, 'iu'),
  extract(ctx, m, offset) {
    const start = offset + m.index;
    const word = m[3].toLowerCase();
    // "two years after the war": the anchor is an event, not a date; "two years" is a duration then
    if ((word === 'before' || word === 'after' || word === 'on') && /^\s*[\p{L}\p{N}]/u.test(textAfter(ctx, start + m[0].length, 3))) return null;
    const n = parseNumber(m[1]);
    const unit = unitOf(m[2]);
    if (n === null) return candidate(this.name, start, m[0], { type: 'DATE', value: /earlier|before|previously/.test(word) ? 'PAST_REF' : 'FUTURE_REF' });
    const sign = /earlier|before|previously/.test(word) ? -1 : 1;
    return candidate(this.name, start, m[0], { type: 'DATE', value: 'XXXX', anchor: { unit, n: sign * n, quarterAware: unit === 'year' } });
  },
};

export const yearEarlierParser: Parser = {
  name: 'year-earlier',
  pattern: YEAR_EARLIER_RE,
  cue: /year[-\s](?:earlier|ago)/iu,
  extract(ctx, m, offset) {
    const fromRef = m[1].toLowerCase() === 'ago';
    return candidate(this.name, offset + m.index, m[0], { type: 'DATE', value: 'XXXX', anchor: { unit: 'year', n: -1, quarterAware: true, fromRef } });
  },
};

export const neighbourDayParser: Parser = {
  name: 'neighbour-day',
  pattern: NEIGHBOUR_DAY_RE,
  cue: /(?:the|that)\s+(?:next|following|previous|preceding|same|day|week|month|year|quarter)/iu,
  extract(ctx, m, offset) {
    const start = offset + m.index;
    const word = (m[1] ?? m[4] ?? 'same').toLowerCase();
    const unit = (m[2] ?? m[3] ?? m[6]).toLowerCase() as Unit;
    // "the same week/month/year" belong to this-unit (same span, listed first); "that year" is ours
    if (m[5] && /^the/i.test(m[5]) && unit !== 'day') return null;
    // "the day before" needs nothing after it, else the anchor is an event ("the day before the vote")
    if (m[4] && /^\s*[\p{L}\p{N}]/u.test(textAfter(ctx, start + m[0].length, 3))) return null;
    const n = /next|following|after/.test(word) ? 1 : /previous|preceding|before/.test(word) ? -1 : 0;
    return candidate(this.name, start, m[0], { type: 'DATE', value: 'XXXX', anchor: { unit, n, quarterAware: false } });
  },
};


export const neighbourPartParser: Parser = {
  name: 'neighbour-part',
  pattern: NEIGHBOUR_PART_RE,
  cue: /the\s+(?:next|following|previous|preceding)\s/u,
  extract(ctx, m, offset) {
    const n = /next|following/.test(m[1]) ? 1 : -1;
    const partWord = m[2] ?? m[4];
    const part = partWord ? PARTS_OF_DAY[partWord.toLowerCase()] : undefined;
    const weekday = m[3] ? WEEKDAYS[m[3].toLowerCase()] : undefined;
    return candidate(this.name, offset + m.index, m[0], {
      type: part ? 'TIME' : 'DATE',
      value: 'XXXX',
      anchor: { unit: 'day', n, quarterAware: false, weekday, part },
    });
  },
};
