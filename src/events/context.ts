// What the argument rules read about one sentence, computed once: words, POS tags, predicted event
// labels, which entity (if any) each token belongs to, and which tokens sit inside quotation marks.

import type { Article, Sentence, Token } from '../article/article.js';
import type { Entity, Quote } from '../types.js';
import type { TaggedSentence } from './features.js';
import { firstIndex } from '../article/search.js';

export interface SentenceContext extends TaggedSentence {
  text: string;
  sentence: Sentence;
  tokens: readonly Token[];
  /** Event class per token, 'O' when the token is not a trigger. */
  labels: readonly string[];
  /** The entity whose mention covers the token, or null. */
  entityAt: readonly (Entity | null)[];
  /** The token is inside a quotation (reported speech). */
  quoted: readonly boolean[];
  /** The token is part of a time expression ("on Monday" is when, not whom). */
  timex: readonly boolean[];
  /** Who "I" and "we" are inside the quotation that holds the token (quotes analyzer), or null. */
  voiceAt: readonly (Voice | null)[];
}

/** Whom a quotation's first-person pronouns stand for: its speaker, and the group they speak for. */
export interface Voice {
  start: number;
  end: number;
  /** "I", "me": the speaker. */
  self: string | null;
  /** "we", "us": an organisation or place that speaks, or the first affiliation of a person who does. */
  group: string | null;
}

// Entity types that name who or where; handles, hashtags and URLs are not event participants.
const PARTICIPANT_TYPES = new Set(['PERSON', 'ORGANIZATION', 'LOCATION', 'NATIONALITY', 'EVENT', 'MISC']);

interface Mention {
  start: number;
  end: number;
  entity: Entity;
}

// How many paragraphs after its own a quotation left open at a paragraph's end may run on.
const MAX_CONTINUED_PARAGRAPHS = 3;

/**
 * Where a quotation left open at the end of its paragraph ends, when it runs on into the next ones:
 * a paragraph that opens with a quotation mark and is not closed runs on again; one closed by a mark
 * with no opening mark before it (or opened by one) ends the quotation there ('He said, "It felt
 * good. ¶ We could have scored two."'). `end` is the quotation's end as the quotes analyzer gave it
 * (the end of its paragraph); the same end when nothing runs on.
 */
