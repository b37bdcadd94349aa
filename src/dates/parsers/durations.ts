// Durations: "two and a half years", "the past three months", "the first nine months", "nearly
// forty years", "at least 72 hours", "a couple of years", "five-year", "16-hour", "day-long" (ages such as
// "6-year-old" are not time expressions),
// "several weeks", "in years". The modifier words (nearly, more than) stay inside the span, as
// in TimeML.

import { durationValue } from '../duration.js';
import { textAfter, textBefore, type ParsingContext } from '../context.js';
import { MODIFIER_RE_SOURCE } from '../modifiers.js';
import { NUMBER_RE_SOURCE, parseNumber } from '../numbers.js';
import { B, candidate, E, pattern, type Parser } from '../parser.js';
import { unitOf, UNIT_CUE_SOURCE, UNIT_RE_SOURCE, VAGUE_QUANTITY_RE_SOURCE } from '../vocabulary.js';

const MOD = MODIFIER_RE_SOURCE;
const DET = String.raw`(?:(?:each\s+of\s+)?the\s+|this\s+|these\s+|those\s+)?(?:(?:past|last|next|first|previous|coming|final|latest|following|remaining|initial|year-earlier|same|other|prior)\s+)?`;
// "two more weeks", "an additional year": the added amount is the duration
const KIND = String.raw`(?:(?:more|additional|further|extra)\s+)?(?:(?:trading|business|working|calendar|full|straight|consecutive|school|fiscal)\s+)?`;

const DURATION_RE = pattern(`${B}${MOD}${DET}(${NUMBER_RE_SOURCE}|${VAGUE_QUANTITY_RE_SOURCE})\\s+${KIND}(${UNIT_RE_SOURCE})(\\s+and\\s+a\\s+half${E})?`, 'giu');
const COMPOUND_RE = pattern(
  `${B}(\\d+(?:\\.\\d+)?|${String.raw`(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|several|multi|half`})-(second|minute|hour|day|week|month|quarter|year|decade|century)(?:-long)?${E}(?!-old)`,
  'giu',
);
// "the year ended Sept. 30", "the fiscal year ending June 30": a reporting period, a duration
const PERIOD_ENDED_RE = pattern(`${B}the\\s+(?:(?:fiscal|financial|latest|full)\\s+)?(year|week|month)(?=\\s+(?:ended|ending|that\\s+ended|which\\s+ended)${E})`, 'giu');
const BARE_PLURAL_RE = pattern(`${B}(?:(?:the\\s+)?(?:coming|next|past|last|recent|ensuing|following)\\s+)?(minutes|hours|days|weeks|months|years|decades|centuries)(?:\\s+(?:ahead|to\\s+come))?${E}`, 'giu');
const BARE_CONTEXT = /(?:^|\s)(?:for|over|within|in|took|take|takes|lasted|last|lasting|spent|spend|after|than|during|throughout)\s+$/iu;

// An age is not a time expression (TimeBank leaves "37 years old", "a 2000 year old tradition",
// "aged 8-10 years" and "at the age of four months" unannotated)
const AGE_AFTER = /^[-\s]+old(?![\p{L}])/u;
// (one lookbehind before the alternatives, not one in each: the same test at the same place, and
// each [\p{L}] under `iu` costs its compilation ~0.4 ms)
const AGE_BEFORE = /(?<![\p{L}])(?:aged?\s+(?:\d+\s*(?:[-–]|to)\s*)?|age\s+of\s+|ages\s+(?:\d+\s*(?:[-–]|to)\s*)?)$/iu;

function isAge(ctx: ParsingContext, start: number, end: number): boolean {
  return AGE_AFTER.test(textAfter(ctx, end, 6)) || AGE_BEFORE.test(textBefore(ctx, start, 20));
}

const QUARTER_OF = new RegExp(`^\\s+of\\s+(?:an?\\s+)?(hour|day|century)${E}`, 'iu');

export const durationParser: Parser = {
  name: 'duration',
  pattern: DURATION_RE,
  cue: new RegExp(UNIT_CUE_SOURCE, 'iu'),
  extract(ctx, m, offset) {
    const unitWord = m[2].toLowerCase();
    const base = parseNumber(m[1]);
    // "a year and a half"
    const n = base !== null && m[3] ? base + 0.5 : base;
    // "a second", "one second" usually mean the ordinal ("a second term"); counted seconds are digits
    if (unitWord === 'second' && !/\d/.test(m[1])) return null;
    if (n === 0) return null;
    const start = offset + m.index;
    if (isAge(ctx, start, start + m[0].length)) return null;
    // "a quarter of the market" is a fraction; "a quarter of an hour" a fraction of that unit
    if (unitWord === 'quarter' && /^(?:a|one)$/i.test(m[1])) {
      const after = textAfter(ctx, start + m[0].length, 20);
      const of = QUARTER_OF.exec(after);
      if (of) return candidate(this.name, start, m[0] + of[0], { type: 'DURATION', value: durationValue(0.25, unitOf(of[1].toLowerCase())) });
      if (/^\s+of\b/iu.test(after)) return null;
    }
    // "World Cup 2018 day five": a year before a singular unit word is not a count of units
    if (/^(?:1[6-9]|20)\d\d$/.test(m[1]) && !/s$/i.test(unitWord)) return null;
    return candidate(this.name, start, m[0], { type: 'DURATION', value: durationValue(n, unitOf(unitWord)) });
  },
};

export const compoundDurationParser: Parser = {
  name: 'compound-duration',
  pattern: COMPOUND_RE,
  cue: /-(?:second|minute|hour|day|week|month|quarter|year|decade|century)/iu,
  extract(ctx, m, offset) {
    const word = m[1].toLowerCase();
    const n = word === 'several' || word === 'multi' ? null : word === 'half' ? 0.5 : parseNumber(word.replace('-', ' '));
    if (isAge(ctx, offset + m.index, offset + m.index + m[0].length)) return null;
    return candidate(this.name, offset + m.index, m[0], { type: 'DURATION', value: durationValue(n, unitOf(m[2])) });
  },
};

export const periodEndedParser: Parser = {
  name: 'period-ended',
  pattern: PERIOD_ENDED_RE,
  cue: /ended|ending/iu,
  extract(ctx, m, offset) {
    return candidate(this.name, offset + m.index, m[0], { type: 'DURATION', value: durationValue(1, unitOf(m[1])) });
  },
};

export const barePluralParser: Parser = {
  name: 'bare-plural',
  pattern: BARE_PLURAL_RE,
  cue: /minutes|hours|days|weeks|months|years|decades|centuries/iu,
  extract(ctx, m, offset) {
    const start = offset + m.index;
    const hasDet = m[0].toLowerCase() !== m[1].toLowerCase();
    if (!hasDet && !BARE_CONTEXT.test(textBefore(ctx, start, 15))) return null;
    // TimeBank practice: "recent years" is a vague past time, "recent weeks" a vague duration
    if (/^recent\s+(?:years|decades)/i.test(m[0])) return candidate(this.name, start, m[0], { type: 'DATE', value: 'PAST_REF' });
    return candidate(this.name, start, m[0], { type: 'DURATION', value: durationValue(null, unitOf(m[1])) });
  },
};
