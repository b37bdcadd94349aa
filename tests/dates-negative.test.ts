import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/article/article.js';
import { findDates } from '../src/dates/index.js';

// Strings that hold no time expression (or whose look-alike part must not be taken as one).
const NEGATIVE: string[] = [
  'Theresa May met the delegation in London.',
  'Officials may announce the result later.',
  'The ceremony honoured veterans of the Second World War.',
  'Crowds gathered for Victory Day in the capital.',
  'The army sent 1,945 troops to the border.',
  'The home side won the match 3-1.',
  'Version 2.1 of the software fixes the bug.',
  'Call the office on 555-1234 for details.',
  'Thousands joined the March on Washington.',
  'Protesters march through the city centre.',
  'Prices fall when supply grows.',
  'He won a second term in office.',
  'The boy is a 6-year-old pupil.',
  'June Carter sang with the band.',
  'The study surveyed 1709 schoolchildren in two provinces.',
  'The team scored twice in the second half.',
  'The current account deficit widened.',
  'Water from the spring was clear and cold.',
  'The fall of the regime surprised no one.',
  'About 2000 people attended the rally.',
  'The venture was called Orion 1980 at the time.',
  // a comparison between periods names none of them
  'The quarter-to-quarter comparison was poor.',
  // a day word inside a name, and "today's" for the present era in general
  'The story first ran in USA Today and was picked up widely.',
  'Teachers say the book speaks to today’s youth.',
  "In today's world, privacy is scarce.",
  // ages are not time expressions
  'The driver, 52 years old, was unhurt.',
  'The village keeps a 900 year old custom alive.',
  'Pupils aged 8-10 years took part in the survey.',
  'She fell ill at the age of four months.',
  // newspapers and programmes named after a period
  'The story ran in the Party daily Pravda.',
  'He told LA Weekly about the case.',
  'The minister spoke on "This Week" about the budget.',
  // an ordinal, not a rate
  'The museum got two gifts, one from a collector and a second from the city.',
  // discourse "now" (turning to a new point)
  'Now, the mayor says, the plan has to change.',
  'Now for the weather on the coast.',
  // a fraction, a hyphenated adjective, a surname heading a government
  'Only a quarter of the voters backed the plan.',
  'The firm took out a long-term loan.',
  'The May government fell after a vote.',
  // holiday words inside names
  'Tourists flew to Christmas Island.',
  'Children hunted for Easter eggs in the park.',
];

describe('not time expressions', () => {
  for (const text of NEGATIVE) {
    it(text, () => {
      expect(findDates(buildArticle(text, { date: '2024-10-21' }))).toEqual([]);
    });
  }
});
