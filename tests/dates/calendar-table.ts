// Calendar dates: month names in every case and abbreviation, days as numbers and ordinal words,
// weekday prefixes, and dates written in figures. Reference date Monday 21 October 2024.
import type { Row } from '../helpers/date-table.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// news-style abbreviations; May, June and July are written out
const ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const mm = (i: number) => String(i + 1).padStart(2, '0');

/** Every month in the forms a writer may use, with the values they must get. */
export const MONTH_FORMS: Row[] = MONTHS.flatMap((name, i): Row[] => {
  const lower = name.toLowerCase();
  const abbr = ABBR[i];
  const dotted = abbr === 'May' ? 'May' : `${abbr}.`;
  // a past-tense clause with no year: the latest such month up to the reference date
  const pastYear = i + 1 <= 10 ? 2024 : 2023;
  return [
    [`The accord was signed on ${name} 5, 2023.`, `${name} 5, 2023`, 'DATE', `2023-${mm(i)}-05`],
    [`The accord was signed on ${lower} 5, 2023.`, `${lower} 5, 2023`, 'DATE', `2023-${mm(i)}-05`],
    [`The accord was signed ${dotted} 12, 2022.`, `${dotted} 12, 2022`, 'DATE', `2022-${mm(i)}-12`],
    [`The accord was signed on ${abbr} 12 2022.`, `${abbr} 12 2022`, 'DATE', `2022-${mm(i)}-12`],
    [`The accord was signed on 5 ${name} 2021.`, `5 ${name} 2021`, 'DATE', `2021-${mm(i)}-05`],
    [`The accord was signed on the 5th of ${name} 2021.`, `the 5th of ${name} 2021`, 'DATE', `2021-${mm(i)}-05`],
    [`The plant opened in ${name} 2019.`, `${name} 2019`, 'DATE', `2019-${mm(i)}`],
    [`The plant opened in ${abbr} 2019.`, `${abbr} 2019`, 'DATE', `2019-${mm(i)}`],
    [`Sales fell in ${lower}.`, lower, 'DATE', `${pastYear}-${mm(i)}`],
  ];
});

export const ORDINAL_DAYS: Row[] = [
  ['It was the third of May.', 'the third of May', 'DATE', '2024-05-03'],
  ['The vote fell on the twenty-first of June 2022.', 'the twenty-first of June 2022', 'DATE', '2022-06-21'],
  ['The fair closed on the first of September.', 'the first of September', 'DATE', '2024-09-01'],
  ['Talks ended on the thirtieth of April.', 'the thirtieth of April', 'DATE', '2024-04-30'],
  ['The law passed on the second of March 2020.', 'the second of March 2020', 'DATE', '2020-03-02'],
  ['Her birthday fell on the 31st of January.', 'the 31st of January', 'DATE', '2024-01-31'],
  ['The market reopened on March 3rd.', 'March 3rd', 'DATE', '2024-03-03'],
  ['The market reopened on March the 3rd.', 'March the 3rd', 'DATE', '2024-03-03'],
  ['The deal closed on August 22nd, 2023.', 'August 22nd, 2023', 'DATE', '2023-08-22'],
  ['The summit began on 1st July 2021.', '1st July 2021', 'DATE', '2021-07-01'],
  ['Voting closed on June second.', 'June second', 'DATE', '2024-06-02'],
  ['The ship sailed on April twenty-third, 2020.', 'April twenty-third, 2020', 'DATE', '2020-04-23'],
  ['The ship sailed on the tenth of july.', 'the tenth of july', 'DATE', '2024-07-10'],
  ['The report came out on february 14th.', 'february 14th', 'DATE', '2024-02-14'],
  ['The board met on the 9th of October.', 'the 9th of October', 'DATE', '2024-10-09'],
  ['The strike started on the nineteenth of August 2019.', 'the nineteenth of August 2019', 'DATE', '2019-08-19'],
];

