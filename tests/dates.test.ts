import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/article/article.js';
import { findDates } from '../src/dates/index.js';

// All cases read at a fixed reference date: Monday 21 October 2024.
const REF = '2024-10-21';

function dates(text: string, date: string | null = REF) {
  return findDates(buildArticle(text, { date })).map(({ text, type, value, range }) => ({ text, type, value, range }));
}

type Case = [input: string, expected: { text: string; type: string; value: string; range?: { start: string; end: string } | null }[]];

function table(cases: Case[]) {
  for (const [input, expected] of cases) {
    it(input, () => {
      const got = dates(input);
      expect(got.map(({ text, type, value }) => ({ text, type, value }))).toEqual(expected.map(({ text, type, value }) => ({ text, type, value })));
      expected.forEach((e, i) => {
        if (e.range !== undefined) expect(got[i].range).toEqual(e.range);
      });
    });
  }
}

describe('absolute dates', () => {
  table([
    ['The talks ended on October 20.', [{ text: 'October 20', type: 'DATE', value: '2024-10-20', range: null }]],
    ['She was born on August 9, 2001.', [{ text: 'August 9, 2001', type: 'DATE', value: '2001-08-09' }]],
    ['The law took effect on 3 March 2019.', [{ text: '3 March 2019', type: 'DATE', value: '2019-03-03' }]],
    ['The filing is dated 2023-12-05.', [{ text: '2023-12-05', type: 'DATE', value: '2023-12-05' }]],
    ['Shares were issued on Sept. 30.', [{ text: 'Sept. 30', type: 'DATE', value: '2024-09-30' }]],
    ['The summit is on May 9 next year.', [{ text: 'May 9 next year', type: 'DATE', value: '2025-05-09' }]],
    ['The board met Friday, Oct. 18.', [{ text: 'Friday, Oct. 18', type: 'DATE', value: '2024-10-18' }]],
    ['The bonds will mature on Jan. 14.', [{ text: 'Jan. 14', type: 'DATE', value: '2025-01-14' }]],
  ]);
});

describe('ranges', () => {
  table([
    ['The summit runs from 22 to 24 October.', [{ text: '22 to 24 October', type: 'DATE', value: '2024-10-22', range: { start: '2024-10-22', end: '2024-10-24' } }]],
    ['The fair is open October 22-24.', [{ text: 'October 22-24', type: 'DATE', value: '2024-10-22', range: { start: '2024-10-22', end: '2024-10-24' } }]],
    // end points that each stand alone are two TIMEX3 expressions, as in TimeML; both carry the
    // span's range, and an end without a written year takes the other end's
    ['Prices rose May-July.', [{ text: 'May', type: 'DATE', value: '2024-05', range: { start: '2024-05-01', end: '2024-07-31' } }, { text: 'July', type: 'DATE', value: '2024-07', range: { start: '2024-05-01', end: '2024-07-31' } }]],
    ['Prices rose between May and July.', [{ text: 'May', type: 'DATE', value: '2024-05', range: { start: '2024-05-01', end: '2024-07-31' } }, { text: 'July', type: 'DATE', value: '2024-07', range: { start: '2024-05-01', end: '2024-07-31' } }]],
    ['The road closes between May and July 2026.', [{ text: 'May', type: 'DATE', value: '2026-05', range: { start: '2026-05-01', end: '2026-07-31' } }, { text: 'July 2026', type: 'DATE', value: '2026-07', range: { start: '2026-05-01', end: '2026-07-31' } }]],
    ['The fund bought shares from Aug. 3 to Sept. 12.', [{ text: 'Aug. 3', type: 'DATE', value: '2024-08-03', range: { start: '2024-08-03', end: '2024-09-12' } }, { text: 'Sept. 12', type: 'DATE', value: '2024-09-12', range: { start: '2024-08-03', end: '2024-09-12' } }]],
    ['The works will run from Aug. 26 to Oct. 20.', [{ text: 'Aug. 26', type: 'DATE', value: '2025-08-26', range: { start: '2025-08-26', end: '2025-10-20' } }, { text: 'Oct. 20', type: 'DATE', value: '2025-10-20', range: { start: '2025-08-26', end: '2025-10-20' } }]],
    ['Output grew from 1990 to 1995.', [{ text: '1990', type: 'DATE', value: '1990', range: { start: '1990-01-01', end: '1995-12-31' } }, { text: '1995', type: 'DATE', value: '1995', range: { start: '1990-01-01', end: '1995-12-31' } }]],
    ['The offer runs from today through Nov. 8.', [{ text: 'today', type: 'DATE', value: '2024-10-21', range: { start: '2024-10-21', end: '2024-11-08' } }, { text: 'Nov. 8', type: 'DATE', value: '2024-11-08', range: { start: '2024-10-21', end: '2024-11-08' } }]],
    // different kinds of period are not the ends of one span
    ["After a revision Friday to March's figures, growth looks weaker.", [{ text: 'Friday', type: 'DATE', value: '2024-10-18', range: null }, { text: 'March', type: 'DATE', value: '2024-03', range: null }]],
    ['Sales rose in May and July.', [{ text: 'May', type: 'DATE', value: '2024-05', range: null }, { text: 'July', type: 'DATE', value: '2024-07', range: null }]],
    // a list of days: each day its own expression, the bare one borrowing its neighbour's month
    ['The votes are on 12 and 14 November.', [{ text: '12', type: 'DATE', value: '2024-11-12', range: null }, { text: '14 November', type: 'DATE', value: '2024-11-14', range: null }]],
    ['The summit meets on November 5 and 6.', [{ text: 'November 5', type: 'DATE', value: '2024-11-05' }, { text: '6', type: 'DATE', value: '2024-11-06' }]],
    ['Rallies are planned for November 5 or 6 in the capital.', [{ text: 'November 5', type: 'DATE', value: '2024-11-05' }, { text: '6', type: 'DATE', value: '2024-11-06' }]],
    // a counted noun after the number makes it a quantity
    ['He recalled that on April 24 and 25 people were hurt.', [{ text: 'April 24', type: 'DATE', value: '2024-04-24' }]],
    ['The talks ran between 12 and 14 October.', [{ text: '12 and 14 October', type: 'DATE', value: '2024-10-12', range: { start: '2024-10-12', end: '2024-10-14' } }]],
  ]);
});

