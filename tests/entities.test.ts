// Entity resolution: typed mentions (as the recogniser gives them) merged into one record per
// real-world entity. The mentions here are built by hand for sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/article/article.js';
import type { Mention } from '../src/entities/mention.js';
import { resolveEntities } from '../src/entities/resolve.js';
import type { Entity, EntityType } from '../src/types.js';

/** Every whole-word occurrence of each name, longest names first, as a mention of its type. */
function mark(text: string, names: Partial<Record<EntityType, string[]>>): Mention[] {
  const taken = new Uint8Array(text.length);
  const out: Mention[] = [];
  const all = Object.entries(names)
    .flatMap(([type, ns]) => ns!.map((n) => [type as EntityType, n] as const))
    .sort((a, b) => b[1].length - a[1].length);
  for (const [type, n] of all) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const end = m.index + n.length;
      if (taken.subarray(m.index, end).some(Boolean)) continue;
      taken.fill(1, m.index, end);
      out.push({ start: m.index, end, text: n, type });
    }
  }
  return out;
}

function resolve(text: string, names: Partial<Record<EntityType, string[]>>): Entity[] {
  return resolveEntities(buildArticle(text), mark(text, names));
}

const summary = (e: Entity) => [e.name, e.type, e.count, e.aliases];
const named = (es: Entity[], name: string) => es.find((e) => e.name === name);

