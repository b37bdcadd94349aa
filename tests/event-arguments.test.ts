// Event arguments read off the dependency parse: who did what to whom in the sentence shapes that
// word order alone got wrong or left empty (passives, control, coordination, relative clauses,
// intransitives, pronouns).
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { buildArticle } from '../src/article/article.js';
import { acronymEntity, entityName, newFocus } from '../src/events/participants.js';
import type { SentenceContext } from '../src/events/context.js';
import type { Entity } from '../src/types.js';

function args(text: string): Record<string, [string[], string[]]> {
  const r = analyze(text, { date: '2024-03-04', tasks: ['events'] });
  return Object.fromEntries((r.events ?? []).map((e) => [e.trigger.text, [e.actors, e.targets]]));
}

describe('event arguments from the parse', () => {
  // A past participle with an object of its own that the parse hung on a noun is a clause, not a
  // reduced relative: its subject acted.
  it('a participle clause with its own object is no passive', () => {
    expect(args('Last Year more than 300 runners completed the race and organisers hope for more.').completed[0]).toEqual(['runners']);
  });
  // A title whose phrase ends in a person's name is that person, however the parse hung the name.
  it('a title heading a name is the person', () => {
    expect(args('Minister of Health Ana Lindqvist announced the plan on Monday.').announced).toEqual([['Ana Lindqvist'], ['plan']]);
  });
  // A number the parse made the subject's head stands for part of the noun of its "of"/"in" phrase.
  it('a number with an "of" or "in" phrase names that phrase\'s noun', () => {
    const a = args('At that time, one in three visits to the site came from the BBC, and two of the suspects fled the country.');
    expect(a.came[0]).toEqual(['visits']);
    expect(a.fled).toEqual([['suspects'], ['country']]);
  });
  // The participle right after an opening "According to X," is X's doing; an infinitive on a
  // passive without a subject does not inherit it.
  it('"According to X, quoting Y": X quotes', () => {
    const a = args("According to the Tass news agency, quoting the Russian defence ministry, the country's navy has been placed on high alert and has been told to prepare for an attack.");
    expect(a.quoting[0]).toEqual(['Tass news agency']);
    expect(a.prepare[0]).toEqual([]);
    expect(args('According to Reuters, citing two sources, the deal was signed.').citing[0]).toEqual(['Reuters']);
  });
  // "who" is a person's: after an organisation's name ending an "of" phrase, the noun the phrase completes.
  it('"who" after "members of ORG," is the members', () => {
    expect(args('Lopez contacted former members of Greenpeace, who helped him leave the country.').helped[0]).toEqual(['former members']);
    // Not a noun that names no people: the name is the relative's ("the case of X, who").
    expect(args('The court heard the case of Acme Holdings, who were fined by regulators last year.').fined[1]).toEqual(['Acme Holdings']);
  });
  // A recogniser mention that took in the verb after the name: the name stops before it.
  it('a mention ending in a lower-case finite verb names the words before it', () => {
    const text = 'Kwan Li of the Harbour Party received 300 votes';
    const words = text.split(' ');
    let at = 0;
    const tokens = words.map((w) => {
      const t = { text: w, start: text.indexOf(w, at), end: text.indexOf(w, at) + w.length };
      at = t.end;
      return t;
    });
    const e = { name: 'Kwan Li of the Harbour Party received', type: 'MISC' } as Entity;
    const other = { name: 'Kwan Li', type: 'PERSON' } as Entity;
    const c = { text, words, tokens, tags: ['NNP', 'NNP', 'IN', 'DT', 'NNP', 'NNP', 'VBD', 'CD', 'NNS'], entityAt: [e, e, e, e, e, e, e, null, null] } as unknown as SentenceContext;
    expect(entityName(c, 0)).toBe('Kwan Li of the Harbour Party');
    expect(entityName({ ...c, entityAt: [other, other, null, null, null, null, null, null, null] } as unknown as SentenceContext, 1)).toBe('Kwan Li');
  });
  // "they" in what a person reports is the one organisation the person speaks for.
  it.each([
    ['Lydia Brandt for the Harbour Authority says they are looking at new rules for ferries.', 'looking', ['Harbour Authority']],
    ['Tom Reed, a spokesman for Acme Holdings, said they would appeal the ruling.', 'appeal', ['Acme Holdings']],
    ['Tom Reed of Acme Holdings said they would appeal the ruling.', 'appeal', ['Acme Holdings']],
    // A name the recogniser left out or split into places.
    ['Maria Olsen for Clean Water Norway Sweden, says they are testing new filters.', 'testing', ['Clean Water Norway Sweden']],
    // Not a place the person is from.
    ['Tom Reed from Springfield said they would appeal the ruling.', 'appeal', []],
    // Not a "they" before the speaker: the quotation goes on from the sentence before.
    ['Two students walked into the depot on Monday. "They were trying to reach the station," Ann Cole of the Transit Authority said.', 'trying', []],
  ])('"they" reported by a person who speaks for an organisation: %s', (text, verb, actors) => {
    expect(args(text)[verb][0]).toEqual(actors);
  });
  it.each([
    ['The town was attacked by rebels on Monday.', 'attacked', [['rebels'], ['town']]],
    // A passive's "by" phrase the parse hung on the noun of another of its obliques is its agent.
    ['The boy was arrested at the station by police.', 'arrested', [['police'], ['boy']]],
    ['The mayor was questioned in the city hall by detectives.', 'questioned', [['detectives'], ['mayor']]],
    // … or on an -ing clause with its object below the passive; a named doer or people, not a means.
    ['The charity was barred from holding public events at city parks by the State Gaming Commission.', 'barred', [['State Gaming Commission'], ['charity']]],
    ['The man was charged with entering the country by boat.', 'charged', [[], ['man']]],
    ['Dozens of paintings donated to the museum by the Lindqvist Foundation went on show.', 'donated', [['Lindqvist Foundation'], ['paintings']]],
    // … but not one on an event noun: that is the event's doer.
    ['The bill was approved after an appeal by the unions.', 'approved', [[], ['bill']]],
    ['Microsoft agreed to buy LinkedIn.', 'buy', [['Microsoft'], ['LinkedIn']]],
    ['Shares fell sharply.', 'fell', [['Shares'], []]],
    // A time word the parse made the head of the noun before it is when, not who.
    ['A storm yesterday caused a tree to fall onto the road.', 'caused', [['storm'], ['tree']]],
    // A name written with digits is a name ("IE6").
    ['IE6 shipped with Windows XP in 2001.', 'shipped', [['IE6'], ['Windows XP']]],
    ['Google and Apple signed the agreement.', 'signed', [['Google', 'Apple'], ['agreement']]],
    ['The company, which bought Nokia last year, cut jobs.', 'bought', [['company'], ['Nokia']]],
    ['John Smith arrived in Paris and met Angela Merkel.', 'met', [['John Smith'], ['Angela Merkel']]],
    // A verb conjunct the parse hung on a noun of the first verb's phrase shares that verb's subject.
    ['Several foreign diplomats wanted to meet with his son and express their support.', 'express', [['Several foreign diplomats'], ['support']]],
    ['Police arrested John Smith. He was released later.', 'released', [[], ['John Smith']]],
    // "According to X, Y said": the parse's subject with a preposition of its own is an oblique;
    // the name it hangs after a comma said it.
    ['According to Reuters, Senator John Hale, the chairman of the committee, said the bill would pass.', 'said', [['John Hale'], []]],
    ["According to the Otago Daily Times, Emeritus Professor Mark Hansen, the chairman of the council's panel of ten, said Dunedin's harbour has never before been so clean.", 'said', [['Mark Hansen'], []]],
    // The subject the parse hung inside an opening participle clause it took for a clausal subject.
    ['Writing in a blog post, Anna Berg of The Times and Star called the vote a disaster for farmers.', 'called', [['Anna Berg'], ['vote', 'disaster']]],
    // A subject the parse hung on a noun before it as that noun's conjunct.
    ['Police said he was a member of the gang, though a review of the files shows he has never been arrested.', 'shows', [['review'], []]],
    // A past tense the parse hung on the noun right before it, no participle, is that noun's doing.
    ['The army moved 200 families in the village of Dora after at least one rocket landed near the school.', 'landed', [['rocket'], []]],
    ['The FBI told officials to boost their security after hackers targeted data systems in two states.', 'targeted', [['hackers'], ['data systems']]],
    // An -ing participle right after an "of" phrase is that phrase's noun's doing.
    ['Police arrested the student. Images of the boy wearing a red jacket and handcuffed by the officers were quickly shared online.', 'wearing', [['boy'], ['red jacket']]],
    // A reported clause without "that" whose subject the parse took for the reporting verb's object, past a participle phrase on it.
    ['The captain also believes the fishermen found in the water may have left the boat on purpose.', 'left', [['fishermen'], ['boat']]],
    // "for" marks no subject of a finite verb: the noun is the phrase before it's.
    ['Jane Doe was charged on Monday. An attorney for Doe did not immediately respond to requests for comment.', 'respond', [['attorney'], ['requests']]],
    // A conjunct with a preposition of its own is a modifier or a comparison, not a second actor.
    ['Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam.', 'said', [['Johnnie Wilson'], []]],
    ["The agency's huge bureaucracy, second only to the Pentagon, has been slow to embrace new ideas.", 'embrace', [['huge bureaucracy'], ['new ideas']]],
    // A subject the parse gave the verb as an oblique without a preposition, or hung on a reporting verb set in commas.
    ['Also the mayor of the Emilia region, Roberto Berti, has reacted by proposing some regional counter-measures to finance private schools.', 'reacted', [['mayor'], []]],
    ['Foreign buyers, said Hale, are required to report every sale within ten days.', 'report', [['Foreign buyers'], ['sale']]],
    // A present tense the tagger read as a plural noun, with a "to" infinitive after it.
    ['This is the first Global Robotics contest, and the organization plans to hold the contest in a different city every year.', 'hold', [['organization'], ['contest']]],
    // The main verb the parse hung on the restrictive relative clause right before it.
    ['Earlier this month black mothers who have lost children to gun violence hosted a rally in Jacksonville and a voter drive in Miami.', 'hosted', [['black mothers'], ['rally', 'voter drive']]],
    // Not when the clause ends in a noun after "and": that noun is the verb's own subject.
    ["Rebels freed a nurse they took hostage and soldiers found the woman's burned car on Monday.", 'found', [['soldiers'], ['woman']]],
    // "'s" before a verb is "has" or "is", not a possessive.
    ["Someone emailed me earlier today talking about a tool a gang's been using to attack the city website.", 'using', [['gang'], []]],
    // Whom a verb of motion takes somewhere does what the infinitive of purpose says; not a noun
    // whose first sense is a thing, nor an infinitive past another clause the parse hung on the verb.
    ['From there, the demonstration took players to investigate the murder of a guard.', 'investigate', [['players'], ['murder']]],
    ['The company raised cash last year to cover its losses.', 'cover', [['company'], ['losses']]],
    ['Officials fear the smugglers might take the children to another town or even hurt them if they lose their struggle to block the inquiry.', 'block', [['smugglers'], ['inquiry']]],
    // Not before a verb that is no participle: a name's possessive, the verb another subject's.
    ["The purchase of Harwood's raises the chain's presence in Ohio to 300 stores.", 'raises', [[], ['presence']]],
    ["The plan calls for the firm to merge its stores with Kroger's and to sell off its bakeries.", 'sell', [['firm'], ['bakeries']]],
    // A present tense the tagger read as a plural noun right after a name: the name is its subject.
    ['Salem said Mohamed wishes to use his newfound fame to help others.', 'use', [['Mohamed'], ['newfound fame']]],
    ['The browser has outlived its usefulness, and Microsoft no longer wants to support it.', 'support', [['Microsoft'], []]],
    // A relative clause's subject with a preposition of its own is the modified noun's phrase.
    ['Most salt in bread comes from flour, butter and sea water.', 'comes', [['Most salt'], []]],
    // Not one whose preposition may open a clause: the clause's own subject.
    ['European stocks recovered some of their losses after the Paris market closed.', 'closed', [['Paris market'], []]],
    // A subject the parse hung on a noun as its object, past a list of names in its own phrase.
    ['He defended that legislation [...] in the meantime our deals with Norway and Iceland are already yielding benefits [...] we want a fair system.', 'yielding', [['deals'], ['benefits']]],
    ['Environment Canada spokeswoman Ann Lee told CBC News the department will look into the incident.', 'look', [['department'], []]],
    // A base-form conjunct the parse hung on a tensed verb goes with the infinitive between them.
    ['On its website, the company has launched an aggressive campaign to persuade users to stop using the old app and update to a newer version.', 'update', [['users'], ['newer version']]],
    // Of two subjects, not one that gives an example inside the other's phrase.
    ['Articles in peer-reviewed medical journals including Nature Medicine have characterized the treatment as a form of fraud.', 'characterized', [['Articles'], ['treatment']]],
    // A hashtag is a name, not the verb a conjunct shares its subject with.
    ['Anna Berg heard of the arrest. She chose the hashtag #FreeMohammed and posted to Twitter.', 'posted', [['Anna Berg'], ['Twitter']]],
    ['The firm sent the offer to 500 shops and currently 190 shops have accepted one or more deliveries.', 'accepted', [['shops'], ['deliveries']]],
    ['Six shells of them hit the area near army posts 12 and 13 and other 15 shells fell near army posts 20 and 21, the agency said.', 'fell', [['shells'], []]],
    ["Though YouTube is complying with the Church of England's requests to take down the clip, other sites such as Vimeo.com have stated that they will keep showing the clip.", 'stated', [['other sites'], []]],
    // "X said A, and said B": the parse hung the first clause on the second, which has no subject.
    [
      'Britain\'s Shadow Health Secretary Maria Lopez said her party has backed the plan "for months", and said it was "shocking that the ministry isn\'t doing this already [...] including for small towns like Leeds" after the World Health Organization "recommended it a year ago."',
      'said',
      [['Maria Lopez'], []],
    ],
    // Inside a quotation "I" is its speaker.
    ['"I signed the contract on Friday," Maria Lopez said.', 'signed', [['Maria Lopez'], ['contract']]],
    // "we" is the group the speaker is a member of, by an affiliation or by the role.
    ['"We trained for months," team member Ana Lopez told reporters.', 'trained', [['team'], []]],
    ['"We will appeal the ruling," said Peter Hale, a member of the village council.', 'appeal', [['village council'], ['ruling']]],
    // … or the place the article names whose name the speaker's nationality is made from.
    ['England beat Peru 2-1 on Monday. English captain Harry Lane scored twice. He said, "We could have scored five goals in the first half."', 'scored', [['England'], ['goals']]],
    // … and in a paragraph signed by a person's name alone (a pull quote), that person.
    ['Maria Lopez left the group in 2019.\n\nI was told that I had to leave the country at once. Maria Lopez\n\nThe ministry declined to comment.', 'leave', [['Maria Lopez'], ['country']]],
    // … and in the same words printed again in the body (the pull quote's copy), unsigned.
    ['Maria Lopez left the group in 2019.\n\nI was told that I had to leave the country at once. Maria Lopez\n\nI was told that I had to leave the country at once. Her brother declined to comment.', 'leave', [['Maria Lopez'], ['country']]],
    // A person the sentence describes by a noun of the pronoun's gender, before it, comes before
    // the persons in focus; not someone's relation ("his father").
    ["Anna Berg met the doctors in March. So if we go to the young mother, she doesn't get enough sleep, she won't eat enough food.", 'eat', [['young mother'], ['enough food']]],
    ['John Smith arrived on Monday. He borrowed money from his father, and he really believes that the loan will help.', 'believes', [['John Smith'], []]],
    // "X told Y he would help him": he and him in one clause are two people, the one told the one helped.
    ['Karl Weber met Ivan Petrov in May, and Karl Weber told Ivan Petrov he would help him with the rent.', 'help', [['Karl Weber'], ['Ivan Petrov']]],
    ['Anna Berg called Mary Jones and promised Mary Jones that she would drive her to the station.', 'drive', [['Anna Berg'], ['Mary Jones']]],
    // A present tense the parse hung on a noun as a relative clause with no subject and no relative word is the phrase's.
    ["According to Health Minister Anna Berg, the success of this clinic in this mountain village shows progress in the region's care for mothers.", 'shows', [['success'], ['progress']]],
    // A "they" that reports and that nothing nearer names: the people who last reported, a few sentences back.
    ["The study's authors say salt deficiency is a serious problem. The results of the national survey showed that children are at risk. The report has prompted calls for new rules. They say adding iodine to salt is the simplest fix.", 'say', [['authors'], []]],
    // A "they" that a verb of saying reports is that verb's plural subject, found past the parse's slips, whatever it names.
    ["Though the city museum is complying with the mayor's orders to close the hall, other sites such as Example.com have stated that they will keep hosting the video.", 'hosting', [['other sites'], ['video']]],
    // A base-form conjunct the parse hung on a verb goes with the bare infinitive after that verb's object.
    ['Ivan Petrov wrote to former members of the club, who helped him leave the organization and get in touch with a lawyer.', 'get', [['Ivan Petrov'], ['lawyer']]],
    // An "it" that a reporting verb reports is that verb's subject when it is a singular common noun, no person or role.
    ['The regional airline said it would cut 500 jobs next year.', 'cut', [['regional airline'], ['jobs']]],
    // The main verb after a "whose" clause the parse read as the clause's conjunct, with the clause's object for its subject.
    ['The team whose two robots quickly earned the most points won that match.', 'won', [['team'], ['that match']]],
    // A clause's subject the parse took for the object of its subordinator read as a preposition.
    ['Berg said although rainfall and frost are often thought to harm the vines, the harvest was good.', 'harm', [['rainfall', 'frost'], ['vines']]],
    ['The shares fell sharply after the European Central Bank "raised rates again."', 'raised', [['European Central Bank'], ['rates']]],
    // Not past an "and" that opens a phrase of its own, nor one before the verb.
    ['The senator spoke before a committee and one of her aides sought a delay.', 'sought', [[], ['delay']]],
    ['Reporters were allowed inside since the explosion and found broken glass.', 'found', [['Reporters'], ['broken glass']]],
    // The parse's subject the last noun of a long subject phrase, after a preposition: the phrase's
    // head, or the person's name a title runs into.
    ['The Harlow Art Gallery at the University of Kent at Canterbury saw record crowds in 2019.', 'saw', [['Harlow Art Gallery'], ['record crowds']]],
    ['Chemistry major at University of Oslo Anna Berg heard of the fire.', 'heard', [['Anna Berg'], ['fire']]],
    // Not "with" (an absolute clause's subject).
    ['Ships with their lights turned off crossed the strait.', 'turned', [['lights'], []]],
    // A person the sentence introduces by a noun and a naming phrase is whom the next sentence's he/she
    // stands for, before the sentence's subject, whatever type the recogniser gave the name.
    ['At the fair, Taylor Quinn spoke with a cosplayer going by the name "The Stormbringer". She had hired a photographer to shoot her new costume.', 'hired', [['Stormbringer'], ['photographer']]],
    // A noun phrase the parse read as an adverbial clause is the verb's subject: the person's name set off in it.
    ['Also, an independent who does not claim to belong to either camp, Anna Berg of the Fishing, Farming and Forestry constituency, defeated her rivals and was elected.', 'elected', [[], ['Anna Berg']]],
    // A verb conjunct of a root that is no verb goes with the verb before it hung on that root.
    ['History major at University of Texas Arlington Anna Berg heard of the incident and wanted to send her support to Ahmed.', 'wanted', [['Anna Berg'], []]],
    // A base form the parse hung on a past tense goes with the conjunct that has a modal.
    ['The best part, Anna noted, was the room where children could paint a mug or draw cards and have their own portrait made.', 'have', [['children'], ['own portrait']]],
    // A reporting verb the parse hung on a noun, opening a quotation, is the sentence's verb.
    ['Our own analysis of the city traffic figures concluded, "Usually, the bridge is the #1 route, but over the past month it\'s been #2."', 'concluded', [['own analysis'], []]],
    // The one tensed verb of a sentence whose root is a noun, read as an adjective: the root noun is its subject.
    ['Footage released of the scene showed numerous bloodied victims and various scattered bags.', 'showed', [['Footage'], []]],
    // A subject before its verb has no conjunct after it.
    ['Reid has attacked Trump as a "human leech who will drain the country" and a "spoiled child."', 'drain', [['human leech'], ['country']]],
    // A pronoun skips a person whose first name says the other gender.
    ['Robert Brown met Mary Jones in Rome. She left the city on Monday.', 'left', [['Mary Jones'], ['city']]],
    // … or whom the article's own he/she made known to be of the other gender.
    ['Qira Vant arrived in Rome on Sunday. Zorbo Kalin said he was tired. She left the city on Monday.', 'left', [['Qira Vant'], ['city']]],
    // A person whose gender is known to fit comes before one whose gender nobody knows.
    ['Mary Smith met Zorbo Kalin in Rome. Zorbo Kalin spoke first. She left the city on Monday.', 'left', [['Mary Smith'], ['city']]],
    // The tagger's noun with a subject and an object in the parse is read as a verb (a headline).
    ['Hackers attack Church of Scientology website', 'attack', [['Hackers'], ['Church of Scientology']]],
    // A relative pronoun stands for the noun before it, however the parse hung its clause.
    ['Critics blamed the travel ban, which does not cover Afghanistan, for the delay.', 'cover', [['travel ban'], ['Afghanistan']]],
    // An infinitive the parse hangs on a verb's object is the object's doing (object control).
    ['The storm caused a tree to fall onto the road.', 'fall', [['tree'], []]],
    ['The council asked local shops to close early.', 'close', [['local shops'], []]],
    // A past participle without auxiliary in running text is a tagging slip, not a passive.
    ['Police arrested and questioned the driver.', 'arrested', [['Police'], []]],
    ['The army retaliated by shelling the town.', 'retaliated', [['army'], []]],
    // "it" is an organisation or place that is the subject of a clause above it, else nobody.
    ['Toyota said it would build a plant in Texas.', 'build', [['Toyota'], ['plant']]],
    ['The river flooded the valley. When it rained again, farmers left.', 'rained', [[], []]],
    // A preposition marks the subject of the verb after it: "with X V-ing", "for X to V".
    ['The match ended with Sweden winning three points.', 'winning', [['Sweden'], ['points']]],
    ['The game came to an end with England winning 2-1.', 'winning', [['England'], []]],
    ['The mayor opened a park for children to play in.', 'play', [['children'], []]],
    // "her" the tagger read as a possessive, with no noun after it, is the object pronoun.
    ['Anna Berg missed the opening, but then circumstances allowed for her to attend the exhibit.', 'attend', [['Anna Berg'], ['exhibit']]],
    ['Guards stopped Anna Berg at the gate and told her to leave.', 'told', [['Guards'], ['Anna Berg']]],
    // A passive whose "be" the parse reads as a copula: the subject is the target.
    ['The problem is easily fixed.', 'fixed', [[], ['problem']]],
    // A "they" after "someone" in its sentence is that unnamed person, not a group named before.
    ['Officials met the refugees on Monday. If someone arrives without papers, they will be sent back.', 'sent', [[], ['someone']]],
    // … named by that word; "no one" names nobody who acts.
    ['Officials met the refugees on Monday. If anyone enters the building without a pass, they will have to leave at once.', 'leave', [['anyone'], []]],
    ['The guards stopped the visitors. No one wanted to wait because they had to catch a train.', 'catch', [[], ['train']]],
    // "they" may stand for a singular noun for a group of people ("the team").
    ['The team arrived in Oslo after many difficulties. They made the trip twice and were turned away both times.', 'made', [['team'], ['trip']]],
    // "it" may stand for a name typed MISC that the article writes with "the" (a newspaper).
    ['Many people may not speak English or have access to legal help.\n\nThe Guardian cited examples of confusing questions, such as: "Were you ever forced to work?"\n\nIt quoted critics like the lawyer Anna Berg.', 'quoted', [['Guardian'], ['critics']]],
    // … or for a name written with capitals and digits the recogniser left out (a model).
    ['The A380 first flew in 2005. But it has outlived its usefulness, airlines say.', 'outlived', [['A380'], ['usefulness']]],
    // A subject that stands for nobody known is not filled with the previous verb's actor.
    ['The report was released on Monday. As time went by, they were able to focus.', 'focus', [[], []]],
    // A past form with a "by" phrase naming someone is a passive, however it was tagged.
    ['Hundreds of vendors offered products, joined by Stan Lee and Mark Hamill.', 'joined', [['Stan Lee', 'Mark Hamill'], ['Hundreds']]],
    // A subject the tagger read as a verb or an adjective is still named when it is a noun.
    ['For example, schools can run their own elections.', 'run', [['schools'], ['own elections']]],
    ['By 2030, undernourishment would rise by 20 percent.', 'rise', [['undernourishment'], []]],
    ['An independent who does not belong to any party won the seat.', 'belong', [['independent'], ['party']]],
    // A reported clause's subject the parse took for the reporting verb's object is no target of it.
    ['Whitmore stated Montalvo allegedly left the organization.', 'stated', [['Whitmore'], []]],
    ['The minister said the large amount of support had helped the campaign.', 'said', [['minister'], []]],
    ['Heald noted the findings show pollution is important.', 'noted', [['Heald'], []]],
    ['The agency says some crops may have higher yields.', 'says', [['agency'], []]],
    // A conjunct with a word of its own before its verbal group does not share the first one's subject.
    ['Rebels shelled the town and the army and police have both condemned.', 'condemned', [[], []]],
    // A clause has one subject: of several the parse gives, the one nearest before the verb, or
    // the one right after a reporting verb set off by a comma.
    ['Mr. Tedeschi also told the court that the girl was ill.', 'told', [['Tedeschi'], ['court']]],
    ['Minister of Education Stefania Giannini said the ruling was wrong.', 'said', [['Stefania Giannini'], []]],
    ['New members, said Mauer, are required to attend.', 'said', [['Mauer'], []]],
    // A past form right after "be" is a passive participle, whatever the tagger made of it.
    ['The boy was also never allowed to leave the ship.', 'allowed', [[], ['boy']]],
    // A past tense the parse hangs on a noun, with nothing of its own, is a participle.
    ['Police believe the migrants found in the truck had paid smugglers.', 'found', [[], ['migrants']]],
    ['Parents prosecuted after daughter dies', 'prosecuted', [[], ['Parents']]],
    // After a quotation a reporting verb's subject may follow it.
    ['"We will respond firmly," added the statement.', 'added', [['statement'], []]],
    // A quotation left open at its paragraph's end runs on to the next paragraph's closing mark:
    // its "we" is still the group its speaker speaks for; without a closing mark it does not run on.
    ['Toyota spokesman Ken Mori said, "We opened the plant in March.\n\nWe will hire more workers next year." The plant is in Texas.', 'hire', [['Toyota'], ['more workers']]],
    ['After the game, Norway coach Lars Berg said, "We played well in the first half.\n\nIf we had scored twice, the result would be different."', 'scored', [['Norway'], []]],
    ['Toyota spokesman Ken Mori said, "We opened the plant in March.\n\nWe will hire more workers next year. Analysts said "the plan" was sound.', 'hire', [[], ['more workers']]],
  ] as const)('%s → %s', (text, trigger, expected) => {
    expect(args(text)[trigger]).toEqual(expected);
  });
});

