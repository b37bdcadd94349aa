// From a speaker mention to who spoke: an entity name, or — when the mention is a description
// that names no entity ("a police spokesman", "the report's authors") — that description as the
// speaker's role. In order:
//   1. a mention that overlaps an entity mention is that entity (a person or an organisation
//      before a place or nationality inside a role: "the Serbian President");
//   2. a pronoun refers back to the closest sentence with a candidate that fits it — he/she a
//      person of that gender (first name, honorific, the article's own he/she after the person),
//      it an organisation or place, they an organisation or a plural description — never a name
//      inside a quotation, a possessor only when nothing else fits (antecedent.ts);
//   3. a definite description is the person who holds that role in the article (a role span of
//      the person, "Serbian President" right before a name, or the same role noun), or the
//      organisation whose name holds its head noun ("the ministry"), or for an organisation noun
//      ("the company", "the rights group") the organisation the closest sentence before names
//      first, as for "it"; an indefinite or plural one
//      ("a spokesman", "protesters") is nobody named: its text is the role;
//   4. failing all that, a mention that looks like a name is its own speaker.

import type { Entity, EntityType, Span } from '../types.js';
import { isRoleWord } from '../entities/person-words.js';
import { relativeNoun } from './syntax.js';
import { antecedent, pronounWant, type Antecedent, type Want } from '../pronouns/antecedent.js';
import { tokenAt, type QuoteContext } from './context.js';
import { phraseAfter, phraseBefore, type TokenRange } from './mention.js';
import { DETERMINERS, INDEFINITES, NP_LINKS, PRONOUNS, ROLE_HEADS } from './words.js';
import { firstFrom, type EntityIndex, type Placed } from '../entities/entity-index.js';
import { conjunctsOf } from './coordination.js';
import { isDocumentNoun, isPublicBodyName, organisationNounKind } from './lexicon.js';

export { indexEntities, type EntityIndex } from '../entities/entity-index.js';

/** Who spoke: an entity's name, or the text of a description that names no entity. */
export interface Resolved {
  speaker: string | null;
  role: string | null;
  /** Everyone a pronoun stands for when it stands for people named together ("they"). */
  group?: string[];
}

