// Clock times (tables in tests/dates/clock-table.ts).
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/article/article.js';
import { findDates } from '../src/dates/index.js';
import { family, REF } from './helpers/date-table.js';
import { TWENTY_FOUR_HOURS, WEEKDAY_PARTS, CLOCK_FIGURES, CLOCK_WORDS, DAY_AND_TIME, MERIDIEM_HOURS, MILITARY_TIMES, PART_OF_DAY, RESTATED_TIMES, TIME_RANGES, TIME_ZONES } from './dates/clock-table.js';

family('hours with a.m. and p.m.', MERIDIEM_HOURS);
family('clock times in figures', CLOCK_FIGURES);
family('clock times in words', CLOCK_WORDS);
family('four-digit times', MILITARY_TIMES);
family('time zones kept in the value', TIME_ZONES);
family('spans of clock time', TIME_RANGES);
family('a time on a day', DAY_AND_TIME);
family('a part of the day and its hour', PART_OF_DAY);
family('the 24-hour clock', TWENTY_FOUR_HOURS);
family('weekdays and parts of the day', WEEKDAY_PARTS);
family('a clock time restated in brackets', RESTATED_TIMES);

describe('the two ends of a span of clock time share its range', () => {
  it('2:30-3:15pm', () => {
    const [a, b] = findDates(buildArticle('Open 2:30-3:15pm.', { date: REF }));
    expect(a.range).toEqual({ start: '2024-10-21T14:30', end: '2024-10-21T15:15' });
    expect(b.range).toEqual(a.range);
  });
  it('a single time has none', () => {
    expect(findDates(buildArticle('Open at 3:15pm.', { date: REF }))[0].range).toBeNull();
  });
});
