// From a noun phrase to participant names: the entity whose mention holds the phrase's head, a
// pronoun resolved (he/she: the person last in focus, whose gender the shared resolver reads; it/
// they: the shared resolver, src/pronouns/antecedent.ts), or else the phrase itself when it is
// short and clean ("US diplomats"). Coordinated phrases ("Vučić and Putin") give every conjunct.

import type { Article } from '../article/article.js';
import type { Entity } from '../types.js';
import type { SentenceContext } from './context.js';
import { MAX_PARSED_TOKENS, parseOf } from '../syntax/sentence-parse.js';
import { infoOf } from './features.js';
import { dependentsOf } from '../syntax/tree.js';
import { pronounGender } from '../entities/person-words.js';
import { indexEntities, type EntityIndex } from '../entities/entity-index.js';
import { antecedent, genderOf, nounGender, pronounText, pronounWant, tokenAt, type PronounText } from '../pronouns/antecedent.js';
import { eventLexicon } from './lexicon.js';
import { headOf, isPossessiveMark, isPronoun, phraseEndingAfter, phraseStartingBefore } from './phrases.js';

/**
 * Who is in focus across sentences, for pronouns: the last PERSON among the actors found so far
 * ("he", "she") and the last group of two or more actors ("they"), centering-style (subjects are
 * the likeliest antecedents).
 */
export interface Focus {
  person: string | null;
  /** The persons that were in focus, latest first (a few), for a pronoun whose gender rules out `person`. */
  persons: string[];
  /** The last group of named actors (none when it mixes a person with another kind: see updateFocus). */
  group: string[];
  /** Sentence index where `group` was set; a group older than a few sentences is forgotten. */
  groupSentence: number;
  sentence: number;
  /** Sentence index where `person` was last set. */
  personSentence: number;
  /** The last plural actor ("the parents", "X and Y"), for "they". */
  plural: string[];
  pluralSentence: number;
  /** The last plural description of people that reported something ("the report's authors say"), for a "they" that reports. */
  sayers: string[];
  sayersSentence: number;
  /** The shared pronoun resolver's view of the article (src/pronouns/antecedent.ts), built on first use. */
  resolver: () => Resolver;
  /** Names a sentence introduces as someone's ("a cosplayer going by the name X"): persons whatever the recogniser typed them (introducedPersons). */
  introduced: ReadonlySet<Entity>;
}

/**
 * "it" and "they" outside a quotation, as the shared resolver reads them with the parse's salience
 * (src/pronouns/antecedent.ts): the first subject of the clauses above ("North Korea stated it
 * would attack"), else of the closest sentence before with one, when it agrees (an organisation or
 * a place for "it", an organisation for "they"); nobody when it does not.
 */
export function resolvedPronoun(c: SentenceContext, i: number, focus: Focus, w = c.lower[i]): string[] {
  const want = pronounWant(w);
  if (c.quoted[i] || !want || want.types.has('PERSON')) return [];
  const r = focus.resolver();
  // Descriptions for "they" only: for "it" they were right about half the time (PolNeAR dev by hand).
  // For "it", a name written with capitals and digits that the recogniser left out ("IE6 shipped
  // with Windows XP … But it has outlived its usefulness"): a product or a model.
  const describe = want.plural ? (k: number) => r.describe(k, true) : (k: number) => (CODE_NAME_RE.test(r.text.tokens[k].text) ? r.text.tokens[k].text : null);
  // "The Guardian … It quoted critics": a name the recogniser typed MISC that the article writes
  // with "the" (a newspaper, a ship, a work) is an "it" too; not a bare MISC ("Republican").
  const text = r.text.article.text;
  const titled = (e: Entity) => e.type !== 'MISC' || e.mentions.some((m) => /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)));
  const it = w === 'it' || w === 'its';
  const found = antecedent(r.text, r.index, globalToken(r.text, c, i), { ...want, types: it ? IT_TYPES : want.types, accept: it ? titled : want.accept, subjects: r.subjects, describe });
  return found?.entity ? [found.entity.name] : found?.description ? [found.description] : [];
}