describe('months, years, seasons, quarters', () => {
  table([
    ['Sales fell in March.', [{ text: 'March', type: 'DATE', value: '2024-03' }]],
    ['The plant closed last October.', [{ text: 'last October', type: 'DATE', value: '2023-10' }]],
    ['The war ended in 1945.', [{ text: '1945', type: 'DATE', value: '1945' }]],
    ['Victory Day marks the surrender in 1945.', [{ text: '1945', type: 'DATE', value: '1945' }]],
    ['In 1999 Kosovo was at war.', [{ text: '1999', type: 'DATE', value: '1999' }]],
    ['Music of the 1990s was louder.', [{ text: 'the 1990s', type: 'DATE', value: '199' }]],
    ['Revenue for fiscal 2024 grew.', [{ text: 'fiscal 2024', type: 'DATE', value: '2024' }]],
    ['Gas supplies for this winter are secured.', [{ text: 'this winter', type: 'DATE', value: '2024-WI' }]],
    ['Delays lasted well into the summer.', [{ text: 'the summer', type: 'DATE', value: '2024-SU' }]],
    ['Profit rose in the third quarter.', [{ text: 'the third quarter', type: 'DATE', value: '2024-Q3' }]],
    ['The third-quarter loss widened.', [{ text: 'third-quarter', type: 'DATE', value: '2024-Q3' }]],
    ['Talks resume early next year.', [{ text: 'early next year', type: 'DATE', value: '2025' }]],
    ['The treaty shaped the 20th century.', [{ text: 'the 20th century', type: 'DATE', value: '19' }]],
  ]);
});

describe('relative days and units', () => {
  table([
    ['The minister resigned yesterday.', [{ text: 'yesterday', type: 'DATE', value: '2024-10-20' }]],
    ['Today the council votes on the budget.', [{ text: 'Today', type: 'DATE', value: '2024-10-21' }]],
    ["The offer ran in today's editions of two papers.", [{ text: 'today', type: 'DATE', value: '2024-10-21' }]],
    ['The vote took place on Tuesday.', [{ text: 'Tuesday', type: 'DATE', value: '2024-10-15' }]],
    ['The council will vote on Tuesday.', [{ text: 'Tuesday', type: 'DATE', value: '2024-10-22' }]],
    ['Exports grew last year.', [{ text: 'last year', type: 'DATE', value: '2023' }]],
    ['The merger closes next month.', [{ text: 'next month', type: 'DATE', value: '2024-11' }]],
    ['The index fell this week.', [{ text: 'this week', type: 'DATE', value: '2024-W43' }]],
    ['They first met two and a half years ago.', [{ text: 'two and a half years ago', type: 'DATE', value: '2022-04' }]],
    ['The bridge opened three days ago.', [{ text: 'three days ago', type: 'DATE', value: '2024-10-18' }]],
    ['The strike began on October 1. Three weeks later it ended.', [
      { text: 'October 1', type: 'DATE', value: '2024-10-01' },
      { text: 'Three weeks later', type: 'DATE', value: '2024-10-22' },
    ]],
    ['Sales reached $5 million in 2022, up from $4 million a year earlier.', [
      { text: '2022', type: 'DATE', value: '2022' },
      { text: 'a year earlier', type: 'DATE', value: '2021' },
    ]],
  ]);
});

