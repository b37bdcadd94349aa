// Days counted from an event, not from a date: "in the days before the shooting", "in the weeks
// before Slepian was killed", "days after a sniper killed the doctor", "the day after his death".
// TimeML marks them DATE (the unit word: "days", "weeks"; "the day"), placed by the event they
// follow or precede, which a date analyzer cannot resolve: the value says only the grain. A count
// ("ten days before the murder", "two years after the war") is a duration (durations.ts), and
// "the day before" with nothing after it a day counted from the last date (neighbour-day).

import { textAfter, textBefore } from '../context.js';
import { B, candidate, E, pattern, type Parser } from '../parser.js';

// The units counted ("the day", "days", "weeks", "months").
const UNITS = 'day|days|weeks|months';

const COUNTED_UNIT = new RegExp(`^(?:the\\s+)?(?:${UNITS})$`, 'i');

/** Is a time expression's text a unit this parser finds ("the day", "weeks"), counted from an event? */
export function isCountedUnit(text: string): boolean {
  return COUNTED_UNIT.test(text);
}

// The event after the preposition starts with a word: "the day before." is neighbour-day's.
const EVENT_RELATIVE_RE = pattern(
  `${B}(?:(the)\\s+)?(${UNITS})(?=\\s+(?:before|after|following|preceding|leading\\s+up\\s+to)\\s+[\\p{L}\\p{N}'‘“"])`,
  'giu',
);
// Words before the unit that make it a count or a stretch ("three days", "the first days", "for
// days", "a matter of days"), or an ordinary noun ("the same day", "every day").
const NOT_AFTER = /(?:\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|many|some|couple|dozen|first|last|final|early|past|coming|next|recent|same|every|each|any|other|of|for|within|over|trading|business|working|those|these|that|this))\s+(?:the\s+)?$/iu;

// A date after the preposition counts from that date ("the day after tomorrow", "the day before
// Christmas", "days after Oct. 12"): not an event.
const DATE_AFTER = /^\s+(?:before|after|following|preceding|leading\s+up\s+to)\s+(?:\d|(?:tomorrow|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|christmas|easter|thanksgiving|new\s+year)\b)/iu;

const VALUES: Record<string, string> = { day: 'XXXX-XX-XX', days: 'XXXX-XX-XX', weeks: 'XXXX-WXX', months: 'XXXX-XX' };

export const eventRelativeParser: Parser = {
  name: 'event-relative',
  pattern: EVENT_RELATIVE_RE,
  cue: new RegExp(`(?:${UNITS})\\s+(?:before|after|following|preceding|leading)`, 'iu'),
  extract(ctx, m, offset) {
    const unit = m[2].toLowerCase();
    // "the day after his death" needs its "the"; a plural goes bare too ("days after the attack")
    if (unit === 'day' && !m[1]) return null;
    const start = offset + m.index;
    if (NOT_AFTER.test(textBefore(ctx, start, 30)) || DATE_AFTER.test(textAfter(ctx, start + m[0].length, 40))) return null;
    // TimeML's span: "the day", but the plural alone ("in the weeks before": "weeks")
    const text = unit === 'day' ? m[0] : m[2];
    const at = unit === 'day' ? start : start + m[0].length - m[2].length;
    return candidate(this.name, at, text, { type: 'DATE', value: VALUES[unit] });
  },
};
