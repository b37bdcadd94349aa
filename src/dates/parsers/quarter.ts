// Quarters: "the third quarter", "third-quarter", "its fourth quarter", "Q3 2024", "the fourth
// quarter of 1988", and relative ones: "the latest quarter", "the year-ago quarter", "last
// quarter". Financial news reports a quarter after it ends, so an ordinal quarter that has not
// begun yet at the reference date is last year's (unless the clause points to the future).

import { addMonths, formatYear, getQuarter, quarterStart } from '../calendar.js';
import { discussedQuarter, textAfter } from '../context.js';
import { pointsToFuture } from '../direction.js';
import { B, candidate, E, pattern, type Parser } from '../parser.js';

const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const DET = String.raw`(?:(the|this\s+year['’]s|last\s+year['’]s|next\s+year['’]s|a|this|that)\s+)?`;
const QUALIFIER = String.raw`(?:(year[-\s]ago|year[-\s]earlier|comparable|corresponding|same|latest|current|previous|prior|past|most\s+recent|recent|final|last|next|coming|fiscal|calendar|first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+)`;
const ORDINAL_QUARTER_RE = pattern(
  `${B}${DET}(?:(year[-\\s]ago|year[-\\s]earlier|comparable|same|fiscal|calendar|(?:19|20)\\d\\d)\\s+)?(?:(?:fiscal|calendar)[-\\s]+)?(first|second|third|fourth|1st|2nd|3rd|4th)([-\\s])(?:fiscal\\s+)?quarter${E}(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(\\d{4})(?!\\d))?`,
  'giu',
);
// "the quarter a year ago", "the corresponding period last year": the same quarter a year back
// "the quarter-to-quarter comparison" compares periods and names none
const RELATIVE_QUARTER_RE = pattern(`${B}${DET}(?:((?:19|20)\\d\\d)\\s+)?${QUALIFIER}{0,2}(?:quarter|period)${E}(?![-–]to[-–])(?:\\s+(a\\s+year\\s+(?:ago|earlier)|(?:of\\s+)?last\\s+year)${E}(?!['’]))?`, 'giu');
const Q_RE = pattern(String.raw`(?<![\p{L}\p{N}])(?:(\d{4})\s*)?Q([1-4])(?:\s*(\d{4}))?(?![\p{L}\p{N}])`, 'gu');

const point = (year: number, q: number) => ({ date: quarterStart(year, q), gran: 'quarter' as const });
const value = (year: number, q: number) => `${formatYear(year)}-Q${q}`;

export const ordinalQuarterParser: Parser = {
  name: 'quarter',
  pattern: ORDINAL_QUARTER_RE,
  cue: /quarter/iu,
  extract(ctx, m, offset) {
    const start = offset + m.index;
    let text = m[0];
    let s = start;
    const det = m[1]?.toLowerCase() ?? '';
    // TimeML leaves the article out of the adjective form ("the third-quarter loss" → "third-quarter")
    const adjective = m[4] === '-' && !m[2];
    if (det === 'a' || det === 'that' || (det === 'the' && adjective)) {
      s = start + m[1].length + (m[0].length - m[0].slice(m[1].length).trimStart().length - m[1].length);
      text = ctx.text.slice(s, start + m[0].length);
    }
    const q = ORD[m[3].toLowerCase()];
    const inner = m[2] && /^\d{4}$/.test(m[2]) ? +m[2] : null;
    const explicit = m[5] ? +m[5] : inner;
    const yearAgo = /year/.test(m[2] ?? '') || det.startsWith('last');
    const ref = ctx.ref;
    if (!ref && explicit === null) return candidate(this.name, s, text, { type: 'DATE', value: `XXXX-Q${q}` });
    let y = explicit;
    if (y === null && ref) {
      const refYear = ref.getFullYear();
      if (det.startsWith('this')) y = refYear;
      else if (det.startsWith('next')) y = refYear + 1;
      else {
        y = quarterStart(refYear, q) <= ref || pointsToFuture(ctx, start) ? refYear : refYear - 1;
        if (yearAgo) y -= 1;
      }
    }
    return candidate(this.name, s, text, { type: 'DATE', value: value(y!, q), point: point(y!, q) });
  },
};