describe('merging', () => {
  it('joins a surname to the unique full name and counts every mention', () => {
    const text = 'Mayor Olga Petrović opened the bridge. Petrović said it took years. Later PETROVIĆ left.';
    const es = resolve(text, { PERSON: ['Olga Petrović', 'Petrović', 'PETROVIĆ'] });
    expect(es.map(summary)).toEqual([['Olga Petrović', 'PERSON', 3, ['Olga Petrović', 'Petrović']]]);
    expect(es[0].mentions).toEqual([
      { start: 6, end: 19, text: 'Olga Petrović' },
      { start: 39, end: 47, text: 'Petrović' },
      { start: 74, end: 82, text: 'PETROVIĆ' },
    ]);
  });

  it('does not join a surname after an honorific of the other gender to the full name ending so', () => {
    const text = 'Michelle Petrović spoke first. Later, Mr. Petrović told the crowd he was proud, and Ms. Petrović smiled.';
    const es = resolve(text, { PERSON: ['Michelle Petrović', 'Petrović'] });
    expect(es.map((e) => [e.name, e.count])).toEqual([
      ['Petrović', 2],
      ['Michelle Petrović', 1],
    ]);
  });

  it('joins a surname after an honorific of the same gender to the full name', () => {
    const text = 'Michelle Petrović spoke first. Later, Ms. Petrović smiled.';
    const es = resolve(text, { PERSON: ['Michelle Petrović', 'Petrović'] });
    expect(es.map((e) => [e.name, e.count])).toEqual([['Michelle Petrović', 2]]);
  });

  it('takes a title off a name with lower-case surname particles', () => {
    const text = '“Europe is with Spain,” Commission President Ursula von der Leyen wrote.';
    const es = resolve(text, { PERSON: ['Commission President Ursula von der Leyen'] });
    expect(es.map((e) => [e.name, e.mentions[0].text])).toEqual([['Ursula von der Leyen', 'Ursula von der Leyen']]);
  });

  it('joins a misspelt surname after an honorific to the one full name a letter or two away', () => {
    const text = 'Marta Kovalenko runs the lab. "We test every batch," Ms Kovalenco said, and Mr. Kovalenco agreed.';
    const es = resolve(text, { PERSON: ['Marta Kovalenko', 'Kovalenco', 'Kovalenco'] });
    expect(es.map((e) => [e.name, e.count])).toEqual([['Marta Kovalenko', 3]]);
  });

  it('does not join a misspelt surname without an honorific, nor one close to two full names', () => {
    const text = 'Marta Kovalenko and Maria Kovalenka spoke. Ms Kovalenco nodded. Kovalenkov left.';
    const es = resolve(text, { PERSON: ['Marta Kovalenko', 'Maria Kovalenka', 'Kovalenco', 'Kovalenkov'] });
    expect(es.map((e) => e.name).sort()).toEqual(['Kovalenco', 'Kovalenkov', 'Maria Kovalenka', 'Marta Kovalenko']);
  });

  it('joins a name with a middle initial to the same name without it', () => {
    const text = 'John Q. Doe spoke first. Then John Doe spoke again, and Doe sat down.';
    const es = resolve(text, { PERSON: ['John Q. Doe', 'John Doe', 'Doe'] });
    expect(es.map(summary)).toEqual([['John Q. Doe', 'PERSON', 3, ['John Q. Doe', 'John Doe', 'Doe']]]);
  });

  it('gives official and short country names one entity named by the short name', () => {
    const text = 'Talks between the Russian Federation and the Republic of Serbia went on. Russia and Serbia agreed. RUSSIA WARNS.';
    const es = resolve(text, { LOCATION: ['Russian Federation', 'Republic of Serbia', 'Russia', 'Serbia', 'RUSSIA'] });
    expect(es.map(summary)).toEqual([
      ['Russia', 'LOCATION', 3, ['Russian Federation', 'Russia']],
      ['Serbia', 'LOCATION', 2, ['Republic of Serbia', 'Serbia']],
    ]);
  });

  it('makes whole an official country name the recogniser split or cut short', () => {
    const text = 'He thanked the Russian Federation and the Republic of Serbia.';
    const es = resolveEntities(buildArticle(text), [
      { start: 15, end: 22, text: 'Russian', type: 'MISC' },
      { start: 23, end: 33, text: 'Federation', type: 'ORGANIZATION' },
      { start: 54, end: 60, text: 'Serbia', type: 'LOCATION' },
    ]);
    expect(es.map((e) => [e.name, e.type, e.mentions])).toEqual([
      ['Russia', 'LOCATION', [{ start: 15, end: 33, text: 'Russian Federation' }]],
      ['Serbia', 'LOCATION', [{ start: 42, end: 60, text: 'Republic of Serbia' }]],
    ]);
  });

  it('does not grow a country name over a leading article', () => {
    const text = 'The United States agreed.';
    const es = resolveEntities(buildArticle(text), [{ start: 4, end: 17, text: 'United States', type: 'LOCATION' }]);
    expect(es[0].mentions).toEqual([{ start: 4, end: 17, text: 'United States' }]);
  });

  it('merges the spellings of the United States, whatever type the recogniser gave', () => {
    const text = 'The U.S. and the United States of America are one; US troops left America.';
    const es = resolve(text, { LOCATION: ['U.S.', 'United States of America', 'America'], ORGANIZATION: ['US'] });
    expect(es.map(summary)).toEqual([['United States', 'LOCATION', 4, ['U.S.', 'United States of America', 'US', 'America']]]);
  });

  it('joins an acronym to its expansion, from the text or from the data list', () => {
    const text = 'The European Union and the EU Council met. The UN and the United Nations agree. The Baltic Energy Forum (BEF) met.';
    const es = resolve(text, { ORGANIZATION: ['European Union', 'EU', 'UN', 'United Nations', 'Baltic Energy Forum', 'BEF'] });
    expect(es.map(summary)).toEqual([
      ['European Union', 'ORGANIZATION', 2, ['European Union', 'EU']],
      ['United Nations', 'ORGANIZATION', 2, ['UN', 'United Nations']],
      ['Baltic Energy Forum', 'ORGANIZATION', 2, ['Baltic Energy Forum', 'BEF']],
    ]);
  });

  it('strips possessives and edge punctuation from mention spans', () => {
    const text = "Germany's surrender came after Berlin, fell.";
    const es = resolve(text, { LOCATION: ["Germany's", 'Berlin,'] });
    expect(es.map((e) => e.mentions)).toEqual([[{ start: 0, end: 7, text: 'Germany' }], [{ start: 31, end: 37, text: 'Berlin' }]]);
  });

  it('keeps ends that belong to the name: abbreviations, closed brackets, currencies', () => {
    const text = 'The U.S. firm Acme Inc. paid C$ 5 to Proleter (Z) today.';
    const es = resolveEntities(buildArticle(text), [
      { start: 4, end: 8, text: 'U.S.', type: 'LOCATION' },
      { start: 14, end: 23, text: 'Acme Inc.', type: 'ORGANIZATION' },
      { start: 29, end: 31, text: 'C$', type: 'MISC' },
      { start: 37, end: 49, text: 'Proleter (Z)', type: 'ORGANIZATION' },
    ]);
    expect(es.map((e) => e.mentions[0].text)).toEqual(['U.S.', 'Acme Inc.', 'C$', 'Proleter (Z)']);
  });

  it('keeps a place and an organisation of the same name apart (the city and its team)', () => {
    const text = 'In Chicago, Chicago beat Detroit. Chicago fans cheered.';
    const mentions = mark(text, { LOCATION: ['Chicago'], ORGANIZATION: ['Detroit'] });
    mentions[1] = { ...mentions[1], type: 'ORGANIZATION' };
    const es = resolveEntities(buildArticle(text), mentions);
    expect(es.map((e) => [e.name, e.type, e.count])).toEqual([
      ['Chicago', 'LOCATION', 2],
      ['Chicago', 'ORGANIZATION', 1],
      ['Detroit', 'ORGANIZATION', 1],
    ]);
  });

  it('gives the same name typed two ways one entity with the majority type', () => {
    const text = 'Jordan closed its border. Jordan said so. Troops left Jordan.';
    const mentions = mark(text, { LOCATION: ['Jordan'] });
    mentions[1] = { ...mentions[1], type: 'PERSON' };
    const es = resolveEntities(buildArticle(text), mentions);
    expect(es.map(summary)).toEqual([['Jordan', 'LOCATION', 3, ['Jordan']]]);
  });

  it('sorts by count, then by first mention', () => {
    const text = 'Oslo, Bergen and Bergen; Tromsø and Oslo.';
    const es = resolve(text, { LOCATION: ['Oslo', 'Bergen', 'Tromsø'] });
    expect(es.map((e) => e.name)).toEqual(['Oslo', 'Bergen', 'Tromsø']);
  });
});

