// Calendar arithmetic and TIMEX3 value formatting. Month lengths, ISO weeks, quarters and leap
// years come from date-fns (a well-kept library) rather than hand-written tables, so "30 months
// before 2024-10-21" or "the ISO week of 2021-01-01" are right at the edges.

import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  format,
  getISOWeek,
  getISOWeekYear,
  getQuarter,
  isValid,
  lastDayOfMonth,
} from 'date-fns';
import type { Season, Unit } from './vocabulary.js';

/** How precisely a calendar point is known; it decides how its TIMEX3 value is written. */
export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'century';

/** A point on the calendar at some granularity: `date` is any day inside it. */
export interface Point {
  date: Date;
  gran: Granularity;
  season?: Season;
}

/** Local-time calendar day (date-fns works in local time; we only ever use its calendar parts). */
export function day(year: number, month: number, dayOfMonth: number): Date | null {
  const d = new Date(year, month - 1, dayOfMonth);
  if (!isValid(d) || d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== dayOfMonth) return null;
  return d;
}

export function parseIsoDay(s: string | null): Date | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  return m ? day(+m[1], +m[2], +m[3]) : null;
}

export const formatDay = (d: Date): string => format(d, 'yyyy-MM-dd');
export const formatMonth = (d: Date): string => format(d, 'yyyy-MM');
const pad4 = (y: number): string => String(y).padStart(4, '0');

/** The TIMEX3 value of a point. */
export function valueOf(p: Point): string {
  const y = p.date.getFullYear();
  switch (p.gran) {
    case 'day':
      return formatDay(p.date);
    case 'week':
      return `${getISOWeekYear(p.date)}-W${String(getISOWeek(p.date)).padStart(2, '0')}`;
    case 'month':
      return formatMonth(p.date);
    case 'quarter':
      return `${pad4(y)}-Q${getQuarter(p.date)}`;
    case 'season':
      return `${pad4(y)}-${p.season ?? 'XX'}`;
    case 'year':
      return pad4(y);
    case 'decade':
      return pad4(y).slice(0, 3);
    case 'century':
      return pad4(y).slice(0, 2);
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
  return new Date(year, (q - 1) * 3, 1);
}

/** The months a season covers (TIMEX3: winter of 2024 is Dec 2024 – Feb 2025). */
const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export function seasonStart(year: number, s: Season): Date {
  return new Date(year, SEASON_START[s] - 1, 1);
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