export const WEEKDAY_PREFIXED: Row[] = [
  ['Friday, Mar 8 was busy.', 'Friday, Mar 8', 'DATE', '2024-03-08'],
  ['The board met Friday, Oct. 18.', 'Friday, Oct. 18', 'DATE', '2024-10-18'],
  ['The show opened Fri, Mar 8.', 'Fri, Mar 8', 'DATE', '2024-03-08'],
  ['The show opened Wed, Oct. 9.', 'Wed, Oct. 9', 'DATE', '2024-10-09'],
  ['Doors open Sat, Nov 2.', 'Sat, Nov 2', 'DATE', '2024-11-02'],
  ['It ran on Tuesday, 4 June 2019.', 'Tuesday, 4 June 2019', 'DATE', '2019-06-04'],
  ['The final is on Sunday, July 14, 2024.', 'Sunday, July 14, 2024', 'DATE', '2024-07-14'],
  // the weekday picks the year whose date falls on it
  ['The gala was held on Friday, March 10.', 'Friday, March 10', 'DATE', '2023-03-10'],
  ['The inquiry opened on Thursday, January 18.', 'Thursday, January 18', 'DATE', '2024-01-18'],
  // a full date always wins over a weekday that does not match it
  ['The rally was on Monday, October 16, 2024.', 'Monday, October 16, 2024', 'DATE', '2024-10-16'],
  ['It was Thursday, Jan. 6, 2000.', 'Thursday, Jan. 6, 2000', 'DATE', '2000-01-06'],
  ['The deadline is Monday, December 2.', 'Monday, December 2', 'DATE', '2024-12-02'],
  // a lower-case full weekday prefix
  ['It happened on saturday, june 1, 2024.', 'saturday, june 1, 2024', 'DATE', '2024-06-01'],
  // an abbreviation ending a name is not a weekday: "Edmonton Sun, August 16"
  ['The column ran in the Edmonton Sun, August 16, 2008.', 'August 16, 2008', 'DATE', '2008-08-16'],
];

export const NUMERIC_DATES: Row[] = [
  ['The filing is dated 2023-12-05.', '2023-12-05', 'DATE', '2023-12-05'],
  ['Filed 2024/03/14.', '2024/03/14', 'DATE', '2024-03-14'],
  ['Filed 2024/3/4.', '2024/3/4', 'DATE', '2024-03-04'],
  ['Dated 14.03.2024.', '14.03.2024', 'DATE', '2024-03-14'],
  ['Dated 01.12.2023 in Berlin.', '01.12.2023', 'DATE', '2023-12-01'],
  ['Signed 3/14/2024.', '3/14/2024', 'DATE', '2024-03-14'],
  ['Signed 10/20/2024 in Ohio.', '10/20/2024', 'DATE', '2024-10-20'],
  ['Signed 11-05-2021 by both.', '11-05-2021', 'DATE', '2021-11-05'],
  ['Signed 07/04/1976 in Philadelphia.', '07/04/1976', 'DATE', '1976-07-04'],
  // a first number that cannot be a month reads day first
  ['Signed 25/12/2023 in London.', '25/12/2023', 'DATE', '2023-12-25'],
  ['Signed 31-01-2022 in Paris.', '31-01-2022', 'DATE', '2022-01-31'],
  ['Posted 3/14/24 by the agency.', '3/14/24', 'DATE', '2024-03-14'],
  ['Posted 12/31/99 by the agency.', '12/31/99', 'DATE', '1999-12-31'],
  // the news present of a plan looks ahead
  ['The sale ends 3/14.', '3/14', 'DATE', '2025-03-14'],
  ['The sale ended 3/14.', '3/14', 'DATE', '2024-03-14'],
  ['Ballots are due by 11/5.', '11/5', 'DATE', '2024-11-05'],
  ['The hearing was on 9/17.', '9/17', 'DATE', '2024-09-17'],
  ['Shares rose on 10/18 after the report.', '10/18', 'DATE', '2024-10-18'],
  ['Logged at 2024-03-14T09:30:00Z.', '2024-03-14T09:30:00Z', 'TIME', '2024-03-14T09:30:00Z'],
  ['Logged at 2024-03-14T09:30+02:00.', '2024-03-14T09:30+02:00', 'TIME', '2024-03-14T09:30+02:00'],
  ['Logged at 2024-03-14T23:05:10-0500.', '2024-03-14T23:05:10-0500', 'TIME', '2024-03-14T23:05:10-05:00'],
  ['Logged at 2024-03-14 09:30 by the server.', '2024-03-14 09:30', 'TIME', '2024-03-14T09:30'],
  ['Logged at 2024-03-14T09:30:00.250Z.', '2024-03-14T09:30:00.250Z', 'TIME', '2024-03-14T09:30:00Z'],
  ['On 11-05-2021, 07:30 PM the alarm rang.', '11-05-2021, 07:30 PM', 'TIME', '2021-11-05T19:30'],
  ['The order was issued 2/29/2024.', '2/29/2024', 'DATE', '2024-02-29'],
  ['The order was issued 1999-01-01.', '1999-01-01', 'DATE', '1999-01-01'],
];

