// From a speaker mention to an entity name. A mention that overlaps an entity mention is that
// entity. A pronoun or a role ("the Serbian President") refers back: a role is first looked for
// right before a person's name elsewhere in the text ("Serbian President Aleksandar Vučić"),
// then, like a pronoun, taken for the nearest person mentioned before it, preferring the first
// (subject) person of the closest sentence that names one. Failing an entity, a mention that
// looks like a name is its own speaker.

import type { Entity, EntityType, Span } from '../types.js';
import type { QuoteContext } from './context.js';
import { DETERMINERS, NP_LINKS, PRONOUNS, ROLE_HEADS } from './words.js';
import { firstIndex } from '../article/search.js';

interface Placed {
  start: number;
  end: number;
  entity: Entity;
}

export interface EntityIndex {
  /** Every entity mention, sorted by start. */
  mentions: Placed[];
  byStart: Map<number, Entity>;
  /** Role phrases already looked up in the text (each search reads the whole text once). */
  roles: Map<string, Entity | null>;
}

export function indexEntities(entities: readonly Entity[]): EntityIndex {
  const mentions: Placed[] = [];
  for (const entity of entities) for (const m of entity.mentions) mentions.push({ start: m.start, end: m.end, entity });
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, byStart: new Map(mentions.map((m) => [m.start, m.entity])), roles: new Map() };
}

/** Index of the first mention starting at or after `offset`. */
function firstFrom(index: EntityIndex, offset: number): number {
  return firstIndex(index.mentions, (m) => m.start >= offset);
}

const SPEAKER_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORGANIZATION']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'him', 'her']);
// Entity mentions are short; looking this many back finds any that overlaps.
const OVERLAP_LOOKBACK = 8;
const ROLE_SEARCH_LIMIT = 50;
const POSSESSIVE_RE = /['’]s$/;
const NAME_RE = /^\p{Lu}/u;

function overlapping(index: EntityIndex, mention: Span): Entity | null {
  const i = firstFrom(index, mention.end);
  let best: Placed | null = null;
  for (let k = i - 1; k >= 0 && k >= i - OVERLAP_LOOKBACK; k--) {
    const m = index.mentions[k];
    if (m.end <= mention.start) continue;
    // A place or nationality inside a role ("the Serbian President") is not the speaker; one that
    // ends the phrase is ("Russia insisted").
    if (!SPEAKER_TYPES.has(m.entity.type) && m.end < mention.end) continue;
    if (!best || (SPEAKER_TYPES.has(m.entity.type) && !SPEAKER_TYPES.has(best.entity.type))) best = m;
  }
  return best?.entity ?? null;
}

/** The subject-like person before `offset`: the first one in the closest sentence that has one. */
function antecedent(ctx: QuoteContext, index: EntityIndex, offset: number, types: ReadonlySet<EntityType>): Entity | null {
  let k = firstFrom(index, offset) - 1;
  while (k >= 0 && !types.has(index.mentions[k].entity.type)) k--;
  if (k < 0) return null;
  const { tokens, sentenceFrom } = ctx;
  // The sentence of that mention: walk back to the first person mention still inside it.
  const tok = tokenIndex(ctx, index.mentions[k].start);
  const sentenceStart = tokens[sentenceFrom[tok]]?.start ?? 0;
  let first = k;
  for (let j = k - 1; j >= 0 && index.mentions[j].start >= sentenceStart; j--) if (types.has(index.mentions[j].entity.type)) first = j;
  return index.mentions[first].entity;
}

function tokenIndex(ctx: QuoteContext, offset: number): number {
  return Math.min(firstIndex(ctx.tokens, (t) => t.end > offset), ctx.tokens.length - 1);
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

/** A description rather than a name: "spokesman for the ministry", "Serbian President". */
function isRole(phrase: string): boolean {
  const words = phrase.split(' ');
  if (words.some((w) => !NAME_RE.test(w) && !NP_LINKS.has(w) && !DETERMINERS.has(w))) return true;
  return ROLE_HEADS.has(words[words.length - 1].toLowerCase());
}

function stripDeterminer(s: string): string {
  const sp = s.indexOf(' ');
  return sp > 0 && DETERMINERS.has(s.slice(0, sp).toLowerCase()) ? s.slice(sp + 1) : s;
}

export function resolveSpeaker(ctx: QuoteContext, index: EntityIndex, mention: Span | null): string | null {
  if (!mention) return null;
  const direct = overlapping(index, mention);
  if (direct) return direct.name;
  const lower = mention.text.toLowerCase();
  if (PRONOUNS.has(lower)) {
    const types: ReadonlySet<EntityType> = PERSON_PRONOUNS.has(lower) ? new Set<EntityType>(['PERSON']) : SPEAKER_TYPES;
    return antecedent(ctx, index, mention.start, types)?.name ?? null;
  }
  const role = stripDeterminer(mention.text);
  if (isRole(role)) {
    const holder = roleHolder(ctx, index, role) ?? antecedent(ctx, index, mention.start, new Set<EntityType>(['PERSON']));
    if (holder) return holder.name;
    return null;
  }
  return mention.text.replace(POSSESSIVE_RE, '');
}
