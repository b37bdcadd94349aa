// Durations (counted exactly, in figures and in words) and recurring times (SET).
import type { Row } from '../helpers/date-table.js';

const UNITS: [word: string, value: (n: number) => string][] = [
  ['seconds', (n) => `PT${n}S`],
  ['minutes', (n) => `PT${n}M`],
  ['hours', (n) => `PT${n}H`],
  ['days', (n) => `P${n}D`],
  ['weeks', (n) => `P${n}W`],
  ['months', (n) => `P${n}M`],
  ['years', (n) => `P${n}Y`],
  ['decades', (n) => `P${n}E`],
];
const COUNTS: [words: string, n: number][] = [
  ['three', 3],
  ['twelve', 12],
  ['twenty-four', 24],
  ['forty five', 45],
  ['three hundred and forty', 340],
  ['a hundred and twenty', 120],
  ['two hundred', 200],
  ['17', 17],
];

/** Each unit counted in figures and in words: "for forty five minutes", "for 17 days". */
export const COUNTED_DURATIONS: Row[] = UNITS.flatMap(([unit, value]) =>
  COUNTS.filter(([, n]) => unit !== 'decades' || n < 100).map(([words, n]): Row => [`The talks lasted ${words} ${unit}.`, `${words} ${unit}`, 'DURATION', value(n)]),
);

export const DURATION_FORMS: Row[] = [
  ['It took three hundred and forty days.', 'three hundred and forty days', 'DURATION', 'P340D'],
  ['The strike lasted two and a half years.', 'two and a half years', 'DURATION', 'P2.5Y'],
  ['The outage lasted an hour and a half.', 'an hour and a half', 'DURATION', 'PT1H30M'],
  ['The flight took 5 1/2 hours.', '5 1/2 hours', 'DURATION', 'PT5H30M'],
  ['The siege lasted nearly forty years.', 'nearly forty years', 'DURATION', 'P40Y'],
  ['They waited more than four hours.', 'more than four hours', 'DURATION', 'PT4H'],
  ['They waited several weeks.', 'several weeks', 'DURATION', 'PXW'],
  ['It was a 16-hour shift.', '16-hour', 'DURATION', 'PT16H'],
  ['It was a five-year plan.', 'five-year', 'DURATION', 'P5Y'],
  ['The secret was kept for two thousand years.', 'two thousand years', 'DURATION', 'P2L'],
  ['The project ran for a quarter of an hour.', 'a quarter of an hour', 'DURATION', 'PT15M'],
  ['The deal took a couple of months.', 'a couple of months', 'DURATION', 'P2M'],
  ['Output fell over the past three months.', 'the past three months', 'DURATION', 'P3M'],
];

export const SETS: Row[] = [
  ['It closes each october.', 'each october', 'SET', 'XXXX-10'],
  ['It closes every October.', 'every October', 'SET', 'XXXX-10'],
  ['It closes every other october.', 'every other october', 'SET', 'XXXX-10'],
  ['It closes every january.', 'every january', 'SET', 'XXXX-01'],
  ['It closes each december.', 'each december', 'SET', 'XXXX-12'],
  ['The market runs every Tuesday.', 'every Tuesday', 'SET', 'XXXX-WXX-2'],
  ['The market runs every tuesday.', 'every tuesday', 'SET', 'XXXX-WXX-2'],
  ['The market runs on Tuesdays.', 'Tuesdays', 'SET', 'XXXX-WXX-2'],
  ['The board meets every week.', 'every week', 'SET', 'P1W'],
  ['The board meets every two years.', 'every two years', 'SET', 'P2Y'],
  ['The board meets every other month.', 'every other month', 'SET', 'P2M'],
  ['The board meets each morning.', 'each morning', 'SET', 'XXXX-XX-XXTMO'],
  ['The board meets every summer.', 'every summer', 'SET', 'XXXX-SU'],
  ['The board meets every weekend.', 'every weekend', 'SET', 'XXXX-WXX-WE'],
  ['The paper is published daily.', 'daily', 'SET', 'P1D'],
  ['The index is updated weekly.', 'weekly', 'SET', 'P1W'],
  ['Dues are paid annually.', 'annually', 'SET', 'P1Y'],
  ['The fund earns $5 million a year.', 'a year', 'SET', 'P1Y'],
  ['The plant makes 500 cars per day.', 'per day', 'SET', 'P1D'],
];
