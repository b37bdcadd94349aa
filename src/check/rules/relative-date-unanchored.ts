// Relative dates ("yesterday", "next week", "on Tuesday") in an article with no reference date:
// neither given (--date, the input's date) nor found in the text (a dateline). A reader of the
// published page has the date beside it; a CI job reading the file has not, and a reader of an
// archived copy may not either.

import type { RawFinding, Rule } from '../types.js';

const RELATIVE_RE = /\b(?:yesterday|today|tonight|tomorrow|ago|last|next|this|coming|previous|past|earlier|later|recent|recently|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

export const relativeDateUnanchored: Rule = {
  id: 'relative-date-unanchored',
  severity: 'info',
  summary: 'a relative date ("yesterday", "next week") in an article with no reference date',
  help:
    'Flags relative dates ("yesterday", "next week", "on Tuesday", "two days ago") when the article has no reference date: ' +
    'none given (--date, the JSONL "date") and none found in its text (a dateline or a "Published" line). Their calendar ' +
    'day cannot be known from the article alone. Give the publication date, or add a dateline.',
  find({ report }) {
    if (report.referenceDate !== null) return [];
    const out: RawFinding[] = [];
    for (const d of report.dates ?? []) {
      if (d.type !== 'DATE' && d.type !== 'TIME') continue;
      if (!RELATIVE_RE.test(d.text)) continue;
      out.push({ start: d.start, end: d.end, message: `"${d.text}" is relative, and the article has no reference date` });
    }
    return out;
  },
};
