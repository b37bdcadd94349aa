// `newsx check` rules, one table of cases each: what must be found (rule and exact span) and the
// near misses that must not. Articles are analysed as the CLI does (analyze, then the rules).
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { checkDocument, CHECK_TASKS, defaultRuleSettings } from '../src/check/index.js';
import type { Finding } from '../src/check/types.js';

function check(text: string, date: string | null = null, rule?: string): Finding[] {
  const report = analyze(text, { date, tasks: CHECK_TASKS });
  const findings = checkDocument(report, text, defaultRuleSettings()).findings;
  return rule ? findings.filter((f) => f.rule === rule) : findings;
}

const spans = (fs: Finding[]) => fs.map((f) => [f.rule, f.text]);

describe('weekday-mismatch', () => {
  const rule = 'weekday-mismatch';
  it.each([
    ['The vote took place on Monday, March 5, 2024, in Paris.', null, 'Monday, March 5, 2024'],
    ['Talks resume on Thursday 7 June 2024 in Geneva.', null, 'Thursday 7 June 2024'],
    ['The deal was signed on Tuesday, the 5th of March 2025, officials said.', null, 'Tuesday, the 5th of March 2025'],
    ['The summit opens on March 5 (Monday) in Rome.', '2024-02-20', 'March 5 (Monday)'],
    ['The summit opens on Thu. Jan. 3 in Rome.', '2024-01-01', 'Thu. Jan. 3'],
    // years 0-99 as written, not as 1900-1999 (5 March 0024 was a Tuesday, in 1924 a Wednesday)
    ['It fell on Wednesday, March 5, 0024, they wrote.', null, 'Wednesday, March 5, 0024'],
    ['It falls on Wednesday, March 5.', '0024-02-01', 'Wednesday, March 5'],
  ])('finds %j', (text, date, span) => {
    expect(spans(check(text, date, rule))).toEqual([[rule, span]]);
  });
  it('says which day the date falls on', () => {
    expect(check('On Monday, March 5, 2024, he left.', null, rule)[0].message).toBe('March 5, 2024 is a Tuesday, not a Monday');
  });
  it.each([
    ['a correct weekday', 'The vote took place on Tuesday, March 5, 2024, in Paris.', null],
    ['a correct weekday in year 24', 'It fell on Tuesday, March 5, 0024, they wrote.', null],
    ['a correct weekday, year from the reference date', 'The vote is on Tuesday, March 5.', '2024-02-01'],
    ['year from the reference date across new year', 'He spoke on Monday, December 30, about the plan.', '2025-01-02'],
    ['no year and no reference date', 'The vote is on Monday, March 5.', null],
    ['an impossible date is its own finding', 'It happened on Monday, February 30, 2024.', null],
    ['a newspaper named Sun', 'The Edmonton Sun, August 16, 2008, ran the story.', null],
    ['a weekday in another clause', 'On Monday, 200 people marched.', null],
  ])('leaves alone %s', (_what, text, date) => {
    expect(check(text, date, rule)).toEqual([]);
  });
});

describe('impossible-date', () => {
  const rule = 'impossible-date';
  it.each([
    ['The law took effect on February 30, officials said.', 'February 30'],
    ['The report was due on April 31, 2023.', 'April 31, 2023'],
    ['He was born on February 29, 2023 in Lyon.', 'February 29, 2023'],
    ['The contract ends 31/06/2024 unless renewed.', '31/06/2024'],
    ['The filing is dated 2023-02-29 in the register.', '2023-02-29'],
    ['It ended on the 31st of September.', '31st of September'],
  ])('finds %j', (text, span) => {
    expect(spans(check(text, null, rule))).toEqual([[rule, span]]);
  });
  it.each([
    ['a leap-year February 29', 'He was born on February 29, 2024 in Lyon.'],
    ['February 29 without a year', 'The deadline is February 29.'],
    ['a month-first numeric date', 'The contract ends 06/30/2024 unless renewed.'],
    ['a count after a month', 'In April 31 people were hurt, and by May 40 more.'],
    ['May 31', 'The vote is on May 31, 2024.'],
  ])('leaves alone %s', (_what, text) => {
    expect(check(text, null, rule)).toEqual([]);
  });
});

describe('name-variant', () => {
  const rule = 'name-variant';
  it.each([
    [
      'Serbian President Aleksandar Vučić spoke to Vladimir Putin on Monday. Vučić said the call went well.\nVucic added that he would travel to Moscow.',
      'Vucic',
    ],
    [
      'Home Secretary Suella Braverman said the plan would work. Braverman told MPs it was legal.\nBravermann later added that the flights would start soon.',
      'Bravermann',
    ],
    ['Polish minister Anna Kowalska met Jan Nowak. Nowak said the talks went well.\nNowka later denied it.', 'Nowka'],
    ['Hillary Clinton spoke in Ohio. Hillary Clinton then flew to Iowa, where Hilary Clinton met voters.', 'Hilary'],
  ])('finds the rarer spelling in %j', (text, span) => {
    const found = check(text, null, rule);
    expect(spans(found)).toEqual([[rule, span]]);
  });
  it.each([
    ['a possessive', 'Suella Braverman said the plan would work. Braverman’s aides agreed, and Braverman\'s office said so.'],
    ['different people who share a surname', 'Bill Clinton spoke first. Hillary Clinton followed him, and Clinton said little.'],
    ['two people with similar surnames', 'Boris Johnson met Karen Johnston in London. Johnson said the talks went well, Johnston said.'],
    ['a headline in capitals', 'BRAVERMAN VOWS TO ACT\nSuella Braverman said the plan would work.'],
    ['Mr. and Mr', 'Mr. John Braverman said so. Mr Braverman added more, and Mr. Braverman left.'],
    ['a country and its adjective', 'Kim Jong Un leads North Korea. The Korean leader met officials of the Korea Trade Agency.'],
    ['short names', 'Iran and Iraq signed a deal, said Jon Smith. Joe Smith disagreed.'],
  ])('leaves alone %s', (_what, text) => {
    expect(check(text, null, rule)).toEqual([]);
  });
});

