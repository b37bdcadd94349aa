// Clock times: figures, words, four-digit military times, zones, spans of time, times joined to a
// day or a part of the day. Reference date Monday 21 October 2024.
import type { Row } from '../helpers/date-table.js';

const D = '2024-10-21';

/** Each hour of a 12-hour clock, morning and afternoon, in the ways news writes a.m. and p.m. */
export const MERIDIEM_HOURS: Row[] = Array.from({ length: 12 }, (_, i) => i + 1).flatMap((h): Row[] => {
  const am = String(h === 12 ? 0 : h).padStart(2, '0');
  const pm = String(h === 12 ? 12 : h + 12).padStart(2, '0');
  return [
    [`The bus left at ${h} a.m.`, `${h} a.m.`, 'TIME', `${D}T${am}:00`],
    [`The bus left at ${h}:30 p.m. sharp.`, `${h}:30 p.m.`, 'TIME', `${D}T${pm}:30`],
    [`The bus left at ${h}pm.`, `${h}pm`, 'TIME', `${D}T${pm}:00`],
  ];
});

export const CLOCK_FIGURES: Row[] = [
  ['It was 11:05:47 exactly.', '11:05:47', 'TIME', `${D}T11:05:47`],
  ['The polls closed at 22:30.', '22:30', 'TIME', `${D}T22:30`],
  ['The alarm sounded at 06:15 local time.', '06:15 local time', 'TIME', `${D}T06:15`],
  ['Trading halted at 9:45:30 a.m.', '9:45:30 a.m.', 'TIME', `${D}T09:45:30`],
  ['The blast came at 3:07 AM.', '3:07 AM', 'TIME', `${D}T03:07`],
  ['The blast came at 3:07 A.M. on the dot.', '3:07 A.M.', 'TIME', `${D}T03:07`],
  ['Lunch is at noon.', 'noon', 'TIME', `${D}T12:00`],
  ['The curfew starts at midnight.', 'midnight', 'TIME', `${D}T24:00`],
  ['The ferry leaves at 4 in the morning.', '4 in the morning', 'TIME', `${D}T04:00`],
  ['The ferry leaves at 8 in the evening.', '8 in the evening', 'TIME', `${D}T20:00`],
  ['The ferry leaves at 7 o’clock.', '7 o’clock', 'TIME', `${D}T07:00`],
  ['Police arrived around 7:15 p.m.', 'around 7:15 p.m.', 'TIME', `${D}T19:15`],
  ['The session ended at 17:45h.', '17:45h', 'TIME', `${D}T17:45`],
];

export const CLOCK_WORDS: Row[] = [
  ['Meet at a quarter past 4pm.', 'a quarter past 4pm', 'TIME', `${D}T16:15`],
  ['He called at half past three.', 'half past three', 'TIME', `${D}T03:30`],
  ['Leave at twenty minutes to five.', 'twenty minutes to five', 'TIME', `${D}T04:40`],
  ['The train came at ten past six.', 'ten past six', 'TIME', `${D}T06:10`],
  ['Doors shut at a quarter to nine p.m.', 'a quarter to nine p.m.', 'TIME', `${D}T20:45`],
  ['The call came at quarter after 3 p.m.', 'quarter after 3 p.m.', 'TIME', `${D}T15:15`],
  ['The speech began at five minutes after noon.', 'five minutes after noon', 'TIME', `${D}T12:05`],
  ['The shift ends at twenty-five past eleven.', 'twenty-five past eleven', 'TIME', `${D}T11:25`],
  ['Service resumed at half past 10 a.m.', 'half past 10 a.m.', 'TIME', `${D}T10:30`],
  ['The ceremony opens at ten to seven p.m.', 'ten to seven p.m.', 'TIME', `${D}T18:50`],
  ['The lights went out at a quarter past midnight.', 'a quarter past midnight', 'TIME', `${D}T00:15`],
  ['The count finished at five to two o’clock.', 'five to two o’clock', 'TIME', `${D}T01:55`],
];

export const MILITARY_TIMES: Row[] = [
  ['The attack began at 0600 hours.', '0600 hours', 'TIME', `${D}T06:00`],
  ['The convoy moved out at 2100 hours.', '2100 hours', 'TIME', `${D}T21:00`],
  ['The quake struck at 1430 GMT.', '1430 GMT', 'TIME', `${D}T14:30Z`],
  ['The quake struck at 0735 GMT.', '0735 GMT', 'TIME', `${D}T07:35Z`],
  ['Patrols start at 0900.', '0900', 'TIME', `${D}T09:00`],
  ['The curfew runs until 0500 hrs.', '0500 hrs', 'TIME', `${D}T05:00`],
  ['The launch is set for 1315 UTC.', '1315 UTC', 'TIME', `${D}T13:15Z`],
];