describe('event dates from the parse', () => {
  const dates = (text: string) => {
    const r = analyze(text, { date: '2024-03-04', tasks: ['events'] });
    return Object.fromEntries((r.events ?? []).map((e) => [e.trigger.text, e.date?.text ?? null]));
  };
  it.each([
    // A fronted date dates the verbs of the clause after it, coordinated ones too.
    ['Last week, rebels killed three soldiers and wounded six others.', { killed: 'Last week', wounded: 'Last week' }],
    // A participle clause takes the date of the verb it hangs on.
    ['On Monday the minister left Vienna, promising to return soon.', { left: 'Monday', promising: 'Monday', return: null }],
    // A verb takes the date of the infinitive or participle it governs.
    ['The mayor declined to comment on Saturday.', { declined: 'Saturday', comment: 'Saturday' }],
    // A date after a verb's infinitive is the infinitive's; the verb takes it only when it is not later than the text.
    ['The bank expects to achieve record earnings in 2025.', { expects: null, achieve: '2025' }],
    // A later date hung on a verb with an infinitive is the infinitive's: the plan is now.
    ['Tomorrow the student plans to meet the judges at the science fair.', { plans: null, meet: 'Tomorrow' }],
    // A when or as clause and the clause it modifies happen at one time.
    ['The guard was shot on Friday night as he stood near the gate.', { shot: 'Friday night', stood: 'Friday night' }],
    ['Two sailors died when the ferry sank in late November.', { died: 'late November', sank: 'late November' }],
    // What followed a dated "after" clause is told at its date; not a present or present perfect.
    ['The ferry was towed to port after the storm damaged its engine on Sunday.', { towed: 'Sunday', damaged: 'Sunday' }],
    ['The inquiry comes after the minister resigned on Tuesday.', { comes: null, resigned: 'Tuesday' }],
    ['Prices have risen after the mine closed in March.', { risen: null, closed: 'March' }],
    // A verb the date follows right away is dated by it, wherever the parse hangs the date.
    ['Investigators said Friday they found a rifle near the house.', { said: 'Friday' }],
    // A verb happens at the date of the event noun it happens in; a fronted date dates the verb's oblique.
    ['Six people were killed in a car bomb attack on Friday.', { killed: 'Friday', attack: 'Friday' }],
    ['In 2007, the captain left the ship after a confrontation with the crew.', { left: '2007', confrontation: '2007' }],
    // A when clause right after a date happened then, wherever the parse hangs it.
    ['The town became the centre of a search in November when a hiker was reported missing.', { reported: 'November' }],
    ['He lived in Berlin from 1961, when the wall went up, until 1975.', { went: '1961' }],
    // A reported clause in the present holds when it is reported; a past or a future is another time.
    ['Police said Friday that divers are still searching the lake for the missing boat.', { said: 'Friday', searching: 'Friday' }],
    ['The company said Monday that it will close the plant.', { said: 'Monday', close: null }],
    // A past progressive or a past "be" with a predicate is the reporting time's present put back a tense.
    ['The company said Monday that it was considering a sale of the plant.', { said: 'Monday', considering: 'Monday' }],
    ['The minister told parliament on Sunday that the government was willing to withdraw its troops.', { willing: 'Sunday', withdraw: null }],
    ['Police said Monday that they arrested two men.', { said: 'Monday', arrested: null }],
    // A date inside an event noun's phrase is the noun's own, whatever verb the parse hangs it on.
    ['Officials said Sunday they were still investigating the Oct. 23 killing of a shopkeeper.', { said: 'Sunday', killing: 'Oct. 23' }],
    ['The Aug. 7, 1998, bombings killed more than 200 people.', { bombings: 'Aug. 7, 1998' }],
    ['He was charged in the May 2019 stabbing death of a shopkeeper.', { stabbing: 'May 2019', death: 'May 2019' }],
    ['Divers searched the 1995 shooting range.', { shooting: null }],
    // The date of a figure compared with dates no verb.
    ['Net income fell 12% to $30 million, or 41 cents a share, from $34 million, or 47 cents a share, a year earlier.', { fell: null }],
    ['The army withdrew troops from 12 towns and villages on Monday.', { withdrew: 'Monday' }],
    ['Visitors to the park jumped from fewer than 1,000 in 1990 to more than 3,000 last year.', { jumped: 'last year' }],
    // A relative clause or participle on a dated event tells what happened then.
    ['Rescuers reached the scene of the 2015 earthquake that killed 9,000 people.', { reached: null, earthquake: '2015', killed: '2015' }],
    ['He recalled the 2010 strike that paralysed the port.', { recalled: null, paralysed: '2010' }],
    // A reporting verb after the clause it reports is not dated by the clause's date.
    ['The utility, which serves most of the county, restored power to 12,000 homes late Tuesday, a spokeswoman for the company said.', { restored: 'late Tuesday', said: null }],
    ['"We will have a very difficult season this year," Mr. Olsen says.', { says: null }],
    // A date right after the event noun a verb takes dates the verb.
    ['The minister told a news conference on Tuesday that the border would stay closed.', { told: 'Tuesday', conference: 'Tuesday' }],
    // An oblique event noun dates its verb the same way.
    ['Attacks have grown since the party was expelled from peace talks on Feb. 20 in punishment for a killing.', { expelled: 'Feb. 20', talks: 'Feb. 20' }],
    // The object of a light verb is the event the verb names, wherever the date stands.
    ['Last week, the rebels carried out an attack on the base.', { carried: 'Last week', attack: 'Last week' }],
    ['In fiscal 2019, the firm had sales of $40 million.', { had: 'fiscal 2019', sales: 'fiscal 2019' }],
    // What a verb issues, sends or files is dated with it, wherever the date stands.
    ['Earlier that day, the school sent a fax to parents explaining that the roads were closed.', { sent: 'Earlier that day', fax: 'Earlier that day' }],
    ['In March, the opposition filed an appeal against the ruling with the supreme court.', { filed: 'March', appeal: 'March', ruling: null }],
    // The purpose of going or gathering is done on getting there; not what someone is sent to do.
    ['The ministers met in Brussels on Monday to discuss the budget.', { met: 'Monday', discuss: 'Monday' }],
    ['Thousands of farmers marched through the capital on Saturday to demand lower fuel taxes.', { demand: 'Saturday' }],
    ['The insurer sent a team of engineers on Monday to inspect the damaged bridge.', { sent: 'Monday', inspect: null }],
    // A past "after" clause with no date of its own is at the date of what followed it.
    ['The driver was arrested Friday after his truck came to a stop near the border.', { arrested: 'Friday', came: 'Friday', stop: 'Friday' }],
    ['The museum reopened in 2019 after it was closed for repairs in 2016.', { reopened: '2019', closed: '2016' }],
    // The subject of a passive light verb is its event, as the object of the active one.
    ['He said a memorial service would be held at the cathedral on Saturday.', { service: 'Saturday', held: 'Saturday' }],
    ['The raid was carried out on Tuesday by special forces.', { raid: 'Tuesday', carried: 'Tuesday' }],
    // An event a verb happens in, during or at is at its date; not at a date that bounds the verb.
    ['The minister spoke to reporters Tuesday during a short visit to the port.', { spoke: 'Tuesday', visit: 'Tuesday' }],
    // A verb happens in the letter or poll its oblique names, at the date of the participle that dates it.
    ['In a national poll completed on Sunday, 60 percent of voters said they opposed the plan.', { completed: 'Sunday', said: 'Sunday' }],
    ['In the previous poll, conducted in early May, the mayor led her rival by 5 points.', { conducted: 'early May', led: 'early May' }],
    ['The grain exports would double by August in the search for new markets.', { double: 'August', search: null }],
    ['Since January, the senator has held rallies in six states.', { held: 'January', rallies: null }],
    // Parse slips: an event noun hung on the date's words, a finite verb hung on a dated noun, a
    // noun conjunct with no phrase of its own.
    ['Poland will join the alliance on March 12 in a ceremony in Missouri.', { join: 'March 12', ceremony: 'March 12' }],
    ['The inspectors resumed work in Basra Friday, two months after they left.', { resumed: 'Friday', work: 'Friday' }],
    ["The following were among Friday's offerings and pricings in the markets.", { offerings: 'Friday', pricings: 'Friday' }],
    ['Shares were depressed by overnight losses in Tokyo and by the drop in the yen after the vote.', { losses: 'overnight', drop: null }],
    // A period up to now or from now after "in" places an event; one after "for" or "over" tells how long.
    ['Long-term interest rates have fallen in the last few months.', { fallen: 'the last few months' }],
    ['Officials expect the economy to slow in coming months.', { slow: 'coming months' }],
    ['She has worked at the bank for the past two years.', { worked: null }],
    // A date in the subject of a reported clause, which the parse took for the reporting verb's object, is the clause verb's.
    ['The company said net income for the third quarter fell 6% to $20 million.', { said: null, fell: 'the third quarter' }],
    ['Separately, Acme Corp. reported third-quarter profit jumped 45% to $5 million.', { reported: null, jumped: 'third-quarter' }],
    ["The candidates cited the figure at last week's forum viewed by 14 million people.", { cited: 'last week' }],
    // A date after the verb of a reported clause is the clause's, wherever the parse hangs it.
    ['In her memoir, the nurse claims that she was working from 7:00am to midnight and barely slept.', { claims: null, working: '7:00am' }],
    // A conjunct with a modal of its own does not share the date of one without.
    ['The regulator cleared the merger yesterday, and the banks must wait 30 days before closing the deal.', { cleared: 'yesterday', wait: null, closing: null }],
    ['The fund began raising its stake in the company in July, and holds 14.6% of the shares.', { began: 'July', holds: null }],
    // A date between a noun and the participle on it the parse hangs it on is the noun's and its verb's.
    ['The envoys issued a joint statement Friday saying the accord will strengthen security in the region.', { issued: 'Friday', saying: 'Friday' }],
    // An event noun that is the subject of the relative clause right after it happens at the clause's date.
    ['The airline is in bankruptcy proceedings in the wake of a strike that began last spring.', { strike: 'last spring', began: 'last spring' }],
    ['Officials saw no link to explosions that went off in New Jersey today near a charity run.', { explosions: 'today', went: 'today' }],
    // "current" on a noun dates no event but an event noun it modifies.
    ['He called current market conditions highly competitive.', { called: null }],
    ['Voters would then choose between the new flag and their current flag early next year.', { choose: 'early next year' }],
    ["The World reports on the prime minister's current visit to Washington.", { visit: 'current' }],
    // A date that opens the sentence places its main clause: past an insertion between commas and a relative clause.
    ['Last month, the health minister, on a tour of the northern provinces, opened two clinics.', { opened: 'Last month' }],
    ['On Monday, rescue divers, wondering whether the wreck could still be raised before the storm, searched the bay again and recovered the engine.', { searched: 'Monday', recovered: 'Monday' }],
    ['In March, inspectors who had been checking the bridge for weeks ordered it closed.', { ordered: 'March' }],
    ['On Friday, the guard, who stole and sold the paintings in 2019, was sentenced to six years.', { sentenced: 'Friday', sold: '2019' }],
    // The same after a comma and a conjunction, or a semicolon, that open a clause.
    ['The tenants filed a lawsuit to block the eviction, but in May a county judge ruled against them.', { ruled: 'May' }],
    ['If the bonds are converted, the firm will issue 2 million shares; last Friday, the firm had 40 million shares outstanding.', { had: 'last Friday' }],
    // Days counted from an event date what happens in them, not the event they are counted from.
    ['The van was seen near the farm in the days before the owner was arrested.', { seen: 'days', arrested: null }],
    ['Days after the mayor resigned, the council called an election.', { resigned: null, called: 'Days' }],
    // An -ing form after a verb of finding or standing was going on then; not after another verb.
    ['On Monday the boy was found clinging to a log.', { found: 'Monday', clinging: 'Monday' }],
    ['At noon the guard stood chatting with a driver near the gate.', { stood: 'noon', chatting: 'noon' }],
    ['On Monday the minister suggested raising the tax.', { suggested: 'Monday', raising: null }],
    // A predicate noun or adjective of a linking verb holds from the verb's date; not the complement of another verb.
    ['By Monday the strike had become a crisis.', { become: 'Monday', crisis: 'Monday' }],
    ['Such deals could help slash costs in half by the end of 2025.', { help: 'the end of 2025' }],
    // A predicate adjective takes the date of its "to" infinitive, as a verb does.
    ['Officials at the port were not available to comment late Sunday.', { available: 'late Sunday', comment: 'late Sunday' }],
    // A relative clause in the past progressive on a dated verb's subject or object was going on then.
    ['A woman who was walking her dog was struck by a car on Sunday night.', { walking: 'Sunday night', struck: 'Sunday night' }],
    ['A woman who walks her dog in the park was struck by a car on Sunday night.', { walks: null, struck: 'Sunday night' }],
    // A contrasting clause opening the sentence keeps its dates; one after the comma that closes it opens the main clause.
    ['And while there was no growth this year in the old business, last year it contributed $5 million.', { growth: 'this year', contributed: 'last year' }],
    ['Although the shop is busy now, the owner was struggling to pay the rent during the winter.', { struggling: 'the winter' }],
    ['As of Friday evening, the owner still had not signed the lease.', { signed: 'Friday evening' }],
    // And the verbs listed after its main verb with the same tense; not an infinitive's conjunct.
    ['In April, the council, after a long debate, closed the library, sold the building and cut the budget.', { closed: 'April', sold: 'April', cut: 'April' }],
    ['Last week, the firm paid for the mayors to fly to Paris and tour the plant.', { paid: 'Last week', tour: null }],
    // A date after a verb and at most two adverbs dates the verb; not after "that", nor an adjective date on a noun.
    ['Head of the National Crime Agency Maria Olsen said here Friday that the police raid on the port is not directly linked with the fraud inquiry.', { said: 'Friday' }],
    ['The regulator noted that last year the bank paid no tax.', { noted: null, paid: 'last year' }],
    ['Grain prices were depressed initially by overnight losses in Chicago.', { depressed: null, losses: 'overnight' }],
    // The infinitive of a verb of trying is at its date; not after a verb of promising, nor a date that bounds it.
    ['On Tuesday the coach tried to calm the angry fans.', { tried: 'Tuesday', calm: 'Tuesday' }],
    ['The mayor on Monday promised to repair the bridge.', { promised: 'Monday', repair: null }],
    ['Until Thursday, the senator refused to release her tax returns.', { release: null }],
    // An event noun dated in its own phrase dates the simple past verb it is the subject of, right after it; not a perfect.
    ['Rescuers reached the valley, where the May 3 landslide buried two farms.', { landslide: 'May 3', buried: 'May 3', reached: null }],
    ['Rescuers reached the valley, where the May 3 landslide has buried two farms.', { buried: null }],
    // "to close at" is the end of its verb's move, at its date both ways, wherever the parse hangs it.
    ['Harbour Mills shares fell 40 cents to close at $12.10 in composite trading yesterday.', { fell: 'yesterday', close: 'yesterday' }],
    ['In composite trading yesterday, Harbour Mills shares fell 40 cents to close at $12.10.', { fell: 'yesterday', close: 'yesterday' }],
    ['Harbour Mills shares fell 40 cents yesterday to buy time.', { buy: null }],
    // A date inside an event noun's phrase after a determiner is the noun's, not the reporting verb's before it.
    ['Residents said the Sept. 4 explosion damaged the bridge.', { said: null, explosion: 'Sept. 4', damaged: 'Sept. 4' }],
    ['Police said the Nov. 2 attack wounded three guards.', { said: null, attack: 'Nov. 2', wounded: 'Nov. 2' }],
    ['Neighbours said on June 9 that the fire had spread.', { said: 'June 9' }],
  ] as const)('%s', (text, expected) => {
    expect(dates(text)).toMatchObject(expected);
  });
});

// An acronym the article gives an entity stands for it where the recogniser left it out (the
// tagger may read "WHO" at a sentence's start as a wh-word): the resolver's acronym table.
describe('acronyms of the article', () => {
  const text = 'The Regional Health Board (RHB) met on Monday. WHO say the water is safe.';
  const board: Entity = {
    name: 'Regional Health Board',
    type: 'ORGANIZATION',
    count: 2,
    aliases: ['Regional Health Board', 'RHB'],
    mentions: [
      { start: 4, end: 25, text: 'Regional Health Board' },
      { start: 27, end: 30, text: 'RHB' },
    ],
    roles: [],
    affiliations: [],
  };
  const focus = newFocus(buildArticle(text), [board], []);
  it('names the entity by its acronym, in capitals only', () => {
    expect(acronymEntity('RHB', focus)?.name).toBe('Regional Health Board');
    expect(acronymEntity('Rhb', focus)).toBeNull();
    expect(acronymEntity('WHO', focus)).toBeNull();
  });
});
