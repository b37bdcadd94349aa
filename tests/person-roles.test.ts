// The roles an article gives a person and the organisations and places they tie them to. The
// mentions are given by hand (as the recogniser would return them) on sentences written for
// these tests; the roles are read off the words around them.
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/article/article.js';
import type { Mention } from '../src/entities/mention.js';
import { resolveEntities } from '../src/entities/resolve.js';
import type { Entity, EntityType } from '../src/types.js';

function resolve(text: string, marked: [string, EntityType][]): Entity[] {
  const mentions: Mention[] = [];
  let from = 0;
  for (const [name, type] of marked) {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`no ${name}`);
    mentions.push({ start, end: start + name.length, text: name, type });
    from = start + name.length;
  }
  return resolveEntities(buildArticle(text), mentions);
}

const roles = (es: Entity[], name: string) => {
  const e = es.find((x) => x.name === name);
  return e ? [e.roles.map((r) => r.text), e.affiliations] : null;
};

describe('roles of people', () => {
  it('reads a title before the name, with the organisation in it as an affiliation', () => {
    const text = 'Harbour Trust chairwoman Nadia Osei opened the dock. Osei said it was late.';
    const es = resolve(text, [['Harbour Trust', 'ORGANIZATION'], ['Nadia Osei', 'PERSON'], ['Osei', 'PERSON']]);
    expect(roles(es, 'Nadia Osei')).toEqual([['Harbour Trust chairwoman'], ['Harbour Trust']]);
    const e = es.find((x) => x.name === 'Nadia Osei')!;
    expect(e.roles[0]).toEqual({ start: 0, end: 24, text: 'Harbour Trust chairwoman' });
  });

  it('reads a role that goes on with "of" and one given before a comma', () => {
    const text = 'Minister of Fisheries Tomas Berg spoke. Later the head of the Dockers Union, Ana Lind, replied.';
    const es = resolve(text, [['Tomas Berg', 'PERSON'], ['Dockers Union', 'ORGANIZATION'], ['Ana Lind', 'PERSON']]);
    expect(roles(es, 'Tomas Berg')).toEqual([['Minister of Fisheries'], []]);
    expect(roles(es, 'Ana Lind')).toEqual([['head of the Dockers Union'], ['Dockers Union']]);
  });

  it('reads an appositive, past an age, and a predicate', () => {
    const text = 'Omar Haddad, 41, a lawyer for the Tenants Union, filed the case. Haddad was a judge once.';
    const es = resolve(text, [['Omar Haddad', 'PERSON'], ['Tenants Union', 'ORGANIZATION'], ['Haddad', 'PERSON']]);
    expect(roles(es, 'Omar Haddad')).toEqual([['lawyer for the Tenants Union', 'judge'], ['Tenants Union']]);
  });

  it('gives a group role to every name of a list it introduces, and each title once', () => {
    const text = 'The fair drew famous guests like Ina Vos, Piet Mol and Kees Bos. Guests like Ina Vos came back.';
    const es = resolve(text, [['Ina Vos', 'PERSON'], ['Piet Mol', 'PERSON'], ['Kees Bos', 'PERSON'], ['Ina Vos', 'PERSON']]);
    expect(roles(es, 'Ina Vos')).toEqual([['famous guests'], []]);
    expect(roles(es, 'Piet Mol')).toEqual([['famous guests'], []]);
    expect(roles(es, 'Kees Bos')).toEqual([['famous guests'], []]);
  });

  it('reads a kinship role with a prefix, and "his father" is no honorific', () => {
    const text = 'Rita Kos met them. She saw her ex-husband, Ivo Kos, leave. His father Marko Kos waved.';
    const es = resolve(text, [['Rita Kos', 'PERSON'], ['Ivo Kos', 'PERSON'], ['Marko Kos', 'PERSON']]);
    expect(roles(es, 'Ivo Kos')).toEqual([['ex-husband'], []]);
    expect(roles(es, 'Marko Kos')).toEqual([['father'], []]);
  });

  it('gives a role at its first occurrence: the same words earlier in the paragraph or in the headline', () => {
    const text = 'Local nurse wins award\n\nTom Hale and his father will travel. His father Paul Hale said so. Ana Bell, a local nurse, won.';
    const es = resolve(text, [['Tom Hale', 'PERSON'], ['Paul Hale', 'PERSON'], ['Ana Bell', 'PERSON']]);
    const paul = es.find((e) => e.name === 'Paul Hale')!;
    expect(paul.roles).toEqual([{ start: 41, end: 47, text: 'father' }]);
    const ana = es.find((e) => e.name === 'Ana Bell')!;
    expect(ana.roles).toEqual([{ start: 0, end: 11, text: 'Local nurse' }]);
  });

  it('splits two roles joined by "and" when the second has words of its own', () => {
    const text = 'Eva Lund, a Swedish woman and former sailor, spoke. Dutch academic and professor Jan Smit replied.';
    const es = resolve(text, [['Eva Lund', 'PERSON'], ['Swedish', 'NATIONALITY'], ['Dutch', 'NATIONALITY'], ['Jan Smit', 'PERSON']]);
    expect(roles(es, 'Eva Lund')).toEqual([['Swedish woman', 'former sailor'], ['Swedish']]);
    expect(roles(es, 'Jan Smit')).toEqual([['Dutch academic and professor'], ['Dutch']]);
  });

  it('gives no role for a place name or a plain sentence before the name, and none to other types', () => {
    const text = 'Flights to the United States Lena Roth took were late. Yesterday Lena Roth left.';
    const es = resolve(text, [['United States', 'LOCATION'], ['Lena Roth', 'PERSON'], ['Lena Roth', 'PERSON']]);
    expect(roles(es, 'Lena Roth')).toEqual([[], []]);
    expect(roles(es, 'United States')).toEqual([[], []]);
  });
});
