// Who said it, when the subject of the reporting verb is not the phrase right before it: a
// relative pronoun, an adverb or an appositive in between, an inverted cue, "as X put it", a
// nickname inside the name, a noun after a preposition. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/article/article.js';
import { findQuotes } from '../src/quotes/index.js';
import type { Entity, Quote, Span } from '../src/types.js';

const quotes = (text: string, entities: Entity[] = []): Quote[] => findQuotes(buildArticle(text), entities);

function at(text: string, part: string, n = 0): Span {
  let start = -1;
  for (let i = 0; i <= n; i++) start = text.indexOf(part, start + 1);
  if (start < 0) throw new Error(`"${part}" not in text`);
  return { start, end: start + part.length, text: part };
}

function entity(text: string, name: string, type: Entity['type'], ...surfaces: string[]): Entity {
  const mentions = surfaces.flatMap((s) => {
    const out: Span[] = [];
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push({ start: i, end: i + s.length, text: s });
    return out;
  });
  return { name, type, count: mentions.length, aliases: surfaces, mentions, roles: [], affiliations: [] };
}

describe('quotes: the reporting verb’s subject', () => {
  it('"who"/"which" right after a noun is the speaker, resolved to that noun', () => {
    const text = 'Reporters turned to the Lakeview Fire Department which reported “four minor injuries” in the blaze.';
    const dept = entity(text, 'Lakeview Fire Department', 'ORGANIZATION', 'Lakeview Fire Department');
    const [q] = quotes(text, [dept]);
    expect(q).toMatchObject({ speakerMention: at(text, 'which'), speaker: 'Lakeview Fire Department', cue: 'reported' });
  });

  // Guards the rule above: "who" inside a clause that another cue reports is not the speaker.
  it('a relative clause inside a reported clause yields to the outer cue', () => {
    const text = 'Rival Ana Ortiz had mocked the complaint, saying anybody who complains about a microphone “is not having a good night.”';
    const [q] = quotes(text);
    expect(q.speakerMention).toEqual(at(text, 'Rival Ana Ortiz'));
  });

  it('an adverb between the subject and its verb is skipped', () => {
    const text = 'At the forum, Mark Ellison, the head of the city league, forcefully told a student who suggested that some people may stay home that “staying home is not a strategy.”';
    const [q] = quotes(text);
    expect(q.speakerMention).toEqual(at(text, 'Mark Ellison'));
  });

  it('an inverted cue opening the sentence: Said Ellis:', () => {
    const text = 'Tax experts were doubtful about the plan. Said Ellis: “I don’t sense any interest in reform.”';
    const [q] = quotes(text);
    expect(q).toMatchObject({ speakerMention: at(text, 'Ellis'), cue: 'Said' });
  });

  it('“…,” as a memo put it', () => {
    const text = 'The main requirement is a "lawful source of investment income," as a federal memo put it.';
    const [q] = quotes(text);
    expect(q).toMatchObject({ speakerMention: at(text, 'a federal memo'), cue: 'put', speakerRole: 'a federal memo' });
  });

  it('a nickname in marks neither ends the speaker’s phrase nor becomes a quotation', () => {
    const text = '"This is a big year for our town!" Scott’s niece, state Rep. Marcia "Cia" Price, shouted to the crowd.';
    const qs = quotes(text);
    expect(qs.map((q) => q.text)).toEqual(['This is a big year for our town!']);
    expect(qs[0].speakerMention).toEqual(at(text, 'Scott’s niece'));
  });

  it('a passive cue without its agent reports no one: the clause after it speaks', () => {
    const text = 'When attackers are revealed as part of a wider plot, Obama and Clinton call them "lone wolves" and move on.';
    const [q] = quotes(text);
    expect(q).toMatchObject({ speakerMention: at(text, 'Obama and Clinton'), cue: 'call' });
  });

  it('the object of a preposition is not the subject: Protesters marching through the streets chanted', () => {
    const text = 'Protesters marching through the streets chanted "What curfew?" and kept going.';
    const [q] = quotes(text);
    expect(q).toMatchObject({ speakerMention: at(text, 'Protesters'), speaker: null, speakerRole: 'Protesters' });
  });

  it('a cue after a title in marks still finds its subject at the sentence start', () => {
    const text = 'Clinton, the former senator, praised the raid during a "Town Hall" hosted by NBC News and said she has what the job needs: "Calm and strength, always."';
    const qs = quotes(text);
    expect(qs.map((q) => q.text)).toEqual(['Calm and strength, always.']);
    expect(qs[0].speakerMention?.start).toBe(0);
  });

  it('a colon frame without a cue: the subject of the main clause, not a phrase after "With"', () => {
    const text = 'With the party worried about turnout, President Ada Obi is rolling out a new message: "It is about me."';
    const [q] = quotes(text);
    expect(q.speakerMention).toEqual(at(text, 'President Ada Obi'));
  });

  it('a name after a role noun ends the speaker’s phrase and is the speaker, not the name before the role', () => {
    const text = 'Clinton spokesman Jesse Lehrich said Friday that “she would sign this bill.”';
    const clinton = entity(text, 'Hillary Clinton', 'PERSON', 'Clinton');
    const lehrich = entity(text, 'Jesse Lehrich', 'PERSON', 'Jesse Lehrich');
    const [q] = quotes(text, [clinton, lehrich]);
    expect(q).toMatchObject({ speakerMention: at(text, 'Clinton spokesman Jesse Lehrich'), speaker: 'Jesse Lehrich' });
  });

  it('a name cut in two by the recogniser, or a list of names: the first', () => {
    const text = 'Mayor Julie A. Diaz Martinez and Tom Reyes said “the vote was fair.”';
    const diaz = entity(text, 'Julie A. Diaz', 'PERSON', 'Julie A. Diaz');
    const martinez = entity(text, 'Martinez', 'PERSON', 'Martinez');
    const reyes = entity(text, 'Tom Reyes', 'PERSON', 'Tom Reyes');
    const [q] = quotes(text, [diaz, martinez, reyes]);
    expect(q.speaker).toBe('Julie A. Diaz');
  });
});

