// The entity recogniser on sentences written for these tests: exact spans and types, clean
// boundaries (no title, no possessive, lists split, "City, Country" as two places, headlines in
// capitals) and sentences that must yield no name at all.
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/article/article.js';
import { recognizeMentions } from '../src/entities/recognize.js';

const found = (text: string) => recognizeMentions(buildArticle(text)).map((m) => [m.start, m.end, m.text, m.type]);

describe('recognizing names', () => {
  it('leaves the title out of a person name', () => {
    expect(found('Prime Minister Keir Starmer met President Emmanuel Macron in Paris on Tuesday.')).toEqual([
      [15, 27, 'Keir Starmer', 'PERSON'],
      [42, 57, 'Emmanuel Macron', 'PERSON'],
      [61, 66, 'Paris', 'LOCATION'],
    ]);
  });

  it('leaves the possessive out', () => {
    expect(found("Germany's exports fell for a third month, the Bundesbank said.")).toEqual([
      [0, 7, 'Germany', 'LOCATION'],
      [46, 56, 'Bundesbank', 'ORGANIZATION'],
    ]);
  });

  it('ends a person’s name at its possessive before a common noun', () => {
    expect(found("Allegedly, Thomas' sister pleaded with him to stop.")).toEqual([[11, 17, 'Thomas', 'PERSON']]);
  });

  it('keeps a surname with a lower-case Arabic article in the name', () => {
    expect(found('Police director General Suleiman al-Amr told reporters that the dead were taken away.')).toEqual([[16, 39, 'General Suleiman al-Amr', 'PERSON']]);
  });

  it('keeps lower-case surname particles in a name the recogniser cut at them', () => {
    const text = 'The European Commission said it stood ready to help. “Europe is with Spain,” Commission President Ursula von der Leyen wrote on X.';
    const name = 'Commission President Ursula von der Leyen';
    const at = text.indexOf(name);
    expect(found(text).filter(([, , , type]) => type === 'PERSON')).toEqual([[at, at + name.length, name, 'PERSON']]);
  });

  it('splits a list into its items', () => {
    expect(found('Leaders from Brazil, India, China and South Africa attended the meeting.')).toEqual([
      [13, 19, 'Brazil', 'LOCATION'],
      [21, 26, 'India', 'LOCATION'],
      [28, 33, 'China', 'LOCATION'],
      [38, 50, 'South Africa', 'LOCATION'],
    ]);
  });

  it('reads "City, Country" as two places', () => {
    expect(found('The summit was held in Kazan, Russia, last week.')).toEqual([
      [23, 28, 'Kazan', 'LOCATION'],
      [30, 36, 'Russia', 'LOCATION'],
    ]);
  });

  it('finds names in a headline in capitals', () => {
    expect(found('FRANCE BEATS ITALY IN ROME\nFrance beat Italy 2-1 in Rome on Saturday.')).toEqual([
      [0, 6, 'FRANCE', 'LOCATION'],
      [13, 18, 'ITALY', 'LOCATION'],
      [22, 26, 'ROME', 'LOCATION'],
      [27, 33, 'France', 'LOCATION'],
      [39, 44, 'Italy', 'LOCATION'],
      [52, 56, 'Rome', 'LOCATION'],
    ]);
  });

  it('keeps the period of an abbreviated company suffix', () => {
    expect(found('Microsoft Corp. and a rival reported higher profits.')).toEqual([[0, 15, 'Microsoft Corp.', 'ORGANIZATION']]);
  });

  it('gives offsets into the text that slice to the mention', () => {
    const text = 'Ms. Jelena Marković, a minister, visited Niš.';
    const article = buildArticle(text);
    const ms = recognizeMentions(article);
    expect(ms.length).toBeGreaterThan(0);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('negative cases', () => {
  it.each([
    'However, prices rose. Yesterday was cold. Officials said the plan would cost more.',
    'Analysts expected weaker demand. Shares fell sharply after the report.',
    'Nobody answered the phone on Monday morning.',
    '',
  ])('finds no name in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('never takes a handle, hashtag or link for a name', () => {
    const text = 'Follow @newsdesk and #elections at https://example.com/live for updates.';
    expect(found(text)).toEqual([]);
  });
});
