// Calendar dates as the article writes them ("March 5, 2024", "5th of March", "31/06/2024",
// "2024-02-30"), read straight from the text, the day and month kept even when they cannot exist:
// the dates analyzer rightly declines to give a value to "February 30", so the date rules read the
// words themselves.

import { MONTH_ALT, monthLength, monthOf } from './calendar.js';

export interface DateMention {
  start: number;
  end: number;
  /** Month 1-12 and day as written; `month` may be 13+ and `day` 32+ only in numeric forms. */
  month: number;
  day: number;
  /** The year written with it, or null. */
  year: number | null;
  /** Numeric dates whose order (day/month or month/day) is not known: both readings are kept. */
  numeric: boolean;
}

const ORD = '(?:st|nd|rd|th)?';
// "March 5", "Sept. 5th", "March 5, 2024". The day must not run on into more digits ("March 2024").
const MONTH_DAY_RE = new RegExp(`\\b(${MONTH_ALT})\\.?\\s+(\\d{1,2})${ORD}(?![\\d:])\\b(?:,?\\s+(\\d{4})\\b)?`, 'g');
// "5 March", "5th of March 2024", "5 March, 2024".
// A point after the month only when it is a short form's ("5 Sept."), not the sentence's ("of September.").
const DAY_MONTH_RE = new RegExp(`(?<![\\d.,/:-])\\b(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH_ALT})\\b(?:(?<=\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec))\\.)?(?:,?\\s+(\\d{4})\\b)?`, 'g');
// 31/06/2024, 31.06.2024, 6-31-2024 (the same separator twice), and ISO 2024-02-30.
const NUMERIC_RE = /(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d./-]?\d)/g;
const ISO_RE = /(?<![\d./-])(\d{4})-(\d{2})-(\d{2})(?![\d./-]?\d)/g;
// "In April 31 people died": a month on its own, then a number that counts something.
const MONTH_ALONE_BEFORE = /\b(?:in|of|by|during|since|until|through|from|for|last|this|next|early|late|mid)\s+$/i;

function wordsDates(text: string, out: DateMention[]): void {
  for (const m of text.matchAll(MONTH_DAY_RE)) {
    const start = m.index;
    const year = m[3] ? Number(m[3]) : null;
    const after = text.slice(start + m[0].length, start + m[0].length + 3);
    const before = text.slice(Math.max(0, start - 12), start);
    if (year === null && !/\d(st|nd|rd|th)$/.test(m[0]) && /^\s+\p{Ll}/u.test(after) && MONTH_ALONE_BEFORE.test(before)) continue;
    out.push({ start, end: start + m[0].length, month: monthOf(m[1]), day: Number(m[2]), year, numeric: false });
  }
  // A number above 31 after a month counts something ("By May 40 people…"): not a date.
  for (let i = out.length - 1; i >= 0 && !out[i].numeric; i--) if (out[i].day < 1 || out[i].day > 31) out.splice(i, 1);
  for (const m of text.matchAll(DAY_MONTH_RE)) {
    const start = m.index;
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    out.push({ start, end: start + m[0].length, month: monthOf(m[2]), day, year: m[3] ? Number(m[3]) : null, numeric: false });
  }
}

function numericDates(text: string, out: DateMention[]): void {
  for (const m of text.matchAll(NUMERIC_RE)) {
    out.push({ start: m.index, end: m.index + m[0].length, day: Number(m[1]), month: Number(m[3]), year: Number(m[4]), numeric: true });
  }
  for (const m of text.matchAll(ISO_RE)) {
    out.push({ start: m.index, end: m.index + m[0].length, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), numeric: false });
  }
}

/** Every written calendar date, sorted by start; overlapping readings keep the longest. */
export function dateMentions(text: string): DateMention[] {
  const all: DateMention[] = [];
  wordsDates(text, all);
  numericDates(text, all);
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  for (const d of all) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}

function exists(month: number, day: number, year: number | null): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= monthLength(month, year);
}

/** Whether the date can exist: for a numeric date, in either order (31/06 and 06/31 both fail). */
export function possible(d: DateMention): boolean {
  return exists(d.month, d.day, d.year) || (d.numeric && exists(d.day, d.month, d.year));
}