const CODE_NAME_RE = /^\p{Lu}[\p{L}-]*\d[\p{L}\d-]*$/u;
const IT_TYPES: ReadonlySet<Entity['type']> = new Set(['ORGANIZATION', 'LOCATION', 'MISC']);

/** The article-wide index of the sentence's token i. */
function globalToken(t: PronounText, c: SentenceContext, i: number): number {
  return tokenAt(t.tokens, c.tokens[i].start);
}

interface Resolver {
  text: PronounText;
  /** The subject words of the sentence [from, to) (article token indices) from its parse. */
  subjects: (from: number, to: number, at: number) => readonly number[] | null;
  index: EntityIndex;
  byName: ReadonlyMap<string, Entity>;
  /** Entities by the acronyms the article gives them ("World Health Organisation (WHO)": WHO). */
  byAcronym: ReadonlyMap<string, Entity>;
  /** A subject word (article token index) as a description "it" (plural: "they") may stand for, or null. */
  describe: (k: number, plural: boolean) => string | null;
}

const SUBJECT_LABELS = new Set(['nsubj', 'nsubj:pass']);

/**
 * Salience for the resolver, from a sentence's parse: the subjects of its clauses (and their
 * conjuncts), the root's first, then in word order; in the pronoun's own sentence only those of the
 * clauses above the pronoun, nearest first ("North Korea stated it would attack", not "Though
 * YouTube is complying …, other sites have stated that they": a subordinate clause's subject).
 */
function subjectWords(article: Article, { sentenceOf }: PronounText): (from: number, to: number, at: number) => readonly number[] | null {
  return (from, to, at) => {
    if (to - from > MAX_PARSED_TOKENS) return null;
    const p = parseOf(article, sentenceOf[from]);
    const deps = dependentsOf(p);
    // A clause's subjects nearest its verb first (of several the parse gives, the one right before
    // the verb is the clause's: "walk-ins were the third time AROS said"), each with its conjuncts.
    const subjectsOf = (v: number) => {
      const out: number[] = [];
      const own = deps[v].filter((k) => SUBJECT_LABELS.has(p.labels[k])).sort((a, b) => Math.abs(a - v) - Math.abs(b - v));
      for (const k of own) out.push(k, ...deps[k].filter((j) => p.labels[j] === 'conj'));
      return out;
    };
    const out: number[] = [];
    if (at >= from && at < to) {
      for (let h = p.heads[at - from], n = 0; h >= 0 && n < MAX_PARSED_TOKENS; h = p.heads[h], n++) out.push(...subjectsOf(h));
    } else {
      const root = p.heads.indexOf(-1);
      if (root >= 0) out.push(...subjectsOf(root));
      for (let k = 0; k < p.heads.length; k++) if (SUBJECT_LABELS.has(p.labels[k]) && !out.includes(k)) out.push(k);
    }
    return out.map((k) => from + k);
  };
}

// Words of a noun phrase left of its head that a description keeps ("the boy's digital clock": digital clock).
const DESCRIPTION_PARTS = new Set(['compound', 'amod']);
const MAX_DESCRIPTION = 3;
// Determiners that point at one thing (or group) the reader knows: what a pronoun may pick up.
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);

/**
 * A subject that names no entity as what "it" or "they" may stand for: a common noun that agrees
 * (singular for "it", plural for "they") and that WordNet does not know as a person ("it" is no
 * teacher; "they" may be people: "the researchers") nor as a time ("the first half"), named by its
 * head and the modifiers right before it ("digital clock").
 */
