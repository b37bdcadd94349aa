// Month names, month lengths and weekdays for the date rules, read from the article's own words.

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** Month names and their short forms (Sept. as well as Sep.), as a regex alternation. */
export const MONTH_ALT = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
export const WEEKDAY_ALT = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun';

/** Month number 1-12 of a name or short form ("Sept" -> 9). */
export function monthOf(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3))) + 1;
}

/** Weekday 0 (Sunday) - 6 of a name or short form. */
export function weekdayOf(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, '');
  return WEEKDAYS.findIndex((d) => d.startsWith(n.slice(0, 3)));
}

export function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in the month; February has 29 when the year is unknown (null). */
export function monthLength(month: number, year: number | null): number {
  if (month === 2) return year === null || isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Milliseconds of a UTC calendar day; years 0-99 as written (Date.UTC reads them as 1900-1999). */
export function utcDay(year: number, month: number, day: number): number {
  return new Date(0).setUTCFullYear(year, month - 1, day);
}

export function weekday(year: number, month: number, day: number): number {
  return new Date(utcDay(year, month, day)).getUTCDay();
}

export function weekdayName(d: number): string {
  const w = WEEKDAYS[d];
  return w[0].toUpperCase() + w.slice(1);
}

export function monthName(m: number): string {
  const n = MONTHS[m - 1];
  return n[0].toUpperCase() + n.slice(1);
}
