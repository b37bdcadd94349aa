// Holidays named in the text: "Thanksgiving Day", "last Christmas", "Election Day 1998", "Easter
// week". The day comes from the holiday's calendar rule (data/dates/holidays.tsv) in the year
// picked like a month's ("on Thanksgiving Day" in a January article is the last one).

import { valueOf, type Point } from '../calendar.js';
import { textAfter, textBefore } from '../context.js';
import { holidays, type Holiday } from '../holidays.js';
import { B, candidate, E, pattern, type Parser, type PatternSource } from '../parser.js';
import { occurrenceYear } from '../resolve.js';
import { NAME_BEFORE } from './year.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '\\s+');

/** The names from data/dates/holidays.tsv, read when a sentence is first parsed (not at import, which every command pays). */
interface Names {
  byName: Map<string, Holiday>;
  pattern: PatternSource;
  cue: RegExp;
}
let names: Names | null = null;

function holidayNames(): Names {
  if (names) return names;
  const byName = new Map<string, Holiday>();
  for (const h of holidays()) for (const n of h.names) byName.set(n.toLowerCase().replace(/’/g, "'"), h);
  const alternatives = [...byName.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  return (names = {
    byName,
    pattern: pattern(`${B}(?:([Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\\s+)?(${alternatives})${E}(?:,?\\s+(?:of\\s+)?((?:1[6-9]|20)\\d\\d)(?!\\d))?`, 'giu'),
    // the names alone: no \p classes to compile
    cue: new RegExp(alternatives, 'iu'),
  });
}
// "Christmas Island", "Easter egg", "Independence Day" of another country ("Ukraine's")
const NOT_THE_DAY_AFTER = /^\s*(?:\p{Lu}|-?(?:trees?|cards?|carols?|islands?|lights|decorations|eggs?|bunny|shopping|season|holidays?|songs?|music|movie|film)\b)/u;

export const holidayParser: Parser = {
  name: 'holiday',
  get pattern() {
    return holidayNames().pattern;
  },
  get cue() {
    return holidayNames().cue;
  },
  extract(ctx, m, offset) {
    const start = offset + m.index;
    const name = m[2];
    // names are capitalised in text ("Easter", not "easter"); the 'i' flag only serves "the Fourth"
    // (in lower case only with a year or a shift word: "easter 2019", "last christmas")
    if (!/^\p{Lu}/u.test(name.replace(/^the\s+/i, '')) && !m[3] && !m[1]) return null;
    const h = holidayNames().byName.get(name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' '));
    if (!h) return null;
    if (!m[3] && NOT_THE_DAY_AFTER.test(textAfter(ctx, start + m[0].length, 15))) return null;
    if (/['’]s\s+$/u.test(textBefore(ctx, start, 3)) && !m[1]) return null;
    // "Johnnie Christmas": a holiday name after a capitalised word inside the sentence is a surname
    if (!m[1] && !m[3] && start > ctx.sentence.start && NAME_BEFORE.test(textBefore(ctx, start, 25)) && !/^\s*\p{Lu}[\p{L}.-]*\s+$/u.test(textBefore(ctx, start, 25))) return null;
    const shift = m[1]?.toLowerCase();
    let year: number | null = m[3] ? +m[3] : null;
    const ref = ctx.ref;
    if (year === null && ref) {
      const y = ref.getFullYear();
      const thisOne = h.dateIn(y);
      if (shift === 'last' || shift === 'past') year = thisOne && thisOne < ref ? y : y - 1;
      else if (shift === 'next' || shift === 'coming') year = thisOne && thisOne > ref ? y : y + 1;
      else if (shift === 'this') year = y;
      else year = occurrenceYear(ctx, start, start + m[0].length, ref, (yy) => h.dateIn(yy), true);
    }
    const d = year === null ? null : h.dateIn(year);
    if (!d) return candidate(this.name, start, m[0], { type: 'DATE', value: 'XXXX-XX-XX' });
    const p: Point = { date: d, gran: h.gran };
    return candidate(this.name, start, m[0], { type: 'DATE', value: valueOf(p), point: p });
  },
};
