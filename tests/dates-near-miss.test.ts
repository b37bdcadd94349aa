// Near misses: words and numbers that look like dates or times and are not, or whose look-alike
// part must not be taken ("may be", "march on", "second opinion", "a quarter of the votes", "1800
// workers"). Each sentence must yield no time expression at all, at the usual reference date.
import { describe, expect, it } from 'vitest';
import { found } from './helpers/date-table.js';

const NEAR_MISSES: string[] = [
  // month words that are modals, verbs and names
  'The results may be late.',
  'It may rain.',
  'Officials say they may act.',
  'This may change everything.',
  'The protesters march on the capital.',
  'Veterans will march through the city.',
  'They each march to a different drum.',
  'They each may apply.',
  'Nothing could mar the celebration.',
  'Jan said the plan was sound.',
  'The Mar-a-Lago estate is in Florida.',
  'June Carter sang with the band.',
  'Theresa May second-guessed the plan.',
  'The long march ended in failure.',
  'A march of 3 miles began.',
  'He said it may 3D-print the parts.',
  // weekday abbreviations and words that are other words
  'The sun rose over the hills.',
  'They wed in a small chapel.',
  'She stayed up to sat the exam.',
  'The Edmonton Sun reported the story.',
  'Sunday Times journalists were there.',
  // ordinals and quarters that are not days or times
  'She sought a second opinion.',
  'He came second in the race.',
  'It won a quarter of the votes.',
  'A quarter of the seats went unfilled.',
  'Half the town voted.',
  'The third of the group left early.',
  'The building has a 21st floor.',
  'He lives on the 5th floor.',
  'She finished the 10th in her class.',
  'The first of the group arrived.',
  // four-digit numbers and clock-like figures that are counts, scores or codes
  'The firm hired 1800 workers.',
  'Some 1430 votes were cast.',
  'The district runs 1430 schools.',
  'The home side won 3-1.',
  'Add 1/2 cup of sugar.',
  'Only 3/4 of the members came.',
  'The bill needs a 2/3 majority.',
  'The hotline runs 24/7.',
  'Call 555-1234 for details.',
  'The ratio was 3:1 in favour.',
  'Version 2.1.3 fixes the bug.',
  'The code 12-34-56 opened the door.',
  'The odds were ten to one against.',
  'The vote was nine to three.',
  'The team scored 12 points in the second half.',
  'He read pages 12-14 aloud.',
  'Room 0600 is on the ground floor.',
  // words that hold a time word
  'The spring was clear and cold.',
  'The fall of the regime surprised no one.',
  'The current account deficit widened.',
  'He holds a second degree.',
  'Wait a second, he said.',
  'The Weekly Standard closed.',
  // lower-case holiday words without a year
  'The easter egg hunt was fun.',
  'We sang christmas carols.',
  // an ordinal day needs a date preposition, and no noun after it
  'She was the 21st person to sign.',
  'It was the third time it failed.',
  // a holiday word as a surname; a unit word in a programme's name
  'The band hired the drummer Anna Easter.',
  'She watched This Week with her father.',
  // clock words that are not times
  'The odds are five to four.',
  'It was half past its prime.',
  'Ten to the left, he said.',
];

describe('near misses: nothing is a time expression', () => {
  for (const sentence of NEAR_MISSES) {
    it(sentence, () => {
      expect(found(sentence)).toEqual([]);
    });
  }
});