describe('quotes: "they" for a plural description opening the sentence before', () => {
  it('with an "of" phrase and an aside between commas: Critics of the plan, including …, were unconvinced', () => {
    const text = 'Critics of the plan, including teachers’ unions, were unconvinced. “It does nothing for classrooms,” they said.';
    const [q] = quotes(text);
    expect(q).toMatchObject({ speakerMention: at(text, 'they'), speaker: null, speakerRole: 'Critics of the plan' });
  });
});

describe('quotes: a name in apposition to a description is who spoke', () => {
  it.each([
    ['“Nobody expected this,” one parent, Luis Ortega, told reporters.', 'one parent, Luis Ortega'],
    ['One parent, Luis Ortega, said the school was “far too slow”.', 'One parent, Luis Ortega'],
  ])('%s', (text, phrase) => {
    const ortega = entity(text, 'Luis Ortega', 'PERSON', 'Luis Ortega');
    const [q] = quotes(text, [ortega]);
    expect(q).toMatchObject({ speakerMention: at(text, phrase), speaker: 'Luis Ortega' });
  });

  it('a description in apposition to a name leaves the name: Smith, a lawyer, said', () => {
    const text = '“We will appeal,” Jane Smith, a lawyer for the families, said.';
    const smith = entity(text, 'Jane Smith', 'PERSON', 'Jane Smith');
    const [q] = quotes(text, [smith]);
    expect(q).toMatchObject({ speakerMention: at(text, 'Jane Smith'), speaker: 'Jane Smith' });
  });
});

describe('quotes: a relative clause between the speaker and the cue', () => {
  it('“…,” a firefighter who asked not to be named told the newspaper: the firefighter', () => {
    const text = '“It is the worst I have seen in 40 years,” a firefighter who asked not to be named told the newspaper.';
    const [q] = quotes(text);
    expect(q).toMatchObject({ speakerMention: at(text, 'a firefighter'), cue: 'told', speakerRole: 'a firefighter' });
  });

  it('a participle after the clause is no cue of the noun before it', () => {
    const text = 'She wrote what she called a “rant,” a series of online postings that included one saying the plan had failed.';
    const [q] = quotes(text);
    expect(q).toMatchObject({ speakerMention: at(text, 'She'), cue: 'wrote' });
  });
});

describe('quotes: a transcript’s speaker labels', () => {
  it('a label in capitals opening the quotation names its speaker, the person of the article whose name ends so', () => {
    const text = 'Mike Pence spoke to Fox News on Sunday. A partial transcript follows.\n\n“HOST: Why would he do that?\n\n“PENCE: Well, look, this is serious business.”';
    const pence = entity(text, 'Mike Pence', 'PERSON', 'Mike Pence');
    const qs = quotes(text, [pence]);
    expect(qs.map((q) => [q.speakerMention?.text, q.speaker, q.cue])).toEqual([
      ['HOST', 'HOST', ':'],
      ['PENCE', 'Mike Pence', ':'],
    ]);
  });

  it('a word in capitals without a colon, or a single capital, is no label', () => {
    const text = '“NATO must act now,” Kovacs said. “Q: what next?” she asked.';
    const qs = quotes(text);
    expect(qs.map((q) => q.speakerMention?.text)).toEqual(['Kovacs', 'she']);
  });
});