describe('types', () => {
  it('makes MISC demonyms NATIONALITY, merged by country, named by the adjective', () => {
    const text = 'Serbian officials and the Serbs, with Russians and a Russian envoy, and Serbian-Russian ties.';
    const es = resolve(text, { MISC: ['Serbian', 'Serbs', 'Russians', 'Russian', 'Serbian-Russian'] });
    expect(es.map(summary)).toEqual([
      ['Serbian', 'NATIONALITY', 2, ['Serbian', 'Serbs']],
      ['Russian', 'NATIONALITY', 2, ['Russians', 'Russian']],
      ['Serbian-Russian', 'NATIONALITY', 1, ['Serbian-Russian']],
    ]);
  });

  it('reads a word that is both demonym and short country name by the recogniser type', () => {
    const text = 'Saudi officials flew to Saudi.';
    const es = resolveEntities(buildArticle(text), [
      { start: 0, end: 5, text: 'Saudi', type: 'MISC' },
      { start: 24, end: 29, text: 'Saudi', type: 'LOCATION' },
    ]);
    expect(es.map((e) => [e.name, e.type])).toEqual([
      ['Saudi', 'NATIONALITY'],
      ['Saudi Arabia', 'LOCATION'],
    ]);
  });

  it('makes named events EVENT and leaves other MISC names alone', () => {
    const text = 'After the Second World War, Victory Day and the Summer Olympics; the Geneva Conventions and English.';
    const es = resolve(text, { MISC: ['Second World War', 'Victory Day', 'Summer Olympics', 'Geneva Conventions'] });
    expect(es.map((e) => [e.name, e.type])).toEqual([
      ['Second World War', 'EVENT'],
      ['Victory Day', 'EVENT'],
      ['Summer Olympics', 'EVENT'],
      ['Geneva Conventions', 'MISC'],
    ]);
  });

  it('makes an organisation-typed name with an unambiguous event word an EVENT, not one ending in Conference', () => {
    const text = 'Victory Day and the Big East Conference.';
    const es = resolve(text, { ORGANIZATION: ['Victory Day', 'Big East Conference'] });
    expect(es.map((e) => [e.name, e.type])).toEqual([
      ['Victory Day', 'EVENT'],
      ['Big East Conference', 'ORGANIZATION'],
    ]);
  });

  it('types a country name as LOCATION even when recognised as MISC or ORGANIZATION', () => {
    const text = 'Brazil beat Germany.';
    const es = resolve(text, { ORGANIZATION: ['Brazil'], MISC: ['Germany'] });
    expect(es.map((e) => [e.name, e.type])).toEqual([
      ['Brazil', 'LOCATION'],
      ['Germany', 'LOCATION'],
    ]);
  });
});

