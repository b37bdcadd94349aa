// Whom a pronoun outside a quotation stands for, read the way a reader does: the closest sentence
// before it that holds a candidate fitting the pronoun, and in that sentence the first candidate
// (the subject, in news prose), passing over possessors ("Thomas' sister … he") when another fits.
// A candidate fits when its type does (agreement, PRONOUN_WANTS: he/she a person; it an
// organisation or place; they an organisation, a plural description such as "the report's
// authors" or people named together, "Lopez and Park") and, for he and she, its gender does: a
// gendered noun in its roles, the gender its first name is usually given
// (data/entities/first-names.tsv), an honorific before it (Mr, Ms), or else the he/she the article
// itself uses right after it. Names inside quotation marks are what someone said, never who said it.
// A caller with a parse gives salience instead of word order (Want.subjects): the first subject of
// the clauses above the pronoun, else of the closest sentence before, decides, and a subject that
// does not agree means nobody rather than the next name.
//
// One resolver for the project: the quotes analyzer asks it for speakers (src/quotes/resolve.ts),
// the events analyzer for "it" and "they" (src/events/participants.ts), and both read a person's
// gender through genderOf.

import fs from 'node:fs';
import type { Article, Token } from '../article/article.js';
import { firstIndex } from '../article/search.js';
import type { Entity, EntityType } from '../types.js';
import { firstNameGender, pronounGender, votedGender } from '../entities/person-words.js';
import { dataFile } from '../model/files.js';
import { articleTags } from '../model/pos.js';
import { firstFrom, type EntityIndex } from '../entities/entity-index.js';

/** What the resolver reads of an article: its tokens by sentence, their tags, and the quoted ones. */
export interface PronounText {
  article: Pick<Article, 'text'>;
  tokens: readonly Token[];
  /** Index of the first token of each token's sentence, and one past its last. */
  sentenceFrom: Int32Array;
  sentenceTo: Int32Array;
  /** Index in article.sentences of each token's sentence. */
  sentenceOf: Int32Array;
  /** The POS tag of token i. */
  tag: (i: number) => string;
  /** Token i lies inside a quotation's marks: a name there is what the speaker said, not who spoke. */
  inQuote: (i: number) => boolean;
}

/** Index of the first token that ends after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return firstIndex(tokens, (t) => t.end > offset);
}

/** Each token's sentence bounds: the index of its sentence's first token and one past its last. */
export function sentenceBounds(article: Pick<Article, 'sentences'>, n: number): { sentenceFrom: Int32Array; sentenceTo: Int32Array; sentenceOf: Int32Array } {
  const sentenceFrom = new Int32Array(n);
  const sentenceTo = new Int32Array(n);
  const sentenceOf = new Int32Array(n);
  let k = 0;
  article.sentences.forEach((s, si) => {
    const from = k;
    const to = k + s.tokens.length;
    for (; k < to; k++) {
      sentenceFrom[k] = from;
      sentenceTo[k] = to;
      sentenceOf[k] = si;
    }
  });
  return { sentenceFrom, sentenceTo, sentenceOf };
}

/** The resolver's view of an article whose quoted stretches are `quoted` (sorted by start). */
export function pronounText(article: Article, quoted: readonly { start: number; end: number }[]): PronounText {
  const tokens = article.tokens;
  const { sentenceFrom, sentenceTo, sentenceOf } = sentenceBounds(article, tokens.length);
  const tags = articleTags(article).flat();
  const marks = new Uint8Array(tokens.length);
  for (const q of quoted) for (let i = tokenAt(tokens, q.start); i < tokens.length && tokens[i].start < q.end; i++) marks[i] = 1;
  return { article, tokens, sentenceFrom, sentenceTo, sentenceOf, tag: (i) => tags[i] ?? '', inQuote: (i) => marks[i] === 1 };
}

export type Gender = 'm' | 'f';

export interface Want {
  types: ReadonlySet<EntityType>;
  /** The pronoun's gender (he/she), or null when any fits. */
  gender: Gender | null;
  /** they/we: a plural description may stand for it too. */
  plural: boolean;
  /** A further test of the entity ("the company": no public body). */
  accept?: (entity: Entity) => boolean;
  /** Salience from a parse, for a resolver that has one: the subject words (token indices) of the
   *  sentence [from, to), the most salient first (in the pronoun's own sentence, at `at`, those of
   *  the clauses above it), or null when the sentence has no parse. The closest sentence's first
   *  subject outside quotations that names someone (no pronoun, no relative or demonstrative word)
   *  then decides: the antecedent when it fits, nobody when it does not ("IE6 shipped with Windows
   *  XP. But it has outlived …": not Microsoft); a parsed sentence without one passes to the one
   *  before. */
  subjects?: (from: number, to: number, at: number) => readonly number[] | null;
  /** For such a deciding subject that is no entity's mention: a description of it that agrees
   *  with the pronoun ("The researchers found … They say"), or null. */
  describe?: (subject: number) => string | null;
}

