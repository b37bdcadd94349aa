// The article reader: tokens, sentences, paragraphs, offsets, reference date, HTML text.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticle, packArticle, unpackArticle } from '../src/article/article.js';
import { codePointMap } from '../src/article/offsets.js';
import { findReferenceDate } from '../src/article/reference-date.js';
import { firstIndex } from '../src/article/search.js';
import { paragraphsOf } from '../src/article/sentences.js';
import { tokenize } from '../src/article/tokenize.js';
import { fixture } from './helpers/cli.js';

const words = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it.each([
    ["Japan's exports", ['Japan', "'s", 'exports']],
    ['Germany’s surrender', ['Germany', '’s', 'surrender']],
    ["They don't know", ['They', 'do', "n't", 'know']],
    ['the U.S. and the U.K.', ['the', 'U.S.', 'and', 'the', 'U.K.']],
    ['1,945 troops and 3.5%', ['1,945', 'troops', 'and', '3.5', '%']],
    ["O'Brien met Anglo-Dutch AT&T", ["O'Brien", 'met', 'Anglo-Dutch', 'AT&T']],
    ['on 1996-08-22.', ['on', '1996-08-22', '.']],
    ['Mr. Smith', ['Mr', '.', 'Smith']],
    ['Watch @fbieber #serbia https://t.co/CKse pic.twitter.com/6aS', ['Watch', '@fbieber', '#serbia', 'https://t.co/CKse', 'pic.twitter.com/6aS']],
    ['“very good”.', ['“', 'very', 'good', '”', '.']],
    ['write to desk@news.example.org now', ['write', 'to', 'desk@news.example.org', 'now']],
  ])('%s', (input, expected) => {
    expect(words(input)).toEqual(expected);
  });
  it('gives offsets whose slice is the token', () => {
    const text = 'Vučić 👉🏽 met Putin’s envoy.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('sentences and paragraphs', () => {
  const sentences = (text: string) => buildArticle(text).sentences.map((s) => text.slice(s.start, s.end));
  it('splits on stops followed by a capital, keeps closing quotes', () => {
    expect(sentences('He left. “We won.” She stayed? Yes!')).toEqual(['He left.', '“We won.”', 'She stayed?', 'Yes!']);
  });
  it('does not split after titles, initials or inside numbers', () => {
    expect(sentences('Mr. Smith met Dr. J. Jones at 3.5 p.m. in St. Louis on Jan. 5.')).toHaveLength(1);
  });
  it('ends a sentence before a straight mark that opens the next one', () => {
    expect(sentences('He left. "We won." She stayed.')).toEqual(['He left.', '"We won."', 'She stayed.']);
    expect(sentences('"We won." She stayed.')).toEqual(['"We won."', 'She stayed.']);
    expect(sentences('He said "yes." Then he left.')).toEqual(['He said "yes."', 'Then he left.']);
  });
  it('does not end a sentence at a weekday abbreviation before a date, and does elsewhere', () => {
    expect(sentences('The vote is on Wed. 12 March. Polls open at 7.')).toEqual(['The vote is on Wed. 12 March.', 'Polls open at 7.']);
    expect(sentences('It opens Thurs. Oct. 3 in Leeds.')).toEqual(['It opens Thurs. Oct. 3 in Leeds.']);
    expect(sentences('They met on Wed. They left on Fri. 5 were arrested.')).toEqual(['They met on Wed.', 'They left on Fri. 5 were arrested.']);
    expect(sentences('We sat in the sun. The sea was calm.')).toEqual(['We sat in the sun.', 'The sea was calm.']);
  });
  it('ends a sentence at every line break and counts paragraphs', () => {
    const a = buildArticle('First line without stop\r\nSecond line. Third one.\n\nLast');
    expect(a.sentences.map((s) => [a.text.slice(s.start, s.end), s.paragraph])).toEqual([
      ['First line without stop', 0],
      ['Second line.', 1],
      ['Third one.', 1],
      ['Last', 2],
    ]);
  });
  it('skips blank lines and trims paragraphs', () => {
    expect(paragraphsOf('  a b \r\n\r\n c\n')).toEqual([
      { start: 2, end: 5 },
      { start: 11, end: 12 },
    ]);
  });
  it('removes a byte-order mark', () => {
    expect(buildArticle('\ufeffHello.').text).toBe('Hello.');
  });
});

describe('code points', () => {
  it('maps UTF-16 indices to code points after astral characters', () => {
    const text = 'a👉🏽b';
    const map = codePointMap(text);
    expect([map(0), map(1), map(3), map(5), map(6)]).toEqual([0, 1, 2, 3, 4]);
  });
  it('is the identity without astral characters', () => {
    expect(codePointMap('Vučić')(5)).toBe(5);
  });
});

describe('reference date', () => {
  const find = (text: string) => findReferenceDate(text, paragraphsOf(text));
  it.each([
    ['Published 12 September 2023\nText.', '2023-09-12'],
    ['KYIV, Oct. 3, 2022 (Reuters) - Text.', '2022-10-03'],
    ['BRUSSELS 1996-08-22\nText.', '1996-08-22'],
    ['Headline\nBy A. Writer\nUpdated March 1st, 2021 at 10:00', '2021-03-01'],
  ])('%s', (text, value) => {
    expect(find(text)).toBe(value);
  });
  it.each([
    ['No date at the top.\nTwo.\nThree.\nFour.\nFive.\nOn May 9, 2025 there will be a parade.'],
    ['Invalid February 30, 2023 here.'],
    ['A price of 2024-13-45 is not a date.'],
  ])('none in %s', (text) => {
    expect(find(text)).toBeNull();
  });
});

describe('firstIndex', () => {
  const tokens = tokenize('Putin met Vučić in Kazan.');
  it('finds the first token ending after an offset, and the length when none does', () => {
    expect(firstIndex(tokens, (t) => t.end > 7)).toBe(1);
    expect(firstIndex(tokens, (t) => t.end > 6)).toBe(1);
    expect(firstIndex(tokens, (t) => t.end > 5)).toBe(1);
    expect(firstIndex(tokens, (t) => t.end > 4)).toBe(0);
    expect(firstIndex(tokens, (t) => t.end > 100)).toBe(tokens.length);
    expect(firstIndex([], () => true)).toBe(0);
  });
});

describe('packArticle / unpackArticle (the batch pipeline passes articles between threads so)', () => {
  it('gives back the same article, sentences sharing the article token objects', () => {
    const texts = [fs.readFileSync(fixture('serbia-russia-call.txt'), 'utf8'), fs.readFileSync(fixture('bom-crlf-emoji.txt'), 'utf8'), '', 'One.'];
    for (const text of texts) {
      const article = buildArticle(text, { id: 'x', date: '2024-10-20' });
      const back = unpackArticle(structuredClone(packArticle(article)));
      expect(back).toEqual(article);
      for (const s of back.sentences) for (const t of s.tokens) expect(back.tokens).toContain(t);
    }
  });
});
