// Generators of documents for the property tests (tests/properties.test.ts, a few hundred runs in
// `npm test`) and the seeded campaign behind `npm run fuzz` (tests/fuzz/campaign.fuzz.ts, 20,000).
// Kinds: real-looking news prose built from our own phrase lists, the project's fixture articles
// mutated, random Unicode, pathological repetition, odd dates, empty and blank lines.
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/cli.js';

/** Repeated units that once made analysis quadratic, or that a regular expression could trip on. */
export const PATHOLOGICAL_UNITS = [
  '-', '.', '_', '+', '%', '“Yes,” ', '„’s ', '"', '“', '”', '‘', '’', "'", '(', ')', ',', ':', '…', '—', '@', '#', '/', '&',
  'a.', 'A.', 'a_', 'a-', '-a', 'a@', '1.', '1,', 'www.', 'http://', 'x.com/', "n't ", "'s ", 'U.S. ', 'Mr. ', ' ', '\n', '\r\n',
  '\n\n', 'said ', 'Smith said ', '“a” said ', '“', 'each jan. ', 'last week ', 'Monday ', '2024 ', 'the ', 'Q3 ', '1999-12-31 ',
];

const NAMES = ['Ana Lind', 'Marko Petrović', 'Smith', 'Dr. Joan Okafor', 'the mayor', 'she', 'He', 'Reuters', 'the European Union', 'Olaf', 'Zoë Ångström', '李明', 'Jean-Luc Picard', "O'Neill", 'NATO'];
const PLACES = ['Lisbon', 'Belgrade', 'Moscow', 'New York', 'São Paulo', 'Kyiv', 'the Balkans', 'Washington, D.C.', 'U.S.', 'Zürich'];
const VERBS = ['said', 'told reporters', 'added', 'wrote', 'announced', 'denied', 'met', 'called', 'warned', 'asked', 'insisted', 'tweeted'];
const DATES = [
  'on Monday', 'last week', 'last quarter', 'next year', 'on Dec. 31', 'in March 2019', 'on 3 March 2019', 'yesterday', 'two years ago',
  'each jan.', 'every May', 'in the 1990s', 'this winter', 'Q3 2024', 'the fourth quarter of 1988', 'at 5 p.m.', 'for 2.5 years',
  'between June and August', 'on Feb. 29', 'on 30 February', 'in 0099', 'on 0001-01-01', 'in the year 10000', 'tonight', 'earlier today',
];
const QUOTES = ['“We will not give up,”', '"It is over,"', '«Non»,', '„Ja“,', '‘Never,’', '“Yes,”', '“I don’t know', '”Backwards“', '"'];
const EXTRAS = ['(AP) —', '—', '…', 'https://example.org/a?b=1.', 'info@example.com', '@newsx_bot', '#Elections2024', '1,000.5', 'U.S.-based', "can't", '😀', '👩‍👩‍👧', 'e\u0301', '\u00a0', '\t', '\u2028'];

const word = fc.constantFrom(...NAMES, ...PLACES, ...VERBS, ...DATES, ...QUOTES, ...EXTRAS, 'the', 'a', 'of', 'and', 'talks', 'government', 'ended', 'in', 'that', 'it');
const sentence = fc.oneof(
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...VERBS), fc.constantFrom(...DATES), fc.constantFrom(...PLACES)).map(([n, v, d, p]) => `${n} ${v} ${d} in ${p}.`),
  fc.tuple(fc.constantFrom(...QUOTES), fc.constantFrom(...NAMES), fc.constantFrom(...VERBS)).map(([q, n, v]) => `${q} ${n} ${v}.`),
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...VERBS), fc.constantFrom(...QUOTES)).map(([n, v, q]) => `${n} ${v}: ${q}`),
  fc.tuple(fc.array(word, { minLength: 1, maxLength: 25 }), fc.constantFrom('.', '?', '!', '', ':')).map(([ws, end]) => ws.join(' ') + end),
);
const paragraphBreak = fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n \n', '\n\n\n');

/** Real-looking news prose: sentences in paragraphs, with quotes, dates, names, odd marks. */
export const newsText = fc
  .array(fc.tuple(fc.array(sentence, { minLength: 1, maxLength: 6 }), paragraphBreak), { minLength: 1, maxLength: 8 })
  .map((ps) => ps.map(([ss, br]) => ss.join(' ') + br).join(''));

function fixtureTexts(): string[] {
  const dir = path.join(ROOT, 'fixtures');
  const texts = ['serbia-russia-call.txt', 'bom-crlf-emoji.txt', 'unbalanced-quote.txt', 'dateline.txt'].map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  for (const line of fs.readFileSync(path.join(dir, 'scale-articles.jsonl'), 'utf8').split('\n').filter(Boolean)) texts.push((JSON.parse(line) as { text: string }).text);
  return texts;
}
const FIXTURES = fixtureTexts();

