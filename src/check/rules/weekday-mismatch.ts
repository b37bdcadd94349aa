// A weekday next to a date that falls on another day: "Monday, March 5, 2024" (a Tuesday). The
// year is the one written with the date; without one, the occurrence of that day and month
// nearest the article's reference date; with neither, nothing is said. Both orders are read:
// "Monday, March 5" and "March 5 (Monday)".

import { WEEKDAY_ALT, monthName, utcDay, weekday, weekdayName, weekdayOf } from '../calendar.js';
import { dateMentions, possible, type DateMention } from '../date-mentions.js';
import type { RawFinding, Rule } from '../types.js';

// A weekday just before the date: "Monday, March 5", "Tuesday 5 March", "Monday (the 5th of March".
// Short forms only with their point ("Sun."), so "Sun" the newspaper ("Edmonton Sun, August 16") or "Wed" the verb stay out.
const WEEKDAY_BEFORE_RE = new RegExp(`(?<![\\p{L}])(?:((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\.?,?|((?:${WEEKDAY_ALT}))\\.,?)\\s*(?:\\(\\s*)?(?:the\\s+)?$`, 'u');
// The weekday in brackets after it: "March 5 (Monday)".
const WEEKDAY_AFTER_RE = new RegExp(`^\\s*\\(\\s*(${WEEKDAY_ALT})\\.?\\s*\\)`);

const DAY_MS = 86_400_000;

/** The year the date is in: written, or the occurrence nearest the reference date, or null. */
function yearOf(d: DateMention, referenceDate: string | null): number | null {
  if (d.year !== null) return d.year;
  if (!referenceDate) return null;
  const ref = Date.parse(`${referenceDate}T00:00:00Z`);
  const y = Number(referenceDate.slice(0, 4));
  let best: number | null = null;
  for (const cand of [y - 1, y, y + 1]) {
    const t = utcDay(cand, d.month, d.day);
    if (best === null || Math.abs(t - ref) < Math.abs(utcDay(best, d.month, d.day) - ref)) best = cand;
  }
  // Further than half a year away either way, the nearest occurrence is a guess.
  return best !== null && Math.abs(utcDay(best, d.month, d.day) - ref) <= 183 * DAY_MS ? best : null;
}

export const weekdayMismatch: Rule = {
  id: 'weekday-mismatch',
  severity: 'error',
  summary: 'a weekday next to a date that falls on another day ("Monday, March 5, 2024": a Tuesday)',
  help:
    'Flags a weekday written next to a calendar date ("Monday, March 5, 2024", "Tuesday 5 March", "March 5 (Monday)") ' +
    'when the date falls on another day of the week. The year is the one written with the date; without one, the ' +
    "occurrence of that day nearest the article's reference date (--date, the input's date, or the dateline); " +
    'when there is neither, nothing is flagged. Either the weekday or the date is wrong: check which.',
  find({ text, report }) {
    const out: RawFinding[] = [];
    for (const d of dateMentions(text)) {
      if (d.numeric || !possible(d)) continue; // numeric order is unknown; an impossible date is its own finding
      const before = WEEKDAY_BEFORE_RE.exec(text.slice(Math.max(0, d.start - 20), d.start));
      const after = before ? null : WEEKDAY_AFTER_RE.exec(text.slice(d.end, d.end + 16));
      const name = before ? (before[1] ?? before[2]) : after?.[1];
      if (!name) continue;
      const year = yearOf(d, report.referenceDate);
      if (year === null) continue;
      const actual = weekday(year, d.month, d.day);
      if (actual === weekdayOf(name)) continue;
      const start = before ? d.start - before[0].length : d.start;
      const end = after ? d.end + after[0].length : d.end;
      const stated = d.year !== null ? '' : ` (year ${year}, from the reference date)`;
      out.push({ start, end, message: `${monthName(d.month)} ${d.day}, ${year} is a ${weekdayName(actual)}, not a ${weekdayName(weekdayOf(name))}${stated}` });
    }
    return out;
  },
};
