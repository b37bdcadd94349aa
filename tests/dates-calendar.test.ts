// Calendar dates written out and in figures (tables in tests/dates/calendar-table.ts).
import { family } from './helpers/date-table.js';
import { MONTHS_AND_YEARS, MONTH_CONTEXTS, MONTH_FORMS, NUMERIC_DATES, ORDINAL_DAYS, SHIFTED_DAYS, WEEKDAY_PREFIXED } from './dates/calendar-table.js';

family('month names in every case and abbreviation', MONTH_FORMS);
family('days as ordinals', ORDINAL_DAYS);
family('dates after a weekday', WEEKDAY_PREFIXED);
family('dates in figures', NUMERIC_DATES);
family('months and years', MONTHS_AND_YEARS);
family('months in context', MONTH_CONTEXTS);
family('a month and day after last, next or this', SHIFTED_DAYS);