export const TIME_ZONES: Row[] = [
  ['Call at 10 a.m. PST.', '10 a.m. PST', 'TIME', `${D}T10:00-08:00`],
  ['Markets open at 9:30 a.m. EST.', '9:30 a.m. EST', 'TIME', `${D}T09:30-05:00`],
  ['The vote closes at 8 p.m. EDT.', '8 p.m. EDT', 'TIME', `${D}T20:00-04:00`],
  ['The site was back as of 15:11 GMT.', '15:11 GMT', 'TIME', `${D}T15:11Z`],
  ['The flight lands at 6:40 p.m. CET.', '6:40 p.m. CET', 'TIME', `${D}T18:40+01:00`],
  ['The results come at 11 p.m. (BST).', '11 p.m. (BST)', 'TIME', `${D}T23:00+01:00`],
  ['The stream starts at 14:00 UTC+3.', '14:00 UTC+3', 'TIME', `${D}T14:00+03:00`],
  ['The game starts at 7 p.m. PDT.', '7 p.m. PDT', 'TIME', `${D}T19:00-07:00`],
  ['The briefing is at 10:00 MSK.', '10:00 MSK', 'TIME', `${D}T10:00+03:00`],
  ['The launch window opens at 4:12 a.m. CDT.', '4:12 a.m. CDT', 'TIME', `${D}T04:12-05:00`],
];


export const TIME_RANGES: Row[] = [
  ['Open 2:30-3:15pm.', [['2:30', 'TIME', `${D}T14:30`], ['3:15pm', 'TIME', `${D}T15:15`]]],
  ['The clinic runs 9-11am.', [['9', 'TIME', `${D}T09:00`], ['11am', 'TIME', `${D}T11:00`]]],
  ['The shop is open from 9 to 5 p.m.', [['9', 'TIME', `${D}T09:00`], ['5 p.m.', 'TIME', `${D}T17:00`]]],
  ['Voting runs 7-8 p.m.', [['7', 'TIME', `${D}T19:00`], ['8 p.m.', 'TIME', `${D}T20:00`]]],
  ['The road is shut 11-1pm.', [['11', 'TIME', `${D}T11:00`], ['1pm', 'TIME', `${D}T13:00`]]],
  ['The office opens 8:30 a.m. to 4:30 p.m.', [['8:30 a.m.', 'TIME', `${D}T08:30`], ['4:30 p.m.', 'TIME', `${D}T16:30`]]],
  ['The meeting is between 10 and 11:30 a.m.', [['10', 'TIME', `${D}T10:00`], ['11:30 a.m.', 'TIME', `${D}T11:30`]]],
  ['The talk will be 2:30-3:15pm on Friday.', [['2:30', 'TIME', '2024-10-25T14:30'], ['3:15pm on Friday', 'TIME', '2024-10-25T15:15']]],
];

export const DAY_AND_TIME: Row[] = [
  ['Come tomorrow after 6pm.', 'tomorrow after 6pm', 'TIME', '2024-10-22T18:00'],
  ['The polls close tomorrow at 8 p.m.', 'tomorrow at 8 p.m.', 'TIME', '2024-10-22T20:00'],
  ['The band plays 7:30 pm on Saturday.', '7:30 pm on Saturday', 'TIME', '2024-10-26T19:30'],
  ['The band played 7:30 pm on Saturday.', '7:30 pm on Saturday', 'TIME', '2024-10-19T19:30'],
  ['The decision came at 10 p.m. Wednesday.', '10 p.m. Wednesday', 'TIME', '2024-10-16T22:00'],
  ['The strike ends at noon Thursday.', 'noon Thursday', 'TIME', '2024-10-24T12:00'],
  ['The offer expires at 5 p.m. EST, Nov. 6.', '5 p.m. EST, Nov. 6', 'TIME', '2024-11-06T17:00-05:00'],
  ['Officials spoke yesterday at noon.', 'yesterday at noon', 'TIME', '2024-10-20T12:00'],
  ['The jury returns Monday before noon.', 'Monday before noon', 'TIME', '2024-10-21T12:00'],
  ['The store opened on March 3, 2024 at 9 a.m.', 'March 3, 2024 at 9 a.m.', 'TIME', '2024-03-03T09:00'],
  ['The store opened on 2024-03-03 at 09:00.', '2024-03-03 at 09:00', 'TIME', '2024-03-03T09:00'],
  ['The vote was held Friday at 3 p.m.', 'Friday at 3 p.m.', 'TIME', '2024-10-18T15:00'],
];

