// Event triggers and their arguments on sentences written for these tests, with entity and date
// lists built by hand (the analyzers that make them are tested on their own).
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/article/article.js';
import { findEvents } from '../src/events/index.js';
import type { DateExpression, DayRange, Entity, EntityType, NewsEvent, TimexType } from '../src/types.js';

type E = [name: string, type: EntityType];
type D = [text: string, type: TimexType, value: string, range?: DayRange];

function run(text: string, ents: E[] = [], dts: D[] = []): NewsEvent[] {
  const entities: Entity[] = ents.map(([name, type]) => {
    const s = text.indexOf(name);
    return { name, type, count: 1, aliases: [name], mentions: [{ start: s, end: s + name.length, text: name }], roles: [], affiliations: [] };
  });
  const dates: DateExpression[] = dts.map(([t, type, value, range]) => {
    const s = text.indexOf(t);
    return { text: t, start: s, end: s + t.length, type, value, range: range ?? null };
  });
  return findEvents(buildArticle(text, { date: '2030-03-01' }), entities, dates);
}

const brief = (e: NewsEvent) => ({
  trigger: e.trigger,
  class: e.class,
  actors: e.actors,
  targets: e.targets,
  date: e.date?.value ?? null,
  place: e.place,
  negated: e.negated,
  modality: e.modality,
});

