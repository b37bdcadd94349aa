// Arguments of noun events read off the parse of their noun phrase (src/events/noun-arguments.ts):
// possessors and "by" phrases as actors, "between" phrases as both sides, "of" and target
// prepositions as targets, a nationality adjective as its country. Sentences written for newsx.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';

function args(text: string): Record<string, [string[], string[]]> {
  const r = analyze(text, { date: '2024-03-04', tasks: ['events'] });
  return Object.fromEntries((r.events ?? []).map((e) => [e.trigger.text, [e.actors, e.targets]]));
}

describe('noun event arguments from the parse', () => {
  it.each([
    // A "by" phrase the parse hung on the target's noun is the event's agent.
    ['The attack on the embassy by rebels killed four people.', 'attack', [['rebels'], ['embassy']]],
    ['Talks between Israel and Hamas resumed in Cairo.', 'Talks', [['Israel', 'Hamas'], []]],
    ['The talks among the three parties collapsed.', 'talks', [['parties'], []]],
    // A nationality adjective is the country that acts.
    ['The Israeli strike on Gaza killed ten people.', 'strike', [['Israel'], ['Gaza']]],
    ['The American invasion of Iraq began in 2003.', 'invasion', [['United States'], ['Iraq']]],
    ['Sanctions were ordered over American and British objections.', 'objections', [['United States', 'United Kingdom'], []]],
    ['The killing of three soldiers angered the army.', 'killing', [[], ['soldiers']]],
    // Beside a "by" phrase the possessor is the theme.
    ["The city's destruction by the army shocked the world.", 'destruction', [['army'], ['city']]],
    // A possessive pronoun stands for whom "she" would.
    ['Mary Smith arrived in Rome on Sunday. Her visit surprised the mayor.', 'visit', [['Mary Smith'], []]],
    // "its"/"their" stand for the subject of the clause above the noun when it fits them.
    ['Apple said its acquisition of Beats was complete.', 'acquisition', [['Apple'], ['Beats']]],
    ['The rebels denied that their attack had killed civilians.', 'attack', [['rebels'], []]],
    ['Mary Smith said their visit was a success.', 'visit', [[], []]],
    // A predicate noun's subject is not its actor.
    ["This was Sweden's first victory.", 'victory', [['Sweden'], []]],
    // A place that is no country, named before the noun, is where the event happens, not its doer.
    ['The Gaza strike killed ten people.', 'strike', [[], []]],
    // A "by" right after the event's phrase that the parse gave to the verb or made a subject.
    ['The company announced the acquisition of a rival firm by Google.', 'acquisition', [['Google'], ['rival firm']]],
    ['Police said the arrest of the suspect by FBI agents took place on Friday.', 'arrest', [['FBI agents'], ['suspect']]],
    // … but a passive verb's "by" phrase is the verb's.
    ['The deal was announced by the company.', 'deal', [[], []]],
    // The object of a light verb takes the verb's subject, however far.
    ['The two leaders, who met last year in Kazan, held talks on trade.', 'talks', [['leaders'], ['trade']]],
    // "by phone" names no doer.
    ['Talks by phone lasted an hour.', 'Talks', [[], []]],
  ] as const)('%s → %s', (text, trigger, expected) => {
    expect(args(text)[trigger]).toEqual(expected);
  });
});

describe('noun event places', () => {
  const places = (text: string) => {
    const r = analyze(text, { date: '2024-03-04', tasks: ['events'] });
    return Object.fromEntries((r.events ?? []).map((e) => [e.trigger.text, e.place]));
  };
  it.each([
    ['The Nairobi bombing killed 200 people.', { bombing: 'Nairobi' }],
    ['Investigators studied the San Francisco earthquake for years.', { earthquake: 'San Francisco' }],
  ] as const)('%s', (text, expected) => {
    expect(places(text)).toMatchObject(expected);
  });
});

describe('noun event dates', () => {
  const dates = (text: string) => {
    const r = analyze(text, { date: '2024-03-04', tasks: ['events'] });
    return Object.fromEntries((r.events ?? []).map((e) => [e.trigger.text, e.date?.text ?? null]));
  };
  it.each([
    // What an aspectual verb begins or ends happens when it does.
    ['Bankruptcy proceedings began Tuesday in a Helsinki court.', { proceedings: 'Tuesday' }],
    ['Earlier this month, the bank completed the acquisition of a rival lender.', { acquisition: 'Earlier this month' }],
    // Other verbs keep their date to themselves.
    ['On Monday, the minister promised talks with the unions.', { talks: null }],
  ] as const)('%s', (text, expected) => {
    expect(dates(text)).toMatchObject(expected);
  });
});