export function continuedEnd(text: string, start: number, end: number): number {
  if (!/^[“"«]$/.test(text[start - 1] ?? '') || !/^[ \t]*(\r?\n|$)/.test(text.slice(end, end + 20))) return end;
  let at = end;
  for (let n = 0; n < MAX_CONTINUED_PARAGRAPHS; n++) {
    const m = /^\s*\n\s*/.exec(text.slice(at));
    if (!m) return end;
    const from = at + m[0].length;
    const lineEnd = text.indexOf('\n', from);
    const para = text.slice(from, lineEnd < 0 ? text.length : lineEnd);
    const opens = /^[“"«]/.test(para) ? 1 : 0;
    // A straight mark closes after a word or punctuation and opens after a space.
    const close = para.slice(opens).search(/[”»]|(?<=\S)"/);
    const reopen = para.slice(opens).search(/[“«]|(?<!\S)"/);
    if (close >= 0 && (reopen < 0 || reopen > close)) return from + opens + close;
    if (!opens || close >= 0 || reopen >= 0) return end;
    at = from + para.length;
  }
  return end;
}

// A role that makes its holder one of a group: "team member", "a member of the board".
const MEMBER_ROLE_RE = /^(?:an?\s+|the\s+)?(?:(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?)\s+member|member\s+of\s+(?:the\s+)?(\p{L}[\p{L}\s-]*))$/iu;

/** The group a person is a member of by their role ("team member": team), when no named organisation says it. */
function memberOf(e: Entity | undefined): string | null {
  for (const r of e?.roles ?? []) {
    const m = MEMBER_ROLE_RE.exec(r.text.trim());
    if (m) return (m[1] ?? m[2]).trim();
  }
  return null;
}

// How many first letters a demonym shares with its place's name at least ("English", "England").
const DEMONYM_STEM = 4;

/**
 * The place a person speaks for by a nationality among their affiliations, when the article names
 * a place whose name the demonym is made from ("English captain Harry Kane": England; "Swedish":
 * Sweden): the one place of the article sharing the demonym's first letters. null when none or
 * several do.
 */
function placeOfNationality(e: Entity | undefined, places: readonly Entity[]): string | null {
  for (const a of e?.affiliations ?? []) {
    if (a.length < DEMONYM_STEM) continue;
    const stem = a.slice(0, DEMONYM_STEM).toLowerCase();
    const found = places.filter((p) => p.name.length >= DEMONYM_STEM && !p.name.includes(' ') && p.name.slice(0, DEMONYM_STEM).toLowerCase() === stem);
    if (found.length === 1 && found[0].name !== a) return found[0].name;
  }
  return null;
}

/** The voices of the article's attributed quotations, sorted by start (built once per article). */
export function quoteVoices(quotes: readonly Quote[], entities: readonly Entity[], text = ''): Voice[] {
  const byName = new Map(entities.map((e) => [e.name, e] as const));
  const places = entities.filter((e) => e.type === 'LOCATION');
  const out: Voice[] = [];
  for (const q of quotes) {
    if (!q.speaker) continue;
    const e = byName.get(q.speaker);
    const speaksForItself = e !== undefined && (e.type === 'ORGANIZATION' || e.type === 'LOCATION');
    // A person's first affiliation that is a named organisation or place ("Tunisia's coach").
    const group = speaksForItself ? q.speaker : ((e?.affiliations ?? []).find((a) => /^(ORGANIZATION|LOCATION)$/.test(byName.get(a)?.type ?? '')) ?? memberOf(e) ?? placeOfNationality(e, places) ?? null);
    out.push({ start: q.start, end: q.end, self: speaksForItself ? null : q.speaker, group });
  }
  out.sort((a, b) => a.start - b.start);
  // A quotation that runs on into the next paragraphs stops where the next quotation starts.
  out.forEach((v, k) => (v.end = Math.max(v.end, Math.min(continuedEnd(text, v.start, v.end), out[k + 1]?.start ?? text.length))));
  return out;
}

// What may stand between the signed words and the name: the end of a sentence, then a space and
// a dash or nothing ("… because she was suppressive. Valeska Paris", "… a long game." – Matthew Ingram").
const SIGNATURE_GAP_RE = /[.!?…]["”’']?\s*(?:[-–—]\s*)?$/u;

/**
 * Paragraphs signed by a person, their last words being the person's name alone after the end of
 * a sentence (a pull quote, a letter): "I was hauled in and told that I needed to disconnect from
 * her. Valeska Paris". Their "I" is that person, whether or not quotation marks hold the words,
 * and so is the "I" of the same words printed again elsewhere in the article. In paragraph order,
 * each followed by its copies.
 */
export function signedVoices(paragraphs: readonly { start: number; end: number }[], entities: readonly Entity[], text: string): Voice[] {
  // Person mentions by where they end.
  const ends = new Map<number, { entity: Entity; start: number }>();
  for (const entity of entities) if (entity.type === 'PERSON') for (const m of entity.mentions) ends.set(m.end, { entity, start: m.start });
  const out: Voice[] = [];
  for (const p of paragraphs) {
    const signed = ends.get(p.start + text.slice(p.start, p.end).trimEnd().length);
    if (!signed || signed.start <= p.start || !SIGNATURE_GAP_RE.test(text.slice(p.start, signed.start))) continue;
    out.push({ start: p.start, end: signed.start, self: signed.entity.name, group: null });
    // The page's pull quote is most often a copy of words of the article's body, printed there again
    // without a signature ("I was hauled in … Valeska Paris ¶ I was hauled in … Her mother had
    // …"): the same words elsewhere are the same person's.
    const words = text.slice(p.start, signed.start).trimEnd();
    if (words.length < MIN_REPEATED_WORDS) continue;
    for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + words.length)) {
      if (at !== p.start) out.push({ start: at, end: at + words.length, self: signed.entity.name, group: null });
    }
  }
  return out;
}
// How long signed words must be to be read as the same words when they come again (a sentence, not a phrase).
const MIN_REPEATED_WORDS = 40;

/** All participant mentions of the article, sorted by start (built once per article). */
export function mentionIndex(entities: readonly Entity[]): Mention[] {
  const out: Mention[] = [];
  for (const e of entities) if (PARTICIPANT_TYPES.has(e.type)) for (const m of e.mentions) out.push({ start: m.start, end: m.end, entity: e });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function firstEndingAfter<T extends { end: number }>(list: readonly T[], pos: number): number {
  return firstIndex(list, (x) => x.end > pos);
}

// Straight, curly and guillemet quotations; a paragraph is the widest a quotation is looked for in,
// so an unbalanced mark cannot swallow the rest of the article.
const QUOTATION_RE = /“[^“”]*”|"[^"\n]*"|«[^«»]*»/g;

/** Quoted stretches of the article, sorted by start. */
export function quotedRegions(article: Article): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const p of article.paragraphs) {
    const para = article.text.slice(p.start, p.end);
    QUOTATION_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = QUOTATION_RE.exec(para)) !== null) out.push({ start: p.start + m.index, end: p.start + m.index + m[0].length });
  }
  return out;
}

