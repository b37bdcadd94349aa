// A calendar date that cannot exist: "February 30", "April 31, 2023", "February 29, 2023",
// "31/06/2024". February 29 without a year may be a leap day and is left alone; a numeric date
// is impossible only when neither day/month nor month/day order gives a real day.

import { monthName } from '../calendar.js';
import { dateMentions, possible } from '../date-mentions.js';
import type { RawFinding, Rule } from '../types.js';

export const impossibleDate: Rule = {
  id: 'impossible-date',
  severity: 'error',
  summary: 'a calendar date that does not exist (February 30, April 31, February 29 of a common year, 31/06/2024)',
  help:
    'Flags a written date whose day does not exist in its month: "February 30", "April 31, 2023", "February 29, 2023" ' +
    '(2023 is not a leap year), "31/06/2024" (no June 31, and no 31st month either). February 29 without a year is ' +
    'not flagged (it may be a leap day), nor a number above 31 after a month name ("In May 40 people…"), which counts ' +
    'something rather than naming a day. Usually a typo in the day or the month: check the source.',
  find({ text }) {
    const out: RawFinding[] = [];
    for (const d of dateMentions(text)) {
      if (possible(d)) continue;
      const written = text.slice(d.start, d.end);
      let why: string;
      if (d.numeric) why = `neither day ${d.day} of month ${d.month} nor day ${d.month} of month ${d.day} exists`;
      else if (d.month < 1 || d.month > 12) why = `there is no month ${d.month}`;
      else if (d.month === 2 && d.day === 29 && d.year !== null) why = `${d.year} is not a leap year`;
      else why = `${monthName(d.month)} has no day ${d.day}`;
      out.push({ start: d.start, end: d.end, message: `"${written}" does not exist: ${why}` });
    }
    return out;
  },
};