export const PART_OF_DAY: Row[] = [
  ['See you this evening at 7.', 'this evening at 7', 'TIME', `${D}T19:00`],
  ['The shuttle leaves tomorrow morning at 9.', 'tomorrow morning at 9', 'TIME', '2024-10-22T09:00'],
  ['The speech is tonight at 8:30.', 'tonight at 8:30', 'TIME', `${D}T20:30`],
  ['The speech is at 8:30 tonight.', '8:30 tonight', 'TIME', `${D}T20:30`],
  ['The match is at 7 this evening.', '7 this evening', 'TIME', `${D}T19:00`],
  ['They landed this afternoon at 2.', 'this afternoon at 2', 'TIME', `${D}T14:00`],
  ['The fire started last night at 11.', 'last night at 11', 'TIME', '2024-10-20T23:00'],
  ['It rained this morning.', 'this morning', 'TIME', `${D}TMO`],
  ['It rained yesterday afternoon.', 'yesterday afternoon', 'TIME', '2024-10-20TAF'],
  ['It rains tomorrow night.', 'tomorrow night', 'TIME', '2024-10-22TNI'],
  ['The vote was Friday morning.', 'Friday morning', 'TIME', '2024-10-18TMO'],
  ['By mid afternoon the roads were clear.', 'mid afternoon', 'TIME', `${D}TAF`],
  ['The index fell by mid-afternoon yesterday.', 'mid-afternoon yesterday', 'TIME', '2024-10-20TAF'],
];

/** Every hour of the 24-hour clock, as timetables and logs write it. */
export const TWENTY_FOUR_HOURS: Row[] = Array.from({ length: 24 }, (_, h): Row => {
  const hh = String(h).padStart(2, '0');
  return [`The train departs at ${hh}:45.`, `${hh}:45`, 'TIME', `${D}T${hh}:45`];
});

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const PAST = ['2024-10-21', '2024-10-15', '2024-10-16', '2024-10-17', '2024-10-18', '2024-10-19', '2024-10-20'];
const PARTS: [string, string][] = [['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI']];

/** Each weekday with each part of the day, told in the past. */
export const WEEKDAY_PARTS: Row[] = WEEKDAYS.flatMap((w, i) =>
  PARTS.map(([part, code]): Row => [`The quake struck on ${w} ${part}.`, `${w} ${part}`, 'TIME', `${PAST[i]}T${code}`]),
);

/** A clock time restated in brackets in another zone: the day written after the brackets, or inside
 *  them, is the day of both clocks, across the hour difference between their zones. */
export const RESTATED_TIMES: Row[] = [
  ['The blast came at about 10:35 a.m. (0735 GMT) Friday.', [['about 10:35 a.m.', 'TIME', '2024-10-18T10:35'], ['0735 GMT', 'TIME', '2024-10-18T07:35Z'], ['Friday', 'DATE', '2024-10-18']]],
  ['It exploded at 1 a.m. (2200 GMT) Friday.', [['1 a.m.', 'TIME', '2024-10-18T01:00'], ['2200 GMT', 'TIME', '2024-10-17T22:00Z'], ['Friday', 'DATE', '2024-10-18']]],
  ['It exploded at 11 p.m. EST (0400 GMT) on Friday.', [['11 p.m. EST', 'TIME', '2024-10-18T23:00-05:00'], ['0400 GMT', 'TIME', '2024-10-19T04:00Z'], ['Friday', 'DATE', '2024-10-18']]],
  ['He will leave at 4 in the morning (4 a.m. EDT Thursday).', [['4 in the morning', 'TIME', '2024-10-24T04:00'], ['4 a.m. EDT Thursday', 'TIME', '2024-10-24T04:00-04:00']]],
  ['The polls will close at 8 p.m. (0100 GMT Wednesday).', [['8 p.m.', 'TIME', '2024-10-22T20:00'], ['0100 GMT Wednesday', 'TIME', '2024-10-23T01:00Z']]],
  // brackets that hold no time lend nothing
  ['The talk began at 3 p.m. (the second of the day) Friday.', [['3 p.m.', 'TIME', '2024-10-21T15:00'], ['Friday', 'DATE', '2024-10-18']]],
];
