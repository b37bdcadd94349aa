// Years, decades and centuries: "1945", "fiscal 2024", "the 1990s", "the '90s", "the 20th
// century", "nineteen seventy-nine", "the year two thousand". A four-digit number is a year only
// when it is not a quantity: no currency sign or thousands comma, no percent or unit after it.

import { day, valueOf } from '../calendar.js';
import { textAfter, textBefore } from '../context.js';
import { B, candidate, E, pattern, type Parser } from '../parser.js';
import { NUMBER_WORDS, ORDINALS } from '../vocabulary.js';

const YEAR_RE = pattern(String.raw`(?<![\p{L}\p{N}$£€#.,/:]|(?<!mid|pre|post)-)(?:(fiscal|calendar|model|FY)\s*(?:year\s+)?)?((?:1[6-9]|20)\d\d)(?![\p{L}\p{N}%]|[.,/:-]\d|\s*(?:%|percent|per\s*cent))`, 'giu');
const QUANTITY_AFTER = /^\s+(?:people|persons|troops|soldiers|men|women|children|dollars|euros|pounds|units|shares|jobs|votes|cases|deaths|kilometers|kilometres|miles|feet|meters|metres|tons|tonnes|barrels|acres|points|employees|workers|members|residents|students|copies|cars|homes|houses|rooms|calories|pages|words|schoolchildren|pupils|patients|participants|respondents|households|families|adults|babies|infants|girls|boys|visitors|passengers|prisoners|refugees|migrants|civilians|volunteers|spectators|delegates|customers|signatures|[a-z]+s\s+(?:of|were|are|have|had))(?![\p{L}])/u;
// "Orion 1980", "Windows 2000", "Agenda 2030": a year right after a capitalised word (not a
// month or a season, handled by their own parsers) is part of a name or a model; the holiday
// parser reads it the same way ("illustrator Johnnie Christmas")
export const NAME_BEFORE = /(?:^|[^\p{L}])(?!(?:In|On|By|Since|Until|From|Of|For|During|Before|After|Through|Fiscal|FY|Year|Summer|Winter|Spring|Autumn|Fall|Christmas|Easter|The|A|An|That|This|These|Those|Its|His|Her|Their|Our|My|Your|Last|Next|Every|Each)\s)\p{Lu}[\p{L}.-]*(?<!['’]s)\s$/u;
const QUANTITY_BEFORE = /(?:about|some|nearly|almost|around|over|than|only|just|those|these|all)\s+$/iu;

const DECADE_RE = pattern(`${B}(?:the\\s+)?(?:(?:(\\d{2})|')(\\d)0['’]?s|(1[0-9]|20)(\\d)0s)${E}`, 'giu');
const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
const DECADE_WORD_RE = pattern(`${B}the\\s+(?:(nineteen|eighteen)[-\\s])?(${Object.keys(DECADE_WORDS).join('|')})${E}`, 'giu');

const CENTURY_RE = pattern(`${B}(?:the\\s+)?(\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINALS).filter((k) => /^[a-z]/.test(k)).join('|')})[-\\s]century${E}`, 'giu');

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SMALL = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
/** A year said in words: "nineteen ninety-four", "nineteen eighty", "two thousand and one". */
export const SPELLED_YEAR_SOURCE = String.raw`(?:(?:nineteen|eighteen|twenty)[-\s](?:(?:${TENS})(?:[-\s](?:${SMALL.split('|').slice(0, 9).join('|')}))?|(?:${SMALL})|hundred)|two\s+thousand(?:\s+(?:and\s+)?(?:${SMALL}|${TENS}))?)`;
const SPELLED_YEAR_RE = pattern(`${B}(?:the\\s+year\\s+)?(${SPELLED_YEAR_SOURCE})${E}`, 'giu');

/** The year a spelled phrase names, or null when it reads as a plain number ("twenty five"). */
export function spelledYear(phrase: string, afterYearWord = false): number | null {
  const text = phrase.toLowerCase().replace(/\s+/g, ' ').replace(/-/g, ' ');
  const words = text.split(' ');
  if (words[0] === 'two' && words[1] === 'thousand') {
    const rest = words.slice(2).filter((w) => w !== 'and');
    return 2000 + (rest.length ? NUMBER_WORDS[rest[0]] : 0);
  }
  const hundreds = { nineteen: 1900, eighteen: 1800, twenty: 2000 }[words[0] as 'nineteen'];
  if (hundreds === undefined || words.length < 2) return null;
  if (words[1] === 'hundred') return hundreds;
  const tens = NUMBER_WORDS[words[1]];
  if (tens === undefined) return null;
  // "twenty five" alone is a number, not 2005; "nineteen five" needs "the year" before it
  if (words[0] === 'twenty' && tens < 10) return null;
  if (tens < 10 && !afterYearWord) return null;
  return hundreds + tens + (words[2] ? NUMBER_WORDS[words[2]] ?? 0 : 0);
}

const yearPoint = (y: number) => ({ date: day(y, 1, 1)!, gran: 'year' as const });

export const yearParser: Parser = {
  name: 'year',
  pattern: YEAR_RE,
  cue: /(?:1[6-9]|20)\d\d/iu,
  extract(ctx, m, offset) {
    const start = offset + m.index;
    const y = +m[2];
    if (!m[1]) {
      // after a determiner a year is the usual reading ("the 1992 protests have …")
      const determined = /(?:^|\s)(?:the|a|an|its|his|her|their|that|this)\s+$|['’]s\s+$/iu.test(textBefore(ctx, start, 10));
      if (!determined && QUANTITY_AFTER.test(textAfter(ctx, start + m[0].length, 40))) return null;
      if (start > ctx.sentence.start && NAME_BEFORE.test(textBefore(ctx, start, 25))) return null;
      if (QUANTITY_BEFORE.test(textBefore(ctx, start, 12)) && /^\s+[a-z]/.test(textAfter(ctx, start + m[0].length, 3))) return null;
    }
    return candidate(this.name, start, m[0], { type: 'DATE', value: String(y), point: yearPoint(y) });
  },
};

export const decadeParser: Parser = {
  name: 'decade',
  pattern: DECADE_RE,
  cue: /\d0['’]?s/iu,
  extract(ctx, m, offset) {
    const century = m[1] ?? m[3] ?? (ctx.ref ? String(ctx.ref.getFullYear()).slice(0, 2) : '19');
    const digit = m[2] ?? m[4];
    const y = +`${century}${digit}0`;
    return candidate(this.name, offset + m.index, m[0], { type: 'DATE', value: `${century}${digit}`, point: { date: day(y, 1, 1)!, gran: 'decade' } });
  },
};

export const decadeWordParser: Parser = {
  name: 'decade-word',
  pattern: DECADE_WORD_RE,
  cue: new RegExp(`the\\s+(?:(?:nineteen|eighteen)[-\\s])?(?:${Object.keys(DECADE_WORDS).join('|')})`, 'iu'),
  extract(ctx, m, offset) {
    const century = m[1] ? (m[1].toLowerCase() === 'eighteen' ? '18' : '19') : '19';
    const digit = DECADE_WORDS[m[2].toLowerCase()];
    return candidate(this.name, offset + m.index, m[0], { type: 'DATE', value: `${century}${digit}` });
  },
};

export const centuryParser: Parser = {
  name: 'century',
  pattern: CENTURY_RE,
  cue: /century/iu,
  extract(ctx, m, offset) {
    const w = m[1].toLowerCase();
    const n = ORDINALS[w] ?? parseInt(w, 10);
    if (!n || n > 21) return null;
    return candidate(this.name, offset + m.index, m[0], { type: 'DATE', value: String(n - 1).padStart(2, '0') });
  },
};

export const spelledYearParser: Parser = {
  name: 'spelled-year',
  pattern: SPELLED_YEAR_RE,
  cue: /nineteen|eighteen|twenty|thousand/iu,
  extract(ctx, m, offset) {
    const y = spelledYear(m[1], /^the\s+year/i.test(m[0]));
    if (y === null) return null;
    return candidate(this.name, offset + m.index, m[0], { type: 'DATE', value: valueOf(yearPoint(y)), point: yearPoint(y) });
  },
};