const PERSON: ReadonlySet<EntityType> = new Set(['PERSON']);
const BODIES: ReadonlySet<EntityType> = new Set(['ORGANIZATION', 'LOCATION']);
/** What each pronoun may stand for (agreement). "I" and "you" outside a quotation are the writer
 *  and the reader; inside one, "I" and "we" are its speaker (src/events/context.ts quoteVoices). */
const PRONOUN_WANTS: ReadonlyMap<string, Want> = new Map<string, Want>([
  ['he', { types: PERSON, gender: 'm', plural: false }],
  ['she', { types: PERSON, gender: 'f', plural: false }],
  ['it', { types: BODIES, gender: null, plural: false }],
  ['they', { types: new Set(['ORGANIZATION']), gender: null, plural: true }],
  ['we', { types: new Set(['PERSON', 'ORGANIZATION']), gender: null, plural: true }],
]);
/** Object and possessive forms read as their subject form. */
const SUBJECT_FORM: ReadonlyMap<string, string> = new Map([
  ['him', 'he'],
  ['his', 'he'],
  ['her', 'she'],
  ['its', 'it'],
  ['them', 'they'],
  ['their', 'they'],
  ['us', 'we'],
]);

/** What the pronoun (lower case, any form) may stand for, or null for one that stands for no entity. */
export function pronounWant(pronoun: string): Want | null {
  return PRONOUN_WANTS.get(SUBJECT_FORM.get(pronoun) ?? pronoun) ?? null;
}

/** An entity, or a description that names none ("the report's authors"). */
export interface Antecedent {
  entity: Entity | null;
  description: string | null;
  /** "Lopez and Park … they": the people of a coordination, `entity` the first of them. */
  group?: Entity[];
}

/** How many of the writer's sentences back a pronoun may reach (a quotation's own do not count). */
const MAX_SENTENCES_BACK = 6;
/** A pronoun this many sentences after a person counts as a vote for the person's gender: only
 *  in the person's own sentence ("Brandt said she …"), so that a quotation's "she said" — the
 *  pronoun being resolved — does not vote for whoever was named last. */
