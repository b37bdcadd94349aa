import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/article/article.js';
import { findQuotes } from '../src/quotes/index.js';
import type { Entity, Quote, Span } from '../src/types.js';

const quotes = (text: string, entities: Entity[] = []): Quote[] => findQuotes(buildArticle(text), entities);

/** The span of the n-th occurrence of `part` in `text`. */
function at(text: string, part: string, n = 0): Span {
  let start = -1;
  for (let i = 0; i <= n; i++) start = text.indexOf(part, start + 1);
  if (start < 0) throw new Error(`"${part}" not in text`);
  return { start, end: start + part.length, text: part };
}

function person(text: string, name: string, ...surfaces: string[]): Entity {
  const mentions = surfaces.flatMap((s) => {
    const out: Span[] = [];
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push({ start: i, end: i + s.length, text: s });
    return out;
  });
  return { name, type: 'PERSON', count: mentions.length, aliases: surfaces, mentions, roles: [], affiliations: [] };
}

describe('quotes: detection and attribution', () => {
  it('attribution after the quote: name then verb', () => {
    const text = '“We will build the bridge next year,” Mayor Anna Kovacs said on Tuesday.';
    expect(quotes(text)).toEqual([
      { ...at(text, 'We will build the bridge next year,'), speaker: 'Mayor Anna Kovacs', speakerMention: at(text, 'Mayor Anna Kovacs'), cue: 'said', partial: false, speakerRole: null, speakers: ['Mayor Anna Kovacs'] },
    ]);
  });

  it('attribution after the quote: verb then name, straight marks', () => {
    const text = '"It was a long night," said Tom Reyes, who chairs the council.';
    const [q] = quotes(text);
    expect(q).toMatchObject({ ...at(text, 'It was a long night,'), speakerMention: at(text, 'Tom Reyes'), cue: 'said', partial: false });
  });

  it('a quotation interrupted by its attribution gives two quotes with one speaker', () => {
    const text = '“The plan is sound,” she said, “and the money is there.”';
    const qs = quotes(text);
    expect(qs.map((q) => q.text)).toEqual(['The plan is sound,', 'and the money is there.']);
    expect(qs.map((q) => q.speakerMention)).toEqual([at(text, 'she'), at(text, 'she')]);
    expect(qs.map((q) => q.cue)).toEqual(['said', 'said']);
  });

  it('a colon frame before the quote, past a subordinate clause', () => {
    const text = 'The minister admitted he expected protests after the vote but stressed: “Our doors remain open.”';
    expect(quotes(text)).toEqual([
      { ...at(text, 'Our doors remain open.'), speaker: null, speakerMention: at(text, 'The minister'), cue: 'stressed', partial: false, speakerRole: 'The minister', speakers: [] },
    ]);
  });

  it('a partial quotation inside the writer’s sentence', () => {
    const text = 'Kovacs said the budget was “far too small for a city of this size”.';
    expect(quotes(text)).toEqual([
      { ...at(text, 'far too small for a city of this size'), speaker: 'Kovacs', speakerMention: at(text, 'Kovacs'), cue: 'said', partial: true, speakerRole: null, speakers: ['Kovacs'] },
    ]);
  });

  it('appositive between speaker and verb; pronoun after', () => {
    const text = 'The union leader, a veteran of many strikes, told reporters: “We are not going anywhere.”';
    const [q] = quotes(text);
    expect(q.speakerMention).toEqual(at(text, 'The union leader'));
    expect(q.cue).toBe('told');
  });

  it('according to', () => {
    const text = 'The old bridge is “unsafe for heavy trucks and buses”, according to the city engineer.';
    const [q] = quotes(text);
    expect(q).toMatchObject({ speakerMention: at(text, 'the city engineer'), cue: 'according to', partial: true });
  });

  it('a byline dash names the speaker', () => {
    const text = '“I voted for the first time this year and it felt great.” ― Maria Lopez';
    const [q] = quotes(text);
    expect(q).toMatchObject({ speakerMention: at(text, 'Maria Lopez'), cue: '―' });
  });

  it('a paragraph with no cue continues the previous speaker', () => {
    const text = '“We have waited long enough,” Kovacs said.\n“The work starts in spring and it will be finished before the winter.”';
    const qs = quotes(text);
    expect(qs).toHaveLength(2);
    expect(qs[1]).toMatchObject({ ...at(text, 'The work starts in spring and it will be finished before the winter.'), speakerMention: at(text, 'Kovacs'), cue: null, partial: false });
  });

  it('a quotation with no speaker anywhere near stays unattributed', () => {
    const far = 'Kovacs said: “We will win.”\n\nThe council met for an hour.\n\nThe vote came late.\n\n“Nobody expected this result at all.”';
    const other = 'Kovacs said: “We will win.”\nReyes left the room early.\n“Nobody expected this result at all.”';
    for (const text of [far, other]) {
      const qs = quotes(text, [person(text, 'Anna Kovacs', 'Kovacs'), person(text, 'Tom Reyes', 'Reyes')]);
      expect(qs[1]).toMatchObject({ ...at(text, 'Nobody expected this result at all.'), speaker: null, speakerMention: null, speakerRole: null });
    }
  });

  it('a multi-paragraph quotation: each paragraph is a quote, attributed in the last one', () => {
    const text = 'The speech went on.\n\n“Our town has grown for ten years in a row.\n\n“Now it must learn to grow well,” the mayor told the crowd.';
    const qs = quotes(text);
    expect(qs.map((q) => q.text)).toEqual(['Our town has grown for ten years in a row.', 'Now it must learn to grow well,']);
    expect(qs.map((q) => q.speakerMention)).toEqual([at(text, 'the mayor'), at(text, 'the mayor')]);
  });

  it('single quotes inside double quotes stay inside the quotation; guillemets work', () => {
    const text = '“They told me ‘wait’ and I waited,” Lee said. «We are ready for the final,» the coach said.';
    const qs = quotes(text);
    expect(qs.map((q) => q.text)).toEqual(['They told me ‘wait’ and I waited,', 'We are ready for the final,']);
    expect(qs.map((q) => q.speakerMention?.text)).toEqual(['Lee', 'the coach']);
  });

  it('a list of quoted fragments shares its cue', () => {
    const text = 'Reyes called the proposal “reckless”, “costly” and “unfair to renters”.';
    const qs = quotes(text);
    expect(qs.map((q) => q.text)).toEqual(['reckless', 'costly', 'unfair to renters']);
    expect(qs.every((q) => q.speakerMention?.text === 'Reyes' && q.cue === 'called' && q.partial)).toBe(true);
  });
});

