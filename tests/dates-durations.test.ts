// Durations and recurring times (tables in tests/dates/durations-sets-table.ts).
import { family } from './helpers/date-table.js';
import { COUNTED_DURATIONS, DURATION_FORMS, SETS } from './dates/durations-sets-table.js';

family('durations counted in figures and words', COUNTED_DURATIONS);
family('durations in other forms', DURATION_FORMS);
family('recurring times', SETS);
