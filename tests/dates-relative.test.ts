// Days and periods named from the reference date (tables in tests/dates/relative-table.ts).
import { family } from './helpers/date-table.js';
import { COUNTED_FROM_EVENTS, COUNTED_OFFSETS, FRAMED_DAYS, FROM_NOW, FROM_NOW_UNITS, HOLIDAYS, ORDINAL_WITHOUT_MONTH, RELATIVE_DAYS, WEEKDAY_DIRECTIONS } from './dates/relative-table.js';

family('weekdays and their direction', WEEKDAY_DIRECTIONS);
family('days and periods from the reference date', RELATIVE_DAYS);
family('a day of the month without its month', ORDINAL_WITHOUT_MONTH);
family('offsets from now', FROM_NOW);
family('counted offsets', COUNTED_OFFSETS);
family('days counted from an event', COUNTED_FROM_EVENTS);
family('holidays', HOLIDAYS);
family('offsets from now in each unit', FROM_NOW_UNITS);
family('a day framed by the words before it', FRAMED_DAYS);