/** Mark, for each token, the span from `list` (sorted by start) that covers it. */
export function coverTokens<T extends { start: number; end: number }>(tokens: readonly Token[], list: readonly T[]): (T | null)[] {
  const out: (T | null)[] = new Array<T | null>(tokens.length).fill(null);
  coverEach(tokens, list, (j, m) => (out[j] ??= m));
  return out;
}

/** Calls `mark(j, span)` for each token j and span of `list` (sorted by start) covering it. */
function coverEach<T extends { start: number; end: number }>(tokens: readonly Token[], list: readonly T[], mark: (j: number, m: T) => void): void {
  if (!tokens.length) return;
  let k = firstEndingAfter(list, tokens[0].start);
  let i = 0;
  const last = tokens[tokens.length - 1].end;
  for (; k < list.length && list[k].start < last; k++) {
    const m = list[k];
    while (i < tokens.length && tokens[i].end <= m.start) i++;
    for (let j = i; j < tokens.length && tokens[j].start < m.end; j++) if (tokens[j].end > m.start) mark(j, m);
  }
}

export function sentenceContext(
  article: Article,
  sentence: Sentence,
  tagged: TaggedSentence,
  labels: readonly string[],
  mentions: readonly Mention[],
  quotes: readonly { start: number; end: number }[],
  timexes: readonly { start: number; end: number }[],
  voices: readonly Voice[] = [],
): SentenceContext {
  const tokens = sentence.tokens;
  const n = tokens.length;
  const entityAt: (Entity | null)[] = new Array<Entity | null>(n).fill(null);
  const quoted: boolean[] = new Array<boolean>(n).fill(false);
  const timex: boolean[] = new Array<boolean>(n).fill(false);
  coverEach(tokens, mentions, (j, m) => (entityAt[j] ??= m.entity));
  coverEach(tokens, quotes, (j) => (quoted[j] = true));
  coverEach(tokens, timexes, (j) => (timex[j] = true));
  const voiceAt = coverTokens(tokens, voices);
  return {
    words: tagged.words,
    lower: tagged.lower,
    tags: tagged.tags,
    info: tagged.info,
    tagIds: tagged.tagIds,
    text: article.text,
    sentence,
    tokens,
    labels,
    entityAt,
    quoted,
    timex,
    voiceAt,
  };
}
