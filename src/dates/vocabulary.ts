// English calendar words and their numbers: the closed vocabulary every date parser shares.
// (Closed-class language data, not a gazetteer: month, weekday, season, unit and number words.)

/** Month names and the abbreviations news style uses ("Sept.", "Oct."), 1-based. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Capitalised month names; abbreviations need their period ("Jan.") except "Sept". */
/**
 * Cue for MONTH_RE_SOURCE (see Parser.cue): every month name and abbreviation starts with one of
 * these (case-sensitive; a pattern under the i flag uses it under i too).
 */
export const MONTH_CUE_SOURCE = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|OCT|NOV|DEC';
export const MONTH_WORD_SOURCE = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|Sept|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)`;
/**
 * A month name, not followed by a letter. (The *_WORD_SOURCE forms leave that lookahead out: for a
 * pattern that goes on with \s, a comma or E, where it could never fail and would only add a
 * Unicode class to compile, ~1 ms each.)
 */
export const MONTH_RE_SOURCE = String.raw`${MONTH_WORD_SOURCE}(?![\p{L}])`;

/**
 * A month name in any of the cases text writes it ("October", "october", "OCTOBER"), and its
 * abbreviations with or without a period ("Oct.", "Oct", "oct"). A pattern using it must check the
 * context of what it matched (isSafeMonth): "may", "march" and a bare "Mar" or "Jun" are words too.
 * Written out in both cases so the patterns need no `i` flag (whose Unicode case closure is slow to compile).
 */
export const MONTH_ANY_SOURCE = String.raw`(?:[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|[Mm]ay|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ept?|[Oo]ct|[Nn]ov|[Dd]ec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.?)`;
/** Cue for MONTH_ANY_SOURCE: what every form of it starts with (no `i` flag needed). */
export const MONTH_ANY_CUE_SOURCE = '[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]u[nl]|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec|JAN|FEB|MAR|APR|MAY|JU[NL]|AUG|SEP|OCT|NOV|DEC';

/** ISO weekday numbers (Monday 1 … Sunday 7), as TIMEX3 writes them (XXXX-WXX-5). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7,
};

export const WEEKDAY_WORD_SOURCE = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)`;
export const WEEKDAY_RE_SOURCE = String.raw`${WEEKDAY_WORD_SOURCE}(?![\p{L}])`;
/** A weekday name in any case ("Tuesday", "tuesday"); lower case needs context (see weekday parser). */
export const WEEKDAY_ANY_SOURCE = String.raw`(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)`;
/** A weekday as a date's prefix: full names, or capitalised abbreviations ("Fri, Mar 8", "Wed. Oct. 9"). */
export const WEEKDAY_PREFIX_SOURCE = String.raw`(?:${WEEKDAY_ANY_SOURCE}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?)`;

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export const SEASONS: Readonly<Record<string, Season>> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};
export const SEASON_RE_SOURCE = String.raw`(?:spring|summer|fall|autumn|winter)(?![\p{L}])`;

/** Parts of the day in TIMEX3 (2024-10-20TMO). */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
};
export const PART_OF_DAY_RE_SOURCE = String.raw`(?:morning|afternoon|evening|night)(?![\p{L}])`;

/** Duration units: the TIMEX3 letter, whether it sits after "T" (clock units), and a factor. */
export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'fortnight' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
/** Cue for UNIT_RE_SOURCE (see Parser.cue): every unit word contains one of these. */
export const UNIT_CUE_SOURCE = 'second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur';
export const UNIT_WORD_SOURCE = String.raw`(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)`;
export const UNIT_RE_SOURCE = String.raw`${UNIT_WORD_SOURCE}(?![\p{L}])`;

export function unitOf(word: string): Unit {
  const w = word.toLowerCase();
  if (w.startsWith('centur')) return 'century';
  return w.replace(/s$/, '') as Unit;
}

const UNITS_1_19 = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

export const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries([
  ...UNITS_1_19.map((w, i) => [w, i] as const),
  ...TENS.map((w, i) => [w, 20 + 10 * i] as const),
  ['a', 1], ['an', 1], ['hundred', 100], ['dozen', 12], ['a dozen', 12],
]);

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

/** Quantities that name no number: TIMEX3 writes them as X ("several years" → PXY). */
export const VAGUE_QUANTITY_RE_SOURCE = String.raw`(?:a\s+few|few|several|a\s+couple\s+of|a\s+couple|couple\s+of|some|many|a\s+number\s+of|a\s+handful\s+of)`;

const ORDINAL_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
/** Days of the month as ordinal words, "first" … "thirty-first" ("twenty first" too). */
export const ORDINAL_DAYS: Readonly<Record<string, number>> = Object.fromEntries([
  ...ORDINAL_UNITS.map((w, i) => [w, i + 1] as const),
  ...ORDINAL_TEENS.map((w, i) => [w, i + 10] as const),
  ['twentieth', 20], ['thirtieth', 30], ['thirty-first', 31], ['thirty first', 31],
  ...ORDINAL_UNITS.flatMap((w, i) => [[`twenty-${w}`, 21 + i], [`twenty ${w}`, 21 + i]] as const),
]);
/** ORDINAL_DAYS as a pattern, longest first, either case of the first letter. */
export const ORDINAL_DAY_SOURCE = `(?:${Object.keys(ORDINAL_DAYS)
  .sort((a, b) => b.length - a.length)
  .map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1).replace(' ', '\\s+')}`)
  .join('|')})`;
