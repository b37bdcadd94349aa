// Days and periods named from the reference date: weekdays in any case with their direction,
// shift words, offsets from now, counted offsets, holidays. Reference date Monday 21 October 2024.
import type { Row } from '../helpers/date-table.js';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const day = (n: number) => `2024-10-${String(n).padStart(2, '0')}`;
// Monday 21 October: last week's days are 14-20, this week's 21-27, next week's 28 Oct - 3 Nov
const LAST = [14, 15, 16, 17, 18, 19, 20];
const NEXT = ['2024-10-28', '2024-10-22', '2024-10-23', '2024-10-24', '2024-10-25', '2024-10-26', '2024-10-27'];
const PAST = ['2024-10-21', ...LAST.slice(1).map(day)];
const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

/** Every weekday, lower case and capitalised, with each shift word and with the tense of its verb. */
export const WEEKDAY_DIRECTIONS: Row[] = WEEKDAYS.flatMap((w, i): Row[] => [
  [`We met last ${w}.`, `last ${w}`, 'DATE', day(LAST[i])],
  [`We meet next ${w}.`, `next ${w}`, 'DATE', NEXT[i]],
  [`The firm said on ${w} that it had sold the unit.`, w, 'DATE', PAST[i]],
  [`The vote will take place on ${w}.`, w, 'DATE', i === 0 ? '2024-10-21' : NEXT[i]],
  [`The ministers met ${cap(w)}.`, cap(w), 'DATE', PAST[i]],
  [`The ministers will meet ${cap(w)}.`, cap(w), 'DATE', i === 0 ? '2024-10-21' : NEXT[i]],
  [`Protests broke out on ${w} night.`, `${w} night`, 'TIME', `${PAST[i]}TNI`],
]);

export const RELATIVE_DAYS: Row[] = [
  ['It happened yesterday.', 'yesterday', 'DATE', '2024-10-20'],
  ['It happens today.', 'today', 'DATE', '2024-10-21'],
  ['It happens tomorrow.', 'tomorrow', 'DATE', '2024-10-22'],
  ['It happened the day before yesterday.', 'the day before yesterday', 'DATE', '2024-10-19'],
  ['It happens the day after tomorrow.', 'the day after tomorrow', 'DATE', '2024-10-23'],
  ['The storm hit tonight.', 'tonight', 'TIME', '2024-10-21TNI'],
  ['The storm hit last night.', 'last night', 'TIME', '2024-10-20TNI'],
  ['The storm hits this coming Friday.', 'this coming Friday', 'DATE', '2024-10-25'],
  ['The rally was this past Saturday.', 'this past Saturday', 'DATE', '2024-10-19'],
  ['The fair opens this coming Sunday, November 3.', 'this coming Sunday, November 3', 'DATE', '2024-11-03'],
  ['Last Year more than 300 people came.', 'Last Year', 'DATE', '2023'],
  // a fronted date takes its direction from the clause after it
  ['On Wednesday, the two leaders are to meet in Paris.', 'Wednesday', 'DATE', '2024-10-23'],
  ['On Wednesday, the two leaders met in Paris.', 'Wednesday', 'DATE', '2024-10-16'],
  ['In March, the company will open a plant.', 'March', 'DATE', '2025-03'],
  ['The rally is this Saturday.', 'this Saturday', 'DATE', '2024-10-26'],
  ['The rally was this Monday.', 'this Monday', 'DATE', '2024-10-21'],
  ['Results came last week.', 'last week', 'DATE', '2024-W42'],
  ['Results come next week.', 'next week', 'DATE', '2024-W44'],
  ['Results come this week.', 'this week', 'DATE', '2024-W43'],
  ['Prices rose last month.', 'last month', 'DATE', '2024-09'],
  ['Prices rise next month.', 'next month', 'DATE', '2024-11'],
  ['Prices rose last year.', 'last year', 'DATE', '2023'],
  ['Prices rise next year.', 'next year', 'DATE', '2025'],
  ['The fair was held this past weekend.', 'this past weekend', 'DATE', '2024-W42-WE'],
  ['The fair is next weekend.', 'next weekend', 'DATE', '2024-W44-WE'],
];