function subjectDescription(article: Article, { sentenceFrom, sentenceOf, tag: tagOf }: PronounText): (k: number, plural: boolean) => string | null {
  return (k, plural) => {
    const si = sentenceOf[k];
    const from = sentenceFrom[k];
    const tag = tagOf(k);
    const token = article.tokens[k];
    // "The team arrived … They made the trip": a noun for a group of people is plural enough.
    const collective = plural && tag === 'NN' && eventLexicon().words.collective.has(token.text.toLowerCase());
    if (tag !== (plural ? 'NNS' : 'NN') && !collective) return null;
    if (!/^\p{L}[\p{L}-]*$/u.test(token.text)) return null;
    const fields = infoOf(token.text).nounFields;
    if (fields.includes('time') || (!plural && fields.includes('person')) || (plural && fields.length > 0 && !fields.includes('person') && !fields.includes('group'))) return null;
    const p = parseOf(article, si);
    // "neither side", "every team": a quantified noun refers to no one thing.
    // "their lives": a possessive pronoun makes the noun as much in need of an antecedent as "they".
    for (let j = 0; j < k - from; j++) {
      if (p.heads[j] !== k - from) continue;
      if ((p.labels[j] === 'det' && !DEFINITE.has(article.tokens[from + j].text.toLowerCase())) || tagOf(from + j) === 'PRP$') return null;
    }
    let first = k - from;
    while (first > 0 && k - from - first < MAX_DESCRIPTION - 1 && p.heads[first - 1] === k - from && DESCRIPTION_PARTS.has(p.labels[first - 1])) first--;
    return article.text.slice(article.tokens[from + first].start, token.end);
  };
}

const ACRONYM_RE = /^\p{Lu}{2,6}$/u;

/**
 * The entity an acronym stands for where the recogniser left it out, an alias the article gave the
 * entity ("The World Health Organisation (WHO) recommends … WHO say": the second WHO, read as a
 * wh-word, is no mention); null for any other word.
 */
export function acronymEntity(word: string, focus: Focus): Entity | null {
  return ACRONYM_RE.test(word) ? (focus.resolver().byAcronym.get(word) ?? null) : null;
}

/** `quoted`: the article's quoted stretches (events/context.ts quotedRegions), sorted by start. */
export function newFocus(article: Article, entities: readonly Entity[], quoted: readonly { start: number; end: number }[]): Focus {
  let r: Resolver | null = null;
  const resolver = () => {
    if (r) return r;
    const text = pronounText(article, quoted);
    return (r = {
      text,
      subjects: subjectWords(article, text),
      index: indexEntities(entities),
      byName: new Map(entities.map((e) => [e.name, e] as const)),
      byAcronym: new Map(entities.flatMap((e) => e.aliases.filter((a) => ACRONYM_RE.test(a)).map((a) => [a, e] as const))),
      describe: subjectDescription(article, text),
    });
  };
  return { person: null, persons: [], group: [], groupSentence: -1, sentence: 0, personSentence: -1, plural: [], pluralSentence: -1, sayers: [], sayersSentence: -1, resolver, introduced: introducedPersons(article.text, entities) };
}

// "a cosplayer going by the name 'X'", "a man named X", "a blogger known as X": a singular noun
// after "a"/"an", then a naming phrase, then the name (maybe in quotation marks, maybe after a
// "The" the recogniser left out of it).
const INTRODUCED_RE = /\ban?\s+([a-z][a-z-]*)\s+(?:named|called|nicknamed|known\s+as|(?:going|goes|went)\s+by(?:\s+the\s+name(?:\s+of)?)?)\s*["“‘']?(?:The\s+)?$/;
const INTRODUCED_LOOKBACK = 60;

/**
 * Names the article introduces as a person's by a noun and a naming phrase ("a cosplayer going by
 * the name 'The Katherinator'", "a man named Tom Pell"), whatever type the recogniser gave them (a
 * nickname read as an organisation): the noun one WordNet knows as a person or not at all (not "a
 * group called …"; the fields newsx ships are empty for many nouns, "town" and "dog" among them,
 * so this lets those through: the pattern is rare, 5 times on TBAQ, PolNeAR dev and GUM news).
 */
function introducedPersons(text: string, entities: readonly Entity[]): Set<Entity> {
  const out = new Set<Entity>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const noun = INTRODUCED_RE.exec(text.slice(Math.max(0, m.start - INTRODUCED_LOOKBACK), m.start))?.[1];
      if (!noun) continue;
      const fields = infoOf(noun).nounFields;
      if (fields.length === 0 || fields.includes('person')) out.add(e);
    }
  }
  return out;
}

