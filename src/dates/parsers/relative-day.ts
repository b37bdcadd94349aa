// Days named from the reference date: "today", "yesterday", "tomorrow", "tonight", "last night",
// "this morning", weekdays ("Tuesday", "last Friday", "next Monday"), with an optional part of
// the day ("Friday morning", "yesterday afternoon"), which makes the expression a TIME.

import { addDays, formatDay } from '../calendar.js';
import type { Candidate, ParsingContext } from '../context.js';
import { B, candidate, E, pattern, type Parser } from '../parser.js';
import { weekdayNear } from '../resolve.js';
import { PARTS_OF_DAY, PART_OF_DAY_RE_SOURCE, WEEKDAYS, WEEKDAY_ANY_SOURCE } from '../vocabulary.js';
import { textAfter, textBefore } from '../context.js';

const PART = String.raw`(?:\s+(${PART_OF_DAY_RE_SOURCE}))?`;
const DAY_WORD_RE = pattern(`${B}(today|tonight|tomorrow|yesterday|(?:the\\s+)?day\\s+before\\s+yesterday|(?:the\\s+)?day\\s+after\\s+tomorrow)${E}${PART}`, 'giu');
// "mid-afternoon", "mid afternoon": the reference day's, as "this afternoon" ("mid-afternoon yesterday": the day before)
const THIS_PART_RE = pattern(`${B}(this|last|tomorrow|yesterday)\\s+(${PART_OF_DAY_RE_SOURCE})|${B}(overnight)${E}|${B}mid[-\\s]?(morning|afternoon|evening)(?:\\s+(yesterday|today|tomorrow))?${E}`, 'giu');
// no 'i' flag: the case of the weekday decides how much context it needs
const WEEKDAY_RE = pattern(`${B}(?:((?:[Tt]his\\s+)?(?:[Cc]oming|[Pp]ast)|[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\\s+)?(${WEEKDAY_ANY_SOURCE})(?![\\p{L}])${PART}`, 'gu');
// a lower-case weekday ("last tuesday", "on friday", "friday night") is one after a shift word, a
// date preposition, or with a part of the day
const LOWER_WEEKDAY_CONTEXT = /(?:^|[\s(])(?:on|by|until|till|since|from|before|after|through|every|each|this|next|last|coming|past)\s+$/iu;
// a clock time just before the weekday ("7:30 pm on Saturday") belongs to the same expression: the
// verb that governs the time governs the day
const NAME_AFTER = /^\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)\p{Lu}\p{Ll}/u;
const CLOCK_BEFORE = /(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.\s?m\.?|[ap]m|[AP]M|[AP]\.M\.?)|noon|midnight|\d{1,2}:\d{2})(?:\s+[A-Z]{2,4})?,?\s+(?:on\s+)?$/u;

function dayCandidate(ctx: ParsingContext, source: string, start: number, text: string, d: Date | null, part: string | undefined, weekday?: number): Candidate {
  const suffix = part ? `T${PARTS_OF_DAY[part.toLowerCase()]}` : '';
  const type = part ? 'TIME' : 'DATE';
  if (!d) {
    const v = weekday ? `XXXX-WXX-${weekday}` : 'XXXX-XX-XX';
    return candidate(source, start, text, { type, value: v + suffix });
  }
  return candidate(source, start, text, { type, value: formatDay(d) + suffix, point: { date: d, gran: 'day' } });
}

const OFFSETS: Record<string, number> = { today: 0, tonight: 0, tomorrow: 1, yesterday: -1 };
// "USA Today", "VOA Today": a capitalised day word right after a capitalised name is part of it
const TITLE_BEFORE = /(?:^|[^.!?:"“]\s)[\p{Lu}][\p{L}.&-]*\s$/u;
// "today's world", "today's youth": the present era in general, not the day (TimeML annotators
// leave these out; a day's own things, "today's editions", stay dates)
const ERA_AFTER = /^['’]s\s+(?:\p{L}+\s+)?(?:world|society|youth|generation|children|kids|culture|age|era|economy|standards|technology|computers)\b/iu;

export const dayWordParser: Parser = {
  name: 'day-word',
  pattern: DAY_WORD_RE,
  cue: /today|tonight|tomorrow|yesterday/iu,
  extract(ctx, m, offset) {
    const w = m[1].toLowerCase().replace(/\s+/g, ' ');
    const start = offset + m.index;
    if (/^\p{Lu}/u.test(m[1]) && start > ctx.sentence.start && TITLE_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 30), start))) return null;
    if (ERA_AFTER.test(ctx.text.slice(start + m[0].length, start + m[0].length + 40))) return null;
    const n = w in OFFSETS ? OFFSETS[w] : w.includes('before') ? -2 : 2;
    const part = w === 'tonight' ? 'night' : m[2];
    return dayCandidate(ctx, this.name, start, m[0], ctx.ref ? addDays(ctx.ref, n) : null, part);
  },
};

export const partOfDayParser: Parser = {
  name: 'part-of-day',
  pattern: THIS_PART_RE,
  cue: /morning|afternoon|evening|night/iu,
  extract(ctx, m, offset) {
    // "overnight" is a guess at the night before the reference date: it anchors nothing after it
    // ("the previous Friday" counts from a day the text named)
    if (m[3]) return { ...dayCandidate(ctx, this.name, offset + m.index, m[0], ctx.ref ? addDays(ctx.ref, -1) : null, 'night'), derived: true };
    if (m[4]) return dayCandidate(ctx, this.name, offset + m.index, m[0], ctx.ref ? addDays(ctx.ref, OFFSETS[(m[5] ?? 'today').toLowerCase()]) : null, m[4]);
    const w = m[1].toLowerCase();
    const part = m[2];
    // "last night" is yesterday's; "last morning" is not an expression
    if (w === 'last' && part.toLowerCase() !== 'night') return null;
    const n = w === 'last' || w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
    return dayCandidate(ctx, this.name, offset + m.index, m[0], ctx.ref ? addDays(ctx.ref, n) : null, part);
  },
};

export const weekdayParser: Parser = {
  name: 'weekday',
  pattern: WEEKDAY_RE,
  cue: /day|DAY/u,
  extract(ctx, m, offset) {
    const start = offset + m.index;
    const weekday = WEEKDAYS[m[2].toLowerCase()];
    const before = textBefore(ctx, start, 30);
    if (!m[1] && !m[3] && /^\p{Ll}/u.test(m[2]) && !LOWER_WEEKDAY_CONTEXT.test(before)) return null;
    // "Sunday Times", "Monday Night Football": a capitalised weekday heading a name
    // (only at the start of a sentence or after "the": "his Sunday Mass" is a day)
    if (!m[1] && !m[3] && NAME_AFTER.test(textAfter(ctx, start + m[0].length, 12)) && /(?:^|(?:^|\s)the\s+)$/iu.test(before)) return null;
    const clock = CLOCK_BEFORE.exec(before);
    const from = clock ? start - clock[0].length : start;
    // "this coming Friday", "this past Saturday": the last word says the direction
    const shiftWord = m[1] ? m[1].split(/\s+/).pop()! : null;
    const d = ctx.ref ? weekdayNear(ctx, from, start + m[0].length, ctx.ref, weekday, shiftWord) : null;
    return dayCandidate(ctx, this.name, start, m[0], d, m[3], weekday);
  },
};
