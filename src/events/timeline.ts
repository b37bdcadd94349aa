// The events in calendar order: only those anchored to a resolved calendar value (no unknown
// "X" digits, no PAST_REF/PRESENT_REF/FUTURE_REF), ordered by the first day of the period the
// value names ("2024" → 2024-01-01, "2024-WI" → 2024-12-01, "2024-Q3" → 2024-07-01, a range by
// its first day), ties by position in the text.

import type { EventDate, NewsEvent } from '../types.js';

// First month of each season (meteorological seasons, northern hemisphere: winter 2024 is
// December 2024 to February 2025, as TimeML's 2024-WI is the winter that starts in 2024).
const SEASON_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, AU: 9, WI: 12 };

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Monday of ISO week w of year y, as YYYY-MM-DD. */
function isoWeekStart(y: number, w: number): string {
  const jan4 = new Date(0);
  jan4.setUTCFullYear(y, 0, 4); // Date.UTC would read years 1-99 as 1901-1999
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (w - 1) * 7 * 86400000);
  return `${pad(monday.getUTCFullYear(), 4)}-${pad(monday.getUTCMonth() + 1)}-${pad(monday.getUTCDate())}`;
}

/**
 * A sortable key for the start of the period a date names ("YYYY-MM-DD", with "THH:MM" for
 * times), or null when the value is not a resolved calendar value.
 */
export function periodStart(date: Pick<EventDate, 'type' | 'value' | 'range'>): string | null {
  if (date.type !== 'DATE' && date.type !== 'TIME') return null;
  if (date.range) return date.range.start;
  const v = date.value;
  if (v.includes('X') || v.endsWith('_REF')) return null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(?::\d{2})?)?/.exec(v))) return m[1] + (m[2] ?? '');
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return `${m[1]}-${m[2]}-01`;
  if ((m = /^(\d{4})$/.exec(v))) return `${m[1]}-01-01`;
  if ((m = /^(\d{4})-W(\d{2})$/.exec(v))) return isoWeekStart(+m[1], +m[2]);
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return `${m[1]}-${pad(3 * +m[2] - 2)}-01`;
  if ((m = /^(\d{4})-H([12])$/.exec(v))) return `${m[1]}-${m[2] === '1' ? '01' : '07'}-01`;
  if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(v))) return `${m[1]}-${pad(SEASON_MONTH[m[2]])}-01`;
  if ((m = /^(\d{3})$/.exec(v))) return `${m[1]}0-01-01`; // a decade: "199" is the 1990s
  if ((m = /^(\d{2})$/.exec(v))) return `${m[1]}00-01-01`; // a century
  return null;
}

/** Events with a resolved date, in calendar order (ties: text order). */
export function timelineOf(events: readonly NewsEvent[]): NewsEvent[] {
  const keyed: { e: NewsEvent; key: string }[] = [];
  for (const e of events) {
    const key = e.date ? periodStart(e.date) : null;
    if (key) keyed.push({ e, key });
  }
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.e.trigger.start - b.e.trigger.start));
  return keyed.map((k) => k.e);
}