describe('handles, hashtags and URLs', () => {
  it('reports each as its own entity with exact spans, handles and hashtags without case', () => {
    const text = 'Ask @NewsDesk or @newsdesk about #Elections2024, see https://example.org/a?b=1 and www.example.com.';
    const es = resolveEntities(buildArticle(text), []);
    expect(es.map((e) => [e.name, e.type, e.count, e.mentions])).toEqual([
      ['@NewsDesk', 'HANDLE', 2, [{ start: 4, end: 13, text: '@NewsDesk' }, { start: 17, end: 26, text: '@newsdesk' }]],
      ['#Elections2024', 'HASHTAG', 1, [{ start: 33, end: 47, text: '#Elections2024' }]],
      ['https://example.org/a?b=1', 'URL', 1, [{ start: 53, end: 78, text: 'https://example.org/a?b=1' }]],
      ['www.example.com', 'URL', 1, [{ start: 83, end: 98, text: 'www.example.com' }]],
    ]);
  });

  it('drops a name mention that lies inside a hashtag', () => {
    const text = 'Trending: #Serbia today.';
    const es = resolveEntities(buildArticle(text), [{ start: 11, end: 17, text: 'Serbia', type: 'LOCATION' }]);
    expect(es.map((e) => [e.name, e.type])).toEqual([['#Serbia', 'HASHTAG']]);
  });
});

describe('role mentions', () => {
  const text =
    'Latvian President Anna Berzina called Estonian Prime Minister Peeter Tamm. ' +
    'Tamm thanked his Latvian counterpart. The Latvian President later met the Estonian leader.';
  const es = resolve(text, { PERSON: ['Anna Berzina', 'Peeter Tamm', 'Tamm'], MISC: ['Latvian', 'Estonian'] });

  it('counts later role phrases for the person who holds the role', () => {
    expect(named(es, 'Anna Berzina')).toEqual({
      name: 'Anna Berzina',
      type: 'PERSON',
      count: 3,
      aliases: ['Anna Berzina', 'Latvian counterpart', 'Latvian President'],
      mentions: [
        { start: 18, end: 30, text: 'Anna Berzina' },
        { start: 92, end: 111, text: 'Latvian counterpart' },
        { start: 117, end: 134, text: 'Latvian President' },
      ],
      roles: [
        { start: 0, end: 17, text: 'Latvian President' },
        { start: 92, end: 111, text: 'Latvian counterpart' },
      ],
      affiliations: ['Latvian'],
    });
    expect(summary(named(es, 'Peeter Tamm')!)).toEqual(['Peeter Tamm', 'PERSON', 3, ['Peeter Tamm', 'Tamm', 'Estonian leader']]);
  });

  it('leaves the title before a name and the nationality words as they are', () => {
    expect(summary(named(es, 'Latvian')!)).toEqual(['Latvian', 'NATIONALITY', 3, ['Latvian']]);
  });
});

describe('people named in part', () => {
  it('gives a surname two full names share to the one the article names in full most often', () => {
    const text = 'Student Omar Haddad built a radio. Omar Haddad took it to school. His father Haddad Ali Haddad was proud. Omar Haddad smiled. Haddad said thanks.';
    const es = resolve(text, { PERSON: ['Omar Haddad', 'Haddad Ali Haddad', 'Haddad'] });
    expect(es.map(summary)).toEqual([
      ['Omar Haddad', 'PERSON', 4, ['Omar Haddad', 'Haddad']],
      ['Haddad Ali Haddad', 'PERSON', 1, ['Haddad Ali Haddad']],
    ]);
  });

  it('joins a first name used alone to the one full name it opens', () => {
    const text = 'Daniel Ortiz, 19, left the group. Later Daniel called home.';
    const es = resolve(text, { PERSON: ['Daniel Ortiz', 'Daniel'] });
    expect(es.map(summary)).toEqual([['Daniel Ortiz', 'PERSON', 2, ['Daniel Ortiz', 'Daniel']]]);
  });
});