/** The entity's type for the focus: PERSON for a name introduced as a person's (introducedPersons). */
export function focusType(focus: Focus, e: Entity): Entity['type'] {
  return focus.introduced.has(e) ? 'PERSON' : e.type;
}

/**
 * After a sentence: when no person acted in it, the first person it names comes into focus
 * (the subject is usually named first), so "Mohamed was arrested … . He said …" finds Mohamed.
 */
export function endSentence(focus: Focus, c: SentenceContext): void {
  const entityAt = c.entityAt;
  const named: string[] = [];
  let introduced: string | null = null;
  for (const e of entityAt) {
    if (e && focus.introduced.has(e)) introduced ??= e.name;
    if (e && focusType(focus, e) === 'PERSON' && !named.includes(e.name)) named.push(e.name);
  }
  if (!named.length) return;
  // A person the sentence introduces by a noun and a naming phrase is whom it goes on to talk
  // about ("Reporters spoke with a cosplayer going by the name 'X'. She was …"), before whoever acted.
  if (introduced) setPerson(focus, introduced);
  else if (focus.personSentence !== focus.sentence) setPerson(focus, named[0]);
  // The others named stay within reach of a pronoun that rules out the one in focus, after it.
  const [first, ...older] = focus.persons;
  focus.persons = [first, ...named.filter((n) => n !== first), ...older.filter((n) => !named.includes(n))].slice(0, PERSON_MEMORY);
}

const GROUP_MEMORY = 4;
// How many persons back a gendered pronoun may reach past those its gender rules out.
const PERSON_MEMORY = 4;

function setPerson(focus: Focus, name: string): void {
  focus.person = name;
  focus.personSentence = focus.sentence;
  focus.persons = [name, ...focus.persons.filter((p) => p !== name)].slice(0, PERSON_MEMORY);
}

/** A person's gender as the shared resolver reads it (first name, honorific, role, the article's he/she), or null. */
function personGender(name: string, focus: Focus): 'm' | 'f' | null {
  const r = focus.resolver();
  const e = r.byName.get(name);
  return e ? genderOf(r.text, r.index, e) : null;
}

/** Can the pronoun stand for the person? Not when the person is known to be of the other gender. */
function genderFits(pronoun: string, name: string, focus: Focus): boolean {
  const g = personGender(name, focus);
  return g === null || g === pronounGender(pronoun);
}
/** The pronoun fits the person's known gender. */
function genderKnownFits(pronoun: string, name: string, focus: Focus): boolean {
  const g = personGender(name, focus);
  return g !== null && g === pronounGender(pronoun);
}
const MAX_PHRASE_TOKENS = 4;
const SINGULAR = new Set(['he', 'she', 'him', 'her']);

export function updateFocus(focus: Focus, actors: readonly string[], types: ReadonlyMap<string, Entity['type']>): void {
  const person = actors.find((a) => types.get(a) === 'PERSON');
  if (person) setPerson(focus, person);
  if (actors.length >= 2 && actors.every((a) => types.has(a))) {
    // A group stands for "they" when a person in it is with people only ("Lopez and Park", "France
    // and Germany"; not "Manju Sam" and the city "Sydney": a parse that made a place a co-actor).
    const kinds = new Set(actors.map((a) => types.get(a)));
    focus.group = kinds.size > 1 && kinds.has('PERSON') ? [] : [...actors];
    focus.groupSentence = focus.sentence;
  }
}

