// Named days ("Thanksgiving Day", "Christmas", "Election Day", "Easter week") and the calendar
// rule that gives their date in a year, read from data/dates/holidays.tsv.

import fs from 'node:fs';
import { dataFile } from '../model/files.js';
import { addDays, calendarDay, day, isoWeekday } from './calendar.js';
import type { Granularity } from './calendar.js';

export interface Holiday {
  names: string[];
  gran: Granularity;
  /** The holiday's day in a given year. */
  dateIn(year: number): Date | null;
}

/** Western Easter Sunday (the anonymous Gregorian computus). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return calendarDay(year, month, dayOfMonth);
}

/** The n-th given weekday (1 = Monday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Date | null {
  const first = day(year, month, 1)!;
  const d = addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
  return d.getMonth() === month - 1 ? d : null;
}

function lastWeekday(year: number, month: number, weekday: number): Date {
  const last = calendarDay(year, month + 1, 0);
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}

function ruleOf(rule: string): (year: number) => Date | null {
  const [kind, ...args] = rule.split(':');
  switch (kind) {
    case 'fixed': {
      const [mm, dd] = args[0].split('-').map(Number);
      return (y) => day(y, mm, dd);
    }
    case 'nth': {
      const [n, wd, month, plus] = args.map((x) => parseInt(x, 10));
      return (y) => {
        const d = nthWeekday(y, month, wd, n);
        return d && plus ? addDays(d, plus) : d;
      };
    }
    case 'last': {
      const [wd, month] = args.map(Number);
      return (y) => lastWeekday(y, month, wd);
    }
    case 'easter': {
      const plus = parseInt(args[0], 10);
      return (y) => addDays(easterSunday(y), plus);
    }
    default:
      throw new Error(`holidays.tsv: unknown rule ${rule}`);
  }
}

export function parseHolidays(tsv: string): Holiday[] {
  return tsv
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((line) => {
      const [names, rule, gran] = line.split('\t');
      return { names: names.split('|'), gran: gran?.trim() === 'week' ? 'week' : 'day', dateIn: ruleOf(rule.trim()) };
    });
}

let loaded: Holiday[] | null = null;

export function holidays(): Holiday[] {
  return (loaded ??= parseHolidays(fs.readFileSync(dataFile('dates', 'holidays.tsv'), 'utf8')));
}