describe('quotes: speaker resolution against entities', () => {
  it('a mention overlapping an entity mention takes its name', () => {
    const text = '“We will win,” Kovacs said.';
    const [q] = quotes(text, [person(text, 'Anna Kovacs', 'Kovacs')]);
    expect(q.speaker).toBe('Anna Kovacs');
  });

  it('a pronoun takes the subject person of the closest sentence naming one', () => {
    const text = 'Tom Reyes met Anna Kovacs on Monday. The talks lasted an hour.\nHe later said: “It went well.”';
    const [q] = quotes(text, [person(text, 'Tom Reyes', 'Tom Reyes'), person(text, 'Anna Kovacs', 'Anna Kovacs')]);
    expect(q).toMatchObject({ speakerMention: at(text, 'He'), speaker: 'Tom Reyes', cue: 'said' });
  });

  it('a quotation that is a sentence of its own takes the speaker of the reporting sentence before it', () => {
    const text = 'The council may delay the vote until spring, Anna Kovacs said. “We need more time to read the plan.”';
    const [q] = quotes(text, [person(text, 'Anna Kovacs', 'Anna Kovacs')]);
    expect(q).toMatchObject({ ...at(text, 'We need more time to read the plan.'), speakerMention: at(text, 'Anna Kovacs'), speaker: 'Anna Kovacs', cue: 'said' });
  });

  it('a negated cue before a quotation introduces nothing: the quotation continues the one before it', () => {
    const text = '"We talked for an hour," Kovacs said after the meeting. She did not say what came next. "The rest is for the board to decide."';
    const [, q] = quotes(text, [person(text, 'Anna Kovacs', 'Kovacs')]);
    expect(q).toMatchObject({ ...at(text, 'The rest is for the board to decide.'), speakerMention: at(text, 'Kovacs'), speaker: 'Anna Kovacs', cue: null });
  });

  it('a pronoun reaches back over the writer’s sentences, not a quotation’s own', () => {
    const text =
      'Lena Aho said her brother was hurt.\n"Stop it," she says. "Stop it now. Please. Please stop. He is hurt. He needs a doctor."\nShe then calls for help, shouting, "Somebody help us."';
    const found = quotes(text, [person(text, 'Lena Aho', 'Lena Aho')]);
    expect(found.map((q) => q.speaker)).toEqual(['Lena Aho', 'Lena Aho', 'Lena Aho']);
  });

  it('a role written before a name elsewhere refers to that person', () => {
    const text = 'Finnish President Lena Aho met Tom Reyes.\nThe Finnish President said: “We agreed on everything.”';
    // A nationality inside the role is not the speaker.
    const finnish: Entity = { ...person(text, 'Finnish', 'Finnish'), type: 'NATIONALITY' };
    const [q] = quotes(text, [person(text, 'Lena Aho', 'Lena Aho'), person(text, 'Tom Reyes', 'Tom Reyes'), finnish]);
    expect(q).toMatchObject({ speakerMention: at(text, 'The Finnish President'), speaker: 'Lena Aho' });
  });

  it('a description that names no one is the speaker’s role, not the person named before it', () => {
    const text = 'Officer Dan Wu arrived first. “Nobody was hurt,” a police spokesman said.';
    const [q] = quotes(text, [person(text, 'Dan Wu', 'Dan Wu')]);
    expect(q).toMatchObject({ speaker: null, speakerMention: at(text, 'a police spokesman'), speakerRole: 'a police spokesman' });
  });

  it('he and she take the person of their gender', () => {
    const text = 'Anna Kovacs met Tom Reyes on Monday. “It went well,” he said.';
    const [q] = quotes(text, [person(text, 'Anna Kovacs', 'Anna Kovacs'), person(text, 'Tom Reyes', 'Tom Reyes')]);
    expect(q).toMatchObject({ speakerMention: at(text, 'he'), speaker: 'Tom Reyes', speakerRole: null });
  });

  it('a person’s gender from the article’s own pronouns when the first name says nothing', () => {
    const text = 'Ilvar Brandt met Zorvan Kell. Kell said he would stay, and Brandt said she was tired. “It went well,” she said.';
    const [q] = quotes(text, [person(text, 'Zorvan Kell', 'Zorvan Kell', 'Kell'), person(text, 'Ilvar Brandt', 'Ilvar Brandt', 'Brandt')]);
    expect(q).toMatchObject({ speakerMention: at(text, 'she', 1), speaker: 'Ilvar Brandt' });
  });

  it('"it" takes the organisation that spoke, not a name inside a quotation', () => {
    const text = '“The Northern Guard fired first,” said the Harbour News Agency. “Provocation deserves an answer,” it added.';
    const org = (name: string): Entity => ({ ...person(text, name, name), type: 'ORGANIZATION' });
    const qs = quotes(text, [org('Northern Guard'), org('Harbour News Agency')]);
    expect(qs.map((q) => q.speaker)).toEqual(['Harbour News Agency', 'Harbour News Agency']);
  });

  it('"they" after a plural description: no one named, the description is the role', () => {
    const text = 'The report’s authors say the results are clear. They call for “urgent action on salt”.';
    const [q] = quotes(text);
    expect(q).toMatchObject({ speaker: null, speakerMention: at(text, 'They'), speakerRole: 'The report’s authors' });
  });

  it('a cue word tagged as a noun is a verb right before the opening mark', () => {
    const text = 'The council letter reads “we may close the library on Sundays”.';
    const [q] = quotes(text);
    expect(q).toMatchObject({ speakerMention: at(text, 'The council letter'), cue: 'reads', speakerRole: 'The council letter' });
  });

  it('the reporting verb’s subject from the parse, past an adverb and an appositive', () => {
    const text = 'Marc Reyes, the head of the city council, forcefully told a reporter that “this is not the end of it.”';
    const [q] = quotes(text, [person(text, 'Marc Reyes', 'Marc Reyes')]);
    expect(q).toMatchObject({ speakerMention: at(text, 'Marc Reyes, the head of the city council'), speaker: 'Marc Reyes', cue: 'told' });
  });

  it('a person in the speaker’s phrase before an organisation in it; a possessor is not the speaker', () => {
    const text = 'Tom Reyes, a Harbour Council spokesman, said: “The pier stays shut.” Anna Kovacs’s lawyer said: “We will appeal.”';
    const org: Entity = { ...person(text, 'Harbour Council', 'Harbour Council'), type: 'ORGANIZATION' };
    const qs = quotes(text, [person(text, 'Tom Reyes', 'Tom Reyes'), org, person(text, 'Anna Kovacs', 'Anna Kovacs')]);
    expect(qs.map((q) => [q.speaker, q.speakerRole])).toEqual([
      ['Tom Reyes', null],
      [null, 'Anna Kovacs’s lawyer'],
    ]);
  });

  it('a cue inside a clause another cue reports yields to the outer one', () => {
    const text = 'Dana Voss told reporters that the party expects Lee Park to win by calling the senator’s claims “lies”.';
    const [q] = quotes(text, [person(text, 'Dana Voss', 'Dana Voss'), person(text, 'Lee Park', 'Lee Park')]);
    expect(q).toMatchObject({ speakerMention: at(text, 'Dana Voss'), speaker: 'Dana Voss', cue: 'told' });
  });

  it('no entity and no name: speaker is null', () => {
    const text = '“It is over,” she said.';
    expect(quotes(text)[0]).toMatchObject({ speakerMention: at(text, 'she'), speaker: null });
  });
});

describe('quotes: negative cases', () => {
  const none = [
    'The so-called “reset” with Moscow did not last.',
    'She watched the film “Jaws” again last night.',
    'Robert “Bobby” Smith opened the meeting.',
    'He was on MSNBC’s “Morning Joe” on Friday.',
    'The bill, titled “Clean Water for All”, passed easily.',
    'The company sells “organic” apples.',
    '<tweet author="someone" id="12345">A post</tweet>',
  ];
  for (const text of none) it(`no quotation in: ${text}`, () => expect(quotes(text)).toEqual([]));

  it('an unbalanced mark stops at the end of its paragraph', () => {
    const text = 'Kovacs said: “we will never give up on this town and its people.\n\nThe council meets again in May. Members said nothing.';
    const qs = quotes(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject(at(text, 'we will never give up on this town and its people.'));
  });
});