describe('quote-unclosed', () => {
  const rule = 'quote-unclosed';
  it.each([
    ['He said: "We will not back down from this fight.\nThe talks ended on Monday.', '"'],
    ['“We will not back down,” she said. “This is not over, she added.\nThe talks ended.', '“'],
    ['The talks ended. Smith said: "We will go on', '"'],
    ['"We will not back down, Smith said.\n"Nobody will make us," he added.', '"'],
    ['She said: “We will not back down from this.\nThe talks ended on Monday.\n“Nobody will make us,” she added.', '“'],
    ['The minister called the claim “true.\n“Nobody will make us,” she added.', '“'],
  ])('finds %j', (text, mark) => {
    const found = check(text, null, rule);
    expect(spans(found)).toEqual([[rule, mark]]);
  });
  it('points at the mark that opened', () => {
    const text = 'The talks ended.\nSmith said: "We will go on and on.\nThe end came later.';
    const [f] = check(text, null, rule);
    expect([f.line, f.column, f.start, f.end]).toEqual([2, 13, 29, 30]);
  });
  it.each([
    ['a closed quotation', 'Smith said: "We will go on." Jones agreed.'],
    ['a quotation over several paragraphs', '"We will go on," Smith said. "The talks are not over.\n"We have more to say and we will say it.\n"Nobody will stop us," he added.'],
    ['a quotation wrapped over two lines', 'Smith said: "We will go on\nand we will win," and left.'],
    ['a scare quote', 'The so-called "reset" failed, officials said.'],
    ['an inch mark', 'The 12" screen sold well.'],
  ])('leaves alone %s', (_what, text) => {
    expect(check(text, null, rule)).toEqual([]);
  });
});

describe('quote-unattributed', () => {
  const rule = 'quote-unattributed';
  it('finds a full quotation with no speaker', () => {
    const text = 'The talks ended on Monday after ten hours.\n"We will never accept these terms under any circumstances."\nThe next round is in May.';
    expect(spans(check(text, null, rule))).toEqual([[rule, 'We will never accept these terms under any circumstances.']]);
  });
  it.each([
    ['an attributed quotation', '"We will never accept these terms," Smith said.'],
    ['a continuation of an attributed quotation', '"We will never accept these terms," Jane Smith said.\n"Nobody in this country would accept them either."'],
    ['a partial quotation', 'Smith said the terms were "completely unacceptable to us" and left.'],
    ['a scare quote', 'The so-called "reset" failed.'],
  ])('leaves alone %s', (_what, text) => {
    expect(check(text, null, rule)).toEqual([]);
  });
});

describe('surname-first', () => {
  const rule = 'surname-first';
  it('finds a surname before the full name', () => {
    const text = 'The talks ended on Monday.\nBraverman said the plan would work. Home Secretary Suella Braverman added that flights would start.';
    expect(spans(check(text, null, rule))).toEqual([[rule, 'Braverman']]);
  });
  it.each([
    ['the full name first', 'Suella Braverman said the plan would work. Braverman added that flights would start.'],
    ['a headline with the surname', 'Braverman vows to act\nSuella Braverman said the plan would work. Braverman added more.'],
  ])('leaves alone %s', (_what, text) => {
    expect(check(text, null, rule)).toEqual([]);
  });
});

describe('relative-date-unanchored', () => {
  const rule = 'relative-date-unanchored';
  it('finds relative dates when the article has no reference date', () => {
    expect(spans(check('The minister resigned yesterday and talks resume next week.', null, rule))).toEqual([
      [rule, 'yesterday'],
      [rule, 'next week'],
    ]);
  });
  it.each([
    ['a reference date given', 'The minister resigned yesterday.', '2024-03-05'],
    ['a dateline', 'LONDON, March 5, 2024 (Reuters) - The minister resigned yesterday.', null],
    ['absolute dates', 'The minister resigned on March 5, 2024.', null],
  ])('leaves alone %s', (_what, text, date) => {
    expect(check(text, date, rule)).toEqual([]);
  });
});

describe('offsets, lines and opt-outs', () => {
  it('counts code points and columns after an emoji', () => {
    const text = '🎉 News.\n🎉 It happened on February 30, officials said.';
    const [f] = check(text, null, 'impossible-date');
    expect([f.start, f.end, f.text, f.line, f.column]).toEqual([25, 36, 'February 30', 2, 18]);
    expect(Array.from(text).slice(f.start, f.end).join('')).toBe(f.text);
  });
  it('keeps quiet where an inline comment disables a rule', () => {
    const text = 'It happened on February 30.\n<!-- newsx-disable-next-line impossible-date -->\nIt ended on April 31.\nIt began on June 31.';
    expect(check(text, null, 'impossible-date').map((f) => f.text)).toEqual(['February 30', 'June 31']);
    const all = '<!-- newsx-disable -->\nIt happened on February 30.';
    expect(check(all)).toEqual([]);
    const region = '<!-- newsx-disable impossible-date -->\nIt happened on February 30.\n<!-- newsx-enable impossible-date -->\nIt ended on April 31.';
    expect(check(region, null, 'impossible-date').map((f) => f.text)).toEqual(['April 31']);
  });
});