describe('quotes: a relative clause is no part of the speaker', () => {
  it('a subject with a relative clause between commas: the noun phrase before it', () => {
    const text = 'Two former employees, who spoke on condition of anonymity, said morale was “at rock bottom”.';
    const [q] = quotes(text);
    expect(q).toMatchObject({ speakerMention: at(text, 'Two former employees'), speaker: null, speakerRole: 'Two former employees' });
  });

  it('"who" standing for a description: the role is the whole noun phrase', () => {
    const text = 'A senior official, who declined to be named, told reporters the plan was “dead”.';
    const [q] = quotes(text);
    expect(q).toMatchObject({ speakerMention: at(text, 'who'), speaker: null, speakerRole: 'A senior official' });
  });
});

describe('quotes: coordinated speakers give both', () => {
  const people = (text: string): Entity[] => [
    entity(text, 'Anna Kovacs', 'PERSON', 'Anna Kovacs', 'Kovacs'),
    entity(text, 'Peter Halloran', 'PERSON', 'Peter Halloran', 'Halloran'),
  ];
  const intro = 'Anna Kovacs and Peter Halloran met on Monday. ';

  it.each([
    ['name and name, then the verb', '“We will build it together,” Kovacs and Halloran said in a statement.', 'Kovacs and Halloran'],
    ['the verb, then name and name', '“We will build it together,” said Kovacs and Halloran.', 'Kovacs and Halloran'],
    ['a colon frame', 'Later, Kovacs and Halloran told reporters: “We will build it together.”', 'Kovacs and Halloran'],
  ])('%s', (_, sentence, phrase) => {
    const text = intro + sentence;
    const [q] = quotes(text, people(text));
    expect(q).toMatchObject({ speakerMention: at(text, phrase), speaker: 'Anna Kovacs', speakers: ['Anna Kovacs', 'Peter Halloran'] });
  });

  it('a pronoun and a name: the person the pronoun stands for and the name', () => {
    const text = 'Peter Halloran spoke first. Then he and Mayor Anna Kovacs said “the bridge will open in May.”';
    const [q] = quotes(text, people(text));
    expect(q.speakers).toEqual(['Peter Halloran', 'Anna Kovacs']);
  });

  it('a clause after "and" joins no speaker: said Kovacs and Halloran nodded', () => {
    const text = intro + '“The bridge will open in May,” said Kovacs and Halloran nodded.';
    const [q] = quotes(text, people(text));
    expect(q).toMatchObject({ speakerMention: at(text, 'Kovacs', 1), speaker: 'Anna Kovacs', speakers: ['Anna Kovacs'] });
  });

  it('an "and" inside a name, an appositive or a prepositional phrase joins no speakers', () => {
    const text = 'Matthew Ingram of The Globe and Mail called it “a skirmish”, and Cynthia Thompson, curator and director of exhibits, said “it was never shown.”';
    const ingram = entity(text, 'Matthew Ingram', 'PERSON', 'Matthew Ingram');
    const globe = entity(text, 'The Globe and Mail', 'ORGANIZATION', 'The Globe and Mail');
    const thompson = entity(text, 'Cynthia Thompson', 'PERSON', 'Cynthia Thompson');
    const qs = quotes(text, [ingram, globe, thompson]);
    expect(qs.map((q) => q.speakers)).toEqual([['Matthew Ingram'], ['Cynthia Thompson']]);
  });

  it('"they" after people named together stands for all of them', () => {
    const text = 'Acme Corp cut 1,000 jobs. Senator Maria Lopez and Representative John Park wrote to the company. “Workers deserve better,” they wrote.';
    const acme = entity(text, 'Acme Corp', 'ORGANIZATION', 'Acme Corp');
    const lopez = entity(text, 'Maria Lopez', 'PERSON', 'Maria Lopez');
    const park = entity(text, 'John Park', 'PERSON', 'John Park');
    const [q] = quotes(text, [acme, lopez, park]);
    expect(q).toMatchObject({ speakerMention: at(text, 'they'), speaker: 'Maria Lopez', speakers: ['Maria Lopez', 'John Park'] });
  });

  it('"they" after one person and an organisation is the organisation', () => {
    const text = 'Maria Lopez criticised Acme Corp on Monday. “We did nothing wrong,” they said.';
    const acme = entity(text, 'Acme Corp', 'ORGANIZATION', 'Acme Corp');
    const lopez = entity(text, 'Maria Lopez', 'PERSON', 'Maria Lopez');
    const [q] = quotes(text, [acme, lopez]);
    expect(q).toMatchObject({ speaker: 'Acme Corp', speakers: ['Acme Corp'] });
  });

  it('a description beside a name adds no one: Kovacs and her deputy', () => {
    const text = intro + 'Kovacs and her deputy said “the bridge will open in May.”';
    const [q] = quotes(text, people(text));
    expect(q).toMatchObject({ speakerMention: at(text, 'Kovacs and her deputy'), speaker: 'Anna Kovacs', speakers: ['Anna Kovacs'] });
  });
});

