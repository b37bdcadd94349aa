// The article's own publication date: a dateline or a "Published …" line near the top. Only the
// first lines are read, so a date in the story ("on March 3, 2019") is not taken for it.

import { day, formatDay, parseIsoDay } from '../dates/calendar.js';
import { MONTHS } from '../dates/vocabulary.js';
import type { Paragraph } from './sentences.js';

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const ISO_RE = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/;
const MDY_RE = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`, 'i');
const DMY_RE = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+((?:19|20)\d\d)\b`, 'i');
const HEAD_PARAGRAPHS = 4;
const HEAD_CHARS = 300;

function monthIndex(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** The calendar day as YYYY-MM-DD, or null when there is no such day (30 February). */
function valid(y: number, m: number, d: number): string | null {
  const date = day(y, m, d);
  return date ? formatDay(date) : null;
}

export function isIsoDate(s: string): boolean {
  return parseIsoDay(s) !== null;
}

export function findReferenceDate(text: string, paragraphs: Paragraph[]): string | null {
  for (const p of paragraphs.slice(0, HEAD_PARAGRAPHS)) {
    const line = text.slice(p.start, Math.min(p.end, p.start + HEAD_CHARS));
    let m = ISO_RE.exec(line);
    if (m) {
      const v = valid(+m[1], +m[2], +m[3]);
      if (v) return v;
    }
    m = MDY_RE.exec(line);
    if (m) {
      const v = valid(+m[3], monthIndex(m[1]), +m[2]);
      if (v) return v;
    }
    m = DMY_RE.exec(line);
    if (m) {
      const v = valid(+m[3], monthIndex(m[2]), +m[1]);
      if (v) return v;
    }
  }
  return null;
}