// How many sentences back a "they" that reports may reach for the people who last reported (as GROUP_MEMORY).
const SAYERS_MEMORY = 4;

/**
 * "The report's authors say iodine deficiency is … The report has prompted calls … They say adding
 * the mineral …": a reporting verb's one actor that is a plural description of people (a plural
 * noun WordNet knows as a person or a group or not at all, no name) is remembered for a later "they" that reports.
 */
export function noteSayers(c: SentenceContext, i: number, actors: readonly string[], focus: Focus, types: ReadonlyMap<string, Entity['type']>): void {
  if (c.labels[i] !== 'REPORTING' || actors.length !== 1 || types.has(actors[0])) return;
  // A description, no name in it ("Elian Gonzalez lives", a mention and a verb, is none).
  if (!actors[0].split(/\s+/).every((w) => /^\p{Ll}/u.test(w))) return;
  const head = actors[0].split(/\s+/).pop()!;
  for (let k = 0; k < i; k++) {
    if (c.words[k] !== head || c.tags[k] !== 'NNS' || c.entityAt[k]) continue;
    if (mayNamePeople(c, k)) {
      focus.sayers = [actors[0]];
      focus.sayersSentence = focus.sentence;
    }
    return;
  }
}

/** The people who last reported, for a "they" that reports and that nothing else names. */
export function sayersInFocus(focus: Focus): string[] {
  return focus.sayersSentence >= 0 && focus.sentence - focus.sayersSentence <= SAYERS_MEMORY ? [...focus.sayers] : [];
}

// [for "he"/"him", for "she"/"her"] per sentence
const personBeforeMemo = new WeakMap<SentenceContext, [Int32Array | null, Int32Array | null]>();

/**
 * For each token, the last token before it in the sentence that belongs to a PERSON the pronoun
 * can stand for (genderFits), or -1: one pass per sentence, not a walk back per pronoun (which
 * made a sentence of thousands of "he"s quadratic).
 */
function personBefore(c: SentenceContext, pronoun: string, focus: Focus): Int32Array {
  let memo = personBeforeMemo.get(c);
  if (!memo) personBeforeMemo.set(c, (memo = [null, null]));
  const slot = pronounGender(pronoun) === 'f' ? 1 : 0;
  let out = memo[slot];
  if (!out) {
    out = memo[slot] = new Int32Array(c.entityAt.length);
    let last = -1;
    for (let k = 0; k < out.length; k++) {
      out[k] = last;
      const e = c.entityAt[k];
      if (e?.type === 'PERSON' && genderFits(pronoun, e.name, focus)) last = k;
    }
  }
  return out;
}

/** Whom the pronoun at i stands for; `w` reads it as another form ("his" as "he": noun-arguments.ts). */
export function pronounValue(c: SentenceContext, i: number, focus: Focus, w = c.lower[i]): string[] {
  // Inside a quotation, "I" is its speaker and "we" the group the speaker stands for.
  if (w === 'i' || w === 'me') return c.voiceAt[i]?.self ? [c.voiceAt[i]!.self!] : [];
  if (w === 'we' || w === 'us') return c.voiceAt[i]?.group ? [c.voiceAt[i]!.group!] : [];
  if (!eventLexicon().words.pronoun.has(w)) return [];
  if (SINGULAR.has(w)) {
    // A person named earlier in the same sentence comes first ("Mohamed said he …").
    const k = personBefore(c, w, focus)[i];
    if (k >= 0) return [speakerOverAddressee(c, i, k, w, focus) ?? c.entityAt[k]!.name];
    const described = describedPersonBefore(c, i, w, focus);
    if (described.length) return described;
    // A person the pronoun's gender is known to fit before one whose gender nobody knows ("She
    // pointed" after "Waters … the Warhol Factory … he worked": Kathryn Waters).
    const p = focus.persons.find((n) => genderKnownFits(w, n, focus)) ?? focus.persons.find((n) => genderFits(w, n, focus));
    return p ? [p] : [];
  }
  if (focus.sentence - focus.groupSentence > GROUP_MEMORY) return [];
  return [...focus.group];
}