const SPEAKER_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORGANIZATION']);
const PERSON: ReadonlySet<EntityType> = new Set(['PERSON']);
// Entity mentions are short; looking this many back finds any that overlaps.
const OVERLAP_LOOKBACK = 8;
const ROLE_SEARCH_LIMIT = 50;
const POSSESSIVE_RE = /['’]s$/;
const POSSESSIVE_TOKEN_RE = /^['’]s?$/;
const NAME_RE = /^\p{Lu}/u;
const PLURAL_TAG_RE = /^NNP?S$/;
const COORDINATORS = new Set(['and', 'or', '&']);
const DEFINITES = new Set(['the', 'this']);
const ORGANISATION_WANT: Want = { types: new Set(['ORGANIZATION']), gender: null, plural: false };
/** "the company": an organisation that is no public body. */
const COMPANY_WANT: Want = { ...ORGANISATION_WANT, accept: (e) => !isPublicBodyName(e.name) };

/** The entity the mention names: a person before an organisation, the name ending the phrase
 *  ("Clinton spokesman Jesse Lehrich") or else the first of them, never a possessor ("Trump's lawyer"); failing those, a place or nationality ending the phrase ("Russia
 *  insisted"), not one inside a role ("the Serbian President"). */
function overlapping(ctx: QuoteContext, index: EntityIndex, mention: Span): Entity | null {
  const i = firstFrom(index, mention.end);
  let speaker: Placed | null = null;
  let other: Placed | null = null;
  for (let k = i - 1; k >= 0 && k >= i - OVERLAP_LOOKBACK; k--) {
    const m = index.mentions[k];
    if (m.end <= mention.start) continue;
    if (!SPEAKER_TYPES.has(m.entity.type)) {
      if (m.end >= mention.end && !other) other = m;
      continue;
    }
    if (m.end < mention.end && isPossessor(ctx, m.end)) continue;
    if (speaker && headName(ctx, speaker, mention)) continue;
    if (!speaker || m.entity.type === 'PERSON' || speaker.entity.type !== 'PERSON') speaker = m;
  }
  return (speaker ?? other)?.entity ?? null;
}

/**
 * A person's name ending the phrase after a role noun is its head: "Clinton spokesman Jesse
 * Lehrich" is Lehrich, "Trump lawyer Marc Kasowitz" Kasowitz. Not after another capitalised word
 * (one name the recogniser cut in two) nor in a list ("Obama and Clinton", the first named first).
 */
function headName(ctx: QuoteContext, m: Placed, mention: Span): boolean {
  if (m.entity.type !== 'PERSON' || m.end !== mention.end || m.start === mention.start) return false;
  const before = ctx.tokens[tokenAt(ctx.tokens, m.start) - 1];
  return before !== undefined && /^\p{Ll}/u.test(before.text) && !COORDINATORS.has(before.text);
}

/** A possessive ending follows the offset: "Trump’s", "Thomas'". */
function isPossessor(ctx: QuoteContext, end: number): boolean {
  const t = ctx.tokens[tokenAt(ctx.tokens, end)];
  return t !== undefined && t.start === end && POSSESSIVE_TOKEN_RE.test(t.text);
}

/** "Serbian President" written right before a person's name somewhere: that person. */
function roleHolder(ctx: QuoteContext, index: EntityIndex, role: string): Entity | null {
  if (!index.roles.has(role)) index.roles.set(role, searchRoleHolder(ctx, index, role));
  return index.roles.get(role) ?? null;
}

function searchRoleHolder(ctx: QuoteContext, index: EntityIndex, role: string): Entity | null {
  const text = ctx.article.text;
  let from = 0;
  for (let n = 0; n < ROLE_SEARCH_LIMIT; n++) {
    const at = text.indexOf(role, from);
    if (at < 0) return null;
    const entity = index.byStart.get(at + role.length + 1);
    if (entity?.type === 'PERSON' && /\s/.test(text[at + role.length])) return entity;
    from = at + role.length;
  }
  return null;
}

/** A capitalised description rather than a name: "Serbian President", "Finance Minister". */
function isCapitalisedRole(words: readonly string[]): boolean {
  if (words.some((w) => !NAME_RE.test(w) && !NP_LINKS.has(w) && !DETERMINERS.has(w))) return false;
  return ROLE_HEADS.has(words[words.length - 1].toLowerCase());
}

function hasPossessive(ctx: QuoteContext, r: TokenRange): boolean {
  for (let i = r.from + 1; i <= r.to; i++) if (POSSESSIVE_TOKEN_RE.test(ctx.tokens[i].text)) return true;
  return false;
}

const AUTHOR_PREPOSITIONS = new Set(['from', 'by']);

/** The entity named as the author of the document at token `head`: its possessor ("Cornyn's
 *  statement") or the phrase after "from"/"by" ("a statement from the Department of Justice"). */
function documentAuthor(ctx: QuoteContext, index: EntityIndex, range: TokenRange, head: number): Entity | null {
  const { tokens } = ctx;
  const entityIn = (from: number, to: number): Entity | null =>
    overlapping(ctx, index, { start: tokens[from].start, end: tokens[to].end, text: ctx.article.text.slice(tokens[from].start, tokens[to].end) });
  for (let i = range.from + 1; i < head; i++) if (POSSESSIVE_TOKEN_RE.test(tokens[i].text)) return entityIn(range.from, i - 1);
  const by = range.to + 1;
  if (by + 1 < tokens.length && head === range.to && AUTHOR_PREPOSITIONS.has(tokens[by].text.toLowerCase())) {
    const author = phraseAfter(tokens, by + 1, ctx.sentenceTo[by], ctx.breaksPhrase);
    if (author) return entityIn(author.from, author.to);
  }
  return null;
}

/** The head noun of a description: the last word before "of"/"for" ("spokesman for the ministry"), else the last word. */
function headOf(ctx: QuoteContext, r: TokenRange): number {
  for (let i = r.from + 1; i <= r.to; i++) if (NP_LINKS.has(ctx.tokens[i].text.toLowerCase())) return i - 1;
  let h = r.to;
  while (h > r.from && POSSESSIVE_TOKEN_RE.test(ctx.tokens[h].text)) h--;
  return h;
}

/** The person holding the role the description names, looked for in the people's own roles. */
function personWithRole(index: EntityIndex, mention: Span, head: string): Entity | null {
  // The description is one of the person's roles: "the Crown prosecutor, Mark Tedeschi".
  const k0 = firstFrom(index, mention.end);
  for (let k = Math.min(k0, index.mentions.length - 1); k >= 0 && k >= k0 - OVERLAP_LOOKBACK; k--) {
    const e = index.mentions[k].entity;
    if (e.type === 'PERSON' && e.roles.some((r) => r.start < mention.end && mention.start < r.end)) return e;
  }
  for (let k = firstFrom(index, mention.start) - 1; k >= 0; k--) {
    const e = index.mentions[k].entity;
    if (e.type === 'PERSON' && e.roles.some((r) => r.text.toLowerCase().split(/\s+/).includes(head))) return e;
  }
  return null;
}

/** The organisation or place named before `offset` whose name holds `head`: "the ministry", "the church". */
function bodyNamed(index: EntityIndex, offset: number, head: string): Entity | null {
  for (let k = firstFrom(index, offset) - 1; k >= 0; k--) {
    const e = index.mentions[k].entity;
    if (e.type === 'ORGANIZATION' && e.name.toLowerCase().split(/\s+/).includes(head)) return e;
  }
  return null;
}

const CAPITALS_RE = /^[^\p{Ll}]+$/u;

/** A name in capitals ("PENCE", a transcript's label) is the one person of the article whose name ends so. */
function capitalsName(index: EntityIndex, text: string): Entity | null {
  if (!CAPITALS_RE.test(text)) return null;
  const last = text.split(/\s+/).pop()!.toLowerCase();
  let found: Entity | null = null;
  for (const m of index.mentions) {
    if (m.entity.type !== 'PERSON' || m.entity === found || m.entity.name.split(/\s+/).pop()!.toLowerCase() !== last) continue;
    if (found) return null;
    found = m.entity;
  }
  return found;
}

const named = (entity: Entity | null): Resolved | null => (entity ? { speaker: entity.name, role: null } : null);
function fromAntecedent(a: Antecedent | null): Resolved {
  if (!a) return { speaker: null, role: null };
  if (!a.entity) return { speaker: null, role: a.description };
  return a.group ? { speaker: a.entity.name, role: null, group: a.group.map((e) => e.name) } : { speaker: a.entity.name, role: null };
}

function describe(ctx: QuoteContext, index: EntityIndex, range: TokenRange, mention: Span): Resolved {
  const { tokens } = ctx;
  const words = mention.text.split(/\s+/);
  const first = words[0].toLowerCase();
  const body = DETERMINERS.has(first) ? words.slice(1) : words;
  const h = headOf(ctx, range);
  // "Cornyn's statement added", "PC World's analysis concluded": a document speaks for its author.
  if (isDocumentNoun(tokens[h].text)) {
    const author = documentAuthor(ctx, index, range, h);
    if (author) return named(author)!;
  }
  // "a police spokesman", "Officials", "the report's authors", "Anna Kovacs's lawyer": no one named.
  if (INDEFINITES.has(first) || PLURAL_TAG_RE.test(ctx.tag(h)) || hasPossessive(ctx, range)) return { speaker: null, role: mention.text };
  if (body.length > 0 && isCapitalisedRole(body)) {
    const holder = roleHolder(ctx, index, body.join(' ')) ?? personWithRole(index, mention, body[body.length - 1].toLowerCase());
    if (holder) return named(holder)!;
    const person = antecedent(ctx, index, range.from, { types: PERSON, gender: null, plural: false });
    return person?.entity ? named(person.entity)! : { speaker: null, role: mention.text };
  }
  const allNames = words.every((w) => NAME_RE.test(w) || NP_LINKS.has(w));
  if (allNames) return named(capitalsName(index, mention.text)) ?? { speaker: mention.text.replace(POSSESSIVE_RE, ''), role: null };
  const head = tokens[h].text.toLowerCase();
  const holder = personWithRole(index, mention, head) ?? bodyNamed(index, mention.start, head);
  if (holder) return named(holder)!;
  if (isRoleWord(head)) {
    const person = antecedent(ctx, index, range.from, { types: PERSON, gender: null, plural: false });
    if (person?.entity) return named(person.entity)!;
  }
  // "Acme Corp said … The company said": a definite organisation noun is the organisation the
  // closest sentence before names first, as "it" would be.
  const kind = DEFINITES.has(first) ? organisationNounKind(head) : null;
  if (kind) {
    const body = antecedent(ctx, index, range.from, kind === 'company' ? COMPANY_WANT : ORGANISATION_WANT);
    if (body?.entity) return named(body.entity)!;
  }
  return { speaker: null, role: mention.text };
}

export function resolveSpeaker(ctx: QuoteContext, index: EntityIndex, range: TokenRange, mention: Span): Resolved {
  const direct = overlapping(ctx, index, mention);
  if (direct) return { speaker: direct.name, role: null };
  const lower = mention.text.toLowerCase();
  if (range.from === range.to) {
    // "the police, which reported": the noun the relative clause hangs on.
    const noun = relativeNoun(ctx, range.from);
    if (noun >= 0) {
      const t = ctx.tokens[noun];
      const who = resolveSpeaker(ctx, index, { from: noun, to: noun }, { start: t.start, end: t.end, text: t.text });
      if (who.speaker || !who.role) return who;
      // A role is the whole noun phrase the noun ends: "A senior official, who declined to be named, told".
      const np = phraseBefore(ctx.tokens, noun, ctx.sentenceFrom[noun], ctx.breaksPhrase);
      return np ? { speaker: null, role: ctx.article.text.slice(ctx.tokens[np.from].start, t.end) } : who;
    }
  }
  if (PRONOUNS.has(lower)) {
    const want = pronounWant(lower);
    return want ? fromAntecedent(antecedent(ctx, index, range.from, want)) : { speaker: null, role: null };
  }
  return describe(ctx, index, range, mention);
}

/** Token `i` lies inside an entity's name ("Procter and Gamble", "Bosnia and Herzegovina"). */
function insideName(ctx: QuoteContext, index: EntityIndex, i: number): boolean {
  const t = ctx.tokens[i];
  const k = firstFrom(index, t.start);
  for (let j = k - 1; j >= 0 && j >= k - OVERLAP_LOOKBACK; j--) if (index.mentions[j].start < t.start && index.mentions[j].end >= t.end) return true;
  return false;
}

/**
 * Everyone a coordinated speaker phrase names, in text order: "Kovacs and Halloran" → both, "He
 * and Mayor Kovacs" → the man "He" stands for and Kovacs. A conjunct counts when it names an
 * entity or is a pronoun that resolves to one; a description ("his wife") names no one. A phrase
 * without "and" gives its speaker alone.
 */
export function resolveSpeakers(ctx: QuoteContext, index: EntityIndex, range: TokenRange, who: Resolved): string[] {
  const speaker = who.speaker;
  if (who.group) return who.group;
  const parts = conjunctsOf(ctx, range, (i) => insideName(ctx, index, i));
  if (parts.length < 2) return speaker ? [speaker] : [];
  const names: string[] = [];
  for (const part of parts) {
    const start = ctx.tokens[part.from].start;
    const end = ctx.tokens[part.to].end;
    const span = { start, end, text: ctx.article.text.slice(start, end) };
    let name = overlapping(ctx, index, span)?.name ?? null;
    if (!name && part.from === part.to && PRONOUNS.has(span.text.toLowerCase())) name = resolveSpeaker(ctx, index, part, span).speaker;
    if (name && !names.includes(name)) names.push(name);
  }
  if (speaker && !names.includes(speaker)) names.unshift(speaker);
  return names;
}