export const ORDINAL_WITHOUT_MONTH: Row[] = [
  // the 21st on a Thursday: November 2024 ahead, March 2024 behind
  ['The hearing is set for Thursday the 21st.', 'Thursday the 21st', 'DATE', '2024-11-21'],
  ['It happened Thursday the 21st.', 'Thursday the 21st', 'DATE', '2024-03-21'],
  ['We will meet on Friday, the 1st.', 'Friday, the 1st', 'DATE', '2024-11-01'],
  ['The report is due on the 28th.', 'the 28th', 'DATE', '2024-10-28'],
  ['The report will be out by the 5th.', 'the 5th', 'DATE', '2024-11-05'],
  ['The office was shut until the 15th.', 'the 15th', 'DATE', '2024-10-15'],
  ['Rent falls due on the first.', 'the first', 'DATE', '2024-10-01'],
  ['We sail on Sunday the 3rd.', 'Sunday the 3rd', 'DATE', '2024-11-03'],
];

export const FROM_NOW: Row[] = [
  ['It ends 3 days from now.', '3 days from now', 'DATE', '2024-10-24'],
  ['It ends three days from now.', 'three days from now', 'DATE', '2024-10-24'],
  ['The law takes effect two weeks from today.', 'two weeks from today', 'DATE', '2024-11-04'],
  ['The vote is a week from tomorrow.', 'a week from tomorrow', 'DATE', '2024-10-29'],
  ['The plant opens six months from now.', 'six months from now', 'DATE', '2025-04'],
  ['The mission lands two years from now.', 'two years from now', 'DATE', '2026'],
  ['The bridge reopens ten days from now.', 'ten days from now', 'DATE', '2024-10-31'],
  ['Back in 20 minutes.', '20 minutes', 'TIME', '2024-10-21'],
  ['The results are due in two hours.', 'two hours', 'TIME', '2024-10-21'],
  ['The doors open in half an hour.', 'half an hour', 'TIME', '2024-10-21'],
  ['The shuttle docks in about 90 minutes.', 'about 90 minutes', 'TIME', '2024-10-21'],
  // "within" and a count of days or more after "in" are the length of the wait (TimeML)
  ['Reply within 48 hours.', '48 hours', 'DURATION', 'PT48H'],
  ['The work is done in two weeks.', 'two weeks', 'DURATION', 'P2W'],
];

export const COUNTED_OFFSETS: Row[] = [
  ['The plant closed two years ago.', 'two years ago', 'DATE', '2022'],
  ['The plant closed three weeks ago.', 'three weeks ago', 'DATE', '2024-09-30'],
  ['The plant closed 10 days ago.', '10 days ago', 'DATE', '2024-10-11'],
  ['The plant closed six months ago.', 'six months ago', 'DATE', '2024-04'],
  ['The plant closed a decade ago.', 'a decade ago', 'DATE', '2014'],
  ['The plant closed two and a half years ago.', 'two and a half years ago', 'DATE', '2022-04'],
  ['On March 3, 2020, the firm filed; three weeks later it closed.', [['March 3, 2020', 'DATE', '2020-03-03'], ['three weeks later', 'DATE', '2020-03-24']]],
  ['On March 3, 2020, the firm filed; a year earlier it had grown.', [['March 3, 2020', 'DATE', '2020-03-03'], ['a year earlier', 'DATE', '2019']]],
  ['On May 1, 2021 it opened. The next day it closed.', [['May 1, 2021', 'DATE', '2021-05-01'], ['The next day', 'DATE', '2021-05-02']]],
];