export const MONTHS_AND_YEARS: Row[] = [
  ['It launched in Oct 2019.', 'Oct 2019', 'DATE', '2019-10'],
  ['It launched in oct 2019.', 'oct 2019', 'DATE', '2019-10'],
  ['It launched in september 2019.', 'september 2019', 'DATE', '2019-09'],
  ['Prices peaked in may 2022.', 'may 2022', 'DATE', '2022-05'],
  ['The office opens in april.', 'april', 'DATE', '2025-04'],
  ['The office closed in april.', 'april', 'DATE', '2024-04'],
  ['Rents rose early june.', 'early june', 'DATE', '2024-06'],
  ['The rules changed last march.', 'last march', 'DATE', '2024-03'],
  ['The rules change next march.', 'next march', 'DATE', '2025-03'],
  ['The park reopens next may.', 'next may', 'DATE', '2025-05'],
  ['It has been dry since august.', 'august', 'DATE', '2024-08'],
  ['The fund grew during july.', 'july', 'DATE', '2024-07'],
  ['Work stopped in Sept 2020.', 'Sept 2020', 'DATE', '2020-09'],
  ['Work stopped in DECEMBER 2020.', 'DECEMBER 2020', 'DATE', '2020-12'],
  ['Home sales slowed in January of 2023.', 'January of 2023', 'DATE', '2023-01'],
  ['The talks resume by january.', 'january', 'DATE', '2025-01'],
];

/** More month forms: a lower-case month and day after a preposition, a position in the month, a
 *  day span inside a month. Past-tense clauses, so the year is the latest one up to the reference. */
export const MONTH_CONTEXTS: Row[] = MONTHS.flatMap((name, i): Row[] => {
  const lower = name.toLowerCase();
  // a day only weeks ahead stays the coming one even in the past tense (a past act can set it)
  const pastYear = i + 1 <= 11 ? 2024 : 2023;
  return [
    [`The filing was made by ${lower} 3, 2022.`, `${lower} 3, 2022`, 'DATE', `2022-${mm(i)}-03`],
    [`The bill passed on 3 ${lower} 2022.`, `3 ${lower} 2022`, 'DATE', `2022-${mm(i)}-03`],
    [`Work began in mid-${name} 2020.`, `mid-${name} 2020`, 'DATE', `2020-${mm(i)}`],
    [`Work began in late ${name} 2020.`, `late ${name} 2020`, 'DATE', `2020-${mm(i)}`],
    [`The fair was held ${name} 12-14, 2021.`, `${name} 12-14, 2021`, 'DATE', `2021-${mm(i)}-12`],
    [`The fair was held on ${lower} 9.`, `${lower} 9`, 'DATE', `${pastYear}-${mm(i)}-09`],
  ];
});

/** A month and day after a shift word: the latest such day before the reference date, the first
 *  after it, or the one of its year; the shift word is part of the expression. */
export const SHIFTED_DAYS: Row[] = [
  ['He was shot last Oct. 23 at his home.', 'last Oct. 23', 'DATE', '2023-10-23'],
  ['The plant closed last October 2.', 'last October 2', 'DATE', '2024-10-02'],
  ['The plant closed last Dec. 4.', 'last Dec. 4', 'DATE', '2023-12-04'],
  ['The plant closed this past March 3.', 'this past March 3', 'DATE', '2024-03-03'],
  ['The vote is next March 5.', 'next March 5', 'DATE', '2025-03-05'],
  ['The vote is next Nov. 2.', 'next Nov. 2', 'DATE', '2024-11-02'],
  ['The vote is this coming Nov. 2.', 'this coming Nov. 2', 'DATE', '2024-11-02'],
  ['The deal closed this June 3.', 'this June 3', 'DATE', '2024-06-03'],
  ['The deal closes last may 3rd, he wrote.', 'last may 3rd', 'DATE', '2024-05-03'],
];
