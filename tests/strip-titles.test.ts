// People's names without titles, honorifics and affiliations: the recogniser's mentions (given
// here by hand, as it returned them on sentences like these) cut to the bare name.
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/article/article.js';
import { lexicon } from '../src/entities/lexicon.js';
import type { Mention } from '../src/entities/mention.js';
import { stripTitles } from '../src/entities/strip-titles.js';
import type { EntityType } from '../src/types.js';

function strip(text: string, marked: [string, EntityType][]): [string, EntityType][] {
  const article = buildArticle(text);
  const mentions: Mention[] = [];
  let from = 0;
  for (const [name, type] of marked) {
    const start = text.indexOf(name, from);
    mentions.push({ start, end: start + name.length, text: name, type });
    from = start + name.length;
  }
  return stripTitles(text, article.tokens, mentions, lexicon())
    .sort((a, b) => a.start - b.start)
    .map((m) => [m.text, m.type]);
}

describe('titles and affiliations off names', () => {
  it('cuts a title before a full name read as one organisation', () => {
    expect(strip("Labour's Shadow Home Secretary Yvette Cooper said no.", [['Labour', 'ORGANIZATION'], ['Shadow Home Secretary Yvette Cooper', 'ORGANIZATION']])).toEqual([
      ['Labour', 'ORGANIZATION'],
      ['Yvette Cooper', 'PERSON'],
    ]);
  });

  it('cuts the end of a role phrase that runs into the name, keeping an affiliation of two words', () => {
    expect(strip('Minister of Culture Marta Ilić spoke.', [['Culture Marta Ilić', 'ORGANIZATION']])).toEqual([['Marta Ilić', 'PERSON']]);
    expect(strip('The head of the Housing Trust Daniel Ross spoke.', [['Housing Trust Daniel Ross', 'ORGANIZATION']])).toEqual([
      ['Housing Trust', 'ORGANIZATION'],
      ['Daniel Ross', 'PERSON'],
    ]);
  });

  it('keeps the organisation before a title word as a mention of its own', () => {
    expect(strip('Central Bank Governor Paul Mercer left. Central Bank staff stayed.', [['Central Bank Governor Paul Mercer', 'ORGANIZATION'], ['Central Bank', 'ORGANIZATION']])).toEqual([
      ['Central Bank', 'ORGANIZATION'],
      ['Paul Mercer', 'PERSON'],
      ['Central Bank', 'ORGANIZATION'],
    ]);
  });

  it('takes honorifics and titles off a person and makes the name after "Mr." a person', () => {
    expect(strip('President Carla Diaz and Dr. Omar Haddad met.', [['President Carla Diaz', 'PERSON'], ['Dr. Omar Haddad', 'PERSON']])).toEqual([
      ['Carla Diaz', 'PERSON'],
      ['Omar Haddad', 'PERSON'],
    ]);
    expect(strip('Undersecretary for Transport Mr. Ventani says so.', [['Transport Mr', 'ORGANIZATION'], ['Ventani', 'MISC']])).toEqual([['Ventani', 'PERSON']]);
  });

  it('cuts a mention that runs over a comma, keeping a name after it', () => {
    expect(strip('State Senator Mary Lane, Democrat from Ohio, spoke.', [['State Senator Mary Lane, Democrat from Ohio', 'ORGANIZATION']])).toEqual([['Mary Lane', 'PERSON']]);
    expect(strip('A museum in Dayton, Ohio opened.', [['Dayton, Ohio', 'LOCATION']])).toEqual([
      ['Dayton', 'LOCATION'],
      ['Ohio', 'LOCATION'],
    ]);
  });

  it('splits an acronym the article names alone off a first name and a surname', () => {
    expect(strip('Image: NASA Bill Ingalls. NASA launched it.', [['NASA Bill Ingalls', 'ORGANIZATION'], ['NASA', 'ORGANIZATION']])).toEqual([
      ['NASA', 'ORGANIZATION'],
      ['Bill Ingalls', 'PERSON'],
      ['NASA', 'ORGANIZATION'],
    ]);
    // A team's town is no acronym: "Boston Red Sox" stays whole.
    expect(strip('Boston Red Sox won. Boston lost.', [['Boston Red Sox', 'ORGANIZATION'], ['Boston', 'ORGANIZATION']])).toEqual([
      ['Boston Red Sox', 'ORGANIZATION'],
      ['Boston', 'ORGANIZATION'],
    ]);
  });

  it('leaves names alone that only look like a first name after a place', () => {
    expect(strip('Fans of Queens Park Rangers cheered. Queens is a borough.', [['Queens Park Rangers', 'ORGANIZATION'], ['Queens', 'LOCATION']])).toEqual([
      ['Queens Park Rangers', 'ORGANIZATION'],
      ['Queens', 'LOCATION'],
    ]);
    expect(strip('The British Red Cross helped.', [['British Red Cross', 'ORGANIZATION']])).toEqual([['British Red Cross', 'ORGANIZATION']]);
    expect(strip('Mohamed El-Hassan Mohamed said Mohamed was right.', [['Mohamed El-Hassan Mohamed', 'PERSON'], ['Mohamed', 'PERSON']])).toEqual([
      ['Mohamed El-Hassan Mohamed', 'PERSON'],
      ['Mohamed', 'PERSON'],
    ]);
  });

  it('reads a leader in "the X government" and completes a name cut after a first name', () => {
    expect(strip('Taxes rose under the Ferrante government.', [['Ferrante', 'MISC']])).toEqual([['Ferrante', 'PERSON']]);
    expect(strip('Taxes rose under the Danish government.', [['Danish', 'MISC']])).toEqual([['Danish', 'MISC']]);
    expect(strip('It was founded by writer L. Ron Hubbard in 1954.', [['L. Ron', 'PERSON']])).toEqual([['L. Ron Hubbard', 'PERSON']]);
  });
});