describe('negative cases', () => {
  it('does not join a surname two people share', () => {
    const text = 'Hillary Clinton and Bill Clinton arrived. Clinton spoke.';
    const es = resolve(text, { PERSON: ['Hillary Clinton', 'Bill Clinton', 'Clinton'] });
    expect(es.map(summary)).toEqual([
      ['Hillary Clinton', 'PERSON', 1, ['Hillary Clinton']],
      ['Bill Clinton', 'PERSON', 1, ['Bill Clinton']],
      ['Clinton', 'PERSON', 1, ['Clinton']],
    ]);
  });

  it('does not join a first name two full names open', () => {
    const text = 'Daniel Ortiz met Daniel Reyes. Daniel spoke.';
    const es = resolve(text, { PERSON: ['Daniel Ortiz', 'Daniel Reyes', 'Daniel'] });
    expect(es.map((e) => e.name)).toEqual(['Daniel Ortiz', 'Daniel Reyes', 'Daniel']);
  });

  it('does not take a person called Georgia for the country', () => {
    const text = 'Georgia Nolan visited Georgia.';
    const es = resolve(text, { PERSON: ['Georgia Nolan'], LOCATION: ['Georgia'] });
    expect(es.map((e) => [e.name, e.type])).toEqual([
      ['Georgia Nolan', 'PERSON'],
      ['Georgia', 'LOCATION'],
    ]);
  });

  it('does not join an acronym whose initials two names share', () => {
    const text = 'The Press Association and the Palestinian Authority disagree; PA officials left.';
    const es = resolve(text, { ORGANIZATION: ['Press Association', 'Palestinian Authority', 'PA'] });
    expect(es.map((e) => e.name)).toEqual(['Press Association', 'Palestinian Authority', 'PA']);
  });

  it('does not read a role phrase without a defining title, or with two holders', () => {
    const text =
      'Finnish Minister Aino Virtanen and Finnish Minister Juha Koski met. The Finnish Minister left. ' + 'The Danish President spoke.';
    const es = resolve(text, { PERSON: ['Aino Virtanen', 'Juha Koski'], MISC: ['Finnish', 'Danish'] });
    expect(es.filter((e) => e.type === 'PERSON').map(summary)).toEqual([
      ['Aino Virtanen', 'PERSON', 1, ['Aino Virtanen']],
      ['Juha Koski', 'PERSON', 1, ['Juha Koski']],
    ]);
  });

  it('does not count a role phrase that comes before the definition', () => {
    const text = 'The Latvian President arrived. Latvian President Anna Berzina spoke.';
    const es = resolve(text, { PERSON: ['Anna Berzina'], MISC: ['Latvian'] });
    expect(summary(named(es, 'Anna Berzina')!)).toEqual(['Anna Berzina', 'PERSON', 1, ['Anna Berzina']]);
  });

  it('does not make an e-mail address a handle', () => {
    const es = resolveEntities(buildArticle('Write to desk@news.example.org today.'), []);
    expect(es).toEqual([]);
  });
});

// How the resolver's time grows with the number of names is measured by bench/linear-time.mjs
// (5,000 against 20,000 mentions), not timed here.
describe('many names', () => {
  it('20,000 mentions of 2,000 names resolve into 2,000 entities of 10 mentions each', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `Name${i} Surname${i}`);
    const text = Array.from({ length: 10 }, () => names.join(', ') + '.').join('\n');
    const mentions: Mention[] = [];
    let at = 0;
    for (let r = 0; r < 10; r++) {
      for (const n of names) {
        mentions.push({ start: at, end: at + n.length, text: n, type: 'PERSON' });
        at += n.length + 2;
      }
      at += 0;
    }
    const es = resolveEntities(buildArticle(text), mentions);
    expect(es).toHaveLength(2000);
    expect(es.every((e) => e.count === 10 && e.type === 'PERSON')).toBe(true);
    expect(es[0].name).toBe('Name0 Surname0');
  });
});