describe('findEvents', () => {
  it('gives coordinated subjects as actors and anchors the date after the verb', () => {
    const [e] = run('Marta Kovač and Ivo Horvat spoke by phone on Monday.', [['Marta Kovač', 'PERSON'], ['Ivo Horvat', 'PERSON']], [['Monday', 'DATE', '2030-03-04']]);
    expect(brief(e)).toEqual({
      trigger: { start: 27, end: 32, text: 'spoke' },
      class: 'OCCURRENCE',
      actors: ['Marta Kovač', 'Ivo Horvat'],
      targets: [],
      date: '2030-03-04',
      place: null,
      negated: false,
      modality: 'asserted',
    });
    expect(e.sentence).toEqual({ start: 0, end: 52 });
    expect(e.date).toEqual({ text: 'Monday', start: 45, end: 51, type: 'DATE', value: '2030-03-04', range: null });
  });

  it('reads a reported promise and passes its actor and modality to the infinitive', () => {
    const events = run('The governor reportedly promised to build a new bridge in Split next spring.', [['Split', 'LOCATION']], [['next spring', 'DATE', '2031-SP']]);
    expect(events.map(brief)).toEqual([
      { trigger: { start: 24, end: 32, text: 'promised' }, class: 'I_ACTION', actors: ['governor'], targets: [], date: null, place: null, negated: false, modality: 'reported' },
      { trigger: { start: 36, end: 41, text: 'build' }, class: 'OCCURRENCE', actors: ['governor'], targets: ['new bridge'], date: '2031-SP', place: 'Split', negated: false, modality: 'reported' },
    ]);
  });

  it('marks negation and the future', () => {
    expect(brief(run('The council did not approve the budget.')[0])).toMatchObject({ trigger: { text: 'approve' }, actors: ['council'], targets: ['budget'], negated: true, modality: 'asserted' });
    expect(brief(run('Ana Perić will visit Zagreb on 3 May.', [['Ana Perić', 'PERSON'], ['Zagreb', 'LOCATION']], [['3 May', 'DATE', '2030-05-03']])[0])).toEqual({
      trigger: { start: 15, end: 20, text: 'visit' },
      class: 'OCCURRENCE',
      actors: ['Ana Perić'],
      targets: ['Zagreb'],
      date: '2030-05-03',
      place: null,
      negated: false,
      modality: 'future',
    });
    expect(run('The strike may end soon.').find((e) => e.trigger.text === 'end')?.modality).toBe('possible');
  });

  it('attaches place and day range to an event noun', () => {
    const events = run('The leaders attended a summit in Oslo from 4 to 6 June.', [['Oslo', 'LOCATION']], [
      ['4 to 6 June', 'DATE', '2030-06-04', { start: '2030-06-04', end: '2030-06-06' }],
    ]);
    const summit = events.find((e) => e.trigger.text === 'summit')!;
    expect(summit.trigger).toEqual({ start: 23, end: 29, text: 'summit' });
    expect(summit.place).toBe('Oslo');
    expect(summit.date?.range).toEqual({ start: '2030-06-04', end: '2030-06-06' });
  });

  it('reads arguments of nominalisations: of-object, possessive agent, light verb subject', () => {
    const ents: E[] = [['Ruritania', 'LOCATION'], ['Freedonia', 'LOCATION'], ['Sylvania', 'LOCATION']];
    const events = run('Since the invasion of Ruritania, Freedonia has held talks with Sylvania.', ents);
    expect(events.find((e) => e.trigger.text === 'invasion')).toMatchObject({ actors: [], targets: ['Ruritania'] });
    expect(events.find((e) => e.trigger.text === 'talks')).toMatchObject({ actors: ['Freedonia'], targets: ['Sylvania'] });
    const attack = run('Nordland’s attack on Sudland began in 1914.', [['Nordland', 'LOCATION'], ['Sudland', 'LOCATION']], [['1914', 'DATE', '1914']]);
    expect(attack.find((e) => e.trigger.text === 'attack')).toMatchObject({ actors: ['Nordland'], targets: ['Sudland'] });
  });

  it('anchors a fronted date to the verb after it and keeps short phrases as targets', () => {
    const [met] = run('Also on Friday, Ivo Horvat met with local farmers.', [['Ivo Horvat', 'PERSON']], [['Friday', 'DATE', '2030-03-08']]);
    expect(brief(met)).toMatchObject({ trigger: { start: 27, end: 30, text: 'met' }, actors: ['Ivo Horvat'], targets: ['local farmers'], date: '2030-03-08' });
  });

  it('resolves "he" to the person in focus and marks reported speech', () => {
    const events = run('Ivo Horvat said he had signed the agreement.', [['Ivo Horvat', 'PERSON']]);
    expect(events.map(brief)).toEqual([
      { trigger: { start: 11, end: 15, text: 'said' }, class: 'REPORTING', actors: ['Ivo Horvat'], targets: [], date: null, place: null, negated: false, modality: 'asserted' },
      { trigger: { start: 23, end: 29, text: 'signed' }, class: 'OCCURRENCE', actors: ['Ivo Horvat'], targets: ['agreement'], date: null, place: null, negated: false, modality: 'reported' },
    ]);
  });

  it('resolves "it" to the organisation that is the subject of the sentence before', () => {
    const events = run('Acme Corp fired its chief executive on Monday. It said the board had lost confidence in him.', [['Acme Corp', 'ORGANIZATION']]);
    expect(events.map((e) => [e.trigger.text, e.actors])).toEqual([
      ['fired', ['Acme Corp']],
      ['said', ['Acme Corp']],
      ['lost', ['board']],
    ]);
  });

  it('leaves "it" unresolved when the subject before it is no organisation or place', () => {
    const events = run('Acme Corp makes the Zeta phone. The Zeta phone shipped with Acme Corp software. It sold poorly.', [['Acme Corp', 'ORGANIZATION']]);
    expect(events.map((e) => [e.trigger.text, e.actors])).toEqual([
      ['makes', ['Acme Corp']],
      ['shipped', ['Zeta phone']],
      ['sold', []],
    ]);
  });

  it('resolves "they" to the plural description that is the subject of the sentence before', () => {
    const events = run('The local volunteers were praised by the mayor. They had cleaned the beach for a week.');
    expect(events.map((e) => [e.trigger.text, e.actors, e.targets])).toEqual([
      ['praised', ['mayor'], ['local volunteers']],
      ['cleaned', ['local volunteers'], ['beach']],
    ]);
  });

  it('leaves "they" unresolved when the subject before it needs an antecedent itself', () => {
    const events = run('Their savings are gone. They cannot recover.');
    expect(events.map((e) => [e.trigger.text, e.actors])).toEqual([
      ['gone', []],
      ['recover', []],
    ]);
  });

  it('gives every conjunct of a coordinated subject the parse hangs on a name\'s last word', () => {
    const events = run('Maria Lopez and John Park sued the city. They dropped the case in May.', [
      ['Maria Lopez', 'PERSON'],
      ['John Park', 'PERSON'],
    ]);
    expect(events.map((e) => [e.trigger.text, e.actors])).toEqual([
      ['sued', ['Maria Lopez', 'John Park']],
      ['dropped', ['Maria Lopez', 'John Park']],
    ]);
  });

  it('does not read "they" as a group that mixes a person with a place', () => {
    // The recogniser's slip typing a person a place makes such a group.
    const events = run('Maria Lopez and John Park sued the city. They dropped the case in May.', [
      ['Maria Lopez', 'PERSON'],
      ['John Park', 'LOCATION'],
    ]);
    expect(events.map((e) => [e.trigger.text, e.actors])).toEqual([
      ['sued', ['Maria Lopez', 'John Park']],
      ['dropped', []],
    ]);
  });

  it('finds a nominalisation with a possessor and a complement, with its arguments', () => {
    const [e] = run("The garrison's surrender to the rebels ended the siege.");
    expect(brief(e)).toEqual({
      trigger: { start: 15, end: 24, text: 'surrender' },
      class: 'OCCURRENCE',
      actors: ['garrison'],
      targets: ['rebels'],
      date: null,
      place: null,
      negated: false,
      modality: 'asserted',
    });
  });

  it('gives the second-stage class from the complement: a to-infinitive after "tried"', () => {
    const events = run('Ivo Horvat tried to leave the party.', [['Ivo Horvat', 'PERSON']]);
    expect(events.map((e) => [e.trigger.text, e.class])).toEqual([
      ['tried', 'I_ACTION'],
      ['leave', 'OCCURRENCE'],
    ]);
  });

  it('gives UTF-16 offsets after astral characters', () => {
    const text = '🚀 Ivo Horvat resigned.';
    const [e] = run(text, [['Ivo Horvat', 'PERSON']]);
    expect(e.trigger).toEqual({ start: 14, end: 22, text: 'resigned' });
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe('resigned');
  });
});