describe('quotes: a document speaks for its author', () => {
  it.each([
    ['The Security Council issued a statement calling the test “a clear violation”.', 'The Security Council'],
    ['The senator posted a video on Twitter saying “we will fight”.', 'The senator'],
  ])('%s', (text, author) => {
    const [q] = quotes(text);
    expect(q.speakerMention).toEqual(at(text, author));
  });

  it('a document with a named possessor is the possessor’s: Cornyn’s statement added', () => {
    const text = 'Senator John Cornyn was disappointed. Cornyn’s statement added: “Houston should have been chosen.”';
    const cornyn = entity(text, 'John Cornyn', 'PERSON', 'John Cornyn', 'Cornyn');
    const [q] = quotes(text, [cornyn]);
    expect(q).toMatchObject({ speakerMention: at(text, 'Cornyn’s statement'), speaker: 'John Cornyn', speakerRole: null });
  });

  it('a document "from" an organisation is the organisation’s', () => {
    const text = 'According to a statement from the Department of Justice, the government “will appeal immediately”.';
    const doj = entity(text, 'Department of Justice', 'ORGANIZATION', 'Department of Justice');
    const [q] = quotes(text, [doj]);
    expect(q).toMatchObject({ speakerMention: at(text, 'a statement'), speaker: 'Department of Justice', speakerRole: null });
  });

  it('a document that is the subject, with no author before it, is the role', () => {
    const text = 'A leaked internal letter seen by reporters says “failure to reply may result in refusal”.';
    const [q] = quotes(text);
    expect(q).toMatchObject({ speaker: null, speakerRole: 'A leaked internal letter' });
  });
});

describe('quotes: first names the lexicon knows have a gender', () => {
  it('"she" passes over a man whose first name only the supplement knows (Donald)', () => {
    const text = 'Donald Trump spoke after Kamala Harris left the stage. “We will win,” she said.';
    const trump = entity(text, 'Donald Trump', 'PERSON', 'Donald Trump');
    const harris = entity(text, 'Kamala Harris', 'PERSON', 'Kamala Harris');
    const [q] = quotes(text, [trump, harris]);
    expect(q).toMatchObject({ speakerMention: at(text, 'she'), speaker: 'Kamala Harris' });
  });
});

describe('quotes: an organisation noun stands for the organisation named before', () => {
  it('"the company", "the rights group": the organisation the closest sentence names first', () => {
    const text = 'Acme Corp said it would cut 1,000 jobs. The company said the cuts were “painful but necessary”. Amnesty International accused Acme Corp of ignoring abuses. The rights group said it had “documented every case”.';
    const acme = entity(text, 'Acme Corp', 'ORGANIZATION', 'Acme Corp');
    const amnesty = entity(text, 'Amnesty International', 'ORGANIZATION', 'Amnesty International');
    const qs = quotes(text, [acme, amnesty]);
    expect(qs.map((q) => [q.speakerMention?.text, q.speaker, q.speakerRole])).toEqual([
      ['The company', 'Acme Corp', null],
      ['The rights group', 'Amnesty International', null],
    ]);
  });

  it('"the company" passes over a public body named first: The Federal Trade Commission fined Acme Corp', () => {
    const text = 'The Federal Trade Commission fined Acme Corp on Monday. The company said it would “fight the decision in court”.';
    const ftc = entity(text, 'Federal Trade Commission', 'ORGANIZATION', 'Federal Trade Commission');
    const acme = entity(text, 'Acme Corp', 'ORGANIZATION', 'Acme Corp');
    const [q] = quotes(text, [ftc, acme]);
    expect(q).toMatchObject({ speakerMention: at(text, 'The company'), speaker: 'Acme Corp' });
  });

  it('a noun of one kind ("the ministry") is no other kind of organisation named before', () => {
    const text = 'The Security Council met on Monday. The ministry said it was “deeply concerned”.';
    const council = entity(text, 'Security Council', 'ORGANIZATION', 'Security Council');
    const [q] = quotes(text, [council]);
    expect(q).toMatchObject({ speaker: null, speakerRole: 'The ministry' });
  });

  it('with no organisation named before, or an indefinite one, the description is the role', () => {
    const text = 'Heavy snow closed schools. The company said roads were “impassable”. A rights group said it was “deeply concerned”.';
    const qs = quotes(text);
    expect(qs.map((q) => [q.speaker, q.speakerRole])).toEqual([
      [null, 'The company'],
      [null, 'A rights group'],
    ]);
  });
});
