// Seasons: "this winter" (2024-WI), "last fall", "summer 2023", "the spring of 1999". Lower-case
// season words are also verbs and nouns ("prices fall", "a hot spring"), so a season needs a
// year, a shift word (this/last/next), a modifier (early/late/mid-), or a time preposition before
// it ("in the spring", "during summer").

import { seasonEnd, seasonStart, seasonYearOf } from '../calendar.js';
import { textAfter } from '../context.js';
import { pointsToFuture } from '../direction.js';
import { B, candidate, pattern, type Parser } from '../parser.js';
import { SEASONS, SEASON_RE_SOURCE } from '../vocabulary.js';
import { SPELLED_YEAR_SOURCE, spelledYear } from './year.js';

const SEASON_RE = pattern(
  `${B}(?:(last|this|next|past|coming|the|(?:this|last)\\s+past)\\s+)?(?:(early|late|mid)[-\\s]?)?(${SEASON_RE_SOURCE})(?:\\s+(?:of\\s+)?(\\d{4})(?![\\d]|,\\d)|\\s+(?:of\\s+)?(${SPELLED_YEAR_SOURCE})(?![\\p{L}]))?`,
  'giu',
);
const CONTEXT_BEFORE = /(?:^|\s)(?:in|into|during|by|until|since|through|for|over|throughout)\s+$/iu;
const OF_SOMETHING = /^\s+of\s+(?!\d{4})/iu;

export const seasonParser: Parser = {
  name: 'season',
  pattern: SEASON_RE,
  cue: /spring|summer|fall|autumn|winter/iu,
  extract(ctx, m, offset) {
    const start = offset + m.index;
    const det = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const season = SEASONS[m[3].toLowerCase()];
    const explicitYear = m[4] ? +m[4] : m[5] ? spelledYear(m[5]) : null;
    if (m[5] && explicitYear === null) return null;
    const after = textAfter(ctx, start + m[0].length, 20);
    const timeContext = CONTEXT_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 12), start));
    // a bare or "the" season needs a time preposition before it ("in the spring"; not "water from the spring")
    if ((!det || det === 'the') && !m[2] && explicitYear === null && !timeContext) return null;
    if (det === 'the' && !m[2] && explicitYear === null && OF_SOMETHING.test(after)) return null; // "the fall of Rome"
    if (/^[-\s]*(?:\p{Lu}|season|term|session|collection|semester|school|camp|break|olympics|games|palace|festival|solstice|equinox|storm|wheat|crop)/u.test(after) && !explicitYear) {
      if (!det || det === 'the') return null;
    }
    const text = m[0];
    const s = start;
    const ref = ctx.ref;
    let year = explicitYear;
    if (year === null && ref) {
      const current = seasonYearOf(ref, season);
      if (det === 'last' || det === 'past' || det === 'this past' || det === 'last past') {
        year = seasonEnd(current, season) < ref ? current : current - 1;
      } else if (det === 'next' || det === 'coming') {
        year = seasonStart(current, season) > ref ? current : current + 1;
      } else if (det === 'this') {
        year = current;
      } else {
        year = seasonStart(current, season) > ref && !pointsToFuture(ctx, start) ? current - 1 : current;
      }
    }
    if (year === null) return candidate(this.name, s, text, { type: 'DATE', value: `XXXX-${season}` });
    return candidate(this.name, s, text, {
      type: 'DATE',
      value: `${String(year).padStart(4, '0')}-${season}`,
      point: { date: seasonStart(year, season), gran: 'season', season },
    });
  },
};
