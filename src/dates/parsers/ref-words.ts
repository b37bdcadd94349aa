// Words that point at the present, past or future without naming a date (TIMEX3 *_REF values):
// "now", "currently", "current", "recently", "the past", "the future", "future quarters", "the near term", "a later date". Words that are time
// adverbs only some of the time ("soon", "previously", "future" as an adjective, "recent" alone)
// are left out: in news they mostly modify an event rather than name a time.
// "Earlier" alone is left out too: it is mostly a comparison ("earlier than") or belongs to a
// date the modifier refiner extends ("earlier this year").

import { textAfter, textBefore } from '../context.js';
import { B, candidate, E, pattern, type Parser } from '../parser.js';

const REF_RE = pattern(
  `${B}(right\\s+now|now|nowadays|currently|presently|at\\s+present|these\\s+days|current|recently|lately|in\\s+the\\s+past|the\\s+past|the\\s+(?:near|immediate|foreseeable|distant|not\\s+too\\s+distant)\\s+future|the\\s+future|an?\\s+later\\s+date|future\\s+(?:days|weeks|months|quarters|years|decades)|the\\s+(?:near|short|medium|long)\\s+term(?![-\\p{L}]))${E}`,
  'giu',
);
const VALUES: Record<string, string> = {
  now: 'PRESENT_REF', nowadays: 'PRESENT_REF', currently: 'PRESENT_REF', presently: 'PRESENT_REF', present: 'PRESENT_REF',
  current: 'PRESENT_REF', days: 'PRESENT_REF',
  recently: 'PAST_REF', lately: 'PAST_REF', recent: 'PAST_REF', previously: 'PAST_REF', formerly: 'PAST_REF', past: 'PAST_REF',
  future: 'FUTURE_REF', term: 'FUTURE_REF', date: 'FUTURE_REF', soon: 'FUTURE_REF', shortly: 'FUTURE_REF',
};
// "current" is an adjective of time except in a few fixed finance and physics phrases
const NOT_TIME_AFTER = /^\s+(?:account|accounts|affairs|events|liabilities|assets|flows?|of\s+the|in\s+the|that|from)\b/iu;

// "Now," opening a sentence and "Now for ..." are discourse markers (turning to a new point, like
// "well" or "so"), not a reference to the present; "now" inside the clause, "for now", "until now"
// and "now that" name the present time.
const DISCOURSE_NOW_AFTER = /^\s*(?:,|for\b)/u;
const CLAUSE_START = /(?:^|[.!?:;"“'‘`(\n]\s*)$/u;

export const refWordParser: Parser = {
  name: 'ref-word',
  pattern: REF_RE,
  cue: /now|current|present|these\s+days|recently|lately|past|future|term|later\s+date/iu,
  extract(ctx, m, offset) {
    let start = offset + m.index;
    let text = m[0];
    const words = text.toLowerCase().split(/\s+/);
    const last = words[words.length - 1];
    const after = textAfter(ctx, start + text.length, 20);
    if (last === 'current' && NOT_TIME_AFTER.test(after)) return null;
    if (text.toLowerCase() === 'now' && DISCOURSE_NOW_AFTER.test(after) && CLAUSE_START.test(textBefore(ctx, start, 4))) return null;
    if (last === 'past' && /^\s+(?:few|several|two|three|four|five|decade|year|month|week|day)/iu.test(after)) return null;
    if (text.toLowerCase().startsWith('in ')) {
      start += 3;
      text = text.slice(3);
    }
    // "future quarters": periods still to come, as one reference to the future
    const value = /^future\s/iu.test(text) ? 'FUTURE_REF' : VALUES[last];
    return candidate(this.name, start, text, { type: 'DATE', value });
  },
};