describe('negative cases', () => {
  it.each(['Zagreb, Croatia.', 'The Green Table.', '', 'Tel. 555 0100'])('finds no event in %j', (text) => {
    expect(run(text, [], [])).toEqual([]);
  });

  it('does not date an event by the standard of a comparison ("just like two years ago", "as in 2027")', () => {
    const [repeated] = run('Ana Rus repeated her warning, just like two years ago, that prices would rise.', [['Ana Rus', 'PERSON']], [['two years ago', 'DATE', '2028']]);
    expect(brief(repeated)).toMatchObject({ trigger: { start: 8, end: 16, text: 'repeated' }, actors: ['Ana Rus'], date: null });
    const [met] = run('Ana Rus met the mayor of Split, as in 2027.', [['Ana Rus', 'PERSON'], ['Split', 'LOCATION']], [['2027', 'DATE', '2027']]);
    expect(brief(met)).toMatchObject({ trigger: { start: 8, end: 11, text: 'met' }, date: null });
    // "as of" dates the clause.
    const [rose] = run('Prices rose as of March 3.', [], [['March 3', 'DATE', '2030-03-03']]);
    expect(brief(rose)).toMatchObject({ trigger: { start: 7, end: 11, text: 'rose' }, date: '2030-03-03' });
  });

  it('does not take a duration as the date nor a time expression as a participant', () => {
    const events = run('Marta Kovač spoke for three days.', [['Marta Kovač', 'PERSON']], [['three days', 'DURATION', 'P3D']]);
    const spoke = events.find((e) => e.trigger.text === 'spoke')!;
    expect(spoke.date).toBeNull();
    expect(spoke.targets).toEqual([]);
  });
});