describe('durations, times, sets, reference words', () => {
  table([
    ['They had not spoken for two and a half years.', [{ text: 'two and a half years', type: 'DURATION', value: 'P2.5Y' }]],
    ['The meeting lasted three hours.', [{ text: 'three hours', type: 'DURATION', value: 'PT3H' }]],
    ['Prices doubled over the past three months.', [{ text: 'the past three months', type: 'DURATION', value: 'P3M' }]],
    ['He signed a five-year contract.', [{ text: 'five-year', type: 'DURATION', value: 'P5Y' }]],
    ['The siege lasted nearly forty years.', [{ text: 'nearly forty years', type: 'DURATION', value: 'P40Y' }]],
    ['The polls close at 8 p.m. on Thursday.', [{ text: '8 p.m. on Thursday', type: 'TIME', value: '2024-10-17T20:00' }]],
    ['The fire started this morning.', [{ text: 'this morning', type: 'TIME', value: '2024-10-21TMO' }]],
    ['The bulletin is published weekly.', [{ text: 'weekly', type: 'SET', value: 'P1W' }]],
    ['Inspectors visit every week.', [{ text: 'every week', type: 'SET', value: 'P1W' }]],
    ['The mill makes $3 million a year.', [{ text: 'a year', type: 'SET', value: 'P1Y' }]],
    ['The company is now profitable.', [{ text: 'now', type: 'DATE', value: 'PRESENT_REF' }]],
    ['Margins will suffer in the near term.', [{ text: 'the near term', type: 'DATE', value: 'FUTURE_REF' }]],
    ['The credits will cut taxes in future quarters.', [{ text: 'future quarters', type: 'DATE', value: 'FUTURE_REF' }]],
    ['The firm will seek more financing at a later date.', [{ text: 'a later date', type: 'DATE', value: 'FUTURE_REF' }]],
    ['The crew stays for two more weeks.', [{ text: 'two more weeks', type: 'DURATION', value: 'P2W' }]],
    ['The lease may run for an additional year.', [{ text: 'an additional year', type: 'DURATION', value: 'P1Y' }]],
    ['The vote took a quarter of an hour.', [{ text: 'a quarter of an hour', type: 'DURATION', value: 'PT15M' }]],
    ['The March accession opened the market.', [{ text: 'March', type: 'DATE', value: '2024-03' }]],
    ['For now, the bridge stays closed.', [{ text: 'now', type: 'DATE', value: 'PRESENT_REF' }]],
    ['Now the mill employs forty people.', [{ text: 'Now', type: 'DATE', value: 'PRESENT_REF' }]],
    ['Prices have risen recently.', [{ text: 'recently', type: 'DATE', value: 'PAST_REF' }]],
  ]);
});

describe('without a reference date', () => {
  it('keeps unknown parts as X', () => {
    expect(dates('The ceremony took place on October 20.', null)).toEqual([{ text: 'October 20', type: 'DATE', value: 'XXXX-10-20', range: null }]);
    expect(dates('Exports grew last year.', null)).toEqual([{ text: 'last year', type: 'DATE', value: 'PAST_REF', range: null }]);
  });
});

describe('offsets', () => {
  it('slices the article text exactly and sorts by start, also after astral characters', () => {
    const text = '🎉 Celebrations began on Friday and ended two days later, on October 20.';
    const article = buildArticle(text, { date: REF });
    const found = findDates(article);
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(found.map((d) => d.start)).toEqual([...found.map((d) => d.start)].sort((a, b) => a - b));
  });
});

describe('direction from the tense of the governing verb', () => {
  table([
    ['The chief executive stepped down in December.', [{ text: 'December', type: 'DATE', value: '2023-12' }]],
    ['In January, the company hired a new chief.', [{ text: 'January', type: 'DATE', value: '2024-01' }]],
    ['The two leaders meet separately Thursday with the envoy.', [{ text: 'Thursday', type: 'DATE', value: '2024-10-24' }]],
    ['The ministers could not be reached Friday.', [{ text: 'Friday', type: 'DATE', value: '2024-10-18' }]],
    ['The exchange has set Nov. 4 as the deadline.', [{ text: 'Nov. 4', type: 'DATE', value: '2024-11-04' }]],
    ['The festival is to run from October 12 until the end of the year.', [{ text: 'October 12', type: 'DATE', value: '2024-10-12' }, { text: 'the end of the year', type: 'DATE', value: '2024' }]],
  ]);
});