// The object form of a subject pronoun ("he" … "him").
const OBJECT_FORM: ReadonlyMap<string, string> = new Map([
  ['he', 'him'],
  ['she', 'her'],
]);

/**
 * "Devocht told Montalvo he would assist him": a subject pronoun right after the person a verb
 * addresses (only "that" between), whose own clause has the object form of the same pronoun, is
 * not that person (he and him in one clause are two people; the one told is the one helped): the
 * person named before the addressee in the sentence is, when the pronoun fits them. Else null.
 */
function speakerOverAddressee(c: SentenceContext, i: number, k: number, w: string, focus: Focus): string | null {
  const object = OBJECT_FORM.get(w);
  if (!object) return null;
  const e = c.entityAt[k]!;
  const [start] = mentionBounds(c, k);
  if (start === 0 || !/^VB/.test(c.tags[start - 1])) return null;
  for (let j = k + 1; j < i; j++) if (c.lower[j] !== 'that') return null;
  let found = false;
  for (let j = i + 1; j < c.lower.length && !/^[,.;:!?]$/.test(c.words[j]); j++) {
    if (c.lower[j] === object && (c.tags[j] === 'PRP' || !/^(NN|JJ|CD)/.test(c.tags[j + 1] ?? ''))) found = true;
  }
  if (!found) return null;
  const before = personBefore(c, w, focus);
  let p = before[start];
  while (p >= 0 && c.entityAt[p] === e) p = before[p];
  return p >= 0 ? c.entityAt[p]!.name : null;
}

const THIRD_PERSON_POSSESSIVE = new Set(['his', 'her', 'its', 'their']);

/**
 * A person the sentence describes before the pronoun at i without naming, by a noun that says the
 * pronoun's gender ("if we go to the pregnant woman, she doesn't get enough iodine": the pregnant
 * woman), the last such before it; none when a name stands in between. Only in the pronoun's own
 * sentence: across sentences the persons in focus come first.
 */
function describedPersonBefore(c: SentenceContext, i: number, w: string, focus: Focus): string[] {
  const gender = pronounGender(w);
  for (let k = i - 1; k >= 0; k--) {
    if (c.entityAt[k]) return [];
    if (c.tags[k] !== 'NN' || c.quoted[k] !== c.quoted[i] || nounGender(c.words[k]) !== gender || isPossessiveMark(c, k + 1)) continue;
    // Not someone's relation ("borrowed from his father, and he believes": he is the borrower),
    // nor a person in the prepositional phrase that opens the sentence ("Through a spokesman, he
    // declined": one the pronoun's own clause goes through).
    const start = phraseStartingBefore(c, k);
    if (start === 1 && /^(IN|TO)$/.test(c.tags[0])) return [];
    for (let j = start; j < k; j++) if (c.tags[j] === 'PRP$' && THIRD_PERSON_POSSESSIVE.has(c.lower[j])) return [];
    return phraseBefore(c, k, focus);
  }
  return [];
}

/** The first and last token of the mention that holds token k (an entity's run of tokens). */
export function mentionBounds(c: SentenceContext, k: number): [number, number] {
  const e = c.entityAt[k];
  let start = k;
  let end = k;
  while (start > 0 && c.entityAt[start - 1] === e) start--;
  while (end + 1 < c.entityAt.length && c.entityAt[end + 1] === e) end++;
  return [start, end];
}

/** A noun WordNet knows as a person or a group, or not at all ("members", "researchers"; not "case"). */
export function mayNamePeople(c: SentenceContext, k: number): boolean {
  const fields = c.info[k].nounFields;
  return fields.length === 0 || fields.includes('person') || fields.includes('group');
}