export const relativeQuarterParser: Parser = {
  name: 'relative-quarter',
  pattern: RELATIVE_QUARTER_RE,
  cue: /quarter|period/iu,
  extract(ctx, m, offset) {
    const start = offset + m.index;
    const det = m[1]?.toLowerCase() ?? '';
    const year = m[2] ? +m[2] : null;
    const tail = m[4] ? m[4].toLowerCase() : ''; // group 3 is the qualifier's
    const head = tail ? m[0].slice(0, m[0].length - m[4].length).trimEnd() : m[0];
    const quals = `${head.toLowerCase().slice(det.length).replace(/(?:quarter|period)$/, '').replace(/\d{4}/, '').trim()} ${tail ? 'year-ago' : ''}`.trim();
    const isPeriod = /period$/i.test(head);
    if (!det && !quals && year === null) return null;
    if (det === 'a' || det === 'that') return null;
    if (/\b(first|second|third|fourth|1st|2nd|3rd|4th)\b/.test(quals)) return null; // ordinal parser's
    // "the period" alone names nothing; "the latest period", "the year-ago period" do
    if (isPeriod && year === null && !/latest|year|comparable|same|recent|current|corresponding/.test(quals)) return null;
    if (!isPeriod && !quals && year === null && det !== 'the' && det !== 'this') return null;
    const ref = ctx.ref;
    const last = discussedQuarter(ctx, 8)?.date ?? null;
    if (!ref && !last) return candidate(this.name, start, m[0], { type: 'DATE', value: 'XXXX-QX' });
    const current = ref ? quarterStart(ref.getFullYear(), getQuarter(ref)) : last!;
    // the quarter a news report is about: the last one that ended before the reference date
    const latest = addMonths(current, -3);
    // "the quarter" means the quarter the text is discussing, when it named one
    const discussed = last ?? latest;
    let d: Date;
    const derived = /year[-\s](ago|earlier)|last year|previous|prior|past|last/.test(quals + det);
    if (year !== null) d = quarterStart(year, getQuarter(discussed));
    else if (/year[-\s](ago|earlier)|last year/.test(quals + det)) d = addMonths(discussed, -12);
    else if (/previous|prior|past|last/.test(quals)) d = addMonths(discussed, -3);
    else if (/next|coming/.test(quals)) d = addMonths(current, 3);
    else if (/current/.test(quals) || det === 'this') d = current;
    else if (/latest|recent/.test(quals)) d = latest;
    else d = discussed; // "the quarter", "the same period"
    return candidate(this.name, start, m[0], { type: 'DATE', value: value(d.getFullYear(), getQuarter(d)), point: point(d.getFullYear(), getQuarter(d)), derived });
  },
};

export const qNotationParser: Parser = {
  name: 'q-notation',
  pattern: Q_RE,
  cue: /Q[1-4]/u,
  extract(ctx, m, offset) {
    const q = +m[2];
    const y = m[1] ? +m[1] : m[3] ? +m[3] : ctx.ref ? ctx.ref.getFullYear() : null;
    if (y === null) return candidate(this.name, offset + m.index, m[0], { type: 'DATE', value: `XXXX-Q${q}` });
    return candidate(this.name, offset + m.index, m[0], { type: 'DATE', value: value(y, q), point: point(y, q) });
  },
};

// Halves of a year (TIMEX3 H1, H2): "the first half of 1990", "the second half of the year",
// "the last half of next year", "first-half profit" (the reference year's).
const HALF_RE = pattern(
  `${B}(?:the\\s+)?(first|second|last|latter)([-\\s])half${E}(?:\\s+of\\s+(?:(?:fiscal\\s+)?((?:19|20)\\d\\d)|(this|the|next|last)\\s+(?:fiscal\\s+)?year)${E})?`,
  'giu',
);

export const halfParser: Parser = {
  name: 'half',
  pattern: HALF_RE,
  cue: /(?:first|second|last|latter)[-\s]half/iu,
  extract(ctx, m, offset) {
    let start = offset + m.index;
    let text = m[0];
    // a bare "the second half" is as often a match's or a century's; without a year only the
    // adjective of a report ("first-half profit") is a half of the current year
    if (!m[3] && !m[4] && (m[2] !== '-' || !/^\s+\p{Ll}/u.test(textAfter(ctx, start + text.length, 5)))) return null;
    // "first-half profit": the adjective form leaves the article out, as with quarters
    if (m[2] === '-' && !m[3] && !m[4] && /^the\s/i.test(text)) {
      const cut = text.length - text.slice(3).trimStart().length;
      start += cut;
      text = text.slice(cut);
    }
    const h = m[1].toLowerCase() === 'first' ? 1 : 2;
    const rel = m[4]?.toLowerCase();
    const refYear = ctx.ref?.getFullYear() ?? null;
    const y = m[3] ? +m[3] : refYear === null ? null : rel === 'next' ? refYear + 1 : rel === 'last' ? refYear - 1 : refYear;
    return candidate(this.name, start, text, { type: 'DATE', value: `${y ?? 'XXXX'}-H${h}` });
  },
};
