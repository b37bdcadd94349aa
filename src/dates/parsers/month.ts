// Months without a day: "October", "last October", "this September", "July 1997", "July last
// year". "May" and "March" are also a modal, a name and a verb, so a bare one needs a word before
// it that only a month takes ("in May", "since March", "early May"); any bare month followed by a
// capitalised word is taken as part of a name ("June Carter", "August Wilson").

import { day, formatMonth } from '../calendar.js';
import { textAfter, textBefore } from '../context.js';
import { B, candidate, E, pattern, type Parser } from '../parser.js';
import { yearFor } from '../resolve.js';
import { MONTH_ANY_SOURCE, MONTH_CUE_SOURCE, MONTH_RE_SOURCE } from '../vocabulary.js';
import { monthWordIsMonth } from '../month-context.js';
import { monthNumber } from './absolute-date.js';
import { SPELLED_YEAR_SOURCE, spelledYear } from './year.js';

// The two word endings share one E: (?:X|Y)E tries the same paths in the same order as XE|YE, with
// one Unicode class fewer to compile (~0.4 ms under `iu`).
const MONTH_RE = pattern(
  `${B}(?:(last|this|next|past|coming)\\s+)?(${MONTH_ANY_SOURCE})(?![\\p{L}])(?:,?\\s+(?:of\\s+)?(\\d{4})(?![\\d]|,\\d)|(?:\\s+(?:of\\s+)?(last|next|this)\\s+year|\\s+(?:of\\s+)?(${SPELLED_YEAR_SOURCE}))${E})?`,
  'giu',
);
const AMBIGUOUS = new Set(['may', 'march']);
const MONTH_CONTEXT_BEFORE = /(?:^|[\s(])(?:in|since|until|till|by|early|late|mid|of|during|before|after|through|from|to|and|or|between|last|this|next|each|every|until|then|around|for|on)\s*$|mid-$/iu;
// "May-July": a dash to another month makes the first one a month too
const MONTH_SPAN_AFTER = new RegExp(`^\\s*[-–]\\s*(?:${MONTH_RE_SOURCE})`, 'u');
const NAME_AFTER = /^\s+\p{Lu}/u;
const ARTICLE_BEFORE = /(?:^|\s)(?:the|a|an)\s+$/iu;
// "the October slaying", "a June agreement": after an article a month is a date when it modifies a noun
const LEADER_NOUN_AFTER = /^\s+(?:government|administration|cabinet|ministry|premiership|family|era|doctrine)\b/iu;
const NOUN_AFTER = /^\s+(?!(?:on|of|to|for|in|and|at|from|through|by|with|is|was|has|had)\b)\p{Ll}/u;

export const monthParser: Parser = {
  name: 'month',
  pattern: MONTH_RE,
  cue: new RegExp(MONTH_CUE_SOURCE, 'iu'),
  extract(ctx, m, offset) {
    const start = offset + m.index;
    const name = m[2];
    const shiftWord = m[1]?.toLowerCase();
    const year = m[3] ? +m[3] : m[5] ? spelledYear(m[5]) : null;
    // "october 2019", "in april", "Oct 2019"; not "may be", "march on", "Jan said"
    if (!monthWordIsMonth(ctx, start + m[0].indexOf(name), name, year !== null || !!m[4], m[3] !== undefined)) return null;
    const month = monthNumber(name);
    if (m[5] && year === null) return null; // "May twenty five": not a year; the day parsers' business
    const bare = !shiftWord && year === null && !m[4];
    if (bare) {
      const before = textBefore(ctx, start, 20);
      const after = textAfter(ctx, start + m[0].length, 16);
      // "the March accession", "the May elections": after an article, a month modifying a noun
      // (not a surname heading a government: "the May government")
      const modifiesNoun = ARTICLE_BEFORE.test(before) && NOUN_AFTER.test(after) && !LEADER_NOUN_AFTER.test(after);
      if (AMBIGUOUS.has(name.toLowerCase()) && !MONTH_CONTEXT_BEFORE.test(before) && !MONTH_SPAN_AFTER.test(after) && !modifiesNoun) return null;
      if (NAME_AFTER.test(textAfter(ctx, start + m[0].length, 5)) && !/^\s+\d/.test(textAfter(ctx, start + m[0].length, 3))) return null;
      if (ARTICLE_BEFORE.test(before) && !NOUN_AFTER.test(textAfter(ctx, start + m[0].length, 12))) return null;
    }
    let y = year;
    const ref = ctx.ref;
    if (y === null && ref) {
      const refYear = ref.getFullYear();
      const refMonth = ref.getMonth() + 1;
      const w = m[4]?.toLowerCase();
      if (w) y = w === 'next' ? refYear + 1 : w === 'last' ? refYear - 1 : refYear;
      else if (shiftWord === 'last' || shiftWord === 'past') y = month < refMonth ? refYear : refYear - 1;
      else if (shiftWord === 'next' || shiftWord === 'coming') y = month > refMonth ? refYear : refYear + 1;
      else if (shiftWord === 'this') y = refYear;
      else y = yearFor(ctx, start, start + m[0].length, ref, month, null);
    }
    if (y === null) return candidate(this.name, start, m[0], { type: 'DATE', value: `XXXX-${String(month).padStart(2, '0')}` });
    const d = day(y, month, 1)!;
    return candidate(this.name, start, m[0], { type: 'DATE', value: formatMonth(d), point: { date: d, gran: 'month' } });
  },
};