/**
 * The name of the entity whose mention holds token k: its name, or the mention's words before a
 * lower-case finite verb the recogniser's mention took in at its end ("Kwong Chun-yu of the
 * Democratic Party received 491,667 votes", one mention): no name ends in "received".
 */
export function entityName(c: SentenceContext, k: number): string {
  const e = c.entityAt[k]!;
  const [start, end] = mentionBounds(c, k);
  if (end === k || !/^VB[DZP]$/.test(c.tags[end]) || !/^\p{Ll}+$/u.test(c.words[end])) return e.name;
  return c.text.slice(c.tokens[start].start, c.tokens[end - 1].end);
}

/** Names for the phrase [from, to]. */
export function phraseValue(c: SentenceContext, from: number, to: number, focus: Focus): string[] {
  if (from === to && isPronoun(c, from)) return pronounValue(c, from, focus);
  const head = headOf(c, from, to);
  if (c.timex[head]) return [];
  const entity = c.entityAt[head];
  if (entity) return [entityName(c, head)];
  // An event noun is not a participant ("held talks"), nor is a phrase without a noun head.
  if (c.labels[head] !== 'O' || !c.tags[head].startsWith('NN')) return [];
  let first = from;
  while (first < head && /^(DT|PDT|PRP\$)$/.test(c.tags[first])) first++;
  // "Germany's surrender": the possessor is its own participant, not part of a phrase value.
  for (let k = first; k < head; k++) if (isPossessiveMark(c, k)) first = k + 1;
  if (head - first + 1 > MAX_PHRASE_TOKENS) return [];
  for (let k = first; k <= head; k++) if (!/^[\p{L}][\p{L}\p{M}\p{N}.'’-]*$/u.test(c.words[k]) || c.tags[k] === 'CD') return [];
  return [c.text.slice(c.tokens[first].start, c.tokens[head].end)];
}

// Only "and"/"or" join conjuncts: a comma between names is as often an appositive or a clause
// boundary ("the invasion of Ukraine, Serbia has …") as a list.
function isConjunction(c: SentenceContext, i: number): boolean {
  return c.lower[i] === 'and' || c.lower[i] === 'or';
}

/** Participants of the phrase ending at token `end`, with the conjuncts before it. */
export function phraseBefore(c: SentenceContext, end: number, focus: Focus): string[] {
  if (end < 0) return [];
  const start = phraseStartingBefore(c, end);
  if (start > end) return [];
  const out = phraseValue(c, start, end, focus);
  if (out.length && out.every((n) => c.entityAt[headOf(c, start, end)]?.name === n)) {
    // "Vučić and Putin spoke": walk back over conjuncts that are themselves entities.
    let k = start - 1;
    while (k > 0 && isConjunction(c, k) && c.entityAt[k - 1]) {
      const s = phraseStartingBefore(c, k - 1);
      const more = phraseValue(c, s, k - 1, focus);
      if (!more.length) break;
      out.unshift(...more);
      k = s - 1;
    }
  }
  return dedupe(out);
}

/** Participants of the phrase starting at token `start`, with the conjuncts after it; and where it ends. */
export function phraseAfter(c: SentenceContext, start: number, focus: Focus): { names: string[]; end: number } {
  let end = phraseEndingAfter(c, start);
  if (end < 0) return { names: [], end: -1 };
  const out = phraseValue(c, start, end, focus);
  if (out.length && c.entityAt[headOf(c, start, end)]) {
    while (isConjunction(c, end + 1) && c.entityAt[end + 2]) {
      const e2 = phraseEndingAfter(c, end + 2);
      if (e2 < 0) break;
      const more = phraseValue(c, end + 2, e2, focus);
      if (!more.length) break;
      out.push(...more);
      end = e2;
    }
  }
  return { names: dedupe(out), end };
}

function dedupe(names: string[]): string[] {
  return [...new Set(names)];
}