describe('comparisons with the year before take the granularity of what they compare', () => {
  table([
    [
      'Acme posted higher third-quarter profit. After a weak second quarter, sales recovered. Costs were lower than a year ago.',
      [
        { text: 'third-quarter', type: 'DATE', value: '2024-Q3' },
        { text: 'second quarter', type: 'DATE', value: '2024-Q2' },
        { text: 'a year ago', type: 'DATE', value: '2023-Q3' },
      ],
    ],
    [
      'For the nine months, net rose to $5 million from $4 million a year earlier.',
      [
        { text: 'the nine months', type: 'DURATION', value: 'P9M' },
        { text: 'a year earlier', type: 'DATE', value: '2023' },
      ],
    ],
  ]);
});

describe('holidays, spelled years, anchored units', () => {
  table([
    ['The boy was rescued on Thanksgiving Day.', [{ text: 'Thanksgiving Day', type: 'DATE', value: '2023-11-23' }]],
    ['Polls open on Election Day.', [{ text: 'Election Day', type: 'DATE', value: '2024-11-05' }]],
    ['Shops close early on Christmas Eve.', [{ text: 'Christmas Eve', type: 'DATE', value: '2024-12-24' }]],
    ['The family met last Christmas.', [{ text: 'last Christmas', type: 'DATE', value: '2023-12-25' }]],
    ['Pilgrims arrived as Easter week began.', [{ text: 'Easter week', type: 'DATE', value: '2024-W13' }]],
    ['The flood came in January nineteen ninety-seven.', [{ text: 'January nineteen ninety-seven', type: 'DATE', value: '1997-01' }]],
    ['Prices peaked in the winter of nineteen ninety-four.', [{ text: 'the winter of nineteen ninety-four', type: 'DATE', value: '1994-WI' }]],
    [
      'The firm moved to Lyon in June 2019 and hired staff later that year.',
      [
        { text: 'June 2019', type: 'DATE', value: '2019-06' },
        { text: 'later that year', type: 'DATE', value: '2019' },
      ],
    ],
    [
      'Profit rose in the third quarter. For the quarter a year ago, the bank lost money.',
      [
        { text: 'the third quarter', type: 'DATE', value: '2024-Q3' },
        { text: 'the quarter a year ago', type: 'DATE', value: '2023-Q3' },
      ],
    ],
    [
      'Net rose in the third quarter, against a loss for the corresponding period last year.',
      [
        { text: 'the third quarter', type: 'DATE', value: '2024-Q3' },
        { text: 'the corresponding period last year', type: 'DATE', value: '2023-Q3' },
      ],
    ],
    ['It was among the great inventions of the past century.', [{ text: 'the past century', type: 'DURATION', value: 'P100Y' }]],
  ]);
});

describe('halves, neighbour days, deadlines and fractional durations', () => {
  table([
    ['Sales should recover in the second half of 2025.', [{ text: 'the second half of 2025', type: 'DATE', value: '2025-H2' }]],
    ['The plant will close in the first half of next year.', [{ text: 'the first half of next year', type: 'DATE', value: '2025-H1' }]],
    ['The chain posted first-half profit of $3 million.', [{ text: 'first-half', type: 'DATE', value: '2024-H1' }]],
    [
      'The ship docked on March 3, 2020, and sailed the next morning.',
      [
        { text: 'March 3, 2020', type: 'DATE', value: '2020-03-03' },
        { text: 'the next morning', type: 'TIME', value: '2020-03-04TMO' },
      ],
    ],
    [
      'The index closed on Friday, Oct. 18, up 2% from the previous Friday.',
      [
        { text: 'Friday, Oct. 18', type: 'DATE', value: '2024-10-18' },
        { text: 'the previous Friday', type: 'DATE', value: '2024-10-11' },
      ],
    ],
    ['The court has given the tenants until 9 a.m. Wednesday to leave.', [{ text: '9 a.m. Wednesday', type: 'TIME', value: '2024-10-23T09:00' }]],
    ['The ferry crossing took a day and a half.', [{ text: 'a day and a half', type: 'DURATION', value: 'P1DT12H' }]],
    ['The wait lasted half an hour.', [{ text: 'half an hour', type: 'DURATION', value: 'PT30M' }]],
  ]);
});