/** Days counted from an event, not a date: DATE at the unit's grain, unresolved (TimeML marks the unit word). */
export const COUNTED_FROM_EVENTS: Row[] = [
  ['The van was seen near the farm in the days before the fire.', 'days', 'DATE', 'XXXX-XX-XX'],
  ['The van was seen near the farm in the weeks before the owner was arrested.', 'weeks', 'DATE', 'XXXX-WXX'],
  ['The van crossed the border days after the robbery.', 'days', 'DATE', 'XXXX-XX-XX'],
  ['Two men came to the farm the day after his death.', 'the day', 'DATE', 'XXXX-XX-XX'],
  // a count is a duration; a date after the preposition counts from that date; a stretch of days
  ['Ten days before the fire, a neighbour saw the van.', 'Ten days', 'DURATION', 'P10D'],
  ['The shop opens the day after tomorrow.', 'the day after tomorrow', 'DATE', '2024-10-23'],
  ['In the first days after the vote, prices fell.', []],
  ['It is a matter of days before the bridge reopens.', []],
];

export const HOLIDAYS: Row[] = [
  ['Easter 2019 was early.', 'Easter 2019', 'DATE', '2019-04-21'],
  ['They married at easter 2019.', 'easter 2019', 'DATE', '2019-04-21'],
  ['The shops close on Christmas Day.', 'Christmas Day', 'DATE', '2024-12-25'],
  ['They met last christmas.', 'last christmas', 'DATE', '2023-12-25'],
  ['Sales rose over Thanksgiving 2023.', 'Thanksgiving 2023', 'DATE', '2023-11-23'],
  ['The parade is on New Year’s Day 2025.', 'New Year’s Day 2025', 'DATE', '2025-01-01'],
];

/** Offsets from now in each unit, in figures and in words. */
export const FROM_NOW_UNITS: Row[] = [
  ['The lease ends 1 day from now.', '1 day from now', 'DATE', '2024-10-22'],
  ['The lease ends five days from today.', 'five days from today', 'DATE', '2024-10-26'],
  ['The lease ends 3 weeks from now.', '3 weeks from now', 'DATE', '2024-11-11'],
  ['The lease ends a month from now.', 'a month from now', 'DATE', '2024-11'],
  ['The lease ends 18 months from now.', '18 months from now', 'DATE', '2026-04'],
  ['The lease ends a year from now.', 'a year from now', 'DATE', '2025'],
  ['The lease ends ten years from now.', 'ten years from now', 'DATE', '2034'],
  ['The lease ends two days from tomorrow.', 'two days from tomorrow', 'DATE', '2024-10-24'],
  ['The lease ended two days from yesterday.', 'two days from yesterday', 'DATE', '2024-10-22'],
  ['The lease ends 48 hours from now.', '48 hours from now', 'TIME', '2024-10-23'],
];

/** A day framed by the words before it: its ISO week, or the day before or after it. */
export const FRAMED_DAYS: Row[] = [
  ['The hearing was held the week of March 4, 2024.', 'the week of March 4, 2024', 'DATE', '2024-W10'],
  ['The week of Oct. 7 was busy.', 'The week of Oct. 7', 'DATE', '2024-W41'],
  ['We met during the week of 14 October.', 'the week of 14 October', 'DATE', '2024-W42'],
  ['The trial opens the week of Dec. 30, 2024.', 'the week of Dec. 30, 2024', 'DATE', '2025-W01'],
  ['He left the day before Oct. 3.', 'the day before Oct. 3', 'DATE', '2024-10-02'],
  ['The day before last Tuesday’s hearing, he flew home.', 'The day before last Tuesday', 'DATE', '2024-10-14'],
  ['Shops reopen the day after New Year’s Day 2025.', 'the day after New Year’s Day 2025', 'DATE', '2025-01-02'],
  ['She called the day after March 31, 2024.', 'the day after March 31, 2024', 'DATE', '2024-04-01'],
  // counted days from a date are a duration and the date
  ['He left two days after Oct. 3.', [['two days', 'DURATION', 'P2D'], ['Oct. 3', 'DATE', '2024-10-03']]],
];