const oddChar = fc.oneof(
  fc.constantFrom('\ufeff', '\u0000', '\ud800', '\udfff', '\u200d', '\u202e', '\r', '\n', '“', '”', '"', '.', '-', '😀', 'é', 'e\u0301', '\u2028', '\u3000'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
);
type Mutation = (s: string) => string;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat({ max: 400 })).map(([at, n]): Mutation => (s) => { const i = at % (s.length + 1); return s.slice(0, i) + s.slice(i + n); }),
  fc.tuple(fc.nat(), fc.nat({ max: 400 }), fc.nat()).map(([at, n, to]): Mutation => (s) => { const i = at % (s.length + 1); const j = to % (s.length + 1); return s.slice(0, j) + s.slice(i, i + n) + s.slice(j); }),
  fc.tuple(fc.nat(), oddChar).map(([at, c]): Mutation => (s) => { const i = at % (s.length + 1); return s.slice(0, i) + c + s.slice(i); }),
  fc.constantFrom<Mutation>((s) => s.replace(/\n/g, '\r\n'), (s) => s.replace(/[“”]/g, '"'), (s) => s.toUpperCase(), (s) => s.toLowerCase(), (s) => '\ufeff' + s, (s) => s.replace(/ /g, '\u00a0'), (s) => s.replace(/\./g, '')),
);
/** One of the project's fixture articles (or a window of one) under a few random edits. */
export const mutatedArticle = fc
  .tuple(fc.constantFrom(...FIXTURES), fc.nat(), fc.integer({ min: 50, max: 6000 }), fc.array(mutation, { maxLength: 6 }))
  .map(([text, at, len, ms]) => {
    const i = at % Math.max(1, text.length);
    return ms.reduce((s, m) => m(s), text.slice(i, i + len));
  });

/** Any code points, lone surrogates, combining marks, controls and marks. */
export const unicodeText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.oneof(oddChar, word.map((w) => w + ' ')), { maxLength: 120 }).map((xs) => xs.join('')),
);

/** A unit repeated: the inputs behind quadratic time. `max` bounds the length in characters. */
export const repetition = (max: number) =>
  fc.tuple(fc.oneof(fc.constantFrom(...PATHOLOGICAL_UNITS), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 4 })), fc.integer({ min: 1, max }), fc.constantFrom('', 'Smith said: ', '“', 'On Monday, '))
    .map(([unit, n, prefix]) => prefix + unit.repeat(Math.max(1, Math.floor(n / unit.length))));

/** Any valid YYYY-MM-DD from 0001-01-01 to 9999-12-31. */
export const isoDay = fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => {
  const last = new Date(Date.UTC(2000, m, 0)).getUTCDate(); // month lengths of a leap year
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const day = Math.min(d, m === 2 && !leap ? 28 : last);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
});
/** The edges: the first and last days, leap days, days some time zones skipped, DST changes. */
export const oddDay = fc.oneof(
  isoDay,
  fc.constantFrom('0001-01-01', '0099-12-31', '0100-01-01', '0486-03-17', '0999-12-31', '1582-10-10', '1900-02-28', '2000-02-29', '2024-02-29', '1994-12-31', '2011-12-30', '2024-03-10', '2024-10-27', '9999-12-31'),
);

/** Text with dates in it, read against an odd reference date. */
export const datedText = fc.tuple(fc.array(fc.constantFrom(...DATES), { minLength: 1, maxLength: 6 }), fc.constantFrom(...NAMES)).map(([ds, n]) => ds.map((d) => `${n} met ${d}.`).join(' '));

/** A document for analyze(): text and reference date (or none). */
export interface FuzzDoc {
  text: string;
  date: string | null;
}
export const fuzzDoc = (maxRepeat = 3000): fc.Arbitrary<FuzzDoc> =>
  fc.record({
    text: fc.oneof(
      { weight: 4, arbitrary: newsText },
      { weight: 3, arbitrary: mutatedArticle },
      { weight: 2, arbitrary: unicodeText },
      { weight: 2, arbitrary: repetition(maxRepeat) },
      { weight: 2, arbitrary: datedText },
      { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n', '\n\n\n', '\ufeff', '\ufeff\ufeff', '\r\n', '.', '“') },
    ),
    date: fc.option(oddDay, { nil: null, freq: 3 }),
  });

/** A JSONL line: mostly documents, some broken lines and blank ones. */
export const jsonlLine = (maxRepeat = 500): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.string({ maxLength: 8 }), fuzzDoc(maxRepeat)).map(([id, d]) => JSON.stringify(d.date ? { id, text: d.text, date: d.date } : { id, text: d.text })) },
    { weight: 1, arbitrary: fc.constantFrom('', '   ', 'not json', '{"id":"n"}', '[1,2]', '{"id":"d","text":"x","date":"2024-02-30"}', '{"id":"z","text":"y","date":"0000-01-01"}', '{"id":7,"text":"Paris."}') },
  );