const VOTE_REACH = 0;
const HONORIFIC_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'm'],
  ['sir', 'm'],
  ['lord', 'm'],
  ['mrs', 'f'],
  ['ms', 'f'],
  ['miss', 'f'],
  ['dame', 'f'],
  ['lady', 'f'],
]);
const POSSESSIVE_RE = /^['’]s?$/;
const NP_TAG_RE = /^(?:DT|PRP\$|JJ|JJR|JJS|NN|NNS|NNP|NNPS|POS|CD)$/;
const PLURAL_NOUN_TAG = 'NNS';
const VERB_TAG_RE = /^(?:VB|MD)/;
const MAX_ASIDE = 12;
// Subjects that name no one: pronouns, relative and demonstrative words, existential "there".
// Mentions are short and rarely nest: this many before an offset find any that covers it.
const OVERLAP_LOOKBACK = 4;
const NO_NAME_TAG_RE = /^(?:PRP|WDT|WP|EX|DT)/;

let nouns: ReadonlyMap<string, Gender> | null = null;

/** "sister", "spokesman": data/quotes/gendered-nouns.tsv, read once. */
export function nounGender(word: string): Gender | null {
  nouns ??= new Map(
    fs
      .readFileSync(dataFile('quotes', 'gendered-nouns.tsv'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.split('\t') as [string, Gender]),
  );
  return nouns.get(word.toLowerCase()) ?? null;
}

/** The gender a phrase's nouns give: "his sister", "Congresswoman Diaz", "the spokesman for …". */
function phraseGender(phrase: string): Gender | null {
  for (const w of phrase.split(/[\s'’]+/)) {
    const g = nounGender(w);
    if (g) return g;
  }
  return null;
}

interface Genders {
  byEntity: Map<Entity, Gender | null>;
  votes: Map<Entity, { m: number; f: number }>;
}

const perContext = new WeakMap<PronounText, Genders>();

/** he/she after each person outside quotations, in the same sentence or the next: one pass. */
function pronounVotes(ctx: PronounText, index: EntityIndex): Map<Entity, { m: number; f: number }> {
  const votes = new Map<Entity, { m: number; f: number }>();
  const { tokens, sentenceFrom } = ctx;
  let k = 0;
  let last: { entity: Entity; sentence: number } | null = null;
  let sentences = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (sentenceFrom[i] === i) sentences++;
    while (k < index.mentions.length && index.mentions[k].start < tokens[i].end) {
      const m = index.mentions[k++];
      if (m.entity.type === 'PERSON' && !ctx.inQuote(tokenAt(tokens, m.start))) last = { entity: m.entity, sentence: sentences };
    }
    if (!last || ctx.inQuote(i) || sentences - last.sentence > VOTE_REACH) continue;
    const w = tokens[i].text.toLowerCase();
    const g = pronounGender(w);
    if (!g) continue;
    let v = votes.get(last.entity);
    if (!v) votes.set(last.entity, (v = { m: 0, f: 0 }));
    v[g]++;
  }
  return votes;
}

function genders(ctx: PronounText, index: EntityIndex): Genders {
  let g = perContext.get(ctx);
  if (!g) perContext.set(ctx, (g = { byEntity: new Map(), votes: pronounVotes(ctx, index) }));
  return g;
}

/** The gender of a person: a gendered noun in a role or the name ("Thomas' sister"), the first name, an honorific before a mention, the article's pronouns. */
export function genderOf(ctx: PronounText, index: EntityIndex, entity: Entity): Gender | null {
  const g = genders(ctx, index);
  if (g.byEntity.has(entity)) return g.byEntity.get(entity)!;
  let found: Gender | null = null;
  for (const r of entity.roles) found ??= phraseGender(r.text);
  const words = entity.name.split(/\s+/);
  if (words.length > 1) found ??= phraseGender(words.slice(1).join(' '));
  for (const name of found ? [] : [entity.name, ...entity.aliases]) {
    const first = firstNameGender(name.split(/\s+/)[0]);
    if (first === 'm' || first === 'f') {
      found = first;
      break;
    }
  }
  for (const m of found ? [] : entity.mentions) {
    const before = ctx.tokens[tokenAt(ctx.tokens, m.start) - 1];
    const h = before ? HONORIFIC_GENDER.get(before.text.toLowerCase().replace(/\.$/, '')) : undefined;
    if (h) {
      found = h;
      break;
    }
  }
  if (!found) {
    const v = g.votes.get(entity);
    if (v) found = votedGender(v.m, v.f);
  }
  g.byEntity.set(entity, found);
  return found;
}

interface Candidate {
  at: number;
  possessor: boolean;
  found: Antecedent;
}

/** The sentence's opening noun phrase when it is a plural description followed by its verb: "The authors say …". */
function pluralSubject(ctx: PronounText, from: number, to: number, index: EntityIndex): Candidate | null {
  const { tokens } = ctx;
  let i = from;
  while (i < to && NP_TAG_RE.test(ctx.tag(i)) && !ctx.inQuote(i)) i++;
  if (i === from || i >= to || ctx.tag(i - 1) !== PLURAL_NOUN_TAG) return null;
  let last = i - 1;
  // "Critics of the plan, including …, were unconvinced": an "of" phrase completes the noun,
  // and an aside between commas may stand before the verb.
  if (tokens[i].text === 'of') {
    let j = i + 1;
    while (j < to && NP_TAG_RE.test(ctx.tag(j)) && !ctx.inQuote(j)) j++;
    if (j === i + 1) return null;
    last = j - 1;
    i = j;
  }
  if (i < to && tokens[i].text === ',') {
    let c = i + 1;
    while (c < to && c - i <= MAX_ASIDE && tokens[c].text !== ',' && !ctx.inQuote(c)) c++;
    if (c >= to || tokens[c].text !== ',') return null;
    i = c + 1;
  }
  if (i >= to || !VERB_TAG_RE.test(ctx.tag(i))) return null;
  const start = tokens[from].start;
  const end = tokens[last].end;
  const k = firstFrom(index, start);
  if (k < index.mentions.length && index.mentions[k].start < end) return null;
  return { at: start, possessor: false, found: { entity: null, description: ctx.article.text.slice(start, end) } };
}

/** Between two people of a coordination: "and", maybe after a comma, maybe before a title ("and Representative"). */
const COORDINATION_GAP_RE = /^,?\s+(?:and|&)\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;

/** People named as a pair or a list in [start, limit): "Senator Maria Lopez and Representative John Park". */
function coordinatedPeople(ctx: PronounText, index: EntityIndex, start: number, limit: number): Candidate | null {
  const text = ctx.article.text;
  for (let k = firstFrom(index, start); k + 1 < index.mentions.length && index.mentions[k + 1].start < limit; k++) {
    const a = index.mentions[k];
    if (a.entity.type !== 'PERSON' || ctx.inQuote(tokenAt(ctx.tokens, a.start))) continue;
    const group = [a.entity];
    let j = k + 1;
    for (let last = a; j < index.mentions.length && index.mentions[j].start < limit; j++) {
      const b = index.mentions[j];
      if (b.entity.type !== 'PERSON' || !COORDINATION_GAP_RE.test(text.slice(last.end, b.start))) break;
      if (!group.includes(b.entity)) group.push(b.entity);
      last = b;
    }
    if (group.length > 1) return { at: a.start, possessor: false, found: { entity: a.entity, description: null, group } };
    k = j - 1;
  }
  return null;
}

function fits(ctx: PronounText, index: EntityIndex, entity: Entity, want: Want): boolean {
  if (!want.types.has(entity.type) || (want.accept && !want.accept(entity))) return false;
  if (!want.gender || entity.type !== 'PERSON') return true;
  const g = genderOf(ctx, index, entity);
  return g === null || g === want.gender;
}

/** The entity whose mention covers the offset, or null. */
function mentionAt(index: EntityIndex, offset: number): Entity | null {
  const after = firstFrom(index, offset + 1);
  for (let k = after - 1; k >= 0 && k >= after - OVERLAP_LOOKBACK; k--) {
    const m = index.mentions[k];
    if (m.start <= offset && offset < m.end) return m.entity;
  }
  return null;
}

/** Whom the pronoun at token `at` stands for, or null. */
export function antecedent(ctx: PronounText, index: EntityIndex, at: number, want: Want): Antecedent | null {
  const { tokens, sentenceFrom } = ctx;
  let limit = tokens[at].start;
  let from = sentenceFrom[at];
  for (let n = 0; n < MAX_SENTENCES_BACK && from >= 0; ) {
    const start = tokens[from].start;
    // The reach counts the writer's sentences: a quotation's own sentences name no speaker.
    if (!ctx.inQuote(from) || !ctx.inQuote(ctx.sentenceTo[from] - 1)) n++;
    const order = want.subjects?.(from, ctx.sentenceTo[from], at) ?? null;
    if (order) {
      const end = tokenAt(tokens, limit);
      // A quotation's subjects are what someone said: they may stand for a pronoun of the same quotation only.
      const quoted = ctx.inQuote(at);
      const first = order.find((j) => j < end && (quoted || !ctx.inQuote(j)) && !NO_NAME_TAG_RE.test(ctx.tag(j)));
      if (first !== undefined) {
        const e = mentionAt(index, tokens[first].start);
        if (e) return fits(ctx, index, e, want) ? { entity: e, description: null } : null;
        const description = want.describe?.(first) ?? null;
        return description ? { entity: null, description } : null;
      }
    } else {
      const found: Candidate[] = [];
      for (let k = firstFrom(index, limit) - 1; k >= 0 && index.mentions[k].start >= start; k--) {
        const m = index.mentions[k];
        const tok = tokenAt(tokens, m.start);
        if (ctx.inQuote(tok) || !fits(ctx, index, m.entity, want)) continue;
        const next = tokens[tokenAt(tokens, m.end)];
        found.push({ at: m.start, possessor: next !== undefined && next.start === m.end && POSSESSIVE_RE.test(next.text), found: { entity: m.entity, description: null } });
      }
      if (want.plural) {
        const d = pluralSubject(ctx, from, tokenAt(tokens, limit), index);
        if (d) found.push(d);
        const people = coordinatedPeople(ctx, index, start, limit);
        if (people) found.push(people);
      }
      if (found.length > 0) {
        found.sort((a, b) => a.at - b.at);
        return (found.find((c) => !c.possessor) ?? found[0]).found;
      }
    }
    if (from === 0) break;
    limit = start;
    from = sentenceFrom[from - 1];
  }
  return null;
}
