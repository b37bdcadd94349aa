// The English configuration: which parsers run and which refiners follow, in order.
// Parser order matters only for ties: when two parsers find the very same span, the one listed
// first wins in remove-overlaps (e.g. a rate SET "a year" over the DURATION "a year").

import type { Parser } from './parser.js';
import { dayMonthParser, monthDayParser } from './parsers/absolute-date.js';
import { clockWordsParser } from './parsers/clock-words.js';
import { fromNowParser, inClockUnitsParser } from './parsers/from-now.js';
import { militaryTimeParser } from './parsers/military-time.js';
import { numericDateParser } from './parsers/numeric-date.js';
import { ordinalDayParser } from './parsers/ordinal-day.js';
import { barePluralParser, compoundDurationParser, durationParser, periodEndedParser } from './parsers/durations.js';
import { eventRelativeParser } from './parsers/event-relative.js';
import { holidayParser } from './parsers/holiday.js';
import { monthParser } from './parsers/month.js';
import { halfParser, ordinalQuarterParser, qNotationParser, relativeQuarterParser } from './parsers/quarter.js';
import { refWordParser } from './parsers/ref-words.js';
import { dayWordParser, partOfDayParser, weekdayParser } from './parsers/relative-day.js';
import { agoParser, neighbourDayParser, neighbourPartParser, shiftParser, theUnitParser, thisUnitParser, yearEarlierParser } from './parsers/relative-unit.js';
import { seasonParser } from './parsers/season.js';
import { adverbSetParser, everySetParser, pluralWeekdayParser, rateSetParser } from './parsers/sets.js';
import { clockParser } from './parsers/time-of-day.js';
import { centuryParser, decadeParser, decadeWordParser, spelledYearParser, yearParser } from './parsers/year.js';
import type { Refiner } from './refiner.js';
import { clockRanges } from './refiners/clock-ranges.js';
import { extendModifiers } from './refiners/extend-modifiers.js';
import { partOfDayClock } from './refiners/part-of-day-clock.js';
import { mergeDateTime } from './refiners/merge-date-time.js';
import { linkRangeEnds } from './refiners/link-range-ends.js';
import { mergeRanges } from './refiners/merge-ranges.js';
import { removeOverlaps } from './refiners/remove-overlaps.js';
import { restatedTimes } from './refiners/restated-times.js';
import { dayBeside } from './refiners/day-beside.js';
import { weekOf } from './refiners/week-of.js';
import { resolveAnchors } from './refiners/resolve-anchors.js';
import { stripPrepositions } from './refiners/strip-prepositions.js';

export const PARSERS: readonly Parser[] = [
  // absolute calendar dates
  monthDayParser,
  dayMonthParser,
  numericDateParser,
  // a day of the month without its month ("Thursday the 21st", "on the 21st")
  ordinalDayParser,
  // four-digit clock times before years and durations: "1800 GMT" is a time, "0600 hours" not 600 hours
  militaryTimeParser,
  // named days with a calendar rule ("Thanksgiving Day", "Easter week")
  holidayParser,
  // halves of a year before years: "the second half of 2025" is H2, not 2025 with a modifier
  halfParser,
  // months, years, seasons, quarters
  monthParser,
  yearParser,
  decadeParser,
  decadeWordParser,
  centuryParser,
  spelledYearParser,
  seasonParser,
  ordinalQuarterParser,
  relativeQuarterParser,
  qNotationParser,
  // relative days and units
  dayWordParser,
  partOfDayParser,
  weekdayParser,
  thisUnitParser,
  theUnitParser,
  agoParser,
  shiftParser,
  yearEarlierParser,
  neighbourDayParser,
  neighbourPartParser,
  // days counted from an event ("in the days before the shooting"): after neighbour-day, which
  // keeps "the day before" with nothing after it
  eventRelativeParser,
  // times of day
  clockParser,
  clockWordsParser,
  // offsets from now before durations: "3 days from now" is a day, "in 20 minutes" a time
  fromNowParser,
  inClockUnitsParser,
  // sets before durations: "$5 million a year" is a rate, not a year-long duration
  pluralWeekdayParser,
  adverbSetParser,
  everySetParser,
  rateSetParser,
  // durations
  periodEndedParser,
  durationParser,
  compoundDurationParser,
  barePluralParser,
  // present/past/future reference words last: any longer expression holding them wins
  refWordParser,
];

export const REFINERS: readonly Refiner[] = [
  // 1. Position words ("early", "the end of", "earlier") join their date before overlaps are
  //    settled, so "early next year" competes as one span.
  extendModifiers,
  // 2. Longest span wins; everything after works on a clean, non-overlapping, sorted list.
  removeOverlaps,
  // 2b. A day framed by the words before it: "the week of March 6" (its ISO week), "the day before
  //     last Tuesday"; on the clean list, so "the week" or "the day before" held by another
  //     candidate goes, and before the date-time merge, so "noon the day after Christmas" gets the day.
  weekOf,
  dayBeside,
  // 3. A part of the day and its hour become one TIME ("this evening at 7"), before the date-time
  //    merge, which would otherwise see "at 7:30" as a clock time for a day.
  partOfDayClock,
  // 4. A clock time and an adjacent day become one TIME ("5 p.m. EST, Nov. 6").
  mergeDateTime,
  // 4b. A clock time restated in brackets ("10:35 a.m. (0735 GMT) Friday") shares the day written
  //     after or inside the brackets; after the date-time merge, which puts that day on the clock
  //     inside them ("(4 a.m. EDT Thursday)").
  restatedTimes,
  // 5. Spans of clock time ("2:30-3:15pm"): after the date-time merge, so the second end has its day
  //    to lend the first.
  clockRanges,
  // 6. Elliptical day spans ("22 to 24 October") become one expression with a range, listed days split;
  //    after the date-time merge so a time is never swallowed into a day range.
  mergeRanges,
  // 7. Leading prepositions that range patterns looked at are trimmed from the final spans.
  stripPrepositions,
  // 8. Anchored values, in text order, once every span and neighbour is final.
  resolveAnchors,
  // 9. The two ends of a written span ("from Aug. 26 to Oct. 20") get consistent years and share
  //    the span's range; last, because it needs every end's resolved calendar point.
  linkRangeEnds,
];
