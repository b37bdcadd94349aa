// Calendar arithmetic and TIMEX3 value formatting. Month lengths, ISO weeks, quarters and leap
// years come from date-fns (a well-kept library) rather than hand-written tables, so "30 months
// before 2024-10-21" or "the ISO week of 2021-01-01" are right at the edges.
//
// Every day is a UTCDateMini (from @date-fns/utc, date-fns' own UTC extension) at UTC midnight: its
// getters and setters read UTC, and date-fns builds its results with the constructor of its input,
// so no answer depends on the machine's time zone (a day skipped by a zone, such as 1994-12-31 in
// Kiritimati, is still a day). Days are made only here, through day() or calendarDay().

import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  getISOWeek,
  getISOWeekYear,
  getQuarter,
  isValid,
  lastDayOfMonth,
} from 'date-fns';
// The mini entry, not the package's index: the index also brings UTCDate, whose module builds three
// Intl.DateTimeFormat objects when it loads (ICU locale and time zone data: ~15-20 ms of every
// cold start, though newsx never formats a date with them).
import { UTCDateMini } from '@date-fns/utc/date/mini';
import type { Season, Unit } from './vocabulary.js';

/** How precisely a calendar point is known; it decides how its TIMEX3 value is written. */
export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'century';

/** A point on the calendar at some granularity: `date` is any day inside it. */
export interface Point {
  date: Date;
  gran: Granularity;
  season?: Season;
}

/** The day `dayOfMonth` of month `month` (1-12) of `year`, counting on past a month's end as the
 *  Date constructor does (day 0 is the last of the month before). setUTCFullYear takes years 0-99
 *  as written, where the constructor and Date.UTC would read 1-99 as 1901-1999. */
export function calendarDay(year: number, month: number, dayOfMonth: number): Date {
  const d = new UTCDateMini(0);
  d.setUTCFullYear(year, month - 1, dayOfMonth);
  return d;
}

/** The calendar day, or null when there is no such day (30 February). */
export function day(year: number, month: number, dayOfMonth: number): Date | null {
  const d = calendarDay(year, month, dayOfMonth);
  if (!isValid(d) || d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== dayOfMonth) return null;
  return d;
}

/** A YYYY-MM-DD day from 0001-01-01 to 9999-12-31. Year 0000 is refused: ISO 8601 admits it only
 *  by agreement between the parties, and TIMEX3 has no year 0 to resolve against. */
export function parseIsoDay(s: string | null): Date | null {
  const m = s ? /^(?!0000)(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  return m ? day(+m[1], +m[2], +m[3]) : null;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
/** A year in four digits at least (ISO 8601); before year 0 (1 BC) with a minus sign, as ISO 8601's
 *  expanded years are written. */
export const formatYear = (y: number): string => (y < 0 ? '-' + String(-y).padStart(4, '0') : String(y).padStart(4, '0'));

export const formatDay = (d: Date): string => `${formatYear(d.getFullYear())}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
export const formatMonth = (d: Date): string => `${formatYear(d.getFullYear())}-${pad2(d.getMonth() + 1)}`;

/** The TIMEX3 value of a point. */
export function valueOf(p: Point): string {
  const y = p.date.getFullYear();
  switch (p.gran) {
    case 'day':
      return formatDay(p.date);
    case 'week':
      return `${formatYear(getISOWeekYear(p.date))}-W${pad2(getISOWeek(p.date))}`;
    case 'month':
      return formatMonth(p.date);
    case 'quarter':
      return `${formatYear(y)}-Q${getQuarter(p.date)}`;
    case 'season':
      return `${formatYear(y)}-${p.season ?? 'XX'}`;
    case 'year':
      return formatYear(y);
    case 'decade':
      return formatYear(y).slice(0, 3);
    case 'century':
      return formatYear(y).slice(0, 2);
  }
}

/** Move a day by n units (fractions of years and months go through months, of weeks through days). */
export function shift(d: Date, unit: Unit, n: number): Date {
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
      return addDays(d, Math.trunc((n * { second: 1, minute: 60, hour: 3600 }[unit]) / 86400));
    case 'day':
      return addDays(d, Math.round(n));
    case 'week':
      return Number.isInteger(n) ? addWeeks(d, n) : addDays(d, Math.round(n * 7));
    case 'fortnight':
      return addDays(d, Math.round(n * 14));
    case 'month':
      return addMonths(d, Math.round(n));
    case 'quarter':
      return addMonths(d, Math.round(n * 3));
    case 'year':
      return Number.isInteger(n) ? addYears(d, n) : addMonths(d, Math.round(n * 12));
    case 'decade':
      return addYears(d, Math.round(n * 10));
    case 'century':
      return addYears(d, Math.round(n * 100));
  }
}

/** The granularity at which "n units ago" is known: "two years ago" is a year, "2.5 years ago" a
 *  month; weeks and days are counted to the day ("three weeks ago" names a day). */
export function granularityOfShift(unit: Unit, n: number): Granularity {
  if (unit === 'year' || unit === 'decade' || unit === 'century') return Number.isInteger(n) ? 'year' : 'month';
  if (unit === 'quarter') return 'quarter';
  if (unit === 'month') return 'month';
  return 'day';
}

export function quarterStart(year: number, q: number): Date {
  return calendarDay(year, (q - 1) * 3 + 1, 1);
}

/** The months a season covers (TIMEX3: winter of 2024 is Dec 2024 – Feb 2025). */
const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export function seasonStart(year: number, s: Season): Date {
  return calendarDay(year, SEASON_START[s], 1);
}

export function seasonEnd(year: number, s: Season): Date {
  return lastDayOfMonth(addMonths(seasonStart(year, s), 2));
}

/** The year whose season `s` contains d, or, when d is in no `s`, the year of the coming one. */
export function seasonYearOf(d: Date, s: Season): number {
  const y = d.getFullYear();
  if (s === 'WI' && d.getMonth() < 2) return y - 1;
  return y;
}

export function monthEnd(d: Date): Date {
  return lastDayOfMonth(d);
}

/** Monday..Sunday as 1..7 (ISO), from JavaScript's Sunday-first getDay. */
export function isoWeekday(d: Date): number {
  const w = d.getDay();
  return w === 0 ? 7 : w;
}

export { addDays, addMonths, addYears, getQuarter };
